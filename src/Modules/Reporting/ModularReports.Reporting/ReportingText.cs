namespace ModularReports.Reporting;

/// <summary>The Reporting module's texts (Resources/ReportingText.*.resx): FORMS.md's labels and the working pages.</summary>
internal sealed class ReportingText;
