using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Constituencies.Tests;

public sealed class CatalogueTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_seeded_sample_is_public_sorted_by_code_and_found_by_either_code_spelling(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var anonymous = host.CreateClient();

        var all = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions");
        var hyphenated = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054");
        var spaced = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions?q=wcc 2020 res 54");
        var words = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions?q=wildlife");
        var paged = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions?congress=WCC 2020&type=Resolution&status=Active&page=2&pageSize=4");

        Assert.Equal(
            ["WCC 2020 Res 038", "WCC 2020 Res 040", "WCC 2020 Res 054", "WCC 2020 Res 108", "WCC 2020 Res 122", "WCC 2020 Res 123"],
            Codes(all));
        Assert.Equal(["WCC 2020 Res 054"], Codes(hyphenated));
        Assert.Equal(["WCC 2020 Res 054"], Codes(spaced));
        Assert.Equal(["WCC 2020 Res 040", "WCC 2020 Res 054"], Codes(words));
        Assert.Equal(6, paged.GetProperty("total").GetInt32());
        Assert.Equal(["WCC 2020 Res 122", "WCC 2020 Res 123"], Codes(paged));
        var r054 = hyphenated.GetProperty("items")[0];
        Assert.Equal(65, r054.GetProperty("motionNumber").GetInt32());
        Assert.Equal("Engaging the private sector to combat wildlife trafficking", r054.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("type=Motion", "type")]
    [InlineData("status=Closed", "status")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_filter_is_a_400_naming_it(string query, string field)
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await host.CreateClient().GetAsync($"/api/resolutions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_seven_Commissions_show_exactly_as_IUCN_names_them()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);

        var commissions = await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?type=Commission&pageSize=100");

        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(Path.Combine(AppContext.BaseDirectory, "commissions-2021-2025.csv"))
        {
            Delimiters = [","],
            HasFieldsEnclosedInQuotes = true,
        };
        var expected = new List<string>();
        parser.ReadFields(); // header
        while (!parser.EndOfData)
        {
            expected.Add(parser.ReadFields()![4]);
        }

        expected.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, commissions.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("displayName").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("IUCN World Commission on Environmental Law 2021-2025 (WCEL)", commissions.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("displayName").GetString()));
    }

    private static List<string?> Codes(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
}
