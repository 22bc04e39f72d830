using System.Buffers;

namespace InterviewParser.Languages;

/// <summary>
/// The supported languages joined: each group of <see cref="LanguageWords"/> read once, as one set or list over all
/// languages, which is what the rules consult (a page may mix languages, and its declared language is often wrong).
/// Adding a language is adding its file and listing it in <see cref="Languages"/> (and, where it has sentence-pattern
/// alternatives, in the pattern constants at the end).
/// </summary>
internal static class Vocabulary
{
    /// <summary>The languages, in the order their guesses are preferred on a tie.</summary>
    public static readonly LanguageWords[] Languages =
    [
        English.Words, German.Words, Spanish.Words, French.Words, Portuguese.Words, Italian.Words, Russian.Words, Norwegian.Words,
        Swedish.Words, Dutch.Words, Azerbaijani.Words, Chinese.Words, Japanese.Words, Korean.Words, International.Words,
    ];

    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    /// <summary>A group of every language as one case-insensitive set.</summary>
    private static HashSet<string> Set(Func<LanguageWords, string[]> group) => Set(group, IgnoreCase);

    private static HashSet<string> Set(Func<LanguageWords, string[]> group, StringComparer comparer)
    {
        var set = new HashSet<string>(comparer);
        foreach (var l in Languages) set.UnionWith(group(l));
        return set;
    }

    /// <summary>A group of every language as one list without repeats, in the languages' order.</summary>
    private static string[] List(Func<LanguageWords, string[]> group) => [.. Set(group)];

    /// <summary>
    /// Phrases looked for anywhere in a line, ignoring case, as one search: the line is scanned once for all of them
    /// (a phrase-by-phrase search scanned it once per phrase, the cost of every chrome test on every short line).
    /// </summary>
    internal static PhraseSearch Phrases(string[] phrases) => new(phrases);

    /// <summary>Two-word phrases split into their words, lower case.</summary>
    private static (string, string)[] Pairs(Func<LanguageWords, string[]> group)
    {
        var pairs = new List<(string, string)>();
        foreach (var phrase in List(group))
        {
            // A phrase of one word pairs it with nothing ("беседовала").
            int space = phrase.IndexOf(' ');
            pairs.Add(space < 0 ? (phrase.ToLowerInvariant(), "") : (phrase[..space].ToLowerInvariant(), phrase[(space + 1)..].ToLowerInvariant()));
        }

        return [.. pairs];
    }

    // Language guessing
    /// <summary>Each language's frequent function words, for the languages that have them.</summary>
    public static readonly (string Tag, HashSet<string> Words)[] CommonWords = BuildCommonWords();

    private static (string, HashSet<string>)[] BuildCommonWords()
    {
        var profiles = new List<(string, HashSet<string>)>();
        foreach (var l in Languages)
        {
            if (l.CommonWords.Length > 0) profiles.Add((l.Tag, new HashSet<string>(l.CommonWords, StringComparer.Ordinal)));
        }

        return [.. profiles];
    }

    // Is it an interview?
    /// <summary><see cref="LanguageWords.InterviewWords"/> of every language.</summary>
    public static readonly HashSet<string> InterviewWords = Set(l => l.InterviewWords);
    /// <summary><see cref="LanguageWords.InterviewPhrases"/> of every language, as word pairs.</summary>
    public static readonly (string, string)[] InterviewPhrases = Pairs(l => l.InterviewPhrases);
    /// <summary><see cref="LanguageWords.QuestionCreditPhrases"/> of every language, as word pairs.</summary>
    public static readonly (string, string)[] QuestionCreditPhrases = Pairs(l => l.QuestionCreditPhrases);
    /// <summary><see cref="LanguageWords.SecondPerson"/> of every language.</summary>
    public static readonly HashSet<string> SecondPerson = Set(l => l.SecondPerson);
    /// <summary><see cref="LanguageWords.FormalSecondPerson"/> of every language, case-sensitive.</summary>
    public static readonly HashSet<string> FormalSecondPerson = Set(l => l.FormalSecondPerson, StringComparer.Ordinal);

    /// <summary>The tags of the languages whose second-person words are listed: only in these can a question be seen to address somebody.</summary>
    private static readonly HashSet<string> AddressingTags = BuildAddressingTags();

    private static HashSet<string> BuildAddressingTags()
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in Languages) if (l.SecondPerson.Length > 0 || l.FormalSecondPerson.Length > 0) tags.Add(l.Tag);
        // Norwegian's two written standards are tagged apart.
        if (tags.Contains("no")) tags.UnionWith(["nb", "nn"]);
        return tags;
    }

    /// <summary>Whether the second-person words of the language with this primary subtag are listed.</summary>
    public static bool ReadsAddress(string tag) => AddressingTags.Contains(tag);
    /// <summary><see cref="LanguageWords.FirstPerson"/> of every language.</summary>
    public static readonly HashSet<string> FirstPerson = Set(l => l.FirstPerson);
    /// <summary><see cref="LanguageWords.FirstPersonPlural"/> of every language.</summary>
    public static readonly HashSet<string> FirstPersonPlural = Set(l => l.FirstPersonPlural);
    /// <summary>The words of <see cref="FirstPerson"/> that no language lists as plural: a person speaking for themself.</summary>
    public static readonly HashSet<string> FirstPersonSingular = new(FirstPerson.Except(FirstPersonPlural, IgnoreCase), IgnoreCase);
    /// <summary><see cref="LanguageWords.SelfIntroductions"/> of every language.</summary>
    public static readonly string[] SelfIntroductions = List(l => l.SelfIntroductions);

    /// <summary><see cref="LanguageWords.SelfIntroductions"/> and <see cref="LanguageWords.SignOns"/> of every language.</summary>
    public static readonly string[] SelfIntroductionsAndSignOns = [.. SelfIntroductions, .. List(l => l.SignOns)];

    /// <summary><see cref="LanguageWords.ReportingVerbs"/> of every language.</summary>
    public static readonly HashSet<string> ReportingVerbs = Set(l => l.ReportingVerbs);

    /// <summary><see cref="LanguageWords.ThirdPersonPronouns"/> of every language.</summary>
    public static readonly HashSet<string> ThirdPersonPronouns = Set(l => l.ThirdPersonPronouns);
    /// <summary><see cref="LanguageWords.ThirdPersonObjects"/> of every language.</summary>
    public static readonly HashSet<string> ThirdPersonObjects = Set(l => l.ThirdPersonObjects);

    /// <summary><see cref="LanguageWords.ThirdPersonPossessives"/> of every language.</summary>
    public static readonly HashSet<string> ThirdPersonPossessives = Set(l => l.ThirdPersonPossessives);

    /// <summary><see cref="LanguageWords.AttributionPhrases"/> of every language.</summary>
    public static readonly string[] AttributionPhrases = List(l => l.AttributionPhrases);

    /// <summary><see cref="LanguageWords.GuestIntroductions"/> of every language.</summary>
    public static readonly string[] GuestIntroductions = List(l => l.GuestIntroductions);

    // Speaker labels
    /// <summary><see cref="LanguageWords.QuestionLabels"/> of every language.</summary>
    public static readonly HashSet<string> QuestionLabels = Set(l => l.QuestionLabels);
    /// <summary><see cref="LanguageWords.AnswerLabels"/> of every language.</summary>
    public static readonly HashSet<string> AnswerLabels = Set(l => l.AnswerLabels);
    /// <summary><see cref="LanguageWords.InterviewerRoles"/> of every language.</summary>
    public static readonly HashSet<string> InterviewerRoles = Set(l => l.InterviewerRoles);
    /// <summary><see cref="LanguageWords.IntervieweeRoles"/> of every language.</summary>
    public static readonly HashSet<string> IntervieweeRoles = Set(l => l.IntervieweeRoles);
    /// <summary><see cref="LanguageWords.OtherRoles"/> of every language.</summary>
    public static readonly HashSet<string> OtherRoles = Set(l => l.OtherRoles);
    /// <summary><see cref="LanguageWords.ProgrammeParts"/> of every language.</summary>
    public static readonly HashSet<string> ProgrammeParts = Set(l => l.ProgrammeParts);
    /// <summary><see cref="LanguageWords.NoteLabels"/> of every language.</summary>
    public static readonly HashSet<string> NoteLabels = Set(l => l.NoteLabels);
    /// <summary><see cref="LanguageWords.LabelTitles"/> of every language.</summary>
    public static readonly HashSet<string> LabelTitles = Set(l => l.LabelTitles);
    /// <summary><see cref="LanguageWords.MarkupQuestionWords"/> of every language.</summary>
    public static readonly string[] MarkupQuestionWords = List(l => l.MarkupQuestionWords);

    // Chrome
    /// <summary><see cref="LanguageWords.ChromeLines"/> of every language.</summary>
    public static readonly HashSet<string> ChromeLines = Set(l => l.ChromeLines);
    /// <summary><see cref="LanguageWords.ChromeSectionHeads"/> of every language.</summary>
    public static readonly string[] ChromeSectionHeads = List(l => l.ChromeSectionHeads);
    /// <summary><see cref="ChromeSectionHeads"/> as whole lines: a head alone on its line is a UI label, whatever follows it.</summary>
    public static readonly HashSet<string> ChromeSectionHeadLines = Set(l => l.ChromeSectionHeads);
    /// <summary><see cref="LanguageWords.ChromeLinePrefixes"/> of every language.</summary>
    public static readonly string[] ChromeLinePrefixes = List(l => l.ChromeLinePrefixes);
    /// <summary><see cref="LanguageWords.PictureWords"/> of every language.</summary>
    public static readonly HashSet<string> PictureWords = Set(l => l.PictureWords);
    /// <summary><see cref="LanguageWords.PictureStems"/> of every language.</summary>
    public static readonly string[] PictureStems = List(l => l.PictureStems);
    /// <summary><see cref="LanguageWords.SourceStems"/> of every language.</summary>
    public static readonly string[] SourceStems = List(l => l.SourceStems);
    /// <summary><see cref="LanguageWords.PictureCreditLabels"/> of every language.</summary>
    public static readonly string[] PictureCreditLabels = List(l => l.PictureCreditLabels);
    /// <summary><see cref="PictureCreditLabels"/> as one multi-phrase search.</summary>
    public static readonly PhraseSearch PictureCreditLabelSearch = Phrases(PictureCreditLabels);
    /// <summary><see cref="LanguageWords.CourtesyPhrases"/> of every language.</summary>
    public static readonly string[] CourtesyPhrases = List(l => l.CourtesyPhrases);
    /// <summary><see cref="CourtesyPhrases"/> as one multi-phrase search.</summary>
    public static readonly PhraseSearch CourtesyPhraseSearch = Phrases(CourtesyPhrases);
    /// <summary><see cref="LanguageWords.MinuteWords"/> of every language.</summary>
    public static readonly HashSet<string> MinuteWords = Set(l => l.MinuteWords);
    /// <summary><see cref="LanguageWords.ReadingWords"/> of every language.</summary>
    public static readonly HashSet<string> ReadingWords = Set(l => l.ReadingWords);
    /// <summary><see cref="LanguageWords.CallToActionVerbs"/> of every language.</summary>
    public static readonly HashSet<string> CallToActionVerbs = Set(l => l.CallToActionVerbs);
    /// <summary><see cref="LanguageWords.MediaVerbs"/> of every language.</summary>
    public static readonly HashSet<string> MediaVerbs = Set(l => l.MediaVerbs);
    /// <summary>The call and media verbs of the languages whose calls end on the verb (<see cref="LanguageWords.CallsEndOnTheVerb"/>).</summary>
    public static readonly HashSet<string> ClosingCallVerbs = Set(l => l.CallsEndOnTheVerb ? [.. l.CallToActionVerbs, .. l.MediaVerbs] : []);
    /// <summary><see cref="LanguageWords.MediaLabels"/> of every language.</summary>
    public static readonly HashSet<string> MediaLabels = Set(l => l.MediaLabels);
    /// <summary><see cref="LanguageWords.SubscriptionWords"/> of every language.</summary>
    public static readonly string[] SubscriptionWords = List(l => l.SubscriptionWords);
    /// <summary>
    /// The longer <see cref="SubscriptionWords"/> as one multi-phrase search, found inside words ("Newsletter-Abonnement",
    /// "Mitgliedschaft"); the short ones (<see cref="MaxWholeSubscriptionWordLength"/> letters or fewer) only at a word's end:
    /// a short stem of one language opens words of another (German "abo" in "about" and "above").
    /// </summary>
    public static readonly PhraseSearch SubscriptionWordSearch = Phrases(Array.FindAll(SubscriptionWords, w => w.Length > MaxWholeSubscriptionWordLength));
    /// <summary>The short <see cref="SubscriptionWords"/>, matched at a word's end (a compound's last part, or with a plural's "s").</summary>
    public static readonly string[] ShortSubscriptionWords = Array.FindAll(SubscriptionWords, w => w.Length <= MaxWholeSubscriptionWordLength);
    /// <summary>The longest subscription word matched only at a word's end.</summary>
    public const int MaxWholeSubscriptionWordLength = 4;
    /// <summary><see cref="LanguageWords.PublishedWords"/> of every language.</summary>
    public static readonly HashSet<string> PublishedWords = Set(l => l.PublishedWords);
    /// <summary><see cref="LanguageWords.FirstWords"/> of every language.</summary>
    public static readonly HashSet<string> FirstWords = Set(l => l.FirstWords);
    /// <summary><see cref="LanguageWords.TranscriptWords"/> of every language.</summary>
    public static readonly HashSet<string> TranscriptWords = Set(l => l.TranscriptWords);
    /// <summary><see cref="LanguageWords.EditorialStateWords"/> of every language.</summary>
    public static readonly HashSet<string> EditorialStateWords = Set(l => l.EditorialStateWords);
    /// <summary><see cref="LanguageWords.ConversationWords"/> of every language.</summary>
    public static readonly HashSet<string> ConversationWords = Set(l => l.ConversationWords);
    /// <summary><see cref="LanguageWords.ThanksWords"/> of every language.</summary>
    public static readonly HashSet<string> ThanksWords = Set(l => l.ThanksWords);
    /// <summary><see cref="LanguageWords.RatingWords"/> of every language.</summary>
    public static readonly HashSet<string> RatingWords = Set(l => l.RatingWords);
    /// <summary><see cref="LanguageWords.ClipboardWords"/> of every language.</summary>
    public static readonly HashSet<string> ClipboardWords = Set(l => l.ClipboardWords);
    /// <summary><see cref="LanguageWords.LinkWords"/> of every language.</summary>
    public static readonly HashSet<string> LinkWords = Set(l => l.LinkWords);
    /// <summary><see cref="LanguageWords.CommentCalls"/> of every language.</summary>
    public static readonly string[] CommentCalls = List(l => l.CommentCalls);
    /// <summary><see cref="LanguageWords.SignInWords"/> of every language, as one multi-phrase search.</summary>
    public static readonly PhraseSearch SignInWordSearch = Phrases(List(l => l.SignInWords));
    /// <summary><see cref="LanguageWords.DiscussionStems"/> of every language, as one multi-phrase search.</summary>
    public static readonly PhraseSearch DiscussionStemSearch = Phrases(List(l => l.DiscussionStems));
    /// <summary><see cref="LanguageWords.ArticleNouns"/> of every language.</summary>
    public static readonly HashSet<string> ArticleNouns = Set(l => l.ArticleNouns);
    /// <summary><see cref="LanguageWords.HelpfulWords"/> of every language.</summary>
    public static readonly HashSet<string> HelpfulWords = Set(l => l.HelpfulWords);

    // Dates
    /// <summary>Month names of every language with their month number.</summary>
    public static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary><see cref="LanguageWords.YearMonthDayMarks"/> of every language that has them, without repeats.</summary>
    public static readonly string[][] YearMonthDayMarks =
        [.. Languages.Where(l => l.YearMonthDayMarks.Length == 3).Select(l => l.YearMonthDayMarks).DistinctBy(m => string.Concat(m))];

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(IgnoreCase);
        foreach (var l in Languages)
        {
            for (int m = 0; m < l.Months.Length; m++)
            {
                foreach (var name in l.Months[m]) months[name] = m + 1;
            }
        }

        return months;
    }

    /// <summary><see cref="LanguageWords.DayMonthJoiners"/> of every language.</summary>
    public static readonly HashSet<string> DayMonthJoiners = Set(l => l.DayMonthJoiners);
    /// <summary><see cref="LanguageWords.YearJoiners"/> of every language.</summary>
    public static readonly HashSet<string> YearJoiners = Set(l => l.YearJoiners);
    /// <summary><see cref="LanguageWords.ClockWords"/> of every language.</summary>
    public static readonly HashSet<string> ClockWords = Set(l => l.ClockWords);
    /// <summary><see cref="LanguageWords.MorningMarks"/> of every language.</summary>
    public static readonly HashSet<string> MorningMarks = Set(l => l.MorningMarks);
    /// <summary><see cref="LanguageWords.AfternoonMarks"/> of every language.</summary>
    public static readonly HashSet<string> AfternoonMarks = Set(l => l.AfternoonMarks);
    /// <summary><see cref="LanguageWords.Yesterday"/> of every language.</summary>
    public static readonly HashSet<string> Yesterday = Set(l => l.Yesterday);
    /// <summary><see cref="LanguageWords.Today"/> of every language.</summary>
    public static readonly HashSet<string> Today = Set(l => l.Today);
    /// <summary><see cref="LanguageWords.AgoWords"/> of every language.</summary>
    public static readonly string[] AgoWords = List(l => l.AgoWords);
    /// <summary><see cref="LanguageWords.SpanWords"/> of every language.</summary>
    public static readonly HashSet<string> SpanWords = Set(l => l.SpanWords);
    /// <summary>Units of relative dates of every language, with their length in minutes.</summary>
    public static readonly Dictionary<string, int> TimeUnits = BuildTimeUnits();

    private static Dictionary<string, int> BuildTimeUnits()
    {
        var units = new Dictionary<string, int>(IgnoreCase);
        foreach (var l in Languages)
        {
            foreach (var (word, minutes) in l.TimeUnits) units[word] = minutes;
        }

        return units;
    }

    /// <summary><see cref="LanguageWords.PublishedLabels"/> of every language.</summary>
    public static readonly string[] PublishedLabels = List(l => l.PublishedLabels);
    /// <summary><see cref="LanguageWords.UpdatedLabels"/> of every language.</summary>
    public static readonly string[] UpdatedLabels = List(l => l.UpdatedLabels);
    /// <summary><see cref="LanguageWords.DateFieldLabels"/> of every language.</summary>
    public static readonly string[] DateFieldLabels = List(l => l.DateFieldLabels);
    /// <summary><see cref="LanguageWords.OtherDateLabels"/> and <see cref="LanguageWords.PictureCreditLabels"/> of every language: a caption's date is not the page's.</summary>
    public static readonly string[] OtherDateLabels = [.. List(l => l.OtherDateLabels), .. PictureCreditLabels];

    // People
    /// <summary><see cref="LanguageWords.Articles"/> of every language.</summary>
    public static readonly HashSet<string> Articles = Set(l => l.Articles);
    /// <summary><see cref="LanguageWords.TitleArticles"/> of every language.</summary>
    public static readonly HashSet<string> TitleArticles = Set(l => l.TitleArticles);
    /// <summary><see cref="LanguageWords.TitleIntroducers"/> of every language.</summary>
    public static readonly HashSet<string> TitleIntroducers = Set(l => l.TitleIntroducers);
    /// <summary><see cref="LanguageWords.NotTitleWords"/> of every language.</summary>
    public static readonly HashSet<string> NotTitleWords = Set(l => l.NotTitleWords);
    /// <summary><see cref="LanguageWords.Copulas"/> of every language.</summary>
    public static readonly string[] Copulas = List(l => l.Copulas);
    /// <summary><see cref="LanguageWords.OccupationCopulas"/> of every language.</summary>
    public static readonly string[] OccupationCopulas = List(l => l.OccupationCopulas);
    /// <summary><see cref="LanguageWords.TitleEnds"/> of every language.</summary>
    public static readonly HashSet<string> TitleEnds = Set(l => l.TitleEnds);
    /// <summary><see cref="LanguageWords.Occupations"/> of every language, case-sensitive (lower case).</summary>
    public static readonly HashSet<string> Occupations = Set(l => l.Occupations, StringComparer.Ordinal);
    /// <summary><see cref="LanguageWords.RoleNouns"/> of every language.</summary>
    public static readonly HashSet<string> RoleNouns = Set(l => l.RoleNouns);
    /// <summary><see cref="LanguageWords.RoleEndings"/> of every language.</summary>
    public static readonly string[] RoleEndings = List(l => l.RoleEndings);
    /// <summary><see cref="LanguageWords.PraiseWords"/> of every language.</summary>
    public static readonly HashSet<string> PraiseWords = Set(l => l.PraiseWords);
    /// <summary><see cref="LanguageWords.OrganisationLinks"/> of every language, case-sensitive.</summary>
    public static readonly HashSet<string> OrganisationLinks = Set(l => l.OrganisationLinks, StringComparer.Ordinal);
    /// <summary><see cref="LanguageWords.Conjunctions"/> of every language.</summary>
    public static readonly HashSet<string> Conjunctions = Set(l => l.Conjunctions);
    /// <summary><see cref="LanguageWords.HyphenJoiners"/> of every language.</summary>
    public static readonly HashSet<string> HyphenJoiners = Set(l => l.HyphenJoiners);

    /// <summary><see cref="LanguageWords.RelativePronouns"/> of every language.</summary>
    public static readonly HashSet<string> RelativePronouns = Set(l => l.RelativePronouns);
    /// <summary><see cref="LanguageWords.ListJoiners"/> of every language.</summary>
    public static readonly string[] ListJoiners = List(l => l.ListJoiners);
    /// <summary><see cref="LanguageWords.TopicWords"/> of every language.</summary>
    public static readonly string[] TopicWords = List(l => l.TopicWords);
    /// <summary><see cref="LanguageWords.NameParticles"/> of every language, case-sensitive.</summary>
    public static readonly HashSet<string> NameParticles = Set(l => l.NameParticles, StringComparer.Ordinal);
    /// <summary><see cref="LanguageWords.NameParticles"/> of every language, any case: a surname used alone may capitalise its particle ("De Vries").</summary>
    public static readonly HashSet<string> NameParticlesAnyCase = Set(l => l.NameParticles);
    /// <summary><see cref="LanguageWords.Honorifics"/> of every language.</summary>
    public static readonly HashSet<string> Honorifics = Set(l => l.Honorifics);
    /// <summary><see cref="LanguageWords.Salutations"/> of every language.</summary>
    public static readonly HashSet<string> Salutations = Set(l => l.Salutations);
    /// <summary><see cref="LanguageWords.SentenceOpeners"/> of every language, case-sensitive.</summary>
    public static readonly HashSet<string> SentenceOpeners = Set(l => l.SentenceOpeners, StringComparer.Ordinal);
    /// <summary><see cref="LanguageWords.DiscourseWords"/> of every language.</summary>
    public static readonly HashSet<string> DiscourseWords = Set(l => l.DiscourseWords);
    /// <summary><see cref="LanguageWords.FunctionWords"/> of every language.</summary>
    public static readonly HashSet<string> FunctionWords = Set(l => l.FunctionWords);
    /// <summary><see cref="LanguageWords.Locatives"/> of every language.</summary>
    public static readonly HashSet<string> Locatives = Set(l => l.Locatives);
    /// <summary><see cref="LanguageWords.CreditLineWords"/> of every language.</summary>
    public static readonly HashSet<string> CreditLineWords = Set(l => l.CreditLineWords);
    /// <summary><see cref="LanguageWords.AgentPrepositions"/> of every language.</summary>
    public static readonly string[] AgentPrepositions = List(l => l.AgentPrepositions);
    /// <summary><see cref="LanguageWords.BylineOpeners"/> of every language.</summary>
    public static readonly string[] BylineOpeners = List(l => l.BylineOpeners);
    /// <summary><see cref="LanguageWords.AuthorPathWords"/> of every language.</summary>
    public static readonly HashSet<string> AuthorPathWords = Set(l => l.AuthorPathWords);

    /// <summary>
    /// The alternatives of every language: verbs between an interviewer's name and the guest ("interviews", "sprach mit").
    /// </summary>
    public const string InterviewsVerbPatterns =
        English.InterviewsVerbs + "|" + German.InterviewsVerbs + "|" + Spanish.InterviewsVerbs + "|" +
        French.InterviewsVerbs;

    /// <summary>
    /// The alternatives of every language: a sentence opening on the interview, before the guest and a comma ("In an interview with").
    /// </summary>
    public const string InAnInterviewWithPatterns =
        English.InAnInterviewWith + "|" + German.InAnInterviewWith + "|" + Spanish.InAnInterviewWith + "|" +
        French.InAnInterviewWith + "|" + Russian.InAnInterviewWith;

    /// <summary>
    /// The alternatives of every language: a phrase before the guest ("Interview mit", "conversation with").
    /// </summary>
    public const string InterviewWithPatterns =
        English.InterviewWith + "|" + German.InterviewWith + "|" + Spanish.InterviewWith + "|" + French.InterviewWith + "|" +
        Portuguese.InterviewWith + "|" + Norwegian.InterviewWith + "|" + Italian.InterviewWith + "|" + Dutch.InterviewWith;

    /// <summary>
    /// The alternatives of every language: the interviewer speaking of the meeting, before the guest ("We spoke with").
    /// </summary>
    public const string WeSpokeWithPatterns =
        English.WeSpokeWith + "|" + German.WeSpokeWith + "|" + Spanish.WeSpokeWith + "|" + French.WeSpokeWith + "|" +
        Portuguese.WeSpokeWith + "|" + Norwegian.WeSpokeWith + "|" + Dutch.WeSpokeWith;

    /// <summary>
    /// The alternatives of every language: the opening of a byline that names the writer or interviewer ("By", "Das Interview führte").
    /// </summary>
    public const string BylinePatterns =
        English.Byline + "|" + German.Byline + "|" + Spanish.Byline + "|" + French.Byline + "|" + Russian.Byline + "|" + Norwegian.Byline + "|" +
        Italian.Byline + "|" + Dutch.Byline;
}
