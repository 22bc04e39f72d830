namespace InterviewParser.Metadata;

/// <summary>
/// Finds a person's title where the page writes it beside the name: "NAME, TITLE" ("Rutger Bregman, Dutch historian
/// and author,"), "NAME is TITLE" ("Felix Stalder ist Professor für …"), and "TITLE NAME" ("Freenet-CEO Christoph
/// Vilanek", "producer Greg Berlanti", "Interview mit Schriftstellerin Sonja Silberhorn").
/// </summary>
internal static class TitleFinder
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "der", "die", "das", "ein", "eine", "einer", "el", "la", "los", "las", "un", "una", "le", "les", "une", "l'",
    };

    // Words that cannot start an apposition (relative pronouns, conjunctions) or stand in a title before a name.
    private static readonly HashSet<string> NotTitle = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "that", "whose", "whom", "where", "when", "and", "or", "but", "with", "from", "to", "of", "in", "on", "at",
        "by", "for", "as", "about", "than", "said", "says", "told", "asked", "according", "says", "welche", "welcher", "und", "oder",
        "mit", "von", "vom", "zu", "zum", "zur", "bei", "im", "in", "an", "am", "auf", "für", "über", "sagt", "sagte", "meint", "erklärt",
        "so", "que", "qui", "quien", "y", "o", "con", "de", "del", "en", "por", "para", "dijo", "et", "ou", "avec", "pour", "dans",
        "selon", "который", "которая", "и", "с", "в", "на", "по", "сказал", "сказала", "interview", "interviews", "gespräch",
        "entrevista", "entretien", "интервью", "is", "was", "ist", "war", "es", "est", "mr", "mrs", "ms", "dr", "herr", "frau",
    };

    private static readonly string[] Copulas = [" is ", " was ", " ist ", " war ", " es ", " fue ", " est ", " était ", " — "];

    /// <summary>Finds the title written beside the name in the texts (searched in order), or <see langword="null"/>.</summary>
    public static string? Find(string name, IReadOnlyList<string> texts)
    {
        return Search(name, texts, Apposition) ?? Search(name, texts, Copula) ?? Search(name, texts, Before);
    }

    private static string? Search(string name, IReadOnlyList<string> texts, Func<string, int, int, string?> pattern)
    {
        foreach (var text in texts)
        {
            int i = 0;
            while ((i = text.IndexOf(name, i, StringComparison.Ordinal)) >= 0)
            {
                int end = i + name.Length;
                bool whole = (i == 0 || !char.IsLetter(text[i - 1])) && (end >= text.Length || !char.IsLetter(text[end]));
                if (whole && pattern(text, i, end) is { } title) return title;
                i = end;
            }
        }

        return null;
    }

    /// <summary>"NAME, TITLE," — the phrase after the comma, up to the next punctuation.</summary>
    private static string? Apposition(string text, int start, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        if (rest.IsEmpty || rest[0] != ',') return null;
        return Phrase(rest[1..]);
    }

    /// <summary>"NAME is TITLE" — the phrase after the copula, up to the next punctuation.</summary>
    private static string? Copula(string text, int start, int end)
    {
        var rest = text.AsSpan(end);
        foreach (var c in Copulas)
        {
            if (rest.StartsWith(c, StringComparison.Ordinal)) return Phrase(rest[c.Length..]);
        }

        return null;
    }

    /// <summary>"TITLE NAME" — up to four title words right before the name.</summary>
    private static string? Before(string text, int start, int end)
    {
        var words = text.AsSpan(0, start).TrimEnd().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int k = words.Length;
        while (k > 0 && words.Length - k < 4 && IsTitleWord(words[k - 1])) k--;
        if (k == words.Length) return null;
        return string.Join(' ', words[k..]);
    }

    private static bool IsTitleWord(string w) =>
        w.Length > 1 && !NotTitle.Contains(w) && !Articles.Contains(w) && !w.Any(char.IsAsciiDigit)
        && char.IsLetter(w[^1]) && char.IsLetter(w[0]) && !NameShapes.IsHonorific(w);

    /// <summary>A title phrase: articles dropped, cut at punctuation, at "-ing" words after the first (English), at most 12 words.</summary>
    private static string? Phrase(ReadOnlySpan<char> s)
    {
        s = s.TrimStart();
        int stop = s.IndexOfAny(",.;:()[]\"“”„!?–—|".AsSpan());
        if (stop >= 0) s = s[..stop];
        var words = s.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Articles.Contains(words[0])) words.RemoveAt(0);
        if (words.Count == 0 || NotTitle.Contains(words[0])) return null;
        int cut = words.FindIndex(1, w => w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && char.IsLower(w[0]));
        if (cut > 0) words = words[..cut];
        if (words.Count > 12 || words.Exists(w => w.Length > 0 && char.IsAsciiDigit(w[0]))) return null;
        string phrase = string.Join(' ', words);
        return phrase.Length >= 3 ? phrase : null;
    }
}
