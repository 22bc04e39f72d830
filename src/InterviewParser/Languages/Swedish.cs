namespace InterviewParser.Languages;

/// <summary>Swedish.</summary>
internal static class Swedish
{
    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "sv",
        ThanksWords = ["tack"],
        FirstPerson = ["jag", "mig", "mej", "min", "mitt", "mina", "vi", "oss", "vår", "vårt", "våra"],
        FirstPersonPlural = ["vi", "oss", "vår", "vårt", "våra"],
        InterviewWords = ["intervju", "intervjun"],
        InterviewPhrases = ["pratade med", "talade med", "samtal med"],
        QuestionLabels = ["fråga", "intervjuare", "intervjuaren"],
        AnswerLabels = ["svar"],
        InterviewerRoles = ["intervjuare", "intervjuaren", "programledare", "programledaren", "reporter"],
        IntervieweeRoles = ["gäst", "gästen"],
        Months =
        [
            ["januari"], ["februari"], ["mars"], ["april"], ["maj"], ["juni"], ["juli"], ["augusti"], ["september"], ["oktober"],
            ["november"], ["december"],
        ],
        AuthorPathWords = ["skribent", "skribenter", "forfattare"],
        ClipboardWords = ["urklipp", "urklippet"],
        LinkWords = ["länk", "länken", "url"],
        Copulas = [" är ", " var "],
        OccupationCopulas = [" arbetar som ", " jobbar som "],
        RoleEndings = ["ör", "olog"],
    };
}
