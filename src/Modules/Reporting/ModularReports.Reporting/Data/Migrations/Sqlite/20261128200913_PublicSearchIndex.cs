using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A trigram full-text index over the reports' search text: LIKE '%word%' reads the index, not every report.
            // Kept in step by triggers; filled from the reports that exist.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE reporting_progress_search USING fts5(ReportId UNINDEXED, SearchText, tokenize = 'trigram');
                INSERT INTO reporting_progress_search (ReportId, SearchText) SELECT Id, SearchText FROM reporting_progress_reports;
                CREATE TRIGGER reporting_progress_search_insert AFTER INSERT ON reporting_progress_reports BEGIN
                    INSERT INTO reporting_progress_search (ReportId, SearchText) VALUES (new.Id, new.SearchText);
                END;
                CREATE TRIGGER reporting_progress_search_update AFTER UPDATE OF SearchText ON reporting_progress_reports BEGIN
                    UPDATE reporting_progress_search SET SearchText = new.SearchText WHERE ReportId = old.Id;
                END;
                CREATE TRIGGER reporting_progress_search_delete AFTER DELETE ON reporting_progress_reports BEGIN
                    DELETE FROM reporting_progress_search WHERE ReportId = old.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER reporting_progress_search_insert;
                DROP TRIGGER reporting_progress_search_update;
                DROP TRIGGER reporting_progress_search_delete;
                DROP TABLE reporting_progress_search;
                """);
        }
    }
}
