using System.Globalization;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>
/// Finds the publication and update times, ranked by reliability: meta tags, JSON-LD, <c>&lt;time&gt;</c>
/// elements outside chrome, date lines near the headline, then the URL. Dates in related-article lists or
/// comments never win, because only chrome-free places near the top are read.
/// </summary>
internal static class TimestampExtractor
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

    private static readonly string[] PublishedLabels = ["published", "veröffentlicht", "publicado", "publié", "опубликовано", "posted", "erschienen", "dərc"];
    // Transcript header fields naming the date ("DATE: 8 June 2011").
    private static readonly string[] DateFieldLabels = ["date:", "datum:", "fecha:", "дата:", "tarix:", "date :"];

    private static readonly string[] UpdatedLabels =
    [
        "updated", "aktualisiert", "actualizado", "mis à jour", "обновлено", "modified", "last edited", "letzte änderung",
        "geändert", "zuletzt bearbeitet", "modifié", "modificado", "изменено", "revision", "stand:",
    ];

    // Dates that are not about the page's publication: profile and licence lines.
    private static readonly string[] OtherDateLabels =
    [
        "registriert", "registered", "member since", "mitglied seit", "joined", "inscrit", "registrado", "version ",
        "antwort", "reply", "répondre", "responder", "rispondi", "ответить", // comment lines
        "termin:", "event:", "veranstaltung:", // events announced
        "abbildung:", "foto:", "bild:", "photo:", "image:", "quelle:", // picture captions
    ];

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

        var jsonLd = DateTextParser.ParseIso(JsonLdReader.FindString(doc.JsonLd, "datePublished"), TimestampSource.JsonLd)
            ?? DateTextParser.ParseIso(JsonLdReader.FindString(doc.JsonLd, "dateCreated"), TimestampSource.JsonLd);
        var microdata = DateTextParser.ParseIso(doc.FindMeta("microdata:datepublished"), TimestampSource.Meta);
        published = WithOffsetFrom(published, jsonLd, microdata) ?? jsonLd ?? microdata;
        updated ??= DateTextParser.ParseIso(JsonLdReader.FindString(doc.JsonLd, "dateModified"), TimestampSource.JsonLd)
            ?? DateTextParser.ParseIso(doc.FindMeta("microdata:datemodified"), TimestampSource.Meta);
        foreach (var key in PublishedMetaLate)
        {
            if (published is null && doc.FindMeta(key) is { } v) published = DateTextParser.ParseIso(v, TimestampSource.Meta);
        }

        published ??= FromTimeElements(doc, monthFirst);

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

        if (published is null && url is not null)
        {
            published = FromUrl(url);
        }

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

        if (published is not null && url is not null && FromUrl(url) is { } fromUrl)
        {
            published = ReconciledWithUrl(published, fromUrl);
        }

        return (published, updated);
    }

    /// <summary>
    /// When the chosen source stands alone and two other places on the page (JSON-LD, microdata, the first
    /// <c>&lt;time&gt;</c> of the content, the date line under the headline) agree on another day, that day wins:
    /// a CMS that writes the modification time into the publication key is outvoted by what the page shows.
    /// </summary>
    private static PublicationTime Corroborated(PublicationTime chosen, BlockDocument doc, PublicationTime? text, bool monthFirst,
        PublicationTime? jsonLd, PublicationTime? microdata)
    {
        var others = new List<PublicationTime>();
        if (jsonLd is not null && !ReferenceEquals(jsonLd, chosen)) others.Add(jsonLd);
        if (microdata is not null && !ReferenceEquals(microdata, chosen)) others.Add(microdata);
        if (FromTimeElements(doc, monthFirst) is { } shown) others.Add(shown);
        if (text is not null) others.Add(text);
        if (others.Exists(o => o.Date == chosen.Date) || HasSecondMetaKey(doc, chosen)) return chosen;
        foreach (var group in others.GroupBy(o => o.Date))
        {
            if (group.Count() >= 2) return group.OrderByDescending(o => o.Time.HasValue).ThenByDescending(o => o.Offset.HasValue).First();
        }

        return chosen;
    }

    /// <summary>
    /// The <c>&lt;time&gt;</c> outside chrome marked as the publication time, else the first one not marked as
    /// another time (a "modified" time element often comes first).
    /// </summary>
    private static PublicationTime? FromTimeElements(BlockDocument doc, bool monthFirst)
    {
        PublicationTime? first = null;
        foreach (var t in doc.Times)
        {
            if (t.InChrome || (t.IsOther && !t.IsPublished)) continue;
            if (first is not null && !t.IsPublished) continue;
            var p = DateTextParser.ParseIso(t.DateTime, TimestampSource.TimeElement) ?? DateTextParser.ParseText(t.Text, TimestampSource.TimeElement, monthFirst);
            if (p is null) continue;
            if (t.IsPublished) return p;
            first ??= p;
        }

        return first;
    }

    /// <summary>
    /// A structured date the page never shows, on a page that shows a later date line of its own (a bare date, or
    /// one labelled as the update), is likely a stale stamp (a draft's creation time, a copied template value): the
    /// first such line from the headline on wins, as the reader sees it. Earlier shown dates never win (they are
    /// mostly teasers and events).
    /// </summary>
    private static PublicationTime ShownInstead(PublicationTime chosen, BlockDocument doc, ContentSelection content, int headlineIndex, bool monthFirst)
    {
        if (chosen.Source is TimestampSource.Text or TimestampSource.Url || doc.Format != DocumentFormat.Html) return chosen;
        var blocks = doc.Blocks;
        PublicationTime? first = null;
        int anchor = headlineIndex >= 0 ? headlineIndex : Math.Max(0, content.FirstContentIndex);
        // Lines after the article (comments, teasers) do not count.
        int last = content.Content.Count > 0 ? Math.Min(blocks.Count - 1, LastIndexOf(blocks, content.Content[^1]) + 5) : blocks.Count - 1;
        var d = chosen.Date;
        string iso = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dotted = d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        for (int i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (text.Length > 200 || blocks[i].InChromeElement || !HasDigit(text)) continue;
            if (text.Contains(iso, StringComparison.Ordinal) || text.Contains(dotted, StringComparison.Ordinal))
            {
                if (IndexOfLabel(text, OtherDateLabels) < 0) return chosen;
                continue;
            }

            if (text.Length > 80 || IndexOfLabel(text, OtherDateLabels) >= 0) continue;
            if (DateTextParser.ParseText(text, TimestampSource.Text, monthFirst) is not { } p || p.Date.Year < 1995) continue;
            if (p.Date == chosen.Date) return chosen;
            // Only a line that is little more than a later date ("12.01.2022") or says it is the update's.
            if (i >= anchor - 8 && i <= last && p.Date > chosen.Date && (text.Length <= 40 || IndexOfLabel(text, UpdatedLabels) >= 0)) first ??= p;
        }

        return first ?? chosen;
    }

    private static int LastIndexOf(List<Block> blocks, Block block)
    {
        for (int i = blocks.Count - 1; i >= 0; i--) if (ReferenceEquals(blocks[i], block)) return i;
        return blocks.Count - 1;
    }

    /// <summary>The first meta value written as a full ISO date and time, whatever its key ("vendor:uploaded").</summary>
    private static PublicationTime? AnyMetaTimestamp(BlockDocument doc)
    {
        foreach (var (key, value) in doc.Meta)
        {
            if (value.Length is < 16 or > 40 || !char.IsAsciiDigit(value[0]) || value[4] != '-' || value[10] != 'T') continue;
            if (IndexOfLabel(key, UpdatedLabels) >= 0) continue;
            if (DateTextParser.ParseIso(value, TimestampSource.Meta) is { Time: not null } p) return p;
        }

        return null;
    }

    /// <summary>Whether two differently written date meta tags state the chosen day (the chosen one has a second vote).</summary>
    private static bool HasSecondMetaKey(BlockDocument doc, PublicationTime chosen)
    {
        if (chosen.Source != TimestampSource.Meta) return false;
        string? first = null;
        foreach (var (key, value) in doc.Meta)
        {
            if (value.Length is < 10 or > 40 || !(key.Contains("date", StringComparison.Ordinal) || key.Contains("time", StringComparison.Ordinal))) continue;
            if (DateTextParser.ParseIso(value, TimestampSource.Meta) is not { } p || p.Date != chosen.Date) continue;
            // The same stamp copied into several keys is one vote; a differently written one is a second.
            if (first is null) first = value;
            else if (!string.Equals(first, value, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>A relative date line near the headline ("3 hours ago", "gestern"), resolved against the reference time.</summary>
    private static PublicationTime? FromRelative(BlockDocument doc, ContentSelection content, int headlineIndex, DateTimeOffset now)
    {
        var blocks = doc.Blocks;
        int anchor = headlineIndex >= 0 ? headlineIndex : Math.Max(0, content.FirstContentIndex);
        for (int i = Math.Max(0, anchor - 8); i < Math.Min(blocks.Count, anchor + 12); i++)
        {
            if (blocks[i].Text.Length <= 80 && RelativeDate.Parse(blocks[i].Text, now) is { } p) return p;
        }

        return null;
    }

    /// <summary>
    /// The last resort, as date extractors do in their extensive mode: the first date line of the content, then of
    /// the whole page (short lines only, so dates inside running prose do not count); when "updated" lines are
    /// allowed too, then the opening words of long content paragraphs, then any <c>&lt;time&gt;</c>.
    /// </summary>
    private static PublicationTime? Extensive(BlockDocument doc, ContentSelection content, bool monthFirst, bool skipUpdated)
    {
        var blocks = doc.Blocks;
        int start = Math.Max(0, content.FirstContentIndex);
        // Short lines of the content, then of the whole page, then the openings of long content paragraphs
        // ("27.1.2022 – Bei der …", "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 …").
        for (int pass = 0; pass < (skipUpdated ? 2 : 3); pass++)
        {
            for (int i = pass == 1 ? 0 : start; i < (pass == 1 ? start : blocks.Count); i++)
            {
                var text = blocks[i].Text;
                if ((text.Length > 120) != (pass == 2)) continue;
                if (pass == 2) text = OpeningOf(text);
                if (!HasDigit(text) || (skipUpdated && IndexOfLabel(text, UpdatedLabels) >= 0) || IndexOfLabel(text, OtherDateLabels) >= 0) continue;
                if (DateTextParser.ParseText(text, TimestampSource.Text, monthFirst) is { } p && p.Date.Year >= 1995) return p;
            }
        }

        if (skipUpdated) return null;
        foreach (var t in doc.Times)
        {
            if (DateTextParser.ParseIso(t.DateTime, TimestampSource.TimeElement) is { } p) return p;
        }

        return null;
    }

    /// <summary>The first words of a long paragraph, cut at a word boundary near 60 characters.</summary>
    private static string OpeningOf(string text)
    {
        int cut = text.IndexOf(' ', 60);
        return cut < 0 || cut > 90 ? text[..Math.Min(text.Length, 60)] : text[..cut];
    }

    /// <summary>
    /// A time stated in UTC gets the page's local offset when the page shows the same instant with one (a
    /// <c>&lt;time&gt;</c> element, JSON-LD, a dateline with a zone) or shows the local wall-clock time beside the date
    /// ("05.07.2020 09:03" for 07:03 UTC → +02:00). The instant never changes.
    /// </summary>
    private static PublicationTime WithLocalOffset(PublicationTime utc, BlockDocument doc, PublicationTime? text, bool monthFirst,
        PublicationTime? jsonLd, PublicationTime? microdata)
    {
        var instant = utc.Utc!.Value;
        var candidates = new List<PublicationTime>();
        if (jsonLd is not null) candidates.Add(jsonLd);
        if (microdata is not null) candidates.Add(microdata);
        // Time elements in the page header count too: only one stating the same instant is used.
        foreach (var t in doc.Times)
        {
            if (DateTextParser.ParseIso(t.DateTime, TimestampSource.TimeElement) is { } iso) candidates.Add(iso);
            if (DateTextParser.ParseText(t.Text, TimestampSource.TimeElement, monthFirst) is { } shown) candidates.Add(shown);
        }

        if (text is not null) candidates.Add(text);

        foreach (var c in candidates)
        {
            if (c is { Utc: { } u, Offset: { } o } && o != TimeSpan.Zero && Math.Abs((u - instant).TotalSeconds) < 60)
            {
                // The instant stays the UTC source's (to the second); the shown time gives the offset.
                var local = instant.ToOffset(o);
                return utc with { Date = DateOnly.FromDateTime(local.DateTime), Time = TimeOnly.FromDateTime(local.DateTime), Offset = o };
            }
        }

        foreach (var c in candidates)
        {
            if (c is not { Time: { } wall, Offset: null }) continue;
            var diff = c.Date.ToDateTime(wall) - instant.UtcDateTime;
            diff = TimeSpan.FromMinutes(Math.Round(diff.TotalMinutes));
            if (diff != TimeSpan.Zero && Math.Abs(diff.TotalHours) <= 14 && diff.TotalMinutes % 15 == 0 && Math.Abs((c.Date.ToDateTime(wall) - instant.UtcDateTime - diff).TotalSeconds) < 60)
            {
                return utc with { Date = c.Date, Time = new TimeOnly(wall.Hour, wall.Minute, wall.Second == 0 ? instant.Second : wall.Second), Offset = diff };
            }
        }

        return utc;
    }

    /// <summary>
    /// A time stated without its offset takes the offset of another source that states the same date and time
    /// with one (a meta tag without zone beside JSON-LD or microdata in UTC).
    /// </summary>
    private static PublicationTime? WithOffsetFrom(PublicationTime? time, params ReadOnlySpan<PublicationTime?> others)
    {
        if (time is not { Time: { } t, Offset: null }) return time;
        foreach (var o in others)
        {
            if (o is { Time: { } ot, Offset: not null } && o.Date == time.Date && Math.Abs((ot - t).TotalSeconds) < 1)
            {
                return time with { Offset = o.Offset };
            }
        }

        return time;
    }

    private static (PublicationTime?, PublicationTime?) FromText(BlockDocument doc, ContentSelection content, int headlineIndex, bool monthFirst)
    {
        var blocks = doc.Blocks;
        int anchor = headlineIndex >= 0 ? headlineIndex : Math.Max(0, content.FirstContentIndex);
        int from = Math.Max(0, anchor - 8), to = Math.Min(blocks.Count, Math.Max(anchor, content.FirstContentIndex) + 12);
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
            if (IndexOfLabel(b.Text, DateFieldLabels) == 0 || IndexOfLabel(b.Text, PublishedLabels) >= 0)
            {
                published = DateTextParser.ParseText(b.Text, TimestampSource.Text, monthFirst);
            }
        }

        for (int i = from; i < to; i++)
        {
            var b = blocks[i];
            if (b.Text.Length > 160 || !HasDigit(b.Text) || b.InChromeElement && doc.Format == DocumentFormat.Html || IndexOfLabel(b.Text, OtherDateLabels) >= 0)
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

        return (published, updated);
    }

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

    // Date lines hold digits; the label searches below are skipped on the many lines that have none.
    private static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    private static int IndexOfLabel(string text, string[] labels)
    {
        foreach (var l in labels)
        {
            for (int i = text.IndexOf(l, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(l, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (i == 0 || !char.IsLetter(text[i - 1])) return i; // a word, not "conversion" for "version"
            }
        }

        return -1;
    }

    /// <summary>
    /// The date in the URL path is stamped when the page is made: a page date two or more days from it is a
    /// modified or unrelated date, and a UTC time a few hours from the URL's day is that day in the site's zone
    /// (the wall time is then unknown, so only the date is kept).
    /// </summary>
    private static PublicationTime ReconciledWithUrl(PublicationTime published, PublicationTime fromUrl)
    {
        int days = published.Date.DayNumber - fromUrl.Date.DayNumber;
        if (days == 0) return published;
        // Far off, or a bare day read from the text (often the event the post reports on): the URL's day.
        if (Math.Abs(days) >= 2 || (published.Source == TimestampSource.Text && published.Time is null)) return fromUrl;
        bool utcOnly = published is { Time: not null, Offset: { } o } && o == TimeSpan.Zero;
        var t = published.Time.GetValueOrDefault();
        bool nearMidnight = days == 1 ? t.Hour < MaxZoneHours : t.Hour >= 24 - MaxZoneHours;
        return utcOnly && nearMidnight ? published with { Date = fromUrl.Date, Time = null, Offset = null } : published;
    }

    // The widest offset from UTC taken as a site's zone when matching a UTC time to the URL's day.
    private const int MaxZoneHours = 9;

    private static PublicationTime? FromUrl(string url)
    {
        // "/2015/10/12/" style paths; "/2023/10/3-questions" is a month and a title. A segment may be a whole date
        // ("/29-10-2021", "/2021-10-29", "/20200428/").
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < parts.Length; i++)
        {
            if (DateOfSegment(parts[i]) is { } whole) return new PublicationTime(whole, null, null, url, TimestampSource.Url);
        }

        for (int i = 0; i + 2 < parts.Length; i++)
        {
            if (parts[i].Length == 4 && int.TryParse(parts[i], out int y) && y is >= 1990 and <= 2100
                && int.TryParse(parts[i + 1], out int m) && m is >= 1 and <= 12
                && DayOfPath(parts[i + 2]) is int d && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new PublicationTime(new DateOnly(y, m, d), null, null, url, TimestampSource.Url);
            }
        }

        return null;
    }

    /// <summary>A path segment that is a date and nothing else: DD-MM-YYYY, YYYY-MM-DD or YYYYMMDD.</summary>
    private static DateOnly? DateOfSegment(string seg)
    {
        int y, m, d;
        var s = seg.AsSpan();
        int q = s.IndexOfAny('?', '#');
        if (q >= 0) s = s[..q];
        if (s.Length == 8 && !s.ContainsAnyExceptInRange('0', '9'))
        {
            (y, m, d) = (Num(s[..4]), Num(s[4..6]), Num(s[6..]));
        }
        else if (s.Length == 10 && s[2] == '-' && s[5] == '-' && !s[..2].ContainsAnyExceptInRange('0', '9') && !s[3..5].ContainsAnyExceptInRange('0', '9') && !s[6..].ContainsAnyExceptInRange('0', '9'))
        {
            (d, m, y) = (Num(s[..2]), Num(s[3..5]), Num(s[6..]));
        }
        else if (s.Length == 10 && s[4] == '-' && s[7] == '-' && !s[..4].ContainsAnyExceptInRange('0', '9') && !s[5..7].ContainsAnyExceptInRange('0', '9') && !s[8..].ContainsAnyExceptInRange('0', '9'))
        {
            (y, m, d) = (Num(s[..4]), Num(s[5..7]), Num(s[8..]));
        }
        else
        {
            return null;
        }

        return y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

        static int Num(ReadOnlySpan<char> digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The day a path segment opens with ("12", "07.html", "3_x"), or null when a word follows it ("3-fragen").</summary>
    private static int? DayOfPath(string part)
    {
        int k = 0;
        while (k < part.Length && k < 2 && char.IsAsciiDigit(part[k])) k++;
        if (k == 0 || (k < part.Length && part[k] is not ('.' or '_' or '?' or '#'))) return null;
        return int.Parse(part.AsSpan(0, k), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsUsEnglish(string? lang) =>
        lang is not null && (lang.Equals("en-us", StringComparison.OrdinalIgnoreCase) || lang.Equals("en", StringComparison.OrdinalIgnoreCase));
}
