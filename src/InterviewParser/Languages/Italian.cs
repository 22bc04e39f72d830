namespace InterviewParser.Languages;

/// <summary>Italian.</summary>
internal static class Italian
{
    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "it",
        MinuteWords = ["min", "minuti"],
        ReadingWords = ["lettura"],
        YearJoiners = ["il"],
        OtherDateLabels = ["rispondi"],
        SentenceOpeners = ["Il", "Lo", "La"],
    };
}
