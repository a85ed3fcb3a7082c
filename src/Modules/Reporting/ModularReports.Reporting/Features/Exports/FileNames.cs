using System.Text;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>Names of downloaded files: letters, digits and hyphens only, so that every system keeps them as they are.</summary>
internal static class FileNames
{
    public static string Safe(string name)
    {
        var plain = SearchNormalizer.Normalize(name).ToLowerInvariant();
        var safe = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', safe.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
