using InterviewParser.Blocks;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>Which paragraphs ask: the typography that sets questions apart, and questions stated without a question mark.</summary>
internal static partial class TurnSegmenter
{
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
}
