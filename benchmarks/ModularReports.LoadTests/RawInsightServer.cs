using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ModularReports.LoadTests;

/// <summary>
/// The statistics baseline: the dashboard's aggregates for the same filters, answered by hand-written SQL over ADO.NET on
/// the same SQLite file, every time (no cache), as JSON with the figures the check compares. Filters: period, congress,
/// status, category (its bit), constituent, region.
/// </summary>
internal static class RawInsightServer
{
    private static readonly string[] Statuses = ["not-started", "initiated", "underway", "ongoing", "completed"];

    public static async Task<WebApplication> StartAsync(string databaseFile, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        app.MapGet("/raw/statistics", async (HttpContext http) =>
        {
            var q = http.Request.Query;
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            var parameters = new List<(string, object)>();
            string Filters(bool withPeriod)
            {
                var where = new List<string> { "r.IsPublic = 1" };
                if (withPeriod && q["periodId"].ToString() is { Length: > 0 } period)
                {
                    where.Add("r.PeriodId = $period");
                    parameters.Add(("$period", period.ToUpperInvariant()));
                }

                if (q["congress"].ToString() is { Length: > 0 } congress)
                {
                    where.Add("r.ResolutionCode LIKE $congress");
                    parameters.Add(("$congress", congress + " %"));
                }

                if (q["status"].ToString() is { Length: > 0 } status)
                {
                    where.Add("r.ImplementationStatus = $status");
                    parameters.Add(("$status", status));
                }

                if (q["categoryBit"].ToString() is { Length: > 0 } bit)
                {
                    where.Add("(r.CategoryMask & $bit) <> 0");
                    parameters.Add(("$bit", int.Parse(bit, CultureInfo.InvariantCulture)));
                }

                if (q["constituentId"].ToString() is { Length: > 0 } constituent)
                {
                    where.Add("EXISTS (SELECT 1 FROM json_each(r.InvolvedConstituentIds) AS j WHERE j.value = $constituent)");
                    parameters.Add(("$constituent", constituent.ToUpperInvariant()));
                }

                if (q["region"].ToString() is { Length: > 0 } region)
                {
                    where.Add("""
                        EXISTS (SELECT 1 FROM json_each(r.InvolvedConstituentIds) AS j CROSS JOIN constituencies_constituents AS c ON c.Id = j.value
                                WHERE c.Type = 'Member' AND c.Region = $region)
                        """);
                    parameters.Add(("$region", region));
                }

                return string.Join(" AND ", where);
            }

            var filtered = $"SELECT * FROM reporting_progress_reports AS r WHERE {Filters(withPeriod: true)}";
            var trend = $"SELECT * FROM reporting_progress_reports AS r WHERE {Filters(withPeriod: false)}";
            var regionFilter = q["region"].ToString() is { Length: > 0 } ? "AND c.Region = $region" : string.Empty;
            async Task<List<(string Key, string Status, int Count)>> GroupsAsync(string sql)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, value) in parameters.DistinctBy(p => p.Item1))
                {
                    command.Parameters.AddWithValue(name, value);
                }

                var rows = new List<(string, string, int)>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows.Add((reader.IsDBNull(0) ? string.Empty : reader.GetValue(0).ToString()!, reader.GetString(1), reader.GetInt32(2)));
                }

                return rows;
            }

            var byStatus = await GroupsAsync($"SELECT '', f.ImplementationStatus, COUNT(*) FROM ({filtered}) AS f GROUP BY f.ImplementationStatus");
            var byCongress = await GroupsAsync($"SELECT substr(f.ResolutionCode, 1, 8), f.ImplementationStatus, COUNT(*) FROM ({filtered}) AS f GROUP BY 1, 2");
            // A chart of the dimension filtered on shows the chosen group only, as the dashboard does.
            var onlyCommission = q["constituentId"].ToString() is { Length: > 0 } ? "WHERE j.value = $constituent" : string.Empty;
            var byCommission = await GroupsAsync(
                $"SELECT j.value, f.ImplementationStatus, COUNT(*) FROM ({filtered}) AS f, json_each(f.CommissionIds) AS j {onlyCommission} GROUP BY 1, 2");
            // CROSS JOIN keeps SQLite's join order (each report's ids, then the constituent by its key): left to itself, it
            // reads every constituent for each id.
            var byRegion = await GroupsAsync($"""
                SELECT c.Region, f.ImplementationStatus, COUNT(DISTINCT f.Id) FROM ({filtered}) AS f CROSS JOIN json_each(f.InvolvedConstituentIds) AS j
                CROSS JOIN constituencies_constituents AS c ON c.Id = j.value WHERE c.Type = 'Member' AND c.Region IS NOT NULL {regionFilter} GROUP BY 1, 2
                """);
            var byMemberCategory = await GroupsAsync($"""
                SELECT c.MembershipCategory, f.ImplementationStatus, COUNT(DISTINCT f.Id) FROM ({filtered}) AS f CROSS JOIN json_each(f.InvolvedConstituentIds) AS j
                CROSS JOIN constituencies_constituents AS c ON c.Id = j.value
                WHERE c.Type = 'Member' AND c.MembershipCategory IS NOT NULL {regionFilter} GROUP BY 1, 2
                """);
            var bits = q["categoryBit"].ToString() is { Length: > 0 } chosen
                ? [System.Numerics.BitOperations.Log2(uint.Parse(chosen, CultureInfo.InvariantCulture))]
                : Enumerable.Range(0, 7).ToArray();
            var byCategory = await GroupsAsync(string.Join(" UNION ALL ", bits.Select(bit =>
                $"SELECT '{bit}', f.ImplementationStatus, COUNT(*) FROM ({filtered}) AS f WHERE (f.CategoryMask & {1 << bit}) <> 0 GROUP BY 2")));
            var byPeriod = await GroupsAsync($"SELECT f.PeriodId, f.ImplementationStatus, COUNT(*) FROM ({trend}) AS f GROUP BY 1, 2");

            await using var activity = connection.CreateCommand();
            var periodDates = q["periodId"].ToString() is { Length: > 0 }
                ? "AND a.PeriodFrom <= (SELECT EndsOn FROM reporting_periods WHERE Id = $period) AND a.PeriodTo >= (SELECT StartsOn FROM reporting_periods WHERE Id = $period)"
                : string.Empty;
            activity.CommandText = $"""
                SELECT COUNT(*), COUNT(DISTINCT a.ConstituentId) FROM reporting_activity_reports AS a
                WHERE a.IsPublic = 1 AND a.ResolutionId IN (SELECT DISTINCT f.ResolutionId FROM ({filtered}) AS f) {periodDates}
                """;
            foreach (var (name, value) in parameters.DistinctBy(p => p.Item1))
            {
                activity.Parameters.AddWithValue(name, value);
            }

            int activityReports, organisations;
            await using (var reader = await activity.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                (activityReports, organisations) = (reader.GetInt32(0), reader.GetInt32(1));
            }

            int Total(List<(string Key, string Status, int Count)> groups) => groups.Sum(g => g.Count);
            return Results.Json(new
            {
                progressReports = Total(byStatus),
                statusCounts = Statuses.Select(s => byStatus.Where(g => g.Status == s).Sum(g => g.Count)).ToArray(),
                activityReports, reportingOrganisations = organisations,
                totals = new Dictionary<string, int>
                {
                    ["congress"] = Total(byCongress), ["commission"] = Total(byCommission), ["region"] = Total(byRegion),
                    ["member-category"] = Total(byMemberCategory), ["action-category"] = Total(byCategory), ["period"] = Total(byPeriod),
                },
            });
        });
        await app.StartAsync();
        return app;
    }
}
