using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Identity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxConsumption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SentAt",
                schema: "identity",
                table: "outbox_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsumedAt",
                schema: "identity",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Redeliveries",
                schema: "identity",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_awaiting_consumers",
                schema: "identity",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ConsumedAt",
                schema: "identity",
                table: "outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_awaiting_consumers",
                schema: "identity",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ConsumedAt",
                schema: "identity",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "ConsumedAt",
                schema: "identity",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Redeliveries",
                schema: "identity",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt",
                schema: "identity",
                table: "outbox_messages",
                column: "SentAt",
                filter: "\"SentAt\" IS NOT NULL");
        }
    }
}
