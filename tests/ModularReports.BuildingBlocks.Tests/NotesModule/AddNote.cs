using FluentValidation;
using Mediator;

namespace ModularReports.BuildingBlocks.Tests.NotesModule;

/// <summary>Adds a note and publishes <see cref="NoteAdded"/>; can fail after saving to prove the rollback.</summary>
internal sealed record AddNote(string Text, bool FailAfterSaving = false) : ICommand<Guid>;

internal sealed class AddNoteValidator : AbstractValidator<AddNote>
{
    public AddNoteValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(200);
}

internal sealed class AddNoteHandler(NotesDbContext db, TimeProvider clock) : ICommandHandler<AddNote, Guid>
{
    public async ValueTask<Guid> Handle(AddNote command, CancellationToken cancellationToken)
    {
        var note = new Note { Id = Guid.CreateVersion7(), Text = command.Text };
        db.Notes.Add(note);
        db.Publish(new NoteAdded(note.Id, note.Text, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        if (command.FailAfterSaving)
        {
            throw new InvalidOperationException("Failed after saving, before the command completed.");
        }

        return note.Id;
    }
}

/// <summary>Renames a note the caller read at <paramref name="Version"/>.</summary>
internal sealed record RenameNote(Guid Id, string Text, int Version) : ICommand<int>;

internal sealed class RenameNoteHandler(NotesDbContext db) : ICommandHandler<RenameNote, int>
{
    public async ValueTask<int> Handle(RenameNote command, CancellationToken cancellationToken)
    {
        var note = await db.Notes.FindAsync([command.Id], cancellationToken)
            ?? throw new KeyNotFoundException(command.Id.ToString());
        db.Entry(note).Property(n => n.Version).OriginalValue = command.Version;
        note.Text = command.Text;
        await db.SaveChangesAsync(cancellationToken);
        return note.Version;
    }
}
