using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "export_file_chunks",
                schema: "reporting",
                columns: table => new
                {
                    ExportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    File = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_export_file_chunks", x => new { x.ExportId, x.File, x.Sequence });
                });

            migrationBuilder.CreateTable(
                name: "period_exports",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReportCount = table.Column<int>(type: "int", nullable: false),
                    WorkbookBytes = table.Column<long>(type: "bigint", nullable: false),
                    PdfsWritten = table.Column<int>(type: "int", nullable: false),
                    ArchiveBytes = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Failure = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_period_exports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_period_exports_RequestedAt",
                schema: "reporting",
                table: "period_exports",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "export_file_chunks",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "period_exports",
                schema: "reporting");
        }
    }
}
