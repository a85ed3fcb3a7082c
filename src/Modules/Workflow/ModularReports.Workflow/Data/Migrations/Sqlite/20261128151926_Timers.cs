using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Timers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflow_scheduled_timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimerIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    JobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_scheduled_timers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_scheduled_timers_DocumentType_DocumentId",
                table: "workflow_scheduled_timers",
                columns: new[] { "DocumentType", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_scheduled_timers");
        }
    }
}
