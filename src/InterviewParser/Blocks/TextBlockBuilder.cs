using InterviewParser.Model;

namespace InterviewParser.Blocks;

/// <summary>
/// Stage 2 for plain text: every non-empty line becomes a <see cref="Block"/>, remembering whether a blank
/// line stood before it. Markdown-style heading marks (<c>#</c>) and underlines (<c>===</c>, <c>---</c>) make headings.
/// </summary>
internal static class TextBlockBuilder
{
    /// <summary>The indentation from which a line is nested in a list rather than set as Markdown (which indents by three at most).</summary>
    private const int MinListIndent = 4;

    /// <summary>The most links to an author's page kept, as for an HTML page.</summary>
    private const int MaxAuthorLinks = 32;

    /// <summary>
    /// Whether the wrapper broke a hyphenated word after its hyphen ("HD-" / "Qualität", "well-" / "being"): the line
    /// ends on a letter and a hyphen and the next opens with a letter, not with the "and" or "or" that a suspended
    /// hyphen stands before ("Blog-" / "und Newsletter"). The two parts join with no space.
    /// </summary>
    private static bool BrokenAfterHyphen(System.Text.StringBuilder line, ReadOnlySpan<char> next)
    {
        int n = line.Length;
        if (n < 2 || line[n - 1] != '-' || !char.IsLetter(line[n - 2]) || next.IsEmpty || !char.IsLetter(next[0])) return false;
        int end = next.IndexOfAny(' ', ',', '.');
        var word = end < 0 ? next : next[..end];
        return !Languages.Vocabulary.HyphenJoiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Splits the text into line blocks, after its front matter; hard-wrapped lines are joined again.</summary>
    public static BlockDocument Build(string text, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>();
        int bodyStart = FrontMatter.Read(text, fields);
        var lines = new List<Range>();
        foreach (var range in text.AsSpan(bodyStart).Split('\n'))
        {
            var line = text.AsSpan(bodyStart + range.Start.Value, range.End.Value - range.Start.Value).TrimEnd();
            lines.Add(new Range(bodyStart + range.Start.Value, bodyStart + range.Start.Value + line.Length));
        }

        var wrap = HardWrap.DetectWidth(text, lines, static (t, r) => StartsAfresh(t.AsSpan()[r].Trim()));
        // Markdown (front matter, or links on several lines): links are weighed as links, pictures dropped.
        bool markdown = fields.Count > 0 || MarkdownLine.IsMarkdown(text, lines);
        var insideLinks = markdown ? MarkdownLine.LinesInsideLinks(text, lines) : null;
        var speakerRows = markdown ? MarkdownLine.SpeakerRows(text, lines) : null;
        // Whole lines in single asterisks or underscores are italic in Markdown, and in plain text that sets several so.
        bool italics = markdown || HasItalicLines(text, lines);
        bool changeMarks = MarksSpeakerChanges(text, lines);
        var blocks = new List<Block>();
        List<AuthorLink>? authorLinks = null;
        bool blankBefore = true, truncated = false;
        int strandedMark = 0; // the length of an emphasis mark that closes the line before, stranded at this line's start
        for (int lineNo = 0; lineNo < lines.Count; lineNo++)
        {
            if ((lineNo & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (blocks.Count >= BlockDocument.MaxBlocks)
            {
                truncated = true;
                break;
            }

            var line = text.AsSpan()[lines[lineNo]].Trim();
            if (strandedMark > 0)
            {
                line = line[strandedMark..].TrimStart();
                strandedMark = 0;
            }

            if (line.IsEmpty)
            {
                blankBefore = true;
                continue;
            }

            // A table row that holds a speaker's name and words reads as a labelled line of its own.
            string? row = speakerRows?[lineNo];
            if (row is not null) line = row.AsSpan();

            // A line the wrapper broke goes on in the next one (a label, list item, heading or rule starts afresh), and so
            // does a Markdown line that leaves a link open: a wrapper breaks link text at spaces and addresses at hyphens.
            string? joined = null;
            int firstLine = lineNo, last = lineNo;
            var links = markdown ? default(MarkdownLine.LinkScan).Feed(line) : default;
            // The line where the link left open was opened: a row of links runs on for many lines, each link for a few.
            int linkOpened = lineNo;
            System.Text.StringBuilder? sb = null;
            // Whether the joined lines ended a sentence already: prose, where a line broken early goes on (HardWrap.BrokeEarly).
            bool stopped = false;
            while (row is null && last + 1 < lines.Count)
            {
                var next = text.AsSpan()[lines[last + 1]].Trim();
                bool goesOn = HardWrap.Continues(wrap, Length(lines[last]), text.AsSpan()[lines[last + 1]])
                              || (stopped && HardWrap.BrokeEarly(wrap, text.AsSpan()[lines[last]], text.AsSpan()[lines[last + 1]]))
                              || (links.IsOpen && last - linkOpened < MarkdownLine.MaxLinkLines);
                if (!goesOn || next.IsEmpty || StartsAfresh(next) || IsRule(next) || OpensCaption(next)) break;
                if (sb is null)
                {
                    sb = new System.Text.StringBuilder().Append(line);
                    stopped = HardWrap.EndsSentence(line);
                }

                if (!links.InAddress && !BrokenAfterHyphen(sb, next)) sb.Append(' ');
                sb.Append(next);
                stopped |= HardWrap.EndsSentence(next);
                last++;
                if (markdown)
                {
                    bool wasOpen = links.IsOpen;
                    links = links.Feed(next);
                    if (!wasOpen || links.Closed) linkOpened = last;
                }
            }

            if (sb is not null)
            {
                joined = sb.ToString();
                line = joined.AsSpan();
                lineNo = last;
            }

            // "_A question?  ⏎_ The answer": emphasis closed after a line break, its closing mark left at the start of the
            // next line (converters write an emphasised line that ends in a break so). The mark goes back to its line.
            if (markdown && lineNo + 1 < lines.Count && StrandedCloser(line, text.AsSpan()[lines[lineNo + 1]].Trim()) is { } mark)
            {
                joined = string.Concat(line, mark);
                line = joined.AsSpan();
                strandedMark = mark.Length;
            }

            var kind = BlockKind.Paragraph;
            int level = 0;
            // A '#' indented by four columns or more is a text browser's bullet of a nested list (lynx sets "*", "o", "#"
            // by depth), never a heading: Markdown indents a heading by three at most.
            var raw = text.AsSpan()[lines[firstLine]];
            if (line is ['#', ' ', _, ..] && raw.Length - raw.TrimStart().Length >= MinListIndent)
            {
                kind = BlockKind.ListItem;
                line = line[2..].Trim();
            }
            else if (line[0] == '#' && line.Length > 2)
            {
                int hashes = 0;
                while (hashes < line.Length && line[hashes] == '#') hashes++;
                // "## Title", and "#Title" written without the space when more words follow (not a lone "#hashtag").
                // Only in Markdown documents (with front matter): a text browser prints "#Site » Feed" link rows.
                bool glued = fields.Count > 0 && hashes < line.Length && char.IsUpper(line[hashes]) && line.Contains(' ') && line[hashes..].IndexOf('#') < 0;
                if (hashes <= 6 && hashes < line.Length && (line[hashes] == ' ' || glued))
                {
                    kind = BlockKind.Heading;
                    level = hashes;
                    line = line[hashes..].Trim();
                }
            }

            // "Early years" over "-----------": a heading underlined to its length (Markdown's other heading style, and
            // plain text that converters write so). A rule of another length under a line is a separator, not an underline.
            bool underlined = false;
            if (kind == BlockKind.Paragraph && sb is null && lineNo + 1 < lines.Count && SetextLevel(line, text.AsSpan()[lines[lineNo + 1]].Trim()) is int underline)
            {
                kind = BlockKind.Heading;
                level = underline;
                underlined = true;
            }

            // ">> Good evening.": a broadcast transcript made from captions marks each change of speaker so, naming nobody
            // (or naming the speaker after the marks, ">> ANNA LUND: …", which the label reading takes from there).
            bool speakerChange = false;
            if (changeMarks && line.Length > 3 && line[0] == '>' && line[1] == '>' && line[2] == ' ')
            {
                speakerChange = true;
                line = line[3..].Trim();
                if (line.IsEmpty) continue;
            }

            int linkLength = 0;
            bool inCard = false;
            if (markdown)
            {
                List<string>? authors = null;
                string read = MarkdownLine.Read(line, out var marked, out linkLength, ref authors);
                if (read.Length == 0) continue; // a line of pictures only
                if (authors is not null)
                {
                    foreach (var a in authors) if ((authorLinks ??= []).Count < MaxAuthorLinks) authorLinks.Add(new AuthorLink(a, blocks.Count));
                }

                if (marked is { } m && kind == BlockKind.Paragraph) kind = m;
                line = read.AsSpan();
                if (insideLinks![lineNo] || insideLinks[last])
                {
                    linkLength = int.MaxValue; // a line of a card that is one link
                    inCard = true;
                }
            }

            // "Q      text" / "A\ttext": a question or answer letter set apart by wide spacing is a label.
            if (line.Length > 3 && line[0] is 'Q' or 'A' or 'F' or 'P' or 'R' && (line[1] == '\t' || (line[1] == ' ' && line[2] == ' ')))
            {
                line = (line[0] + ": " + line[1..].Trim().ToString()).AsSpan();
            }

            // Markdown bold at the start ("**Jane Roe:** text") is the text's way of setting a label in bold; a line bold from
            // end to end (a long question) is bold whatever its length, and in Markdown one in italics is italic.
            string? boldPrefix = null;
            bool italic = false;
            var trimmed = line.TrimEnd(InvisibleEnds.AsSpan());
            if (IsWrapped(trimmed, "**") || IsWrapped(trimmed, "__"))
            {
                boldPrefix = TextUtil.CollapseWhitespace(trimmed[2..^2].Trim().ToString());
                line = boldPrefix.AsSpan();
            }
            else if (italics && IsItalicLine(trimmed))
            {
                italic = true;
                line = trimmed[1..^1].Trim();
            }
            else if (line.StartsWith("**") && line.Length > 4)
            {
                int close = line[2..].IndexOf("**");
                if (close > 0 && close <= 80)
                {
                    boldPrefix = TextUtil.CollapseWhitespace(line.Slice(2, close).ToString());
                    line = (boldPrefix + " " + line[(close + 4)..].Trim().ToString()).AsSpan();
                    if (line.Length == boldPrefix.Length + 1) line = line.Trim();
                }
            }

            // Emphasis inside the line (a word in italics, a phrase in bold) shows as its words.
            if (markdown && line.IndexOfAny('*', '_') >= 0) line = MarkdownLine.RemoveEmphasis(line).AsSpan();
            string s = TextUtil.CollapseWhitespace(line.ToString());
            if (s.Length == 0)
            {
                continue;
            }

            int visible = 0;
            foreach (char c in s)
            {
                if (c != ' ') visible++;
            }

            blocks.Add(new Block
            {
                Text = s,
                Kind = kind,
                Level = level,
                LinkLength = Math.Min(linkLength, s.Length),
                VisibleLength = visible,
                BoldLength = kind == BlockKind.Heading ? visible : boldPrefix?.Length ?? 0,
                ItalicLength = italic ? visible : 0,
                BoldPrefix = boldPrefix is not null && boldPrefix.Length < s.Length ? boldPrefix : null,
                BlankBefore = blankBefore,
                OwnLine = true,
                SpeakerChange = speakerChange,
                InLinkCard = inCard,
            });
            blankBefore = false;
            if (underlined) lineNo++; // the underline is the heading's mark, not a line of the text
        }

        string? title = null;
        foreach (var (key, value) in fields) if (key == "title") { title = value; break; }
        return new BlockDocument { Format = DocumentFormat.Text, Blocks = blocks, Meta = fields, Title = title, Truncated = truncated, AuthorLinks = authorLinks ?? [] };
    }

    private static int Length(Range r) => r.End.Value - r.Start.Value;

    /// <summary>
    /// The level of a heading that <paramref name="under"/> underlines: 1 for a row of "=", 2 for a row of "-", as long as
    /// the line (within one character) and three at least; null for anything else. The line is a heading's length too.
    /// </summary>
    internal static int? SetextLevel(ReadOnlySpan<char> line, ReadOnlySpan<char> under)
    {
        if (under.Length < 3 || under[0] is not ('=' or '-') || !under.TrimStart(under[0]).IsEmpty) return null;
        if (Math.Abs(under.Length - line.Length) > 1 || line.Length > MaxSetextHeadingLength || IsRule(line)) return null;
        return under[0] == '=' ? 1 : 2;
    }

    /// <summary>The longest line read as an underlined heading.</summary>
    private const int MaxSetextHeadingLength = 160;

    /// <summary>Spaces and the invisible characters pages leave after a line (zero-width space, byte-order mark).</summary>
    private const string InvisibleEnds = " \t\u200B\uFEFF\u00A0";

    /// <summary>
    /// A horizontal rule: one punctuation mark repeated ("_____", "====="). It never continues a wrapped line; it is
    /// kept apart from <see cref="StartsAfresh"/>, which also picks the lines the wrap width is measured on, because
    /// leaving rules out of that measure found widths in unwrapped scrapes (rows of underscores printed for form fields).
    /// </summary>
    private static bool IsRule(ReadOnlySpan<char> line) =>
        line.Length >= 3 && (char.IsPunctuation(line[0]) || char.IsSymbol(line[0])) && line.TrimStart(line[0]).IsEmpty;

    /// <summary>
    /// A picture a text browser printed by its file name, with its caption after it ("[dawn.jpg] The quay at dawn. Photo:
    /// …"): it never continues the paragraph above. Kept apart from <see cref="StartsAfresh"/> as rules are: rows of such
    /// lines in an unwrapped scrape (a subscription box's icons) must not change the width measured.
    /// </summary>
    private static bool OpensCaption(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[0] == '[' && line.IndexOf(']') is int close and > 0 && close + 2 < line.Length && line[close + 1] == ' '
        && char.IsLetter(line[close + 2]) && TextUtil.IsPictureFile(line[..(close + 1)]);

    private static readonly string[] EmphasisMarks = ["**", "__", "*", "_"];

    /// <summary>
    /// The emphasis mark that opens <paramref name="line"/> without closing in it, when <paramref name="next"/> opens with
    /// that mark alone before a space or its end, or (a bold mark) with no partner of its own in the next line ("**A
    /// question?  ⏎**The answer"): the closing mark, stranded on the next line; otherwise null.
    /// </summary>
    private static string? StrandedCloser(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        foreach (var mark in EmphasisMarks)
        {
            if (!line.StartsWith(mark) || line.Length <= mark.Length || line[mark.Length] == mark[0] || char.IsWhiteSpace(line[mark.Length])) continue;
            if (line[mark.Length..].IndexOf(mark) >= 0) return null;
            bool closes = next.StartsWith(mark) && (next.Length == mark.Length || (next[mark.Length] == ' ' && next.Length > mark.Length + 1)
                                                    || mark.Length == 2 && next.Length > mark.Length && next[mark.Length] != mark[0] && next[mark.Length..].IndexOf(mark) < 0);
            return closes && (mark.Length == 2 || next.Length == 1 || next[1] != mark[0]) ? mark : null;
        }

        return null;
    }

    /// <summary>Whether the line is in italics from end to end: "*…*" or "_…_".</summary>
    private static bool IsItalicLine(ReadOnlySpan<char> line) => IsWrapped(line, "*") || IsWrapped(line, "_");

    /// <summary>Whether two lines or more are set in italics from end to end, the way plain text marks emphasis.</summary>
    /// <summary>
    /// Whether the text is a transcript whose lines open with a change-of-speaker mark ("&gt;&gt; Good evening."): three
    /// such lines at least and half the text's lines. A page's "&gt;&gt; Read more" links are marked so too, a few lines among many.
    /// </summary>
    private static bool MarksSpeakerChanges(string text, List<Range> lines)
    {
        int marked = 0, filled = 0;
        foreach (var r in lines)
        {
            var line = text.AsSpan()[r].Trim();
            if (line.IsEmpty) continue;
            filled++;
            if (line.StartsWith(">> ", StringComparison.Ordinal)) marked++;
        }

        return marked >= 3 && marked * 2 >= filled;
    }

    private static bool HasItalicLines(string text, List<Range> lines)
    {
        int found = 0;
        foreach (var r in lines)
        {
            if (IsItalicLine(text.AsSpan()[r].Trim().TrimEnd(InvisibleEnds.AsSpan())) && ++found >= 2) return true;
        }

        return false;
    }

    /// <summary>Whether the line is one emphasis from end to end: "**…**", "_…_", with no mark of the kind inside.</summary>
    private static bool IsWrapped(ReadOnlySpan<char> line, string mark) =>
        line.Length > mark.Length * 2 + 1 && line.StartsWith(mark) && line.EndsWith(mark) && !char.IsWhiteSpace(line[mark.Length])
        && !char.IsWhiteSpace(line[^(mark.Length + 1)]) && line[mark.Length..^mark.Length].IndexOf(mark) < 0
        && (mark.Length == 2 || line[1] != mark[0]);

    /// <summary>
    /// Lines that open a block of their own even inside wrapped text: headings, list items ("- ", "* ", not a word set in
    /// bold, "**word"), quotes, labels, and a transcript's timed segments ("[00:01:10] …", "00:01:10 Name: …").
    /// </summary>
    private static bool StartsAfresh(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] is '#' or '>' or '•' || (line.Length > 1 && line[0] is '-' or '*' or 'Q' && line[1] == ' ')) return true;
        string text = line.ToString();
        return ((line[0] is '[' or '(' or '\\' || char.IsAsciiDigit(line[0])) && Turns.MediaTime.TryStripLeading(text, out _, out _))
            || Turns.SpeakerLabel.ReadPlain(text) is not null || Turns.SpeakerLabel.TryReadStandalone(text, out _);
    }
}
