// The namespaces most of this project's files use.
global using FluentValidation;
global using Mediator;
global using Microsoft.AspNetCore.Authentication;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Options;
global using ModularReports.BuildingBlocks.Web;
global using ModularReports.Identity.Contracts;
global using ModularReports.Identity.Domain;
