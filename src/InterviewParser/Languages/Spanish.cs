namespace InterviewParser.Languages;

/// <summary>Spanish.</summary>
internal static class Spanish
{
    /// <summary>Regular-expression alternatives: verbs between an interviewer's name and the guest ("interviews", "sprach mit").</summary>
    public const string InterviewsVerbs = "entrevista a|entrevistó a|habló con|conversó con|charló con";

    /// <summary>Regular-expression alternatives: a sentence opening on the interview, before the guest and a comma ("In an interview with").</summary>
    public const string InAnInterviewWith = "[Ee]n una entrevista con";

    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ee]ntrevista (?:con|a)|[Cc]onversación con";

    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Hh]ablamos con|[Cc]onversamos con";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("By", "Das Interview führte").</summary>
    public const string Byline = "[Pp]or|POR|[Tt]exto:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "es",
        ThanksWords = ["gracias"],
        FirstPerson =
        [
            "yo", "me", "mi", "mis", "mí", "conmigo", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
            // The pronoun is left out: the verb's ending says who speaks ("Creo que …", "Estamos en …").
            "creo", "pienso", "estoy", "soy", "tengo", "puedo", "quiero", "digo", "veo", "siento", "conozco", "hice", "fui",
            "somos", "estamos", "tenemos", "hemos", "podemos", "queremos", "hicimos", "fuimos",
        ],
        FirstPersonPlural = [
            "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras", "somos", "estamos", "tenemos", "hemos", "podemos",
            "queremos", "hicimos", "fuimos",
        ],
        ReportingVerbs = ["dijo", "dice", "afirmó", "afirma", "explicó", "explica", "añadió", "aseguró", "asegura", "señaló"],
        ThirdPersonPronouns = ["él", "ella", "ellos", "ellas"],
        ThirdPersonObjects = ["él", "ella", "ellos", "ellas"],
        ThirdPersonPossessives = ["su", "sus"],
        AttributionPhrases = ["según "],
        CommonWords = ["el", "la", "que", "de", "y", "los", "las", "en", "por", "una", "con"],

        InterviewWords = ["entrevista", "entrevistas", "entrevistamos"],
        InterviewPhrases = ["conversamos con", "hablamos con", "charlamos con", "habló con", "conversó con", "charló con", "charla con", "preguntas a", "habla de", "habla sobre"],
        QuestionCreditPhrases = ["entrevista realizada", "entrevista por"],
        SecondPerson =
        [
            "usted", "ustedes", "tú", "tu", "te", "ti", "contigo", "vosotros", "vosotras", "os", "vuestro", "vuestra", "tus", "tuyo",
            // The abbreviations of "usted" ("¿Cómo ve Ud. …?").
            "ud", "uds", "vd", "vds",
            // The pronoun is left out: the verb's ending addresses the guest ("¿Crees que …?", "¿Cómo empezaste?").
            "crees", "piensas", "tienes", "puedes", "sabes", "quieres", "eres", "estás", "haces", "sientes", "hiciste", "empezaste",
        ],
        SelfIntroductions = ["soy ", "me llamo ", "mi nombre es "],
        GuestIntroductions = ["mi invitado es ", "mi invitada es ", "nuestro invitado es ", "nuestra invitada es ", "nos acompaña ", "me acompaña ", "recibimos a "],

        QuestionLabels = ["pregunta", "p", "interlocutor", "interlocutora", "entrevistador", "entrevistadora"],
        AnswerLabels = ["respuesta", "r"],
        InterviewerRoles =
        [
            "entrevistador", "entrevistadora", "periodista", "interlocutor", "interlocutora", "moderador", "moderadora",
            "presentador", "presentadora",
        ],
        IntervieweeRoles = ["entrevistado", "entrevistada", "invitado", "invitada"],
        OtherRoles = ["narrador", "narradora", "locutor", "locutora"],
        ProgrammeParts = ["pausa", "publicidad", "música"],
        NoteLabels = ["nota", "consejo", "solución", "ejemplo", "paso", "fuente", "atención", "actualización"],
        LabelTitles =
        [
            "presidente", "presidenta", "secretario", "secretaria", "ministro", "ministra", "senador", "senadora", "gobernador",
            "gobernadora", "alcalde", "alcaldesa", "general", "juez", "jueza", "canciller",
        ],
        MarkupQuestionWords = ["pregunta"],

        ChromeLines =
        [
            "publicidad", "leer más", "buscar", "cerrar", "compartir", "inicio", "aceptar", "cargar más", "escuchar", "foto", "galería",
            "etiquetas", "temas", "artículo anterior", "artículo siguiente", "suscríbete", "votar",
        ],
        ChromeSectionHeads =
        [
            "lee también", "te puede interesar", "noticias relacionadas", "artículos relacionados", "comentarios", "más información",
        ],
        ChromeLinePrefixes =
        [
            "tamaño de texto", "síguenos", "compartir en", "lee también", "te puede interesar", "todos los derechos reservados",
            "utilizamos cookies", "suscríbete a", "haga clic", "cargando", "una publicación compartida por", "volver a",
            "publicado por", "deja este campo vacío",
        ],
        PictureWords = ["foto", "fotos", "imagen", "imágenes", "fotografía", "fuente"],
        CourtesyPhrases = ["cortesía de", "cedida por"],
        MinuteWords = ["min", "minutos"],
        ReadingWords = ["lectura"],
        CallToActionVerbs = ["suscríbete", "suscribirse", "apoya", "dona", "votar", "regístrate", "inscríbete", "comparte"],
        MediaVerbs = ["leer", "escuchar", "descargar"],
        MediaLabels = ["video", "vídeo", "galería", "podcast"],
        SubscriptionWords = ["suscripción", "newsletter", "podcast"],
        PublishedWords = ["publicado", "publicada"],
        FirstWords = ["originalmente"],
        TranscriptWords = ["transcripción"],
        EditorialStateWords = ["errores", "editada", "editado"],
        ConversationWords = ["conversación"],
        RatingWords = ["votos", "valoraciones", "estrellas"],
        ClipboardWords = ["portapapeles"],
        LinkWords = ["enlace", "url"],
        SignInWords = ["conectado", "registrado", "iniciar sesión", "identificado"],
        DiscussionStems = ["comentar", "discusión"],
        ArticleNouns = ["artículo", "página"],
        HelpfulWords = ["útil"],
        CommentCalls = ["en los comentarios"],

        Months =
        [
            ["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo"], ["junio", "jun"], ["julio", "jul"],
            ["agosto", "ago"], ["septiembre", "setiembre", "sep", "sept"], ["octubre", "oct"], ["noviembre", "nov"],
            ["diciembre", "dic"],
        ],
        DayMonthJoiners = ["de"],
        YearJoiners = ["de", "y"],
        Yesterday = ["ayer"],
        Today = ["hoy"],
        AgoWords = ["hace"],
        TimeUnits =
        [
            ("minuto", 1), ("minutos", 1), ("hora", 60), ("horas", 60), ("día", 1440), ("días", 1440), ("semana", 10080),
            ("semanas", 10080),
        ],
        PublishedLabels = ["publicado"],
        UpdatedLabels = ["actualizado", "modificado"],
        DateFieldLabels = ["fecha:"],
        OtherDateLabels = ["registrado", "responder"],

        Articles = ["el", "la", "los", "las", "un", "una"],
        TitleArticles = ["la", "el", "los", "las"],
        TitleIntroducers = ["la", "el", "los", "las", "un", "una", "con"],
        NotTitleWords =
        [
            "que", "quien", "y", "o", "con", "de", "del", "en", "por", "para", "dijo", "entrevista", "es", "como", "bienvenido",
            "bienvenida", "gracias",
        ],
        Copulas = [" es ", " fue "],
        OccupationCopulas = [" trabaja como ", " trabajaba como "],
        SpanWords = ["año", "años", "meses", "década", "décadas"],
        TitleEnds = ["en", "desde", "durante"],
        Occupations =
        [
            "actriz", "cantante", "escritor", "escritora", "directora", "cineasta", "periodista", "físico", "física", "médico", "médica",
            "abogado", "abogada", "arquitecto", "arquitecta", "alcalde", "alcaldesa", "presidenta", "ministro", "ministra", "diputado",
            "diputada", "concejal", "concejala", "catedrático", "catedrática", "científico", "científica", "filósofo", "filósofa",
            "empresario", "empresaria", "músico", "poeta", "poetisa", "dramaturgo", "dramaturga", "portavoz", "sacerdote", "obispo",
            "economista", "psicólogo", "psicóloga", "jueza",
        ],
        RoleNouns = ["jefe", "jefa", "biólogo", "bióloga", "geólogo", "geóloga", "capitán", "capitana", "técnico", "técnica", "juez", "piloto", "secretario", "secretaria"],
        RoleEndings = ["or", "ero", "era", "ora", "ista", "ante", "ente", "grafo", "grafa", "ólogo", "óloga"],
        PraiseWords = ["famoso", "famosa", "reconocido", "reconocida"],
        OrganisationLinks = ["de", "del"],
        Conjunctions = ["y"],
        HyphenJoiners = ["y", "e", "o", "u"],
        RelativePronouns = ["que", "quien", "quienes"],
        ListJoiners = [" y "],
        TopicWords = [" sobre "],
        NameParticles = ["de", "del", "la", "y"],
        Honorifics = ["sr", "sra", "señor", "señora"],
        Salutations = ["querido", "querida", "estimado", "estimada"],
        SentenceOpeners = ["El", "La", "Los", "Las", "Un", "Una"],
        DiscourseWords = ["pues", "bueno", "sí", "bien", "entonces", "gracias"],
        FunctionWords = ["como", "para", "pero", "tras", "después", "antes", "durante", "sobre", "con", "sin", "entre"],
        Locatives = ["en", "desde", "hacia"],
        CreditLineWords = ["entrevista", "texto", "por", "y", "foto", "fotos"],
        AgentPrepositions = [" por"],
        BylineOpeners = ["por "],
        AuthorPathWords = ["autor", "autores", "autora"],
    };
}
