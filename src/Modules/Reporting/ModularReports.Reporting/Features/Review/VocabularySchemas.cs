using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// The API reference lists the values a patch's vocabulary fields allow (action categories, statuses, answers), from
/// the same vocabularies the handler checks them against.
/// </summary>
internal sealed class VocabularySchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ActionPatch))
        {
            Allow(schema, "category", ReportVocabulary.ActionCategories);
            Allow(schema, "status", ReportVocabulary.ActionStatuses);
        }
        else if (type == typeof(ProgressReportPatch))
        {
            Allow(schema, "actionCategories", ReportVocabulary.ActionCategories);
            Allow(schema, "futureActionCategories", ReportVocabulary.ActionCategories);
            Allow(schema, "actionsPlanned", ReportVocabulary.ActionsPlanned);
            Allow(schema, "implementationStatus", ReportVocabulary.ImplementationStatuses.Select(s => s.Code));
        }

        return Task.CompletedTask;
    }

    /// <summary>The values a property (or each item of a list property) may take.</summary>
    private static void Allow(OpenApiSchema schema, string property, IEnumerable<string> values)
    {
        if (schema.Properties is null || !schema.Properties.TryGetValue(property, out var found) || found is not OpenApiSchema field)
        {
            return;
        }

        var target = field.Items as OpenApiSchema ?? field;
        target.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList();
    }
}

/// <summary>
/// A merge patch is read as JSON by its handler (to tell a field left out from one set to null); the API reference
/// describes its body with the type the endpoint names in <c>Accepts</c> instead, for each media type it takes.
/// </summary>
internal sealed class PatchBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var accepts = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()
            .LastOrDefault(a => a.RequestType is not null); // the one the endpoint declares, after the one inferred from its JSON parameter
        if (accepts?.RequestType is not { } type || operation.RequestBody is not OpenApiRequestBody body || context.Document is not { } document)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        document.AddComponent(type.Name, schema);
        body.Content = accepts.ContentTypes.ToDictionary(
            contentType => contentType, _ => new OpenApiMediaType { Schema = new OpenApiSchemaReference(type.Name, document) });
        body.Required = true;
    }
}
