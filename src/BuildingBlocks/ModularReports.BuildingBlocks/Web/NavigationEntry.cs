namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// A link a module contributes to the site navigation. The label is a key of the module's own resources
/// (<paramref name="ResourceType"/>), so it shows in the visitor's language; <paramref name="Policy"/> names the
/// authorization policy (a role) that must hold, null for everyone signed in, <see cref="Public"/> for everyone.
/// </summary>
public sealed record NavigationEntry(string Href, Type ResourceType, string LabelKey, string? Policy, int Order)
{
    public const string Public = "public";
}
