using ModularReports.Workflow.Data;

namespace ModularReports.Workflow.Engine;

/// <summary>
/// Timers as rows with a due time, run out by <see cref="TimerPoller"/>: durable across restarts, cancelled by deleting
/// the row, and a transition's timer changes cost one save in the module's own tables (ADR 0015). Other modules change
/// a document's timers only through <see cref="WorkflowTimersChanged"/>, whose consumer applies the latest change once.
/// </summary>
internal sealed class WorkflowTimers(WorkflowDbContext db)
{
    /// <summary>Adds the timers, running from <paramref name="from"/>, to the unit of work; the caller saves.</summary>
    public void Stage(string documentType, Guid documentId, WorkflowPosition position, IReadOnlyList<WorkflowTimerPlan> plans, DateTimeOffset from)
    {
        db.Timers.AddRange(plans.Select(plan => new ScheduledTimer
        {
            Id = Guid.CreateVersion7(), DocumentType = documentType, DocumentId = documentId, DefinitionKey = position.DefinitionKey,
            Version = position.Version, State = position.State, TimerIndex = plan.TimerIndex, Action = plan.Action,
            Actors = string.Join(',', plan.Actors), Trigger = plan.Trigger, DueAt = (from + plan.After).UtcDateTime,
        }));
    }

    /// <summary>
    /// Loads the documents' timers and latest applied changes into the unit of work, for <see cref="StageChange"/> and
    /// <see cref="StageCancelAllLoaded"/>.
    /// </summary>
    public async Task LoadAsync(IReadOnlyCollection<(string DocumentType, Guid DocumentId)> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        // Both columns, so that the (type, id) keys answer; the stage methods pick each pair out of what is tracked.
        var types = documents.Select(d => d.DocumentType).Distinct().ToList();
        var ids = documents.Select(d => d.DocumentId).Distinct().ToList();

        // The latest applied changes first: each applied change writes a newer version into its document's row, checked
        // as a concurrency token, so a change another node commits between the two reads fails this save (and it is
        // retried) instead of its timers going unseen. A timer deleted meanwhile fails the save too.
        await db.AppliedTimerChanges.Where(a => types.Contains(a.DocumentType) && ids.Contains(a.DocumentId)).LoadAsync(cancellationToken);
        await db.Timers.Where(t => types.Contains(t.DocumentType) && ids.Contains(t.DocumentId)).LoadAsync(cancellationToken);
    }

    /// <summary>
    /// Stages a transition's timer change in the unit of work, unless a change made from a later version of the document
    /// was applied already: the running timers cancelled when the change says so, the new state's scheduled from when it
    /// occurred. Call after <see cref="LoadAsync"/>; the caller saves.
    /// </summary>
    public void StageChange(WorkflowTimersChanged change)
    {
        if (!StageIfLatest(change.DocumentType, change.DocumentId, change.DocumentVersion))
        {
            return;
        }

        if (change.CancelPrevious)
        {
            StageCancelAllLoaded(change.DocumentType, change.DocumentId);
        }

        Stage(change.DocumentType, change.DocumentId, change.Position, change.Schedule, change.OccurredAt);
    }

    /// <summary>
    /// Records the change as the document's latest and returns true, unless a change made from a later version of the
    /// document was applied already (then nothing is staged and it returns false).
    /// </summary>
    private bool StageIfLatest(string documentType, Guid documentId, int documentVersion)
    {
        var applied = db.AppliedTimerChanges.Local.FirstOrDefault(a => a.DocumentType == documentType && a.DocumentId == documentId);
        if (applied is null)
        {
            db.AppliedTimerChanges.Add(new AppliedTimerChange { DocumentType = documentType, DocumentId = documentId, DocumentVersion = documentVersion });
            return true;
        }

        if (!applied.IsSupersededBy(documentVersion))
        {
            return false;
        }

        applied.DocumentVersion = documentVersion;
        return true;
    }

    /// <summary>
    /// Removes the document's timers in the unit of work, those loaded by <see cref="LoadAsync"/> and those staged
    /// in it since (by an earlier message of a batch, say); the caller saves.
    /// </summary>
    public void StageCancelAllLoaded(string documentType, Guid documentId) =>
        db.Timers.RemoveRange(db.Timers.Local.Where(t => t.DocumentType == documentType && t.DocumentId == documentId).ToList());
}
