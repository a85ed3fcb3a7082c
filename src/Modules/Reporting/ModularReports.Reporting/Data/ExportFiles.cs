namespace ModularReports.Reporting.Data;

/// <summary>One slice of a file an export's run wrote, stored in order (see <see cref="ExportFiles"/>).</summary>
internal sealed class ExportFileChunk
{
    public Guid RunId { get; init; }

    public required string File { get; init; }

    public int Sequence { get; init; }

    public Guid ExportId { get; init; }

    public required byte[] Content { get; init; }
}

/// <summary>
/// The files of prepared exports, in the database in slices of <see cref="ChunkBytes"/>: any node serves a file another
/// node prepared, with no shared disk, and neither writing nor sending one holds more than a slice in memory. Each run
/// writes under its own id, so a run that was taken for stopped cannot mix its slices with the next one's.
/// </summary>
internal sealed class ExportFiles(ReportingDbContext db)
{
    public const int ChunkBytes = 1024 * 1024;

    /// <summary>Stores <paramref name="content"/> from its start as the run's <paramref name="file"/>; saves the unit of work with each slice.</summary>
    public async Task<long> SaveAsync(Guid exportId, Guid runId, string file, Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkBytes];
        var total = 0L;
        for (var sequence = 0; ; sequence++)
        {
            var read = await content.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, cancellationToken);
            if (read == 0)
            {
                return total;
            }

            var chunk = new ExportFileChunk { RunId = runId, File = file, Sequence = sequence, ExportId = exportId, Content = buffer[..read] };
            db.ExportFileChunks.Add(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(chunk).State = EntityState.Detached;
            total += read;
        }
    }

    /// <summary>Writes the run's stored file to <paramref name="output"/>, slice by slice.</summary>
    public async Task CopyToAsync(Guid runId, string file, Stream output, CancellationToken cancellationToken)
    {
        for (var sequence = 0; ; sequence++)
        {
            var content = await db.ExportFileChunks.AsNoTracking()
                .Where(c => c.RunId == runId && c.File == file && c.Sequence == sequence).Select(c => c.Content).SingleOrDefaultAsync(cancellationToken);
            if (content is null)
            {
                return;
            }

            await output.WriteAsync(content, cancellationToken);
        }
    }

    /// <summary>Removes what other runs of the export left behind.</summary>
    public Task DeleteOtherRunsAsync(Guid exportId, Guid runId, CancellationToken cancellationToken) =>
        db.ExportFileChunks.Where(c => c.ExportId == exportId && c.RunId != runId).ExecuteDeleteAsync(cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<Guid> exportIds, CancellationToken cancellationToken) =>
        db.ExportFileChunks.Where(c => exportIds.Contains(c.ExportId)).ExecuteDeleteAsync(cancellationToken);
}
