using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimersAsRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JobId",
                table: "workflow_scheduled_timers");

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "workflow_scheduled_timers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_scheduled_timers_DueAt",
                table: "workflow_scheduled_timers",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_scheduled_timers_DueAt",
                table: "workflow_scheduled_timers");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "workflow_scheduled_timers");

            migrationBuilder.AddColumn<string>(
                name: "JobId",
                table: "workflow_scheduled_timers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }
    }
}
