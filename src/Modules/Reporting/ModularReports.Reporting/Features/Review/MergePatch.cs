using FluentValidation.Results;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// Reads the fields of a JSON merge patch (a field left out stays as it is; null clears it), collecting one failure
/// per bad field under the field's own name so the 400 points at it.
/// </summary>
internal sealed class MergePatch(List<ValidationFailure> failures)
{
    /// <summary>A stale or missing If-Match is refused before anything is read: 428 without it, 412 with the current version.</summary>
    public static void CheckPrecondition(IVersioned report, int? ifMatch)
    {
        if (ifMatch is not { } expected)
        {
            throw new ConflictException("The version you edit is missing.", "Send the report's ETag in If-Match.", StatusCodes.Status428PreconditionRequired);
        }

        CheckIfMatch(report, expected);
    }

    /// <summary>An If-Match sent with a request that does not require one (an action) must still hold: a stale one is a 412.</summary>
    public static void CheckIfMatch(IVersioned report, int? ifMatch)
    {
        if (ifMatch is { } expected && expected != report.Version)
        {
            throw new ConflictException(
                "The report was changed since you read it.", "Reload it, apply your change again and send the new ETag.",
                StatusCodes.Status412PreconditionFailed, new Dictionary<string, object?> { ["currentVersion"] = report.Version });
        }
    }

    public void Fail(string field, string message) => failures.Add(new ValidationFailure(field, message));

    public bool Date(string field, JsonElement value, out DateOnly? date)
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

        Fail(field, "Use a date as yyyy-MM-dd.");
        return false;
    }

    public bool Text(string field, JsonElement value, int max, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, "Use text.");
            return false;
        }

        text = value.GetString();
        if (text!.Length > max)
        {
            Fail(field, $"At most {max} characters.");
            return false;
        }

        return true;
    }

    /// <summary>One of the allowed values, or null to clear.</summary>
    public bool OneOf(string field, JsonElement value, IReadOnlyCollection<string> allowed, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString()!))
        {
            text = value.GetString();
            return true;
        }

        Fail(field, $"Use one of: {string.Join("; ", allowed)}.");
        return false;
    }

    public bool YesNo(string field, JsonElement value, out bool? answer)
    {
        answer = null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            answer = value.GetBoolean();
            return true;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        Fail(field, "Use true, false or null.");
        return false;
    }

    /// <summary>A list of at most <paramref name="max"/> ids, each kept once, in the order given.</summary>
    public bool Ids(string field, JsonElement value, int max, out List<Guid> ids)
    {
        ids = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, "Use a list of ids.");
            return false;
        }

        if (value.GetArrayLength() > max)
        {
            Fail(field, $"At most {max} ids.");
            return false;
        }

        var seen = new HashSet<Guid>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !Guid.TryParse(item.GetString(), out var id))
            {
                Fail(field, "Use a list of ids.");
                return false;
            }

            if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return true;
    }

    /// <summary>A list of action categories from the vocabulary, each once.</summary>
    public bool Categories(string field, JsonElement value, out List<string> categories)
    {
        categories = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, "Use a list of action categories.");
            return false;
        }

        if (value.GetArrayLength() > ReportVocabulary.ActionCategories.Count)
        {
            Fail(field, $"Name each category at most once ({ReportVocabulary.ActionCategories.Count} in all).");
            return false;
        }

        var index = 0;
        var ok = true;
        foreach (var item in value.EnumerateArray())
        {
            var category = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (category is null || !ReportVocabulary.ActionCategories.Contains(category))
            {
                Fail($"{field}[{index}]", $"Use one of: {string.Join("; ", ReportVocabulary.ActionCategories)}.");
                ok = false;
            }
            else if (!categories.Contains(category))
            {
                categories.Add(category);
            }

            index++;
        }

        return ok;
    }
}
