// The namespaces most of this project's files use.
global using System.Globalization;
global using FluentValidation;
global using Mediator;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using ModularReports.BuildingBlocks.Persistence;
global using ModularReports.BuildingBlocks.Web;
global using ModularReports.Constituencies.Domain;
global using ModularReports.Identity.Contracts;
global using ModularReports.Reporting.Contracts;
