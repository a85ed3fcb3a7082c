using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>The review queue: every report on which the user has an action now, waiting longest first.</summary>
[Authorize]
internal sealed class TasksModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<TaskItem> Tasks { get; private set; } = [];

    public async Task OnGetAsync() => Tasks = await mediator.Send(new MyTasks(), HttpContext.RequestAborted);
}
