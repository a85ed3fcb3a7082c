namespace ModularReports.Identity.Domain;

/// <summary>The languages IUCN works in; every page and message exists in each.</summary>
internal static class Languages
{
    public const string Default = "en";

    public static readonly string[] Supported = ["en", "fr", "es"];

    public static bool IsSupported(string? code) => code is not null && Supported.Contains(code);
}
