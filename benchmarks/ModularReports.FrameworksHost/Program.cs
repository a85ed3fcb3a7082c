using MassTransit;
using Microsoft.EntityFrameworkCore;
using ModularReports.FrameworksHost;

// Started with the node's own settings (database, broker), it reads the node's resolutions on one Razor page and starts
// the bus with one consumer, waiting for it as the node does; readiness asks the database.
var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var connectionString = configuration.GetConnectionString("Default") ?? "Data Source=modularreports.db";
var postgres = string.Equals(configuration["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
builder.Services.AddDbContext<Resolutions>(o => _ = postgres ? o.UseNpgsql(connectionString) : o.UseSqlite(connectionString));
builder.Services.AddHealthChecks().AddDbContextCheck<Resolutions>();
builder.Services.AddRazorPages();
builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
builder.Services.AddMassTransit(bus =>
{
    bus.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
    bus.AddConsumer<PingConsumer>();
    var rabbit = configuration.GetSection("Messaging:RabbitMq");
    if (string.Equals(configuration["Messaging:Transport"], "RabbitMq", StringComparison.OrdinalIgnoreCase))
    {
        bus.UsingRabbitMq((context, cfg) =>
        {
            cfg.Host(rabbit["Host"] ?? "localhost", ushort.Parse(rabbit["Port"] ?? "5672", System.Globalization.CultureInfo.InvariantCulture), rabbit["VirtualHost"] ?? "/", h =>
            {
                h.Username(rabbit["Username"] ?? "guest");
                h.Password(rabbit["Password"] ?? "guest");
            });
            cfg.ConfigureEndpoints(context);
        });
    }
    else
    {
        bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
    }
});

var app = builder.Build();
app.MapHealthChecks("/health/ready");
app.MapRazorPages();
app.Run();
