namespace ModularReports.Identity.Domain;

/// <summary>A person who signs in: reporter, focal point, admin (or several of these).</summary>
internal sealed class User : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    public required string DisplayName { get; set; }

    /// <summary>"en", "fr" or "es": pages and messages use it.</summary>
    public string PreferredLanguage { get; set; } = SupportedLanguages.Default;

    /// <summary>The organisation the user reports for, by id in the Constituencies module.</summary>
    public Guid? ConstituentId { get; set; }

    /// <summary>A deactivated user cannot sign in or get tokens; their history stays.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}

internal sealed class Role : IdentityRole<Guid>;
