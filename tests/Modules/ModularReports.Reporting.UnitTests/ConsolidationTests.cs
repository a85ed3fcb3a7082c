using ModularReports.Reporting.Domain;
using static ModularReports.Reporting.UnitTests.Reports;

namespace ModularReports.Reporting.UnitTests;

public sealed class ConsolidationTests
{
    [Fact]
    public void Accepted_reports_are_merged_by_category_with_their_organisation_and_only_once()
    {
        var target = Progress();
        var first = Activity();
        Complete(first);
        first.Challenges = "Few rangers.";
        first.MemberIds = [Guid.CreateVersion7()];
        var second = Activity();
        Complete(second);
        second.Actions = [new ReportAction { Category = "Capacity-building", Description = "Trained 40 rangers.", Status = "Completed" }];
        second.Results = "Rangers certified.";

        var added = Consolidation.Apply(target, [new Contribution(first, "KWS"), new Contribution(second, "NWC")], Monday);
        var again = Consolidation.Apply(target, [new Contribution(first, "KWS")], Monday.AddDays(1));

        Assert.Equal((2, 0), (added, again));
        Assert.Equal(["Capacity-building", "Field activities"], target.ActionCategories);
        Assert.Equal(["Field activities"], target.FutureActionCategories); // on-going actions
        Assert.Equal(
            "## Field activities\n- KWS: Patrolled border markets. (On-going) Seized 300 kg of pangolin scales.\n\n"
            + "## Capacity-building\n- NWC: Trained 40 rangers. (Completed) Rangers certified.",
            target.Results);
        Assert.Equal("- KWS: Few rangers.", target.Challenges);
        Assert.Equal(first.MemberIds, target.MemberIds);
        Assert.Equal([first.Id, second.Id], target.Sources.Select(s => s.ReportId));
    }

    [Fact]
    public void A_focal_points_own_edit_under_a_heading_survives_consolidating_again()
    {
        var target = Progress();
        target.Results = "## Field activities\nOur own summary.";
        var report = Activity();
        Complete(report);

        Consolidation.Apply(target, [new Contribution(report, "KWS")], Monday);

        Assert.Equal("## Field activities\nOur own summary.\n- KWS: Patrolled border markets. (On-going) Seized 300 kg of pangolin scales.", target.Results);
    }
}
