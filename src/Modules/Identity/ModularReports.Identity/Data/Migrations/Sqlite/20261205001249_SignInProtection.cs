using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignInProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_redeemed_refresh_tokens",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_redeemed_refresh_tokens", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "identity_sign_in_throttles",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    Lockouts = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFailureAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_sign_in_throttles", x => new { x.Account, x.ClientAddress });
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_redeemed_refresh_tokens_ExpiresAt",
                table: "identity_redeemed_refresh_tokens",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_identity_sign_in_throttles_LastFailureAt",
                table: "identity_sign_in_throttles",
                column: "LastFailureAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_redeemed_refresh_tokens");

            migrationBuilder.DropTable(
                name: "identity_sign_in_throttles");
        }
    }
}
