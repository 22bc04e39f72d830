using InterviewParser.Languages;

namespace InterviewParser.Turns;

/// <summary>
/// Gives numbered speakers ("Speaker 0", "Sprecher 2") the names a transcript lists for them: a speaker who introduces
/// themself ("I'm Jane Roe", "ich bin Jane Roe") with a listed name takes it, and when one numbered speaker and one
/// listed name are left over, they belong together.
/// </summary>
internal static class SelfIntroduction
{
    /// <summary>Renames the numbered speakers' turns after the names they are given.</summary>
    public static void NameNumberedSpeakers(List<TurnDraft> turns, IReadOnlyList<string> knownNames)
    {
        if (knownNames.Count == 0) return;
        var numbered = new List<string>();
        foreach (var t in turns) if (t.Label is { } l && IsNumbered(l) && !numbered.Contains(l)) numbered.Add(l);
        if (numbered.Count == 0) return;

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in turns)
        {
            if (t.Label is not { } label || !numbered.Contains(label) || names.ContainsKey(label)) continue;
            foreach (var p in t.Paragraphs)
            {
                if (Introduced(p, knownNames) is { } name && used.Add(name))
                {
                    names[label] = name;
                    break;
                }
            }
        }

        var leftLabels = numbered.FindAll(l => !names.ContainsKey(l));
        var leftNames = new List<string>();
        foreach (var n in knownNames) if (!used.Contains(n)) leftNames.Add(n);
        if (names.Count > 0 && leftLabels.Count == 1 && leftNames.Count == 1) names[leftLabels[0]] = leftNames[0];
        foreach (var t in turns)
        {
            if (t.Label is { } l && names.TryGetValue(l, out var name)) t.Label = name;
        }
    }

    /// <summary>"Speaker 0", "Sprecher 2", "Guest 1", "SPEAKER_01": a word and a number.</summary>
    internal static bool IsNumbered(string label) => NumberSeparator(label) > 0;

    /// <summary>
    /// Where the number of a numbered speaker's label starts, less one: the space of "Speaker 2", or the underscore that
    /// diarisation tools join word and number with ("SPEAKER_01", "Speaker_1"); -1 for any other label.
    /// </summary>
    internal static int NumberSeparator(string label)
    {
        int at = label.LastIndexOfAny(NumberSeparators);
        return at > 0 && at < label.Length - 1 && label.AsSpan(at + 1).IndexOfAnyExceptInRange('0', '9') < 0
            && (label[at] == ' ' || label.IndexOf(' ') < 0) ? at : -1;
    }

    private static readonly char[] NumberSeparators = [' ', '_'];

    /// <summary>
    /// The name a speaker gives after one of <paramref name="phrases"/> in a paragraph's opening ("I'm Jane Roe", "my guest
    /// today is Tom Berg, …"): two or three name words, or <see langword="null"/>.
    /// </summary>
    internal static string? NameAfter(string paragraph, string[] phrases)
    {
        var head = Opening(paragraph);
        // Captions set in capitals throughout ("JOINED BY THE CITY'S HARBOUR MASTER") give every word a name's shape.
        if (!HasSmallLetter(head)) return null;
        foreach (var phrase in phrases)
        {
            int after = After(head, phrase);
            if (after < 0) continue;
            var words = head[after..].Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
            int from = RoleBefore(words);
            int n = from;
            bool closed = false;
            while (n < words.Length && n - from < 3 && !closed)
            {
                var w = words[n].AsSpan();
                closed = w.Length > 1 && w[^1] is ',' or '.' or ';' or ':' or '!' or '?';
                if (closed) w = w[..^1];
                if (!Metadata.NameShapes.IsNameWord(w) || Metadata.NameShapes.IsHonorific(w)) break;
                n++;
            }

            if (n - from >= 2) return string.Join(' ', words[from..n]).TrimEnd(',', '.', ';', ':', '!', '?');
        }

        return null;
    }

    /// <summary>
    /// How many words of an article and a role noun stand before the name ("the engineer Jane Roe", "the retired
    /// engineer Jane Roe", "der Ingenieur Jan Berg"): the article, one word in small letters at most, and the role; 0 when
    /// the words do not open so.
    /// </summary>
    private static int RoleBefore(string[] words)
    {
        if (words.Length < 4 || !Vocabulary.Articles.Contains(words[0])) return 0;
        int role = words.Length > 4 && IsPlainWord(words[1]) && char.IsLower(words[1][0]) && Metadata.TitleFinder.LooksLikeRole(words[2]) ? 2 : 1;
        return IsPlainWord(words[role]) && Metadata.TitleFinder.LooksLikeRole(words[role]) ? role + 1 : 0;
    }

    /// <summary>A word with no punctuation after it: the sentence goes on.</summary>
    private static bool IsPlainWord(string word) => char.IsLetter(word[^1]);

    private static bool HasSmallLetter(string text)
    {
        foreach (char c in text) if (char.IsLower(c)) return true;
        return false;
    }

    private static string? Introduced(string paragraph, IReadOnlyList<string> knownNames)
    {
        var head = Opening(paragraph);
        foreach (var phrase in Vocabulary.SelfIntroductionsAndSignOns)
        {
            int after = After(head, phrase);
            if (after < 0) continue;
            var rest = head.AsSpan(after);
            foreach (var name in knownNames)
            {
                if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                    && (rest.Length == name.Length || !char.IsLetter(rest[name.Length]))) return name;
            }
        }

        return null;
    }

    /// <summary>How far into a paragraph an introduction is looked for (characters).</summary>
    private const int OpeningLength = 300;

    private static string Opening(string paragraph) => paragraph.Length > OpeningLength ? paragraph[..OpeningLength] : paragraph;

    /// <summary>Where the text goes on after the phrase, which starts a word there (any case); -1 when it is not there.</summary>
    private static int After(string text, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        return at < 0 || (at > 0 && char.IsLetter(text[at - 1])) ? -1 : at + phrase.Length;
    }
}
