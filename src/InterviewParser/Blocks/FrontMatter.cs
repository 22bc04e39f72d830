namespace InterviewParser.Blocks;

/// <summary>
/// Reads the front matter of a Markdown text: YAML between <c>---</c> lines or TOML between <c>+++</c> lines at the very
/// start. Only the flat shapes that page generators write are read: <c>key: value</c>, <c>key = "value"</c>, quoted
/// values over several lines, lists (<c>- item</c> lines or <c>[a, b]</c>). Nested maps are skipped.
/// </summary>
internal static class FrontMatter
{
    private const int MaxLines = 400;

    /// <summary>
    /// Reads the front matter, if the text opens with one, into (key in lower case, value) pairs in order (one pair per
    /// list item), and returns the index where the body starts; 0 and no fields when there is none.
    /// </summary>
    public static int Read(string text, List<KeyValuePair<string, string>> fields)
    {
        int pos = 0;
        while (pos < text.Length && (text[pos] == '\uFEFF' || char.IsWhiteSpace(text[pos]))) pos++;
        var opening = LineAt(text, pos, out int next);
        string fence = opening is "---" ? "---" : opening is "+++" ? "+++" : "";
        if (fence.Length == 0) return 0;

        var lines = new List<string>();
        int end = -1;
        for (int n = 0; next < text.Length && n < MaxLines; n++)
        {
            var line = LineAt(text, next, out int after);
            if (line.TrimEnd() == fence)
            {
                end = after;
                break;
            }

            lines.Add(line);
            next = after;
        }

        if (end < 0) return 0;
        Parse(lines, fence == "+++" ? '=' : ':', fields);
        return end;
    }

    private static void Parse(List<string> lines, char separator, List<KeyValuePair<string, string>> fields)
    {
        string? listKey = null;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            bool indented = char.IsWhiteSpace(line[0]);
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) && listKey is not null)
            {
                Add(fields, listKey, Unquote(trimmed[2..].Trim()));
                continue;
            }

            if (indented) continue; // a nested map's entry, or a continuation already read
            int sep = trimmed.IndexOf(separator);
            if (sep <= 0 || !IsKey(trimmed.AsSpan(0, sep).Trim()))
            {
                listKey = null;
                continue;
            }

            string key = trimmed[..sep].Trim().ToLowerInvariant();
            string value = trimmed[(sep + 1)..].Trim();
            // A quoted value may go on over indented lines until its closing quote.
            if (value.Length > 0 && value[0] is '"' or '\'' && !ClosesQuote(value))
            {
                while (i + 1 < lines.Count && char.IsWhiteSpace(lines[i + 1].Length > 0 ? lines[i + 1][0] : 'x'))
                {
                    string more = lines[++i].Trim();
                    value = value.EndsWith('\\') ? value[..^1] + more : value + " " + more;
                    if (ClosesQuote(value)) break;
                }
            }

            // A plain value may be folded over indented lines too ("title: A long\n  title").
            else if (value.Length > 0 && value[0] is not ('[' or '{' or '|' or '>' or '"' or '\''))
            {
                while (i + 1 < lines.Count && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0])
                       && !lines[i + 1].TrimStart().StartsWith("- ", StringComparison.Ordinal) && lines[i + 1].Trim().Length > 0)
                {
                    value += " " + lines[++i].Trim();
                }
            }

            listKey = value.Length == 0 ? key : null;
            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                foreach (var item in value[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(fields, key, Unquote(item));
                }
            }
            else if (value.Length > 0)
            {
                Add(fields, key, Unquote(value));
            }
        }
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string key, string value)
    {
        if (value.Length > 0) fields.Add(new(key, BlockDocument.MetaValue(key, value)));
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > 40) return false;
        foreach (char c in key)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.')) return false;
        }

        return true;
    }

    private static bool ClosesQuote(string value) => value.Length >= 2 && value[^1] == value[0] && value[^2] != '\\';

    /// <summary>The value without its quotes and YAML escapes (<c>\_</c> is a no-break space, <c>\"</c> a quote).</summary>
    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
        {
            value = value[1..^1];
            if (value.Contains('\\', StringComparison.Ordinal))
            {
                value = value.Replace("\\_", " ", StringComparison.Ordinal).Replace("\\ ", " ", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal)
                    .Replace("\\\\", "\\", StringComparison.Ordinal);
            }
        }

        return TextUtil.CollapseWhitespace(value);
    }

    private static string LineAt(string text, int start, out int next)
    {
        int nl = text.IndexOf('\n', start);
        int end = nl < 0 ? text.Length : nl;
        next = nl < 0 ? text.Length : nl + 1;
        return text.AsSpan(start, end - start).TrimEnd('\r').ToString();
    }
}
