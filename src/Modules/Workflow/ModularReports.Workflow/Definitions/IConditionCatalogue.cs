using System.Text.RegularExpressions;

namespace ModularReports.Workflow.Definitions;

/// <summary>
/// The conditions a definition may use, supplied by the module that owns the documents (no scripting language).
/// A condition is a name with an optional whole-number argument, <c>approvalsAtLeast(2)</c>, or its negation
/// <c>not(name)</c>.
/// </summary>
internal interface IConditionCatalogue
{
    /// <summary>Null when the condition is known and well-formed; otherwise what is wrong with it.</summary>
    string? Check(string condition);
}

/// <summary>A fixed catalogue: names, and whether each takes a number.</summary>
internal sealed partial class ConditionCatalogue(IReadOnlyDictionary<string, bool> takesNumber) : IConditionCatalogue
{
    public static ConditionCatalogue Reporting { get; } = new(new Dictionary<string, bool>
    {
        ["requiredFieldsComplete"] = false,
        ["approvalsAtLeast"] = true,
        ["allAssignedReviewersDecided"] = false,
    });

    public IEnumerable<string> Names => takesNumber.Keys;

    public string? Check(string condition)
    {
        var match = ConditionPattern().Match(condition);
        if (!match.Success)
        {
            return $"'{condition}' is not a condition; write name, name(n) or not(name).";
        }

        var name = match.Groups["name"].Value;
        if (!takesNumber.TryGetValue(name, out var needsNumber))
        {
            return $"Unknown condition '{name}'; use {string.Join(", ", takesNumber.Keys)}.";
        }

        var hasNumber = match.Groups["arg"].Success;
        return needsNumber == hasNumber ? null
            : needsNumber ? $"'{name}' needs a number, e.g. {name}(2)." : $"'{name}' takes no number.";
    }

    /// <summary>(negated, name, argument) of a well-formed condition.</summary>
    public static (bool Negated, string Name, int? Argument) Parse(string condition)
    {
        var match = ConditionPattern().Match(condition);
        return (match.Groups["not"].Success, match.Groups["name"].Value,
            match.Groups["arg"].Success ? int.Parse(match.Groups["arg"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"^(?<not>not\()?(?<name>[a-z][A-Za-z]*)(\((?<arg>\d+)\))?(?(not)\))$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionPattern();
}
