using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchJoinIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_ImplementationStatus_CategoryMask_PeriodId",
                schema: "reporting",
                table: "progress_reports",
                columns: new[] { "Id", "IsPublic", "ResolutionCode", "ResolutionId", "ImplementationStatus", "CategoryMask", "PeriodId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_reports_Id_IsPublic_ResolutionCode_ResolutionId_ImplementationStatus_CategoryMask_PeriodId",
                schema: "reporting",
                table: "progress_reports");
        }
    }
}
