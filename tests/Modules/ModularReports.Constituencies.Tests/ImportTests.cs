using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Constituencies.Tests;

public sealed class ImportTests
{
    private static readonly string Header = "code,congress,type,number,title,title_fr,title_es,motion_number";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_with_a_bad_row_imports_nothing_until_fixed_and_importing_it_again_changes_nothing(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var bad = Imports.Csv(
            Header,
            "WCC-2020-Res-001,WCC 2020,Resolution,1,Strengthening the IUCN Secretariat,Renforcer le Secrétariat de l'UICN,Fortalecer la Secretaría de la UICN,",
            "WCC-2020-Res-002,WCC 2020,Resolution,two,Protecting pollinators,,,",
            "WCC-2020-Rec-003,WCC 2020,Recommendation,3,Conservação da Mata Atlântica,,Conservación del Bosque Atlántico,12");

        var rejected = await admin.ImportAsync("resolutions", "catalogue.csv", bad);

        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal([(3, "number", "The number must be a whole number above zero.")], rejected.Errors());
        Assert.Equal(6, await TotalAsync(admin));

        var fixedFile = Imports.Csv(
            Header,
            "WCC-2020-Res-001,WCC 2020,Resolution,1,Strengthening the IUCN Secretariat,Renforcer le Secrétariat de l'UICN,Fortalecer la Secretaría de la UICN,",
            "WCC-2020-Res-002,WCC 2020,Resolution,2,Protecting pollinators,,,",
            "WCC-2020-Rec-003,WCC 2020,Recommendation,3,Conservação da Mata Atlântica,,Conservación del Bosque Atlántico,12",
            "WCC-2020-Res-054,WCC 2020,Resolution,54,Engaging the private sector to combat wildlife trafficking,,,65");
        var imported = await admin.ImportAsync("resolutions", "catalogue.csv", fixedFile);
        var again = await admin.ImportAsync("resolutions", "catalogue.csv", fixedFile);

        Assert.Equal("Completed", imported.GetProperty("status").GetString());
        Assert.Equal((3, 0, 1), imported.Counts());
        Assert.Equal((0, 0, 4), again.Counts());
        Assert.Equal(9, await TotalAsync(admin));
        var rec = (await admin.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Rec-003")).GetProperty("items")[0];
        Assert.Equal("WCC 2020 Rec 003", rec.GetProperty("code").GetString());
        Assert.Equal("Conservação da Mata Atlântica", rec.GetProperty("title").GetString());
        Assert.Equal("Conservación del Bosque Atlántico", rec.GetProperty("titleEs").GetString());
        var res001 = (await admin.GetFromJsonAsync<JsonElement>("/api/resolutions?q=Secrétariat")).GetProperty("items")[0];
        Assert.Equal("Renforcer le Secrétariat de l'UICN", res001.GetProperty("titleFr").GetString());
    }

    [Fact]
    public async Task The_admin_may_import_the_valid_rows_and_every_problem_is_named_by_line_and_column()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var file = Imports.Csv(
            Header,
            "WCC-2020-Res-010,WCC 2020,Resolution,10,Valid one,,,",
            "WCC-2016-Res-011,WCC 2016,Resolution,11,Unknown congress,,,",
            "WCC-2020-Res-099,WCC 2020,Resolution,12,Code does not match,,,",
            "WCC-2020-Res-010,WCC 2020,Resolution,10,Duplicate of line 2,,,",
            ",WCC 2020,Motion,13,,,,x");

        var job = await admin.ImportAsync("resolutions", "mixed.csv", file, importValidRows: true);

        Assert.Equal("Completed", job.GetProperty("status").GetString());
        Assert.Equal((1, 0, 0), job.Counts());
        var errors = job.Errors().Select(e => (e.Line, e.Column)).ToList();
        Assert.Equal([(3, "congress"), (4, "code"), (5, "code"), (6, "type"), (6, "title"), (6, "motion_number")], errors);
    }

    [Fact]
    public async Task A_resolution_imports_with_its_summary_and_the_address_of_its_official_text()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        const string header = "congress,type,number,title,summary,document_url";
        var file = Imports.Csv(
            header,
            "WCC 2020,Resolution,20,Marine protected areas,\"Calls on States to protect 30 % of the ocean, in consultation with Indigenous peoples.\",https://portals.iucn.org/library/",
            "WCC 2020,Resolution,21,Bad address,Fine summary.,javascript:alert(1)",
            "WCC 2020,Resolution,22,Not an address,,iucn.org/resolutions");

        var job = await admin.ImportAsync("resolutions", "texts.csv", file, importValidRows: true);

        Assert.Equal([(3, "document_url"), (4, "document_url")], job.Errors().Select(e => (e.Line, e.Column)));
        var id = (await admin.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-020")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var resolution = await admin.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}");
        Assert.Equal("Calls on States to protect 30 % of the ocean, in consultation with Indigenous peoples.", resolution.GetProperty("summary").GetString());
        Assert.Equal("https://portals.iucn.org/library/", resolution.GetProperty("documentUrl").GetString());
        var page = await host.CreateClient().GetStringAsync($"/resolutions/{id}");
        Assert.Contains("in consultation with Indigenous peoples.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portals.iucn.org/library/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_import_from_Excel_with_their_display_format_and_unknown_countries_are_refused()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var rows = new[]
        {
            new Dictionary<string, object?> { ["name"] = "Société Française pour l'Étude et la Protection des Mammifères", ["acronym"] = "SFEPM", ["country"] = "FR", ["region"] = "West Europe", ["category"] = "B" },
            new Dictionary<string, object?> { ["name"] = "Instituto Humboldt", ["acronym"] = null, ["country"] = "CO", ["region"] = "Meso and South America", ["category"] = "A" },
            new Dictionary<string, object?> { ["name"] = "Atlantis Trust", ["acronym"] = "AT", ["country"] = "XX", ["region"] = "Oceania", ["category"] = "E" },
        };
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(rows, excelType: ExcelType.XLSX);

        var rejected = await admin.ImportAsync("members", "members.xlsx", xlsx.ToArray());
        var imported = await admin.ImportAsync("members", "members.xlsx", xlsx.ToArray(), importValidRows: true);

        Assert.Equal([(4, "country"), (4, "category")], rejected.Errors().Select(e => (e.Line, e.Column)));
        Assert.Equal((2, 0, 0), imported.Counts());
        var members = await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?type=Member&pageSize=100");
        var names = members.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("displayName").GetString()).ToList();
        Assert.Contains("Société Française pour l'Étude et la Protection des Mammifères ( SFEPM ) / France", names);
        Assert.Contains("Instituto Humboldt / Colombia", names);
        Assert.Contains("National Whistleblower Center ( NWC ) / United States of America", names);
        Assert.DoesNotContain(names, n => n!.Contains("( )", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_import_has_a_template_with_its_allowed_values_that_imports_as_it_is()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.BrowserClientAsync(DemoUsers.Admin);
        var api = await host.ApiClientAsync(DemoUsers.Admin);

        foreach (var kind in new[] { "members", "resolutions" })
        {
            var response = await admin.GetAsync($"/admin/imports?handler=Template&kind={kind}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var template = await response.Content.ReadAsByteArrayAsync();
            using var file = new MemoryStream(template);
            Assert.Equal([kind, "allowed values"], file.GetSheetNames());
            var allowed = file.Query(useHeaderRow: true, sheetName: "allowed values").Cast<IDictionary<string, object>>()
                .Select(r => $"{r["column"]}={r["value"]}").ToList();
            Assert.Contains(kind == "members" ? "country=KE" : "congress=WCC 2020", allowed);
            Assert.Contains(kind == "members" ? "category=D" : "type=Recommendation", allowed);

            // The example row is valid as it stands.
            var imported = await api.ImportAsync(kind, $"{kind}.xlsx", template);
            Assert.Equal("Completed", imported.GetProperty("status").GetString());
        }

        var unknown = await admin.GetAsync("/admin/imports?handler=Template&kind=poems");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_or_not_a_table_fails_with_a_reason()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var latin1 = System.Text.Encoding.Latin1.GetBytes("congress,type,number,title\nWCC 2020,Resolution,1,Société\n");

        var job = await admin.ImportAsync("resolutions", "latin1.csv", latin1);
        var wrongType = await admin.PostAsync("/api/admin/imports", new MultipartFormDataContent
        {
            { new StringContent("resolutions"), "kind" },
            { new ByteArrayContent([1, 2, 3]), "file", "catalogue.pdf" },
        });

        Assert.Equal("Failed", job.GetProperty("status").GetString());
        Assert.Contains("UTF-8", job.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await wrongType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/resolutions")).GetProperty("total").GetInt32();
}
