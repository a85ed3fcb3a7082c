namespace ModularReports.Workflow;

/// <summary>The Workflow module's texts (Resources/WorkflowText.*.resx).</summary>
internal sealed class WorkflowText;
