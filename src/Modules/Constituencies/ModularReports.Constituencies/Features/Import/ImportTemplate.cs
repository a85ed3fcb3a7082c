using MiniExcelLibs;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Import;

/// <summary>
/// A file to fill in for an import: its columns with an example row, and a second sheet listing the values each
/// coded column allows (congresses, types, ISO country codes, categories A-D, regions), so nobody has to guess.
/// </summary>
internal sealed record GetImportTemplate(string Kind) : IQuery<byte[]>;

internal sealed class GetImportTemplateHandler(ConstituenciesDbContext db) : IQueryHandler<GetImportTemplate, byte[]>
{
    public async ValueTask<byte[]> Handle(GetImportTemplate query, CancellationToken cancellationToken)
    {
        Dictionary<string, object> sheets = query.Kind switch
        {
            "members" => new()
            {
                ["members"] = new[] { Row(("name", "Kenya Wildlife Service"), ("acronym", "KWS"), ("country", "KE"), ("region", "Africa"), ("category", "A")) },
                ["allowed values"] = Allowed(
                    ("country", Countries.All.Select(c => (c, Countries.Name(c)))),
                    ("category", Vocabularies.MembershipCategories.Select(c => (c, Vocabularies.MembershipCategoryLabel(c)))),
                    ("region", Vocabularies.StatutoryRegions.Select(r => (r, string.Empty)))),
            },
            "resolutions" => new()
            {
                ["resolutions"] = new[]
                {
                    Row(("congress", "WCC 2020"), ("type", "Resolution"), ("number", "54"),
                        ("title", "Engaging the private sector to combat wildlife trafficking"), ("title_fr", string.Empty), ("title_es", string.Empty),
                        ("motion_number", "6"), ("code", "WCC 2020 Res 054"), ("status", "Active"),
                        ("summary", "Calls on businesses in the wildlife trade supply chain to prevent, detect and report trafficking."),
                        ("document_url", "https://portals.iucn.org/library/")),
                },
                ["allowed values"] = Allowed(
                    ("congress", (await db.Congresses.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(cancellationToken)).Select(c => (c, string.Empty))),
                    ("type", new[] { ("Resolution", "or Res"), ("Recommendation", "or Rec") }),
                    ("status", new[] { ("Active", string.Empty), ("Archived", string.Empty) })),
            },
            _ => throw new NotFoundException($"No import of '{query.Kind}'."),
        };
        using var file = new MemoryStream();
        await file.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return file.ToArray();
    }

    private static Dictionary<string, object> Row(params (string Column, string Value)[] cells) => cells.ToDictionary(c => c.Column, c => (object)c.Value);

    private static List<Dictionary<string, object>> Allowed(params (string Column, IEnumerable<(string Value, string Meaning)> Values)[] columns) =>
        columns.SelectMany(c => c.Values.Select(v => new Dictionary<string, object> { ["column"] = c.Column, ["value"] = v.Value, ["meaning"] = v.Meaning }))
            .ToList();
}
