using NetArchTest.Rules;

namespace ModularReports.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void A_module_depends_on_no_other_modules_implementation(string module)
    {
        var others = Modules.Names.Where(m => m != module).SelectMany(Modules.ImplementationTypeNames).ToArray();

        var result = Types.InAssembly(Modules.Implementation(module)).ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, $"{module} uses another module's internals: {Failing(result)}");
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void A_module_references_other_modules_only_through_their_contracts(string module)
    {
        var forbidden = Modules.Names.Where(m => m != module).Select(m => $"ModularReports.{m}").ToHashSet();

        var referenced = Modules.Implementation(module).GetReferencedAssemblies().Select(a => a.Name!).Where(forbidden.Contains).ToList();

        Assert.True(referenced.Count == 0, $"{module} references {string.Join(", ", referenced)}; reference their .Contracts instead");
    }

    [Fact]
    public void Building_blocks_depend_on_no_module()
    {
        var modules = Modules.Names.Select(m => $"ModularReports.{m}").ToArray();

        foreach (var assembly in new[] { Modules.BuildingBlocks, Modules.BuildingBlocksAbstractions })
        {
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(modules).GetResult();
            Assert.True(result.IsSuccessful, $"{assembly.GetName().Name} depends on a module: {Failing(result)}");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Contracts_depend_on_nothing_but_the_building_block_abstractions(string module)
    {
        var contracts = Modules.Contracts(module);
        var allowed = new[] { "System", "ModularReports.BuildingBlocks.Abstractions", $"ModularReports.{module}.Contracts" };

        // Compiler-generated helpers (collection expressions) live in the global namespace; they are not the contract.
        var result = Types.InAssembly(contracts).That().DoNotHaveNameStartingWith("<").Should().OnlyHaveDependenciesOn(allowed).GetResult();
        var references = contracts.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n != "ModularReports.BuildingBlocks.Abstractions" && !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard")
            .ToList();

        Assert.True(result.IsSuccessful, $"{module}.Contracts depends on more than the abstractions: {Failing(result)}");
        Assert.True(references.Count == 0, $"{module}.Contracts references {string.Join(", ", references)}");
    }

    internal static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
