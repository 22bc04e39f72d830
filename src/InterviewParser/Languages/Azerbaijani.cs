namespace InterviewParser.Languages;

/// <summary>Azerbaijani.</summary>
internal static class Azerbaijani
{
    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "az",
        CommonWords = ["və", "bu", "bir", "ilə", "üçün", "da", "də", "olan"],
        InterviewWords = ["müsahibə"],
        QuestionLabels = ["sual", "müxbir", "jurnalist"],
        AnswerLabels = ["cavab"],
        InterviewerRoles = ["müxbir", "jurnalist", "aparıcı"],
        IntervieweeRoles = ["qonaq", "müsahib"],
        SecondPerson = ["sən", "siz", "sizin", "sizi", "sizə"],
        FirstPerson = ["mən", "məni", "mənə", "mənim", "məndə", "biz", "bizi", "bizə", "bizim"],
        Months =
        [
            ["yanvar"], ["fevral"], ["mart"], ["aprel"], ["may"], ["iyun"], ["iyul"], ["avqust"], ["sentyabr"], ["oktyabr"], ["noyabr"],
            ["dekabr"],
        ],
        Yesterday = ["dünən"],
        Today = ["bu gün"],
        AgoWords = ["əvvəl"],
        TimeUnits = [("dəqiqə", 1), ("saat", 60), ("gün", 1440), ("həftə", 10080)],
        PublishedLabels = ["dərc"],
        DateFieldLabels = ["tarix:"],
    };
}
