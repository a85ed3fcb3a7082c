using ModularReports.Reporting.Domain;

namespace ModularReports.Reporting.UnitTests;

public sealed class DeadlineTests
{
    private static readonly DateOnly Due = new(2026, 3, 31);

    [Theory]
    [InlineData("2026-02-01", true, "None")] // far off
    [InlineData("2026-03-17", true, "DueSoon")] // within two weeks
    [InlineData("2026-03-31", true, "DueSoon")] // the day itself
    [InlineData("2026-04-01", true, "Overdue")]
    [InlineData("2026-04-01", false, "None")] // submitted: nothing to chase
    public void A_report_being_written_is_due_soon_then_overdue(string today, bool beingWritten, string expected) =>
        Assert.Equal(Enum.Parse<DeadlineStatus>(expected), Deadline.Of(Due, 14, beingWritten, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_longer_reminder_lead_time_makes_it_due_soon_earlier_and_no_date_is_no_deadline()
    {
        Assert.Equal(DeadlineStatus.DueSoon, Deadline.Of(Due, 30, true, new DateOnly(2026, 3, 5)));
        Assert.Equal(DeadlineStatus.None, Deadline.Of(Due, 7, true, new DateOnly(2026, 3, 20))); // the period's own lead time
        Assert.Equal(DeadlineStatus.DueSoon, Deadline.Of(Due, 0, true, new DateOnly(2026, 3, 20))); // reminding nobody: two weeks
        Assert.Equal(DeadlineStatus.None, Deadline.Of(null, 14, true, new DateOnly(2026, 3, 5)));
    }

    [Fact]
    public void A_review_step_is_due_a_set_time_after_it_began_and_overdue_after_that()
    {
        var due = Deadline.ReviewDue(new DateTime(2026, 3, 24, 15, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(7));

        Assert.Equal(new DateTime(2026, 3, 31, 15, 0, 0, DateTimeKind.Utc), due);
        Assert.Equal(DeadlineStatus.None, Deadline.OfReview(due, new DateTime(2026, 3, 29, 14, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(DeadlineStatus.DueSoon, Deadline.OfReview(due, new DateTime(2026, 3, 29, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(DeadlineStatus.Overdue, Deadline.OfReview(due, new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc))); // to the hour
        Assert.Null(Deadline.ReviewDue(DateTime.UtcNow, null));
    }
}
