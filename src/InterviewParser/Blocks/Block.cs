namespace InterviewParser.Blocks;

/// <summary>What kind of text block a <see cref="Block"/> is.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Cell,
    Caption,
}

/// <summary>
/// One paragraph-sized unit of text, the same for HTML and plain text: the unit every later stage works on.
/// Carries the typographic and structural evidence the chrome, metadata and turn stages need.
/// </summary>
internal sealed class Block
{
    private string _text = "";
    private int _words = -1;

    /// <summary>The text, whitespace-collapsed.</summary>
    public required string Text
    {
        get => _text;
        set
        {
            _text = value;
            _words = -1;
        }
    }

    /// <summary>The text's word count (<see cref="TextUtil.CountWords(ReadOnlySpan{char})"/>), counted once: many stages ask.</summary>
    public int WordCount => _words >= 0 ? _words : _words = TextUtil.CountWords(_text);

    public BlockKind Kind { get; init; }

    /// <summary>Heading level 1–6 for headings, else 0.</summary>
    public int Level { get; init; }

    /// <summary>Characters inside links.</summary>
    public int LinkLength { get; init; }

    /// <summary>HTML: how many links put text into the block (a teaser's title is one; a tag list is several).</summary>
    public int LinkCount { get; init; }

    /// <summary>Non-space characters inside bold/strong markup.</summary>
    public int BoldLength { get; init; }

    /// <summary>Non-space characters inside emphasis/italic markup.</summary>
    public int ItalicLength { get; init; }

    /// <summary>Non-space characters in all.</summary>
    public int VisibleLength { get; init; }

    /// <summary>The bold run the block opens with, when bold does not cover the whole block.</summary>
    public string? BoldPrefix { get; init; }

    /// <summary>Inside a navigation, header, footer, aside, form or hidden element.</summary>
    public bool InChromeElement { get; init; }

    /// <summary>A class or id on the way up says "caption".</summary>
    public bool CaptionHint { get; init; }

    /// <summary>A class or id on the way up says "question" or similar.</summary>
    public bool QuestionHint { get; init; }

    /// <summary>
    /// HTML: an identity of the look (an element's class or style: a colour, an underline, a classed span) that covers the
    /// block's text, 0 where none or several do. Equal for blocks written alike on one page; it says nothing of the look itself.
    /// </summary>
    public int Look { get; init; }

    /// <summary>Index of the innermost block-level element holding the block (HTML), else -1.</summary>
    public int Element { get; init; } = -1;

    /// <summary>Plain text: the line was preceded by a blank line.</summary>
    public bool BlankBefore { get; init; }

    /// <summary>Plain text: the block is a line of its own (what an element of its own is in HTML).</summary>
    public bool OwnLine { get; init; }

    /// <summary>Captions and text made from them: the block opens where a marker says another person speaks ("&gt;&gt;", a dialogue dash).</summary>
    public bool SpeakerChange { get; init; }

    /// <summary>Markdown: the line stands inside a link that spans several lines (a teaser card: picture, kicker, title).</summary>
    public bool InLinkCard { get; init; }

    /// <summary>A media time printed on or given to the block (captions, timestamped transcripts).</summary>
    public TimeSpan? Time { get; set; }

    /// <summary>Whether the block is almost entirely bold.</summary>
    public bool IsBold => VisibleLength > 0 && BoldLength * 10 >= VisibleLength * 9;

    /// <summary>Whether the block is almost entirely italic.</summary>
    public bool IsItalic => VisibleLength > 0 && ItalicLength * 10 >= VisibleLength * 9;

    /// <summary>Share of the text inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkLength / Text.Length);

    /// <summary>Whether half the text or more is link text (a menu row, a teaser's title, a tag row).</summary>
    public bool IsMostlyLink => LinkDensity >= 0.5;

    /// <inheritdoc />
    public override string ToString() => $"{Kind}{(IsBold ? "*" : "")}: {Text}";

    /// <summary>
    /// The block cut after its bold prefix: the prefix as a bold block of its own and the rest as a plain one, both in
    /// the same element (a run-in question and its answer).
    /// </summary>
    internal (Block Prefix, Block Remainder) SplitAfterBoldPrefix()
    {
        string prefix = BoldPrefix ?? throw new InvalidOperationException("The block has no bold prefix.");
        string rest = Text[prefix.Length..].Trim();
        int restVisible = rest.Length - rest.AsSpan().Count(' '); // the text is whitespace-collapsed
        return (Part(prefix, VisibleLength - restVisible, bold: true, BlankBefore), Part(rest, restVisible, bold: false, blankBefore: false));
    }

    private Block Part(string text, int visible, bool bold, bool blankBefore) => new()
    {
        Text = text,
        Kind = Kind,
        VisibleLength = visible,
        BoldLength = bold ? visible : 0,
        InChromeElement = InChromeElement,
        CaptionHint = CaptionHint,
        QuestionHint = QuestionHint,
        Element = Element,
        BlankBefore = blankBefore,
        OwnLine = OwnLine,
        InLinkCard = InLinkCard,
        Time = bold ? Time : null,
    };

    /// <summary>A copy of the block with other text and time (the turn stage never changes a shared block).</summary>
    internal Block With(string text, TimeSpan? time)
    {
        var copy = (Block)MemberwiseClone();
        copy.Text = text;
        copy.Time = time;
        return copy;
    }
}

/// <summary>A block-level HTML element, kept so the chrome stage can score containers.</summary>
/// <param name="Parent">The index of the parent element, or -1.</param>
/// <param name="Tag">The lower-case tag name.</param>
/// <param name="ClassWeight">Positive for content-like class/id names, negative for chrome-like ones.</param>
/// <param name="IsChrome">Navigation, header, footer, aside, form or hidden.</param>
/// <param name="ClassName">The class attribute as written (shared with the DOM, not copied), or <see langword="null"/>.</param>
internal readonly record struct ElementInfo(int Parent, string Tag, int ClassWeight, bool IsChrome, string? ClassName = null)
{
    /// <summary>
    /// The index of the element's last descendant (its own when it has none). Elements are listed in document order,
    /// each after its parent, so its descendants are the elements after it up to this one.
    /// </summary>
    public int LastDescendant { get; init; }
}
