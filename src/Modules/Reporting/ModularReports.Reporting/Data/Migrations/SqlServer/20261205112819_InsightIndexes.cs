using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InsightIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_activity_reports_IsPublic_ResolutionId_ConstituentId_PeriodFrom_PeriodTo",
                schema: "reporting",
                table: "activity_reports",
                columns: new[] { "IsPublic", "ResolutionId", "ConstituentId", "PeriodFrom", "PeriodTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_activity_reports_IsPublic_ResolutionId_ConstituentId_PeriodFrom_PeriodTo",
                schema: "reporting",
                table: "activity_reports");
        }
    }
}
