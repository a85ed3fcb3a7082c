using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TimersAsRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JobId",
                schema: "workflow",
                table: "scheduled_timers");

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                schema: "workflow",
                table: "scheduled_timers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_timers_DueAt",
                schema: "workflow",
                table: "scheduled_timers",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_scheduled_timers_DueAt",
                schema: "workflow",
                table: "scheduled_timers");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                schema: "workflow",
                table: "scheduled_timers");

            migrationBuilder.AddColumn<string>(
                name: "JobId",
                schema: "workflow",
                table: "scheduled_timers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }
    }
}
