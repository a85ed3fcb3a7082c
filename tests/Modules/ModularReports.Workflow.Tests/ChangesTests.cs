using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Tests;

public sealed class ChangesTests
{
    private static readonly Dictionary<string, string> Legal = new() { ["en"] = "Legal check", ["fr"] = "Contrôle juridique", ["es"] = "Control jurídico" };

    [Fact]
    public void Two_versions_compare_as_a_list_of_changes_in_plain_words()
    {
        var before = DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview);
        var after = before with
        {
            States = [.. before.States.Select(s => s.Key == "approved" ? s with { Public = true } : s), new StateModel { Key = "legalCheck", Labels = Legal }],
            Transitions = [.. before.Transitions.Select(t => t.Trigger == "approve" ? t with { Conditions = ["approvalsAtLeast(2)"] } : t)],
            Timers = [before.Timers[0] with { After = "P14D" }, before.Timers[1]],
            Notifications = [.. before.Notifications.Where(n => n.Trigger != "withdraw")],
        };

        var changes = DefinitionChanges.Between(before, after, TestKinds.Reports[1]).Select(c => $"{c.Kind} | {c.Subject} | {c.Text}").ToList();

        Assert.Equal(
            [
                "changed | State 'Approved' | now: Public: anyone can read reports in this state",
                "added | State 'Legal check' | added",
                "changed | Transition 'Approve' | Conditions (all must hold): approvalsAtLeast(2) (was: nobody or nothing)",
                "changed | Timer in 'Submitted' | After: 14 days (was: 7 days)",
                "removed | Notification about 'Withdraw the submission' | removed",
            ],
            changes);
    }

    [Fact]
    public void A_version_compared_with_itself_has_no_change() =>
        Assert.Empty(DefinitionChanges.Between(
            DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview), DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview), TestKinds.Reports[0]));
}
