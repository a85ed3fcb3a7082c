using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests.NotesModule;

/// <summary>
/// An application made of the building blocks and the notes module, wired as the host wires real modules:
/// problem details, Mediator with the three behaviours, MassTransit in memory, the outbox dispatcher.
/// </summary>
internal sealed class NotesApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TestDatabase database;
    private readonly bool ownsDatabase;

    private RabbitMqVirtualHost? broker;

    private NotesApp(WebApplication app, TestDatabase database, bool ownsDatabase)
    {
        this.app = app;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        Client = app.GetTestClient();
    }

    public TestDatabase TestDatabase => database;

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public DatabaseOptions Database => database.Options;

    public static async Task<NotesApp> StartAsync(DatabaseProvider provider, TimeSpan outboxPollInterval, IDictionary<string, string?>? settings = null) =>
        await StartAsync(await TestDatabase.CreateAsync(provider), ownsDatabase: true, outboxPollInterval, settings);

    /// <summary>The app on one of the <see cref="Stacks"/>: on RabbitMQ, with a virtual host of its own.</summary>
    public static async Task<NotesApp> StartAsync(string stack, TimeSpan outboxPollInterval, IDictionary<string, string?>? settings = null)
    {
        var (broker, all) = await Stacks.BrokerAsync(stack, settings);
        var app = await StartAsync(Stacks.Provider(stack), outboxPollInterval, all);
        app.broker = broker;
        return app;
    }

    /// <summary>The app started again on the database of one that stopped, as after a restart; the database stays the caller's.</summary>
    public static Task<NotesApp> RestartAsync(TestDatabase database, TimeSpan outboxPollInterval, IDictionary<string, string?>? settings = null) =>
        StartAsync(database, ownsDatabase: false, outboxPollInterval, settings);

    private static async Task<NotesApp> StartAsync(
        TestDatabase database, bool ownsDatabase, TimeSpan outboxPollInterval, IDictionary<string, string?>? settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:Outbox:PollInterval"] = outboxPollInterval.ToString(),
            ["Messaging:Outbox:FirstRetryDelay"] = "00:00:00.200",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());

        var services = builder.Services;
        var module = typeof(NotesApp).Assembly;
        services.AddModularProblemDetails();
        services.AddModuleDbContext<NotesDbContext, NotesDbContext>(database.Options, NotesDbContext.SchemaName);
        services.AddModuleValidators(module);
        services.AddModuleConsumers(module);
        services.AddModularMessaging(builder.Configuration);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
        });

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapPost("/notes", async (AddNote command, IMediator mediator) => Results.Ok(await mediator.Send(command)));
        app.MapPut("/notes/{id:guid}", async (Guid id, RenameNote body, IMediator mediator) =>
            Results.Ok(await mediator.Send(body with { Id = id })));
        app.MapGet("/boom", IResult () => throw new InvalidOperationException("secret internal detail"));
        await app.StartAsync();
        return new NotesApp(app, database, ownsDatabase);
    }

    public async Task<T> QueryAsync<T>(Func<NotesDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotesDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DisposeAsync();
        }

        if (broker is not null)
        {
            await broker.DisposeAsync();
        }
    }
}
