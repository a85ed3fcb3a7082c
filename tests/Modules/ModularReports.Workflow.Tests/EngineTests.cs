using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;
using static ModularReports.Workflow.Tests.Document;

namespace ModularReports.Workflow.Tests;

public sealed class EngineTests
{
    [Fact]
    public void An_activity_report_is_returned_any_number_of_times_and_then_accepted()
    {
        var report = new Document(DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview));

        Assert.Equal(["submit"], report.Actions(Rafael));
        Assert.Empty(report.Actions(Fatou));
        Assert.True(report.Fire(Rosa, "submit").Succeeded); // a colleague of the same organisation may submit too
        Assert.Equal(["startReview", "accept", "return"], report.Actions(Fatou));
        Assert.Equal(["withdraw"], report.Actions(Rafael)); // until the review starts

        Assert.True(report.Fire(Rafael, "withdraw").Succeeded);
        Assert.Equal("draft", report.State);
        Assert.True(report.Fire(Rafael, "submit").Succeeded);
        Assert.True(report.Fire(Fatou, "startReview").Succeeded);
        Assert.Empty(report.Actions(Rafael));

        for (var round = 1; round <= 3; round++)
        {
            Assert.Equal(WorkflowOutcome.CommentRequired, report.Fire(Fatou, "return").Outcome);
            Assert.True(report.Fire(Fatou, "return", $"Round {round}: add the figures").Succeeded);
            Assert.Equal("returned", report.State);
            Assert.True(report.Fire(Rafael, "submit").Succeeded);
        }

        var accepted = report.Fire(Fatou, "accept");

        Assert.True(accepted.Succeeded);
        Assert.Equal("accepted", report.State);
        Assert.Empty(accepted.Available);
        Assert.Equal(["author: accepted"], Notified(accepted));
        Assert.Equal(11, report.Journal.Count); // submit, withdraw, submit, start review, 3 × (return, submit), accept
    }

    [Fact]
    public void The_wrong_person_is_refused_differently_from_the_wrong_moment()
    {
        var report = new Document(DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview));

        var focalPointTooEarly = report.Fire(Fatou, "accept");
        var otherFocalPoint = report.Fire(Omar, "submit");
        report.RequiredFieldsComplete = false;
        var incomplete = report.Fire(Rafael, "submit");
        var unknown = report.Fire(Rafael, "publish");

        Assert.Equal(WorkflowOutcome.NotAvailable, focalPointTooEarly.Outcome); // nothing to accept in a draft: 409
        Assert.Equal(WorkflowOutcome.NotAllowed, otherFocalPoint.Outcome); // not their document: 403
        Assert.Equal(WorkflowOutcome.NotAvailable, incomplete.Outcome); // a condition does not hold: 409
        Assert.Empty(incomplete.Available);
        Assert.Equal([new WorkflowCondition("requiredFieldsComplete", null, false)], incomplete.Unmet);
        Assert.Null(focalPointTooEarly.Unmet); // not a condition: the trigger does not leave a draft

        // What the author could do once the fields are in, and why not yet; nothing for someone who may not submit.
        var blocked = Assert.Single(report.Blocked(Rafael));
        Assert.Equal(("submit", "requiredFieldsComplete"), (blocked.Transition.Trigger, Assert.Single(blocked.Unmet).Name));
        Assert.Empty(report.Blocked(Fatou));
        report.RequiredFieldsComplete = true;
        Assert.Empty(report.Blocked(Rafael));
        Assert.Equal(WorkflowOutcome.NotAvailable, unknown.Outcome);
        Assert.Equal("draft", report.State);
    }

    [Fact]
    public void A_progress_report_is_approved_by_someone_other_than_who_submitted_it()
    {
        var report = new Document(DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview));

        Assert.True(report.Fire(Fatou, "submit").Succeeded); // the assigned focal point compiled and submitted it
        var selfApproval = report.Fire(Fatou, "approve");
        Assert.Equal(WorkflowOutcome.NotAllowed, selfApproval.Outcome);
        Assert.DoesNotContain("approve", report.Actions(Fatou));

        Assert.True(report.Fire(Ada, "approve").Succeeded);
        Assert.Equal(["return", "publish"], report.Actions(Ada));
        var published = report.Fire(null, "publish"); // the system, when the approval timer runs out

        Assert.True(published.Succeeded);
        Assert.Equal("published", report.State);
        Assert.Equal(["author: published", "assignedFocalPoint: published", "contributors: published"], Notified(published));
    }

    [Fact]
    public void Entering_a_state_plans_its_timers_and_leaving_it_cancels_them()
    {
        var report = new Document(DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview));

        var submitted = report.Fire(Fatou, "submit");
        var approved = report.Fire(Ada, "approve");

        var reminder = Assert.Single(submitted.TimersToSchedule);
        Assert.Equal(TimeSpan.FromDays(7), reminder.After);
        Assert.Equal("remind", reminder.Timer.Action);
        Assert.True(approved.CancelTimersOfPreviousState);
        var autoPublish = Assert.Single(approved.TimersToSchedule);
        Assert.Equal(("fire", "publish", TimeSpan.FromDays(3)), (autoPublish.Timer.Action, autoPublish.Timer.Trigger, autoPublish.After));
        Assert.Equal(["assignedFocalPoint: submitted", "admin: submitted"], Notified(submitted));
    }

    /// <summary>Who is told, each with the rule's message.</summary>
    private static List<string> Notified(FireResult result) => result.Notices.SelectMany(n => n.Actors.Select(a => $"{a}: {n.Message}")).ToList();
}
