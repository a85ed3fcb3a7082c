using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeriodDueReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueReminderSentOn",
                table: "reporting_periods",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RemindDaysBefore",
                table: "reporting_periods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14); // periods defined before reminders existed get the usual two weeks
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueReminderSentOn",
                table: "reporting_periods");

            migrationBuilder.DropColumn(
                name: "RemindDaysBefore",
                table: "reporting_periods");
        }
    }
}
