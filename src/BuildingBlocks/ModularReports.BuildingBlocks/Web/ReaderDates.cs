using System.Globalization;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// Dates as people read them, in the reader's language and never in an order that could be misread (5 Dec 2026, not
/// 12/5/2026: IUCN's readers are everywhere); times are UTC and say so. Machine formats (ISO 8601) stay for APIs,
/// exports and <c>&lt;time datetime&gt;</c>.
/// </summary>
public static class ReaderDates
{
    public static string ToReaderDate(this DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string ToReaderDate(this DateTime date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string ToReaderDate(this DateTimeOffset date) => date.UtcDateTime.ToReaderDate();

    /// <summary>A moment stored in UTC: date, time and "UTC".</summary>
    public static string ToReaderMoment(this DateTime utc) => utc.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " UTC";

    public static string ToReaderMoment(this DateTimeOffset moment) => moment.UtcDateTime.ToReaderMoment();
}
