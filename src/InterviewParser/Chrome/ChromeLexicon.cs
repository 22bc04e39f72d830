using System.Buffers;
using InterviewParser.Languages;

namespace InterviewParser.Chrome;

/// <summary>
/// Tests of lines and words against the user-interface language of <see cref="Vocabulary"/> (share, print, text size,
/// follow us, cookie notices, advert labels…): chrome wherever such a phrase stands alone on a line.
/// </summary>
internal static class ChromeLexicon
{
    private static readonly SearchValues<char> TrimChars = SearchValues.Create(" .,:;!|•·-–—»«>›<‹/\\()[]{}*#+=_~\"'");

    /// <summary>Whether a line, taken alone, is a user-interface phrase.</summary>
    public static bool IsChromeLine(ReadOnlySpan<char> line) => IsChromeLine(line, calls: true);

    /// <summary>
    /// Whether a line is chrome only as a call to action opening on its verb ("Listen more than you talk."), and names no
    /// subscription: the one kind of chrome line that advice given in an answer shares its shape with.
    /// </summary>
    public static bool IsChromeOnlyAsCall(ReadOnlySpan<char> line) =>
        !MentionsSubscription(line) && IsChromeLine(line, calls: true) && !IsChromeLine(line, calls: false);

    private static bool IsChromeLine(ReadOnlySpan<char> line, bool calls)
    {
        // The word lists write the apostrophe straight; typeset pages curl it ("Editors’ picks", "Don’t miss").
        var trimmed = TrimPunctuation(line);
        Span<char> folded = trimmed.Length <= FoldedLength && trimmed.ContainsAny(CurlyApostrophes) ? stackalloc char[FoldedLength] : default;
        var t = FoldApostrophes(trimmed, folded);
        if (t.IsEmpty)
        {
            return true;
        }

        if (t.Length <= 40 && Vocabulary.ChromeLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t))
        {
            return true;
        }

        if (t.Length <= MaxButtonRowLength && IsButtonRow(t))
        {
            return true;
        }

        if (t.Length > 180)
        {
            return ChromePatterns.IsCaptionWithCredit(t);
        }

        return StartsWithAny(t, PrefixIndex) || ChromePatterns.Matches(t, bracketed: line.TrimStart() is ['(' or '[', ..], stopped: TextUtil.EndsAsStatementOrQuestion(line), calls: calls);
    }

    /// <summary>The longest row of buttons read word by word.</summary>
    private const int MaxButtonRowLength = 120;

    private static readonly System.Buffers.SearchValues<char> ButtonRowSeparators = System.Buffers.SearchValues.Create(" ,:|·•/");

    /// <summary>
    /// A row of two buttons or more, each word a chrome line of its own ("Share: Facebook WhatsApp Twitter", "Teilen |
    /// Drucken | Mail"): what a share bar prints in any language, its label a button word too, or a phrase that is a
    /// chrome line whole before its colon ("Share this article: Facebook Email").
    /// </summary>
    private static bool IsButtonRow(ReadOnlySpan<char> line)
    {
        var chrome = Vocabulary.ChromeLines.GetAlternateLookup<ReadOnlySpan<char>>();
        int colon = line.IndexOf(':');
        if (colon > 0 && chrome.Contains(line[..colon].Trim()) && colon + 1 < line.Length) line = line[(colon + 1)..];
        int words = 0;
        foreach (var range in line.SplitAny(ButtonRowSeparators))
        {
            var w = line[range];
            if (w.IsEmpty) continue;
            if (!chrome.Contains(w)) return false;
            words++;
        }

        return words >= 2;
    }

    /// <summary>Whether a word names a picture or its source ("Foto", "Titelbild", "Bildquelle", "Photocredit").</summary>
    public static bool IsCreditWord(ReadOnlySpan<char> word)
    {
        if (Vocabulary.PictureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        foreach (var stem in Vocabulary.PictureStems)
        {
            if (word.Length > stem.Length + 2 && word.EndsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
            if (!word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var source in Vocabulary.SourceStems)
            {
                if (word.Length == stem.Length + source.Length && word.EndsWith(source, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line says that something was provided by somebody ("courtesy of", "zur Verfügung gestellt").</summary>
    public static bool MentionsCourtesy(ReadOnlySpan<char> line)
    {
        return Vocabulary.CourtesyPhraseSearch.In(line);
    }

    /// <summary>Whether a word labels a teaser by its medium ("VIDEO", "Fotostrecke").</summary>
    public static bool IsMediaLabel(ReadOnlySpan<char> word) => (ClassOf(word) & WordClass.MediaLabel) != 0;

    // The word classes of the chrome patterns in one table, so that a line's words are looked up once for all of them.
    private static readonly Dictionary<string, WordClass> Classes = BuildClasses();
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> ClassLookup =
        Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words) classes[w] = classes.GetValueOrDefault(w) | c;
        }

        Add(Vocabulary.MinuteWords, WordClass.Minute);
        Add(Vocabulary.ReadingWords, WordClass.Reading);
        Add(Vocabulary.CallToActionVerbs, WordClass.CallToAction);
        Add(Vocabulary.MediaVerbs, WordClass.MediaVerb);
        Add(Vocabulary.ClosingCallVerbs, WordClass.ClosingCallVerb);
        Add(Vocabulary.MediaLabels, WordClass.MediaLabel);
        Add(Vocabulary.PublishedWords, WordClass.Published);
        Add(Vocabulary.FirstWords, WordClass.First);
        Add(Vocabulary.TranscriptWords, WordClass.Transcript);
        Add(Vocabulary.EditorialStateWords, WordClass.EditorialState);
        Add(Vocabulary.RatingWords, WordClass.Rating);
        Add(Vocabulary.ClipboardWords, WordClass.Clipboard);
        Add(Vocabulary.LinkWords, WordClass.Link);
        return classes;
    }

    /// <summary>The classes a word belongs to.</summary>
    public static WordClass ClassOf(ReadOnlySpan<char> word) => ClassLookup.TryGetValue(word, out var c) ? c : WordClass.None;

    /// <summary>The classes of all the words of a line, in one pass.</summary>
    public static WordClass ClassesIn(ReadOnlySpan<char> line)
    {
        var all = WordClass.None;
        foreach (var w in TextUtil.Words(line)) all |= ClassOf(w);
        return all;
    }

    /// <summary>Whether a line ends by sending the reader to the comments ("Tell us in the comments!").</summary>
    public static bool EndsWithCommentCall(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd(" .!?…".AsSpan());
        foreach (var c in Vocabulary.CommentCalls) if (t.EndsWith(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a line names a newsletter, subscription or membership.</summary>
    public static bool MentionsSubscription(ReadOnlySpan<char> line)
    {
        if (Vocabulary.SubscriptionWordSearch.In(line)) return true;
        // A short word ends its word, alone or as a compound's last part ("Abo", "Probeabo", "Abos"), never opens a
        // longer one ("about").
        foreach (var w in TextUtil.Words(line))
        {
            var word = w.Length > 1 && w[^1] is 's' or 'S' ? w[..^1] : w;
            foreach (var s in Vocabulary.ShortSubscriptionWords)
            {
                if (word.EndsWith(s, StringComparison.OrdinalIgnoreCase) || w.EndsWith(s, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    // Phrases grouped by their first letter, so a line is compared only with the phrases that can match it.
    private static readonly Dictionary<char, string[]> PrefixIndex = Index(Vocabulary.ChromeLinePrefixes);
    private static readonly Dictionary<char, string[]> SectionHeadIndex = Index(Vocabulary.ChromeSectionHeads);

    private static Dictionary<char, string[]> Index(string[] phrases) =>
        phrases.GroupBy(p => char.ToLowerInvariant(p[0])).ToDictionary(g => g.Key, g => g.ToArray());

    private static bool StartsWithAny(ReadOnlySpan<char> t, Dictionary<char, string[]> index)
    {
        if (t.IsEmpty || !index.TryGetValue(char.ToLowerInvariant(t[0]), out var candidates)) return false;
        foreach (var p in candidates)
        {
            if (t.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Whether a line is a chrome section's head and nothing else ("Related articles:", "Kommentare"): a UI label, whatever follows it.</summary>
    public static bool IsChromeSectionHeadLine(ReadOnlySpan<char> line)
    {
        var t = TrimPunctuation(line);
        if (t.Length > MaxSectionHeadLineLength) return false;
        Span<char> folded = t.ContainsAny(CurlyApostrophes) ? stackalloc char[MaxSectionHeadLineLength] : default;
        return Vocabulary.ChromeSectionHeadLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(FoldApostrophes(t, folded));
    }

    /// <summary>The longest chrome section head alone on its line.</summary>
    private const int MaxSectionHeadLineLength = 40;

    /// <summary>Whether a heading (or a short "…:" line) opens a boilerplate section: copyright, related links, comments.</summary>
    public static bool IsChromeSectionHead(ReadOnlySpan<char> line)
    {
        var t = TrimPunctuation(line);
        if (t.IsEmpty || t.Length > 80) return false;
        Span<char> folded = t.ContainsAny(CurlyApostrophes) ? stackalloc char[FoldedLength] : default;
        return StartsWithAny(FoldApostrophes(t, folded), SectionHeadIndex);
    }

    /// <summary>The longest line whose curly apostrophes are straightened for the look-ups (longer lines are prose).</summary>
    private const int FoldedLength = 180;

    private static readonly SearchValues<char> CurlyApostrophes = SearchValues.Create("’‘ʼ");

    /// <summary>The text with curly apostrophes made straight, in the buffer when there were any and it is long enough; the text itself otherwise.</summary>
    private static ReadOnlySpan<char> FoldApostrophes(ReadOnlySpan<char> t, Span<char> buffer)
    {
        int at = t.IndexOfAny(CurlyApostrophes);
        if (at < 0 || t.Length > buffer.Length) return t;
        t.CopyTo(buffer);
        var folded = buffer[..t.Length];
        for (int i = at; i < folded.Length; i++)
        {
            if (CurlyApostrophes.Contains(folded[i])) folded[i] = '\'';
        }

        return folded;
    }

    /// <summary>Trims punctuation and separators from both ends.</summary>
    public static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && (TrimChars.Contains(s[a]) || char.IsWhiteSpace(s[a]))) a++;
        while (b > a && (TrimChars.Contains(s[b - 1]) || char.IsWhiteSpace(s[b - 1]))) b--;
        return s[a..b];
    }
}

/// <summary>Kinds of words the chrome patterns look for.</summary>
[Flags]
internal enum WordClass
{
    /// <summary>No kind.</summary>
    None = 0,

    /// <summary>A unit of minutes ("min", "Minuten").</summary>
    Minute = 1,

    /// <summary>A word of reading ("read", "Lesezeit").</summary>
    Reading = 1 << 1,

    /// <summary>An imperative to subscribe, support, donate or register.</summary>
    CallToAction = 1 << 2,

    /// <summary>A verb that sends the reader to read, watch, listen to or download more.</summary>
    MediaVerb = 1 << 3,

    /// <summary>A word that labels a teaser by its medium.</summary>
    MediaLabel = 1 << 4,

    /// <summary>A word saying a text was published.</summary>
    Published = 1 << 5,

    /// <summary>"First" or "originally".</summary>
    First = 1 << 6,

    /// <summary>A word naming a transcript.</summary>
    Transcript = 1 << 7,

    /// <summary>A word about a text's editorial state.</summary>
    EditorialState = 1 << 8,

    /// <summary>A word counting ratings or votes.</summary>
    Rating = 1 << 9,

    /// <summary>The clipboard's name.</summary>
    Clipboard = 1 << 10,

    /// <summary>A word for a link or address.</summary>
    Link = 1 << 11,

    /// <summary>A call or media verb of a language whose calls end on the verb ("abonnieren", "anhören").</summary>
    ClosingCallVerb = 1 << 12,
}
