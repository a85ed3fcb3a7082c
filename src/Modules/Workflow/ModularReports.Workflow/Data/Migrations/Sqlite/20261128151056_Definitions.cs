using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Definitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflow_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DraftJson = table.Column<string>(type: "TEXT", nullable: false),
                    DraftUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftUpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_definition_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_definition_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workflow_definition_versions_workflow_definitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "workflow_definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definition_versions_DefinitionId",
                table: "workflow_definition_versions",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definition_versions_Key_Number",
                table: "workflow_definition_versions",
                columns: new[] { "Key", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_Key",
                table: "workflow_definitions",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_definition_versions");

            migrationBuilder.DropTable(
                name: "workflow_definitions");
        }
    }
}
