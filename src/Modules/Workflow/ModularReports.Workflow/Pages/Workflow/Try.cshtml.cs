using Microsoft.AspNetCore.Mvc;
using ModularReports.Workflow.Engine;
using ModularReports.Workflow.Features.Simulation;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>
/// "Try it": the draft played on a pretend report. The page keeps no state: the steps taken so far travel with the
/// form and are replayed on each click.
/// </summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class TryModel(IMediator mediator) : PageModel
{
    public SimulationView Run { get; private set; } = null!;

    public IReadOnlyList<SandboxStep> Steps { get; private set; } = [];

    public async Task OnGetAsync(string key) => Run = await mediator.Send(new Simulate(key, null, [], new Dictionary<string, bool>()));

    /// <param name="act">The button pressed: <c>person|trigger</c>.</param>
    /// <param name="asked">The conditions the admin sets; <paramref name="holds"/> those of them ticked.</param>
    public async Task OnPostAsync(string key, List<SandboxStep>? steps, string? act, string? comment, List<string>? asked, List<string>? holds)
    {
        Steps = [.. steps ?? []];
        if (act?.Split('|') is [var person, var trigger])
        {
            Steps = [.. Steps, new SandboxStep(person, trigger, string.IsNullOrWhiteSpace(comment) ? null : comment)];
        }

        var answers = (asked ?? []).Distinct().ToDictionary(name => name, name => holds?.Contains(name) == true);
        Run = await mediator.Send(new Simulate(key, null, Steps, answers));
        Steps = [.. Steps.Take(Run.Moves.Count)]; // a refused step is shown once, not replayed
    }
}
