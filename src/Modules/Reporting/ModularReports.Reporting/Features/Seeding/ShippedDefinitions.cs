namespace ModularReports.Reporting.Features.Seeding;

/// <summary>
/// The review definitions shipped with the application, by key. Demo data and generated samples are written as
/// histories of these (their states are named); real reports start on whatever definition admins chose.
/// </summary>
internal static class ShippedDefinitions
{
    public const string ActivityReportReview = "activity-report-review";

    public const string ProgressReportReview = "progress-report-review";
}
