using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NotificationsDone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DoneAt",
                schema: "notifications",
                table: "notifications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OccurredAt",
                schema: "notifications",
                table: "notifications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "report_state_changes",
                schema: "notifications",
                columns: table => new
                {
                    ReportKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_state_changes", x => x.ReportKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_state_changes",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "DoneAt",
                schema: "notifications",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "OccurredAt",
                schema: "notifications",
                table: "notifications");
        }
    }
}
