using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Assignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflow_definition_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentKind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Congress = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TextKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_definition_assignments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definition_assignments_DocumentKind_Congress_TextKind",
                table: "workflow_definition_assignments",
                columns: new[] { "DocumentKind", "Congress", "TextKind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_definition_assignments");
        }
    }
}
