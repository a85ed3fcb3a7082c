using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// A data table (<c>&lt;table class="data"&gt;</c>) scrolls sideways inside its own box on a narrow screen, so the page
/// itself never does; the box can take the keyboard focus, so it scrolls without a mouse too.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed class ScrollableTableTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString()?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (!classes.Contains("data"))
        {
            return;
        }

        output.PreElement.SetHtmlContent("<div class=\"table-scroll\" tabindex=\"0\">");
        output.PostElement.SetHtmlContent("</div>");
    }
}
