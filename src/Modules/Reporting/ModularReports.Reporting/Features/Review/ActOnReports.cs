namespace ModularReports.Reporting.Features.Review;

/// <summary>What one action of a batch did to one report: done, or why not, in the reader's language.</summary>
internal sealed record BatchOutcome(Guid Id, bool Done, string? Refused);

/// <summary>
/// One action with one comment on several reports of a kind (a focal point accepting a batch of activity reports).
/// Each report is acted on alone, as if clicked: its own checks, its own transaction; one refusal stops nothing else.
/// </summary>
internal static class ActOnReports
{
    /// <summary>What a report changed by someone else at the same moment (after the pipeline's one retry) is refused with.</summary>
    public const string ChangedMeanwhile = "Someone else changed the report at the same moment.";

    /// <summary>A batch a reviewer can read through; more is a script's job, one report at a time.</summary>
    public const int MaxReports = 100;

    public static async Task<IReadOnlyList<BatchOutcome>> RunAsync(
        IMediator mediator, MessageCatalog catalog, string kind, IReadOnlyList<Guid> ids, string trigger, string? comment, CancellationToken cancellationToken)
    {
        if (ids.Count is 0 or > MaxReports)
        {
            throw new FluentValidation.ValidationException(
                [new FluentValidation.Results.ValidationFailure("Ids", $"Choose from 1 to {MaxReports} reports.")]);
        }

        var outcomes = new List<BatchOutcome>();
        foreach (var id in ids.Distinct())
        {
            try
            {
                await mediator.Send(new ActOnReport(kind, id, trigger, comment, WithReport: false), cancellationToken);
                outcomes.Add(new BatchOutcome(id, true, null));
            }
            catch (DbUpdateConcurrencyException)
            {
                outcomes.Add(new BatchOutcome(id, false, catalog.Say(ChangedMeanwhile)));
            }
            catch (Exception ex) when (ex is ConflictException or ForbiddenException or NotFoundException or FluentValidation.ValidationException)
            {
                outcomes.Add(new BatchOutcome(id, false, ex is FluentValidation.ValidationException invalid
                    ? string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage))
                    : ex.Message));
            }
        }

        return outcomes;
    }
}
