using InterviewParser.Blocks;

namespace InterviewParser.Chrome;

/// <summary>
/// Teaser cards as a text browser prints them. A card links to another article through a picture and a title, so
/// its text comes twice: the picture's description printed twice on one line ("Alt text Alt text") or on two
/// lines in a row, then the title; or the title, a short kicker and the title again. The printed repetition is
/// the card's shape in every language; the article's own prose is not written twice in a row. Lists of cards come as
/// runs of titles with cut summaries or under credited captions (<see cref="MarkSummaryLists"/>).
/// </summary>
internal static class TeaserCards
{
    /// <summary>How many blocks after a title its repetition may come.</summary>
    private const int RepeatWindow = 3;

    /// <summary>A title of a card: a headline-shaped line, not a sentence, not a one-word label.</summary>
    private const int MinTitleWords = 3, MaxTitleWords = 25;

    /// <summary>A kicker or section line between a title and its repetition is short.</summary>
    private const int KickerWords = 6;

    /// <summary>Lines this long are prose.</summary>
    private const int ProseWords = 12;

    /// <summary>Clears <paramref name="keep"/> for the blocks of teaser cards.</summary>
    public static void Mark(IReadOnlyList<Block> blocks, bool[] keep)
    {
        // Cards are a few lines of a page. Where lines printed twice are a third of the text or more (rolling captions
        // scraped as text repeat every line), repetition is how the text is written, not a card.
        int printedTwice = 0;
        for (int i = 0; i < blocks.Count; i++) if (IsPictureText(blocks, i)) printedTwice++;
        if (printedTwice >= 3 && printedTwice * 3 > blocks.Count) return;

        MarkSummaryLists(blocks, keep);
        for (int i = 0; i < blocks.Count; i++)
        {
            string text = blocks[i].Text;
            bool doubled = IsDoubled(text);
            if (IsPictureText(blocks, i))
            {
                // Picture text: the run of its copies.
                int j = i + 1;
                while (j < blocks.Count && j - i <= RepeatWindow && IsCopy(blocks[j].Text, text)) j++;
                if (j < blocks.Count && IsCardTitle(blocks, j))
                {
                    for (int k = i; k <= j; k++) keep[k] = false; // a card: the picture and the title under it
                    i = j;
                    continue;
                }

                // No title follows: a picture's description is dropped, a sentence printed twice keeps one copy.
                for (int k = i; k < (doubled ? j : j - 1); k++) keep[k] = false;
                i = j - 1;
                continue;
            }

            // A title, a short kicker or section line, the title again (the kicker may have been joined to the title).
            if (!IsTitleShaped(text)) continue;
            for (int j = i + 1; j <= i + RepeatWindow && j < blocks.Count; j++)
            {
                string other = blocks[j].Text;
                bool again = j > i + 1 && string.Equals(other, text, StringComparison.Ordinal);
                bool joinedKicker = text.Length > other.Length + 1 && text.StartsWith(other, StringComparison.Ordinal) && text[other.Length] == ' '
                    && IsTitleShaped(other) && TextUtil.CountWords(text.AsSpan(other.Length)) <= KickerWords;
                if (!again && !joinedKicker) continue;
                bool between = true;
                for (int k = i + 1; k < j; k++) between &= blocks[k].WordCount <= KickerWords;
                if (!between) break;
                for (int k = i; k <= j; k++) keep[k] = false;
                i = j;
                break;
            }
        }
    }

    /// <summary>
    /// A list of cards printed as text: three or more titles each with its summary cut short by an ellipsis ("Title",
    /// "The first forty words of the article…"), or each under its picture's caption with the credit in brackets ("The
    /// mayor at the quay on Monday. (Photo: Agency)", "Title"). Short kicker lines and further titles may stand between
    /// them. An article's paragraphs end their sentences, and its pictures do not take turns with headlines.
    /// </summary>
    internal static void MarkSummaryLists(IReadOnlyList<Block> blocks, bool[] keep, bool linkedHeads = false)
    {
        int runStart = -1, runEnd = -1, cards = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            // A question over text that trails off is an interview's turn as often as a card: only statements head cards.
            if (((!linkedHeads || blocks[i].IsMostlyLink) && IsCutSummary(blocks[i + 1].Text) && IsCardHead(blocks[i].Text))
                || (!linkedHeads && IsCreditedCaption(blocks[i].Text) && IsCardHead(blocks[i + 1].Text)))
            {
                if (cards++ == 0) runStart = i;
                runEnd = ++i;
                continue;
            }

            // A card's kicker or section line ("Deals", "WORLD"), or a card's title without a picture, between cards.
            if (cards > 0 && (blocks[i].WordCount <= KickerWords || IsCardHead(blocks[i].Text)))
            {
                runEnd = i;
                continue;
            }

            if (cards >= MinSummaryCards) for (int k = runStart; k <= runEnd; k++) keep[k] = false;
            cards = 0;
        }

        if (cards >= MinSummaryCards) for (int k = runStart; k <= runEnd; k++) keep[k] = false;
    }

    /// <summary>A card's title: headline-shaped and not a question.</summary>
    private static bool IsCardHead(string text) => IsTitleShaped(text) && !TextUtil.EndsWithQuestionMark(text);

    /// <summary>A picture's caption: prose that ends with its credit in brackets ("… on Monday. (Jane Roe/Agency)").</summary>
    private static bool IsCreditedCaption(string text)
    {
        if (TextUtil.CountWords(text) < ProseWords || !text.EndsWith(')')) return false;
        if (Turns.MediaTime.TryStripTrailing(text, out _, out _)) return false; // a transcript's timestamp, "… (00:12:40)"
        int open = text.LastIndexOf('(');
        return open > 0 && TextUtil.CountWords(text.AsSpan(open)) <= CreditWords;
    }

    /// <summary>A credit in brackets is a few words: a name, an agency, "Photo", "File".</summary>
    private const int CreditWords = 6;

    /// <summary>How many summaries in a row make a list of cards.</summary>
    private const int MinSummaryCards = 3;

    /// <summary>A prose line that stops at an ellipsis: a summary cut at a length.</summary>
    private static bool IsCutSummary(string text) =>
        (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…') || text.EndsWith("[…]", StringComparison.Ordinal)) && TextUtil.CountWords(text) >= ProseWords;

    /// <summary>The same text again, as a line of its own or printed twice on one line.</summary>
    private static bool IsCopy(string candidate, string text) =>
        string.Equals(candidate, text, StringComparison.Ordinal)
        || (candidate.Length == text.Length * 2 + 1 && candidate.StartsWith(text, StringComparison.Ordinal) && IsDoubled(candidate))
        || (text.Length == candidate.Length * 2 + 1 && text.StartsWith(candidate, StringComparison.Ordinal) && IsDoubled(text));

    /// <summary>
    /// The title of a card: headline-shaped, and followed by no prose (the next card, a short line or the end). A
    /// question after a picture that an answer follows is an interview's, not a card's.
    /// </summary>
    private static bool IsCardTitle(IReadOnlyList<Block> blocks, int j) =>
        blocks[j].Kind != BlockKind.Heading && IsTitleShaped(blocks[j].Text)
        && (j + 1 >= blocks.Count || blocks[j + 1].WordCount < ProseWords || IsPictureText(blocks, j + 1));

    /// <summary>A picture's text: a line printed twice, on one line or on two.</summary>
    private static bool IsPictureText(IReadOnlyList<Block> blocks, int i) =>
        IsDoubled(blocks[i].Text) || (i + 1 < blocks.Count && IsCopy(blocks[i + 1].Text, blocks[i].Text));

    /// <summary>A line that is one text printed twice, "X X": a picture's description as a text browser gives it.</summary>
    internal static bool IsDoubled(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text.Length % 2 == 0) return false;
        int half = text.Length / 2;
        return text[half] == ' ' && text[..half].SequenceEqual(text[(half + 1)..]) && TextUtil.CountWords(text[..half]) >= 1;
    }

    /// <summary>Headline-shaped: a few words that do not end like a plain sentence (a title may ask or exclaim).</summary>
    private static bool IsTitleShaped(string text)
    {
        int words = TextUtil.CountWords(text);
        if (words is < MinTitleWords or > MaxTitleWords) return false;
        char last = TextUtil.LastMeaningfulChar(text);
        return last is not ('.' or ':' or ',' or ';');
    }
}
