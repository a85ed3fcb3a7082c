using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ModularReports.Host.Tests.HostileInput;

/// <summary>
/// A fingerprint of what the modules store, to see that a refused request changed nothing. Left out: the tables that
/// background work changes on its own (events and their records, notifications and e-mails, timers) and the sign-in
/// bookkeeping that a failed sign-in is meant to change.
/// </summary>
internal sealed class StoredData(string connectionString)
{
    private static readonly string[] LeftOut =
    [
        "_outbox_messages", "_inbox_messages", "notifications_", "workflow_scheduled_timers", "workflow_applied_timer_changes",
        "identity_sign_in_throttles", "identity_redeemed_refresh_tokens", "identity_data_protection_keys",
    ];

    private List<string>? tables;

    /// <summary>A hash of each table's rows.</summary>
    public async Task<Dictionary<string, string>> FingerprintAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        tables ??= await TablesAsync(connection);
        var fingerprint = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(reader.IsDBNull(i) ? "\u0001" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u0002"));
                }
            }

            fingerprint[table] = Convert.ToHexString(hash.GetHashAndReset());
        }

        return fingerprint;
    }

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Where(t => after.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        // Ordinary tables with a rowid; full-text shadow tables follow their reports.
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            if (!LeftOut.Any(part => name.Contains(part, StringComparison.Ordinal)) && !name.Contains("_search", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
