using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ModularReports.LoadTests;

/// <summary>
/// The baselines for issue 6, by hand over ADO.NET on the same SQLite file: the public search's page (same filters,
/// same count limit, same JSON shape) and a report's submit/accept (state, journal row and outbox row in one
/// transaction). No mediator, validation, EF Core, authentication or workflow engine.
/// </summary>
internal static class RawReportsServer
{
    private const string EventType = "ModularReports.Reporting.Contracts.ReportTransitioned, ModularReports.Reporting.Contracts";

    private static readonly Dictionary<string, string> StatusLabels = new()
    {
        ["not-started"] = "Not started", ["initiated"] = "Initiated: first stages of implementation",
        ["underway"] = "Underway: implementation well-advanced",
        ["ongoing"] = "On-going: implementation consisting of repetitive, recurrent action (attending meetings, reporting, etc.)",
        ["completed"] = "Completed",
    };

    // IUCN's action categories in the vocabulary's order: bit i of a report's CategoryMask.
    private static readonly string[] Categories =
    [
        "Capacity-building", "Convene stakeholders/Networking", "Education/Communication/Raising awareness", "Field activities", "Fundraising",
        "Policy influencing/advocacy", "Scientific/technical activities",
    ];

    public static async Task<WebApplication> StartAsync(BenchDatabase database, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        if (!database.IsPostgreSql)
        {
            app.MapGet("/raw/progress-reports", (HttpRequest request) => SearchAsync(database, request.Query));
        }

        var focalPoint = await FocalPointAsync(database);
        app.MapPost("/raw/activity-reports/{id:guid}/{trigger}", (Guid id, string trigger) => TransitionAsync(database, id, trigger, focalPoint));
        await app.StartAsync();
        return app;
    }

    private static async Task<IResult> SearchAsync(BenchDatabase database, IQueryCollection query)
    {
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var size = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var s) ? s : 20;
        var where = new List<string> { "r.IsPublic = 1" };
        await using var connection = (SqliteConnection)await database.OpenAsync();
        await using var count = connection.CreateCommand();
        await using var select = connection.CreateCommand();
        void Parameter(string name, object value)
        {
            count.Parameters.AddWithValue(name, value);
            select.Parameters.AddWithValue(name, value);
        }

        var congress = Words(Normalize(query["congress"].ToString()));
        if (congress.Count > 0)
        {
            where.Add("r.ResolutionCode LIKE $congress");
            Parameter("$congress", string.Join(' ', congress) + " %");
        }

        foreach (var (name, column) in new[] { ("resolutionId", "r.ResolutionId"), ("periodId", "r.PeriodId"), ("status", "r.ImplementationStatus") })
        {
            if (query[name].ToString() is { Length: > 0 } value)
            {
                where.Add($"{column} = ${name}");
                Parameter($"${name}", Guid.TryParse(value, out var id) ? id.ToString().ToUpperInvariant() : value);
            }
        }

        if (query["category"].ToString() is { Length: > 0 } category)
        {
            where.Add("(r.CategoryMask & $category) <> 0");
            Parameter("$category", 1 << Array.IndexOf(Categories, category));
        }

        if (query["constituentId"].ToString() is { Length: > 0 } constituent)
        {
            where.Add("EXISTS (SELECT 1 FROM json_each(r.InvolvedConstituentIds) WHERE value = $constituent)");
            Parameter("$constituent", constituent.ToUpperInvariant());
        }

        var text = Normalize(query["q"].ToString());
        var code = System.Text.RegularExpressions.Regex.Match(text, @"\bWCC (?<year>\d{4}) (?<kind>RES|REC) (?<number>\d{1,3})\b");
        if (code.Success)
        {
            where.Add("r.ResolutionCode = $code");
            Parameter("$code", $"WCC {code.Groups["year"].Value} {(code.Groups["kind"].Value == "REC" ? "Rec" : "Res")} {int.Parse(code.Groups["number"].Value, CultureInfo.InvariantCulture):000}");
            text = text.Replace(code.Value, " ", StringComparison.Ordinal);
        }

        // Words: the full-text matches, read in their (publication) order, drive the join.
        var words = Words(text).Distinct().ToList();
        var from = "reporting_progress_reports AS r";
        var order = "r.PublishedAt DESC, r.Id DESC";
        if (words.Count > 0)
        {
            from = "reporting_progress_search AS m JOIN reporting_progress_reports AS r ON r.Id = m.ReportId";
            order = "m.rowid DESC";
            where.Add("reporting_progress_search MATCH $match");
            // As the application: the congress is also the indexed text's first words.
            var initial = congress.Count > 0 ? new[] { $"^\"{string.Join(' ', congress)}\"" } : [];
            Parameter("$match", string.Join(" AND ", initial.Concat(words.Select(w => $"\"{w}\"*"))));
        }

        var filter = string.Join(" AND ", where);
        // As the application: words (and the congress) alone are counted in the full-text table (public reports only).
        count.CommandText = words.Count > 0 && where.Count == (congress.Count > 0 ? 3 : 2)
            ? "SELECT COUNT(*) FROM (SELECT 1 FROM reporting_progress_search WHERE reporting_progress_search MATCH $match LIMIT 1001)"
            : $"SELECT COUNT(*) FROM (SELECT 1 FROM {from} WHERE {filter} LIMIT 1001)";
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        select.CommandText = $"""
            SELECT r.Id, r.ResolutionCode, r.ResolutionId, res.TitleEn, r.PeriodId, pe.Name, r.ImplementationStatus, r.ActionCategories, r.PublishedAt
            FROM {from}
            JOIN reporting_periods AS pe ON pe.Id = r.PeriodId
            LEFT JOIN constituencies_resolutions AS res ON res.Id = r.ResolutionId
            WHERE {filter} ORDER BY {order} LIMIT $take OFFSET $skip
            """;
        select.Parameters.AddWithValue("$take", size);
        select.Parameters.AddWithValue("$skip", (page - 1) * size);
        var items = new List<object>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var status = reader.IsDBNull(6) ? null : reader.GetString(6);
                items.Add(new
                {
                    id = reader.GetGuid(0), title = reader.GetString(1) + " - Progress Report", resolutionId = reader.GetGuid(2), resolutionCode = reader.GetString(1),
                    resolutionTitle = reader.IsDBNull(3) ? string.Empty : reader.GetString(3), periodId = reader.GetGuid(4), period = reader.GetString(5),
                    implementationStatus = status, implementationStatusLabel = status is null ? null : StatusLabels.GetValueOrDefault(status),
                    actionCategories = JsonSerializer.Deserialize<string[]>(reader.GetString(7)),
                    publishedAt = reader.IsDBNull(8) ? (DateTime?)null : reader.GetDateTime(8),
                });
            }
        }

        return Results.Json(new { items, page, pageSize = size, total = Math.Min(total, 1000), totalIsLowerBound = total > 1000 });
    }

    /// <summary>The demo focal point of the resolution the benchmark's reports are about: the one who accepts.</summary>
    private static async Task<Guid> FocalPointAsync(BenchDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = BenchDatabase.Command(
            connection, $"SELECT \"Id\" FROM {database.Table("identity", "users")} WHERE \"Email\" = 'focal.point@demo.local'");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetGuid(0);
    }

    /// <summary>
    /// submit (by the author): draft → submitted; accept (by the focal point): submitted → accepted; state, journal and
    /// outbox in one transaction. The event is the one the application publishes for the same move (whom to tell as the
    /// seeded definition says), so the host does the same work for it once it is released and dispatched; the benchmark
    /// checks that.
    /// </summary>
    private static async Task<IResult> TransitionAsync(BenchDatabase database, Guid id, string trigger, Guid focalPoint)
    {
        var (from, to, notify, message, decision) = trigger switch
        {
            "submit" => ("draft", "submitted", "assignedFocalPoint", "submitted", (string?)null),
            "accept" => ("submitted", "accepted", "author", "accepted", "approve"),
            _ => (string.Empty, string.Empty, string.Empty, string.Empty, null),
        };
        var now = DateTime.UtcNow;
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(); // SQLite: BEGIN IMMEDIATE, as the application
        Guid resolution, constituent, author;
        string definition;
        int version;
        await using (var read = BenchDatabase.Command(
            connection,
            $"""
            SELECT "ResolutionId", "ConstituentId", "AuthorUserId", "DefinitionVersion", "DefinitionKey" FROM {database.Table("reporting", "activity_reports")}
            WHERE "Id" = @id AND "State" = @from
            """,
            ("@id", database.Key(id)), ("@from", from)))
        {
            await using var reader = await read.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                return Results.Conflict();
            }

            (resolution, constituent, author, version, definition) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt32(3), reader.GetString(4));
        }

        var actor = trigger == "accept" ? focalPoint : author;
        var payload = JsonSerializer.Serialize(new
        {
            kind = "activity-report", reportId = id, resolutionId = resolution, constituentId = constituent, periodId = (Guid?)null,
            authorUserIds = new[] { author }, from, to, trigger, comment = (string?)null, actorUserId = actor,
            notices = new[] { new { message, actors = new[] { notify } } },
            occurredAt = new DateTimeOffset(now), definitionKey = definition, definitionVersion = version,
        });
        await using (var write = BenchDatabase.Command(
            connection,
            $"""
            UPDATE {database.Table("reporting", "activity_reports")} SET "State" = @to, "Version" = "Version" + 1, "UpdatedAt" = @now WHERE "Id" = @id;
            INSERT INTO {database.Table("reporting", "journal")} ("Id", "ReportId", "At", "ActorUserId", "From", "To", "Trigger", "Comment", "DefinitionVersion", "Decision")
            VALUES (@journal, @id, @now, @actor, @from, @to, @trigger, NULL, @version, @decision);
            INSERT INTO {database.Table("reporting", "outbox_messages")} ("Id", "Type", "Payload", "OccurredAt", "SentAt", "Attempts", "Redeliveries", "NextAttemptAt", "LastError", "LockId", "LockedUntil")
            VALUES (@outbox, @type, @payload, @now, NULL, 0, 0, @held, NULL, NULL, NULL);
            """,
            ("@to", to), ("@now", database.Time(now)), ("@held", database.Time(HeldUntil)), ("@id", database.Key(id)),
            ("@journal", database.Key(Guid.CreateVersion7())), ("@actor", database.Key(actor)), ("@from", from), ("@trigger", trigger),
            ("@version", version), ("@decision", (object?)decision ?? DBNull.Value), ("@outbox", database.Key(Guid.CreateVersion7())), ("@type", EventType), ("@payload", payload)))
        {
            await write.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return Results.Ok();
    }

    /// <summary>
    /// The raw endpoint's events are due only when the benchmark releases them (<see cref="ReleaseEventsAsync"/>), after
    /// its run: the baseline runs alone, without the host consuming its events beside it (which took its CPU and, from
    /// another process, SQLite's write lock), and the host then does the same work for them as for the endpoint's.
    /// </summary>
    public static readonly DateTime HeldUntil = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Makes the raw endpoint's held events due at the time they occurred; returns how many.</summary>
    public static async Task<int> ReleaseEventsAsync(BenchDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var release = BenchDatabase.Command(
            connection,
            $"""UPDATE {database.Table("reporting", "outbox_messages")} SET "NextAttemptAt" = "OccurredAt" WHERE "SentAt" IS NULL AND "NextAttemptAt" = @held""",
            ("@held", database.Time(HeldUntil)));
        return await release.ExecuteNonQueryAsync();
    }

    /// <summary>As the application splits text: runs of letters and digits.</summary>
    private static List<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();

    /// <summary>As the application does: upper case, accents removed, hyphens as spaces.</summary>
    private static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '-' ? ' ' : char.ToUpperInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
