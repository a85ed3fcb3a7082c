namespace ModularReports.Reporting.Domain;

/// <summary>
/// An admin's export of every report of a reporting period: one workbook (a sheet per kind of report) and one archive
/// with a PDF per report, prepared in the background in the language asked for, kept for <see cref="KeptFor"/>.
/// Each run of the job claims it with a run id; a run that stops saving progress for <see cref="Stale"/> is taken as
/// ended (its process stopped), and the job's next attempt starts again.
/// </summary>
internal sealed class PeriodExport
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    /// <summary>Far longer than a run takes between two saves of its progress.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    /// <summary>How long an export may wait for the job to start before asking again queues a new one.</summary>
    public static readonly TimeSpan WaitsAtMost = TimeSpan.FromHours(1);

    public Guid Id { get; init; }

    public Guid PeriodId { get; init; }

    public required string Language { get; init; }

    public Guid RequestedBy { get; init; }

    public DateTime RequestedAt { get; init; }

    public PeriodExportStatus Status { get; private set; }

    /// <summary>The run that holds the export, and whose files it has once ready.</summary>
    public Guid? RunId { get; private set; }

    /// <summary>When the run holding it last saved its progress.</summary>
    public DateTime? HeartbeatAt { get; private set; }

    /// <summary>How many reports the export holds: those there were when its run started.</summary>
    public int ReportCount { get; private set; }

    public long WorkbookBytes { get; private set; }

    /// <summary>How many reports are in the archive so far: the progress shown while it runs.</summary>
    public int PdfsWritten { get; private set; }

    public long ArchiveBytes { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public string? Failure { get; private set; }

    public bool IsFinished => Status is PeriodExportStatus.Ready or PeriodExportStatus.Failed;

    /// <summary>How far it is, the workbook counting as one step and each PDF as another; 100 only once ready.</summary>
    public int Percent => Status == PeriodExportStatus.Ready ? 100
        : Math.Min(99, (int)(100L * (PdfsWritten + (WorkbookBytes > 0 ? 1 : 0)) / (ReportCount + 1)));

    /// <summary>Whether a run may start: it waits for one, or the run that held it stopped (no progress for <see cref="Stale"/>).</summary>
    public bool CanRun(DateTime now) =>
        Status == PeriodExportStatus.Queued || (Status == PeriodExportStatus.Running && HeartbeatAt < now - Stale);

    /// <summary>Whether it is still on its way, so that asking for the same export again gives this one.</summary>
    public static System.Linq.Expressions.Expression<Func<PeriodExport, bool>> UnderWay(DateTime now)
    {
        var waitedSince = now - WaitsAtMost;
        var beatSince = now - Stale;
        return e => (e.Status == PeriodExportStatus.Queued && e.RequestedAt > waitedSince)
            || (e.Status == PeriodExportStatus.Running && e.HeartbeatAt > beatSince);
    }

    /// <summary>A run claims it (again after a stopped run: what that one wrote is left behind) for these reports.</summary>
    public void Start(Guid run, int reportCount, DateTime now)
    {
        Status = PeriodExportStatus.Running;
        RunId = run;
        ReportCount = reportCount;
        (WorkbookBytes, PdfsWritten, ArchiveBytes, Failure) = (0, 0, 0, null);
        StartedAt = HeartbeatAt = now;
    }

    public void WorkbookDone(long bytes, DateTime now) => (WorkbookBytes, HeartbeatAt) = (bytes, now);

    public void PdfDone(DateTime now) => (PdfsWritten, HeartbeatAt) = (PdfsWritten + 1, now);

    public void Finish(long archiveBytes, DateTime now)
    {
        ArchiveBytes = archiveBytes;
        Status = PeriodExportStatus.Ready;
        FinishedAt = HeartbeatAt = now;
    }

    public void Fail(string reason, DateTime now)
    {
        Status = PeriodExportStatus.Failed;
        Failure = reason;
        FinishedAt = now;
    }

    /// <summary>Past keeping: finished longer ago than <see cref="KeptFor"/>, or asked for that long ago and never finished.</summary>
    public static System.Linq.Expressions.Expression<Func<PeriodExport, bool>> ExpiredAt(DateTime now)
    {
        var cutoff = now - KeptFor;
        return e => (e.FinishedAt != null && e.FinishedAt < cutoff) || (e.FinishedAt == null && e.RequestedAt < cutoff);
    }
}

internal enum PeriodExportStatus
{
    Queued = 0,
    Running = 1,
    Ready = 2,
    Failed = 3,
}
