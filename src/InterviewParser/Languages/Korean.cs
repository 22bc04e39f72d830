namespace InterviewParser.Languages;

/// <summary>Korean.</summary>
internal static class Korean
{
    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "ko",
        ThanksWords = ["감사합니다", "고맙습니다"],
        FirstPerson = ["저", "저는", "제가", "저의", "저를", "저도", "저에게", "제", "저희", "저희는", "나", "나는", "내가", "나를", "우리", "우리는"],
        InterviewWords = ["인터뷰", "대담"],
        QuestionLabels = ["질문", "문", "기자", "사회자", "진행자"],
        AnswerLabels = ["답변", "답"],
        InterviewerRoles = ["기자", "사회자", "진행자"],
        IntervieweeRoles = ["게스트"],
        YearMonthDayMarks = ["년", "월", "일"],
    };
}
