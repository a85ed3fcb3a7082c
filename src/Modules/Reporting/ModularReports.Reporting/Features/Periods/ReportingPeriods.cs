using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Periods;

internal sealed record PeriodView(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, int RemindDaysBefore, int Version);

/// <summary>The reporting periods, latest first: public (the search filters by them).</summary>
internal sealed record ListPeriods : IQuery<IReadOnlyList<PeriodView>>;

/// <summary>An admin defines a period (e.g. a year) and the date its progress reports are due.</summary>
internal sealed record SavePeriod(Guid? Id, string Name, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, int? Version, int? RemindDaysBefore = null)
    : ICommand<PeriodView>;

internal sealed class SavePeriodValidator : AbstractValidator<SavePeriod>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public SavePeriodValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(100);
        // Reporting periods are of this era: a date far off is a typing slip, named on its own field.
        foreach (var date in new System.Linq.Expressions.Expression<Func<SavePeriod, DateOnly>>[] { p => p.StartsOn, p => p.EndsOn, p => p.DueOn })
        {
            RuleFor(date).InclusiveBetween(Earliest, Latest).WithMessage($"Use a date between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        }

        RuleFor(p => p.EndsOn).GreaterThan(p => p.StartsOn).WithMessage("The period ends after it starts.");
        RuleFor(p => p.DueOn).GreaterThanOrEqualTo(p => p.StartsOn).WithMessage("The due date is within or after the period.");
        RuleFor(p => p.RemindDaysBefore).InclusiveBetween(0, 365).WithMessage("Remind between 0 (never) and 365 days before the due date.");
        RuleFor(p => p.Version).NotNull().When(p => p.Id is not null).WithMessage("Send the version you edited.");
    }
}

internal sealed class ReportingPeriodHandlers(ReportingDbContext db) : IQueryHandler<ListPeriods, IReadOnlyList<PeriodView>>, ICommandHandler<SavePeriod, PeriodView>
{
    public async ValueTask<IReadOnlyList<PeriodView>> Handle(ListPeriods query, CancellationToken cancellationToken) =>
        await db.Periods.AsNoTracking().OrderByDescending(p => p.StartsOn)
            .Select(p => new PeriodView(p.Id, p.Name, p.StartsOn, p.EndsOn, p.DueOn, p.RemindDaysBefore, p.Version)).ToListAsync(cancellationToken);

    public async ValueTask<PeriodView> Handle(SavePeriod command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Periods.AnyAsync(p => p.Name == name && p.Id != command.Id, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("Name", $"A period named '{name}' exists already.")]);
        }

        ReportingPeriod period;
        if (command.Id is { } id)
        {
            period = await db.Periods.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException($"No reporting period {id}.");
            db.Entry(period).Property(p => p.Version).OriginalValue = command.Version!.Value;
        }
        else
        {
            period = new ReportingPeriod { Id = Guid.CreateVersion7(), Name = name };
            db.Periods.Add(period);
        }

        period.Name = name;
        period.StartsOn = command.StartsOn;
        period.EndsOn = command.EndsOn;
        var remindDays = command.RemindDaysBefore ?? period.RemindDaysBefore;
        if (period.DueOn != command.DueOn || period.RemindDaysBefore != remindDays)
        {
            period.DueReminderSentOn = null; // a new date or lead time gets its own reminder
        }

        period.DueOn = command.DueOn;
        period.RemindDaysBefore = remindDays;
        await db.SaveChangesAsync(cancellationToken);
        return new PeriodView(period.Id, period.Name, period.StartsOn, period.EndsOn, period.DueOn, period.RemindDaysBefore, period.Version);
    }
}
