namespace ModularReports.Identity;

/// <summary>The Identity module's texts (Resources/IdentityText.*.resx: English, French, Spanish).</summary>
internal sealed class IdentityText;
