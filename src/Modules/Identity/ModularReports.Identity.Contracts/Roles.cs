namespace ModularReports.Identity.Contracts;

/// <summary>The roles a person may hold (several at once). Authorization policies carry the same names.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string FocalPoint = "FocalPoint";
    public const string Reporter = "Reporter";

    public static IReadOnlyList<string> All { get; } = [Admin, FocalPoint, Reporter];
}
