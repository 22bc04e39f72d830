using AngleSharp.Dom;
using AngleSharp.Text;

namespace InterviewParser.Blocks;

/// <summary>
/// The text of the page's script elements, read from the markup itself. The tree is built without script text (most
/// of a modern page's bytes are inline code nobody reads here); the few scripts that are read, JSON-LD blocks, take
/// their text from where the parser met their start tag. The tree still decides which elements are scripts and what
/// their type is, so a script quoted in a comment or in another script is never taken for one.
/// </summary>
internal sealed class ScriptSources(string html)
{
    private readonly List<(IElement Element, int Position)> _scripts = [];
    private int _next; // the walk meets scripts in the order they were made: the search starts after the last found

    /// <summary>Called by the parser for every element it creates; keeps where each script element began.</summary>
    public void Created(IElement element, TextPosition position)
    {
        if (element.LocalName == "script") _scripts.Add((element, position.Position));
    }

    /// <summary>The script's text as the parser would have given it, or "" when its start tag cannot be found.</summary>
    public string TextOf(IElement script)
    {
        for (int k = 0; k < _scripts.Count; k++)
        {
            int i = (_next + k) % _scripts.Count;
            if (!ReferenceEquals(_scripts[i].Element, script)) continue;
            _next = i + 1;
            return TextAt(html, _scripts[i].Position - 1); // positions count from 1
        }

        return string.Empty;
    }

    /// <summary>The text of the script element whose start tag begins at <paramref name="start"/>.</summary>
    internal static string TextAt(string html, int start)
    {
        var s = html.AsSpan();
        if (start < 0 || start >= s.Length || !s[start..].StartsWith("<script", StringComparison.OrdinalIgnoreCase)) return string.Empty;
        int open = EndOfStartTag(s, start + 7);
        if (open < 0) return string.Empty;
        int end = open;
        while (true)
        {
            int close = s[end..].IndexOf("</script", StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                end = s.Length; // the data ends inside the script: its text runs to the end
                break;
            }

            end += close;
            // Only "</script" followed by a space, "/" or ">" ends the element ("</scripts" does not).
            if (end + 8 >= s.Length || s[end + 8] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>') break;
            end += 8;
        }

        var text = s[open..end];
        if (text.IndexOfAny('\r', '\0') < 0) return text.ToString();
        // As the parser reads its input: line breaks made "\n", NUL characters made U+FFFD.
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD');
    }

    /// <summary>The index after the "&gt;" that ends a start tag, skipping quoted attribute values; -1 when it never ends.</summary>
    private static int EndOfStartTag(ReadOnlySpan<char> s, int from)
    {
        char quote = '\0';
        bool valueNext = false;
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }

            if (c == '>') return i + 1;
            if (c == '=') valueNext = true;
            else if (valueNext && c is '"' or '\'') { quote = c; valueNext = false; }
            else if (!char.IsWhiteSpace(c)) valueNext = false;
        }

        return -1;
    }
}
