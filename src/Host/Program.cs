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

// A first argument that is a word names a command; settings on the command line (`urls=...`, `--urls ...`) are not.
var command = args.FirstOrDefault() is { Length: > 0 } first && !first.Contains('=') && first[0] is not ('-' or '/') ? first : null;
if (command is not null and not ("migrate" or "generate-data"))
{
    // Recognised before the database is touched; a node started without a command does not look.
    using var scope = app.Services.CreateScope();
    var hostCommands = scope.ServiceProvider.GetServices<IHostCommand>().ToList();
    if (hostCommands.All(c => c.Name != command))
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: migrate, generate-data [activity] [progress], "
            + string.Join(", ", hostCommands.Select(c => $"{c.Name} {c.Arguments}")));
        return 2;
    }
}

// Nodes started together take turns (StartupLock); `migrate` does this step alone, once before the nodes start, and
// nodes started after it may leave it out (Database:MigrateAtStart). The job store's own tables are made here too.
if (command == "migrate" || configuration.GetValue("Database:MigrateAtStart", true))
{
    await using (await StartupLock.AcquireAsync(DatabaseOptions.From(configuration), CancellationToken.None))
    {
        await app.Services.MigrateModuleDatabasesAsync();
        await app.Services.SeedStartupDataAsync(configuration);
        app.Services.PrepareJobStorage();
    }
}

if (command == "migrate")
{
    return 0;
}

// An operator's one-off command on the migrated database (e.g. `invite-admin`), then stop.
if (command is not null and not "generate-data")
{
    await using var scope = app.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetServices<IHostCommand>().Single(c => c.Name == command)
        .RunAsync(args[1..], Console.Out, CancellationToken.None);
}

// `generate-data [activity reports] [progress reports]`: fill the database for load measurements, then stop.
if (command == "generate-data")
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
