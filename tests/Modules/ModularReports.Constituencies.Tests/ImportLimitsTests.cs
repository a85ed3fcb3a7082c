using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using MiniExcelLibs;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Constituencies.Tests;

/// <summary>A small upload that unpacks to something huge fails with a clear message, without taking the server's memory.</summary>
public sealed class ImportLimitsTests
{
    [Fact]
    public async Task A_spreadsheet_that_unpacks_beyond_the_limit_is_refused_while_it_is_read()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        // A valid workbook with one more part of 51 MB of the same letter: a few hundred kilobytes uploaded.
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[] { new Dictionary<string, object> { ["name"] = "Alpha" } }, excelType: ExcelType.XLSX);
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true))
        {
            await using var part = zip.CreateEntry("xl/padding.xml", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 51; i++)
            {
                await part.WriteAsync(chunk);
            }
        }

        var upload = workbook.ToArray();
        Assert.True(upload.Length < 2 * 1024 * 1024, $"{upload.Length} bytes uploaded");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var job = await admin.ImportAsync("members", "members.xlsx", upload);

        Assert.Equal("Failed", job.GetProperty("status").GetString());
        Assert.Contains("unpacks to more than 50 MB", job.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 64 * 1024 * 1024, "the unpacked parts were kept in memory");
    }

    [Fact]
    public async Task A_cell_longer_than_Excel_allows_is_refused_with_its_line_and_column()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(
            new[]
            {
                new Dictionary<string, object> { ["name"] = "Alpha", ["acronym"] = "A" },
                new Dictionary<string, object> { ["name"] = new string('x', 40_000), ["acronym"] = "B" },
            },
            excelType: ExcelType.XLSX);

        var job = await admin.ImportAsync("members", "members.xlsx", workbook.ToArray());

        Assert.Equal("Failed", job.GetProperty("status").GetString());
        Assert.Equal("Line 3, column 'name': a cell holds more than 32,767 characters.", job.GetProperty("failure").GetString());
    }
}
