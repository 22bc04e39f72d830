using InterviewParser.Blocks;
using InterviewParser.Metadata;

namespace InterviewParser.Turns;

/// <summary>
/// Notes that follow the last answer without belonging to it: a paragraph about the guest in the third person
/// ("Jane Roe has advised over a thousand clients…", opening with the guest's full name) or about the publisher itself
/// (naming the site: "Example is also available as an app…"). The interviewee does not speak of herself by her full
/// name, nor of the site that publishes her; from such a paragraph on, the rest is the page's, not the interview's.
/// A credit for the questions in the last answer's place is the page's line too, and so is a note on a person that
/// opens with a full name and a copula ("Tom Berg is a science journalist in Bergen."): nobody answers so of themself.
/// A note on the interviewer is the author's blurb and leaves the body as well.
/// </summary>
internal static class TrailingNotes
{
    /// <summary>How many opening words of a paragraph are searched for the guest's name or the site's name.</summary>
    private const int OpeningWords = 6;

    /// <summary>
    /// Cuts the notes off the last turn and removes them from the content. Returns the person a cut note on an
    /// interviewer introduces ("Tom Berg is a freelance journalist …"), when nobody else is known to have asked.
    /// </summary>
    public static string? Trim(Segmentation seg, IReadOnlyList<ParticipantDraft> people, BlockDocument doc, string? url, List<Block> content)
    {
        if (!seg.IsInterview || seg.Turns.Count < 2) return null;
        var siteKeys = SiteKeys(doc, url);
        var names = new List<string>();
        foreach (var p in people) if (p.Role == Model.TurnRole.Interviewee && p.Name.Contains(' ', StringComparison.Ordinal)) names.Add(p.Name);
        DropNoteBox(seg, names, siteKeys, content);
        var last = seg.Turns[^1];
        if (last.Role != Model.TurnRole.Interviewee || last.Paragraphs.Count < 2) return null;
        for (int i = last.Paragraphs.Count - 1; i >= 1; i--)
        {
            // The credit for the questions ("Die Fragen stellte …", "Interview: …") and the author's byline under the
            // text ("Von Jane Roe") are the page's lines, wherever they stand.
            if (!InterviewWords.IsCredit(last.Paragraphs[i]) && ParticipantExtractor.BylineName(last.Paragraphs[i]) is null) continue;
            string credit = last.Paragraphs[i];
            last.Paragraphs.RemoveAt(i);
            int at = content.FindLastIndex(b => b.Text == credit);
            if (at >= 0) content.RemoveAt(at);
        }

        // A contact note closing the text ("Tips? Email us at …"): the page's, not the guest's.
        while (last.Paragraphs.Count >= 2 && ContactLine.IsMailNote(last.Paragraphs[^1]))
        {
            RemoveFromContent(content, [last.Paragraphs[^1]]);
            last.Paragraphs.RemoveAt(last.Paragraphs.Count - 1);
        }

        for (int i = 1; i < last.Paragraphs.Count; i++)
        {
            bool note = IsNote(last.Paragraphs[i], names, siteKeys);
            string? introduced = note ? null : IntroducedPerson(last.Paragraphs[i]);
            if (!note && introduced is null) continue;
            string? asker = introduced is not null && !people.Any(p => p.Role == Model.TurnRole.Interviewer) && NamesInterviewerRole(last.Paragraphs[i])
                ? introduced : null;
            var dropped = new HashSet<string>(last.Paragraphs.GetRange(i, last.Paragraphs.Count - i), StringComparer.Ordinal);
            last.Paragraphs.RemoveRange(i, last.Paragraphs.Count - i);
            // The same paragraphs leave the body, and so does the blurb on whoever asked ("Tom Berg is a writer based in
            // …", under the text of the page Tom Berg wrote): the page's line on its author. A note introducing somebody
            // else is the article's text, only not the guest's speech.
            bool blurb = introduced is not null && (asker is not null || people.Any(p => p.Role == Model.TurnRole.Interviewer && ParticipantExtractor.SameName(p.Name, introduced)));
            if (note || blurb) RemoveFromContent(content, dropped);

            return asker;
        }

        return null;
    }

    /// <summary>
    /// A box headed by a short line set as the questions are ("Zur Person", "About the guest"), its text a note on the
    /// guest: the head is no question and the note no answer. Under the last answer both leave the turns and the body;
    /// above the first question (the guest introduced before the talk) they leave the turns and stay in the body.
    /// </summary>
    private static void DropNoteBox(Segmentation seg, List<string> names, HashSet<string> siteKeys, List<Block> content)
    {
        if (seg.Turns.Count >= 6 && IsNoteBox(seg.Turns[0], seg.Turns[1], names, siteKeys)) seg.Turns.RemoveRange(0, 2);
        if (seg.Turns.Count < 4 || !IsNoteBox(seg.Turns[^2], seg.Turns[^1], names, siteKeys)) return;
        var dropped = new HashSet<string>(seg.Turns[^1].Paragraphs, StringComparer.Ordinal) { seg.Turns[^2].Paragraphs[0] };
        seg.Turns.RemoveRange(seg.Turns.Count - 2, 2);
        RemoveFromContent(content, dropped);
    }

    /// <summary>Removes the blocks with the given texts from the content, from its end backwards (notes stand last).</summary>
    private static void RemoveFromContent(List<Block> content, HashSet<string> dropped)
    {
        for (int k = content.Count - 1; k >= 0 && dropped.Count > 0; k--)
        {
            if (dropped.Remove(content[k].Text)) content.RemoveAt(k);
        }
    }

    private static bool IsNoteBox(TurnDraft head, TurnDraft box, List<string> names, HashSet<string> siteKeys) =>
        head is { Role: Model.TurnRole.Interviewer, Label: null, Paragraphs: [var line] } && IsBoxHead(line)
        && box.Role == Model.TurnRole.Interviewee && IsNote(box.Paragraphs[0], names, siteKeys);

    /// <summary>A head of a few words with no punctuation at all: it neither asks nor says anything.</summary>
    private static bool IsBoxHead(string text) =>
        TextUtil.CountWords(text) <= 4 && text.AsSpan().IndexOfAny(".,;:?!…") < 0;

    /// <summary>
    /// The full name a paragraph of a sentence or more opens with when a copula and a title follow it ("Tom Berg is a
    /// freelance journalist …", "Anna Lund ist Professorin …"), or <see langword="null"/>.
    /// </summary>
    private static string? IntroducedPerson(string paragraph)
    {
        if (TextUtil.CountWords(paragraph) < 8) return null;
        var words = paragraph.Split(' ', 5);
        for (int n = 2; n <= 3 && n < words.Length; n++)
        {
            if (!NameShapes.IsNameWord(words[n - 1]) || !NameShapes.IsNameWord(words[0]) || NameShapes.IsHonorific(words[0])
                || Languages.Vocabulary.Articles.Contains(words[0]) || Languages.Vocabulary.SentenceOpeners.Contains(words[0])) return null;
            if (!TitleFinder.IsCopula(words[n])) continue;
            // What follows the copula is a title ("is a freelance journalist", "ist Chief Evangelist von …"): the note
            // introduces a person, as German's capitalised nouns before "ist" ("Größte Vorsicht ist …") do not.
            string name = string.Join(' ', words, 0, n);
            return TitleFinder.Find(name, [paragraph]) is not null ? name : null;
        }

        return null;
    }

    /// <summary>Whether a note names an interviewer's role ("journalist", "host", "Moderatorin").</summary>
    private static bool NamesInterviewerRole(string paragraph)
    {
        foreach (var w in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (RoleWords.IsInterviewerWord(w.Trim(',', '.', ';', ':').ToLowerInvariant())) return true;
        }

        return false;
    }

    private static bool IsNote(string paragraph, List<string> names, HashSet<string> siteKeys)
    {
        // A note is a sentence; a name alone on its line labels the speech below it.
        if (TextUtil.CountWords(paragraph) < 8) return false;
        var opening = Opening(paragraph);
        foreach (var name in names)
        {
            if (opening.Contains(name, StringComparison.Ordinal) || OpensWithSurnameNote(paragraph, name)) return true;
        }

        foreach (var key in siteKeys)
        {
            int at = opening.IndexOf(key, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && TextUtil.IsWholeWord(opening, at, at + key.Length)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the paragraph opens with the guest's surname and then an age or a copula ("Petersen, 61, ist Wattführer
    /// …", "Lund is a ferry pilot …"): a note on the guest, who does not speak of herself so.
    /// </summary>
    private static bool OpensWithSurnameNote(string paragraph, string name)
    {
        string surname = name[(name.LastIndexOf(' ') + 1)..];
        if (surname.Length < 3 || !paragraph.StartsWith(surname, StringComparison.Ordinal) || paragraph.Length <= surname.Length) return false;
        var rest = TitleFinder.AfterAge(paragraph.AsSpan(surname.Length).TrimStart(), out bool aged);
        if (aged) return true;
        int space = rest.IndexOf(' ');
        return space > 0 && TitleFinder.IsCopula(rest[..space].ToString());
    }

    private static string Opening(string paragraph)
    {
        int words = 0;
        for (int i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] == ' ' && ++words == OpeningWords) return paragraph[..i];
        }

        return paragraph;
    }

    /// <summary>The site's name: og:site_name or application-name as written, and the domain's name when it is one word.</summary>
    private static HashSet<string> SiteKeys(BlockDocument doc, string? url)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (doc.FindMeta("og:site_name", "application-name") is { } site && site.Trim().Length >= 4) keys.Add(site.Trim());
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var labels = uri.Host.Split('.');
            // The registrable name only: not "www", not the top-level domain, and one word ("example", not "my-example").
            if (labels.Length >= 2 && labels[^2] is { Length: >= 4 } name && name.All(char.IsLetter)) keys.Add(name);
        }

        return keys;
    }
}
