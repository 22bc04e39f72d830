using InterviewParser.Blocks;
using InterviewParser.Languages;
using InterviewParser.Model;
using InterviewParser.Turns;

namespace InterviewParser.Metadata;

/// <summary>Names: the person the page is about, full names for short labels, the written form of a label.</summary>
internal static partial class ParticipantExtractor
{
    /// <summary>A short ALL-CAPS label ("DAN") as the page writes the name in its prose ("Dan"), if it does.</summary>
    private static string WrittenForm(string label, string context)
    {
        if (TextUtil.CountUpper(label) != label.Count(char.IsLetter)) return label;
        int i = 0;
        while ((i = context.IndexOf(label, i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = i + label.Length;
            var found = context.AsSpan(i, label.Length);
            if (TextUtil.IsWholeWord(context, i, end) && char.IsUpper(found[0]) && found[1..].ContainsAnyInRange('a', 'z')) return found.ToString();
            i = end;
        }

        return label;
    }

    /// <summary>
    /// "Schauspielerin Jane Roe" read as one three-word name, "Jazz Pianist Jane Roe" as one of four (a Title-Case
    /// headline capitalises the role's qualifier too): the words up to the last one with a role's shape are a title
    /// when the page names the person without them more often than with them. Two words are left for the name.
    /// </summary>
    private static ParticipantDraft SplitLeadingRole(ParticipantDraft p, string context)
    {
        var words = p.Name.Split(' ');
        for (int k = words.Length - 2; k >= 1; k--)
        {
            if (!TitleFinder.LooksLikeRole(words[k - 1])) continue;
            string title = string.Join(' ', words, 0, k), rest = string.Join(' ', words, k, words.Length - k);
            if (CountWord(context, rest) <= CountWord(context, p.Name)) return p;
            return new ParticipantDraft(rest, p.Role, p.Title ?? title);
        }

        return p;
    }

    private static string ResolveFullName(string label, string context, List<ParticipantDraft> known) => ResolveFullName(label, context, known, false);

    /// <param name="label">The label.</param>
    /// <param name="context">The page's text.</param>
    /// <param name="known">The participants found so far.</param>
    /// <param name="surname">The label followed an honorific, so it is a surname: only a given name before it completes it.</param>
    private static string ResolveFullName(string label, string context, List<ParticipantDraft> known, bool surname)
    {
        // "Ms. Roe" is resolved as "Roe", and stays as written when that finds nobody.
        int space = label.IndexOf(' ');
        if (space > 0 && NameShapes.IsHonorific(label.AsSpan(0, space)) && label.IndexOf(' ', space + 1) < 0)
        {
            string resolved = ResolveFullName(label[(space + 1)..], context, known, true);
            return resolved.Contains(' ', StringComparison.Ordinal) ? resolved : label;
        }

        // "Governor Roe": an office before the surname, as official transcripts label a speaker. The full name counts
        // only where the page writes it after the same office ("Governor Jane Roe"): an adjective before a noun has a
        // role's ending too ("Zweiter Vorteil").
        if (space > 0 && !surname && label.IndexOf(' ', space + 1) < 0 && TitleFinder.LooksLikeRole(label[..space]))
        {
            string resolved = ResolveFullName(label[(space + 1)..], context, known, true);
            if (resolved.Contains(' ', StringComparison.Ordinal)
                && context.Contains(label[..space] + " " + resolved, StringComparison.OrdinalIgnoreCase)) return resolved;
        }

        // "Д.Песков", "J. Roe": a given name's initial before the surname, as transcripts print a speaker; the full name
        // the page gives with that initial, else the label as written.
        if (!surname && InitialAndSurname(label) is var (initial, family))
        {
            string resolved = ResolveFullName(family, context, known, true);
            return resolved.Contains(' ', StringComparison.Ordinal) && char.ToUpperInvariant(resolved[0]) == initial ? resolved : label;
        }

        string? only = null;
        int matches = 0;
        foreach (var p in known)
        {
            if (p.Name.Equals(label, StringComparison.OrdinalIgnoreCase)) return p.Name;
            if (SameName(p.Name, label) || p.Name.EndsWith(" " + label, StringComparison.OrdinalIgnoreCase) || p.Name.StartsWith(label + " ", StringComparison.OrdinalIgnoreCase))
            {
                only = p.Name;
                matches++;
            }
        }

        if (matches == 1) return only!;
        if (matches > 1) return label; // "Oda" with Maria Oda and Anna Oda on the page: either of them
        if (NameWithInitials(label, context, known) is { } initialled) return initialled;

        if (!label.Contains(' '))
        {
            // A role's word ("Sprecherin") labels the person the page gives the role, not a name that it would open.
            if (!surname && TitleFinder.LooksLikeRole(label) && RoleHolder(label, context) is { } roleHolder) return roleHolder;
            // "Lund" → "Anna Lund"; "Tom" → "Tom Berg": the name words most often next to the label in the context.
            var pairs = new Dictionary<string, double>(StringComparer.Ordinal);
            HashSet<string>? threes = null;
            int i = 0;
            while ((i = context.IndexOf(label, i, StringComparison.Ordinal)) >= 0)
            {
                int end = i + label.Length;
                if (!TextUtil.IsWholeWord(context, i, end)) { i = end; continue; }
                string before = WordBefore(context, i), after = WordAfter(context, end);
                if (before.Length > 1 && NameShapes.IsNameWord(before) && !NameShapes.IsHonorific(before) && !Vocabulary.SentenceOpeners.Contains(before) && i >= before.Length + 1)
                {
                    string pair = before + " " + label;
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                    // After a role noun, three name words are one name ("Energie-Expertin Anna Maria Lund").
                    int at = i - before.Length - 1;
                    string first = WordBefore(context, at);
                    // The role word is no surname closing another name ("Jonas Berlin Meets Tom Berg": "-in" ends roles too).
                    int roleAt = at - first.Length - 1;
                    string role = WordBefore(context, roleAt), beforeRole = WordBefore(context, roleAt - role.Length - 1);
                    if (first.Length > 1 && NameShapes.IsNameWord(first) && !NameShapes.IsHonorific(first) && !NameShapes.IsRoleWord(first)
                        && NameShapes.IsRoleWord(role)
                        && !(NameShapes.IsNameWord(beforeRole) && !Vocabulary.Articles.Contains(beforeRole) && !Vocabulary.SentenceOpeners.Contains(beforeRole)))
                    {
                        (threes ??= new(StringComparer.Ordinal)).Add(first + " " + pair);
                    }
                }

                if (!surname && after.Length > 1 && NameShapes.IsNameWord(after) && char.IsUpper(after[0]))
                {
                    string pair = label + " " + after;
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1.01; // on a tie the label is the given name
                }

                i = end;
            }

            string? best = null;
            double bestCount = 0;
            foreach (var (pair, c) in pairs)
            {
                if (c > bestCount) (best, bestCount) = (pair, c);
            }

            if (best is not null && threes is not null)
            {
                foreach (var three in threes) if (three.EndsWith(" " + best, StringComparison.Ordinal)) return three;
            }

            if (best is not null) return best;
        }

        return label;
    }

    /// <summary>
    /// The one person the page gives a label's word as a role ("Spokesman:" where it writes "Stéphane Dujarric, Spokesman
    /// for …" or "the spokesman Stéphane Dujarric"): a full name right before the word and a comma, or right after the
    /// word. Null when no one or two different people have it.
    /// </summary>
    private static string? RoleHolder(string word, string context)
    {
        string? found = null;
        for (int i = context.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = context.IndexOf(word, i + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            int end = i + word.Length;
            if (!TextUtil.IsWholeWord(context, i, end)) continue;
            string? name = null;
            var before = context.AsSpan(0, i).TrimEnd();
            if (before.EndsWith(",")) name = NameAtEdge(before[..^1], first: false);
            if (name is null && end < context.Length && context[end] == ' ') name = NameAtEdge(context.AsSpan(end + 1), first: true);
            if (name is null) continue;
            if (found is not null && !SameName(found, name)) return null;
            found ??= name;
        }

        return found;
    }

    /// <summary>The last (or, <paramref name="first"/>, the first) three or two words of a text when they are a full name, or null.</summary>
    private static string? NameAtEdge(ReadOnlySpan<char> text, bool first)
    {
        var near = first ? text[..Math.Min(text.Length, 60)] : text[Math.Max(0, text.Length - 60)..];
        // Within the clause: a name runs to the next stop or comma, and from the last one.
        int stop = first ? near.IndexOfAny(".,;:!?(") : near.LastIndexOfAny(".,;:!?)");
        if (stop >= 0) near = first ? near[..stop] : near[(stop + 1)..];
        var words = near.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = Math.Min(3, words.Length); n >= 2; n--)
        {
            string candidate = string.Join(' ', first ? words[..n] : words[^n..]);
            if (NameShapes.LooksLikeBareName(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>
    /// The one name that initials in capitals stand for ("AL" → "Anna Lund"): a participant's, or a run of name words
    /// in the page's text whose first letters spell them; null when none or two different names do.
    /// </summary>
    private static string? NameWithInitials(string label, string context, List<ParticipantDraft> known)
    {
        if (label.Length is < 2 or > 3 || !NameShapes.LooksLikeInitials(label) || !label.All(char.IsUpper)) return null;
        string? found = null;
        foreach (var p in known)
        {
            if (!NameShapes.InitialsOf(p.Name).Equals(label, StringComparison.Ordinal)) continue;
            if (found is not null && found != p.Name) return null;
            found = p.Name;
        }

        return found ?? NameShapes.NameSpelling(label, context);
    }

    /// <summary>The initial and the surname of "J.Roe" / "J. Roe" (one capital and a full stop, then a capitalised word), or null.</summary>
    private static (char Initial, string Surname)? InitialAndSurname(string label)
    {
        if (label.Length < 4 || !char.IsUpper(label[0]) || label[1] != '.') return null;
        var rest = label.AsSpan(2).TrimStart(' ');
        if (rest.Length < 2 || !char.IsUpper(rest[0]) || rest.ContainsAny(' ', '.')) return null;
        foreach (char c in rest[1..]) if (!char.IsLower(c) && c != '-') return null;
        return (label[0], rest.ToString());
    }

    private static string WordBefore(string s, int i)
    {
        int end = i - 1;
        if (end < 0 || s[end] != ' ') return string.Empty;
        int start = end;
        while (start > 0 && (char.IsLetter(s[start - 1]) || s[start - 1] is '-' or '\'')) start--;
        return s[start..end];
    }

    private static string WordAfter(string s, int i)
    {
        if (i >= s.Length || s[i] != ' ') return string.Empty;
        int start = i + 1, end = start;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] is '-' or '\'')) end++;
        return s[start..end];
    }

    /// <summary>
    /// The guest named only in a standfirst above the text (a text scrape's standfirst over its byline, or one in a
    /// box named like chrome, "teaser"), taken only when the questions address that person by name ("Herr Adler, …")
    /// or, where they call nobody by name, a standfirst sentence opens with the name ("A fisher for thirty years, Jane
    /// Roe talks …"): prose above a text can name anything, but not as the subject of its sentence or as the one the
    /// questions speak to.
    /// </summary>
    private static string? NameAboveText(string? headline, IReadOnlyList<Block> lead, IReadOnlyList<Block> preContent, string spoken,
        HashSet<string> addressed, string? author)
    {
        List<Block> standfirst = [.. lead];
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in preContent)
        {
            if (b.WordCount < 8 || lead.Contains(b)) continue;
            standfirst.Add(b);
            // The subject of a sentence: the name goes on in small letters ("Jane Roe talks …"); a row of capitalised
            // menu or settings words has two words of a name's shape first too, and more after them.
            foreach (var name in OpeningNames(b.Text))
            {
                // Or an apposition in small letters follows its comma ("Jane Roe, a harbour pilot, says …").
                int at = b.Text.IndexOf(name, StringComparison.Ordinal) + name.Length;
                if (at < b.Text.Length && b.Text[at] == ',') at++;
                at++;
                if (at < b.Text.Length && char.IsLower(b.Text[at])) openers.Add(name);
            }
        }

        // Questions that call the guest by name say who answers: a sentence's subject above the text is somebody else.
        if (addressed.Count > 0) openers.Clear();
        if (standfirst.Count == lead.Count || (addressed.Count == 0 && openers.Count == 0)) return null;
        string body = string.Join(" ", standfirst.Select(b => b.Text)) + " " + spoken;
        return MostMentionedName(headline, standfirst, body, addressed, author, openers);
    }

    /// <summary>
    /// The person the page is about: a two-word name from the headline or lead, scored by its mentions and by
    /// mentions of its surname anywhere in the lead and the turns ("Mrs Lund, …"). Headline-only phrases do not count.
    /// A name written after an honorific ("Dr. Jane Roe") goes before any pair without one: in languages that
    /// capitalise nouns, an adjective, a noun and a genitive ("wirtschaftliche Lage Nordhafens") look like a name too.
    /// The page's author (<paramref name="author"/>, from the byline) is never the guess: a byline and a contact note
    /// under the text can name the writer as often as the page names its guest.
    /// </summary>
    private static string? MostMentionedName(string? headline, IReadOnlyList<Block> lead, string body, HashSet<string> addressed,
        string? author, HashSet<string>? openersOnly = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var honored = new HashSet<string>(StringComparer.Ordinal);
        void Scan(string text, int weight)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                // A name does not go on past a comma, colon or full stop, nor into brackets ("Jane Roe (Leeds, 1975)").
                if (words[i].EndsWith(',') || words[i].EndsWith(':') || words[i].EndsWith('.') || words[i + 1][0] is '(' or '[')
                {
                    continue;
                }

                string a = words[i].Trim(TrimChars), b = words[i + 1].Trim(TrimChars);
                // A surname with its particles ("Ana de la Torre", "Jan van der Berg") joins the given name before them.
                // The given name opens the name: a name word before it other than a role makes it a surname, and the words
                // after it an article and a noun ("Katrin Vogel den Hafen", "Anna Lund von Greenpeace"). A word too long
                // for a given name is a role noun whatever the language (a compound no role list holds).
                if (Vocabulary.NameParticles.Contains(b) && ParticleSurname(words, i + 1) is { } surname && NameShapes.IsNameWord(a)
                    && !NameShapes.IsHonorific(a) && !Vocabulary.SentenceOpeners.Contains(a) && TextUtil.CountUpper(a) < a.Length
                    && !(i > 0 && NameShapes.IsNameWord(words[i - 1].Trim(TrimChars)) && !TitleFinder.LooksLikeRole(words[i - 1])
                        && !NameShapes.IsTooLongForGivenName(words[i - 1].Trim(TrimChars))))
                {
                    Count(a + " " + surname, words, i);
                    continue;
                }

                if (b.EndsWith("’s", StringComparison.Ordinal) || b.EndsWith("'s", StringComparison.Ordinal)) b = b[..^2];
                if (a.Length > 1 && b.Length > 1 && NameShapes.IsNameWord(a) && NameShapes.IsNameWord(b) && !NameShapes.IsHonorific(a)
                    && !NameShapes.IsTooLongForGivenName(a)
                    && !Vocabulary.SentenceOpeners.Contains(a) && !CompanySuffixes.Contains(b) && TextUtil.CountUpper(a) < a.Length && TextUtil.CountUpper(b) < b.Length
                    // A span of time opens no name: "seit zwanzig Jahren Bienen" has a German noun after its capital.
                    && !Vocabulary.SpanWords.Contains(a)
                    && !(i > 0 && Vocabulary.Locatives.Contains(words[i - 1]))
                    // "the clockmaker of Harbour Street", "directora del Teatro Real": the place or body a role serves.
                    && !(i > 1 && Vocabulary.OrganisationLinks.Contains(words[i - 1]) && TitleFinder.LooksLikeRole(words[i - 2])))
                {
                    Count(a + " " + b, words, i);
                }
            }

            // The name that opens at word i, counted with the page's weight.
            void Count(string name, string[] words, int i)
            {
                // "producer Tom Berg": a role noun in apposition marks a person.
                // "die Fotografin Anna Lund": a capitalised role noun after an article does the same.
                bool apposition = i > 0 && words[i - 1].Length >= 4 && !Vocabulary.FunctionWords.Contains(words[i - 1])
                    && (char.IsLower(words[i - 1][0]) || RolesAfterIntroducer(words, i));
                counts[name] = counts.GetValueOrDefault(name) + weight + (apposition ? 2 : 0);
                // "Dr. Jane Roe", "Frau Jane Roe": an honorific makes the pair a person whatever the counts say.
                if (i > 0 && NameShapes.IsHonorific(words[i - 1])) honored.Add(name);
            }
        }

        if (headline is not null) Scan(headline, 1);
        foreach (var b in lead)
        {
            Scan(b.Text, LeadWeight);
            // A standfirst that opens with a name is about that person ("Jane Roe has run the ferry for …", "Biologist
            // Jane Roe has …", where the role noun opens the sentence with a capital).
            foreach (var opener in OpeningNames(b.Text)) if (counts.ContainsKey(opener)) counts[opener]++;
        }
        string? best = null, lone = null;
        int bestScore = 3, qualified = 0;
        bool bestHonored = false;
        foreach (var (name, c) in counts)
        {
            string last = name[(name.IndexOf(' ') + 1)..];
            // Only in the headline, unless the questions call the person by that surname ("Professor Lund, …").
            if (!body.Contains(name, StringComparison.Ordinal) && !addressed.Contains(last)) continue;
            if (author is not null && SameName(name, author)) continue;
            bool titleOfLonger = false;
            foreach (var other in counts.Keys)
            {
                if (other.StartsWith(last + " ", StringComparison.Ordinal)) titleOfLonger = true; // "Fotografin Anna" of "Anna Lund"
            }

            // Unless the questions call the person by that word and the pair opens with no role word: then the word ends the
            // name, and the pair it opens is the name run on into the sentence ("hält Miriam Koch Bienen" under "Frau Koch, …").
            string given = name[..name.IndexOf(' ')];
            if (titleOfLonger && !(addressed.Contains(last) && !TitleFinder.LooksLikeRole(given))) continue;
            // Where only some names qualify (see NameAboveText): the questions' addressee or a sentence's opening name.
            if (openersOnly is not null && !addressed.Contains(last) && !addressed.Contains(given) && !openersOnly.Contains(name)) continue;
            // People are also called by their given name alone ("Anna und die Fähre?"); an organisation's
            // first word rarely stands alone ("Verband Sozialer Wettbewerb").
            int givenAlone = CountWord(body, given) - CountWord(body, name);
            int score = c + Math.Min(2, CountWord(body, last)) + Math.Min(2, givenAlone) + (addressed.Contains(last) || addressed.Contains(given) ? 6 : 0);
            qualified++;
            if (c >= LeadWeight) lone = name;
            bool isHonored = honored.Contains(name);
            if (score > 3 && (isHonored && !bestHonored || (isHonored == bestHonored && score > bestScore)))
            {
                best = name;
                bestScore = score;
                bestHonored = isHonored;
            }
        }

        // The one person the lead names, written there once, is who the page talks with ("… where Jane Roe lends out
        // seeds. I asked her five questions."): with two names in it, one mention says nothing.
        return best ?? (qualified == 1 && openersOnly is null ? lone : null);
    }

    /// <summary>What a name's mention in the lead counts for, against one in the headline.</summary>
    private const int LeadWeight = 2;

    /// <summary>The most particles a surname opens with ("van der", "de la").</summary>
    private const int MaxSurnameParticles = 2;

    /// <summary>
    /// The surname that opens at <paramref name="at"/> with one or two particles in small letters and ends in one
    /// capitalised word ("de la Torre", "van Berg"), or <see langword="null"/>. Only particles and the surname: no comma
    /// or full stop before its last word. A particle that is also an article or a conjunction somewhere ("das", "den",
    /// "la", "y") opens none: "Sie das Auto" is a pronoun, an article and a German noun, "Ana y Luis" two people.
    /// </summary>
    private static string? ParticleSurname(string[] words, int at)
    {
        if (at >= words.Length || Vocabulary.Articles.Contains(words[at]) || Vocabulary.TitleArticles.Contains(words[at])
            || Vocabulary.Conjunctions.Contains(words[at])) return null;
        int end = at;
        while (end < words.Length && end - at < MaxSurnameParticles && Vocabulary.NameParticles.Contains(words[end])) end++;
        if (end >= words.Length || end == at) return null;
        string last = words[end].TrimEnd(',', '.', ':', ';');
        if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal)) last = last[..^2];
        if (last.Length < 2 || !NameShapes.IsNameWord(last) || TextUtil.CountUpper(last) == last.Length) return null;
        return string.Join(' ', words[at..end]) + " " + last;
    }

    /// <summary>
    /// Whether capitalised role nouns stand between an article and the name at <paramref name="name"/>: "die Fotografin
    /// Anna Lund", and joined or qualified, "der niederländische Historiker und Autor Jan Berg".
    /// </summary>
    private static bool RolesAfterIntroducer(string[] words, int name)
    {
        if (name < 2 || !TitleFinder.LooksLikeRole(words[name - 1])) return false;
        for (int k = name - 2; k >= 0 && k >= name - MaxRoleChainWords; k--)
        {
            string w = words[k];
            if (TitleFinder.IsIntroducer(w)) return true;
            bool joins = Vocabulary.Conjunctions.Contains(w) || (char.IsLower(w[0]) && char.IsLetter(w[^1]) && !Vocabulary.FunctionWords.Contains(w))
                || (char.IsUpper(w[0]) && TitleFinder.LooksLikeRole(w));
            if (!joins) return false;
        }

        return false;
    }

    /// <summary>The most words of roles, joiners and qualifiers read back from a name to its article.</summary>
    private const int MaxRoleChainWords = 6;

    /// <summary>
    /// Words the interviewer addresses at the start of a question ("Tom, …", "Mrs Lund, …"): the interviewee's
    /// given name or surname.
    /// </summary>
    private static HashSet<string> Vocatives(List<TurnDraft> turns)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in turns)
        {
            if (t.Role == TurnRole.Interviewer && t.Paragraphs.Count > 0 && NameShapes.CalledName(t.Paragraphs[0]) is { } called) result.Add(called);
        }

        return result;
    }

    /// <summary>The fewest words of a standfirst sentence whose opening name counts once more.</summary>
    private const int MinOpeningSentenceWords = 6;

    /// <summary>How far into a standfirst a fronted phrase may run before the name that opens its main clause.</summary>
    private const int MaxFrontedWords = 8;

    /// <summary>
    /// The pairs of name-shaped words a text opens with: the first two words, and the second and third too when all
    /// three have a name's shape (a capitalised role noun or given name first); or the name that opens the main clause
    /// after a short fronted phrase, followed by a word in small letters ("A fisher for thirty years, Jane Roe talks …",
    /// and without the comma where the phrase's other words are all in small letters).
    /// </summary>
    private static List<string> OpeningNames(string text)
    {
        var pairs = new List<string>(2);
        // A sentence about the person, not a byline ("By Jane Roe") or a caption's name alone.
        if (TextUtil.CountWords(text) < MinOpeningSentenceWords || TextUtil.StartsWithAnyPhrase(text, Vocabulary.BylineOpeners)) return pairs;
        // Room for a given name, two particles and a surname after a capitalised role noun, and the rest of the text.
        var words = text.Split(' ', MaxSurnameParticles + 4);
        if (words.Length < 3) return pairs;
        // "Ana de la Torre has …": a surname with its particles.
        if (NameShapes.IsNameWord(words[0]) && ParticleSurname(words, 1) is { } surnameFirst)
        {
            pairs.Add(words[0] + " " + surnameFirst);
            return pairs;
        }

        // "Jane Roe, a harbour pilot, says …": the name with an apposition after its comma ("Jane Roe* …": a footnote's mark).
        var second = words[1].AsSpan().TrimEnd(",*");
        if (NameShapes.IsNameWord(words[0]) && NameShapes.IsNameWord(second))
        {
            pairs.Add(words[0] + " " + second.ToString());
            if (second.Length == words[1].Length && NameShapes.IsNameWord(words[2])) pairs.Add(words[1] + " " + words[2]);
            else if (second.Length == words[1].Length && ParticleSurname(words, 2) is { } surnameSecond) pairs.Add(words[1] + " " + surnameSecond);
            return pairs;
        }

        words = text.Split(' ', MaxFrontedWords + 4);
        for (int i = 1; i < Math.Min(words.Length - 3, MaxFrontedWords); i++)
        {
            if (!words[i].EndsWith(',')) continue;
            // The name may stand between commas, the fronted phrase its apposition ("The head of the port, Jane Roe, talks …").
            var surname = words[i + 2].AsSpan().TrimEnd(',');
            if (NameShapes.IsNameWord(words[i + 1]) && NameShapes.IsNameWord(surname) && words[i + 3].Length > 0 && char.IsLower(words[i + 3][0]))
            {
                pairs.Add(words[i + 1] + " " + surname.ToString());
            }

            return pairs;
        }

        // Or a fronted phrase without a comma, its words after the first in small letters: "For twenty years now Jane Roe
        // has run …", "Há trinta anos Jane Roe conduz …".
        for (int i = 1; i < Math.Min(words.Length - 2, MaxFrontedWords + 1); i++)
        {
            if (words[i].Length == 0 || char.IsLower(words[i][0])) continue;
            if (i > 1 && NameShapes.IsNameWord(words[i]) && NameShapes.IsNameWord(words[i + 1]) && words[i + 2].Length > 0 && char.IsLower(words[i + 2][0]))
            {
                pairs.Add(words[i] + " " + words[i + 1]);
            }

            break;
        }

        return pairs;
    }

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "Bros", "Inc", "Corp", "Co", "Ltd", "LLC", "GmbH", "AG", "SA", "SE", "Group", "Media", "Records", "Studios", "Pictures",
    };

    private static bool ContainsWord(string text, string word) => CountWord(text, word) > 0;

    /// <summary>Counts whole-word, case-sensitive occurrences ("Lund" in "Mrs Lund," but not in "Lunds").</summary>
    private static int CountWord(string text, string word)
    {
        int n = 0, i = 0;
        while (word.Length > 0 && (i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            int end = i + word.Length;
            if (TextUtil.IsWholeWord(text, i, end)) n++;
            i = end;
        }

        return n;
    }

    // "Jane Roe*": an asterisk marks a footnote ("name changed"), not part of the name.
    private static readonly char[] TrimChars = [',', '.', ':', ';', '"', '“', '”', '„', '(', ')', '\'', '«', '»', '*'];
}
