using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>Every installation starts with the two shipped definitions published as version 1.</summary>
internal sealed class DefaultDefinitionsSeeder(WorkflowDbContext db, TimeProvider clock) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var key in DefaultDefinitions.Keys)
        {
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
