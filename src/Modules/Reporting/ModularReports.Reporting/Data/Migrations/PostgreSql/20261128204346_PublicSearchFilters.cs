using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PublicSearchFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ResolutionCode",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ResolutionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ResolutionCode",
                schema: "reporting",
                table: "progress_reports");
        }
    }
}
