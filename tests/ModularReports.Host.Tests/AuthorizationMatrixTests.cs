using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Host.Tests;

/// <summary>
/// Every API endpoint the application maps (read from its endpoint data source, not a hand-kept list) states who
/// may call it; anonymous callers get 401 and signed-in callers outside its roles get 403. An endpoint that is
/// public on purpose says so with AllowAnonymous. A new endpoint without a rule fails this test.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Fact]
    public async Task Every_API_endpoint_has_a_rule_and_enforces_it()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var endpoints = ApiEndpoints(host.Services).ToList();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (role, email) in DemoUsers.ByRole)
        {
            clients[role] = await host.ApiClientAsync(email);
        }

        var anonymous = host.CreateClient();
        var failures = new List<string>();
        Assert.NotEmpty(endpoints);

        foreach (var endpoint in endpoints)
        {
            var label = $"{endpoint.Method} {endpoint.Pattern}";
            if (endpoint.IsPublic)
            {
                continue;
            }

            if (endpoint.AllowedRoles is null)
            {
                failures.Add($"{label}: no authorization rule (RequireAuthorization(policy) or AllowAnonymous)");
                continue;
            }

            var status = await SendAsync(anonymous, endpoint);
            if (status != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{label} anonymous: {(int)status}, expected 401");
            }

            foreach (var (role, client) in clients)
            {
                status = await SendAsync(client, endpoint);
                var allowed = endpoint.AllowedRoles.Count == 0 || endpoint.AllowedRoles.Contains(role);
                if (!allowed && status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{label} as {role}: {(int)status}, expected 403");
                }
                else if (allowed && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    failures.Add($"{label} as {role}: {(int)status}, but the role is allowed");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task The_matrix_sees_the_endpoints_of_every_module_that_has_an_API()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var patterns = ApiEndpoints(host.Services).Select(e => e.Pattern).ToList();

        Assert.Contains("/api/auth/token", patterns);
        Assert.Contains("/api/admin/users/{id:guid}/roles", patterns);
        Assert.Contains("/api/me/", patterns);
    }

    private sealed record ApiEndpoint(string Method, string Pattern, RoutePattern Route, bool IsPublic, IReadOnlySet<string>? AllowedRoles, bool TakesForm);

    private static IEnumerable<ApiEndpoint> ApiEndpoints(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var raw = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!raw.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            IReadOnlySet<string>? roles = authorize.Count == 0
                ? null
                : authorize.SelectMany(a => (a.Roles ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Append(a.Policy ?? string.Empty))
                    .Where(r => r.Length > 0).ToHashSet();
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                // An endpoint that accepts only forms is not even matched for a JSON body (415), so send it a form.
                var takesForm = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.Ordinal)) == true;
                yield return new ApiEndpoint(method, raw, endpoint.RoutePattern, isPublic, roles, takesForm);
            }
        }
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, ApiEndpoint endpoint)
    {
        var path = "/" + string.Join('/', endpoint.Route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => SampleValue(endpoint.Route, parameter),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => string.Empty,
        }))));
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = endpoint.TakesForm
                ? new MultipartFormDataContent { { new StringContent("x"), "field" } }
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string SampleValue(RoutePattern route, RoutePatternParameterPart parameter)
    {
        var constraints = route.ParameterPolicies.TryGetValue(parameter.Name, out var policies)
            ? policies.Select(p => p.Content ?? string.Empty).ToList()
            : [];
        return constraints.Contains("guid") ? Guid.NewGuid().ToString()
            : constraints.Contains("int") || constraints.Contains("long") ? "1"
            : "sample";
    }
}
