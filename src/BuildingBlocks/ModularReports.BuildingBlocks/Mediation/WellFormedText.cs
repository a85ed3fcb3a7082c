using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using FluentValidation.Results;

namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// Every piece of text a command or query carries, in its own fields and in the lists and records they hold (a
/// report's actions, a JSON body), must be text: well-formed Unicode without control characters (tabs and line breaks
/// apart) or non-characters such as U+FFFE.
/// Such characters mean nothing to a person, break normalisation, search and e-mail headers further on, and are
/// refused at the door with the field named, for every message alike.
/// </summary>
public static class WellFormedText
{
    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> Members = new();

    public static List<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        Visit(message, string.Empty, 0, failures);
        return failures;
    }

    /// <summary>The first character that is not allowed in text, or null.</summary>
    public static string? FirstForbidden(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done)
            {
                return $"an unpaired surrogate (U+{(int)rest[0]:X4})";
            }

            if (IsForbidden(rune))
            {
                return $"U+{rune.Value:X4}";
            }

            rest = rest[used..];
        }

        return null;
    }

    private static bool IsForbidden(Rune rune) => rune.Value switch
    {
        '\t' or '\n' or '\r' => false,
        < 0x20 or (>= 0x7F and <= 0x9F) => true, // C0 and C1 controls, DEL
        >= 0xFDD0 and <= 0xFDEF => true, // non-characters
        _ => (rune.Value & 0xFFFE) == 0xFFFE, // U+FFFE and U+FFFF of every plane
    };

    private static void Visit(object? value, string path, int depth, List<ValidationFailure> failures)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (FirstForbidden(text) is { } character)
                {
                    failures.Add(new ValidationFailure(path, $"Contains a character that is not allowed in text: {character}."));
                }

                return;
            case JsonElement json:
                VisitJson(json, path, failures);
                return;
            case IDictionary dictionary when depth < MaxDepth:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Visit(entry.Key, $"{path}[{entry.Key}]", depth + 1, failures);
                    Visit(entry.Value, $"{path}[{entry.Key}]", depth + 1, failures);
                }

                return;
            case IEnumerable items when depth < MaxDepth && value is not byte[]:
                var index = 0;
                foreach (var item in items)
                {
                    Visit(item, $"{path}[{index++.ToString(CultureInfo.InvariantCulture)}]", depth + 1, failures);
                }

                return;
        }

        if (depth >= MaxDepth || !IsOurs(value.GetType()))
        {
            return;
        }

        foreach (var (name, get) in Members.GetOrAdd(value.GetType(), Readable))
        {
            var member = get(value);
            // A message's JSON is the request's body: its fields are named as the client sent them.
            var inner = path.Length == 0 ? member is JsonElement ? string.Empty : name : $"{path}.{name}";
            Visit(member, inner, depth + 1, failures);
        }
    }

    /// <summary>
    /// A JSON body taken as it came (a merge patch, a definition): its names and strings are decoded only when read, so
    /// bytes that are not UTF-8 would fail there, deep in a handler; here they are a field's error like any other.
    /// </summary>
    private static void VisitJson(JsonElement json, string path, List<ValidationFailure> failures)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                string? text;
                try
                {
                    text = json.GetString();
                }
                catch (InvalidOperationException)
                {
                    failures.Add(new ValidationFailure(path, "Is not valid UTF-8 text."));
                    return;
                }

                Visit(text, path, MaxDepth, failures);
                return;
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        failures.Add(new ValidationFailure(path, "Has a property name that is not valid UTF-8 text."));
                        continue;
                    }

                    var inner = path.Length == 0 ? name : $"{path}.{name}";
                    if (FirstForbidden(name) is { } character)
                    {
                        failures.Add(new ValidationFailure(inner, $"The name contains a character that is not allowed in text: {character}."));
                        continue;
                    }

                    VisitJson(property.Value, inner, failures);
                }

                return;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    VisitJson(item, $"{path}[{index++.ToString(CultureInfo.InvariantCulture)}]", failures);
                }

                return;
        }
    }

    /// <summary>The application's own types (commands, their parts); framework types such as JSON documents are left alone.</summary>
    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("ModularReports", StringComparison.Ordinal) == true && !type.IsEnum;

    /// <summary>The properties that may hold text, each read through a compiled getter (this runs for every message).</summary>
    private static (string, Func<object, object?>)[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && MayHoldText(p.PropertyType))
            .Select(p => (p.Name, Getter(p)))
            .ToArray();

    private static bool MayHoldText(Type type) =>
        !type.IsPrimitive && !type.IsEnum && (Nullable.GetUnderlyingType(type) ?? type) is var bare
        && (bare == typeof(string) || bare == typeof(JsonElement) || !bare.IsValueType || IsOurs(bare));

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var instance = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var read = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(instance, property.DeclaringType!), property);
        return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(System.Linq.Expressions.Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
