using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Identity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SignInAndTimerConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "identity",
                table: "sign_in_throttles",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "identity",
                table: "sign_in_throttles");
        }
    }
}
