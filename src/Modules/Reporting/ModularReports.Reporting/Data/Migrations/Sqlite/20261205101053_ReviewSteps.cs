using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                table: "reporting_progress_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimedByUserId",
                table: "reporting_progress_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StateEnteredAt",
                table: "reporting_progress_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssigneeUserId",
                table: "reporting_journal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                table: "reporting_activity_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimedByUserId",
                table: "reporting_activity_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StateEnteredAt",
                table: "reporting_activity_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_journal_ActorUserId_At",
                table: "reporting_journal",
                columns: new[] { "ActorUserId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_journal_ActorUserId_At",
                table: "reporting_journal");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "reporting_progress_reports");

            migrationBuilder.DropColumn(
                name: "ClaimedByUserId",
                table: "reporting_progress_reports");

            migrationBuilder.DropColumn(
                name: "StateEnteredAt",
                table: "reporting_progress_reports");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                table: "reporting_journal");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "reporting_activity_reports");

            migrationBuilder.DropColumn(
                name: "ClaimedByUserId",
                table: "reporting_activity_reports");

            migrationBuilder.DropColumn(
                name: "StateEnteredAt",
                table: "reporting_activity_reports");
        }
    }
}
