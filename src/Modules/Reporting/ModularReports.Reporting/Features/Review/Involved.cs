using FluentValidation.Results;

namespace ModularReports.Reporting.Features.Review;

/// <summary>The IUCN Members and Commissions a report says it worked with must be just that, found in the catalogue.</summary>
internal static class Involved
{
    public static async Task<List<ValidationFailure>> CheckAsync(
        IConstituentDirectory constituents, IReadOnlyList<Guid> memberIds, IReadOnlyList<Guid> commissionIds, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var found = await constituents.FindManyAsync(memberIds.Concat(commissionIds).Distinct().ToList(), cancellationToken);
        for (var i = 0; i < memberIds.Count; i++)
        {
            if (!found.TryGetValue(memberIds[i], out var c) || c.Type != "Member")
            {
                failures.Add(new ValidationFailure($"memberIds[{i}]", "Not an IUCN Member."));
            }
        }

        for (var i = 0; i < commissionIds.Count; i++)
        {
            if (!found.TryGetValue(commissionIds[i], out var c) || c.Type != "Commission")
            {
                failures.Add(new ValidationFailure($"commissionIds[{i}]", "Not an IUCN Commission."));
            }
        }

        return failures;
    }
}
