using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Constituencies.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResolutionTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentUrl",
                table: "constituencies_resolutions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "constituencies_resolutions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DocumentUrl",
                table: "constituencies_resolutions");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "constituencies_resolutions");
        }
    }
}
