using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModularReports.Host.Tests.HostileInput;

/// <summary>One request of the hostile-input suite: which endpoint, what was made wrong (<see cref="Field"/>), and the request itself.</summary>
/// <param name="Valid">The operation's request with nothing made wrong: its body, on the path with real values.</param>
internal sealed record HostileCase(
    string Operation, string Description, string? Field, HttpMethod Method, string Path, Func<HttpContent?> Content, (string Path, Func<HttpContent?> Content) Valid)
{
    public override string ToString() => $"{Operation} [{Description}]";
}

/// <summary>
/// Generates the suite from the application's own OpenAPI document, so that every endpoint is covered, new ones
/// included: each path and query parameter and each property of each JSON body gets the hostile values of its kind
/// and values of the wrong type, with everything else as a valid request would have it; each body endpoint also gets
/// bodies that are not readable at all.
/// </summary>
internal static class HostileCases
{
    public static List<HostileCase> From(JsonElement document, Func<string, string, string> realPathValue)
    {
        var cases = new List<HostileCase>();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var name = $"{method} {path.Name}";
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                var pathParameters = parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList();
                string Path(string? hostileName = null, string? hostileValue = null, string? query = null)
                {
                    var filled = path.Name;
                    foreach (var parameter in pathParameters)
                    {
                        var value = parameter == hostileName ? hostileValue! : realPathValue(path.Name, parameter);
                        filled = filled.Replace($"{{{parameter}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
                    }

                    return query is null ? filled : $"{filled}?{query}";
                }

                var body = Body(operation.Value, schemas, name);
                Func<HttpContent?> valid = body is null ? () => null : () => Json(body.Valid());
                foreach (var parameter in parameters)
                {
                    var parameterName = parameter.GetProperty("name").GetString()!;
                    foreach (var value in ValuesFor(parameter.GetProperty("schema")))
                    {
                        var description = $"{parameterName}={Shorten(value)}";
                        cases.Add(parameter.GetProperty("in").GetString() == "path"
                            ? new HostileCase(name, description, null, method, Path(parameterName, value), valid, (Path(), valid))
                            : new HostileCase(name, description, parameterName, method, Path(query: $"{parameterName}={Uri.EscapeDataString(value)}"), valid, (Path(), valid)));
                    }
                }

                if (body is null)
                {
                    continue;
                }

                if (body.IsForm)
                {
                    cases.AddRange(FormCases(name, method, Path()));
                    continue;
                }

                foreach (var (property, kind) in body.Properties)
                {
                    foreach (var value in ValuesFor(kind).Select(v => (JsonNode?)JsonValue.Create(v)).Concat(HostileValues.WrongTypes()))
                    {
                        var hostile = body.Valid();
                        hostile[property] = value?.DeepClone();
                        cases.Add(new HostileCase(name, $"{property}={Shorten(value?.ToJsonString() ?? "null")}", property, method, Path(), () => Json(hostile), (Path(), valid)));
                    }
                }

                foreach (var (description, bytes) in HostileValues.BrokenBodies())
                {
                    cases.Add(new HostileCase(name, description, null, method, Path(), () => Raw(bytes), (Path(), valid)));
                }
            }
        }

        return cases;
    }

    /// <summary>The kinds of value a parameter or property takes, from its schema.</summary>
    private static string[] ValuesFor(JsonElement schema)
    {
        var type = schema.TryGetProperty("type", out var t) ? t.ValueKind == JsonValueKind.Array ? string.Join(",", t.EnumerateArray()) : t.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return (type, format) switch
        {
            (_, "uuid") => HostileValues.Identifier,
            (_, "date") => HostileValues.Date,
            ({ } x, _) when x.Contains("integer", StringComparison.Ordinal) || x.Contains("number", StringComparison.Ordinal) => HostileValues.Integer,
            ("boolean", _) => HostileValues.Boolean,
            _ => HostileValues.Text,
        };
    }

    private static string[] ValuesFor(string kind) => kind switch
    {
        "uuid" => HostileValues.Identifier,
        "date" => HostileValues.Date,
        "integer" => HostileValues.Integer,
        "boolean" => HostileValues.Boolean,
        _ => HostileValues.Text,
    };

    private static IEnumerable<HostileCase> FormCases(string name, HttpMethod method, string path)
    {
        static HttpContent Form(string kind, string? fileName, byte[]? file)
        {
            var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
            if (fileName is not null)
            {
                form.Add(new ByteArrayContent(file!), "file", fileName);
            }

            return form;
        }

        var csv = Encoding.UTF8.GetBytes("name,acronym\r\nAlpha,A\r\n");
        foreach (var kind in HostileValues.Text)
        {
            yield return new HostileCase(name, $"kind={Shorten(kind)}", "kind", method, path, () => Form(kind, "members.csv", csv), (path, () => Form("members", "members.csv", csv)));
        }

        yield return new HostileCase(name, "no file", "file", method, path, () => Form("members", null, null), (path, () => Form("members", "members.csv", csv)));
        yield return new HostileCase(name, "a program for a file", "file", method, path, () => Form("members", "members.exe", [0x4D, 0x5A, 0x90]), (path, () => Form("members", "members.csv", csv)));
        yield return new HostileCase(name, "random bytes as xlsx", "file", method, path, () => Form("members", "members.xlsx", Guid.NewGuid().ToByteArray()), (path, () => Form("members", "members.csv", csv)));
        yield return new HostileCase(name, "an empty file", "file", method, path, () => Form("members", "members.csv", []), (path, () => Form("members", "members.csv", csv)));
        yield return new HostileCase(name, "a name with a path", "file", method, path, () => Form("members", "../../etc/members.csv", csv), (path, () => Form("members", "members.csv", csv)));
    }

    /// <summary>A JSON body's properties and a valid-looking value for each, from its schema (or from a report's view, for a merge patch).</summary>
    private sealed record BodyShape(IReadOnlyList<(string Name, string Kind)> Properties, bool IsForm)
    {
        public JsonObject Valid()
        {
            var body = new JsonObject();
            foreach (var (name, kind) in Properties)
            {
                body[name] = Plausible(name, kind);
            }

            return body;
        }
    }

    private static BodyShape? Body(JsonElement operation, JsonElement schemas, string name)
    {
        if (!operation.TryGetProperty("requestBody", out var requestBody))
        {
            return null;
        }

        var content = requestBody.GetProperty("content");
        if (content.TryGetProperty("multipart/form-data", out _))
        {
            return new BodyShape([], IsForm: true);
        }

        var schema = content.EnumerateObject().First().Value.GetProperty("schema");
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            schema = oneOf.EnumerateArray().First(s => s.TryGetProperty("$ref", out _));
        }

        var reference = schema.GetProperty("$ref").GetString()!.Split('/')[^1];
        // A merge patch takes the report's fields: those of its view.
        var shape = reference == "JsonElement"
            ? schemas.GetProperty(name.Contains("progress", StringComparison.Ordinal) ? "ProgressReportView" : "ActivityReportView")
            : schemas.GetProperty(reference);
        var properties = shape.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().Select(p => (p.Name, Kind(p.Value))).ToList()
            : [];
        if (reference == "JsonElement")
        {
            string[] readOnly = ["id", "version", "state", "stateLabel", "createdAt", "updatedAt", "workflowVersion", "authorUserId"];
            properties = properties.Where(p => !readOnly.Contains(p.Name)).ToList();
        }

        return new BodyShape(properties, IsForm: false);
    }

    private static string Kind(JsonElement schema)
    {
        var type = schema.TryGetProperty("type", out var t) ? t.ValueKind == JsonValueKind.Array ? string.Join(",", t.EnumerateArray()) : t.GetString() ?? "" : "";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return format is "uuid" or "date" ? format
            : type.Contains("integer", StringComparison.Ordinal) ? "integer"
            : type.Contains("boolean", StringComparison.Ordinal) ? "boolean"
            : type.Contains("array", StringComparison.Ordinal) ? "array"
            : "string";
    }

    /// <summary>A value a real client would send for a property of this name and kind, so that only the hostile one is wrong.</summary>
    private static JsonNode? Plausible(string name, string kind) => (name, kind) switch
    {
        ("email", _) => $"someone-{Guid.NewGuid():N}@example.org", // a new one each time: an address or name may be taken
        ("name" or "displayName", _) => $"Test {Guid.NewGuid():N}",
        (_, _) when name.Contains("password", StringComparison.OrdinalIgnoreCase) => "otters return to the Loire",
        ("roles", _) => new JsonArray("Reporter"),
        ("language" or "preferredLanguage", _) => "en",
        ("emailMode", _) => "Immediate",
        ("type", _) => "Member",
        ("token" or "refreshToken", _) => "not-a-real-token",
        (_, "uuid") => Guid.NewGuid().ToString(),
        (_, "date") => "2024-01-01",
        (_, "integer") => 0,
        (_, "boolean") => true,
        (_, "array") => new JsonArray(),
        _ => "Test value",
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string Shorten(string value) => value.Length > 24 ? $"{value[..12]}…({value.Length})" : value;
}
