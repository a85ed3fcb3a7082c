using ModularReports.Reporting.Domain;
using static ModularReports.Reporting.UnitTests.Reports;

namespace ModularReports.Reporting.UnitTests;

public sealed class RulesTests
{
    [Fact]
    public void An_activity_report_is_complete_with_its_period_scope_an_action_and_results()
    {
        var report = Activity();
        Assert.False(report.RequiredFieldsComplete);

        Complete(report);
        Assert.True(report.RequiredFieldsComplete);

        report.Results = " ";
        Assert.False(report.RequiredFieldsComplete);
        Assert.Equal(["results"], report.MissingFields);
    }

    [Fact]
    public void An_action_counts_once_it_has_a_category_and_a_description()
    {
        var report = Activity();
        Complete(report);

        report.Actions.Add(new ReportAction { Category = string.Empty, Description = "Met the ministry.", Status = "On-going" });
        Assert.Equal(["actions"], report.MissingFields); // kept as typed, but not complete

        report.Actions[^1].Category = "Policy influencing/advocacy";
        report.Actions[^1].Description = " ";
        Assert.Equal(["actions"], report.MissingFields);

        report.Actions[^1].Description = "Met the ministry.";
        Assert.Empty(report.MissingFields);
    }

    [Fact]
    public void A_period_covered_cannot_end_before_it_starts()
    {
        var report = Activity();
        Assert.True(report.PeriodIsValid); // not given yet

        report.PeriodFrom = new DateOnly(2024, 6, 1);
        report.PeriodTo = new DateOnly(2024, 5, 31);
        Assert.False(report.PeriodIsValid);

        report.PeriodTo = report.PeriodFrom;
        Assert.True(report.PeriodIsValid);
    }

    [Fact]
    public void A_progress_report_is_complete_with_categories_results_and_a_status_and_an_edit_refreshes_its_search_text()
    {
        var report = Progress();
        report.ActionCategories = ["Field activities"];
        report.Results = "## Field activities\n- Patrols.";
        Assert.False(report.RequiredFieldsComplete);

        report.ImplementationStatus = "underway";
        report.Edited(Monday.AddDays(1));

        Assert.True(report.RequiredFieldsComplete);
        Assert.Contains("PATROLS", report.SearchText, StringComparison.Ordinal);
        Assert.Equal(ReportVocabulary.CategoryMask(["Field activities"]), report.CategoryMask);
        Assert.Equal(Monday.AddDays(1), report.UpdatedAt);
    }

    [Fact]
    public void The_authors_are_whom_author_means_when_people_are_told()
    {
        var activity = Activity();
        var colleague = Guid.CreateVersion7();
        activity.CoAuthorIds = [colleague];

        Assert.Equal([Rafael, colleague], activity.Authors);
        Assert.Equal([Fatou], Progress().Authors);
    }
}
