using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>
/// The activity reports the user may see (their organisation's; those they review; all for admins), each with its
/// state and what they may do now; reporters start a new one here.
/// </summary>
[Authorize]
internal sealed class ActivityReportsModel(IMediator mediator, IResolutionCatalog resolutions, IConstituentDirectory constituents) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ReportPage Result { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, IReadOnlyList<Workflow.Contracts.WorkflowActionInfo>> Actions { get; private set; } =
        new Dictionary<Guid, IReadOnlyList<Workflow.Contracts.WorkflowActionInfo>>();

    public IReadOnlyList<ResolutionRef> Resolutions { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Organisations { get; private set; } = [];

    public bool CanCreate => User.IsInRole(Roles.Reporter) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(Guid resolutionId, Guid? constituentId, bool carryOver)
    {
        if (!CanCreate)
        {
            return Forbid();
        }

        try
        {
            var report = await mediator.Send(new CreateActivityReport(resolutionId, constituentId, carryOver), HttpContext.RequestAborted);
            return Redirect($"/activity-reports/{report.Id}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Result = await mediator.Send(new ListActivityReports(null, string.IsNullOrWhiteSpace(State) ? null : State, Math.Max(1, PageNumber)), ct);
        var actions = new Dictionary<Guid, IReadOnlyList<Workflow.Contracts.WorkflowActionInfo>>();
        foreach (var item in Result.Items)
        {
            actions[item.Id] = (await mediator.Send(new ReportActions(ReportKinds.Activity, item.Id), ct)).Available;
        }

        Actions = actions;
        if (CanCreate)
        {
            Resolutions = (await resolutions.AllAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)).Where(r => r.Status == "Active").ToList();
            Organisations = User.IsInRole(Roles.Admin) ? await constituents.SearchAsync(null, null, 2000, ct) : [];
        }
    }
}
