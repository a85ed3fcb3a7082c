using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmailSenderLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LeaseId",
                table: "notifications_email_deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_email_deliveries_LeaseId",
                table: "notifications_email_deliveries",
                column: "LeaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_email_deliveries_LeaseId",
                table: "notifications_email_deliveries");

            migrationBuilder.DropColumn(
                name: "LeaseId",
                table: "notifications_email_deliveries");
        }
    }
}
