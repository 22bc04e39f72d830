using InterviewParser.Blocks;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>Who speaks: the speaker labels read off the paragraphs and label lines, and the names they resolve to.</summary>
internal static partial class TurnSegmenter
{
    /// <summary>Labels must stand on one turn in this many, at least, to mark the speakers.</summary>
    private const int MinLabelledShare = 3;

    /// <summary>
    /// Counts the question and answer labels ("Q:", "A:"), and says whether labels mark the speakers: two or more turns
    /// carry question or answer labels, or a named speaker's label recurs with different words, and labels stand on
    /// one turn in <see cref="MinLabelledShare"/> at least. One-off "Word: …" openings are headings run into the text,
    /// not speakers.
    /// </summary>
    private static (int Generic, int Letters, int Named, bool Labelled) CountLabels(SpeakerLabel?[] labels, int turns)
    {
        // A name counts by the different things it says: a teaser printed twice is one use.
        int generic = 0, recurring = 0, all = 0, letters = 0;
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in labels)
        {
            if (l is not { Carried: false } x) continue;
            all++;
            if (x.Kind != LabelKind.Name)
            {
                generic++;
                // "Q", "Antwort": a letter or word of the side, not a role a person plays ("HOST", "Respondent").
                if (!RoleWords.NamesASide(x.Name)) letters++;
            }
            else if (uses.TryGetValue(x.Name, out var said)) said.Add(x.Rest);
            else uses[x.Name] = new HashSet<string>(StringComparer.Ordinal) { x.Rest };
        }

        // A key whose every use is a short value ("Price: 20 euros", "Term: three years") heads the fields of a data
        // sheet or a list of records, however often it recurs; a speaker says a sentence or asks at least once.
        foreach (var said in uses.Values) if (said.Count >= 2 && !said.All(IsShortValue)) recurring += said.Count;
        // Labels mark the speakers when they stand on a fair share of the turns: one side's turns at least, less some
        // left unlabelled. A few "Word: …" openings among many turns are run-in headings or enumerations of the text.
        return (generic, letters, recurring, generic + recurring >= 2 && all * MinLabelledShare >= turns);
    }

    /// <summary>What follows a field's key: a few words that ask nothing; figures do not count ("4.000 Euro + 300 x 36 = 14.800 Euro").</summary>
    private static bool IsShortValue(string rest) => TextUtil.CountWordsWithLetters(rest) <= 8 && !TextUtil.EndsWithQuestionMark(rest);

    /// <summary>
    /// A run of two or more "KEY: short value" lines whose keys occur once each (INTERVIEWEE: …, DATE: …, PLACE: …)
    /// is a header of fields, not speech: the labels are removed and the fields returned.
    /// </summary>
    private static List<KeyValuePair<string, string>> TakeFieldLists(SpeakerLabel?[] labels)
    {
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in labels) if (l is { Carried: false } x) uses[x.Name] = uses.GetValueOrDefault(x.Name) + 1;
        bool IsField(SpeakerLabel? l) => l is { Carried: false } x && uses[x.Name] == 1 && IsShortValue(x.Rest);

        var fields = new List<KeyValuePair<string, string>>();
        for (int i = 0; i < labels.Length; i++)
        {
            int j = i;
            while (j < labels.Length && IsField(labels[j])) j++;
            if (j - i >= 2)
            {
                for (int k = i; k < j; k++)
                {
                    fields.Add(new(labels[k]!.Value.Name, labels[k]!.Value.Rest));
                    labels[k] = null;
                }
            }

            i = Math.Max(i, j);
        }

        return fields;
    }

    /// <summary>
    /// A label alone on its line, a speaker's name left alone on a line whose opening time was taken off, or a full
    /// name set in bold alone on its line.
    /// </summary>
    private static bool IsLabelLine(Block b, out SpeakerLabel label, HashSet<string>? elementNames = null, HashSet<string>? nameWords = null,
        HashSet<string>? timedWords = null) =>
        SpeakerLabel.TryReadStandalone(b.Text, out label) || (timedWords is not null && TimedNameWord(b, timedWords, out label)) || (b.Time is { } time && SpeakerLabel.TryReadTimedName(b.Text, time, out label))
        || (b.IsBold && b.Kind != BlockKind.Heading && SpeakerLabel.TryReadFullName(b.Text, out label))
        || (elementNames is not null && IsOwnElement(b) && SpeakerLabel.TryReadFullName(b.Text, out label) && elementNames.Contains(label.Name))
        || (nameWords is not null && b.IsBold && b.Kind != BlockKind.Heading && nameWords.Contains(b.Text.Trim()) && SpeakerLabel.TryReadNameWord(b.Text, out label));

    /// <summary>
    /// The single name words that head turns beside a time on lines of their own ("Pieter  0:05" over the speech), as
    /// transcription tools print them: each on <see cref="MinTimedWordUses"/> such lines at least, each line over a
    /// paragraph that is no such line, two such words, one beside full names so timed, or one alone that heads
    /// <see cref="MinSoleTimedWordUses"/> turns. A chapter list's lines
    /// ("Intro  0:00") stand one under the other, each once. Null when there are none.
    /// </summary>
    internal static HashSet<string>? TimedNameWords(IReadOnlyList<Block> blocks)
    {
        Dictionary<string, int>? uses = null;
        int fullNames = 0;
        // Each line is read once: the reading of the line below is kept for the next round.
        var next = blocks.Count > 0 ? SpeakerLabel.WordBesideTime(blocks[0].Text) : null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            var line = next;
            next = SpeakerLabel.WordBesideTime(blocks[i + 1].Text);
            if (next is not null) continue;
            if (line is { } word) (uses ??= new(StringComparer.Ordinal))[word.Name] = uses.GetValueOrDefault(word.Name) + 1;
            else if (HasClockShape(blocks[i].Text) && SpeakerLabel.TryReadStandalone(blocks[i].Text, out var full) && full.Time is not null
                && full.Name.Contains(' ')) fullNames++;
        }

        if (uses is null) return null;
        HashSet<string>? words = null;
        foreach (var (word, n) in uses) if (n >= MinTimedWordUses) (words ??= new(StringComparer.Ordinal)).Add(word);
        // Two such words take turns, or one takes turns with full names beside their times ("Christian Decker  0:07"), or
        // one heads every answer while the questions stand unlabelled (which the label reader checks).
        return words is { Count: >= 2 } || (words is not null && (fullNames >= MinTimedWordUses || uses[words.First()] >= MinSoleTimedWordUses)) ? words : null;
    }

    /// <summary>A short line with a digit and a colon in it: one that may hold a name and a time (read no further otherwise).</summary>
    private static bool HasClockShape(string text) =>
        text.Length <= MaxTimedLineLength && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && text.AsSpan().IndexOfAny(':', '\uFF1A') >= 0;

    /// <summary>The longest line read as a name beside a time.</summary>
    private const int MaxTimedLineLength = 70;

    /// <summary>How many turns a name word beside a time must head to be a speaker's (<see cref="TimedNameWords"/>).</summary>
    private const int MinTimedWordUses = 2;

    /// <summary>How many turns a name word beside a time must head where no other name does (<see cref="TimedNameWords"/>).</summary>
    private const int MinSoleTimedWordUses = 3;

    /// <summary>A line of one of <paramref name="words"/> beside a time: the label, with the time.</summary>
    internal static bool TimedNameWord(Block b, HashSet<string> words, out SpeakerLabel label)
    {
        label = SpeakerLabel.WordBesideTime(b.Text) is { } read && words.Contains(read.Name) ? read : default;
        return label.Name is not null;
    }

    /// <summary>How often each one-word name must head speech where no full name does (<see cref="NameWordLabels"/>).</summary>
    private const int MinLoneNameWordUses = 3;

    /// <summary>The longest line under a name read as the date of a comment's signature.</summary>
    private const int MaxSignatureDateLength = 60;

    /// <summary>
    /// The single name words set apart in bold over speech that speak beside full names (a host known by a given name or
    /// a pseudonym, "Kestrel" over one turn and "Jane Roe" over the next): each such word on two lines at least, each
    /// line over speech (a paragraph that is no label nor a date), and full names so over speech on two lines at least; or,
    /// with no full names, two such words or more taking turns. A one-word bold line is as often a heading; among named
    /// speakers taking turns it is a speaker too. Null when there are none.
    /// </summary>
    private static HashSet<string>? NameWordLabels(List<Block> blocks, HashSet<string>? elementNames)
    {
        Dictionary<string, int>? words = null;
        int fullNames = 0, changes = 0, transitions = 0;
        string? previous = null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!b.IsBold || b.Kind == BlockKind.Heading || b.Text.Length > 70) continue;
            // The line is read first (most bold lines are questions, which no name reading takes); then what stands under it.
            bool isWord = SpeakerLabel.TryReadNameWord(b.Text, out var word);
            if (!isWord && !SpeakerLabel.TryReadFullName(b.Text, out _)) continue;
            if (IsLabelLine(blocks[i + 1], out _, elementNames)) continue;
            // A name over a date is a comment's or a post's signature, not a speaker over speech.
            if (blocks[i + 1].Text.Length <= MaxSignatureDateLength && Metadata.DateTextParser.ParseText(blocks[i + 1].Text, TimestampSource.Text) is not null) continue;
            if (isWord)
            {
                words ??= new(StringComparer.Ordinal);
                words[word.Name] = words.GetValueOrDefault(word.Name) + 1;
                if (previous is not null)
                {
                    transitions++;
                    if (previous != word.Name) changes++;
                }

                previous = word.Name;
            }
            else
            {
                fullNames++;
            }
        }

        if (words is null) return null;
        // Without full names beside them, one-word names speak where two of them or more take turns, each three times at
        // least, the name changing from line to line (three changes in four): headings do not alternate so.
        bool alone = fullNames < 2;
        if (alone && changes * 4 < transitions * 3) return null;
        HashSet<string>? kept = null;
        foreach (var (word, n) in words) if (n >= (alone ? MinLoneNameWordUses : 2)) (kept ??= new(StringComparer.Ordinal)).Add(word);
        return kept is { Count: >= 2 } || !alone ? kept : null;
    }

    /// <summary>A block that stands apart of its own: an element of a page's markup (a table cell, a minor heading) or a line of plain text.</summary>
    private static bool IsOwnElement(Block b) => (b.Element >= 0 || b.OwnLine) && (b.Kind != BlockKind.Heading || b.Level >= 3);

    /// <summary>
    /// The full names a page sets apart in elements of their own over the speech (a name's cell beside the words in a
    /// table, a name's box or minor heading over them, a name alone on a line of plain text), or null where it sets none
    /// so: two names or more come back so, at least twice each, three such lines in four repeat a name, and one name
    /// stands on one such line in three. A name printed once in an element of its own (a byline, an entry of a list of
    /// people) is no label.
    /// </summary>
    internal static HashSet<string>? ElementNames(IReadOnlyList<Block> blocks)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int lines = 0, changes = 0, overSpeech = 0;
        string? previous = null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            var b = blocks[i];
            // A line of text that is a link (Markdown's menus and link rows) names a page, not a speaker.
            if (!IsOwnElement(b) || (b.IsBold && b.Kind != BlockKind.Heading) || (b.OwnLine && b.IsMostlyLink) || !SpeakerLabel.TryReadFullName(b.Text, out var l)
                || !Metadata.NameShapes.LooksLikeBareName(l.Name) || IsLabelLine(blocks[i + 1], out _)
                || (IsOwnElement(blocks[i + 1]) && SpeakerLabel.TryReadFullName(blocks[i + 1].Text, out _))) continue;
            seen[l.Name] = seen.GetValueOrDefault(l.Name) + 1;
            lines++;
            if (previous is not null && !previous.Equals(l.Name, StringComparison.OrdinalIgnoreCase)) changes++;
            previous = l.Name;
            if (IsSpeechUnderName(blocks[i + 1].Text)) overSpeech++;
        }

        // Speakers take turns: the name changes from one such line to the next at least every other time (a teaser list
        // prints its author over each entry, a share row its words). In plain text, where no markup tells a name's line
        // from a menu's, most such lines stand over speech too.
        if (changes * 2 < lines - 1) return null;
        if (blocks.Count > 0 && blocks[0].OwnLine && overSpeech * 2 < lines) return null;

        // A few speakers take turns: most such lines repeat a name, and one of them (the one who asks) comes back on one
        // line in three at least. The headings of a list or a plan printed again come back in turn, each as often.
        int recurring = 0, recurringLines = 0, most = 0;
        foreach (int n in seen.Values)
        {
            most = Math.Max(most, n);
            if (n < 2) continue;
            recurring++;
            recurringLines += n;
        }

        return recurring >= 2 && recurringLines * 4 >= lines * 3 && most * 3 >= lines && TwoApart(seen)
            ? new HashSet<string>(seen.Keys, StringComparer.OrdinalIgnoreCase) : null;
    }

    /// <summary>
    /// Whether two of the names that recur share no word: the one who asks and the one who answers. Link rows of a
    /// reference list ("Article Index Scholar", "Index Scholar") recur in turn too, each a variant of the others.
    /// </summary>
    private static bool TwoApart(Dictionary<string, int> seen)
    {
        foreach (var (a, n) in seen)
        {
            if (n < 2) continue;
            foreach (var (b, m) in seen)
            {
                if (m >= 2 && !ShareAWord(a, b)) return true;
            }
        }

        return false;
    }

    private static bool ShareAWord(string a, string b)
    {
        foreach (var word in a.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var other in b.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Equals(other, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    /// <summary>The fewest words of a line read as speech under a name line of plain text: a sentence, not a count or a date.</summary>
    private const int MinSpeechWordsUnderName = 4;

    private static bool IsSpeechUnderName(string text) =>
        (TextUtil.EndsLikeSentence(text) || TextUtil.EndsWithQuestionMark(text)) && TextUtil.CountWordsWithLetters(text) >= MinSpeechWordsUnderName;

    /// <summary>
    /// Reads each block's label. A label standing alone on its line ("PREGUNTA", "JOHN SMITH, HOST") is removed
    /// from the blocks and carried to the paragraphs below it, up to the next label line.
    /// </summary>
    private static SpeakerLabel?[] ReadLabels(List<Block> blocks)
    {
        var standalone = new bool[blocks.Count];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int count = 0;
        var elementNames = ElementNames(blocks);
        var nameWords = NameWordLabels(blocks, elementNames);
        var timedWords = TimedNameWords(blocks);
        bool allNames = true;
        string?[]? lineNames = null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading || blocks[i].Level >= 3)
            {
                if (IsLabelLine(blocks[i], out var l, elementNames, nameWords, timedWords) && !IsLabelLine(blocks[i + 1], out _, elementNames, nameWords, timedWords))
                {
                    standalone[i] = true;
                    count++;
                    seen[l.Name] = seen.GetValueOrDefault(l.Name) + 1;
                    if (l.Kind != LabelKind.Name) allNames = false;
                    (lineNames ??= new string?[blocks.Count])[i] = l.Name;
                }
            }
        }

        // Label lines repeat, for two speakers at least. A lone ALL-CAPS line is a heading; "Photo:" over every
        // picture credit is one label only.
        int repeated = 0;
        foreach (var v in seen.Values) if (v >= 2) repeated++;
        bool use = count >= 3 && repeated >= 2;
        // One person's name right over each answer's speech, the questions standing unlabelled over it, is a label line
        // too. (A comment's signature has its date line under it.)
        bool askedUnlabelled = (use || (count >= 3 && repeated == 1 && allNames && SpeechUnderEach(blocks, lineNames!, seen))) && QuestionsStandUnlabelled(blocks, standalone);
        use |= askedUnlabelled;
        bool[]? joining = use || count == 0 ? null : LabelLinesAmongRunIn(blocks, standalone, elementNames);
        var labels = new List<SpeakerLabel?>(blocks.Count);
        var kept = new List<Block>(blocks.Count);
        SpeakerLabel? carried = null, once = null;
        bool fresh = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (use && standalone[i] && IsLabelLine(blocks[i], out var l, elementNames, nameWords, timedWords))
            {
                // "Jane Roe: (00:04)" over the speech: the time that closed the label line is the turn's.
                carried = l.Time is null && blocks[i].Time is { } lineTime ? l with { Time = lineTime } : l;
                fresh = true;
                continue;
            }

            if (joining is not null && joining[i] && IsLabelLine(blocks[i], out var j, elementNames))
            {
                once = j;
                continue;
            }

            kept.Add(blocks[i]);
            // A paragraph that opens with a label line's name run in ("Q: And then?" among "Q:" lines) changes the speaker
            // as the line would have, and what follows it is that speaker's.
            if (carried is not null && SpeakerLabel.Read(blocks[i]) is { Carried: false } own && seen.GetValueOrDefault(own.Name) >= 2)
            {
                labels.Add(own);
                carried = own;
                fresh = false;
            }
            else if (askedUnlabelled && !fresh && carried is not null && AsksBeforeLabelLine(blocks, standalone, i))
            {
                // The interviewer's question between one speaker's speech and the next label line: nobody's label.
                labels.Add(null);
                carried = null;
            }
            else if (carried is { } c)
            {
                labels.Add(c.CarryTo(blocks[i].Text) with { Carried = !fresh });
                fresh = false;
            }
            else
            {
                var read = SpeakerLabel.Read(blocks[i]);
                labels.Add(read is null && once is { } o ? o.CarryTo(blocks[i].Text) with { Carried = false } : read);
                once = null;
            }
        }

        if (kept.Count < blocks.Count)
        {
            blocks.Clear();
            blocks.AddRange(kept);
        }

        // "NAME – speech": a dialogue whose names stand before a dash, as some outlets print them. Initials so ("JR – …")
        // keep their capitals: they stand for a name the page spells out, not for a surname in capitals.
        if (SpeakerLabel.DashedSpeakers(blocks) is { } dashed)
        {
            for (int i = 0; i < labels.Count; i++)
            {
                if (labels[i] is null or { Uncolonned: true } && SpeakerLabel.DashedName(blocks[i].Text, out string rest) is { } name && dashed.Contains(name))
                {
                    labels[i] = SpeakerLabel.ReadDashed(name, rest);
                }
            }
        }

        KeepAnsweringInitials(blocks, labels);
        KeepBracketedConversation(blocks, labels);

        // Bold names without a colon count only where they recur ("<b>Smith</b> …" on several paragraphs).
        var bare = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in labels) if (l is { Uncolonned: true } u) bare[u.Name] = bare.GetValueOrDefault(u.Name) + 1;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is { Uncolonned: true } u && bare[u.Name] < 2) labels[i] = null;
        }

        // How many paragraphs each name labels (counted once, so that long documents stay linear), kept up to date below.
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in labels) if (l is { } x) uses[x.Name] = uses.GetValueOrDefault(x.Name) + 1;

        // A phrase run into its paragraph once, most of its words in lower case ("Find your first readers: …"), is a
        // list item's or section's lead-in, not a speaker: names capitalise their words, particles aside.
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is { Kind: LabelKind.Name, Carried: false } p && IsMostlyLowerCase(p.Name) && uses[p.Name] < 2)
            {
                labels[i] = null;
                uses[p.Name]--;
            }
        }

        SidesByAsking(blocks, labels);
        AnswerByAsking(blocks, labels);

        // A heading of the form "Word: text" is a speaker's only where that speaker speaks again; once, it is a section
        // title or question with a run-in kicker ("Background: the fog months", "Looking Back: What was hardest?").
        for (int i = 0; i < labels.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && labels[i] is { Kind: LabelKind.Name } h && uses[h.Name] < 2)
            {
                labels[i] = null;
                uses[h.Name]--;
            }
        }

        return [.. labels];
    }

    /// <summary>
    /// Whether the label lines head answers only, while the questions stand unlabelled between one speech and the next
    /// label line (a panel's names over their answers, the interviewer's questions set apart otherwise): two paragraphs or
    /// more that ask stand under a speech, right over a label line, and for each label line whose first paragraph asks
    /// there are <see cref="MinUnlabelledQuestionsPerAskingLabel"/> such questions at least.
    /// </summary>
    private static bool QuestionsStandUnlabelled(List<Block> blocks, bool[] standalone)
    {
        int underLabel = 0, overLabel = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (standalone[i] && !standalone[i + 1] && TextUtil.EndsWithQuestionMark(blocks[i + 1].Text)) underLabel++;
            if (AsksBeforeLabelLine(blocks, standalone, i)) overLabel++;
        }

        return overLabel >= 2 && underLabel * MinUnlabelledQuestionsPerAskingLabel <= overLabel;
    }

    /// <summary>Whether a paragraph of words (not a date line) stands right under every line of the name that recurs.</summary>
    private static bool SpeechUnderEach(List<Block> blocks, string?[] lineNames, Dictionary<string, int> seen)
    {
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (lineNames[i] is { } name && seen[name] >= 2 && TextUtil.CountWordsWithLetters(blocks[i + 1].Text) < MinSpeechWordsUnderName) return false;
        }

        return true;
    }

    /// <summary>Whether paragraph <paramref name="i"/> asks, stands under a paragraph of speech and right over a label line.</summary>
    private static bool AsksBeforeLabelLine(List<Block> blocks, bool[] standalone, int i) =>
        i > 0 && i + 1 < blocks.Count && !standalone[i] && !standalone[i - 1] && standalone[i + 1] && TextUtil.EndsWithQuestionMark(blocks[i].Text);

    /// <summary>How many unlabelled questions over label lines there are at least for each label line whose paragraph asks.</summary>
    private const int MinUnlabelledQuestionsPerAskingLabel = 4;

    /// <summary>
    /// Label lines among labels run into their paragraphs: a transcript whose speakers' names open their paragraphs
    /// ("KELLER: So what happened?") may set a label alone on its line, with a colon, over a speech of several
    /// paragraphs ("MARTA KELLER, HOST:"). Such a line labels the paragraph below it where the dialogue's run-in labels
    /// name its speaker, by the whole name or the last word of it, twice at least, and two speakers or more speak so.
    /// </summary>
    private static bool[]? LabelLinesAmongRunIn(List<Block> blocks, bool[] standalone, HashSet<string>? elementNames)
    {
        var runIn = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!standalone[i] && SpeakerLabel.Read(blocks[i]) is { Carried: false, Unmarked: false, Bracketed: false } r) runIn[r.Name] = runIn.GetValueOrDefault(r.Name) + 1;
        }

        if (runIn.Count < 2) return null;
        bool[]? result = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!standalone[i] || !blocks[i].Text.AsSpan().TrimEnd().EndsWith(':') || !IsLabelLine(blocks[i], out var l, elementNames)) continue;
            int space = l.Name.LastIndexOf(' ');
            if (runIn.GetValueOrDefault(l.Name) >= 2 || (space > 0 && runIn.GetValueOrDefault(l.Name[(space + 1)..]) >= 2))
            {
                (result ??= new bool[blocks.Count])[i] = true;
            }
        }

        return result;
    }

    /// <summary>
    /// Answer labels with a number that come back ("P1", "P2", "B1", "Participant 2"): the participants of a group
    /// interview, each answering more than once, told apart by their numbers; each such label names its speaker. A
    /// number that never comes back counts the answers ("A1", "A2").
    /// </summary>
    private static HashSet<string> NumberedAnswerers(SpeakerLabel?[] labels)
    {
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in labels)
        {
            if (l is { Kind: LabelKind.Answer, Carried: false } a && char.IsAsciiDigit(a.Name[^1])) uses[a.Name] = uses.GetValueOrDefault(a.Name) + 1;
        }

        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, n) in uses) if (n >= 2) result.Add(name);
        return result;
    }

    /// <summary>
    /// Question words on both sides and neither an answer word nor names: a research transcript's "I:" (interviewer) and
    /// "P:" or "P1:" (participant), where Spanish reads "P:" as pregunta. The words whose paragraphs hardly ask (fewer
    /// than half end with a question mark) are the answering side, once another word's paragraphs mostly ask. (Where
    /// names label the answers, two question words are two ways of putting the questions.)
    /// </summary>
    private static void AnswerByAsking(List<Block> blocks, List<SpeakerLabel?> labels)
    {
        var stats = new Dictionary<string, (int Uses, int Asked)>(StringComparer.OrdinalIgnoreCase);
        int named = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not { } l) continue;
            if (l.Kind == LabelKind.Answer || (l.Kind == LabelKind.Name && ++named >= 2)) return; // a side that answers is labelled
            if (l.Kind != LabelKind.Question || l.Carried) continue;
            var (uses, asked) = stats.GetValueOrDefault(l.Name);
            stats[l.Name] = (uses + 1, asked + (TextUtil.EndsWithQuestionMark(blocks[i].Text) ? 1 : 0));
        }

        if (stats.Count < 2) return;
        bool asking = false;
        foreach (var (uses, asked) in stats.Values) asking |= uses >= 2 && asked * 2 > uses;
        if (!asking) return;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is { Kind: LabelKind.Question } l && stats.TryGetValue(l.Name, out var s) && s.Asked * 2 < s.Uses)
            {
                labels[i] = l with { Kind = LabelKind.Answer };
            }
        }
    }

    /// <summary>
    /// One question letter and one answer letter that read the other way round: an English research transcript's "R:"
    /// (researcher) asks and its "P:" (participant) answers, where Spanish reads the letters as respuesta and pregunta.
    /// When the question label's paragraphs hardly ask (fewer than half end with a question mark) and the answer label's
    /// mostly do, the two swap sides.
    /// </summary>
    private static void SidesByAsking(List<Block> blocks, List<SpeakerLabel?> labels)
    {
        string? question = null, answer = null;
        int questions = 0, questionsAsking = 0, answers = 0, answersAsking = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not { Carried: false, Kind: not LabelKind.None } l) continue;
            if (l.Kind == LabelKind.Name) return; // names label the talk; the letters are not its two sides
            ref string? side = ref l.Kind == LabelKind.Question ? ref question : ref answer;
            if (side is null) side = l.Name;
            else if (!side.Equals(l.Name, StringComparison.OrdinalIgnoreCase)) return; // two ways of labelling a side
            bool asks = TextUtil.EndsWithQuestionMark(blocks[i].Text);
            if (l.Kind == LabelKind.Question) (questions, questionsAsking) = (questions + 1, questionsAsking + (asks ? 1 : 0));
            else (answers, answersAsking) = (answers + 1, answersAsking + (asks ? 1 : 0));
        }

        if (questions < 2 || answers < 2 || questionsAsking * 2 >= questions || answersAsking * 2 <= answers) return;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is { Kind: LabelKind.Question or LabelKind.Answer } l)
            {
                labels[i] = l with { Kind = l.Kind == LabelKind.Question ? LabelKind.Answer : LabelKind.Question };
            }
        }
    }

    /// <summary>
    /// The name of the first labelled paragraph when it asks and the next paragraph is labelled with another name and
    /// answers: the exchange that introduces the interviewer and the interviewee before the labels stop.
    /// </summary>
    private static string? OpeningAsker(List<Block> blocks, SpeakerLabel?[] labels, bool[] isQuestion)
    {
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (labels[i] is not { } l) continue;
            if (l.Kind != LabelKind.Name || !(isQuestion[i] || TextUtil.EndsWithQuestionMark(blocks[i].Text))) return null;
            return labels[i + 1] is { Kind: LabelKind.Name } next && !string.Equals(next.Name, l.Name, StringComparison.OrdinalIgnoreCase)
                && !isQuestion[i + 1] && !TextUtil.HasQuestionMark(blocks[i + 1].Text) ? l.Name : null;
        }

        return null;
    }

    /// <summary>Whether more of a phrase's words start in lower case than in capitals.</summary>
    private static bool IsMostlyLowerCase(string phrase)
    {
        int lower = 0, upper = 0;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            var w = phrase.AsSpan()[range];
            if (w.IsEmpty || !char.IsLetter(w[0])) continue;
            if (char.IsLower(w[0])) lower++;
            else upper++;
        }

        return lower > upper;
    }

    /// <summary>
    /// Where every label is one word with a number ("Sprecher 1", "Sprecher 2", as transcription tools write them), the
    /// numbers tell the people apart and the word states no role, even one that elsewhere names a narrator.
    /// </summary>
    private static void CountedVoicesArePeople(SpeakerLabel?[] labels)
    {
        string? word = null;
        string? firstName = null;
        bool two = false;
        foreach (var label in labels)
        {
            if (label is not { } l) continue;
            int space = SelfIntroduction.NumberSeparator(l.Name);
            if (l.StatedRole != TurnRole.Other || space < 0 || l.Name.IndexOf(' ') is var first && first >= 0 && first != space) return;
            var w = l.Name[..space];
            if (word is null) (word, firstName) = (w, l.Name);
            else if (w != word) return;
            else two |= l.Name != firstName;
        }

        if (!two) return;
        for (int i = 0; i < labels.Length; i++) if (labels[i] is { } l) labels[i] = l with { StatedRole = null };
    }

    /// <summary>
    /// Short labels take the full name they stand for: a surname ("ROE") the earlier label it abbreviates ("Jane
    /// Roe"); initials ("JR", "AvL") the one known name with those initials, or the name a label introduced them
    /// with ("Jane Roe (JR):").
    /// </summary>
    private static void UnifyLabelNames(SpeakerLabel?[] labels, IReadOnlyList<string> knownNames)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is { Kind: LabelKind.Name } l && SplitAlias(l.Name) is var (full, alias))
            {
                aliases[alias] = full;
                labels[i] = l with { Name = full };
            }
        }

        var fullNames = new List<string>(knownNames);
        foreach (var l in labels)
        {
            if (l is { Kind: LabelKind.Name } x && x.Name.Contains(' ', StringComparison.Ordinal) && !fullNames.Contains(x.Name)) fullNames.Add(x.Name);
        }

        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not { Kind: LabelKind.Name } l || l.Name.Contains(' ', StringComparison.Ordinal) || !Metadata.NameShapes.LooksLikeInitials(l.Name)) continue;
            string? match = aliases.GetValueOrDefault(l.Name);
            if (match is null)
            {
                foreach (var name in fullNames)
                {
                    // "JV" for "Jornal do Vale": a particle is not written in the short form.
                    if (!Metadata.NameShapes.InitialsOf(name).Equals(l.Name, StringComparison.OrdinalIgnoreCase)
                        && SpeakerLabel.CapitalInitials(name) != l.Name) continue;
                    if (match is not null && match != name)
                    {
                        match = null; // two people share the initials: neither
                        break;
                    }

                    match = name;
                }
            }

            if (match is not null) labels[i] = l with { Name = match };
        }

        // Full names indexed by their first and last word, so a page with thousands of labels stays linear: the labels'
        // own, then the names the document lists outside its text ("Jane:" is the front matter's "Jane Roe").
        var byWord = new Dictionary<string, List<SpeakerLabel>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Index(SpeakerLabel x)
        {
            if (!x.Name.Contains(' ', StringComparison.Ordinal) || !seen.Add(x.Name)) return;
            string first = x.Name[..x.Name.IndexOf(' ')], last = x.Name[(x.Name.LastIndexOf(' ') + 1)..];
            foreach (var key in first.Equals(last, StringComparison.OrdinalIgnoreCase) ? [first] : new[] { first, last })
            {
                if (!byWord.TryGetValue(key, out var list)) byWord[key] = list = [];
                list.Add(x);
            }
        }

        foreach (var l in labels)
        {
            if (l is { Kind: LabelKind.Name } x) Index(x);
        }

        foreach (var name in knownNames)
        {
            // Only a listed name that is a name alone ("Jane Roe", not "Jane Roe (host)") can stand for a label.
            if (Metadata.NameShapes.LooksLikeBareName(name.Trim())) Index(new SpeakerLabel(LabelKind.Name, name.Trim(), ""));
        }

        if (byWord.Count == 0) return;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not { Kind: LabelKind.Name } l || l.Name.Contains(' ', StringComparison.Ordinal)) continue;
            // "Smith" is "Jane Smith" when exactly one full name starts or ends with it.
            if (byWord.TryGetValue(l.Name, out var candidates) && candidates.Count == 1)
            {
                var m = candidates[0];
                labels[i] = l with { Name = m.Name, StatedRole = l.StatedRole ?? m.StatedRole };
            }
        }
    }

    /// <summary>
    /// Initials opening paragraphs with no mark after them ("JR Well, …") are the answerers' labels only where they answer:
    /// three paragraphs or more, two in three of them sentences right after a prompt or after another person's such
    /// answer, and each pair of initials spelling a name the page writes out before them. Otherwise they are words
    /// opening sentences ("UN troops …") or a list's items ("OS X …").
    /// </summary>
    private static void KeepAnsweringInitials(List<Block> blocks, List<SpeakerLabel?> labels)
    {
        int first = -1, count = 0, answering = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not { Unmarked: true }) continue;
            if (first < 0) first = i;
            count++;
            // Answers are sentences, each after a prompt or after another person's answer (a list's items follow each other).
            if (i > 0 && TextUtil.EndsLikeSentence(blocks[i].Text)
                && (labels[i - 1] is { Unmarked: true } other && other.Name != labels[i]!.Value.Name
                    || (labels[i - 1] is null && (IsPunctuationQuestion(blocks[i - 1]) || IsEmphasisedPrompt(blocks[i - 1]))))) answering++;
        }

        if (count == 0) return;
        bool keep = count >= 3 && answering * 3 >= count * 2;
        if (keep)
        {
            // The page's opening up to the first of them (its lead, as a rule), bounded so a long page costs no more.
            var opening = new System.Text.StringBuilder();
            for (int i = Math.Max(0, first - MaxOpeningBlocks); i < first; i++) opening.Append(blocks[i].Text).Append(' ');
            string text = opening.ToString();
            var spelled = new Dictionary<string, bool>(StringComparer.Ordinal);
            for (int i = first; i < labels.Count && keep; i++)
            {
                if (labels[i] is not { Unmarked: true } l) continue;
                if (!spelled.TryGetValue(l.Name, out bool ok)) spelled[l.Name] = ok = Metadata.NameShapes.NameSpelling(l.Name, text) is not null;
                keep = ok;
            }
        }

        for (int i = 0; i < labels.Count; i++)
        {
            // Kept, they are the answerers' (an answer may end in a question of its own).
            if (labels[i] is { Unmarked: true } l) labels[i] = keep ? l with { Unmarked = false, StatedRole = TurnRole.Interviewee } : null;
        }
    }

    /// <summary>
    /// Names in square brackets before the speech ("[Jane Roe] …") are labels where they make a conversation: two names or
    /// more, each on two paragraphs at least. A name or place bracketed once or twice (a kicker, "[St. Louis] …") is text.
    /// A single bracketed word ("[Pieter] …") opens a stage note's line as often ("[Laughter] …"): such words count only
    /// where they take turns (three changes in four) and open one paragraph in <see cref="MinLabelledShare"/> at least.
    /// A name that opens the answers, the questions standing unlabelled right above it (three in four of its paragraphs,
    /// <see cref="MinSoleBracketedUses"/> at least, and half the questions' answers), is the answerer's label too.
    /// </summary>
    private static void KeepBracketedConversation(List<Block> blocks, List<SpeakerLabel?> labels)
    {
        Dictionary<string, (int Uses, int Answers, int Opens)>? uses = null;
        bool[]? asked = null;
        int bracketed = 0, transitions = 0, changes = 0;
        bool single = false;
        string? previous = null;
        int questions = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            bool answers = AsksAbove(i);
            if (answers) questions++;
            if (labels[i] is not { Bracketed: true } b) continue;
            if (answers) (asked ??= new bool[labels.Count])[i] = true;
            // A second guest's answer to the same question opens right under the first guest's ("[Ana] …" / "[Tom] …").
            bool opens = answers || (i > 0 && labels[i - 1] is { Bracketed: true } above && above.Name != b.Name);
            var (n, a, o) = (uses ??= new(StringComparer.Ordinal)).GetValueOrDefault(b.Name);
            uses[b.Name] = (n + 1, a + (answers ? 1 : 0), o + (opens ? 1 : 0));
            single |= !b.Name.Contains(' ', StringComparison.Ordinal);
            bracketed++;
            if (previous is not null)
            {
                transitions++;
                if (previous != b.Name) changes++;
            }

            previous = b.Name;
        }

        if (uses is null) return;
        int speakers = 0, panelists = 0, panelAnswers = 0, panelOpens = 0;
        foreach (var (n, a, o) in uses.Values)
        {
            if (n >= 2) speakers++;
            if (IsPanelist(n, o))
            {
                panelists++;
                panelAnswers += a;
                panelOpens += o;
            }
        }

        bool conversation = speakers >= 2 && (!single || (changes * 4 >= transitions * 3 && bracketed * MinLabelledShare >= labels.Count));
        // Guests answering the unlabelled questions in turn ("[Ana] …", then "[Tom] …" under the same question): names
        // that open an answer, or the next guest's answer, three times in four, and together answer half the questions.
        bool panel = panelists >= 2 && panelOpens >= MinSoleBracketedUses && panelAnswers * 2 >= questions;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not { Bracketed: true } l) continue;
            var (n, _, o) = uses[l.Name];
            labels[i] = (conversation && n >= 2) || (panel && IsPanelist(n, o)) || IsAnswerer(l.Name)
                || (asked is not null && asked[i] && HasAnswererSurname(l.Name)) ? l with { Bracketed = false } : null;
        }

        static bool IsPanelist(int uses, int opens) => uses >= 2 && opens * 4 >= uses * 3;

        // It opens half the answers at least: a stage note ("[Laughter]") opens a few.
        bool IsAnswerer(string name) =>
            uses.TryGetValue(name, out var u) && u.Uses >= MinSoleBracketedUses && u.Answers * 4 >= u.Uses * 3 && u.Answers * 2 >= questions;

        bool AsksAbove(int i) => i > 0 && labels[i - 1] is null && TextUtil.EndsWithQuestionMark(blocks[i - 1].Text);

        // The answerer's full name over the first answer ("[Jane Roe]" before "[Roe]" over the others).
        bool HasAnswererSurname(string name)
        {
            int space = name.LastIndexOf(' ');
            return space > 0 && IsAnswerer(name[(space + 1)..]);
        }
    }

    /// <summary>How many answers a bracketed name must open to be the answerer's label with the questions unlabelled.</summary>
    private const int MinSoleBracketedUses = 3;

    /// <summary>How many blocks before the first unmarked initials are searched for the names they spell.</summary>
    private const int MaxOpeningBlocks = 40;

    /// <summary>"Jane Roe (JR)" → ("Jane Roe", "JR"): a full name with the short form used from then on.</summary>
    private static (string Full, string Alias)? SplitAlias(string label)
    {
        int open = label.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')')) return null;
        string alias = label[(open + 2)..^1].Trim(), full = label[..open].Trim();
        return Metadata.NameShapes.LooksLikeInitials(alias) && full.Contains(' ', StringComparison.Ordinal) ? (full, alias) : null;
    }
}
