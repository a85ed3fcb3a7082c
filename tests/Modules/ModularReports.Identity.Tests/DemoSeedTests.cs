using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Identity.Contracts;

namespace ModularReports.Identity.Tests;

public sealed class DemoSeedTests
{
    [Fact]
    public async Task With_demo_seeding_off_no_account_exists_but_reference_data_does()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        var client = host.CreateClient();

        var token = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Admin, password = DemoUsers.Password });
        var resolutions = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/resolutions");
        await using var scope = host.Services.CreateAsyncScope();
        var admins = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().InRoleAsync(Roles.Admin, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        Assert.Empty(admins);
        Assert.Equal(6, resolutions.GetProperty("total").GetInt32());
    }
}
