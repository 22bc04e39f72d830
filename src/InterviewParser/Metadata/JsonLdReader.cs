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

    /// <summary>Finds the names of the <c>author</c> objects.</summary>
    public static List<string> FindAuthors(BlockDocument doc)
    {
        var names = new List<string>();
        foreach (var script in doc.ParsedJsonLd) CollectAuthors(script.RootElement, names, 0);
        return names;
    }

    private static void CollectAuthors(JsonElement e, List<string> names, int depth)
    {
        if (depth > 16) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) CollectAuthors(x, names, depth + 1);
            return;
        }

        if (e.ValueKind != JsonValueKind.Object) return;
        foreach (var p in e.EnumerateObject())
        {
            if (p.NameEquals("author"))
            {
                AddAuthor(p.Value, names);
            }
            else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                CollectAuthors(p.Value, names, depth + 1);
            }
        }
    }

    private static void AddAuthor(JsonElement v, List<string> names)
    {
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && !s.StartsWith("http", StringComparison.Ordinal))
        {
            names.Add(s.Trim());
        }
        else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: > 0 } name)
        {
            names.Add(name.Trim());
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in v.EnumerateArray()) AddAuthor(x, names);
        }
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
