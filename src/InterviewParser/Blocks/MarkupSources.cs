using AngleSharp.Dom;
using AngleSharp.Text;

namespace InterviewParser.Blocks;

/// <summary>
/// What the tree is built without, read back from the markup itself: the text of script elements, the relation of
/// link elements and which anchors lead to an author's page. Most of a modern page's bytes are inline code nobody reads
/// here; the few scripts that are read, JSON-LD blocks, take their text from where the parser met their start tag. An
/// anchor's address is not kept in the tree either (a page has hundreds). A link's relation, given to the tree,
/// would make it set up a style sheet or icon for every such link (address parsing included) although nothing is ever
/// loaded. The tree still decides which elements are scripts and links and what a script's type is, so a tag quoted
/// in a comment or in a script is never taken for one.
/// </summary>
internal sealed class MarkupSources
{
    /// <summary>The most author paths looked at; a page of thousands of author links is a directory, not an article.</summary>
    private const int MaxAuthorPaths = 256;

    /// <summary>The most author-page anchors kept: a byline holds one or two, a list of a site's writers a few dozen.</summary>
    private const int MaxAuthorLinks = 32;

    private readonly string html;
    private readonly List<(IElement Element, int Position)> _scripts = [];
    private List<(IElement Element, int Position)>? _links;
    private List<int>? _authorPaths; // where the markup holds an author path, in page order
    private List<IElement>? _authorLinks;
    private int _next, _nextLink; // where the next search for a script, and for a link, starts (see PositionOf)
    private int _nextAuthorPath; // the first author path not before the last anchor looked at

    /// <summary>Reads the markup the parser is given; the author paths in it are found here, in one pass.</summary>
    public MarkupSources(string html)
    {
        this.html = html;
        // Where the markup holds an author path ("/author/"), found in one vectorised pass: most pages have none, and
        // their anchors are then never read.
        var s = html.AsSpan();
        for (int at = 0, found; at < s.Length && (found = s[at..].IndexOfAny(AuthorAddress.Paths)) >= 0; at += found + 1)
        {
            (_authorPaths ??= []).Add(at + found);
            if (_authorPaths.Count >= MaxAuthorPaths) break;
        }
    }

    /// <summary>
    /// Called by the parser for every element it creates; keeps where each script and link element began, and the
    /// anchors whose address leads to an author's page.
    /// </summary>
    public void Created(IElement element, TextPosition position)
    {
        string name = element.LocalName;
        if (name == "script") _scripts.Add((element, position.Position));
        else if (name == "link") (_links ??= []).Add((element, position.Position));
        else if (name == "a" && _authorPaths is not null && (_authorLinks is null || _authorLinks.Count < MaxAuthorLinks)
                 && AuthorPathInTag(position.Position - 1)
                 && AttributeRange(html, position.Position - 1, "href") is { } href && AuthorAddress.Matches(html.AsSpan(href.Start, href.Length)))
        {
            (_authorLinks ??= []).Add(element);
        }
    }

    /// <summary>Whether an author path stands inside the tag that begins at <paramref name="start"/> (tags come in page order).</summary>
    private bool AuthorPathInTag(int start)
    {
        var paths = _authorPaths!;
        while (_nextAuthorPath < paths.Count && paths[_nextAuthorPath] < start) _nextAuthorPath++;
        if (_nextAuthorPath >= paths.Count || start < 0) return false;
        int end = html.AsSpan(start).IndexOf('>');
        return end >= 0 && paths[_nextAuthorPath] < start + end;
    }

    /// <summary>Whether any anchor of the page leads to an author's page.</summary>
    public bool HasAuthorLinks => _authorLinks is not null;

    /// <summary>Whether the anchor leads to an author's page (see <see cref="AuthorAddress.Matches"/>).</summary>
    public bool IsAuthorLink(IElement anchor)
    {
        if (_authorLinks is null) return false;
        foreach (var a in _authorLinks)
        {
            if (ReferenceEquals(a, anchor)) return true;
        }

        return false;
    }

    /// <summary>The value of a link element's <c>rel</c> attribute as written, or null when it has none.</summary>
    public string? RelationOf(IElement link) =>
        _links is not null && PositionOf(_links, link, ref _nextLink) is var at and >= 0 ? AttributeAt(html, at, "rel") : null;

    /// <summary>
    /// Where the element's start tag begins in the markup, or -1. The walk meets elements in the order they were made,
    /// so the search starts after the last one found and a page's elements are found in linear time altogether.
    /// </summary>
    private static int PositionOf(List<(IElement Element, int Position)> made, IElement element, ref int next)
    {
        for (int k = 0; k < made.Count; k++)
        {
            int i = (next + k) % made.Count;
            if (!ReferenceEquals(made[i].Element, element)) continue;
            next = i + 1;
            return made[i].Position - 1; // positions count from 1
        }

        return -1;
    }

    /// <summary>
    /// The raw value of the named attribute in the start tag that begins at <paramref name="start"/> (the first of
    /// that name, as the parser keeps it; character references are left as written), or null when it has none.
    /// </summary>
    internal static string? AttributeAt(string html, int start, string name) =>
        AttributeRange(html, start, name) is { } value ? html.Substring(value.Start, value.Length) : null;

    /// <summary>Where the value of <see cref="AttributeAt"/> stands in the markup, or null.</summary>
    private static (int Start, int Length)? AttributeRange(string html, int start, string name)
    {
        var s = html.AsSpan();
        if (start < 0 || start >= s.Length || s[start] != '<') return null;
        int i = start + 1;
        while (i < s.Length && !IsTagSpace(s[i]) && s[i] is not ('/' or '>')) i++; // the tag name
        while (i < s.Length)
        {
            while (i < s.Length && (IsTagSpace(s[i]) || s[i] == '/')) i++;
            if (i >= s.Length || s[i] == '>') return null;
            int nameStart = i++; // a first '=' belongs to the name
            while (i < s.Length && !IsTagSpace(s[i]) && s[i] is not ('/' or '>' or '=')) i++;
            var attribute = s[nameStart..i];
            while (i < s.Length && IsTagSpace(s[i])) i++;
            (int Start, int Length) value = (i, 0);
            if (i < s.Length && s[i] == '=')
            {
                i++;
                while (i < s.Length && IsTagSpace(s[i])) i++;
                if (i < s.Length && s[i] is '"' or '\'')
                {
                    char quote = s[i++];
                    int close = s[i..].IndexOf(quote);
                    if (close < 0) return null; // the tag never ends
                    value = (i, close);
                    i += close + 1;
                }
                else
                {
                    int valueStart = i;
                    while (i < s.Length && !IsTagSpace(s[i]) && s[i] != '>') i++;
                    value = (valueStart, i - valueStart);
                }
            }

            if (attribute.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        }

        return null;
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>The script's text as the parser would have given it, or "" when its start tag cannot be found.</summary>
    public string TextOf(IElement script) => PositionOf(_scripts, script, ref _next) is var at and >= 0 ? TextAt(html, at) : string.Empty;

    /// <summary>The text of the script element whose start tag begins at <paramref name="start"/>.</summary>
    internal static string TextAt(string html, int start)
    {
        var s = html.AsSpan();
        if (start < 0 || start >= s.Length || !s[start..].StartsWith("<script", StringComparison.OrdinalIgnoreCase)) return string.Empty;
        int open = EndOfStartTag(s, start + 7);
        if (open < 0) return string.Empty;
        int end = open;
        while (true)
        {
            int close = s[end..].IndexOf("</script", StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                end = s.Length; // the data ends inside the script: its text runs to the end
                break;
            }

            end += close;
            // Only "</script" followed by a space, "/" or ">" ends the element ("</scripts" does not).
            if (end + 8 >= s.Length || s[end + 8] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>') break;
            end += 8;
        }

        var text = s[open..end];
        if (text.IndexOfAny('\r', '\0') < 0) return text.ToString();
        // As the parser reads its input: line breaks made "\n", NUL characters made U+FFFD.
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD');
    }

    /// <summary>The index after the "&gt;" that ends a start tag, skipping quoted attribute values; -1 when it never ends.</summary>
    private static int EndOfStartTag(ReadOnlySpan<char> s, int from)
    {
        char quote = '\0';
        bool valueNext = false;
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }

            if (c == '>') return i + 1;
            if (c == '=') valueNext = true;
            else if (valueNext && c is '"' or '\'') { quote = c; valueNext = false; }
            else if (!char.IsWhiteSpace(c)) valueNext = false;
        }

        return -1;
    }
}
