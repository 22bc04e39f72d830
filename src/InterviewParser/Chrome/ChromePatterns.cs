using InterviewParser.Languages;

namespace InterviewParser.Chrome;

/// <summary>
/// Classes of chrome lines recognised by their shape rather than by a phrase, each backed by a short per-language word
/// list in <see cref="ChromeLexicon"/>: a picture credit ("Foto: Privat", "Titelbild: …", "Photograph: Jane Roe/Agency")
/// or a caption ending in one ("The quay at dawn. © Jane Roe", "Jane Roe at the quay, Foto: Tom Berg"),
/// a reading-time note ("Lesezeit 5 Min.", "4 min read"), a call to action ("Unterstütze uns!", "Newsletter
/// abonnieren"), a note on a transcript's state ("This transcript may contain errors"), a gallery's counter
/// ("Bild 5 von 10") and a media player's clock ("00:00 / 48:12").
/// </summary>
internal static class ChromePatterns
{
    /// <summary>
    /// Whether a trimmed line belongs to one of the classes; <paramref name="bracketed"/> tells that brackets enclosed it,
    /// <paramref name="stopped"/> that a statement's or question's closing mark ended it before it was trimmed;
    /// <paramref name="calls"/> whether calls to action count.
    /// </summary>
    public static bool Matches(ReadOnlySpan<char> line, bool bracketed = false, bool stopped = false, bool calls = true)
    {
        // The words are counted once for all the classes, and looked up only on a line short enough for the classes that
        // read them (a long paragraph is none of those).
        int words = TextUtil.CountWords(line);
        var classes = words <= MaxClassedWords ? ChromeLexicon.ClassesIn(line) : WordClass.None;
        return IsCreditLine(line, words) || IsCaptionWithCredit(line) || IsCaptionWithCopyright(line, words) || IsReadingTime(line, words, classes)
            || (calls && IsCallToAction(line, words, classes, stopped)) || IsTranscriptNote(words, classes) || IsEditingNote(line, words, classes) || IsProvenanceNote(words, classes)
            || IsSignInNote(line, words) || IsFeedbackQuestion(line, words) || (!bracketed && IsCreditsRoll(line, words)) || IsLinkReference(line) || IsMetaRow(line)
            || IsRatingLine(line, words, classes) || IsMediaTeaser(line) || (words <= 40 && ChromeLexicon.EndsWithCommentCall(line))
            || IsTagRow(line) || (words <= 4 && IsGalleryCounter(line)) || (words <= MaxPlayerRowWords && IsPlayerClock(line)) || (words <= MaxClipboardNoticeWords && Has(classes, WordClass.Clipboard | WordClass.Link));
    }

    /// <summary>
    /// A line of this many words at most that names the clipboard and a link is the notice a share button shows ("Link
    /// copied to clipboard", "Die Artikel-URL wurde in Ihrer Zwischenablage gespeichert").
    /// </summary>
    private const int MaxClipboardNoticeWords = 15;

    /// <summary>The most words of an embedded post's credit line.</summary>
    private const int MaxEmbedCreditWords = 20;

    /// <summary>
    /// The credit line of a post embedded from a social network: an account's handle in brackets and the post's date after
    /// it, in any language ("— Harbour Lines (@harbourlines) May 2, 2021", "A post shared by Jane Roe (@janeroe) on …").
    /// The handle is one word of letters, digits, dots and underscores.
    /// </summary>
    internal static bool IsEmbedCredit(ReadOnlySpan<char> line, int words)
    {
        int open = line.IndexOf("(@", StringComparison.Ordinal);
        if (open < 0 || words > MaxEmbedCreditWords) return false;
        int close = line[(open + 2)..].IndexOf(')');
        if (close is < 1 or > 30) return false;
        foreach (char c in line.Slice(open + 2, close))
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.')) return false;
        }

        var after = line[(open + 3 + close)..];
        return after.ContainsAnyInRange('0', '9') && Metadata.DateTextParser.ParseText(after.ToString(), Model.TimestampSource.Text) is not null;
    }

    /// <summary>
    /// A gallery's counter: a picture word, then "n of m" with n not above m, the two numbers joined by a slash or a word
    /// of up to three letters in any language ("Image 3 of 12", "Bild 5 von 10", "Foto 1 de 1", "Photo 2/8").
    /// </summary>
    internal static bool IsGalleryCounter(ReadOnlySpan<char> line)
    {
        int word = 0;
        while (word < line.Length && char.IsLetter(line[word])) word++;
        if (word == 0 || !ChromeLexicon.IsCreditWord(line[..word])) return false;
        var rest = line[word..].TrimStart();
        if (!TakeNumber(ref rest, out int n)) return false;
        rest = rest.TrimStart();
        int letters = 0;
        while (letters < rest.Length && char.IsLetter(rest[letters])) letters++;
        if (rest.StartsWith('/')) rest = rest[1..];
        else if (letters is >= 1 and <= 3) rest = rest[letters..];
        else return false;
        rest = rest.TrimStart();
        return TakeNumber(ref rest, out int m) && rest.Trim().IsEmpty && n >= 1 && n <= m;
    }

    /// <summary>The most words of a media player's row (its clock and the buttons beside it).</summary>
    private const int MaxPlayerRowWords = 8;

    /// <summary>
    /// A media player's clock: the time played, a slash and the length, the first not past the second ("00:00 / 48:12",
    /// "1:02:10/1:15:00"), as a player prints it among its buttons ("Play 00:00 / 48:12 Download").
    /// </summary>
    internal static bool IsPlayerClock(ReadOnlySpan<char> line)
    {
        for (int slash = line.IndexOf('/'); slash > 0; slash = line[(slash + 1)..].IndexOf('/') is int next and >= 0 ? slash + 1 + next : -1)
        {
            var before = line[..slash].TrimEnd();
            int start = before.Length;
            while (start > 0 && (char.IsAsciiDigit(before[start - 1]) || before[start - 1] == ':')) start--;
            if (start == before.Length || !Turns.MediaTime.TryReadWhole(before[start..], out var played)) continue;
            var after = line[(slash + 1)..].TrimStart();
            int end = 0;
            while (end < after.Length && (char.IsAsciiDigit(after[end]) || after[end] == ':')) end++;
            if (end > 0 && Turns.MediaTime.TryReadWhole(after[..end], out var length) && played <= length) return true;
        }

        return false;
    }

    /// <summary>Reads a whole number of one to four digits off the start of a span.</summary>
    private static bool TakeNumber(ref ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        int i = 0;
        while (i < span.Length && i < 5 && char.IsAsciiDigit(span[i])) value = value * 10 + (span[i++] - '0');
        if (i is 0 or 5) return false;
        span = span[i..];
        return true;
    }

    private static bool Has(WordClass classes, WordClass wanted) => (classes & wanted) == wanted;

    /// <summary>The most words of a line that a class reading its words' classes accepts (a transcript note's).</summary>
    private const int MaxClassedWords = 40;

    /// <summary>A rating line: a short line with a score, a count and a word counting ratings ("4,5 bei 4394 Bewertungen").</summary>
    internal static bool IsRatingLine(ReadOnlySpan<char> line) => IsRatingLine(line, TextUtil.CountWords(line), ChromeLexicon.ClassesIn(line));

    private static bool IsRatingLine(ReadOnlySpan<char> line, int words, WordClass classes) =>
        words <= 8 && Has(classes, WordClass.Rating) && CountNumbers(line) >= 2;

    private static int CountNumbers(ReadOnlySpan<char> line)
    {
        int numbers = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (char.IsAsciiDigit(line[i]) && (i == 0 || !(char.IsAsciiDigit(line[i - 1]) || line[i - 1] is ',' or '.'))) numbers++;
        }

        return numbers;
    }

    /// <summary>A teaser labelled by its medium: "VIDEO: The ferry's last crossing".</summary>
    internal static bool IsMediaTeaser(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        return colon > 0 && colon <= 16 && TextUtil.CountWords(line) <= 16 && ChromeLexicon.IsMediaLabel(line[..colon].Trim());
    }

    /// <summary>A reference to read further: a short title and a bare address ("Compact blocks FAQ: https://…").</summary>
    internal static bool IsLinkReference(ReadOnlySpan<char> line)
    {
        int at = line.LastIndexOf(' ') + 1;
        var address = line[at..].TrimEnd('/');
        bool scheme = address.StartsWith("http://") || address.StartsWith("https://");
        if (!scheme && !IsBareAddress(address)) return false;
        var before = line[..at].TrimEnd();
        // An address without its scheme may end a sentence ("… on example.org"); it is a reference only after a colon or dash.
        bool pointer = before.IsEmpty || before[^1] is ':' or '-' or '–' or '(' or '|';
        return TextUtil.CountWords(before) <= 15 && (pointer || (scheme && !TextUtil.EndsLikeSentence(before)));
    }

    /// <summary>
    /// An address written without its scheme: "www.example.org/page", "club.example.org" — lower-case labels joined by
    /// dots, the last of two to six letters, an optional path. A sentence's last word never has this shape.
    /// </summary>
    internal static bool IsBareAddress(ReadOnlySpan<char> token)
    {
        int slash = token.IndexOf('/');
        var host = slash >= 0 ? token[..slash] : token;
        if (host.Length < 5 || host.Length > 100) return false;
        int dots = 0, lastDot = -1;
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            if (c == '.')
            {
                if (i == 0 || i == lastDot + 1) return false;
                dots++;
                lastDot = i;
            }
            else if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        }

        var tld = host[(lastDot + 1)..];
        if (dots == 0 || tld.Length is < 2 or > 6) return false;
        foreach (char c in tld) if (!char.IsAsciiLetterLower(c)) return false;
        int secondLevel = host[..lastDot].LastIndexOf('.') + 1;
        return lastDot - secondLevel >= 2; // "d.h", "z.b": a one-letter label is an abbreviation, not a domain
    }

    /// <summary>
    /// A row of hashtags and nothing else, spaced or run together ("#harbour #ferries", "#Harbour#Ferries#Summer"): the
    /// topic tags a page prints under its text. Two tags at least, so that a heading that is one tag stays.
    /// </summary>
    internal static bool IsTagRow(ReadOnlySpan<char> line)
    {
        int tags = 0;
        bool inTag = false, spaced = true; // spaced: a tag's "#" must come next
        foreach (char c in line)
        {
            if (c == '#')
            {
                if (!spaced && !inTag) return false; // "##"
                tags++;
                inTag = false;
                spaced = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (!spaced && !inTag) return false; // a "#" with no word
                spaced = true;
            }
            else
            {
                if (spaced || !(char.IsLetterOrDigit(c) || c is '_' or '-')) return false;
                inTag = true;
                continue;
            }
        }

        return tags >= 2 && inTag;
    }

    /// <summary>A row of short items separated by middle dots: "Politics · Jane Roe, John Doe", "News · 3 min · Podcast".</summary>
    internal static bool IsMetaRow(ReadOnlySpan<char> line)
    {
        if (line.IndexOf(" · ", StringComparison.Ordinal) < 0 || TextUtil.CountWords(line) > 12 || TextUtil.EndsLikeSentence(line)) return false;
        foreach (var r in line.Split(" · "))
        {
            if (TextUtil.CountWords(line[r]) > 5) return false;
        }

        return true;
    }

    /// <summary>
    /// A caption that ends in its credit: "The ferry at dawn. Foto: Privat", "… Photograph: Jane Roe/Agency"; or a caption of
    /// a few words that runs into its credit without a stop: "Jane Roe at the quay, Foto: Tom Berg", "Jane Roe (Foto: …)".
    /// </summary>
    internal static bool IsCaptionWithCredit(ReadOnlySpan<char> line)
    {
        if (CreditAtEnd(line) is not (> 0 and var start) || TextUtil.CountWords(line) > 80) return false;
        var ahead = line[..start].TrimEnd();
        // The credit word follows the caption's last sentence ("… Foto: X"), not a word of the same sentence; a caption
        // of a few words may run into it without a stop.
        return ahead[^1] is '.' or '!' or '?' or '»' or '"' or '”' or ')' or '–' or '—' or '-' || TextUtil.CountWords(ahead) <= MaxShortCaptionWords;
    }

    /// <summary>
    /// Where a picture credit closing a line begins ("… Foto: Jane Roe/Agency", "… Credit: Agency"): a credit word, a
    /// colon and a few words of names, after some text; -1 when the line ends otherwise.
    /// </summary>
    internal static int CreditAtEnd(ReadOnlySpan<char> line)
    {
        // The colon first: most long lines have none near their end, and are not counted through.
        int colon = line.LastIndexOf(':');
        // The credit's words are counted without numbers: a licence's version ("CC BY 2.0") is not a sentence.
        if (colon <= 0 || TextUtil.CountWordsWithLetters(line[(colon + 1)..]) is 0 or > 6) return -1;
        var before = line[..colon].TrimEnd();
        int start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        if (start == before.Length || !ChromeLexicon.IsCreditWord(before[start..]) || before[..start].TrimEnd().Length == 0) return -1;
        return start;
    }

    /// <summary>
    /// The line without a picture credit run onto its end ("… a radical alternative Foto: Jane Roe/Agency", as text scrapes
    /// and print editions join a standfirst or a caption to its credit). The credit word is capitalised as a label is, and
    /// the credit holds names, not a sentence; a line without one is returned as it is.
    /// </summary>
    internal static string WithoutTrailingCredit(string line)
    {
        int start = CreditAtEnd(line);
        if (start <= 0 || !char.IsUpper(line[start])) return line;
        // Names: a capital first, a single word ("Foto: privat") or sources joined by a slash ("picture alliance/dpa");
        // not the words of a sentence ("Foto: a picture").
        var credit = line.AsSpan(line.LastIndexOf(':') + 1).Trim(" ()[]".AsSpan());
        if (credit.IsEmpty || TextUtil.EndsLikeSentence(credit)) return line;
        if (!char.IsUpper(credit[0]) && !char.IsAsciiDigit(credit[0]) && credit.Contains(' ') && !credit.Contains('/')) return line;
        return line[..start].TrimEnd(' ', ',', '|', '(', '[', '–', '—');
    }

    /// <summary>
    /// A caption that ends in a copyright credit: "The harbour at dawn. © Jane Roe/Agency", "Workers on the roof © Agency".
    /// The sign stands after the caption's words, with a few words of names after it and no sentence; a line that opens
    /// with it is a credit or footer line of its own (<see cref="ChromeLexicon"/>).
    /// </summary>
    internal static bool IsCaptionWithCopyright(ReadOnlySpan<char> line) => IsCaptionWithCopyright(line, TextUtil.CountWords(line));

    private static bool IsCaptionWithCopyright(ReadOnlySpan<char> line, int words)
    {
        int sign = line.LastIndexOf('©');
        if (sign <= 0 || words > MaxCaptionWords) return false;
        var credit = line[(sign + 1)..].Trim();
        int creditWords = TextUtil.CountWords(credit);
        return creditWords is >= 1 and <= MaxCreditWords && !TextUtil.EndsLikeSentence(credit) && TextUtil.CountWords(line[..sign]) >= 1;
    }

    /// <summary>How many words a caption with its credit may run to (a paragraph of the text is longer).</summary>
    private const int MaxCaptionWords = 50;

    /// <summary>How many words the credit after a copyright sign may hold (names of a photographer and an agency).</summary>
    private const int MaxCreditWords = 8;

    /// <summary>How many words a caption that runs into its credit without a stop may hold (a name and a role).</summary>
    private const int MaxShortCaptionWords = 8;

    /// <summary>A note on where the text first appeared: "Das Interview ist zuerst im … erschienen", "First published in …".</summary>
    internal static bool IsProvenanceNote(ReadOnlySpan<char> line) => IsProvenanceNote(TextUtil.CountWords(line), ChromeLexicon.ClassesIn(line));

    private static bool IsProvenanceNote(int words, WordClass classes) => words <= 30 && Has(classes, WordClass.Published | WordClass.First);

    /// <summary>"WORD: …" or "WORD WORD: …" where a word names a picture or its source, on a short line.</summary>
    internal static bool IsCreditLine(ReadOnlySpan<char> line) => IsCreditLine(line, TextUtil.CountWords(line));

    private static bool IsCreditLine(ReadOnlySpan<char> line, int lineWords)
    {
        if (IsCourtesyNote(line, lineWords) || IsCreditByline(line)) return true;
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon > 30 || lineWords > 20) return false;
        var head = line[..colon].Trim();
        int words = 0;
        bool credit = false;
        foreach (var r in head.Split(' '))
        {
            var w = head[r];
            if (w.IsEmpty) continue;
            if (++words > 2) return false;
            credit |= ChromeLexicon.IsCreditWord(w);
        }

        return credit && colon + 1 < line.Length;
    }

    /// <summary>
    /// A picture's byline: one or two picture words, a byline opener and a capitalised name, nothing more than a short
    /// line ("Photo by Jane Roe", "Photographs by Jane Roe for the Herald", "Fotos von Jane Roe").
    /// </summary>
    private static bool IsCreditByline(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool credit = false;
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && line[i] == ' ') i++;
            var rest = line[i..];
            if (credit && TextUtil.StartsWithAnyPhrase(rest, Vocabulary.BylineOpeners))
            {
                var name = rest[(rest.IndexOf(' ') + 1)..].TrimStart();
                return name.Length > 0 && char.IsUpper(name[0]) && TextUtil.CountWords(line) <= CreditBylineWords;
            }

            int end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (++words > 2 || !ChromeLexicon.IsCreditWord(word.TrimEnd(':'))) return false;
            credit = true;
            i += word.Length;
        }

        return false;
    }

    /// <summary>The most words a picture's byline holds.</summary>
    private const int CreditBylineWords = 10;

    /// <summary>A short sentence on where the pictures come from: a picture word and a courtesy phrase ("… provided by …").</summary>
    private static bool IsCourtesyNote(ReadOnlySpan<char> line, int words)
    {
        if (words > 25 || !ChromeLexicon.MentionsCourtesy(line)) return false;
        foreach (var w in TextUtil.Words(line)) if (ChromeLexicon.IsCreditWord(w)) return true;
        return false;
    }

    /// <summary>A short line with a number, a minute word and a reading word: "Lesezeit 5 Min.", "4 min read".</summary>
    internal static bool IsReadingTime(ReadOnlySpan<char> line) => IsReadingTime(line, TextUtil.CountWords(line), ChromeLexicon.ClassesIn(line));

    private static bool IsReadingTime(ReadOnlySpan<char> line, int words, WordClass classes) =>
        words <= 10 && Has(classes, WordClass.Minute | WordClass.Reading) && line.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// A short line that asks the reader to sign in to take part in the discussion: a sign-in word and a word for
    /// comments or discussion ("You must be logged in to post a comment", "Bitte einloggen, um zu kommentieren").
    /// </summary>
    internal static bool IsSignInNote(ReadOnlySpan<char> line) => IsSignInNote(line, TextUtil.CountWords(line));

    private static bool IsSignInNote(ReadOnlySpan<char> line, int words) =>
        words <= MaxSignInNoteWords && Vocabulary.SignInWordSearch.AtWordStartIn(line)
        && Vocabulary.DiscussionStemSearch.AtWordStartIn(line);

    /// <summary>
    /// The question under a text that asks whether it helped: a short question naming the page and helpfulness ("Was this
    /// article helpful?", "War der Beitrag nützlich?").
    /// </summary>
    internal static bool IsFeedbackQuestion(ReadOnlySpan<char> line) => IsFeedbackQuestion(line, TextUtil.CountWords(line));

    private static bool IsFeedbackQuestion(ReadOnlySpan<char> line, int words)
    {
        if (words > MaxFeedbackQuestionWords || !TextUtil.EndsWithQuestionMark(line)) return false;
        bool page = false, helped = false;
        var nouns = Vocabulary.ArticleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var helpful = Vocabulary.HelpfulWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in TextUtil.Words(line))
        {
            page |= nouns.Contains(w);
            helped |= helpful.Contains(w);
        }

        return page && helped;
    }

    /// <summary>The most words of a feedback question.</summary>
    private const int MaxFeedbackQuestionWords = 8;

    /// <summary>The most words of a sign-in note: a sentence, not a paragraph that mentions signing in.</summary>
    private const int MaxSignInNoteWords = 25;

    /// <summary>A note on a transcript's state: "This is a rush transcript…", "Transcripts may contain errors."</summary>
    internal static bool IsTranscriptNote(ReadOnlySpan<char> line) => IsTranscriptNote(TextUtil.CountWords(line), ChromeLexicon.ClassesIn(line));

    private static bool IsTranscriptNote(int words, WordClass classes) => words <= MaxClassedWords && Has(classes, WordClass.Transcript | WordClass.EditorialState);

    /// <summary>
    /// A note on how the interview was edited (see <see cref="IsEditingNote(ReadOnlySpan{char}, int, WordClass)"/>), given
    /// the line's word count (a block's, counted once): a long paragraph is ruled out before its words are classed.
    /// </summary>
    internal static bool IsEditingNote(ReadOnlySpan<char> line, int words) =>
        words <= MaxEditingNoteWords && IsEditingNote(line, words, ChromeLexicon.ClassesIn(line));

    /// <summary>
    /// A note on how the interview was edited ("This interview has been edited and condensed", "Das Gespräch wurde
    /// gekürzt und autorisiert"): a line of <see cref="MaxEditingNoteWords"/> words at most that opens by naming the
    /// interview or conversation (its first or second word, after no one's "my" or "your") and says how it was edited.
    /// </summary>
    private static bool IsEditingNote(ReadOnlySpan<char> line, int words, WordClass classes)
    {
        if (words > MaxEditingNoteWords || !Has(classes, WordClass.EditorialState)) return false;
        string? first = null;
        foreach (var w in TextUtil.Words(line))
        {
            string word = w.ToString();
            if (Vocabulary.InterviewWords.Contains(word) || Vocabulary.ConversationWords.Contains(word) || Vocabulary.TranscriptWords.Contains(word))
            {
                // "This interview …", "Das Gespräch …"; not a speaker's own ("My interview was edited badly").
                return first is null || !(Vocabulary.FirstPerson.Contains(first) || Vocabulary.SecondPerson.Contains(first));
            }

            if (first is not null) break;
            first = word;
        }

        return false;
    }

    /// <summary>
    /// A show's credits run together on a line ("Produced by Jane Roe. Music by The Tidemen."): two short parts or
    /// more, split by stops, bars or semicolons, each a few words, an agent preposition and a name in capitals. (Credits in brackets
    /// closing a news report, "(Reporting by …; Editing by …)", are the report's own line: the caller leaves them.)
    /// </summary>
    private static bool IsCreditsRoll(ReadOnlySpan<char> line, int words)
    {
        if (words > MaxCreditsRollWords || line.IndexOfAny(CreditsRollBreaks) < 0) return false;
        int parts = 0;
        foreach (var range in line.SplitAny(CreditsRollBreaks))
        {
            var part = line[range].Trim();
            if (part.IsEmpty) continue;
            if (!IsCreditPart(part)) return false;
            parts++;
        }

        return parts >= 2;
    }

    /// <summary>"Music by The Tidemen": up to four words, an agent preposition, then words that each open with a capital.</summary>
    private static bool IsCreditPart(ReadOnlySpan<char> part)
    {
        foreach (var p in AgentPhrases)
        {
            int at = part.IndexOf(p, StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || TextUtil.CountWords(part[..at]) > 4) continue;
            var who = part[(at + p.Length)..].Trim();
            if (who.IsEmpty || TextUtil.CountWords(who) > 5) continue;
            bool names = true;
            foreach (var w in TextUtil.Words(who)) names &= char.IsUpper(w[0]);
            if (names) return true;
        }

        return false;
    }

    /// <summary>Each language's agent preposition between spaces (" by "), as a credit writes it.</summary>
    private static readonly string[] AgentPhrases = Array.ConvertAll(Vocabulary.AgentPrepositions, p => p + " ");

    /// <summary>The most words of a line of credits.</summary>
    private const int MaxCreditsRollWords = 30;

    /// <summary>What separates the credits of a line.</summary>
    private static readonly System.Buffers.SearchValues<char> CreditsRollBreaks = System.Buffers.SearchValues.Create(".|·;");

    /// <summary>The most words of a note on how the interview was edited.</summary>
    private const int MaxEditingNoteWords = 20;

    /// <summary>
    /// A short line opening with a call-to-action verb ("Subscribe", "Unterstütze", "Suscríbete") that is not a
    /// plain sentence: it ends in "!", in no punctuation, or names a newsletter or subscription.
    /// </summary>
    internal static bool IsCallToAction(ReadOnlySpan<char> line) =>
        IsCallToAction(line, TextUtil.CountWords(line), ChromeLexicon.ClassesIn(line), TextUtil.EndsAsStatementOrQuestion(line));

    /// <summary>
    /// A call closes with its verb in a few words ("Jetzt abonnieren."); a statement or question of more words that ends on
    /// such a verb in small letters says it ("Everything is free to download.", "What do you like to read?"). A line that
    /// exclaims ("Hier kannst du es ansehen!"), announces with a colon ("So könnt ihr uns unterstützen:") or closes on a
    /// noun ("… hier zum Download.") calls.
    /// </summary>
    private const int MaxClosingCallWords = 3;

    private static bool IsCallToAction(ReadOnlySpan<char> line, int words, WordClass classes, bool stopped)
    {
        if (words <= 30 && Has(classes, WordClass.CallToAction) && ChromeLexicon.MentionsSubscription(line) && (!stopped || CallsOnReader(line))) return true;
        if (words > 12) return false;
        // The verb opens an English or Romance call ("Subscribe now") and closes a German one ("Jetzt abonnieren").
        int end = 0;
        while (end < line.Length && char.IsLetter(line[end])) end++;
        var trimmed = line.TrimEnd(" !.?…".AsSpan());
        int start = trimmed.Length;
        while (start > 0 && char.IsLetter(trimmed[start - 1])) start--;
        bool opens = end > 0 && IsCallVerb(line[..end]);
        // A line of a few words may end on any language's verb ("Customer Support", "(BUTTON) Subscribe"); a longer one
        // only on the verb of a language whose calls end so ("Den ganzen Artikel hier lesen"): in the others a
        // verb closing a longer line in small letters is a headline's or a noun ("Bridges that listen", "camera support").
        // (A stated line that ends on such a verb in small letters says it and calls nobody.)
        var closingClass = start < trimmed.Length && start > 0 ? ChromeLexicon.ClassOf(trimmed[start..]) : WordClass.None;
        bool closes = (closingClass & (WordClass.CallToAction | WordClass.MediaVerb)) != 0
                      && (words <= MaxClosingCallWords || !char.IsLower(trimmed[start]) || !stopped && (closingClass & WordClass.ClosingCallVerb) != 0);
        if (!opens && !closes) return false;
        char last = TextUtil.LastMeaningfulChar(line);
        return last is '!' || char.IsLetterOrDigit(last) || ChromeLexicon.MentionsSubscription(line);
    }

    /// <summary>
    /// Whether a stated line speaks to its reader: it exclaims, addresses the reader ("you can …", "Sie können …"), or a
    /// call's verb stands among the first or last two words of one of its sentences ("Subscribe to …", "Dann abonniere
    /// …", "… abonniere jetzt."). A sentence that only speaks of subscribing ("Most households subscribe to the print
    /// edition") is somebody's statement.
    /// </summary>
    private static bool CallsOnReader(ReadOnlySpan<char> line)
    {
        if (line.Contains('!') || Turns.SecondPerson.Addresses(line.ToString())) return true;
        foreach (var range in line.SplitAny(".?:;–"))
        {
            int words = 0, count = TextUtil.CountWords(line[range]);
            foreach (var word in TextUtil.Words(line[range]))
            {
                if ((words < CallVerbReach || words >= count - CallVerbReach) && IsCallVerb(word)) return true;
                words++;
            }
        }

        return false;
    }

    /// <summary>How far from a sentence's start or end a call's verb stands ("Jetzt abonnieren", "Subscribe now").</summary>
    private const int CallVerbReach = 2;

    private static bool IsCallVerb(ReadOnlySpan<char> word) => (ChromeLexicon.ClassOf(word) & (WordClass.CallToAction | WordClass.MediaVerb)) != 0;
}
