using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Constituencies.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.ProgressReports;

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
        var failures = ReportFields.Apply(report, command.Patch);
        failures.AddRange(await Involved.CheckAsync(constituents, report.MemberIds, report.CommissionIds, cancellationToken));
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        report.Edited(clock.GetUtcNow().UtcDateTime);
        await store.SaveEditAsync(report, command.IfMatch!.Value, cancellationToken);
        return await views.ViewAsync(report, cancellationToken);
    }
}

/// <summary>The fields a merge patch may change: those both kinds of report have, then the kind's own.</summary>
internal static class ReportFields
{
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
            var known = Shared(report, field.Name, field.Value, read) || report switch
            {
                ActivityReport activity => ActivityReportFields.Apply(activity, field.Name, field.Value, read),
                ProgressReport progress => ProgressReportFields.Apply(progress, field.Name, field.Value, read),
                _ => false,
            };
            if (!known)
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

    private static bool Shared(ReviewedReport report, string name, JsonElement value, MergePatch read)
    {
        switch (name)
        {
            case "memberIds":
                if (read.Ids(name, value, ReportLimits.Members, out var members)) { report.MemberIds = members; }
                return true;
            case "commissionIds":
                if (read.Ids(name, value, ReportLimits.Commissions, out var commissions)) { report.CommissionIds = commissions; }
                return true;
            case "secretariatInvolved":
                if (read.YesNo(name, value, out var secretariat)) { report.SecretariatInvolved = secretariat; }
                return true;
            case "otherOrganisations":
                if (read.Text(name, value, report.TextMaxLength, out var others)) { report.OtherOrganisations = others; }
                return true;
            case "results":
                if (read.Text(name, value, report.TextMaxLength, out var results)) { report.Results = results; }
                return true;
            case "challenges":
                if (read.Text(name, value, report.TextMaxLength, out var challenges)) { report.Challenges = challenges; }
                return true;
            case "futureActions":
                if (read.Text(name, value, report.TextMaxLength, out var future)) { report.FutureActions = future; }
                return true;
            default:
                return false;
        }
    }
}
