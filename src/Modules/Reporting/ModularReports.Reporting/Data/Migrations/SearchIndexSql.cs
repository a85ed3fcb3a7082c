namespace ModularReports.Reporting.Data.Migrations;

/// <summary>The public search's full-text index, which the model does not describe: hand-written SQL per provider.</summary>
internal static class SearchIndexSql
{
    /// <summary>
    /// SQLite: the full-text table holds public reports only, by word (a query word matches the words it begins, with
    /// prefix indexes for short ones), numbered (rowid) in the order they became public by a companion table, so the
    /// search reads it newest first and stops after a page (ADR 12). Triggers keep both in step.
    /// </summary>
    public const string Sqlite = """
        CREATE TABLE reporting_progress_search_order (Seq INTEGER PRIMARY KEY AUTOINCREMENT, ReportId TEXT NOT NULL UNIQUE);
        CREATE VIRTUAL TABLE reporting_progress_search USING fts5(
            ReportId UNINDEXED, SearchText, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8');
        CREATE TRIGGER reporting_progress_search_insert AFTER INSERT ON reporting_progress_reports WHEN new.IsPublic = 1 BEGIN
            INSERT INTO reporting_progress_search_order (ReportId) VALUES (new.Id);
            INSERT INTO reporting_progress_search (rowid, ReportId, SearchText)
                VALUES ((SELECT Seq FROM reporting_progress_search_order WHERE ReportId = new.Id), new.Id, new.SearchText);
        END;
        CREATE TRIGGER reporting_progress_search_publish AFTER UPDATE OF IsPublic ON reporting_progress_reports
            WHEN new.IsPublic = 1 AND old.IsPublic = 0 BEGIN
            INSERT INTO reporting_progress_search_order (ReportId) VALUES (new.Id);
            INSERT INTO reporting_progress_search (rowid, ReportId, SearchText)
                VALUES ((SELECT Seq FROM reporting_progress_search_order WHERE ReportId = new.Id), new.Id, new.SearchText);
        END;
        CREATE TRIGGER reporting_progress_search_unpublish AFTER UPDATE OF IsPublic ON reporting_progress_reports
            WHEN new.IsPublic = 0 AND old.IsPublic = 1 BEGIN
            DELETE FROM reporting_progress_search WHERE rowid = (SELECT Seq FROM reporting_progress_search_order WHERE ReportId = old.Id);
            DELETE FROM reporting_progress_search_order WHERE ReportId = old.Id;
        END;
        CREATE TRIGGER reporting_progress_search_update AFTER UPDATE OF SearchText ON reporting_progress_reports
            WHEN new.IsPublic = 1 AND old.IsPublic = 1 BEGIN
            UPDATE reporting_progress_search SET SearchText = new.SearchText
                WHERE rowid = (SELECT Seq FROM reporting_progress_search_order WHERE ReportId = old.Id);
        END;
        CREATE TRIGGER reporting_progress_search_delete AFTER DELETE ON reporting_progress_reports WHEN old.IsPublic = 1 BEGIN
            DELETE FROM reporting_progress_search WHERE rowid = (SELECT Seq FROM reporting_progress_search_order WHERE ReportId = old.Id);
            DELETE FROM reporting_progress_search_order WHERE ReportId = old.Id;
        END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER reporting_progress_search_insert;
        DROP TRIGGER reporting_progress_search_publish;
        DROP TRIGGER reporting_progress_search_unpublish;
        DROP TRIGGER reporting_progress_search_update;
        DROP TRIGGER reporting_progress_search_delete;
        DROP TABLE reporting_progress_search;
        DROP TABLE reporting_progress_search_order;
        """;

    /// <summary>PostgreSQL: a trigram GIN index, so the search's LIKE '%word%' reads the index, not every report.</summary>
    public const string PostgreSql = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX "IX_progress_reports_SearchText_trgm" ON reporting.progress_reports USING gin ("SearchText" gin_trgm_ops);
        """;

    public const string PostgreSqlDown = """
        DROP INDEX reporting."IX_progress_reports_SearchText_trgm";
        """;
}
