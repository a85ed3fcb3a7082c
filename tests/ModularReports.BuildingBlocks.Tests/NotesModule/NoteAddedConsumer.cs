using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Tests.NotesModule;

internal sealed class NoteAddedConsumer(NotesDbContext db, TimeProvider clock) : InboxConsumer<NoteAdded, NotesDbContext>(db, clock)
{
    protected override Task HandleAsync(NoteAdded message, CancellationToken cancellationToken)
    {
        Db.Effects.Add(new Effect { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}
