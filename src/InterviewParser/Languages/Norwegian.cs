namespace InterviewParser.Languages;

/// <summary>Norwegian.</summary>
internal static class Norwegian
{
    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Vv]i (?:snakket|pratet) med";

    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ii]ntervju med|[Ss]amtale med";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("Av", "Tekst:").</summary>
    public const string Byline = "[Aa]v|AV|[Tt]ekst:|[Ii]ntervju:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "no",
        ThanksWords = ["takk"],
        CommonWords = ["og", "er", "det", "som", "på", "til", "ikke", "med", "av", "en"],

        InterviewWords = ["intervju", "intervjuet"],
        InterviewPhrases = ["snakket med", "samtale med"],
        QuestionCreditPhrases = ["intervjuet av", "intervju av"],
        SecondPerson = ["deg", "din", "ditt", "dine", "dere"],
        FirstPerson = ["jeg", "meg", "min", "mitt", "mine", "vi", "oss", "vår", "vårt", "våre"],
        FirstPersonPlural = ["vi", "oss", "vår", "vårt", "våre"],
        ReportingVerbs = ["sier", "forteller", "fortalte", "uttalte"],
        ThirdPersonPronouns = ["han", "hun"],
        AttributionPhrases = ["ifølge "],
        SelfIntroductions = ["jeg er ", "jeg heter "],
        GuestIntroductions = ["gjesten min er ", "gjesten vår er ", "med meg er ", "med meg i studio er "],

        QuestionLabels = ["spørsmål", "intervjuer"],
        AnswerLabels = ["svar"],
        InterviewerRoles = ["intervjuer", "journalist", "programleder", "reporter"],
        IntervieweeRoles = ["gjest", "intervjuobjekt"],

        ChromeLines = ["del", "del artikkelen", "del saken", "e-post", "skriv ut", "les mer", "søk", "lukk", "meny", "annonse", "godta", "abonner", "lytt", "kommentarer"],
        ChromeSectionHeads = ["les også", "relaterte artikler", "mer om", "kommentarer"],
        ChromeLinePrefixes =
        [
            "bilde av", "foto av", "del på", "følg oss", "les også", "alle rettigheter reservert", "vi bruker informasjonskapsler",
            "klikk her", "tilbake til",
        ],
        PictureWords = ["foto", "bilde", "illustrasjon"],
        Salutations = ["kjære"],
        MinuteWords = ["min", "minutter"],
        ReadingWords = ["lesetid"],
        CallToActionVerbs = ["støtt", "abonner"],
        PublishedWords = ["publisert"],
        PublishedLabels = ["publisert"],
        UpdatedLabels = ["oppdatert", "sist oppdatert"],
        FirstWords = ["først"],

        SpanWords = ["år", "måned", "måneder", "tiår"],

        Months =
        [
            ["januar", "jan"], ["februar", "feb"], ["mars"], ["april", "apr"], ["mai"], ["juni"], ["juli"], ["august", "aug"],
            ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["desember", "des"],
        ],

        HyphenJoiners = ["og", "eller"],

        NotTitleWords =
        [
            "og", "eller", "men", "som", "med", "fra", "til", "av", "i", "på", "for", "om", "er", "var", "har", "hadde", "blir", "ble",
            "går", "gikk", "sier", "sa", "forteller", "kommer", "får", "tar", "intervju", "velkommen", "takk",
        ],
        ClipboardWords = ["utklippstavlen", "utklippstavle"],
        LinkWords = ["lenke", "lenken", "url"],
        Copulas = [" er ", " var "],
        OccupationCopulas = [" jobber som ", " arbeider som "],
        RoleNouns = ["lege", "advokat", "økonom", "kokk", "sjef", "biskop", "prest", "fotograf", "pilot"],
        // Compounds ending in a role noun ("redaksjonssjef", "prosjektleder").
        RoleEndings = ["ør", "olog", "sjef", "leder"],
        RelativePronouns = ["som"],
        AgentPrepositions = [" av"],
        AuthorPathWords = ["forfatter", "forfattere", "skribent"],
        FunctionWords = ["etter", "før", "under", "med", "uten", "mellom"],
    };
}
