using System.Text.Json;
using InterviewParser.Metadata;
using InterviewParser.Model;

namespace InterviewParser.Blocks;

/// <summary>
/// The one block model shared by HTML and text input: the blocks in reading order plus what the page's
/// head and markup say about it (meta tags, structured data, time elements).
/// </summary>
internal sealed class BlockDocument
{
    public required DocumentFormat Format { get; init; }

    public required List<Block> Blocks { get; init; }

    public List<ElementInfo> Elements { get; init; } = [];

    // A document's block and element lists are kept for the next document parsed on the same thread: grown by
    // doubling, the lists of a long page reach the large-object heap, and growing them anew for every page took ~6 % of
    // the pipeline's time in sampled profiles. Lists grown beyond the bound are left to the collector.
    private const int MaxKeptCapacity = 1 << 16;
    [ThreadStatic] private static List<Block>? t_blocks;
    [ThreadStatic] private static List<ElementInfo>? t_elements;

    /// <summary>An empty block list, the one this thread's previous document left if there is one.</summary>
    internal static List<Block> TakeBlockList()
    {
        var list = t_blocks ?? [];
        t_blocks = null;
        return list;
    }

    /// <summary>An empty element list, the one this thread's previous document left if there is one.</summary>
    internal static List<ElementInfo> TakeElementList()
    {
        var list = t_elements ?? [];
        t_elements = null;
        return list;
    }

    /// <summary>
    /// Hands this document's lists to the next document on this thread. Only for a document nothing refers to any more:
    /// its lists are emptied.
    /// </summary>
    internal void Release()
    {
        if (_parsedJsonLd is not null)
        {
            foreach (var d in _parsedJsonLd) d.Dispose();
            _parsedJsonLd = null;
        }

        if (Blocks.Capacity <= MaxKeptCapacity)
        {
            Blocks.Clear();
            t_blocks = Blocks;
        }

        if (Elements.Capacity <= MaxKeptCapacity)
        {
            Elements.Clear();
            t_elements = Elements;
        }
    }

    /// <summary>The most blocks a document is built with: a text of millions of one-word lines is cut here.</summary>
    public const int MaxBlocks = 500_000;

    /// <summary>The input held more than <see cref="MaxBlocks"/> blocks; the rest was not read.</summary>
    public bool Truncated { get; init; }

    /// <summary>The <c>&lt;title&gt;</c> text, cut to <see cref="MaxHeadValueLength"/>.</summary>
    public string? Title { get; init => field = value is null ? null : HeadValue(value); }

    /// <summary>
    /// The most characters of a title, or of a meta value that names the page or site, kept. A longer one is markup gone
    /// wrong (an unclosed <c>&lt;title&gt;</c> that holds the rest of the page); cut, it keeps the rules that compare it
    /// with each block linear.
    /// </summary>
    public const int MaxHeadValueLength = 2_000;

    /// <summary>The most characters of any other meta value kept (a description may hold a whole article).</summary>
    public const int MaxMetaValueLength = 50_000;

    /// <summary>A title cut to <see cref="MaxHeadValueLength"/>.</summary>
    internal static string HeadValue(string value) => value.Length <= MaxHeadValueLength ? value : value[..MaxHeadValueLength];

    /// <summary>A meta value cut to <see cref="MaxHeadValueLength"/> where its key names the page or site, else to <see cref="MaxMetaValueLength"/>.</summary>
    internal static string MetaValue(string key, string value) =>
        value.Length <= MaxHeadValueLength ? value
        : key is "title" or "og:title" or "twitter:title" or "og:site_name" or "application-name" ? value[..MaxHeadValueLength]
        : value.Length <= MaxMetaValueLength ? value : value[..MaxMetaValueLength];

    /// <summary>Meta tags as (name or property, lower case; content) in page order.</summary>
    public List<KeyValuePair<string, string>> Meta { get; init; } = [];

    /// <summary>The text of every JSON-LD script.</summary>
    public List<string> JsonLd { get; init; } = [];

    private List<JsonDocument>? _parsedJsonLd;

    /// <summary>The JSON-LD scripts parsed once, on first use, for every stage that reads them (malformed ones left out).</summary>
    public IReadOnlyList<JsonDocument> ParsedJsonLd => _parsedJsonLd ??= JsonLdReader.ParseAll(JsonLd);

    /// <summary><c>&lt;time&gt;</c> elements with the index of the next block and whether they sit in chrome.</summary>
    public List<TimeElement> Times { get; init; } = [];

    /// <summary>Links to an author's page ("/author/jane-roe/") with the index of the block they stand in, in page order.</summary>
    public IReadOnlyList<AuthorLink> AuthorLinks { get; init; } = [];

    public string? Language { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>The first ISO timestamp outside chrome written in a <c>title</c> tooltip (a "3 hours ago" label's stamp), if any.</summary>
    public string? TooltipStamp { get; init; }

    /// <summary>The first picture address outside chrome whose path holds a date ("/2016/05/04/"), if any.</summary>
    public string? DatedImage { get; init; }

    /// <summary>Finds the first meta content for any of the names, in the order of the names.</summary>
    public string? FindMeta(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            foreach (var kv in Meta)
            {
                if (kv.Key.Equals(name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(kv.Value))
                {
                    return kv.Value;
                }
            }
        }

        return null;
    }
}

/// <summary>A link to an author's page: its text and the index of the block it stands in.</summary>
internal readonly record struct AuthorLink(string Text, int BlockIndex);

/// <summary>A <c>&lt;time&gt;</c> element, with what its itemprop says it is (<c>datePublished</c>, <c>dateModified</c>) if anything.</summary>
internal readonly record struct TimeElement(string? DateTime, string Text, int BlockIndex, bool InChrome, string? ItemProp = null)
{
    /// <summary>Marked as the publication time.</summary>
    public bool IsPublished => ItemProp is { } p && p.Contains("published", StringComparison.OrdinalIgnoreCase);

    /// <summary>Marked as a later or unrelated time (modified, event dates); "created" says nothing either way.</summary>
    public bool IsOther => ItemProp is { } p && !IsPublished && !p.Contains("created", StringComparison.OrdinalIgnoreCase);
}
