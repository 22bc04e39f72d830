namespace InterviewParser.Languages;

/// <summary>Dutch.</summary>
internal static class Dutch
{
    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ii]nterview met|[Ii]n gesprek met|[Gg]esprek met";

    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Ww]e spraken met|[Ww]ij spraken met";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("Door", "Tekst:").</summary>
    public const string Byline = "[Dd]oor(?= )|DOOR|[Tt]ekst:|[Tt]ekst en interview:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "nl",
        ThanksWords = ["bedankt", "dank"],
        CommonWords = ["het", "een", "van", "niet", "dat", "zijn", "ook", "maar", "wel", "naar"],

        InterviewWords = ["interview", "vraaggesprek"],
        InterviewPhrases = ["sprak met", "spraken met", "gesprek met"],
        QuestionCreditPhrases = ["geïnterviewd door", "interview door"],
        // "je" is left out: it is the French "I" in every other text.
        SecondPerson = ["jij", "jou", "jouw", "jullie"],
        // In small letters only: "U" and "UW" are also initials ("U.S.", "U-Bahn").
        FormalSecondPerson = ["u", "uw"],
        FirstPerson = ["ik", "mij", "mijn", "wij", "ons", "onze"],
        FirstPersonPlural = ["wij", "ons", "onze"],
        ReportingVerbs = ["zegt", "zei", "vertelt", "vertelde"],
        ThirdPersonPronouns = ["hij", "zij"],
        AttributionPhrases = ["volgens "],
        SelfIntroductions = ["ik ben ", "mijn naam is "],
        GuestIntroductions = ["mijn gast is ", "te gast is ", "bij mij is "],

        QuestionLabels = ["vraag", "interviewer"],
        AnswerLabels = ["antwoord"],
        InterviewerRoles = ["interviewer", "journalist", "presentator", "presentatrice", "verslaggever"],
        IntervieweeRoles = ["gast", "geïnterviewde"],

        ChromeLines =
        [
            "delen", "deel dit artikel", "e-mail", "printen", "lees meer", "zoeken", "sluiten", "menu", "advertentie", "abonneren", "inloggen",
            "luister", "reacties",
        ],
        ChromeSectionHeads = ["lees ook", "gerelateerde artikelen", "meer nieuws", "meest gelezen", "reacties"],
        ChromeLinePrefixes =
        [
            "deel op", "volg ons", "lees ook", "alle rechten voorbehouden", "wij gebruiken cookies", "we gebruiken cookies", "klik hier",
            "terug naar",
        ],
        PictureWords = ["foto", "beeld", "illustratie"],
        MinuteWords = ["min", "minuten"],
        ReadingWords = ["leestijd"],
        CallToActionVerbs = ["steun", "abonneer"],
        SignInWords = ["inloggen", "ingelogd"],
        PublishedWords = ["gepubliceerd"],
        PublishedLabels = ["gepubliceerd"],
        UpdatedLabels = ["bijgewerkt", "laatst bijgewerkt", "aangepast"],

        SpanWords = ["jaar", "jaren", "maand", "maanden", "decennia"],
        Months =
        [
            ["januari", "jan"], ["februari", "feb"], ["maart", "mrt"], ["april", "apr"], ["mei"], ["juni"], ["juli"], ["augustus", "aug"],
            ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
        ],

        HyphenJoiners = ["en", "of", "tot"],

        NotTitleWords =
        [
            "en", "of", "maar", "die", "dat", "met", "van", "naar", "door", "in", "op", "voor", "over", "is", "was", "heeft", "had", "wordt",
            "werd", "gaat", "ging", "zegt", "zei", "vertelt", "komt", "interview", "welkom", "bedankt",
        ],
        ClipboardWords = ["klembord"],
        LinkWords = ["link", "url"],
        Copulas = [" is ", " was "],
        OccupationCopulas = [" werkt als "],
        RoleNouns = ["arts", "advocaat", "econoom", "kok", "directeur", "burgemeester", "hoogleraar", "wethouder", "fotograaf", "piloot"],
        // Compounds ending in a role noun ("waterbouwkundige", "klimaatonderzoeker", "socioloog").
        RoleEndings = ["kundige", "onderzoeker", "loog", "leraar", "voorzitter"],
        Honorifics = ["mevrouw", "meneer", "mevr", "dhr"],
        AuthorPathWords = ["auteur", "auteurs"],
        FunctionWords = ["na", "tijdens", "zonder", "tussen"],
    };
}
