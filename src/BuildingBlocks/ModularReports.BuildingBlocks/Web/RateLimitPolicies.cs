namespace ModularReports.BuildingBlocks.Web;

/// <summary>Rate-limit policies of expensive public endpoints, per client address; their limits are the host's settings.</summary>
public static class RateLimitPolicies
{
    /// <summary>Searches anyone may run (published reports, the catalogue).</summary>
    public const string PublicSearch = "public-search";

    /// <summary>Downloads of whole result sets (CSV).</summary>
    public const string PublicExport = "public-export";
}
