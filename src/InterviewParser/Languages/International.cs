namespace InterviewParser.Languages;

/// <summary>
/// Words written alike whatever the page's language: names of social networks and media, symbols that stand for
/// words, interjections.
/// </summary>
internal static class International
{
    /// <summary>The words shared by every language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "mul",
        ChromeLines =
        [
            "info", "ok", "video", "audio", "facebook", "twitter", "linkedin", "whatsapp", "instagram", "pinterest", "youtube", "xing",
            "telegram", "vk", "reddit", "flipboard",
        ],
        ChromeLinePrefixes = ["©", "(c) "],
        Conjunctions = ["&"],
        ListJoiners = [" & ", ", "],
        DiscourseWords = ["ok", "hmm", "oh", "ah"],
        // Dutch and Arabic names keep theirs in every language's text ("van Dijk", "ter Horst", "bin Salman", "al-").
        NameParticles = ["van", "ter", "ten", "bin", "al"],
    };
}
