using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeriodExportRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Exports are copies kept a week: those prepared before runs had ids are dropped rather than given one.
            migrationBuilder.Sql("DELETE FROM reporting_export_file_chunks; DELETE FROM reporting_period_exports;");

            migrationBuilder.DropPrimaryKey(
                name: "PK_reporting_export_file_chunks",
                table: "reporting_export_file_chunks");

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                table: "reporting_period_exports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                table: "reporting_period_exports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                table: "reporting_export_file_chunks",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "PK_reporting_export_file_chunks",
                table: "reporting_export_file_chunks",
                columns: new[] { "RunId", "File", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_export_file_chunks_ExportId",
                table: "reporting_export_file_chunks",
                column: "ExportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_reporting_export_file_chunks",
                table: "reporting_export_file_chunks");

            migrationBuilder.DropIndex(
                name: "IX_reporting_export_file_chunks_ExportId",
                table: "reporting_export_file_chunks");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "reporting_period_exports");

            migrationBuilder.DropColumn(
                name: "RunId",
                table: "reporting_period_exports");

            migrationBuilder.DropColumn(
                name: "RunId",
                table: "reporting_export_file_chunks");

            migrationBuilder.AddPrimaryKey(
                name: "PK_reporting_export_file_chunks",
                table: "reporting_export_file_chunks",
                columns: new[] { "ExportId", "File", "Sequence" });
        }
    }
}
