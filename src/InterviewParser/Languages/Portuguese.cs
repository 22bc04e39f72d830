namespace InterviewParser.Languages;

/// <summary>Portuguese.</summary>
internal static class Portuguese
{
    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Cc]onversamos com";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "pt",
        CommonWords = ["o", "não", "do", "da", "em", "um", "uma", "os", "é", "com", "que"],

        InterviewWords = ["entrevista", "entrevistou"],
        InterviewPhrases = ["conversa com", "conversou com", "perguntas a"],
        SelfIntroductions = ["sou ", "meu nome é "],

        QuestionLabels = ["pergunta", "p"],
        AnswerLabels = ["resposta", "r"],
        ProgrammeParts = ["pausa", "música"],
        NoteLabels = ["nota", "dica", "solução", "exemplo", "passo", "fonte", "atenção", "atualização"],
        LabelTitles = ["presidente", "ministro", "ministra"],

        ChromeSectionHeads = ["mais informações", "veja também", "leia também", "leia mais"],
        PictureWords = ["foto", "fotografia", "imagem"],
        MinuteWords = ["min", "minutos"],
        ReadingWords = ["leitura"],
        CallToActionVerbs = ["assine", "apoie"],
        MediaVerbs = ["assista", "leia", "baixar"],
        PublishedWords = ["publicado", "publicada", "publicou"],
        FirstWords = ["primeiro"],
        TranscriptWords = ["transcrição"],
        RatingWords = ["avaliações"],
        CommentCalls = ["nos comentários"],

        Months =
        [
            ["janeiro"], ["fevereiro", "fev"], ["março", "marco"], ["abril", "abr"], ["maio"], ["junho"], ["julho"], ["agosto", "ago"],
            ["setembro"], ["outubro"], ["novembro", "nov"], ["dezembro", "dez"],
        ],
        DayMonthJoiners = ["de"],
        YearJoiners = ["de"],
        TimeUnits =
        [
            ("minuto", 1), ("minutos", 1), ("hora", 60), ("horas", 60), ("dia", 1440), ("dias", 1440), ("semana", 10080),
            ("semanas", 10080),
        ],

        TitleArticles = ["o", "a", "os", "as"],
        NotTitleWords = ["obrigado", "obrigada"],
        Conjunctions = ["e"],
        AuthorPathWords = ["autor", "autores", "autora"],
    };
}
