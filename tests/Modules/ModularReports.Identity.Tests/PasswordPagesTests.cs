using System.Net;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Identity.Tests;

/// <summary>The forgot/reset pages as a browser without JavaScript uses them (forms, redirects, antiforgery).</summary>
public sealed class PasswordPagesTests
{
    [Fact]
    public async Task Forgot_password_then_the_emailed_link_then_a_new_password_then_sign_in()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var browser = await host.BrowserClientAsync();

        var asked = await browser.PostFormAsync("/account/forgot-password", new() { ["Input.Email"] = DemoUsers.Reporter });
        Assert.Contains("a link to choose a new password is on its way", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (link, userId, token) = Mailbox.LinkIn(await Mailbox.WaitForMessageToAsync(host.MailFolder, DemoUsers.Reporter));
        var pagePath = link.PathAndQuery;
        var fields = new Dictionary<string, string>
        {
            ["Input.UserId"] = userId.ToString(), ["Input.Token"] = token,
            ["Input.NewPassword"] = "tortues marines de Méditerranée", ["Input.ConfirmPassword"] = "tortues marines de Mediterranee",
        };
        var mismatch = await browser.PostFormAsync("/account/reset-password", fields, pagePath);
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("The two passwords differ.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["Input.ConfirmPassword"] = fields["Input.NewPassword"];
        var reset = await browser.PostFormAsync("/account/reset-password", fields, pagePath);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/sign-in?notice=password-reset", reset.Headers.Location!.OriginalString);
        var notice = await browser.GetStringAsync(reset.Headers.Location);
        Assert.Contains("Your password has been changed. You can sign in now.", notice, StringComparison.Ordinal);

        var reused = await browser.PostFormAsync("/account/reset-password", fields, pagePath);
        Assert.Contains("This link is not valid", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await host.BrowserClientAsync(DemoUsers.Reporter, "tortues marines de Méditerranée");
    }
}
