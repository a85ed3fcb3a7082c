using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Constituencies.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "constituencies_congresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituencies_congresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "constituencies_constituents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MembershipCategory = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 1, nullable: true),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisplayNameOverride = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituencies_constituents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_constituencies_constituents_constituencies_constituents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "constituencies_constituents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "constituencies_import_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ImportValidRows = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituencies_import_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "constituencies_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituencies_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "constituencies_outbox_messages",
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
                    table.PrimaryKey("PK_constituencies_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "constituencies_resolutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CongressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TitleEs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MotionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1700, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituencies_resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_constituencies_resolutions_constituencies_congresses_CongressId",
                        column: x => x.CongressId,
                        principalTable: "constituencies_congresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "constituencies_focal_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituencies_focal_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_constituencies_focal_points_constituencies_constituents_ConstituentId",
                        column: x => x.ConstituentId,
                        principalTable: "constituencies_constituents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_constituencies_focal_points_constituencies_resolutions_ResolutionId",
                        column: x => x.ResolutionId,
                        principalTable: "constituencies_resolutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_congresses_Code",
                table: "constituencies_congresses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_constituents_ParentId",
                table: "constituencies_constituents",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_constituents_Type_Name",
                table: "constituencies_constituents",
                columns: new[] { "Type", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_constituents_Type_Name_CountryCode",
                table: "constituencies_constituents",
                columns: new[] { "Type", "Name", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_focal_points_ConstituentId",
                table: "constituencies_focal_points",
                column: "ConstituentId");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_focal_points_ResolutionId_UserId",
                table: "constituencies_focal_points",
                columns: new[] { "ResolutionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_focal_points_UserId",
                table: "constituencies_focal_points",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_import_jobs_CreatedAt",
                table: "constituencies_import_jobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_outbox_messages_awaiting_consumers",
                table: "constituencies_outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_outbox_messages_ConsumedAt",
                table: "constituencies_outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_outbox_messages_NextAttemptAt",
                table: "constituencies_outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_resolutions_Code",
                table: "constituencies_resolutions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_constituencies_resolutions_CongressId_Kind_Status_Code",
                table: "constituencies_resolutions",
                columns: new[] { "CongressId", "Kind", "Status", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "constituencies_focal_points");

            migrationBuilder.DropTable(
                name: "constituencies_import_jobs");

            migrationBuilder.DropTable(
                name: "constituencies_inbox_messages");

            migrationBuilder.DropTable(
                name: "constituencies_outbox_messages");

            migrationBuilder.DropTable(
                name: "constituencies_constituents");

            migrationBuilder.DropTable(
                name: "constituencies_resolutions");

            migrationBuilder.DropTable(
                name: "constituencies_congresses");
        }
    }
}
