using FluentValidation;
using ModularReports.Notifications.Data;

namespace ModularReports.Notifications.Features.Preferences;

/// <param name="EmailMode"><c>immediate</c> or <c>dailyDigest</c>.</param>
internal sealed record PreferencesView(string EmailMode);

internal sealed record GetPreferences : IQuery<PreferencesView>;

internal sealed record SavePreferences(string? EmailMode) : ICommand<PreferencesView>;

internal static class EmailModes
{
    public const string Immediate = "immediate";
    public const string DailyDigest = "dailyDigest";

    public static string Name(EmailMode mode) => mode == Domain.EmailMode.DailyDigest ? DailyDigest : Immediate;

    public static EmailMode? Parse(string? name) => name switch
    {
        Immediate => Domain.EmailMode.Immediate,
        DailyDigest => Domain.EmailMode.DailyDigest,
        _ => null,
    };
}

internal sealed class SavePreferencesValidator : AbstractValidator<SavePreferences>
{
    public SavePreferencesValidator() =>
        RuleFor(p => p.EmailMode).Must(m => EmailModes.Parse(m) is not null)
            .WithMessage($"Choose '{EmailModes.Immediate}' or '{EmailModes.DailyDigest}'.");
}

internal sealed class PreferencesHandlers(NotificationsDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetPreferences, PreferencesView>, ICommandHandler<SavePreferences, PreferencesView>
{
    public async ValueTask<PreferencesView> Handle(GetPreferences query, CancellationToken cancellationToken)
    {
        var me = Me();
        var mode = await db.Preferences.Where(p => p.UserId == me).Select(p => (EmailMode?)p.EmailMode).SingleOrDefaultAsync(cancellationToken);
        return new PreferencesView(EmailModes.Name(mode ?? EmailMode.Immediate));
    }

    public async ValueTask<PreferencesView> Handle(SavePreferences command, CancellationToken cancellationToken)
    {
        var me = Me();
        var preference = await db.Preferences.SingleOrDefaultAsync(p => p.UserId == me, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference { UserId = me };
            db.Preferences.Add(preference);
        }

        // Switching back to immediate e-mail leaves what already waits for the digest in it (sent with the next one).
        preference.EmailMode = EmailModes.Parse(command.EmailMode)!.Value;
        preference.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new PreferencesView(EmailModes.Name(preference.EmailMode));
    }

    private Guid Me() => user.UserId ?? throw new ForbiddenException("Sign in to choose how you receive e-mail.");
}
