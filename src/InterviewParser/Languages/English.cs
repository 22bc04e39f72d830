namespace InterviewParser.Languages;

/// <summary>English.</summary>
internal static class English
{
    /// <summary>Regular-expression alternatives: verbs between an interviewer's name and the guest ("interviews", "sprach mit").</summary>
    public const string InterviewsVerbs = "interviews|interviewed|spoke with|spoke to|talks to|talked to";

    /// <summary>Regular-expression alternatives: a sentence opening on the interview, before the guest and a comma ("In an interview with").</summary>
    public const string InAnInterviewWith = "[Ii]n an interview with";

    /// <summary>Regular-expression alternatives: a phrase before the guest ("Interview mit", "conversation with").</summary>
    public const string InterviewWith = "[Ii]nterview with|[Cc]onversation with|Q&A [Ww]ith";

    /// <summary>Regular-expression alternatives: the interviewer speaking of the meeting, before the guest ("We spoke with").</summary>
    public const string WeSpokeWith = "[Ww]e (?:spoke|talked) (?:with|to)";

    /// <summary>Regular-expression alternatives: the opening of a byline that names the writer or interviewer ("By", "Das Interview führte").</summary>
    public const string Byline = "[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Ii]nterview(?:s)?:|[Ii]nterview by|[Ii]nterviewed by|[Tt]ext:|[Aa]uthor:|[Ww]ords by|[Ww]ords:";

    /// <summary>The words of the language.</summary>
    public static LanguageWords Words { get; } = new()
    {
        Tag = "en",
        ThanksWords = ["thanks", "thank"],
        CommonWords = ["the", "and", "of", "to", "is", "that", "in", "it", "you", "was"],

        InterviewWords = ["interview", "interviews", "interviewed", "q&a"],
        InterviewPhrases =
        [
            "spoke with", "spoke to", "speaks with", "speaks to", "talks to", "talks with", "talked to", "talked with", "sat down",
            "sits down", "conversation with", "conversation about", "questions for", "we asked", "talks about", "speaks about",
        ],
        QuestionCreditPhrases = ["questions by", "interviewed by", "interview by"],
        SecondPerson = ["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "ya"],
        FirstPerson = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"],
        FirstPersonPlural = ["we", "us", "our", "ours", "ourselves"],
        ReportingVerbs = ["said", "says", "told", "tells", "added", "adds", "explained", "explains", "recalled", "recalls", "insisted", "insists"],
        ThirdPersonPronouns = ["he", "she", "they"],
        ThirdPersonObjects = ["him", "her", "them"],
        ThirdPersonPossessives = ["its", "his", "her", "their"],
        AttributionPhrases = ["according to "],
        SelfIntroductions = ["i am ", "i'm ", "i’m ", "my name is "],
        SignOns = ["this is "],
        GuestIntroductions = ["my guest is ", "my guest today is ", "my guest this week is ", "our guest is ", "our guest today is ", "joined by ", "joined today by ", "with me is ", "with me today is ", "with me now is ", "please welcome ", "talking with ", "talking to ", "speaking with ", "speaking to ", "in conversation with "],

        QuestionLabels = ["q", "ques", "qn", "question", "i", "int", "iv", "interviewer", "journalist", "reporter", "host", "moderator"],
        AnswerLabels = ["a", "ans", "answer", "interviewee", "guest", "r", "resp", "respondent", "participant"],
        // The plurals name the lists of a transcript's front matter ("guests:" over "- Jane Roe" lines).
        InterviewerRoles = ["host", "hosts", "co-host", "anchor", "moderator", "interviewer", "journalist", "reporter", "correspondent", "presenter"],
        IntervieweeRoles = ["interviewee", "interviewees", "guest", "guests", "respondent", "participant"],
        OtherRoles = ["unidentified", "narrator", "announcer", "voice", "crowd", "audience", "caller"],
        ProgrammeParts = ["break", "sponsor", "ad", "ads", "advertisement", "commercial", "music", "intro", "outro", "jingle", "promo"],
        NoteLabels = ["note", "notes", "tip", "tips", "hint", "solution", "example", "step", "source", "fig", "figure", "update", "warning", "caution", "important", "summary", "bonus"],
        LabelTitles =
        [
            "president", "secretary", "minister", "senator", "governor", "mayor", "gen", "general", "dr", "prof", "rep", "sen", "gov",
            "judge", "chancellor", "premier",
        ],
        MarkupQuestionWords = ["question", "interviewer", "asker"],

        ChromeLines =
        [
            "share", "share this", "share this article", "share this story", "tweet", "email", "e-mail", "print", "comment", "comments",
            "advertisement", "advertising", "ad", "ads", "sponsored", "read more", "more", "related", "related articles",
            "related stories", "related posts", "you may also like", "most read", "most popular", "trending", "editor picks",
            "editor's picks", "editors' picks", "subscribe", "newsletter", "sign up", "log in", "login", "sign in", "register", "menu", "search", "close",
            "back to top", "top", "next", "previous", "home", "skip to content", "skip to main content", "jump to content", "copy link",
            "mail", "accept", "accept all", "view comments", "show comments", "load more", "listen", "photo", "image", "gallery", "tags",
            "topics", "previous article", "next article", "follow", "sound on", "sound off", "play", "pause", "vote", "options",
            "terms of use", "terms of service", "privacy policy", "contact us", "about us", "advertise with us",
        ],
        ChromeSectionHeads =
        [
            "copyright", "about the interview", "related", "read more", "read also", "see also", "also read", "more from",
            "further reading", "more on this", "more stories", "recommended", "you may also like", "you might also like",
            "about the author", "comments", "leave a reply", "leave a comment", "links to", "useful links", "more information",
            "further information",
        ],
        ChromeLinePrefixes =
        [
            "text size", "follow us", "find us on", "share on", "share via", "read more:", "read also", "see also", "also read",
            "related:", "copyright", "all rights reserved", "cookie", "we use cookies", "this website uses", "this site uses",
            "sign up for", "subscribe to", "getty images", "click here", "advertisement", "loading", "posted in", "filed under",
            "tagged", "sound on", "don't miss", "a post shared by",
            "image of", "photo of", "picture of", "print this", "back to", "posted by", "categories:", "skip to",
            "leave this field", "please leave this field",
        ],
        PictureWords =
        [
            "photo", "photos", "photograph", "photographs", "photography", "image", "images", "picture", "pictures", "credit", "credits", "source",
            "illustration", "illustrations", "graphic",
        ],
        PictureStems = ["photo", "credit", "credits"],
        SourceStems = ["credit", "credits"],
        PictureCreditLabels = ["photo:", "image:"],
        CourtesyPhrases = ["courtesy of", "provided by"],
        MinuteWords = ["min", "mins", "minute", "minutes"],
        ReadingWords = ["read", "reading"],
        CallToActionVerbs = ["subscribe", "support", "donate", "join", "miss", "vote", "register"],
        MediaVerbs = ["read", "watch", "listen", "download"],
        MediaLabels = ["video", "videos", "audio", "podcast", "gallery", "livestream"],
        SubscriptionWords = ["newsletter", "subscription", "subscribe", "membership", "podcast"],
        PublishedWords = ["appeared", "published"],
        FirstWords = ["first", "originally"],
        TranscriptWords = ["transcript", "transcripts"],
        EditorialStateWords =
        [
            "edited", "unedited", "revised", "accuracy", "errors", "error", "mistakes", "rush", "generated", "automatically", "grammar", "spelling", "final",
        ],
        ConversationWords = ["conversation", "discussion"],
        RatingWords = ["ratings", "rating", "reviews", "votes", "stars"],
        ClipboardWords = ["clipboard"],
        LinkWords = ["link", "url"],
        SignInWords = ["logged in", "log in", "signed in", "sign in"],
        DiscussionStems = ["comment", "discussion", "reply"],
        ArticleNouns = ["article", "post", "page", "story"],
        HelpfulWords = ["helpful", "useful"],
        CommentCalls = ["in the comments", "in the comment section", "sound off below", "let us know below", "tell us below"],

        Months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"], ["july", "jul"],
            ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ],
        DayMonthJoiners = ["of"],
        YearJoiners = ["of"],
        ClockWords = ["hrs"],
        MorningMarks = ["am", "a"],
        AfternoonMarks = ["pm", "p"],
        Yesterday = ["yesterday"],
        Today = ["today"],
        AgoWords = ["ago"],
        TimeUnits =
        [
            ("minute", 1), ("minutes", 1), ("min", 1), ("mins", 1), ("minutes.", 1), ("hour", 60), ("hours", 60), ("hr", 60),
            ("hrs", 60), ("day", 1440), ("days", 1440), ("week", 10080), ("weeks", 10080),
        ],
        PublishedLabels = ["published", "posted"],
        UpdatedLabels = ["updated", "modified", "last edited", "revision"],
        DateFieldLabels = ["date:"],
        OtherDateLabels = ["registered", "member since", "joined", "version ", "reply", "event:"],

        Articles = ["a", "an", "the"],
        TitleArticles = ["the"],
        TitleIntroducers = ["the", "a", "an", "with", "by"],
        NotTitleWords =
        [
            "who", "which", "that", "whose", "whom", "where", "when", "and", "or", "but", "with", "from", "to", "of", "in", "on", "at",
            "by", "for", "as", "about", "than", "said", "says", "told", "asked", "according", "so", "interview", "interviews", "is",
            "was", "mr", "mrs", "ms", "dr", "like", "welcome", "thanks", "thank",
        ],
        Copulas = [" is ", " was ", " has been "],
        OccupationCopulas = [" works as ", " worked as "],
        SpanWords = ["year", "years", "month", "months", "decade", "decades"],
        TitleEnds = ["in", "out", "from", "since"],
        Occupations =
        [
            "actor", "actress", "singer", "songwriter", "writer", "author", "novelist", "poet", "director", "filmmaker", "musician",
            "composer", "painter", "artist", "photographer", "designer", "architect", "chef", "comedian", "dancer", "rapper",
            "historian", "scientist", "economist", "philosopher", "journalist", "politician", "entrepreneur", "founder", "athlete",
            "librarian", "physician", "technician", "mathematician", "statistician", "electrician", "pediatrician", "paediatrician",
            "clinician", "dietitian", "veterinarian", "magician", "optician", "surgeon", "nurse", "midwife", "chemist", "biologist",
        ],
        RoleNouns =
        [
            "chef", "head", "chief", "chair", "boss", "coach", "star", "founder", "host", "artist", "poet", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "deputy", "captain", "skipper", "pilot",
        ],
        RoleEndings = ["er", "or", "ist", "ent", "ant", "ess"],
        PraiseWords =
        [
            "veteran", "legendary", "famed", "famous", "acclaimed", "renowned", "celebrated", "award-winning", "prolific", "longtime",
            "long-time", "beloved", "iconic", "well-known", "popular", "influential", "star",
        ],
        OrganisationLinks = ["of", "to", "for"],
        Conjunctions = ["and"],
        HyphenJoiners = ["and", "or"],
        RelativePronouns = ["who", "whose", "whom", "which"],
        ListJoiners = [" and "],
        TopicWords = [" about ", " on the "],
        Honorifics = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "gen", "col", "capt"],
        Salutations = ["dear"],
        SentenceOpeners = ["The", "A", "An", "This", "That", "In", "On", "At", "For", "And", "But", "Our", "My", "Your", "Their", "These", "Those", "Every"],
        DiscourseWords =
        [
            "so", "well", "also", "okay", "now", "yes", "no", "and", "but", "then", "right", "great", "thanks", "sure", "finally",
        ],
        FunctionWords =
        [
            "and", "with", "from", "that", "this", "than", "about", "after", "before", "when", "where", "while", "also", "like",
            "of", "for", "to", "on",
        ],
        Locatives = ["in", "at", "near"],
        CreditLineWords =
        [
            "text", "interview", "interviews", "photo", "photos", "by", "and", "author", "words", "illustration", "illustrations",
            // A desk or an account signing for nobody in particular ("By Staff").
            "staff", "editors", "newsroom", "admin",
        ],
        AgentPrepositions = [" by"],
        BylineOpeners = ["by "],
        AuthorPathWords = ["author", "authors", "writer", "writers"],
    };
}
