using System.Buffers;
using System.Text;

namespace InterviewParser;

/// <summary>Small span-based string helpers shared by the stages.</summary>
internal static class TextUtil
{
    /// <summary>Collapses every run of white space (including no-break spaces) to one space and trims.</summary>
    public static string CollapseWhitespace(string s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Whether text[start..end) stands as a whole word: no letter touches it on either side ("Lund", not "Lunds").</summary>
    public static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end]));

    /// <summary>Counts words: runs of letters or digits, and in Chinese and Japanese text every two characters.</summary>
    public static int CountWords(ReadOnlySpan<char> s) => CountWords(s, lettersOnly: false);

    /// <summary>Counts words as <see cref="CountWords(ReadOnlySpan{char})"/> does, leaving out those of digits only ("4.000 Euro (300 x 36)": 2).</summary>
    public static int CountWordsWithLetters(ReadOnlySpan<char> s) => CountWords(s, lettersOnly: true);

    private static int CountWords(ReadOnlySpan<char> s, bool lettersOnly)
    {
        int words = 0, ideographs = 0;
        bool inWord = false, letter = false;
        foreach (char c in s)
        {
            bool w;
            if (IsIdeographic(c))
            {
                // Chinese and Japanese run words together: two characters count as one word.
                ideographs++;
                w = false;
            }
            else
            {
                w = char.IsLetterOrDigit(c);
                if (w && lettersOnly) letter |= char.IsLetter(c);
            }

            // A word is counted where it ends (and at the end of the text).
            if (!w && inWord && (!lettersOnly || letter)) words++;
            if (!w) letter = false;
            inWord = w;
        }

        if (inWord && (!lettersOnly || letter)) words++;
        return words + (ideographs + 1) / 2;
    }

    /// <summary>The last character that is not a quote, bracket or white space.</summary>
    public static char LastMeaningfulChar(ReadOnlySpan<char> s)
    {
        for (int i = s.Length - 1; i >= 0; i--)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '\u201C' or '\u201D' or '\u2019' or '\u00BB' or '\u00AB' or ')' or ']' or '*' or '\u201E' or '\u201A')
            {
                continue;
            }

            return c;
        }

        return '\0';
    }

    /// <summary>Whether the text starts with any of the phrases, ignoring case.</summary>
    public static bool StartsWithAnyPhrase(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var p in phrases) if (text.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether the text closes a statement or a question (full stop, ellipsis, question mark): neither calls out with an
    /// exclamation mark nor announces with a colon.
    /// </summary>
    public static bool EndsAsStatementOrQuestion(ReadOnlySpan<char> s) => LastMeaningfulChar(s) is '.' or '?' or '…' or '؟' or '。' or '？';

    /// <summary>Whether the text ends like a sentence (full stop, question or exclamation mark, ellipsis, colon).</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> s) => LastMeaningfulChar(s) is '.' or '?' or '!' or '…' or ':' or '؟' or '。' or '？' or '！';

    /// <summary>
    /// Whether a character is written without spaces around it, as Chinese and Japanese run their words together: kana
    /// and the unified ideographs.
    /// </summary>
    public static bool IsIdeographic(char c) => c is >= '\u3040' and <= '\u9FFF';

    /// <summary>Whether the text holds a character of <see cref="IsIdeographic"/>'s scripts.</summary>
    public static bool HasIdeographs(ReadOnlySpan<char> s) => s.ContainsAnyInRange('\u3040', '\u9FFF');

    private static readonly string[] PictureExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"];

    /// <summary>
    /// A picture printed by its file name, as text browsers print a picture without alt text: one word (brackets
    /// around it or not, the name printed twice or not) ending in a picture file's extension ("[dawn.jpg]",
    /// "quay.pngquay.png").
    /// </summary>
    public static bool IsPictureFile(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.Length > 2 && t[0] == '[' && t[^1] == ']') t = t[1..^1];
        if (t.Length < 5 || t.Length > 300 || t.ContainsAny(' ', '\t')) return false;
        foreach (var e in PictureExtensions) if (t.EndsWith(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the text ends with a question mark in any script.</summary>
    public static bool EndsWithQuestionMark(ReadOnlySpan<char> s) => LastMeaningfulChar(s) is '?' or '؟' or '？';

    /// <summary>Whether the text holds a question mark anywhere (Latin, Arabic or full-width).</summary>
    public static bool HasQuestionMark(ReadOnlySpan<char> s) => s.IndexOfAny('?', '؟', '？') >= 0;

    /// <summary>Counts letters that are upper case.</summary>
    public static int CountUpper(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (char.IsUpper(c)) n++;
        }

        return n;
    }

    /// <summary>Whether a character opens a quotation or, in Spanish, a question or exclamation (a title or sentence may start with one).</summary>
    public static bool IsOpeningMark(char c) => c is '"' or '\'' or '“' or '„' or '«' or '‘' or '‚' or '‹' or '¿' or '¡';

    /// <summary>Whether some word of the text begins with a small letter (a line not set in title case, in any language).</summary>
    public static bool HasSmallWord(ReadOnlySpan<char> text)
    {
        foreach (var w in Words(text)) if (char.IsLower(w[0])) return true;
        return false;
    }

    /// <summary>
    /// The words a pull quote repeats: the text without the quotation marks around it and the stop closing it ("where to
    /// stand." of "… where to stand and where to step back").
    /// </summary>
    public static ReadOnlySpan<char> QuotedWords(ReadOnlySpan<char> text) => text.Trim().Trim("\"'“”„«»‘’‚‹›").TrimEnd(".!?…").TrimEnd();

    /// <summary>
    /// Whether a line is one quotation and nothing else: it opens with a quotation mark and closes with one („…“, "…",
    /// «…», ”…” as Swedish and Finnish write it), as a headline that quotes the guest does.
    /// </summary>
    public static bool IsWholeQuotation(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 2 && text[0] is '"' or '“' or '”' or '„' or '«' or '»' or '‚' or '‹' or '›' && text[^1] is '"' or '“' or '”' or '«' or '»' or '‘' or '’' or '‹' or '›';
    }

    /// <summary>
    /// Whether a line is written in sentence case, as running text is: a third of its words or more begin with a small
    /// letter (a title in title case capitalises all but its small words).
    /// </summary>
    public static bool IsSentenceCase(ReadOnlySpan<char> text)
    {
        int counted = 0, lower = 0;
        foreach (var w in Words(text))
        {
            counted++;
            if (char.IsLower(w[0])) lower++;
        }

        return counted > 0 && lower * 3 >= counted;
    }

    /// <summary>The words (runs of letters) of a text, without allocating: <c>foreach (var w in TextUtil.Words(s))</c>.</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>Enumerates the runs of letters in a text.</summary>
    public ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _end;

        internal WordEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            Current = default;
        }

        /// <summary>The current word.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Returns this enumerator.</summary>
        public readonly WordEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next word.</summary>
        public bool MoveNext()
        {
            int i = _end;
            while (i < _text.Length && !char.IsLetter(_text[i])) i++;
            int start = i;
            while (i < _text.Length && char.IsLetter(_text[i])) i++;
            _end = i;
            Current = _text[start..i];
            return i > start;
        }
    }
}
