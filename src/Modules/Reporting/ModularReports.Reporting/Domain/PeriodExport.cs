namespace ModularReports.Reporting.Domain;

/// <summary>
/// An admin's export of every report of a reporting period: one workbook (a sheet per kind of report) and one archive
/// with a PDF per report, prepared in the background in the language asked for, kept for <see cref="KeptFor"/>.
/// </summary>
internal sealed class PeriodExport
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    public Guid Id { get; init; }

    public Guid PeriodId { get; init; }

    public required string Language { get; init; }

    public Guid RequestedBy { get; init; }

    public DateTime RequestedAt { get; init; }

    public PeriodExportStatus Status { get; private set; }

    /// <summary>How many reports the export holds: known once it starts.</summary>
    public int ReportCount { get; private set; }

    public long WorkbookBytes { get; private set; }

    /// <summary>How many reports are in the archive so far: the progress shown while it runs.</summary>
    public int PdfsWritten { get; private set; }

    public long ArchiveBytes { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public string? Failure { get; private set; }

    public bool IsFinished => Status is PeriodExportStatus.Ready or PeriodExportStatus.Failed;

    /// <summary>Starts, or starts again after a run that stopped half-way (its files are written anew).</summary>
    public void Start(int reportCount, DateTime now)
    {
        Status = PeriodExportStatus.Running;
        ReportCount = reportCount;
        (WorkbookBytes, PdfsWritten, ArchiveBytes, Failure) = (0, 0, 0, null);
        StartedAt = now;
    }

    public void WorkbookDone(long bytes) => WorkbookBytes = bytes;

    public void PdfDone() => PdfsWritten++;

    public void Finish(long archiveBytes, DateTime now)
    {
        ArchiveBytes = archiveBytes;
        Status = PeriodExportStatus.Ready;
        FinishedAt = now;
    }

    public void Fail(string reason, DateTime now)
    {
        Status = PeriodExportStatus.Failed;
        Failure = reason;
        FinishedAt = now;
    }

    /// <summary>Whether it is past keeping: finished longer ago than <see cref="KeptFor"/>.</summary>
    public static System.Linq.Expressions.Expression<Func<PeriodExport, bool>> ExpiredAt(DateTime now)
    {
        var cutoff = now - KeptFor;
        return e => e.FinishedAt != null && e.FinishedAt < cutoff;
    }
}

internal enum PeriodExportStatus
{
    Queued = 0,
    Running = 1,
    Ready = 2,
    Failed = 3,
}
