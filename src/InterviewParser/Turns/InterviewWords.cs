using System.Buffers;
using InterviewParser.Languages;

namespace InterviewParser.Turns;

/// <summary>
/// Finds the words with which a page announces that it is an interview ("Interview mit …", "in conversation with …",
/// "3 Fragen an …", "entrevista") and the credits for its questions; the words are the languages' (<see cref="Vocabulary"/>).
/// Single words match whole words and, for the compounding languages' "interview", the end of a compound
/// ("Doppelinterview"); phrases match two words in a row.
/// </summary>
internal static class InterviewWords
{
    /// <summary>
    /// "Q&amp;A": the word names a format of questions and answers, which explainers and FAQs call themselves too, not a
    /// conversation with somebody.
    /// </summary>
    public const string FormatWord = "Q&A";

    /// <summary>The first interview word or phrase in the text, or <see langword="null"/>.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Contains(FormatWord, StringComparison.OrdinalIgnoreCase) || text.Contains("Q & A", StringComparison.OrdinalIgnoreCase)) return FormatWord;
        var words = Vocabulary.InterviewWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var s = text.AsSpan();
        ReadOnlySpan<char> previous = default;
        foreach (var w in TextUtil.Words(s))
        {
            if (words.Contains(w) || IsCompound(w))
            {
                return w.ToString();
            }

            if (TextUtil.HasIdeographs(w) && Unspaced(w) is { } inRun) return inRun;

            if (!previous.IsEmpty && IsPhrase(previous, w, Vocabulary.InterviewPhrases))
            {
                return $"{previous} {w}";
            }

            previous = w;
        }

        return null;
    }

    /// <summary>The interview word the text opens with ("Interview: NAME", "Entrevista de NAME"), or <see langword="null"/>.</summary>
    public static string? OpensWith(string text)
    {
        var s = text.AsSpan().TrimStart();
        int end = 0;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        var w = s[..end];
        return end > 0 && (Vocabulary.InterviewWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || IsCompound(w)) ? w.ToString() : null;
    }

    /// <summary>
    /// Whether a short line is a credit for the interview: it opens with an interview word ("Interview: NAME") or a
    /// credit phrase stands among its first three words ("Die Fragen stellte NAME").
    /// </summary>
    public static bool IsCredit(string text) => CreditedPart(text) is not null;

    /// <summary>
    /// What a credit for the interview (<see cref="IsCredit"/>) says after its opening, where the names stand
    /// ("Interview: Jane Roe, Example Magazine" → "Jane Roe, Example Magazine"; "Die Fragen stellte Tom Berg" → "Tom
    /// Berg"), or null when the line is no credit.
    /// </summary>
    public static string? CreditedPart(string text)
    {
        var t = text.AsSpan().TrimStart("*· ".AsSpan());
        if (TextUtil.CountWords(t) > 25 || TextUtil.EndsWithQuestionMark(t)) return null;
        int colon = t.IndexOf(':');
        if (colon is > 0 and < 20 && OpensWith(t.ToString()) is not null) return t[(colon + 1)..].Trim().ToString();
        ReadOnlySpan<char> previous = default;
        for (int i = 0, n = 0; i < t.Length && n < 3;)
        {
            while (i < t.Length && !char.IsLetter(t[i])) i++;
            int start = i;
            while (i < t.Length && char.IsLetter(t[i])) i++;
            if (i == start) break;
            n++;
            var w = t[start..i];
            // The names follow the phrase, after a colon or not ("Moderation: Jane Roe").
            if (!previous.IsEmpty && IsPhrase(previous, w, Vocabulary.QuestionCreditPhrases)) return WithoutAgentPreposition(t[i..].TrimStart(':').Trim()).ToString();
            // A credit of one word opens the line ("Беседовала Анна Лунд").
            if (n == 1 && IsPhrase(w, default, Vocabulary.QuestionCreditPhrases)) return WithoutAgentPreposition(t[i..].TrimStart(':').Trim()).ToString();
            previous = w;
        }

        return null;
    }

    /// <summary>A credit's names without the preposition before them ("par Jane Roe" → "Jane Roe", "by Jane Roe").</summary>
    private static ReadOnlySpan<char> WithoutAgentPreposition(ReadOnlySpan<char> part)
    {
        foreach (var p in Vocabulary.AgentPrepositions)
        {
            var word = p.AsSpan().Trim();
            if (part.Length > word.Length + 1 && part.StartsWith(word, StringComparison.OrdinalIgnoreCase) && part[word.Length] == ' ') return part[(word.Length + 1)..].TrimStart();
        }

        return part;
    }

    /// <summary>
    /// The interview words of the scripts that run words together (Chinese, Japanese): found inside a run of letters
    /// ("记者日前专访了…"), since no space sets them apart.
    /// </summary>
    private static readonly string[] UnspacedWords = [.. Vocabulary.InterviewWords.Where(w => TextUtil.HasIdeographs(w))];

    private static readonly SearchValues<string> UnspacedSearch = SearchValues.Create(UnspacedWords, StringComparison.Ordinal);

    /// <summary>The first unspaced interview word inside the run, or <see langword="null"/>.</summary>
    private static string? Unspaced(ReadOnlySpan<char> run)
    {
        int at = run.IndexOfAny(UnspacedSearch);
        if (at < 0) return null;
        string? found = null;
        // The longest word that stands there ("採訪者" before "採訪").
        foreach (var w in UnspacedWords)
        {
            if (run[at..].StartsWith(w, StringComparison.Ordinal) && w.Length > (found?.Length ?? 0)) found = w;
        }

        return found;
    }

    private static bool IsCompound(ReadOnlySpan<char> w) => w.Length > 9 && w.EndsWith("interview", StringComparison.OrdinalIgnoreCase);

    private static bool IsPhrase(ReadOnlySpan<char> first, ReadOnlySpan<char> second, (string, string)[] phrases)
    {
        if (first.Length > 16 || second.Length > 16) return false;
        Span<char> a = stackalloc char[first.Length], b = stackalloc char[second.Length];
        first.ToLowerInvariant(a);
        second.ToLowerInvariant(b);
        foreach (var (x, y) in phrases)
        {
            if (a.SequenceEqual(x) && b.SequenceEqual(y)) return true;
        }

        return false;
    }
}
