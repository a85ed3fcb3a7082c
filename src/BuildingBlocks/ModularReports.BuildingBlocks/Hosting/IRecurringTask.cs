namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>
/// Work a module wants done on a schedule (a daily digest, a sweep): the host runs each one as a recurring
/// background job under <see cref="Name"/>, so modules need no scheduler of their own. Registered scoped.
/// </summary>
public interface IRecurringTask
{
    /// <summary>Unique and stable: the job's id in the job store.</summary>
    string Name { get; }

    /// <summary>
    /// When it runs by default, a cron expression in UTC (e.g. <c>0 7 * * *</c>); <c>BackgroundJobs:Schedules:{Name}</c>
    /// overrides it, the same way for every task.
    /// </summary>
    string Cron { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
