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

    [Fact]
    public void The_organisations_that_reported_are_among_those_implementing_the_resolution()
    {
        var target = Progress();
        var (member, commission, unit, partner, committee) = (Activity(), Activity(), Activity(), Activity(), Activity());
        foreach (var report in new[] { member, commission, unit, partner, committee })
        {
            Complete(report);
        }

        Consolidation.Apply(
            target,
            [
                new Contribution(member, "Kenya Wildlife Service ( KWS ) / Kenya", ImplementerRole.Member),
                new Contribution(commission, "IUCN Species Survival Commission 2021-2025 (SSC)", ImplementerRole.Commission),
                new Contribution(unit, "IUCN Eastern and Southern Africa Regional Office", ImplementerRole.Secretariat),
                new Contribution(partner, "Fundación Omacha", ImplementerRole.Partner),
                new Contribution(committee, "IUCN National Committee of Kenya", ImplementerRole.Other),
            ],
            Monday);

        Assert.Equal([member.ConstituentId], target.MemberIds);
        Assert.Equal([commission.ConstituentId], target.CommissionIds);
        Assert.True(target.SecretariatInvolved);
        Assert.Equal("Fundación Omacha", target.OtherOrganisations);
        Assert.Equal(5, target.Sources.Count);
    }
}
