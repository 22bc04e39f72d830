using System.Buffers;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>
/// Finds the publication and update times, ranked by reliability: meta tags, JSON-LD, microdata, <c>&lt;time&gt;</c>
/// elements outside chrome, date lines near the headline, then the URL. Dates in related-article lists, comments,
/// captions and event notices never win. This file holds the ranking and the date-line reading;
/// <c>TimestampExtractor.CrossChecks.cs</c> the checks a pick goes through (votes, the shown date, the URL's day, the
/// local offset); <c>TimestampExtractor.Fallbacks.cs</c> the last resorts for pages with no dated source.
/// </summary>
internal static partial class TimestampExtractor
{
    // Ranked: the Open Graph / article keys, then JSON-LD, then body microdata, then the vendor and generic keys.
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "published_time", "datepublished", "article.published",
        "dc.date.issued", "dcterms.issued", "article:published", "og:article:published_time",
    ];

    private static readonly string[] PublishedMetaLate =
    [
        "parsely-pub-date", "sailthru.date", "dc.date", "dcterms.date", "dcterms.created", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "cxenseparse:recs:publishtime", "citation_publication_date",
    ];

    private static readonly string[] UpdatedMeta =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "modified_time", "datemodified",
        "dcterms.modified", "last-modified", "lastmod",
    ];

    private static readonly Labels PublishedLabels = new(Vocabulary.PublishedLabels);
    // Transcript header fields naming the date ("DATE: 8 June 2011").
    private static readonly Labels DateFieldLabels = new(Vocabulary.DateFieldLabels);

    private static readonly Labels UpdatedLabels = new(Vocabulary.UpdatedLabels);

    // Dates that are not about the page's publication: profile and licence lines.
    private static readonly Labels OtherDateLabels = new(Vocabulary.OtherDateLabels);

    /// <summary>
    /// A list of date labels, in the order they are tried, and the same labels as one search: most lines hold none
    /// of them, and one scan says so (a search per label scanned the line once per label and language).
    /// </summary>
    private sealed class Labels(string[] list)
    {
        public string[] List { get; } = list;

        public PhraseSearch Any { get; } = Vocabulary.Phrases(list);
    }

    /// <summary>Extracts the published and updated times.</summary>
    public static (PublicationTime? Published, PublicationTime? Updated) Extract(
        BlockDocument doc, ContentSelection content, int headlineIndex, string? url, DateTimeOffset? reference = null)
    {
        bool monthFirst = IsUsEnglish(doc.Language);
        PublicationTime? published = null, updated = null;
        // The date lines near the headline are read once, whichever step asks first.
        (PublicationTime? Published, PublicationTime? Updated)? textLines = null;
        (PublicationTime? Published, PublicationTime? Updated) TextLines() => textLines ??= FromText(doc, content, headlineIndex, monthFirst);
        foreach (var key in PublishedMeta)
        {
            if (published is null && doc.FindMeta(key) is { } v) published = DateTextParser.ParseIso(v, TimestampSource.Meta);
        }

        foreach (var key in UpdatedMeta)
        {
            if (updated is null && doc.FindMeta(key) is { } v) updated = DateTextParser.ParseIso(v, TimestampSource.Meta);
        }

        var jsonLd = DateTextParser.ParseIso(JsonLdReader.FindString(doc, "datePublished"), TimestampSource.JsonLd)
            ?? DateTextParser.ParseIso(JsonLdReader.FindString(doc, "dateCreated"), TimestampSource.JsonLd);
        var microdata = DateTextParser.ParseIso(doc.FindMeta("microdata:datepublished"), TimestampSource.Meta);
        published = WithOffsetFrom(published, jsonLd, microdata) ?? jsonLd ?? microdata;
        updated ??= DateTextParser.ParseIso(JsonLdReader.FindString(doc, "dateModified"), TimestampSource.JsonLd)
            ?? DateTextParser.ParseIso(doc.FindMeta("microdata:datemodified"), TimestampSource.Meta);
        foreach (var key in PublishedMetaLate)
        {
            if (published is null && doc.FindMeta(key) is { } v) published = DateTextParser.ParseIso(v, TimestampSource.Meta);
        }

        published ??= FromTimeElements(doc, monthFirst, HeaderWindow(doc, content, headlineIndex), headlineIndex, content.FirstContentIndex);

        if (published is null)
        {
            (published, var textUpdated) = TextLines();
            updated ??= textUpdated;
        }
        else
        {
            published = Corroborated(published, doc, TextLines().Published, monthFirst, jsonLd, microdata);
            published = ShownInstead(published, doc, content, headlineIndex, monthFirst);
        }

        var fromUrl = url is null ? null : FromUrl(url);
        published ??= fromUrl;

        if (published is null && reference is { } now)
        {
            published = FromRelative(doc, content, headlineIndex, now);
        }

        // A page with no other date: its "last updated" line stands for it (wiki pages, documentation); then any
        // meta tag holding a full timestamp under a key we do not know; a timestamp in a tooltip; the date in the
        // path of the share picture or of the first picture.
        published ??= Extensive(doc, content, monthFirst, skipUpdated: true) ?? Extensive(doc, content, monthFirst, skipUpdated: false)
            ?? AnyMetaTimestamp(doc) ?? DateTextParser.ParseIso(doc.TooltipStamp, TimestampSource.TimeElement)
            ?? (doc.FindMeta("og:image") is { } shared ? FromUrl(shared) : null) ?? (doc.DatedImage is { } image ? FromUrl(image) : null);

        if (published is { Offset: { } off } && off == TimeSpan.Zero)
        {
            published = WithLocalOffset(published, doc, TextLines().Published, monthFirst, jsonLd, microdata);
        }

        if (published is not null && fromUrl is not null)
        {
            published = ReconciledWithUrl(published, fromUrl);
        }

        return (published, updated);
    }

    /// <summary>
    /// The <c>&lt;time&gt;</c> outside chrome marked as the publication time, else the first one not marked as
    /// another time (a "modified" time element often comes first). Given a window of blocks, only the time elements in
    /// it count: a page whose metadata gives no date shows its own by the headline, and the time elements further down
    /// date teasers, embedded posts and comments.
    /// </summary>
    private static PublicationTime? FromTimeElements(BlockDocument doc, bool monthFirst, (int From, int To)? window = null, int headlineIndex = -1,
        int textStart = int.MaxValue)
    {
        PublicationTime? first = null;
        foreach (var t in doc.Times)
        {
            if (t.InChrome || (t.IsOther && !t.IsPublished)) continue;
            if (window is { } w && (t.BlockIndex < w.From || t.BlockIndex >= w.To || DatesAnother(doc.Blocks, t.BlockIndex, headlineIndex, textStart))) continue;
            if (first is not null && !t.IsPublished) continue;
            var p = DateTextParser.ParseIso(t.DateTime, TimestampSource.TimeElement) ?? DateTextParser.ParseText(t.Text, TimestampSource.TimeElement, monthFirst);
            if (p is null) continue;
            if (t.IsPublished) return p;
            first ??= p;
        }

        return first;
    }

    /// <summary>
    /// Whether the time element's line dates something else than the page: an embedded post's attribution, or, once the
    /// text has begun, a teaser card's date line beside the linked title of another article (one link that is the whole
    /// line; a tag list is several links, and the headline is excepted: a blog links its own title to the page). Above
    /// the text, a date line beside a teaser is the page's own: a header's teaser strip runs under the byline.
    /// </summary>
    private static bool DatesAnother(List<Block> blocks, int index, int headlineIndex, int textStart)
    {
        if (index < 0 || index >= blocks.Count) return false;
        if (IsEmbeddedPost(blocks[index].Text)) return true;
        if (index <= Math.Max(textStart, headlineIndex)) return false;
        for (int j = Math.Max(0, index - 1); j <= Math.Min(blocks.Count - 1, index + 1); j++)
        {
            if (j == index || j == headlineIndex) continue;
            var b = blocks[j];
            // Words counted by spaces: a linked address ("www.harbour-office.example") is no title.
            if (b.LinkCount == 1 && b.Text.AsSpan().Count(' ') + 1 is >= MinTeaserTitleWords and <= MaxTeaserTitleWords && b.LinkLength * 10 >= b.Text.Length * 9
                && !b.InChromeElement) return true;
        }

        return false;
    }

    /// <summary>A teaser's linked title has at least this many words (an author's linked name has fewer), and at most the other.</summary>
    private const int MinTeaserTitleWords = 4, MaxTeaserTitleWords = 30;

    /// <summary>The blocks around the headline where a page shows its date: a few above it, to a dozen into the text.</summary>
    private static (int From, int To) HeaderWindow(BlockDocument doc, ContentSelection content, int headlineIndex)
    {
        int anchor = headlineIndex >= 0 ? headlineIndex : Math.Max(0, content.FirstContentIndex);
        return (Math.Max(0, anchor - 8), Math.Min(doc.Blocks.Count, Math.Max(anchor, content.FirstContentIndex) + 12));
    }

    private static (PublicationTime?, PublicationTime?) FromText(BlockDocument doc, ContentSelection content, int headlineIndex, bool monthFirst)
    {
        var blocks = doc.Blocks;
        var (from, to) = HeaderWindow(doc, content, headlineIndex);
        PublicationTime? published = null, updated = null;
        int firstParagraph = Math.Max(0, content.FirstContentIndex);
        while (firstParagraph < blocks.Count && (blocks[firstParagraph].Kind != BlockKind.Paragraph || firstParagraph == headlineIndex)) firstParagraph++;

        // A line that says what its date is ("DATE: 8 June 2011", "Published: …") goes before the first date in prose,
        // and is looked for a little further down (a transcript's header fields follow its preface).
        for (int i = from; i < Math.Min(blocks.Count, to + 20) && published is null; i++)
        {
            var b = blocks[i];
            // A press dateline opening the first paragraph: "Karlsruhe, (12.11.2021). …", "Berlin, 3. März 2021 – …".
            if (i == firstParagraph && b.Text.Length > 160 && DatelineOpening(b.Text) is { } dateline)
            {
                published = DateTextParser.ParseText(dateline, TimestampSource.Text, monthFirst);
                continue;
            }

            if (b.Text.Length > 160 || !HasDigit(b.Text) || b.InChromeElement && doc.Format == DocumentFormat.Html || IndexOfLabel(b.Text, UpdatedLabels) >= 0) continue;
            // A sentence on where the text appeared first ("Zuerst erschienen in der Hafenzeitung am 2. Mai 2019.")
            // dates that first printing, not the page; a header's "First published on DATE" line is the page's own.
            if ((IndexOfLabel(b.Text, DateFieldLabels) == 0 || IndexOfLabel(b.Text, PublishedLabels) >= 0) && !IsProvenanceSentence(b.Text))
            {
                published = DateTextParser.ParseText(b.Text, TimestampSource.Text, monthFirst);
            }
        }

        // Date lines first (a header's "3 May 2021 | Politics"), then dates in sentences: a caption or a note on when
        // the talk took place ("… on 7 May 2019 in London.") tells of another day more often than of the publication.
        for (int pass = 0; pass < 2 && published is null; pass++)
        {
            // A header that shows only when the page was updated dates it better than a sentence does.
            if (pass == 1 && updated is not null)
            {
                published = updated;
                break;
            }

            // The line right above the headline and those from the headline down first, then the rest above it: a site's
            // header may show today's date ("Friday, 22 November 2019") where the article's own date line stands under
            // the headline or right over it (a blog's date heading).
            int split = headlineIndex > from && headlineIndex < to ? headlineIndex - 1 : from;
            for (int n = 0; n < to - from; n++)
            {
                int i = split + n < to ? split + n : from + (split + n - to);
                var b = blocks[i];
                if (b.Text.Length > 160 || (pass == 0) != (b.WordCount <= DateLineWords) || !HasDigit(b.Text) || b.InChromeElement && doc.Format == DocumentFormat.Html
                    || IndexOfLabel(b.Text, OtherDateLabels) >= 0 || IsEmbeddedPost(b.Text))
                {
                    continue;
                }

                // A line may carry both ("Published … Updated …"): split at the updated label.
                string text = b.Text;
                int up = IndexOfLabel(text, UpdatedLabels);
                string pubPart = up > 0 ? text[..up] : text;
                if (published is null && (up != 0) && DateTextParser.ParseText(pubPart, TimestampSource.Text, monthFirst) is { } p)
                {
                    published = p;
                }

                if (up >= 0 && updated is null && DateTextParser.ParseText(text[up..], TimestampSource.Text, monthFirst) is { } u)
                {
                    updated = u;
                }

                if (published is not null) break;
            }
        }

        return (published, updated);
    }

    /// <summary>
    /// A note on the text's first appearance written as a sentence, closed by a stop or a colon ("First published in the
    /// Harbour Weekly on 2 May 2019."); a header's date line ("First published on DATE / TIME") runs on without one.
    /// </summary>
    private static bool IsProvenanceSentence(string text) =>
        (TextUtil.EndsLikeSentence(text) || TextUtil.LastMeaningfulChar(text) == ':') && Chrome.ChromePatterns.IsProvenanceNote(text);

    /// <summary>A line of at most this many words is a date line rather than a sentence with a date in it.</summary>
    private const int DateLineWords = 10;

    /// <summary>The opening "Place, DATE" of a paragraph (a capitalised place, a comma or parenthesis, a number), or null.</summary>
    private static string? DatelineOpening(string text)
    {
        int w = 0;
        while (w < text.Length && w <= 25 && (char.IsLetter(text[w]) || text[w] == '-')) w++;
        if (w < 3 || w > 25 || !char.IsUpper(text[0]) || w + 3 >= text.Length) return null;
        var after = text.AsSpan(w, Math.Min(4, text.Length - w));
        if (!(after.StartsWith(", ") || after.StartsWith(" (")) || !after[2..].ContainsAnyInRange('0', '9')) return null;
        return text[..Math.Min(text.Length, w + 30)];
    }

    /// <summary>
    /// The attribution of an embedded post ("— Jane Roe (@janeroe) May 2, 2020"): the date the post was written, not
    /// the page's.
    /// </summary>
    private static bool IsEmbeddedPost(string text) => text.Contains("(@", StringComparison.Ordinal);

    // Date lines hold digits; the label searches below are skipped on the many lines that have none.
    private static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    private static int IndexOfLabel(string text, Labels labels)
    {
        if (!labels.Any.In(text)) return -1;
        foreach (var l in labels.List)
        {
            for (int i = text.IndexOf(l, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(l, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (i == 0 || !char.IsLetter(text[i - 1])) return i; // a word, not "conversion" for "version"
            }
        }

        return -1;
    }

    private static bool IsUsEnglish(string? lang) =>
        lang is not null && (lang.Equals("en-us", StringComparison.OrdinalIgnoreCase) || lang.Equals("en", StringComparison.OrdinalIgnoreCase));
}
