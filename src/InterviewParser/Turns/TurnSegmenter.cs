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
internal sealed record Segmentation(List<Block> Lead, List<TurnDraft> Turns, bool IsInterview, string Evidence);

/// <summary>
/// Stage 5: splits content paragraphs into the lead and speaker turns. Evidence is weighed in order:
/// speaker labels ("Q:", "Frage:", "Name:"), then the typography that sets questions apart (bold, italic,
/// a question class, headings), then question marks. Consecutive paragraphs of one speaker form one turn.
/// An interview needs at least two questions and two answers, addressed to somebody (second-person words)
/// or labelled, so explainers with question headings and articles quoting questions are not read as interviews.
/// </summary>
internal static class TurnSegmenter
{
    private enum Style { None, Bold, Italic, Hint, Heading }

    /// <summary>Segments the content blocks (headline and date lines already removed).</summary>
    public static Segmentation Segment(IReadOnlyList<Block> content)
    {
        var blocks = DropPullQuotes(content);
        int n = blocks.Count;
        var labels = new SpeakerLabel?[n];
        for (int i = 0; i < n; i++) labels[i] = SpeakerLabel.Read(blocks[i]);

        var style = ChooseStyle(blocks);
        var isQuestion = new bool[n];
        var isAnswerLabel = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var b = blocks[i];
            var l = labels[i];
            if (l?.Kind == LabelKind.Question) { isQuestion[i] = true; continue; }
            if (l?.Kind == LabelKind.Answer) { isAnswerLabel[i] = true; continue; }
            isQuestion[i] = style == Style.None
                ? IsPunctuationQuestion(b)
                : HasStyle(b, style) && b.Text.Length <= 1200;
        }

        // Name labels: role words decide; else the speaker who asks the most (styled or "?") is the interviewer.
        var interviewerLabels = InterviewerLabels(blocks, labels, isQuestion);
        for (int i = 0; i < n; i++)
        {
            if (labels[i] is { Kind: LabelKind.Name } l)
            {
                isQuestion[i] = interviewerLabels.Contains(l.Name);
                isAnswerLabel[i] = !isQuestion[i];
            }
        }

        // The interview starts at the first question that is a real question (or a labelled turn).
        int first = -1;
        for (int i = 0; i < n && first < 0; i++)
        {
            if (isQuestion[i] && (labels[i] is not null || TextUtil.EndsWithQuestionMark(blocks[i].Text) || FollowedByAnswer(isQuestion, i)))
            {
                if (labels[i] is not null || TextUtil.EndsWithQuestionMark(blocks[i].Text) || i + 2 < n && !isQuestion[i + 1])
                {
                    first = i;
                }
            }
            else if (isAnswerLabel[i] && labels[i]?.Kind == LabelKind.Answer)
            {
                first = i;
            }
        }

        var lead = new List<Block>();
        var turns = new List<TurnDraft>();
        if (first < 0)
        {
            lead.AddRange(blocks);
            return new Segmentation(lead, turns, false, "no questions");
        }

        for (int i = 0; i < first; i++) lead.Add(blocks[i]);
        TurnDraft? current = null;
        for (int i = first; i < n; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Heading && style != Style.Heading && labels[i] is null)
            {
                continue; // section headings inside an interview are not speech
            }

            var role = isQuestion[i] ? TurnRole.Interviewer : TurnRole.Interviewee;
            string? label = labels[i] is { Kind: LabelKind.Name } l ? l.Name : null;
            string text = labels[i] is { } lab ? lab.Rest : b.Text;
            bool sameSpeaker = current is not null && current.Role == role
                && (label is null || current.Label is null || string.Equals(label, current.Label, StringComparison.OrdinalIgnoreCase));
            if (!sameSpeaker)
            {
                current = new TurnDraft(role, label) { Time = b.Time };
                turns.Add(current);
            }
            else if (label is not null)
            {
                current!.Label ??= label;
            }

            current!.Paragraphs.Add(text);
        }

        bool labelled = Array.Exists(labels, l => l is not null);
        return Decide(lead, turns, style, labelled);
    }

    private static Segmentation Decide(List<Block> lead, List<TurnDraft> turns, Style style, bool labelled)
    {
        int questions = 0, answers = 0, addressed = 0, qWords = 0, aWords = 0;
        foreach (var t in turns)
        {
            int words = 0;
            foreach (var p in t.Paragraphs) words += TextUtil.CountWords(p);
            if (t.Role == TurnRole.Interviewer)
            {
                questions++;
                qWords += words;
                if (t.Paragraphs.Exists(SecondPerson.Addresses)) addressed++;
            }
            else
            {
                answers++;
                aWords += words;
            }
        }

        bool enough = questions >= 2 && answers >= 2;
        bool addressedEnough = addressed * 10 >= questions * 4;
        bool shape = style != Style.None || (questions >= 3 && aWords > qWords);
        bool isInterview = enough && (labelled || (shape && addressedEnough));
        string evidence = $"style={style}, questions={questions}, answers={answers}, addressed={addressed}, labelled={labelled}";
        return new Segmentation(lead, isInterview ? turns : [], isInterview, evidence);
    }

    private static HashSet<string> InterviewerLabels(List<Block> blocks, SpeakerLabel?[] labels, bool[] isQuestion)
    {
        var asked = new Dictionary<string, (int Questions, int Total)>(StringComparer.OrdinalIgnoreCase);
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is not { Kind: LabelKind.Name } l) continue;
            if (RoleWords.IsInterviewerWord(l.Name)) result.Add(l.Name);
            var (q, t) = asked.GetValueOrDefault(l.Name);
            bool question = isQuestion[i] || TextUtil.EndsWithQuestionMark(blocks[i].Text);
            asked[l.Name] = (q + (question ? 1 : 0), t + 1);
        }

        if (result.Count > 0 || asked.Count == 0) return result;
        if (asked.Count == 1)
        {
            // One labelled speaker: the label carries the questions only if those blocks are questions.
            foreach (var (name, (q, t)) in asked) if (q * 2 > t) result.Add(name);
            return result;
        }

        double best = 0;
        foreach (var (_, (q, t)) in asked) best = Math.Max(best, (double)q / t);
        foreach (var (name, (q, t)) in asked)
        {
            double r = (double)q / t;
            if (best > 0 && r >= 0.8 * best && t >= 1) result.Add(name);
        }

        // Everybody asking as much as everybody else tells nothing: keep the first speaker as the interviewer.
        if (result.Count == asked.Count)
        {
            result.Clear();
            for (int i = 0; i < blocks.Count; i++)
            {
                if (labels[i] is { Kind: LabelKind.Name } l) { result.Add(l.Name); break; }
            }
        }

        return result;
    }

    private static bool FollowedByAnswer(bool[] isQuestion, int i) => i + 1 < isQuestion.Length && !isQuestion[i + 1];

    private static bool IsPunctuationQuestion(Block b)
    {
        if (!TextUtil.EndsWithQuestionMark(b.Text) || b.Kind == BlockKind.Heading) return false;
        int words = TextUtil.CountWords(b.Text);
        return words is >= 2 and <= 90;
    }

    private static bool HasStyle(Block b, Style style) => style switch
    {
        Style.Bold => b.IsBold && b.Kind != BlockKind.Heading,
        Style.Italic => b.IsItalic && !b.IsBold && b.Kind != BlockKind.Heading,
        Style.Hint => b.QuestionHint,
        Style.Heading => b.Kind == BlockKind.Heading && b.Level >= 2,
        _ => false,
    };

    private static Style ChooseStyle(List<Block> blocks)
    {
        var best = Style.None;
        int bestQ = 1;
        double bestRatio = 0;
        foreach (var s in (ReadOnlySpan<Style>)[Style.Hint, Style.Bold, Style.Italic, Style.Heading])
        {
            int count = 0, q = 0, plainLong = 0;
            foreach (var b in blocks)
            {
                if (HasStyle(b, s))
                {
                    count++;
                    if (TextUtil.EndsWithQuestionMark(b.Text)) q++;
                }
                else if (b.Text.Length > 80)
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

        return best;
    }

    /// <summary>Pull quotes repeat a sentence of the text in display type; they are dropped.</summary>
    private static List<Block> DropPullQuotes(IReadOnlyList<Block> content)
    {
        var result = new List<Block>(content.Count);
        for (int i = 0; i < content.Count; i++)
        {
            var b = content[i];
            if ((b.IsBold || b.IsItalic || b.Kind == BlockKind.Quote) && !TextUtil.EndsWithQuestionMark(b.Text) && b.Text.Length >= 20 && IsRepeated(content, i))
            {
                continue;
            }

            result.Add(b);
        }

        return result;
    }

    private static bool IsRepeated(IReadOnlyList<Block> content, int index)
    {
        var needle = Core(content[index].Text);
        if (needle.Length < 15) return false;
        for (int j = 0; j < content.Count; j++)
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
}
