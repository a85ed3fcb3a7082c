using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A field whose value differs between two submissions (JSON values, as the API returns them).</summary>
internal sealed record FieldChange(string Field, JsonElement? Before, JsonElement? After);

/// <summary>
/// What changed in submission <paramref name="Number"/> compared with the one before it, field by field (the first
/// submission is compared with an empty report): what a reviewer reads before deciding again.
/// </summary>
internal sealed record CompareSubmissions(string Kind, Guid Id, int Number) : IQuery<IReadOnlyList<FieldChange>>;

internal sealed class CompareSubmissionsHandler(ReportingDbContext db, ReportLoader loader) : IQueryHandler<CompareSubmissions, IReadOnlyList<FieldChange>>
{
    public static readonly string[] ActivityFields =
    [
        "periodFrom", "periodTo", "geographicScope", "memberIds", "commissionIds", "secretariatInvolved", "otherOrganisations",
        "actions", "results", "challenges", "futureActions",
    ];

    public static readonly string[] ProgressFields =
    [
        "memberIds", "commissionIds", "secretariatInvolved", "otherOrganisations", "actionCategories", "results", "challenges",
        "futureActionCategories", "futureActions", "actionsPlanned", "implementationStatus", "additionalInformation",
    ];

    public async ValueTask<IReadOnlyList<FieldChange>> Handle(CompareSubmissions query, CancellationToken cancellationToken)
    {
        await loader.LoadAsync(query.Kind, query.Id, cancellationToken);
        return await ChangesAsync(db, query, cancellationToken);
    }

    /// <summary>The comparison itself, for callers that have already checked the report may be read.</summary>
    public static async Task<IReadOnlyList<FieldChange>> ChangesAsync(ReportingDbContext db, CompareSubmissions query, CancellationToken cancellationToken)
    {
        var snapshots = await db.SubmittedVersions.AsNoTracking()
            .Where(v => v.ReportId == query.Id && (v.Number == query.Number || v.Number == query.Number - 1))
            .ToDictionaryAsync(v => v.Number, v => JsonDocument.Parse(v.Snapshot).RootElement, cancellationToken);
        if (!snapshots.TryGetValue(query.Number, out var after))
        {
            throw new NotFoundException($"No submission {query.Number} of report {query.Id}.");
        }

        JsonElement? before = snapshots.TryGetValue(query.Number - 1, out var previous) ? previous : null;
        var changes = new List<FieldChange>();
        foreach (var field in query.Kind == ReportKinds.Progress ? ProgressFields : ActivityFields)
        {
            JsonElement? a = before is { } b && b.TryGetProperty(field, out var old) ? old : null;
            JsonElement? c = after.TryGetProperty(field, out var current) ? current : null;
            if (!Same(a, c))
            {
                changes.Add(new FieldChange(field, a, c));
            }
        }

        return changes;
    }

    private static bool Same(JsonElement? a, JsonElement? b) => (a, b) switch
    {
        (null, null) => true,
        (null, { } x) => IsEmpty(x),
        ({ } x, null) => IsEmpty(x),
        ({ } x, { } y) => JsonElement.DeepEquals(x, y),
    };

    private static bool IsEmpty(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);
}
