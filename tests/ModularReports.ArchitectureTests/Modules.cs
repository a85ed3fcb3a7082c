using System.Reflection;

namespace ModularReports.ArchitectureTests;

/// <summary>The solution's assemblies, found by name so that a new module only needs adding to <see cref="Names"/>.</summary>
internal static class Modules
{
    public static readonly string[] Names = ["Identity", "Constituencies", "Reporting", "Workflow", "Notifications"];

    public static Assembly BuildingBlocks => Assembly.Load("ModularReports.BuildingBlocks");

    public static Assembly BuildingBlocksAbstractions => Assembly.Load("ModularReports.BuildingBlocks.Abstractions");

    public static Assembly Implementation(string module) => Assembly.Load($"ModularReports.{module}");

    public static Assembly Contracts(string module) => Assembly.Load($"ModularReports.{module}.Contracts");

    public static TheoryData<string> All => new(Names);

    /// <summary>Every type name of a module's implementation: what no other module may depend on.</summary>
    public static string[] ImplementationTypeNames(string module) =>
        Implementation(module).GetTypes().Select(t => t.FullName!).Where(n => !n.Contains('<', StringComparison.Ordinal)).ToArray();
}
