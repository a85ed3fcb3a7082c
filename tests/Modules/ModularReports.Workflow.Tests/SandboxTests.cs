using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;

namespace ModularReports.Workflow.Tests;

public sealed class SandboxTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["en"] = "x", ["fr"] = "x", ["es"] = "x" };

    /// <summary>Two focal points must approve; the author's submission cannot be approved by the author's own hand.</summary>
    private static readonly WorkflowDefinitionModel TwoApprovals = new()
    {
        Key = "two-approvals",
        DocumentKind = "activity-report",
        Name = Labels,
        States =
        [
            new StateModel { Key = "draft", Initial = true, Labels = Labels },
            new StateModel { Key = "review", Labels = Labels },
            new StateModel { Key = "accepted", Terminal = true, Labels = Labels },
        ],
        Transitions =
        [
            new TransitionModel { Trigger = "submit", From = ["draft"], To = "review", AllowedActors = ["author"], KeepsSubmittedVersion = true, Labels = Labels },
            new TransitionModel { Trigger = "approve", From = ["review"], To = "review", AllowedActors = ["assignedFocalPoint"], ExcludedActors = ["submitter"], Decision = "approve", Labels = Labels },
            new TransitionModel { Trigger = "accept", From = ["review"], To = "accepted", AllowedActors = ["assignedFocalPoint"], Conditions = ["approvalsAtLeast(2)"], Labels = Labels },
        ],
    };

    [Fact]
    public void The_same_person_approving_twice_counts_once_and_a_second_person_opens_the_way()
    {
        var noAnswers = new Dictionary<string, bool>();

        var once = Sandbox.Run(TwoApprovals, [new("author", "submit"), new("focalPoint1", "approve"), new("focalPoint1", "approve")], noAnswers);
        var twice = Sandbox.Run(TwoApprovals, [new("author", "submit"), new("focalPoint1", "approve"), new("focalPoint2", "approve"), new("focalPoint2", "accept")], noAnswers);
        var early = Sandbox.Run(TwoApprovals, [new("author", "submit"), new("focalPoint1", "accept")], noAnswers);

        Assert.Equal("review", once.State);
        Assert.False(once.Condition("approvalsAtLeast", 2));
        Assert.Equal("accepted", twice.State);
        var refused = early.Moves[^1];
        Assert.Equal(WorkflowOutcome.NotAvailable, refused.Outcome);
        Assert.Equal([new WorkflowCondition("approvalsAtLeast", 2, false)], refused.Unmet);
    }

    [Fact]
    public void A_second_review_excluding_earlier_reviewers_is_someone_elses()
    {
        var secondReview = TwoApprovals with
        {
            States = [.. TwoApprovals.States, new StateModel { Key = "second", Labels = Labels }],
            Transitions =
            [
                TwoApprovals.Transitions[0],
                new TransitionModel { Trigger = "approve", From = ["review"], To = "second", AllowedActors = ["assignedFocalPoint"], Decision = "approve", Labels = Labels },
                new TransitionModel
                {
                    Trigger = "accept", From = ["second"], To = "accepted", AllowedActors = ["assignedFocalPoint"], ExcludedActors = ["earlierReviewer"],
                    Decision = "approve", Labels = Labels,
                },
            ],
        };

        var same = Sandbox.Run(secondReview, [new("author", "submit"), new("focalPoint1", "approve"), new("focalPoint1", "accept")], new Dictionary<string, bool>());
        var other = Sandbox.Run(secondReview, [new("author", "submit"), new("focalPoint1", "approve"), new("focalPoint2", "accept")], new Dictionary<string, bool>());

        Assert.Equal((WorkflowOutcome.NotAllowed, "second"), (same.Moves[^1].Outcome, same.State));
        Assert.Equal("accepted", other.State);
    }

    [Fact]
    public async Task An_admin_plays_the_draft_by_API_and_nothing_real_changes()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        const string path = "/api/admin/workflows/progress-report-review/simulation";
        var before = await admin.GetStringAsync("/api/admin/workflows/progress-report-review");

        var played = await (await admin.PostAsJsonAsync(path, new
        {
            steps = new object[]
            {
                new { person = "author", trigger = "submit" },
                new { person = "author", trigger = "approve" },
            },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var incomplete = await (await admin.PostAsJsonAsync(path, new
        {
            steps = new object[] { new { person = "author", trigger = "submit" } },
            answers = new Dictionary<string, bool> { ["requiredFieldsComplete"] = false },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var published = await (await admin.PostAsJsonAsync(path, new
        {
            steps = new object[]
            {
                new { person = "author", trigger = "submit" },
                new { person = "focalPoint1", trigger = "approve" },
                new { person = "system", trigger = "publish" },
            },
        })).Content.ReadFromJsonAsync<JsonElement>();

        var moves = played.GetProperty("moves").EnumerateArray().ToList();
        Assert.Equal("The author took 'Submit for approval': Draft → Submitted.", moves[0].GetProperty("text").GetString());
        Assert.Equal(["The resolution's focal points, Administrators would be told: Waits for your review"], moves[0].GetProperty("told").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["after 7 days: remind The resolution's focal points, Administrators"], moves[0].GetProperty("timersStarted").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(("notAllowed", "The author may not take 'Approve'."), (moves[1].GetProperty("outcome").GetString(), moves[1].GetProperty("text").GetString()));
        Assert.Equal("submitted", played.GetProperty("state").GetString());
        var focalPoint = played.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetString() == "focalPoint1");
        Assert.Contains(focalPoint.GetProperty("available").EnumerateArray(), a => a.GetProperty("trigger").GetString() == "approve");

        Assert.Equal(
            "'Submit for approval' cannot be taken yet: The form's required fields are filled in.",
            incomplete.GetProperty("moves")[0].GetProperty("text").GetString());
        Assert.Equal(("published", true), (published.GetProperty("state").GetString(), published.GetProperty("final").GetBoolean()));
        Assert.Equal(before, await admin.GetStringAsync("/api/admin/workflows/progress-report-review"));
    }
}
