using System.Buffers;
using InterviewParser.Languages;

namespace InterviewParser.Turns;

/// <summary>
/// Finds second-person words (<see cref="Vocabulary.SecondPerson"/>, and formal address only capitalised): interview
/// questions address somebody, while explainers' and FAQs' questions ("What are tariffs?") do not.
/// </summary>
internal static class SecondPerson
{
    /// <summary>
    /// The second-person words of the scripts that run words together (Chinese, Japanese): found inside a run of
    /// letters, since no space sets them apart.
    /// </summary>
    private static readonly SearchValues<string> Unspaced =
        SearchValues.Create([.. Vocabulary.SecondPerson.Where(w => TextUtil.HasIdeographs(w))], StringComparison.Ordinal);

    /// <summary>Whether the text addresses somebody in the second person.</summary>
    public static bool Addresses(string text)
    {
        var s = text.AsSpan();
        int i = 0;
        var any = Vocabulary.SecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        var cs = Vocabulary.FormalSecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i])) i++;
            int start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || (s[i] is '\'' or '’' && i + 1 < s.Length && char.IsLetter(s[i + 1])))) i++;
            if (i > start)
            {
                var w = s[start..i];
                if (any.Contains(w) || cs.Contains(w) || TextUtil.HasIdeographs(w) && w.ContainsAny(Unspaced))
                {
                    return true;
                }

                if (w.Contains('’'))
                {
                    var plain = w.ToString().Replace('’', '\'');
                    if (Vocabulary.SecondPerson.Contains(plain)) return true;
                }
            }
        }

        return false;
    }
}
