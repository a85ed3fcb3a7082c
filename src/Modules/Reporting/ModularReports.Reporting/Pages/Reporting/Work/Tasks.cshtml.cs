using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>
/// The review queue, shared by a resolution's focal points: what the user has in hand, what is open to them, what a
/// colleague has in hand, and what they did lately. Review steps are taken and let go here; several activity reports
/// are accepted (or returned) at once with one comment.
/// </summary>
[Authorize]
internal sealed class TasksModel(IMediator mediator, ICurrentUser currentUser, MessageCatalog catalog) : PageModel
{
    public IReadOnlyList<TaskItem> Tasks { get; private set; } = [];

    public IReadOnlyList<DoneItem> Done { get; private set; } = [];

    /// <summary>After a batch: each report's outcome, with its title.</summary>
    public IReadOnlyList<(string Title, BatchOutcome Outcome)> Batch { get; private set; } = [];

    public string? Notice { get; private set; }

    public IEnumerable<TaskItem> Mine => Tasks.Where(t => t.HolderId == UserId);

    public IEnumerable<TaskItem> Open => Tasks.Where(t => t.HolderId is null);

    public IEnumerable<TaskItem> Colleagues => Tasks.Where(t => t.HolderId is { } holder && holder != UserId);

    /// <summary>The actions the user may take now on several of their activity reports, each once.</summary>
    public IReadOnlyList<WorkflowActionInfo> BatchActions =>
        Batchable.SelectMany(t => t.Actions).DistinctBy(a => a.Trigger).ToList();

    /// <summary>Activity reports the user reviews and nobody else has in hand: what a batch may act on.</summary>
    public IEnumerable<TaskItem> Batchable => Tasks.Where(t => t.Kind == ReportKinds.Activity && t.Review && (t.HolderId is null || t.HolderId == UserId));

    public Guid? UserId => currentUser.UserId;

    public async Task OnGetAsync(string? done)
    {
        Notice = done;
        await LoadAsync();
    }

    public Task<IActionResult> OnPostTakeAsync(string kind, Guid id) =>
        RunAsync(() => mediator.Send(new ClaimReview(kind, id, null), HttpContext.RequestAborted).AsTask(), "taken");

    public Task<IActionResult> OnPostReleaseAsync(string kind, Guid id) =>
        RunAsync(() => mediator.Send(new ReleaseReview(kind, id), HttpContext.RequestAborted).AsTask(), "released");

    public async Task OnPostBatchAsync(string trigger, List<Guid>? ids, string? comment)
    {
        var titles = (await mediator.Send(new MyTasks(), HttpContext.RequestAborted)).ToDictionary(t => t.ReportId, t => t.Title);
        try
        {
            var outcomes = await ActOnReports.RunAsync(mediator, catalog, ReportKinds.Activity, ids ?? [], trigger, comment, HttpContext.RequestAborted);
            Batch = outcomes.Select(o => (titles.GetValueOrDefault(o.Id, o.Id.ToString()), o)).ToList();
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddModelError("ids", ex.Errors.First().ErrorMessage);
        }

        await LoadAsync();
    }

    /// <summary>Takes or lets go of a review step; a refusal (a colleague took it first) is shown on the page.</summary>
    private async Task<IActionResult> RunAsync(Func<Task> change, string done)
    {
        if (await EditorHandlers.TryAsync(this, change))
        {
            return Redirect($"/tasks?done={done}");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Tasks = await mediator.Send(new MyTasks(), HttpContext.RequestAborted);
        Done = await mediator.Send(new MyDoneReviews(), HttpContext.RequestAborted);
    }
}
