using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_activity_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GeographicScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
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
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_journal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_journal_reporting_activity_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_activity_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    table.ForeignKey(
                        name: "FK_reporting_submitted_versions_reporting_activity_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_activity_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_activity_reports_ConstituentId_UpdatedAt",
                table: "reporting_activity_reports",
                columns: new[] { "ConstituentId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_activity_reports_ResolutionId_State",
                table: "reporting_activity_reports",
                columns: new[] { "ResolutionId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_journal_ReportId_At",
                table: "reporting_journal",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_submitted_versions_ReportId_Number",
                table: "reporting_submitted_versions",
                columns: new[] { "ReportId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_journal");

            migrationBuilder.DropTable(
                name: "reporting_submitted_versions");

            migrationBuilder.DropTable(
                name: "reporting_activity_reports");
        }
    }
}
