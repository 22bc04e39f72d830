using System.Text.Json;
using InterviewParser.Blocks;

namespace InterviewParser.Metadata;

/// <summary>Reads values from JSON-LD scripts, including nested <c>@graph</c> arrays; malformed scripts are skipped.</summary>
internal static class JsonLdReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Parses the script's first JSON value; what follows it (a stray closing brace, a second object) is ignored.</summary>
    private static JsonDocument ParseFirstValue(string script)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(script), ReaderOptions);
        return JsonDocument.ParseValue(ref reader);
    }

    /// <summary>Parses each script's first value; malformed scripts are left out (broken structured data is common).</summary>
    public static List<JsonDocument> ParseAll(IReadOnlyList<string> scripts)
    {
        var parsed = new List<JsonDocument>(scripts.Count);
        foreach (var script in scripts)
        {
            try
            {
                parsed.Add(ParseFirstValue(script));
            }
            catch (JsonException)
            {
                // Not used.
            }
        }

        return parsed;
    }

    /// <summary>Finds the first string value of a property anywhere in the page's scripts (article objects first).</summary>
    public static string? FindString(BlockDocument doc, string property)
    {
        foreach (var script in doc.ParsedJsonLd)
        {
            if (Find(script.RootElement, property, 0) is { } v)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the names of the <c>author</c> objects. An author given only as a reference (<c>{"@id": "…"}</c>, the shape
    /// of graph-style structured data) takes the name of the node with that <c>@id</c> in any of the page's scripts.
    /// </summary>
    public static List<string> FindAuthors(BlockDocument doc)
    {
        var names = new List<string>();
        List<string>? references = null;
        foreach (var script in doc.ParsedJsonLd) CollectAuthors(script.RootElement, names, ref references, 0);
        if (references is null) return names;
        foreach (var id in references)
        {
            foreach (var script in doc.ParsedJsonLd)
            {
                if (NameOfNode(script.RootElement, id, 0) is { } name)
                {
                    names.Add(name);
                    break;
                }
            }
        }

        return names;
    }

    private static void CollectAuthors(JsonElement e, List<string> names, ref List<string>? references, int depth)
    {
        if (depth > 16) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) CollectAuthors(x, names, ref references, depth + 1);
            return;
        }

        if (e.ValueKind != JsonValueKind.Object) return;
        foreach (var p in e.EnumerateObject())
        {
            if (p.NameEquals("author"))
            {
                AddAuthor(p.Value, names, ref references);
            }
            else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                CollectAuthors(p.Value, names, ref references, depth + 1);
            }
        }
    }

    private static void AddAuthor(JsonElement v, List<string> names, ref List<string>? references)
    {
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && !s.StartsWith("http", StringComparison.Ordinal))
        {
            names.Add(s.Trim());
        }
        else if (v.ValueKind == JsonValueKind.Object && NameOf(v) is { } name)
        {
            names.Add(name);
        }
        else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } reference)
        {
            (references ??= []).Add(reference);
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in v.EnumerateArray()) AddAuthor(x, names, ref references);
        }
    }

    private static string? NameOf(JsonElement node) =>
        node.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { } name && name.Trim() is { Length: > 0 } trimmed
            ? trimmed
            : null;

    /// <summary>The name of the object whose <c>@id</c> is <paramref name="id"/>, searched through nested objects and arrays.</summary>
    private static string? NameOfNode(JsonElement e, string id, int depth)
    {
        if (depth > 16) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
            {
                if (NameOfNode(x, id, depth + 1) is { } found) return found;
            }

            return null;
        }

        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@id", out var own) && own.ValueKind == JsonValueKind.String && own.ValueEquals(id) && NameOf(e) is { } name) return name;
        foreach (var p in e.EnumerateObject())
        {
            if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && NameOfNode(p.Value, id, depth + 1) is { } found) return found;
        }

        return null;
    }

    private static string? Find(JsonElement e, string property, int depth)
    {
        if (depth > 16) return null;
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty(property, out var v))
                {
                    if (v.ValueKind == JsonValueKind.String) return v.GetString();
                    if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String) return v[0].GetString();
                }

                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Find(p.Value, property, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    if (Find(x, property, depth + 1) is { } found) return found;
                }

                return null;
            default:
                return null;
        }
    }
}
