using System.Text;

namespace InterviewParser.Blocks;

/// <summary>
/// Finds HTML that tree building cannot afford: elements nested tens of thousands deep (unclosed containers or
/// formatting tags, whose reconstruction costs more with every level), or so many elements that the tree would take
/// hundreds of times the page's size in memory. Such a page is read as its text. One linear scan; no regex.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Element depth beyond which a page is read as text.</summary>
    public const int MaxDepth = 3000;

    /// <summary>
    /// Elements beyond which a page is read as text: a tree costs a few hundred bytes per element, so an input made
    /// of little else than tags would take hundreds of times its size. Real pages, even very long ones, hold far fewer.
    /// </summary>
    public const int MaxElements = 100_000;

    /// <summary>What the scan found.</summary>
    public enum Verdict
    {
        /// <summary>The page can be built as a tree.</summary>
        Fine,

        /// <summary>Elements nest deeper than <see cref="MaxDepth"/>.</summary>
        TooDeep,

        /// <summary>More than <see cref="MaxElements"/> elements.</summary>
        TooMany,
    }

    // Elements that never hold others (void) or that close themselves when a sibling opens: they do not nest.
    private static bool IsFlat(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[16];
        int n = name.ToLowerInvariant(lower);
        return lower[..n] is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param"
            or "source" or "track" or "wbr" or "p" or "li" or "dt" or "dd" or "tr" or "td" or "th" or "option" or "optgroup" or "thead"
            or "tbody" or "tfoot" or "colgroup" or "caption" or "rb" or "rt" or "rp" or "html" or "head" or "body" or "basefont"
            or "bgsound" or "frame" or "keygen" or "!doctype";
    }

    /// <summary>Scans the markup once: depth of nesting elements and number of elements, past comments, scripts and styles.</summary>
    public static Verdict Inspect(string html)
    {
        var s = html.AsSpan();
        // Fewer opening tags than the depth limit (every '<' that does not start "</") can neither nest too deep nor be
        // too many: most pages end here, most of them on the first count.
        int angles = s.Count('<');
        if (angles <= MaxDepth || angles - s.Count("</") <= MaxDepth) return Verdict.Fine;
        int depth = 0, elements = 0;
        int i = s.IndexOf('<');
        while (i >= 0 && i + 1 < s.Length)
        {
            int next = i + 1;
            if (s[(i + 1)..].StartsWith("!--"))
            {
                int end = s[(i + 4)..].IndexOf("-->");
                if (end < 0) break;
                next = i + 4 + end + 3;
            }
            else
            {
                bool close = s[i + 1] == '/';
                int start = i + (close ? 2 : 1), end = start;
                while (end < s.Length && end - start < 16 && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '!')) end++;
                if (end > start && (char.IsAsciiLetter(s[start]) || s[start] == '!'))
                {
                    var name = s[start..end];
                    int gt = s[end..].IndexOf('>');
                    bool selfClosing = gt > 0 && s[end + gt - 1] == '/';
                    if (!close && ++elements > MaxElements) return Verdict.TooMany;
                    if (!selfClosing && !IsFlat(name))
                    {
                        depth += close ? -1 : 1;
                        if (depth < 0) depth = 0;
                        if (depth > MaxDepth) return Verdict.TooDeep;
                    }

                    // Script and style text is not markup: skip to the closing tag.
                    if (!close && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                    {
                        int closing = IndexOfClosing(s, end, name);
                        if (closing < 0) break;
                        next = closing;
                    }
                }
            }

            int lt = s[next..].IndexOf('<');
            i = lt < 0 ? -1 : next + lt;
        }

        return Verdict.Fine;
    }

    private static int IndexOfClosing(ReadOnlySpan<char> s, int from, ReadOnlySpan<char> name)
    {
        for (int at = from; at < s.Length;)
        {
            int lt = s[at..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0) return -1;
            at += lt;
            if (s[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
            at += 2;
        }

        return -1;
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
}
