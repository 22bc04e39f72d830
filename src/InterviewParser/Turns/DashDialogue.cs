using InterviewParser.Blocks;

namespace InterviewParser.Turns;

/// <summary>
/// Dash dialogue: each turn opens with an em or en dash ("— Why now?" / "– Because…"), the convention of
/// Russian and many European outlets. Paragraphs without a dash continue the turn before them. A second convention
/// (Japanese and Korean outlets, "――Why now?" over a plain answer) dashes only the questions: see
/// <see cref="MarksQuestionsOnly"/>.
/// </summary>
internal static class DashDialogue
{
    /// <summary>Whether the paragraph opens with a dialogue dash followed by speech.</summary>
    public static bool Opens(string text)
    {
        var s = text.AsSpan().TrimStart();
        if (s.Length < 3 || s[0] is not ('—' or '–' or '―' or '-')) return false;
        // The dash may be doubled ("――", "--").
        int dashes = 1;
        while (dashes < s.Length && s[dashes] == s[0]) dashes++;
        var rest = s[dashes..].TrimStart();
        if (rest.IsEmpty) return false;
        // A letter or an opening mark follows ("- Yes", "-Why?", "――「…」"), not a number after a sign that reads as minus
        // ("-5 degrees", "– 5"), unless the paragraph asks ("-30 years on, why now?"). An em dash, a bar or a doubled
        // dash is no minus sign ("――1999, the storm year.").
        return char.IsLetter(rest[0]) || rest[0] is '¿' or '¡' or '«' or '"' or '„' or '“' or '‘' or '…' or '「' or '『' or '《'
            || (char.IsAsciiDigit(rest[0]) && (dashes >= 2 || s[0] is '—' or '―' || TextUtil.EndsWithQuestionMark(text)));
    }

    /// <summary>The paragraph without its opening dash.</summary>
    public static string Strip(string text)
    {
        var s = text.AsSpan().TrimStart();
        return Opens(text) ? s.TrimStart(s[0]).TrimStart().ToString() : text;
    }

    /// <summary>
    /// Whether the document is written as dash dialogue: at least four paragraphs open with a dash, at least two of those
    /// are questions and two are not, and not only the questions are dashed (<see cref="MarksQuestionsOnly"/>).
    /// </summary>
    public static bool IsUsedIn(IReadOnlyList<Block> blocks) => Read(blocks).Dialogue;

    /// <summary>
    /// Whether only the questions open with a dash and the answers follow as plain paragraphs: at least
    /// <see cref="MinQuestionsOnlyOpens"/> paragraphs open with one, at least half of them end with a question mark, and a
    /// dashed paragraph is hardly ever followed by another (in full dash dialogue every question is).
    /// </summary>
    public static bool MarksQuestionsOnly(IReadOnlyList<Block> blocks) => Read(blocks).QuestionsOnly;

    /// <summary>Both conventions' answers (<see cref="IsUsedIn"/>, <see cref="MarksQuestionsOnly"/>) from one pass over the blocks.</summary>
    public static (bool Dialogue, bool QuestionsOnly) Read(IReadOnlyList<Block> blocks)
    {
        // "Asked" for dash dialogue counts bold turns too; for dashed questions, question marks only.
        int opens = 0, asked = 0, marked = 0, dashFollows = 0;
        bool previous = false;
        foreach (var b in blocks)
        {
            bool opensHere = Opens(b.Text);
            if (opensHere && previous) dashFollows++;
            previous = opensHere;
            if (!opensHere) continue;
            opens++;
            bool question = TextUtil.EndsWithQuestionMark(b.Text);
            if (MarksQuestion(b.Text)) marked++;
            if (question || b.IsBold) asked++;
        }

        bool questionsOnly = opens >= MinQuestionsOnlyOpens && marked * 2 >= opens && dashFollows * 4 <= opens;
        return (opens >= 4 && asked >= 2 && opens - asked >= 2 && !questionsOnly, questionsOnly);
    }

    /// <summary>
    /// Whether a dashed paragraph reads as a question: it ends with a question mark, or two long dashes open it
    /// ("――", "——"), which mark a question by themselves, ending as it may ("――And the plans for the pier."): the
    /// convention of outlets whose questions often close on a particle and a full stop. Doubled hyphens are a text's dash.
    /// </summary>
    public static bool MarksQuestion(string text)
    {
        if (TextUtil.EndsWithQuestionMark(text)) return true;
        var s = text.AsSpan().TrimStart();
        return s.Length > 2 && s[0] is '—' or '―' && s[1] == s[0];
    }

    /// <summary>The fewest dashed questions that make the questions-only convention.</summary>
    private const int MinQuestionsOnlyOpens = 3;
}
