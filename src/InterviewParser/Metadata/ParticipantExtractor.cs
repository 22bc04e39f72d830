using System.Text;
using System.Text.RegularExpressions;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Languages;
using InterviewParser.Model;
using InterviewParser.Turns;

namespace InterviewParser.Metadata;

/// <summary>A participant found on the page, before ids are given.</summary>
internal sealed record ParticipantDraft(string Name, TurnRole Role, string? Title);

/// <summary>
/// Finds who takes part: the interviewee and interviewer from lead sentences ("X interviews TITLE NAME",
/// "In an interview with X, NAME …", "NAME, TITLE, spoke to X", "Interview mit TITLE NAME"), answer labels,
/// a "NAME: quote" headline, bylines and structured-data authors; titles through <see cref="TitleFinder"/>.
/// Name resolution (the most-mentioned person, full names for short labels) is in <c>ParticipantExtractor.Names.cs</c>.
/// </summary>
internal static partial class ParticipantExtractor
{
    private const int TimeoutMs = 250;

    // The sentence shapes are fixed here; their phrases are the languages' (Vocabulary joins them at build time).
    /// <summary>The most characters <see cref="Interviews"/> reads after its verb (the bound written in its pattern).</summary>
    private const int MaxInterviewsRest = 200;

    // At the text's start or a sentence's: "Jane Roe spoke with …", "… in Linz. Die Zeitung sprach mit …".
    [GeneratedRegex(@"(?:^|(?<=[.!?] ))(?<who>[\p{Lu}][\p{L}\p{N}.&'\- ]{1,40}?) (?:" + Vocabulary.InterviewsVerbPatterns + @") (?<rest>[^.!?]{3,200})", RegexOptions.None, TimeoutMs)]
    private static partial Regex Interviews();

    [GeneratedRegex("(?:" + Vocabulary.InAnInterviewWithPatterns + @") (?<who>[^,]{2,60}), (?<rest>[^.!?]{3,200})", RegexOptions.None, TimeoutMs)]
    private static partial Regex InAnInterviewWith();

    [GeneratedRegex("(?:" + Vocabulary.InterviewWithPatterns + @") (?<rest>[^.!?:„“""()]{3,160})", RegexOptions.None, TimeoutMs)]
    private static partial Regex InterviewWith();

    // "We spoke with NAME, …", "Wir haben mit NAME, … gesprochen": the page's own voice introducing its guest.
    [GeneratedRegex("(?:" + Vocabulary.WeSpokeWithPatterns + @") (?<rest>[^,.!?;:()„“""]{3,80})", RegexOptions.None, TimeoutMs)]
    private static partial Regex WeSpokeWith();

    [GeneratedRegex("^(?:" + Vocabulary.BylinePatterns + @") ?(?<who>[\p{Lu}][\p{L}'\-]+(?: [\p{Lu}][\p{L}'\-]+){1,2})", RegexOptions.None, TimeoutMs)]
    private static partial Regex Byline();

    // "By Hannah": a byline that is one capitalised name and nothing else, as blogs sign.
    [GeneratedRegex("^(?:" + Vocabulary.BylinePatterns + @") (?<who>\p{Lu}\p{Ll}{2,20})\.?$", RegexOptions.None, TimeoutMs)]
    private static partial Regex SingleNameByline();

    /// <summary>How many blocks before the first turn are read for a transcript's header fields.</summary>
    private const int HeaderReach = 30;

    /// <summary>The <see cref="HeaderReach"/> blocks before the block that holds the first turn's first paragraph.</summary>
    private static IEnumerable<Block> BeforeFirstTurn(BlockDocument doc, List<TurnDraft> turns)
    {
        if (turns is not [{ Paragraphs: [var first, ..] }, ..]) yield break;
        var blocks = doc.Blocks;
        int at = blocks.FindIndex(b => b.Text.EndsWith(first, StringComparison.Ordinal));
        for (int i = Math.Max(0, at - HeaderReach); i < at; i++) yield return blocks[i];
    }

    /// <summary>How many blocks after the last answer are read for a credit for the questions.</summary>
    internal const int CreditReach = 2;

    /// <summary>
    /// The people a credit for the questions names (<see cref="InterviewWords.CreditedPart"/>), read in the blocks
    /// before the text, in the last answer's paragraphs and in the <see cref="CreditReach"/> blocks after it.
    /// </summary>
    private static List<string> CreditedInterviewers(BlockDocument doc, List<TurnDraft> turns, IEnumerable<Block> top)
    {
        var texts = new List<string>();
        foreach (var b in top)
        {
            texts.Add(b.Text);
            // A standfirst may close with the credit as its last sentence ("… for a decade. Interview by Jane Roe.").
            if (LastSentence(b.Text) is { } closing) texts.Add(closing);
        }

        if (turns is [.., { Paragraphs: [.., var last] paragraphs }])
        {
            texts.AddRange(paragraphs);
            var blocks = doc.Blocks;
            int at = blocks.FindLastIndex(b => b.Text.EndsWith(last, StringComparison.Ordinal));
            for (int j = at + 1; at >= 0 && j <= Math.Min(blocks.Count - 1, at + CreditReach); j++) texts.Add(blocks[j].Text);
        }

        var names = new List<string>();
        foreach (var text in texts)
        {
            if (text.Length > 200 || InterviewWords.CreditedPart(text) is not { } part) continue;
            foreach (var name in NameList(part)) if (!names.Exists(n => SameName(n, name))) names.Add(name);
            if (names.Count > 0) break;
        }

        return names;
    }

    /// <summary>The last sentence of a text of two sentences or more, or null.</summary>
    private static string? LastSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length < 2) return null;
        int end = t.Length - 1;
        while (end > 0 && t[end] is '.' or '!') end--;
        var head = t[..end];
        int at = Math.Max(head.LastIndexOf(". ", StringComparison.Ordinal), head.LastIndexOf("! ", StringComparison.Ordinal));
        return at > 0 ? t[(at + 2)..].ToString() : null;
    }

    /// <summary>
    /// The names a credit lists before its first comma, bracket or sentence end ("A und B", "A and B"), each written in
    /// capitals only given in ordinary case; none when a part is not a bare name.
    /// </summary>
    private static List<string> NameList(string part)
    {
        int end = part.IndexOfAny([',', '(', ';', '.', '|', '–', '—', '/']);
        string phrase = NameShapes.OrdinaryCase((end >= 0 ? part[..end] : part).Trim());
        var names = new List<string>();
        foreach (var name in phrase.Split(Vocabulary.ListJoiners, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!NameShapes.LooksLikeBareName(name)) break;
            names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// The name of a byline that is the whole line ("By Jane Roe", "Von Jane Roe"), or <see langword="null"/>: a line of a
    /// few words, a byline's opening word and a bare name.
    /// </summary>
    internal static string? BylineName(string text)
    {
        if (text.Length > MaxBylineLength || Byline().Match(text.Trim()) is not { Success: true } m) return null;
        string written = m.Groups["who"].Value.Trim();
        return text.AsSpan().Trim().TrimEnd('.').EndsWith(written) && BylineWho(m, text) is { } who && NameShapes.LooksLikeBareName(who) ? who : null;
    }

    /// <summary>
    /// The writer a byline row names: a row opening with the byline's word ("By Jane Roe | 3 May 2024"), or a date row
    /// that goes on with it, the name ending the row ("Posted on 3 May 2024 by Jane Roe", "12. Mai 2023 von Jane Roe").
    /// </summary>
    private static string? BylineWriter(string text)
    {
        if (text.Length >= MaxBylineRowLength) return null;
        if (Byline().Match(text) is { Success: true } m && BylineWho(m, text) is { } who) return who;
        if (SingleName(text) is { } single) return single;
        int digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit < 0) return null;
        for (int space = text.IndexOf(' ', digit); space > 0; space = text.IndexOf(' ', space + 1))
        {
            if ((BylineName(text[(space + 1)..]) ?? SingleName(text[(space + 1)..])) is not { } writer) continue;
            return DateTextParser.ParseText(text[..space], TimestampSource.Text) is null ? null : writer;
        }

        return null;
    }

    /// <summary>
    /// The one name of a byline line that holds nothing else ("By Hannah"), where it is no grammar word, desk word
    /// ("By Staff") or month ("By May"); null otherwise. Read only where a writer is looked for, not where bylines are
    /// taken out of the text: "By August." can be a whole answer.
    /// </summary>
    private static string? SingleName(string text)
    {
        if (text.Length > MaxBylineLength || SingleNameByline().Match(text.Trim()) is not { Success: true } m) return null;
        string who = m.Groups["who"].Value;
        return Vocabulary.FunctionWords.Contains(who) || Vocabulary.Articles.Contains(who) || Vocabulary.SentenceOpeners.Contains(who)
            || Vocabulary.CreditLineWords.Contains(who) || ChromeLexicon.IsChromeLine(who) || IsMonth(who) ? null : who;

        // A month's name makes a date with a day and a year around it.
        static bool IsMonth(string word) => DateTextParser.ParseText("1 " + word + " 2000", TimestampSource.Text) is not null;
    }

    /// <summary>The longest row read for a byline among other things (a date, the writer's outlet).</summary>
    private const int MaxBylineRowLength = 120;

    /// <summary>
    /// Whether a line is a byline and nothing else: <see cref="BylineName"/>'s shape, or its opening followed by two to
    /// four bare names joined as a list ("By Jane Roe and Tom Berg", "Von Jane Roe, Tom Berg und Eva Lund").
    /// </summary>
    internal static bool IsBylineLine(string text) =>
        IsBylineLine(text, MaxBylineAffiliations) || (text.Contains('(') && WithoutPartsInBrackets(text) is { } plain && IsBylineLine(plain, MaxBylineAffiliations));

    /// <summary>
    /// A byline without the part each name played, given in brackets ("Von Jane Roe (Text) und Tom Berg (Fotos)" → "Von
    /// Jane Roe und Tom Berg"); null when a bracket is left open.
    /// </summary>
    private static string? WithoutPartsInBrackets(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        int at = 0;
        while (at < text.Length)
        {
            int open = text.IndexOf('(', at);
            if (open < 0) break;
            int close = text.IndexOf(')', open);
            if (close < 0) return null;
            sb.Append(text, at, open - at).Append(' ');
            at = close + 1;
        }

        sb.Append(text, at, text.Length - at);
        return TextUtil.CollapseWhitespace(sb.ToString());
    }

    private static bool IsBylineLine(string text, int affiliations)
    {
        if (BylineName(text) is not null) return true;
        if (text.Length > 2 * MaxBylineLength || Byline().Match(text.Trim()) is not { Success: true } m) return false;
        var names = text.AsSpan().Trim().TrimEnd('.')[m.Groups["who"].Index..].ToString().Split(Vocabulary.ListJoiners, StringSplitOptions.TrimEntries);
        if (names.Length is >= 2 and <= 4 && Array.TrueForAll(names, n => NameShapes.LooksLikeBareName(NameShapes.OrdinaryCase(n)))) return true;
        // "By Jane Roe, Harbour Times", "Von Jane Roe | dpa": the writer's outlet or desk after a comma, bar or dash.
        int cut = text.AsSpan().TrimEnd().LastIndexOfAny(",|–—");
        if (affiliations == 0 || cut <= m.Groups["who"].Index) return false;
        var tail = text.AsSpan(cut + 1).Trim();
        return !tail.IsEmpty && TextUtil.CountWords(tail) <= MaxAffiliationWords && !TextUtil.EndsLikeSentence(tail)
            && IsBylineLine(text[..cut].TrimEnd(), affiliations - 1);
    }

    /// <summary>How many outlets or places a byline may name after its writers ("Jane Roe, Harbour Times — Kiel").</summary>
    private const int MaxBylineAffiliations = 2;

    /// <summary>The most words of an outlet or desk after a byline's names.</summary>
    private const int MaxAffiliationWords = 6;

    /// <summary>
    /// The name a byline match holds. A byline set in capitals ("BY JANE ROE") gives it in ordinary case, and only when
    /// the line ends with it and it is a bare name: a headline in capitals may open with the same word ("VON DER LEYEN
    /// WARNT", "BY THE NUMBERS").
    /// </summary>
    private static string? BylineWho(Match m, string text)
    {
        string written = m.Groups["who"].Value.Trim();
        if (written.Any(char.IsLower)) return written;
        string who = NameShapes.OrdinaryCase(written), first = who.Split(' ')[0];
        return text.AsSpan().Trim().TrimEnd('.').EndsWith(written) && NameShapes.LooksLikeBareName(who)
            && !Vocabulary.Articles.Contains(first) && !Vocabulary.FunctionWords.Contains(first) ? who : null;
    }

    /// <summary>The longest line read as a byline of its own.</summary>
    private const int MaxBylineLength = 60;

    /// <summary>
    /// The person a headline quotes, where it is a quotation and a verb of saying with a name after it ("»We stay«, says
    /// Jane Roe", "„Wir bleiben“, sagt Jane Roe", "\"Ficamos\", diz Jane Roe", "'We stay,' Jane Roe says"); otherwise null.
    /// </summary>
    internal static string? QuotedSpeaker(string headline)
    {
        if (headline.Length == 0 || !TextUtil.IsOpeningMark(headline[0])) return null;
        int close = headline.LastIndexOfAny(QuotationMarks);
        if (close <= 0) return null;
        var words = headline[(close + 1)..].Trim().TrimStart(',').TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > MaxQuotedSpeakerWords + 1) return null;
        string? name = Vocabulary.ReportingVerbs.Contains(words[0]) ? string.Join(' ', words[1..])
            : Vocabulary.ReportingVerbs.Contains(words[^1]) ? string.Join(' ', words[..^1]) : null;
        return name is not null && NameShapes.LooksLikeBareName(name) ? name : null;
    }

    /// <summary>The quotation marks that may close a headline's quotation, in any language's use.</summary>
    private static readonly char[] QuotationMarks = ['"', '”', '“', '»', '«', '\'', '’'];

    /// <summary>The most words of the name a headline's verb of saying attributes the quotation to.</summary>
    private const int MaxQuotedSpeakerWords = 4;

    /// <summary>How many blocks under the headline are read for a byline.</summary>
    private const int BylineReach = 6;

    /// <summary>The few blocks right under the headline, where a byline stands whether or not the content holds it.</summary>
    private static List<Block> UnderHeadline(BlockDocument doc, int headlineIndex) =>
        headlineIndex >= 0 ? doc.Blocks.GetRange(headlineIndex + 1, Math.Min(BylineReach, doc.Blocks.Count - headlineIndex - 1)) : [];

    /// <summary>How many blocks above the headline a link to its author's page may stand (a byline over a kicker and the headline).</summary>
    private const int AuthorLinkReachAbove = 3;

    /// <summary>
    /// A byline written as a line of its own ("By NAME", "Von NAME") a few blocks over the headline: a text scrape prints
    /// the byline row above the headline too (the blocks under it are read with the lead).
    /// </summary>
    private static string? BylineAboveHeadline(BlockDocument doc, int headlineIndex)
    {
        for (int i = Math.Max(0, headlineIndex - AuthorLinkReachAbove); i < headlineIndex; i++)
        {
            if (BylineWriter(doc.Blocks[i].Text.Trim()) is { } who) return who;
        }

        return null;
    }

    /// <summary>
    /// The name on the first link to an author's page around the headline (from a few blocks above it to the byline
    /// reach under it): a byline written as the bare name, linked, with no "by" before it.
    /// </summary>
    private static string? AuthorLinkNearHeadline(BlockDocument doc, int headlineIndex)
    {
        if (headlineIndex < 0) return null;
        foreach (var link in doc.AuthorLinks)
        {
            if (link.BlockIndex < headlineIndex - AuthorLinkReachAbove) continue;
            if (link.BlockIndex > headlineIndex + BylineReach) break;
            if (NameShapes.LooksLikeBareName(link.Text)) return link.Text;
        }

        return null;
    }

    /// <summary>
    /// A byline as a text scrape prints an author's linked name: a full name alone on its line under the headline, under
    /// an author field's label ("Author" over "Jane Roe", as a definition list prints), over the header's date row, or
    /// printed again at the foot of the page in a short line that ends with it (the author box, "More by Jane Roe"). No
    /// guest's name.
    /// </summary>
    private static string? AuthorNameUnderHeadline(BlockDocument doc, int headlineIndex, List<ParticipantDraft> interviewees)
    {
        if (headlineIndex < 0) return null;
        var blocks = doc.Blocks;
        for (int i = headlineIndex + 1; i < Math.Min(blocks.Count, headlineIndex + 1 + BylineReach); i++)
        {
            string name = blocks[i].Text.Trim();
            if (!NameShapes.LooksLikeBareName(name) || interviewees.Exists(p => SameName(p.Name, name))) continue;
            if (Vocabulary.AuthorPathWords.Contains(Chrome.ChromeLexicon.TrimPunctuation(blocks[i - 1].Text).ToString().ToLowerInvariant())) return name;
            // Over the header's date row: a plain name only (an office's name has particles, "Office of the Mayor"), and a
            // row that names no writer of its own ("3 May 2024 by jroe": then the line above is a title).
            if (i + 1 < blocks.Count && IsDateRow(blocks[i + 1].Text) && !HasParticle(name) && !NamesWriter(blocks[i + 1].Text)) return name;
            for (int j = i + 1; j < blocks.Count; j++)
            {
                var other = blocks[j].Text.AsSpan().Trim().TrimEnd('.');
                if (other.Length > name.Length && other.EndsWith(name, StringComparison.Ordinal) && other[^(name.Length + 1)] == ' '
                    && TextUtil.CountWords(other) <= name.Split(' ').Length + MaxAuthorBoxWords && IsWordsOnly(other[..^(name.Length + 1)])) return name;
            }
        }

        return null;
    }

    /// <summary>A short row of the article's header that dates it ("06.01.2026, 5 min read"): what follows a byline.</summary>
    private static bool IsDateRow(string text) =>
        TextUtil.CountWords(text) <= MaxDateRowWords && DateTextParser.ParseText(text, TimestampSource.Text) is not null;

    /// <summary>The most words of a header's date row under a byline.</summary>
    private const int MaxDateRowWords = 8;

    private static bool HasParticle(string name)
    {
        foreach (var word in name.Split(' ')) if (Vocabulary.NameParticles.Contains(word)) return true;
        return false;
    }

    /// <summary>Whether a row holds a byline's word before a name of its own ("… by jroe", "… von Jane Roe").</summary>
    private static bool NamesWriter(string row)
    {
        foreach (var opener in Vocabulary.BylineOpeners)
        {
            if (row.Contains(" " + opener, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the words before a name printed again are words ("More by", "written by"), not a rule or a bullet that a
    /// teaser's kicker stands after.
    /// </summary>
    private static bool IsWordsOnly(ReadOnlySpan<char> prefix)
    {
        foreach (var range in prefix.Split(' '))
        {
            var w = prefix[range];
            if (!w.IsEmpty && !char.IsLetter(w[0])) return false;
        }

        return prefix.Trim().Length > 0;
    }

    /// <summary>The most words before the name in the short line that prints an author's name again ("More stories by").</summary>
    private const int MaxAuthorBoxWords = 3;

    /// <summary>Extracts participants from what the page says around the interview.</summary>
    public static List<ParticipantDraft> Extract(BlockDocument doc, string? headline, IReadOnlyList<Block> lead, Segmentation seg, IReadOnlyList<Block> preContent,
        int headlineIndex)
    {
        var underHeadline = UnderHeadline(doc, headlineIndex);
        var interviewees = new List<ParticipantDraft>();
        // Titles of a word or two read in the lead's phrase ("mit dem Onkologen NAME") are used only when nothing fuller is found.
        var weakTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        string? interviewer = null, outletAsker = null;
        string? intervieweeTitle = null;

        // The lead sentences first.
        // Then the standfirst above the text, then the headline, each only while nobody has been named.
        var introTexts = new List<string>(lead.Count + 1);
        foreach (var b in lead) introTexts.Add(b.Text);
        int leadEnd = introTexts.Count;
        foreach (var b in preContent) if (b.WordCount >= 8) introTexts.Add(b.Text);
        int standfirstEnd = introTexts.Count;
        if (headline is not null) introTexts.Add(headline);
        for (int k = 0; k < introTexts.Count; k++)
        {
            string text = NameShapes.WithoutHonorificDots(introTexts[k]);
            if ((k == leadEnd || k == standfirstEnd) && interviewees.Count > 0) break;
            if (interviewer is null && Interviews().Match(text) is { Success: true } m1)
            {
                // "NAME, title, und NAME, title": guests named first, each with the apposition after the name; or the
                // phrase's closing name ("… spoke with the harbour's pilot Jane Roe").
                string rest = m1.Groups["rest"].Value;
                var guests = NamedFirstGuests(rest);
                // Cut short by the pattern's bound, the last title is left for the title finders to read whole.
                if (rest.Length == MaxInterviewsRest && guests.Count > 0) guests[^1] = (guests[^1].Name, null);
                if (guests.Count == 0 && NameShapes.TrySplitTrailingName(rest, out var n1, out var t1)) guests.Add((n1, t1));
                // "… sprach mit Jane Roe über …": the name the phrase opens with, before its words in small letters.
                if (guests.Count == 0 && LeadingName(rest) is { } opening) guests.Add((opening, null));
                // "We spoke with NAME": the page's own voice asked, and its byline says who that is. An outlet that spoke
                // with the guest ("The Gazette interviews …") asks in its own name where no byline or author names a person.
                // "Unsere Reporterin Jane Roe", "Our reporter Jane Roe": the person after the asking side's role word.
                string who = AfterAskingRole(m1.Groups["who"].Value.Trim());
                // "Tom Berg leitet das Amt. Jane Roe sprach mit ihm.": the guest is the name the text opens with, the asker here.
                if (guests.Count == 0 && Vocabulary.ThirdPersonObjects.Contains(rest.Split(' ', 2)[0])
                    && LeadingName(PreviousSentence(text, m1.Index)) is { } antecedent && antecedent != who) guests.Add((antecedent, null));
                if (guests.Count > 0 && !Vocabulary.FirstPerson.Contains(who))
                {
                    // ("Die Zeitung", "The Gazette": an article opens a name of a thing, not a person's.)
                    if (NameShapes.LooksLikeBareName(who) && !Vocabulary.Articles.Contains(who[..Math.Max(0, who.IndexOf(' '))])) interviewer = who;
                    else outletAsker ??= who;
                }
                foreach (var (n, t) in guests) AddUnique(interviewees, new ParticipantDraft(n, TurnRole.Interviewee, Strong(n, t, weakTitles)));
            }

            if (InAnInterviewWith().Match(text) is { Success: true } m2)
            {
                interviewer ??= m2.Groups["who"].Value.Trim();
            }

            if (WeSpokeWith().Match(text) is { Success: true } m4
                && NameShapes.TrySplitTrailingName(RoleAtOrganisationThenName(text[m4.Groups["rest"].Index..]) ?? FirstPhrase(m4.Groups["rest"].Value), out var n4, out var t4)
                && !IsArticleOnly(t4) && !EndsWithOrganisationLink(t4))
            {
                AddUnique(interviewees, new ParticipantDraft(n4, TurnRole.Interviewee, Strong(n4, t4, weakTitles)));
            }

            if (InterviewWith().Match(text) is { Success: true } m3)
            {
                if (m3.Groups["who"].Success) interviewer ??= m3.Groups["who"].Value.Trim();
                // "Interview with Anna Lund and Tom Berg": each guest with the title written before them.
                foreach (var part in GuestList(m3.Groups["rest"].Value))
                {
                    // "im Interview mit dem Magazin X": an article before the name makes it an outlet, not a guest.
                    if (NameShapes.TrySplitTrailingName(part, out var n3, out var t3) && !IsArticleOnly(t3) && !EndsWithOrganisationLink(t3))
                    {
                        intervieweeTitle ??= t3;
                        AddUnique(interviewees, new ParticipantDraft(n3, TurnRole.Interviewee, Strong(n3, t3, weakTitles)));
                    }
                }
            }
        }

        // Transcript header fields: "INTERVIEWEE: Jane Roe", "INTERVIEWER: John Doe"; and a Markdown transcript's front
        // matter ("host: Jane Roe", "guests:" over "- John Doe"), where the text names that person too (a generator's
        // field may hold a show's or a series' name: "guest: Best of the Year").
        var fields = new List<KeyValuePair<string, string>>(seg.Fields);
        if (doc.Format == DocumentFormat.Text)
        {
            foreach (var f in doc.Meta) if (NamedInText(doc, f.Value)) fields.Add(f);
        }
        foreach (var b in preContent)
        {
            if (b.Text.Length <= 80 && SpeakerLabel.ReadPlain(b.Text) is { } f) fields.Add(new(f.Name, f.Rest));
        }

        // The header may stand above what was taken for the headline (a section heading under it): its role fields
        // are read from the lines before the first turn all the same.
        foreach (var b in BeforeFirstTurn(doc, seg.Turns))
        {
            if (b.Text.Length <= 80 && SpeakerLabel.ReadPlain(b.Text) is { } f && RoleWords.NamesASide(f.Name)) fields.Add(new(f.Name, f.Rest));
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
            else if (Vocabulary.IntervieweeRoles.Contains(key)) AddUnique(interviewees, new ParticipantDraft(v, TurnRole.Interviewee, fieldTitle is { Length: > 0 } ? fieldTitle : null));
        }

        // Bylines before the content or in the lead, or right under the headline (a byline linking to the author's page
        // is link-dense, and the chrome stage may leave it outside the content).
        foreach (var b in preContent.Concat(lead).Concat(underHeadline))
        {
            if (interviewer is null && BylineWriter(b.Text) is { } who)
            {
                interviewer = who;
            }
        }

        // A credit for the questions ("Interview: Jane Roe", "Die Fragen stellten A und B"), at the top or under the last
        // answer, names who asked them: ahead of a byline, which names who wrote or posted the page.
        var credited = CreditedInterviewers(doc, seg.Turns, preContent.Concat(lead).Concat(underHeadline));
        if (credited.Count > 0) interviewer = credited[0];

        var spoken = new StringBuilder();
        foreach (var t in seg.Turns) foreach (var para in t.Paragraphs) spoken.Append(para).Append(' ');
        string body = string.Join(" ", lead.Select(b => b.Text)) + " " + spoken;

        if (headline is not null && interviewees.Count == 0)
        {
            int colon = headline.IndexOf(':');
            // "Jane Roe: …" names the interviewee when the page mentions her surname again ("Harbour Cofounder: …" does not),
            // or when what follows is a quotation, hers ("Jane Roe: »We stay«").
            var after = colon > 0 ? headline.AsSpan(colon + 1).TrimStart() : default;
            if (colon > 0 && NameShapes.LooksLikeBareName(headline[..colon].Trim())
                && (body.Contains(headline[..colon].Trim(), StringComparison.Ordinal) || !after.IsEmpty && TextUtil.IsOpeningMark(after[0])))
            {
                AddUnique(interviewees, new ParticipantDraft(headline[..colon].Trim(), TurnRole.Interviewee, null));
            }
            else if (QuotedSpeaker(headline) is { } quoted)
            {
                AddUnique(interviewees, new ParticipantDraft(quoted, TurnRole.Interviewee, null));
            }
        }

        // The standfirst above the text names the guest in full as often as the lead does ("Die neue Chefin, Anna Lund, über …").
        var context = (headline ?? string.Empty) + " " + string.Join(" ", preContent.Select(b => b.Text)) + " " + body;
        // "Gründerin Jane Roe" and "Jane Roe" are one person once the role is split off.
        var split = new List<ParticipantDraft>(interviewees.Count);
        foreach (var p in interviewees) AddUnique(split, SplitLeadingRole(p, context));
        interviewees = split;

        var askers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // labelled interviewers and their turns

        // A label is a person when it recurs, has a full name's shape or the headline, standfirst or lead names it; a
        // one-word label used once that nobody introduces ("Video:", "Podcast:", a picture credit) is not a speaker.
        var labelUses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in seg.Turns) if (t.Label is { } l) labelUses[l] = labelUses.GetValueOrDefault(l) + 1;
        string intro = (headline ?? string.Empty) + " " + string.Join(" ", preContent.Select(b => b.Text)) + " " + string.Join(" ", lead.Select(b => b.Text));
        // Where most answers carry no label, a name-shaped label used once is a run-in heading or a teaser ("Series
        // Recap: …") that the answers' speaker would not wear only once.
        // The same holds for a question's label among plain questions ("In short: …" over one question).
        bool answersUnlabelled = MostlyUnlabelled(seg.Turns, TurnRole.Interviewee), questionsUnlabelled = MostlyUnlabelled(seg.Turns, TurnRole.Interviewer);
        // Labels that introduce both sides in the opening exchange, a question and its answer, name the two people.
        int introduced = seg.Turns is [{ Role: TurnRole.Interviewer, Label: { } asker }, { Role: TurnRole.Interviewee, Label: { } answerer }, ..]
            && !SameName(asker, answerer) ? 2 : 0;
        foreach (var t in seg.Turns.Skip(introduced))
        {
            bool plainSide = t.Role == TurnRole.Interviewee ? answersUnlabelled : t.Role == TurnRole.Interviewer && questionsUnlabelled;
            if (t.Role is TurnRole.Interviewee or TurnRole.Interviewer && t.Label is { } l && labelUses[l] == 1
                && (plainSide || (t.Role == TurnRole.Interviewee && !l.Contains(' ', StringComparison.Ordinal))) && !IsGenericLabel(l)
                && !intro.Contains(l, StringComparison.OrdinalIgnoreCase) && !IsPartOfOtherLabel(l, labelUses.Keys)) t.Label = null;
        }

        // A label that is the outlet's name ("HARBOUR: …" on a page of "The Harbour") is the publication speaking through
        // its interviewer: where one person is credited with the questions or signs the page, the questions are that
        // person's. (Two writers credited leave the outlet's label standing: which of them asked is not said.)
        if ((credited.Count == 1 ? credited[0] : credited.Count == 0 ? interviewer ?? SingleAuthor(doc) : null) is { } named && NameShapes.LooksLikeBareName(named))
        {
            // Asked once per label: the site's name is looked for over the page's blocks (a text's copyright line).
            var outlets = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var t in seg.Turns)
            {
                if (t.Role == TurnRole.Interviewer && t.Label is { } outlet && !SameName(outlet, named)
                    && (outlets.TryGetValue(outlet, out bool isSite) ? isSite : outlets[outlet] = HeadlineExtractor.IsSiteNameOrWordOfIt(doc, outlet)))
                {
                    t.Label = null;
                    interviewer = named;
                }
            }
        }

        // "Speaker 1" asking and "Speaker 2" answering, with the intro naming the host and the guest: the sides' names.
        NameNumberedSides(seg.Turns, interviewees, interviewer, intro, headline, lead, body);

        // Answer labels name interviewees; resolve short labels ("Lund") to full names seen earlier, and initials ("AL")
        // to the one name on the page that they spell.
        // Initials that the intro spells out come first ("SR" under "… met Sara Roe …"): the intro introduces the speakers,
        // where the speech's own capitalised words (a German noun and the next) may spell the same letters as well.
        Dictionary<string, string?>? spelledInIntro = null;
        Dictionary<string, string>? resolvedLabels = null;
        foreach (var t in seg.Turns)
        {
            if (t.Label is { Length: 2 or 3 } ini && NameShapes.LooksLikeInitials(ini))
            {
                spelledInIntro ??= new(StringComparer.Ordinal);
                if (!spelledInIntro.TryGetValue(ini, out var spelledOut)) spelledInIntro[ini] = spelledOut = NameShapes.NameSpelling(ini, intro);
                if (spelledOut is not null) t.Label = spelledOut;
            }

            if (t.Label is { } initials && IsGenericLabel(initials) && NameWithInitials(initials, context, interviewees) is { } spelled)
            {
                t.Label = spelled;
            }

            if (t.Role == TurnRole.Interviewee && t.Label is { } label && !IsGenericLabel(label))
            {
                // Each label is resolved once: resolving reads the whole page, and a long transcript repeats its labels
                // thousands of times.
                resolvedLabels ??= new(StringComparer.Ordinal);
                if (!resolvedLabels.TryGetValue(label, out var full)) resolvedLabels[label] = full = ResolveFullName(label, context, interviewees);
                t.Label = full;
                AddUnique(interviewees, new ParticipantDraft(full, TurnRole.Interviewee, null));
            }
            else if (t.Role == TurnRole.Interviewer && t.Label is { } ql && !IsGenericLabel(ql))
            {
                interviewer ??= ql;
                askers[ql] = askers.GetValueOrDefault(ql) + 1;
            }
        }

        AgreeWithQuestions(interviewees, ref interviewer, seg.Turns, askers, intro);

        if (interviewees.Count == 0 && seg.IsInterview)
        {
            var addressed = Vocatives(seg.Turns);
            // Captions, and text made from them that marks each change of speaker, have no lead: the host's opening turn
            // introduces the guest as a lead would ("Tonight we are joined by …").
            var opened = (doc.Format is DocumentFormat.WebVtt or DocumentFormat.Srt || seg.Shape.MarkedChanges) && lead.Count == 0 && seg.Turns is [{ Role: TurnRole.Interviewer, Label: null, Paragraphs: [var opening, ..] }, ..]
                ? [new Block { Text = opening }] : lead;
            if ((MostMentionedName(headline, opened, body, addressed, interviewer) ?? NameAboveText(headline, lead, preContent, spoken.ToString(), addressed, interviewer)
                 ?? IntroducedByAskingSide(seg.Turns) ?? AddressedNameOnPage(doc, addressed, interviewer)) is { } guess)
            {
                interviewees.Add(new ParticipantDraft(guess, TurnRole.Interviewee, null));
            }
        }

        // The host the intro introduces ("host Jane Roe talks with …") asks, whoever is the page's author.
        interviewer ??= IntroducedInterviewer(intro);
        if (interviewer is null)
        {
            interviewer = JsonLdReader.FindAuthors(doc).FirstOrDefault() ?? doc.FindMeta("author", "article:author", "dc.creator", "parsely-author");
            // An address, a paragraph, or a desk's credit word ("Redaktion", "Text") names nobody.
            if (interviewer is not null && (interviewer.Contains("://", StringComparison.Ordinal) || interviewer.Length > 60
                || Vocabulary.CreditLineWords.Contains(interviewer))) interviewer = null;
            interviewer ??= AuthorLinkNearHeadline(doc, headlineIndex) ?? BylineAboveHeadline(doc, headlineIndex) ?? AuthorNameUnderHeadline(doc, headlineIndex, interviewees);
            // Last, the author's byline closing the last answer ("Von Jane Roe"): who wrote the interview asked its questions.
            if (interviewer is null && seg.Turns is [.., { Paragraphs: [_, .., var closing] }]) interviewer = BylineName(closing);
            interviewer ??= outletAsker;
        }

        // Titles written beside the names: headline, description, standfirst, lead, then the rest of the page.
        if (interviewees.Exists(p => p.Title is null))
        {
            var texts = new List<string>();
            if (headline is not null) texts.Add(headline);
            if (doc.FindMeta("description", "og:description", "summary") is { } description) texts.Add(description);
            foreach (var b in preContent) texts.Add(b.Text); // the standfirst introduces the guest
            foreach (var b in lead) texts.Add(b.Text);
            foreach (var b in doc.Blocks) texts.Add(b.Text);
            var names = interviewees.ConvertAll(p => p.Name);
            if (interviewer is not null) names.Add(interviewer);
            for (int k = 0; k < interviewees.Count; k++)
            {
                if (interviewees[k].Title is null && TitleFinder.Find(interviewees[k].Name, texts, names) is { } title)
                {
                    interviewees[k] = interviewees[k] with { Title = title };
                }
            }

            for (int k = 0; k < interviewees.Count; k++)
            {
                // A weak title also wins over a found one that it contains ("Hafenbar-Gründerin" over "Gründerin").
                if (weakTitles.TryGetValue(interviewees[k].Name, out var weak)
                    && (interviewees[k].Title is not { } found || (weak.Length > found.Length && weak.Contains(found, StringComparison.OrdinalIgnoreCase))))
                {
                    interviewees[k] = interviewees[k] with { Title = weak };
                }
            }

            // One guest and no title beside the name: the standfirst or lead may call the guest by role ("Die Schauspielerin
            // über …", "… hat die Schauspielerin …").
            if (interviewees is [{ Title: null } only])
            {
                var leadTexts = new List<string>();
                if (doc.FindMeta("description", "og:description", "summary") is { } d) leadTexts.Add(d);
                foreach (var b in preContent.Take(4)) leadTexts.Add(b.Text);
                foreach (var b in lead.Take(4)) leadTexts.Add(b.Text);
                if (headline is not null) leadTexts.Add(headline); // "Five questions for a seed librarian"
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
        foreach (var c in credited) if (!result.Exists(p => SameName(p.Name, c))) result.Add(new ParticipantDraft(c, TurnRole.Interviewer, null));
        // A second labelled asker with turns of their own is a co-host; a label on one question ("Mashable: …") is
        // the publication speaking through its interviewer.
        foreach (var (a, turns) in askers)
        {
            if (turns >= 2 && !result.Exists(p => SameName(p.Name, a))) result.Add(new ParticipantDraft(WrittenForm(a, context), TurnRole.Interviewer, null));
        }

        // A title read from running text may keep the article of its phrase ("mit dem Leiter der Sternwarte, NAME"):
        // a role is named without it.
        for (int k = 0; k < result.Count; k++)
        {
            if (result[k].Title is { } t && WithoutLeadingArticle(t) is { } bare) result[k] = result[k] with { Title = bare };
        }

        return result;
    }

    /// <summary>
    /// The intro's guess checked against the questions. Someone the intro names who asks the labelled questions and
    /// answers none is the interviewer ("NAME1 im Gespräch mit NAME2" read the wrong way round). When the questions
    /// address one person by surname ("Frau Lund, …") and the only guest found is not that person, the addressed
    /// person named in the intro is the guest, and the other the one who talked with them.
    /// </summary>
    private static void AgreeWithQuestions(List<ParticipantDraft> interviewees, ref string? interviewer, List<TurnDraft> turns,
        Dictionary<string, int> askers, string intro)
    {
        bool labelledAnswers = false;
        foreach (var t in turns) labelledAnswers |= t.Role == TurnRole.Interviewee && t.Label is not null;
        for (int k = interviewees.Count - 1; k >= 0; k--)
        {
            var p = interviewees[k];
            bool asks = false, answers = false;
            foreach (var a in askers.Keys) asks |= SameName(a, p.Name);
            foreach (var t in turns) answers |= t.Role == TurnRole.Interviewee && t.Label is { } l && SameName(l, p.Name);
            if (!asks || answers) continue;
            interviewees.RemoveAt(k);
            interviewer ??= p.Name;
        }

        if (labelledAnswers || interviewees is not [var only]) return;
        var addressed = Vocatives(turns);
        if (addressed.Count != 1) return;
        string surname = addressed.First();
        if (SameName(only.Name, surname)) return;
        string full = ResolveFullName(surname, intro, []);
        if (!full.Contains(' ', StringComparison.Ordinal) || !NameShapes.LooksLikeBareName(full)) return;
        // A middle name written before the pair belongs to it ("Anna Maria Lund").
        int at = intro.IndexOf(full, StringComparison.Ordinal);
        if (at > 0 && WordBefore(intro, at) is { Length: > 1 } middle && NameShapes.IsNameWord(middle) && !middle.Contains('-', StringComparison.Ordinal)
            && !NameShapes.IsHonorific(middle) && !Vocabulary.SentenceOpeners.Contains(middle) && !TitleFinder.LooksLikeRole(middle))
        {
            full = middle + " " + full;
        }

        interviewees[0] = new ParticipantDraft(full, TurnRole.Interviewee, null);
        interviewer ??= only.Name;
    }

    /// <summary>The page's one author named in its metadata (JSON-LD, then the author meta tags), or null.</summary>
    private static string? SingleAuthor(BlockDocument doc)
    {
        var authors = JsonLdReader.FindAuthors(doc);
        if (authors.Count > 1) return null;
        string? author = authors.Count == 1 ? authors[0] : doc.FindMeta("author", "article:author", "dc.creator", "parsely-author");
        return author is { Length: <= 60 } && !author.Contains(',', StringComparison.Ordinal) ? author.Trim() : null;
    }

    /// <summary>Whether one side's turns mostly carry no label: three plain ones at least, twice as many as labelled.</summary>
    private static bool MostlyUnlabelled(IReadOnlyList<TurnDraft> turns, TurnRole role)
    {
        int labelled = 0, plain = 0;
        foreach (var t in turns)
        {
            if (t.Role != role) continue;
            if (t.Label is null) plain++;
            else labelled++;
        }

        return plain >= 3 && plain >= 2 * labelled;
    }

    /// <summary>Whether a one-word label is a word of another label's name (a surname standing for "Jane Roe").</summary>
    private static bool IsPartOfOtherLabel(string label, IEnumerable<string> labels)
    {
        foreach (var other in labels)
        {
            if (other.Length > label.Length && other.Split(' ').Contains(label, StringComparer.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The title when it has three words or more or is an ORG-role compound; a shorter one (its article dropped) is kept aside as weak.</summary>
    private static string? Strong(string name, string? title, Dictionary<string, string> weak)
    {
        if (title is null) return null;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "ACME-Gründerin" names the organisation with the role: as full as a longer title.
        if (words.Length >= 3 || (words.Length == 1 && words[0].IndexOf('-') is > 0 and var dash && dash < words[0].Length - 1)) return title;
        if (words.Length > 1 && Vocabulary.TitleArticles.Contains(words[0])) words = words[1..];
        weak.TryAdd(name, string.Join(' ', words));
        return null;
    }

    /// <summary>
    /// The title without a leading article of <paramref name="articles"/> ("dem Leiter des Hafenamts" → "Leiter des
    /// Hafenamts"; by default the articles a title is named with), or null when it has none.
    /// </summary>
    private static string? WithoutLeadingArticle(string title, HashSet<string>? articles = null)
    {
        int space = title.IndexOf(' ');
        return space > 0 && space < title.Length - 1 && (articles ?? Vocabulary.TitleArticles).Contains(title[..space]) ? title[(space + 1)..].TrimStart() : null;
    }

    /// <summary>How many words in small letters may stand before a guest's name as its title (<see cref="FirstPhrase"/>).</summary>
    private const int MaxTitleWordsBeforeName = 4;

    private static bool IsArticleOnly(string? title) => title is not null && Vocabulary.TitleArticles.Contains(title.Trim());

    /// <summary>
    /// A name phrase up to the verb that closes the sentence ("Anna Lund gesprochen" → "Anna Lund"), with the title
    /// words in small letters that stand before the name ("la directora Ana Lund", "theatre director Ana Lund").
    /// </summary>
    private static string FirstPhrase(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int n = 0, lower = 0;
        while (lower < words.Length && lower < MaxTitleWordsBeforeName && !char.IsUpper(words[lower][0])) lower++;
        if (lower == words.Length || lower == MaxTitleWordsBeforeName) lower = 0;
        while (n < words.Length && n < lower + 6 && (n < Math.Max(1, lower) || char.IsUpper(words[n][0]) || NameShapes.IsNameWord(words[n]))) n++;
        return string.Join(' ', words[..n]);
    }

    /// <summary>
    /// The name a phrase opens with (two to four name words, particles inside) where words in small letters follow it or
    /// nothing does ("Jane Roe über ihre Jahre …" → "Jane Roe"); null otherwise.
    /// </summary>
    private static string? LeadingName(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int n = 0, names = 0;
        while (n < words.Length && n < 4 && (NameShapes.IsNameWord(words[n]) || names > 0 && Vocabulary.NameParticles.Contains(words[n])))
        {
            if (NameShapes.IsNameWord(words[n])) names++;
            n++;
        }

        while (n > 0 && !NameShapes.IsNameWord(words[n - 1])) n--; // a name ends on a name word, not a particle
        // "Der Umbau des Hafens …": a name opens with no article.
        if (names < 2 || n < words.Length && !char.IsLower(words[n][0]) || Vocabulary.Articles.Contains(words[0])) return null;
        string name = string.Join(' ', words[..n]);
        return NameShapes.LooksLikeBareName(name) ? name : null;
    }

    /// <summary>The sentence that ends before <paramref name="end"/> (from the start of the text or after the stop before it).</summary>
    private static string PreviousSentence(string text, int end)
    {
        var before = text.AsSpan(0, end).TrimEnd();
        int stop = before.Length > 1 ? before[..^1].LastIndexOfAny(".!?") : -1;
        return before[(stop + 1)..].Trim().ToString();
    }

    /// <summary>The person after the asking side's role word ("Unsere Reporterin Jane Roe" → "Jane Roe"), else the phrase as given.</summary>
    private static string AfterAskingRole(string who)
    {
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = words.Length - 3; k >= 0; k--)
        {
            if (!Vocabulary.InterviewerRoles.Contains(words[k])) continue;
            string name = string.Join(' ', words[(k + 1)..]);
            return NameShapes.LooksLikeBareName(name) ? name : who;
        }

        return who;
    }

    /// <summary>
    /// Guests named before their titles: "Jane Roe, head of the port, and Tom Berg, pilot" → (Jane Roe, head of the port),
    /// (Tom Berg, pilot). The phrase must open with a name closed by a comma; a later guest opens after a joining word
    /// with a plain name closed by a comma or the phrase's end. Empty when the phrase does not open so.
    /// </summary>
    private static List<(string Name, string? Title)> NamedFirstGuests(string phrase)
    {
        var result = new List<(string, string?)>(2);
        int comma = phrase.IndexOf(',');
        if (comma <= 0 || !NameShapes.LooksLikeBareName(phrase[..comma].Trim())) return result;
        string name = phrase[..comma].Trim();
        int from = comma + 1;
        while (true)
        {
            // The next guest: a joining word, then a name up to a comma or the end.
            int next = -1, nameEnd = -1;
            foreach (var joiner in Vocabulary.ListJoiners)
            {
                if (joiner == ", ") continue; // the comma closes a title; a joining word opens the next guest
                for (int at = phrase.IndexOf(joiner, from, StringComparison.Ordinal); at >= 0; at = phrase.IndexOf(joiner, at + 1, StringComparison.Ordinal))
                {
                    int start = at + joiner.Length, end = phrase.IndexOf(',', start);
                    if (end < 0) end = phrase.Length;
                    if ((next < 0 || at < next) && IsPlainName(phrase[start..end].Trim()))
                    {
                        (next, nameEnd) = (at, end);
                        break;
                    }
                }
            }

            // An apposition's title goes without the article it opens with ("an architect" → "architect").
            string title = WithoutRelativeClause(phrase[from..(next < 0 ? phrase.Length : next)].Trim().TrimEnd(',').Trim());
            title = WithoutLeadingArticle(title, Vocabulary.Articles) ?? title;
            result.Add((name, title));
            if (next < 0 || result.Count == MaxNamedFirstGuests) return result;
            int nameStart = phrase.IndexOf(' ', next + 1) + 1;
            name = phrase[nameStart..nameEnd].Trim();
            from = Math.Min(phrase.Length, nameEnd + 1);
        }
    }

    /// <summary>
    /// A title up to a relative clause after a comma ("author of a book, which tells …" → "author of a book"), or up to
    /// the comma that closes the apposition, where the sentence goes on with a word no title opens with ("a historian,
    /// about the war" → "a historian"; a conjunction may join a second title).
    /// </summary>
    private static string WithoutRelativeClause(string title) => BeforeCommaAndWord(title,
        static next => Vocabulary.RelativePronouns.Contains(next) || (Vocabulary.NotTitleWords.Contains(next) && !Vocabulary.Conjunctions.Contains(next)));

    /// <summary>The phrase up to the first ", " followed by a word that <paramref name="opensClause"/> accepts, or the phrase whole.</summary>
    private static string BeforeCommaAndWord(string phrase, Func<string, bool> opensClause)
    {
        for (int comma = phrase.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = phrase.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            int end = phrase.IndexOf(' ', comma + 2);
            if (end > 0 && opensClause(phrase[(comma + 2)..end])) return phrase[..comma];
        }

        return phrase;
    }

    /// <summary>The phrase up to a comma that opens a relative clause ("…, who …", "…, que …"), or the phrase whole.</summary>
    private static string BeforeRelativeClause(string phrase) => BeforeCommaAndWord(phrase, Vocabulary.RelativePronouns.Contains);

    /// <summary>
    /// Two or three name words and nothing else: a later guest's name. (A particle would let a title's words pass,
    /// "Leiterin der Bauaufsicht" inside "Ingenieurin und Leiterin der Bauaufsicht".)
    /// </summary>
    private static bool IsPlainName(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && Array.TrueForAll(words, w => NameShapes.IsNameWord(w)) && NameShapes.LooksLikeBareName(phrase);
    }

    /// <summary>The most guests <see cref="NamedFirstGuests"/> reads from one phrase.</summary>
    private const int MaxNamedFirstGuests = 6;

    /// <summary>
    /// The parts of "A and B" / "A, B und C" when every part ends in a name; otherwise the phrase whole (a title may
    /// hold "and": "Historian and author Jane Roe").
    /// </summary>
    private static IEnumerable<string> GuestList(string phrase)
    {
        // "… with Anna Lund about rivalry": the topic follows the guests.
        foreach (var topic in Vocabulary.TopicWords)
        {
            int at = phrase.IndexOf(topic, StringComparison.Ordinal);
            if (at > 0) phrase = phrase[..at];
        }

        // "… with the harbour master, Jane Roe, who looks back …": a relative clause after a comma says what the guests do.
        phrase = BeforeRelativeClause(phrase);
        var parts = phrase.Split(Vocabulary.ListJoiners, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is >= 2 and <= 6 && Array.TrueForAll(parts, EndsInGuestName))
        {
            return parts;
        }

        // "… with Jane Roe, harbour economist at …": a bare name before a comma, its apposition after.
        int comma = phrase.IndexOf(',');
        if (comma > 0 && NameShapes.LooksLikeBareName(phrase[..comma].Trim())) return [phrase[..comma]];
        return [phrase];
    }

    /// <summary>
    /// "la directora del Teatro Principal, Ana Gil, que …", "the director of the Harbour Theatre, Jane Roe, who …": a role
    /// with the organisation it serves, and the person's name set off by commas after it. Returns the role, the
    /// organisation and the name as one phrase ("la directora del Teatro Principal Ana Gil"), or null.
    /// </summary>
    private static string? RoleAtOrganisationThenName(string text)
    {
        int comma = text.IndexOf(',');
        if (comma <= 0 || comma > MaxRoleAtOrganisationLength) return null;
        string role = text[..comma].Trim();
        if (!IsRoleAtOrganisation(role)) return null;
        var after = text.AsSpan(comma + 1);
        int end = after.IndexOfAny(",.;:!?()");
        string name = (end < 0 ? after : after[..end]).Trim().ToString();
        return NameShapes.LooksLikeBareName(name) ? role + " " + name : null;
    }

    /// <summary>
    /// "la directrice du Théâtre du Jura", "the director of the Harbour Theatre": after any article, a word in small letters
    /// (the role), then a link to an organisation and, past any article, a capitalised word (the organisation's name).
    /// </summary>
    private static bool IsRoleAtOrganisation(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int k = 0;
        while (k < words.Length && Vocabulary.Articles.Contains(words[k])) k++;
        if (k >= words.Length || !char.IsLower(words[k][0]) || words.Length > MaxRoleAtOrganisationWords) return false;
        for (int i = k + 1; i + 1 < words.Length; i++)
        {
            if (!Vocabulary.OrganisationLinks.Contains(words[i])) continue;
            int org = i + 1 < words.Length - 1 && Vocabulary.Articles.Contains(words[i + 1]) ? i + 2 : i + 1;
            return char.IsUpper(words[org][0]);
        }

        return false;
    }

    /// <summary>The most words of a role with its organisation before a name set off by commas.</summary>
    private const int MaxRoleAtOrganisationWords = 10;

    /// <summary>The longest role and organisation before a name set off by commas (characters).</summary>
    private const int MaxRoleAtOrganisationLength = 120;

    /// <summary>
    /// Whether words before capitalised ones end in a link to an organisation ("directora del", "director of the"): the
    /// capitalised words are the organisation's name, not a person's.
    /// </summary>
    private static bool EndsWithOrganisationLink(string? title)
    {
        if (title is null) return false;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int last = words.Length - 1;
        if (last >= 1 && Vocabulary.Articles.Contains(words[last])) last--;
        return last >= 1 && Vocabulary.OrganisationLinks.Contains(words[last]);
    }

    /// <summary>
    /// Whether a part of a guest list ends in a person's name: one whose words before the name hold a word no title holds
    /// (a preposition, a relative pronoun: "the director of the Sleep Research Institute", "who heads the Northern Sky
    /// Observatory") is an apposition to the name before it, and ends in an organisation's name.
    /// </summary>
    private static bool EndsInGuestName(string part) =>
        NameShapes.TrySplitTrailingName(part, out _, out var title)
        && (title is null || !Array.Exists(title.Split(' '), Vocabulary.NotTitleWords.Contains));

    /// <summary>
    /// Gives the two numbered speakers of a transcript ("Speaker 1" who asks, "Speaker 2" who answers) the names the
    /// page gives the two sides: the interviewer named by byline or credit, else by a role word in the intro ("host Jane
    /// Roe") or by their own words ("I'm Jane Roe"), and the one interviewee the intro names or the talk introduces ("my
    /// guest today is Tom Berg", "I'm Tom Berg"; failing those, the name the page mentions most, the questions' addressee
    /// first, once the host is known). Nothing changes unless each speaker keeps to one side; a side whose name is not
    /// found keeps its number.
    /// </summary>
    private static void NameNumberedSides(List<TurnDraft> turns, List<ParticipantDraft> interviewees, string? interviewer, string intro,
        string? headline, IReadOnlyList<Block> lead, string body)
    {
        string? asker = null, answerer = null;
        foreach (var t in turns)
        {
            if (t.Label is not { } l) continue;
            if (!Turns.SelfIntroduction.IsNumbered(l) && Lettered(l) < 0) return;
            ref string? side = ref t.Role == TurnRole.Interviewer ? ref asker : ref answerer;
            if (side is null) side = l;
            else if (side != l) return;
        }

        if (asker is null || answerer is null || asker == answerer) return;
        // Letters mark the sides only after one word shared by both ("Speaker A", "Speaker B"; not "Rosa K", "Ivo M").
        if ((Lettered(asker) >= 0 || Lettered(answerer) >= 0) && !LetteredAlike(asker, answerer)) return;
        // The names the speakers say in their opening turns: the host's own ("I'm Jane Roe") and the guest's, as the host
        // introduces them ("my guest today is Tom Berg") or they introduce themself.
        string? hostSays = SaidInOpening(turns, asker, Vocabulary.SelfIntroductions);
        string? guestSaid = SaidInOpening(turns, asker, Vocabulary.GuestIntroductions) ?? SaidInOpening(turns, answerer, Vocabulary.SelfIntroductions);
        interviewer ??= IntroducedInterviewer(intro) ?? hostSays;
        string? guest = interviewees.Count == 1 ? interviewees[0].Name : interviewees.Count == 0 ? guestSaid : null;
        // Without the host's name only a guest said by name in the talk is taken; the mentions of a page may name the host.
        if (interviewer is not null) guest ??= MostMentionedName(headline, lead, body, Vocatives(turns), interviewer);
        if (guest is null || (interviewer is not null && SameName(guest, interviewer))) return;
        foreach (var t in turns)
        {
            if (t.Label == asker && interviewer is not null) t.Label = interviewer;
            else if (t.Label == answerer) t.Label = guest;
        }
    }

    /// <summary>Whether two lettered labels share the word before their letters ("Speaker A", "Speaker B").</summary>
    private static bool LetteredAlike(string a, string b) =>
        Lettered(a) is int i and >= 0 && Lettered(b) == i && a.AsSpan(0, i).SequenceEqual(b.AsSpan(0, i));

    /// <summary>
    /// Where the letter of a label "Word X" (a word, a space, one capital: "Speaker A") stands, -1 for any other label:
    /// letters tell the sides apart as numbers do.
    /// </summary>
    private static int Lettered(string label) =>
        label.Length >= 3 && label[^2] == ' ' && char.IsUpper(label[^1]) && label.IndexOf(' ') == label.Length - 2 ? label.Length - 1 : -1;

    /// <summary>The first name a speaker gives after one of the phrases in their first two turns.</summary>
    private static string? SaidInOpening(List<TurnDraft> turns, string speaker, string[] phrases)
    {
        int seen = 0;
        foreach (var t in turns)
        {
            if (t.Label != speaker) continue;
            foreach (var p in t.Paragraphs) if (Turns.SelfIntroduction.NameAfter(p, phrases) is { } name) return name;
            if (++seen == 2) break;
        }

        return null;
    }

    /// <summary>
    /// The one full name on the whole page, its chrome included, whose surname the questions call the guest by ("Frau
    /// Lund, …" and "Anna Lund, 1975 in Kiel geboren, …" in a box about the person under the text): where nothing above
    /// the text names the guest, the page may do so beside it.
    /// </summary>
    private static string? AddressedNameOnPage(BlockDocument doc, HashSet<string> addressed, string? interviewer)
    {
        if (addressed.Count == 0) return null;
        string? found = null;
        foreach (var surname in addressed)
        {
            string spaced = " " + surname;
            foreach (var b in doc.Blocks)
            {
                if (b.Text.Length > MaxAddressedNameBlockLength) continue;
                for (int at = b.Text.IndexOf(spaced, StringComparison.Ordinal); at > 0; at = b.Text.IndexOf(spaced, at + 1, StringComparison.Ordinal))
                {
                    int end = at + 1 + surname.Length;
                    if (end < b.Text.Length && char.IsLetter(b.Text[end])) continue;
                    int start = b.Text.LastIndexOf(' ', at - 1) + 1;
                    string given = b.Text[start..at];
                    // The label opening a question ("P. Presidenta, …", "Q. Professor, …") is no initial of a name.
                    if (start == 0 && RoleWords.IsQuestionOrAnswerLabel(given.TrimEnd('.', ':'))) continue;
                    if (!NameShapes.IsNameWord(given) || NameShapes.IsHonorific(given) || Vocabulary.SentenceOpeners.Contains(given) || TitleFinder.LooksLikeRole(given)) continue;
                    string name = given + " " + surname;
                    if (interviewer is not null && SameName(name, interviewer)) continue;
                    if (found is not null && found != name) return null;
                    found = name;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a block of the document calls the person by given name or surname ("Tom talks with …"); a value with an
    /// interview word in it names a programme, not a person.
    /// </summary>
    private static bool NamedInText(BlockDocument doc, string name)
    {
        if (!NameShapes.LooksLikeBareName(name)) return false;
        var words = name.Split(' ');
        foreach (var w in words) if (Vocabulary.InterviewWords.Contains(w)) return false;
        foreach (var b in doc.Blocks)
        {
            if (CountWord(b.Text, words[0]) > 0 || CountWord(b.Text, words[^1]) > 0) return true;
        }

        return false;
    }

    /// <summary>The longest block searched for the addressed guest's full name (a box about a person is a paragraph or two).</summary>
    private const int MaxAddressedNameBlockLength = 2000;

    /// <summary>
    /// The guest the asking side introduces in its first two turns ("my guest today is Tom Berg"), where the questions
    /// carry no name of their own (no label, or a side's: "HOST:", "Q:"): a talk with no intro above it names its guest so.
    /// </summary>
    private static string? IntroducedByAskingSide(List<TurnDraft> turns)
    {
        int seen = 0;
        foreach (var t in turns)
        {
            if (t.Role != TurnRole.Interviewer) continue;
            if (t.Label is { } l && !IsGenericLabel(l)) return null;
            foreach (var p in t.Paragraphs) if (Turns.SelfIntroduction.NameAfter(p, Vocabulary.GuestIntroductions) is { } name) return name;
            if (++seen == 2) break;
        }

        return null;
    }

    /// <summary>A name the intro gives with an interviewer's role word before it ("Host Jane Roe", "moderator Tom Berg").</summary>
    private static string? IntroducedInterviewer(string intro)
    {
        var words = intro.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 2 < words.Length; i++)
        {
            if (!RoleWords.IsInterviewerWord(words[i].ToLowerInvariant())) continue;
            string first = words[i + 1], second = words[i + 2].TrimEnd(',', '.', ';', ':');
            if (NameShapes.IsNameWord(first) && NameShapes.IsNameWord(second) && !NameShapes.IsHonorific(first)) return first + " " + second;
        }

        return null;
    }

    /// <summary>
    /// A label that names a side, not a person ("Q", "Frage", "Interviewer", "Guest"). A numbered one that labels turns
    /// ("P1", "Participant 2") tells the participants of a group interview apart: it stands for a person.
    /// </summary>
    private static bool IsGenericLabel(string label)
    {
        if (char.IsAsciiDigit(label[^1])) return false;
        // "Q", "JR"; a Chinese name has two characters as often as three ("李明").
        if (label.Length <= 2 && !NameShapes.IsUnspacedName(label)) return true;
        // "Radio Host", "Studio Moderator": a word before the asking side's role names nobody either.
        return RoleWords.NamesASideOnly(label);
    }

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
