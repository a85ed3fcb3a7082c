using Mono.Cecil;
using NetArchTest.Rules;
using Mono.Cecil.Cil;

namespace ModularReports.ArchitectureTests;

/// <summary>
/// Persistence mechanics stay in each module's Data/ folder: a use case never chooses an untracked save (which writes
/// only the columns it is told) or compiles a query itself.
/// </summary>
public sealed class PersistenceTests
{
    /// <summary>The untracked save, our compiled-query wrapper, and EF Core's own ways to compile a query.</summary>
    private static readonly string[] DataOnly = ["SaveUntrackedAsync", "CompiledQuery`3", "CompileAsyncQuery", "CompileQuery"];

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Untracked_saves_and_compiled_queries_are_used_only_in_Data(string module)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(Modules.Implementation(module).Location);
        var offenders = new List<string>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType; // lambdas and async state machines are nested in the type that wrote them
            }

            if (outer.Namespace.Split('.').Contains("Data"))
            {
                continue;
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                offenders.AddRange(method.Body.Instructions.Where(Uses).Select(_ => $"{outer.FullName}.{method.Name}"));
            }
        }

        Assert.True(offenders.Count == 0, $"outside Data/: {string.Join(", ", offenders.Distinct())}");
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void The_domain_knows_nothing_of_persistence_or_use_cases(string module)
    {
        var result = Types.InAssembly(Modules.Implementation(module))
            .That().ResideInNamespace($"ModularReports.{module}.Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", $"ModularReports.{module}.Data", $"ModularReports.{module}.Features")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{module}'s domain depends on persistence or features: {ModuleBoundaryTests.Failing(result)}");
    }

    private static bool Uses(Instruction instruction) => instruction.Operand switch
    {
        MethodReference method => DataOnly.Contains(method.Name) || DataOnly.Contains(method.DeclaringType.GetElementType().Name),
        TypeReference type => DataOnly.Contains(type.GetElementType().Name),
        FieldReference field => DataOnly.Contains(field.FieldType.GetElementType().Name),
        _ => false,
    };
}
