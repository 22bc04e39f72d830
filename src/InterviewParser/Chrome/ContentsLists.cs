using InterviewParser.Blocks;

namespace InterviewParser.Chrome;

/// <summary>
/// Tables of contents printed as lines (a text scrape of a long article or a show's chapter list): a run of short
/// lines, each of which comes again further down as the heading of its section, in the same order and with text
/// between them. A site's menu may name sections of the site, but not, one by one and in order, the headings of the
/// text it stands above. The lines are a link list, not text; the prose above them belongs to the text below them.
/// </summary>
internal static class ContentsLists
{
    /// <summary>The fewest entries that make a table of contents.</summary>
    private const int MinEntries = 3;

    /// <summary>The most entries read for one table: the search stays linear on any page.</summary>
    private const int MaxEntries = 200;

    /// <summary>An entry is a heading, not prose.</summary>
    private const int MaxEntryWords = 12;

    /// <summary>A line this long is prose.</summary>
    private const int ProseWords = MaxEntryWords + 1;

    /// <summary>How many lines after a heading its prose starts within (a picture's caption may come first).</summary>
    private const int ProseAfterHeading = 2;

    /// <summary>How many lines (a "Contents" head, a toggle) may stand between a table and the text it lists.</summary>
    private const int MaxGap = 3;

    /// <summary>
    /// The table of contents that ends at most <see cref="MaxGap"/> lines above <paramref name="start"/> and whose
    /// first entry heads a section that starts above <paramref name="end"/> (the later ones may lie past the end), as a
    /// range of lines; null when there is none.
    /// </summary>
    public static (int Start, int End)? Above(IReadOnlyList<Block> blocks, int start, int end)
    {
        if (start <= 0 || end < start) return null;
        // The first heading may stand in the gap, above the run (a heading line weighs as a short line).
        int gap = Math.Max(0, start - 1 - MaxGap);
        var headings = Headings(blocks, gap, blocks.Count - 1);
        var prose = ProseCounts(blocks);
        for (int last = start - 1; last >= gap; last--)
        {
            if (Entries(blocks, last, headings, prose) is var (first, firstHeading)) return firstHeading <= end ? (first, last + 1) : null;
        }

        return null;
    }

    /// <summary>
    /// The lines of tables of contents inside <paramref name="start"/> to <paramref name="end"/> whose entries come
    /// again below them in that range: their <paramref name="keep"/> is cleared.
    /// </summary>
    public static void DropInside(IReadOnlyList<Block> blocks, int start, int end, bool[] keep)
    {
        if (end - start < 2 * MinEntries) return;
        var headings = Headings(blocks, start, end);
        var prose = ProseCounts(blocks);
        for (int i = end; i >= start; i--)
        {
            if (Entries(blocks, i, headings, prose) is var (first, _) && first >= start)
            {
                for (int k = first; k <= i; k++) keep[k] = false;
                i = first;
            }
        }
    }

    /// <summary>Where each short line of the range stands, in order.</summary>
    private static Dictionary<string, List<int>> Headings(IReadOnlyList<Block> blocks, int start, int end)
    {
        var at = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = start; i <= end; i++)
        {
            if (blocks[i].WordCount > MaxEntryWords) continue;
            if (!at.TryGetValue(blocks[i].Text, out var list)) at[blocks[i].Text] = list = [];
            list.Add(i);
        }

        return at;
    }

    /// <summary>
    /// The first line of a table of contents whose last entry is <paramref name="last"/>, with the line that the first
    /// entry heads: going up from the last entry, each line comes once again below the table, the earlier entry's
    /// heading above the later one's, and most of those headings open a section of prose, starting within
    /// <see cref="ProseAfterHeading"/> lines (a listing shown twice, such as a code sample, a menu repeated in the
    /// footer or a comment's header lines do not); null when fewer than <see cref="MinEntries"/> lines do.
    /// </summary>
    private static (int First, int FirstHeading)? Entries(IReadOnlyList<Block> blocks, int last, Dictionary<string, List<int>> headings, int[] prose)
    {
        int next = int.MaxValue, first = last, headed = 0;
        for (int k = last; k >= 0 && last - k < MaxEntries; k--)
        {
            var b = blocks[k];
            if (b.WordCount > MaxEntryWords || !headings.TryGetValue(b.Text, out var places)) break;
            // The entry's heading: its one place below the table, above the later entry's heading. A line that comes
            // again and again (a speaker's label, a short answer) heads nothing.
            int at = places.BinarySearch(last + 1);
            if (at < 0) at = ~at;
            if (at != places.Count - 1 || places[at] >= next) break;
            int heading = places[at];
            // A section of its own: prose right under the heading, and before the later entry's heading.
            if (prose[Math.Min(heading + 1 + ProseAfterHeading, blocks.Count)] > prose[heading + 1]
                && (next == int.MaxValue || prose[next] > prose[heading + 1])) headed++;
            next = heading;
            first = k;
        }

        int entries = last - first + 1;
        return entries >= MinEntries && headed * 2 > entries ? (first, next) : null;
    }

    /// <summary>For each line, how many lines above it are prose: prose stands between two lines when the counts differ.</summary>
    private static int[] ProseCounts(IReadOnlyList<Block> blocks)
    {
        var counts = new int[blocks.Count + 1];
        for (int i = 0; i < blocks.Count; i++) counts[i + 1] = counts[i] + (blocks[i].WordCount >= ProseWords ? 1 : 0);
        return counts;
    }
}
