using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                schema: "reporting",
                table: "activity_reports",
                type: "datetime2",
                nullable: true);

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
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResolutionCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ResolutionTitles = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CommissionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SecretariatInvolved = table.Column<bool>(type: "bit", nullable: true),
                    OtherOrganisations = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    ActionCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Results = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    Challenges = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    FutureActionCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FutureActions = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    ActionsPlanned = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ImplementationStatus = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InvolvedConstituentIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DefinitionKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
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
