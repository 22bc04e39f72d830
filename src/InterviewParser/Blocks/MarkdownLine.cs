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

    /// <summary>
    /// Whether the lines hold Markdown links or pictures on <see cref="MinLinkLines"/> lines or more, or as many quote
    /// lines ("&gt; **Q:** …") or marked headings ("## Early years"), or a table: text browsers indent a quotation and
    /// print no marks before it or a heading, and lay a table out in columns without pipes.
    /// </summary>
    public static bool IsMarkdown(string text, List<Range> lines)
    {
        int found = 0, quotes = 0, bold = 0, headings = 0;
        ReadOnlySpan<char> previous = default;
        foreach (var r in lines)
        {
            var line = text.AsSpan()[r];
            int close = line.IndexOf("](", StringComparison.Ordinal);
            if (close > 0 && line[..close].Contains('[') && line[(close + 2)..].Contains(')') && ++found >= MinLinkLines) return true;
            if (line is ['>', ' ', not ('>' or ' '), ..] && ++quotes >= MinLinkLines) return true;
            // Headings written with their marks ("## Early years", "### Jane Roe"), which no text browser prints.
            if (IsAtxHeading(line) && ++headings >= MinLinkLines) return true;
            // Bold set inside the line ("[00:00:05] **Jane:** …"), which no text browser prints; a bold line start is read
            // as a label in any text.
            if (HasInnerBold(line) && ++bold >= MinLinkLines) return true;
            // A table's rule row under its header row ("---|---"): no text browser prints one.
            if (IsTableRule(line.Trim()) && previous.Contains('|')) return true;
            previous = line;
        }

        return false;
    }

    /// <summary>Whether a line is a heading with its marks: one to six '#', a space, then a letter.</summary>
    private static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        return hashes is >= 1 and <= 6 && hashes + 1 < line.Length && line[hashes] == ' ' && char.IsLetter(line[hashes + 1]);
    }

    /// <summary>Whether a line sets words in bold after its start: a "**" pair around a word, the first after a space.</summary>
    private static bool HasInnerBold(ReadOnlySpan<char> line)
    {
        int open = line.IndexOf(" **", StringComparison.Ordinal);
        if (open < 0 || open + 3 >= line.Length || line[open + 3] == ' ') return false;
        int close = line[(open + 3)..].IndexOf("**", StringComparison.Ordinal);
        return close > 0 && line[open + 3 + close - 1] != ' ';
    }

    /// <summary>
    /// The rows of Markdown tables (under a rule row of dashes between pipes, "|---|---|" or "---|---") that hold a
    /// speaker's name and words, as labelled lines ("| Jane Roe | Well, … |" → "Jane Roe: Well, …"): two cells, the
    /// first a label that recurs in the table's rows. Null where the text has none; tables of figures and of link cards
    /// stay as written.
    /// </summary>
    public static string?[]? SpeakerRows(string text, List<Range> lines)
    {
        string?[]? rows = null;
        for (int k = 1; k < lines.Count; k++)
        {
            if (!IsTableRule(text.AsSpan()[lines[k]].Trim()) || !text.AsSpan()[lines[k - 1]].Contains('|')) continue;
            var labels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            int end = k + 1;
            for (; end < lines.Count && text.AsSpan()[lines[end]].Contains('|'); end++) { }
            for (int j = k - 1; j < end; j++)
            {
                if (j == k || LabelledRow(text.AsSpan()[lines[j]]) is not { } row) continue;
                (rows ??= new string?[lines.Count])[j] = row;
                string label = row[..row.IndexOf(':')];
                labels[label] = labels.GetValueOrDefault(label) + 1;
            }

            for (int j = k - 1; rows is not null && j < end; j++)
            {
                if (rows[j] is { } row && labels[row[..row.IndexOf(':')]] < 2) rows[j] = null;
            }

            k = end - 1;
        }

        return rows;
    }

    /// <summary>Whether a line is a table's rule row: dashes, colons, pipes and spaces only, with a pipe and three dashes.</summary>
    public static bool IsTableRule(ReadOnlySpan<char> line) =>
        line.Contains('|') && line.Contains("---", StringComparison.Ordinal) && line.IndexOfAnyExcept("-:| ") < 0;

    /// <summary>
    /// A table row of two cells whose first has a label's shape ("| Jane Roe | Well, … |", "**Jane Roe:** | Well, …"), as
    /// a labelled line ("Jane Roe: Well, …"), or <see langword="null"/>.
    /// </summary>
    private static string? LabelledRow(ReadOnlySpan<char> line)
    {
        var inner = line.Trim().Trim('|');
        int pipe = inner.IndexOf('|');
        if (pipe <= 0 || inner[(pipe + 1)..].Contains('|')) return null;
        string label = inner[..pipe].Trim().Trim("*_").TrimEnd(':').Trim().ToString();
        string speech = inner[(pipe + 1)..].Trim().ToString();
        if (label.Length == 0 || speech.Length == 0) return null;
        string row = label + ": " + speech;
        return Turns.SpeakerLabel.ReadPlain(row) is not null ? row : null;
    }

    /// <summary>
    /// The lines inside links written over several lines: a card made one link ("[ ![picture](…) Kicker", "### Title",
    /// "](/article/1)", as converters write a link around blocks) opens with a bracket the line leaves open and closes
    /// with a line that starts with "](". The lines between the two are link text (the opening line may start with
    /// text outside the link, the closing one open the next card); a bracket left open that no such line closes
    /// within <see cref="MaxLinkLines"/> lines is text.
    /// </summary>
    public static bool[] LinesInsideLinks(string text, List<Range> lines)
    {
        var inside = new bool[lines.Count];
        int open = -1;
        for (int k = 0; k < lines.Count; k++)
        {
            var line = text.AsSpan()[lines[k]].Trim();
            if (open >= 0 && k - open > MaxLinkLines) open = -1;
            if (open >= 0 && line.StartsWith("](", StringComparison.Ordinal))
            {
                inside.AsSpan(open + 1, k - open - 1).Fill(true);
                open = -1;
            }

            if (open < 0 && LeavesBracketOpen(line)) open = k;
        }

        return inside;
    }

    /// <summary>How many lines a link written over several lines may span.</summary>
    public const int MaxLinkLines = 12;

    /// <summary>
    /// Where a line leaves a link open, read line by line: inside its text (an opening bracket not yet closed) or inside
    /// its address (after "](", before the closing parenthesis). A wrapper breaks lines inside both, at spaces in the
    /// text and at hyphens in the address. <paramref name="Closed"/>: a link closed on the last line read (a row of links
    /// closes one and opens the next on one line).
    /// </summary>
    public readonly record struct LinkScan(int Depth, bool InAddress, int Parens, bool Closed = false)
    {
        /// <summary>Whether the lines read so far leave a link open.</summary>
        public bool IsOpen => Depth > 0 || InAddress;

        /// <summary>The state after one more line.</summary>
        public LinkScan Feed(ReadOnlySpan<char> line)
        {
            int depth = Depth, parens = Parens;
            bool inAddress = InAddress, closed = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '\\') i++;
                else if (inAddress)
                {
                    if (c == '(') parens++;
                    else if (c == ')' && parens-- == 0)
                    {
                        inAddress = false;
                        closed |= depth == 0;
                    }
                }
                else if (c == '[') depth++;
                else if (c == ']' && depth > 0)
                {
                    depth--;
                    if (i + 1 < line.Length && line[i + 1] == '(')
                    {
                        inAddress = true;
                        parens = 0;
                        i++;
                    }
                }
            }

            return new LinkScan(depth, inAddress, inAddress ? parens : 0, closed);
        }
    }

    /// <summary>Whether a line ends with an opening bracket still unclosed (a closing bracket with none open is passed over).</summary>
    private static bool LeavesBracketOpen(ReadOnlySpan<char> line) => default(LinkScan).Feed(line).Depth > 0;

    /// <summary>Reads a line: its text as shown, the kind a list or quote marker gives, and how much of it is link text.</summary>
    public static string Read(ReadOnlySpan<char> line, out BlockKind? kind, out int linkLength)
    {
        List<string>? authorLinks = null;
        return Read(line, out kind, out linkLength, ref authorLinks);
    }

    /// <summary>
    /// Reads a line: its text as shown, the kind a list or quote marker gives, and how much of it is link text. The text
    /// of links to an author's page (<see cref="AuthorAddress"/>) is added to <paramref name="authorLinks"/>.
    /// </summary>
    public static string Read(ReadOnlySpan<char> line, out BlockKind? kind, out int linkLength, ref List<string>? authorLinks)
    {
        kind = null;
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

        // Each bracket's partner is found once for the line, so that a line of thousands of brackets costs no more than
        // its length.
        int[] partner = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, line.Length));
        try
        {
            MatchBrackets(line, partner);
            var sb = new System.Text.StringBuilder(line.Length);
            int shown = 0, linked = 0;
            Append(line, 0, line.Length, partner, sb, ref shown, ref linked, ref authorLinks, 0);
            string result = sb.ToString().Trim();
            // As characters of the text, from the non-space characters shown.
            linkLength = shown == 0 ? 0 : (int)Math.Round((double)linked / shown * result.Length);
            return result;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(partner);
        }
    }

    /// <summary>
    /// The line with its inline emphasis shown as its reader sees it: the marks of <c>*a*</c>, <c>**a**</c>,
    /// <c>_a_</c> and <c>__a__</c> pairs left out, everything else as written. A run of one to three marks opens when
    /// a non-space follows it and closes when a non-space precedes it, and needs no letter or digit on its outer side:
    /// marks inside a word are the word's (snake_case names, the gender star of "Lehrer*innen"), and "5 * 3" has no
    /// pair. Each closing run takes the last open run of the same mark and length, in one pass over the line; a run
    /// opened and never closed stays as written.
    /// </summary>
    public static string RemoveEmphasis(ReadOnlySpan<char> line)
    {
        // The runs still open, one stack for each mark and length: a closing run looks at one stack's top only, so a
        // line of thousands of marks that never pair costs no more than its length.
        var open = new List<int>?[6];
        List<int>? drop = null;
        for (int i = 0; i < line.Length;)
        {
            char c = line[i];
            if (c is not ('*' or '_'))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < line.Length && line[i] == c) i++;
            int length = i - start;
            if (length > 3) continue;
            char before = start > 0 ? line[start - 1] : ' ', after = i < line.Length ? line[i] : ' ';
            bool opens = !char.IsWhiteSpace(after) && !char.IsLetterOrDigit(before);
            bool closes = !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
            var stack = open[(c == '*' ? 0 : 3) + length - 1] ??= [];
            // A line set whole in emphasis may have a space before its closing run ("_A standfirst. _", as converters
            // write a paragraph whose text ends in a space): the run that ends the line closes the one that opened it.
            closes |= i == line.Length && stack.Count == 1 && stack[0] == line.Length - line.TrimStart().Length;
            if (closes && stack.Count > 0)
            {
                (drop ??= []).Add(stack[^1]);
                drop.Add(start);
                stack.RemoveAt(stack.Count - 1);
            }
            else if (opens)
            {
                stack.Add(start);
            }
        }

        if (drop is null) return line.ToString();
        drop.Sort();
        var sb = new System.Text.StringBuilder(line.Length);
        int from = 0;
        foreach (int at in drop)
        {
            sb.Append(line[from..at]);
            from = at;
            while (from < line.Length && line[from] == line[at]) from++;
        }

        return sb.Append(line[from..]).ToString();
    }

    /// <summary>The most links to an author's page a line reports (a line of thousands of links is a list, not a byline).</summary>
    private const int MaxAuthorLinks = 32;

    /// <summary>How deep links inside link text are read; deeper ones are shown as written.</summary>
    private const int MaxNesting = 4;

    /// <summary>Appends the text shown for line[from..to): links by their text, pictures left out, escapes resolved.</summary>
    private static void Append(ReadOnlySpan<char> line, int from, int to, int[] partner, System.Text.StringBuilder sb, ref int shown, ref int linked,
        ref List<string>? authorLinks, int depth)
    {
        int i = from;
        while (i < to)
        {
            char c = line[i];
            if (c == '\\' && i + 1 < to && char.IsAsciiLetterOrDigit(line[i + 1]) is false && !char.IsWhiteSpace(line[i + 1]))
            {
                sb.Append(line[i + 1]);
                shown++;
                i += 2;
                continue;
            }

            if (c == '!' && i + 1 < to && Link(line, i + 1, to, partner) is (> 0 and var pictureEnd, _))
            {
                i = pictureEnd; // a picture: no text
                continue;
            }

            if (c == '[' && depth < MaxNesting && Link(line, i, to, partner) is (> 0 and var end, var close))
            {
                int before = sb.Length, shownBefore = shown, linkedBefore = linked;
                Append(line, i + 1, close, partner, sb, ref shown, ref linked, ref authorLinks, depth + 1);
                // A link around nothing but a picture shows nothing; the words of a link are link text.
                if (shown == shownBefore) sb.Length = before;
                else
                {
                    TrimFrom(sb, before); // "[ Title ](…)" shows "Title"
                    if ((authorLinks is null || authorLinks.Count < MaxAuthorLinks) && AuthorAddress.Matches(line[(close + 2)..(end - 1)]))
                    {
                        (authorLinks ??= []).Add(sb.ToString(before, sb.Length - before));
                    }
                }

                linked = linkedBefore + (shown - shownBefore);
                i = end;
                continue;
            }

            sb.Append(c);
            if (!char.IsWhiteSpace(c) && c is not ('*' or '_')) shown++;
            i++;
        }
    }

    /// <summary>Trims the white space at both ends of what the builder holds from the index on.</summary>
    private static void TrimFrom(System.Text.StringBuilder sb, int from)
    {
        while (sb.Length > from && char.IsWhiteSpace(sb[^1])) sb.Length--;
        int lead = 0;
        while (from + lead < sb.Length && char.IsWhiteSpace(sb[from + lead])) lead++;
        if (lead > 0) sb.Remove(from, lead);
    }

    /// <summary>
    /// A link "[text](address)" opening at the index and ending before <paramref name="to"/>: where it ends (the index
    /// after its closing parenthesis) and where its text ends (its closing bracket); (0, 0) when there is none.
    /// </summary>
    private static (int End, int Close) Link(ReadOnlySpan<char> line, int open, int to, int[] partner)
    {
        if (line[open] != '[') return (0, 0);
        int close = partner[open];
        if (close <= open || close + 1 >= to || line[close + 1] != '(') return (0, 0);
        int end = partner[close + 1];
        return end > close + 1 && end < to ? (end + 1, close) : (0, 0);
    }

    /// <summary>
    /// Pairs the brackets and parentheses of a line in one pass: partner[i] is the index of the bracket that closes the
    /// one opened at i (square with square, round with round, nested ones paired inside out), or -1. Escaped brackets
    /// are text.
    /// </summary>
    private static void MatchBrackets(ReadOnlySpan<char> line, int[] partner)
    {
        var squares = new Stack<int>();
        var rounds = new Stack<int>();
        for (int i = 0; i < line.Length; i++)
        {
            partner[i] = -1;
            switch (line[i])
            {
                case '\\':
                    if (i + 1 < line.Length) partner[++i] = -1;
                    break;
                case '[':
                    squares.Push(i);
                    break;
                case ']':
                    if (squares.Count > 0) partner[squares.Pop()] = i;
                    break;
                case '(':
                    rounds.Push(i);
                    break;
                case ')':
                    if (rounds.Count > 0) partner[rounds.Pop()] = i;
                    break;
            }
        }
    }
}
