using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "activity_reports",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoAuthorIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    GeographicScope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CommissionIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "boolean", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Results = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Challenges = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FutureActions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    DefinitionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HiddenFromReviewers = table.Column<bool>(type: "boolean", nullable: false),
                    CountsForConsolidation = table.Column<bool>(type: "boolean", nullable: false),
                    IsFinished = table.Column<bool>(type: "boolean", nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actions = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "reporting",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    From = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    To = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsumedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Redeliveries = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LockId = table.Column<Guid>(type: "uuid", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "periods",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemindDaysBefore = table.Column<int>(type: "integer", nullable: false),
                    DueReminderSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "submitted_versions",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submitted_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResolutionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResolutionTitles = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ActionCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    FutureActionCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    ActionsPlanned = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ImplementationStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    InvolvedConstituentIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CategoryMask = table.Column<int>(type: "integer", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CommissionIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "boolean", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    Results = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    Challenges = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    FutureActions = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    DefinitionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HiddenFromReviewers = table.Column<bool>(type: "boolean", nullable: false),
                    CountsForConsolidation = table.Column<bool>(type: "boolean", nullable: false),
                    IsFinished = table.Column<bool>(type: "boolean", nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Sources = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_progress_reports_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalSchema: "reporting",
                        principalTable: "periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_reports_ConstituentId_UpdatedAt",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "ConstituentId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_reports_IsPublic_PublishedAt",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_reports_ResolutionId_CountsForConsolidation",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "ResolutionId", "CountsForConsolidation" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_ReportId_At",
                schema: "reporting",
                table: "journal",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_awaiting_consumers",
                schema: "reporting",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ConsumedAt",
                schema: "reporting",
                table: "outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt",
                schema: "reporting",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_periods_Name",
                schema: "reporting",
                table: "periods",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_Im~",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "Id", "IsPublic", "ResolutionCode", "ResolutionId", "ImplementationStatus", "CategoryMask", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_~",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id", "CategoryMask", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id_CategoryM~",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id", "CategoryMask", "ImplementationStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id_CategoryMask_Imple~",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PublishedAt", "Id", "CategoryMask", "ImplementationStatus", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ResolutionCode_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ResolutionCode", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_ResolutionId_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "ResolutionId", "IsPublic", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_ResolutionId_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "ResolutionId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submitted_versions_ReportId_Number",
                schema: "reporting",
                table: "submitted_versions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            // The public search's full-text index (not in the model).
            migrationBuilder.Sql(SearchIndexSql.PostgreSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.PostgreSqlDown);

            migrationBuilder.DropTable(
                name: "activity_reports",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "progress_reports",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "submitted_versions",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "periods",
                schema: "reporting");
        }
    }
}
