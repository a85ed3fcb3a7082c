using System.Text;

namespace ModularReports.Workflow.Features.Designer;

/// <summary>
/// Identifiers admins need not invent: an item left without one gets it from its English name ("Legal check" becomes
/// <c>legalCheck</c>), so the JSON stays readable.
/// </summary>
internal static class Identifiers
{
    /// <param name="items">Each item's identifier as typed (may be empty) and its English name.</param>
    /// <param name="fallback">The word used when the name gives nothing usable ("state", "action").</param>
    /// <param name="unique">Whether two items may share an identifier (transitions may: one action from several states).</param>
    public static IReadOnlyList<string> Assign(IReadOnlyList<(string? Typed, string? Name)> items, string fallback, bool unique)
    {
        var taken = items.Where(i => !string.IsNullOrWhiteSpace(i.Typed)).Select(i => i.Typed!.Trim()).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>(items.Count);
        foreach (var (typed, name) in items)
        {
            if (!string.IsNullOrWhiteSpace(typed))
            {
                result.Add(typed.Trim());
                continue;
            }

            var stem = CamelCase(name) is { Length: > 0 } made ? made : fallback;
            var candidate = stem;
            for (var n = 2; unique && taken.Contains(candidate); n++)
            {
                candidate = $"{stem}{n.ToString(CultureInfo.InvariantCulture)}";
            }

            taken.Add(candidate);
            result.Add(candidate);
        }

        return result;
    }

    /// <summary>The letters and digits of a name, accents dropped, as camelCase starting with a letter.</summary>
    public static string CamelCase(string? name)
    {
        var words = (name ?? string.Empty).Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')
            .ToArray();
        var parts = new string(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder();
        foreach (var part in parts.Take(6))
        {
            text.Append(text.Length == 0 ? part.ToLowerInvariant() : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant());
        }

        var result = text.ToString().TrimStart("0123456789".ToCharArray());
        return result.Length > 40 ? result[..40] : result;
    }
}
