using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>A published progress report.</summary>
[AllowAnonymous]
internal sealed class ProgressReportModel(IMediator mediator) : PublicReportPage<PublishedReport>(mediator)
{
    protected override IQuery<PublishedReport> Read(Guid id) => new ReadPublished(id);
}
