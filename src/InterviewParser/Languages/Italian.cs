namespace InterviewParser.Languages;

/// <summary>Italian.</summary>
internal static class Italian
{
    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ii]ntervista (?:a|con)|[Cc]onversazione con";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("di", "Testo:").</summary>
    public const string Byline = "[Dd]i(?= )|[Tt]esto:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "it",
        ThanksWords = ["grazie"],
        FirstPerson =
        [
            "io", "mi", "me", "mio", "mia", "miei", "mie", "noi", "ci", "nostro", "nostra", "nostri", "nostre",
            // The pronoun is left out: the verb's ending says who speaks ("Credo che …", "Abbiamo …").
            "credo", "penso", "ho", "sto", "posso", "voglio", "abbiamo", "siamo", "stiamo", "possiamo", "vogliamo",
        ],
        FirstPersonPlural = ["noi", "ci", "nostro", "nostra", "nostri", "nostre", "abbiamo", "siamo", "stiamo", "possiamo", "vogliamo"],
        SecondPerson =
        [
            "tu", "te", "ti", "tuo", "tua", "tuoi", "voi", "vostro", "vostra", "vostri", "vostre",
            // The pronoun is left out: the verb's ending addresses the guest ("Pensi che …?", "Hai mai …?").
            "pensi", "credi", "hai", "puoi", "vuoi", "sai",
        ],
        FormalSecondPerson = ["Lei"],
        CommonWords = ["il", "di", "che", "è", "per", "non", "sono", "della", "gli", "anche", "una"],
        InterviewWords = ["intervista"],
        InterviewPhrases = ["parlato con", "conversato con", "colloquio con", "domande a"],
        QuestionCreditPhrases = ["intervista di", "domande di"],
        QuestionLabels = ["domanda", "d", "intervistatore", "intervistatrice"],
        AnswerLabels = ["risposta", "r"],
        InterviewerRoles = ["intervistatore", "intervistatrice", "giornalista", "conduttore", "conduttrice"],
        IntervieweeRoles = ["intervistato", "intervistata", "ospite"],
        MinuteWords = ["min", "minuti"],
        ReadingWords = ["lettura"],
        YearJoiners = ["il"],
        SpanWords = ["anno", "anni", "mese", "mesi", "decennio", "decenni"],
        Months =
        [
            ["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"], ["agosto"], ["settembre"],
            ["ottobre"], ["novembre"], ["dicembre"],
        ],
        OtherDateLabels = ["rispondi"],
        NameParticles = ["di", "della", "de", "da"],
        Honorifics = ["signor", "signore", "signora", "sig", "dott", "dottor", "dottoressa", "prof", "avv", "ing"],
        // "i" is left out: it is the English pronoun in every other text.
        Articles = ["il", "lo", "la", "gli", "le", "un", "uno", "una"],
        TitleArticles = ["il", "lo", "la"],
        Occupations =
        [
            "fisico", "fisica", "medico", "avvocato", "avvocata", "architetto", "sindaco", "sindaca", "ministro", "ministra", "deputato",
            "deputata", "filosofo", "filosofa", "imprenditore", "imprenditrice", "musicista", "poeta", "poetessa", "attore", "attrice",
            "regista", "scrittore", "scrittrice", "giornalista", "cantante", "economista", "psicologo", "psicologa", "fotografo",
            "fotografa", "scienziato", "scienziata",
        ],
        RoleNouns =
        [
            "presidente", "direttore", "direttrice", "professore", "professoressa", "allenatore", "allenatrice", "capitano", "segretario",
            "segretaria",
        ],
        SentenceOpeners = ["Il", "Lo", "La"],
        AuthorPathWords = ["autore", "autori", "autrice"],
        FunctionWords = ["dopo", "durante", "con", "senza", "tra"],
        HyphenJoiners = ["e", "o", "oppure"],
        NotTitleWords =
        [
            "che", "chi", "e", "o", "con", "di", "del", "della", "in", "per", "da", "ha", "è", "era", "dice", "disse", "intervista", "come",
            "benvenuto", "benvenuta", "grazie",
        ],
    };
}
