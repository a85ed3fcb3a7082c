using System.Globalization;
using Microsoft.Extensions.Localization;
using ModularReports.Constituencies.Contracts;
using ModularReports.Reporting.Contracts;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Notifications.Features.ReportMessages;

/// <summary>
/// The words a message about a report needs, in the current UI language: the kind of report, the resolution's code and
/// title, a state's label from the report's workflow definition, and the page where the recipient acts.
/// </summary>
internal sealed class ReportTexts(IStringLocalizer<NotificationsText> text, IResolutionCatalog resolutions, IWorkflowRuntime workflow)
{
    public string this[string key, params object[] arguments] => text[key, arguments].Value;

    public string KindLabel(string kind) => text[kind == ReportKinds.Progress ? "Kind_Progress" : "Kind_Activity"].Value;

    public async Task<(string Code, string Title)> ResolutionAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        var resolution = await resolutions.FindAsync(resolutionId, Language, cancellationToken);
        return resolution is null ? ("?", string.Empty) : (resolution.Code, resolution.Title);
    }

    public async Task<(string Label, bool IsPublic)> StateAsync(string definitionKey, int version, string state, CancellationToken cancellationToken)
    {
        try
        {
            var info = await workflow.DescribeStateAsync(new WorkflowPosition(definitionKey, version, state), Language, cancellationToken);
            return (info.Label, info.IsPublic);
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            return (state, false); // a definition removed since: the key is still meaningful
        }
    }

    /// <summary>The working page of a report, or the public page of a published one.</summary>
    public static string Link(string kind, Guid reportId, bool published = false) => (kind, published) switch
    {
        (ReportKinds.Progress, true) => $"/reports/{reportId}",
        (ReportKinds.Progress, false) => $"/progress-reports/{reportId}",
        (_, true) => $"/reports/activity/{reportId}",
        _ => $"/activity-reports/{reportId}",
    };

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
