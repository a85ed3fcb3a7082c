using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Workflow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartialQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_outbox_messages_SentAt_NextAttemptAt",
                table: "workflow_outbox_messages");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_outbox_messages_NextAttemptAt",
                table: "workflow_outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_outbox_messages_SentAt",
                table: "workflow_outbox_messages",
                column: "SentAt",
                filter: "\"SentAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_outbox_messages_NextAttemptAt",
                table: "workflow_outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_workflow_outbox_messages_SentAt",
                table: "workflow_outbox_messages");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_outbox_messages_SentAt_NextAttemptAt",
                table: "workflow_outbox_messages",
                columns: new[] { "SentAt", "NextAttemptAt" });
        }
    }
}
