using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PublicSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Trigram GIN index: the public search's LIKE '%word%' reads the index, not every report.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_progress_reports_SearchText_trgm\" ON reporting.progress_reports USING gin (\"SearchText\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX reporting.\"IX_progress_reports_SearchText_trgm\";");
        }
    }
}
