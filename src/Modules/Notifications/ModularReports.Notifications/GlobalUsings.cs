// The namespaces most of this project's files use.
global using Mediator;
global using Microsoft.EntityFrameworkCore;
global using MimeKit;
global using ModularReports.BuildingBlocks.Web;
global using ModularReports.Identity.Contracts;
global using ModularReports.Notifications.Data;
global using ModularReports.Notifications.Delivery;
global using ModularReports.Notifications.Domain;
global using ModularReports.Notifications.Features.Sending;
global using ModularReports.Notifications.Mail;
