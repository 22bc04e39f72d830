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

    /// <summary>Guesses the language of a text from its first few thousand characters.</summary>
    public static string? Guess(string text)
    {
        Span<int> counts = stackalloc int[Profiles.Length];
        Span<char> lower = stackalloc char[16];
        int words = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, 8000));
        foreach (var range in span.SplitAny(" \n\t.,;:!?\"()«»„“”"))
        {
            var w = span[range];
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
