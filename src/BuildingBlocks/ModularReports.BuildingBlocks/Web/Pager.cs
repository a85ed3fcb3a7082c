namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// What the shared pager partial (<c>_Pager</c> in the host) needs: the page shown, how many there are, and how to
/// link to another page with the same filters.
/// </summary>
public sealed record Pager(int Page, int Pages, Func<int, string> Href)
{
    public static Pager For(int page, int pageSize, int total, Func<int, string> href) =>
        new(page, Math.Max(1, (int)Math.Ceiling(total / (double)Math.Max(1, pageSize))), href);
}
