using InterviewParser.Blocks;
using InterviewParser.Metadata;
using InterviewParser.Model;

namespace InterviewParser.Chrome;

/// <summary>Removes the headline and date/byline lines that the content selection may hold at its top.</summary>
internal static class ContentCleaner
{
    /// <summary>Returns the content without the headline and top date lines.</summary>
    /// <param name="content">The content blocks.</param>
    /// <param name="headline">The headline's text.</param>
    /// <param name="headlineBlock">The block the headline was read from (which may hold a kicker before it), if any.</param>
    /// <param name="bylines">Receives the byline lines taken from the top, which name the page's author.</param>
    /// <param name="doc">The page, whose metadata names its authors: a line that is only an author's name at the top is a byline.</param>
    public static List<Block> Clean(IReadOnlyList<Block> content, string? headline, Block? headlineBlock = null, List<Block>? bylines = null, BlockDocument? doc = null)
    {
        var result = new List<Block>(content.Count);
        // Short lines kept above the headline are its kicker, section label or date ("Feature", "Forestry", "Jun 12"):
        // the text begins under the headline. Where prose stands above it too, the page is laid out otherwise (or the
        // headline is a heading inside the text), and nothing is dropped.
        int above = 0;
        while (above < content.Count && !ReferenceEquals(content[above], headlineBlock)) above++;
        if (above == content.Count) above = 0;
        for (int i = 0; i < above; i++)
        {
            if (content[i].WordCount > 4 || TextUtil.EndsLikeSentence(content[i].Text)) above = 0;
        }

        for (int i = 0; i < content.Count; i++)
        {
            var b = content[i];
            if (i < above) continue;
            if ((headline is not null && b.Text.Equals(headline, StringComparison.Ordinal)) || ReferenceEquals(b, headlineBlock))
            {
                continue;
            }

            // Only among the first few blocks, and only lines that are not sentences ("By Jane Roe | 3 March 2021",
            // "Published 03.03.2021."): a paragraph that mentions a date is kept.
            if (i < 6 && b.Text.Length <= 100 && b.WordCount is int words && words <= 14 && (words <= 6 || !TextUtil.EndsLikeSentence(b.Text))
                && DateTextParser.ParseText(b.Text, TimestampSource.Text) is not null)
            {
                continue;
            }

            // A byline alone on its line ("By Jane Roe", "Von Jane Roe und Tom Berg") or a credit for the questions ("Propos
            // recueillis par Jane Roe") among the first few blocks: the page's credit, not its text.
            if (i < 6 && (ParticipantExtractor.IsBylineLine(b.Text) || IsCreditLine(b) || (doc is not null && IsAuthorsName(b, doc))))
            {
                bylines?.Add(b);
                continue;
            }

            // A boilerplate section's head left in the text ("Weitere Informationen", "Related articles:") is a label of the
            // page, not a line of its text; what stood under it was judged on its own.
            if (ChromeLexicon.IsChromeSectionHeadLine(b.Text)) continue;

            // A picture credit run onto the end of a paragraph ("… Foto: Jane Roe/Agency") is the picture's, not the text's.
            string uncredited = ChromePatterns.WithoutTrailingCredit(b.Text);
            result.Add(uncredited.Length == b.Text.Length ? b : b.With(uncredited, b.Time));
        }

        DropPullQuotes(result);

        // Footnotes closing the text ("*This article appeared in print …", "* Name changed by the editors") are notes
        // about the page, not its text, and so is a line that says only when the page appeared ("Published 4 June 2024"),
        // unless it answers the question above it; a line under a speaker's label is what the speaker said, and advice
        // under a question answers it.
        while (result.Count > 1 && (IsFootnote(result[^1].Text) || ChromeLexicon.IsChromeLine(result[^1].Text)
                   || (DateTextParser.IsDateLine(result[^1].Text) && !TextUtil.EndsWithQuestionMark(result[^2].Text)))
               && !SpokenUnderRecurringLabel(result) && !ChromeFilter.AnswersQuestionAbove(result[^1], result[^2]))
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    /// <summary>
    /// Removes pull quotes: a paragraph in quotation marks that says again, word for word, part of a longer paragraph above
    /// it ("“You learn to like your own company.”" set after the answer that says it). A quotation said once is the text's,
    /// and so is one that opens the text before its words come (a standfirst's quotation).
    /// </summary>
    private static void DropPullQuotes(List<Block> blocks)
    {
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            var text = blocks[i].Text.AsSpan().Trim();
            if (text.Length < MinPullQuoteLength || blocks[i].WordCount is < MinPullQuoteWords or > MaxPullQuoteWords || !IsQuotationMark(text[0])) continue;
            var core = text.Trim(QuoteAndStopMarks);
            if (core.Length < MinPullQuoteLength) continue;
            for (int j = 0; j < i; j++)
            {
                if (blocks[j].Text.Length <= blocks[i].Text.Length || !blocks[j].Text.AsSpan().Contains(core, StringComparison.Ordinal)) continue;
                blocks.RemoveAt(i);
                break;
            }
        }
    }

    private static bool IsQuotationMark(char c) => c is '"' or '“' or '„' or '«' or '»' or '‘' or '‚' or '‹' or '›';

    /// <summary>Quotation marks, stops and ellipses that a pull quote adds around the words it repeats.</summary>
    private const string QuoteAndStopMarks = "\"“”„«»‘’‚‹›'.…,;:!– ";

    /// <summary>The shortest repeated words a pull quote shows (characters): a phrase, not a word or two.</summary>
    private const int MinPullQuoteLength = 30;

    /// <summary>The fewest words of a pull quote: a sentence, not a quoted title or phrase set as a heading.</summary>
    private const int MinPullQuoteWords = 6;

    /// <summary>The most words of a pull quote: a sentence or two, never a paragraph.</summary>
    private const int MaxPullQuoteWords = 50;

    /// <summary>
    /// Whether the last block stands under a label line of its own ("Speaker 2 (00:48):", or a name over a bare time)
    /// whose speaker heads another turn above: the closing turn's speech, which the content selection kept as such.
    /// </summary>
    private static bool SpokenUnderRecurringLabel(List<Block> blocks)
    {
        int label = blocks.Count - 2;
        if (label > 0 && Turns.MediaTime.TryReadWhole(blocks[label].Text, out _)) label--;
        if (label < 1 || !Turns.SpeakerLabel.TryReadStandalone(blocks[label].Text, out var closing)) return false;
        for (int i = 0; i < label; i++)
        {
            if (blocks[i].Text.Length <= ChromeFilter.MaxLabelLineLength && Turns.SpeakerLabel.TryReadStandalone(blocks[i].Text, out var above)
                && above.Name.Equals(closing.Name, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>
    /// A line that is only the name of an author the page's metadata gives (JSON-LD or the author meta tags): the
    /// byline printed without its "By".
    /// </summary>
    private static bool IsAuthorsName(Block b, BlockDocument doc)
    {
        if (b.WordCount > 5 || !NameShapes.LooksLikeBareName(b.Text.Trim())) return false;
        string name = b.Text.Trim();
        foreach (var author in JsonLdReader.FindAuthors(doc)) if (author.Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        return doc.FindMeta("author", "article:author", "dc.creator", "parsely-author") is { } meta && meta.Trim().Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A short line that credits the interview's questions to somebody (<see cref="Turns.InterviewWords.CreditedPart"/>).</summary>
    private static bool IsCreditLine(Block b) =>
        b.WordCount <= MaxCreditWords && Turns.InterviewWords.CreditedPart(b.Text) is { Length: > 0 } names && char.IsUpper(names[0]);

    /// <summary>The most words of a credit line taken out of the text.</summary>
    private const int MaxCreditWords = 12;

    private static bool IsFootnote(string text) =>
        text.Length > 2 && text[0] == '*' && text[1] != '*' && (char.IsLetter(text[1]) || text[1] == ' ') && TextUtil.CountWords(text) <= 40;
}
