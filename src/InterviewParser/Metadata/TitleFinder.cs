using InterviewParser.Languages;

namespace InterviewParser.Metadata;

/// <summary>
/// Finds a person's title where the page writes it beside the name: "NAME, TITLE" ("Anna Lund, Norwegian historian
/// and author,"), "NAME is TITLE" ("Tom Berg ist Professor für …"), and "TITLE NAME" ("Hafen-CEO Jane Roe",
/// "producer Tom Berg", "Interview mit Schriftstellerin Anna Lund").
/// </summary>
internal static class TitleFinder
{
    /// <summary>
    /// Finds the title written beside the name in the texts (searched in order), or <see langword="null"/>. A title that
    /// holds one of <paramref name="others"/> (the page's other participants) is a list of people run on after the name
    /// ("A, union organiser B and naval architect C"), not a title.
    /// </summary>
    public static string? Find(string name, IReadOnlyList<string> texts, IReadOnlyList<string>? others = null)
    {
        // The name's whole-word places are found once; the patterns are then tried in order of trust over them.
        var places = new List<(string Text, int Start, int End)>();
        foreach (var text in texts)
        {
            int i = 0;
            while ((i = text.IndexOf(name, i, StringComparison.Ordinal)) >= 0)
            {
                int end = i + name.Length;
                if (TextUtil.IsWholeWord(text, i, end)) places.Add((text, i, end));
                i = end;
            }
        }

        // A phrase with a role word in it wins over one without, wherever it stands: "NAME, Example Press, 220 pages" in a
        // book's note names the publisher, while "Agronomist and grower, NAME …" opening the standfirst gives the role.
        string? unshaped = null;
        foreach (var pattern in Patterns)
        {
            foreach (var (text, start, end) in places)
            {
                if (pattern(text, start, end) is not { } title || NamesAnother(title, name, others)) continue;
                if (HasRoleWord(title)) return Fullest(WithoutElidedArticle(title), places);
                unshaped ??= title;
            }
        }

        if (unshaped is not null) return Fullest(WithoutElidedArticle(unshaped), places);

        return BesideSurname(name, texts);
    }

    private static bool NamesAnother(string title, string name, IReadOnlyList<string>? others)
    {
        if (others is null) return false;
        foreach (var other in others)
        {
            // Full names only: a one-word name ("Arbeiter") may be a word of the language.
            if (other != name && other.Contains(' ') && title.Contains(other, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// The title set beside the surname alone, as a text names its guest in full first and gives the role at the next
    /// mention ("Raman, a professor of engineering at …, says"): in the text that names the guest in full or the one after
    /// it, or opening a short note anywhere ("Petersen, 61, ist …"), only as an apposition or after a copula, and only
    /// where the role word opens the phrase (a surname is often a word of the language too).
    /// </summary>
    private static string? BesideSurname(string name, IReadOnlyList<string> texts)
    {
        int space = name.LastIndexOf(' ');
        if (space <= 0) return null;
        string surname = name[(space + 1)..];
        if (surname.Length < MinSurnameLength || !char.IsUpper(surname[0])) return null;
        bool named = false;
        for (int t = 0; t < texts.Count; t++)
        {
            string text = texts[t];
            bool namedHere = text.Contains(name, StringComparison.Ordinal), near = namedHere || named;
            named = namedHere;
            // Anywhere, a short note that opens with the surname and a copula is about the person ("Petersen, 61, ist
            // Wattführer in Husum."); an apposition there may be another's ("Lund, a director of the port, disagrees").
            bool note = text.StartsWith(surname, StringComparison.Ordinal) && TextUtil.CountWords(text) <= MaxSurnameNoteWords;
            if (!near && !note) continue;
            for (int i = text.IndexOf(surname, StringComparison.Ordinal); i >= 0; i = near ? text.IndexOf(surname, i + surname.Length, StringComparison.Ordinal) : -1)
            {
                int end = i + surname.Length;
                // The full name's own places were looked at already.
                if (!TextUtil.IsWholeWord(text, i, end) || i > space && text.AsSpan(i - space - 1, space + 1).SequenceEqual(name.AsSpan(0, space + 1))) continue;
                if (OpensWithRole(text.AsSpan(end)) && (near ? Apposition(text, i, end) ?? Copula(text, i, end) : Copula(text, i, end)) is { } title)
                {
                    return WithoutElidedArticle(title);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words after a surname open an apposition or a copula's title with its role: ", a professor …", ", die
    /// Leiterin …", " is the director …" — the role word first, after at most an article. A role word in small letters
    /// needs what completes it ("professor of …") unless it is an occupation; an adjective that merely ends like a role
    /// ("erster") has neither.
    /// </summary>
    private static bool OpensWithRole(ReadOnlySpan<char> rest)
    {
        // "Petersen, 61, ist …": an age between the surname and the copula or apposition is skipped.
        var after = AfterAge(rest.TrimStart(), out bool aged);
        bool comma = after.StartsWith(",") || aged;
        var words = after.TrimStart(',').ToString().Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        int at = 0;
        if (words.Length > 0 && IsCopula(words[0])) at = 1;
        else if (!comma) return false;
        // "ist seit 2019 Lotsin": the year she became it, as the copula's pattern skips it.
        if (at == 1 && words.Length > at + 2 && Vocabulary.TitleEnds.Contains(words[at]) && words[at + 1].TrimEnd(',') is { Length: 4 } year
            && year.All(char.IsAsciiDigit)) at += 2;
        if (words.Length > at && Vocabulary.Articles.Contains(words[at])) at++;
        // The role word may follow an adjective or two in small letters ("staatlich geprüfter Wattführer", "senior lecturer").
        for (int k = at; k < Math.Min(words.Length - 1, at + MaxAdjectivesBeforeRole + 1); k++)
        {
            string role = words[k].TrimEnd(','), next = words[k + 1];
            if (!role.All(c => char.IsLetter(c) || c == '-')) return false;
            if (LooksLikeRole(role) && (char.IsUpper(role[0]) || Vocabulary.Occupations.Contains(role) || IsGrammarWord(next))) return true;
            if (!char.IsLower(role[0]) || IsGrammarWord(role) || words[k].EndsWith(',')) return false;
        }

        return false;
    }

    /// <summary>The most words of a note on a person that opens with the surname: a sentence or two.</summary>
    private const int MaxSurnameNoteWords = 40;

    /// <summary>How many adjectives may stand between the article or copula and the role word after a surname.</summary>
    private const int MaxAdjectivesBeforeRole = 2;

    /// <summary>The shortest surname looked for alone ("Li" and "Ng" are words inside too many others' sentences).</summary>
    private const int MinSurnameLength = 3;

    /// <summary>
    /// The title without an article elided onto its first word ("L'historienne" → "historienne"), as the language's
    /// article list writes it ("l'"), either apostrophe.
    /// </summary>
    private static string WithoutElidedArticle(string title)
    {
        if (!HasElidedArticle(title)) return title;
        string rest = title[(title.AsSpan().IndexOfAny('\'', '’') + 1)..];
        return LooksLikeRole(rest.Split(' ')[0]) ? rest : title; // "l'un des …" keeps its article
    }

    /// <summary>Whether a word or phrase opens with an article elided onto its first word ("l'archiviste", "L’historienne").</summary>
    private static bool HasElidedArticle(string text)
    {
        int mark = text.AsSpan().IndexOfAny('\'', '’');
        return mark > 0 && mark + 1 < text.Length && char.IsLetter(text[mark + 1]) && !text.AsSpan(0, mark).Contains(' ')
            && Vocabulary.Articles.Contains(text[..mark] + "'");
    }

    /// <summary>Places looked at for a fuller form of a title: a name is introduced near the top.</summary>
    private const int MaxPlacesForFullerTitle = 24;

    /// <summary>
    /// The same title written out more fully elsewhere: "Leiterin Vertrieb" in the headline, "Leiterin vom
    /// Vertrieb bei ACME e.V." in the standfirst. A fuller form holds every word of the first; the longest wins.
    /// </summary>
    private static string Fullest(string title, List<(string Text, int Start, int End)> places)
    {
        var words = TitleWords(title);
        string best = title;
        int bestWords = words.Length;
        for (int i = 0; i < places.Count && i < MaxPlacesForFullerTitle; i++)
        {
            var (text, start, end) = places[i];
            if (Apposition(text, start, end) is not { } other) continue;
            var otherWords = TitleWords(other);
            if (otherWords.Length <= bestWords || otherWords.Length > 12) continue;
            bool holdsAll = true;
            foreach (var w in words) holdsAll &= Array.Exists(otherWords, o => string.Equals(o, w, StringComparison.OrdinalIgnoreCase));
            if (holdsAll)
            {
                best = other;
                bestWords = otherWords.Length;
            }
        }

        return best;
    }

    private static string[] TitleWords(string title) => title.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly Func<string, int, int, string?>[] Patterns = [CaptionLine, Apposition, IntroducedBefore, Copula, Before, RoleBeforeComma, SentenceOpening];

    /// <summary>
    /// "the union's spokesman, NAME," / "its director, NAME.": the role set before the name as an apposition, after an
    /// article or a possessive, the name closing the phrase. The role word ends the phrase; up to two words before it
    /// qualify it ("the harbour's new director, NAME").
    /// </summary>
    private static string? RoleBeforeComma(string text, int start, int end)
    {
        if (end < text.Length && text[end] is not (',' or '.' or ';' or ')')) return null;
        var words = WordsBefore(text, start);
        if (words.Length < 2 || words[^1] is not [.., ','] || words[^1].Length < 3) return null;
        string role = words[^1][..^1];
        if (!IsTitleWord(role) || !char.IsLower(role[0]) || !LooksLikeRole(role)) return null;
        int k = words.Length - 1;
        while (k > 0 && words.Length - 1 - k < 2 && IsTitleWord(words[k - 1]) && char.IsLower(words[k - 1][0])) k--;
        if (k == 0 || !(Vocabulary.Articles.Contains(words[k - 1]) || Vocabulary.ThirdPersonPossessives.Contains(words[k - 1]))) return null;
        return string.Join(' ', words[k..^1].Append(role));
    }

    /// <summary>The shortest word read as the qualifier of a role noun ("seed librarian", "ferry captain").</summary>
    private const int MinQualifierLength = 4;

    /// <summary>
    /// A role the text refers to the guest by, without the name: "die Schauspielerin", "der Regisseur", "the actress".
    /// German role nouns after der/die with a person's ending (-in, -eur, -ist, -or, a long -er); in other languages
    /// a short list of occupations after the article, and in English with a qualifier between ("the ferry captain").
    /// Only the first such reference is taken.
    /// </summary>
    public static string? FindRoleReference(IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                string article = words[i], noun = words[i + 1];
                bool runsOn = words.Length > i + 2 && words[i + 2] is { Length: > 0 } next && char.IsLower(next[0]);
                // A clause on the guest follows the role after a comma ("La actriz, que estrena …", "the architect, who …").
                bool clause = noun.Length > 1 && noun[^1] == ',' && runsOn;
                if (clause) noun = noun[..^1];
                // English sets a qualifier before the occupation or role noun, both in small letters: "the ferry captain says",
                // "the marine biologist on …" (the Romance languages set it after: "la presidenta electa").
                // A qualifier of three letters is an adjective more often than a noun ("the new coach").
                if (!clause && i + 2 < words.Length && EnglishArticles.Contains(article) && noun.Length >= MinQualifierLength && char.IsLower(noun[0])
                    && char.IsLetter(noun[^1]) && !IsGrammarWord(noun) && !Vocabulary.NotTitleWords.Contains(noun) && words[i + 2] is var role
                    && char.IsLower(role[0]) && char.IsLetter(role[^1]) && (Vocabulary.Occupations.Contains(role) || Vocabulary.RoleNouns.Contains(role))
                    && (i + 3 == words.Length || char.IsLower(words[i + 3][0])))
                {
                    return WithOrganisation(noun + " " + role, words, i + 3, false);
                }

                // The role runs on into the sentence ("the actress says"), or closes a title ("Five minutes with a beekeeper").
                if (noun.Length < 5 || !char.IsLetter(noun[^1]) || !(runsOn || i + 2 == words.Length)) continue;
                bool german = article is "der" or "die" or "Der" or "Die" && char.IsUpper(noun[0]) && IsGermanPersonNoun(article, noun);
                bool other = Vocabulary.Articles.Contains(article) && char.IsLower(noun[0]) && Vocabulary.Occupations.Contains(noun);
                if (german || other) return clause ? noun : WithOrganisation(noun, words, i + 2, german);
            }
        }

        return null;
    }

    /// <summary>
    /// The role with the organisation named after it: "la directora del Teatro Principal", "die Chefin der Hafenbehörde",
    /// "the curator of the City Museum". A linking word (a German genitive article too), at most one article, then
    /// capitalised words up to the first word in small letters or a punctuation mark.
    /// </summary>
    private static string WithOrganisation(string noun, string[] words, int next, bool german)
    {
        int end = next;
        while (end < words.Length && (Vocabulary.OrganisationLinks.Contains(words[end]) || (german && words[end] is "der" or "des")))
        {
            int k = end + 1;
            if (k < words.Length && Vocabulary.Articles.Contains(words[k])) k++;
            int first = k;
            while (k < words.Length && char.IsUpper(words[k][0]) && char.IsLetter(words[k][0]))
            {
                k++;
                if (!char.IsLetter(words[k - 1][^1])) break; // "Theatre," closes the name
            }

            if (k == first) break;
            end = k;
        }

        if (end == next) return noun;
        return (noun + " " + string.Join(' ', words[next..end])).TrimEnd(',', '.', ';', ':', '!', '?');
    }

    // Feminine role nouns end in -in ("die Kapitänin"); these -in nouns are things ("die Disziplin", "die Medizin").
    private static readonly string[] ThingEndings = ["lin", "zin", "ein", "min", "rin"];

    private static bool IsGermanPersonNoun(string article, string noun)
    {
        string w = noun.ToLowerInvariant();
        if (article is "die" or "Die")
        {
            return (w.EndsWith("erin", StringComparison.Ordinal) || (w.Length >= 7 && w.EndsWith("in", StringComparison.Ordinal)
                && !Array.Exists(ThingEndings, e => w.EndsWith(e, StringComparison.Ordinal)))) && !w.EndsWith("ein", StringComparison.Ordinal);
        }

        return w.EndsWith("eur", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("autor", StringComparison.Ordinal)
            || (w.EndsWith("er", StringComparison.Ordinal) && w.Length >= 9);
    }

    /// <summary>
    /// A caption or name plate that is nothing but the name and the title: "Jan Roe CDO Example", "Jan Roe – Autorin".
    /// A text scrape may repeat the plate ("Jan Roe CDO Example Jan Roe CDO Example"): the title ends at the repeat.
    /// </summary>
    private static string? CaptionLine(string text, int start, int end)
    {
        if (text.Length > 120 || !text.AsSpan(0, start).IsWhiteSpace()) return null;
        var rest = text.AsSpan(end).TrimStart(" ,–—|/".AsSpan());
        string name = text[start..end];
        int repeat = rest.IndexOf(name.AsSpan(), StringComparison.Ordinal);
        if (repeat >= 0) rest = rest[..repeat];
        rest = rest.Trim();
        if (rest.IsEmpty || rest.IndexOfAny(".:;!?()[]\"“”„".AsSpan()) >= 0) return null;
        var words = rest.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || !IsTitleWord(words[0]) || !LooksLikeRole(words[0])) return null; // not "Jane Roe Knows Best"
        foreach (var w in words)
        {
            if (w.Any(char.IsAsciiDigit)) return null;
        }

        return string.Join(' ', words);
    }

    private static bool IsInitialsOf(string shortForm, ReadOnlySpan<char> name)
    {
        int k = 0;
        foreach (var part in name.Split(' '))
        {
            var w = name[part];
            if (w.IsEmpty) continue;
            if (k >= shortForm.Length || char.ToLowerInvariant(w[0]) != char.ToLowerInvariant(shortForm[k])) return false;
            k++;
        }

        return k == shortForm.Length;
    }

    /// <summary>How many characters a plate's dashed title may hold beyond its phrase (an article the phrase drops: "die ").</summary>
    private const int MaxPlateArticleLength = 4;

    /// <summary>"NAME, TITLE," — the phrase after the comma, up to the next punctuation.</summary>
    private static string? Apposition(string text, int start, int end)
    {
        // "NAME (34), TITLE" / "NAME, 34, TITLE": the age is skipped; so are the initials a transcript labels the name
        // with ("Jane Roe (JR), harbour pilot").
        var rest = AfterAge(AfterInitials(text.AsSpan(end).TrimStart(), text.AsSpan(start, end - start)), out bool aged);
        if (rest.IsEmpty) return null;
        // "The harbour's director, NAME, said …": the title stood before the name, and what follows is the sentence.
        if (rest[0] == ',' && !aged && SentenceOpening(text, start, end) is not null) return null;
        // After a skipped age the phrase must hold a role word: "NAME, 42, persuaded her" is the sentence going on; so must
        // a phrase in a question, where the name is called ("NAME, how long is a night at the observatory?").
        // So must a phrase that closes the sentence of a name called at its start, or after a speaker's label ("NAME, thank
        // you.", "Host: NAME, vielen Dank."): an address, as a host's last line says it.
        if (rest[0] == ',')
        {
            int stop = rest.IndexOfAny(".?!");
            bool asked = stop >= 0 && rest[stop] == '?';
            if (Phrase(rest[1..]) is not { } phrase) return null;
            var before = text.AsSpan(0, start).TrimEnd();
            bool called = stop >= 0 && (before.IsEmpty || before[^1] is '.' or '!' or '?' or ':') && rest[1..stop].Trim().Length == phrase.Length;
            return !(aged || asked || called) || phrase.Split(' ').Any(LooksLikeRole) ? phrase : null;
        }
        // "NAME – TITLE" (a dash in a caption or teaser) and "NAME (TITLE)": only when the phrase is shaped like a title.
        // A line that opens with the name and a dash and runs on past the phrase is the name's speech ("NAME – The noise
        // of the generator, day and night. …"), not a plate ("NAME – Kapitänin").
        if (rest[0] is '–' or '—' || rest.StartsWith("- "))
        {
            if (Phrase(rest[1..]) is not { } dashed || !dashed.Split(' ').Any(LooksLikeRole)) return null;
            bool opens = text.AsSpan(0, start).IsWhiteSpace();
            return opens && rest[1..].Trim().TrimEnd(".!".AsSpan()).Length > dashed.Length + MaxPlateArticleLength ? null : dashed;
        }

        if (rest[0] == '(' && rest.IndexOf(')') is int end2 and > 1)
        {
            string inner = rest[1..end2].ToString().Trim();
            var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "Jane Roe (JR)" gives the short form a transcript labels the speaker with, not a title.
            bool initials = words.Length == 1 && inner.Length <= 4 && IsInitialsOf(inner, text.AsSpan(start, end - start));
            return words.Length is >= 1 and <= 8 && !initials && Array.Exists(words, LooksLikeRole) && !inner.Any(char.IsAsciiDigit) ? inner : null;
        }

        return null;
    }

    /// <summary>The text after the name's initials in brackets ("(JR), harbour pilot" → ", harbour pilot"), or the text.</summary>
    private static ReadOnlySpan<char> AfterInitials(ReadOnlySpan<char> rest, ReadOnlySpan<char> name)
    {
        int close = rest.IndexOf(')');
        if (rest.Length < 4 || rest[0] != '(' || close is < 3 or > 5) return rest;
        return IsInitialsOf(rest[1..close].ToString(), name) && close + 1 < rest.Length && rest[close + 1] == ',' ? rest[(close + 1)..] : rest;
    }

    /// <summary>
    /// The text after an age printed behind a name — "(34)", ", 34," or ", 34 years," (a number and one word) — or the
    /// text itself when no age is printed there.
    /// </summary>
    internal static ReadOnlySpan<char> AfterAge(ReadOnlySpan<char> rest, out bool aged)
    {
        aged = false;
        if (rest.Length > 3 && rest[0] == '(' && rest.IndexOf(')') is int close and > 1 and <= 4 && !rest[1..close].ContainsAnyExceptInRange('0', '9'))
        {
            aged = true;
            return rest[(close + 1)..].TrimStart();
        }

        if (rest.Length > 1 && rest[0] == ',' && rest[1..].TrimStart() is var afterComma && afterComma.Length > 2 && char.IsAsciiDigit(afterComma[0])
            && afterComma.IndexOf(',') is int next and > 0 and <= 3 + MaxAgeWordLength && IsAge(afterComma[..next]))
        {
            aged = true;
            return afterComma[next..];
        }

        return rest;
    }

    /// <summary>The longest word that may follow an age's number ("anos", "years", "Jahre").</summary>
    private const int MaxAgeWordLength = 6;

    /// <summary>A number of one to three digits, optionally followed by one word of letters.</summary>
    private static bool IsAge(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is 0 or > 3) return false;
        var word = s[digits..].Trim();
        foreach (char c in word) if (!char.IsLetter(c)) return false;
        return word.Length == 0 || digits < s.Length && char.IsWhiteSpace(s[digits]);
    }

    /// <summary>Whether a word is one of the copulas ("is", "ist", "é"): "NAME, 45, is …" goes on as a sentence.</summary>
    internal static bool IsCopula(string word)
    {
        foreach (var c in Vocabulary.Copulas) if (c.AsSpan().Trim().Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The longest bracket between a name and its copula: a birthplace and year, a party, an age.</summary>
    private const int MaxBracketBeforeCopula = 40;

    /// <summary>"NAME is TITLE" — the phrase after the copula, up to the next punctuation.</summary>
    private static string? Copula(string text, int start, int end)
    {
        // "NAME (45) is TITLE", "NAME (Leeds, 1975) is TITLE", "NAME, 45, is TITLE": a bracket or an age is skipped.
        var rest = text.AsSpan(end);
        var trimmed = rest.TrimStart();
        int close = trimmed is ['(', ..] ? trimmed.IndexOf(')') : -1;
        bool skipped = close is > 1 and <= MaxBracketBeforeCopula;
        var after = (skipped ? trimmed[(close + 1)..] : AfterAge(trimmed, out skipped)).TrimStart().TrimStart(',').TrimStart();
        foreach (var c in Vocabulary.Copulas)
        {
            if (!skipped && rest.StartsWith(c, StringComparison.Ordinal)) return RoleShaped(Phrase(AfterYearSince(rest[c.Length..])));
            if (skipped && after.StartsWith(c.AsSpan(1), StringComparison.Ordinal)) return RoleShaped(Phrase(AfterYearSince(after[(c.Length - 1)..])));
        }

        // "NAME works as a midwife": the verb says that an occupation follows, whatever its shape.
        foreach (var c in Vocabulary.OccupationCopulas)
        {
            if (!skipped && rest.StartsWith(c, StringComparison.Ordinal)) return Phrase(rest[c.Length..], occupation: true);
            if (skipped && after.StartsWith(c.AsSpan(1), StringComparison.Ordinal)) return Phrase(after[(c.Length - 1)..], occupation: true);
        }

        return null;
    }

    /// <summary>
    /// The text after a year that opens it with the word that dates it ("seit 2019 Professorin …", "since 2019, director
    /// …"): a time set between the copula and the title.
    /// </summary>
    private static ReadOnlySpan<char> AfterYearSince(ReadOnlySpan<char> s)
    {
        var t = s.TrimStart();
        int space = t.IndexOf(' ');
        if (space <= 0 || !Vocabulary.TitleEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t[..space])) return s;
        var rest = t[(space + 1)..].TrimStart();
        int year = 0;
        while (year < rest.Length && char.IsAsciiDigit(rest[year])) year++;
        return year == 4 && (rest.Length == 4 || rest[4] is ' ' or ',') ? rest[4..].TrimStart(',') : s;
    }

    /// <summary>
    /// The phrase when one of its first <see cref="RoleReach"/> words names a role ("director of …", "senior lecturer at
    /// …", "Professorin für …"): after a copula a sentence states anything ("was nineteen when she first took a
    /// trawler", "is happy with …"), a title only among other things.
    /// </summary>
    private static string? RoleShaped(string? phrase)
    {
        if (phrase is null) return null;
        var words = phrase.Split(' ');
        for (int i = 0; i < Math.Min(RoleReach, words.Length); i++)
        {
            if (LooksLikeRole(words[i]) || Vocabulary.Occupations.Contains(words[i].ToLowerInvariant())) return phrase;
        }

        return null;
    }

    /// <summary>Whether any word of a phrase names a role or an occupation.</summary>
    private static bool HasRoleWord(string phrase)
    {
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (LooksLikeRole(word) || Vocabulary.Occupations.Contains(word.ToLowerInvariant())) return true;
        }

        return false;
    }

    /// <summary>How many words into a phrase after a copula its role word may stand ("now senior lecturer").</summary>
    private const int RoleReach = 3;

    /// <summary>"die Bloggerin NAME", "with producer NAME": one title word between an article or preposition and the name.</summary>
    private static string? IntroducedBefore(string text, int start, int end)
    {
        var words = WordsBefore(text, start);
        if (words.Length < 2 || !IsTitleWord(words[^1]) || !Vocabulary.TitleIntroducers.Contains(words[^2]) || !LooksLikeRole(words[^1])) return null;
        return words[^1];
    }

    /// <summary>"TITLE NAME" — up to three title words right before the name, all capitalised or all lower case.</summary>
    private static string? Before(string text, int start, int end)
    {
        var words = WordsBefore(text, start);
        int k = words.Length;
        bool? upper = null;
        while (k > 0 && words.Length - k < 4)
        {
            // "Bank of England Governor", "Friends of the Harbour Founder": a linking word inside a capitalised organisation's name.
            if (upper == true && k >= 2 && words.Length - k < 3 && Vocabulary.OrganisationLinks.Contains(words[k - 1]) && IsTitleWord(words[k - 2]) && char.IsUpper(words[k - 2][0])
                && (k < 3 || !IsTitleWord(words[k - 3]) || !char.IsUpper(words[k - 3][0])))
            {
                k -= 2;
                continue;
            }

            if (!IsTitleWord(words[k - 1])) break;
            bool u = char.IsUpper(words[k - 1][0]);
            // "Marine biologist NAME" opening the sentence: the capital is the sentence's, the phrase is lower case.
            if (upper == false && u && k == words.Length - 1 && SentenceStartsAt(words, k - 1, text, start) && !IsGrammarWord(words[k - 1])
                && !Vocabulary.DiscourseWords.Contains(words[k - 1]))
            {
                k--;
                break;
            }

            if (upper is { } first && first != u) break;
            if (!u && words.Length - k >= 3) break; // four words only in a capitalised title ("Senior Vice President Global Sales")
            upper = u;
            k--;
            if (HasElidedArticle(words[k])) break; // "l'archiviste": the article opens the phrase
        }

        // "la bióloga marina NAME", "professor emeritus NAME": a lower-case role noun with one word qualifying it after.
        bool qualified = k <= words.Length - 2 && !char.IsUpper(words[^1][0]) && LooksLikeRole(words[^2]) && !IsGrammarWord(words[^1]);
        if (k == words.Length || !(LooksLikeRole(words[^1]) || qualified)) return null;
        if (!LooksLikeRole(words[^1])) k = words.Length - 2; // the role noun and its qualifier, nothing before them
        if (k > 0 && Vocabulary.TitleEnds.Contains(words[k - 1])) return null; // "in Berlin NAME": a place, not a title
        // "Maler und Autor NAME", "writer and director NAME": two roles joined by a conjunction.
        // "Hafen- und Schifffahrtsexperte NAME": the first part of a shared compound ends in a hyphen.
        if (k >= 3 && k == words.Length - 1 && Vocabulary.Conjunctions.Contains(words[k - 1])
            && ((IsTitleWord(words[k - 2]) && LooksLikeRole(words[k - 2])) || IsSuspendedCompound(words[k - 2]))
            && char.IsUpper(words[k - 2][0]) == char.IsUpper(words[^1][0]))
        {
            k -= 2;
        }

        // "der niederländische Historiker NAME", "the Dutch historian NAME": one word qualifying the role between the article
        // and the role noun belongs to the title; a German adjective takes the form it has without the article.
        string? qualifier = null;
        if (k >= 2 && IsTitleWord(words[k - 1]) && !IsGrammarWord(words[k - 1]) && Vocabulary.Articles.Contains(words[k - 2])
            && !Vocabulary.PraiseWords.Contains(words[k - 1]) && char.IsUpper(words[k - 1][0]) != char.IsUpper(words[k][0])
            && !(GermanArticles.Contains(words[k - 2]) && char.IsUpper(words[k - 1][0])))
        {
            k--;
            qualifier = WithoutArticleEnding(words[k], words[k - 1], words[^1]);
        }

        // "veteran showrunner NAME": praise is not part of the title.
        while (k < words.Length - 1 && Vocabulary.PraiseWords.Contains(words[k])) k++;
        return qualifier is null ? string.Join(' ', words[k..]) : qualifier + " " + string.Join(' ', words[(k + 1)..]);
    }

    /// <summary>
    /// A German adjective in the form it takes before a person's role without an article: "der niederländische
    /// Historiker" → "niederländischer", "einem sozialistischen Arbeiter" → "sozialistischer", "der dänischen
    /// Meeresbiologin" → "dänische" (a role ending in -in is a woman's). Other words are returned as written.
    /// </summary>
    internal static string WithoutArticleEnding(string adjective, string article, string role)
    {
        if (!GermanArticles.Contains(article) || !char.IsLower(adjective[0]) || !char.IsUpper(role[0])) return adjective;
        string stem = adjective.EndsWith("en", StringComparison.Ordinal) ? adjective[..^2] : adjective.EndsWith('e') ? adjective[..^1] : adjective;
        if (stem.Length == adjective.Length || stem.Length < 3) return adjective;
        return stem + (role.EndsWith("in", StringComparison.Ordinal) ? "e" : "er");
    }

    /// <summary>The English articles, before a qualifier and a role noun ("the ferry captain").</summary>
    private static readonly HashSet<string> EnglishArticles = new(English.Words.Articles, StringComparer.OrdinalIgnoreCase);

    /// <summary>The German articles before a role, in every case, whose adjective ending the title drops.</summary>
    private static readonly HashSet<string> GermanArticles = new(German.Words.Articles.Concat(German.Words.TitleArticles), StringComparer.OrdinalIgnoreCase);

    private static bool IsSuspendedCompound(string w) => w.Length > 3 && w[^1] == '-' && char.IsLetter(w[0]) && char.IsLetter(w[^2]);

    /// <summary>
    /// "TITLE of ORG NAME …" opening a sentence: "Генеральный директор Института каспийского сотрудничества Сергей
    /// Михеев ответил …", "Chief economist of the Harbour Bank Jane Roe said …", also with a comma before the name
    /// ("Directrice du port, NAME revient …"). One of the first two words has a role's shape; at most ten words.
    /// </summary>
    private static string? SentenceOpening(string text, int start, int end)
    {
        int from = start;
        while (from > 0 && start - from < 160 && text[from - 1] is not ('.' or '!' or '?' or '\n' or ':' or '"' or '“' or '„')) from--;
        if (start - from >= 160) return null;
        var words = text[from..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Director of the harbour, NAME": the comma that sets the name apart from its title.
        if (words.Length > 0 && words[^1].Length > 1 && words[^1][^1] == ',') words[^1] = words[^1][..^1];
        // A title opens with its role or a qualifier, not with a preposition ("In einer Wohnung am Park lebt NAME").
        if (words.Length is < 2 or > 10 || !char.IsUpper(words[0][0])
            || Vocabulary.FunctionWords.Contains(words[0]) || Vocabulary.Locatives.Contains(words[0])) return null;
        // "The new head of the port, NAME, …": past the article the role may stand after one qualifier; the article goes.
        if (words.Length > 2 && !LooksLikeRole(words[1]) && LooksLikeRole(words[2]) && Vocabulary.TitleArticles.Contains(words[0])) words = words[1..];
        // "Its director, NAME": the possessive goes as an article does.
        if (words.Length >= 2 && Vocabulary.ThirdPersonPossessives.Contains(words[0]) && LooksLikeRole(words[1])) words = words[1..];
        if (!(LooksLikeRole(words[0]) || LooksLikeRole(words[1])) || Array.Exists(words, w => w.EndsWith(','))) return null;
        if (Turns.InterviewWords.Find(string.Join(' ', words)) is not null) return null; // "Jane Roe interviews NAME" is a sentence, not a title
        // "Fisher for thirty years, NAME …", "Marin depuis trente ans, NAME …": the title ends before its span of time;
        // "Capitaine du port depuis 2016, NAME …": before the year it counts from.
        int span = Array.FindIndex(words, 1, w => Vocabulary.SpanWords.Contains(w) || IsYear(w));
        for (int k = span - 1; k >= Math.Max(1, span - MaxSpanWords); k--)
        {
            if (!Vocabulary.TitleEnds.Contains(words[k]) && !Vocabulary.FunctionWords.Contains(words[k])) continue;
            words = words[..k];
            break;
        }

        // Other figures make the words a sentence's ("In 2019 …", "Three of 40 …"), not a title.
        return Array.Exists(words, w => w.Any(char.IsAsciiDigit)) ? null : string.Join(' ', words);
    }

    /// <summary>A year as a title's span counts from it: four digits, 1900–2099.</summary>
    private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsAsciiDigit) && w[..2] is "19" or "20";

    /// <summary>The most words from a time preposition to the word of years or months it measures ("desde hace veinte años").</summary>
    private const int MaxSpanWords = 3;

    /// <summary>A word of six letters or more in small letters ending in "-ed" ("recorded", "conducted"): English's past participle.</summary>
    private static bool IsPastParticiple(string w) =>
        w.Length >= 6 && w.EndsWith("ed", StringComparison.Ordinal) && w.All(char.IsLower);

    /// <summary>An article, function word or locative preposition, in any case.</summary>
    private static bool IsGrammarWord(string w) =>
        Vocabulary.Articles.Contains(w) || Vocabulary.FunctionWords.Contains(w) || Vocabulary.Locatives.Contains(w);

    /// <summary>Whether a word introduces a title noun right before a name ("die", "the", "with", "mit").</summary>
    internal static bool IsIntroducer(string word) => Vocabulary.TitleIntroducers.Contains(word);

    /// <summary>Whether a word has the shape of a role noun ("Fotografin", "producer", "Hafen-CEO", "showrunner").</summary>
    internal static bool LooksLikeRole(string word)
    {
        var w = word.TrimEnd('.', ',', ';', ':');
        if (IsGrammarWord(w)) return false; // "einer", "unter": a role's ending, but an article and a preposition
        int dash = w.LastIndexOf('-');
        if (dash >= 0 && dash + 1 < w.Length) w = w[(dash + 1)..];
        if (w.Length is >= 2 and <= 5 && w.All(char.IsUpper)) return true; // CEO, CTO, MdB
        if (Vocabulary.RoleNouns.Contains(w)) return true;
        string lower = w.ToLowerInvariant();
        if (Vocabulary.Occupations.Contains(lower)) return true; // "historian", "musician": occupations no ending covers
        foreach (var e in Vocabulary.RoleEndings)
        {
            if ((lower.Length > e.Length + 2 || (e.Length >= 6 && lower.Length == e.Length)) && lower.EndsWith(e, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The words right before a position (a bounded look-back, so long texts cost no more than short ones).</summary>
    private static string[] WordsBefore(string text, int start)
    {
        int from = Math.Max(0, start - 160);
        var span = text.AsSpan(from, start - from).TrimEnd();
        var words = span.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return from > 0 && words.Length > 0 ? words[1..] : words; // the first word may be cut
    }

    /// <summary>Whether the word at <paramref name="index"/> of <see cref="WordsBefore"/> opens its sentence.</summary>
    private static bool SentenceStartsAt(string[] words, int index, string text, int start) =>
        index > 0 ? words[index - 1] is [.., '.' or '!' or '?' or ':'] : start <= 160 && text.AsSpan(0, start).TrimStart().StartsWith(words[index]);

    // "Our reporter NAME", "That's Senator NAME": a pronoun ("our", "unser", "your") or a word of the sentence contracted
    // with "is" opens no title.
    private static bool IsTitleWord(string w) =>
        w.Length > 1 && !Vocabulary.NotTitleWords.Contains(w) && !Vocabulary.Articles.Contains(w) && !w.Any(char.IsAsciiDigit)
        && char.IsLetter(w[^1]) && char.IsLetter(w[0]) && !NameShapes.IsHonorific(w)
        && !Vocabulary.FirstPerson.Contains(w) && !Vocabulary.SecondPerson.Contains(w) && !IsContractedNotTitleWord(w);

    private static bool IsContractedNotTitleWord(string w) =>
        w.Length > 2 && w[^1] is 's' && w[^2] is '\'' or '’' && Vocabulary.NotTitleWords.Contains(w[..^2]);

    /// <summary>Where a title phrase ends: at punctuation, but not at the full stops of an abbreviation ("C.E.O.", "Dr.").</summary>
    private static int PhraseEnd(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.')
            {
                // "C.E.O.": a letter right before and a letter with a full stop right after, or the stop closing one.
                // "e.V.", "S.A.": the same with single letters of either case.
                bool inAbbreviation = i > 0 && char.IsLetter(s[i - 1]) && (i < 2 || !char.IsLetter(s[i - 2]) || s[i - 2] == '.')
                    && ((i + 2 < s.Length && char.IsLetter(s[i + 1]) && s[i + 2] == '.') || (i >= 2 && s[i - 2] == '.'));
                if (!inAbbreviation) return i;
                continue;
            }

            // "author of "The Quiet Sea"": a quoted work after a role's word closes the phrase with its closing mark.
            if (c is '"' or '“' or '„' && i > 0 && s[i - 1] == ' ' && QuoteClose(s, i) is int close and > 0 && HasRoleWord(s[..i])) return close + 1;

            if (",;:()[]\"“”„!?–—|".Contains(c)) return i;
        }

        return -1;
    }

    private static bool HasRoleWord(ReadOnlySpan<char> s)
    {
        foreach (var range in s.Split(' '))
        {
            if (s[range].Length > 0 && LooksLikeRole(s[range].ToString())) return true;
        }

        return false;
    }

    /// <summary>The longest quoted work kept inside a title phrase.</summary>
    private const int MaxQuotedWork = 80;

    /// <summary>Where the quotation opened at <paramref name="open"/> closes, or -1 when it does not close soon.</summary>
    private static int QuoteClose(ReadOnlySpan<char> s, int open)
    {
        int limit = Math.Min(s.Length, open + MaxQuotedWork);
        for (int j = open + 1; j < limit; j++)
        {
            if (s[open] == '"' ? s[j] == '"' : s[j] is '”' or '“') return j;
        }

        return -1;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a participle that opens a clause of its own (English "-ing"): after a
    /// role noun ("an engineer building …") or before a preposition or article ("… working in …"). After an article,
    /// preposition or adjective and before a noun it names a kind of thing inside the title ("a leading bank", "head of
    /// marketing", "a popular plotting library").
    /// </summary>
    private static bool OpensParticipleClause(List<string> words, int i)
    {
        string w = words[i], before = words[i - 1];
        if (w.Length <= 5 || !char.IsLower(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal) || IsGrammarWord(before)) return false;
        if (LooksLikeRole(before)) return true;
        // "professor of civil engineering at …": a noun in -ing inside the phrase a preposition opened is the field's name.
        for (int k = 1; k < i - 1; k++)
        {
            if (IsGrammarWord(words[k])) return false;
        }

        return i + 1 < words.Count && IsGrammarWord(words[i + 1]);
    }

    /// <summary>
    /// A title phrase: articles dropped, cut at punctuation, at a participle's clause (English), at most 12 words;
    /// a single word only where it is shaped like a role, or where <paramref name="occupation"/> says an occupation follows.
    /// </summary>
    private static string? Phrase(ReadOnlySpan<char> s, bool occupation = false)
    {
        s = s.TrimStart();
        int stop = PhraseEnd(s);
        if (stop >= 0) s = s[..stop];
        var words = s.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        bool germanArticle = words.Count > 0 && words[0].ToLowerInvariant() is "der" or "die" or "das" or "ein" or "eine";
        string? article = null;
        while (words.Count > 0 && Vocabulary.Articles.Contains(words[0]))
        {
            article = words[0];
            words.RemoveAt(0);
        }

        // "NAME, its founder, …": a possessive before the role goes as an article does.
        if (words.Count >= 2 && Vocabulary.ThirdPersonPossessives.Contains(words[0]) && LooksLikeRole(words[1])) words.RemoveAt(0);
        // "einem sozialistischen Arbeiter": the adjective in the form it takes without the article.
        if (article is not null && words.Count >= 2) words[0] = WithoutArticleEnding(words[0], article, words[1]);
        if (words.Count == 0 || Vocabulary.NotTitleWords.Contains(words[0]) || IsCopula(words[0])) return null;
        // "Jane Roe, you wrote …": a name called out, and the sentence goes on to the person addressed.
        if (Vocabulary.SecondPerson.Contains(words[0]) || Vocabulary.FormalSecondPerson.Contains(words[0])) return null;
        // After der/die/das a German title ends in a noun; a relative clause ends in its verb ("die gerade vom Hafen kam").
        if (germanArticle && !char.IsUpper(words[^1][0])) return null;
        // A title ends before a place or time ("in Kiel", "since 2019"), before a relative clause ("who has fished …") and
        // before a participle's clause ("a nurse working in …").
        int cut = 0;
        for (int i = 1; i < words.Count && cut == 0; i++)
        {
            if (OpensParticipleClause(words, i) || Vocabulary.TitleEnds.Contains(words[i]) || Vocabulary.RelativePronouns.Contains(words[i])) cut = i;
        }

        if (cut > 0) words = words[..cut];
        // "recorded on the mountain", "an oral history conducted in 2011": an English past participle before a function
        // word or at the phrase's end opens a clause about the person; a title before it stands only with a role word.
        for (int i = 0; i < words.Count; i++)
        {
            if (!IsPastParticiple(words[i]) || (i + 1 < words.Count && !IsGrammarWord(words[i + 1]))) continue;
            if (!words.Take(i).Any(LooksLikeRole)) return null;
            words = words[..i];
            break;
        }

        // "for 20 years", "depuis 2009": a word in lower case before a number opens a span of time or a count, not the title's.
        int count = words.FindIndex(1, w => w.Length > 0 && char.IsAsciiDigit(w[0]) && w.All(char.IsAsciiDigit));
        if (count > 1 && char.IsLower(words[count - 1][0])) words = words[..(count - 1)];
        // "Historikerin und lebt in Wien", "historian and lives in Vienna": a conjunction after the role word and before a
        // word in lower case that is no role joins the next clause, not a second role ("Malerin und Autorin", "writer and
        // director"); after other words it joins their objects ("professor of history and economics").
        int clause = words.FindIndex(1, w => Vocabulary.Conjunctions.Contains(w));
        if (clause > 0 && clause + 1 < words.Count && LooksLikeRole(words[clause - 1]) && char.IsLower(words[clause + 1][0]) && !LooksLikeRole(words[clause + 1]))
        {
            words = words[..clause];
        }
        if (words.Count > 12 || words.Exists(w => w.Length > 0 && char.IsAsciiDigit(w[0]))) return null;
        // "gerade mit „…“": a phrase cut off after a preposition is a sentence going on, not a title.
        if (IsGrammarWord(words[^1])) return null;
        // A single word after the comma is a title only when it is shaped like one ("Hauptdarstellerin, Anna Lund, gesprochen").
        if (words.Count == 1 && !occupation && !LooksLikeRole(words[0])) return null;
        string phrase = string.Join(' ', words);
        return phrase.Length >= 3 ? phrase : null;
    }
}
