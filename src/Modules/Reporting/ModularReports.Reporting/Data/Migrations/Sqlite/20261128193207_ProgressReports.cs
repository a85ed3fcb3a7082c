using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_reporting_journal_reporting_activity_reports_ReportId",
                table: "reporting_journal");

            migrationBuilder.DropForeignKey(
                name: "FK_reporting_submitted_versions_reporting_activity_reports_ReportId",
                table: "reporting_submitted_versions");

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "reporting_activity_reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "reporting_activity_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_progress_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolutionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ResolutionTitles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    CommissionIds = table.Column<string>(type: "TEXT", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    ActionCategories = table.Column<string>(type: "TEXT", nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Challenges = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    FutureActionCategories = table.Column<string>(type: "TEXT", nullable: false),
                    FutureActions = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    ActionsPlanned = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ImplementationStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    InvolvedConstituentIds = table.Column<string>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                name: "IX_reporting_activity_reports_IsPublic_PublishedAt",
                table: "reporting_activity_reports",
                columns: new[] { "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_periods_Name",
                table: "reporting_periods",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_PeriodId",
                table: "reporting_progress_reports",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_ResolutionId_PeriodId",
                table: "reporting_progress_reports",
                columns: new[] { "ResolutionId", "PeriodId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_progress_reports");

            migrationBuilder.DropTable(
                name: "reporting_periods");

            migrationBuilder.DropIndex(
                name: "IX_reporting_activity_reports_IsPublic_PublishedAt",
                table: "reporting_activity_reports");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "reporting_activity_reports");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "reporting_activity_reports");

            migrationBuilder.AddForeignKey(
                name: "FK_reporting_journal_reporting_activity_reports_ReportId",
                table: "reporting_journal",
                column: "ReportId",
                principalTable: "reporting_activity_reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_reporting_submitted_versions_reporting_activity_reports_ReportId",
                table: "reporting_submitted_versions",
                column: "ReportId",
                principalTable: "reporting_activity_reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
