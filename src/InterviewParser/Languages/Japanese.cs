namespace InterviewParser.Languages;

/// <summary>Japanese.</summary>
internal static class Japanese
{
    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "ja",
        // "話を聞いた": "(we) heard (them) out", the standfirst's "we spoke with".
        InterviewWords = ["インタビュー", "対談", "取材", "話を聞いた", "話を聞きました", "話を伺った", "話を伺いました"],
        QuestionLabels = ["質問", "聞き手", "インタビュアー", "司会"],
        AnswerLabels = ["回答", "答え"],
        InterviewerRoles = ["聞き手", "インタビュアー", "司会", "記者"],
        IntervieweeRoles = ["ゲスト"],
        SecondPerson = ["あなた"],
        FirstPerson = ["私", "僕", "俺", "我々"],
        YearMonthDayMarks = ["年", "月", "日"],
    };
}
