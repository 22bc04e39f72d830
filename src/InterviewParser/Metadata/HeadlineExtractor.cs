using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>
/// Finds the displayed headline. HTML: an <c>&lt;h1&gt;</c> that agrees with <c>og:title</c>, JSON-LD
/// <c>headline</c> or <c>&lt;title&gt;</c> wins, then a lone <c>&lt;h1&gt;</c>, then those sources with the
/// site name cut off (<c>HeadlineExtractor.Html.cs</c>). Text: the nearest title-like line before the main content
/// (<c>HeadlineExtractor.Text.cs</c>).
/// </summary>
internal static partial class HeadlineExtractor
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    /// <summary>Finds the headline and the index of the block holding it (or -1).</summary>
    public static (string? Headline, int BlockIndex) Extract(BlockDocument doc, ContentSelection content)
    {
        var (headline, index) = doc.Format == DocumentFormat.Html ? FromHtmlOrMeta(doc, content) : FromText(doc, content);
        return (headline is null ? null : TrimDanglingSeparator(headline), index);
    }

    /// <summary>
    /// A headline without the separator left dangling at its end when a title template's site part was empty
    /// ("Our Services |", "Harbour report -"): a separator mark after a space, closing the text, is no part of it.
    /// </summary>
    internal static string TrimDanglingSeparator(string headline)
    {
        var span = headline.AsSpan().TrimEnd();
        while (span.Length > 2 && span[^1] is '|' or '-' or '–' or '—' or '·' or '/' && span[^2] == ' ') span = span[..^2].TrimEnd();
        return span.Length == headline.Length || span.IsEmpty ? headline : span.ToString();
    }

    private static (string? Headline, int BlockIndex) FromHtmlOrMeta(BlockDocument doc, ContentSelection content)
    {
        var (headline, index) = FromHtml(doc, Math.Max(0, content.FirstContentIndex));
        // The site's own name is not the article's headline: a styled title line just above the content is, or the
        // title metadata without the site's name.
        if (headline is not null && IsSiteName(doc, headline))
        {
            if (StyledTitleAbove(doc, content.FirstContentIndex) is int above && !IsSiteName(doc, doc.Blocks[above].Text)) return (doc.Blocks[above].Text, above);
            foreach (var m in MetaTitles(doc))
            {
                var stripped = StripSiteName(m);
                if (stripped.Length > 0 && !IsSiteName(doc, stripped)) return (stripped, FindBlock(doc, stripped));
            }
        }

        return (headline, index);
    }

    /// <summary>
    /// Whether a text is the site's name: the og:site_name or application name, the part of the &lt;title&gt; that
    /// follows the headline, or the name of the site's domain ("India Post" on indiapost.example).
    /// </summary>
    internal static bool IsSiteName(BlockDocument doc, string text)
    {
        string key = Letters(text);
        if (key.Length == 0) return false;
        if (doc.FindMeta("og:site_name", "application-name") is { } site && Letters(site) == key) return true;
        if (doc.Title is { } title)
        {
            foreach (var sep in TitleSeparators)
            {
                int i = title.LastIndexOf(sep, StringComparison.Ordinal);
                if (i > 0 && Letters(title[(i + sep.Length)..]) == key && Letters(title[..i]).Length > 0) return true;
            }
        }

        string? url = doc.CanonicalUrl ?? doc.FindMeta("og:url");
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            foreach (var label in uri.Host.Split('.'))
            {
                if (label.Length >= 4 && Letters(label) == key) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a single word is a word of the site's name that stands for it ("HARBOUR" for "The Harbour" in the
    /// og:site_name, the &lt;title&gt;'s closing part or a copyright line opening with ©), or the whole name (<see
    /// cref="IsSiteName"/>); a word of four letters at least, so that an article ("The", "Der") is none.
    /// </summary>
    internal static bool IsSiteNameOrWordOfIt(BlockDocument doc, string text)
    {
        if (IsSiteName(doc, text)) return true;
        string key = Letters(text);
        if (key.Length < 4 || text.AsSpan().Trim().Contains(' ')) return false;
        if (doc.FindMeta("og:site_name", "application-name") is { } site && HasWordKey(site, key)) return true;
        if (doc.Title is { } title)
        {
            foreach (var sep in TitleSeparators)
            {
                int i = title.LastIndexOf(sep, StringComparison.Ordinal);
                if (i > 0 && HasWordKey(title[(i + sep.Length)..], key)) return true;
            }
        }

        // A text scrape keeps no meta tags, but its footer's copyright line names the site ("© 2024 The Harbour").
        foreach (var b in doc.Blocks)
        {
            if (b.WordCount <= MaxCopyrightWords && b.Text.AsSpan().TrimStart().StartsWith('©') && HasWordKey(b.Text, key)) return true;
        }

        return false;
    }

    /// <summary>The most words of a footer's copyright line read for the site's name.</summary>
    private const int MaxCopyrightWords = 12;

    private static bool HasWordKey(string name, string key)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) if (Letters(word) == key) return true;
        return false;
    }

    /// <summary>The letters and digits of a text in lower case ("The GiveWell Blog" → "thegivewellblog").</summary>
    private static string Letters(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static List<string> MetaTitles(BlockDocument doc)
    {
        var metaTitles = new List<string>();
        if (doc.FindMeta("og:title", "twitter:title") is { } og) metaTitles.Add(TextUtil.CollapseWhitespace(og));
        if (JsonLdReader.FindString(doc, "headline") is { } ld) metaTitles.Add(TextUtil.CollapseWhitespace(ld));
        if (doc.Title is { } title) metaTitles.Add(title);
        return metaTitles;
    }

    /// <summary>A short, styled, non-sentence line among the few blocks right above the content, nearest first.</summary>
    private static int? StyledTitleAbove(BlockDocument doc, int contentStart)
    {
        for (int i = contentStart - 1; i >= 0 && i >= contentStart - 4; i--)
        {
            var b = doc.Blocks[i];
            int words = b.WordCount;
            if (b.InChromeElement || words is < 2 or > 14 || TextUtil.EndsLikeSentence(b.Text) || b.LinkDensity > 0.3) continue;
            if (DateTextParser.ParseText(b.Text, TimestampSource.Text) is not null) continue;
            if (TextUtil.StartsWithAnyPhrase(b.Text, Vocabulary.BylineOpeners)) continue; // "von Jane Roe", "By Jane Roe"
            if (b.Kind == BlockKind.Heading || b.IsBold || b.IsItalic) return i;
        }

        return null;
    }
}
