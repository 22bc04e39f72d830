namespace InterviewParser.Languages;

/// <summary>Portuguese.</summary>
internal static class Portuguese
{
    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Cc]onversamos com";

    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ee]ntrevista (?:com|a)|[Cc]onversa com";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "pt",
        ThanksWords = ["obrigado", "obrigada"],
        CommonWords = ["o", "não", "do", "da", "em", "um", "uma", "os", "é", "com", "que"],

        InterviewWords = ["entrevista", "entrevistou"],
        InterviewPhrases = ["conversa com", "conversou com", "conversamos com", "falamos com", "falou com", "perguntas a", "fala sobre"],
        QuestionCreditPhrases = ["entrevista realizada", "entrevista por"],
        // "O senhor acha …", "a senhora": the formal address, as "usted" is in Spanish.
        SecondPerson =
        [
            "você", "vocês", "voce", "voces", "teu", "tua", "teus", "tuas", "contigo", "convosco", "senhor", "senhora", "senhores", "senhoras",
            // Their abbreviations, as the press prints the formal address ("Como a sra. vê …?").
            "sr", "sra", "srs", "sras",
        ],
        FirstPerson =
        [
            "eu", "me", "mim", "meu", "minha", "meus", "minhas", "comigo", "nós", "nosso", "nossa", "nossos", "nossas",
            // The pronoun is left out: the verb's ending says who speaks ("Acho que …", "Estamos a …").
            "acho", "penso", "estou", "sou", "tenho", "posso", "quero", "digo", "vejo", "fiz", "fui",
            "somos", "estamos", "temos", "podemos", "queremos", "fizemos", "fomos",
        ],
        FirstPersonPlural = [
            "nós", "nosso", "nossa", "nossos", "nossas", "somos", "estamos", "temos", "podemos", "queremos", "fizemos", "fomos",
        ],
        ReportingVerbs = ["disse", "diz", "afirmou", "afirma", "explicou", "explica", "contou", "acrescentou"],
        ThirdPersonPronouns = ["ele", "ela", "eles", "elas"],
        AttributionPhrases = ["de acordo com "],
        SelfIntroductions = ["sou ", "meu nome é "],
        GuestIntroductions = ["meu convidado é ", "minha convidada é ", "nosso convidado é ", "nossa convidada é ", "recebemos ", "comigo está "],

        QuestionLabels = ["pergunta", "p", "entrevistador", "entrevistadora"],
        AnswerLabels = ["resposta", "r"],
        InterviewerRoles = ["entrevistador", "entrevistadora", "jornalista", "apresentador", "apresentadora", "moderador", "moderadora"],
        IntervieweeRoles = ["entrevistado", "entrevistada", "convidado", "convidada"],
        OtherRoles = ["narrador", "narradora", "locutor", "locutora"],
        ProgrammeParts = ["pausa", "música"],
        NoteLabels = ["nota", "dica", "solução", "exemplo", "passo", "fonte", "atenção", "atualização"],
        LabelTitles = ["presidente", "ministro", "ministra"],

        ChromeLines =
        [
            "publicidade", "leia mais", "pesquisar", "buscar", "fechar", "compartilhar", "compartilhe", "partilhar", "início", "aceitar",
            "carregar mais", "ouvir", "galeria", "assine", "votar",
        ],
        ChromeSectionHeads =
        [
            "mais informações", "veja também", "leia também", "leia mais", "notícias relacionadas", "comentários", "mais lidas",
        ],
        ChromeLinePrefixes =
        [
            "tamanho do texto", "siga-nos", "compartilhar no", "compartilhe no", "leia também", "veja também",
            "todos os direitos reservados", "usamos cookies", "assine a", "clique aqui", "carregando", "voltar para",
            "publicado por",
        ],
        PictureWords = ["foto", "fotografia", "imagem"],
        MinuteWords = ["min", "minutos"],
        ReadingWords = ["leitura"],
        CallToActionVerbs = ["assine", "apoie", "compartilhe", "partilhe"],
        MediaVerbs = ["assista", "leia", "baixar"],
        PublishedWords = ["publicado", "publicada", "publicou"],
        FirstWords = ["primeiro"],
        TranscriptWords = ["transcrição"],
        EditorialStateWords = ["editada", "editado"],
        ConversationWords = ["conversa"],
        RatingWords = ["avaliações"],
        SignInWords = ["conectado", "logado", "fazer login"],
        DiscussionStems = ["coment", "discussão"],
        ArticleNouns = ["artigo", "página"],
        HelpfulWords = ["útil"],
        CommentCalls = ["nos comentários"],

        Months =
        [
            ["janeiro"], ["fevereiro", "fev"], ["março", "marco"], ["abril", "abr"], ["maio"], ["junho"], ["julho"], ["agosto", "ago"],
            ["setembro"], ["outubro"], ["novembro", "nov"], ["dezembro", "dez"],
        ],
        DayMonthJoiners = ["de"],
        SpanWords = ["anos", "mês", "meses", "década", "décadas"],
        YearJoiners = ["de"],
        Yesterday = ["ontem"],
        Today = ["hoje"],
        AgoWords = ["há"],
        TimeUnits =
        [
            ("minuto", 1), ("minutos", 1), ("hora", 60), ("horas", 60), ("dia", 1440), ("dias", 1440), ("semana", 10080),
            ("semanas", 10080),
        ],
        PublishedLabels = ["publicado", "publicada"],
        UpdatedLabels = ["atualizado", "atualizada", "actualizado", "actualizada"],

        Articles = ["o", "a", "os", "as", "um", "uma"],
        TitleArticles = ["o", "a", "os", "as"],
        NotTitleWords =
        [
            "que", "quem", "e", "ou", "com", "de", "do", "da", "em", "no", "na", "por", "para", "disse", "diz", "entrevista", "é", "como",
            "obrigado", "obrigada",
        ],
        Copulas = [" é ", " foi "],
        OccupationCopulas = [" trabalha como ", " trabalhava como "],
        Occupations =
        [
            "físico", "física", "médico", "médica", "advogado", "advogada", "arquiteto", "arquiteta", "prefeito", "prefeita", "presidenta",
            "ministro", "ministra", "deputado", "deputada", "filósofo", "filósofa", "empresário", "empresária", "músico", "poeta",
            "poetisa", "ator", "atriz", "cineasta", "escritora", "cantora", "jornalista", "economista", "psicólogo", "psicóloga",
            "juíza", "bispo", "porta-voz",
        ],
        RoleNouns = ["chefe", "biólogo", "bióloga", "geólogo", "geóloga", "capitão", "capitã", "técnico", "técnica", "juiz", "piloto", "secretário", "secretária"],
        RoleEndings = ["or", "ora", "ista", "ante", "ente", "grafo", "grafa", "ólogo", "óloga"],
        OrganisationLinks = ["de", "do", "da", "dos", "das"],
        Conjunctions = ["e"],
        HyphenJoiners = ["e", "ou"],
        RelativePronouns = ["que", "quem"],
        ListJoiners = [" e "],
        TopicWords = [" sobre "],
        NameParticles = ["da", "das", "de", "do", "dos"],
        Honorifics = ["sr", "sra", "senhor", "senhora"],
        Salutations = ["querido", "querida", "prezado", "prezada"],
        CreditLineWords = ["entrevista", "texto", "por", "e", "foto", "fotos"],
        AgentPrepositions = [" por"],
        BylineOpeners = ["por "],
        AuthorPathWords = ["autor", "autores", "autora"],
        FunctionWords = ["após", "depois", "antes", "durante", "sobre", "com", "sem", "entre"],
    };
}
