namespace InterviewParser.Blocks;

/// <summary>
/// What a line of a Markdown document says besides its words: which of its text is link text, whether it is a list
/// item or a quote, and its pictures. Pages saved as Markdown by crawlers keep their menus, teasers and share rows as
/// lines of links, which the chrome stage can then weigh as link-dense, as it does on HTML. The line's words stay as
/// written (links with their addresses), since a transcript written in Markdown is quoted as it stands; pictures
/// (<c>![alt](src)</c>) are dropped, as the HTML reader skips images.
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
    /// Reads a line: its text without pictures and without a list or quote marker, the kind those markers give, and
    /// the share of its displayed words (links shown by their text) that is link text, as characters of the text.
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
                sb.Append(c).Append(line[i + 1]);
                shown++;
                i += 2;
                continue;
            }

            if ((c == '!' && i + 1 < line.Length && line[i + 1] == '[' && TryLink(line[(i + 1)..], out int picture, out _, out _))
                || (c == '[' && TryLink(line[i..], out picture, out int textLength, out bool holdsPicture) && holdsPicture && textLength == 0))
            {
                // A picture, or a link around nothing but a picture: no text.
                i += c == '!' ? picture + 1 : picture;
                continue;
            }

            if (c == '[' && TryLink(line[i..], out int length, out int shownText, out _))
            {
                sb.Append(line.Slice(i, length));
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
        // As characters of the text: the displayed share, so that long addresses do not make a sentence look like a link.
        linkLength = shown == 0 ? 0 : (int)Math.Round((double)linked / shown * result.Length);
        return result;
    }

    /// <summary>
    /// A link "[text](address)" at the start of the span: its length, the non-space characters of its text (pictures
    /// inside it not counted), and whether its text holds a picture.
    /// </summary>
    private static bool TryLink(ReadOnlySpan<char> s, out int length, out int shownText, out bool holdsPicture)
    {
        length = shownText = 0;
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
            if (inner[i] == '!' && i + 1 < inner.Length && inner[i + 1] == '[' && TryLink(inner[(i + 1)..], out int picture, out _, out _))
            {
                holdsPicture = true;
                i += picture;
                continue;
            }

            if (!char.IsWhiteSpace(inner[i]) && inner[i] is not ('[' or ']' or '*' or '_')) shownText++;
        }

        length = end + 1;
        return true;
    }
}
