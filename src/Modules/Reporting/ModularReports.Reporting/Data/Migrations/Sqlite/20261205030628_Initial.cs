using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_activity_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoAuthorIds = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GeographicScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    CommissionIds = table.Column<string>(type: "TEXT", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Results = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Challenges = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    FutureActions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenFromReviewers = table.Column<bool>(type: "INTEGER", nullable: false),
                    CountsForConsolidation = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFinished = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_activity_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "reporting_journal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_journal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsumedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Redeliveries = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemindDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    DueReminderSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_submitted_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_submitted_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_progress_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolutionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ResolutionTitles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ActionCategories = table.Column<string>(type: "TEXT", nullable: false),
                    FutureActionCategories = table.Column<string>(type: "TEXT", nullable: false),
                    ActionsPlanned = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ImplementationStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    InvolvedConstituentIds = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryMask = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    CommissionIds = table.Column<string>(type: "TEXT", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Results = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Challenges = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    FutureActions = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenFromReviewers = table.Column<bool>(type: "INTEGER", nullable: false),
                    CountsForConsolidation = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFinished = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_progress_reports_reporting_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "reporting_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_activity_reports_ConstituentId_UpdatedAt",
                table: "reporting_activity_reports",
                columns: new[] { "ConstituentId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_activity_reports_IsPublic_PublishedAt",
                table: "reporting_activity_reports",
                columns: new[] { "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_activity_reports_ResolutionId_CountsForConsolidation",
                table: "reporting_activity_reports",
                columns: new[] { "ResolutionId", "CountsForConsolidation" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_journal_ReportId_At",
                table: "reporting_journal",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_outbox_messages_awaiting_consumers",
                table: "reporting_outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_outbox_messages_ConsumedAt",
                table: "reporting_outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_outbox_messages_NextAttemptAt",
                table: "reporting_outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_periods_Name",
                table: "reporting_periods",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_ImplementationStatus_CategoryMask_PeriodId",
                table: "reporting_progress_reports",
                columns: new[] { "Id", "IsPublic", "ResolutionCode", "ResolutionId", "ImplementationStatus", "CategoryMask", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id_CategoryMask_PeriodId",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id", "CategoryMask", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt_Id_CategoryMask_ImplementationStatus",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id", "CategoryMask", "ImplementationStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt_Id_CategoryMask_ImplementationStatus_PeriodId",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PublishedAt", "Id", "CategoryMask", "ImplementationStatus", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_ResolutionCode_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "ResolutionCode", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_PeriodId",
                table: "reporting_progress_reports",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_ResolutionId_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "ResolutionId", "IsPublic", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_ResolutionId_PeriodId",
                table: "reporting_progress_reports",
                columns: new[] { "ResolutionId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_submitted_versions_ReportId_Number",
                table: "reporting_submitted_versions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            // The public search's full-text index (not in the model).
            migrationBuilder.Sql(SearchIndexSql.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.SqliteDown);

            migrationBuilder.DropTable(
                name: "reporting_activity_reports");

            migrationBuilder.DropTable(
                name: "reporting_inbox_messages");

            migrationBuilder.DropTable(
                name: "reporting_journal");

            migrationBuilder.DropTable(
                name: "reporting_outbox_messages");

            migrationBuilder.DropTable(
                name: "reporting_progress_reports");

            migrationBuilder.DropTable(
                name: "reporting_submitted_versions");

            migrationBuilder.DropTable(
                name: "reporting_periods");
        }
    }
}
