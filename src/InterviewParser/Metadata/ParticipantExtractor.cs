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

    [GeneratedRegex(@"(?:[Ii]nterview mit|[Gg]espräch mit|[Ii]nterview with|[Cc]onversation with|[Ee]ntrevista con|[Ee]ntretien avec|[Ii]nterview von (?<who>[\p{Lu}][\p{L}.\- ]{2,40}?) mit) (?<rest>[^.!?:„“""()]{3,160})", RegexOptions.None, TimeoutMs)]
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
                if (NameShapes.TrySplitTrailingName(m3.Groups["rest"].Value, out var n3, out var t3))
                {
                    intervieweeTitle ??= t3;
                    AddUnique(interviewees, new ParticipantDraft(n3, TurnRole.Interviewee, t3));
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
            if (!NameShapes.LooksLikeBareName(v)) continue;
            if (RoleWords.StatedRole(key) == TurnRole.Interviewer) interviewer ??= v;
            else if (IntervieweeKeys.Contains(key)) AddUnique(interviewees, new ParticipantDraft(v, TurnRole.Interviewee, null));
        }

        // Bylines before the content or in the lead.
        foreach (var b in preContent.Concat(lead))
        {
            if (interviewer is null && b.Text.Length < 120 && BylinePattern().Match(b.Text) is { Success: true } m)
            {
                interviewer = m.Groups["who"].Value.Trim();
            }
        }

        if (headline is not null && interviewees.Count == 0)
        {
            int colon = headline.IndexOf(':');
            if (colon > 0 && NameShapes.LooksLikeBareName(headline[..colon].Trim()))
            {
                AddUnique(interviewees, new ParticipantDraft(headline[..colon].Trim(), TurnRole.Interviewee, null));
            }
        }

        // Answer labels name interviewees; resolve short labels ("Atim") to full names seen earlier.
        var context = string.Join(" ", lead.Select(b => b.Text).Prepend(headline ?? string.Empty));
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
            }
        }

        if (interviewees.Count == 0 && seg.IsInterview)
        {
            if (MostMentionedName(headline, lead) is { } guess)
            {
                interviewees.Add(new ParticipantDraft(guess, TurnRole.Interviewee, null));
            }
        }

        if (interviewer is null)
        {
            interviewer = JsonLdReader.FindAuthors(doc.JsonLd).FirstOrDefault() ?? doc.FindMeta("author", "article:author", "dc.creator", "parsely-author");
            if (interviewer is not null && (interviewer.Contains("://", StringComparison.Ordinal) || interviewer.Length > 60)) interviewer = null;
        }

        var result = new List<ParticipantDraft>(interviewees);
        if (interviewer is not null && !interviewees.Exists(p => SameName(p.Name, interviewer)))
        {
            result.Add(new ParticipantDraft(interviewer, TurnRole.Interviewer, null));
        }

        return result;
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
        foreach (var p in known)
        {
            if (SameName(p.Name, label) || p.Name.EndsWith(" " + label, StringComparison.OrdinalIgnoreCase) || p.Name.StartsWith(label + " ", StringComparison.OrdinalIgnoreCase))
            {
                return p.Name;
            }
        }

        if (!label.Contains(' '))
        {
            // "Atim" → "Sheila Atim"; "Rick" → "Rick Terrill": the nearest name words around the label in the context.
            int i = 0;
            while ((i = context.IndexOf(label, i, StringComparison.Ordinal)) >= 0)
            {
                int end = i + label.Length;
                if (end < context.Length && char.IsLetter(context[end])) { i = end; continue; }
                string before = WordBefore(context, i), after = WordAfter(context, end);
                if (before.Length > 1 && NameShapes.IsNameWord(before) && !NameShapes.IsHonorific(before) && i > before.Length + 1)
                {
                    return before + " " + label;
                }

                if (after.Length > 1 && NameShapes.IsNameWord(after) && char.IsUpper(after[0]))
                {
                    return label + " " + after;
                }

                i = end;
            }
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

    private static string? MostMentionedName(string? headline, IReadOnlyList<Block> lead)
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
                    && TextUtil.CountUpper(a) < a.Length && TextUtil.CountUpper(b) < b.Length)
                {
                    string name = a + " " + b;
                    counts[name] = counts.GetValueOrDefault(name) + weight;
                }
            }
        }

        if (headline is not null) Scan(headline, 2);
        foreach (var b in lead) Scan(b.Text, 1);
        string? best = null;
        int bestCount = 1;
        foreach (var (name, c) in counts)
        {
            if (c > bestCount)
            {
                best = name;
                bestCount = c;
            }
        }

        return best;
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
