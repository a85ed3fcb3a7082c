using Hangfire;
using Hangfire.Storage;
using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.Host.Hosting;

/// <summary>
/// Each module's <see cref="IRecurringTask"/> as a Hangfire recurring job (retried by Hangfire when it throws), on the
/// schedule configuration gives it (<c>BackgroundJobs:Schedules:{name}</c>) or the task's default. Written by the nodes
/// that run jobs, which share one configuration: whichever starts last writes the same schedules. A task no module
/// declares any more (removed in an upgrade) loses its schedule, rather than failing every time it comes due.
/// </summary>
internal static class RecurringTasks
{
    public const string Section = "BackgroundJobs:Schedules";

    /// <summary>Settings that named schedules before <see cref="Section"/>: a deployment that still sets one is told, not ignored.</summary>
    private static readonly Dictionary<string, string> Replaced = new()
    {
        ["Notifications:DigestCron"] = "notifications-daily-digest",
        ["Reporting:DueReminders:Cron"] = "reporting-period-due-reminders",
        ["Messaging:Retention:Cron"] = "messaging-retention",
    };

    public static void ScheduleRecurringTasks(this IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        foreach (var (old, task) in Replaced)
        {
            if (!string.IsNullOrEmpty(configuration[old]))
            {
                throw new InvalidOperationException($"{old} is no longer read: set {Section}:{task} instead.");
            }
        }

        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        var tasks = scope.ServiceProvider.GetServices<IRecurringTask>().ToList();
        foreach (var task in tasks)
        {
            var name = task.Name;
            var cron = configuration[$"{Section}:{name}"] is { Length: > 0 } configured ? configured : task.Cron;
            manager.AddOrUpdate<RecurringTaskRunner>(name, runner => runner.RunAsync(name, CancellationToken.None), cron);
        }

        using var connection = scope.ServiceProvider.GetRequiredService<JobStorage>().GetConnection();
        foreach (var orphan in connection.GetRecurringJobs()
            .Where(j => j.Job?.Type == typeof(RecurringTaskRunner) && tasks.All(t => t.Name != j.Id)))
        {
            manager.RemoveIfExists(orphan.Id);
        }
    }
}

/// <summary>The job Hangfire stores: finds the task by name, so renaming a class does not orphan its schedule.</summary>
internal sealed class RecurringTaskRunner(IEnumerable<IRecurringTask> tasks)
{
    public Task RunAsync(string name, CancellationToken cancellationToken) =>
        tasks.SingleOrDefault(t => t.Name == name) is { } task
            ? task.RunAsync(cancellationToken)
            : throw new InvalidOperationException($"No recurring task named '{name}' is registered.");
}
