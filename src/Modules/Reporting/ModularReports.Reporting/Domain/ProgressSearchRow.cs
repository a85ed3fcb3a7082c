namespace ModularReports.Reporting.Domain;

/// <summary>
/// A row of the SQLite full-text index (FTS5, trigram) over published-report text: kept by triggers from
/// <see cref="ProgressReport.SearchText"/>, so substring searches read the index instead of every report. Server
/// databases index the column itself (PostgreSQL: pg_trgm GIN) and do not have this table.
/// </summary>
internal sealed class ProgressSearchRow
{
    public const string Table = "progress_search";

    public Guid ReportId { get; init; }

    public string SearchText { get; init; } = string.Empty;
}
