namespace ModularReports.Notifications;

/// <summary>The texts of the messages this module sends (Resources/NotificationsText.*.resx).</summary>
internal sealed class NotificationsText;
