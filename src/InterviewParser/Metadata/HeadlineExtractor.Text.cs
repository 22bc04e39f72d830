using System.Buffers;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>The headline of a text scrape or transcript: the title-like line nearest above the content, scored by what stands around it.</summary>
internal static partial class HeadlineExtractor
{
    private static (string?, int) FromText(BlockDocument doc, ContentSelection content)
    {
        var blocks = doc.Blocks;
        // The front matter's title is the title; a heading repeating it is the title's block.
        if (doc.Title is { Length: > 0 } title)
        {
            for (int i = 0; i < Math.Min(blocks.Count, 5); i++)
            {
                if (blocks[i].Kind == BlockKind.Heading && blocks[i].Text.Equals(title, StringComparison.OrdinalIgnoreCase)) return (title, i);
            }

            return (title, -1);
        }

        int start = content.FirstContentIndex < 0 ? 0 : content.FirstContentIndex;
        // A Markdown heading is the title: the first top-level heading above the text that reads as a title (on a page saved
        // as Markdown the logo's link or a one- or two-word site name comes first), else one among the first lines.
        int firstHeading = -1, reach = Math.Max(5, start + 1);
        for (int i = 0; i < Math.Min(blocks.Count, reach + HeadingReachIntoContent); i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Heading || b.Level != 1) continue;
            // Further into the text only a heading that a line from its start repeats (a breadcrumb's last item) is the title.
            if (i >= reach && !EndedAbove(blocks, i, start, arrows: false)) continue;
            // Chinese and Japanese count two characters a word: a heading of three ("王小明") is a title all the same.
            if (!b.IsMostlyLink && IsTitleLike(b.Text, null, TextUtil.HasIdeographs(b.Text) ? 2 : MinTitleWords)) return (b.Text, i);
            if (i < 5 && firstHeading < 0) firstHeading = i;
        }

        if (firstHeading >= 0) return (blocks[firstHeading].Text, firstHeading);

        // A text browser prints the titles of the page's header links on its first line, after '#': a feed of the
        // article's comments carries the article's title. A line near the content that stands there is the headline.
        string? links = HeaderLinks(blocks);
        if (links is not null && TitleInHeaderLinks(blocks, start, links) is int linked) return (blocks[linked].Text, linked);
        // The site's name stands there before each of its feeds ("Site » Feed Site » Comments Feed"): never the headline.
        string? site = links is null ? null : SiteInHeaderLinks(links);
        bool IsSite(string text) => site is not null && text.Equals(site, StringComparison.OrdinalIgnoreCase);

        // A text browser prints the page's title at the top; when a line near the content repeats it (alone or at the
        // end of a breadcrumb row), that line is the headline.
        if (RepeatedTopTitle(blocks, start) is int repeated) return (blocks[repeated].Text, repeated);

        // A line that may be the headline: title-like, not the link line, the site's name, a row of one template, a
        // speaker's label printed again or a labelled question.
        bool IsCandidate(int i)
        {
            var text = blocks[i].Text;
            if (!IsTitleLike(text, i > 0 ? blocks[i - 1].Text : null) || IsLinkLine(blocks, i) || IsSite(text) || InTemplateRow(blocks, i)) return false;
            if (Turns.SpeakerLabel.TryReadStandalone(text, out _) && PrintedAgain(blocks, i, i + 1)) return false;
            return !(TextUtil.EndsWithQuestionMark(text) && Turns.SpeakerLabel.ReadPlain(text) is { } spoken && LabelRecurs(blocks, i, spoken.Name));
        }

        // Otherwise the best title-like line shortly before the content (or opening it).
        var opening = OpeningWords(blocks, start);
        int best = -1;
        double bestScore = double.MinValue;
        // The distance to the content in lines, those of one or two words (a header's "By", "Share", "Date" rows) counting half:
        // a header printed as many short rows does not push its title out of reach.
        double distance = 0;
        for (int i = Math.Min(start, blocks.Count - 1), seen = 0; i >= 0 && seen < TitleReach; i--, seen++)
        {
            var text = blocks[i].Text;
            if (i < start) distance += blocks[i + 1].WordCount >= 3 ? 1 : 0.5;
            if (!IsCandidate(i)) continue;
            // The content's first line is not the title when it is a labelled line or a question (an interview's first
            // turn), unless the article's header (date, byline) follows it; a labelled line, only where its label is no
            // other line's too ("Roundtable: Who …?" over the byline; a first turn's speaker speaks again).
            if (i == start && (Turns.SpeakerLabel.ReadPlain(text) is { } first && (!HeaderFollows(blocks, i) || LabelRecurs(blocks, i, first.Name))
                || (TextUtil.EndsWithQuestionMark(text) && !HeaderFollows(blocks, i) && !EndsBreadcrumb(blocks, i) && !AsksOverStandfirst(blocks, i))
                || i + 1 >= blocks.Count)) continue;
            // The headline names what the article opens with: its words come back in the first paragraphs, those of
            // a caption's less, of another article's teaser or a menu hardly at all.
            double score = TitleScore(blocks, i) - 0.15 * distance + 2 * Overlap(i, text, opening);
            if (score > bestScore + 1e-6)
            {
                bestScore = score;
                best = i;
            }
        }

        // A breadcrumb row ends with the headline ("Home News Interview with …"): the line that is only the headline wins,
        // after a row with breadcrumb arrows even when it is short enough to look like a name ("Home » Recipes » Lemon Tart").
        if (best >= 0)
        {
            // French and German quotes close with » too: a » closing a « is a quote, not a breadcrumb step.
            var row = blocks[best].Text.AsSpan();
            bool arrows = row.ContainsAny(BreadcrumbArrows) && !row.Contains('«');
            for (int i = Math.Max(0, best - 30); i < Math.Min(blocks.Count, best + 30); i++)
            {
                var t = blocks[i].Text;
                if (i != best && t.Length < blocks[best].Text.Length && blocks[best].Text.EndsWith(" " + t, StringComparison.Ordinal)
                    && (t.Length >= 15 && IsTitleLike(t, null) || arrows && TextUtil.CountWords(t) >= 2 && !ChromeLexicon.IsChromeLine(t)))
                {
                    return (t, i);
                }
            }

            // A kicker printed on the headline's line without a separator ("Kicker words Headline"): the page names the
            // headline alone elsewhere, as a part of a row its separators set apart (a breadcrumb's last step "Home / IT /
            // Headline", a window title "Headline - Kicker"); the chosen line ends with that part.
            if (HeadlineEndingLine(blocks, best) is { } part) return (part, best);
        }

        // A headline and its standfirst stand one over the other, and the standfirst, nearer the text and sharing its
        // words, may score higher: a title line right above a chosen line that runs on as a sentence is the headline.
        // The line above must be a title of its own: capitalised, not a row that holds the chosen line (a breadcrumb), not a
        // list's item, and near the chosen line's length (a kicker over a headline is much shorter than it). A chosen line
        // the page prints twice is the headline already (a title at the top and over the text, a title around its standfirst).
        // A headline that quotes the guest („…“) over a short dek ("The harbour master on …") is the headline whatever their
        // lengths: a kicker is a topic's word or two, never a quotation.
        // (German capitalises its nouns: there the dek has some word in small letters.)
        if (best > 0 && blocks[best - 1] is { } above
            && (blocks[best].WordCount >= 10 && TextUtil.IsSentenceCase(blocks[best].Text) && above.WordCount * 4 >= blocks[best].WordCount * 3
                || blocks[best].WordCount >= MinQuotedHeadlineDekWords && TextUtil.HasSmallWord(blocks[best].Text) && above.WordCount >= MinTitleWords
                   && TextUtil.IsWholeQuotation(WithoutFormatKicker(above.Text))
                   && !TextUtil.IsWholeQuotation(blocks[best].Text))
            && IsTitleLike(above.Text, best > 1 ? blocks[best - 2].Text : null) && !IsLinkLine(blocks, best - 1)
            && (char.IsUpper(above.Text[0]) || TextUtil.IsOpeningMark(above.Text[0]))
            && !above.Text.Contains(blocks[best].Text, StringComparison.Ordinal) && !PrintedAgain(blocks, best, 0))
        {
            best--;
        }

        if (best >= 0) return (WithoutFormatKicker(blocks[best].Text), best);

        // Nothing title-like near the text: a page whose menus and teasers run long before it. Further up, as far again,
        // the nearest title-like line over an article's header (its date or byline right under it) is the headline;
        // beyond that, a line over a date is a menu's entry more often than the title.
        for (int i = Math.Min(start, blocks.Count) - 1 - TitleReach; i >= 0 && i >= start - 2 * TitleReach; i--)
        {
            if (IsCandidate(i) && HeaderFollows(blocks, i)) return (WithoutFormatKicker(blocks[i].Text), i);
        }

        // Nothing above the text reads as a title: a Markdown page's first top-level heading names it all the same,
        // unless it is a link, an interface line or a single word (a logo, "Menu", "Welcome!").
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Heading || b.Level != 1) continue;
            if (!b.IsMostlyLink && b.WordCount is >= 2 and <= 30 && !ChromeLexicon.IsChromeLine(b.Text) && !ChromeFilter.IsMarkupArtifact(b.Text))
            {
                return (b.Text, i);
            }

            break;
        }

        // A title of two words opening the document, right over a sentence that leads into the text ("Talking signals"
        // over its standfirst): a text saved as such starts with its title. (Three words or more are title-like above.)
        if (blocks.Count > 1 && start > 0 && blocks[0].WordCount == 2 && IsTitleLike(blocks[0].Text, null, 2) && char.IsUpper(blocks[0].Text[0])
            && blocks[1].WordCount >= MinStandfirstWords && TextUtil.EndsLikeSentence(blocks[1].Text))
        {
            return (blocks[0].Text, 0);
        }

        return (null, -1);
    }

    /// <summary>
    /// The title without the format's name that a scrape prints before it as a kicker ("Interview | Title", "Entrevista:
    /// „…“"): an interview word, then a bar, colon or dash. A credit ("Interview: Jane Roe") is no title line to begin with.
    /// </summary>
    internal static string WithoutFormatKicker(string line)
    {
        if (Turns.InterviewWords.OpensWith(line) is not { } word) return line;
        var rest = line.AsSpan(line.IndexOf(word, StringComparison.Ordinal) + word.Length).TrimStart();
        if (rest.Length < 2 || rest[0] is not ('|' or ':' or '–' or '—' or '-') || rest[1] != ' ') return line;
        string title = rest[2..].Trim().ToString();
        return TextUtil.CountWords(title) >= MinTitleWords - 1 ? title : line;
    }

    /// <summary>
    /// The part of another line near <paramref name="best"/>, between its title separators, that ends the chosen line
    /// after a space: a title of its own (<see cref="IsTitleLike"/>, fifteen characters at least) shorter than the line.
    /// </summary>
    private static string? HeadlineEndingLine(List<Block> blocks, int best)
    {
        string line = blocks[best].Text;
        for (int i = Math.Max(0, best - BreadcrumbReach); i < Math.Min(blocks.Count, best + BreadcrumbReach); i++)
        {
            string other = blocks[i].Text;
            if (i == best || other.Length > MaxSeparatedRowLength) continue;
            foreach (var sep in TitleSeparators)
            {
                if (!other.Contains(sep, StringComparison.Ordinal)) continue;
                foreach (var part in other.Split(sep, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part.Length >= 15 && part.Length < line.Length && line.EndsWith(part, StringComparison.Ordinal)
                        && line[line.Length - part.Length - 1] == ' ' && !EndsWithSeparatorMark(line.AsSpan(0, line.Length - part.Length))
                        && IsTitleLike(part, null)) return part;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text before a part ends with a separator's mark (a dash, a bar, a colon, an arrow): the line joins a
    /// lead-in to its title, as a headline may ("Review – …"), and no kicker was run into it.
    /// </summary>
    private static bool EndsWithSeparatorMark(ReadOnlySpan<char> before) =>
        before.TrimEnd() is [.., '-' or '–' or '—' or '|' or ':' or '：' or '»' or '›' or '/' or '·'];

    /// <summary>The longest row read for a headline set apart by separators (a breadcrumb, a window title).</summary>
    private const int MaxSeparatedRowLength = 300;

    /// <summary>How many lines before the content (or opening it) the headline is looked for first.</summary>
    private const int TitleReach = 30;

    /// <summary>How many words a dek under a quoted headline needs (a line of two or three is a kicker or a label).</summary>
    private const int MinQuotedHeadlineDekWords = 5;

    /// <summary>How many words the sentence under a two-word title needs to vouch for it (a menu row's next item is short).</summary>
    private const int MinStandfirstWords = 8;

    /// <summary>
    /// Whether a line is one of a row of lines made from one template: an item of a numbered list beside its neighbour
    /// in the count, or a line two or more of whose near neighbours end with the same two words ("Share on … (opens in
    /// a new window)"). A headline stands alone; a copy of it (a breadcrumb's last step, a share text) holds it whole and
    /// does not count. (Openings are no sign: a headline and its standfirst often open with the same name.)
    /// </summary>
    private static bool InTemplateRow(List<Block> blocks, int index)
    {
        var text = blocks[index].Text;
        if (TextUtil.CountWords(text) < 3) return false;
        if (ListNumber(text) is int number && !EndsWithAnotherBlock(blocks, index))
        {
            // An item of a numbered list: the item before or after it stands near ("2. …" by "3. …"). (A numbered
            // breadcrumb that ends with a line the page prints again on its own ends with the headline's copy.)
            for (int j = Math.Max(0, index - TemplateReach); j <= Math.Min(blocks.Count - 1, index + TemplateReach); j++)
            {
                if (j != index && ListNumber(blocks[j].Text) is int other && Math.Abs(other - number) == 1) return true;
            }
        }

        var tail = LastWords(text, 2);
        int alike = 0;
        for (int j = Math.Max(0, index - TemplateReach); j <= Math.Min(blocks.Count - 1, index + TemplateReach); j++)
        {
            var other = blocks[j].Text;
            if (j == index || other.Contains(text, StringComparison.Ordinal) || text.Contains(other, StringComparison.Ordinal)) continue;
            if (other.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) alike++;
        }

        return alike >= 2;
    }

    /// <summary>How many lines on each side of a line its template row is looked for.</summary>
    private const int TemplateReach = 4;

    /// <summary>Whether the line ends with the whole text of another block of three words or more.</summary>
    private static bool EndsWithAnotherBlock(List<Block> blocks, int index)
    {
        var text = blocks[index].Text;
        for (int j = 0; j < blocks.Count; j++)
        {
            var other = blocks[j].Text;
            if (j != index && other.Length < text.Length && blocks[j].WordCount >= 3 && text.EndsWith(other, StringComparison.Ordinal)
                && text[text.Length - other.Length - 1] == ' ') return true;
        }

        return false;
    }

    /// <summary>The number a list item opens with ("3. …", "12) …"), or null.</summary>
    private static int? ListNumber(string text)
    {
        int digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || digits + 1 >= text.Length || text[digits] is not ('.' or ')') || text[digits + 1] != ' ') return null;
        return int.Parse(text.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string LastWords(string text, int count)
    {
        int at = text.Length - 1;
        for (int seen = 0; at >= 0; at--) if (text[at] == ' ' && ++seen == count) break;
        return text[(at + 1)..];
    }

    /// <summary>The arrows that separate the steps of a breadcrumb row.</summary>
    private static readonly SearchValues<char> BreadcrumbArrows = SearchValues.Create("»›>");

    /// <summary>Whether a breadcrumb row shortly above the line ends with it ("Home > Science > How does oil form?").</summary>
    private static bool EndsBreadcrumb(List<Block> blocks, int i) => EndedAbove(blocks, i, Math.Max(0, i - BreadcrumbReach), arrows: true);

    /// <summary>
    /// How many blocks into the content a top-level Markdown heading may stand and still be the title (the run of the
    /// text may open with a list or a line printed above the title).
    /// </summary>
    private const int HeadingReachIntoContent = 4;

    /// <summary>
    /// Whether a block from <paramref name="from"/> up to block <paramref name="i"/> ends with its text (a breadcrumb's
    /// last item), with breadcrumb arrows before it when <paramref name="arrows"/> asks for a row.
    /// </summary>
    private static bool EndedAbove(List<Block> blocks, int i, int from, bool arrows)
    {
        string text = blocks[i].Text;
        for (int k = from; k < i; k++)
        {
            string row = blocks[k].Text;
            if (row.EndsWith(text, StringComparison.Ordinal) && (!arrows || row.AsSpan(0, row.Length - text.Length).ContainsAny(BreadcrumbArrows))) return true;
        }

        return false;
    }

    /// <summary>How many lines above a title its breadcrumb row may stand (a menu between them).</summary>
    private const int BreadcrumbReach = 30;

    /// <summary>The first paragraphs of prose from the content start on, each as the set of its words of four letters or more.</summary>
    private static List<(int Index, HashSet<string> Words)> OpeningWords(List<Block> blocks, int start)
    {
        var paragraphs = new List<(int, HashSet<string>)>(OpeningParagraphs);
        for (int i = start; i < blocks.Count && paragraphs.Count < OpeningParagraphs; i++)
        {
            if (blocks[i].WordCount < 12) continue;
            paragraphs.Add((i, new HashSet<string>(Words(blocks[i].Text), StringComparer.OrdinalIgnoreCase)));
        }

        return paragraphs;
    }

    private const int OpeningParagraphs = 5;

    /// <summary>
    /// How many of a line's words of four letters or more the opening paragraphs use too, up to five, as a share of
    /// five (the line itself not counted when it is one of them). Counted rather than divided, so that a two-word
    /// kicker whose words the text repeats does not outweigh the headline under it.
    /// </summary>
    private static double Overlap(int line, string text, List<(int Index, HashSet<string> Words)> opening)
    {
        int shared = 0;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in Words(text))
        {
            if (shared == SharedWordsEnough) break;
            if (!seen.Add(w)) continue;
            foreach (var (index, words) in opening)
            {
                if (index != line && words.Contains(w))
                {
                    shared++;
                    break;
                }
            }
        }

        return (double)shared / SharedWordsEnough;
    }

    private const int SharedWordsEnough = 5;

    /// <summary>A line's words of four letters or digits or more ("2021" and "Harbour" count, "the" does not).</summary>
    private static IEnumerable<string> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i - start >= 4) yield return text[start..i];
        }
    }

    /// <summary>
    /// A title-like line among the first blocks of a scrape whose text stands again, alone or ending a longer row,
    /// among the blocks shortly before the content: the index of that later line, or null.
    /// </summary>
    private static int? RepeatedTopTitle(List<Block> blocks, int contentStart)
    {
        for (int i = 0; i < Math.Min(10, blocks.Count); i++)
        {
            var t = blocks[i].Text;
            if (t.Length < 15 || !IsTitleLike(t, null)) continue;
            for (int j = Math.Max(10, contentStart - 30); j <= Math.Min(contentStart, blocks.Count - 1); j++)
            {
                var other = blocks[j].Text;
                // A menu printed twice (for wide and narrow screens) repeats its items with their neighbours: no title.
                if (other == t && !NeighbourRepeats(blocks, i, j)) return j;
                if (other.EndsWith(" " + t, StringComparison.Ordinal)) return i; // the row ends with the title: keep the title
            }
        }

        return null;
    }

    /// <summary>
    /// The index of a title-like line before the content (or opening it), the nearest to it, whose text stands as a
    /// phrase in the header-link line a text browser prints first ("#Site » Feed Site » TITLE Comments Feed alternate"),
    /// or null. The link line vouches for the title, so it is looked for however much page furniture stands between.
    /// </summary>
    private static int? TitleInHeaderLinks(List<Block> blocks, int contentStart, string links)
    {
        // Where the titles are written "Site » Title", the article's stands after a separator; other pages' (the
        // previous and next articles) may stand there without one.
        bool separated = false;
        foreach (var sep in TitleSeparators) separated |= links.Contains(sep, StringComparison.Ordinal);
        // Before the content and opening it first, then a few lines into it (a blog's text may be taken to begin with
        // its header).
        int first = Math.Min(contentStart, blocks.Count - 1);
        for (int j = first; j >= 1; j--)
        {
            if (IsLinkedTitle(blocks[j].Text, links, separated)) return j;
        }

        for (int j = first + 1; j <= Math.Min(contentStart + LinkedTitleReachIntoContent, blocks.Count - 1); j++)
        {
            if (IsLinkedTitle(blocks[j].Text, links, separated)) return j;
        }

        return null;
    }

    /// <summary>
    /// Whether a line is the title the header links name: a title-like line standing there once as a phrase, after a
    /// separator where the links have them, and followed by the feed's name, not by a separator as the site's name is.
    /// The links vouch for a short title ("Fog (3)") and for one that ends with a stop.
    /// </summary>
    private static bool IsLinkedTitle(string t, string links, bool separated)
    {
        // The cheap test first: a long page may hold many lines before its text.
        if (t.Length < 15 || !links.Contains(t, StringComparison.Ordinal) || !IsTitleLike(t.TrimEnd('.'), null, 2)) return false;
        // The site's name stands there too, once per feed and before each separator ("Site » Feed"): the title
        // stands once, followed by the feed's name.
        int phrases = 0;
        bool beforeSeparator = false;
        for (int at = links.IndexOf(t, StringComparison.Ordinal); at >= 0; at = links.IndexOf(t, at + 1, StringComparison.Ordinal))
        {
            int end = at + t.Length;
            if (at == 0 || links[at - 1] != ' ' || (end < links.Length && links[end] != ' ')) continue;
            if (separated && !AfterSeparator(links, at)) continue;
            phrases++;
            beforeSeparator |= end + 2 <= links.Length && !char.IsLetterOrDigit(links[end + 1]);
        }

        return phrases == 1 && !beforeSeparator;
    }

    /// <summary>How many lines into the content a title that the header links name is looked for.</summary>
    private const int LinkedTitleReachIntoContent = 10;

    /// <summary>The header-link line a text browser prints first ('#' and the links' titles), or null.</summary>
    private static string? HeaderLinks(List<Block> blocks)
    {
        for (int i = 0; i < Math.Min(3, blocks.Count); i++)
        {
            if (blocks[i].Text is ['#', _, ..] t) return t;
        }

        return null;
    }

    /// <summary>The site's name in the header links: the first link's title up to a separator, standing there again.</summary>
    private static string? SiteInHeaderLinks(string links)
    {
        int cut = -1;
        foreach (var sep in TitleSeparators)
        {
            int i = links.IndexOf(sep, StringComparison.Ordinal);
            if (i > 1 && (cut < 0 || i < cut)) cut = i;
        }

        if (cut < 0) return null;
        string site = links[1..cut].Trim();
        int again = links.IndexOf(site, cut, StringComparison.Ordinal);
        return site.Length > 0 && again > 0 ? site : null;
    }

    private static bool AfterSeparator(string text, int at)
    {
        foreach (var sep in TitleSeparators) if (text.AsSpan(0, at).EndsWith(sep, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool LabelRecurs(List<Block> blocks, int index, string name)
    {
        for (int j = index + 1; j < blocks.Count; j++)
        {
            if (blocks[j].Text != blocks[index].Text && Turns.SpeakerLabel.ReadPlain(blocks[j].Text) is { } l
                && string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Whether another block from <paramref name="from"/> on has the same text as the block.</summary>
    private static bool PrintedAgain(List<Block> blocks, int index, int from)
    {
        for (int j = from; j < blocks.Count; j++)
        {
            if (j != index && blocks[j].Text == blocks[index].Text) return true;
        }

        return false;
    }

    /// <summary>
    /// How much a line looks like the page's headline: headline length, repeated elsewhere on the page (scrapes keep
    /// the title in feed links, breadcrumbs and share texts), not a question (share widgets ask "What's this?").
    /// </summary>
    private static double TitleScore(List<Block> blocks, int index)
    {
        var text = blocks[index].Text;
        int words = TextUtil.CountWords(text);
        // A short line weighs little (a menu's words, a label), unless it is a quotation: a headline that quotes the guest
        // in three words ("”Vi stannar kvar”", "„Wir bleiben hier“").
        double score = words switch
        {
            <= 3 => TextUtil.IsWholeQuotation(text) ? 2 : 0.5,
            <= 16 => 2,
            <= 22 => 0.5,
            _ => -1.5,
        };

        if (TextUtil.EndsWithQuestionMark(text) && words <= 4) score -= 2;
        if (NameShapes.LooksLikeNameWithTitle(text)) score -= 1.5; // "Jane Roe, CEO of Acme" is mostly a caption
        // A title line over the article's header: its date, byline or reading time follows within a few lines (a
        // standfirst or a row of share buttons between); a caption or a teaser runs straight into text.
        if (HeaderFollows(blocks, index)) score += 2.0;

        // A caption printed again with its picture credit right under it ("Jane Roe, mayor", "Jane Roe, mayor, Photo: …").
        bool caption = index + 1 < blocks.Count && blocks[index + 1].Text.Length > text.Length && blocks[index + 1].Text.StartsWith(text, StringComparison.Ordinal)
            && Vocabulary.PictureCreditLabelSearch.In(blocks[index + 1].Text.AsSpan(text.Length));
        if (caption) score -= 2;
        if (text.Length >= 15 && !caption)
        {
            // Repeated above (feed links, breadcrumbs) or just below (share text); a repeat in the footer is a menu.
            for (int j = 0; j < Math.Min(blocks.Count, index + 8); j++)
            {
                if (j != index && blocks[j].Text.Contains(text, StringComparison.Ordinal) && !NeighbourRepeats(blocks, index, j) && !AltAndCaption(blocks, index, j))
                {
                    score += 2.5;
                    break;
                }
            }
        }

        return score;
    }

    /// <summary>
    /// Whether a line and its copy are a picture's alt text and its caption: the caption right under the alt text and
    /// running on past it, or the two with the picture's credit between them ("© Agency", "Photo: Jane Roe"). A title's
    /// copy is a breadcrumb row above it that ends with it, a feed link, a share text, or the title printed twice.
    /// </summary>
    private static bool AltAndCaption(List<Block> blocks, int index, int copy) =>
        copy == index + 1 && blocks[copy].Text.Length > blocks[index].Text.Length && !blocks[copy].Text.EndsWith(blocks[index].Text, StringComparison.Ordinal)
           && (copy + 1 < blocks.Count && IsPictureCredit(blocks[copy + 1].Text) || copy + 2 < blocks.Count && IsPictureCredit(blocks[copy + 2].Text))
        || Math.Abs(copy - index) == 2 && IsPictureCredit(blocks[(copy + index) / 2].Text);

    /// <summary>A picture's credit on a line of its own: "© Agency", "Photo: Jane Roe", "Bild:".</summary>
    private static bool IsPictureCredit(string line) =>
        Chrome.ChromePatterns.IsCreditLine(line) || line.StartsWith('©') || ChromeLexicon.IsCreditWord(line.AsSpan().Trim().TrimEnd(':'));

    /// <summary>
    /// Whether a line is a copy within a row of short lines printed twice (share buttons at the top and the foot of
    /// an article): the lines on both sides of it repeat on both sides of its copy. A title's copy in a feed link or a
    /// breadcrumb stands among other lines; a header printed twice has its standfirst, a long line, beside it.
    /// </summary>
    private static bool NeighbourRepeats(List<Block> blocks, int index, int copy)
    {
        if (blocks[copy].Text != blocks[index].Text || Math.Abs(copy - index) < 2) return false;
        foreach (int d in (ReadOnlySpan<int>)[-1, 1])
        {
            int a = index + d, b = copy + d;
            if (a < 0 || b < 0 || a >= blocks.Count || b >= blocks.Count || blocks[a].Text != blocks[b].Text
                || blocks[a].WordCount >= WidgetLineWords) return false;
        }

        return true;
    }

    /// <summary>Lines of a widget row are shorter than a standfirst (words).</summary>
    private const int WidgetLineWords = 12;

    /// <summary>
    /// A line a text browser prints for the page's link elements before anything else: "#" run into the names of
    /// its feeds ("#Harbour Weekly » Feed Harbour Weekly » Comments Feed"). It may repeat the title but is not it.
    /// </summary>
    internal static bool IsLinkLine(List<Block> blocks, int index) =>
        index < LinkLinesReach && blocks[index].Text is ['#', var c, ..] && char.IsLetterOrDigit(c);

    /// <summary>How many blocks at the top of a scrape may be its link lines.</summary>
    private const int LinkLinesReach = 5;

    /// <summary>How many lines below a title its header is looked for.</summary>
    private const int HeaderReach = 4;

    /// <summary>Whether a line of an article's header follows within <see cref="HeaderReach"/> lines.</summary>
    /// <summary>
    /// A question over a standfirst, with the labelled dialogue opening below on a question of its own ("Was heißt … für
    /// Sie, NAME?" over "… says the guest. A conversation about …", then "OUTLET: Mr NAME, …?"): a headline put to the guest,
    /// not the first turn, which the dialogue's first label opens.
    /// </summary>
    private static bool AsksOverStandfirst(List<Block> blocks, int index)
    {
        if (index + 1 >= blocks.Count || blocks[index + 1] is not { } under || under.WordCount < MinStandfirstWords
            || TextUtil.EndsWithQuestionMark(under.Text) || Turns.SpeakerLabel.ReadPlain(under.Text) is not null) return false;
        for (int j = index + 2; j < Math.Min(blocks.Count, index + 2 + HeaderReach); j++)
        {
            if (Turns.SpeakerLabel.ReadPlain(blocks[j].Text) is not null) return TextUtil.EndsWithQuestionMark(blocks[j].Text);
        }

        return false;
    }

    private static bool HeaderFollows(List<Block> blocks, int index)
    {
        for (int j = index + 1; j <= Math.Min(blocks.Count - 1, index + HeaderReach); j++)
        {
            if (IsHeaderLine(blocks[j].Text)) return true;
        }

        return false;
    }

    /// <summary>A line of an article's header: its date, byline, the interview's credit or the reading time.</summary>
    private static bool IsHeaderLine(string line)
    {
        if (line.Length >= 80) return false;
        int words = TextUtil.CountWords(line);
        return DateTextParser.ParseText(line, TimestampSource.Text) is not null
            || (words <= 12 && TextUtil.StartsWithAnyPhrase(line, Vocabulary.BylineOpeners))
            || (words <= MaxHeaderCreditWords && Turns.InterviewWords.IsCredit(line))
            || Chrome.ChromePatterns.IsReadingTime(line);
    }

    /// <summary>The most words of an interview's credit in an article's header ("Interview: NAME", "Die Fragen stellte NAME").</summary>
    private const int MaxHeaderCreditWords = 8;

    private static bool SpeakerLabelShape(string line)
    {
        int colon = line.IndexOf(':');
        return colon > 0 && colon < 30 && NameShapes.LooksLikeBareName(line[..colon].Trim());
    }

    /// <summary>The fewest words of a line that may be a headline without a heading's markup.</summary>
    private const int MinTitleWords = 3;

    /// <summary>Whether a text line could be a headline: a short, non-sentence, non-date, non-name line.</summary>
    internal static bool IsTitleLike(string line, string? previous, int minWords = MinTitleWords)
    {
        int words = TextUtil.CountWords(line);
        if (words < minWords || words > 30 || line.Length > 250) return false;
        if (ChromeLexicon.IsChromeLine(line) || LooksLikeUiRow(line)) return false;
        char last = TextUtil.LastMeaningfulChar(line);
        if (last is '.' or ':' or ',' or ';' or '。' or '：' or '，' or '；') return false;
        // One word is no title, except in the scripts that set no spaces between words.
        if (!line.Contains(' ') && !TextUtil.HasIdeographs(line) || line.Contains(" / ", StringComparison.Ordinal) || line.Contains('/') && words <= 4) return false;
        if (line.Contains(" · ", StringComparison.Ordinal) || ChromeFilter.IsMarkupArtifact(line)) return false; // a "Section · Author" row, a button
        if (words <= 6 && HasClockTime(line)) return false; // "Monday 5 August 14:47": a date line in any language
        if (EndsWithAgentPreposition(line)) return false; // "… is sponsored by", "… präsentiert von": a credit waiting for its logo
        if (line.Length % 2 == 0 && line.AsSpan(0, line.Length / 2).SequenceEqual(line.AsSpan(line.Length / 2))) return false; // alt text and caption run together
        int colonAt = line.IndexOf(':');
        if (colonAt > 0 && (IsCreditPrefix(line[..colonAt]) || Turns.RoleWords.NamesASide(line[..colonAt].Trim()))
            && line[(colonAt + 1)..].Trim() is var who && (NameShapes.LooksLikeBareName(who) || NameShapes.LooksLikeNameWithTitle(who)))
        {
            return false; // "Interview: Jane Roe", a header's "INTERVIEWEE: Jane Roe" or "Guest: Jane Roe, sociologist"
        }

        if (Vocabulary.PictureCreditLabelSearch.In(line) || EndsWithCredit(line)) return false; // a caption with its credit
        if (line.Contains('_') || line.Contains('[') && !OpensWithInterviewTag(line) || line.Contains('@') || line.Contains("://", StringComparison.Ordinal)) return false;
        if (TextUtil.StartsWithAnyPhrase(line, Vocabulary.BylineOpeners)) return false; // a byline
        if (DateTextParser.ParseText(line, TimestampSource.Text) is not null) return false;
        // No name opens with an article and goes on in small letters: "Der Turm der Wünsche", "Der Mann, der Boote baut"
        // have a name's capitals only (an outlet's name, "The Harbour Gazette", is capitalised throughout).
        bool article = OpensWithArticle(line);
        if (!article && NameShapes.LooksLikeBareName(line)) return false;
        // "Jane Roe, founder of Acme" is a name plate; with a colon and a title after it, a show's episode line
        // ("Harbour Talk, episode 12: Title") or a headline giving the speaker's role before a quote.
        if (!article && NameShapes.LooksLikeNameWithTitle(line) && line[(line.IndexOf(',') + 1)..].TrimStart() is { Length: > 0 } after && char.IsLower(after[0])
            && !HasTitleAfterColon(after) && !IsNumberedPart(after)) return false;
        if (line[0] is '□' or '■' or '•' or '●' or '◦' or '▪' or '*' or '-' or '+' or '>' or '|') return false; // list items
        // An en or em dash opens a quote in Scandinavian and Russian headlines ("– Havet har forandret seg"); before
        // anything but a capital it is a list's bullet.
        if (line[0] is '–' or '—' && !(line.Length > 2 && (char.IsUpper(line[1]) || line[1] == ' ' && char.IsUpper(line[2])))) return false;
        // The second copy of a caption printed twice ("Caption Caption", then "Caption"); a breadcrumb row that ends
        // with the headline ("Home News Headline") does not make the headline a copy.
        if (previous is not null && previous.Length > line.Length && previous.EndsWith(line, StringComparison.Ordinal)
            && previous.AsSpan(0, previous.Length - line.Length).Trim().SequenceEqual(line)) return false;
        int letters = 0;
        foreach (char c in line) if (char.IsLetter(c)) letters++;
        return letters * 2 >= line.Length;
    }

    /// <summary>
    /// A word in small letters and a number, nothing else ("episode 15", "Folge 3", "part 2"): a show's or a series'
    /// numbered part after its name, where a name plate gives a person's role.
    /// </summary>
    private static bool IsNumberedPart(string after)
    {
        int space = after.IndexOf(' ');
        if (space < 2 || space + 1 >= after.Length) return false;
        var word = after.AsSpan(0, space).TrimEnd('.');
        var number = after.AsSpan(space + 1).Trim();
        foreach (char c in word) if (!char.IsLower(c)) return false;
        return number.Length is > 0 and <= 4 && !number.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// Whether a line opens with a capitalised article of one of the languages ("The", "Der", "Les") and has a word in
    /// small letters after it, as a title does and an outlet's name ("The Harbour Gazette") does not.
    /// </summary>
    private static bool OpensWithArticle(string line)
    {
        int end = line.IndexOf(' ');
        if (end <= 0 || !char.IsUpper(line[0])) return false;
        var first = line.AsSpan(0, end);
        if (!Vocabulary.Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)
            && !Vocabulary.TitleArticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)) return false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            if (line.AsSpan()[range] is { Length: > 0 } word && char.IsLower(word[0])) return true;
        }

        return false;
    }

    /// <summary>Whether words follow a colon in the text (at least <see cref="MinTitleWords"/> of them).</summary>
    private static bool HasTitleAfterColon(string text) =>
        text.IndexOf(':') is int colon and >= 0 && TextUtil.CountWords(text.AsSpan(colon + 1)) >= MinTitleWords;

    /// <summary>
    /// Whether a title opens with a tag in square brackets that announces an interview ("[Interview] …", "【专访】…"), as
    /// news sites in Korean and Chinese mark their formats; other brackets in a line are alt texts, buttons or notes.
    /// </summary>
    private static bool OpensWithInterviewTag(string line)
    {
        if (line.Length < 4 || line[0] is not ('[' or '【')) return false;
        int close = line.IndexOfAny([']', '】']);
        return close is > 1 and <= MaxTagLength && line.IndexOf('[', close) < 0
            && Vocabulary.InterviewWords.Contains(line[1..close].Trim());
    }

    /// <summary>The most characters of a format tag before a title, its brackets included.</summary>
    private const int MaxTagLength = 16;

    /// <summary>
    /// Whether a line ends with its picture's credit in brackets ("… (Photo by Jane Roe)", "… (Credit: Agency)"). A last
    /// word alone is no sign: titles end with "open source", "your credit" or "the perfect photo".
    /// </summary>
    private static bool EndsWithCredit(string line)
    {
        var t = line.AsSpan().TrimEnd();
        int open = t.LastIndexOf('(');
        if (!t.EndsWith(')') || open < 0) return false;
        var inner = t[(open + 1)..^1];
        int end = inner.IndexOfAny(' ', ':');
        return ChromeLexicon.IsCreditWord(end < 0 ? inner : inner[..end]);
    }

    private static bool EndsWithAgentPreposition(string line)
    {
        var t = line.AsSpan().TrimEnd(" .:…".AsSpan());
        foreach (var p in Vocabulary.AgentPrepositions) if (t.EndsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A clock time "hh:mm" somewhere in the line.</summary>
    private static bool HasClockTime(string line)
    {
        for (int i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] == ':' && char.IsAsciiDigit(line[i - 1]) && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2])
                && (i + 3 == line.Length || !char.IsAsciiDigit(line[i + 3]))) return true;
        }

        return false;
    }

    /// <summary>Whether every word before a colon is a credit word ("Text und Interview", "Fotos").</summary>
    private static bool IsCreditPrefix(string prefix)
    {
        foreach (var w in prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Vocabulary.CreditLineWords.Contains(w)) return false;
        }

        return true;
    }

    /// <summary>A row of UI words ("teilen tweeten mailen", "twitter linkedin facebook").</summary>
    internal static bool LooksLikeUiRow(string line)
    {
        int words = 0, ui = 0;
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (ChromeLexicon.IsChromeLine(part)) ui++;
        }

        return words >= 2 && ui * 2 >= words;
    }
}
