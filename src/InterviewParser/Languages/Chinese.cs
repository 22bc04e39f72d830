namespace InterviewParser.Languages;

/// <summary>Chinese (simplified and traditional forms where they differ).</summary>
internal static class Chinese
{
    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "zh",
        InterviewWords = ["采访", "採訪", "专访", "專訪", "访谈", "訪談", "对话", "對話"],
        QuestionLabels = ["问", "問", "提问", "提問", "记者", "記者", "主持人"],
        AnswerLabels = ["答", "回答"],
        InterviewerRoles = ["记者", "記者", "主持人", "采访者", "採訪者"],
        IntervieweeRoles = ["嘉宾", "嘉賓", "受访者", "受訪者"],
        SecondPerson = ["你", "您", "你们", "你們"],
        FirstPerson = ["我", "我们", "我們"],
        YearMonthDayMarks = ["年", "月", "日"],
    };
}
