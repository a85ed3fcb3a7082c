using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ModularReports.BuildingBlocks.Web;

public static class WebRegistration
{
    /// <summary>RFC 7807 for every error: thrown exceptions, and bare status codes such as 404 or 405.</summary>
    public static IServiceCollection AddModularProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
            context.ProblemDetails.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // A request that cannot be bound is thrown, so that its problem names the field (otherwise: a bare 400).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, HttpCurrentUser>();
        services.TryAddScoped<PublicUrls>();
        services.TryAddSingleton<MessageCatalog>();
        return services;
    }
}
