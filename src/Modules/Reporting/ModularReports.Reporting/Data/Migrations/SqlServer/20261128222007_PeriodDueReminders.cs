using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularReports.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodDueReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueReminderSentOn",
                schema: "reporting",
                table: "periods",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RemindDaysBefore",
                schema: "reporting",
                table: "periods",
                type: "int",
                nullable: false,
                defaultValue: 14); // periods defined before reminders existed get the usual two weeks
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueReminderSentOn",
                schema: "reporting",
                table: "periods");

            migrationBuilder.DropColumn(
                name: "RemindDaysBefore",
                schema: "reporting",
                table: "periods");
        }
    }
}
