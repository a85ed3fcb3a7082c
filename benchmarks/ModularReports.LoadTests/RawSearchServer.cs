using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ModularReports.LoadTests;

/// <summary>
/// The baseline: the same page of the same search, answered by hand-written SQL over ADO.NET on the same database
/// file, as JSON of the same shape. No mediator, no validation, no EF Core, no authentication middleware.
/// </summary>
internal static class RawSearchServer
{
    public static async Task<WebApplication> StartAsync(string databaseFile, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        app.MapGet("/raw/resolutions", async (HttpContext http) =>
        {
            var query = http.Request.Query;
            var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
            var size = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var s) ? s : 20;
            var where = new List<string>();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            await using var select = connection.CreateCommand();
            void Parameter(string name, object value)
            {
                count.Parameters.AddWithValue(name, value);
                select.Parameters.AddWithValue(name, value);
            }

            if (query["type"].ToString() is { Length: > 0 } type)
            {
                where.Add("r.Kind = $kind");
                Parameter("$kind", type);
            }

            if (query["q"].ToString() is { Length: > 0 } q)
            {
                where.Add("instr(r.SearchText, $term) > 0");
                Parameter("$term", Normalise(q));
            }

            var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);
            count.CommandText = $"SELECT COUNT(*) FROM constituencies_resolutions AS r {filter}";
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            select.CommandText = $"""
                SELECT r.Id, r.Code, c.Code, r.Kind, r.Number, r.TitleEn, r.TitleFr, r.TitleEs, r.MotionNumber, r.Status
                FROM constituencies_resolutions AS r JOIN constituencies_congresses AS c ON c.Id = r.CongressId
                {filter} ORDER BY r.Code LIMIT $take OFFSET $skip
                """;
            select.Parameters.AddWithValue("$take", size);
            select.Parameters.AddWithValue("$skip", (page - 1) * size);
            var items = new List<object>();
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    items.Add(new
                    {
                        id = reader.GetGuid(0), code = reader.GetString(1), congress = reader.GetString(2), type = reader.GetString(3),
                        number = reader.GetInt32(4), title = reader.GetString(5), titleFr = reader.IsDBNull(6) ? null : reader.GetString(6),
                        titleEs = reader.IsDBNull(7) ? null : reader.GetString(7), motionNumber = reader.IsDBNull(8) ? (int?)null : reader.GetInt32(8),
                        status = reader.GetString(9),
                    });
                }
            }

            return Results.Json(new { items, page, pageSize = size, total });
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>As the application does: a code in either spelling becomes the canonical one, upper case.</summary>
    private static string Normalise(string q)
    {
        var parts = q.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4 && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var number))
        {
            return $"{parts[0]} {parts[1]} {parts[2]} {number:000}".ToUpperInvariant();
        }

        return q.Replace('-', ' ').Trim().ToUpperInvariant();
    }
}
