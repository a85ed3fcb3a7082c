using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;
using ModularReports.Workflow.Features.Assignments;
using ModularReports.Workflow.Features.Definitions;
using ModularReports.Workflow.Features.Simulation;

namespace ModularReports.Workflow.Features;

internal sealed record DraftRequest(string Json, int? Version);

/// <summary>
/// The steps to play, by <c>person</c> (author, colleague, focalPoint1, focalPoint2, admin, system) and trigger; the
/// answers of the conditions not counted from decisions (true when not given); a published version, or the draft.
/// </summary>
internal sealed record SimulationRequest(IReadOnlyList<SandboxStep>? Steps, IReadOnlyDictionary<string, bool>? Answers, int? Version);

/// <summary>The definitions API, for admins only.</summary>
internal static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder endpoints)
    {
        var workflows = endpoints.MapGroup("/api/admin/workflows").WithTags("Workflow definitions (admin)").RequireAuthorization(Roles.Admin);
        workflows.MapGet("/", async (IMediator mediator) => Results.Ok(await mediator.Send(new ListDefinitions())))
            .WithSummary("The review definitions, their current version and whether the draft differs");
        workflows.MapPost("/", async (CreateDefinition body, IMediator mediator) =>
            {
                var key = await mediator.Send(body);
                return Results.Created($"/api/admin/workflows/{key}", new { key });
            })
            .WithSummary("New review rules for a kind of report: a copy of existing rules of that kind (copyOf) or a small draft; not applied until published and chosen");
        workflows.MapGet("/assignments", async (IMediator mediator) => Results.Ok(await mediator.Send(new ListAssignments())))
            .WithSummary("Which rules apply: by kind of report, Congress and kind of text (empty for any)");
        workflows.MapPut("/assignments", async (AssignDefinition body, IMediator mediator) => Results.Ok(await mediator.Send(body)))
            .WithSummary("Choose the rules new reports of a kind start on, for a Congress and kind of text (Resolution or Recommendation), or any");
        workflows.MapDelete("/assignments/{id:guid}", async (Guid id, IMediator mediator) =>
            {
                await mediator.Send(new RemoveAssignment(id));
                return Results.NoContent();
            })
            .WithSummary("Remove a choice for a Congress or kind of text; the default for a kind cannot be removed (409)");
        workflows.MapGet("/{key}", async (string key, IMediator mediator) => Results.Ok(await mediator.Send(new GetDefinition(key))))
            .WithSummary("A definition: its draft with validation errors (by JSON path), and its versions");
        workflows.MapPut("/{key}/draft", async (string key, DraftRequest body, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SaveDraft(key, body.Json ?? string.Empty, body.Version))))
            .WithSummary("Save the draft as typed (send the version you read); the answer lists what is wrong with it");
        workflows.MapPost("/{key}/publish", async (string key, IMediator mediator) =>
            {
                var number = await mediator.Send(new PublishDraft(key));
                return Results.Created($"/api/admin/workflows/{key}/versions/{number}", new { version = number });
            })
            .WithSummary("Publish the draft as the next version (400 listing each problem by JSON path if it is not valid)");
        workflows.MapPost("/{key}/simulation", async (string key, SimulationRequest body, IMediator mediator) =>
                Results.Ok(await mediator.Send(new Simulate(key, body.Version, body.Steps ?? [], body.Answers ?? new Dictionary<string, bool>()))))
            .WithSummary("Try the draft (or a published version) on a pretend report: the steps given, then who may do what; nothing real is touched");
        workflows.MapGet("/{key}/impact", async (string key, IMediator mediator) => Results.Ok(await mediator.Send(new GetPublishImpact(key))))
            .WithSummary("What publishing the draft would do: its changes from the current version, and the running reports it would move, leave or find stuck");
        workflows.MapGet("/{key}/versions/{number:int}", async (string key, int number, IMediator mediator) =>
                Results.Text(await mediator.Send(new GetVersion(key, number)), "application/json"))
            .WithSummary("A published version, as published");
        workflows.MapGet("/{key}/compare/{from:int}/{to:int}", async (string key, int from, int to, IMediator mediator) =>
                Results.Ok(await mediator.Send(new CompareVersions(key, from, to))))
            .WithSummary("What changed between two versions (0 is the draft), part by part, in the reader's language");
        workflows.MapGet("/{key}/migration", async (string key, int to, IMediator mediator) =>
                Results.Ok(await mediator.Send(new MigrateDocuments(key, to, Apply: false))))
            .WithSummary("Dry run: the unfinished documents on older versions, and whether each can move to version {to}");
        workflows.MapPost("/{key}/migration", async (string key, int to, IMediator mediator) =>
                Results.Ok(await mediator.Send(new MigrateDocuments(key, to, Apply: true))))
            .WithSummary("Move the unfinished documents whose state exists in version {to}; each move is journaled");
        workflows.MapGet("/{key}/versions/{number:int}/diagram", async (string key, int number, string? format, IMediator mediator) =>
            {
                var model = DefaultDefinitions.Parse(await mediator.Send(new GetVersion(key, number)));
                var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                return format == "mermaid"
                    ? Results.Text(Diagram.Mermaid(model, language), "text/plain")
                    : Results.Text(Diagram.Svg(model, language, $"{key} v{number}"), "image/svg+xml");
            })
            .WithSummary("The version as a state diagram: SVG, or Mermaid text with format=mermaid");
    }
}
