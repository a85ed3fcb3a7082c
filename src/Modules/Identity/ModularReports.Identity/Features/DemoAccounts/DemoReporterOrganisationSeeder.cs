using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Constituencies.Contracts;

namespace ModularReports.Identity.Features.DemoAccounts;

/// <summary>The demo reporter reports for a demo Member (seeded by the Constituencies module before this runs).</summary>
internal sealed class DemoReporterOrganisationSeeder(UserManager<User> users, IConstituentDirectory constituents) : IDemoDataSeeder
{
    public const string Organisation = "National Whistleblower Center";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var reporter = await users.FindByEmailAsync("reporter@demo.local");
        if (reporter is null || reporter.ConstituentId is not null)
        {
            return;
        }

        var member = (await constituents.SearchAsync(Organisation, ["Member"], 1, cancellationToken)).FirstOrDefault();
        if (member is not null)
        {
            reporter.ConstituentId = member.Id;
            await users.UpdateAsync(reporter);
        }
    }
}
