using Hangfire;
using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.Host.Hosting;

/// <summary>Each module's <see cref="IRecurringTask"/> as a Hangfire recurring job (retried by Hangfire when it throws).</summary>
internal static class RecurringTasks
{
    public static void ScheduleRecurringTasks(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        foreach (var task in scope.ServiceProvider.GetServices<IRecurringTask>())
        {
            var name = task.Name;
            manager.AddOrUpdate<RecurringTaskRunner>(name, runner => runner.RunAsync(name, CancellationToken.None), task.Cron);
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
