using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchJoinIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_reporting_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_ImplementationStatus_CategoryMask_PeriodId",
                table: "reporting_progress_reports",
                columns: new[] { "Id", "IsPublic", "ResolutionCode", "ResolutionId", "ImplementationStatus", "CategoryMask", "PeriodId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_ImplementationStatus_CategoryMask_PeriodId",
                table: "reporting_progress_reports");
        }
    }
}
