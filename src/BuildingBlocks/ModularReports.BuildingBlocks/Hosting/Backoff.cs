namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>Waits that double with each attempt, up to a ceiling: retries of the outbox, redeliveries, sign-in lockouts.</summary>
public static class Backoff
{
    /// <summary><paramref name="first"/> for attempt 1, twice that for attempt 2, and so on, never more than <paramref name="max"/>.</summary>
    public static TimeSpan Doubling(TimeSpan first, TimeSpan max, int attempt) =>
        TimeSpan.FromTicks((long)Math.Min(first.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, 20)), max.Ticks));
}
