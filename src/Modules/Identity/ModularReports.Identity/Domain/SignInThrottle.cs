namespace ModularReports.Identity.Domain;

/// <summary>
/// Failed sign-ins for one e-mail address from one client address, whether or not the address has an account (so that
/// the answers tell nothing about which do). After <see cref="SignInLimits.MaxFailedAttempts"/> failures in a row that
/// client is locked out of that account for a while, longer each time it happens again; the account stays open to
/// everyone else, so nobody can lock a person out by guessing at their address from elsewhere.
/// </summary>
internal sealed class SignInThrottle : ModularReports.BuildingBlocks.Persistence.IVersioned
{
    public const int AccountMaxLength = 256;
    public const int ClientMaxLength = 64;

    public required string Account { get; init; }

    public required string ClientAddress { get; init; }

    public int Failures { get; private set; }

    /// <summary>How many times this client was locked out of this account since its last success or quiet day.</summary>
    public int Lockouts { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public DateTime LastFailureAt { get; private set; }

    /// <summary>Two requests counting a failure at once: the second save sees the first's and counts again.</summary>
    public int Version { get; set; }

    public bool IsLockedOut(DateTime now) => LockedUntil > now;

    /// <summary>Counts a failure; returns true when it locks the client out (until <see cref="LockedUntil"/>).</summary>
    public bool Fail(DateTime now, SignInLimits limits)
    {
        if (now - LastFailureAt > limits.QuietPeriod)
        {
            (Failures, Lockouts) = (0, 0); // a day without failures: a fresh start
        }

        LastFailureAt = now;
        if (++Failures < limits.MaxFailedAttempts)
        {
            return false;
        }

        LockedUntil = now + limits.LockoutFor(Lockouts++);
        Failures = 0;
        return true;
    }
}

/// <summary>Bound from <c>Identity:Lockout</c>.</summary>
internal sealed class SignInLimits
{
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>The first lockout; each further one in a row lasts twice as long, up to <see cref="MaxDuration"/>.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failures older than this are forgotten.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan LockoutFor(int earlierLockouts) => ModularReports.BuildingBlocks.Hosting.Backoff.Doubling(Duration, MaxDuration, earlierLockouts + 1);
}
