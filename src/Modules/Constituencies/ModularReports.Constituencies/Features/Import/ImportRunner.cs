using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Import;

/// <summary>
/// Runs an uploaded import as a background job: validates every row, then (when all rows are valid, or the admin
/// chose to import the valid ones) applies them in batches of 1,000, each batch committed with the job's progress.
/// A file with invalid rows and no such choice changes nothing. Re-running the same file changes nothing either.
/// </summary>
internal sealed partial class ImportRunner(
    ConstituenciesDbContext db, ResolutionRows resolutions, MemberRows members, TimeProvider clock, ILogger<ImportRunner> logger)
{
    public const int MaxErrorsKept = 500;

    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var job = await QueuedJobAsync(importId, cancellationToken);
        if (job.Status != ImportStatus.Queued)
        {
            return; // already run (a retried or duplicated job)
        }

        job.Status = ImportStatus.Running;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var (columns, rows) = TabularFile.Read(job.Content, job.FileName);
            job.TotalRows = rows.Count;
            var counts = job.Kind == ImportKind.Resolutions
                ? await RunAsync(job, await resolutions.ValidateAsync(columns, rows, cancellationToken), resolutions.ApplyAsync, cancellationToken)
                : await RunAsync(job, members.Validate(columns, rows), members.ApplyAsync, cancellationToken);
            if (counts is not null)
            {
                (job.Added, job.Updated, job.Unchanged) = (counts.Added, counts.Updated, counts.Unchanged);
                job.Status = ImportStatus.Completed;
            }
        }
        catch (InvalidDataException ex)
        {
            job.Status = ImportStatus.Failed;
            job.Failure = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogImportFailed(logger, ex, importId);
            job.Status = ImportStatus.Failed;
            job.Failure = "The import stopped on an unexpected error; rows already applied stay (importing the file again is safe).";
        }

        job.Content = []; // the file is not needed any more
        job.CompletedAt = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        db.ImportJobs.Update(job);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The import is queued inside the upload's transaction: the job may start before that commits.</summary>
    private Task<ImportJob> QueuedJobAsync(Guid importId, CancellationToken cancellationToken) =>
        QueuedWork.FindAsync(ct => db.ImportJobs.SingleOrDefaultAsync(j => j.Id == importId, ct), $"Import {importId}", cancellationToken);

    private async Task<ImportCounts?> RunAsync<TRow>(
        ImportJob job,
        (List<TRow> Valid, List<ImportError> Errors) validation,
        Func<IReadOnlyList<TRow>, Func<int, Task>, CancellationToken, Task<ImportCounts>> apply,
        CancellationToken cancellationToken)
    {
        job.ErrorCount = validation.Errors.Count;
        job.ErrorsJson = validation.Errors.Count == 0 ? null
            : JsonSerializer.Serialize(validation.Errors.Take(MaxErrorsKept), JsonSerializerOptions.Web);
        if (validation.Errors.Count > 0 && !job.ImportValidRows)
        {
            job.Status = ImportStatus.Rejected;
            return null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await apply(validation.Valid, done =>
        {
            job.ProcessedRows = done;
            return Task.CompletedTask;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, Guid importId);
}
