using System.Globalization;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>Where a page without a dated source still shows its date: the URL, relative lines, date lines anywhere, vendor keys, pictures.</summary>
internal static partial class TimestampExtractor
{
    /// <summary>The first meta value written as a full ISO date and time, whatever its key ("vendor:uploaded").</summary>
    private static PublicationTime? AnyMetaTimestamp(BlockDocument doc)
    {
        foreach (var (key, value) in doc.Meta)
        {
            if (value.Length is < 16 or > 40 || !char.IsAsciiDigit(value[0]) || value[4] != '-' || value[10] != 'T') continue;
            if (IndexOfLabel(key, UpdatedLabels) >= 0) continue;
            if (DateTextParser.ParseIso(value, TimestampSource.Meta) is { Time: not null } p) return p;
        }

        return null;
    }

    /// <summary>A relative date line near the headline ("3 hours ago", "gestern"), resolved against the reference time.</summary>
    private static PublicationTime? FromRelative(BlockDocument doc, ContentSelection content, int headlineIndex, DateTimeOffset now)
    {
        var blocks = doc.Blocks;
        int anchor = headlineIndex >= 0 ? headlineIndex : Math.Max(0, content.FirstContentIndex);
        for (int i = Math.Max(0, anchor - 8); i < Math.Min(blocks.Count, anchor + 12); i++)
        {
            if (blocks[i].Text.Length <= 80 && RelativeDate.Parse(blocks[i].Text, now) is { } p) return p;
        }

        return null;
    }

    /// <summary>
    /// The last resort, as date extractors do in their extensive mode: the first date line of the content, then of
    /// the whole page (short lines only, so dates inside running prose do not count); when "updated" lines are
    /// allowed too, then the opening words of long content paragraphs, then any <c>&lt;time&gt;</c> but an embedded post's.
    /// </summary>
    private static PublicationTime? Extensive(BlockDocument doc, ContentSelection content, bool monthFirst, bool skipUpdated)
    {
        var blocks = doc.Blocks;
        int start = Math.Max(0, content.FirstContentIndex);
        // The content ends a few blocks after its last block; below that come teasers of other articles, with their dates.
        int end = content.Content.Count > 0 ? Math.Min(blocks.Count, LastIndexOf(blocks, content.Content[^1]) + 4) : blocks.Count;
        // Short lines of the content, then above it, then below it, then the openings of long content paragraphs
        // ("27.1.2022 – Bei der …", "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 …").
        for (int pass = 0; pass < (skipUpdated ? 3 : 4); pass++)
        {
            var (from, to) = pass switch { 0 => (start, end), 1 => (0, start), 2 => (end, blocks.Count), _ => (start, blocks.Count) };
            for (int i = from; i < to; i++)
            {
                var text = blocks[i].Text;
                if ((text.Length > 120) != (pass == 3)) continue;
                if (pass == 3) text = OpeningOf(text);
                if (!HasDigit(text) || (skipUpdated && IndexOfLabel(text, UpdatedLabels) >= 0) || IndexOfLabel(text, OtherDateLabels) >= 0 || IsEmbeddedPost(text)) continue;
                if (DateTextParser.ParseText(text, TimestampSource.Text, monthFirst) is { } p && p.Date.Year >= 1995) return p;
            }
        }

        if (skipUpdated) return null;
        foreach (var t in doc.Times)
        {
            if ((uint)t.BlockIndex < (uint)blocks.Count && IsEmbeddedPost(blocks[t.BlockIndex].Text)) continue;
            if (DateTextParser.ParseIso(t.DateTime, TimestampSource.TimeElement) is { } p) return p;
        }

        return null;
    }

    /// <summary>The first words of a long paragraph, cut at a word boundary near 60 characters.</summary>
    private static string OpeningOf(string text)
    {
        int cut = text.IndexOf(' ', 60);
        return cut < 0 || cut > 90 ? text[..Math.Min(text.Length, 60)] : text[..cut];
    }

    private static PublicationTime? FromUrl(string url)
    {
        // "/2015/10/12/" style paths; "/2023/10/3-questions" is a month and a title. A segment may be a whole date
        // ("/29-10-2021", "/2021-10-29", "/20200428/").
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < parts.Length; i++)
        {
            if (DateOfSegment(parts[i]) is { } whole) return new PublicationTime(whole, null, null, url, TimestampSource.Url);
        }

        for (int i = 0; i + 2 < parts.Length; i++)
        {
            if (parts[i].Length == 4 && int.TryParse(parts[i], out int y) && y is >= 1990 and <= 2100
                && int.TryParse(parts[i + 1], out int m) && m is >= 1 and <= 12
                && DayOfPath(parts[i + 2]) is int d && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new PublicationTime(new DateOnly(y, m, d), null, null, url, TimestampSource.Url);
            }
        }

        return null;
    }

    /// <summary>A path segment that is a date and nothing else: DD-MM-YYYY, YYYY-MM-DD or YYYYMMDD.</summary>
    private static DateOnly? DateOfSegment(string seg)
    {
        int y, m, d;
        var s = seg.AsSpan();
        int q = s.IndexOfAny('?', '#');
        if (q >= 0) s = s[..q];
        if (s.Length == 8 && !s.ContainsAnyExceptInRange('0', '9'))
        {
            (y, m, d) = (Num(s[..4]), Num(s[4..6]), Num(s[6..]));
        }
        else if (s.Length == 10 && s[2] == '-' && s[5] == '-' && !s[..2].ContainsAnyExceptInRange('0', '9') && !s[3..5].ContainsAnyExceptInRange('0', '9') && !s[6..].ContainsAnyExceptInRange('0', '9'))
        {
            (d, m, y) = (Num(s[..2]), Num(s[3..5]), Num(s[6..]));
        }
        else if (s.Length == 10 && s[4] == '-' && s[7] == '-' && !s[..4].ContainsAnyExceptInRange('0', '9') && !s[5..7].ContainsAnyExceptInRange('0', '9') && !s[8..].ContainsAnyExceptInRange('0', '9'))
        {
            (y, m, d) = (Num(s[..4]), Num(s[5..7]), Num(s[8..]));
        }
        else
        {
            return null;
        }

        return y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

        static int Num(ReadOnlySpan<char> digits) => int.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>The day a path segment opens with ("12", "07.html", "3_x"), or null when a word follows it ("3-fragen").</summary>
    private static int? DayOfPath(string part)
    {
        int k = 0;
        while (k < part.Length && k < 2 && char.IsAsciiDigit(part[k])) k++;
        if (k == 0 || (k < part.Length && part[k] is not ('.' or '_' or '?' or '#'))) return null;
        return int.Parse(part.AsSpan(0, k), CultureInfo.InvariantCulture);
    }
}
