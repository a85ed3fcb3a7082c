using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Constituencies.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ResolutionTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentUrl",
                schema: "constituencies",
                table: "resolutions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                schema: "constituencies",
                table: "resolutions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DocumentUrl",
                schema: "constituencies",
                table: "resolutions");

            migrationBuilder.DropColumn(
                name: "Summary",
                schema: "constituencies",
                table: "resolutions");
        }
    }
}
