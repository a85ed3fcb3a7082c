using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ModularReports.Reporting.Pages.Reporting;

/// <summary>
/// Shows report text as people wrote it, safely: every character is encoded (no markup from a report ever runs);
/// lines starting "## " become headings (consolidation writes one per action category) and "- " lines a list.
/// </summary>
internal static class ReportText
{
    public static IHtmlContent Render(string? text)
    {
        var html = new HtmlContentBuilder();
        if (string.IsNullOrWhiteSpace(text))
        {
            return html;
        }

        var inList = false;
        void CloseList()
        {
            if (inList)
            {
                html.AppendHtml("</ul>");
                inList = false;
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                CloseList();
                html.AppendHtml("<h4>").AppendHtml(HtmlEncoder.Default.Encode(line[3..])).AppendHtml("</h4>");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (!inList)
                {
                    html.AppendHtml("<ul>");
                    inList = true;
                }

                html.AppendHtml("<li>").AppendHtml(HtmlEncoder.Default.Encode(line[2..])).AppendHtml("</li>");
            }
            else if (line.Length == 0)
            {
                CloseList();
            }
            else
            {
                CloseList();
                html.AppendHtml("<p>").AppendHtml(HtmlEncoder.Default.Encode(line)).AppendHtml("</p>");
            }
        }

        CloseList();
        return html;
    }

    /// <summary>
    /// The mark of a required field, after its label: a star people see (the form's intro says what it means) while
    /// the input itself says it is required to screen readers; a group of checkboxes, which cannot, says it in words.
    /// </summary>
    public static IHtmlContent Required(IStringLocalizer t, bool group = false) => new HtmlString(
        " <span class=\"required\" aria-hidden=\"true\">*</span>"
        + (group ? $"<span class=\"visually-hidden\"> ({HtmlEncoder.Default.Encode(t["Required"].Value)})</span>" : string.Empty));

    /// <summary>An action category in the page's language (the vocabulary's English wording is the key).</summary>
    public static string Category(IStringLocalizer t, string category)
    {
        var index = ReportVocabulary.ActionCategories.ToList().IndexOf(category);
        return index < 0 ? category : t[$"Category_{index}"].Value;
    }

    /// <summary>An implementation status (by code) in the page's language.</summary>
    public static string? Status(IStringLocalizer t, string? code) => ReportingText.Status(t, code);

    public static string ActionStatus(IStringLocalizer t, string status) => t[status == "Completed" ? "ActionStatus_Completed" : "ActionStatus_Ongoing"].Value;

    public static string YesNo(IStringLocalizer t, bool? value) => value switch { true => t["Yes"].Value, false => t["No"].Value, null => "—" };
}
