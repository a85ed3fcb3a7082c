using System.Data.Common;
using Microsoft.Data.Sqlite;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Testing;
using Npgsql;

namespace ModularReports.Host.Tests.Recovery;

/// <summary>
/// What the modules stored, read straight from the database with SQL (the host runs in another process): journal,
/// notifications, e-mail deliveries, timers, outboxes and inboxes.
/// </summary>
internal sealed class StoredFacts(TestDatabase database)
{
    private static readonly string[] Modules = ["identity", "constituencies", "workflow", "reporting", "notifications"];

    public Task<List<(Guid Report, string From, string To, string Trigger)>> JournalAsync() =>
        ReadAsync($"""SELECT "ReportId", "From", "To", "Trigger" FROM {Table("reporting", "journal")}""",
            r => (r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    public Task<List<(Guid Report, string State)>> ReportStatesAsync() =>
        ReadAsync($"""SELECT "Id", "State" FROM {Table("reporting", "activity_reports")}""", r => (r.GetGuid(0), r.GetString(1)));

    public Task<List<string>> NotificationKeysAsync() =>
        ReadAsync($"""SELECT "SourceKey" FROM {Table("notifications", "notifications")}""", r => r.GetString(0));

    public Task<List<(Guid Id, string SourceKey, string Status)>> EmailDeliveriesAsync() =>
        ReadAsync($"""SELECT "Id", "SourceKey", "Status" FROM {Table("notifications", "email_deliveries")}""",
            r => (r.GetGuid(0), r.GetString(1), r.GetString(2)));

    public Task<List<(Guid Document, string State)>> TimersAsync() =>
        ReadAsync($"""SELECT "DocumentId", "State" FROM {Table("workflow", "scheduled_timers")}""", r => (r.GetGuid(0), r.GetString(1)));

    /// <summary>Events of every module not yet handed to the bus.</summary>
    public async Task<int> UnsentEventsAsync()
    {
        var total = 0;
        foreach (var module in Modules)
        {
            total += (await ReadAsync($"""SELECT COUNT(*) FROM {Table(module, "outbox_messages")} WHERE "SentAt" IS NULL""", r => Convert.ToInt32(r.GetValue(0)))).Single();
        }

        return total;
    }

    public async Task<int> PendingEmailsAsync() =>
        (await ReadAsync($"""SELECT COUNT(*) FROM {Table("notifications", "email_deliveries")} WHERE "Status" = 'Pending'""", r => Convert.ToInt32(r.GetValue(0)))).Single();

    /// <summary>Reporting's events marked as handed to the bus that no consumer has recorded in its inbox.</summary>
    public async Task<int> HandedOverButUnconsumedAsync() =>
        (await ReadAsync(
            $"""
             SELECT COUNT(*) FROM {Table("reporting", "outbox_messages")} o
             WHERE o."SentAt" IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM {Table("notifications", "inbox_messages")} n WHERE n."MessageId" = o."Id")
               AND NOT EXISTS (SELECT 1 FROM {Table("workflow", "inbox_messages")} w WHERE w."MessageId" = o."Id")
             """,
            r => Convert.ToInt32(r.GetValue(0)))).Single();

    /// <summary>When Hangfire created a run of the recurring task (PostgreSQL's job store; a run's job stays a day).</summary>
    public Task<List<DateTime>> RecurringRunsAsync(string task) =>
        ReadAsync($"""SELECT createdat FROM hangfire.job WHERE arguments::text LIKE '%{task}%'""", r => r.GetDateTime(0));

    private string Table(string module, string table) =>
        database.Provider == DatabaseProvider.Sqlite ? $"\"{module}_{table}\"" : $"\"{module}\".\"{table}\"";

    private async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> row)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}
