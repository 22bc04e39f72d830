using System.Text;

namespace InterviewParser.Blocks;

/// <summary>
/// Finds HTML nested so deeply that tree building would take minutes (tens of thousands of unclosed containers) and
/// reduces such a page to its text, so that bad input never hangs a run. One linear scan; no regex.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Container depth beyond which a page is read as text.</summary>
    public const int MaxDepth = 3000;

    /// <summary>Whether container elements nest deeper than <see cref="MaxDepth"/>.</summary>
    public static bool IsTooDeep(string html)
    {
        var s = html.AsSpan();
        int depth = 0;
        for (int i = s.IndexOf('<'); i >= 0 && i + 1 < s.Length; )
        {
            bool close = s[i + 1] == '/';
            int start = i + (close ? 2 : 1), end = start;
            while (end < s.Length && end - start < 12 && char.IsAsciiLetter(s[end])) end++;
            if (end > start && IsContainer(s[start..end]))
            {
                depth += close ? -1 : 1;
                if (depth < 0) depth = 0;
                if (depth > MaxDepth) return true;
            }

            int next = s[(i + 1)..].IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>The page's text without markup: tags become line breaks, common entities are decoded.</summary>
    public static string ToText(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        bool inTag = false;
        foreach (char c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag)
            {
                inTag = false;
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
            }
            else if (!inTag) sb.Append(c);
        }

        return System.Net.WebUtility.HtmlDecode(sb.ToString());
    }

    private static bool IsContainer(ReadOnlySpan<char> name)
    {
        foreach (var c in (ReadOnlySpan<string>)["div", "section", "article", "table", "blockquote", "ul", "ol", "dl", "main", "aside", "nav", "header", "footer", "form", "fieldset", "center", "span"])
        {
            if (name.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
