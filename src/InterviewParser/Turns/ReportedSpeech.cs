using InterviewParser.Languages;

namespace InterviewParser.Turns;

/// <summary>
/// Paragraphs that report what somebody said instead of saying it: outside their quotations they have no first-person
/// word, and they attribute speech to a third person ("…, Roe said", "she told", "according to Roe", "sier hun"). A
/// story about an interview, or news built on quotes and its own questions, answers in this voice; a guest speaks for
/// themself.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>Whether a paragraph reports speech in the third person and speaks for nobody itself.</summary>
    public static bool IsReported(string paragraph)
    {
        string own = OutsideQuotations(paragraph);
        if (own.Length == 0 || SecondPerson.SpeaksForSelf(own)) return false;
        foreach (var phrase in Vocabulary.AttributionPhrases)
        {
            int at = own.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && NamesSource(own.AsSpan(at + phrase.Length))) return true;
        }

        return Attributes(own);
    }

    /// <summary>
    /// Whether the words after an attribution phrase name a source, capitalised, after an article or not ("according to
    /// Roe", "according to the Harbour Office"); "according to a study" names nobody who speaks.
    /// </summary>
    private static bool NamesSource(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        int space = rest.IndexOf(' ');
        if (space > 0 && Vocabulary.Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest[..space])) rest = rest[(space + 1)..].TrimStart();
        return !rest.IsEmpty && char.IsUpper(rest[0]);
    }

    /// <summary>
    /// The paragraph without its quotations: spans between double quotation marks of any style, and a quotation that
    /// opens the paragraph with a dash (as Scandinavian papers print them) up to its attribution after the last comma.
    /// </summary>
    private static string OutsideQuotations(string paragraph)
    {
        var p = paragraph.AsSpan().TrimStart();
        if (p.Length > 1 && p[0] is '–' or '—' or '-' && p[1] == ' ')
        {
            int comma = p.LastIndexOf(", ");
            return comma > 0 ? p[comma..].ToString() : string.Empty;
        }

        if (p.IndexOfAny(QuotationMarks) < 0) return paragraph;
        var sb = new System.Text.StringBuilder(p.Length);
        bool inside = false;
        foreach (char c in p)
        {
            if (QuotationMarks.Contains(c))
            {
                inside = !inside;
                sb.Append(' ');
            }
            else if (!inside)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”„«»");

    /// <summary>
    /// Whether a verb of saying stands beside its third-person subject: a pronoun or a capitalised name before or after
    /// it ("she said", "Roe said", "said Roe", "dit-il"), or a noun of a word or two after an article before or after it
    /// ("the harbour master said", "said the mayor").
    /// </summary>
    private static bool Attributes(string text)
    {
        var verbs = Vocabulary.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var articles = Vocabulary.Articles.GetAlternateLookup<ReadOnlySpan<char>>();
        var s = text.AsSpan();
        // The three words before the current one, and whether the word before it is a verb of saying.
        Range w1 = default, w2 = default, w3 = default;
        int seen = 0, i = 0;
        bool afterVerb = false;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i])) i++;
            int start = i;
            while (i < s.Length && char.IsLetter(s[i])) i++;
            // A single letter is an elision or a French euphonic "t" ("explique-t-elle"), nobody's subject.
            if (i - start < 2) continue;
            var word = s[start..i];
            // After the verb: its subject, or an article opening it ("said the mayor", "dijo la alcaldesa").
            if (afterVerb && (IsSubject(word) || articles.Contains(word))) return true;
            afterVerb = verbs.Contains(word);
            if (afterVerb && ((seen >= 1 && IsSubject(s[w1])) || (seen >= 2 && articles.Contains(s[w2])) || (seen >= 3 && articles.Contains(s[w3]))))
            {
                return true;
            }

            (w3, w2, w1) = (w2, w1, start..i);
            seen++;
        }

        return false;
    }

    /// <summary>A third-person pronoun, or a capitalised word that does not merely open a sentence ("The", "This").</summary>
    private static bool IsSubject(ReadOnlySpan<char> word) =>
        Pronouns.Contains(word) || (char.IsUpper(word[0]) && !Openers.Contains(word));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Vocabulary.ThirdPersonPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = Vocabulary.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
}
