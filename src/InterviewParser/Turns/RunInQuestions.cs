using InterviewParser.Blocks;

namespace InterviewParser.Turns;

/// <summary>
/// Run-in questions: a paragraph that opens with its question in bold and goes on with the answer in plain type
/// ("<b>Why bread?</b> Because…"). Where a page sets two or more questions so, every paragraph opening with a bold
/// sentence is cut into the question and the answer before the turns are read, and the bold marks the questions as it
/// does where they stand alone. A bold run ending in a colon is a speaker's label and stays whole.
/// </summary>
internal static class RunInQuestions
{
    /// <summary>How many bold run-in questions ending in a question mark make the convention.</summary>
    private const int MinQuestions = 2;

    /// <summary>A run-in question has at least this many words (a bold name or a single word is a label).</summary>
    private const int MinQuestionWords = 3;

    /// <summary>The answer after it has at least this many words.</summary>
    private const int MinAnswerWords = 3;

    /// <summary>The blocks with each run-in question cut from its answer, or the same list when the page sets none.</summary>
    public static List<Block> Split(List<Block> blocks)
    {
        int asked = 0;
        foreach (var b in blocks)
        {
            if (RunIn(b) is { } q && TextUtil.EndsWithQuestionMark(q)) asked++;
        }

        if (asked < MinQuestions) return blocks;
        var result = new List<Block>(blocks.Count + asked);
        foreach (var b in blocks)
        {
            if (RunIn(b) is { } q && TextUtil.EndsLikeSentence(q) && !q.EndsWith(':'))
            {
                var (question, answer) = b.SplitAfterBoldPrefix();
                result.Add(question);
                result.Add(answer);
            }
            else
            {
                result.Add(b);
            }
        }

        return result;
    }

    /// <summary>The bold sentence a paragraph opens with before plain text, or <see langword="null"/>.</summary>
    private static string? RunIn(Block b) =>
        b.BoldPrefix is { } p && b.Kind is BlockKind.Paragraph or BlockKind.ListItem && TextUtil.CountWords(p) >= MinQuestionWords
        && b.Text.StartsWith(p, StringComparison.Ordinal) && TextUtil.CountWords(b.Text.AsSpan(p.Length)) >= MinAnswerWords
            ? p
            : null;
}
