using System.Text;

namespace ModularReports.Reporting.Features.Seeding;

/// <summary>Plausible report prose of a given length, reproducible from a seed.</summary>
internal sealed class SampleText(Random random)
{
    private static readonly string[] Subjects =
    [
        "The national wildlife authority", "Our field teams", "Community rangers", "The regional office", "Partner universities",
        "Customs officers", "Indigenous peoples' organisations", "The ministry of environment", "Local fishers' cooperatives", "Youth volunteers",
    ];

    private static readonly string[] Verbs =
    [
        "mapped", "restored", "monitored", "trained", "briefed", "surveyed", "protected", "documented", "funded", "convened",
    ];

    private static readonly string[] Objects =
    [
        "mangrove stands along the coast", "nesting sites of marine turtles", "online markets for wildlife products", "degraded peatlands",
        "pollinator corridors between farms", "coral reefs affected by bleaching", "the upper river basin", "seized pangolin scales",
        "grazing land at risk of erosion", "protected areas without management plans",
    ];

    private static readonly string[] Endings =
    [
        "with support from local authorities", "despite heavy rains during the season", "as set out in the national action plan",
        "in cooperation with neighbouring countries", "ahead of the next Conference of the Parties", "using satellite imagery",
    ];

    public string Sentence() =>
        $"{Pick(Subjects)} {Pick(Verbs)} {random.Next(2, 400)} hectares of {Pick(Objects)} {Pick(Endings)}.";

    /// <summary>Sentences up to about <paramref name="min"/>..<paramref name="max"/> characters.</summary>
    public string Paragraph(int min, int max)
    {
        var length = random.Next(min, max);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(Sentence());
        }

        return text.ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
