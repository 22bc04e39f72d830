namespace InterviewParser.Blocks;

/// <summary>
/// Finds the column at which a text was hard-wrapped (mail, press transcripts, text-mode browser dumps). A greedy
/// wrapper breaks a line when the next word would not fit, so a wrapped line of length L followed by a word of length w
/// says the width lies in [L, L + w]. The width that most such lines agree on is the wrap width; lines that end there
/// continue on the next line.
/// </summary>
internal static class HardWrap
{
    /// <summary>Narrower columns are lists and menus, not wrapped prose.</summary>
    private const int MinWidth = 50;

    /// <summary>Lines that must agree on one width before the text counts as wrapped.</summary>
    private const int MinAgreeing = 3;

    /// <summary>
    /// The wrap width (<see cref="Wrap.None"/> when the text is not hard-wrapped): a quarter of the lines that go on in a
    /// next line must agree on the width, with lengths that differ (a list of teasers cut to one length is not wrapped
    /// prose). <paramref name="lines"/> are the right-trimmed lines; <paramref name="startsAfresh"/> tells lines that
    /// open a block of their own (headings, rules, labels).
    /// </summary>
    public static Wrap DetectWidth(string text, List<Range> lines, Func<string, Range, bool> startsAfresh)
    {
        // Sweep over the intervals [L, L + w] of every line that has a non-blank line after it.
        var events = new List<(int At, int Delta)>();
        int candidates = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            int length = Length(lines[i]);
            if (length < MinWidth / 2 || Length(lines[i + 1]) == 0 || startsAfresh(text, lines[i + 1])) continue;
            int word = FirstWordLength(text.AsSpan()[lines[i + 1]]);
            if (word == 0) continue;
            candidates++;
            events.Add((length, 1));
            events.Add((length + word + 1, -1));
        }

        if (events.Count < MinAgreeing * 2) return Wrap.None;
        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Delta.CompareTo(b.Delta));
        int open = 0, best = 0, width = 0;
        foreach (var (at, delta) in events)
        {
            open += delta;
            if (open > best)
            {
                best = open;
                width = at;
            }
        }

        if (best < MinAgreeing || best * 4 < candidates || width < MinWidth) return Wrap.None;
        // Wrapped throughout (hardly a line far over the width): a line a few columns over it was set at a wider margin.
        int margin = width / 8, overLong = 0;
        foreach (var line in lines)
        {
            if (Length(line) > width + margin) overLong++;
        }

        var wrap = new Wrap(width, overLong * 8 <= best ? margin : 0);
        // Broken lines of three lengths at least; or, in a short text, broken lines that each go on in a word of small
        // letters, as a sentence does and a list's next entry does not.
        var lengths = new HashSet<int>();
        int broken = 0;
        bool allGoOnInSmallLetters = true;
        for (int i = 0; i + 1 < lines.Count && lengths.Count < 3; i++)
        {
            var next = text.AsSpan()[lines[i + 1]];
            if (!Continues(wrap, Length(lines[i]), next)) continue;
            lengths.Add(Length(lines[i]));
            broken++;
            var word = next.TrimStart();
            allGoOnInSmallLetters &= word.Length > 0 && char.IsLower(word[0]);
        }

        return lengths.Count >= 3 || (broken >= MinAgreeing - 1 && allGoOnInSmallLetters) ? wrap : Wrap.None;
    }

    /// <summary>Whether a line of the given length, followed by <paramref name="next"/>, was broken by the wrapper.</summary>
    public static bool Continues(Wrap wrap, int length, ReadOnlySpan<char> next)
    {
        if (wrap.Width == 0 || length > wrap.Width + wrap.Margin || next.IsEmpty) return false;
        int word = FirstWordLength(next);
        return word > 0 && (length > wrap.Width || length + 1 + word > wrap.Width);
    }

    /// <summary>
    /// Whether a line a text browser broke before the width still goes on in the next: it stops mid-sentence (on a
    /// word's letter or a comma; no stop, closing quote or count), fills three quarters of the width at least, and the
    /// next line stands at the same indentation. Browsers break early at the edge of a link or an emphasis ("developing Suicide" /
    /// "Squad, …"); a paragraph that ends there would end on a stop. Half its words open in small letters (a row of
    /// links breaks early too, and goes on in a new row). The caller asks only within a paragraph that has ended a
    /// sentence already (<see cref="EndsSentence"/>): a line of its own (a headline over a gallery counter) and a run of
    /// teaser headlines end without a stop too.
    /// </summary>
    public static bool BrokeEarly(Wrap wrap, ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (wrap.Width == 0 || line.Length * 4 < wrap.Width * 3 || line.Length > wrap.Width + wrap.Margin) return false;
        var text = line.TrimEnd();
        if (text.IsEmpty || !(char.IsLetter(text[^1]) || text[^1] == ',')) return false;
        int indent = line.Length - line.TrimStart().Length, nextIndent = next.Length - next.TrimStart().Length;
        return indent == nextIndent && nextIndent < next.Length && IsProse(text);
    }

    /// <summary>Whether a line ends a sentence inside it or at its end ("… to us. They said to").</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line) => line.TrimEnd().EndsWith('.') || line.Contains(". ", StringComparison.Ordinal);

    /// <summary>Half the words or more open in small letters, as a sentence's do and a row of tags or links does not.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        int words = 0, small = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty) continue;
            words++;
            if (char.IsLower(word[0])) small++;
        }

        return small * 2 >= words;
    }

    private static int Length(Range r) => r.End.Value - r.Start.Value;

    private static int FirstWordLength(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        int n = line.IndexOfAny(' ', '\t');
        return n < 0 ? line.Length : n;
    }
}

/// <summary>
/// How a text was hard-wrapped: at <paramref name="Width"/> columns (0: not wrapped), where lines up to
/// <paramref name="Margin"/> columns longer were full too (a text browser sets headings at a wider margin than indented
/// paragraphs).
/// </summary>
internal readonly record struct Wrap(int Width, int Margin)
{
    /// <summary>A text that is not hard-wrapped.</summary>
    public static Wrap None => default;
}
