using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Constituencies.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "constituencies");

            migrationBuilder.CreateTable(
                name: "congresses",
                schema: "constituencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_congresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "constituents",
                schema: "constituencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Acronym = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CountryCode = table.Column<string>(type: "nchar(2)", fixedLength: true, maxLength: 2, nullable: true),
                    Region = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    MembershipCategory = table.Column<string>(type: "nchar(1)", fixedLength: true, maxLength: 1, nullable: true),
                    PeriodStart = table.Column<int>(type: "int", nullable: true),
                    PeriodEnd = table.Column<int>(type: "int", nullable: true),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DisplayNameOverride = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    IsArchived = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_constituents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_constituents_constituents_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "constituencies",
                        principalTable: "constituents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                schema: "constituencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    ImportValidRows = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TotalRows = table.Column<int>(type: "int", nullable: false),
                    ProcessedRows = table.Column<int>(type: "int", nullable: false),
                    Added = table.Column<int>(type: "int", nullable: false),
                    Updated = table.Column<int>(type: "int", nullable: false),
                    Unchanged = table.Column<int>(type: "int", nullable: false),
                    ErrorsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ErrorCount = table.Column<int>(type: "int", nullable: false),
                    Failure = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "constituencies",
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
                name: "outbox_messages",
                schema: "constituencies",
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
                name: "resolutions",
                schema: "constituencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CongressId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TitleFr = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TitleEs = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    MotionNumber = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(1700)", maxLength: 1700, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resolutions_congresses_CongressId",
                        column: x => x.CongressId,
                        principalSchema: "constituencies",
                        principalTable: "congresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "focal_points",
                schema: "constituencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResolutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConstituentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssignedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_focal_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_focal_points_constituents_ConstituentId",
                        column: x => x.ConstituentId,
                        principalSchema: "constituencies",
                        principalTable: "constituents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_focal_points_resolutions_ResolutionId",
                        column: x => x.ResolutionId,
                        principalSchema: "constituencies",
                        principalTable: "resolutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_congresses_Code",
                schema: "constituencies",
                table: "congresses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_constituents_ParentId",
                schema: "constituencies",
                table: "constituents",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_constituents_Type_Name",
                schema: "constituencies",
                table: "constituents",
                columns: new[] { "Type", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_constituents_Type_Name_CountryCode",
                schema: "constituencies",
                table: "constituents",
                columns: new[] { "Type", "Name", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_focal_points_ConstituentId",
                schema: "constituencies",
                table: "focal_points",
                column: "ConstituentId");

            migrationBuilder.CreateIndex(
                name: "IX_focal_points_ResolutionId_UserId",
                schema: "constituencies",
                table: "focal_points",
                columns: new[] { "ResolutionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_focal_points_UserId",
                schema: "constituencies",
                table: "focal_points",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_CreatedAt",
                schema: "constituencies",
                table: "import_jobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_awaiting_consumers",
                schema: "constituencies",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ConsumedAt",
                schema: "constituencies",
                table: "outbox_messages",
                column: "ConsumedAt",
                filter: "\"ConsumedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt",
                schema: "constituencies",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_resolutions_Code",
                schema: "constituencies",
                table: "resolutions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resolutions_CongressId_Kind_Status_Code",
                schema: "constituencies",
                table: "resolutions",
                columns: new[] { "CongressId", "Kind", "Status", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "focal_points",
                schema: "constituencies");

            migrationBuilder.DropTable(
                name: "import_jobs",
                schema: "constituencies");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "constituencies");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "constituencies");

            migrationBuilder.DropTable(
                name: "constituents",
                schema: "constituencies");

            migrationBuilder.DropTable(
                name: "resolutions",
                schema: "constituencies");

            migrationBuilder.DropTable(
                name: "congresses",
                schema: "constituencies");
        }
    }
}
