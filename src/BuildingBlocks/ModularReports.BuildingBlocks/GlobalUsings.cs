// The namespaces most of this project's files use.
global using System.Collections.Concurrent;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using ModularReports.BuildingBlocks.Persistence;
