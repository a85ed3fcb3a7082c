using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Assignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "definition_assignments",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentKind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Congress = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TextKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DefinitionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_assignments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_definition_assignments_DocumentKind_Congress_TextKind",
                schema: "workflow",
                table: "definition_assignments",
                columns: new[] { "DocumentKind", "Congress", "TextKind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definition_assignments",
                schema: "workflow");
        }
    }
}
