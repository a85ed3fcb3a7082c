using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.Identity.Infrastructure;

/// <summary>
/// Refuses passwords that are easy to guess, however long (NIST SP 800-63B: check against lists of common and breached
/// passwords instead of composition rules). zxcvbn estimates the guesses an attacker needs, with its bundled lists of the
/// most common passwords, words and names, keyboard patterns, sequences, dates and repeats; the person's own e-mail
/// address and name count as words an attacker knows, and so does the published demo password outside the demo.
/// </summary>
internal sealed class PasswordStrength(IConfiguration configuration, IStringLocalizer<IdentityText> text) : IPasswordValidator<User>
{
    /// <summary>zxcvbn's "safely unguessable": about 10^10 guesses, far beyond what sign-in throttling lets anyone try.</summary>
    public const int MinimumScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success); // the length rule speaks for an empty one
        }

        var known = KnownWords(user).ToList();
        if (known.Any(word => word.Length >= 4 && password.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordContainsPersonalData", Description = text["Password_Personal"].Value,
            }));
        }

        return Task.FromResult(Zxcvbn.Zxcvbn.MatchPassword(password, known).Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon", Description = text["Password_TooCommon"].Value,
            }));
    }

    private IEnumerable<string> KnownWords(User user)
    {
        if (user.Email is { Length: > 0 } email)
        {
            yield return email;
            yield return email.Split('@')[0];
        }

        foreach (var part in (user.DisplayName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part;
        }

        if (!DemoData.IsEnabled(configuration) && configuration["Demo:Password"] is { Length: > 0 } demo)
        {
            yield return demo;
        }
    }
}
