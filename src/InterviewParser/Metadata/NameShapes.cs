using System.Text;
using InterviewParser.Languages;

namespace InterviewParser.Metadata;

/// <summary>Shape tests for personal names: capitalised words, initials, particles, honorifics.</summary>
internal static class NameShapes
{
    private static HashSet<string> Particles => Languages.Vocabulary.NameParticles;

    /// <summary>Whether a word is a name part: starts upper case (or is an initial), letters, hyphens, apostrophes.</summary>
    public static bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsUpper(w[0])) return false;
        if (w.Length == 2 && w[1] == '.') return true;
        int upper = 0;
        foreach (char c in w)
        {
            if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return false;
            if (char.IsUpper(c)) upper++;
        }

        // A contraction or possessive ("I'm", "Dan's") is not a name part; "O'Brien" is.
        int apostrophe = w.IndexOfAny('\'', '’');
        if (apostrophe >= 0 && apostrophe + 1 < w.Length && w.Length - apostrophe <= 3 && !char.IsUpper(w[apostrophe + 1])) return false;

        // ALL-CAPS words longer than 4 letters are shouted labels or acronyms rather than names, unless short.
        return w.Length <= 4 || upper < w.Length - 1 || w.Length >= 3;
    }

    /// <summary>
    /// Whether a label is a name in a script without capitals: two to <see cref="MaxUnspacedNameChars"/> Chinese or Japanese
    /// characters or Korean syllables and nothing else ("王芳", "山田花子", "김민수"). Such a name has no shape of its own; a
    /// caller counts it as a speaker's only where it labels turns.
    /// </summary>
    public static bool IsUnspacedName(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > MaxUnspacedNameChars) return false;
        foreach (char c in w)
        {
            if (!TextUtil.IsIdeographic(c) && c is not (>= '\uAC00' and <= '\uD7AF')) return false;
        }

        return true;
    }

    /// <summary>The most characters of a name written without capitals (a family and given name with an honorific).</summary>
    private const int MaxUnspacedNameChars = 5;

    /// <summary>
    /// Whether a word is too long to be a given name: one of more than <see cref="MaxGivenNameLetters"/> letters without
    /// a hyphen. In languages that capitalise nouns, a compound noun before a proper name ("Partnerorganisation Nordhafen")
    /// has a name's shape, and compounds run long where given names do not (hyphenated ones, "Hans-Christian", may).
    /// </summary>
    public static bool IsTooLongForGivenName(ReadOnlySpan<char> w) => w.Length > MaxGivenNameLetters && !w.Contains('-');

    /// <summary>The most letters of an unhyphenated given name (the longest in use have about a dozen).</summary>
    private const int MaxGivenNameLetters = 14;

    /// <summary>Two to four letters, two of them capitals ("JR", "AvL"): initials, not a short name ("Al").</summary>
    public static bool LooksLikeInitials(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 4) return false;
        int upper = 0;
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c)) upper++;
        }

        return upper >= 2;
    }

    /// <summary>The first letter of each part of a name ("Anna van Lund" → "AvL", "Jean-Paul Roe" → "JPR"), or empty past eight.</summary>
    public static string InitialsOf(string name)
    {
        Span<char> buffer = stackalloc char[8];
        int n = 0;
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (n == buffer.Length) return string.Empty;
            buffer[n++] = part[0];
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// The one run of name words in a text whose first letters spell initials in capitals ("AL" → "Anna Lund"), or null
    /// when none or two different names do.
    /// </summary>
    public static string? NameSpelling(string initials, string text)
    {
        if (initials.Length is < 2 or > 3 || !LooksLikeInitials(initials) || !initials.All(char.IsUpper)) return null;
        string? found = null;
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + initials.Length <= words.Length; i++)
        {
            if (words[i][0] != initials[0]) continue;
            bool spells = true;
            for (int k = 0; k < initials.Length && spells; k++)
            {
                string w = words[i + k].TrimEnd(NameEndPunctuation);
                // The name ends with its last word: only that one may carry a comma or stop after it.
                spells = w.Length > 1 && w[0] == initials[k] && IsNameWord(w) && !w.Contains('.')
                         && (k == initials.Length - 1 || w.Length == words[i + k].Length);
            }

            if (!spells) continue;
            // A run of capitalised words that goes on ("Dank Social Media …") is a longer name or a noun phrase, not this one.
            int after = i + initials.Length;
            if (after < words.Length && words[after - 1].Length == words[after - 1].TrimEnd(NameEndPunctuation).Length
                && IsNameWord(words[after].TrimEnd(NameEndPunctuation))) continue;
            string name = string.Join(' ', words[i..after]).TrimEnd(NameEndPunctuation);
            if (found is not null && found != name) return null;
            found = name;
        }

        return found;
    }

    // "Jane Roe*": an asterisk marks a footnote ("name changed"), not part of the name.
    private static readonly char[] NameEndPunctuation = [',', '.', ';', ':', '!', '?', ')', '"', '\'', '’', '”', '»', '*'];

    /// <summary>
    /// The name a paragraph opens by calling before a comma ("Tom, …", "Mrs Lund, …" gives "Lund"): one name word, after
    /// an honorific or not, that is no discourse word ("So, …"); null when the paragraph calls nobody so.
    /// </summary>
    public static string? CalledName(string paragraph)
    {
        int comma = paragraph.IndexOf(',');
        if (comma <= 1 || comma > 30) return null;
        var words = paragraph[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Frau Lund, …", and a role noun used as one ("Professor Lund, …", "Presidente Ruiz, …").
        if (words.Length == 2 && (IsHonorific(words[0]) || char.IsUpper(words[0][0]) && Vocabulary.RoleNouns.Contains(words[0]))) words = words[1..];
        return words.Length == 1 && IsNameWord(words[0]) && words[0].Length > 1 && !Vocabulary.DiscourseWords.Contains(words[0]) ? words[0] : null;
    }

    /// <summary>Whether a word is an honorific (Mr, Dr., Prof, Frau …).</summary>
    public static bool IsHonorific(ReadOnlySpan<char> w) => Vocabulary.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.TrimEnd('.'));

    /// <summary>
    /// The text with the dot of an abbreviated honorific before a name taken out ("mit Dr. Jane Roe" → "mit Dr Jane
    /// Roe"), so that a phrase read up to the end of its sentence does not stop inside the name.
    /// </summary>
    public static string WithoutHonorificDots(string text)
    {
        StringBuilder? sb = null;
        int from = 0;
        for (int dot = text.IndexOf(". ", StringComparison.Ordinal); dot > 0; dot = text.IndexOf(". ", dot + 1, StringComparison.Ordinal))
        {
            int start = dot;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == dot || (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(') || dot + 2 >= text.Length
                || !char.IsUpper(text[dot + 2]) || !IsHonorific(text.AsSpan(start, dot - start))) continue;
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, from, dot - from);
            from = dot + 1;
        }

        return sb is null ? text : sb.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>A line that is only a person's name: 2–4 name words (particles allowed), nothing else.</summary>
    public static bool LooksLikeBareName(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4) return false;
        int names = 0;
        foreach (var p in parts)
        {
            if (IsNameWord(p) && !IsAllUpperLong(p)) names++;
            else if (!Particles.Contains(p)) return false;
        }

        return names >= 2;
    }

    /// <summary>
    /// A phrase with its words written in capitals only given in ordinary case ("JANE ROE UND TOM BERG" → "Jane Roe und
    /// Tom Berg"): list joiners and name particles in lower case, other words capitalised. Other words stay as written.
    /// </summary>
    public static string OrdinaryCase(string phrase)
    {
        var words = phrase.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (w.Length < 2 || TextUtil.CountUpper(w) < 2 || w.Any(char.IsLower)) continue;
            string lower = w.ToLowerInvariant();
            bool joiner = Array.Exists(Vocabulary.ListJoiners, j => j.AsSpan().Trim().SequenceEqual(lower));
            if (joiner || Particles.Contains(lower))
            {
                words[i] = lower;
                continue;
            }

            // Each part of a double name capitalised ("HANS-PETER" → "Hans-Peter").
            var chars = lower.ToCharArray();
            for (int k = 0; k < chars.Length; k++) if (k == 0 || chars[k - 1] == '-') chars[k] = char.ToUpperInvariant(chars[k]);
            words[i] = new string(chars);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Whether a word is a particle that only names use ("van", "von", "bin"): written small between a name's words, and
    /// not an article or preposition of running text as "de", "der" or "la" also are.
    /// </summary>
    public static bool IsNameOnlyParticle(string w) => w is "van" or "von" or "bin" or "ter" or "ten";

    /// <summary>"Name, Title" bylines and captions.</summary>
    public static bool LooksLikeNameWithTitle(string line)
    {
        int comma = line.IndexOf(',');
        return comma > 0 && comma < 40 && LooksLikeBareName(line[..comma].Trim());
    }

    private static bool IsAllUpperLong(string p) => p.Length > 3 && TextUtil.CountUpper(p) == p.Length;

    /// <summary>
    /// Splits "TITLE NAME" into its parts by taking the trailing run of 2–4 name words ("General Director of the
    /// Institute for Coastal Studies Jane Roe" → name "Jane Roe"). Returns false when the
    /// phrase does not end in a name.
    /// </summary>
    public static bool TrySplitTrailingName(string phrase, out string name, out string? title)
    {
        name = string.Empty;
        title = null;
        var parts = phrase.Trim().TrimEnd('.', ',', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int end = parts.Length;
        int startName = end;
        // Name words are counted without the particles between them ("Jan van der Berg" has two).
        int nameWords = 0;
        while (startName > 0 && nameWords < 4 && (IsNameWord(parts[startName - 1]) || (startName < end && Particles.Contains(parts[startName - 1]))))
        {
            startName--;
            if (!Particles.Contains(parts[startName])) nameWords++;
        }

        while (startName < end && Particles.Contains(parts[startName])) startName++;
        // Leave an honorific out of the name ("Dr. Jane Roe" → "Jane Roe").
        while (startName < end && IsHonorific(parts[startName]))
        {
            startName++;
            nameWords--;
        }

        if (nameWords < 2 || end - startName < 2)
        {
            return false;
        }

        // If more than two name words stand at the end, the first may belong to the title ("… Studies Jane Roe",
        // "ACME-Gründerin Jane Roe"). After a role noun, three name words are one name ("Energie-Expertin Anna Maria
        // Roe", "la ministra Ana López Ruiz"): two given names, or two surnames.
        if (nameWords == 4 && IsRoleWord(parts[startName]) && !IsRoleWord(parts[startName + 1]))
        {
            startName++;
        }
        else if (nameWords > 2 && ((startName > 0 && !IsHonorific(parts[startName - 1])) || parts[startName].Contains('-') || IsAllUpperLong(parts[startName])))
        {
            // The surname with its particles and the word before them ("architect Jan van der Berg" → "Jan van der Berg").
            startName = end - 1;
            while (startName > 1 && Particles.Contains(parts[startName - 1])) startName--;
            startName--;
        }

        name = string.Join(' ', parts[startName..end]);
        int titleEnd = startName;
        while (titleEnd > 0 && IsHonorific(parts[titleEnd - 1])) titleEnd--;
        title = titleEnd > 0 ? string.Join(' ', parts[..titleEnd]).Trim(' ', ',', '-', '–') : null;
        if (title is { Length: 0 }) title = null;
        return true;
    }

    /// <summary>A capitalised role noun standing first in a run of name-shaped words ("Energie-Expertin", "CEO", "Direktorin").</summary>
    internal static bool IsRoleWord(string word) => word.Length > 0 && (word.Contains('-') || IsAllUpperLong(word) || TitleFinder.LooksLikeRole(word));
}
