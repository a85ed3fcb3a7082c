using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Tests;

public sealed class ValidationTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["en"] = "x", ["fr"] = "x", ["es"] = "x" };

    [Theory]
    [InlineData(DefaultDefinitions.ActivityReportReview)]
    [InlineData(DefaultDefinitions.ProgressReportReview)]
    public void The_shipped_definitions_are_valid(string key) =>
        Assert.Empty(DefinitionValidator.Validate(DefaultDefinitions.Load(key), TestKinds.Reports));

    [Fact]
    public void Every_problem_is_reported_at_its_place_in_the_JSON()
    {
        var definition = new WorkflowDefinitionModel
        {
            Key = "Broken Key",
            DocumentKind = "activity-report",
            Name = new Dictionary<string, string> { ["en"] = "Broken", ["fr"] = "Cass\uFFFE" },
            States =
            [
                new StateModel { Key = "draft", Initial = true, Labels = Labels },
                new StateModel { Key = "review", Labels = Labels },
                new StateModel { Key = "limbo", Labels = Labels },
                new StateModel { Key = "done", Terminal = true, Labels = Labels, EditableBy = ["everyone"] },
            ],
            Transitions =
            [
                new TransitionModel { Trigger = "submit", From = ["draft"], To = "review", AllowedActors = ["author"], Labels = Labels },
                new TransitionModel { Trigger = "finish", From = ["review"], To = "done", AllowedActors = ["admin"], Labels = Labels, Conditions = ["approvalsAtLeast"] },
                new TransitionModel { Trigger = "finish", From = ["review"], To = "draft", AllowedActors = ["admin"], Labels = Labels },
                new TransitionModel { Trigger = "lost", From = ["review"], To = "nowhere", AllowedActors = ["robot"], Labels = Labels, Conditions = ["moonIsFull"] },
            ],
            Timers = [new TimerModel { State = "review", After = "two weeks", Action = "fire", Trigger = "finish" }],
        };

        var errors = DefinitionValidator.Validate(definition, TestKinds.Reports).Select(e => e.ToString()).ToList();

        Assert.Contains("$.key: Use lowercase letters, digits and hyphens.", errors);
        Assert.Contains("$.name.es: The text in Spanish is missing.", errors);
        Assert.Contains("$.name.fr: Contains a character that is not allowed in text: U+FFFE.", errors);
        Assert.Contains(errors, e => e.StartsWith("$.states[3].editableBy[0]: 'everyone' is not someone a rule can name", StringComparison.Ordinal));
        Assert.Contains("$.transitions[1].conditions[0]: 'approvalsAtLeast' needs a number.", errors);
        Assert.Contains(errors, e => e.StartsWith("$.transitions[2].trigger: The transition 'x' (2) also leaves 'x' on the same action", StringComparison.Ordinal));
        Assert.Contains("$.transitions[3].to: Goes to a state that does not exist ('nowhere'): choose one.", errors);
        Assert.Contains(errors, e => e.StartsWith("$.transitions[3].allowedActors[0]: 'robot' is not someone", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.transitions[3].conditions[0]: 'moonIsFull' is not a condition of this kind of report", StringComparison.Ordinal));
        Assert.Contains("$.timers[0].after: Give a positive duration of at most ten years (in the JSON: P14D for 14 days, PT12H for 12 hours).", errors);
        Assert.Contains("$.timers[0].trigger: No transition 'finish' that the system may take leaves 'x': choose one, and let the system take it.", errors);
    }

    [Fact]
    public void Unreachable_states_and_dead_ends_are_found()
    {
        var definition = new WorkflowDefinitionModel
        {
            Key = "dead-ends",
            DocumentKind = "progress-report",
            Name = Labels,
            States =
            [
                new StateModel { Key = "draft", Initial = true, Labels = Labels },
                new StateModel { Key = "stuck", Labels = Labels },
                new StateModel { Key = "island", Labels = Labels },
                new StateModel { Key = "done", Terminal = true, Labels = Labels },
            ],
            Transitions =
            [
                new TransitionModel { Trigger = "finish", From = ["draft"], To = "done", AllowedActors = ["author"], Labels = Labels },
                new TransitionModel { Trigger = "park", From = ["draft"], To = "stuck", AllowedActors = ["author"], Labels = Labels },
                new TransitionModel { Trigger = "leave", From = ["island"], To = "done", AllowedActors = ["author"], Labels = Labels },
            ],
        };

        var errors = DefinitionValidator.Validate(definition, TestKinds.Reports).Select(e => e.ToString()).ToList();

        Assert.Equal(
            ["$.states[1].key: No path leads from here to a final state: reports would be stuck here.", "$.states[2].key: No path leads here from 'x', the state reports start in."],
            errors);
    }

    [Fact]
    public void Transitions_on_one_trigger_are_fine_when_their_conditions_exclude_each_other()
    {
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview);
        var split = definition with
        {
            Transitions =
            [
                .. definition.Transitions,
                new TransitionModel { Trigger = "accept", From = ["returned"], To = "accepted", AllowedActors = ["admin"], Labels = Labels, Conditions = ["approvalsAtLeast(2)"] },
                new TransitionModel { Trigger = "accept", From = ["returned"], To = "submitted", AllowedActors = ["admin"], Labels = Labels, Conditions = ["not(approvalsAtLeast(2))"] },
            ],
        };

        Assert.Empty(DefinitionValidator.Validate(split, TestKinds.Reports));
    }

    [Fact]
    public void A_definition_uses_only_what_its_document_kind_implements_and_known_messages_and_decisions()
    {
        var memo = new WorkflowDocumentKind("memo", [new WorkflowConditionInfo("requiredFieldsComplete", false)]);
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview);
        var changed = definition with
        {
            DocumentKind = "memo",
            Transitions =
            [
                .. definition.Transitions,
                new TransitionModel
                {
                    Trigger = "approve", From = ["inReview"], To = "inReview", AllowedActors = ["assignedFocalPoint"], Labels = Labels,
                    Conditions = ["approvalsAtLeast(2)"], Decision = "veto",
                },
            ],
            Notifications = [.. definition.Notifications, new NotificationModel { On = "transition", Trigger = "approve", Notify = ["author"], Message = "shouted" }],
        };

        var errors = DefinitionValidator.Validate(changed, [.. TestKinds.Reports, memo]).Select(e => e.ToString()).ToList();
        var unknownKind = DefinitionValidator.Validate(definition with { DocumentKind = "poem" }, TestKinds.Reports).Select(e => e.ToString());

        Assert.Equal(
            [
                "$.transitions[5].decision: Choose approve, return or no decision.",
                "$.transitions[5].conditions[0]: 'approvalsAtLeast' is not a condition of this kind of report; choose from: requiredFieldsComplete.",
                "$.notifications[4].message: Choose how the message is worded: Waits for your review, Was returned (with the comment), Was accepted, Was approved, Was published (with a link), Is now in the new state.",
            ],
            errors);
        Assert.Equal(["$.documentKind: Choose the kind of report these rules review: activity-report, progress-report."], unknownKind);
    }

    [Fact]
    public void A_misspelt_property_is_an_error_at_its_place_not_a_rule_silently_left_out()
    {
        var json = DefaultDefinitions.Text(DefaultDefinitions.ActivityReportReview).Replace("\"hiddenFromReviewers\"", "\"hiddenFromReviewer\"", StringComparison.Ordinal);

        var errors = new Features.Definitions.DraftCheck(TestKinds.Reports).Errors(DefaultDefinitions.ActivityReportReview, json);

        var error = Assert.Single(errors);
        Assert.Equal("$.states[0].hiddenFromReviewer", error.Path);
        Assert.StartsWith("Unknown property 'hiddenFromReviewer'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_journals_own_word_and_contradictory_traits_are_refused()
    {
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview);
        var changed = definition with
        {
            States = [.. definition.States.Select(s => s.Key == "draft" ? s with { CountsForConsolidation = true } : s)],
            Transitions = [.. definition.Transitions.Select(t => t.Trigger == "startReview" ? t with { Trigger = "migrate" } : t)],
        };

        var errors = DefinitionValidator.Validate(changed, TestKinds.Reports).Select(e => e.ToString()).ToList();

        Assert.Contains("$.states[0].countsForConsolidation: A state hidden from reviewers cannot count for consolidation.", errors);
        Assert.Contains(errors, e => e.StartsWith("$.transitions[2].trigger: 'migrate' is kept by the reports' history", StringComparison.Ordinal));
    }

    [Fact]
    public void Once_published_a_definition_keeps_its_document_kind()
    {
        var json = DefaultDefinitions.Text(DefaultDefinitions.ActivityReportReview);

        var errors = new Features.Definitions.DraftCheck(TestKinds.Reports).Errors(DefaultDefinitions.ActivityReportReview, json, publishedKind: "progress-report");

        Assert.Equal("$.documentKind", Assert.Single(errors).Path);
    }
}
