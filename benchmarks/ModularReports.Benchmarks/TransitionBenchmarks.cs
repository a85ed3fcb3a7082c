using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;
using Stateless;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ModularReports.Benchmarks;

/// <summary>
/// The same 4-step approval (draft → submitted → in review → approved: three transitions) driven by our engine from a
/// definition, by a bare Stateless machine, and by WorkflowCore in memory. Results are per approval (three transitions).
/// </summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();
    private readonly WorkflowDefinitionModel definition = DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview);
    private ServiceProvider workflowCoreServices = null!;
    private IWorkflowHost workflowCore = null!;
    private readonly Dictionary<string, TaskCompletionSource> running = [];

    [GlobalSetup]
    public void Setup()
    {
        workflowCoreServices = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddWorkflow().BuildServiceProvider();
        workflowCore = workflowCoreServices.GetRequiredService<IWorkflowHost>();
        workflowCore.RegisterWorkflow<ApprovalWorkflow>();
        workflowCore.OnLifeCycleEvent += e =>
        {
            if (e is WorkflowCore.Models.LifeCycleEvents.WorkflowCompleted completed)
            {
                lock (running)
                {
                    if (running.Remove(completed.WorkflowInstanceId, out var done))
                    {
                        done.SetResult();
                    }
                }
            }
        };
        workflowCore.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        workflowCore.Stop();
        workflowCoreServices.Dispose();
    }

    [Benchmark(Baseline = true, Description = "bare Stateless machine")]
    public string BareStateless()
    {
        var state = "draft";
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        machine.Configure("draft").Permit("submit", "submitted");
        machine.Configure("submitted").Permit("startReview", "inReview");
        machine.Configure("inReview").Permit("approve", "approved");
        machine.Fire("submit");
        machine.Fire("startReview");
        machine.Fire("approve");
        return state;
    }

    [Benchmark(Description = "our engine (decide + apply, from the definition)")]
    public string OurEngine()
    {
        var state = "draft";
        Guid? submitter = null;
        foreach (var (actor, relation, trigger) in Steps)
        {
            var context = new DocumentContext(state, actor, relation, submitter, AllConditionsHold);
            var result = WorkflowEngine.Fire(definition, context, trigger, comment: null);
            state = result.To!;
            submitter = trigger == "submit" ? actor : submitter;
        }

        return state;
    }

    [Benchmark(Description = "WorkflowCore 3.22 in memory")]
    public async Task WorkflowCoreInMemory()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var id = await workflowCore.StartWorkflow("approval");
        lock (running)
        {
            running[id] = done;
        }

        // The workflow may have finished before it was registered above.
        var instance = await workflowCoreServices.GetRequiredService<IPersistenceProvider>().GetWorkflowInstance(id);
        if (instance.Status == WorkflowStatus.Complete)
        {
            lock (running)
            {
                running.Remove(id);
            }

            return;
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    // What the owning module computes once per request; not the engine's cost.
    private static readonly IReadOnlySet<string> FocalPoint = new HashSet<string> { WorkflowActors.AssignedFocalPoint };
    private static readonly IReadOnlySet<string> Admin = new HashSet<string> { WorkflowActors.Admin };
    private static readonly Func<string, int?, bool> AllConditionsHold = (_, _) => true;

    private static readonly (Guid Actor, IReadOnlySet<string> Relation, string Trigger)[] Steps =
    [
        (Author, FocalPoint, "submit"),
        (Reviewer, Admin, "startReview"),
        (Reviewer, Admin, "approve"),
    ];

    private sealed class ApprovalWorkflow : IWorkflow
    {
        public string Id => "approval";

        public int Version => 1;

        public void Build(IWorkflowBuilder<object> builder) =>
            builder.StartWith<Step>().Then<Step>().Then<Step>().Then<Step>();
    }

    private sealed class Step : WorkflowCore.Models.StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
    }
}
