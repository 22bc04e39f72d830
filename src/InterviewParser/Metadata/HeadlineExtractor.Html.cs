using InterviewParser.Blocks;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>The headline of an HTML page: a heading that agrees with the title metadata, or that metadata without the site's name.</summary>
internal static partial class HeadlineExtractor
{
    private static (string?, int) FromHtml(BlockDocument doc, int contentStart)
    {
        var metaTitles = MetaTitles(doc);

        int firstH1 = -1, firstH1NonChrome = -1, h1Count = 0;
        for (int i = 0; i < doc.Blocks.Count; i++)
        {
            var b = doc.Blocks[i];
            if (b.Kind != BlockKind.Heading || b.Level != 1 || b.Text.Length < 3)
            {
                continue;
            }

            h1Count++;
            if (firstH1 < 0) firstH1 = i;
            if (firstH1NonChrome < 0 && !b.InChromeElement) firstH1NonChrome = i;
        }

        // Sources in order of trust; a site-name h1 agrees with the title's tail only, so og:title is asked first, and
        // with the <title> alone (a page without title metadata) the site's name is passed over.
        foreach (var m in metaTitles)
        {
            for (int i = firstH1; i >= 0 && i < doc.Blocks.Count; i++)
            {
                var b = doc.Blocks[i];
                if (b.Kind == BlockKind.Heading && b.Level == 1 && b.Text.Length >= 3 && Agrees(b.Text, m)
                    && !(ReferenceEquals(m, doc.Title) && IsSiteName(doc, b.Text)))
                {
                    return (b.Text, i);
                }
            }
        }

        // An h1 that is a kicker, a date or the site's name run together with the title the metadata gives: the title.
        // Only the article's own title fields (og:title, JSON-LD headline), not the <title>, whose parts are sections.
        foreach (var m in metaTitles)
        {
            if (ReferenceEquals(m, doc.Title)) continue;
            for (int i = firstH1; i >= 0 && i < doc.Blocks.Count; i++)
            {
                var b = doc.Blocks[i];
                if (b.Kind == BlockKind.Heading && b.Level == 1 && WithoutKicker(b.Text, m) is { } title)
                {
                    return (title, i);
                }
            }
        }

        // Prefer the h1 nearest before the main content (a logo h1 sits at the very top).
        if (h1Count > 0)
        {
            int best = -1;
            for (int i = 0; i < doc.Blocks.Count && (best < 0 || i <= contentStart); i++)
            {
                var b = doc.Blocks[i];
                if (b.Kind == BlockKind.Heading && b.Level == 1 && !b.InChromeElement && b.Text.Length >= 3 && b.WordCount >= 2)
                {
                    best = i;
                }
            }

            // An h1 holding the site's name, or one that comes after a smaller heading agreeing with the title metadata
            // (the h1 of a comment form or a widget below the article), yields to that heading.
            if (best >= 0 && metaTitles.Count > 0
                && (AgreeingSubheading(doc, metaTitles, exact: true, before: best) ?? (IsSiteName(doc, doc.Blocks[best].Text) ? AgreeingSubheading(doc, metaTitles, exact: true) : null)) is int sub)
            {
                return (doc.Blocks[sub].Text, sub);
            }

            if (best >= 0 && (h1Count <= 3 || metaTitles.Count == 0))
            {
                return (doc.Blocks[best].Text, best);
            }
        }

        // Headings h2/h3 that agree with the meta title (pages that style the headline as h2).
        if (AgreeingSubheading(doc, metaTitles) is int h)
        {
            return (doc.Blocks[h].Text, h);
        }

        foreach (var m in metaTitles)
        {
            var stripped = StripSiteName(m);
            if (stripped.Length > 0)
            {
                return (stripped, FindBlock(doc, stripped));
            }
        }

        return firstH1 >= 0 ? (doc.Blocks[firstH1].Text, firstH1) : (null, -1);
    }

    /// <summary>
    /// The first h2 or h3 (before a given block, when one is given) whose text agrees with one of the title metadata, or
    /// null; exactly: the whole title, or the title without its site name (not a section name the title merely starts with).
    /// </summary>
    private static int? AgreeingSubheading(BlockDocument doc, List<string> metaTitles, bool exact = false, int before = int.MaxValue)
    {
        for (int i = 0; i < Math.Min(before, doc.Blocks.Count); i++)
        {
            var b = doc.Blocks[i];
            if (b.Kind == BlockKind.Heading && b.Level <= 3 && metaTitles.Exists(m => exact ? AgreesWhole(b.Text, m) : Agrees(b.Text, m))) return i;
        }

        return null;
    }

    private static int FindBlock(BlockDocument doc, string text)
    {
        for (int i = 0; i < doc.Blocks.Count; i++)
        {
            if (doc.Blocks[i].Text == text) return i;
        }

        return -1;
    }

    /// <summary>Whether a heading and a meta title name the same headline (the title may carry a site name).</summary>
    internal static bool Agrees(string heading, string metaTitle)
    {
        if (heading.Equals(metaTitle, StringComparison.OrdinalIgnoreCase)) return true;
        if (heading.Length < 10) return false;
        return metaTitle.StartsWith(heading, StringComparison.OrdinalIgnoreCase) || metaTitle.EndsWith(heading, StringComparison.OrdinalIgnoreCase)
            || StripSiteName(metaTitle).Equals(heading, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The part of a heading that repeats a meta title (or the title without its site name) when something stands
    /// before it with no colon or dash between: a kicker, a date or a site name run together with the headline. A
    /// lead-in joined by a colon or dash ("Review – …") belongs to the headline, and a title of one or two words proves
    /// nothing.
    /// </summary>
    private static string? WithoutKicker(string heading, string metaTitle)
    {
        string stripped = StripSiteName(metaTitle);
        // The metadata may give the kicker too, joined by a colon ("Kicker: Title"): then the heading must hold that
        // kicker before the title.
        int colon = stripped.IndexOf(": ", StringComparison.Ordinal);
        string? kicker = colon > 0 && TextUtil.CountWords(stripped.AsSpan(0, colon)) <= 4 ? stripped[..colon] : null;
        string? afterKicker = kicker is null ? null : stripped[(colon + 2)..].Trim();
        foreach (var t in (ReadOnlySpan<string?>)[metaTitle.Trim(), stripped, afterKicker])
        {
            if (t is null || t.Length < 15 || TextUtil.CountWords(t) < 3 || heading.Length <= t.Length + 1
                || !heading.EndsWith(t, StringComparison.OrdinalIgnoreCase)) continue;
            var before = heading.AsSpan(0, heading.Length - t.Length).TrimEnd();
            if (before.IsEmpty || before[^1] is ':' or '–' or '—' or '-' or '|') continue;
            if (ReferenceEquals(t, afterKicker) && !before.Contains(kicker, StringComparison.OrdinalIgnoreCase)) continue;
            return heading[^t.Length..];
        }

        return null;
    }

    /// <summary>Whether a heading is the whole meta title, or the whole title without its site name.</summary>
    private static bool AgreesWhole(string heading, string metaTitle) =>
        heading.Equals(metaTitle, StringComparison.OrdinalIgnoreCase) || StripSiteName(metaTitle).Equals(heading, StringComparison.OrdinalIgnoreCase);

    /// <summary>Cuts a site name off a title ("Headline | Site" → "Headline"), keeping the longest part.</summary>
    internal static string StripSiteName(string title)
    {
        foreach (var sep in TitleSeparators)
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0)
            {
                string left = title[..i].Trim(), right = title[(i + sep.Length)..].Trim();
                return left.Length >= right.Length ? StripSiteName(left) : right;
            }
        }

        return title.Trim();
    }
}
