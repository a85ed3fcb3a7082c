namespace ModularReports.Reporting.Domain;

/// <summary>Where the organisation that reported stands among those implementing the resolution (FORMS.md).</summary>
internal enum ImplementerRole
{
    /// <summary>Listed among "IUCN Members".</summary>
    Member,

    /// <summary>Listed among "IUCN Commissions".</summary>
    Commission,

    /// <summary>A Secretariat unit or office: "IUCN Secretariat: Yes".</summary>
    Secretariat,

    /// <summary>A non-IUCN organisation: named among "Other non-IUCN related organisations".</summary>
    Partner,

    /// <summary>National and Regional Committees, the Council: the form has no list of them; named in the sources.</summary>
    Other,
}

/// <summary>An accepted activity report to consolidate, with its organisation's display name and role.</summary>
internal sealed record Contribution(ActivityReport Report, string ConstituentName, ImplementerRole Role = ImplementerRole.Other);

/// <summary>
/// Pre-fills a progress report from accepted activity reports. Only adds: organisations, categories and attributed
/// entries are merged into what is there, so a focal point's own edits survive consolidating again later.
/// Results go under one <c>## category</c> heading per action category; challenges and future actions are
/// collected as attributed entries. The organisation that reported is itself implementing the resolution: a Member
/// joins the Members, a Commission the Commissions, a Secretariat unit makes the Secretariat involved.
/// </summary>
internal static class Consolidation
{
    public static int Apply(ProgressReport target, IReadOnlyList<Contribution> contributions, DateTime at)
    {
        var added = 0;
        foreach (var (report, name, role) in contributions)
        {
            if (target.Sources.Any(s => s.ReportId == report.Id))
            {
                continue;
            }

            target.MemberIds = Union(target.MemberIds, role == ImplementerRole.Member ? [report.ConstituentId, .. report.MemberIds] : report.MemberIds);
            target.CommissionIds = Union(target.CommissionIds, role == ImplementerRole.Commission ? [report.ConstituentId, .. report.CommissionIds] : report.CommissionIds);
            if (report.SecretariatInvolved == true || role == ImplementerRole.Secretariat)
            {
                target.SecretariatInvolved = true;
            }

            target.OtherOrganisations = MergeList(target.OtherOrganisations, report.OtherOrganisations);
            if (role == ImplementerRole.Partner)
            {
                target.OtherOrganisations = MergeList(target.OtherOrganisations, name);
            }
            var categories = report.Actions.Select(a => a.Category).Distinct().OrderBy(Order).ToList();
            target.ActionCategories = Union(target.ActionCategories, categories).OrderBy(Order).ToList();
            var ongoing = report.Actions.Where(a => a.Status == "On-going").Select(a => a.Category).Distinct();
            target.FutureActionCategories = Union(target.FutureActionCategories, ongoing).OrderBy(Order).ToList();

            for (var i = 0; i < categories.Count; i++)
            {
                var actions = report.Actions.Where(a => a.Category == categories[i]).Select(a => $"{a.Description.Trim()} ({a.Status})");
                var entry = $"- {name}: {string.Join(" ", actions)}";
                if (i == 0 && !string.IsNullOrWhiteSpace(report.Results))
                {
                    entry += $" {OneLine(report.Results)}";
                }

                target.Results = AddUnderHeading(target.Results, categories[i], entry);
            }

            target.Challenges = AddEntry(target.Challenges, name, report.Challenges);
            target.FutureActions = AddEntry(target.FutureActions, name, report.FutureActions);
            target.Sources.Add(new ConsolidatedSource { ReportId = report.Id, ConstituentId = report.ConstituentId, ConsolidatedAt = at });
            added++;
        }

        return added;
    }

    /// <summary>Adds <paramref name="entry"/> as the last line under <c>## heading</c>, adding the heading at the end if it is missing.</summary>
    public static string AddUnderHeading(string? text, string heading, string entry)
    {
        var lines = Lines(text);
        var headingLine = $"## {heading}";
        var at = lines.FindIndex(l => l.Trim() == headingLine);
        if (at < 0)
        {
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            lines.Add(headingLine);
            lines.Add(entry);
            return string.Join('\n', lines);
        }

        var end = lines.FindIndex(at + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        end = end < 0 ? lines.Count : end;
        while (end > at + 1 && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        lines.Insert(end, entry);
        return string.Join('\n', lines);
    }

    private static string? AddEntry(string? text, string name, string? contribution)
    {
        if (string.IsNullOrWhiteSpace(contribution))
        {
            return text;
        }

        var lines = Lines(text);
        lines.Add($"- {name}: {OneLine(contribution)}");
        return string.Join('\n', lines);
    }

    private static string? MergeList(string? current, string? more)
    {
        var items = Split(current);
        var added = Split(more).Where(m => !items.Contains(m, StringComparer.OrdinalIgnoreCase)).ToList();
        if (added.Count == 0)
        {
            return current;
        }

        return string.IsNullOrWhiteSpace(current) ? string.Join("; ", added) : $"{current.TrimEnd()}; {string.Join("; ", added)}";
    }

    private static List<string> Split(string? list) =>
        (list ?? string.Empty).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n').ToList();

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<T> Union<T>(IEnumerable<T> current, IEnumerable<T> more) => current.Concat(more).Distinct().ToList();

    private static int Order(string category)
    {
        var index = ReportVocabulary.ActionCategories.ToList().IndexOf(category);
        return index < 0 ? int.MaxValue : index;
    }
}
