using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CarriedOverFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "CarriedOverFields",
                schema: "reporting",
                table: "activity_reports",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'"); // reports started before carrying over have none
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CarriedOverFields",
                schema: "reporting",
                table: "activity_reports");
        }
    }
}
