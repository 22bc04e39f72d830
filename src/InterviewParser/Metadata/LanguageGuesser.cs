using InterviewParser.Languages;

namespace InterviewParser.Metadata;

/// <summary>Reads the declared language, or guesses it from frequent function words.</summary>
internal static class LanguageGuesser
{
    private static readonly (string Tag, HashSet<string> Words)[] Profiles = Vocabulary.CommonWords;

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
        var counts = new int[Profiles.Length];
        int words = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, 8000));
        foreach (var range in span.SplitAny(" \n\t.,;:!?\"()«»„“”"))
        {
            var w = span[range];
            if (w.IsEmpty) continue;
            words++;
            string lower = w.ToString().ToLowerInvariant();
            for (int i = 0; i < Profiles.Length; i++)
            {
                if (Profiles[i].Words.Contains(lower)) counts[i]++;
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
