using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Blocks;

/// <summary>
/// Stage 2 for HTML: one walk over the AngleSharp DOM that emits the page's text as <see cref="Block"/>s,
/// with link, bold and italic shares, chrome-element flags and the container tree; and reads the head's
/// title, meta tags, JSON-LD and time elements on the way. Nothing is fetched and no script runs.
/// </summary>
internal static class HtmlBlockBuilder
{
    private const int MaxDepth = 512;

    // One browsing context without loaders: no network, no scripting, reused for every parse.
    internal static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    internal static readonly HtmlParserOptions ParserOptions = new()
    {
        // No scripting: a noscript element's content is markup (the walk skips it, unless the page's text fell into it).
        // A parser with scripting reads it as text, as browsers do, but prepares every script element for running,
        // which took the pipeline to 1.5 times its time and 2.5 times its allocations on the benchmark pages.
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
        SkipComments = true,
        SkipProcessingInstructions = true,
        SkipDataText = false,
        // Positions are never read, nor the text of style and the other raw-text elements (the walk skips them), nor
        // that of scripts: the JSON-LD blocks among them are read from the markup (MarkupSources).
        DisableElementPositionTracking = true,
        SkipRawText = true,
        SkipScriptText = true,
        ShouldEmitAttribute = KeepAttribute,
    };

    /// <summary>
    /// The attributes the tree is built with: those the walk and the head reading use, each on the elements it is read
    /// on, and those that steer tree construction itself (an input's type, annotation-xml's encoding, font's colour,
    /// face and size). The others (links, data attributes, source sets, event handlers) cost memory and time and are
    /// never read. A link element's relation is read from the markup (<see cref="MarkupSources"/>): given to the tree,
    /// it sets up a style sheet.
    /// </summary>
    private static bool KeepAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        var n = name.Span;
        if (n is "class" or "id" or "style" or "hidden" or "aria-hidden" or "role" or "itemprop" or "itemtype" or "content" or "datetime" or "title")
        {
            return true;
        }

        // The others only on the elements that use them.
        var tag = token.Name.Memory.Span;
        return n switch
        {
            "property" or "name" or "http-equiv" or "charset" => tag is "meta",
            "type" => tag is "script" or "input",
            "lang" => tag is "html",
            "href" => tag is "link",
            "src" => tag is "img",
            "encoding" => tag is "annotation-xml",
            "color" or "face" or "size" => tag is "font",
            _ => false,
        };
    }

    // Boxes around the text that are never the text, whatever else their names say: the box about the article's author
    // (a byline's own classes, "author" alone, are left alone), and blog themes' footers under a post (its filing line,
    // its ratings). A positive word in the same name ("post-author-bio", "entry-utility") does not make them content.
    private static readonly string[] BoxWords =
    [
        "author-bio", "authorbio", "author-box", "authorbox", "about-author", "author-description",
        "postmetadata", "entry-utility", "post-ratings",
    ];

    private static readonly string[] NegativeWords =
    [
        "banner", "combx", "comment", "contact", "footer", "footnote", "masthead", "outbrain", "promo",
        "related", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "widget", "nav",
        "menu", "social", "cookie", "newsletter", "subscribe", "breadcrumb", "teaser", "recommend", "popup",
        "modal", "advert", "-ad-", "ad-slot", "adslot", "consent", "paywall", "signup", "toolbar", "login",
        "most-read", "mostread", "trending", "disqus", "pagination", "copyright", "credit",
        .. BoxWords,
    ];

    private static readonly string[] PositiveWords = ["article", "body", "content", "entry", "main", "post", "text", "blog", "story", "interview", "prose"];

    // Classes that hide text from the eye and keep it for screen readers ("opens in a new tab", "Share on X").
    private static readonly string[] ScreenReaderWords =
        ["sr-only", "sr_only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "a11y-hidden", "assistive-text", "offscreen"];

    private const string CaptionWord = "caption";

    /// <summary>
    /// The class word of an element holding a speaker's name inside the paragraph of the speech (<c>&lt;span
    /// class="speaker"&gt;Jane Roe&lt;/span&gt; Well, …</c>): its text is set apart as bold text is.
    /// </summary>
    private const string SpeakerWord = "speaker";

    // What each word of the lists says of an element whose class name or id holds it (a word may be on several lists).
    private const int NegativeBit = 1, ScreenReaderBit = 2, BoxBit = 4, PositiveBit = 8, QuestionBit = 16, CaptionBit = 32, SpeakerBit = 64;

    // The word lists, searched in a lower-cased copy of the name in one pass. On the benchmark pages' class names (34
    // characters on average) this took about half the time of a search of the string SearchValues of the chrome words
    // alone, which is built for long texts; the class names had taken a third of the walk's time.
    private static readonly SubstringFinder ClassWords = new(WordBits());

    private static IEnumerable<(string Word, int Bits)> WordBits()
    {
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, int bit)
        {
            foreach (var w in words)
            {
                string lower = w.ToLowerInvariant();
                bits[lower] = bits.GetValueOrDefault(lower) | bit;
            }
        }

        Add(NegativeWords, NegativeBit);
        Add(ScreenReaderWords, ScreenReaderBit);
        Add(BoxWords, BoxBit);
        Add(PositiveWords, PositiveBit);
        Add(Vocabulary.MarkupQuestionWords, QuestionBit);
        Add([CaptionWord], CaptionBit);
        Add([SpeakerWord], SpeakerBit);
        foreach (var (word, bit) in bits) yield return (word, bit);
    }

    /// <summary>Parses the HTML and builds the block document.</summary>
    public static BlockDocument Build(string html, CancellationToken cancellationToken)
    {
        var markup = new MarkupSources(html);
        var parser = new HtmlParser(ParserOptions with { OnCreated = markup.Created }, Browsing);
        // The asynchronous form checks the token while it builds the tree: a parse past its time limit stops.
        using var document = parser.ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return Build(document, markup, cancellationToken);
    }

    /// <summary>Builds the block document of a parsed page (one walk over its tree).</summary>
    internal static BlockDocument Build(IHtmlDocument document, MarkupSources markup, CancellationToken cancellationToken)
    {
        var walker = new Walker(cancellationToken, markup);
        if (document.Head is { } head)
        {
            foreach (var el in head.Children)
            {
                walker.ReadHeadElement(el);
            }
        }

        if (document.Body is { } body)
        {
            walker.Walk(body, 0, new Context(BlockKind.Paragraph, 0, false, false, -1));
            walker.Flush();
        }

        walker.ReleaseNames();
        string? lang = document.DocumentElement?.GetAttribute("lang");
        return new BlockDocument
        {
            Format = DocumentFormat.Html,
            Blocks = walker.Blocks,
            Elements = walker.Elements,
            Title = walker.Title ?? (document.Title is { Length: > 0 } t ? t : null),
            Meta = walker.Meta,
            JsonLd = walker.JsonLd,
            Times = walker.Times,
            AuthorLinks = walker.AuthorLinks ?? [],
            DatedImage = walker.DatedImage,
            TooltipStamp = walker.TooltipStamp,
            Language = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim(),
            CanonicalUrl = walker.Canonical,
        };
    }

    // Look: the look the nearest block element with a class or style gives its text (LookOf), or 0. UserItem: inside a
    // microdata item of readers' content (a comment, a review, an answer), whose dates are not the page's.
    private readonly record struct Context(BlockKind Kind, int Level, bool Chrome, bool QuestionHint, int Element, bool CaptionHint = false, int Look = 0,
        bool UserItem = false);

    /// <summary>
    /// An identity for the look an element gives its text: its tag with its class (by the class's hash) and style as
    /// written. Equal on every element written alike, never 0. Text in different looks is told apart without knowing
    /// what either look is.
    /// </summary>
    private static int LookOf(string tag, int classHash, string? style) =>
        HashCode.Combine(tag, classHash, style) is var h && h != 0 ? h : 1;

    private sealed class Walker(CancellationToken cancellationToken, MarkupSources markup)
    {
        // The block being collected. A plain buffer: a StringBuilder's Clear reallocates once a long block has grown it.
        private char[] _text = new char[512];
        private int _length;
        private int _link, _links, _bold, _italic, _visible;
        private bool _linkHasText;
        private int _boldDepth, _italicDepth, _linkDepth;
        private int _prefixState; // 0 nothing yet, 1 inside a leading bold run, 2 done
        private int _look, _blockLook, _inLook; // the innermost inline look (0: none), the block's first look, text in a look
        private bool _mixedLooks;
        private string? _boldPrefix;
        private Context _blockContext;
        private int _visited;

        public List<Block> Blocks { get; } = BlockDocument.TakeBlockList();
        public List<ElementInfo> Elements { get; } = BlockDocument.TakeElementList();
        public List<KeyValuePair<string, string>> Meta { get; } = [];
        public List<string> JsonLd { get; } = [];
        public List<TimeElement> Times { get; } = [];

        /// <summary>The microdata keys in <see cref="Meta"/>, so that a page of many item properties is read in linear time.</summary>
        private readonly HashSet<string> microdataKeys = new(StringComparer.Ordinal);

        /// <summary>Anchors that lead to an author's page (<see cref="MarkupSources.IsAuthorLink"/>), when the page has any.</summary>
        public List<AuthorLink>? AuthorLinks { get; private set; }

        public string? DatedImage { get; private set; }

        public string? TooltipStamp { get; private set; }

        /// <summary>Whether an address holds a "/YYYY/MM/DD/" path (cheap test before the timestamp stage parses it).</summary>
        private static bool HasDatePath(string src)
        {
            int i = src.IndexOf("/20", StringComparison.Ordinal);
            if (i < 0) i = src.IndexOf("/19", StringComparison.Ordinal);
            return i >= 0 && i + 11 < src.Length && src[i + 5] == '/' && char.IsAsciiDigit(src[i + 6]) && src[i + 8] == '/' && char.IsAsciiDigit(src[i + 9]);
        }

        /// <summary>
        /// A date in microdata on an ordinary element (<c>&lt;p itemprop="datePublished" content="…"&gt;</c>): the
        /// first of each key, as for <c>&lt;meta itemprop&gt;</c>.
        /// </summary>
        private void ReadItemDate(string prop, string? value)
        {
            if (prop.StartsWith("date", StringComparison.OrdinalIgnoreCase) && value is { Length: > 0 }) AddMicrodata(prop, value);
        }

        /// <summary>
        /// A schema.org type of readers' content ("https://schema.org/Comment", "…/Review", "…/Answer"): the item's dates
        /// are when a reader wrote, not when the page was published. The last segment of the type's address is compared.
        /// </summary>
        private static bool IsUserContentItem(string itemType)
        {
            var t = itemType.AsSpan().Trim().TrimEnd('/');
            var name = t[(t.LastIndexOf('/') + 1)..];
            return name.Equals("Comment", StringComparison.OrdinalIgnoreCase) || name.Equals("UserComments", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Review", StringComparison.OrdinalIgnoreCase) || name.Equals("Answer", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Records a microdata value under "microdata:&lt;prop&gt;"; the first of each key wins.</summary>
        private void AddMicrodata(string prop, string value)
        {
            string key = "microdata:" + prop.Trim().ToLowerInvariant();
            if (microdataKeys.Add(key)) Meta.Add(new(key, BlockDocument.MetaValue(key, value.Trim())));
        }

        /// <summary>The page's title element's text, the first one's.</summary>
        public string? Title { get; private set; }

        /// <summary>The address of the page's first canonical link.</summary>
        public string? Canonical { get; private set; }

        public void ReadHeadElement(IElement el)
        {
            switch (el.LocalName)
            {
                case "title":
                    Title ??= Collapse(el.TextContent);
                    break;
                case "meta":
                    string? key = el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop") ?? el.GetAttribute("http-equiv");
                    string? content = el.GetAttribute("content");
                    if (key is not null && content is not null)
                    {
                        string lower = key.Trim().ToLowerInvariant();
                        Meta.Add(new(lower, BlockDocument.MetaValue(lower, content.Trim())));
                    }

                    break;
                case "link":
                    if (string.Equals(markup.RelationOf(el), "canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        Canonical ??= el.GetAttribute("href");
                    }

                    break;
                case "script":
                    if (IsJsonLd(el))
                    {
                        JsonLd.Add(markup.TextOf(el));
                    }

                    break;
            }
        }

        public void Walk(IElement element, int depth, Context parent)
        {
            // By index: the node list's enumerator would be one allocation per element.
            var children = element.ChildNodes;
            for (int n = 0, count = children.Length; n < count; n++)
            {
                var ctx = parent;
                var node = children[n];
                if ((++_visited & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // By node type, read on the node class: an "is IText" test searches an element's many interfaces, and
                // an interface call on a child list of many node classes goes through the runtime's dispatch lookup.
                var type = ((Node)node).NodeType;
                if (type == NodeType.Text)
                {
                    AppendText(((IText)node).Data, ctx);
                    continue;
                }

                if (type != NodeType.Element)
                {
                    continue;
                }

                var child = (Element)node;

                string tag = child.LocalName;
                var attributes = Attributes.Read(child);
                if (!ctx.UserItem && attributes.ItemType is { } itemType && IsUserContentItem(itemType)) ctx = ctx with { UserItem = true };
                if (tag != "meta" && !ctx.Chrome && !ctx.UserItem)
                {
                    if (attributes.ItemProp is { } itemProp) ReadItemDate(itemProp, attributes.Content ?? attributes.DateTime);
                    if (TooltipStamp is null && attributes.Title is { Length: >= 10 and <= 32 } stamp && char.IsAsciiDigit(stamp[0]) && stamp[4] == '-')
                    {
                        TooltipStamp = stamp;
                    }

                    if (DatedImage is null && tag == "img" && attributes.Src is { } src && HasDatePath(src)) DatedImage = src;
                }

                switch (tag)
                {
                    case "script":
                        if (IsJsonLd(child))
                        {
                            JsonLd.Add(markup.TextOf(child));
                        }

                        continue;
                    case "meta":
                        // Microdata in the body (<meta itemprop="datePublished" content="…">): the first of each key.
                        if (attributes.ItemProp is { Length: > 0 } prop && attributes.Content is { Length: > 0 } value && !ctx.UserItem)
                        {
                            AddMicrodata(prop, value);
                        }
                        else if (Blocks.Count == 0 && (child.GetAttribute("property") ?? child.GetAttribute("name")) is { Length: > 0 } name
                                 && attributes.Content is { Length: > 0 } content)
                        {
                            // Head tags the parser moved into the body (a stray element closed the head early).
                            string lower = name.Trim().ToLowerInvariant();
                            Meta.Add(new(lower, BlockDocument.MetaValue(lower, content.Trim())));
                        }

                        continue;
                    case "link":
                        // Head tags the parser moved into the body (a picture in a noscript of the head ends the head:
                        // the tags after it open the body).
                        if (Blocks.Count == 0) ReadHeadElement(child);
                        continue;
                    case "noscript":
                        // What a browser without scripting shows; with scripting, its content is text. Its own content
                        // is skipped, but an element left open in it keeps its end tag from closing it, and the page's
                        // text after it then stands inside: that text is read.
                        if (!HoldsPageText(child)) continue;
                        break;
                    case "style" or "template" or "svg" or "iframe" or "object" or "embed" or "canvas"
                        or "select" or "option" or "button" or "input" or "textarea" or "video" or "audio" or "map"
                        or "math" or "head" or "img" or "picture" or "source" or "dialog":
                        continue;
                    case "br":
                        if (ctx.Kind == BlockKind.Preformatted || _length > 0)
                        {
                            Flush();
                        }

                        continue;
                    case "time":
                        Times.Add(new TimeElement(attributes.DateTime, SpacedText(child), Blocks.Count, ctx.Chrome || ctx.UserItem, attributes.ItemProp));
                        break;
                }

                if (depth >= MaxDepth)
                {
                    AppendText(child.TextContent, ctx);
                    continue;
                }

                var classFlags = NameFlagsOf(attributes.Class, out int classHash);
                bool hidden = attributes.Hidden
                    || string.Equals(attributes.AriaHidden, "true", StringComparison.OrdinalIgnoreCase)
                    || (classFlags & NameFlags.ScreenReaderOnly) != 0
                    || (attributes.Style is { } style && IsHiddenStyle(style));
                if (hidden)
                {
                    continue;
                }

                if (tag == "a" && markup.HasAuthorLinks && markup.IsAuthorLink(child))
                {
                    (AuthorLinks ??= []).Add(new AuthorLink(SpacedText(child), Blocks.Count));
                }

                if (IsBlockTag(tag))
                {
                    Flush();
                    var inner = EnterBlock(child, tag, in attributes, classFlags, classHash, ctx);
                    // A definition list's term is set apart from its description as bold text is from plain (a
                    // question over its answer, a speaker's name over the speech).
                    bool term = tag == "dt";
                    if (term) _boldDepth++;
                    Walk(child, depth + 1, inner);
                    Elements[inner.Element] = Elements[inner.Element] with { LastDescendant = Elements.Count - 1 };
                    Flush();
                    if (term) _boldDepth--;
                    continue;
                }

                bool bold = tag is "b" or "strong" || (attributes.Style is { } st && IsBoldStyle(st)) || (classFlags & NameFlags.Speaker) != 0;
                bool italic = tag is "i" or "em" or "cite";
                bool link = tag == "a";
                if (bold) _boldDepth++;
                if (italic) _italicDepth++;
                if (link && _linkDepth++ == 0) _linkHasText = false;
                var innerCtx = ctx;
                if (!ctx.QuestionHint && (classFlags & NameFlags.Question) != 0)
                {
                    innerCtx = ctx with { QuestionHint = true };
                }

                // A look of its own: a coloured or classed span, an underline, a font element.
                int outerLook = _look;
                if (!bold && !italic && !link && (attributes.Class is { Length: > 0 } || attributes.Style is { Length: > 0 } || tag is "u" or "font" or "mark" or "ins"))
                {
                    _look = LookOf(tag, classHash, attributes.Style);
                }

                Walk(child, depth + 1, innerCtx);
                _look = outerLook;
                if (bold) _boldDepth--;
                if (italic) _italicDepth--;
                if (link) _linkDepth--;
            }
        }

        private Context EnterBlock(IElement el, string tag, in Attributes attributes, NameFlags classFlags, int classHash, Context ctx)
        {
            // The class and the id are searched apart (no name spans both).
            // An id names one element of one page: searched without the table of names, which it would only fill.
            var names = classFlags | (string.IsNullOrEmpty(attributes.Id) ? NameFlags.None : Classify(attributes.Id));
            int weight = 0;
            if ((names & NameFlags.Negative) != 0) weight -= 25;
            if ((names & NameFlags.Positive) != 0) weight += 25;
            string? role = attributes.Role;
            bool chrome = ctx.Chrome
                || tag is "nav" or "footer" or "aside" or "menu"
                || (tag == "header" && !IsInsideArticle(el))
                || (tag == "form" && !HoldsPageText(el))
                || role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog" or "alert";
            if (tag is "article" or "main")
            {
                weight += 25;
            }

            int index = Elements.Count;
            Elements.Add(new ElementInfo(ctx.Element, tag, weight, chrome, string.IsNullOrEmpty(attributes.Class) ? null : attributes.Class) { LastDescendant = index });
            var kind = tag switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
                "li" or "dt" or "dd" => BlockKind.ListItem,
                "blockquote" => BlockKind.Quote,
                "pre" => BlockKind.Preformatted,
                "td" or "th" => BlockKind.Cell,
                "figcaption" => BlockKind.Caption,
                _ => ctx.Kind == BlockKind.Heading ? BlockKind.Paragraph : ctx.Kind,
            };
            int level = kind == BlockKind.Heading ? tag[1] - '0' : 0;
            bool question = ctx.QuestionHint || (names & NameFlags.Question) != 0;
            bool caption = ctx.CaptionHint || (names & NameFlags.Caption) != 0;
            int look = attributes.Class is { Length: > 0 } || attributes.Style is { Length: > 0 } || kind == BlockKind.Quote
                ? LookOf(tag, classHash, attributes.Style)
                : ctx.Look;
            return new Context(kind, level, chrome, question, index, caption, look, ctx.UserItem);
        }

        /// <summary>
        /// Whether an element that holds no text of the page's own (a form, a noscript) wraps it all the same: it holds the
        /// page's title heading or its article or main element (one server form around the whole page; a noscript whose
        /// open element kept it from closing). Forms do not nest, and the search gives up after
        /// <see cref="MaxWrapperSearch"/> elements, so nested noscripts cost a bounded search each.
        /// </summary>
        private static bool HoldsPageText(IElement container)
        {
            var pending = new Stack<INodeList>();
            pending.Push(container.ChildNodes);
            int visited = 0;
            while (pending.TryPop(out var children))
            {
                for (int i = 0, count = children.Length; i < count; i++)
                {
                    if (++visited > MaxWrapperSearch) return false;
                    if (children[i] is not IElement child) continue;
                    if (child.LocalName is "h1" or "article" or "main") return true;
                    if (child.ChildNodes.Length > 0) pending.Push(child.ChildNodes);
                }
            }

            return false;
        }

        /// <summary>The most nodes the search for the page's text inside a form or noscript looks at (a page's title heading stands early).</summary>
        private const int MaxWrapperSearch = 50_000;

        private static bool IsInsideArticle(IElement el)
        {
            for (var p = el.ParentElement; p is not null; p = p.ParentElement)
            {
                if (p.LocalName is "article" or "main")
                {
                    return true;
                }
            }

            return false;
        }

        // Pages repeat their class names, and the parser hands out one string for a value repeated in a page: each string
        // is searched once and kept with its hash in a direct-mapped table, found again by reference. The table is
        // emptied between pages (it keeps no page's strings alive) and reused on the thread.
        [ThreadStatic] private static (string? Name, NameFlags Flags, int Hash)[]? t_names;
        private (string? Name, NameFlags Flags, int Hash)[]? _names;
        private const int NameTableSlots = 1024; // a power of two

        /// <summary>Leaves the class-name table to the thread's next page.</summary>
        public void ReleaseNames()
        {
            if (_names is null) return;
            Array.Clear(_names);
            t_names = _names;
            _names = null;
        }

        /// <summary>What a class name says of its element, and the name's hash (0 for no name).</summary>
        private NameFlags NameFlagsOf(string? name, out int hash)
        {
            if (string.IsNullOrEmpty(name))
            {
                hash = 0;
                return NameFlags.None;
            }

            if (_names is null)
            {
                _names = t_names ?? new (string?, NameFlags, int)[NameTableSlots];
                t_names = null;
            }

            ref var entry = ref _names[(int)((uint)RuntimeHelpers.GetHashCode(name) % NameTableSlots)];
            if (ReferenceEquals(entry.Name, name))
            {
                hash = entry.Hash;
                return entry.Flags;
            }

            var flags = Classify(name);
            hash = name.GetHashCode();
            entry = (name, flags, hash);
            return flags;
        }

        /// <summary>The most characters of a name copied to the stack for its lower-cased search; longer names are copied to a rented buffer.</summary>
        private const int MaxStackName = 256;

        private static NameFlags Classify(string name)
        {
            char[]? rented = null;
            Span<char> lower = name.Length <= MaxStackName ? stackalloc char[name.Length] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
            int length = name.AsSpan().ToLowerInvariant(lower);
            int found = ClassWords.Find(lower[..length]);
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
            var flags = NameFlags.None;
            if ((found & ScreenReaderBit) != 0) flags |= NameFlags.ScreenReaderOnly;
            if ((found & NegativeBit) != 0) flags |= NameFlags.Negative;
            // A box that is never the text is not made content by a positive word in its name.
            if ((found & PositiveBit) != 0 && (found & BoxBit) == 0) flags |= NameFlags.Positive;
            if ((found & QuestionBit) != 0) flags |= NameFlags.Question;
            if ((found & CaptionBit) != 0) flags |= NameFlags.Caption;
            if ((found & SpeakerBit) != 0) flags |= NameFlags.Speaker;
            return flags;
        }

        private void AppendText(string data, Context ctx)
        {
            if (_length == 0 && _visible == 0)
            {
                _blockContext = ctx;
            }

            // Runs of ordinary characters and single spaces are appended whole; other white space, controls and
            // invisible marks one by one.
            var s = data.AsSpan();
            while (!s.IsEmpty)
            {
                int stop = s.IndexOfAny(NotInRuns);
                AppendSpacedRun(stop < 0 ? s : s[..stop], ctx);
                if (stop < 0) break;
                char c = s[stop];
                s = s[(stop + 1)..];
                if (c == '\u00A0' || char.IsWhiteSpace(c))
                {
                    if (ctx.Kind == BlockKind.Preformatted && c == '\n' && _length > 0)
                    {
                        Flush();
                        _blockContext = ctx;
                        continue;
                    }

                    AppendSpace();
                }

                // Controls, zero-width spaces, byte-order marks and soft hyphens are dropped.
            }
        }

        /// <summary>
        /// Every character that ends a run of text appended whole: white space other than the plain space, controls,
        /// zero-width spaces, byte-order marks and soft hyphens.
        /// </summary>
        private static readonly SearchValues<char> NotInRuns = SearchValues.Create(CharsNotInRuns());

        private static char[] CharsNotInRuns()
        {
            var chars = new List<char>();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                char ch = (char)c;
                if (ch != ' ' && (ch is '\u00A0' or '\u200B' or '\uFEFF' or '\u00AD' || char.IsWhiteSpace(ch) || char.IsControl(ch)))
                {
                    chars.Add(ch);
                }
            }

            return [.. chars];
        }

        /// <summary>One space, unless the text is empty so far or already ends in one.</summary>
        private void AppendSpace()
        {
            if (_length > 0 && _text[_length - 1] != ' ')
            {
                Append(" ");
                if (_linkDepth > 0) _link++;
            }
        }

        /// <summary>
        /// A run of visible characters and plain spaces: each stretch of words with single spaces between them is
        /// appended whole, and a run of spaces becomes one.
        /// </summary>
        private void AppendSpacedRun(ReadOnlySpan<char> run, Context ctx)
        {
            while (!run.IsEmpty)
            {
                if (run[0] == ' ')
                {
                    AppendSpace();
                    run = run.TrimStart(' ');
                    continue;
                }

                int end = run.IndexOf("  ");
                var words = end < 0 ? run : run[..end];
                if (words[^1] == ' ') words = words[..^1];
                AppendRun(words, words.Length - words.Count(' '), ctx);
                run = run[words.Length..];
            }
        }

        private void Append(ReadOnlySpan<char> chars)
        {
            if (_length + chars.Length > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + chars.Length));
            chars.CopyTo(_text.AsSpan(_length));
            _length += chars.Length;
        }

        /// <summary>Visible text, <paramref name="visible"/> of its characters other than spaces.</summary>
        private void AppendRun(ReadOnlySpan<char> run, int visible, Context ctx)
        {
            bool bold = _boldDepth > 0 || ctx.Kind == BlockKind.Heading;
            if (_prefixState == 0)
            {
                _prefixState = bold ? 1 : 2;
            }
            else if (_prefixState == 1 && !bold)
            {
                _boldPrefix = _text.AsSpan(0, _length).Trim().ToString();
                _prefixState = 2;
            }

            Append(run);
            _visible += visible;
            int look = _look != 0 ? _look : ctx.Look;
            if (look != 0)
            {
                if (_inLook == 0) _blockLook = look;
                else if (look != _blockLook) _mixedLooks = true;
                _inLook += visible;
            }

            if (bold) _bold += visible;
            if (_italicDepth > 0) _italic += visible;
            if (_linkDepth > 0)
            {
                _link += run.Length;
                if (!_linkHasText) _links++;
                _linkHasText = true;
            }
        }

        public void Flush()
        {
            if (_visible > 0)
            {
                int len = _length;
                while (len > 0 && _text[len - 1] == ' ') len--;
                string text = new(_text, 0, len);
                var ctx = _blockContext;
                Blocks.Add(new Block
                {
                    Text = text,
                    Kind = ctx.Kind,
                    Level = ctx.Level,
                    LinkLength = Math.Min(_link, text.Length),
                    LinkCount = _links,
                    BoldLength = _bold,
                    ItalicLength = _italic,
                    VisibleLength = _visible,
                    BoldPrefix = _prefixState == 2 ? _boldPrefix : null,
                    InChromeElement = ctx.Chrome,
                    QuestionHint = ctx.QuestionHint,
                    CaptionHint = ctx.CaptionHint,
                    Element = ctx.Element,
                    Look = !_mixedLooks && _inLook * 10 >= _visible * 9 ? _blockLook : 0,
                });
            }

            _length = 0;
            _link = _links = _bold = _italic = _visible = _inLook = 0;
            _linkHasText = false; // a link running on into the next block counts there too
            _blockLook = 0;
            _mixedLooks = false;
            _prefixState = 0;
            _boldPrefix = null;
        }

        private static bool IsJsonLd(IElement el) =>
            string.Equals(el.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a class name or id says of its element.</summary>
    [Flags]
    private enum NameFlags
    {
        None = 0,
        Negative = 1,
        Positive = 2,
        Question = 4,
        Caption = 8,
        ScreenReaderOnly = 16,
        Speaker = 32,
    }

    /// <summary>The attributes the walk reads, taken in one pass over the element's attribute list (the first of a name wins).</summary>
    private struct Attributes
    {
        public string? ItemProp, ItemType, Content, DateTime, Title, Src, Style, AriaHidden, Class, Id, Role;
        public bool Hidden;

        public static Attributes Read(IElement element)
        {
            var a = default(Attributes);
            var list = element.Attributes;
            for (int i = 0; i < list.Length; i++)
            {
                // The attribute by its class (AngleSharp's own, sealed), not its interface.
                if (list[i] is not Attr attr) continue;
                string value = attr.Value;
                switch (attr.Name)
                {
                    case "itemprop": a.ItemProp ??= value; break;
                    case "itemtype": a.ItemType ??= value; break;
                    case "content": a.Content ??= value; break;
                    case "datetime": a.DateTime ??= value; break;
                    case "title": a.Title ??= value; break;
                    case "src": a.Src ??= value; break;
                    case "style": a.Style ??= value; break;
                    case "aria-hidden": a.AriaHidden ??= value; break;
                    case "class": a.Class ??= value; break;
                    case "id": a.Id ??= value; break;
                    case "role": a.Role ??= value; break;
                    case "hidden": a.Hidden = true; break;
                }
            }

            return a;
        }
    }

    private static bool IsBlockTag(string tag) => tag switch
    {
        "p" or "div" or "section" or "article" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul"
            or "ol" or "dl" or "dt" or "dd" or "blockquote" or "pre" or "table" or "tr" or "td" or "th" or "tbody"
            or "thead" or "tfoot" or "figure" or "figcaption" or "header" or "footer" or "nav" or "aside" or "form"
            or "address" or "details" or "summary" or "center" or "fieldset" or "hr" or "menu" or "caption"
            or "hgroup" or "body" => true,
        _ => false,
    };

    private static bool IsHiddenStyle(string style)
    {
        var s = style.AsSpan();
        int i = s.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (i >= 0 && s[i..].TrimStart("display").TrimStart().TrimStart(':').TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        i = s.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
        return i >= 0 && s[i..].Contains("hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBoldStyle(string style) =>
        style.Contains("font-weight", StringComparison.OrdinalIgnoreCase)
        && (style.Contains("bold", StringComparison.OrdinalIgnoreCase) || style.Contains("700", StringComparison.Ordinal)
            || style.Contains("600", StringComparison.Ordinal) || style.Contains("800", StringComparison.Ordinal));

    /// <summary>Collapses white space to single spaces and trims.</summary>
    internal static string Collapse(string s) => TextUtil.CollapseWhitespace(s);

    /// <summary>
    /// An element's text with its text nodes joined by spaces: "Nov 20 2019&lt;span&gt;&lt;/span&gt;4:29 AM" reads
    /// "Nov 20 2019 4:29 AM", not "20194:29".
    /// </summary>
    private static string SpacedText(IElement el)
    {
        var sb = new StringBuilder();
        AppendSpaced(el, sb, 0);
        return Collapse(sb.ToString());
    }

    private static void AppendSpaced(INode node, StringBuilder sb, int depth)
    {
        if (depth > 64) return; // a date is never buried deeper
        var children = node.ChildNodes;
        for (int i = 0, count = children.Length; i < count && sb.Length <= 400; i++)
        {
            var child = children[i];
            if (child.NodeType == NodeType.Text) sb.Append(((IText)child).Data).Append(' ');
            else if (child.NodeType == NodeType.Element) AppendSpaced(child, sb, depth + 1);
        }
    }
}
