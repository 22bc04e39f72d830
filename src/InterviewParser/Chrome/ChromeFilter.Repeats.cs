using System.Buffers;
using InterviewParser.Blocks;
using InterviewParser.Turns;
using InterviewParser.Model;

namespace InterviewParser.Chrome;

/// <summary>What the kept text prints twice: inserts that come back between its paragraphs, and pull quotes.</summary>
internal static partial class ChromeFilter
{
    /// <summary>
    /// A short line that stands again and again between paragraphs of the text, word for word, is an insert of the page
    /// (an advert's "continue reading" marker, an embed's label, an agency credit under every picture), not a sentence of
    /// it: writers do not repeat a line verbatim between their paragraphs. Names, speaker labels, bracketed cues and lines
    /// that end like sentences are left alone, as are repeats in tables and lists (their neighbours are not prose).
    /// </summary>
    private static void DropRepeatedInserts(List<Block> blocks, bool[] keep)
    {
        Dictionary<string, int>? between = null;
        int previous = -1;
        for (int i = 0; i < keep.Length; i++)
        {
            if (!keep[i]) continue;
            int next = i + 1;
            while (next < keep.Length && !keep[next]) next++;
            var text = blocks[i].Text;
            if (text.Length <= InsertMaxLength && previous >= 0 && next < keep.Length && IsProse(blocks[previous]) && IsProse(blocks[next])
                && IsInsertShaped(text))
            {
                between ??= new Dictionary<string, int>(StringComparer.Ordinal);
                between[text] = between.GetValueOrDefault(text) + 1;
            }

            previous = i;
        }

        if (between is null) return;
        HashSet<string>? inserts = null, speakerLines = null;
        foreach (var (text, n) in between)
        {
            if (n >= RepeatedInsertCount && !(speakerLines ??= RecurringSpeakerLines(blocks)).Contains(text) && !InOtherCase(blocks, text))
            {
                (inserts ??= new HashSet<string>(StringComparer.Ordinal)).Add(text);
            }
        }

        if (inserts is null) return;
        for (int i = 0; i < keep.Length; i++)
        {
            if (keep[i] && inserts.Contains(blocks[i].Text)) keep[i] = false;
        }
    }

    /// <summary>
    /// Whether a line's words stand elsewhere in the text in another case: a speaker's name printed in small capitals
    /// or lower case over each turn ("jane roe", and "I'm Jane Roe" in the text).
    /// </summary>
    private static bool InOtherCase(List<Block> blocks, string line)
    {
        foreach (var b in blocks)
        {
            int at = b.Text.IndexOf(line, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && !b.Text.AsSpan(at, line.Length).SequenceEqual(line)) return true;
        }

        return false;
    }

    /// <summary>The longest line (characters) that is looked at as an insert; eight words fit.</summary>
    private const int InsertMaxLength = 120;

    /// <summary>How often a line must stand between paragraphs to be an insert.</summary>
    private const int RepeatedInsertCount = 3;

    /// <summary>A line that may be an insert: two to eight words, no bracketed cue, no sentence, no name or speaker label.</summary>
    private static bool IsInsertShaped(string text)
    {
        int words = TextUtil.CountWords(text);
        return words is >= 2 and <= 8 && text[0] is not ('[' or '(') && !TextUtil.EndsLikeSentence(text)
            && !Metadata.NameShapes.LooksLikeBareName(text) && !Turns.SpeakerLabel.TryReadStandalone(text, out _);
    }

    /// <summary>
    /// Pull quotes: a short block beside a paragraph, inside the text, that repeats a sentence of another kept paragraph
    /// word for word (quotation marks and the closing stop aside), as magazines set a line of the text again in large
    /// type. Writers do not repeat a sentence as a paragraph of its own; the repeat goes, the sentence stays where it was
    /// said. A question asked again is left alone: FAQs and interviews with several guests put the same question to each.
    /// </summary>
    private static void DropPullQuotes(List<Block> blocks, bool[] keep)
    {
        // Lengths and hashes first, so that a page without a repeat allocates no strings: the candidates' words, then each
        // sentence of the longer blocks of a candidate's length against them, and the exact words only where a hash matches.
        HashSet<int>? candidates = null, lengths = null;
        for (int i = 0; i < keep.Length; i++)
        {
            if (!IsPullQuoteCandidate(blocks, keep, i, out var core)) continue;
            (candidates ??= []).Add(string.GetHashCode(core));
            (lengths ??= []).Add(core.Length);
        }

        if (candidates is null || lengths is null) return;
        HashSet<string>? found = null;
        for (int i = 0; i < keep.Length; i++)
        {
            if (!keep[i]) continue;
            var text = blocks[i].Text.AsSpan();
            int start = 0;
            for (int k = text.IndexOfAny(PullQuoteStops); k >= 0; k = text[(k + 1)..].IndexOfAny(PullQuoteStops) is int next and >= 0 ? k + 1 + next : -1)
            {
                if (k + 1 < text.Length && text[k + 1] != ' ') continue;
                if (start == 0 && k + 1 >= text.Length) break; // one sentence: the block itself
                var sentence = TextUtil.QuotedWords(text[start..(k + 1)]);
                if (lengths.Contains(sentence.Length) && candidates.Contains(string.GetHashCode(sentence)))
                {
                    (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentence.ToString());
                }

                start = k + 1;
            }
        }

        if (found is null) return;
        // Read against the selection as it stood: a repeat dropped does not change its neighbour's standing.
        var lookup = found.GetAlternateLookup<ReadOnlySpan<char>>();
        var repeats = new List<int>();
        for (int i = 0; i < keep.Length; i++)
        {
            if (IsPullQuoteCandidate(blocks, keep, i, out var core) && lookup.Contains(core)) repeats.Add(i);
        }

        foreach (int i in repeats) keep[i] = false;
    }

    /// <summary>
    /// A kept block that may be a pull quote: <see cref="MinPullQuoteWords"/> to <see cref="MaxPullQuoteWords"/> words,
    /// no question, a paragraph of prose kept right before or after it; <paramref name="core"/> is its words.
    /// </summary>
    private static bool IsPullQuoteCandidate(List<Block> blocks, bool[] keep, int i, out ReadOnlySpan<char> core)
    {
        core = default;
        // The length first: it rules out most paragraphs before their words are counted.
        if (!keep[i] || blocks[i].Text.Length is < MinPullQuoteWords * 2 or > MaxPullQuoteWords * 16
            || blocks[i].WordCount is < MinPullQuoteWords or > MaxPullQuoteWords || TextUtil.EndsWithQuestionMark(blocks[i].Text)) return false;
        int previous = i - 1, next = i + 1;
        while (previous >= 0 && !keep[previous]) previous--;
        while (next < keep.Length && !keep[next]) next++;
        if (previous < 0 || next >= keep.Length || !(IsProse(blocks[previous]) || IsProse(blocks[next]))) return false;
        core = TextUtil.QuotedWords(blocks[i].Text);
        return !core.IsEmpty;
    }

    /// <summary>The marks that close a sentence a pull quote may repeat.</summary>
    private static readonly SearchValues<char> PullQuoteStops = SearchValues.Create(".?!…");


    /// <summary>A pull quote has this many words at least (a short answer may repeat a few words said before)…</summary>
    private const int MinPullQuoteWords = 6;

    /// <summary>…and at most this many.</summary>
    private const int MaxPullQuoteWords = 40;
}
