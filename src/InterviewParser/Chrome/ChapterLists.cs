using InterviewParser.Blocks;
using InterviewParser.Turns;

namespace InterviewParser.Chrome;

/// <summary>
/// A show's chapter list: three lines or more in a row, each a short title beside a media time ("02:15 First winter",
/// "First winter (02:15)"), the times rising from line to line. It points into the recording, like a table of contents;
/// it is not said by anybody. A transcript's timed lines are speech, or a speaker's name over speech, and never stand
/// three in a row as titles. The short line heading the list ("Chapters", "Timestamps:") goes with it.
/// </summary>
internal static class ChapterLists
{
    /// <summary>The fewest entries that make a chapter list.</summary>
    private const int MinEntries = 3;

    /// <summary>A chapter's title has at most this many words.</summary>
    private const int MaxTitleWords = 12;

    /// <summary>The head of a list has at most this many words.</summary>
    private const int MaxHeadWords = 3;

    /// <summary>Clears <paramref name="keep"/> for the lines of each chapter list among the kept lines, and for its head.</summary>
    public static void Drop(IReadOnlyList<Block> blocks, bool[] keep)
    {
        if (Find(blocks, keep) is not { } lists) return;
        for (int i = 0; i < lists.Length; i++) keep[i] &= !lists[i];
    }

    /// <summary>
    /// The lines of the chapter lists and their heads among the lines that <paramref name="among"/> marks (all lines where
    /// it is null); null when there is none.
    /// </summary>
    public static bool[]? Find(IReadOnlyList<Block> blocks, bool[]? among)
    {
        bool[]? lists = null;
        int runStart = -1, runLength = 0, previous = -1;
        TimeSpan last = TimeSpan.MinValue;
        for (int i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && among is not null && !among[i]) continue;
            TimeSpan? time = i < blocks.Count ? EntryTime(blocks[i]) : null;
            if (time is { } t && runLength > 0 && t > last)
            {
                runLength++;
                last = t;
                previous = i;
                continue;
            }

            if (runLength >= MinEntries) Mark(blocks, among, lists ??= new bool[blocks.Count], runStart, previous);
            (runStart, runLength, last) = time is { } first ? (i, 1, first) : (-1, 0, TimeSpan.MinValue);
            previous = i;
        }

        return lists;
    }

    private static void Mark(IReadOnlyList<Block> blocks, bool[]? among, bool[] lists, int start, int end)
    {
        for (int k = start; k <= end; k++) lists[k] = true;
        int head = start - 1;
        while (head >= 0 && among is not null && !among[head]) head--;
        if (head >= 0 && blocks[head].WordCount is > 0 and <= MaxHeadWords && !TextUtil.EndsLikeSentence(blocks[head].Text)) lists[head] = true;
    }

    /// <summary>The time of a line that is a chapter entry, a media time and a short title that no speaker label opens; null otherwise.</summary>
    private static TimeSpan? EntryTime(Block b)
    {
        var text = b.Text.AsSpan().Trim();
        if (text.IsEmpty || b.WordCount > MaxTitleWords + 2) return null;
        ReadOnlySpan<char> title;
        TimeSpan time;
        if (MediaTime.TryReadBracketed(text, out time, out int length) || MediaTime.TryReadClock(text, out time, out length))
        {
            if (length >= text.Length || !(char.IsWhiteSpace(text[length]) || text[length] is '-' or '–' or '—' or '|')) return null;
            title = text[length..].TrimStart(" -–—|".AsSpan());
        }
        else if (MediaTime.TryStripTrailing(b.Text, out time, out string before))
        {
            title = before.AsSpan().TrimEnd(" -–—|".AsSpan());
        }
        else
        {
            return null;
        }

        if (title.IsEmpty || !char.IsLetter(title[0]) || TextUtil.CountWords(title) > MaxTitleWords || title[^1] is '.' or '!') return null;
        string written = title.ToString();
        return SpeakerLabel.ReadPlain(written) is null && !SpeakerLabel.TryReadStandalone(written, out _) ? time : null;
    }
}
