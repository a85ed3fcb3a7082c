using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Constituencies.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>A partial update (JSON merge patch) of a progress report, based on the version the editor read (If-Match).</summary>
internal sealed record UpdateProgressReport(Guid Id, JsonElement Patch, int? IfMatch) : ICommand<ProgressReportView>, IVersionCheckedCommand;

internal sealed class UpdateProgressReportHandler(
    ReportingDbContext db, ProgressReportLoader loader, IConstituentDirectory constituents, ReportReview review, TimeProvider clock)
    : ICommandHandler<UpdateProgressReport, ProgressReportView>
{
    private static readonly string[] StatusCodes = ReportVocabulary.ImplementationStatuses.Select(s => s.Code).ToArray();

    public async ValueTask<ProgressReportView> Handle(UpdateProgressReport command, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync(command.Id, cancellationToken);
        await review.EnsureEditableAsync(report, relations, cancellationToken);
        MergePatch.CheckPrecondition(report, command.IfMatch);

        var failures = Apply(report, command.Patch);
        failures.AddRange(await Involved.CheckAsync(constituents, report.MemberIds, report.CommissionIds, cancellationToken));
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = command.IfMatch!.Value;
        report.RefreshIndexes();
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return await loader.ViewAsync(report, cancellationToken);
    }

    private static List<ValidationFailure> Apply(ProgressReport report, JsonElement patch)
    {
        var failures = new List<ValidationFailure>();
        if (patch.ValueKind != JsonValueKind.Object)
        {
            failures.Add(new ValidationFailure(string.Empty, "Send a JSON object with the fields to change."));
            return failures;
        }

        const int max = ProgressReport.TextMaxLength;
        var read = new MergePatch(failures);
        foreach (var field in patch.EnumerateObject())
        {
            var (name, value) = (field.Name, field.Value);
            switch (name)
            {
                case "memberIds":
                    if (read.Ids(name, value, ReportLimits.Members, out var members)) { report.MemberIds = members; }
                    break;
                case "commissionIds":
                    if (read.Ids(name, value, ReportLimits.Commissions, out var commissions)) { report.CommissionIds = commissions; }
                    break;
                case "secretariatInvolved":
                    if (read.YesNo(name, value, out var secretariat)) { report.SecretariatInvolved = secretariat; }
                    break;
                case "otherOrganisations":
                    if (read.Text(name, value, max, out var others)) { report.OtherOrganisations = others; }
                    break;
                case "actionCategories":
                    if (read.Categories(name, value, out var categories)) { report.ActionCategories = categories; }
                    break;
                case "results":
                    if (read.Text(name, value, max, out var results)) { report.Results = results; }
                    break;
                case "challenges":
                    if (read.Text(name, value, max, out var challenges)) { report.Challenges = challenges; }
                    break;
                case "futureActionCategories":
                    if (read.Categories(name, value, out var future)) { report.FutureActionCategories = future; }
                    break;
                case "futureActions":
                    if (read.Text(name, value, max, out var futureActions)) { report.FutureActions = futureActions; }
                    break;
                case "actionsPlanned":
                    if (read.OneOf(name, value, ReportVocabulary.ActionsPlanned.ToArray(), out var planned)) { report.ActionsPlanned = planned; }
                    break;
                case "implementationStatus":
                    if (read.OneOf(name, value, StatusCodes, out var status)) { report.ImplementationStatus = status; }
                    break;
                case "additionalInformation":
                    if (read.Text(name, value, max, out var additional)) { report.AdditionalInformation = additional; }
                    break;
                default:
                    read.Fail(name, $"Unknown field '{name}'.");
                    break;
            }
        }

        return failures;
    }
}
