namespace ModularReports.Host;

/// <summary>Texts of the page shell: layout, home and error pages (Resources/ShellText.*.resx).</summary>
internal sealed class ShellText;
