using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_journal_activity_reports_ReportId",
                schema: "reporting",
                table: "journal");

            migrationBuilder.DropForeignKey(
                name: "FK_submitted_versions_activity_reports_ReportId",
                schema: "reporting",
                table: "submitted_versions");

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                schema: "reporting",
                table: "activity_reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                schema: "reporting",
                table: "activity_reports",
                type: "timestamp with time zone",
                nullable: true);

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
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResolutionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResolutionTitles = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CommissionIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "boolean", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    ActionCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Results = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    Challenges = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    FutureActionCategories = table.Column<List<string>>(type: "text[]", nullable: false),
                    FutureActions = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    ActionsPlanned = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ImplementationStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    InvolvedConstituentIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    DefinitionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
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
                name: "IX_activity_reports_IsPublic_PublishedAt",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_periods_Name",
                schema: "reporting",
                table: "periods",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_ResolutionId_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "ResolutionId", "PeriodId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "progress_reports",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "periods",
                schema: "reporting");

            migrationBuilder.DropIndex(
                name: "IX_activity_reports_IsPublic_PublishedAt",
                schema: "reporting",
                table: "activity_reports");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                schema: "reporting",
                table: "activity_reports");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                schema: "reporting",
                table: "activity_reports");

            migrationBuilder.AddForeignKey(
                name: "FK_journal_activity_reports_ReportId",
                schema: "reporting",
                table: "journal",
                column: "ReportId",
                principalSchema: "reporting",
                principalTable: "activity_reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_submitted_versions_activity_reports_ReportId",
                schema: "reporting",
                table: "submitted_versions",
                column: "ReportId",
                principalSchema: "reporting",
                principalTable: "activity_reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
