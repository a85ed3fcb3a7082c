// The namespaces most of this project's files use.
global using Mediator;
global using Microsoft.EntityFrameworkCore;
global using MimeKit;
global using ModularReports.BuildingBlocks.Web;
global using ModularReports.Identity.Contracts;
global using ModularReports.Notifications.Domain;
