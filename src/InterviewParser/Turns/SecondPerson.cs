using System.Buffers;
using InterviewParser.Languages;

namespace InterviewParser.Turns;

/// <summary>
/// Finds second-person words (<see cref="Vocabulary.SecondPerson"/>, and formal address only capitalised): interview
/// questions address somebody, while explainers' and FAQs' questions ("What are tariffs?") do not. Finds first-person
/// words (<see cref="Vocabulary.FirstPerson"/>) the same way: an interview's answers speak for somebody, while advice
/// and FAQ answers address the reader.
/// </summary>
internal static class SecondPerson
{
    /// <summary>
    /// The words of the scripts that run words together (Chinese, Japanese): found inside a run of letters, since no
    /// space sets them apart.
    /// </summary>
    private static readonly SearchValues<string> UnspacedSecond = Unspaced(Vocabulary.SecondPerson);

    private static readonly SearchValues<string> UnspacedFirst = Unspaced(Vocabulary.FirstPerson);

    private static readonly SearchValues<string> UnspacedFirstSingular = Unspaced(Vocabulary.FirstPersonSingular);

    private static readonly SearchValues<string> UnspacedFirstPlural = Unspaced(Vocabulary.FirstPersonPlural);

    private static readonly HashSet<string> NoWords = [];

    /// <summary>Whether the text addresses somebody in the second person.</summary>
    public static bool Addresses(string text) => HasWord(text, Vocabulary.SecondPerson, Vocabulary.FormalSecondPerson, UnspacedSecond);

    /// <summary>
    /// Whether the text opens by calling somebody by honorific and name ("Frau Vogt, wie …", "Mr. Berg, what …",
    /// "Herr Dr. Adler, …", "Frau von Berg, …"): a vocative addresses as plainly as a pronoun, in languages whose
    /// questions leave it out.
    /// </summary>
    public static bool CallsByName(string text)
    {
        var s = text.AsSpan().TrimStart();
        var particles = Vocabulary.NameParticlesAnyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        bool honorific = false;
        for (int word = 0; word < MaxVocativeWords; word++)
        {
            int space = s.IndexOf(' ');
            if (space <= 0) return false;
            var w = s[..space];
            if (honorific && w.Length > 2 && w[^1] == ',' && char.IsUpper(w[0])) return true;
            // A surname's particle stands between the honorific and the surname, capitalised or not ("Mevrouw De Vries").
            if (Metadata.NameShapes.IsHonorific(w)) honorific = true;
            else if (!honorific || !particles.Contains(w)) return false;
            s = s[(space + 1)..];
        }

        return false;
    }

    /// <summary>The most words of a vocative before its comma: honorifics, particles and the surname ("Herr Dr. von Berg,").</summary>
    private const int MaxVocativeWords = 5;

    /// <summary>Whether the text speaks in the first person ("I", "we", "ich", "j'ai").</summary>
    public static bool SpeaksForSelf(string text) => HasWord(text, Vocabulary.FirstPerson, NoWords, UnspacedFirst);

    /// <summary>Whether the text speaks in the first person singular ("I", "ich", "creo"), as a person does.</summary>
    public static bool SpeaksAsOne(string text) => HasWord(text, Vocabulary.FirstPersonSingular, NoWords, UnspacedFirstSingular);

    /// <summary>Whether the text speaks in the first person plural ("we", "our", "wir").</summary>
    public static bool SpeaksAsMany(string text) => HasWord(text, Vocabulary.FirstPersonPlural, NoWords, UnspacedFirstPlural);

    private static SearchValues<string> Unspaced(HashSet<string> words) =>
        SearchValues.Create([.. words.Where(w => TextUtil.HasIdeographs(w))], StringComparison.Ordinal);

    /// <summary>
    /// Whether a word of the text is one of <paramref name="words"/> (any case) or <paramref name="exactCase"/> (not where
    /// it is one letter before a full stop, an abbreviation); a word with an apostrophe also counts by its part before it
    /// ("j'ai", "I'm"); ideographs are searched inside runs.
    /// </summary>
    private static bool HasWord(string text, HashSet<string> words, HashSet<string> exactCase, SearchValues<string> unspaced)
    {
        var s = text.AsSpan();
        int i = 0;
        var any = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var cs = exactCase.GetAlternateLookup<ReadOnlySpan<char>>();
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i])) i++;
            int start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || (s[i] is '\'' or '’' && i + 1 < s.Length && char.IsLetter(s[i + 1])))) i++;
            if (i > start)
            {
                var w = s[start..i];
                // A letter standing alone before a full stop is an abbreviation ("u. a.", "z. B."), not a pronoun.
                bool abbreviation = w.Length == 1 && i < s.Length && s[i] == '.';
                if (any.Contains(w) || (cs.Contains(w) && !abbreviation) || TextUtil.HasIdeographs(w) && w.ContainsAny(unspaced))
                {
                    return true;
                }

                int apostrophe = w.IndexOfAny('\'', '’');
                if (apostrophe > 0)
                {
                    if (any.Contains(w[..apostrophe])) return true;
                    // "you’re" as listed with a straight apostrophe ("you're").
                    if (w[apostrophe] == '’' && words.Contains(w.ToString().Replace('’', '\''))) return true;
                }
            }
        }

        return false;
    }
}
