using FluentValidation.Results;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A partial update of a report of either kind (JSON merge patch: fields left out stay as they are) based on the
/// version the editor read (<c>If-Match</c>). A stale version is refused with 412 and the current version; nothing is
/// overwritten silently. Every bad field is named in the 400, and then nothing is saved.
/// </summary>
internal sealed record UpdateReport(string Kind, Guid Id, JsonElement Patch, int? IfMatch) : ICommand<IReportView>, IVersionCheckedCommand;

internal sealed class UpdateReportHandler(
    ReportLoader loader, ReportReview review, ReportStore store, ReportViews views, IConstituentDirectory constituents, TimeProvider clock)
    : ICommandHandler<UpdateReport, IReportView>
{
    public async ValueTask<IReportView> Handle(UpdateReport command, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync(command.Kind, command.Id, cancellationToken);
        await review.EnsureEditableAsync(report, relations, cancellationToken);
        MergePatch.CheckPrecondition(report, command.IfMatch);
        var carried = (report as ActivityReport)?.CarriedOverValues();
        var failures = ReportFields.Apply(report, command.Patch);
        failures.AddRange(await Involved.CheckAsync(constituents, report.MemberIds, report.CommissionIds, cancellationToken));
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        if (report is ActivityReport activity && carried is { Count: > 0 })
        {
            activity.KeepCarriedOverMarksOfUnchanged(carried);
        }

        report.Edited(clock.GetUtcNow().UtcDateTime);
        await store.SaveEditAsync(report, command.IfMatch!.Value, cancellationToken);
        return await views.ViewAsync(report, cancellationToken);
    }
}

/// <summary>Every field a merge patch may change, of both kinds of report, one line each.</summary>
internal static class ReportFields
{
    private static readonly string[] StatusCodes = ReportVocabulary.ImplementationStatuses.Select(s => s.Code).ToArray();

    public static List<ValidationFailure> Apply(ReviewedReport report, JsonElement patch)
    {
        var failures = new List<ValidationFailure>();
        if (patch.ValueKind != JsonValueKind.Object)
        {
            failures.Add(new ValidationFailure(string.Empty, "Send a JSON object with the fields to change."));
            return failures;
        }

        var read = new MergePatch(failures);
        foreach (var field in patch.EnumerateObject())
        {
            if (!Apply(report, field.Name, field.Value, read))
            {
                read.Fail(field.Name, $"Unknown field '{field.Name}'.");
            }
        }

        if (report is ActivityReport { PeriodIsValid: false })
        {
            failures.Add(new ValidationFailure("periodTo", "The period ends before it starts."));
        }

        return failures;
    }

    /// <summary>False for a field the report's kind does not have; a bad value is a failure in <paramref name="read"/>.</summary>
    private static bool Apply(ReviewedReport report, string name, JsonElement value, MergePatch read) => (report, name) switch
    {
        (_, "memberIds") => Set(read.Ids(name, value, ReportLimits.Members, out var ids), () => report.MemberIds = ids),
        (_, "commissionIds") => Set(read.Ids(name, value, ReportLimits.Commissions, out var ids), () => report.CommissionIds = ids),
        (_, "secretariatInvolved") => Set(read.YesNo(name, value, out var yes), () => report.SecretariatInvolved = yes),
        (_, "otherOrganisations") => Set(read.Text(name, value, report.TextMaxLength, out var text), () => report.OtherOrganisations = text),
        (_, "results") => Set(read.Text(name, value, report.TextMaxLength, out var text), () => report.Results = text),
        (_, "challenges") => Set(read.Text(name, value, report.TextMaxLength, out var text), () => report.Challenges = text),
        (_, "futureActions") => Set(read.Text(name, value, report.TextMaxLength, out var text), () => report.FutureActions = text),
        (ActivityReport a, "periodFrom") => Set(read.Date(name, value, out var date), () => a.PeriodFrom = date),
        (ActivityReport a, "periodTo") => Set(read.Date(name, value, out var date), () => a.PeriodTo = date),
        (ActivityReport a, "geographicScope") => Set(read.Text(name, value, ActivityReport.GeographicScopeMaxLength, out var text), () => a.GeographicScope = text),
        (ActivityReport a, "actions") => Set(ActionList.Read(value, read, out var actions), () => a.Actions = actions),
        (ProgressReport p, "actionCategories") => Set(read.Categories(name, value, out var categories), () => p.ActionCategories = categories),
        (ProgressReport p, "futureActionCategories") => Set(read.Categories(name, value, out var categories), () => p.FutureActionCategories = categories),
        (ProgressReport p, "actionsPlanned") => Set(read.OneOf(name, value, ReportVocabulary.ActionsPlanned.ToArray(), out var code), () => p.ActionsPlanned = code),
        (ProgressReport p, "implementationStatus") => Set(read.OneOf(name, value, StatusCodes, out var code), () => p.ImplementationStatus = code),
        (ProgressReport p, "additionalInformation") => Set(read.Text(name, value, ProgressReport.TextLimit, out var text), () => p.AdditionalInformation = text),
        _ => false,
    };

    /// <summary>Changes the field when its value was read well; either way the field was known.</summary>
    private static bool Set(bool valid, Action change)
    {
        if (valid)
        {
            change();
        }

        return true;
    }
}
