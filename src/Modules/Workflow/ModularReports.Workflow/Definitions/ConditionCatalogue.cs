using System.Text.RegularExpressions;

namespace ModularReports.Workflow.Definitions;

/// <summary>
/// The conditions a definition may use: those its document kind implements (<see cref="WorkflowDocumentKind"/>; no
/// scripting language). A condition is a name with an optional whole-number argument, <c>approvalsAtLeast(2)</c>, or
/// its negation <c>not(name)</c>.
/// </summary>
internal sealed partial class ConditionCatalogue(WorkflowDocumentKind kind)
{
    private readonly Dictionary<string, bool> takesNumber = kind.Conditions.ToDictionary(c => c.Name, c => c.TakesNumber, StringComparer.Ordinal);

    /// <summary>More approvals than a resolution has reviewers is a typo, not a rule.</summary>
    public const int MaxArgument = 99;

    /// <summary>Null when the condition is known and well-formed; otherwise what is wrong with it.</summary>
    public string? Check(string condition)
    {
        var match = ConditionPattern().Match(condition);
        if (!match.Success)
        {
            return RuleText.Say("Rule_ConditionForm", condition);
        }

        var name = match.Groups["name"].Value;
        if (!takesNumber.TryGetValue(name, out var needsNumber))
        {
            return RuleText.Say("Rule_ConditionUnknown", name, string.Join(", ", kind.Conditions.Select(c => RuleText.Condition(kind, c.Name, null, false))));
        }

        var hasNumber = match.Groups["arg"].Success;
        if (needsNumber != hasNumber)
        {
            return RuleText.Say(needsNumber ? "Rule_ConditionNeedsNumber" : "Rule_ConditionNoNumber", RuleText.Condition(kind, name, null, false));
        }

        return hasNumber && Parse(condition).Argument is not (>= 1 and <= MaxArgument)
            ? RuleText.Say("Rule_ConditionRange", RuleText.Condition(kind, name, null, false), MaxArgument)
            : null;
    }

    /// <summary>(negated, name, argument) of a well-formed condition.</summary>
    public static (bool Negated, string Name, int? Argument) Parse(string condition)
    {
        var match = ConditionPattern().Match(condition);
        return (match.Groups["not"].Success, match.Groups["name"].Value,
            match.Groups["arg"].Success && int.TryParse(match.Groups["arg"].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null);
    }

    [GeneratedRegex(@"^(?<not>not\()?(?<name>[a-z][A-Za-z]*)(\((?<arg>\d+)\))?(?(not)\))$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionPattern();
}
