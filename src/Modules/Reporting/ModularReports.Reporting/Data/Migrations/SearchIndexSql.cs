using ModularReports.Reporting.Domain;

namespace ModularReports.Reporting.Data.Migrations;

/// <summary>Hand-written SQL of the search-index migrations, per provider.</summary>
internal static class SearchIndexSql
{
    /// <summary>Fills <see cref="ProgressReport.CategoryMask"/> for reports saved before it existed.</summary>
    public static string BackfillCategoryMask(string provider)
    {
        string Case(string value) =>
            $"CASE {value} {string.Concat(ReportVocabulary.ActionCategories.Select(c => $"WHEN '{c.Replace("'", "''", StringComparison.Ordinal)}' THEN {ReportVocabulary.CategoryBit(c)} "))}ELSE 0 END";
        return provider switch
        {
            "Sqlite" => $"UPDATE reporting_progress_reports SET CategoryMask = (SELECT COALESCE(SUM(DISTINCT {Case("value")}), 0) FROM json_each(ActionCategories));",
            "PostgreSql" => $"UPDATE reporting.progress_reports SET \"CategoryMask\" = (SELECT COALESCE(SUM(DISTINCT {Case("c")}), 0) FROM unnest(\"ActionCategories\") AS c);",
            _ => $"UPDATE reporting.progress_reports SET CategoryMask = (SELECT COALESCE(SUM(DISTINCT {Case("j.value")}), 0) FROM OPENJSON(ActionCategories) AS j);",
        };
    }

    /// <summary>
    /// SQLite: the full-text table holds public reports only, by word (a query word matches the words it begins, with
    /// prefix indexes for short ones), numbered (rowid) in the order they became public by a companion table, so the
    /// search reads it newest first and stops after a page. Triggers keep both in step.
    /// </summary>
    public const string SqlitePublicationOrderedIndex = """
        DROP TRIGGER reporting_progress_search_insert;
        DROP TRIGGER reporting_progress_search_update;
        DROP TRIGGER reporting_progress_search_delete;
        DROP TABLE reporting_progress_search;
        CREATE TABLE reporting_progress_search_order (Seq INTEGER PRIMARY KEY AUTOINCREMENT, ReportId TEXT NOT NULL UNIQUE);
        CREATE VIRTUAL TABLE reporting_progress_search USING fts5(
            ReportId UNINDEXED, SearchText, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8');
        INSERT INTO reporting_progress_search_order (ReportId)
            SELECT Id FROM reporting_progress_reports WHERE IsPublic = 1 ORDER BY PublishedAt, Id;
        INSERT INTO reporting_progress_search (rowid, ReportId, SearchText)
            SELECT o.Seq, r.Id, r.SearchText FROM reporting_progress_search_order o JOIN reporting_progress_reports r ON r.Id = o.ReportId;
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

    /// <summary>SQLite, going back: every report in the full-text table, as the earlier migration made it.</summary>
    public const string SqliteUnorderedIndex = """
        DROP TRIGGER reporting_progress_search_insert;
        DROP TRIGGER reporting_progress_search_publish;
        DROP TRIGGER reporting_progress_search_unpublish;
        DROP TRIGGER reporting_progress_search_update;
        DROP TRIGGER reporting_progress_search_delete;
        DROP TABLE reporting_progress_search;
        DROP TABLE reporting_progress_search_order;
        CREATE VIRTUAL TABLE reporting_progress_search USING fts5(ReportId UNINDEXED, SearchText, tokenize = 'trigram');
        INSERT INTO reporting_progress_search (ReportId, SearchText) SELECT Id, SearchText FROM reporting_progress_reports;
        CREATE TRIGGER reporting_progress_search_insert AFTER INSERT ON reporting_progress_reports BEGIN
            INSERT INTO reporting_progress_search (ReportId, SearchText) VALUES (new.Id, new.SearchText);
        END;
        CREATE TRIGGER reporting_progress_search_update AFTER UPDATE OF SearchText ON reporting_progress_reports BEGIN
            UPDATE reporting_progress_search SET SearchText = new.SearchText WHERE ReportId = old.Id;
        END;
        CREATE TRIGGER reporting_progress_search_delete AFTER DELETE ON reporting_progress_reports BEGIN
            DELETE FROM reporting_progress_search WHERE ReportId = old.Id;
        END;
        """;
}
