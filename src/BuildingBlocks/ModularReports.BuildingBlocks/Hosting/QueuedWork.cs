namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>
/// A background job queued inside the request's transaction (so that it exists whenever the request's work does) may
/// start before that transaction commits. It waits for the commit a few seconds rather than failing into the job
/// store's retry, which would start it only much later; when the request never committed, there is nothing to find and
/// the job fails.
/// </summary>
public static class QueuedWork
{
    /// <summary>About ten seconds in all: far longer than a request's commit takes.</summary>
    private const int CommitWaits = 16;

    public static async Task<T> FindAsync<T>(Func<CancellationToken, Task<T?>> find, string what, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await find(cancellationToken) is { } found)
            {
                return found;
            }

            if (attempt == CommitWaits)
            {
                throw new InvalidOperationException($"{what} is not visible yet.");
            }

            await Task.Delay(Backoff.Doubling(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1), attempt), cancellationToken);
        }
    }
}
