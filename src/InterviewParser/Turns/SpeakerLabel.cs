using InterviewParser.Blocks;
using InterviewParser.Languages;
using InterviewParser.Metadata;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>What a paragraph's opening label says about its speaker.</summary>
internal enum LabelKind
{
    None,
    /// <summary>A question label: Q, Question, Frage, Pregunta, Вопрос, Interviewer…</summary>
    Question,
    /// <summary>An answer label: A, Answer, Antwort, Respuesta, Ответ…</summary>
    Answer,
    /// <summary>A speaker's name or an outlet's name.</summary>
    Name,
}

/// <summary>A label found at the start of a paragraph ("Q:", "Frage 2:", "Anna Lund:", bold "Smith").</summary>
/// <param name="Kind">What kind of label it is.</param>
/// <param name="Name">The speaker's name as a person would write it ("JANE ROE, HOST" → "Jane Roe").</param>
/// <param name="Rest">The paragraph text after the label.</param>
internal readonly record struct SpeakerLabel(LabelKind Kind, string Name, string Rest)
{
    /// <summary>The role the label's own words state (HOST → interviewer, NARRATOR → other), if any.</summary>
    public TurnRole? StatedRole { get; init; }

    /// <summary>The media time written in or right after the label ("Speaker 1 (00:12:34):", "Roe: [04:10] …").</summary>
    public TimeSpan? Time { get; init; }

    /// <summary>A bold name without a colon: a label only where such names recur.</summary>
    public bool Uncolonned { get; init; }

    /// <summary>
    /// Initials opening a paragraph with no mark after them ("JR Well, …"): a label only where they answer questions and
    /// spell a name the page writes out.
    /// </summary>
    public bool Unmarked { get; init; }

    /// <summary>
    /// A full name in square brackets before the speech with no colon ("[Jane Roe] Thanks …"): a label only where two
    /// speakers or more are written so, twice each.
    /// </summary>
    public bool Bracketed { get; init; }

    /// <summary>Whether the label was carried over from an earlier label line rather than written on this paragraph.</summary>
    public bool Carried { get; init; }

    /// <summary>Reads a label from the start of a block, or returns <see langword="null"/>.</summary>
    public static SpeakerLabel? Read(Block block)
    {
        string text = block.Text;
        // HTML: a bold run ending in a colon, or a bold run followed by a colon (a bold "P.-" is read as the text's).
        if (block.BoldPrefix is { Length: > 0 and <= 60 } bold && LetterStopDash(text) < 0)
        {
            string name = bold.TrimEnd().TrimEnd(':', '.').Trim();
            int timed = ColonAfterTime(text, bold.Length);
            int colon = timed >= 0 ? timed : text.IndexOf(':', Math.Max(0, bold.Length - 2));
            bool colonNear = colon >= 0 && (colon <= bold.Length + 2 || colon == timed);
            if (colonNear && name.Length > 0 && TextUtil.CountWords(name) <= 5)
            {
                if (IsNoteLabel(name)) return null;
                string rest = text[(colon + 1)..].Trim();
                // A time between the name and the colon: Create reads it and the colon after it as the label's.
                return rest.Length == 0 ? null : Create(name, timed >= 0 ? text[bold.Length..].Trim() : rest);
            }

            // "<b>Pregunta.</b> ¿Qué …?": a question or answer word closed by a full stop, as Spanish papers print it.
            if (!colonNear && bold.TrimEnd().EndsWith('.') && name.Length > 1 && Classify(name) is LabelKind.Question or LabelKind.Answer
                && text.StartsWith(bold, StringComparison.Ordinal))
            {
                string rest = text[bold.Length..].Trim();
                return rest.Length == 0 ? null : Create(name, rest);
            }

            // "<strong>Smith</strong> Well, …": a bold name without a colon (the segmenter keeps it only when it recurs).
            if (!colonNear && TextUtil.CountWords(name) <= 3 && IsNameLabel(name) && text.Length > bold.Length + 1 && text.StartsWith(bold, StringComparison.Ordinal))
            {
                string rest = text[bold.Length..].TrimStart(' ', '–', '—', '-').Trim();
                return rest.Length == 0 ? null : Create(name, rest) with { Uncolonned = true };
            }
        }

        return ReadPlain(text) ?? ReadCapitals(text) ?? ReadUnmarkedInitials(text) ?? ReadBracketedName(text);
    }

    /// <summary>
    /// Where the colon stands that closes a bold name and the media time after it ("**Jane Roe** [00:02:40]: …"), or -1:
    /// the time belongs to the label, which the colon closes.
    /// </summary>
    private static int ColonAfterTime(string text, int boldEnd)
    {
        int i = boldEnd;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !MediaTime.TryReadBracketed(text.AsSpan(i), out _, out int length)) return -1;
        i += length;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] == ':' ? i : -1;
    }

    /// <summary>
    /// "[Jane Roe] Thanks for …": a name of two words or more in square brackets, a space, and the speech. A kicker or a
    /// place opens a line so too ("[St. Louis] …"), so the segmenter weighs them (see <see cref="Bracketed"/>). A link's
    /// "[text](…)", a note's "[1]" and "[Jane Roe]: …" (the colon reading's) are none.
    /// </summary>
    internal static SpeakerLabel? ReadBracketedName(string text)
    {
        if (text.Length < 8 || text[0] != '[') return null;
        int close = text.IndexOf(']');
        if (close < 3 || close > 50 || close + 2 >= text.Length || text[close + 1] != ' ') return null;
        string name = text[1..close].Trim();
        string speech = text[(close + 2)..].Trim();
        // A single name word or initials ("[Pieter] …", "[JN] …") too; the segmenter keeps them only where they take turns.
        return speech.Length > 0 && (name.Contains(' ', StringComparison.Ordinal) ? IsNameLabel(name)
            : TryReadNameWord(name, out _) || Metadata.NameShapes.LooksLikeInitials(name))
            ? Create(name, speech) with { Bracketed = true } : null;
    }

    /// <summary>
    /// "JR Well, it was …": two or three capitals, a space, and a sentence (or a stage direction in brackets before it:
    /// "JR (laughs) Well, …"), as some magazines print the answerer's initials. An acronym opens a sentence so too
    /// ("UN troops …"), so the segmenter weighs them (see
    /// <see cref="Unmarked"/>).
    /// </summary>
    private static SpeakerLabel? ReadUnmarkedInitials(string text)
    {
        if (text.Length < 12 || !char.IsUpper(text[0]) || !char.IsUpper(text[1])) return null;
        int end = text[2] == ' ' ? 2 : char.IsUpper(text[2]) && text[3] == ' ' ? 3 : -1;
        if (end < 0 || !(char.IsUpper(text[end + 1]) || text[end + 1] is '"' or '“' or '„' or '«' or '\'' or '‘' or '(')) return null;
        return new SpeakerLabel(LabelKind.Name, text[..end], text[(end + 1)..].Trim()) { Unmarked = true };
    }

    /// <summary>
    /// "HOLM. How often …" / "HOLM — How often …": a surname in capitals closed by a full stop or set apart by a dash, as
    /// transcripts print a speaker. An acronym ends sentences that way too: a label only where the name recurs.
    /// </summary>
    private static SpeakerLabel? ReadCapitals(string text) =>
        CapitalsLabelLength(text) is var (nameEnd, restStart)
            ? Create(TitleCase(text[..nameEnd]), text[restStart..].Trim()) with { Uncolonned = true }
            : null;

    /// <summary>
    /// The name before a dash opening a line ("Jane Roe – Well, it was …", "Gazette - Why now?"): one to four words, each
    /// opening with a capital but a name's particle inside, no digits, speech after it; null otherwise. Alone it is no
    /// label: a dateline or a teaser's title opens a line so too (see <see cref="DashedSpeakers"/>).
    /// </summary>
    internal static string? DashedName(string text, out string rest)
    {
        rest = string.Empty;
        var head = text.AsSpan(0, Math.Min(text.Length, MaxDashedNameLength + 3));
        // The first dash with a space on either side: a hyphen inside the name ("Jean-Luc Roe") joins it.
        int at = head.IndexOfAny(DashSeparators);
        while (at > 0 && at + 1 < head.Length && !(head[at - 1] == ' ' && head[at + 1] == ' '))
        {
            int next = head[(at + 1)..].IndexOfAny(DashSeparators);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (at <= 1 || at + 2 >= text.Length || text[at - 1] != ' ' || text[at + 1] != ' ') return null;
        var name = text.AsSpan(0, at - 1).Trim();
        int words = 0;
        bool lastCapital = false;
        var particles = Languages.Vocabulary.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in name.Split(' '))
        {
            var w = name[part];
            if (w.IsEmpty) continue;
            if (++words > 4 || w.ContainsAnyInRange('0', '9')) return null;
            // A particle stands inside a name, never first ("Jornal do Vale", "Ana de Souza").
            lastCapital = char.IsUpper(w[0]);
            if (!lastCapital && (words == 1 || !particles.Contains(w))) return null;
        }

        rest = text[(at + 2)..].Trim();
        return words > 0 && lastCapital && rest.Length > 0 ? name.ToString() : null;
    }

    /// <summary>
    /// The label of a line that opens with one of <see cref="DashedSpeakers"/>: read as "NAME: speech" would be, and a
    /// name with a particle inside ("Jornal do Vale") kept too, since the dialogue has shown it to be a speaker's.
    /// </summary>
    internal static SpeakerLabel? ReadDashed(string name, string rest) => ReadPlain(name + ": " + rest) ?? Create(name, rest);

    /// <summary>
    /// The names that open lines before a dash in a dialogue written "NAME – speech": two names or more, each opening two
    /// lines at least, together four lines at least, the speech a sentence or a question (not a list's "Sprint speed –
    /// User") and the turns changing hands (three times in four the name changes, or a plain question stands between two
    /// lines of one name: the interviewer spoke); null when the page has no such dialogue.
    /// </summary>
    internal static HashSet<string>? DashedSpeakers(IReadOnlyList<Block> blocks)
    {
        Dictionary<string, int>? counts = null;
        string? previous = null;
        int changes = 0, transitions = 0;
        bool asked = false;
        foreach (var b in blocks)
        {
            if (DashedName(b.Text, out string rest) is not { } n || !(TextUtil.EndsLikeSentence(rest) || TextUtil.EndsWithQuestionMark(rest)))
            {
                asked |= previous is not null && TextUtil.EndsWithQuestionMark(b.Text);
                continue;
            }

            (counts ??= new(StringComparer.Ordinal))[n] = counts.GetValueOrDefault(n) + 1;
            if (previous is not null)
            {
                transitions++;
                if (previous != n || asked) changes++;
            }

            previous = n;
            asked = false;
        }

        if (counts is null) return null;
        if (changes * 4 < transitions * 3) return OpeningExchange(blocks);
        HashSet<string>? names = null;
        int lines = 0;
        foreach (var (n, c) in counts)
        {
            if (c < 2) continue;
            (names ??= new(StringComparer.Ordinal)).Add(n);
            lines += c;
        }

        if (names is not { Count: >= 2 } || lines < 4) return OpeningExchange(blocks);
        // "Jane Roe – …" once, then "JR – …": a speaker named in full at first is the one her initials stand for after.
        foreach (var (n, c) in counts)
        {
            if (c == 1 && n.Contains(' ', StringComparison.Ordinal) && names.Contains(CapitalInitials(n))) names.Add(n);
        }

        return names;
    }

    /// <summary>
    /// The two names of an opening exchange written "NAME – speech" once ("Gazette – Why now?" over "Jane Roe – Because …"),
    /// the questions after it unlabelled: the first dashed line of the page asks, the line right under it answers in a
    /// sentence, and the answerer's name is a full name. A dateline or a teaser's title is no question answered by a
    /// person's full name on the next line. Null when the page opens no such exchange.
    /// </summary>
    private static HashSet<string>? OpeningExchange(IReadOnlyList<Block> blocks)
    {
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (DashedName(blocks[i].Text, out string question) is not { } asker) continue;
            if (!TextUtil.EndsWithQuestionMark(question) || DashedName(blocks[i + 1].Text, out string answer) is not { } answerer
                || answerer == asker || !TextUtil.EndsLikeSentence(answer) || !Metadata.NameShapes.LooksLikeBareName(answerer)) return null;
            return new HashSet<string>(StringComparer.Ordinal) { asker, answerer };
        }

        return null;
    }

    /// <summary>The capitals among a name's initials ("Jornal do Vale" → "JV"): particles are not written in short forms.</summary>
    internal static string CapitalInitials(string name)
    {
        string initials = Metadata.NameShapes.InitialsOf(name);
        return initials.All(char.IsUpper) ? initials : string.Concat(initials.Where(char.IsUpper));
    }

    /// <summary>The longest name read before a dash.</summary>
    private const int MaxDashedNameLength = 40;

    /// <summary>The dashes that may set a name apart from its speech.</summary>
    private static readonly System.Buffers.SearchValues<char> DashSeparators = System.Buffers.SearchValues.Create("-–—");

    /// <summary>
    /// "P.- ¿Qué …?" / "R. – Todo …": a question or answer letter, its full stop and a dash (the convention of Spanish
    /// papers), then a space or the speech; the dash's index, or -1. ("J.-P." is a name's initials: no such letter.)
    /// </summary>
    private static int LetterStopDash(string text)
    {
        if (text.Length <= 4 || text[1] != '.' || !char.IsUpper(text[0]) || Classify(text[..1]) == LabelKind.Name) return -1;
        int dash = 2;
        while (dash < text.Length && text[dash] == ' ') dash++;
        return dash + 1 < text.Length && DashSeparators.Contains(text[dash]) && (text[dash + 1] == ' ' || !char.IsUpper(text[dash + 1])) ? dash : -1;
    }

    /// <summary>Reads a plain-text label ("Q:", "Lund:", "Frage 1:", "JANE ROE, HOST:"), strict about its shape.</summary>
    public static SpeakerLabel? ReadPlain(string text)
    {
        // ">> JANE ROE: …": a caption's mark of a new speaker, copied into a text, stands before the label.
        if (text.StartsWith(">>", StringComparison.Ordinal) && text.Length > 3) text = text[2..].TrimStart();
        if (LetterStopDash(text) is var dash and > 0) return Create(text[..1], text[(dash + 1)..].Trim());

        // "Q. …" / "A. …" (and P./R. in Spanish, F./A. in German): one letter and a full stop.
        // Not the initials of a name ("A. B.: …").
        if (text.Length > 3 && text[1] == '.' && text[2] == ' ' && char.IsUpper(text[0]) && Classify(text[..1]) != LabelKind.Name
            && !(text.Length > 4 && char.IsUpper(text[3]) && text[4] == '.'))
        {
            return Create(text[..1], text[3..].Trim());
        }

        // "Pregunta. ¿Qué …?" / "Respuesta. Todo …": a question or answer word closed by a full stop, the speech opening
        // a sentence after it (a wrapped line that begins "Antwort. weiterlesen" ends a sentence, it labels nothing).
        int stop = text.AsSpan(0, Math.Min(text.Length, 14)).IndexOf(". ");
        int speech = stop + 2;
        while (stop > 0 && speech < text.Length && !char.IsLetterOrDigit(text[speech])) speech++; // "¿", "«", a link's "["
        if (stop > 1 && stop <= 12 && speech < text.Length && char.IsUpper(text[0]) && !char.IsLower(text[speech])
            && text.AsSpan(0, stop).IndexOf(' ') < 0 && IsQuestionOrAnswerWord(text.AsSpan(0, stop)))
        {
            return Create(text[..stop], text[(stop + 2)..].Trim());
        }

        // "Q) How …?" / "A) It …": a question or answer letter closed by a bracket. (A list's "B)" and "C)" are no such letters.)
        if (text.Length > 4 && char.IsUpper(text[0]) && text[1] == ')' && text[2] == ' ' && Classify(text[..1]) != LabelKind.Name)
        {
            return Create(text[..1], text[3..].Trim());
        }

        // "P – ¿Por qué …?" / "R - Porque …": a question or answer letter set apart by a dash. ("I — and I was …" is a
        // speaker breaking off after the pronoun.)
        if (text.Length > 4 && char.IsUpper(text[0]) && text[0] != 'I' && text[1] == ' ' && text[2] is '-' or '–' or '—' && text[3] == ' '
            && Classify(text[..1]) != LabelKind.Name)
        {
            return Create(text[..1], text[4..].Trim());
        }

        // "Mr. SMITH. Thank you …" / "Senator JONES. …": a hearing's record names the speaker by title and surname in
        // capitals, closed by a full stop.
        if (HearingLabelLength(text) is int hearing)
        {
            int space = text.IndexOf(' ');
            return Create(text[..space] + " " + TitleCase(text[(space + 1)..(hearing - 1)]), text[(hearing + 1)..].Trim());
        }

        // "Q  What about …": press-briefing transcripts set the question letter apart by spacing alone.
        if (text.Length > 3 && text[0] == 'Q' && text[1] == ' ' && (char.IsUpper(text[2]) || text[2] == ' '))
        {
            return Create("Q", text[2..].Trim());
        }

        int colon = text.AsSpan().IndexOfAny(':', '\uFF1A');
        // "Speaker 1 (00:12:34): …": the colons of the time are not the label's.
        int open = text.IndexOfAny(['(', '[']);
        if (open > 0 && open < colon && MediaTime.TryReadBracketed(text.AsSpan(open), out var labelTime, out int timeLength))
        {
            int after = open + timeLength;
            colon = after < text.Length && text[after] == ':' ? after : -1;
            // "Jane Roe (00:12:34) Thanks for …": the time alone sets the name apart from the speech. Kept only where
            // such labels recur, as bare bold names are.
            if (colon < 0 && after < text.Length && char.IsWhiteSpace(text[after]) && IsNameLabel(text[..open].Trim())
                && text[after..].Trim() is { Length: > 0 } spoken)
            {
                return Create(text[..open].Trim(), spoken) with { Uncolonned = true, Time = labelTime };
            }
        }

        if (colon <= 0 || colon > 50 || colon + 1 >= text.Length)
        {
            return null;
        }

        string name = text[..colon].Trim();
        if (name.Length == 0 || char.IsAsciiDigit(text[colon + 1]) || char.IsAsciiDigit(name[^1]) && name.Length <= 2 && !char.IsLetter(name[0]))
        {
            return null; // "10:30 …" is a time, not a label ("Q1: …" is one)
        }

        // "Arbeiter:innen und …": a colon between a word's letters, the second in small letters, is inside the word (German
        // writes its gender-inclusive forms so); a line the wrapper began with such a word is not labelled by it.
        if (char.IsLetter(text[colon - 1]) && char.IsLower(text[colon + 1])) return null;

        string rest = text[(colon + 1)..].Trim();
        if (rest.Length == 0)
        {
            return null;
        }

        // "Dress: Acme. Shoes: Foo." is a credit line, not speech; a question or an answer is never one ("A: Once it is warm.
        // The bees tell you: they fly.").
        if (Classify(name) == LabelKind.Name && IsCreditList(rest)) return null;
        if (IsNoteLabel(name)) return null;
        // "Interview: Jane Roe" credits the questions; nobody says "Jane Roe".
        if (InterviewWords.OpensWith(name) is { } word && word.Length == name.Length && NameShapes.LooksLikeBareName(rest.TrimEnd('.'))) return null;
        // "[Jane Roe]: …": the name in square brackets.
        if (name.Length > 4 && name[0] == '[' && name[^1] == ']' && IsNameLabel(name[1..^1].Trim())) return Create(name[1..^1].Trim(), rest);
        // "Host (Jane Roe): …": the role, then the name in brackets.
        if (RoleThenName(name) is var (role, person)) return Create(person, rest) with { StatedRole = RoleWords.StatedRole(role) };
        if (Classify(name) != LabelKind.Name || IsNameLabel(WithoutTime(name, out _))) return Create(name, rest);
        // "hafenblatt: Was …?": an outlet that writes its name in small letters asks in its own name. Kept only where such a
        // label recurs (as bare bold names are), and only before a question: "note: …" and "update: …" ask nothing.
        return IsLowerCaseOutlet(name) && TextUtil.EndsWithQuestionMark(rest) ? Create(name, rest) with { Uncolonned = true } : null;
    }

    /// <summary>One word in small letters, a dot allowed inside ("hafenblatt", "hafen.de"): a brand, not a person.</summary>
    private static bool IsLowerCaseOutlet(string name) =>
        name.Length is >= 2 and <= 20 && char.IsLower(name[0]) && char.IsLetterOrDigit(name[^1])
        && !name.AsSpan().ContainsAnyExcept(LowerOutletChars);

    private static readonly System.Buffers.SearchValues<char> LowerOutletChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzäöüßéèàçñ0123456789.-");

    /// <summary>
    /// Whether a whole paragraph is a label standing on its own line above the speech ("PREGUNTA",
    /// "JOHN SMITH, HOST", "Frage:"): a question or answer word, or a short ALL-CAPS name, with no sentence punctuation.
    /// </summary>
    public static bool TryReadStandalone(string text, out SpeakerLabel label)
    {
        label = default;
        var t = text.AsSpan().Trim().TrimEnd(":\uFF1A").TrimEnd();
        // "Jane Roe: 00:00:43": the name, a colon (or a full-width one) and the time alone on the line. (In "JR 00:01:15"
        // the first colon is the time's own, read below.)
        int timeColon = t.IndexOfAny(':', '\uFF1A');
        // The colon is the clock's own where a digit stands before it inside the line's last word ("Jonas  00:00:37").
        bool clocks = timeColon > 0 && char.IsAsciiDigit(t[timeColon - 1]) && t.LastIndexOf(' ') < timeColon;
        if (timeColon > 0 && !clocks && !(char.IsAsciiDigit(t[timeColon - 1]) && TimeBesideName(t) is not null) && MediaTime.TryReadWhole(t[(timeColon + 1)..].Trim(), out var after) && IsNameLabel(t[..timeColon].Trim().ToString()))
        {
            label = Create(t[..timeColon].Trim().ToString(), string.Empty) with { Time = after };
            return true;
        }

        // "Jane Roe  0:05" and "00:00:05 Jane Roe", as transcription services export them: a name and a time, alone.
        if (TimeBesideName(t) is var (besideName, besideTime))
        {
            label = Create(besideName, string.Empty) with { Time = besideTime };
            return true;
        }

        // "Mara (00:03):": the time goes with the label.
        string nameOnly = WithoutTime(t.ToString(), out var time);
        if (time is not null)
        {
            if (nameOnly.Length == 0 || !IsNameLabel(nameOnly)) return false;
            label = Create(t.ToString(), string.Empty);
            return true;
        }

        if (t.Length is 0 or > 70 || t[^1] is '.' or '?' or '!' or '…' or '"' or '”' or '»')
        {
            return false;
        }

        string name = t.ToString();
        if (IsNoteLabel(name)) return false;
        bool colon = text.AsSpan().TrimEnd().EndsWith(":");
        // A roman numeral alone on a line numbers a section ("I", "II"): the interviewer's "I" needs its colon.
        if ((Classify(name) != LabelKind.Name && (colon || !IsRomanNumeral(name))) || (colon && IsNameLabel(name)))
        {
            label = Create(name, string.Empty);
            return true;
        }

        int letters = 0, upper = 0;
        foreach (char c in t)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            else if (!(c is ' ' or ',' or '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        if (letters < 2 || upper != letters || TextUtil.CountWords(name) > 8)
        {
            return false;
        }

        label = Create(name, string.Empty);
        return true;
    }

    /// <summary>
    /// The name and time of a line that is a speaker's name of two words or more ("Jane Roe", "Speaker 1") and a clock
    /// time, either first, a space (or a dash or bar) between; a single word beside a time is a time's word or zone ("13:21 Uhr") as
    /// often as a name, unless it names a side of the talk ("Host", "Interviewer"), or is a speaker's initials before
    /// the time ("JR 00:01:15", where a zone would follow it).
    /// </summary>
    private static (string Name, TimeSpan Time)? TimeBesideName(ReadOnlySpan<char> line)
    {
        if (line.Length > 70) return null;
        if (TimeCloses(line, out var before, out var end) && (IsNameOrSide(before) || NameShapes.LooksLikeInitials(before))) return (before.ToString(), end);
        if (TimeOpens(line, out var after, out var start) && IsNameOrSide(after)) return (after.ToString(), start);
        return null;
    }

    /// <summary>Whether a clock time closes the line after a space; <paramref name="before"/> is the text before it, a dash, bar or comma between them and brackets round it dropped.</summary>
    private static bool TimeCloses(ReadOnlySpan<char> line, out ReadOnlySpan<char> before, out TimeSpan end)
    {
        before = default;
        int last = line.LastIndexOf(' ');
        if (last <= 0 || !MediaTime.TryReadWhole(line[(last + 1)..], out end)) { end = default; return false; }
        before = WithoutBrackets(line[..last].Trim().TrimEnd("-–—|·,").TrimEnd());
        return !before.IsEmpty;
    }

    /// <summary>A name in one pair of brackets beside its time ("[Jane Roe] 00:00:05") without them; other text as it is.</summary>
    private static ReadOnlySpan<char> WithoutBrackets(ReadOnlySpan<char> name) =>
        name is ['[', .. var inner, ']'] && !inner.ContainsAny('[', ']') ? inner.Trim() : name;

    /// <summary>Whether a clock time opens the line before a space; <paramref name="after"/> is the text after it (brackets round it dropped), not a time's word ("13:21 Uhr", "6:00 PM").</summary>
    private static bool TimeOpens(ReadOnlySpan<char> line, out ReadOnlySpan<char> after, out TimeSpan start)
    {
        after = default;
        int first = line.IndexOf(' ');
        if (first <= 0 || !MediaTime.TryReadWhole(line[..first], out start)) { start = default; return false; }
        after = WithoutBrackets(line[(first + 1)..].Trim());
        return !after.IsEmpty && !IsClockSuffix(after);
    }

    /// <summary>
    /// A speaker's name of two words or more, a numbered speaker ("SPEAKER_01"), or a word that names a side of the talk,
    /// beside a time.
    /// </summary>
    private static bool IsNameOrSide(ReadOnlySpan<char> text)
    {
        string s = text.ToString();
        return text.Contains(' ') || SelfIntroduction.IsNumbered(s) ? IsNameLabel(s) : RoleWords.NamesASide(s);
    }

    /// <summary>
    /// Reads a line that is one name word and a time, apart by spaces ("Pieter  0:05", "00:01:10 Jonas"), as transcription
    /// tools head each turn: the word's label with the time, or null. A chapter's line looks alike ("Intro  0:00"), so the
    /// segmenter takes such words as speakers only where they recur over speech (see <c>TurnSegmenter.TimedNameWords</c>).
    /// </summary>
    internal static SpeakerLabel? WordBesideTime(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > MaxNameWordLength + MaxTimeBesideLength) return null;
        if (TimeCloses(line, out var before, out var end) && TryReadNameWord(before.ToString(), out var label)) return label with { Time = end };
        if (TimeOpens(line, out var after, out var start) && TryReadNameWord(after.ToString(), out label)) return label with { Time = start };
        return null;
    }

    /// <summary>The most characters beside a name word on its time's line: spaces, a dash, and "[00:00:00.000]".</summary>
    private const int MaxTimeBesideLength = 20;

    /// <summary>
    /// Reads a line that a time opened (taken off it before, "[00:00:05] Jane Roe") and that is left with a speaker's name
    /// of two words or more and nothing else: a label line, as a time and a name together make one.
    /// </summary>
    public static bool TryReadTimedName(string text, TimeSpan time, out SpeakerLabel label)
    {
        bool read = TryReadFullName(text, out label);
        if (read) label = label with { Time = time };
        return read;
    }

    /// <summary>
    /// Reads a line that is a single name word alone ("Kestrel", "Anna"): a capital, then letters (a hyphen inside), no
    /// question or answer word, no note's label. Taken as a label only where the segmenter finds the word recurring over
    /// speech beside full names or taking turns with another such word, for a one-word line is as often a heading.
    /// </summary>
    internal static bool TryReadNameWord(string text, out SpeakerLabel label)
    {
        label = default;
        var t = text.AsSpan().Trim();
        if (t.Length is < 2 or > MaxNameWordLength || !char.IsUpper(t[0])) return false;
        foreach (char c in t) if (!char.IsLetter(c) && c != '-') return false;
        string name = t.ToString();
        if (Classify(name) != LabelKind.Name || IsNoteLabel(name)) return false;
        label = Create(name, string.Empty);
        return true;
    }

    /// <summary>The longest single name word read as a label line.</summary>
    private const int MaxNameWordLength = 24;

    /// <summary>
    /// Reads a line that is a speaker's name of two words or more and nothing else, set apart by the markup (a bold
    /// line over the speech): a label line, where such lines recur.
    /// </summary>
    public static bool TryReadFullName(string text, out SpeakerLabel label)
    {
        label = default;
        var t = text.AsSpan().Trim().TrimEnd(":\uFF1A").TrimEnd();
        if (t.Length is 0 or > 70 || !t.Contains(' ') || IsClockSuffix(t) || !IsNameLabel(t.ToString())) return false;
        label = Create(t.ToString(), string.Empty);
        return true;
    }

    /// <summary>
    /// The length of a hearing record's label ("Mr. SMITH." , "Senator VAN HOLLEN.") up to its closing full stop, when
    /// the text opens with one and speech follows it, else null: an honorific or title, then one to three words in
    /// capitals, the last closed by the stop.
    /// </summary>
    private static int? HearingLabelLength(string text)
    {
        int space = text.IndexOf(' ');
        // Two capitals after the first word before anything is looked up: most paragraphs go no further.
        if (space <= 1 || space > 12 || space + 2 >= text.Length || !char.IsUpper(text[space + 1]) || !char.IsUpper(text[space + 2])) return null;
        var title = text.AsSpan(0, space).TrimEnd('.').ToString();
        if (!IsTitle(title)) return null;
        int at = space + 1;
        for (int words = 0; words < 3; words++)
        {
            int end = at;
            while (end < text.Length && (char.IsUpper(text[end]) || text[end] is '-' or '\'' or '’')) end++;
            if (end - at < 2 || end >= text.Length) return null;
            if (text[end] == '.' && end + 2 < text.Length && text[end + 1] == ' ') return end + 1;
            if (text[end] != ' ') return null;
            at = end + 1;
        }

        return null;
    }

    /// <summary>
    /// The end of a name in capitals opening a paragraph (one or two words of two letters or more) and where the speech
    /// after it starts, when a full stop closes the name ("HOLM. …") or a spaced dash follows it ("HOLM — …").
    /// </summary>
    private static (int NameEnd, int RestStart)? CapitalsLabelLength(string text)
    {
        // Two capitals before anything is looked up: most paragraphs go no further.
        if (text.Length < 8 || !char.IsUpper(text[0]) || !char.IsUpper(text[1])) return null;
        int at = 0;
        for (int words = 0; words < 2; words++)
        {
            int end = at;
            while (end < text.Length && (char.IsUpper(text[end]) || text[end] is '-' or '\'' or '’')) end++;
            if (end - at < 2 || end + 3 >= text.Length) return null;
            // "MS. DALTON: …", "DR. …": a title's full stop, not the name's.
            if (words == 0 && IsTitle(text[..end])) return null;
            if (text[end] == '.' && text[end + 1] == ' ' && char.IsUpper(text[end + 2])) return (end, end + 2);
            if (text[end] == ' ' && text[end + 1] is '—' or '–' && text[end + 2] == ' ') return (end, end + 3);
            if (text[end] != ' ') return null;
            at = end + 1;
        }

        return null;
    }

    private static bool IsTitle(string word) => Languages.Vocabulary.Honorifics.Contains(word) || RoleWords.IsTitleWord(word);

    private static bool IsRomanNumeral(string word) => word.Length > 0 && word.AsSpan().IndexOfAnyExcept("IVXLCDM") < 0;

    /// <summary>
    /// What follows a clock time of day rather than a name: a mark of the morning or afternoon ("a.m.", "PM", "11:39 A.M.
    /// EDT") or a word that says the time is the clock's ("13:21 Uhr"), in any language's words.
    /// </summary>
    private static bool IsClockSuffix(ReadOnlySpan<char> after)
    {
        int space = after.IndexOf(' ');
        var first = (space < 0 ? after : after[..space]).TrimEnd('.');
        if (first.Length > 4) return false;
        string word = first.ToString().Replace(".", string.Empty, StringComparison.Ordinal);
        // A letter alone ("0:05 A") is an answer's label as often as the afternoon's "p".
        return word.Length >= 2 && (Languages.Vocabulary.MorningMarks.Contains(word) || Languages.Vocabulary.AfternoonMarks.Contains(word) || Languages.Vocabulary.ClockWords.Contains(word));
    }

    /// <summary>The label without a media time at its end ("Speaker 1 (00:12:34)" → "Speaker 1"), and that time.</summary>
    private static string WithoutTime(string name, out TimeSpan? time)
    {
        time = null;
        int open = name.LastIndexOfAny(['(', '[']);
        if (open > 0 && MediaTime.TryReadBracketed(name.AsSpan(open), out var t, out int len) && open + len == name.Length)
        {
            time = t;
            return name[..open].TrimEnd();
        }

        return name;
    }

    private static bool IsCreditList(string rest)
    {
        if (rest.Length > 200) return false;
        for (int i = rest.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = rest.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            int colon = rest.IndexOf(':', i + 2);
            if (colon > 0 && colon - i < 30 && !rest.AsSpan(i + 2, colon - i - 2).Contains('.')) return true;
        }

        return false;
    }

    /// <summary>A label carried over to a following paragraph of the same speaker.</summary>
    public SpeakerLabel CarryTo(string text) => this with { Rest = text, Carried = true };

    private static SpeakerLabel Create(string raw, string rest)
    {
        // "Speaker 1 (00:12:34)": the time belongs to the turn, not to the name.
        raw = WithoutTime(raw, out var time);

        if (MediaTime.TryReadBracketed(rest.AsSpan(), out var after, out int afterLen))
        {
            time ??= after;
            rest = rest[afterLen..].TrimStart();
            // "**Jane Roe** (00:05): …": the colon after the time closes the label the markup set apart.
            if (rest.StartsWith(':')) rest = rest[1..].TrimStart();
        }

        var kind = Classify(raw);
        return new SpeakerLabel(kind, kind == LabelKind.Name ? PersonName(raw) : raw, rest) { StatedRole = RoleWords.StatedRole(raw), Time = time };
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>A name label: 1–4 name words, an ALL-CAPS label, initials, optionally with ", ROLE".</summary>
    private static bool IsNameLabel(string name)
    {
        int comma = name.IndexOf(',');
        string person = comma > 0 ? name[..comma] : name;
        if (comma > 0 && !IsAllCaps(name))
        {
            return false;
        }

        // "Jane Roe (JR)": the name with the short form the transcript uses from here on; "Jane Roe (Host)": with her role.
        int open = person.LastIndexOf(" (", StringComparison.Ordinal);
        if ((RoleInBrackets(person) ?? TitleInBrackets(person)) is int role)
        {
            person = person[..role];
        }
        else if (open > 0 && person.EndsWith(')') && person.Length - open - 3 is >= 1 and <= 5 && person.AsSpan(open + 2, person.Length - open - 3).ContainsAnyExcept(Letters) is false)
        {
            person = person[..open];
        }

        if (NameShapes.IsUnspacedName(person)) return true;
        var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Speaker 1", "Guest 2": a numbered speaker.
        if (words.Length == 2 && words[1].All(char.IsAsciiDigit) && NameShapes.IsNameWord(words[0])) return true;
        // "SPEAKER_01", "Speaker_1": the same, as diarisation tools join the two.
        if (words.Length == 1 && SelfIntroduction.NumberSeparator(person) is int joint and > 0 && NameShapes.IsNameWord(person.AsSpan(0, joint))) return true;
        if (words.Length is 0 or > 4) return false;
        if (words.Length > 1 && Languages.Vocabulary.Salutations.Contains(words[0])) return false; // "Dear Anna": a letter's salutation
        // "Im Rückblick: …", "After the war: …": a preposition opens a topic run into the text, never a name.
        if (words.Length > 1 && (Languages.Vocabulary.FunctionWords.Contains(words[0]) || Languages.Vocabulary.Locatives.Contains(words[0]))) return false;
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            // A particle stands between the name's words ("Anna van Dijk"), never first or last.
            if (!NameShapes.IsNameWord(w) && !NameShapes.IsHonorific(w) && !(w.Length > 1 && IsAllCaps(w))
                && !(i > 0 && i < words.Length - 1 && NameShapes.IsNameOnlyParticle(w)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"JANE ROE, HOST" → "Jane Roe"; "PRESIDENTA ANA LUND" → "Ana Lund"; "JS" stays.</summary>
    internal static string PersonName(string raw)
    {
        int comma = raw.IndexOf(',');
        string person = (comma > 0 ? raw[..comma] : raw).Trim();
        // "JANE ROE (HOST)": a role in brackets is the role's, like one after a comma.
        if ((RoleInBrackets(person) ?? TitleInBrackets(person)) is int open) person = person[..open].TrimEnd();
        // "SEN. JANE ROE (D)", "REP. TOM BERG (R-TX)": a party and state are no part of the name.
        else if (AffiliationInBrackets(person) is int party) person = person[..party].TrimEnd();
        var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        while (start < words.Length - 2 && RoleWords.IsTitleWord(words[start])) start++;
        if (start > 0) person = string.Join(' ', words[start..]);
        return IsAllCaps(person) && person.Length > 3 ? TitleCase(person) : person;
    }

    /// <summary>A label of a role word and a person's name in brackets ("Host (Jane Roe)"), split, or null.</summary>
    private static (string Role, string Person)? RoleThenName(string label)
    {
        int open = label.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')') || open + 3 >= label.Length) return null;
        string role = label[..open], person = label[(open + 2)..^1].Trim();
        return IsRoleWord(role) && IsNameLabel(person) && person.Contains(' ') ? (role, person) : null;
    }

    /// <summary>Where a closing "(ROLE)" begins, when the brackets hold a role word ("Jane Roe (Host)"), else null.</summary>
    internal static int? RoleInBrackets(string label)
    {
        int open = label.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')')) return null;
        return IsRoleWord(label[(open + 2)..^1]) ? open : null;
    }

    /// <summary>
    /// Where a closing bracket begins that gives the speaker's title after a name of two words at least ("OMAR HADDAD
    /// (Hydrologist)", "Jane Roe (Head of Research)"): one to <see cref="MaxBracketTitleWords"/> words of letters, the
    /// first a capital's. Capitals alone are a party or a short form (<see cref="AffiliationInBrackets"/>).
    /// </summary>
    internal static int? TitleInBrackets(string label)
    {
        int open = label.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')') || !label.AsSpan(0, open).Trim().Contains(' ')) return null;
        var inside = label.AsSpan(open + 2, label.Length - open - 3);
        if (inside.IsEmpty || !char.IsUpper(inside[0]) || !inside.ContainsAnyExcept(Capitals)) return null;
        int words = 1;
        foreach (char c in inside)
        {
            if (c == ' ') words++;
            else if (!char.IsLetter(c) && c != '-') return null;
        }

        return words <= MaxBracketTitleWords ? open : null;
    }

    /// <summary>The most words of a title in brackets after a speaker's name.</summary>
    private const int MaxBracketTitleWords = 4;

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ- ");

    /// <summary>
    /// Where a closing bracket begins that names a party, or a party and a state ("(D)", "(R-TX)"), after a name of two
    /// words at least: one capital, or capitals joined by a hyphen. Two or three capitals alone are as often the short
    /// form the transcript goes on to use ("Jane Roe (JR)"), and stay.
    /// </summary>
    internal static int? AffiliationInBrackets(string label)
    {
        int open = label.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')') || label.Length - open - 3 is < 1 or > MaxAffiliationLength) return null;
        var inside = label.AsSpan(open + 2, label.Length - open - 3);
        foreach (char c in inside) if (!(char.IsUpper(c) || c == '-')) return null;
        if (inside.Length > 1 && (inside.IndexOf('-') <= 0 || inside[^1] == '-')) return null;
        return label.AsSpan(0, open).Trim().Contains(' ') ? open : null;
    }

    /// <summary>The most characters of a party or state in brackets after a name.</summary>
    private const int MaxAffiliationLength = 6;

    /// <summary>A word of either side's role or of neither's ("Host", "Guest", "Narrator").</summary>
    private static bool IsRoleWord(string word) => RoleWords.StatedRole(word) is not null || Languages.Vocabulary.IntervieweeRoles.Contains(word);

    private static string TitleCase(string s)
    {
        var chars = s.ToLowerInvariant().ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (start) chars[i] = char.ToUpperInvariant(chars[i]);
                start = false;
            }
            else
            {
                start = chars[i] is ' ' or '-' or '.';
            }
        }

        return new string(chars);
    }

    private static bool IsAllCaps(string s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters > 0;
    }

    /// <summary>Whether a label opens a note rather than a speaker's words ("Tip:", "Step 2:", "Fig. 3:").</summary>
    private static bool IsNoteLabel(string name)
    {
        var notes = Vocabulary.NoteLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        var t = name.AsSpan().Trim();
        int space = t.IndexOf(' ');
        if (space < 0) return notes.Contains(t.TrimEnd('.'));
        // "Step 2", "Fig. 3)": the word and a number; or a phrase of the list itself ("mise à jour").
        var rest = t[(space + 1)..].Trim().TrimEnd(".)");
        return (rest.Length > 0 && !rest.ContainsAnyExceptInRange('0', '9') && notes.Contains(t[..space].TrimEnd('.'))) || notes.Contains(t);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWords =
        Languages.Vocabulary.QuestionLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnswerWords =
        Languages.Vocabulary.AnswerLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether one word is a question or an answer label ("Pregunta", "Antwort"), looked up without a copy.</summary>
    private static bool IsQuestionOrAnswerWord(ReadOnlySpan<char> word) => QuestionWords.Contains(word) || AnswerWords.Contains(word);

    private static LabelKind Classify(string name)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (first.Length == 0) return LabelKind.None;
        string w = first[0].TrimEnd('.');
        // "Q1", "A12": a question or answer letter with the number run on.
        if (first.Length == 1 && w.Length >= 2 && char.IsLetter(w[0]) && char.IsAsciiDigit(w[^1])) w = w.AsSpan().TrimEnd("0123456789").ToString();
        bool numbered = first.Length == 1 || (first.Length == 2 && first[1].TrimEnd('.').All(char.IsAsciiDigit));
        if (numbered && Vocabulary.QuestionLabels.Contains(w)) return LabelKind.Question;
        if (numbered && Vocabulary.AnswerLabels.Contains(w)) return LabelKind.Answer;
        return LabelKind.Name;
    }
}
