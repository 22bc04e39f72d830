namespace InterviewParser.Languages;

/// <summary>French.</summary>
internal static class French
{
    /// <summary>Regular-expression alternatives: verbs between an interviewer's name and the guest ("interviews", "sprach mit").</summary>
    public const string InterviewsVerbs = "interviewe";

    /// <summary>Regular-expression alternatives: a sentence opening on the interview, before the guest and a comma ("In an interview with").</summary>
    public const string InAnInterviewWith = "[Dd]ans un entretien avec";

    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ee]ntretien avec";

    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Nn]ous avons (?:rencontré|parlé avec)";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("By", "Das Interview führte").</summary>
    public const string Byline = "[Pp]ar|PAR|[Tt]exte ?:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "fr",
        ThanksWords = ["merci"],
        CommonWords = ["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas"],

        InterviewWords = ["entretien", "entrevue", "interview"],
        InterviewPhrases = ["questions à", "entretien avec", "rencontre avec", "parlé avec", "parle de"],
        QuestionCreditPhrases = ["propos recueillis", "entretien réalisé"],
        SecondPerson = ["vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes"],
        FirstPerson = ["je", "j", "me", "m", "moi", "mon", "ma", "mes", "nous", "notre", "nos"],
        FirstPersonPlural = ["nous", "notre", "nos"],
        ReportingVerbs = ["dit", "déclare", "explique", "ajoute", "affirme", "raconte", "souligne", "précise"],
        ThirdPersonPronouns = ["il", "elle", "ils", "elles"],
        ThirdPersonObjects = ["lui", "elle", "eux", "elles"],
        ThirdPersonPossessives = ["son", "sa", "ses", "leur", "leurs"],
        AttributionPhrases = ["selon "],
        SelfIntroductions = ["je suis ", "je m'appelle "],
        GuestIntroductions = ["mon invité est ", "mon invitée est ", "notre invité est ", "notre invitée est ", "nous recevons ", "j'accueille ", "avec moi, "],

        QuestionLabels = ["question", "intervieweur"],
        AnswerLabels = ["réponse", "r"],
        InterviewerRoles = ["intervieweur", "intervieweuse", "animateur", "animatrice", "présentateur", "présentatrice", "journaliste"],
        IntervieweeRoles = ["invité", "invitée", "interviewé", "interviewée"],
        ProgrammeParts = ["musique", "publicité", "pause"],
        NoteLabels = ["remarque", "astuce", "conseil", "solution", "exemple", "étape", "source", "attention", "mise à jour"],
        LabelTitles = ["président", "présidente"],

        ChromeLines =
        [
            "publicité", "lire aussi", "lire la suite", "rechercher", "fermer", "partager", "accueil", "accepter", "écouter",
            "s'abonner", "voter",
        ],
        ChromeSectionHeads =
        [
            "à lire aussi", "voir aussi", "sur le même sujet", "articles similaires", "commentaires", "plus d'informations",
        ],
        ChromeLinePrefixes =
        [
            "taille du texte", "suivez-nous", "partager sur", "à lire aussi", "voir aussi", "tous droits réservés",
            "nous utilisons des cookies", "abonnez-vous", "cliquez ici", "une publication partagée par", "retour à", "publié par",
            "laissez ce champ vide",
        ],
        PictureWords = ["photo", "image", "illustration", "crédit", "crédits"],
        CourtesyPhrases = ["avec l'aimable autorisation", "gracieusement"],
        MinuteWords = ["min", "minute", "minutes"],
        ReadingWords = ["lecture"],
        CallToActionVerbs = ["abonnez", "soutenez", "voter", "inscrivez", "partagez"],
        MediaVerbs = ["lire", "regarder", "écouter", "télécharger"],
        MediaLabels = ["vidéo", "podcast", "galerie"],
        SubscriptionWords = ["abonnement", "newsletter", "podcast"],
        PublishedWords = ["publié", "publiée", "paru", "parue"],
        FirstWords = ["initialement", "originalement"],
        TranscriptWords = ["transcription"],
        EditorialStateWords = ["erreurs", "édité", "raccourci", "relu"],
        ConversationWords = ["conversation"],
        RatingWords = ["avis", "notes"],
        SignInWords = ["connecté", "connectée", "identifié", "identifiée"],
        DiscussionStems = ["comment", "discussion"],
        ArticleNouns = ["article", "page"],
        HelpfulWords = ["utile"],
        CommentCalls = ["dans les commentaires"],

        Months =
        [
            ["janvier", "janv"], ["février", "févr", "fevrier"], ["mars"], ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"],
            ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"],
        ],
        DayMonthJoiners = ["de"],
        YearJoiners = ["de"],
        ClockWords = ["h"],
        Yesterday = ["hier"],
        Today = ["aujourd'hui"],
        AgoWords = ["il y a"],
        TimeUnits =
        [
            ("minute", 1), ("minutes", 1), ("heure", 60), ("heures", 60), ("jour", 1440), ("jours", 1440), ("semaine", 10080),
            ("semaines", 10080),
        ],
        PublishedLabels = ["publié"],
        UpdatedLabels = ["mis à jour", "modifié"],
        DateFieldLabels = ["date :"],
        OtherDateLabels = ["inscrit", "répondre"],

        Articles = ["le", "la", "les", "un", "une", "l'"],
        TitleArticles = ["la", "le", "les"],
        TitleIntroducers = ["la", "le", "les", "un", "une", "avec", "par"],
        NotTitleWords =
        [
            "qui", "que", "et", "ou", "avec", "pour", "dans", "selon", "de", "en", "entretien", "interview", "est", "comme", "bienvenue",
            "merci",
        ],
        Copulas = [" est ", " était "],
        OccupationCopulas = [" travaille comme ", " travaillait comme "],
        SpanWords = ["ans", "année", "années", "mois", "décennie", "décennies"],
        TitleEnds = ["en", "depuis", "pendant"],
        Occupations =
        [
            "actrice", "acteur", "chanteuse", "chanteur", "écrivain", "écrivaine", "réalisateur", "réalisatrice", "auteure",
            "médecin", "avocat", "avocate", "architecte", "maire", "ministre", "député", "députée", "philosophe", "peintre",
            "cinéaste", "dramaturge", "photographe", "journaliste", "économiste", "sociologue", "historienne", "historien", "évêque",
            "porte-parole", "agronome", "astronome", "maraîcher", "maraîchère", "boulanger", "boulangère", "berger", "bergère",
            "vigneron", "vigneronne", "psychiatre", "pédiatre", "élu", "élue", "maître", "professeure", "cheffe",
        ],
        RoleNouns = ["poète", "chef", "capitaine", "juge", "pilote", "secrétaire"],
        RoleEndings = ["eur", "euse", "trice", "ier", "ière", "ien", "ienne", "ant", "ante", "ent", "ente", "graphe", "logue", "iste"],
        PraiseWords = ["célèbre"],
        OrganisationLinks = ["de", "des", "du"],
        Conjunctions = ["et"],
        HyphenJoiners = ["et", "ou"],
        RelativePronouns = ["qui", "dont"],
        ListJoiners = [" et "],
        TopicWords = [" sur "],
        NameParticles = ["de", "du", "la", "le"],
        Honorifics = ["m", "mme"],
        Salutations = ["cher", "chère"],
        SentenceOpeners = ["Le", "La", "Les", "Un", "Une", "Des", "Du"],
        DiscourseWords = ["alors", "oui", "non", "bon", "merci", "enfin"],
        FunctionWords = ["avec", "pour", "dans", "après", "avant", "pendant", "sur", "sous", "entre", "chez", "sans", "contre"],
        Locatives = ["en", "à", "au"],
        CreditLineWords = ["texte", "photo", "par", "et", "propos", "recueillis", "illustration"],
        AgentPrepositions = [" par"],
        AuthorPathWords = ["auteur", "auteurs", "auteure"],
    };
}
