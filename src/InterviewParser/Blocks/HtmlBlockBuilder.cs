using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp;
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
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
        SkipComments = true,
        SkipProcessingInstructions = true,
        SkipDataText = false,
    };

    private static readonly SearchValues<string> PositiveNames = SearchValues.Create(
        ["article", "body", "content", "entry", "main", "post", "text", "blog", "story", "interview", "prose"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> NegativeNames = SearchValues.Create(
        ["banner", "combx", "comment", "contact", "footer", "footnote", "masthead", "outbrain", "promo",
         "related", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "widget", "nav",
         "menu", "social", "cookie", "newsletter", "subscribe", "breadcrumb", "teaser", "recommend", "popup",
         "modal", "advert", "-ad-", "ad-slot", "adslot", "consent", "paywall", "signup", "toolbar", "login",
         "most-read", "mostread", "trending", "disqus", "pagination", "copyright", "credit"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> QuestionNames = SearchValues.Create(Vocabulary.MarkupQuestionWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the HTML and builds the block document.</summary>
    public static BlockDocument Build(string html, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(ParserOptions, Browsing);
        // The asynchronous form checks the token while it builds the tree: a parse past its time limit stops.
        using var document = parser.ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        var walker = new Walker(cancellationToken);
        var head = document.Head;
        string? title = null;
        string? canonical = null;
        if (head is not null)
        {
            foreach (var el in head.Children)
            {
                walker.ReadHeadElement(el, ref title, ref canonical);
            }
        }

        if (document.Body is { } body)
        {
            walker.Walk(body, 0, new Context(BlockKind.Paragraph, 0, false, false, -1));
            walker.Flush();
        }

        string? lang = document.DocumentElement?.GetAttribute("lang");
        return new BlockDocument
        {
            Format = DocumentFormat.Html,
            Blocks = walker.Blocks,
            Elements = walker.Elements,
            Title = title ?? (document.Title is { Length: > 0 } t ? t : null),
            Meta = walker.Meta,
            JsonLd = walker.JsonLd,
            Times = walker.Times,
            DatedImage = walker.DatedImage,
            TooltipStamp = walker.TooltipStamp,
            Language = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim(),
            CanonicalUrl = canonical,
        };
    }

    private readonly record struct Context(BlockKind Kind, int Level, bool Chrome, bool QuestionHint, int Element, bool CaptionHint = false);

    private sealed class Walker(CancellationToken cancellationToken)
    {
        private readonly StringBuilder _text = new();
        private int _link, _bold, _italic, _visible;
        private int _boldDepth, _italicDepth, _linkDepth;
        private int _prefixState; // 0 nothing yet, 1 inside a leading bold run, 2 done
        private string? _boldPrefix;
        private Context _blockContext;
        private int _visited;

        public List<Block> Blocks { get; } = [];
        public List<ElementInfo> Elements { get; } = [];
        public List<KeyValuePair<string, string>> Meta { get; } = [];
        public List<string> JsonLd { get; } = [];
        public List<TimeElement> Times { get; } = [];

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
        private void ReadItemDate(IElement el)
        {
            string? prop = el.GetAttribute("itemprop");
            if (prop is null || !prop.StartsWith("date", StringComparison.OrdinalIgnoreCase)) return;
            if ((el.GetAttribute("content") ?? el.GetAttribute("datetime")) is { Length: > 0 } value) AddMicrodata(prop, value);
        }

        /// <summary>Records a microdata value under "microdata:&lt;prop&gt;"; the first of each key wins.</summary>
        private void AddMicrodata(string prop, string value)
        {
            string key = "microdata:" + prop.Trim().ToLowerInvariant();
            if (!Meta.Exists(kv => kv.Key == key)) Meta.Add(new(key, value.Trim()));
        }

        public void ReadHeadElement(IElement el, ref string? title, ref string? canonical)
        {
            switch (el.LocalName)
            {
                case "title":
                    title ??= Collapse(el.TextContent);
                    break;
                case "meta":
                    string? key = el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop") ?? el.GetAttribute("http-equiv");
                    string? content = el.GetAttribute("content");
                    if (key is not null && content is not null)
                    {
                        Meta.Add(new(key.Trim().ToLowerInvariant(), content.Trim()));
                    }

                    break;
                case "link":
                    if (string.Equals(el.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        canonical ??= el.GetAttribute("href");
                    }

                    break;
                case "script":
                    if (IsJsonLd(el))
                    {
                        JsonLd.Add(el.TextContent);
                    }

                    break;
            }
        }

        public void Walk(IElement element, int depth, Context ctx)
        {
            foreach (var node in element.ChildNodes)
            {
                if ((++_visited & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (node is IText textNode)
                {
                    AppendText(textNode.Data, ctx);
                    continue;
                }

                if (node is not IElement child)
                {
                    continue;
                }

                string tag = child.LocalName;
                if (tag != "meta" && !ctx.Chrome)
                {
                    if (child.HasAttribute("itemprop")) ReadItemDate(child);
                    if (TooltipStamp is null && child.GetAttribute("title") is { Length: >= 10 and <= 32 } stamp && char.IsAsciiDigit(stamp[0]) && stamp[4] == '-')
                    {
                        TooltipStamp = stamp;
                    }

                    if (DatedImage is null && tag == "img" && child.GetAttribute("src") is { } src && HasDatePath(src)) DatedImage = src;
                }

                switch (tag)
                {
                    case "script":
                        if (IsJsonLd(child))
                        {
                            JsonLd.Add(child.TextContent);
                        }

                        continue;
                    case "meta":
                        // Microdata in the body (<meta itemprop="datePublished" content="…">): the first of each key.
                        if (child.GetAttribute("itemprop") is { Length: > 0 } prop && child.GetAttribute("content") is { Length: > 0 } value)
                        {
                            AddMicrodata(prop, value);
                        }
                        else if (Blocks.Count == 0 && (child.GetAttribute("property") ?? child.GetAttribute("name")) is { Length: > 0 } name
                                 && child.GetAttribute("content") is { Length: > 0 } content)
                        {
                            // Head tags the parser moved into the body (a stray element closed the head early).
                            Meta.Add(new(name.Trim().ToLowerInvariant(), content.Trim()));
                        }

                        continue;
                    case "style" or "noscript" or "template" or "svg" or "iframe" or "object" or "embed" or "canvas"
                        or "select" or "option" or "button" or "input" or "textarea" or "video" or "audio" or "map"
                        or "math" or "head" or "link" or "img" or "picture" or "source" or "dialog":
                        continue;
                    case "br":
                        if (ctx.Kind == BlockKind.Preformatted || _text.Length > 0)
                        {
                            Flush();
                        }

                        continue;
                    case "time":
                        Times.Add(new TimeElement(child.GetAttribute("datetime"), SpacedText(child), Blocks.Count, ctx.Chrome, child.GetAttribute("itemprop")));
                        break;
                }

                if (depth >= MaxDepth)
                {
                    AppendText(child.TextContent, ctx);
                    continue;
                }

                bool hidden = child.HasAttribute("hidden")
                    || string.Equals(child.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
                    || (child.GetAttribute("style") is { } style && IsHiddenStyle(style));
                if (hidden)
                {
                    continue;
                }

                if (IsBlockTag(tag))
                {
                    Flush();
                    var inner = EnterBlock(child, tag, ctx);
                    Walk(child, depth + 1, inner);
                    Flush();
                    continue;
                }

                bool bold = tag is "b" or "strong" || (child.GetAttribute("style") is { } st && IsBoldStyle(st));
                bool italic = tag is "i" or "em" or "cite";
                bool link = tag == "a";
                if (bold) _boldDepth++;
                if (italic) _italicDepth++;
                if (link) _linkDepth++;
                var innerCtx = ctx;
                if (!ctx.QuestionHint && NamesQuestion(child))
                {
                    innerCtx = ctx with { QuestionHint = true };
                }

                Walk(child, depth + 1, innerCtx);
                if (bold) _boldDepth--;
                if (italic) _italicDepth--;
                if (link) _linkDepth--;
            }
        }

        private Context EnterBlock(IElement el, string tag, Context ctx)
        {
            string names = (el.ClassName ?? string.Empty) + " " + (el.Id ?? string.Empty);
            var span = names.AsSpan();
            int weight = 0;
            if (span.ContainsAny(NegativeNames)) weight -= 25;
            if (span.ContainsAny(PositiveNames)) weight += 25;
            string? role = el.GetAttribute("role");
            bool chrome = ctx.Chrome
                || tag is "nav" or "footer" or "aside" or "form" or "menu"
                || (tag == "header" && !IsInsideArticle(el))
                || role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog" or "alert";
            if (tag is "article" or "main")
            {
                weight += 25;
            }

            int index = Elements.Count;
            Elements.Add(new ElementInfo(ctx.Element, tag, weight, chrome, string.IsNullOrEmpty(el.ClassName) ? null : el.ClassName));
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
            bool question = ctx.QuestionHint || span.ContainsAny(QuestionNames);
            bool caption = ctx.CaptionHint || span.Contains("caption", StringComparison.OrdinalIgnoreCase);
            return new Context(kind, level, chrome, question, index, caption);
        }

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

        private static bool NamesQuestion(IElement el)
        {
            string? cls = el.ClassName;
            return cls is not null && cls.AsSpan().ContainsAny(QuestionNames);
        }

        private void AppendText(string data, Context ctx)
        {
            if (_text.Length == 0 && _visible == 0)
            {
                _blockContext = ctx;
            }

            foreach (char raw in data)
            {
                char c = raw == '\u00A0' ? ' ' : raw;
                if (char.IsWhiteSpace(c))
                {
                    if (ctx.Kind == BlockKind.Preformatted && c == '\n' && _text.Length > 0)
                    {
                        Flush();
                        _blockContext = ctx;
                        continue;
                    }

                    if (_text.Length > 0 && _text[^1] != ' ')
                    {
                        _text.Append(' ');
                        if (_linkDepth > 0) _link++;
                    }

                    continue;
                }

                if (char.IsControl(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00AD')
                {
                    continue;
                }

                bool bold = _boldDepth > 0 || ctx.Kind == BlockKind.Heading;
                if (_prefixState == 0)
                {
                    _prefixState = bold ? 1 : 2;
                }
                else if (_prefixState == 1 && !bold)
                {
                    _boldPrefix = _text.ToString().Trim();
                    _prefixState = 2;
                }

                _text.Append(c);
                _visible++;
                if (bold) _bold++;
                if (_italicDepth > 0) _italic++;
                if (_linkDepth > 0) _link++;
            }
        }

        public void Flush()
        {
            if (_visible > 0)
            {
                int len = _text.Length;
                while (len > 0 && _text[len - 1] == ' ') len--;
                string text = _text.ToString(0, len);
                var ctx = _blockContext;
                Blocks.Add(new Block
                {
                    Text = text,
                    Kind = ctx.Kind,
                    Level = ctx.Level,
                    LinkLength = Math.Min(_link, text.Length),
                    BoldLength = _bold,
                    ItalicLength = _italic,
                    VisibleLength = _visible,
                    BoldPrefix = _prefixState == 2 ? _boldPrefix : null,
                    InChromeElement = ctx.Chrome,
                    QuestionHint = ctx.QuestionHint,
                    CaptionHint = ctx.CaptionHint,
                    Element = ctx.Element,
                });
            }

            _text.Clear();
            _link = _bold = _italic = _visible = 0;
            _prefixState = 0;
            _boldPrefix = null;
        }

        private static bool IsJsonLd(IElement el) =>
            string.Equals(el.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase);
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
        foreach (var node in el.GetDescendants())
        {
            if (node is IText t) sb.Append(t.Data).Append(' ');
            if (sb.Length > 400) break;
        }

        return Collapse(sb.ToString());
    }
}
