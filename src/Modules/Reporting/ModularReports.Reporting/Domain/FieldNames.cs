namespace ModularReports.Reporting.Domain;

/// <summary>The names of report fields as the API and the forms give them: how a missing field is named to people and clients.</summary>
internal static class FieldNames
{
    public const string PeriodFrom = "periodFrom";
    public const string PeriodTo = "periodTo";
    public const string GeographicScope = "geographicScope";
    public const string MemberIds = "memberIds";
    public const string CommissionIds = "commissionIds";
    public const string SecretariatInvolved = "secretariatInvolved";
    public const string OtherOrganisations = "otherOrganisations";
    public const string Actions = "actions";
    public const string Results = "results";
    public const string Challenges = "challenges";
    public const string FutureActions = "futureActions";
    public const string ActionCategories = "actionCategories";
    public const string FutureActionCategories = "futureActionCategories";
    public const string ActionsPlanned = "actionsPlanned";
    public const string ImplementationStatus = "implementationStatus";

    /// <summary>The names of the fields that are missing, in the order given (the form's order).</summary>
    public static IReadOnlyList<string> Missing(params (string Name, bool IsMissing)[] fields) =>
        fields.Where(f => f.IsMissing).Select(f => f.Name).ToList();
}
