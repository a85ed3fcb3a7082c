using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>A row of the activity report's actions in the editor: its index in the form and its number for people.</summary>
internal sealed record ActionRow(string Index, string Number, ReportActionView? Action);
