using System.Buffers;
using InterviewParser.Blocks;
using InterviewParser.Model;

namespace InterviewParser.Chrome;

/// <summary>The content of an HTML page: the element whose prose scores best, its wrappers, and the chrome inside it.</summary>
internal static partial class ChromeFilter
{
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
        DropFormPrompts(doc, keep);
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

    /// <summary>The most blocks, and words in each, of a box around a form for its text to be the form's prompt.</summary>
    private const int MaxFormPromptBlocks = 2, MaxFormPromptWords = 30;

    /// <summary>
    /// A form's prompt ("Get our letter every morning.", a head over a sign-up field): a box that holds a form and no more
    /// than <see cref="MaxFormPromptBlocks"/> short blocks that ask nothing. The form itself is chrome; its words go with it.
    /// </summary>
    private static void DropFormPrompts(BlockDocument doc, bool[] keep)
    {
        var blocks = doc.Blocks;
        var elements = doc.Elements;
        if (!elements.Exists(e => e.Tag == "form")) return;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!keep[i] || b.Element < 0 || b.WordCount > MaxFormPromptWords || TextUtil.EndsWithQuestionMark(b.Text)) continue;
            int box = elements[b.Element].Parent;
            if (box < 0 || elements[box].Tag is "body" or "html" or "article" or "main") continue;
            // The box's blocks, counted no further than one too many.
            int first = i, last = i;
            while (first > 0 && i - first <= MaxFormPromptBlocks && IsInside(elements, blocks[first - 1].Element, box)) first--;
            while (last + 1 < blocks.Count && last - first < MaxFormPromptBlocks && IsInside(elements, blocks[last + 1].Element, box)) last++;
            if (last - first + 1 > MaxFormPromptBlocks || !HoldsForm(elements, box)) continue;
            bool prompt = true;
            for (int j = first; j <= last; j++) prompt &= blocks[j].WordCount <= MaxFormPromptWords && !TextUtil.EndsWithQuestionMark(blocks[j].Text);
            if (!prompt) continue;
            for (int j = first; j <= last; j++) keep[j] = false;
            i = last;
        }
    }

    /// <summary>Whether a form stands among the first <see cref="MaxFormSearch"/> elements inside the box.</summary>
    private static bool HoldsForm(List<ElementInfo> elements, int box)
    {
        int end = Math.Min(elements[box].LastDescendant, box + MaxFormSearch);
        for (int e = box + 1; e <= end; e++) if (elements[e].Tag == "form") return true;
        return false;
    }

    /// <summary>The most elements inside a box searched for a form.</summary>
    private const int MaxFormSearch = 100;

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
}
