using InterviewParser.Blocks;
using InterviewParser.Turns;

namespace InterviewParser.Metadata;

/// <summary>
/// Finds the lead: the standfirst (dek) between the headline and the text, and for interviews the intro paragraphs
/// before the first question. A standfirst is recognised by position (prose right under the headline, before the
/// main text) or by agreeing with the page's own description metadata, which publishers fill with it.
/// </summary>
internal static class LeadExtractor
{
    /// <summary>How many blocks under the headline the standfirst is looked for.</summary>
    private const int Reach = 12;

    /// <summary>The lead paragraphs in page order, or an empty list.</summary>
    public static List<string> Extract(BlockDocument doc, int headlineIndex, int firstContentIndex, IReadOnlyList<Block> content,
        Segmentation seg)
    {
        var lead = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var descriptions = Descriptions(doc);

        // The standfirst: under the headline, above or opening the text. When a block (a paragraph, or a subheading)
        // says what the description says, that is the standfirst; otherwise prose above the text is.
        var firstBody = seg.IsInterview && seg.Turns.Count > 0 ? null : FirstBodyBlock(content);
        if (headlineIndex >= 0)
        {
            int end = Math.Min(doc.Blocks.Count, headlineIndex + 1 + Reach);
            string headline = doc.Blocks[headlineIndex].Text;
            bool anyAgrees = false;
            for (int i = headlineIndex + 1; i < end && descriptions.Count > 0 && !anyAgrees; i++) anyAgrees = IsDekShaped(doc.Blocks[i], headline) && AgreesWithAny(doc.Blocks[i].Text, descriptions);
            // The dek set as a subheading: the first heading under the headline, past at most a date or byline row.
            bool subtitleOpen = true;
            for (int i = headlineIndex + 1; i < end; i++)
            {
                var b = doc.Blocks[i];
                if (seg.Turns.Count > 0 && IsTurnText(seg, b.Text)) break;
                subtitleOpen &= i <= headlineIndex + SubtitleReach;
                bool subtitle = subtitleOpen && IsSubtitle(b, doc.Blocks[headlineIndex]);
                if (subtitleOpen) subtitleOpen = b.Kind != BlockKind.Heading && !IsStandfirst(b);
                bool aboveText = firstContentIndex < 0 || i < firstContentIndex;
                // The first block that agrees is the standfirst; a later one restates it in the text.
                bool take = anyAgrees
                    ? lead.Count == 0 && IsDekShaped(b, headline) && AgreesWithAny(b.Text, descriptions)
                    : !b.InChromeElement && !ReferenceEquals(b, firstBody)
                      && ((aboveText && (IsStandfirst(b) || (i == headlineIndex + 1 && IsOpenDek(doc, i, headline)))) || subtitle);
                if (take && seen.Add(b.Text))
                {
                    lead.Add(b.Text);
                    // A standfirst of several paragraphs above the text: the description holds them all, and they stand
                    // together. (In the text, the paragraphs a description copies are the article's first ones.)
                    bool confirmed = anyAgrees && lead.Count == 1 && aboveText;
                    for (int k = i + 1; confirmed && k < end && (firstContentIndex < 0 || k < firstContentIndex)
                                        && ContinuesStandfirst(doc, b, doc.Blocks[k], descriptions); k++)
                    {
                        if (seen.Add(doc.Blocks[k].Text)) lead.Add(doc.Blocks[k].Text);
                    }
                }
            }
        }

        // An interview's intro: the prose before the first question (a list there, show notes or a contents box, is none).
        if (seg.IsInterview)
        {
            foreach (var b in seg.Lead)
            {
                if (b.Kind is BlockKind.Heading or BlockKind.ListItem || (b.WordCount < 6 && !TextUtil.EndsLikeSentence(b.Text)) || IsSlogan(b.Text)) continue;
                if (seen.Add(b.Text)) lead.Add(b.Text);
            }
        }

        return lead;
    }

    /// <summary>
    /// The lead's blocks that stand above the main text, between the headline and the first content block (a
    /// standfirst the page prints outside the container the chrome stage chose): the page's text begins with them. An
    /// HTML page's description must confirm them; a text scrape has none, and there the lead's place and shape decide.
    /// </summary>
    public static List<Block> BlocksAbove(BlockDocument doc, int headlineIndex, int firstContentIndex, IReadOnlyList<string> lead)
    {
        var above = new List<Block>();
        if (lead.Count == 0 || headlineIndex < 0 || firstContentIndex <= headlineIndex + 1) return above;
        string? description = doc.FindMeta("og:description", "description", "twitter:description");
        if (description is null && doc.Format == Model.DocumentFormat.Html) return above;
        for (int i = headlineIndex + 1; i < firstContentIndex; i++)
        {
            var b = doc.Blocks[i];
            // Unconfirmed, the standfirst stands right under the headline: a heading between opens another section.
            if (description is null && b.Kind == BlockKind.Heading) break;
            bool inLead = false;
            foreach (var l in lead) inLead |= l == b.Text;
            if (inLead && b.Kind != BlockKind.Heading && (description is null || Agrees(b.Text, description))) above.Add(b);
        }

        return above;
    }

    /// <summary>Prose shaped like a standfirst: a sentence or two, not a byline, date, credit or caption line.</summary>
    private static bool IsStandfirst(Block b)
    {
        int words = b.WordCount;
        if (words < 8 || words > 120 || b.LinkDensity > 0.3 || b.Kind is BlockKind.Caption or BlockKind.ListItem or BlockKind.Heading) return false;
        if (!TextUtil.EndsLikeSentence(b.Text) && !TextUtil.EndsWithQuestionMark(b.Text)) return false;
        if (Chrome.ChromeLexicon.IsChromeLine(b.Text) || IsSlogan(b.Text)) return false;
        return DateTextParser.ParseText(b.Text, Model.TimestampSource.Text) is null || words > 20;
    }

    /// <summary>
    /// A dek written without a closing stop, as many are ("A harbour master looks back on ten years of rebuilding"): running
    /// text of a sentence's length, in sentence case, right under the headline. A line in title case is a second title;
    /// one that opens with a bullet, a bracket or a number is a list's or the markup's, and one that holds the headline
    /// is a kicker glued to it; one that opens like another block of the page is a template row.
    /// </summary>
    private static bool IsOpenDek(BlockDocument doc, int index, string headline)
    {
        var b = doc.Blocks[index];
        int words = b.WordCount;
        // Under a headline that quotes the guest, the line that says who speaks is the dek however short ("The harbour master
        // on ten years of rebuilding"); in German its nouns are capitalised, so some word in small letters is enough.
        bool underQuote = TextUtil.IsWholeQuotation(HeadlineExtractor.WithoutFormatKicker(headline)) && !TextUtil.IsWholeQuotation(b.Text);
        if (words < (underQuote ? MinDekUnderQuoteWords : MinOpenDekWords) || words > 60 || b.LinkDensity > 0.3 || b.Kind is not (BlockKind.Paragraph or BlockKind.Quote)) return false;
        if (!char.IsLetter(b.Text[0]) && !TextUtil.IsOpeningMark(b.Text[0])) return false;
        if (b.Text.Contains('[') || b.Text.Contains(headline, StringComparison.OrdinalIgnoreCase) || Agrees(b.Text, headline)) return false;
        if (RepeatsItsOpening(b.Text) || HasSlashCredit(b.Text)) return false; // a picture's text and credit
        if (b.Text.EndsWith(':') || Chrome.ChromeLexicon.IsChromeLine(b.Text) || Chrome.ChromeFilter.IsMarkupArtifact(b.Text)
            || DateTextParser.ParseText(b.Text, Model.TimestampSource.Text) is not null) return false;
        return (TextUtil.IsSentenceCase(b.Text) || underQuote && TextUtil.HasSmallWord(b.Text)) && !OpensAnotherBlock(doc, index);
    }

    /// <summary>
    /// Whether another block of the page opens with the block's first words: a template row that the page repeats over
    /// each of its teasers (a category or partner line), not a dek written for this article.
    /// </summary>
    private static bool OpensAnotherBlock(BlockDocument doc, int index)
    {
        string text = doc.Blocks[index].Text;
        var opening = text.AsSpan(0, OpeningLength(text, OpeningWords));
        for (int i = 0; i < doc.Blocks.Count; i++)
        {
            if (i != index && doc.Blocks[i].Text.AsSpan().StartsWith(opening, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether the text's first words stand in it again: a picture's title and caption, both printed.</summary>
    private static bool RepeatsItsOpening(string text)
    {
        int cut = OpeningLength(text, 4);
        return cut < text.Length && text.AsSpan(cut).Contains(text.AsSpan(0, cut).Trim(), StringComparison.Ordinal);
    }

    /// <summary>Whether a word joins two names with a slash, as picture credits do ("Name/Agency").</summary>
    private static bool HasSlashCredit(string text)
    {
        for (int i = text.IndexOf('/'); i > 0 && i < text.Length - 1; i = text.IndexOf('/', i + 1))
        {
            if (char.IsLetter(text[i - 1]) && char.IsUpper(text[i + 1])) return true;
        }

        return false;
    }

    /// <summary>The length of the text's first words, with the space after the last of them.</summary>
    private static int OpeningLength(string text, int words)
    {
        int cut = 0;
        for (int seen = 0; cut < text.Length && seen < words; cut++)
        {
            if (text[cut] == ' ') seen++;
        }

        return cut;
    }

    /// <summary>How many words of a line are compared to find it repeated as a template row.</summary>
    private const int OpeningWords = 5;

    /// <summary>How many words a dek under a quoted headline needs: a name and what the guest talks about.</summary>
    private const int MinDekUnderQuoteWords = 5;

    /// <summary>How many words a dek without a closing stop needs (a kicker or second title is a few).</summary>
    private const int MinOpenDekWords = 10;

    /// <summary>
    /// A subheading set right under the headline that runs to a sentence's length: the dek, printed as a smaller heading
    /// (a section title under the headline is a few words).
    /// </summary>
    private static bool IsSubtitle(Block b, Block headline) =>
        b.Kind == BlockKind.Heading && b.Level > headline.Level && b.WordCount is >= MinSubtitleWords and <= 60 && b.LinkDensity <= 0.3
        && !Agrees(b.Text, headline.Text) && !Chrome.ChromeLexicon.IsChromeLine(b.Text);

    /// <summary>How many words a subheading needs to be read as the dek rather than a section title.</summary>
    private const int MinSubtitleWords = 8;

    /// <summary>How far under the headline the dek subheading may stand (a date or byline row may come between).</summary>
    private const int SubtitleReach = 3;

    /// <summary>Several sentences of a few words each ("Real talk. Big ideas. Every week."): a tagline, not a standfirst.</summary>
    private static bool IsSlogan(string text)
    {
        int sentences = 0;
        foreach (char c in text) if (c is '.' or '!' or '?' or '…') sentences++;
        return sentences >= 2 && TextUtil.CountWords(text) < sentences * 5;
    }

    /// <summary>
    /// The page's descriptions of itself: the meta description (Open Graph, plain or Twitter's, the first found) and the
    /// structured data's (JSON-LD, microdata) when they say something else — some publishers give the standfirst to one
    /// and the opening paragraph to the other.
    /// </summary>
    private static List<string> Descriptions(BlockDocument doc)
    {
        var found = new List<string>(3);
        foreach (var d in (ReadOnlySpan<string?>)[doc.FindMeta("og:description", "description", "twitter:description"),
                     JsonLdReader.FindString(doc, "description"), doc.FindMeta("microdata:description")])
        {
            if (!string.IsNullOrWhiteSpace(d) && !found.Contains(d)) found.Add(d);
        }

        return found;
    }

    /// <summary>
    /// Whether a block goes on with the standfirst <paramref name="first"/>: prose in the same container, every word of
    /// it in a description longer than the first paragraph (a dek of three short paragraphs, the description all of them).
    /// </summary>
    private static bool ContinuesStandfirst(BlockDocument doc, Block first, Block next, List<string> descriptions)
    {
        if (next.Kind is BlockKind.Heading or BlockKind.Caption or BlockKind.ListItem || next.InChromeElement || next.LinkDensity > 0.3
            || next.WordCount < 3 || first.Element < 0 || next.Element < 0
            || doc.Elements[first.Element].Parent != doc.Elements[next.Element].Parent)
        {
            return false;
        }

        foreach (var d in descriptions)
        {
            if (d.Length > first.Text.Length + next.Text.Length / 2 && CommonWords(next.Text, d) * 10 >= next.WordCount * 9) return true;
        }

        return false;
    }

    private static bool AgreesWithAny(string block, List<string> descriptions)
    {
        foreach (var d in descriptions) if (Agrees(block, d)) return true;
        return false;
    }

    /// <summary>
    /// A block that may be the standfirst when it says what the description says: prose, or a heading under the headline
    /// (pages set the standfirst as a subheading too) that does not repeat the headline.
    /// </summary>
    private static bool IsDekShaped(Block b, string headline) =>
        IsProse(b) || (b.Kind == BlockKind.Heading && b.LinkDensity <= 0.3 && !string.Equals(b.Text, headline, StringComparison.OrdinalIgnoreCase)
            && !Agrees(b.Text, headline));

    /// <summary>A paragraph of running text, not a list item, heading or caption (a summary bullet is not the standfirst).</summary>
    private static bool IsProse(Block b) => b.Kind is BlockKind.Paragraph or BlockKind.Quote && b.LinkDensity <= 0.3;

    private static Block? FirstBodyBlock(IReadOnlyList<Block> content)
    {
        foreach (var b in content) if (b.Kind != BlockKind.Heading) return b;
        return null;
    }

    private static bool IsTurnText(Segmentation seg, string text)
    {
        foreach (var t in seg.Turns)
        {
            foreach (var p in t.Paragraphs) if (text.EndsWith(p, StringComparison.Ordinal) && p.Length > 0) return true;
        }

        return false;
    }

    // One word bag per thread, emptied for each pair (a page compares dozens); a bag grown past this many words is
    // left to the collector rather than kept for the thread's next page.
    [ThreadStatic] private static Dictionary<string, int>? t_bag;
    private const int KeptBagWords = 2048;

    /// <summary>
    /// Whether a block says what the description says: most words of the shorter of the two stand in the longer
    /// (descriptions are often cut short with "…", or hold the first sentences only).
    /// </summary>
    internal static bool Agrees(string block, string description)
    {
        // The counts decide most pairs before any word is compared; a block is counted only as far as it could agree.
        int nd = CountWords(description, int.MaxValue), na = CountWords(block, 3 * nd + 1);
        int shorter = Math.Min(na, nd), longer = Math.Max(na, nd);
        if (shorter < 8 || shorter * 3 < longer) return false;
        string shortText = na <= nd ? block : description, longText = na <= nd ? description : block;
        return CommonWords(shortText, longText) * 10 >= shorter * 8;
    }

    /// <summary>How many words of <paramref name="shortText"/> stand in <paramref name="longText"/>, each counted as often as it stands there.</summary>
    private static int CommonWords(string shortText, string longText)
    {
        var bag = t_bag ??= new Dictionary<string, int>(StringComparer.Ordinal);
        bag.Clear();
        var lookup = bag.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var w in new WordRanges(longText))
        {
            var lower = Lower(longText.AsSpan(w.Start, w.Length), buffer);
            lookup[lower] = lookup.TryGetValue(lower, out int n) ? n + 1 : 1;
        }

        int common = 0;
        foreach (var w in new WordRanges(shortText))
        {
            var lower = Lower(shortText.AsSpan(w.Start, w.Length), buffer);
            if (lookup.TryGetValue(lower, out int c) && c > 0)
            {
                lookup[lower] = c - 1;
                common++;
            }
        }

        if (bag.Count > KeptBagWords) t_bag = null;
        return common;
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return word.ToString().ToLowerInvariant();
        int n = word.ToLowerInvariant(buffer);
        return buffer[..n];
    }

    /// <summary>The words of a text, counted up to <paramref name="limit"/>.</summary>
    private static int CountWords(string text, int limit)
    {
        int n = 0;
        foreach (var _ in new WordRanges(text)) if (++n == limit) break;
        return n;
    }

    /// <summary>The runs of letters and digits of a text, as (start, length).</summary>
    private readonly struct WordRanges(string text)
    {
        public Enumerator GetEnumerator() => new(text);

        public struct Enumerator(string text)
        {
            private int _i;

            public (int Start, int Length) Current { get; private set; }

            public bool MoveNext()
            {
                var s = text.AsSpan();
                while (_i < s.Length && !char.IsLetterOrDigit(s[_i])) _i++;
                int start = _i;
                while (_i < s.Length && char.IsLetterOrDigit(s[_i])) _i++;
                Current = (start, _i - start);
                return _i > start;
            }
        }
    }
}
