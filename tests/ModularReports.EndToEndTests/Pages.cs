using Microsoft.Playwright;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>What a person does on the pages, in the words of the pages.</summary>
internal static class Pages
{
    public static async Task<IPage> OpenAsync(this IBrowser browser, HostFactory host, string path = "/", string locale = "en-GB")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.ServerAddress!.ToString(), Locale = locale });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public static async Task SignInAsync(this IPage page, string email, string password = DemoUsers.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Does something the page asks to confirm (a decision, a publication), confirms it, and answers what was asked.</summary>
    public static async Task<string> ConfirmingAsync(this IPage page, Func<Task> act)
    {
        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        async void Accept(object? sender, IDialog dialog)
        {
            asked.TrySetResult(dialog.Message);
            await dialog.AcceptAsync();
        }

        page.Dialog += Accept;
        try
        {
            await act();
            return await asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            page.Dialog -= Accept;
        }
    }

    public static ILocator MainNavigation(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
}
