using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoAuthorIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    GeographicScope = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ResolutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CommissionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "bit", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Results = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Challenges = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    FutureActions = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    DefinitionKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HiddenFromReviewers = table.Column<bool>(type: "bit", nullable: false),
                    CountsForConsolidation = table.Column<bool>(type: "bit", nullable: false),
                    IsFinished = table.Column<bool>(type: "bit", nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actions = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    From = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    To = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    DefinitionVersion = table.Column<int>(type: "int", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConsumedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    Redeliveries = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LockId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemindDaysBefore = table.Column<int>(type: "int", nullable: false),
                    DueReminderSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResolutionCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ResolutionTitles = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ActionCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FutureActionCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ActionsPlanned = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ImplementationStatus = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InvolvedConstituentIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CategoryMask = table.Column<int>(type: "int", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CommissionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "bit", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    Results = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    Challenges = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    FutureActions = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    DefinitionKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HiddenFromReviewers = table.Column<bool>(type: "bit", nullable: false),
                    CountsForConsolidation = table.Column<bool>(type: "bit", nullable: false),
                    IsFinished = table.Column<bool>(type: "bit", nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sources = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                name: "IX_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_ImplementationStatus_CategoryMask_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "Id", "IsPublic", "ResolutionCode", "ResolutionId", "ImplementationStatus", "CategoryMask", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id_CategoryMask_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id", "CategoryMask", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id_CategoryMask_ImplementationStatus",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id", "CategoryMask", "ImplementationStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id_CategoryMask_ImplementationStatus_PeriodId",
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
