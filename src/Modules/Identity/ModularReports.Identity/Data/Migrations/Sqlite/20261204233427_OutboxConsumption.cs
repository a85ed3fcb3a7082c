using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxConsumption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_identity_outbox_messages_SentAt",
                table: "identity_outbox_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsumedAt",
                table: "identity_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Redeliveries",
                table: "identity_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_identity_outbox_messages_awaiting_consumers",
                table: "identity_outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_identity_outbox_messages_ConsumedAt",
                table: "identity_outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_identity_outbox_messages_awaiting_consumers",
                table: "identity_outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_identity_outbox_messages_ConsumedAt",
                table: "identity_outbox_messages");

            migrationBuilder.DropColumn(
                name: "ConsumedAt",
                table: "identity_outbox_messages");

            migrationBuilder.DropColumn(
                name: "Redeliveries",
                table: "identity_outbox_messages");

            migrationBuilder.CreateIndex(
                name: "IX_identity_outbox_messages_SentAt",
                table: "identity_outbox_messages",
                column: "SentAt",
                filter: "\"SentAt\" IS NOT NULL");
        }
    }
}
