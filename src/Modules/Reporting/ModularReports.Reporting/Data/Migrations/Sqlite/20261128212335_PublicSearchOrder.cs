using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicSearchOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt",
                table: "reporting_progress_reports");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PublishedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PublishedAt" });
        }
    }
}
