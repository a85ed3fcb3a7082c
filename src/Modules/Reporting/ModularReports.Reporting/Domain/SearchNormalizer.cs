using System.Text;

namespace ModularReports.Reporting.Domain;

/// <summary>
/// One form for stored search text and the words searched for: upper case, accents removed, hyphens as spaces, so
/// "Fundacion", "fundación" and "FUNDACIÓN" find each other with a plain LIKE on every database.
/// </summary>
internal static class SearchNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '-' ? ' ' : char.ToUpperInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
