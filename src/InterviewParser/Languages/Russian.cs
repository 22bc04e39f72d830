namespace InterviewParser.Languages;

/// <summary>Russian.</summary>
internal static class Russian
{
    /// <summary>Regular-expression alternatives: a sentence opening on the interview, before the guest and a comma ("In an interview with").</summary>
    public const string InAnInterviewWith = "[Вв] интервью";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("By", "Das Interview führte").</summary>
    public const string Byline = "Текст:|Беседовала?|Интервью:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "ru",
        ThanksWords = ["спасибо", "благодарю"],
        FirstPerson = ["я", "меня", "мне", "мной", "мой", "моя", "моё", "мое", "мои", "мы", "нас", "нам", "нами", "наш", "наша", "наше", "наши"],
        ReportingVerbs = ["сказал", "сказала", "отметил", "отметила", "говорит", "рассказал", "рассказала", "заявил", "заявила"],
        ThirdPersonPronouns = ["он", "она", "они"],
        AttributionPhrases = ["по словам "],
        CommonWords = ["и", "в", "не", "на", "что", "я", "с", "это", "как", "по"],

        InterviewWords = ["интервью"],
        QuestionCreditPhrases = ["беседовал", "беседовала", "беседовали", "беседу вел", "беседу вёл", "беседу вела", "интервью взял", "интервью взяла"],
        SecondPerson =
        [
            "вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вами", "вашего", "вашей", "ты", "тебя", "тебе", "твой", "твоя", "твои",
            "тобой",
        ],
        SelfIntroductions = ["я ", "меня зовут "],

        QuestionLabels = ["вопрос", "корреспондент"],
        AnswerLabels = ["ответ"],
        InterviewerRoles = ["корреспондент", "журналист", "ведущий", "ведущая"],
        IntervieweeRoles = ["собеседник"],
        OtherRoles = ["диктор"],
        ProgrammeParts = ["реклама", "музыка"],
        NoteLabels = ["примечание", "совет", "решение", "пример", "шаг", "источник"],
        LabelTitles = ["президент", "министр"],
        MarkupQuestionWords = ["vopros"],

        ChromeLines =
        [
            "реклама", "читать далее", "поиск", "закрыть", "поделиться", "главная", "принять", "показать еще", "слушать", "теги",
            "темы", "подписаться", "голосовать",
        ],
        ChromeSectionHeads = ["читайте также", "смотрите также", "материалы по теме", "по теме", "комментарии", "похожие статьи"],
        ChromeLinePrefixes =
        [
            "размер текста", "подписывайтесь", "поделиться в", "читайте также", "смотрите также", "все права защищены",
            "мы используем", "загрузка", "публикация от", "личный архив", "фото из личного архива", "вернуться",
        ],
        PictureWords = ["фото", "источник"],
        CourtesyPhrases = ["предоставлено", "предоставлены"],
        MinuteWords = ["мин", "минут", "минуты"],
        ReadingWords = ["чтения", "чтение"],
        CallToActionVerbs = ["подпишитесь", "поддержите", "голосуйте", "проголосовать", "проголосуйте", "поделитесь"],
        MediaLabels = ["видео"],
        PublishedWords = ["опубликовано", "опубликован"],
        FirstWords = ["впервые"],
        TranscriptWords = ["расшифровка"],
        EditorialStateWords = ["ошибки"],
        RatingWords = ["оценок", "оценки", "голосов"],
        CommentCalls = ["в комментариях"],

        Months =
        [
            ["января", "январь", "янв"], ["февраля", "февраль", "фев"], ["марта", "март", "мар"], ["апреля", "апрель", "апр"],
            ["мая", "май"], ["июня", "июнь", "июн"], ["июля", "июль", "июл"], ["августа", "август", "авг"],
            ["сентября", "сентябрь", "сен", "сент"], ["октября", "октябрь", "окт"], ["ноября", "ноябрь", "ноя"],
            ["декабря", "декабрь", "дек"],
        ],
        YearJoiners = ["г", "г.", "года"],
        ClockWords = ["ч"],
        Yesterday = ["вчера"],
        Today = ["сегодня"],
        AgoWords = ["назад"],
        TimeUnits =
        [
            ("минуту", 1), ("минуты", 1), ("минут", 1), ("час", 60), ("часа", 60), ("часов", 60), ("день", 1440), ("дня", 1440),
            ("дней", 1440), ("неделю", 10080), ("недели", 10080), ("недель", 10080),
        ],
        PublishedLabels = ["опубликовано"],
        UpdatedLabels = ["обновлено", "изменено"],
        DateFieldLabels = ["дата:"],
        OtherDateLabels = ["ответить"],

        TitleIntroducers = ["с", "со"],
        NotTitleWords = ["который", "которая", "и", "с", "в", "на", "по", "сказал", "сказала", "интервью", "как", "добро", "спасибо"],
        TitleEnds = ["в", "из", "с"],
        RoleNouns = ["капитан", "врач", "учитель", "президент", "министр", "глава"],
        RoleEndings = ["ник", "ница", "ист", "тор", "ер", "ор", "тель", "олог", "ограф"],
        PraiseWords = ["известный", "известная", "знаменитый", "знаменитая"],
        Conjunctions = ["и"],
        RelativePronouns = ["который", "которая", "которое", "которые"],
        ListJoiners = [" и "],
        TopicWords = [" о "],
        Honorifics = ["господин", "госпожа"],
        DiscourseWords = ["итак", "ну", "да", "нет", "спасибо"],
        Locatives = ["в", "во", "из", "под"],
        CreditLineWords = ["текст", "фото", "интервью", "беседовал", "беседовала"],
        AgentPrepositions = [" от"],
    };
}
