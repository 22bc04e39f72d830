using InterviewParser.Blocks;

namespace InterviewParser.Turns;

/// <summary>
/// Dash dialogue: each turn opens with an em or en dash ("— Why now?" / "– Because…"), the convention of
/// Russian and many European outlets. Paragraphs without a dash continue the turn before them.
/// </summary>
internal static class DashDialogue
{
    /// <summary>Whether the paragraph opens with a dialogue dash followed by speech.</summary>
    public static bool Opens(string text)
    {
        var s = text.AsSpan().TrimStart();
        if (s.Length < 3 || s[0] is not ('—' or '–' or '―' or '-')) return false;
        var rest = s[1..].TrimStart();
        if (rest.IsEmpty) return false;
        // A hyphen only counts when a space follows it ("- Yes"), not in "-5 degrees".
        if (s[0] == '-' && !char.IsWhiteSpace(s[1])) return false;
        return char.IsLetter(rest[0]) || rest[0] is '¿' or '¡' or '«' or '"' or '„' or '“' or '…';
    }

    /// <summary>The paragraph without its opening dash.</summary>
    public static string Strip(string text)
    {
        var s = text.AsSpan().TrimStart();
        return Opens(text) ? s[1..].TrimStart().ToString() : text;
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

        return opens >= 4 && asked >= 2 && opens - asked >= 2;
    }
}
