namespace ModularReports.BuildingBlocks.Web;

/// <summary>The languages IUCN works in: every page, message and workflow label exists in each.</summary>
public static class SupportedLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "fr", "es"];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    /// <summary>The code itself when supported, else the default (e.g. a person's stored preference).</summary>
    public static string OrDefault(string? code) => IsSupported(code) ? code! : Default;
}
