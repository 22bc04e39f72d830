namespace InterviewParser.Languages;

/// <summary>German.</summary>
internal static class German
{
    /// <summary>Regular-expression alternatives: verbs between an interviewer's name and the guest ("interviews", "sprach mit").</summary>
    public const string InterviewsVerbs = "sprach mit|spricht mit|sprachen mit";

    /// <summary>Regular-expression alternatives: a sentence opening on the interview, before the guest and a comma ("In an interview with").</summary>
    public const string InAnInterviewWith = "[Ii]n einem Interview mit";

    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = @"[Ii]nterview mit|[Gg]espräch mit|Q&A mit|[Ii]nterview von (?<who>[\p{Lu}][\p{L}.\- ]{2,40}?) mit";

    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Ww]ir (?:haben|hatten) mit|[Ww]ir sprachen mit";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("By", "Das Interview führte").</summary>
    public const string Byline = "[Vv]on|VON|[Tt]ext(?: und Interview)?:|[Aa]utor(?:in)?:|[Ii]nterview geführt von|[Dd]as Interview führte";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "de",
        ThanksWords = ["danke", "dank"],
        CommonWords = ["der", "die", "und", "das", "ist", "nicht", "ich", "ein", "eine", "mit", "sich"],

        InterviewWords = ["interview", "interviews", "interviewt", "gesprochen"],
        InterviewPhrases = ["im gespräch", "gespräch mit", "gespräch über", "gespräch führte", "sprach mit", "sprachen mit", "fragen an", "wir fragten", "fragten wir", "spricht über"],
        QuestionCreditPhrases =
        [
            "fragen stellte", "fragen stellten", "gespräch führte", "gespräch führten", "interview führte", "interview führten", "interview von",
        ],
        SecondPerson = ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure", "euren"],
        FormalSecondPerson = ["Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"],
        FirstPerson = ["ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"],
        FirstPersonPlural = ["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"],
        ReportingVerbs = ["sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "berichtete", "meinte", "fügte", "fügt"],
        AttributionPhrases = ["laut "],
        ThirdPersonPronouns = ["er", "sie"],
        ThirdPersonObjects = ["ihm", "ihr", "ihnen"],
        ThirdPersonPossessives = ["sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "dessen", "deren"],
        SelfIntroductions = ["ich bin ", "mein name ist "],
        SignOns = ["hier ist "],
        GuestIntroductions = ["mein gast ist ", "mein gast ist heute ", "mein gast heute ist ", "unser gast ist ", "zu gast ist ", "zu gast ist heute ", "bei mir ist ", "bei mir ist heute ", "begrüße ich ", "spreche ich mit ", "im gespräch mit "],

        QuestionLabels = ["frage", "f", "i", "iv", "interviewer", "interviewerin", "journalist", "moderator", "moderatorin"],
        AnswerLabels = ["antwort", "gast", "b", "befragter", "befragte", "ip"],
        InterviewerRoles = ["moderator", "moderatorin", "interviewer", "interviewerin", "journalist", "journalistin", "reporter", "reporterin"],
        IntervieweeRoles = ["gast", "befragter", "befragte", "interviewpartner", "interviewpartnerin", "gesprächspartner", "gesprächspartnerin"],
        OtherRoles = ["sprecher", "erzähler"],
        ProgrammeParts = ["werbung", "musik", "pause"],
        NoteLabels = ["hinweis", "anmerkung", "tipp", "tipps", "lösung", "beispiel", "schritt", "quelle", "abb", "abbildung", "achtung", "fazit", "wichtig", "nachtrag"],
        LabelTitles = ["präsident", "präsidentin", "minister"],
        MarkupQuestionWords = ["frage"],

        ChromeLines =
        [
            "anzeige", "werbung", "weiterlesen", "mehr", "suche", "schließen", "teilen", "drucken", "startseite", "zum inhalt springen",
            "link kopieren", "kommentieren", "tweeten", "mailen", "akzeptieren", "alle akzeptieren", "mehr laden", "anhören", "foto",
            "bild", "galerie", "schlagworte", "themen", "vorheriger artikel", "nächster artikel", "abonnieren", "ton an", "ton aus",
            "abstimmen",
            "gefällt mir", "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "nutzungsbedingungen",
        ],
        ChromeSectionHeads =
        [
            "weiterführende links", "links zum", "links zur", "verwandte themen", "verwandte artikel", "ähnliche artikel",
            "weitere artikel", "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
            "das könnte dich auch interessieren",
            "über den autor", "über die autorin", "kommentare", "hinterlassen sie", "weitere informationen", "mehr informationen",
            "ähnliche beiträge",
        ],
        ChromeLinePrefixes =
        [
            "textgröße", "schriftgröße", "folgen sie uns", "folgt uns", "folge uns", "teilen auf", "teilen per", "mehr zum thema", "lesen sie auch",
            "auch interessant", "alle rechte vorbehalten", "wir verwenden cookies", "diese website verwendet", "melden sie sich",
            "klicken sie hier", "anzeige", "werbung", "wird geladen", "kategorie:", "ein beitrag geteilt von", "bild von", "foto von",
            "zurück zu", "veröffentlicht von", "springe zu", "zur hauptnavigation", "zum inhalt",
            "bitte dieses feld leer", "wenn du ein mensch bist",
        ],
        PictureWords = ["foto", "fotos", "bild", "bilder", "quelle", "grafik", "fotografie", "illustration"],
        PictureStems = ["bild", "foto", "fotos"],
        SourceStems = ["quelle", "nachweis", "rechte", "material"],
        PictureCreditLabels = ["abbildung:", "foto:", "bild:", "quelle:"],
        CourtesyPhrases = ["zur verfügung gestellt", "mit freundlicher genehmigung"],
        MinuteWords = ["min", "minuten"],
        ReadingWords = ["lesezeit", "lesedauer", "lesen"],
        CallToActionVerbs =
        [
            "unterstütze", "unterstützen", "unterstützt", "spende", "spenden", "abonniere", "abonnieren", "verpassen", "abstimmen",
            "melde", "anmelden", "registrieren", "teilen", "teile",
        ],
        MediaVerbs = ["lesen", "ansehen", "anhören", "herunterladen"],
        CallsEndOnTheVerb = true,
        MediaLabels = ["video", "videos", "audio", "podcast", "galerie", "bildergalerie", "fotostrecke", "livestream"],
        SubscriptionWords = ["newsletter", "abo", "abonn", "mitglied", "podcast"],
        PublishedWords = ["erschienen", "erschien", "veröffentlicht"],
        FirstWords = ["zuerst", "zunächst", "ursprünglich", "erstmals"],
        TranscriptWords = ["transkript", "transkripte"],
        EditorialStateWords = ["bearbeitet", "korrigiert", "fehler", "automatisch", "gekürzt", "redigiert", "autorisiert"],
        ConversationWords = ["gespräch"],
        RatingWords = ["bewertungen", "bewertung", "stimmen", "sterne"],
        ClipboardWords = ["zwischenablage"],
        LinkWords = ["link", "url"],
        SignInWords = ["einloggen", "eingeloggt", "angemeldet", "anmelden"],
        DiscussionStems = ["komment", "diskussion"],
        ArticleNouns = ["artikel", "beitrag", "text", "seite"],
        HelpfulWords = ["hilfreich", "nützlich"],
        CommentCalls = ["in den kommentaren"],

        Months =
        [
            ["januar", "jänner", "jan"], ["februar", "febr", "feb"], ["märz", "maerz"], ["april", "apr"], ["mai"], ["juni", "jun"],
            ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"],
            ["dezember", "dez"],
        ],
        ClockWords = ["uhr"],
        Yesterday = ["gestern"],
        Today = ["heute"],
        AgoWords = ["vor"],
        TimeUnits =
        [
            ("minute(n)", 1), ("minuten", 1), ("stunde", 60), ("stunden", 60), ("tag", 1440), ("tagen", 1440), ("woche", 10080),
            ("wochen", 10080),
        ],
        PublishedLabels = ["veröffentlicht", "erschienen"],
        UpdatedLabels = ["aktualisiert", "letzte änderung", "geändert", "zuletzt bearbeitet", "stand:"],
        DateFieldLabels = ["datum:"],
        OtherDateLabels = ["registriert", "mitglied seit", "antwort", "termin:", "veranstaltung:"],

        Articles = ["der", "die", "das", "ein", "eine", "einer", "einem", "einen", "eines"],
        TitleArticles = ["dem", "der", "den", "des", "das", "die"],
        TitleIntroducers = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "mit", "von", "vom"],
        NotTitleWords =
        [
            "welche", "welcher", "und", "oder", "mit", "von", "vom", "zu", "zum", "zur", "bei", "im", "an", "am", "auf", "für", "über",
            "sagt", "sagte", "meint", "erklärt", "so", "gespräch", "ist", "war", "herr", "frau", "als", "wie", "willkommen", "danke",
        ],
        Copulas = [" ist ", " war "],
        OccupationCopulas = [" arbeitet als ", " arbeitete als "],
        SpanWords = ["jahr", "jahre", "jahren", "jahrzehnt", "jahrzehnte", "jahrzehnten", "monat", "monate", "monaten"],
        TitleEnds = ["in", "aus", "im", "seit", "während"],
        RoleNouns = ["chef", "arzt", "anwalt", "philosoph", "fotograf", "bischof", "pilot", "ökonom", "astronom", "diplomat", "dramaturg"],
        // "-e" role nouns mostly end compounds ("Hafen-Experte", "Vereins-Vorsitzende").
        RoleEndings =
        [
            "in", "er", "ist", "ent", "ant", "oge", "ekt", "experte", "vorsitzende", "abgeordnete", "beauftragte", "angestellte",
            // Compounds of role nouns no ending above covers ("Zahnarzt", "Rechtsanwalt", "Modefotograf").
            "arzt", "anwalt", "fotograf",
        ],
        PraiseWords =
        [
            "bekannte", "bekannten", "berühmte", "berühmten", "erfolgreiche", "erfolgreichen", "legendäre", "legendären",
        ],
        OrganisationLinks = ["für", "von"],
        Conjunctions = ["und"],
        HyphenJoiners = ["und", "oder", "bzw", "sowie", "bis"],
        RelativePronouns = ["welcher", "welche", "welches"],
        ListJoiners = [" und "],
        TopicWords = [" über ", " zum ", " zur "],
        NameParticles = ["von", "zu", "der", "den"],
        Honorifics = ["herr", "frau", "dr", "prof"],
        Salutations = ["liebe", "lieber"],
        SentenceOpeners = ["Der", "Die", "Das", "Ein", "Eine", "Im", "Am", "Und", "Mit", "Von", "Bei", "Unser", "Unsere", "Mein", "Meine", "Dein", "Deine", "Ihre", "Seine", "Diese", "Dieser", "Dieses", "Jeder", "Jede"],
        DiscourseWords = ["und", "nun", "gut", "ja", "nein", "aber", "dann", "danke", "zuletzt"],
        FunctionWords =
        [
            "und", "oder", "aber", "über", "nach", "mit", "wenn", "dass", "auch", "vor", "seit", "während", "bei", "ohne", "zwischen",
            "im", "am", "zum", "zur", "vom", "beim",
        ],
        Locatives = ["in", "aus", "nahe"],
        CreditLineWords =
        [
            "text", "interview", "interviews", "foto", "fotos", "von", "und", "autor", "autorin", "illustration", "moderation",
            "protokoll", "aufgezeichnet", "redaktion", "bild", "bilder",
        ],
        AgentPrepositions = [" von"],
        BylineOpeners = ["von "],
        AuthorPathWords = ["autor", "autoren", "autorin", "autorinnen"],
    };
}
