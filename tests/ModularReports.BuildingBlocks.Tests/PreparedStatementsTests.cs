using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class PreparedStatementsTests
{
    [SkippableFact]
    public async Task On_PostgreSQL_a_statement_run_again_and_again_is_prepared_once_and_kept()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var app = await NotesApp.StartAsync(DatabaseProvider.PostgreSql, TimeSpan.FromSeconds(30));

        var prepared = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var i = 0; i < 6; i++)
            {
                await db.Notes.AsNoTracking().CountAsync(n => n.Text == "Réunion à Marseille");
            }

            return await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        });

        Assert.Contains(prepared, s => s.Contains("notes", StringComparison.Ordinal) && s.Contains("count", StringComparison.OrdinalIgnoreCase));
    }
}
