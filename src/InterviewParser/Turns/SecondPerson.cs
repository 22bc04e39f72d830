namespace InterviewParser.Turns;

/// <summary>
/// Second-person words in the supported languages: interview questions address somebody, while explainers'
/// and FAQs' questions ("What are tariffs?") do not.
/// </summary>
internal static class SecondPerson
{
    private static readonly HashSet<string> AnyCase = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "ya",
        "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure", "euren",
        "usted", "ustedes", "tú", "tu", "te", "ti", "contigo", "vosotros", "vosotras", "os", "vuestro", "vuestra", "tus", "tuyo",
        "vous", "votre", "vos", "toi", "ton", "ta", "tes",
        "вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вами", "вашего", "вашей", "ты", "тебя", "тебе", "твой", "твоя", "твои", "тобой",
        "sən", "siz", "sizin", "sizi", "sizə", "deg", "din", "dine", "dere",
    };

    // German formal address is capitalised; lower-case "sie"/"ihr" mean she/they/her.
    private static readonly HashSet<string> CaseSensitive = new(StringComparer.Ordinal)
    {
        "Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres",
    };

    /// <summary>Whether the text addresses somebody in the second person.</summary>
    public static bool Addresses(string text)
    {
        var s = text.AsSpan();
        int i = 0;
        var any = AnyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        var cs = CaseSensitive.GetAlternateLookup<ReadOnlySpan<char>>();
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i])) i++;
            int start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || (s[i] is '\'' or '’' && i + 1 < s.Length && char.IsLetter(s[i + 1])))) i++;
            if (i > start)
            {
                var w = s[start..i];
                if (any.Contains(w) || cs.Contains(w))
                {
                    return true;
                }

                if (w.Contains('’'))
                {
                    var plain = w.ToString().Replace('’', '\'');
                    if (AnyCase.Contains(plain)) return true;
                }
            }
        }

        return false;
    }
}
