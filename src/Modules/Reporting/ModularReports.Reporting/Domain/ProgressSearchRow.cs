namespace ModularReports.Reporting.Domain;

/// <summary>
/// A row of the SQLite full-text index (FTS5, by word) over the text of public progress reports, kept by triggers
/// from <see cref="ProgressReport.SearchText"/>, so substring searches read the index instead of every report. Its
/// rowid (<see cref="Sequence"/>) numbers the reports in the order they became public, so "newest first" is the
/// index's own order and a page stops reading after its matches (ADR 12). Server databases index the column itself
/// (PostgreSQL: pg_trgm GIN) and do not have this table.
/// </summary>
internal sealed class ProgressSearchRow
{
    public const string Table = "progress_search";

    public long Sequence { get; init; }

    public Guid ReportId { get; init; }

    public string SearchText { get; init; } = string.Empty;
}
