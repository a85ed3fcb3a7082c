using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EmailSenderLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LeaseId",
                schema: "notifications",
                table: "email_deliveries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_deliveries_LeaseId",
                schema: "notifications",
                table: "email_deliveries",
                column: "LeaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_email_deliveries_LeaseId",
                schema: "notifications",
                table: "email_deliveries");

            migrationBuilder.DropColumn(
                name: "LeaseId",
                schema: "notifications",
                table: "email_deliveries");
        }
    }
}
