namespace ModularReports.Notifications.Domain;

/// <summary>
/// One e-mail to one address, from the moment it is decided until the server took it (or the retry budget ran
/// out). The message is stored whole (MIME, with a fixed Message-ID), so a retry or an admin's resend sends exactly
/// the same message. <see cref="SourceKey"/> is unique: the same event never queues a second e-mail to the same person.
/// </summary>
internal sealed class EmailDelivery
{
    public Guid Id { get; init; }

    public required string SourceKey { get; init; }

    public Guid? RecipientUserId { get; init; }

    public required string ToAddress { get; init; }

    public required string Subject { get; init; }

    /// <summary>The whole message as an RFC 5322 document (what an .eml file holds).</summary>
    public required byte[] Mime { get; init; }

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>While set in the future, one sender holds the delivery; others leave it alone.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>Which claim holds the lease: a sender claims a batch with one update, then reads back its own.</summary>
    public Guid? LeaseId { get; set; }

    public DateTime? SentAt { get; set; }
}

internal enum EmailStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
