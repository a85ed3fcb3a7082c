using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>
/// Every installation starts with the two shipped definitions published as version 1, each applying to its kind of
/// document for any Congress and text.
/// </summary>
internal sealed class DefaultDefinitionsSeeder(WorkflowDbContext db, TimeProvider clock) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var key in DefaultDefinitions.Keys)
        {
            var kind = DefaultDefinitions.KindOf(key);
            if (!await db.Assignments.AnyAsync(a => a.DocumentKind == kind && a.Congress == "" && a.TextKind == "", cancellationToken))
            {
                db.Assignments.Add(new DefinitionAssignment
                {
                    Id = Guid.CreateVersion7(), DocumentKind = kind, DefinitionKey = key, UpdatedAt = clock.GetUtcNow().UtcDateTime, UpdatedBy = "system",
                });
                await db.SaveChangesAsync(cancellationToken);
            }

            if (await db.Definitions.AnyAsync(d => d.Key == key, cancellationToken))
            {
                continue;
            }

            var definition = new WorkflowDefinition
            {
                Id = Guid.CreateVersion7(), Key = key, DraftJson = DefaultDefinitions.Text(key), DraftUpdatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Definitions.Add(definition);
            await Publisher.PublishAsync(db, definition, "system", clock, cancellationToken);
        }
    }
}
