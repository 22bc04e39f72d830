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
/// The speaker labels are read in <c>TurnSegmenter.Labels.cs</c>, the asking paragraphs told in
/// <c>TurnSegmenter.Questions.cs</c>, and the roles given in <c>TurnSegmenter.Roles.cs</c>.
/// </summary>
internal static partial class TurnSegmenter
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

    private static TurnDraft NewTurn(List<TurnDraft> turns, TurnRole role, string? label, Block b, TimeSpan? labelTime = null)
    {
        var t = new TurnDraft(role, label) { Time = labelTime ?? b.Time };
        turns.Add(t);
        return t;
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
        var needle = TextUtil.QuotedWords(content[index].Text);
        if (needle.Length < 15) return false;
        for (int j = Math.Max(0, index - window); j < Math.Min(content.Count, index + window); j++)
        {
            // A longer text holds it: the same line printed again (a question put to each guest) is no pull quote.
            if (j != index && TextUtil.QuotedWords(content[j].Text).Length > needle.Length && content[j].Text.AsSpan().Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
