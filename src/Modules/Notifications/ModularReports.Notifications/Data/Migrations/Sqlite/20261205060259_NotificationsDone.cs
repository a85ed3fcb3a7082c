using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationsDone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DoneAt",
                table: "notifications_notifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OccurredAt",
                table: "notifications_notifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications_report_state_changes",
                columns: table => new
                {
                    ReportKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_report_state_changes", x => x.ReportKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_report_state_changes");

            migrationBuilder.DropColumn(
                name: "DoneAt",
                table: "notifications_notifications");

            migrationBuilder.DropColumn(
                name: "OccurredAt",
                table: "notifications_notifications");
        }
    }
}
