using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PartialQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SentAt_NextAttemptAt",
                schema: "notifications",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_email_deliveries_Status_NextAttemptAt",
                schema: "notifications",
                table: "email_deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt",
                schema: "notifications",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt",
                schema: "notifications",
                table: "outbox_messages",
                column: "SentAt",
                filter: "\"SentAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_email_deliveries_NextAttemptAt",
                schema: "notifications",
                table: "email_deliveries",
                column: "NextAttemptAt",
                filter: "\"Status\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_NextAttemptAt",
                schema: "notifications",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SentAt",
                schema: "notifications",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_email_deliveries_NextAttemptAt",
                schema: "notifications",
                table: "email_deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_NextAttemptAt",
                schema: "notifications",
                table: "outbox_messages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_email_deliveries_Status_NextAttemptAt",
                schema: "notifications",
                table: "email_deliveries",
                columns: new[] { "Status", "NextAttemptAt" });
        }
    }
}
