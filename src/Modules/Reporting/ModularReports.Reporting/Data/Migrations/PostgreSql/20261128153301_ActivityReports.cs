using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ActivityReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_reports",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    GeographicScope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
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
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_journal_activity_reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "reporting",
                        principalTable: "activity_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    table.ForeignKey(
                        name: "FK_submitted_versions_activity_reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "reporting",
                        principalTable: "activity_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_reports_ConstituentId_UpdatedAt",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "ConstituentId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_reports_ResolutionId_State",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "ResolutionId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_ReportId_At",
                schema: "reporting",
                table: "journal",
                columns: new[] { "ReportId", "At" });

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
                name: "journal",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "submitted_versions",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "activity_reports",
                schema: "reporting");
        }
    }
}
