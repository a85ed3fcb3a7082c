namespace ModularReports.Constituencies;

/// <summary>The Constituencies module's texts (Resources/ConstituenciesText.*.resx).</summary>
internal sealed class ConstituenciesText;
