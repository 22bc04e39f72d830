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
        // A letter or an opening mark follows ("- Yes", "-Why?"), not a number ("-5 degrees").
        return char.IsLetter(rest[0]) || rest[0] is '¿' or '¡' or '«' or '"' or '„' or '“' or '…';
    }

    /// <summary>The paragraph without its opening dash.</summary>
    public static string Strip(string text)
    {
        var s = text.AsSpan().TrimStart();
        return Opens(text) ? s.TrimStart(s[0]).TrimStart().ToString() : text;
    }

    /// <summary>
    /// Whether the document is written as dash dialogue: at least four paragraphs open with a dash and at least
    /// two of those are questions.
    /// </summary>
    public static bool IsUsedIn(IReadOnlyList<Block> blocks)
    {
        int opens = 0, asked = 0;
        foreach (var b in blocks)
        {
            if (!Opens(b.Text)) continue;
            opens++;
            if (TextUtil.EndsWithQuestionMark(b.Text) || b.IsBold) asked++;
        }

        return opens >= 4 && asked >= 2 && opens - asked >= 2 && !MarksQuestionsOnly(blocks);
    }

    /// <summary>
    /// Whether only the questions open with a dash and the answers follow as plain paragraphs: at least
    /// <see cref="MinQuestionsOnlyOpens"/> paragraphs open with one, at least half of them end with a question mark, and a
    /// dashed paragraph is hardly ever followed by another (in full dash dialogue every question is).
    /// </summary>
    public static bool MarksQuestionsOnly(IReadOnlyList<Block> blocks)
    {
        int opens = 0, asked = 0, dashFollows = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!Opens(blocks[i].Text)) continue;
            opens++;
            if (TextUtil.EndsWithQuestionMark(blocks[i].Text)) asked++;
            if (i + 1 < blocks.Count && Opens(blocks[i + 1].Text)) dashFollows++;
        }

        return opens >= MinQuestionsOnlyOpens && asked * 2 >= opens && dashFollows * 4 <= opens;
    }

    /// <summary>The fewest dashed questions that make the questions-only convention.</summary>
    private const int MinQuestionsOnlyOpens = 3;
}
