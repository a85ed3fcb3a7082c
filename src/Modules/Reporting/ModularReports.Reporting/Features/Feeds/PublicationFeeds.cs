using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.Feeds;

/// <summary>
/// Atom feeds, so that people follow a resolution or a search in any feed reader: a resolution's published progress
/// reports and accepted activity reports, and the newest reports a published-report search finds, each entry linking
/// to its page. Titles and summaries are in the language asked for (<c>?culture=</c>).
/// </summary>
internal sealed class PublicationFeeds(IMediator mediator, IResolutionCatalog resolutions, PublicUrls urls, IStringLocalizer<ReportingText> text)
{
    public const int Entries = 50;

    public async Task<SyndicationFeed> ResolutionAsync(Guid id, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var resolution = await resolutions.FindAsync(id, language, cancellationToken) ?? throw new NotFoundException($"No resolution {id}.");
        var reports = await mediator.Send(new ListResolutionReports(id), cancellationToken);
        var entries = reports.ProgressReports
            .Select(p => Entry($"/reports/{p.Id}", p.Title, $"{p.Period}: {ReportingText.Status(text, p.ImplementationStatus)}", p.PublishedAt))
            .Concat(reports.ActivityReports.Select(a => Entry(
                $"/reports/activity/{a.Id}", $"{a.Title} — {a.Constituent}",
                $"{a.PeriodFrom?.ToReaderDate()} – {a.PeriodTo?.ToReaderDate()}", a.PublishedAt)));
        return Feed($"/resolutions/{id}", $"{resolution.Code}: {resolution.Title}", text["Feed_Resolution", resolution.Code], entries);
    }

    public async Task<SyndicationFeed> SearchAsync(SearchPublished query, string pageQuery, CancellationToken cancellationToken)
    {
        var page = await mediator.Send(query with { Page = 1, PageSize = Entries }, cancellationToken);
        var entries = page.Items.Select(r => Entry($"/reports/{r.Id}", r.Title, $"{r.ResolutionTitle} ({r.Period}): {r.ImplementationStatusLabel}", r.PublishedAt));
        return Feed($"/reports{pageQuery}", text["Search_Title"], text["Feed_Search"], entries);
    }

    /// <summary>The feed as Atom 1.0, UTF-8.</summary>
    public static byte[] Atom(SyndicationFeed feed)
    {
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToArray();
    }

    private SyndicationFeed Feed(string page, string title, string description, IEnumerable<SyndicationItem> entries)
    {
        var items = entries.OrderByDescending(e => e.LastUpdatedTime).Take(Entries).ToList();
        var link = urls.Absolute(page);
        var feed = new SyndicationFeed(title, description, link, link.ToString(), items.FirstOrDefault()?.LastUpdatedTime ?? DateTimeOffset.UnixEpoch)
        {
            Items = items, Language = CultureInfo.CurrentUICulture.Name,
        };
        feed.Authors.Add(new SyndicationPerson { Name = text["Feed_Author"] });
        return feed;
    }

    private SyndicationItem Entry(string page, string title, string summary, DateTime? publishedAt)
    {
        var link = urls.Absolute(page);
        var at = new DateTimeOffset(DateTime.SpecifyKind(publishedAt ?? DateTime.UnixEpoch, DateTimeKind.Utc));
        var item = new SyndicationItem
        {
            Id = link.ToString(), Title = new TextSyndicationContent(title), Summary = new TextSyndicationContent(summary), LastUpdatedTime = at, PublishDate = at,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(link));
        return item;
    }
}

internal static class FeedsApi
{
    public const string AtomType = "application/atom+xml";

    public static void MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/resolutions/{id:guid}/feed.atom", async (Guid id, PublicationFeeds feeds, HttpContext http) =>
                Results.File(PublicationFeeds.Atom(await feeds.ResolutionAsync(id, http.RequestAborted)), AtomType))
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicies.PublicSearch).WithTags("Published reports")
            .WithSummary("A resolution's published progress reports and accepted activity reports as an Atom feed, newest first");
        endpoints.MapGet("/reports/feed.atom", async (
                [AsParameters] SearchPublished query, PublicationFeeds feeds, IEnumerable<IValidator<SearchPublished>> validators, HttpContext http) =>
            {
                await MessageValidation.EnsureValidAsync(query, validators, http.RequestAborted);
                return Results.File(PublicationFeeds.Atom(await feeds.SearchAsync(query, http.Request.QueryString.Value ?? string.Empty, http.RequestAborted)), AtomType);
            })
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicies.PublicSearch).WithTags("Published reports")
            .WithSummary("The newest published progress reports a search finds (the search's filters) as an Atom feed");
    }
}
