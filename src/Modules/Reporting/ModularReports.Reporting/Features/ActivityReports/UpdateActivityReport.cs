using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Constituencies.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>
/// A partial update (JSON merge patch: fields left out stay as they are) based on the version the editor read
/// (<c>If-Match</c>). A stale version is refused with 412 and the current version; nothing is overwritten silently.
/// </summary>
internal sealed record UpdateActivityReport(Guid Id, JsonElement Patch, int? IfMatch) : ICommand<ActivityReportView>, IVersionCheckedCommand;

internal sealed class UpdateActivityReportHandler(
    ReportingDbContext db, ReportLoader loader, IConstituentDirectory constituents, ReportReview review, TimeProvider clock)
    : ICommandHandler<UpdateActivityReport, ActivityReportView>
{
    public async ValueTask<ActivityReportView> Handle(UpdateActivityReport command, CancellationToken cancellationToken)
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
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return await loader.ViewAsync(report, cancellationToken);
    }

    private static List<ValidationFailure> Apply(ActivityReport report, JsonElement patch)
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
            var (name, value) = (field.Name, field.Value);
            switch (name)
            {
                case "periodFrom":
                    if (read.Date(name, value, out var from)) { report.PeriodFrom = from; }
                    break;
                case "periodTo":
                    if (read.Date(name, value, out var to)) { report.PeriodTo = to; }
                    break;
                case "geographicScope":
                    if (read.Text(name, value, 1000, out var scope)) { report.GeographicScope = scope; }
                    break;
                case "otherOrganisations":
                    if (read.Text(name, value, ActivityReport.TextMaxLength, out var others)) { report.OtherOrganisations = others; }
                    break;
                case "results":
                    if (read.Text(name, value, ActivityReport.TextMaxLength, out var results)) { report.Results = results; }
                    break;
                case "challenges":
                    if (read.Text(name, value, ActivityReport.TextMaxLength, out var challenges)) { report.Challenges = challenges; }
                    break;
                case "futureActions":
                    if (read.Text(name, value, ActivityReport.TextMaxLength, out var future)) { report.FutureActions = future; }
                    break;
                case "secretariatInvolved":
                    if (read.YesNo(name, value, out var secretariat)) { report.SecretariatInvolved = secretariat; }
                    break;
                case "memberIds":
                    if (read.Ids(name, value, ReportLimits.Members, out var members)) { report.MemberIds = members; }
                    break;
                case "commissionIds":
                    if (read.Ids(name, value, ReportLimits.Commissions, out var commissions)) { report.CommissionIds = commissions; }
                    break;
                case "actions":
                    if (Actions(value, failures, out var actions)) { report.Actions = actions; }
                    break;
                default:
                    read.Fail(name, $"Unknown field '{name}'.");
                    break;
            }
        }

        if (report.PeriodFrom is { } start && report.PeriodTo is { } end && end < start)
        {
            failures.Add(new ValidationFailure("periodTo", "The period ends before it starts."));
        }

        return failures;
    }

    private static bool Actions(JsonElement value, List<ValidationFailure> failures, out List<ReportAction> actions)
    {
        actions = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            failures.Add(new ValidationFailure("actions", "Use a list of actions."));
            return false;
        }

        if (value.GetArrayLength() > ReportLimits.Actions)
        {
            failures.Add(new ValidationFailure("actions", $"At most {ReportLimits.Actions} actions."));
            return false;
        }

        var ok = true;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"actions[{index++}]";
            string? Get(string name) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var category = Get("category");
            var description = Get("description") ?? string.Empty;
            var status = Get("status");
            if (category is null || !ReportVocabulary.ActionCategories.Contains(category))
            {
                failures.Add(new ValidationFailure($"{path}.category", $"Use one of: {string.Join("; ", ReportVocabulary.ActionCategories)}."));
                ok = false;
            }

            if (status is null || !ReportVocabulary.ActionStatuses.Contains(status))
            {
                failures.Add(new ValidationFailure($"{path}.status", $"Use {string.Join(" or ", ReportVocabulary.ActionStatuses)}."));
                ok = false;
            }

            if (description.Length > ReportLimits.ActionDescription)
            {
                failures.Add(new ValidationFailure($"{path}.description", $"At most {ReportLimits.ActionDescription} characters."));
                ok = false;
            }

            if (ok)
            {
                actions.Add(new ReportAction { Category = category!, Description = description, Status = status! });
            }
        }

        return ok;
    }
}
