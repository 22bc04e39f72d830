namespace InterviewParser.Blocks;

/// <summary>
/// A line of a Markdown document read as its reader sees it: links shown by their text (and counted as link text),
/// pictures (<c>![alt](src)</c>) dropped as the HTML reader skips images, escapes resolved, list and quote marks read
/// as the block's kind. Pages saved as Markdown by crawlers keep their menus, teasers and share rows as lines of links,
/// which the chrome stage can then weigh as link-dense, as it does on HTML; and dates, titles and names are read from
/// the words, not from the addresses.
/// </summary>
internal static class MarkdownLine
{
    /// <summary>How many lines with a link or a picture make a text a Markdown document.</summary>
    private const int MinLinkLines = 3;

    /// <summary>Whether the lines hold Markdown links or pictures on <see cref="MinLinkLines"/> lines or more.</summary>
    public static bool IsMarkdown(string text, List<Range> lines)
    {
        int found = 0;
        foreach (var r in lines)
        {
            var line = text.AsSpan()[r];
            int close = line.IndexOf("](", StringComparison.Ordinal);
            if (close > 0 && line[..close].Contains('[') && line[(close + 2)..].Contains(')') && ++found >= MinLinkLines) return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a line: its text as shown, the kind a list or quote marker gives, and how much of it is link text.
    /// </summary>
    public static string Read(ReadOnlySpan<char> line, out BlockKind? kind, out int linkLength)
    {
        kind = null;
        linkLength = 0;
        if (line.Length > 2 && line[0] is '*' or '-' or '+' && line[1] == ' ')
        {
            kind = BlockKind.ListItem;
            line = line[2..].TrimStart();
        }
        else if (line.Length > 1 && line[0] == '>')
        {
            kind = BlockKind.Quote;
            line = line[1..].TrimStart();
        }

        var sb = new System.Text.StringBuilder(line.Length);
        int shown = 0, linked = 0;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '\\' && i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) is false && !char.IsWhiteSpace(line[i + 1]))
            {
                sb.Append(line[i + 1]);
                shown++;
                i += 2;
                continue;
            }

            if ((c == '!' && i + 1 < line.Length && line[i + 1] == '[' && TryLink(line[(i + 1)..], out int picture, out _, out _, out _))
                || (c == '[' && TryLink(line[i..], out picture, out int textLength, out bool holdsPicture, out _) && holdsPicture && textLength == 0))
            {
                // A picture, or a link around nothing but a picture: no text.
                i += c == '!' ? picture + 1 : picture;
                continue;
            }

            if (c == '[' && TryLink(line[i..], out int length, out int shownText, out _, out int textEnd))
            {
                // The link's text as shown, read the same way (escapes, pictures inside it).
                sb.Append(Read(line.Slice(i + 1, textEnd - 1), out _, out _));
                shown += shownText;
                linked += shownText;
                i += length;
                continue;
            }

            sb.Append(c);
            if (!char.IsWhiteSpace(c) && c is not ('*' or '_')) shown++;
            i++;
        }

        string result = sb.ToString().Trim();
        // As characters of the text, from the non-space characters shown.
        linkLength = shown == 0 ? 0 : (int)Math.Round((double)linked / shown * result.Length);
        return result;
    }

    /// <summary>
    /// A link "[text](address)" at the start of the span: its length, the non-space characters of its text (pictures
    /// inside it not counted), whether its text holds a picture, and where its text ends (the closing bracket).
    /// </summary>
    private static bool TryLink(ReadOnlySpan<char> s, out int length, out int shownText, out bool holdsPicture, out int textEnd)
    {
        length = shownText = textEnd = 0;
        holdsPicture = false;
        if (s.IsEmpty || s[0] != '[') return false;
        int depth = 0, close = -1;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '[') depth++;
            else if (s[i] == ']' && --depth == 0)
            {
                close = i;
                break;
            }
        }

        if (close < 0 || close + 1 >= s.Length || s[close + 1] != '(') return false;
        int parens = 0, end = -1;
        for (int i = close + 1; i < s.Length; i++)
        {
            if (s[i] == '(') parens++;
            else if (s[i] == ')' && --parens == 0)
            {
                end = i;
                break;
            }
        }

        if (end < 0) return false;
        var inner = s[1..close];
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '!' && i + 1 < inner.Length && inner[i + 1] == '[' && TryLink(inner[(i + 1)..], out int picture, out _, out _, out _))
            {
                holdsPicture = true;
                i += picture;
                continue;
            }

            if (!char.IsWhiteSpace(inner[i]) && inner[i] is not ('[' or ']' or '*' or '_')) shownText++;
        }

        length = end + 1;
        textEnd = close;
        return true;
    }
}
