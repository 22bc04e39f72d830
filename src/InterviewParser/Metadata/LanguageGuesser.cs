using System.Buffers;
using InterviewParser.Languages;

namespace InterviewParser.Metadata;

/// <summary>Reads the declared language, or guesses it from frequent function words.</summary>
internal static class LanguageGuesser
{
    private static readonly (string Tag, HashSet<string> Words)[] Profiles = Vocabulary.CommonWords;

    // Every function word with the profiles it belongs to (bit i: profile i), so a word is looked up once.
    private static readonly Dictionary<string, int> WordLanguages = BuildWordLanguages();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest function word: a longer word is counted without being lowercased and looked up.
    private static readonly int LongestWord = WordLanguages.Keys.Max(w => w.Length);

    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \n\t.,;:!?\"()«»„“”");

    private static Dictionary<string, int> BuildWordLanguages()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Profiles.Length; i++)
        {
            foreach (var w in Profiles[i].Words) map[w] = map.GetValueOrDefault(w) | (1 << i);
        }

        return map;
    }

    /// <summary>The primary subtag of a declared language ("en-US" → "en").</summary>
    public static string? PrimaryTag(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var s = declared.Trim();
        int dash = s.IndexOfAny(['-', '_']);
        var tag = (dash > 0 ? s[..dash] : s).ToLowerInvariant();
        return tag.Length is 2 or 3 && tag.All(char.IsAsciiLetter) ? tag : null;
    }

    /// <summary>How many characters of the text are looked at.</summary>
    private const int Sample = 8000;

    /// <summary>
    /// Guesses the language of a text from its first few thousand characters: by its script where a script is written
    /// by one language (Hangul, kana, Greek, Hebrew, Thai, Georgian, Armenian), else by its frequent function words.
    /// </summary>
    public static string? Guess(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, Sample));
        return ByScript(span) ?? ByWords(span);
    }

    /// <summary>Scripts that one language writes, as ranges of code points; Han and kana are weighed apart.</summary>
    private static readonly (char First, char Last, string Tag)[] Scripts =
    [
        ('\u0370', '\u03FF', "el"), ('\u0530', '\u058F', "hy"), ('\u0590', '\u05FF', "he"), ('\u0E00', '\u0E7F', "th"),
        ('\u10A0', '\u10FF', "ka"), ('\u1100', '\u11FF', "ko"), ('\u3130', '\u318F', "ko"), ('\uAC00', '\uD7AF', "ko"),
    ];

    /// <summary>
    /// The language of a text whose letters are mostly of one language's script. Han characters are Japanese with
    /// kana among them (a tenth at least), Chinese without any.
    /// </summary>
    private static string? ByScript(ReadOnlySpan<char> span)
    {
        int letters = 0, han = 0, kana = 0;
        Span<int> counts = stackalloc int[Scripts.Length];
        foreach (char c in span)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < '\u0370') continue;
            if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (c is >= '\u3040' and <= '\u30FF') kana++;
            else
            {
                for (int i = 0; i < Scripts.Length; i++)
                {
                    if (c >= Scripts[i].First && c <= Scripts[i].Last)
                    {
                        counts[i]++;
                        break;
                    }
                }
            }
        }

        if (han + kana > letters / 2) return kana * 10 >= han + kana ? "ja" : kana == 0 ? "zh" : null;
        for (int i = 0; i < Scripts.Length; i++)
        {
            // A language's ranges add up (Hangul's syllables and jamo).
            int total = 0;
            for (int j = 0; j < Scripts.Length; j++) if (Scripts[j].Tag == Scripts[i].Tag) total += counts[j];
            if (total > letters / 2) return Scripts[i].Tag;
        }

        return null;
    }

    /// <summary>The language whose function words are the most frequent, when they are frequent enough.</summary>
    private static string? ByWords(ReadOnlySpan<char> span)
    {
        Span<int> counts = stackalloc int[Profiles.Length];
        Span<char> lower = stackalloc char[LongestWord];
        int words = 0;
        while (!span.IsEmpty)
        {
            int end = span.IndexOfAny(WordBreaks);
            var w = end < 0 ? span : span[..end];
            span = end < 0 ? default : span[(end + 1)..];
            if (w.IsEmpty) continue;
            words++;
            if (w.Length > lower.Length) continue; // longer than any function word
            int n = w.ToLowerInvariant(lower);
            if (!WordLookup.TryGetValue(lower[..n], out int languages)) continue;
            for (int i = 0; i < Profiles.Length; i++)
            {
                if ((languages & (1 << i)) != 0) counts[i]++;
            }
        }

        int best = -1;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) best = i;
        }

        return best >= 0 && counts[best] * 20 >= words ? Profiles[best].Tag : null;
    }
}
