using System.Text;
using System.Text.RegularExpressions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using InterviewParser.Turns;

namespace InterviewParser.Metadata;

/// <summary>A participant found on the page, before ids are given.</summary>
internal sealed record ParticipantDraft(string Name, TurnRole Role, string? Title);

/// <summary>
/// Finds who takes part: the interviewee and interviewer from lead sentences ("X interviews TITLE NAME",
/// "In an interview with X, NAME …", "NAME, TITLE, spoke to X", "Interview mit TITLE NAME"), answer labels,
/// a "NAME: quote" headline, bylines and structured-data authors.
/// </summary>
internal static partial class ParticipantExtractor
{
    private const int TimeoutMs = 250;

    [GeneratedRegex(@"^(?<who>[\p{Lu}][\p{L}\p{N}.&'\- ]{1,40}?) (?:interviews|interviewed|spoke with|spoke to|talks to|talked to|sprach mit|spricht mit|entrevista a|interviewe) (?<rest>[^.!?]{3,200})", RegexOptions.None, TimeoutMs)]
    private static partial Regex InterviewsPattern();

    [GeneratedRegex(@"(?:[Ii]n an interview with|[Ii]n einem Interview mit|[Ee]n una entrevista con|[Dd]ans un entretien avec|[Вв] интервью) (?<who>[^,]{2,60}), (?<rest>[^.!?]{3,200})", RegexOptions.None, TimeoutMs)]
    private static partial Regex InAnInterviewWithPattern();

    [GeneratedRegex(@"(?:[Ii]nterview mit|[Gg]espräch mit|[Ii]nterview with|[Cc]onversation with|Q&A [Ww]ith|Q&A mit|[Ee]ntrevista con|[Ee]ntretien avec|[Ii]nterview von (?<who>[\p{Lu}][\p{L}.\- ]{2,40}?) mit) (?<rest>[^.!?:„“""()]{3,160})", RegexOptions.None, TimeoutMs)]
    private static partial Regex InterviewWithPattern();

    [GeneratedRegex(@"^(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Tt]ext(?: und Interview)?:|[Ii]nterview(?:s)?:|[Ii]nterview by|[Ii]nterviewed by|[Tt]ext:|Текст:|[Aa]utor(?:in)?:|[Aa]uthor:|[Ii]nterview geführt von|[Dd]as Interview führte) ?(?<who>[\p{Lu}][\p{L}'\-]+(?: [\p{Lu}][\p{L}'\-]+){1,2})", RegexOptions.None, TimeoutMs)]
    private static partial Regex BylinePattern();

    /// <summary>Extracts participants from what the page says around the interview.</summary>
    public static List<ParticipantDraft> Extract(BlockDocument doc, string? headline, IReadOnlyList<Block> lead, Segmentation seg, IReadOnlyList<Block> preContent)
    {
        var interviewees = new List<ParticipantDraft>();
        string? interviewer = null;
        string? intervieweeTitle = null;

        foreach (var b in lead)
        {
            if (interviewer is null && InterviewsPattern().Match(b.Text) is { Success: true } m1 && NameShapes.TrySplitTrailingName(m1.Groups["rest"].Value, out var n1, out var t1))
            {
                interviewer = m1.Groups["who"].Value.Trim();
                AddUnique(interviewees, new ParticipantDraft(n1, TurnRole.Interviewee, t1));
            }

            if (InAnInterviewWithPattern().Match(b.Text) is { Success: true } m2)
            {
                interviewer ??= m2.Groups["who"].Value.Trim();
            }

            if (InterviewWithPattern().Match(b.Text) is { Success: true } m3)
            {
                if (m3.Groups["who"].Success) interviewer ??= m3.Groups["who"].Value.Trim();
                // "Interview with Anna Lund and Tom Berg": each guest with the title written before them.
                foreach (var part in GuestList(m3.Groups["rest"].Value))
                {
                    if (NameShapes.TrySplitTrailingName(part, out var n3, out var t3))
                    {
                        intervieweeTitle ??= t3;
                        AddUnique(interviewees, new ParticipantDraft(n3, TurnRole.Interviewee, t3));
                    }
                }
            }
        }

        // Transcript header fields: "INTERVIEWEE: Jane Roe", "INTERVIEWER: John Doe".
        var fields = new List<KeyValuePair<string, string>>(seg.Fields);
        foreach (var b in preContent)
        {
            if (b.Text.Length <= 80 && SpeakerLabel.ReadPlain(b.Text) is { } f) fields.Add(new(f.Name, f.Rest));
        }

        foreach (var (key, value) in fields)
        {
            string v = value.Trim().TrimEnd('.', ',');
            string? fieldTitle = null;
            // "INTERVIEWEE: Jane Roe, Professor of Physics": the name, then its title.
            if (!NameShapes.LooksLikeBareName(v) && NameShapes.LooksLikeNameWithTitle(v))
            {
                int comma = v.IndexOf(',');
                fieldTitle = v[(comma + 1)..].Trim();
                v = v[..comma].Trim();
            }

            if (!NameShapes.LooksLikeBareName(v)) continue;
            if (RoleWords.StatedRole(key) == TurnRole.Interviewer) interviewer ??= v;
            else if (IntervieweeKeys.Contains(key)) AddUnique(interviewees, new ParticipantDraft(v, TurnRole.Interviewee, fieldTitle is { Length: > 0 } ? fieldTitle : null));
        }

        // Bylines before the content or in the lead.
        foreach (var b in preContent.Concat(lead))
        {
            if (interviewer is null && b.Text.Length < 120 && BylinePattern().Match(b.Text) is { Success: true } m)
            {
                interviewer = m.Groups["who"].Value.Trim();
            }
        }

        var spoken = new StringBuilder();
        foreach (var t in seg.Turns) foreach (var para in t.Paragraphs) spoken.Append(para).Append(' ');
        string body = string.Join(" ", lead.Select(b => b.Text)) + " " + spoken;

        if (headline is not null && interviewees.Count == 0)
        {
            int colon = headline.IndexOf(':');
            // "Jane Roe: …" names the interviewee when the page mentions her surname again ("Square Cofounder: …" does not).
            if (colon > 0 && NameShapes.LooksLikeBareName(headline[..colon].Trim()) && body.Contains(headline[..colon].Trim(), StringComparison.Ordinal))
            {
                AddUnique(interviewees, new ParticipantDraft(headline[..colon].Trim(), TurnRole.Interviewee, null));
            }
        }

        var context = (headline ?? string.Empty) + " " + body;
        for (int k = 0; k < interviewees.Count; k++) interviewees[k] = SplitLeadingRole(interviewees[k], context);

        var askers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // labelled interviewers and their turns

        // Answer labels name interviewees; resolve short labels ("Atim") to full names seen earlier.
        foreach (var t in seg.Turns)
        {
            if (t.Role == TurnRole.Interviewee && t.Label is { } label && !IsGenericLabel(label))
            {
                string full = ResolveFullName(label, context, interviewees);
                t.Label = full;
                AddUnique(interviewees, new ParticipantDraft(full, TurnRole.Interviewee, null));
            }
            else if (t.Role == TurnRole.Interviewer && t.Label is { } ql && !IsGenericLabel(ql))
            {
                interviewer ??= ql;
                askers[ql] = askers.GetValueOrDefault(ql) + 1;
            }
        }

        if (interviewees.Count == 0 && seg.IsInterview)
        {
            if (MostMentionedName(headline, lead, body, Vocatives(seg.Turns)) is { } guess)
            {
                interviewees.Add(new ParticipantDraft(guess, TurnRole.Interviewee, null));
            }
        }

        if (interviewer is null)
        {
            interviewer = JsonLdReader.FindAuthors(doc.JsonLd).FirstOrDefault() ?? doc.FindMeta("author", "article:author", "dc.creator", "parsely-author");
            if (interviewer is not null && (interviewer.Contains("://", StringComparison.Ordinal) || interviewer.Length > 60)) interviewer = null;
        }

        // Titles written beside the names: headline, description, standfirst, lead, then the rest of the page.
        if (interviewees.Exists(p => p.Title is null))
        {
            var texts = new List<string>();
            if (headline is not null) texts.Add(headline);
            if (doc.FindMeta("description", "og:description") is { } description) texts.Add(description);
            foreach (var b in preContent) texts.Add(b.Text); // the standfirst introduces the guest
            foreach (var b in lead) texts.Add(b.Text);
            foreach (var b in doc.Blocks) texts.Add(b.Text);
            for (int k = 0; k < interviewees.Count; k++)
            {
                if (interviewees[k].Title is null && TitleFinder.Find(interviewees[k].Name, texts) is { } title)
                {
                    interviewees[k] = interviewees[k] with { Title = title };
                }
            }

            // One guest and no title beside the name: the lead may call the guest by role ("… hat die Schauspielerin …").
            if (interviewees is [{ Title: null } only])
            {
                var leadTexts = new List<string>();
                if (doc.FindMeta("description", "og:description") is { } d) leadTexts.Add(d);
                foreach (var b in lead.Take(4)) leadTexts.Add(b.Text);
                if (TitleFinder.FindRoleReference(leadTexts) is { } role) interviewees[0] = only with { Title = role };
            }
        }

        // "Dan, my co-host": a labelled speaker whose title states a host's role asks, with the interviewer.
        var cohosts = new List<ParticipantDraft>();
        for (int k = interviewees.Count - 1; k >= 0 && interviewees.Count > 1; k--)
        {
            var p = interviewees[k];
            if (p.Title is null || RoleWords.StatedRole(p.Title) != TurnRole.Interviewer) continue;
            interviewees.RemoveAt(k);
            cohosts.Insert(0, p with { Role = TurnRole.Interviewer });
            foreach (var t in seg.Turns)
            {
                if (t.Label is { } l && SameName(l, p.Name)) t.Role = TurnRole.Interviewer;
            }
        }

        var result = new List<ParticipantDraft>(interviewees);
        if (interviewer is not null && !interviewees.Exists(p => SameName(p.Name, interviewer)))
        {
            result.Add(new ParticipantDraft(interviewer, TurnRole.Interviewer, null));
        }

        foreach (var c in cohosts) if (!result.Exists(p => SameName(p.Name, c.Name))) result.Add(c);
        // A second labelled asker with turns of their own is a co-host; a label on one question ("Mashable: …") is
        // the publication speaking through its interviewer.
        foreach (var (a, turns) in askers)
        {
            if (turns >= 2 && !result.Exists(p => SameName(p.Name, a))) result.Add(new ParticipantDraft(WrittenForm(a, context), TurnRole.Interviewer, null));
        }

        return result;
    }

    /// <summary>A short ALL-CAPS label ("DAN") as the page writes the name in its prose ("Dan"), if it does.</summary>
    private static string WrittenForm(string label, string context)
    {
        if (TextUtil.CountUpper(label) != label.Count(char.IsLetter)) return label;
        int i = 0;
        while ((i = context.IndexOf(label, i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = i + label.Length;
            bool whole = (i == 0 || !char.IsLetter(context[i - 1])) && (end >= context.Length || !char.IsLetter(context[end]));
            var found = context.AsSpan(i, label.Length);
            if (whole && char.IsUpper(found[0]) && found[1..].ContainsAnyInRange('a', 'z')) return found.ToString();
            i = end;
        }

        return label;
    }

    /// <summary>
    /// "Schauspielerin Jane Roe" read as one three-word name: the first word is a title when it has a role's shape
    /// and the page names the person without it more often than with it.
    /// </summary>
    private static ParticipantDraft SplitLeadingRole(ParticipantDraft p, string context)
    {
        int space = p.Name.IndexOf(' ');
        if (space < 0 || p.Name.IndexOf(' ', space + 1) < 0) return p;
        string first = p.Name[..space], rest = p.Name[(space + 1)..];
        if (!TitleFinder.LooksLikeRole(first) || CountWord(context, rest) <= CountWord(context, p.Name)) return p;
        return new ParticipantDraft(rest, p.Role, p.Title ?? first);
    }

    private static readonly string[] TopicWords = [" about ", " über ", " sobre ", " sur ", " on the ", " о ", " zum ", " zur "];

    private static readonly string[] ListJoiners = [" and ", " und ", " y ", " et ", " и ", " & ", ", "];

    /// <summary>
    /// The parts of "A and B" / "A, B und C" when every part ends in a name; otherwise the phrase whole (a title may
    /// hold "and": "Historian and author Jane Roe").
    /// </summary>
    private static IEnumerable<string> GuestList(string phrase)
    {
        // "… with Anna Lund about rivalry": the topic follows the guests.
        foreach (var topic in TopicWords)
        {
            int at = phrase.IndexOf(topic, StringComparison.Ordinal);
            if (at > 0) phrase = phrase[..at];
        }

        var parts = phrase.Split(ListJoiners, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is >= 2 and <= 6 && Array.TrueForAll(parts, p => NameShapes.TrySplitTrailingName(p, out _, out _)))
        {
            return parts;
        }

        return [phrase];
    }

    private static readonly HashSet<string> IntervieweeKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "interviewee", "guest", "gast", "befragter", "befragte", "entrevistado", "entrevistada", "invité", "invitée", "собеседник",
    };

    private static bool IsGenericLabel(string label) =>
        label.Length <= 2 || SpeakerLabelWords.Contains(label.Split(' ')[0]);

    private static readonly HashSet<string> SpeakerLabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "q", "a", "question", "answer", "frage", "antwort", "pregunta", "respuesta", "вопрос", "ответ", "réponse", "interviewer", "interviewee",
    };

    private static string ResolveFullName(string label, string context, List<ParticipantDraft> known)
    {
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

        if (!label.Contains(' '))
        {
            // "Atim" → "Sheila Atim"; "Rick" → "Rick Terrill": the name words most often next to the label in the context.
            var pairs = new Dictionary<string, double>(StringComparer.Ordinal);
            int i = 0;
            while ((i = context.IndexOf(label, i, StringComparison.Ordinal)) >= 0)
            {
                int end = i + label.Length;
                if ((end < context.Length && char.IsLetter(context[end])) || (i > 0 && char.IsLetter(context[i - 1]))) { i = end; continue; }
                string before = WordBefore(context, i), after = WordAfter(context, end);
                if (before.Length > 1 && NameShapes.IsNameWord(before) && !NameShapes.IsHonorific(before) && !NotNameStarts.Contains(before) && i >= before.Length + 1)
                {
                    string pair = before + " " + label;
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }

                if (after.Length > 1 && NameShapes.IsNameWord(after) && char.IsUpper(after[0]))
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

            if (best is not null) return best;
        }

        return label;
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
    /// The person the page is about: a two-word name from the headline or lead, scored by its mentions and by
    /// mentions of its surname anywhere in the lead and the turns ("Mrs Stone, …"). Headline-only phrases do not count.
    /// </summary>
    private static string? MostMentionedName(string? headline, IReadOnlyList<Block> lead, string body, HashSet<string> addressed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Scan(string text, int weight)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                if (words[i].EndsWith(',') || words[i].EndsWith(':') || words[i].EndsWith('.'))
                {
                    continue;
                }

                string a = words[i].Trim(TrimChars), b = words[i + 1].Trim(TrimChars);
                if (b.EndsWith("’s", StringComparison.Ordinal) || b.EndsWith("'s", StringComparison.Ordinal)) b = b[..^2];
                if (a.Length > 1 && b.Length > 1 && NameShapes.IsNameWord(a) && NameShapes.IsNameWord(b) && !NameShapes.IsHonorific(a)
                    && !NotNameStarts.Contains(a) && !CompanySuffixes.Contains(b) && TextUtil.CountUpper(a) < a.Length && TextUtil.CountUpper(b) < b.Length
                    && !(i > 0 && Locatives.Contains(words[i - 1])))
                {
                    string name = a + " " + b;
                    // "producer Greg Berlanti": a role noun in apposition marks a person.
                    // "die Bloggerin Vreni Frost": a capitalised role noun after an article does the same.
                    bool apposition = i > 0 && words[i - 1].Length >= 4 && !FunctionWords.Contains(words[i - 1])
                        && (char.IsLower(words[i - 1][0]) || (i > 1 && TitleFinder.IsIntroducer(words[i - 2]) && TitleFinder.LooksLikeRole(words[i - 1])));
                    counts[name] = counts.GetValueOrDefault(name) + weight + (apposition ? 2 : 0);
                }
            }
        }

        if (headline is not null) Scan(headline, 1);
        foreach (var b in lead) Scan(b.Text, 2);
        string? best = null;
        int bestScore = 3;
        foreach (var (name, c) in counts)
        {
            if (!body.Contains(name, StringComparison.Ordinal)) continue; // only in the headline
            string last = name[(name.IndexOf(' ') + 1)..];
            bool titleOfLonger = false;
            foreach (var other in counts.Keys)
            {
                if (other.StartsWith(last + " ", StringComparison.Ordinal)) titleOfLonger = true; // "Bloggerin Vreni" of "Vreni Frost"
            }

            if (titleOfLonger) continue;
            string given = name[..name.IndexOf(' ')];
            // People are also called by their given name alone ("Vreni und Schleichwerbung?"); an organisation's
            // first word rarely stands alone ("Verband Sozialer Wettbewerb").
            int givenAlone = CountWord(body, given) - CountWord(body, name);
            int score = c + Math.Min(2, CountWord(body, last)) + Math.Min(2, givenAlone) + (addressed.Contains(last) || addressed.Contains(given) ? 6 : 0);
            if (score > bestScore)
            {
                best = name;
                bestScore = score;
            }
        }

        return best;
    }

    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "In", "On", "At", "For", "And", "But", "Der", "Die", "Das", "Ein", "Eine", "Im",
        "Am", "Und", "El", "La", "Los", "Las", "Un", "Una", "Le", "Les", "Des", "Du", "Il", "Lo", "Mit", "Von", "Bei",
    };

    /// <summary>
    /// Words the interviewer addresses at the start of a question ("Jan, …", "Mrs Stone, …"): the interviewee's
    /// given name or surname.
    /// </summary>
    private static HashSet<string> Vocatives(List<TurnDraft> turns)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in turns)
        {
            if (t.Role != TurnRole.Interviewer || t.Paragraphs.Count == 0) continue;
            var p = t.Paragraphs[0];
            int comma = p.IndexOf(',');
            if (comma <= 1 || comma > 30) continue;
            var words = p[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2 && NameShapes.IsHonorific(words[0])) words = words[1..];
            if (words.Length == 1 && NameShapes.IsNameWord(words[0]) && words[0].Length > 1 && !Discourse.Contains(words[0])) result.Add(words[0]);
        }

        return result;
    }

    private static readonly HashSet<string> Discourse = new(StringComparer.OrdinalIgnoreCase)
    {
        "so", "well", "also", "okay", "ok", "now", "yes", "no", "and", "but", "then", "right", "great", "thanks", "sure", "finally",
        "und", "nun", "gut", "ja", "nein", "aber", "dann", "danke", "zuletzt", "pues", "bueno", "sí", "bien", "entonces", "gracias",
        "alors", "oui", "non", "bon", "merci", "enfin", "итак", "ну", "да", "нет", "спасибо", "hmm", "oh", "ah",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "with", "from", "that", "this", "than", "about", "after", "before", "when", "where", "while", "also", "like",
        "und", "oder", "aber", "über", "nach", "mit", "wenn", "dass", "auch", "como", "para", "pero", "avec", "pour", "dans",
    };

    // "in West Hollywood", "aus Bad Homburg": places, not people.
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "aus", "nahe", "en", "à", "au", "desde", "hacia", "в", "во", "из", "под",
    };

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "Bros", "Inc", "Corp", "Co", "Ltd", "LLC", "GmbH", "AG", "SA", "SE", "Group", "Media", "Records", "Studios", "Pictures",
    };

    private static bool ContainsWord(string text, string word) => CountWord(text, word) > 0;

    /// <summary>Counts whole-word, case-sensitive occurrences ("Stone" in "Mrs Stone," but not in "Stones").</summary>
    private static int CountWord(string text, string word)
    {
        int n = 0, i = 0;
        while (word.Length > 0 && (i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            int end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) n++;
            i = end;
        }

        return n;
    }

    private static readonly char[] TrimChars = [',', '.', ':', ';', '"', '“', '”', '„', '(', ')', '\'', '«', '»'];

    private static void AddUnique(List<ParticipantDraft> list, ParticipantDraft p)
    {
        int i = list.FindIndex(x => SameName(x.Name, p.Name));
        if (i < 0)
        {
            list.Add(p);
        }
        else if (list[i].Title is null && p.Title is not null)
        {
            list[i] = list[i] with { Title = p.Title };
        }
    }

    /// <summary>Same person: equal names, or the same surname with a compatible first name.</summary>
    internal static bool SameName(string a, string b)
    {
        a = a.Trim(); b = b.Trim();
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        var ta = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tb = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ta.Length == 0 || tb.Length == 0) return false;
        return ta[^1].Equals(tb[^1], StringComparison.OrdinalIgnoreCase) && (ta.Length == 1 || tb.Length == 1 || char.ToLowerInvariant(ta[0][0]) == char.ToLowerInvariant(tb[0][0]));
    }
}
