using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Tests.NotesModule;

internal sealed class NoteAddedConsumer(NotesDbContext db, TimeProvider clock) : InboxConsumer<NoteAdded, NotesDbContext>(db, clock)
{
    /// <summary>A note with this text cannot be handled: it stands for a bad message.</summary>
    public const string Poison = "poison";

    protected override Task HandleAsync(NoteAdded message, CancellationToken cancellationToken)
    {
        if (message.Text == Poison)
        {
            throw new InvalidOperationException("This message cannot be handled.");
        }

        Db.Effects.Add(new Effect { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}
