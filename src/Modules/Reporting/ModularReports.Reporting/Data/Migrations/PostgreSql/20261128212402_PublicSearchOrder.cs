using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PublicSearchOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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
                name: "IX_progress_reports_IsPublic_PublishedAt",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_~",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PublishedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_~",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

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
                name: "IX_progress_reports_IsPublic_PublishedAt",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PublishedAt" });
        }
    }
}
