using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Constituencies.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>
/// A partial update (JSON merge patch: fields left out stay as they are) based on the version the editor read
/// (<c>If-Match</c>). A stale version is refused with 412 and the current version; nothing is overwritten silently.
/// </summary>
internal sealed record UpdateActivityReport(Guid Id, JsonElement Patch, int? IfMatch) : ICommand<ActivityReportView>;

internal sealed class UpdateActivityReportHandler(
    ReportingDbContext db, ReportLoader loader, IConstituentDirectory constituents, IWorkflowRuntime workflow, TimeProvider clock)
    : ICommandHandler<UpdateActivityReport, ActivityReportView>
{
    public async ValueTask<ActivityReportView> Handle(UpdateActivityReport command, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync(command.Id, cancellationToken);
        var state = await workflow.DescribeStateAsync(ReportLoader.Position(report), "en", cancellationToken);
        if (!state.EditableBy.Any(relations.Contains))
        {
            throw new ForbiddenException($"The report cannot be edited by you while it is '{state.Label}'.");
        }

        if (command.IfMatch is not { } expected)
        {
            throw new ConflictException("The version you edit is missing.", "Send the report's ETag in If-Match.", StatusCodes.Status428PreconditionRequired);
        }

        if (expected != report.Version)
        {
            throw new ConflictException(
                "The report was changed since you read it.", "Reload it, apply your change again and send the new ETag.",
                StatusCodes.Status412PreconditionFailed, new Dictionary<string, object?> { ["currentVersion"] = report.Version });
        }

        var failures = Apply(report, command.Patch);
        failures.AddRange(await CheckReferencesAsync(report, cancellationToken));
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = expected;
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

        foreach (var field in patch.EnumerateObject())
        {
            void Fail(string message) => failures.Add(new ValidationFailure(field.Name, message));
            var value = field.Value;
            switch (field.Name)
            {
                case "periodFrom":
                    if (Date(value, Fail, out var from)) { report.PeriodFrom = from; }
                    break;
                case "periodTo":
                    if (Date(value, Fail, out var to)) { report.PeriodTo = to; }
                    break;
                case "geographicScope":
                    if (Text(value, 1000, Fail, out var scope)) { report.GeographicScope = scope; }
                    break;
                case "otherOrganisations":
                    if (Text(value, ActivityReport.TextMaxLength, Fail, out var others)) { report.OtherOrganisations = others; }
                    break;
                case "results":
                    if (Text(value, ActivityReport.TextMaxLength, Fail, out var results)) { report.Results = results; }
                    break;
                case "challenges":
                    if (Text(value, ActivityReport.TextMaxLength, Fail, out var challenges)) { report.Challenges = challenges; }
                    break;
                case "futureActions":
                    if (Text(value, ActivityReport.TextMaxLength, Fail, out var future)) { report.FutureActions = future; }
                    break;
                case "secretariatInvolved":
                    if (value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null) { report.SecretariatInvolved = value.ValueKind == JsonValueKind.Null ? null : value.GetBoolean(); }
                    else { Fail("Use true, false or null."); }
                    break;
                case "memberIds":
                    if (Ids(value, Fail, out var members)) { report.MemberIds = members; }
                    break;
                case "commissionIds":
                    if (Ids(value, Fail, out var commissions)) { report.CommissionIds = commissions; }
                    break;
                case "actions":
                    if (Actions(value, failures, out var actions)) { report.Actions = actions; }
                    break;
                default:
                    Fail($"Unknown field '{field.Name}'.");
                    break;
            }
        }

        if (report.PeriodFrom is { } start && report.PeriodTo is { } end && end < start)
        {
            failures.Add(new ValidationFailure("periodTo", "The period ends before it starts."));
        }

        return failures;
    }

    private async Task<List<ValidationFailure>> CheckReferencesAsync(ActivityReport report, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var found = await constituents.FindManyAsync(report.MemberIds.Concat(report.CommissionIds).Distinct().ToList(), cancellationToken);
        for (var i = 0; i < report.MemberIds.Count; i++)
        {
            if (!found.TryGetValue(report.MemberIds[i], out var c) || c.Type != "Member")
            {
                failures.Add(new ValidationFailure($"memberIds[{i}]", "Not an IUCN Member."));
            }
        }

        for (var i = 0; i < report.CommissionIds.Count; i++)
        {
            if (!found.TryGetValue(report.CommissionIds[i], out var c) || c.Type != "Commission")
            {
                failures.Add(new ValidationFailure($"commissionIds[{i}]", "Not an IUCN Commission."));
            }
        }

        return failures;
    }

    private static bool Date(JsonElement value, Action<string> fail, out DateOnly? date)
    {
        date = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        fail("Use a date as yyyy-MM-dd.");
        return false;
    }

    private static bool Text(JsonElement value, int max, Action<string> fail, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            fail("Use text.");
            return false;
        }

        text = value.GetString();
        if (text!.Length > max)
        {
            fail($"At most {max} characters.");
            return false;
        }

        return true;
    }

    private static bool Ids(JsonElement value, Action<string> fail, out List<Guid> ids)
    {
        ids = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            fail("Use a list of ids.");
            return false;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !Guid.TryParse(item.GetString(), out var id))
            {
                fail("Use a list of ids.");
                return false;
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return true;
    }

    private static bool Actions(JsonElement value, List<ValidationFailure> failures, out List<ReportAction> actions)
    {
        actions = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            failures.Add(new ValidationFailure("actions", "Use a list of actions."));
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

            if (description.Length > ActivityReport.TextMaxLength)
            {
                failures.Add(new ValidationFailure($"{path}.description", $"At most {ActivityReport.TextMaxLength} characters."));
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
