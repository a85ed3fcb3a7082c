using Hangfire;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Import;

/// <summary>Stores an uploaded file and queues its import; the answer is the job to follow.</summary>
internal sealed record StartImport(string Kind, string FileName, byte[] Content, bool ImportValidRows) : ICommand<Guid>;

internal sealed class StartImportValidator : AbstractValidator<StartImport>
{
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The whole upload: the file and the form around it.</summary>
    public const int MaxRequestBytes = MaxBytes + 1024 * 1024;

    public StartImportValidator()
    {
        RuleFor(c => c.Kind).Must(k => Enum.TryParse<ImportKind>(k, ignoreCase: true, out _)).WithMessage("Use resolutions or members.");
        RuleFor(c => c.FileName).Must(n => TabularFile.Extensions.Contains(Path.GetExtension(n ?? string.Empty).ToLowerInvariant()))
            .OverridePropertyName("file").WithMessage("Upload a .csv or .xlsx file.");
        RuleFor(c => c.Content).NotEmpty().OverridePropertyName("file").WithMessage("The file is empty.")
            .Must(c => c.Length <= MaxBytes).OverridePropertyName("file").WithMessage("The file is larger than 20 MB.");
    }
}

internal sealed class StartImportHandler(ConstituenciesDbContext db, ICurrentUser currentUser, TimeProvider clock, IBackgroundJobClient jobs)
    : ICommandHandler<StartImport, Guid>
{
    public async ValueTask<Guid> Handle(StartImport command, CancellationToken cancellationToken)
    {
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(),
            Kind = Enum.Parse<ImportKind>(command.Kind, ignoreCase: true),
            FileName = Path.GetFileName(command.FileName),
            Content = command.Content,
            ImportValidRows = command.ImportValidRows,
            Status = ImportStatus.Queued,
            TotalRows = CountRows(command),
            CreatedBy = currentUser.Email ?? "system",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        // Hangfire's own storage: if the commit below failed, the job would find no import and do nothing.
        jobs.Enqueue<ImportRunner>(runner => runner.RunAsync(job.Id, CancellationToken.None));
        return job.Id;
    }

    /// <summary>How many rows the file holds, so its progress shows at once; a file that cannot be read fails in the run, with its reason.</summary>
    private static int CountRows(StartImport command)
    {
        try
        {
            return TabularFile.Read(command.Content, command.FileName).Rows.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever is wrong with the file, the run reads it again and records the reason for the admin.
            return 0;
        }
    }
}
