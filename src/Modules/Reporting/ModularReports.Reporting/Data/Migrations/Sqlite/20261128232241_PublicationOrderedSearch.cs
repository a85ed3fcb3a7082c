using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicationOrderedSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_ResolutionCode",
                table: "reporting_progress_reports");

            migrationBuilder.AddColumn<int>(
                name: "CategoryMask",
                table: "reporting_progress_reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Reports saved before the mask existed get theirs from their categories.
            migrationBuilder.Sql(SearchIndexSql.BackfillCategoryMask("Sqlite"));

            // The full-text table in publication order (ADR 12).
            migrationBuilder.Sql(SearchIndexSql.SqlitePublicationOrderedIndex);

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
                name: "IX_reporting_progress_reports_ResolutionId_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "ResolutionId", "IsPublic", "PublishedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.SqliteUnorderedIndex);

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id_CategoryMask_PeriodId",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt_Id_CategoryMask_ImplementationStatus",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt_Id_CategoryMask_ImplementationStatus_PeriodId",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_IsPublic_ResolutionCode_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_ResolutionId_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports");

            migrationBuilder.DropColumn(
                name: "CategoryMask",
                table: "reporting_progress_reports");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_PublishedAt_Id",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_IsPublic_ResolutionCode",
                table: "reporting_progress_reports",
                columns: new[] { "IsPublic", "ResolutionCode" });
        }
    }
}
