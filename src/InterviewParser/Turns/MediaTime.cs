using InterviewParser.Blocks;

namespace InterviewParser.Turns;

/// <summary>
/// Media timestamps on turns: "[00:12:34]", "\[04:10\]" (Markdown-escaped), "(12:34)", "00:12:34 Speaker 1: …",
/// "Speaker 1 (00:12:34): …" and "12:34" alone on the line before the text. The turn keeps the time; the text loses
/// it. A paragraph that merely opens with a time of day ("10:30 is when …") keeps its text.
/// </summary>
internal static class MediaTime
{
    /// <summary>
    /// Moves leading timestamps out of the block texts into <see cref="Block.Time"/>; a block that is only a
    /// timestamp is dropped and times the block after it. Returns the blocks in order.
    /// </summary>
    public static List<Block> Attach(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        TimeSpan? pending = null;
        bool trailing = EndTimesRecur(blocks);
        foreach (var block in blocks)
        {
            var b = block;
            if (trailing && TryStripTrailing(b.Text, out var end, out var before))
            {
                b = b.With(before, b.Time ?? end);
            }

            if (TryReadWhole(b.Text, out var alone))
            {
                // Under a speaker's name alone on its line, the time is the name's (a header of name and time over the
                // turn, printed as two lines); elsewhere it times the block that follows.
                if (result.Count > 0 && result[^1] is { Time: null } above && SpeakerLabel.TryReadTimedName(above.Text, alone, out _))
                {
                    result[^1] = above.With(above.Text, alone);
                }
                else
                {
                    pending = alone;
                }

                continue;
            }

            if (TryStripLeading(b.Text, out var time, out var rest))
            {
                b = b.With(rest, b.Time ?? time);
            }

            if (pending is { } p)
            {
                b = b.With(b.Text, b.Time ?? p);
                pending = null;
            }

            result.Add(b);
        }

        return result;
    }

    /// <summary>Whether two paragraphs or more end with a bracketed timestamp ("… (00:01:10)"): the transcript's way.</summary>
    private static bool EndTimesRecur(List<Block> blocks)
    {
        int found = 0;
        foreach (var b in blocks)
        {
            if (TryStripTrailing(b.Text, out _, out _) && ++found >= 2) return true;
        }

        return false;
    }

    /// <summary>Strips a bracketed timestamp that closes the text after a space ("Yes, it was. [00:12:40]").</summary>
    public static bool TryStripTrailing(string text, out TimeSpan time, out string rest)
    {
        time = default;
        rest = text;
        var s = text.AsSpan().TrimEnd();
        int open = s.LastIndexOfAny('(', '[');
        if (open > 0 && s[open - 1] == '\\') open--;
        if (open <= 0 || !char.IsWhiteSpace(s[open - 1]) || !TryReadBracketed(s[open..], out time, out int len) || open + len != s.Length) return false;
        rest = s[..open].TrimEnd().ToString();
        return rest.Length > 0;
    }

    /// <summary>Strips a timestamp opening the text: bracketed always; bare only when a speaker label follows.</summary>
    public static bool TryStripLeading(string text, out TimeSpan time, out string rest)
    {
        rest = text;
        var s = text.AsSpan().TrimStart();
        if (TryReadBracketed(s, out time, out int len))
        {
            rest = s[len..].TrimStart().ToString();
            return rest.Length > 0;
        }

        if (TryReadClock(s, out time, out len) && len < s.Length && char.IsWhiteSpace(s[len]))
        {
            string after = s[len..].TrimStart().ToString();
            if (SpeakerLabel.ReadPlain(after) is not null)
            {
                rest = after;
                return true;
            }
        }

        time = default;
        return false;
    }

    /// <summary>Whether the whole text is one timestamp, bracketed or bare.</summary>
    public static bool TryReadWhole(ReadOnlySpan<char> s, out TimeSpan time)
    {
        s = s.Trim().TrimEnd(':');
        return (TryReadBracketed(s, out time, out int len) && len == s.Length) || (TryReadClock(s, out time, out len) && len == s.Length);
    }

    /// <summary>Reads "[hh:mm:ss]", "\[mm:ss\]" or "(mm:ss)" at the start of the span.</summary>
    public static bool TryReadBracketed(ReadOnlySpan<char> s, out TimeSpan time, out int length)
    {
        time = default;
        length = 0;
        int i = 0;
        if (i < s.Length && s[i] == '\\') i++;
        if (i >= s.Length || s[i] is not ('[' or '(')) return false;
        char close = s[i] == '[' ? ']' : ')';
        i++;
        if (!TryReadClock(s[i..], out time, out int clock)) return false;
        i += clock;
        if (i < s.Length && s[i] == '\\') i++;
        if (i >= s.Length || s[i] != close) return false;
        length = i + 1;
        return true;
    }

    /// <summary>Reads "h:mm", "mm:ss", "hh:mm:ss" (optionally with ".fff" or ",fff") at the start of the span.</summary>
    public static bool TryReadClock(ReadOnlySpan<char> s, out TimeSpan time, out int length)
    {
        time = default;
        length = 0;
        Span<int> parts = stackalloc int[3];
        int count = 0, i = 0;
        while (count < 3)
        {
            int start = i, value = 0;
            while (i < s.Length && i - start < 2 && char.IsAsciiDigit(s[i])) value = value * 10 + (s[i++] - '0');
            int digits = i - start;
            if (digits == 0 || (count > 0 && digits != 2)) return false;
            parts[count++] = value;
            if (i < s.Length && s[i] == ':' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) i++;
            else break;
        }

        if (count < 2 || (i < s.Length && char.IsAsciiDigit(s[i]))) return false;
        if ((i < s.Length) && s[i] is '.' or ',' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }

        int h = count == 3 ? parts[0] : 0, m = count == 3 ? parts[1] : parts[0], sec = count == 3 ? parts[2] : parts[1];
        if (m >= 60 || sec >= 60) return false;
        time = new TimeSpan(h, m, sec);
        length = i;
        return true;
    }
}
