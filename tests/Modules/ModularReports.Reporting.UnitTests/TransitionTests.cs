using System.Reflection;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;
using static ModularReports.Reporting.UnitTests.Reports;

namespace ModularReports.Reporting.UnitTests;

public sealed class TransitionTests
{
    [Fact]
    public void A_new_report_takes_the_traits_of_its_initial_state()
    {
        var report = Activity();

        Assert.Equal(("draft", true, false, false, false), (report.State, report.HiddenFromReviewers, report.IsPublic, report.CountsForConsolidation, report.IsFinished));
        Assert.Equal((Monday, Monday, (Guid?)null), (report.CreatedAt, report.UpdatedAt, report.SubmitterUserId));
    }

    [Fact]
    public void A_submission_records_its_submitter_and_the_journal_the_move()
    {
        var report = Activity();

        var entry = report.ApplyTransition(Done(State("submitted"), keepsSubmittedVersion: true), Rafael, "submit", "  ", Monday.AddHours(1));

        Assert.Equal(("submitted", false, Rafael), (report.State, report.HiddenFromReviewers, report.SubmitterUserId));
        Assert.Equal(Monday.AddHours(1), report.UpdatedAt);
        Assert.Equal((report.Id, "draft", "submitted", "submit", (string?)null, 1, (string?)null), (entry.ReportId, entry.From, entry.To, entry.Trigger, entry.Comment, entry.DefinitionVersion, entry.Decision));
    }

    [Fact]
    public void A_decision_is_journaled_and_a_move_that_keeps_no_version_leaves_the_submitter()
    {
        var report = Activity();
        report.ApplyTransition(Done(State("submitted"), keepsSubmittedVersion: true), Rafael, "submit", null, Monday);

        var entry = report.ApplyTransition(Done(State("accepted", isPublic: true, terminal: true, counts: true), decision: "approve"), Fatou, "accept", "Thanks.", Monday.AddDays(1));

        Assert.Equal((Rafael, "approve", "Thanks."), (report.SubmitterUserId, entry.Decision, entry.Comment));
        Assert.Equal((true, true, true, Monday.AddDays(1)), (report.IsPublic, report.CountsForConsolidation, report.IsFinished, report.PublishedAt));
    }

    [Fact]
    public void Publication_is_dated_when_the_report_first_enters_a_public_state_and_forgotten_when_it_leaves()
    {
        var report = Progress();
        report.ApplyTransition(Done(State("published", isPublic: true)), Fatou, "publish", null, Monday);
        report.ApplyTransition(Done(State("corrected", isPublic: true)), Fatou, "correct", null, Monday.AddDays(2));
        var stillPublished = report.PublishedAt;

        report.ApplyTransition(Done(State("withdrawn")), Fatou, "withdraw", null, Monday.AddDays(3));

        Assert.Equal(Monday, stillPublished);
        Assert.Null(report.PublishedAt);
    }

    [Fact]
    public void A_refused_decision_cannot_be_applied()
    {
        var refused = new WorkflowFireResult(WorkflowOutcome.NotAllowed, "draft", null, [], [], false, []);

        Assert.Throws<InvalidOperationException>(() => Activity().ApplyTransition(refused, Fatou, "accept", null, Monday));
    }

    [Fact]
    public void Moving_to_another_version_takes_the_traits_the_state_has_there()
    {
        var report = Activity();

        var entry = report.MoveToVersion(2, State("draft", hidden: false), "admin@iucn.example", Monday);

        Assert.Equal((2, "draft", false), (report.DefinitionVersion, report.State, report.HiddenFromReviewers));
        Assert.Equal(("draft", "draft", JournalEntry.MigrateTrigger), (entry.From, entry.To, entry.Trigger));
    }

    /// <summary>
    /// A transition is saved by writing the columns it changes only (<see cref="ReportStore.TransitionColumns"/>): a
    /// property it changes that the list leaves out would silently not be saved.
    /// </summary>
    [Fact]
    public void Every_property_a_transition_changes_is_among_the_columns_a_transition_writes()
    {
        ReviewedReport[] reports = [Activity(), Progress()];
        foreach (var report in reports)
        {
            var before = Values(report);
            report.ApplyTransition(
                Done(State("elsewhere", isPublic: true, terminal: true, hidden: true, counts: true), keepsSubmittedVersion: true, decision: "approve"),
                Fatou, "move", "Moved.", Monday.AddDays(1));
            var changed = Values(report).Where(p => !Equals(p.Value, before[p.Key])).Select(p => p.Key).ToList();

            Assert.NotEmpty(changed);
            Assert.All(changed, property => Assert.Contains(property, ReportStore.TransitionColumns));
        }
    }

    /// <summary>The stored properties (those with a setter of any kind; computed ones follow them).</summary>
    private static Dictionary<string, object?> Values(ReviewedReport report) =>
        new[] { report.GetType(), typeof(ReviewedReport) } // a base class's private setter is seen from the base class only
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetSetMethod(nonPublic: true) is not null).ToDictionary(p => p.Name, p => p.GetValue(report));
}
