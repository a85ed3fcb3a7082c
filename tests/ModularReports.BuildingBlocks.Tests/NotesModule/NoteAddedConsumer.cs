using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Tests.NotesModule;

internal sealed class NoteAddedConsumer(NotesDbContext db, TimeProvider clock) : InboxConsumer<NoteAdded, NotesDbContext>(db, clock)
{
    /// <summary>A note with this text cannot be handled: it stands for a bad message.</summary>
    public const string Poison = "poison";

    /// <summary>Notes with these texts cannot be handled for now: a consumer whose database is down, say, until a test lets them through.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> FailingForNow = new(StringComparer.Ordinal);

    protected override Task HandleAsync(NoteAdded message, CancellationToken cancellationToken)
    {
        if (message.Text == Poison || FailingForNow.ContainsKey(message.Text))
        {
            throw new InvalidOperationException("This message cannot be handled.");
        }

        Db.Effects.Add(new Effect { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}
