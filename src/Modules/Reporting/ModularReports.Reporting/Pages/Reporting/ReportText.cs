using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ModularReports.Reporting.Pages.Reporting;

/// <summary>
/// Shows report text as people wrote it, safely: every character is encoded (no markup from a report ever runs);
/// its structure (<see cref="ReportMarkup"/>) becomes headings, paragraphs and lists.
/// </summary>
internal static class ReportText
{
    /// <param name="t">When given, a heading that is an action category (consolidation writes them in the vocabulary's
    /// English) reads in the page's language; the stored text is unchanged.</param>
    public static IHtmlContent Render(string? text, IStringLocalizer? t = null)
    {
        var html = new HtmlContentBuilder();
        var inList = false;
        foreach (var (kind, line) in ReportMarkup.Lines(text))
        {
            if (inList && kind != ReportLineKind.ListItem)
            {
                html.AppendHtml("</ul>");
                inList = false;
            }

            switch (kind)
            {
                case ReportLineKind.Heading:
                    html.AppendHtml("<h4>").Append(t is not null ? Category(t, line) : line).AppendHtml("</h4>");
                    break;
                case ReportLineKind.ListItem:
                    if (!inList)
                    {
                        html.AppendHtml("<ul>");
                        inList = true;
                    }

                    html.AppendHtml("<li>").Append(line).AppendHtml("</li>");
                    break;
                case ReportLineKind.Paragraph:
                    html.AppendHtml("<p>").Append(line).AppendHtml("</p>");
                    break;
            }
        }

        if (inList)
        {
            html.AppendHtml("</ul>");
        }

        return html;
    }

    /// <summary>
    /// The mark of a required field, after its label: a star people see (the form's intro says what it means) while
    /// the input itself says it is required to screen readers; a group of checkboxes, which cannot, says it in words.
    /// </summary>
    public static IHtmlContent Required(IStringLocalizer t, bool group = false) => new HtmlString(
        " <span class=\"required\" aria-hidden=\"true\">*</span>"
        + (group ? $"<span class=\"visually-hidden\"> ({HtmlEncoder.Default.Encode(t["Required"].Value)})</span>" : string.Empty));

    public static string Category(IStringLocalizer t, string category) => ReportingText.Category(t, category);

    /// <summary>An implementation status (by code) in the page's language.</summary>
    public static string? Status(IStringLocalizer t, string? code) => ReportingText.Status(t, code);

    public static string ActionStatus(IStringLocalizer t, string status) => ReportingText.ActionStatus(t, status);

    public static string Answer(IStringLocalizer t, string answer) => ReportingText.Answer(t, answer);

    public static string YesNo(IStringLocalizer t, bool? value) => value switch { true => t["Yes"].Value, false => t["No"].Value, null => "—" };
}
