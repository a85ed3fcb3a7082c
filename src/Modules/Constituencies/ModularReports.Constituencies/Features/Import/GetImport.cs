using System.Text.Json;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Import;

internal sealed record ImportView(
    Guid Id, string Kind, string FileName, string Status, bool ImportValidRows, int TotalRows, int ProcessedRows,
    int Added, int Updated, int Unchanged, int ErrorCount, IReadOnlyList<ImportError> Errors, string? Failure,
    string CreatedBy, DateTime CreatedAt, DateTime? CompletedAt)
{
    public bool IsFinished => Status is "Completed" or "Rejected" or "Failed";
}

internal sealed record GetImport(Guid Id) : IQuery<ImportView>;

internal sealed record ListImports : IQuery<IReadOnlyList<ImportView>>;

internal sealed class ImportQueries(ConstituenciesDbContext db) : IQueryHandler<GetImport, ImportView>, IQueryHandler<ListImports, IReadOnlyList<ImportView>>
{
    public async ValueTask<ImportView> Handle(GetImport query, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.AsNoTracking().Where(j => j.Id == query.Id).Select(j => new
            {
                j.Id, j.Kind, j.FileName, j.Status, j.ImportValidRows, j.TotalRows, j.ProcessedRows, j.Added, j.Updated,
                j.Unchanged, j.ErrorCount, j.ErrorsJson, j.Failure, j.CreatedBy, j.CreatedAt, j.CompletedAt,
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"No import with id {query.Id}.");
        var errors = job.ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<ImportError>>(job.ErrorsJson, JsonSerializerOptions.Web)!;
        return new ImportView(job.Id, job.Kind.ToString(), job.FileName, job.Status.ToString(), job.ImportValidRows, job.TotalRows,
            job.ProcessedRows, job.Added, job.Updated, job.Unchanged, job.ErrorCount, errors, job.Failure, job.CreatedBy, job.CreatedAt, job.CompletedAt);
    }

    public async ValueTask<IReadOnlyList<ImportView>> Handle(ListImports query, CancellationToken cancellationToken) =>
        (await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).Take(20)
            .Select(j => new { j.Id, j.Kind, j.FileName, j.Status, j.ImportValidRows, j.TotalRows, j.ProcessedRows, j.Added, j.Updated, j.Unchanged, j.ErrorCount, j.Failure, j.CreatedBy, j.CreatedAt, j.CompletedAt })
            .ToListAsync(cancellationToken))
        .Select(j => new ImportView(j.Id, j.Kind.ToString(), j.FileName, j.Status.ToString(), j.ImportValidRows, j.TotalRows, j.ProcessedRows,
            j.Added, j.Updated, j.Unchanged, j.ErrorCount, [], j.Failure, j.CreatedBy, j.CreatedAt, j.CompletedAt))
        .ToList();
}
