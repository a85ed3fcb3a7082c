namespace ModularReports.BuildingBlocks.Web;

/// <summary>What the request names does not exist (or the caller may not know it does): a 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
