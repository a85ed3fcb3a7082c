namespace ModularReports.Identity.Pages.Identity.Account;

/// <summary>The form of the reset and invitation pages: a new password, typed twice, and the link's token.</summary>
internal sealed class ChoosePasswordInput
{
    public Guid UserId { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}
