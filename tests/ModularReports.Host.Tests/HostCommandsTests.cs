using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.Host.Tests.Recovery;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Host.Tests;

/// <summary>Commands an operator runs on a node's command line, against the host process as it is deployed.</summary>
public sealed class HostCommandsTests
{
    [Fact]
    public async Task The_first_admin_of_a_deployment_is_invited_from_the_command_line_and_gets_the_invitation_by_email()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modularreports-tests", "commands-" + Guid.NewGuid().ToString("N"));
        var mail = Path.Combine(folder, "mail");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "app.db")}",
            ["Demo:Seed"] = "true", // the demo admin reads the result back
            ["App:PublicUrl"] = "https://reports.example.org",
            ["Mail:PickupDirectory"] = mail,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var log = Path.Combine(folder, "commands.log");
        // A command mistyped is refused before anything is done to the database.
        Assert.Equal(2, await HostProcess.RunCommandAsync(settings, folder, log, "invite-admn", "first.admin@example.org", "Ada"));
        Assert.False(File.Exists(Path.Combine(folder, "app.db")));
        Assert.Equal(0, await HostProcess.RunCommandAsync(settings, folder, log, "migrate"));

        Assert.Equal(1, await HostProcess.RunCommandAsync(settings, folder, log, "invite-admin", "not an address", "Ada"));
        Assert.Contains("Email:", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.Equal(2, await HostProcess.RunCommandAsync(settings, folder, log, "invite-admin"));
        Assert.Equal(0, await HostProcess.RunCommandAsync(settings, folder, log, "invite-admin", "first.admin@example.org", "Ada Lovelace", "fr"));

        await using var node = await HostProcess.StartAsync(settings, folder, Path.Combine(folder, "node.log"));
        using var admin = await ReviewWorkload.SignInAsync(node, DemoUsers.Admin);
        var found = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?q=first.admin@example.org")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(["Admin"], found.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(
            await Eventually.HoldsAsync(
                () => Task.FromResult(Directory.Exists(mail) && Directory.GetFiles(mail, "*.eml").Any(f => File.ReadAllText(f).Contains("first.admin@example.org", StringComparison.Ordinal))),
                TimeSpan.FromSeconds(30)),
            "no invitation e-mail was written");
    }
}
