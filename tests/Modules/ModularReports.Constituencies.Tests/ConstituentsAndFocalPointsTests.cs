using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Constituencies.Contracts;
using ModularReports.HostTesting;
using ModularReports.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ModularReports.Constituencies.Tests;

public sealed class ConstituentsAndFocalPointsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admins_create_edit_and_archive_constituents_and_a_stale_edit_is_refused(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);

        var incomplete = await admin.PostAsJsonAsync("/api/admin/constituents", new { type = "Member", name = "Fundación Vida Silvestre" });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = (await incomplete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("countryCode", out _));
        Assert.True(errors.TryGetProperty("membershipCategory", out _));

        var created = await admin.PostAsJsonAsync("/api/admin/constituents", new
        {
            type = "Member", name = "Fundación Vida Silvestre", acronym = "", countryCode = "ar", region = "Meso and South America", membershipCategory = "b",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var member = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Fundación Vida Silvestre / Argentina", member.GetProperty("displayName").GetString());
        var id = member.GetProperty("id").GetGuid();
        var version = member.GetProperty("version").GetInt32();

        var first = await admin.PutAsJsonAsync($"/api/admin/constituents/{id}", new
        {
            type = "Member", name = "Fundación Vida Silvestre Argentina", acronym = "FVSA", countryCode = "AR", region = "Meso and South America", membershipCategory = "B", version,
        });
        var stale = await admin.PutAsJsonAsync($"/api/admin/constituents/{id}", new
        {
            type = "Member", name = "Overwritten", countryCode = "AR", membershipCategory = "B", version,
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Fundación Vida Silvestre Argentina ( FVSA ) / Argentina", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        (await admin.PostAsync($"/api/admin/constituents/{id}/archive", null)).EnsureSuccessStatusCode();
        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IConstituentDirectory>();
        Assert.Empty(await directory.SearchAsync("Vida Silvestre", null, 10, CancellationToken.None));
        Assert.True((await directory.FindAsync(id, CancellationToken.None))!.IsArchived);
    }

    [Fact]
    public async Task A_commission_sub_unit_names_its_parent_commission()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var ssc = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=SSC&type=Commission")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var reporterParent = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?type=Member")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var group = await admin.PostAsJsonAsync("/api/admin/constituents", new { type = "Commission", name = "SSC Cat Specialist Group", parentId = ssc });
        var wrongParent = await admin.PostAsJsonAsync("/api/admin/constituents", new { type = "Commission", name = "Orphan Group", parentId = reporterParent });

        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        Assert.Equal(ssc, (await group.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parentId").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, wrongParent.StatusCode);
        Assert.True((await wrongParent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("parentId", out _));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Focal_points_are_assigned_to_resolutions_and_the_assignment_is_what_other_modules_see(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        Guid UserId(string email) => users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();
        var res108 = (await admin.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-108")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var wcel = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=WCEL")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var member = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?type=Member")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var path = $"/api/admin/resolutions/{res108}/focal-points";

        var notAFocalPoint = await admin.PostAsJsonAsync(path, new { userId = UserId(DemoUsers.Reporter), constituentId = wcel });
        var memberBody = await admin.PostAsJsonAsync(path, new { userId = UserId(DemoUsers.FocalPoint), constituentId = member });
        var assigned = await admin.PostAsJsonAsync(path, new { userId = UserId(DemoUsers.FocalPoint), constituentId = wcel });
        var twice = await admin.PostAsJsonAsync(path, new { userId = UserId(DemoUsers.FocalPoint), constituentId = wcel });

        Assert.Equal(HttpStatusCode.BadRequest, notAFocalPoint.StatusCode);
        Assert.True((await notAFocalPoint.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("userId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, memberBody.StatusCode);
        Assert.True((await memberBody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("constituentId", out _));
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var list = await admin.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("Fatou Focal Point", list[0].GetProperty("userName").GetString());
        Assert.Equal("IUCN World Commission on Environmental Law 2021-2025 (WCEL)", list[0].GetProperty("constituentName").GetString());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var focalPoints = scope.ServiceProvider.GetRequiredService<IFocalPointDirectory>();
            Assert.True(await focalPoints.IsFocalPointAsync(UserId(DemoUsers.FocalPoint), res108, CancellationToken.None));
            Assert.False(await focalPoints.IsFocalPointAsync(UserId(DemoUsers.Reporter), res108, CancellationToken.None));
            // The demo focal point already had two resolutions (054 and 122).
            Assert.Equal(3, (await focalPoints.ResolutionsOfAsync(UserId(DemoUsers.FocalPoint), CancellationToken.None)).Count);
        }

        var focalPointId = list[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{path}/{focalPointId}")).StatusCode);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>(path)).GetArrayLength());
    }

    [Fact]
    public async Task A_user_is_linked_to_the_organisation_they_report_for_and_a_bad_link_is_refused()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var reporterId = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?q=reporter")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var kws = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=KWS")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var demoLink = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{reporterId}");
        var unknown = await admin.PutAsJsonAsync($"/api/admin/users/{reporterId}/constituent", new { constituentId = Guid.NewGuid() });
        var linked = await admin.PutAsJsonAsync($"/api/admin/users/{reporterId}/constituent", new { constituentId = kws });
        var details = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{reporterId}");

        Assert.Equal("National Whistleblower Center ( NWC ) / United States of America", demoLink.GetProperty("constituentName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("constituentId", out _));
        Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        Assert.Equal("Kenya Wildlife Service ( KWS ) / Kenya", details.GetProperty("constituentName").GetString());
        Assert.Equal("ConstituentChanged", details.GetProperty("history")[0].GetProperty("action").GetString());
    }
}
