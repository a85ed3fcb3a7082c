using MassTransit;
using Mediator;
using NetArchTest.Rules;

namespace ModularReports.ArchitectureTests;

public sealed class VisibilityTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<>), typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<>),
        typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IStreamQueryHandler<,>),
        typeof(IStreamCommandHandler<,>), typeof(IStreamRequestHandler<,>), typeof(IConsumer<>),
    ];

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Handlers_and_consumers_are_not_public(string module)
    {
        var handlers = Modules.Implementation(module).GetTypes().Where(IsHandler).ToList();

        var result = Types.InAssembly(Modules.Implementation(module))
            .That().MeetCustomRule(new IsHandlerRule())
            .Should().NotBePublic()
            .GetResult();

        Assert.True(result.IsSuccessful, $"public handlers in {module}: {ModuleBoundaryTests.Failing(result)}");
        Assert.All(handlers, h => Assert.False(h.IsPublic || h.IsNestedPublic, h.FullName));
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void A_module_exposes_only_its_entry_point(string module)
    {
        var result = Types.InAssembly(Modules.Implementation(module))
            .That().ArePublic()
            .And().DoNotResideInNamespaceContaining(".Migrations") // EF Core generates migrations as public classes
            .Should().HaveName($"{module}Module")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{module} makes public more than {module}Module: {ModuleBoundaryTests.Failing(result)}");
    }

    private static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()));

    private sealed class IsHandlerRule : ICustomRule
    {
        public bool MeetsRule(Mono.Cecil.TypeDefinition type) =>
            type.HasInterfaces && type.Interfaces.Any(i =>
                HandlerInterfaces.Any(h => i.InterfaceType.GetElementType().FullName == h.FullName));
    }
}
