using System.Text.Json;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>The fields only progress reports have, as a merge patch changes them (<see cref="ReportFields"/>).</summary>
internal static class ProgressReportFields
{
    private static readonly string[] StatusCodes = ReportVocabulary.ImplementationStatuses.Select(s => s.Code).ToArray();

    public static bool Apply(ProgressReport report, string name, JsonElement value, MergePatch read)
    {
        switch (name)
        {
            case "actionCategories":
                if (read.Categories(name, value, out var categories)) { report.ActionCategories = categories; }
                return true;
            case "futureActionCategories":
                if (read.Categories(name, value, out var future)) { report.FutureActionCategories = future; }
                return true;
            case "actionsPlanned":
                if (read.OneOf(name, value, ReportVocabulary.ActionsPlanned.ToArray(), out var planned)) { report.ActionsPlanned = planned; }
                return true;
            case "implementationStatus":
                if (read.OneOf(name, value, StatusCodes, out var status)) { report.ImplementationStatus = status; }
                return true;
            case "additionalInformation":
                if (read.Text(name, value, ProgressReport.TextLimit, out var additional)) { report.AdditionalInformation = additional; }
                return true;
            default:
                return false;
        }
    }
}
