using InterviewParser.Blocks;
using InterviewParser.Turns;
using InterviewParser.Model;

namespace InterviewParser.Chrome;

/// <summary>The main-content blocks chosen by the chrome stage.</summary>
/// <param name="Content">The content blocks in reading order.</param>
/// <param name="FirstContentIndex">The index in the document's block list of the first content block, or -1.</param>
internal sealed record ContentSelection(IReadOnlyList<Block> Content, int FirstContentIndex);

/// <summary>
/// Stage 3: tells main content from site chrome. HTML: scores block-level containers by the prose they hold
/// (length, commas, link density, class and role hints) and keeps the best container with its qualifying
/// siblings (<c>ChromeFilter.Html.cs</c>). Text: finds the densest run of prose lines (<c>ChromeFilter.Text.cs</c>).
/// Both then drop UI-phrase lines, link lists and captions, whole boilerplate sections (<c>ChromeFilter.Sections.cs</c>)
/// and what the text prints twice (<c>ChromeFilter.Repeats.cs</c>).
/// </summary>
internal static partial class ChromeFilter
{
    /// <summary>Selects the main content of a document.</summary>
    public static ContentSelection Select(BlockDocument doc, List<Diagnostic> diagnostics)
    {
        if (doc.Blocks.Count == 0)
        {
            return new ContentSelection([], -1);
        }

        return doc.Format == DocumentFormat.Html && doc.Elements.Count > 0 ? SelectHtml(doc, diagnostics)
            : doc.Format is DocumentFormat.WebVtt or DocumentFormat.Srt ? SelectCaptions(doc)
            : SelectText(doc);
    }

    /// <summary>
    /// A caption file holds what was said and nothing of a page: every cue is content, the short ones at its start and
    /// end too (a "So." or "Thanks." that a run of prose would leave out), save a line of the lexicon's chrome (a
    /// subtitler's credit or a download site's notice).
    /// </summary>
    private static ContentSelection SelectCaptions(BlockDocument doc)
    {
        var keep = new bool[doc.Blocks.Count];
        for (int i = 0; i < keep.Length; i++) keep[i] = !ChromeLexicon.IsChromeLine(doc.Blocks[i].Text) && !IsMarkupArtifact(doc.Blocks[i].Text);
        return Collect(doc, keep, null, -1);
    }

    /// <summary>
    /// A heading, or a line that leads into what follows with a colon, left last of the text while blocks after it were
    /// dropped (in HTML and in a text's run alike): the head of a box of teasers or links that went without it ("More from this channel", "You may also
    /// like:"). A head introduces what stands under it; with nothing kept under it, it goes too, and so does a second
    /// head above it that is left last in turn ("Most read", "Most shared"). A longer run of heads is the text's own
    /// (the entries of a list whose pictures went), and stays.
    /// </summary>
    private static void DropTrailingHeads(List<Block> blocks, bool[] keep)
    {
        int last = blocks.Count - 1;
        while (last >= 0 && !keep[last]) last--;
        for (int dropped = 0; dropped < MaxTrailingHeads && last >= 0 && last < blocks.Count - 1 && IsHead(blocks[last]); dropped++)
        {
            keep[last] = false;
            while (last >= 0 && !keep[last]) last--;
        }

        static bool IsHead(Block b) =>
            b.WordCount <= MaxTrailingHeadWords && !b.IsMostlyLink
            && (b.Kind == BlockKind.Heading && !TextUtil.EndsLikeSentence(b.Text) || TextUtil.LastMeaningfulChar(b.Text) is ':' or '\uFF1A');
    }

    /// <summary>The most box heads dropped from the end of the text, one under the other.</summary>
    private const int MaxTrailingHeads = 2;

    /// <summary>The most words of a box's head (a heading of the text's own runs longer only rarely; a sentence does).</summary>
    private const int MaxTrailingHeadWords = 6;

    /// <summary>Whether the element is the ancestor or one of its descendants (-1, no element, is inside none).</summary>
    internal static bool IsInside(List<ElementInfo> elements, int element, int ancestor) =>
        ancestor >= 0 && element >= ancestor && element <= elements[ancestor].LastDescendant;

    /// <summary>
    /// Whether a line that reads as a call to action only by its opening verb answers the question right above it, kept
    /// as text ("What would you tell a beginner?" over "Listen more than you talk."): advice closing an interview.
    /// </summary>
    internal static bool AnswersQuestionAbove(Block b, Block above) =>
        TextUtil.EndsWithQuestionMark(above.Text) && TextUtil.EndsAsStatementOrQuestion(b.Text) && !TextUtil.EndsWithQuestionMark(b.Text)
        && ChromeLexicon.IsChromeOnlyAsCall(b.Text);

    /// <summary>
    /// Whether a short statement answers the question of three words or more right above it ("Do you miss it?" over
    /// "Every night."), where a sentence of the text stands above the question (the last answer): an answer, however
    /// short, in a conversation whose other answers speak at length. A chrome line is no answer, and a run of riddles
    /// with their one-line solutions has no prose above its questions.
    /// </summary>
    private static bool IsShortAnswer(List<Block> blocks, int i)
    {
        if (i < 2) return false;
        Block b = blocks[i], above = blocks[i - 1];
        return above.WordCount >= 3 && b.WordCount < MinSentenceLineWords && TextUtil.EndsWithQuestionMark(above.Text) && TextUtil.LastMeaningfulChar(b.Text) == '.'
            && !ChromeLexicon.IsChromeLine(b.Text) && !IsMarkupArtifact(b.Text) && !b.IsMostlyLink && !RestatesQuestion(b.Text, above.Text)
            && !TextUtil.EndsWithQuestionMark(blocks[i - 2].Text) && LineWeight(blocks[i - 2]) > 0;
    }

    /// <summary>
    /// Whether a short line thanks somebody by name or for the interview right under a sentence of the text ("Thank you,
    /// Mara."): the interviewer's closing line, part of the conversation however short (<see cref="Turns.ClosingThanks"/>).
    /// </summary>
    private static bool ThanksAfterText(List<Block> blocks, int i)
    {
        Block b = blocks[i], above = blocks[i - 1];
        return b.WordCount < MinSentenceLineWords && LineWeight(above) > 0 && !TextUtil.EndsWithQuestionMark(above.Text)
            && Turns.ClosingThanks.IsClosingLine(b.Text) && !ChromeLexicon.IsChromeLine(b.Text) && !b.IsMostlyLink;
    }

    /// <summary>
    /// Whether a short answer says the question's words again ("Is registration free?" over "Yes, registration is
    /// free."): two of its words of four letters or more stand in the question. A help page's FAQ answers so, to stand
    /// alone; a guest's short answer says one thing ("The stairs.").
    /// </summary>
    private static bool RestatesQuestion(string answer, string question)
    {
        int shared = 0;
        foreach (var w in TextUtil.Words(answer))
        {
            if (w.Length >= 4 && ContainsWord(question, w) && ++shared >= 2) return true;
        }

        return false;
    }

    private static bool ContainsWord(string text, ReadOnlySpan<char> word)
    {
        foreach (var w in TextUtil.Words(text))
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The fewest words of a line that weighs as a sentence of the text (<see cref="LineWeight"/>).</summary>
    private const int MinSentenceLineWords = 6;

    /// <summary>A numbered table of contents run into one line ("1 Intro 2 Early life 2.1 School 3 …").</summary>
    internal static bool IsTableOfContents(ReadOnlySpan<char> text)
    {
        int numbers = 0, words = 0;
        double last = 0;
        foreach (var range in text.Split(' '))
        {
            var w = text[range];
            if (w.IsEmpty) continue;
            words++;
            if (char.IsAsciiDigit(w[0]) && double.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > last && v < 100)
            {
                numbers++;
                last = v;
            }
        }

        return numbers >= 4 && numbers * 8 >= words;
    }

    /// <summary>A radio button or check box as a text browser renders it: "( ) No", "(*) Yes", "[x] Agree".</summary>
    internal static bool IsFormControl(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart();
        return t.Length >= 3 && ((t[0] == '(' && t[2] == ')') || (t[0] == '[' && t[2] == ']')) && t[1] is ' ' or '*' or 'x' or 'X' or '•';
    }

    /// <summary>A stage note of a transcript: "[LAUGHTER]", "(CROSSTALK)", "[MUSIC PLAYING]".</summary>
    internal static bool IsStageNote(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.Length is < 4 or > 40 || !((t[0] == '[' && t[^1] == ']') || (t[0] == '(' && t[^1] == ')'))) return false;
        foreach (char c in t[1..^1])
        {
            if (!(char.IsUpper(c) || c is ' ' or '-' or '\'')) return false;
        }

        return true;
    }

    /// <summary>
    /// A caption of a few words or more that ends in its picture credit ("The quay at dawn. Foto: Tom Berg", "Jane Roe at
    /// the quay, Foto: Tom Berg", "… © Agency"): not a credit line alone.
    /// </summary>
    private static bool IsWordyCaption(ReadOnlySpan<char> text)
    {
        int sign = text.LastIndexOf('©');
        if (sign > 0 && TextUtil.CountWords(text[..sign]) >= MinCaptionWords && ChromePatterns.IsCaptionWithCopyright(text)) return true;
        int colon = text.LastIndexOf(':');
        // Before the colon stands the credit word too ("Jane Roe, Foto:").
        return colon > 0 && TextUtil.CountWords(text[..colon]) > MinCaptionWords && ChromePatterns.IsCaptionWithCredit(text);
    }

    /// <summary>How many words a caption has before its credit (one is a credit word: "Image:", "Foto").</summary>
    private const int MinCaptionWords = 2;

    /// <summary>Text-browser leftovers and form controls: [image], (BUTTON), form fields, bare URLs, a table of contents.</summary>
    internal static bool IsMarkupArtifact(ReadOnlySpan<char> text)
    {
        if (IsStageNote(text)) return false;
        if (IsTableOfContents(text) || IsFormControl(text) || TextUtil.IsPictureFile(text)) return true;
        // Text-browser leftovers: [image], [svg][logo.png], (BUTTON), form fields, bare URLs.
        var t = text.Trim();
        return IsBracketedPicture(t)
            || t.StartsWith("IFRAME:", StringComparison.Ordinal)
            || t.Contains("(BUTTON)", StringComparison.Ordinal)
            || t.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.Contains("[____", StringComparison.Ordinal) || t.Contains("[    ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a line opens and closes with a bracket ("[image]", "[svg][logo.png]"), as text browsers print pictures,
    /// and is no speech that a name in brackets opens ("[Jane Roe] … [laughter]", not "[Jane] [gif]").
    /// </summary>
    private static bool IsBracketedPicture(ReadOnlySpan<char> t) =>
        t.Length > 1 && t[0] == '[' && t[^1] == ']' && Turns.SpeakerLabel.ReadBracketedName(t.ToString()) is not { Rest: [not '[', ..] };

    private static ContentSelection Collect(BlockDocument doc, bool[] keep, int? firstHint, int top)
    {
        if (doc.Format == DocumentFormat.Html)
        {
            PruneChromeSections(doc.Blocks, keep, html: true, doc.Elements); // text documents were pruned while their content was sought
        }

        DropRepeatedInserts(doc.Blocks, keep);
        DropPullQuotes(doc.Blocks, keep);
        ChapterLists.Drop(doc.Blocks, keep);

        var content = new List<Block>();
        int first = -1;
        for (int i = 0; i < keep.Length; i++)
        {
            if (keep[i])
            {
                if (first < 0) first = i;
                content.Add(doc.Blocks[i]);
            }
        }

        return new ContentSelection(content, firstHint ?? first);
    }
}
