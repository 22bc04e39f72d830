using InterviewParser.Blocks;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>A turn before names are resolved: its role, the label it carried, and its paragraphs.</summary>
internal sealed class TurnDraft(TurnRole role, string? label)
{
    public TurnRole Role { get; set; } = role;
    public string? Label { get; set; } = label;
    public TimeSpan? Time { get; set; }
    public List<string> Paragraphs { get; } = [];
}

/// <summary>The segmentation of the content into lead and turns.</summary>
internal sealed record Segmentation(List<Block> Lead, List<TurnDraft> Turns, bool IsInterview, string Evidence)
{
    /// <summary>What the turns look like, for the interview decision.</summary>
    public TurnShape Shape { get; init; }

    /// <summary>
    /// The decision rests on question marks and second-person words alone (no labels, no typography, no announcement):
    /// it stands only if the page names somebody who answers.
    /// </summary>
    public bool NeedsNamedInterviewee { get; init; }

    /// <summary>"Key: value" header fields of a transcript (INTERVIEWER: …, DATE: …), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];
}

/// <summary>
/// Stage 5: splits content paragraphs into the lead and speaker turns. Evidence is weighed in order:
/// speaker labels ("Q:", "Frage:", "Name:"), then the typography that sets questions apart (bold, italic,
/// a question class, headings), then question marks. Consecutive paragraphs of one speaker form one turn.
/// An interview needs at least two questions and two answers, addressed to somebody (second-person words)
/// or labelled, so explainers with question headings and articles quoting questions are not read as interviews.
/// </summary>
internal static class TurnSegmenter
{
    private enum Style { None, Bold, Italic, Hint, Heading, Dash, Look }

    /// <summary>Segments the content blocks (headline and date lines already removed).</summary>
    /// <param name="content">The content blocks.</param>
    /// <param name="knownNames">Names the document lists outside its text (front matter speakers), for initials.</param>
    public static Segmentation Segment(IReadOnlyList<Block> content, IReadOnlyList<string>? knownNames = null)
    {
        var blocks = MediaTime.Attach(RunInQuestions.Split(DropPullQuotes(content)));
        var labels = ReadLabels(blocks);
        // Short forms first: "Jane Roe (JR): …" opening a transcript is a speaker, not a header field, once "JR:" recurs.
        UnifyLabelNames(labels, knownNames ?? []);
        CountedVoicesArePeople(labels);
        var fields = TakeFieldLists(labels);
        int n = blocks.Count;
        var (dash, dashedQuestions) = DashDialogue.Read(blocks);
        var (style, look) = ChooseStyle(blocks, dashedQuestions);
        bool labelDriven = IsLabelDriven(blocks, labels);

        var looksAsked = new bool[n];
        for (int i = 0; i < n; i++)
        {
            looksAsked[i] = style == Style.None ? IsPunctuationQuestion(blocks[i]) : HasStyle(blocks[i], style, look) && blocks[i].Text.Length <= 1200;
        }

        if (style == Style.None && !labelDriven)
        {
            MarkStatedQuestions(blocks, labels, looksAsked);
            MarkParagraphQuestions(blocks, labels, looksAsked);
            UnaskAnswersClosingOnAQuestion(blocks, labels, looksAsked);
        }

        var put = labelDriven ? PutToTheLabelled(blocks, labels) : null;
        var roles = AssignRoles(blocks, labels, looksAsked, style, look, dash, labelDriven, put);
        int first = FirstTurn(blocks, labels, roles, dash, labelDriven, put);
        var lead = new List<Block>();
        var turns = new List<TurnDraft>();
        if (first < 0)
        {
            lead.AddRange(blocks);
            return new Segmentation(lead, turns, false, "no questions") { Fields = fields };
        }

        var numberedAnswerers = NumberedAnswerers(labels);
        bool dashedAnswers = !dash && !dashedQuestions && AnswersOpenWithDashes(blocks, labels, roles, first);
        // Captions that mark each change of speaker and name nobody: every block is a turn, from the first cue on.
        bool changes = MarksSpeakerChanges(blocks, labels);
        if (changes) first = 0;
        // A heading that is a person's name heads the answers below it, in a round of the same questions put to several people.
        // (Read only when an answer comes under the heading: most headings head no answer of their own.)
        Block? head = null;
        string? nameHead = null;
        List<(TurnDraft Answer, string Name)>? headed = null;
        for (int i = 0; i < first; i++)
        {
            lead.Add(blocks[i]);
            if (blocks[i].Kind == BlockKind.Heading || IsNameLine(blocks, labels, roles, i)) head = blocks[i];
        }

        var subheadings = TextSubheadings(blocks, labels);
        TurnDraft? current = null;
        int notedSections = 0, lastAsked = n - 1;
        while (lastAsked >= first && roles[lastAsked] != TurnRole.Interviewer && labels[lastAsked] is null) lastAsked--;
        for (int i = first; i < n; i++)
        {
            var b = blocks[i];
            if ((b.Kind == BlockKind.Heading || subheadings?[i] == true) && style != Style.Heading && labels[i] is null)
            {
                // A section that opens with unlabelled statements rather than a speaker: notes, not a conversation.
                if (i + 1 < n && labels[i + 1] is null && blocks[i + 1].Kind != BlockKind.Heading && !IsPunctuationQuestion(blocks[i + 1])) notedSections++;
                // A section after the last question that nobody asks or labels in is the page's text (a postscript, a
                // box, a poll), not the last answer's.
                if (current is not null && i > lastAsked) break;
                head = b;
                continue; // section headings inside an interview are not speech
            }

            // A text has no headings: a name alone on its line over the next question heads the answers below it as one would.
            if (current is not null && style != Style.Heading && IsNameLine(blocks, labels, roles, i))
            {
                head = b;
                continue;
            }

            string text = labels[i] is { } lab ? lab.Rest
                : dash || dashedQuestions || (dashedAnswers && roles[i] != TurnRole.Interviewer) ? DashDialogue.Strip(b.Text) : b.Text;
            if (changes && (b.SpeakerChange || current is null))
            {
                // A question is the interviewer's; anything else the other side's than the turn before (the host opens).
                var side = IsPunctuationQuestion(b) || current is null ? TurnRole.Interviewer
                    : current.Role == TurnRole.Interviewer ? TurnRole.Interviewee : TurnRole.Interviewer;
                current = NewTurn(turns, side, null, b);
                current.Paragraphs.Add(text);
                continue;
            }

            if (roles[i] is not { } role)
            {
                if (current is null) current = NewTurn(turns, TurnRole.Interviewee, null, b);
                current.Paragraphs.Add(text);
                continue;
            }

            string? label = labels[i] is { Kind: LabelKind.Name } l ? l.Name
                : labels[i] is { Kind: LabelKind.Answer } a && numberedAnswerers.Contains(a.Name) ? a.Name : null;
            bool sameSpeaker = current is not null && current.Role == role
                && (label is null || current.Label is null || string.Equals(label, current.Label, StringComparison.OrdinalIgnoreCase))
                && !(dash && role == TurnRole.Interviewer && DashDialogue.Opens(b.Text));
            if (!sameSpeaker)
            {
                current = NewTurn(turns, role, label, b, labels[i]?.Time);
                if (role == TurnRole.Interviewee && label is null)
                {
                    if (head is not null) (nameHead, head) = (NameHead(head), null);
                    if (nameHead is not null) (headed ??= []).Add((current, nameHead));
                }
            }
            else if (label is not null)
            {
                current!.Label ??= label;
            }

            current!.Paragraphs.Add(text);
        }

        if (headed is not null) LabelByNameHeads(turns, headed);
        SelfIntroduction.NameNumberedSpeakers(turns, knownNames ?? []);
        var (generic, letters, named, labelled) = CountLabels(labels, turns.Count);
        // A marked change of speaker says as much as dash dialogue does: somebody else speaks from here.
        var decided = Decide(lead, turns, style, labelled || dash || changes);
        return decided with
        {
            Fields = fields,
            Shape = decided.Shape with { NotedSections = notedSections, GenericLabels = generic, LetterLabels = letters, NamedLabels = named, DashDialogue = dash,
                MarkedChanges = changes && !labelled && !dash },
        };
    }

    /// <summary>A heading's text when it is a person's name and nothing else ("Jane Roe"), else null.</summary>
    private static string? NameHead(Block heading) =>
        heading.WordCount is >= 2 and <= 4 && Metadata.NameShapes.LooksLikeBareName(heading.Text) ? heading.Text : null;

    /// <summary>
    /// The subheadings of a text, which has no heading markup: short lines without a closing stop between an answer that
    /// closed with one and a labelled question ("Spring" over "Q: When …?"). Edited Q-and-A texts, which label their
    /// questions so, punctuate their answers; a transcript's speech without stops is labelled by names.
    /// </summary>
    private static bool[]? TextSubheadings(List<Block> blocks, SpeakerLabel?[] labels)
    {
        bool[]? marks = null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            var b = blocks[i];
            if (i == 0 || b.Element >= 0 || b.Kind == BlockKind.Heading || labels[i] is not null || labels[i + 1] is not { Kind: LabelKind.Question, Carried: false }
                || !TextUtil.EndsLikeSentence(blocks[i - 1].Text)
                || b.WordCount is < 1 or > MaxSubheadingWords || !char.IsUpper(b.Text[0]) || TextUtil.EndsLikeSentence(b.Text) || b.Text.AsSpan().TrimEnd()[^1] is ';' or ',')
            {
                continue;
            }

            (marks ??= new bool[blocks.Count])[i] = true;
        }

        return marks;
    }

    /// <summary>The most words of a text's subheading.</summary>
    private const int MaxSubheadingWords = 5;

    /// <summary>
    /// A line of plain text that is a person's name and nothing else, unlabelled, after an answer or the lead and with a
    /// question at most <see cref="NameLineReach"/> blocks below it (a picture credit may stand between): a section's
    /// heading in a text, where no markup says so.
    /// </summary>
    private static bool IsNameLine(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, int i)
    {
        var b = blocks[i];
        // After a question, a line is its answer or part of it: a section opens after an answer.
        if (b.Element >= 0 || b.Kind == BlockKind.Heading || labels[i] is not null || NameHead(b) is null) return false;
        if (i > 0 && roles[i - 1] == TurnRole.Interviewer) return false;
        for (int j = i + 1; j < Math.Min(blocks.Count, i + 1 + NameLineReach); j++)
        {
            if (roles[j] == TurnRole.Interviewer) return labels[j] is null;
        }

        return false;
    }

    /// <summary>The most blocks from a name line to the question it heads.</summary>
    private const int NameLineReach = 3;

    /// <summary>
    /// The same questions put to several people, each section headed by one's name ("Jane Roe", the questions and her
    /// answers, "Tom Berg", the same questions and his): where two names or more head answers, half of them at least,
    /// and a question comes back under another name, each unlabelled answer is the person's whose name heads it.
    /// </summary>
    private static void LabelByNameHeads(List<TurnDraft> turns, List<(TurnDraft Answer, string Name)> headed)
    {
        bool twoNames = false;
        foreach (var (_, name) in headed) twoNames |= name != headed[0].Name;
        if (!twoNames) return;
        int answers = 0;
        foreach (var t in turns) if (t.Role == TurnRole.Interviewee) answers++;
        if (headed.Count * 2 < answers) return;
        // Each question with the name heading the answer after it: a question asked again under another name.
        var heads = new Dictionary<TurnDraft, string>(ReferenceEqualityComparer.Instance);
        foreach (var (answer, name) in headed) heads[answer] = name;
        var askedOf = new Dictionary<string, string>(StringComparer.Ordinal);
        bool repeated = false;
        for (int i = 0; i + 1 < turns.Count && !repeated; i++)
        {
            if (turns[i] is not { Role: TurnRole.Interviewer, Paragraphs: [var question, ..] } || !heads.TryGetValue(turns[i + 1], out var name)) continue;
            if (askedOf.TryGetValue(question, out var before)) repeated = before != name;
            else askedOf[question] = name;
        }

        if (!repeated) return;
        foreach (var (answer, name) in headed) answer.Label = name;
    }

    /// <summary>
    /// Whether the blocks are caption turns parted by change-of-speaker markers and named by none: no block carries a
    /// label, and half of them or more open at a marker.
    /// </summary>
    private static bool MarksSpeakerChanges(List<Block> blocks, SpeakerLabel?[] labels)
    {
        int marked = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is not null) return false;
            if (blocks[i].SpeakerChange) marked++;
        }

        return marked >= 2 && marked * 2 >= blocks.Count;
    }

    /// <summary>
    /// Whether the answers of a Q&amp;A whose questions are set apart otherwise (bold, labels, question marks) open with a
    /// quotation dash ("– Yes, …"), as Scandinavian outlets print them: <see cref="MinDashedAnswers"/> answers or more,
    /// and two in three. The dash then marks the speech, and is not part of it.
    /// </summary>
    private static bool AnswersOpenWithDashes(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, int first)
    {
        int answers = 0, dashed = 0;
        for (int i = first; i < blocks.Count; i++)
        {
            if (roles[i] != TurnRole.Interviewee || labels[i] is not null || (i > first && roles[i - 1] == TurnRole.Interviewee)) continue;
            answers++;
            if (DashDialogue.Opens(blocks[i].Text)) dashed++;
        }

        return dashed >= MinDashedAnswers && dashed * 3 >= answers * 2;
    }

    /// <summary>The fewest dashed answers that make the convention.</summary>
    private const int MinDashedAnswers = 3;

    /// <summary>
    /// In a Q&amp;A told by punctuation alone (no typography or labels) whose answers are one paragraph each, a short
    /// statement between two long answers is the interviewer's: a remark put instead of a question ("That was a hard
    /// year."). Answers that run on over several long paragraphs leave a short line to the answer it stands in.
    /// </summary>
    private static void MarkStatedQuestions(List<Block> blocks, SpeakerLabel?[] labels, bool[] looksAsked)
    {
        int n = blocks.Count, asked = 0, answered = 0, runOn = 0;
        for (int i = 0; i < n; i++)
        {
            if (looksAsked[i]) asked++;
            else if (i > 0 && looksAsked[i - 1]) answered++;
            else if (i > 0 && blocks[i].WordCount > MaxRemarkWords && blocks[i - 1].WordCount > MaxRemarkWords) runOn++;
        }

        // Enough questions, most of them answered, and long paragraphs following long paragraphs on one in two at most.
        // A shorter Q&A takes only remarks that address the guest ("You must have had hard winters.").
        if (asked < MinQuestionsForAddressedRemarks || answered * 4 < asked * 3 || runOn * 2 > asked) return;
        bool addressedOnly = asked < MinQuestionsForRemarks;
        for (int i = 1; i + 1 < n; i++)
        {
            var b = blocks[i];
            if (looksAsked[i - 1] || looksAsked[i] || looksAsked[i + 1] || labels[i] is not null || b.Kind == BlockKind.Heading) continue;
            int words = b.WordCount;
            if (words is < 2 or > MaxRemarkWords || !TextUtil.EndsLikeSentence(b.Text) || addressedOnly && !SecondPerson.Addresses(b.Text)) continue;
            // Long answers on both sides: at least a few sentences, and twice the remark.
            int answer = Math.Max(MinAnswerWords, 2 * words);
            if (blocks[i - 1].WordCount >= answer && blocks[i + 1].WordCount >= answer) looksAsked[i] = true;
        }
    }

    /// <summary>
    /// In plain text that prints each question and its answer as one paragraph — the question on the first line, the
    /// answer on the lines under it, a blank line before the next pair — a paragraph's first line is the question even
    /// without a question mark ("You were there that night." over its answer), once at least as many such paragraphs
    /// open with a punctuated question as would be read so without one. The line must be a sentence (a subheading, a
    /// caption or a name over a bio is none) shorter than the answer's first line, and open on a capital (a teaser list's
    /// "rubric 10:30 a.m." over its title states no question, and does not count against the questions either).
    /// </summary>
    private static void MarkParagraphQuestions(List<Block> blocks, SpeakerLabel?[] labels, bool[] looksAsked)
    {
        int n = blocks.Count, asked = 0, stated = 0;
        bool paragraphs = false;
        for (int i = 1; i < n && !paragraphs; i++) paragraphs = blocks[i].BlankBefore;
        if (!paragraphs) return; // no blank lines: not plain text, or one run of lines
        for (int i = 0; i + 1 < n; i++)
        {
            if (!OpensParagraphOfLines(blocks, i)) continue;
            if (looksAsked[i]) asked++;
            else if (CouldStateQuestion(blocks, labels, i)) stated++;
        }

        if (asked < MinQuestionsForRemarks || asked < stated) return;
        for (int i = 0; i + 1 < n; i++)
        {
            if (!looksAsked[i] && OpensParagraphOfLines(blocks, i) && CouldStateQuestion(blocks, labels, i)) looksAsked[i] = true;
        }
    }

    /// <summary>
    /// Whether a paragraph's first line may state a question: an unlabelled sentence, opening on a capital (a teaser list's
    /// "rubric 10:30 a.m." over its title is none), shorter than the line under it.
    /// </summary>
    private static bool CouldStateQuestion(List<Block> blocks, SpeakerLabel?[] labels, int i) =>
        labels[i] is null && blocks[i].Kind != BlockKind.Heading && blocks[i].WordCount is >= 2 and <= MaxParagraphQuestionWords
        && OpensCapitalised(blocks[i].Text)
        && blocks[i].WordCount < blocks[i + 1].WordCount && TextUtil.EndsLikeSentence(blocks[i].Text);

    /// <summary>
    /// An answer may close on a question of its own ("… And what else could we have done?"), and a question mark alone
    /// then reads it as asked: three questions in a row. The middle one is the answer where it opens with a statement of
    /// its own and runs longer than the question over it.
    /// </summary>
    private static void UnaskAnswersClosingOnAQuestion(List<Block> blocks, SpeakerLabel?[] labels, bool[] looksAsked)
    {
        for (int i = 1; i + 1 < blocks.Count; i++)
        {
            if (!looksAsked[i - 1] || !looksAsked[i] || !looksAsked[i + 1]
                || labels[i - 1] is not null || labels[i] is not null || labels[i + 1] is not null) continue;
            if (blocks[i].WordCount > blocks[i - 1].WordCount && OpensWithStatement(blocks[i].Text)) looksAsked[i] = false;
        }
    }

    /// <summary>Whether the first letter of a text, past opening marks, is a capital.</summary>
    private static bool OpensCapitalised(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
            if (char.IsLetterOrDigit(c)) return false;
        }

        return false;
    }

    /// <summary>Whether a paragraph's first sentence (of three words or more) ends in a full stop or exclamation mark, not a question mark.</summary>
    private static bool OpensWithStatement(string text)
    {
        int words = 1;
        for (int i = 0; i + 2 < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ') words++;
            else if (c is '?' or '？') return false;
            else if (c is '.' or '!' or '…' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || TextUtil.IsOpeningMark(text[i + 2])) && words >= 3) return true;
        }

        return false;
    }

    /// <summary>Whether a line opens a paragraph (a blank line before it) that runs on to the next line.</summary>
    private static bool OpensParagraphOfLines(List<Block> blocks, int i) =>
        (i == 0 || blocks[i].BlankBefore) && i + 1 < blocks.Count && !blocks[i + 1].BlankBefore;

    /// <summary>How many words a question stated on a paragraph's first line holds at most.</summary>
    private const int MaxParagraphQuestionWords = 40;

    /// <summary>How many questions a Q&amp;A needs before a statement between answers is read as a remark.</summary>
    private const int MinQuestionsForRemarks = 5;

    /// <summary>How many questions a Q&amp;A needs before a statement that addresses the guest between answers is read as a remark.</summary>
    private const int MinQuestionsForAddressedRemarks = 3;

    /// <summary>How many words a remark holds at most (one sentence); longer paragraphs are answers.</summary>
    private const int MaxRemarkWords = 20;

    /// <summary>How many words the answers around a remark hold at least.</summary>
    private const int MinAnswerWords = 30;

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

    private static TurnDraft NewTurn(List<TurnDraft> turns, TurnRole role, string? label, Block b, TimeSpan? labelTime = null)
    {
        var t = new TurnDraft(role, label) { Time = labelTime ?? b.Time };
        turns.Add(t);
        return t;
    }

    /// <summary>
    /// The role of each block; <see langword="null"/> where a block only continues the turn before it (an unlabelled
    /// paragraph in a labelled transcript, a paragraph without a dash in dash dialogue).
    /// </summary>
    private static TurnRole?[] AssignRoles(List<Block> blocks, SpeakerLabel?[] labels, bool[] looksAsked, Style style, int look, bool dash, bool labelDriven,
        bool[]? put)
    {
        int n = blocks.Count;
        var roles = new TurnRole?[n];
        int generic = 0;
        foreach (var l in labels) if (l is { Kind: LabelKind.Question, Carried: false }) generic++;
        bool genericQuestions = generic >= 2;
        var interviewerLabels = InterviewerLabels(blocks, labels, looksAsked, labelDriven, put is not null);
        bool started = false;
        for (int i = 0; i < n; i++)
        {
            var b = blocks[i];
            if (labels[i] is { } l)
            {
                roles[i] = l.Kind switch
                {
                    LabelKind.Question => TurnRole.Interviewer,
                    LabelKind.Answer => TurnRole.Interviewee,
                    // On a page whose questions are set apart by typography, a name on a styled question asks it
                    // ("Mashable: Is that how you remember it?" in bold among plain bold questions).
                    _ when !labelDriven && style != Style.None && looksAsked[i] && l.StatedRole is null => TurnRole.Interviewer,
                    _ => NameRole(l, genericQuestions, interviewerLabels),
                };
                started = true;
            }
            else if (dash)
            {
                if (DashDialogue.Opens(b.Text))
                {
                    bool asked = style != Style.None ? HasStyle(b, style, look) : TextUtil.EndsWithQuestionMark(b.Text) || looksAsked[i];
                    roles[i] = asked ? TurnRole.Interviewer : TurnRole.Interviewee;
                    started = true;
                }
                else if (!started || (style != Style.None && looksAsked[i]))
                {
                    // Before the dialogue, or a styled question written without a dash.
                    roles[i] = looksAsked[i] ? TurnRole.Interviewer : TurnRole.Interviewee;
                }
            }
            else if (labelDriven && started)
            {
                if ((style != Style.None && looksAsked[i]) || put?[i] == true) roles[i] = TurnRole.Interviewer;
            }
            else
            {
                roles[i] = looksAsked[i] ? TurnRole.Interviewer : TurnRole.Interviewee;
            }
        }

        if (dash) PromptsBetweenAnswers(blocks, labels, roles);
        return roles;
    }

    /// <summary>
    /// In dash dialogue each dash gives the word to the other side: a dashed statement after an answer, followed by
    /// another dashed statement, is the interviewer's prompt ("— And then the injury." / "— It was the worst month."),
    /// though it asks nothing. Two answers in a row would have one speaker take the word from himself.
    /// </summary>
    private static void PromptsBetweenAnswers(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles)
    {
        int previous = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is not null || roles[i] is null || !DashDialogue.Opens(blocks[i].Text)) continue;
            if (roles[i] == TurnRole.Interviewee && previous >= 0 && roles[previous] == TurnRole.Interviewee && NextDashed(blocks, labels, roles, i) is int next
                && roles[next] == TurnRole.Interviewee)
            {
                roles[i] = TurnRole.Interviewer;
            }

            previous = i;
        }
    }

    /// <summary>The next unlabelled paragraph after <paramref name="i"/> that opens with a dialogue dash, or null.</summary>
    private static int? NextDashed(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, int i)
    {
        for (int k = i + 1; k < blocks.Count; k++)
        {
            if (labels[k] is null && roles[k] is not null && DashDialogue.Opens(blocks[k].Text)) return k;
        }

        return null;
    }

    private static TurnRole NameRole(SpeakerLabel l, bool genericQuestions, HashSet<string> interviewerLabels)
    {
        if (l.StatedRole == TurnRole.Other) return TurnRole.Other;
        if (genericQuestions)
        {
            // Questions carried by "Q:"-style labels: named speakers answer; a named moderator only hosts.
            return l.StatedRole == TurnRole.Interviewer ? TurnRole.Other : TurnRole.Interviewee;
        }

        // A label that states its side keeps it, though an answer of its speaker ends in a question ("GUEST: … don't you think?").
        return l.StatedRole == TurnRole.Interviewer || (l.StatedRole != TurnRole.Interviewee && interviewerLabels.Contains(l.Name))
            ? TurnRole.Interviewer : TurnRole.Interviewee;
    }

    /// <summary>The interview starts at the first labelled turn, dash turn, or real question.</summary>
    private static int FirstTurn(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, bool dash, bool labelDriven, bool[]? put)
    {
        bool answersNamed = !labelDriven && !dash && NamedAnswers(labels, roles);
        int first = FirstTurn(blocks, labels, roles, dash, labelDriven, put, answersNamed);
        // No question with a named answer after it: the names belong to something else, and the first question opens.
        return first < 0 && answersNamed ? FirstTurn(blocks, labels, roles, dash, labelDriven, put, false) : first;
    }

    /// <summary>The first turn; with <paramref name="answersNamed"/>, a plain question opens only when a named answer follows it.</summary>
    private static int FirstTurn(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, bool dash, bool labelDriven, bool[]? put, bool answersNamed)
    {
        int n = blocks.Count;
        Dictionary<string, int>? lastUse = null;
        for (int i = 0; i < n; i++)
        {
            if (labels[i] is { Carried: false } l && (l.Kind != LabelKind.Name || labelDriven || roles[i] != TurnRole.Interviewee || HasLaterLabel(labels, i, labels.Length))
                && (!labelDriven || HasLaterLabel(labels, i, i + 4) || (i + 1 < n && labels[i + 1] is { Carried: true })
                    || SpeaksAgain(labels, i, lastUse ??= LastUses(labels))))
            {
                return i;
            }

            if (dash)
            {
                if (roles[i] == TurnRole.Interviewer && (DashDialogue.Opens(blocks[i].Text) || TextUtil.EndsWithQuestionMark(blocks[i].Text))) return i;
                continue;
            }

            if (labelDriven)
            {
                if (put?[i] == true) return i;
                continue;
            }

            if (roles[i] == TurnRole.Interviewer && (TextUtil.EndsWithQuestionMark(blocks[i].Text) || (i + 2 < n && roles[i + 1] != TurnRole.Interviewer)))
            {
                // Where the answers carry their speaker's name, a question that no named answer follows (an
                // introduction's rhetorical "Who would have guessed?") is still the introduction.
                if (answersNamed && !AnsweredByName(labels, roles, i)) continue;
                return CalledPromptBefore(blocks, labels, roles, i) ?? i;
            }
        }

        return -1;
    }

    /// <summary>How many paragraphs before the first question a prompt that asks nothing may stand (it and its answer).</summary>
    private const int MaxPromptReach = 3;

    /// <summary>
    /// A first prompt written without a question mark a few paragraphs above the first question, with its answer
    /// between them ("Vreni, du wurdest im April abgemahnt, erzähl uns davon."): it opens by calling somebody the
    /// paragraphs above it name ("Vreni Frost …") and speaks to them in the second person. A standfirst speaks about
    /// the guest, not to them; "Liebe Leser, …" calls nobody the page names. Returns the prompt, now the interviewer's.
    /// </summary>
    private static int? CalledPromptBefore(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, int question)
    {
        for (int j = question - 2; j >= Math.Max(1, question - MaxPromptReach); j--)
        {
            string text = blocks[j].Text;
            // A sentence's opening word set off by a comma ("Heute, …", "Und, …") calls nobody.
            if (labels[j] is not null || TextUtil.EndsWithQuestionMark(text) || Metadata.NameShapes.CalledName(text) is not { } called
                || Languages.Vocabulary.SentenceOpeners.Contains(called) || Languages.Vocabulary.FunctionWords.Contains(called) || !SecondPerson.Addresses(text)) continue;
            for (int k = 0; k < j; k++)
            {
                int at = blocks[k].Text.IndexOf(called, StringComparison.Ordinal);
                if (at < 0 || !TextUtil.IsWholeWord(blocks[k].Text, at, at + called.Length) || !NamesSomebody(blocks[k].Text, at, called.Length)) continue;
                roles[j] = TurnRole.Interviewer;
                return j;
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="at"/> is part of a name of two words or more ("Vreni Frost", "Anna Lund").</summary>
    private static bool NamesSomebody(string text, int at, int length)
    {
        int end = at + length;
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
        int next = end + 1;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        return Metadata.NameShapes.IsNameWord(text.AsSpan(end + 1, next - end - 1));
    }

    /// <summary>How many named answers make a page whose answers carry their speaker's name.</summary>
    private const int MinNamedAnswers = 3;

    /// <summary>
    /// Whether the answers open with their speaker's name ("Jane: …") on a page whose questions carry none: at least
    /// <see cref="MinNamedAnswers"/> of them, and at least half of the answers that follow a question.
    /// </summary>
    private static bool NamedAnswers(SpeakerLabel?[] labels, TurnRole?[] roles)
    {
        int named = 0, answers = 0;
        for (int i = 1; i < labels.Length; i++)
        {
            if (roles[i] != TurnRole.Interviewee || roles[i - 1] != TurnRole.Interviewer) continue;
            answers++;
            if (labels[i] is { Kind: LabelKind.Name, Carried: false }) named++;
        }

        return named >= MinNamedAnswers && named * 2 >= answers;
    }

    /// <summary>Whether the first block after the question (and the question blocks that follow it) is a named answer.</summary>
    private static bool AnsweredByName(SpeakerLabel?[] labels, TurnRole?[] roles, int question)
    {
        int j = question + 1;
        while (j < roles.Length && roles[j] == TurnRole.Interviewer && labels[j] is null) j++;
        return j < roles.Length && labels[j] is { Kind: LabelKind.Name } && roles[j] == TurnRole.Interviewee;
    }

    /// <summary>
    /// Whether the speaker a label names, a full name or a form of address, takes the floor again later: an opening
    /// statement of many paragraphs before the first question is that speaker's first turn.
    /// </summary>
    private static bool SpeaksAgain(SpeakerLabel?[] labels, int i, Dictionary<string, int> lastUse) =>
        // A single word labels a note's run-in heading as often as a speaker.
        labels[i] is { Kind: LabelKind.Name } first && first.Name.Contains(' ', StringComparison.Ordinal) && lastUse[first.Name] > i;

    /// <summary>Where each name label is used last (one pass, so that the first-turn search stays linear).</summary>
    private static Dictionary<string, int> LastUses(SpeakerLabel?[] labels)
    {
        var last = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < labels.Length; j++)
        {
            if (labels[j] is { Carried: false, Kind: LabelKind.Name } l) last[l.Name] = j;
        }

        return last;
    }

    private static bool HasLaterLabel(SpeakerLabel?[] labels, int i, int end)
    {
        for (int j = i + 1; j < Math.Min(end, labels.Length); j++) if (labels[j] is { Carried: false }) return true;
        return false;
    }

    /// <summary>
    /// A label alone on its line, a speaker's name left alone on a line whose opening time was taken off, or a full
    /// name set in bold alone on its line.
    /// </summary>
    private static bool IsLabelLine(Block b, out SpeakerLabel label, HashSet<string>? elementNames = null, HashSet<string>? nameWords = null) =>
        SpeakerLabel.TryReadStandalone(b.Text, out label) || (b.Time is { } time && SpeakerLabel.TryReadTimedName(b.Text, time, out label))
        || (b.IsBold && b.Kind != BlockKind.Heading && SpeakerLabel.TryReadFullName(b.Text, out label))
        || (elementNames is not null && IsOwnElement(b) && SpeakerLabel.TryReadFullName(b.Text, out label) && elementNames.Contains(label.Name))
        || (nameWords is not null && b.IsBold && b.Kind != BlockKind.Heading && nameWords.Contains(b.Text.Trim()) && SpeakerLabel.TryReadNameWord(b.Text, out label));

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
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading || blocks[i].Level >= 3)
            {
                if (IsLabelLine(blocks[i], out var l, elementNames, nameWords) && !IsLabelLine(blocks[i + 1], out _, elementNames, nameWords))
                {
                    standalone[i] = true;
                    count++;
                    seen[l.Name] = seen.GetValueOrDefault(l.Name) + 1;
                }
            }
        }

        // Label lines repeat, for two speakers at least. A lone ALL-CAPS line is a heading; "Photo:" over every
        // picture credit is one label only.
        int repeated = 0;
        foreach (var v in seen.Values) if (v >= 2) repeated++;
        bool use = count >= 3 && repeated >= 2;
        bool[]? joining = use || count == 0 ? null : LabelLinesAmongRunIn(blocks, standalone, elementNames);
        var labels = new List<SpeakerLabel?>(blocks.Count);
        var kept = new List<Block>(blocks.Count);
        SpeakerLabel? carried = null, once = null;
        bool fresh = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (use && standalone[i] && IsLabelLine(blocks[i], out var l, elementNames, nameWords))
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
        KeepBracketedConversation(labels);

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
    /// </summary>
    private static void KeepBracketedConversation(List<SpeakerLabel?> labels)
    {
        Dictionary<string, int>? uses = null;
        foreach (var l in labels)
        {
            if (l is { Bracketed: true } b) (uses ??= new(StringComparer.Ordinal))[b.Name] = uses.GetValueOrDefault(b.Name) + 1;
        }

        if (uses is null) return;
        int speakers = 0;
        foreach (int n in uses.Values) if (n >= 2) speakers++;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is { Bracketed: true } l) labels[i] = speakers >= 2 && uses[l.Name] >= 2 ? l with { Bracketed = false } : null;
        }
    }

    /// <summary>
    /// The questions put to labelled guests in turn, where two or more are (else null): unlabelled questions, each right
    /// over a paragraph labelled with a name, in a round of answers by several labelled guests ("Rosa: …", "Ken: …") whose asker
    /// goes unnamed. A question set apart in bold or italics is so put; a plain one too where no labelled paragraph asks
    /// anything (a transcript's host asks under a label, and a plain question after it goes on the host's turn).
    /// </summary>
    private static bool[]? PutToTheLabelled(List<Block> blocks, SpeakerLabel?[] labels)
    {
        bool labelsAsk = false;
        for (int i = 0; i < blocks.Count && !labelsAsk; i++) labelsAsk = labels[i] is not null && TextUtil.EndsWithQuestionMark(blocks[i].Text);
        bool[]? put = null;
        int count = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (labels[i] is not null || labels[i + 1] is not { Carried: false, Kind: LabelKind.Name } || !IsPunctuationQuestion(blocks[i])) continue;
            if (!labelsAsk || IsEmphasisedPrompt(blocks[i]))
            {
                (put ??= new bool[blocks.Count])[i] = true;
                count++;
            }
        }

        return count >= 2 ? put : null;
    }

    /// <summary>A paragraph set in bold or italics throughout, of a question's length: a prompt, as a question without its mark.</summary>
    private static bool IsEmphasisedPrompt(Block b) =>
        b.Kind != BlockKind.Heading && b.WordCount is >= 1 and <= 90 && Math.Max(b.BoldLength, b.ItalicLength) * 10 >= b.VisibleLength * 9;

    /// <summary>How many blocks before the first unmarked initials are searched for the names they spell.</summary>
    private const int MaxOpeningBlocks = 40;

    /// <summary>
    /// Labels drive the segmentation when at least two speakers are labelled more than once and unlabelled questions
    /// are rare beside the labels: unlabelled paragraphs then continue the turn before them. Pages that label only
    /// the answers ("Smith: …" after each plain question) are not label-driven.
    /// </summary>
    private static bool IsLabelDriven(List<Block> blocks, SpeakerLabel?[] labels)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int total = 0, plainQuestions = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is { Carried: false } x)
            {
                total++;
                string key = x.Kind == LabelKind.Name ? x.Name : x.Kind.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            else if (labels[i] is null && total > 0 && IsPunctuationQuestion(blocks[i]))
            {
                plainQuestions++;
            }
        }

        int repeated = 0;
        foreach (var c in counts.Values) if (c >= 2) repeated++;
        return total >= 4 && repeated >= 2 && plainQuestions * 4 < total;
    }

    private static Segmentation Decide(List<Block> lead, List<TurnDraft> turns, Style style, bool labelled)
    {
        int questions = 0, answers = 0, addressed = 0, qWords = 0, aWords = 0, shortQuestions = 0, asking = 0, called = 0;
        foreach (var t in turns)
        {
            int words = 0;
            foreach (var p in t.Paragraphs) words += TextUtil.CountWords(p);
            if (t.Role == TurnRole.Interviewer)
            {
                questions++;
                qWords += words;
                if (t.Paragraphs.Exists(p => TextUtil.HasQuestionMark(p))) asking++;
                // A bare follow-up ("Why?", "Inwiefern?") addresses nobody by word; it neither helps nor hurts.
                if (words <= 2) shortQuestions++;
                else
                {
                    bool calls = SecondPerson.CallsByName(t.Paragraphs[0]);
                    if (calls) called++;
                    if (calls || t.Paragraphs.Exists(SecondPerson.Addresses)) addressed++;
                }
            }
            else
            {
                answers++;
                aWords += words;
            }
        }

        var shape = new TurnShape(questions, answers, addressed, shortQuestions, qWords, aWords, style != Style.None, labelled)
        {
            Asking = asking, EmphasisedQuestions = style is Style.Bold or Style.Italic or Style.Hint or Style.Dash or Style.Look, CalledByName = called,
        };
        string evidence = $"style={style}, questions={questions}, answers={answers}, addressed={addressed}, asking={asking}, labelled={labelled}";
        return new Segmentation(lead, turns, false, evidence) { Shape = shape };
    }

    /// <summary>
    /// Which name labels belong to interviewers: those whose label states the role (HOST, Interviewer…); else,
    /// when one side's paragraphs are plainly questions, the askers; else the hosts of a talk transcript, who
    /// take a fair share of the turns with clearly shorter turns than the rest; else the first speaker.
    /// </summary>
    private static HashSet<string> InterviewerLabels(List<Block> blocks, SpeakerLabel?[] labels, bool[] isQuestion, bool labelDriven, bool putToLabelled)
    {
        var stats = new Dictionary<string, (int Questions, int Blocks, int Turns, int Words)>(StringComparer.OrdinalIgnoreCase);
        var result = AskingLabels(blocks, labels, isQuestion, labelDriven, putToLabelled, stats);
        if (labelDriven && !result.Any(name => RoleWords.IsInterviewerWord(name))) AddAskingGroup(stats, result);
        return result;
    }

    /// <summary>A speaker asks with at least this share of turns ending in a question to join the asking side.</summary>
    private const double MinAskingShare = 0.3;

    /// <summary>How many times more often the asking side's speakers end a turn with a question than the answering side's.</summary>
    private const double AskingGap = 3;

    /// <summary>
    /// Several hosts of a talk transcript: sorted by their share of turns that end in a question, the speakers fall into
    /// two groups at the widest step between neighbours, the hosts asking several times as often as the guests. The
    /// speakers above that step who ask in a fair share of their turns are hosts too, however long they talk, when the
    /// hosts already found stand above it as well; the group below it keeps at least one speaker, the guest.
    /// </summary>
    internal static void AddAskingGroup(Dictionary<string, (int Questions, int Blocks, int Turns, int Words)> stats, HashSet<string> result)
    {
        var shares = new List<(string Name, double Share)>();
        foreach (var (name, x) in stats) if (x.Blocks >= 2) shares.Add((name, (double)x.Questions / x.Blocks));
        if (shares.Count < 3) return;
        shares.Sort((a, b) => b.Share.CompareTo(a.Share));
        int step = -1;
        double widest = 0;
        // A small constant keeps a guest who never asks from making every step infinite.
        const double Floor = 0.02;
        for (int i = 0; i + 1 < shares.Count; i++)
        {
            double ratio = (shares[i].Share + Floor) / (shares[i + 1].Share + Floor);
            if (ratio > widest) (widest, step) = (ratio, i);
        }

        if (widest < AskingGap) return;
        // The hosts found so far must stand above the step: where one of them asks less than the guests (a host who
        // introduces answers rather than asks), the step divides something else.
        for (int i = step + 1; i < shares.Count; i++) if (result.Contains(shares[i].Name)) return;
        for (int i = 0; i <= step; i++) if (shares[i].Share >= MinAskingShare) result.Add(shares[i].Name);
    }

    /// <summary>The interviewers' labels by the rules listed on <see cref="InterviewerLabels"/>, each speaker's figures in <paramref name="stats"/>.</summary>
    private static HashSet<string> AskingLabels(List<Block> blocks, SpeakerLabel?[] labels, bool[] isQuestion, bool labelDriven, bool putToLabelled,
        Dictionary<string, (int Questions, int Blocks, int Turns, int Words)> stats)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Each speaker's turns by their length in words (the host test leaves each speaker's longest turn out).
        Dictionary<string, List<int>>? turnWords = null;
        string? previous = null, first = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is null && previous is not null && labelDriven)
            {
                // An unlabelled paragraph continues the turn above: its words count for that speaker.
                var (pq, pb, pt, pw) = stats[previous];
                stats[previous] = (pq, pb, pt, pw + blocks[i].WordCount);
                turnWords![previous][^1] += blocks[i].WordCount;
                continue;
            }

            if (labels[i] is not { Kind: LabelKind.Name } l)
            {
                if (labels[i] is not null) previous = null;
                continue;
            }

            first ??= l.Name;
            if (RoleWords.IsInterviewerWord(l.Name) || l.StatedRole == TurnRole.Interviewer) result.Add(l.Name);
            var (q, b, t, w) = stats.GetValueOrDefault(l.Name);
            bool question = isQuestion[i] || TextUtil.EndsWithQuestionMark(blocks[i].Text);
            bool newTurn = !string.Equals(previous, l.Name, StringComparison.OrdinalIgnoreCase);
            int words = TextUtil.CountWords(l.Rest);
            stats[l.Name] = (q + (question ? 1 : 0), b + 1, t + (newTurn ? 1 : 0), w + words);
            turnWords ??= new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            if (!turnWords.TryGetValue(l.Name, out var lengths)) turnWords[l.Name] = lengths = [];
            if (newTurn || lengths.Count == 0) lengths.Add(words);
            else lengths[^1] += words;
            previous = l.Name;
        }

        if (result.Count > 0 || stats.Count == 0) return result;
        if (stats.Count == 1)
        {
            // One labelled speaker: the label carries the questions only if those blocks are questions.
            foreach (var (name, x) in stats) if (x.Questions * 2 > x.Blocks) result.Add(name);
            return result;
        }

        // Questions set one side apart: its blocks are mostly questions, the others' rarely.
        double best = 0, secondBest = 0;
        foreach (var (_, x) in stats)
        {
            if (x.Blocks < 2) continue; // one question from a one-off speaker says little
            double r = (double)x.Questions / x.Blocks;
            if (r > best) (secondBest, best) = (best, r);
            else secondBest = Math.Max(secondBest, r);
        }

        int allTurns = 0;
        foreach (var (_, x) in stats) allTurns += x.Turns;

        // A host speaks often and briefly: a fair share of the turns, clearly shorter than everybody else's. Each
        // speaker's longest turn is left out of the means: one turn that runs on (a closing credit, a page's second
        // copy under the last label) does not make its speaker the one who talks at length.
        bool IsTalkHost(string name, (int Questions, int Blocks, int Turns, int Words) x)
        {
            long ownWords = 0, otherWords = 0;
            int ownTurns = 0, otherTurns = 0;
            if (turnWords is null) return false;
            foreach (var (speaker, lengths) in turnWords)
            {
                if (lengths.Count < 2) continue;
                long sum = 0;
                int longest = 0;
                foreach (int n in lengths) (sum, longest) = (sum + n, Math.Max(longest, n));
                if (string.Equals(speaker, name, StringComparison.OrdinalIgnoreCase)) (ownWords, ownTurns) = (sum - longest, lengths.Count - 1);
                else (otherWords, otherTurns) = (otherWords + sum - longest, otherTurns + lengths.Count - 1);
            }

            if (otherTurns == 0 || ownTurns == 0) return false;
            double own = (double)ownWords / ownTurns, others = (double)otherWords / otherTurns;
            return own < 0.75 * others && x.Turns * 100 >= allTurns * 15;
        }

        if (best >= 0.5 || (!labelDriven && best > 0))
        {
            foreach (var (name, x) in stats) if (x.Blocks >= 2 && (double)x.Questions / x.Blocks >= 0.8 * best) result.Add(name);
            if (result.Count < stats.Count)
            {
                // A co-host of a talk transcript asks less but also speaks often and briefly, and does ask.
                if (labelDriven)
                {
                    foreach (var (name, x) in stats)
                    {
                        if (!result.Contains(name) && x.Questions > 0 && (double)x.Questions / x.Blocks >= 0.3 * best && IsTalkHost(name, x)) result.Add(name);
                    }
                }

                if (result.Count < stats.Count) return result;
            }

            result.Clear();
        }

        // Only answers carry labels (the questions are plain paragraphs, or questions set apart and put to several
        // labelled guests in turn): all named speakers answer. But where the labels introduce the two sides once, in an
        // opening exchange ("Tom Berg: Where …?" answered by "Anna Lund: …"), the name that asks is the interviewer's.
        if (!labelDriven || putToLabelled)
        {
            if (OpeningAsker(blocks, labels, isQuestion) is { } asker) result.Add(asker);
            return result;
        }

        // Talk transcripts: hosts speak often, briefly.
        foreach (var (name, x) in stats)
        {
            if (IsTalkHost(name, x)) result.Add(name);
        }

        if (result.Count == 0 || result.Count == stats.Count)
        {
            result.Clear();
            if (first is not null) result.Add(first);
        }

        return result;
    }

    private static bool IsPunctuationQuestion(Block b)
    {
        if (!TextUtil.EndsWithQuestionMark(b.Text) || b.Kind == BlockKind.Heading) return false;
        int words = b.WordCount;
        return words is >= 1 and <= 90;
    }

    private static bool HasStyle(Block b, Style style, int look = 0) => style switch
    {
        Style.Bold => b.IsBold && b.Kind != BlockKind.Heading,
        Style.Italic => b.IsItalic && !b.IsBold && b.Kind != BlockKind.Heading,
        Style.Hint => b.QuestionHint,
        Style.Heading => b.Kind == BlockKind.Heading && b.Level >= 2,
        Style.Dash => DashDialogue.Opens(b.Text),
        Style.Look => look != 0 && b.Look == look && b.Kind != BlockKind.Heading,
        _ => false,
    };

    private static (Style Style, int Look) ChooseStyle(List<Block> blocks, bool dashedQuestions)
    {
        var best = Style.None;
        int bestQ = 1;
        double bestRatio = 0;
        foreach (var s in (ReadOnlySpan<Style>)[Style.Hint, Style.Bold, Style.Italic, Style.Heading, Style.Dash])
        {
            if (s == Style.Dash && !dashedQuestions) continue;
            int count = 0, q = 0, plainLong = 0;
            foreach (var b in blocks)
            {
                if (HasStyle(b, s))
                {
                    count++;
                    if (s == Style.Dash ? DashDialogue.MarksQuestion(b.Text) : TextUtil.EndsWithQuestionMark(b.Text)) q++;
                }
                else if (IsLongProse(b))
                {
                    plainLong++;
                }
            }

            double ratio = count == 0 ? 0 : (double)q / count;
            if (q >= 2 && ratio >= 0.3 && plainLong >= 2 && (q > bestQ || (q == bestQ && ratio > bestRatio)))
            {
                best = s;
                bestQ = q;
                bestRatio = ratio;
            }
        }

        // A look of the page's own, which no word names (a colour, an underline, a class of the site's naming): chosen
        // where more questions share it than any named style, most of its blocks are questions, and it alternates with
        // longer text in another look, as questions do with their answers.
        var (look, lookQ) = QuestionLook(blocks);
        return look != 0 && lookQ > bestQ ? (Style.Look, look) : (best, 0);
    }

    /// <summary>A block long enough to be an answer's paragraph (Chinese and Japanese say in 40 characters what takes 80 in Latin letters: words count too).</summary>
    private static bool IsLongProse(Block b) => b.Text.Length > 80 || b.WordCount > 20;

    /// <summary>
    /// The look (<see cref="Block.Look"/>) that sets the questions apart, with the number of its blocks that end in a
    /// question mark; (0, 0) where none does. Its blocks must be questions in the main, and at least two of them must
    /// stand over a long block in another look.
    /// </summary>
    private static (int Look, int Questions) QuestionLook(List<Block> blocks)
    {
        // One pass: each look's blocks, its questions, and its blocks over a long block in another look.
        Dictionary<int, (int Count, int Questions, int OverAnswers)>? looks = null;
        for (int j = 0; j < blocks.Count; j++)
        {
            int look = blocks[j].Look;
            if (look == 0) continue;
            looks ??= [];
            var (count, q, over) = looks.GetValueOrDefault(look);
            bool asks = TextUtil.EndsWithQuestionMark(blocks[j].Text) && blocks[j].Kind != BlockKind.Heading;
            bool overAnswer = j + 1 < blocks.Count && blocks[j + 1].Look != look && IsLongProse(blocks[j + 1]);
            looks[look] = (count + 1, q + (asks ? 1 : 0), over + (overAnswer ? 1 : 0));
        }

        if (looks is null) return (0, 0);
        int bestLook = 0, bestQ = 0;
        foreach (var (look, (count, q, overAnswers)) in looks)
        {
            if (q > bestQ && q * 2 >= count && overAnswers >= 2 && count * 2 <= blocks.Count)
            {
                bestLook = look;
                bestQ = q;
            }
        }

        return (bestLook, bestQ);
    }

    /// <summary>
    /// Pull quotes repeat a sentence of the text in display type; they are dropped. A page with many such blocks uses
    /// the type for something else, and the search stays near each block, so the check is linear in the page size.
    /// </summary>
    private static List<Block> DropPullQuotes(IReadOnlyList<Block> content)
    {
        const int MaxCandidates = 60, Window = 60;
        var result = new List<Block>(content.Count);
        int candidates = 0;
        foreach (var b in content)
        {
            if (IsPullQuoteCandidate(b) && ++candidates > MaxCandidates) break;
        }

        for (int i = 0; i < content.Count; i++)
        {
            var b = content[i];
            if (candidates <= MaxCandidates && IsPullQuoteCandidate(b) && IsRepeated(content, i, Window))
            {
                continue;
            }

            if (ContactLine.Is(b.Text)) continue; // "Instagram: @jane": nobody says it

            result.Add(b);
        }

        return result;
    }

    private static bool IsPullQuoteCandidate(Block b) =>
        (b.IsBold || b.IsItalic || b.Kind == BlockKind.Quote) && !TextUtil.EndsWithQuestionMark(b.Text) && b.Text.Length >= 20;

    private static bool IsRepeated(IReadOnlyList<Block> content, int index, int window)
    {
        var needle = Core(content[index].Text);
        if (needle.Length < 15) return false;
        for (int j = Math.Max(0, index - window); j < Math.Min(content.Count, index + window); j++)
        {
            if (j != index && content[j].Text.Length > needle.Length && content[j].Text.Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Core(string s)
    {
        var t = s.AsSpan().Trim().Trim("\"'“”„«»‘’‚ ");
        return t.ToString();
    }

    /// <summary>"Jane Roe (JR)" → ("Jane Roe", "JR"): a full name with the short form used from then on.</summary>
    private static (string Full, string Alias)? SplitAlias(string label)
    {
        int open = label.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')')) return null;
        string alias = label[(open + 2)..^1].Trim(), full = label[..open].Trim();
        return Metadata.NameShapes.LooksLikeInitials(alias) && full.Contains(' ', StringComparison.Ordinal) ? (full, alias) : null;
    }
}
