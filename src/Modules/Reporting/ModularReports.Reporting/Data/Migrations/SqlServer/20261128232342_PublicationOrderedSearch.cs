using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicationOrderedSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ResolutionCode",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.AddColumn<int>(
                name: "CategoryMask",
                schema: "reporting",
                table: "progress_reports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Reports saved before the mask existed get theirs from their categories.
            migrationBuilder.Sql(SearchIndexSql.BackfillCategoryMask("SqlServer"));

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
                name: "IX_progress_reports_ResolutionId_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "ResolutionId", "IsPublic", "PublishedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id_CategoryMask_PeriodId",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id_CategoryMask_ImplementationStatus",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id_CategoryMask_ImplementationStatus_PeriodId",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_IsPublic_ResolutionCode_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_ResolutionId_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "CategoryMask",
                schema: "reporting",
                table: "progress_reports");

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ImplementationStatus_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ImplementationStatus", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PeriodId_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PeriodId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_PublishedAt_Id",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_IsPublic_ResolutionCode",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "IsPublic", "ResolutionCode" });
        }
    }
}
