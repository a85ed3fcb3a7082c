using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PeriodExportRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Exports are copies kept a week: those prepared before runs had ids are dropped rather than given one.
            migrationBuilder.Sql("DELETE FROM reporting.export_file_chunks; DELETE FROM reporting.period_exports;");

            migrationBuilder.DropPrimaryKey(
                name: "PK_export_file_chunks",
                schema: "reporting",
                table: "export_file_chunks");

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                schema: "reporting",
                table: "period_exports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                schema: "reporting",
                table: "period_exports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunId",
                schema: "reporting",
                table: "export_file_chunks",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "PK_export_file_chunks",
                schema: "reporting",
                table: "export_file_chunks",
                columns: new[] { "RunId", "File", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_export_file_chunks_ExportId",
                schema: "reporting",
                table: "export_file_chunks",
                column: "ExportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_export_file_chunks",
                schema: "reporting",
                table: "export_file_chunks");

            migrationBuilder.DropIndex(
                name: "IX_export_file_chunks_ExportId",
                schema: "reporting",
                table: "export_file_chunks");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                schema: "reporting",
                table: "period_exports");

            migrationBuilder.DropColumn(
                name: "RunId",
                schema: "reporting",
                table: "period_exports");

            migrationBuilder.DropColumn(
                name: "RunId",
                schema: "reporting",
                table: "export_file_chunks");

            migrationBuilder.AddPrimaryKey(
                name: "PK_export_file_chunks",
                schema: "reporting",
                table: "export_file_chunks",
                columns: new[] { "ExportId", "File", "Sequence" });
        }
    }
}
