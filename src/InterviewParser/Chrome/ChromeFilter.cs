using System.Buffers;
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
/// siblings. Text: finds the densest run of prose lines. Both then drop UI-phrase lines, link lists and captions.
/// </summary>
internal static class ChromeFilter
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

    private static ContentSelection SelectHtml(BlockDocument doc, List<Diagnostic> diagnostics)
    {
        var elements = doc.Elements;
        var blocks = doc.Blocks;
        int n = elements.Count;
        var textLen = new int[n];
        var linkLen = new int[n];
        var score = new double[n];
        var touched = new bool[n];

        foreach (var b in blocks)
        {
            if (b.Element < 0) continue;
            textLen[b.Element] += b.Text.Length;
            linkLen[b.Element] += b.LinkLength;
        }

        // Each element comes after its parent in the list: one backward pass adds every element's text to its parent's.
        for (int e = n - 1; e > 0; e--)
        {
            int up = elements[e].Parent;
            if (up < 0) continue;
            textLen[up] += textLen[e];
            linkLen[up] += linkLen[e];
        }

        foreach (var b in blocks)
        {
            if (b.InChromeElement || b.Element < 0 || b.Text.Length < 25 || b.Kind is BlockKind.Heading or BlockKind.Caption)
            {
                continue;
            }

            double s = 1 + CountCommas(b.Text) + Math.Min(b.Text.Length / 100, 3);
            // A paragraph element passes its score up to its container; text straight in a div scores the div.
            int e = elements[b.Element].Tag is "p" or "li" or "dd" or "td" or "pre" or "blockquote" ? elements[b.Element].Parent : b.Element;
            for (int level = 0; e >= 0 && level < 5; level++, e = elements[e].Parent)
            {
                if (!touched[e])
                {
                    touched[e] = true;
                    score[e] = InitialScore(elements[e]);
                }

                score[e] += level switch { 0 => s, 1 => s / 2, _ => s / (level * 3) };
            }
        }

        int top = -1;
        double best = double.MinValue;
        var commentMemo = new sbyte[n];
        for (int e = 0; e < n; e++)
        {
            if (!touched[e] || elements[e].IsChrome)
            {
                continue;
            }

            double density = textLen[e] == 0 ? 0 : (double)linkLen[e] / textLen[e];
            score[e] *= 1 - density;
            if (InsideComment(elements, e, commentMemo)) score[e] *= InsideCommentFactor;
            if (score[e] > best)
            {
                best = score[e];
                top = e;
            }
        }

        if (top < 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.NoMainContent, DiagnosticSeverity.Info,
                "No container held enough prose to tell content from chrome; all non-chrome blocks were kept."));
            return WithDensestRun(doc, Collect(doc, blocks.Select(b => !b.InChromeElement).ToArray(), null, -1), -1);
        }

        // A wrapper around nothing but the top container stands for it, so that sibling modules of the wrapper
        // (an article split into text modules between pictures) are judged as siblings.
        while (elements[top].ClassWeight >= 0 && elements[top].Parent is int w && w >= 0 && !elements[w].IsChrome && elements[w].ClassWeight >= 0
               && textLen[w] == textLen[top] && elements[w].Tag != "body")
        {
            if (touched[w]) score[w] = Math.Max(score[w], score[top]);
            else
            {
                touched[w] = true;
                score[w] = score[top];
            }

            top = w;
        }

        // A container whose parent holds most of the same prose is better replaced by the parent.
        while (elements[top].Parent is int p && p >= 0 && !elements[p].IsChrome && touched[p]
               && textLen[top] < 0.5 * textLen[p] && score[p] >= 0.7 * score[top] && elements[p].Tag != "body")
        {
            top = p;
        }

        // A sibling is judged like the top: by the best score down its own chain of wrappers (the elements holding
        // all of its text), as the top's wrappers took the score of the container they wrap. An article split into
        // modules (section > row > column > paragraphs, each module built alike) otherwise has its first modules
        // measured three levels up, where a paragraph's score arrives divided by nine, against the top's full score.
        int topInner = Chain(elements, touched, score, textLen, top).Best;
        int? topHolder = null;
        int parent = elements[top].Parent;
        double threshold = Math.Max(10, score[top] * 0.2);
        var siblingOk = new Dictionary<int, bool>();
        var keep = new bool[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Element < 0)
            {
                continue;
            }

            // Find the ancestor directly under the top's parent.
            int child = -1;
            bool underTop = false;
            for (int e = b.Element; e >= 0; e = elements[e].Parent)
            {
                if (e == top)
                {
                    underTop = true;
                    break;
                }

                if (elements[e].Parent == parent)
                {
                    child = e;
                    break;
                }
            }

            if (!underTop)
            {
                if (child < 0)
                {
                    continue;
                }

                if (!siblingOk.TryGetValue(child, out bool ok))
                {
                    double density = textLen[child] == 0 ? 0 : (double)linkLen[child] / textLen[child];
                    // A module built like the top (the same tags down to its prose) holds more of the article when its
                    // prose scores as a text module's does, or when it opens the article, before the top, with at least
                    // a paragraph of unlinked text.
                    bool module = false;
                    if (textLen[child] > 80)
                    {
                        bool opening = child < top && textLen[child] > MinOpeningModuleLength && density < 0.25;
                        var (chain, inner) = Chain(elements, touched, score, textLen, child);
                        // An opening module may hold a picture beside its text, so that no wrapper holds all of its text:
                        // then it is built like the top when the paths down to the two modules' prose are alike.
                        module = (SameShape(elements, child, inner, top, topInner) && (chain >= threshold || (opening && touched[inner])))
                            || (opening && SameShape(elements, child, ProseHolder(elements, touched, score, child), top,
                                topHolder ??= ProseHolder(elements, touched, score, top)));
                    }

                    ok = !elements[child].IsChrome && elements[child].ClassWeight >= 0 && (
                        (touched[child] && score[child] >= threshold)
                        || module
                        || (elements[child].Tag == "p" && textLen[child] > 80 && density < 0.25)
                        || (IsSameModule(elements[child], elements[top]) && textLen[child] > 80 && density < 0.25)
                        || (elements[child].Tag == "p" && textLen[child] > 0 && density == 0 && TextUtil.EndsLikeSentence(b.Text))
                        || (parent < 0 && IsBareTwin(elements[child], elements[top]) && textLen[child] > 0 && density == 0
                            && (TextUtil.EndsLikeSentence(b.Text) || TextUtil.EndsWithQuestionMark(b.Text))));
                    siblingOk[child] = ok;
                }

                if (!ok)
                {
                    continue;
                }
            }

            keep[i] = !IsChromeInside(doc, b, top) || (i > 0 && keep[i - 1] && AnswersQuestionAbove(blocks[i], blocks[i - 1]) && !IsChromeInside(doc, b, top, lines: false));
        }

        DropCaptions(blocks, keep);
        DropOrphanBoxHeads(doc, keep);
        DropTrailingHeads(blocks, keep);
        TeaserCards.MarkSummaryLists(blocks, keep, linkedHeads: true);
        return WithDensestRun(doc, Collect(doc, keep, null, top), top);
    }

    /// <summary>
    /// An element's best score among itself and the elements below it that hold all of its text (its chain of wrappers
    /// down to the container of its prose), with the element that has it (the deepest on a tie);
    /// <see cref="double.MinValue"/> and the element itself when none of them scored.
    /// </summary>
    private static (double Score, int Best) Chain(List<ElementInfo> elements, bool[] touched, double[] score, int[] textLen, int root)
    {
        double best = touched[root] ? score[root] : double.MinValue;
        int at = root;
        // Elements are listed in document order, each after its parent: the root's subtree follows it unbroken and ends
        // at the first element whose parent comes before the root. A descendant with all of the root's text is on the
        // chain (every element between them holds that text too), and a later one lies deeper.
        for (int e = root + 1; e < elements.Count && elements[e].Parent >= root; e++)
        {
            if (textLen[e] == textLen[root] && touched[e] && score[e] >= best)
            {
                best = score[e];
                at = e;
            }
        }

        return (best, at);
    }

    /// <summary>
    /// The element below <paramref name="root"/> (or the root) whose prose scored best, the deepest on a tie (a wrapper
    /// takes the score of the container it wraps): the container of its paragraphs.
    /// </summary>
    private static int ProseHolder(List<ElementInfo> elements, bool[] touched, double[] score, int root)
    {
        int at = root;
        double best = touched[root] ? score[root] : double.MinValue;
        for (int e = root + 1; e < elements.Count && elements[e].Parent >= root; e++)
        {
            if (touched[e] && score[e] >= best)
            {
                best = score[e];
                at = e;
            }
        }

        return at;
    }

    /// <summary>
    /// Whether two chains of wrappers are built alike: the same tags, level by level, from each outer element down to
    /// the container of its prose (section › div › div in both: two modules of one article, whatever their class names).
    /// </summary>
    private static bool SameShape(List<ElementInfo> elements, int outer, int inner, int otherOuter, int otherInner)
    {
        int a = inner, b = otherInner;
        while (true)
        {
            if (elements[a].Tag != elements[b].Tag) return false;
            if (a == outer || b == otherOuter) return a == outer && b == otherOuter;
            a = elements[a].Parent;
            b = elements[b].Parent;
        }
    }

    /// <summary>
    /// The selection, joined by the page's densest run of prose lines when the selection holds almost none while prose
    /// stands elsewhere (see <see cref="ProseLeftOut"/>).
    /// </summary>
    private static ContentSelection WithDensestRun(BlockDocument doc, ContentSelection selected, int top)
    {
        var blocks = doc.Blocks;
        var (outside, inChrome) = ProseLeftOut(selected.Content, blocks);
        bool starved = outside >= 3;
        // Prose only inside elements that mark chrome (a page wrapped whole in a form, an unclosed header or aside):
        // rather than nothing, the densest run of prose, those elements included.
        bool wrapped = !starved && inChrome >= 3;
        if (!starved && !wrapped) return selected;
        // The densest run of lines is added to what the container gave, in page order.
        var lines = SelectText(doc, chromeToo: wrapped);
        if (ProseLength(lines.Content, wrapped) < 2 * Math.Max(1, ProseLength(selected.Content, wrapped))) return selected;
        var both = new HashSet<Block>(selected.Content, ReferenceEqualityComparer.Instance);
        both.UnionWith(lines.Content);
        var union = new bool[blocks.Count];
        for (int i = 0; i < blocks.Count; i++) union[i] = both.Contains(blocks[i]);
        return Collect(doc, union, null, top);
    }

    /// <summary>
    /// When the chosen container left almost no prose (under 300 characters besides headings), the prose paragraphs
    /// standing elsewhere on the page, outside and inside navigation and other chrome elements (counted up to three
    /// outside); otherwise none. Three outside mean a text split over containers the scores did not join, or a container
    /// won by its class names: then the page is also read as lines, as a plain-text page is, and the densest run of
    /// prose found that way joins the selection when it holds at least twice the prose the container gave.
    /// </summary>
    private static (int Outside, int InChrome) ProseLeftOut(IReadOnlyList<Block> content, List<Block> blocks)
    {
        int kept = 0;
        foreach (var b in content) if (b.Kind != BlockKind.Heading) kept += b.Text.Length;
        if (kept >= 300) return (0, 0);
        var chosen = new HashSet<Block>(content, ReferenceEqualityComparer.Instance);
        int outside = 0, inChrome = 0;
        foreach (var b in blocks)
        {
            if (chosen.Contains(b) || !IsProse(b)) continue;
            if (b.InChromeElement) inChrome++;
            else if (++outside >= 3) break;
        }

        return (outside, inChrome);
    }

    private static bool IsProseParagraph(Block b) => !b.InChromeElement && IsProse(b);

    private static bool IsProse(Block b) =>
        b.Kind is BlockKind.Paragraph or BlockKind.Quote && b.Text.Length >= 100 && b.LinkDensity < 0.2 && TextUtil.EndsLikeSentence(b.Text);

    private static int ProseLength(IReadOnlyList<Block> content, bool chromeToo)
    {
        int n = 0;
        foreach (var b in content) if (chromeToo ? IsProse(b) : IsProseParagraph(b)) n += b.Text.Length;
        return n;
    }

    /// <summary>
    /// Blocks marked as captions by their class ("caption", "media__caption") are picture captions when they are a few
    /// among the content. When they carry much of it, they are the text itself (a transcript built from caption cues).
    /// </summary>
    private static void DropCaptions(List<Block> blocks, bool[] keep)
    {
        int kept = 0, captions = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!keep[i]) continue;
            kept++;
            if (blocks[i].CaptionHint) captions++;
        }

        if (captions == 0 || captions * 3 > kept) return;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (keep[i] && blocks[i].CaptionHint) keep[i] = false;
        }
    }

    /// <summary>Blocks a box may hold for its head to be judged by them.</summary>
    private const int MaxBoxBlocks = 40;

    /// <summary>
    /// The head of a box ("More on this", "Weitere Informationen") outlives the box when the box's teasers are
    /// dropped and the head's own element is not marked: a short line, not a sentence, whose parent element holds
    /// other blocks, every one of them dropped. Without its box the head says nothing; it goes with the box.
    /// </summary>
    private static void DropOrphanBoxHeads(BlockDocument doc, bool[] keep)
    {
        var blocks = doc.Blocks;
        var elements = doc.Elements;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // A box's head may end with a colon ("More on this:"); other sentence ends mark text.
            if (!keep[i] || b.Element < 0 || b.WordCount > 6
                || (TextUtil.EndsLikeSentence(b.Text) && TextUtil.LastMeaningfulChar(b.Text) is not (':' or '\uFF1A'))) continue;
            int box = elements[b.Element].Parent;
            if (box < 0 || elements[box].Tag is "body" or "html") continue;
            // The search ends at the first other block of the box that is kept: the head stays.
            int others = 0;
            bool anyKept = false;
            for (int j = i + 1; !anyKept && j < blocks.Count && j - i <= MaxBoxBlocks && IsInside(elements, blocks[j].Element, box); j++)
            {
                others++;
                anyKept = keep[j];
            }

            for (int j = i - 1; !anyKept && j >= 0 && i - j <= MaxBoxBlocks && IsInside(elements, blocks[j].Element, box); j--)
            {
                others++;
                anyKept = keep[j];
            }

            if (others > 0 && !anyKept) keep[i] = false;
        }
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
    /// How much text a module before the top container needs to be read as the article's opening module on its shape
    /// alone: more than a standfirst or a pull quote built like the text's modules holds (a sentence or two), a paragraph
    /// of the text at least.
    /// </summary>
    private const int MinOpeningModuleLength = 300;

    /// <summary>
    /// A sibling of the top's tag where neither has a class, the top standing straight under the page's body: a page that
    /// sets each paragraph in an element of its own without a container ("&lt;div&gt;" after "&lt;div&gt;"), judged as its
    /// paragraphs would be.
    /// </summary>
    private static bool IsBareTwin(ElementInfo sibling, ElementInfo top) =>
        top.ClassName is null && sibling.ClassName is null && sibling.Tag == top.Tag && top.Tag is not "p";

    /// <summary>
    /// A sibling built like the top container (same tag and class: one of the text modules an article is split
    /// into) holds more of the same article, however little prose it has.
    /// </summary>
    private static bool IsSameModule(ElementInfo sibling, ElementInfo top) =>
        top.ClassName is not null && sibling.Tag == top.Tag && string.Equals(sibling.ClassName, top.ClassName, StringComparison.Ordinal);

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

    /// <summary>
    /// Whether a block inside the top container is chrome: a caption, inside a chrome element or a negatively classed
    /// one, mostly links, or (with <paramref name="lines"/>) a chrome line.
    /// </summary>
    private static bool IsChromeInside(BlockDocument doc, Block b, int top, bool lines = true)
    {
        if (b.Kind == BlockKind.Caption)
        {
            return true;
        }

        var elements = doc.Elements;
        for (int e = b.Element; e >= 0 && e != top; e = elements[e].Parent)
        {
            if (elements[e].IsChrome && !elements[top].IsChrome)
            {
                return true;
            }

            if (elements[e].ClassWeight < 0)
            {
                return true;
            }
        }

        if (b.LinkDensity > 0.5 && !(b.Text.Length > 200 && b.LinkDensity < 0.8))
        {
            return true;
        }

        return lines && ChromeLexicon.IsChromeLine(b.Text);
    }

    /// <summary>
    /// How much of its score a container keeps inside a comment: a reader's post, however long, is not the article,
    /// even when its own class calls it the content ("comment &gt; comment-content &gt; content").
    /// </summary>
    private const double InsideCommentFactor = 0.5;

    /// <summary>
    /// Whether an element stands inside one whose class names a comment ("comment", "comment-body"). The answer is kept
    /// per element (0 not yet known, 1 outside, 2 inside), so a page's candidates share their ancestors' answers.
    /// </summary>
    private static bool InsideComment(List<ElementInfo> elements, int e, sbyte[] memo)
    {
        int p = elements[e].Parent;
        if (p < 0) return false;
        if (memo[e] == 0)
        {
            bool inside = elements[p].ClassName is { } c && c.Contains("comment", StringComparison.OrdinalIgnoreCase) || InsideComment(elements, p, memo);
            memo[e] = inside ? (sbyte)2 : (sbyte)1;
        }

        return memo[e] == 2;
    }

    private static double InitialScore(ElementInfo el)
    {
        double s = el.Tag switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return s + el.ClassWeight;
    }

    private static readonly SearchValues<char> Commas = SearchValues.Create(",،，、");

    private static int CountCommas(string s)
    {
        int n = 0;
        var rest = s.AsSpan();
        for (int i = rest.IndexOfAny(Commas); i >= 0; i = rest.IndexOfAny(Commas))
        {
            n++;
            rest = rest[(i + 1)..];
        }

        return n;
    }

    private static ContentSelection SelectText(BlockDocument doc, bool chromeToo = false)
    {
        var blocks = doc.Blocks;
        // Densest run of prose: each line weighs for or against being content; the best-sum segment wins.
        double bestSum = double.MinValue, sum = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        var speakerLines = RecurringSpeakerLines(blocks, out var turnHeads);
        // Boilerplate sections (polls, link lists) are cut out; in the search they only weigh a little against the
        // content, so that a poll in the middle of an interview does not end the content there.
        var inSection = new bool[blocks.Count];
        Array.Fill(inSection, true);
        PruneChromeSections(blocks, inSection, html: false);
        TeaserCards.Mark(blocks, inSection);
        // HTML read as lines: navigation, footers… stay out, unless the prose stands only inside them.
        for (int i = 0; i < blocks.Count && !chromeToo; i++) inSection[i] &= !blocks[i].InChromeElement;
        // The line a text browser prints for the page's feed links, at the top: long, but the head's, not the text's.
        for (int i = 0; i < Math.Min(blocks.Count, 5); i++) inSection[i] &= !Metadata.HeadlineExtractor.IsLinkLine(blocks, i);
        var weights = new double[blocks.Count];
        // A show's chapter list goes, but the run of the text goes on through it, as through a bare timestamp.
        var chapters = ChapterLists.Find(blocks, null);
        for (int i = 0; i < blocks.Count; i++)
        {
            // A separator ("---") before a speaker label line divides turns, not content from chrome.
            bool turnSeparator = i + 1 < blocks.Count && speakerLines.Contains(blocks[i + 1].Text) && ChromeLexicon.TrimPunctuation(blocks[i].Text).IsEmpty;
            // A line that a change-of-speaker mark opens (">> Thank you.") is speech however short.
            weights[i] = !inSection[i] ? SectionLineWeight : speakerLines.Contains(blocks[i].Text) ? Math.Max(0.5, LineWeight(blocks[i]))
                : blocks[i].SpeakerChange ? Math.Max(1, LineWeight(blocks[i])) : turnSeparator || chapters?[i] == true ? 0
                : i > 0 && (AnswersQuestionAbove(blocks[i], blocks[i - 1]) || IsShortAnswer(blocks, i) || ThanksAfterText(blocks, i)) ? 1
                : SpokenUnderLabel(blocks, i, turnHeads, LineWeight(blocks[i]));
        }

        WeighInsertsBetweenExchanges(blocks, weights);
        for (int i = 0; i < blocks.Count; i++)
        {
            double w = weights[i];
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += w;
            if (sum > bestSum)
            {
                bestSum = sum;
                bestStart = start;
                bestEnd = i;
            }
        }

        // A run that starts a few short lines under a speaker's label line starts at the label: the speaker's first turn
        // opens with a greeting or a short sentence ("Good morning."), which weighs as a short line.
        for (int k = bestStart - 1; k >= Math.Max(0, bestStart - MaxTurnOpeningLines - 1); k--)
        {
            if (!inSection[k] || ChromeLexicon.IsChromeLine(blocks[k].Text) || IsMarkupArtifact(blocks[k].Text)) break;
            if (speakerLines.Contains(blocks[k].Text) && LabelsTheRun(blocks, k, bestStart, bestEnd))
            {
                bestStart = k;
                break;
            }

            // The opening is said: a sentence or a question, not a credit or a caption.
            if (!TextUtil.EndsLikeSentence(blocks[k].Text) && !TextUtil.EndsWithQuestionMark(blocks[k].Text)) break;
        }

        // A time alone on its line right above the run times its first turn, where the run's own turns are timed so too.
        if (bestStart > 0 && inSection[bestStart - 1] && MediaTime.TryReadWhole(blocks[bestStart - 1].Text, out _) && HasBareTime(blocks, bestStart, bestEnd)) bestStart--;

        // A label line that closes the run heads nothing: no one speaks under it (an author's name printed again over
        // the links after the text).
        while (bestEnd > bestStart && speakerLines.Contains(blocks[bestEnd].Text) && SpeakerLabel.TryReadStandalone(blocks[bestEnd].Text, out _)) bestEnd--;

        // A table of contents above the run, its entries the run's headings: the prose above the table (an
        // introduction) opens the text, and the table's short lines had cut it off.
        int contentsStart = -1, contentsEnd = -1;
        if (ContentsLists.Above(blocks, bestStart, bestEnd) is var (tableStart, tableEnd))
        {
            if (DensestStretchEndingAt(weights, tableStart) is int above) bestStart = above;
            (contentsStart, contentsEnd) = (tableStart, tableEnd);
        }

        // A list that a sentence announces with a colon, right above the run ("The mayor promised:" over short clauses
        // without a stop): the list and the prose above its sentence belong to the text, which the list's short lines cut.
        if (contentsStart < 0 && AnnouncedListAbove(blocks, bestStart, inSection) is int intro
            && DensestStretchEndingAt(weights, intro) is int opening)
        {
            bestStart = opening;
        }

        var keep = new bool[blocks.Count];
        for (int i = bestStart; i <= bestEnd; i++)
        {
            var b = blocks[i];
            keep[i] = inSection[i] && (!ChromeLexicon.IsChromeLine(b.Text) || (TextUtil.EndsLikeSentence(b.Text) && SpokenUnderLabel(blocks, i, turnHeads))
                                       || (i > bestStart && keep[i - 1] && AnswersQuestionAbove(b, blocks[i - 1]))) && !IsMarkupArtifact(b.Text)
                      && (i < contentsStart || i >= contentsEnd);
        }

        ContentsLists.DropInside(blocks, bestStart, bestEnd, keep);
        DropLinkLists(blocks, bestStart, bestEnd, keep);
        DropSecondCopy(blocks, bestStart, bestEnd, keep);
        DropRepeatedLines(blocks, bestStart, bestEnd, keep);
        DropTrailingHeads(blocks, keep);
        return Collect(doc, keep, bestStart, -1);
    }

    /// <summary>
    /// The most lines in a row that an interview's text may go on after (an advert's label and a teaser link, a
    /// newsletter box's heading, call and button).
    /// </summary>
    private const int MaxInsertLines = 3;

    /// <summary>
    /// What a line of a boilerplate section weighs in the search for the text's run, and a line of an insert between two
    /// exchanges: a little against the content, so that the run goes on through it.
    /// </summary>
    private const double SectionLineWeight = -0.5;

    /// <summary>
    /// A few short lines, one a chrome line at least, between two exchanges, a question answered by a paragraph above
    /// them and a question answered below ("Advertisement", "Read more: …", a newsletter box in the middle of an
    /// interview), are an insert the text goes on after, as a footer's lines are not: they weigh as little as a
    /// boilerplate section's, so that the exchanges after them stay in the run. They still go. (After a paragraph that
    /// answers no question, a question over a paragraph is as often a teaser's title over its excerpt.)
    /// </summary>
    private static void WeighInsertsBetweenExchanges(List<Block> blocks, double[] weights)
    {
        for (int i = 1; i < blocks.Count; i++)
        {
            if (weights[i] >= 0 || !AnswersAbove(blocks, weights, i - 1)) continue;
            // The insert's lines: chrome lines and short lines (a box's heading), one chrome line at least.
            int end = i;
            bool chrome = false;
            while (end < blocks.Count && weights[end] < 0 && end - i < MaxInsertLines) chrome |= weights[end++] == ChromeLineWeight;
            if (chrome && end + 1 < blocks.Count && weights[end] > 0 && TextUtil.EndsWithQuestionMark(blocks[end].Text) && weights[end + 1] > 0)
            {
                for (int k = i; k < end; k++) weights[k] = Math.Max(weights[k], SectionLineWeight);
            }

            i = end;
        }
    }

    /// <summary>The weight of a line of prose (<see cref="LineWeight"/>: a sentence of a dozen words or more).</summary>
    private const double MinProseWeight = 2;

    /// <summary>The most paragraphs of one answer looked through for its question.</summary>
    private const int MaxAnswerParagraphs = 4;

    /// <summary>The fewest exchanges above an insert that show an interview going on (a headline over its standfirst is one).</summary>
    private const int MinExchangesAboveInsert = 2;

    /// <summary>
    /// Whether <see cref="MinExchangesAboveInsert"/> exchanges end at <paramref name="last"/>: each a question over one to
    /// <see cref="MaxAnswerParagraphs"/> paragraphs of prose, with a caption or an earlier insert allowed between them.
    /// </summary>
    private static bool AnswersAbove(List<Block> blocks, double[] weights, int last)
    {
        int exchanges = 0, k = last;
        while (k > 0 && exchanges < MinExchangesAboveInsert)
        {
            int paragraphs = 0;
            while (k >= 0 && paragraphs < MaxAnswerParagraphs && weights[k] >= MinProseWeight && !TextUtil.EndsWithQuestionMark(blocks[k].Text))
            {
                paragraphs++;
                k--;
            }

            if (paragraphs == 0 || k < 0 || weights[k] <= 0 || !TextUtil.EndsWithQuestionMark(blocks[k].Text)) return false;
            exchanges++;
            k--;
            for (int skipped = 0; k > 0 && weights[k] < 0 && skipped < MaxInsertLines; skipped++) k--;
        }

        return exchanges >= MinExchangesAboveInsert;
    }

    /// <summary>
    /// Link lists inside the run of a text page that marks its links (Markdown): <see cref="MinLinkListLines"/> or more
    /// lines in a row that are links and nothing else, none of them a sentence, are a box of related links, not the text;
    /// so is a heading inside a teaser card's link.
    /// </summary>
    private static void DropLinkLists(List<Block> blocks, int start, int end, bool[] keep)
    {
        for (int i = start; i <= end; i++)
        {
            // A heading inside a link that spans lines is a teaser card's title, not one of the text's own headings (a
            // heading whose words link somewhere, "### [Product](address)", is the text's own).
            if (blocks[i].Kind == BlockKind.Heading && blocks[i].InLinkCard) keep[i] = false;
            int j = i;
            while (j <= end && IsLinkLine(blocks[j])) j++;
            if (j - i >= MinLinkListLines) for (int k = i; k < j; k++) keep[k] = false;
            i = Math.Max(i, j - 1);
        }
    }

    /// <summary>
    /// A line printed two times or more in a row inside the run: a text browser prints a picture's alt text, its title
    /// and its caption one under the other, the same words each time. Prose never repeats a paragraph at once, so every
    /// copy goes. Lines of a few words (a label, "No.") are left to the other rules.
    /// </summary>
    private static void DropRepeatedLines(List<Block> blocks, int start, int end, bool[] keep)
    {
        for (int i = start; i < end; i++)
        {
            int j = i + 1;
            while (j <= end && blocks[j].Text == blocks[i].Text) j++;
            if (j - i < 2 || blocks[i].WordCount < MinRepeatedLineWords)
            {
                i = j - 1;
                continue;
            }

            for (int k = i; k < j; k++) keep[k] = false;
            i = j - 1;
        }
    }

    /// <summary>The fewest words of a line whose copies one under the other are a picture's texts.</summary>
    private const int MinRepeatedLineWords = 4;

    /// <summary>
    /// A second copy of the text inside the run: a text browser prints what a page hides by its style sheet, and pages
    /// that hold their text twice (a printable or a differently laid-out version) are printed with both. Where
    /// <see cref="MinCopiedParagraphs"/> paragraphs or more of the text come again, in their order, half of those above
    /// the first repeat at least and four in five of the paragraphs from the first repeat to the last, the copy goes:
    /// from the short lines before its first repeated paragraph that stood before it in the first copy too, to the short
    /// lines after its last one, likewise. Paragraphs are compared without a speaker's label, which one copy may print on
    /// a line of its own and the other before the words.
    /// </summary>
    private static void DropSecondCopy(List<Block> blocks, int start, int end, bool[] keep)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int first = -1, last = -1, copied = 0, previous = -1, longAbove = 0;
        for (int i = start; i <= end; i++)
        {
            if (!keep[i]) continue;
            string said = Said(blocks[i]);
            if (seen.TryGetValue(said, out int original))
            {
                if (blocks[i].WordCount < MinCopiedParagraphWords || original < previous) continue;
                if (first < 0)
                {
                    first = i;
                    for (int k = start; k < i; k++) if (keep[k] && blocks[k].WordCount >= MinCopiedParagraphWords) longAbove++;
                }

                copied++;
                previous = original;
                last = i;
            }
            else if (first < 0)
            {
                seen[said] = i;
            }
        }

        if (copied < MinCopiedParagraphs || copied * 2 < longAbove) return;
        // A copy repeats its paragraphs one after the other; the same questions put to several people in turn repeat
        // between new answers.
        int longInside = 0;
        for (int i = first; i <= last; i++) if (keep[i] && blocks[i].WordCount >= MinCopiedParagraphWords) longInside++;
        if (copied * 5 < longInside * 4) return;
        // The copy opens with the short lines that stood before the first copied paragraph too ("Great to be back."), each
        // printed earlier than the line after it in the first copy (the first copy's own closing lines were not).
        int from = seen[Said(blocks[first])];
        for (int k = first - 1; k > start; k--)
        {
            if (!keep[k]) continue;
            if (!seen.TryGetValue(Said(blocks[k]), out int original) || original >= from) break;
            (first, from) = (k, original);
        }

        // And it closes with the short lines that followed its last paragraph there too ("Thank you, Ruth.").
        int to = seen[Said(blocks[last])];
        for (int k = last + 1; k <= end; k++)
        {
            if (!keep[k]) continue;
            if (!seen.TryGetValue(Said(blocks[k]), out int original) || original <= to) break;
            (last, to) = (k, original);
        }

        for (int i = first; i <= last; i++) keep[i] = false;

        static string Said(Block b) => Turns.SpeakerLabel.ReadPlain(b.Text) is { } label ? label.Rest : b.Text;
    }

    /// <summary>The fewest paragraphs that, repeated in order, make a second copy of the text.</summary>
    private const int MinCopiedParagraphs = 5;

    /// <summary>The fewest words of a paragraph that counts towards a copy (two short sentences; a short line repeats by chance).</summary>
    private const int MinCopiedParagraphWords = 2 * MinSentenceLineWords;

    /// <summary>The fewest link lines in a row that make a box of links (a shop's two "Get it at …" links are the text's own).</summary>
    private const int MinLinkListLines = 3;

    /// <summary>A text line that is a link and nothing else, not a sentence.</summary>
    private static bool IsLinkLine(Block b) => b.Element < 0 && b.LinkDensity >= 0.9 && !TextUtil.EndsLikeSentence(b.Text);

    /// <summary>
    /// Where the stretch of lines that ends just above <paramref name="end"/> and weighs most begins, when it weighs more
    /// than nothing: the prose that a table or a list between it and the run had cut off; otherwise null.
    /// </summary>
    private static int? DensestStretchEndingAt(double[] weights, int end)
    {
        double sum = 0, best = 0;
        int? start = null;
        for (int k = end - 1; k >= 0; k--)
        {
            sum += weights[k];
            if (sum > best)
            {
                best = sum;
                start = k;
            }
        }

        return start;
    }

    /// <summary>
    /// The line that announces a list standing right above <paramref name="start"/> (interface lines between them
    /// aside): <see cref="MinListItems"/> to <see cref="MaxListItems"/> items of a few words each and without a closing
    /// stop, under a line whose
    /// last sentence, of <see cref="MinListIntroWords"/> words or more, closes with a colon; null when there is none.
    /// </summary>
    private static int? AnnouncedListAbove(List<Block> blocks, int start, bool[] inSection)
    {
        int items = 0;
        for (int k = start - 1; k >= 0; k--)
        {
            var b = blocks[k];
            if (!inSection[k]) return null;
            if (ChromeLexicon.IsChromeLine(b.Text)) continue;
            if (items >= MinListItems && AnnouncesList(b)) return k;
            // Items that close like sentences weigh as text already; those without a stop are the ones that cut the run.
            if (b.WordCount < MinListItemWords || b.WordCount > MaxListItemWords || TextUtil.EndsLikeSentence(b.Text) || ++items > MaxListItems) return null;
        }

        return null;
    }

    /// <summary>A list announced by a colon holds this many items at least.</summary>
    private const int MinListItems = 2;

    /// <summary>The most items read as an announced list.</summary>
    private const int MaxListItems = 12;

    /// <summary>An announced list's item has this many words at least (a menu's one-word items are no such list)…</summary>
    private const int MinListItemWords = 4;

    /// <summary>…and at most this many (a paragraph is no item).</summary>
    private const int MaxListItemWords = 30;

    /// <summary>
    /// A sentence that announces a list with a colon has this many words at least: "Read more:", or a question's
    /// "Read about:" after it, announces links, not text.
    /// </summary>
    private const int MinListIntroWords = 6;

    /// <summary>Whether a line ends in a sentence of <see cref="MinListIntroWords"/> words or more that closes with a colon.</summary>
    private static bool AnnouncesList(Block b)
    {
        var text = b.Text.AsSpan().TrimEnd();
        if (text.IsEmpty || text[^1] is not (':' or '\uFF1A') || b.WordCount < MinListIntroWords) return false;
        int stop = text[..^1].LastIndexOfAny(SentenceStops);
        return TextUtil.CountWords(text[(stop + 1)..]) >= MinListIntroWords;
    }

    /// <summary>The marks that end a sentence inside a line.</summary>
    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(".?!。？！");

    /// <summary>
    /// A full name alone on its line with a bare time on the line under it ("Jane Roe" over "00:00:05"): a transcription
    /// tool's header of a turn.
    /// </summary>
    private static bool IsTimedNameLine(IReadOnlyList<Block> blocks, int i, out SpeakerLabel label)
    {
        label = default;
        return i + 1 < blocks.Count && MediaTime.TryReadWhole(blocks[i + 1].Text, out var time) && SpeakerLabel.TryReadTimedName(blocks[i].Text, time, out label);
    }

    /// <summary>
    /// The weight of a line that a dialogue's label line stands right over (<see cref="SpokenUnderLabel(List{Block}, int,
    /// HashSet{string})"/>): the turn's speech, which weighs as a short sentence at least however short it is ("No.", "Not
    /// really."), so that a transcript's last exchanges are not cut off as a footer's short lines.
    /// </summary>
    private static double SpokenUnderLabel(List<Block> blocks, int i, HashSet<string> turnHeads, double weight) =>
        weight < 1 && (weight > ChromeLineWeight || TextUtil.EndsLikeSentence(blocks[i].Text)) && SpokenUnderLabel(blocks, i, turnHeads) ? 1 : weight;

    /// <summary>
    /// Whether a dialogue's label line (one of <paramref name="turnHeads"/>) stands right over the line, or over the bare
    /// time under it: the line is what the speaker said. A sentence is so even where it reads like a page's ("It is free
    /// to download."); a chrome line that is no sentence is the page's ("REPAIR CONTACT" under a heading in capitals).
    /// </summary>
    private static bool SpokenUnderLabel(List<Block> blocks, int i, HashSet<string> turnHeads)
    {
        if (i == 0 || turnHeads.Count == 0) return false;
        int label = MediaTime.TryReadWhole(blocks[i - 1].Text, out _) && i >= 2 ? i - 2 : i - 1;
        return turnHeads.Contains(blocks[label].Text);
    }

    /// <summary>The weight of a line that <see cref="ChromeLexicon.IsChromeLine(ReadOnlySpan{char})"/> or the markup shapes call chrome.</summary>
    private const double ChromeLineWeight = -4;

    /// <summary>Whether a label line standing on its own recurs inside the run: the speaker it names speaks in the text.</summary>
    private static bool LabelsTheRun(List<Block> blocks, int label, int start, int end)
    {
        if (!SpeakerLabel.TryReadStandalone(blocks[label].Text, out _) && !IsTimedNameLine(blocks, label, out _)) return false;
        for (int i = start; i <= end; i++) if (blocks[i].Text == blocks[label].Text) return true;
        return false;
    }

    /// <summary>How many short lines of a turn's opening may stand between a speaker's label line and the run of prose.</summary>
    private const int MaxTurnOpeningLines = 2;

    /// <summary>
    /// Speaker label lines ("QUESTION", "JOHN SMITH") and labelled lines ("JOHN SMITH: Hi.") whose speaker recurs
    /// belong to a transcript, short as they are. "Jane Roe (JR): …" counts for "JR".
    /// </summary>
    private static HashSet<string> RecurringSpeakerLines(IReadOnlyList<Block> blocks) => RecurringSpeakerLines(blocks, out _);

    /// <summary>
    /// <see cref="RecurringSpeakerLines(IReadOnlyList{Block})"/>, and the label lines standing alone that head a dialogue's
    /// turns (<see cref="HeadsTurns"/>), two speakers of them recurring at least (a byline printed again in the author
    /// box heads no turns); empty otherwise.
    /// </summary>
    private static HashSet<string> RecurringSpeakerLines(IReadOnlyList<Block> blocks, out HashSet<string> turnHeads)
    {
        // Counted by speaker, so that "JANE ROE, MAYOR" and the later "JANE ROE" lines are one speaker's.
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = new List<(string Text, string Name, bool Head)>();
        Dictionary<string, string>? surnames = null;
        List<(string Text, string Word, string Full)>? bySurname = null;
        List<(string Text, string Word)>? singles = null;
        var dashed = SpeakerLabel.DashedSpeakers(blocks);
        // Full names alone on their lines over the speech, as a text scrape prints a page's name boxes or minor headings.
        var ownNames = Turns.TurnSegmenter.ElementNames(blocks);
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Text.Length > 300) continue;
            // A label line standing alone, or a label opening the line: a person's, a side's role word ("Host:", "Guest:")
            // or a question or answer label ("Q:").
            SpeakerLabel label = default;
            bool alone = b.Text.Length <= MaxLabelLineLength && (SpeakerLabel.TryReadStandalone(b.Text, out label) || IsTimedNameLine(blocks, i, out label)
                || (ownNames is not null && SpeakerLabel.TryReadFullName(b.Text, out label) && ownNames.Contains(label.Name)));
            // "[00:00:04] Jane Roe: …": the label after the line's media time.
            var inline = alone ? null : SpeakerLabel.ReadPlain(MediaTime.TryStripLeading(b.Text, out _, out var untimed) ? untimed : b.Text);
            // "NAME – speech" in a dialogue written so.
            if (!alone && inline is null && dashed is not null && SpeakerLabel.DashedName(b.Text, out string said) is { } dashedName && dashed.Contains(dashedName))
            {
                inline = SpeakerLabel.ReadPlain(dashedName + ": " + said);
            }

            string? name = alone ? label.Name : inline is { } l && IsSpeaker(l) ? ShortForm(l.Name) : null;
            // A single word opening the line ("ROE: …") is a speaker's where it is the last or first word of a full name
            // that labelled lines above ("JANE ROE: …", "JANE ROE, HOST:") and opens two lines at least: a transcript names
            // its speakers in full first, then by the surname or given name. Alone, a single word labels credits ("Photo: …")
            // as often as people.
            if (name is null && inline is { Kind: LabelKind.Name } single && !single.Name.Contains(' ', StringComparison.Ordinal))
            {
                if (surnames is not null && surnames.TryGetValue(single.Name, out var full)) (bySurname ??= []).Add((b.Text, single.Name, full));
                else (singles ??= []).Add((b.Text, single.Name));
            }

            if (name is null) continue;
            counts[name] = counts.GetValueOrDefault(name) + 1;
            lines.Add((b.Text, name, alone && HeadsTurns(label)));
            // The surname, and the given name, which a conversation's labels use as often ("JANE ROE:", then "JANE:").
            int space = name.LastIndexOf(' ');
            if (space > 0)
            {
                surnames ??= new(StringComparer.OrdinalIgnoreCase);
                surnames.TryAdd(name[(space + 1)..], name);
                surnames.TryAdd(name[..name.IndexOf(' ')], name);
            }
        }

        if (bySurname is not null)
        {
            var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var (_, word, _) in bySurname) uses[word] = uses.GetValueOrDefault(word) + 1;
            foreach (var (text, word, full) in bySurname)
            {
                if (uses[word] < 2) continue;
                counts[full]++;
                lines.Add((text, full, false));
            }
        }

        if (singles is not null && AlternatingWords(singles) is { } alternating)
        {
            foreach (var (text, word) in singles)
            {
                if (!alternating.Contains(word)) continue;
                counts[word] = counts.GetValueOrDefault(word) + 1;
                lines.Add((text, word, false));
            }
        }

        // "MARA LINDQVIST:" once over the first speech, then "LINDQVIST:" over the others: a transcript names a speaker in
        // full first, then by one of the names, and the full name's line is that speaker's too.
        List<string>? namedInFull = null;
        foreach (var (name, n) in counts)
        {
            int space = name.LastIndexOf(' ');
            if (n == 1 && space > 0 && (counts.GetValueOrDefault(name[(space + 1)..]) >= 2 || counts.GetValueOrDefault(name[..name.IndexOf(' ')]) >= 2)) (namedInFull ??= []).Add(name);
        }

        if (namedInFull is not null) foreach (var name in namedInFull) counts[name]++;

        var result = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        turnHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, name, head) in lines)
        {
            if (counts[name] < 2) continue;
            result.Add(text);
            if (!head) continue;
            heads.Add(name);
            turnHeads.Add(text);
        }

        if (heads.Count < 2) turnHeads.Clear();
        return result;
    }

    /// <summary>
    /// The single words that label lines in turn ("OKAFOR: …", "VOGT: …", "OKAFOR: …"), where no full name stands above
    /// them: two words at least, each opening <see cref="MinAlternations"/> lines or more, the label changing from one to
    /// the other that often too. A transcript names its speakers by surname so; a credit word ("Photo:") or a note's
    /// ("Update:") recurs, but not in turn with another. What follows the labels is said: half the lines at least close
    /// like a sentence or a question, and two speakers say two thirds of them; a record's fields ("Address: …", "Opening
    /// hours: …", "Admission: …") recur in turn as well, but hold values, and more than two keys share them evenly.
    /// Null when the labels do not alternate so.
    /// </summary>
    private static HashSet<string>? AlternatingWords(List<(string Text, string Word)> singles)
    {
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, word) in singles) uses[word] = uses.GetValueOrDefault(word) + 1;
        HashSet<string>? words = null;
        int first = 0, second = 0;
        foreach (var (word, n) in uses)
        {
            if (n < MinAlternations) continue;
            (words ??= new(StringComparer.OrdinalIgnoreCase)).Add(word);
            if (n > first) (first, second) = (n, first);
            else if (n > second) second = n;
        }

        if (words is not { Count: >= 2 }) return null;
        int changes = 0, lines = 0, said = 0;
        string? last = null;
        foreach (var (text, word) in singles)
        {
            if (!words.Contains(word)) continue;
            lines++;
            if (TextUtil.EndsAsStatementOrQuestion(text)) said++;
            if (last is not null && !last.Equals(word, StringComparison.OrdinalIgnoreCase)) changes++;
            last = word;
        }

        return changes >= MinAlternations && 2 * said >= lines && 3 * (first + second) >= 2 * lines ? words : null;
    }

    /// <summary>How often each of two single-word labels opens a line, and the label changes, for the words to be speakers'.</summary>
    private const int MinAlternations = 3;

    /// <summary>A label line standing alone is this short at most.</summary>
    internal const int MaxLabelLineLength = 70;

    /// <summary>A label that a person or a side of the talk speaks under: a full name or initials, a side's role word, "Q".</summary>
    private static bool IsSpeaker(SpeakerLabel label) => label.Kind != LabelKind.Name || IsPersonLike(label.Name) || RoleWords.NamesASide(label.Name);

    /// <summary>
    /// A label line that heads a dialogue's turn for certain: a full name, a side's role word or "Q"; a word in capitals
    /// alone ("LAW", "TECH") heads a report's sections as often as initials head turns.
    /// </summary>
    private static bool HeadsTurns(SpeakerLabel label) =>
        label.Kind != LabelKind.Name || label.Name.Contains(' ', StringComparison.Ordinal) || RoleWords.NamesASide(label.Name);

    /// <summary>A full name or initials ("Jane Roe", "JR"); a single word such as "Photo" labels credits as often as people.</summary>
    private static bool IsPersonLike(string name) => name.Contains(' ', StringComparison.Ordinal) || Metadata.NameShapes.LooksLikeInitials(name);

    private static string ShortForm(string name)
    {
        int open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[(open + 2)..^1] : name;
    }

    /// <summary>The punctuation that prose of a few dozen words holds somewhere, in any script.</summary>
    private static readonly SearchValues<char> ProsePunctuation = SearchValues.Create(".,;:!?。，、！？؟،");

    /// <summary>How much a text line looks like content (positive) or chrome (negative).</summary>
    internal static double LineWeight(Block b)
    {
        var text = b.Text.AsSpan();
        if (IsStageNote(text) || MediaTime.TryReadWhole(text, out _))
        {
            return 0; // "[LAUGHTER]", "(CROSSTALK)", a bare "12:34": transcript structure
        }

        if (TextUtil.IsPictureFile(text) && text.Trim()[0] != '[')
        {
            return 0; // "harbour-at-dawn.jpg": a picture a text browser printed by its file name; it goes, but does not end the content
        }

        if (ChromePatterns.IsGalleryCounter(text))
        {
            return 0; // "Image 2 of 8": a picture's counter stands inside the article; it goes, but does not end the content
        }

        // A caption that ends in its picture credit ("The quay at dawn. © Jane Roe", "… Foto: Tom Berg") is written like
        // the text it stands in and weighs as such: it goes, but the run of the text goes on through it. A credit alone
        // ("(Image: © Agency)") weighs as chrome.
        if ((ChromeLexicon.IsChromeLine(text) && !IsWordyCaption(text)) || IsMarkupArtifact(text))
        {
            return ChromeLineWeight;
        }

        int words = b.WordCount;
        // A text line mostly of link text (a Markdown page's menus, teasers and share rows): chrome-like, however long.
        if (b.Element < 0 && b.IsMostlyLink) return words <= 3 ? -2.5 : -1.5;
        // A transcript's paragraph may close with its timestamp ("… we did. (00:12:40)"): the sentence ends before it.
        if (MediaTime.TryStripTrailing(b.Text, out _, out var untimed)) text = untimed.AsSpan();
        bool sentence = TextUtil.EndsLikeSentence(text);
        // A long run of words without one stop or comma is a list run together (a tag cloud, a row of menu links a text
        // browser printed as one line): it weighs as a short sentence, not as prose.
        if (words >= 25 && !sentence && !text.ContainsAny(ProsePunctuation)) return 1;
        if (words >= 12 && (sentence || words >= 25))
        {
            return 2 + Math.Min(words / 15.0, 6);
        }

        if (TextUtil.EndsWithQuestionMark(text) && words >= 3)
        {
            return 2;
        }

        if (sentence && words >= MinSentenceLineWords)
        {
            return 1;
        }

        return words <= 3 ? -2.5 : -1.5;
    }

    /// <summary>
    /// Drops whole boilerplate sections: a heading such as "Copyright" or "Related stories" takes its section with
    /// it, up to the next heading of its level or higher (in HTML, where such boxes sit inside the article, only the
    /// short link lines after it, and with <paramref name="elements"/> only those inside the head's own box when the text
    /// goes on after the box); a "Further links:" line takes the short lines after it.
    /// </summary>
    internal static void PruneChromeSections(List<Block> blocks, bool[] keep, bool html, List<ElementInfo>? elements = null)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (IsFormControl(b.Text) && i + 1 < blocks.Count && IsFormControl(blocks[i + 1].Text))
            {
                // A poll: its question and option lines above, the controls, and the short result lines below.
                var asked = new HashSet<string>(StringComparer.Ordinal);
                for (int k = i - 1; k >= Math.Max(0, i - 2) && blocks[k].WordCount <= 20 && blocks[k].Kind != BlockKind.Heading; k--)
                {
                    keep[k] = false;
                    asked.Add(blocks[k].Text);
                }

                int j = i;
                while (j < blocks.Count && IsFormControl(blocks[j].Text)) keep[j++] = false;
                // The result view: the question again, options with shares, the number of votes.
                for (int end = j + 10; j < Math.Min(end, blocks.Count) && blocks[j].WordCount < 12
                    && (!TextUtil.EndsWithQuestionMark(blocks[j].Text) || asked.Contains(blocks[j].Text)); j++) keep[j] = false;
                i = j - 1;
                continue;
            }

            // A heading over nothing but links ("Our pick" over a teaser link): a teaser box, whatever it is called.
            if (b.Kind == BlockKind.Heading && IsLinkOnlySection(blocks, i) is int sectionEnd and > 0)
            {
                for (int k = i; k < sectionEnd; k++) keep[k] = false;
                i = sectionEnd - 1;
                continue;
            }

            if (b.Kind == BlockKind.Heading && !html && ChromeLexicon.IsChromeSectionHead(b.Text))
            {
                keep[i] = false;
                int j = i + 1;
                for (; j < blocks.Count && !(blocks[j].Kind == BlockKind.Heading && blocks[j].Level <= b.Level); j++) keep[j] = false;
                i = j - 1;
            }
            else if ((keep[i] || b.Kind == BlockKind.Heading) && (b.Text.AsSpan().TrimEnd().EndsWith(':') || b.Kind == BlockKind.Heading)
                     && ChromeLexicon.IsChromeSectionHead(b.Text))
            {
                keep[i] = false;
                // The section's entries are links or short lines; the text goes on at a long paragraph, at a question that a
                // paragraph answers ("Read also:" over a teaser between two questions of an interview), or, after a box
                // of the head's own ("Related" in an aside), at a sentence.
                int box = elements is not null && b.Element >= 0 && b.Kind == BlockKind.Heading ? elements[b.Element].Parent : -1;
                int j = i + 1;
                for (; j < blocks.Count && blocks[j].Kind != BlockKind.Heading && IsSectionEntry(blocks, j, box < 0 ? null : IsInside(elements!, blocks[j].Element, box)); j++)
                {
                    keep[j] = false;
                }
                i = j - 1;
            }
            else if (!html && keep[i] && b.Kind != BlockKind.Heading && ChromeLexicon.IsChromeSectionHead(b.Text))
            {
                // Text without marked headings: a head alone on its line ("READ ALSO") heads the short lines under it
                // where a question the next paragraph answers follows them, the interview going on past the teasers.
                int j = i + 1;
                while (j < blocks.Count && j - i <= MaxTeaserLines && blocks[j].Kind != BlockKind.Heading && IsSectionEntry(blocks, j, null)) j++;
                if (j > i + 1 && j - i <= MaxTeaserLines && j < blocks.Count && TextUtil.EndsWithQuestionMark(blocks[j].Text) && blocks[j].WordCount < 12)
                {
                    for (int k = i; k < j; k++) keep[k] = false;
                    i = j - 1;
                }
            }
        }
    }

    /// <summary>Whether a block of the run is a time alone on its line.</summary>
    private static bool HasBareTime(List<Block> blocks, int start, int end)
    {
        for (int i = start; i <= end; i++) if (MediaTime.TryReadWhole(blocks[i].Text, out _)) return true;
        return false;
    }

    /// <summary>The most teaser lines a section head alone on its line heads in a text between two exchanges.</summary>
    private const int MaxTeaserLines = 4;

    /// <summary>
    /// Whether block <paramref name="j"/> under a chrome section's head is one of its entries: a link or a short line. In a
    /// box of the head's own (<paramref name="inBox"/> true) every such line is; after the box (false) a sentence ends the
    /// section, and anywhere a question that a paragraph answers does: the interview going on ("Read also:" over a teaser
    /// between two questions).
    /// </summary>
    private static bool IsSectionEntry(List<Block> blocks, int j, bool? inBox)
    {
        var b = blocks[j];
        if (b.WordCount >= 12 && b.LinkDensity <= 0.5) return false;
        if (inBox == true) return true;
        if (inBox == false && TextUtil.EndsLikeSentence(b.Text)) return false;
        // In text, the question stands apart (a blank line above it); a list's teasers follow each other line by line.
        return !(b.LinkDensity <= 0.5 && TextUtil.EndsWithQuestionMark(b.Text) && (b.BlankBefore || b.Element >= 0) && j + 1 < blocks.Count
                 && blocks[j + 1].WordCount >= 12 && blocks[j + 1].LinkDensity <= 0.5);
    }

    /// <summary>
    /// The end of a heading's section when the section holds one to four blocks and every one is a link, else -1.
    /// The section ends at the next heading or the end of the page; or, after <see cref="MinTeaserLinks"/> links or
    /// more, at the first block that is no link: a teaser box set between the paragraphs of a text without a box of its own.
    /// </summary>
    private static int IsLinkOnlySection(List<Block> blocks, int heading)
    {
        int j = heading + 1;
        for (; j < blocks.Count && blocks[j].Kind != BlockKind.Heading; j++)
        {
            if (blocks[j].LinkDensity < 0.8) return j - heading - 1 >= MinTeaserLinks ? j : -1;
            if (j - heading > 4) return -1;
        }

        return j > heading + 1 ? j : -1;
    }

    /// <summary>The links under a heading that make it a teaser box where the text goes on right after them.</summary>
    private const int MinTeaserLinks = 2;

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
        return (t.Length > 1 && t[0] == '[' && t[^1] == ']')
            || t.StartsWith("IFRAME:", StringComparison.Ordinal)
            || t.Contains("(BUTTON)", StringComparison.Ordinal)
            || t.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.Contains("[____", StringComparison.Ordinal) || t.Contains("[    ", StringComparison.Ordinal);
    }

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
                var sentence = QuotedSentence(text[start..(k + 1)]);
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
        core = QuotedSentence(blocks[i].Text);
        return !core.IsEmpty;
    }

    /// <summary>The marks that close a sentence a pull quote may repeat.</summary>
    private static readonly SearchValues<char> PullQuoteStops = SearchValues.Create(".?!…");

    /// <summary>A line's words without the quotation marks around them and the stop closing them.</summary>
    private static ReadOnlySpan<char> QuotedSentence(ReadOnlySpan<char> text) =>
        text.Trim().Trim("\"'“”„«»‘’‚‹›").TrimEnd(".!?…").TrimEnd();

    /// <summary>A pull quote has this many words at least (a short answer may repeat a few words said before)…</summary>
    private const int MinPullQuoteWords = 6;

    /// <summary>…and at most this many.</summary>
    private const int MaxPullQuoteWords = 40;

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
