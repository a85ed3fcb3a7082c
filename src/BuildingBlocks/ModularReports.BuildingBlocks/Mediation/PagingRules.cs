using FluentValidation;

namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>The bounds every paged list shares, so that no page number overflows the offset it stands for.</summary>
public static class PagingRules
{
    public const int MaxPage = 10_000;

    public static IRuleBuilderOptions<T, int> ValidPage<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(1, MaxPage);
}
