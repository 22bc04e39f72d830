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
        SecondPerson = ["du", "dig", "din", "ditt", "dina"],
        InterviewWords = ["intervju", "intervjun"],
        InterviewPhrases = ["pratade med", "talade med", "samtal med"],
        QuestionCreditPhrases = ["intervjuad av", "intervju av"],
        QuestionLabels = ["fråga", "intervjuare", "intervjuaren"],
        AnswerLabels = ["svar"],
        InterviewerRoles = ["intervjuare", "intervjuaren", "programledare", "programledaren", "reporter"],
        IntervieweeRoles = ["gäst", "gästen"],
        Months =
        [
            ["januari"], ["februari"], ["mars"], ["april"], ["maj"], ["juni"], ["juli"], ["augusti"], ["september"], ["oktober"],
            ["november"], ["december"],
        ],
        ChromeLines =
        [
            "dela", "dela artikeln", "e-post", "skriv ut", "läs mer", "sök", "stäng", "meny", "annons", "prenumerera", "logga in", "hem", "startsida", "lyssna",
            "kommentarer", "kontakta oss", "mest läst",
        ],
        ChromeSectionHeads = ["läs också", "läs även", "relaterade artiklar", "mest läst", "kommentarer"],
        ChromeLinePrefixes = ["dela på", "följ oss", "läs också", "alla rättigheter förbehållna", "vi använder cookies", "klicka här", "tillbaka till"],
        PictureWords = ["foto", "bild", "illustration"],
        Salutations = ["kära"],
        MinuteWords = ["min", "minuter"],
        ReadingWords = ["lästid"],
        CallToActionVerbs = ["stöd", "prenumerera"],
        SignInWords = ["logga in", "inloggad"],
        PublishedLabels = ["publicerad"],
        UpdatedLabels = ["uppdaterad", "senast uppdaterad"],
        AuthorPathWords = ["skribent", "skribenter", "forfattare"],
        ClipboardWords = ["urklipp", "urklippet"],
        LinkWords = ["länk", "länken", "url"],
        Copulas = [" är ", " var "],
        OccupationCopulas = [" arbetar som ", " jobbar som "],
        RoleEndings = ["ör", "olog"],
        HyphenJoiners = ["och", "eller"],
        NotTitleWords =
        [
            "och", "eller", "men", "som", "med", "från", "till", "av", "i", "på", "för", "om", "är", "var", "har", "hade", "blir", "blev",
            "går", "gick", "säger", "sa", "berättar", "kommer", "får", "tar", "intervju", "välkommen", "tack",
        ],
    };
}
