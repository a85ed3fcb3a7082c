namespace ModularReports.HostTesting;

/// <summary>The demo accounts the host seeds on SQLite (and in tests, where seeding is switched on).</summary>
public static class DemoUsers
{
    public const string Password = "Conserve-Nature-2026";
    public const string Admin = "admin@demo.local";
    public const string FocalPoint = "focal.point@demo.local";
    public const string Reporter = "reporter@demo.local";

    public static readonly IReadOnlyDictionary<string, string> ByRole = new Dictionary<string, string>
    {
        ["Admin"] = Admin,
        ["FocalPoint"] = FocalPoint,
        ["Reporter"] = Reporter,
    };
}
