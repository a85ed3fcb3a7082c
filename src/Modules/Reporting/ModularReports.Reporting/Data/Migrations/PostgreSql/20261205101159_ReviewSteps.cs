using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReviewSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                schema: "reporting",
                table: "progress_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimedByUserId",
                schema: "reporting",
                table: "progress_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StateEnteredAt",
                schema: "reporting",
                table: "progress_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssigneeUserId",
                schema: "reporting",
                table: "journal",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAt",
                schema: "reporting",
                table: "activity_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimedByUserId",
                schema: "reporting",
                table: "activity_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StateEnteredAt",
                schema: "reporting",
                table: "activity_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_ActorUserId_At",
                schema: "reporting",
                table: "journal",
                columns: new[] { "ActorUserId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_ActorUserId_At",
                schema: "reporting",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "ClaimedByUserId",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "StateEnteredAt",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                schema: "reporting",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                schema: "reporting",
                table: "activity_reports");

            migrationBuilder.DropColumn(
                name: "ClaimedByUserId",
                schema: "reporting",
                table: "activity_reports");

            migrationBuilder.DropColumn(
                name: "StateEnteredAt",
                schema: "reporting",
                table: "activity_reports");
        }
    }
}
