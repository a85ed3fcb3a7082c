using Microsoft.EntityFrameworkCore;

namespace ModularReports.Testing;

/// <summary>SQLite's plan for a query, as "step; step": what a test of an index's use asserts on.</summary>
public static class QueryPlan
{
    public static async Task<string> OfAsync<T>(DbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var steps = new List<string>();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }

            return string.Join("; ", steps);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
