using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>An activity report in a public state (accepted, by default).</summary>
[AllowAnonymous]
internal sealed class ActivityReportModel(IMediator mediator) : PublicReportPage<PublicActivityReport>(mediator)
{
    protected override IQuery<PublicActivityReport> Read(Guid id) => new ReadPublicActivity(id);
}
