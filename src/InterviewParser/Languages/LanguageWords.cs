namespace InterviewParser.Languages;

/// <summary>
/// What the rules know of one language: its words, grouped by the use the rules make of them. A language file fills
/// the groups it has words for and leaves the others empty; <see cref="Vocabulary"/> joins the languages so that every
/// rule reads one list. Words are compared case-insensitively unless a group says otherwise; a "phrase" group holds
/// several words in a row, and the regular-expression alternatives of the participant sentence patterns are constants of
/// the language's class (the patterns are generated at build time).
/// </summary>
internal sealed class LanguageWords
{
    /// <summary>The language's primary subtag ("en", "de").</summary>
    public required string Tag { get; init; }

    // ---- Guessing the language ----

    /// <summary>Frequent function words, counted to guess the language of an undeclared page.</summary>
    public string[] CommonWords { get; init; } = [];

    // ---- Is it an interview? ----

    /// <summary>Words with which a page announces an interview ("interview", "entretien").</summary>
    public string[] InterviewWords { get; init; } = [];

    /// <summary>Two-word phrases that announce an interview ("spoke with", "im Gespräch").</summary>
    public string[] InterviewPhrases { get; init; } = [];

    /// <summary>Phrases of two words, or a verb of one, that credit somebody with the questions ("interviewed by", "Fragen stellte", "беседовала").</summary>
    public string[] QuestionCreditPhrases { get; init; } = [];

    /// <summary>Second-person words, any case: interview questions address somebody.</summary>
    public string[] SecondPerson { get; init; } = [];

    /// <summary>Second-person words of formal address, compared case-sensitively ("Sie", not "sie"; "u", not the initial "U").</summary>
    public string[] FormalSecondPerson { get; init; } = [];

    /// <summary>
    /// First-person words, any case ("i", "my", "we"; a letter elided before an apostrophe, "j" of "j'ai"): who answers
    /// in an interview speaks for themself or their side.
    /// </summary>
    public string[] FirstPerson { get; init; } = [];

    /// <summary>
    /// The plural ones of <see cref="FirstPerson"/> ("we", "our", "wir"): an organisation answers so (an FAQ's "we
    /// deliver …"), a person also in the singular.
    /// </summary>
    public string[] FirstPersonPlural { get; init; } = [];

    /// <summary>Verbs of saying in the third person ("said", "told", "sagte"), lower case: a report attributes speech with them.</summary>
    public string[] ReportingVerbs { get; init; } = [];

    /// <summary>Third-person subject pronouns ("he", "she", "sie"), lower case.</summary>
    public string[] ThirdPersonPronouns { get; init; } = [];

    /// <summary>Third-person pronouns after a preposition ("with him", "mit ihr"): somebody named before.</summary>
    public string[] ThirdPersonObjects { get; init; } = [];

    /// <summary>Possessive determiners of the third person ("its", "seine"): "Its director, NAME" names the title "director".</summary>
    public string[] ThirdPersonPossessives { get; init; } = [];

    /// <summary>Phrases that attribute what follows to a source ("according to "), lower case, with the trailing space.</summary>
    public string[] AttributionPhrases { get; init; } = [];

    /// <summary>How a speaker introduces themself before the name ("i am "), lower case, with the trailing space.</summary>
    public string[] SelfIntroductions { get; init; } = [];

    /// <summary>
    /// How a presenter signs on before their name ("this is "), lower case, with the trailing space: it names the show as
    /// often, so it counts only for names the document lists.
    /// </summary>
    public string[] SignOns { get; init; } = [];

    /// <summary>How a host introduces the guest before the name ("my guest today is "), lower case, with the trailing space.</summary>
    public string[] GuestIntroductions { get; init; } = [];

    // ---- Speaker labels ----

    /// <summary>Label words of the asking side ("Q", "Frage", "Interviewer").</summary>
    public string[] QuestionLabels { get; init; } = [];

    /// <summary>Label words of the answering side ("A", "Antwort").</summary>
    public string[] AnswerLabels { get; init; } = [];

    /// <summary>Words of a label that say its speaker asks (HOST, Moderatorin, Entrevistador).</summary>
    public string[] InterviewerRoles { get; init; } = [];

    /// <summary>Words of a label or header field that say its speaker is interviewed ("guest", "Gast").</summary>
    public string[] IntervieweeRoles { get; init; } = [];

    /// <summary>Words of a label whose speaker neither asks nor answers (NARRATOR, UNIDENTIFIED).</summary>
    public string[] OtherRoles { get; init; } = [];

    /// <summary>Programme parts that transcripts label like speakers ("Break", "Music"), only as the whole label.</summary>
    public string[] ProgrammeParts { get; init; } = [];

    /// <summary>
    /// Words that open a note, not speech, when they stand first in a label ("Tip:", "Hinweis:", "Step 2:"): such a
    /// label names no speaker.
    /// </summary>
    public string[] NoteLabels { get; init; } = [];

    /// <summary>Titles that stand before a name in a label ("PRESIDENT", "Dr").</summary>
    public string[] LabelTitles { get; init; } = [];

    /// <summary>Words of class names and ids that mark a question element ("question", "frage").</summary>
    public string[] MarkupQuestionWords { get; init; } = [];

    // ---- Chrome ----

    /// <summary>User-interface phrases that are chrome when they are the whole line ("share", "Weiterlesen").</summary>
    public string[] ChromeLines { get; init; } = [];

    /// <summary>Headings that open a boilerplate section ("related", "Mehr zum Thema").</summary>
    public string[] ChromeSectionHeads { get; init; } = [];

    /// <summary>Phrases that make a short line chrome when it starts with them ("text size", "follow us").</summary>
    public string[] ChromeLinePrefixes { get; init; } = [];

    /// <summary>Words that name a picture or its source ("photo", "Bild", "Quelle").</summary>
    public string[] PictureWords { get; init; } = [];

    /// <summary>Stems of picture words that end compounds ("Titelbild") or open them with a source stem ("Bildquelle").</summary>
    public string[] PictureStems { get; init; } = [];

    /// <summary>Stems of source words that close a compound with a picture stem ("Bildnachweis").</summary>
    public string[] SourceStems { get; init; } = [];

    /// <summary>Labels that open a picture caption's credit ("photo:", "Bild:"), lower case with the colon.</summary>
    public string[] PictureCreditLabels { get; init; } = [];

    /// <summary>Phrases that say something was provided by somebody ("courtesy of").</summary>
    public string[] CourtesyPhrases { get; init; } = [];

    /// <summary>Units of minutes ("min", "Minuten").</summary>
    public string[] MinuteWords { get; init; } = [];

    /// <summary>Words that speak of reading ("read", "Lesezeit").</summary>
    public string[] ReadingWords { get; init; } = [];

    /// <summary>Imperatives that ask the reader to subscribe, support, donate or register.</summary>
    public string[] CallToActionVerbs { get; init; } = [];

    /// <summary>Verbs that send the reader to read, watch, listen to or download more.</summary>
    public string[] MediaVerbs { get; init; } = [];

    /// <summary>
    /// Whether the language's calls to action put the verb last ("Jetzt abonnieren", "Hier anhören"), not first
    /// ("Subscribe now"): only then does a line of several words that ends on such a verb call.
    /// </summary>
    public bool CallsEndOnTheVerb { get; init; }

    /// <summary>Words that label a teaser by its medium ("VIDEO", "Fotostrecke").</summary>
    public string[] MediaLabels { get; init; } = [];

    /// <summary>
    /// Words that name a newsletter, subscription or membership; found inside a line's words ("Newsletter-Abo",
    /// "Mitgliedschaft"), those of four letters or fewer only at a word's end ("Abo", "Probeabo").
    /// </summary>
    public string[] SubscriptionWords { get; init; } = [];

    /// <summary>Words that say a text was published ("appeared", "erschienen").</summary>
    public string[] PublishedWords { get; init; } = [];

    /// <summary>Words that say "first" or "originally".</summary>
    public string[] FirstWords { get; init; } = [];

    /// <summary>Words that name a transcript.</summary>
    public string[] TranscriptWords { get; init; } = [];

    /// <summary>Words about a text's editorial state ("edited", "errors", "rush").</summary>
    public string[] EditorialStateWords { get; init; } = [];

    /// <summary>Words for a conversation ("conversation", "Gespräch"): the subject of a note on how the interview was edited.</summary>
    public string[] ConversationWords { get; init; } = [];

    /// <summary>Words that thank ("thanks", "Dank", "merci"): the interviewer's closing line thanks the guest.</summary>
    public string[] ThanksWords { get; init; } = [];

    /// <summary>Words that count ratings or votes ("reviews", "Bewertungen").</summary>
    public string[] RatingWords { get; init; } = [];

    /// <summary>The clipboard's name ("clipboard", "Zwischenablage"): a short line naming it and a link tells that the link was copied.</summary>
    public string[] ClipboardWords { get; init; } = [];

    /// <summary>The words for a link or address ("link", "URL", "Lenke").</summary>
    public string[] LinkWords { get; init; } = [];

    /// <summary>Phrases with which a line sends the reader to the comments, at its end ("in the comments").</summary>
    public string[] CommentCalls { get; init; } = [];

    /// <summary>Words that ask the reader to sign in ("logged in", "einloggen"); found inside a line.</summary>
    public string[] SignInWords { get; init; } = [];

    /// <summary>Stems of the words for a page's discussion ("comment", "komment"); found inside a line.</summary>
    public string[] DiscussionStems { get; init; } = [];

    /// <summary>Words by which a page names itself ("article", "Beitrag"), for the feedback question under a text.</summary>
    public string[] ArticleNouns { get; init; } = [];

    /// <summary>Words that ask whether a text helped ("helpful", "nützlich"), for the feedback question under a text.</summary>
    public string[] HelpfulWords { get; init; } = [];

    // ---- Dates ----

    /// <summary>Month names and abbreviations, January first: twelve lists.</summary>
    public string[][] Months { get; init; } = [];

    /// <summary>
    /// The marks after a date's year, month and day where numbers carry them ("2024年3月5日", "2024년 3월 5일"), in
    /// that order; empty where the language writes dates otherwise.
    /// </summary>
    public string[] YearMonthDayMarks { get; init; } = [];

    /// <summary>Words between a day and its month ("of", "de"), as in "12 of May", "15 de mayo".</summary>
    public string[] DayMonthJoiners { get; init; } = [];

    /// <summary>Words between a month and its year, or after the year ("de", "года").</summary>
    public string[] YearJoiners { get; init; } = [];

    /// <summary>Words after a clock time that say it is an hour of the clock ("Uhr", "h"), lower case without dots.</summary>
    public string[] ClockWords { get; init; } = [];

    /// <summary>Marks of a morning time on a 12-hour clock ("am", "a"), lower case without dots.</summary>
    public string[] MorningMarks { get; init; } = [];

    /// <summary>Marks of an afternoon time on a 12-hour clock ("pm", "p"), lower case without dots.</summary>
    public string[] AfternoonMarks { get; init; } = [];

    /// <summary>Words for yesterday.</summary>
    public string[] Yesterday { get; init; } = [];

    /// <summary>Words for today.</summary>
    public string[] Today { get; init; } = [];

    /// <summary>Words that make a count of units lie in the past ("ago", "vor"), lower case.</summary>
    public string[] AgoWords { get; init; } = [];

    /// <summary>
    /// Words for years and months that measure a span of time ("for thirty years", "seit vierzig Jahren"); read in every
    /// language's text, so none is a short word of another language (French "an" is English's article, "mes" a French "my").
    /// </summary>
    public string[] SpanWords { get; init; } = [];

    /// <summary>Units of relative dates with their length in minutes ("hours" = 60).</summary>
    public (string Word, int Minutes)[] TimeUnits { get; init; } = [];

    /// <summary>Labels of a publication date line ("published", "erschienen").</summary>
    public string[] PublishedLabels { get; init; } = [];

    /// <summary>Labels of an update date line ("updated", "Stand:").</summary>
    public string[] UpdatedLabels { get; init; } = [];

    /// <summary>Transcript header fields that name the date ("date:").</summary>
    public string[] DateFieldLabels { get; init; } = [];

    /// <summary>Labels of dates that are not the page's publication: profiles, comments, events.</summary>
    public string[] OtherDateLabels { get; init; } = [];

    // ---- People ----

    /// <summary>Articles ("the", "die", "la").</summary>
    public string[] Articles { get; init; } = [];

    /// <summary>Articles that may stand before a title and are dropped from a short one ("the", "der").</summary>
    public string[] TitleArticles { get; init; } = [];

    /// <summary>Words that introduce a title noun right before a name ("the", "mit").</summary>
    public string[] TitleIntroducers { get; init; } = [];

    /// <summary>Words that cannot open an apposition or stand in a title: pronouns, prepositions, verbs of saying, greetings.</summary>
    public string[] NotTitleWords { get; init; } = [];

    /// <summary>Copulas between a name and a title, with spaces (" is ").</summary>
    public string[] Copulas { get; init; } = [];

    /// <summary>
    /// Verbs of working as something between a name and an occupation, with spaces (" works as "): what follows is an
    /// occupation whatever its shape ("works as a midwife").
    /// </summary>
    public string[] OccupationCopulas { get; init; } = [];

    /// <summary>Words where a title phrase ends and a place or time begins ("in", "since").</summary>
    public string[] TitleEnds { get; init; } = [];

    /// <summary>Occupations named after an article ("the actress").</summary>
    public string[] Occupations { get; init; } = [];

    /// <summary>Role nouns that no ending gives away ("chief", "host").</summary>
    public string[] RoleNouns { get; init; } = [];

    /// <summary>Endings of role nouns ("-er", "-ista"), lower case.</summary>
    public string[] RoleEndings { get; init; } = [];

    /// <summary>Words of praise or standing written before a title ("veteran", "famous").</summary>
    public string[] PraiseWords { get; init; } = [];

    /// <summary>Lower-case words that link the parts of an organisation's name ("of", "für"), case-sensitive.</summary>
    public string[] OrganisationLinks { get; init; } = [];

    /// <summary>Conjunctions for "and".</summary>
    public string[] Conjunctions { get; init; } = [];

    /// <summary>
    /// The words for "and" and "or" that a suspended hyphen stands before ("Blog- und Newsletterleser", "pre- or
    /// post-war"): a line the wrapper broke after a hyphen goes on with a space before them, with none before the rest
    /// of a compound it broke ("HD-" / "Qualität").
    /// </summary>
    public string[] HyphenJoiners { get; init; } = [];

    /// <summary>Relative pronouns that open a clause about a person ("who", "qui", "som"): a title ends before them.</summary>
    public string[] RelativePronouns { get; init; } = [];

    /// <summary>Separators of a list of names, with spaces (" and ").</summary>
    public string[] ListJoiners { get; init; } = [];

    /// <summary>Prepositions that introduce a topic after a list of guests, with spaces (" about ").</summary>
    public string[] TopicWords { get; init; } = [];

    /// <summary>Small-letter particles inside a personal name ("von", "da", "del"), case-sensitive.</summary>
    public string[] NameParticles { get; init; } = [];

    /// <summary>Honorifics before a name ("Mr", "Frau").</summary>
    public string[] Honorifics { get; init; } = [];

    /// <summary>
    /// A letter's salutation before the addressee's name ("Dear", "Liebe"): "Dear Anna:" opens a letter, it labels no
    /// speaker. Words that are first names too ("Cara") are left out.
    /// </summary>
    public string[] Salutations { get; init; } = [];

    /// <summary>Capitalised words that open sentences and never a name ("The", "Der"), case-sensitive.</summary>
    public string[] SentenceOpeners { get; init; } = [];

    /// <summary>Discourse words that open a question without addressing anyone ("so", "well").</summary>
    public string[] DiscourseWords { get; init; } = [];

    /// <summary>Function words that are never part of a name phrase ("with", "about").</summary>
    public string[] FunctionWords { get; init; } = [];

    /// <summary>Prepositions of place ("in", "aus"): a capitalised phrase after them is a place, not a person.</summary>
    public string[] Locatives { get; init; } = [];

    /// <summary>Words of a credit line's head ("Text und Interview:", "Fotos:"), and desks that sign for nobody in particular ("Redaktion").</summary>
    public string[] CreditLineWords { get; init; } = [];

    /// <summary>Agent prepositions that end a credit waiting for its name or logo, with a space before (" by").</summary>
    public string[] AgentPrepositions { get; init; } = [];

    /// <summary>Words that open a byline, with the space after ("by ").</summary>
    public string[] BylineOpeners { get; init; } = [];

    /// <summary>The path segment under which sites list an author's page ("/author/jane-roe/"), in this language.</summary>
    public string[] AuthorPathWords { get; init; } = [];
}
