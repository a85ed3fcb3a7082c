using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ModularReports.Host.Tests;

/// <summary>Every module ships migrations for every provider, and they match its model.</summary>
public sealed class MigrationsTests
{
    private static readonly Assembly[] ModuleAssemblies =
    [
        typeof(Identity.IdentityModule).Assembly,
        typeof(Constituencies.ConstituenciesModule).Assembly,
        typeof(Workflow.WorkflowModule).Assembly,
        typeof(Reporting.ReportingModule).Assembly,
        typeof(Notifications.NotificationsModule).Assembly,
    ];

    public static TheoryData<string> ProviderContexts => new(DesignTimeFactories().Select(f => f.FullName!));

    public static TheoryData<string> SqlServerContexts =>
        new(DesignTimeFactories().Where(f => f.Name.StartsWith("SqlServer", StringComparison.Ordinal)).Select(f => f.FullName!));

    [Fact]
    public void Every_module_has_a_context_for_each_of_the_three_providers()
    {
        var names = DesignTimeFactories().Select(f => f.Name).ToList();

        Assert.Equal(ModuleAssemblies.Length * 3, names.Count);
        foreach (var provider in new[] { "Sqlite", "PostgreSql", "SqlServer" })
        {
            Assert.Equal(ModuleAssemblies.Length, names.Count(n => n.StartsWith(provider, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void Migrations_are_up_to_date_with_the_model(string factoryName)
    {
        using var context = Create(factoryName);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"{context.GetType().Name} has model changes without a migration: run scripts/add-migration.sh <Name>");
    }

    [Theory]
    [MemberData(nameof(SqlServerContexts))]
    public void The_idempotent_SQL_Server_script_parses(string factoryName)
    {
        using var context = Create(factoryName);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(script), out var errors);

        Assert.Contains("CREATE TABLE", script, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void The_SQL_Server_start_up_lock_statements_parse()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        foreach (var sql in new[] { BuildingBlocks.Persistence.StartupLock.SqlServerLock, BuildingBlocks.Persistence.StartupLock.SqlServerUnlock })
        {
            parser.Parse(new StringReader($"DECLARE @resource nvarchar(255) = N'x'; {sql}"), out var errors);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        }
    }

    private static IEnumerable<Type> DesignTimeFactories() =>
        ModuleAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static DbContext Create(string factoryName)
    {
        var type = DesignTimeFactories().Single(t => t.FullName == factoryName);
        var factory = Activator.CreateInstance(type, nonPublic: true)!;
        return (DbContext)type.GetMethod("CreateDbContext")!.Invoke(factory, [Array.Empty<string>()])!;
    }
}
