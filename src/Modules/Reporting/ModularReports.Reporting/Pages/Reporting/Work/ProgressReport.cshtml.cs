using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.ProgressReports;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>One progress report at work (<see cref="ReportEditorPage"/>), with consolidation from the accepted activity reports.</summary>
[Authorize(Roles = $"{Roles.FocalPoint},{Roles.Admin}")]
internal sealed class ProgressReportModel(IMediator mediator, IConstituentDirectory constituents) : ReportEditorPage(mediator, constituents)
{
    public ProgressReportView Report => (ProgressReportView)Workspace.Report;

    [BindProperty(SupportsGet = true)] public int? Added { get; set; }

    protected override string Kind => ReportKinds.Progress;

    protected override string Path => "/progress-reports";

    public Task<IActionResult> OnPostConsolidateAsync(Guid id) => RunAsync(id, async () =>
    {
        var result = await Mediator.Send(new ConsolidateProgressReport(id, FormPatch.Version(Request.Form)));
        return $"consolidated&added={result.Added}";
    });

    protected override JsonElement Patch(IFormCollection form) => FormPatch.Progress(form);
}
