using System.Globalization;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>The checks a chosen timestamp goes through: other sources voting, the date the page shows, the URL's day, the local offset.</summary>
internal static partial class TimestampExtractor
{
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
                return InOffset(o); // the instant stays the UTC source's (to the second); the shown time gives the offset
            }
        }

        foreach (var c in candidates)
        {
            if (c is not { Time: { } wall, Offset: null }) continue;
            // Compared to the minute: a wall time shown to the minute drops the instant's seconds (19:06 shown for
            // 17:06:53 UTC is +02:00). Zones are whole quarters of an hour; the instant itself never changes.
            if (wall.Second != 0 && wall.Second != instant.Second) continue;
            var shownMinute = c.Date.ToDateTime(new TimeOnly(wall.Hour, wall.Minute));
            var utcMinute = instant.UtcDateTime.AddTicks(-(instant.UtcDateTime.Ticks % TimeSpan.TicksPerMinute));
            var diff = shownMinute - utcMinute;
            if (diff != TimeSpan.Zero && Math.Abs(diff.TotalHours) <= 14 && diff.Ticks % (15 * TimeSpan.TicksPerMinute) == 0)
            {
                return InOffset(diff);
            }
        }

        return utc;

        // The same instant, told in the page's offset.
        PublicationTime InOffset(TimeSpan offset)
        {
            var local = instant.ToOffset(offset).DateTime;
            return utc with { Date = DateOnly.FromDateTime(local), Time = TimeOnly.FromDateTime(local), Offset = offset };
        }
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
}
