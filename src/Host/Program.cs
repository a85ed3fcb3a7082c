using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Host;
using ModularReports.Host.Hosting;

// Settings files travel with the binaries; relative paths in settings (the SQLite file) follow the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var configuration = builder.Configuration;
builder.AddWebSecurity();

builder.Services
    .AddModularProblemDetails()
    .AddModules(configuration)
    .AddModularMediator()
    .AddModularMessaging(configuration)
    .AddBackgroundJobs(configuration)
    .AddReadinessChecks()
    .AddRateLimits(configuration)
    .AddObservability(configuration)
    .AddWebShell()
    .AddApiReference(configuration)
    .AddSingleton(TimeProvider.System);

var app = builder.Build();

// Nodes started together take turns (StartupLock); `migrate` does this step alone, once before the nodes start, and
// nodes started after it may leave it out (Database:MigrateAtStart).
var migrateOnly = args.FirstOrDefault() == "migrate";
if (migrateOnly || configuration.GetValue("Database:MigrateAtStart", true))
{
    await using (await StartupLock.AcquireAsync(DatabaseOptions.From(configuration), CancellationToken.None))
    {
        await app.Services.MigrateModuleDatabasesAsync();
        await app.Services.SeedStartupDataAsync(configuration);
    }
}

if (migrateOnly)
{
    return 0;
}

// An operator's one-off command on the migrated database (e.g. `invite-admin`), then stop.
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    await using var scope = app.Services.CreateAsyncScope();
    var commands = scope.ServiceProvider.GetServices<IHostCommand>().ToList();
    if (commands.SingleOrDefault(c => c.Name == args[0]) is { } command)
    {
        return await command.RunAsync(args[1..], Console.Out, CancellationToken.None);
    }

    if (args[0] != "generate-data")
    {
        Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: migrate, generate-data [activity] [progress], "
            + string.Join(", ", commands.Select(c => $"{c.Name} {c.Arguments}")));
        return 2;
    }
}

// `generate-data [activity reports] [progress reports]`: fill the database for load measurements, then stop.
if (args.FirstOrDefault() == "generate-data")
{
    var sizes = args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    await app.Services.GenerateAsync(new SampleDataSize(sizes.ElementAtOrDefault(0) is > 0 and var a ? a : 100_000, sizes.ElementAtOrDefault(1) is > 0 and var p ? p : 10_000));
    return 0;
}

// The nodes that run jobs write the schedules, so that a node only serving requests cannot change them.
if (BackgroundJobs.RunsJobs(configuration))
{
    app.Services.ScheduleRecurringTasks();
}

app.UseWebSecurity();
app.UseStatusPages(); // outside the exception handler: a page's refusal becomes the error page
app.UseExceptionHandler();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseNotFoundInPublicAreas();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthEndpoints();
app.MapApiReference();
app.MapBackgroundJobsDashboard();
app.MapRazorPages();
app.MapModules();

app.PrintUrlsOnStart();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
