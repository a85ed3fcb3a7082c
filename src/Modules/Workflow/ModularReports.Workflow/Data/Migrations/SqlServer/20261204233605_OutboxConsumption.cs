using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboxConsumption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SentAt",
                schema: "workflow",
                table: "outbox_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsumedAt",
                schema: "workflow",
                table: "outbox_messages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Redeliveries",
                schema: "workflow",
                table: "outbox_messages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_awaiting_consumers",
                schema: "workflow",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ConsumedAt",
                schema: "workflow",
                table: "outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_awaiting_consumers",
                schema: "workflow",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ConsumedAt",
                schema: "workflow",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "ConsumedAt",
                schema: "workflow",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Redeliveries",
                schema: "workflow",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt",
                schema: "workflow",
                table: "outbox_messages",
                column: "SentAt",
                filter: "\"SentAt\" IS NOT NULL");
        }
    }
}
