using Microsoft.Extensions.Configuration;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.DemoAccounts;

/// <summary>One account per role on the embedded default, with the password from <c>Demo:Password</c>.</summary>
internal sealed class DemoAccountsSeeder(UserManager<User> users, IConfiguration configuration, TimeProvider clock) : IDemoDataSeeder
{
    public static readonly (string Email, string Name, string Role)[] Accounts =
    [
        ("admin@demo.local", "Ada Admin", Roles.Admin),
        ("focal.point@demo.local", "Fatou Focal Point", Roles.FocalPoint),
        ("reporter@demo.local", "Rafael Reporter", Roles.Reporter),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = configuration["Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Demo:Password must be set when demo seeding is on.");
        }

        foreach (var (email, name, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new User
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            (await users.CreateAsync(user, password)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
        }
    }
}
