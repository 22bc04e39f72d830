using InterviewParser.Blocks;
using InterviewParser.Languages;
using InterviewParser.Metadata;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>What the segmented turns look like: the structural evidence for or against an interview.</summary>
/// <param name="Questions">Turns of the asking side.</param>
/// <param name="Answers">Turns of the answering side.</param>
/// <param name="Addressed">Questions that address somebody with a second-person word.</param>
/// <param name="ShortQuestions">Questions of one or two words ("Why?"), which address nobody by word.</param>
/// <param name="QuestionWords">Words in all questions.</param>
/// <param name="AnswerWords">Words in all answers.</param>
/// <param name="Styled">The questions are set apart by typography (bold, italic, a class, headings).</param>
/// <param name="Labelled">Two or more turns carry speaker labels, or the page uses dash dialogue.</param>
internal readonly record struct TurnShape(int Questions, int Answers, int Addressed, int ShortQuestions, int QuestionWords,
    int AnswerWords, bool Styled, bool Labelled)
{
    /// <summary>Two exchanges at least.</summary>
    public bool HasExchanges => Questions >= 2 && Answers >= 2;

    /// <summary>Questions that are more than a bare follow-up.</summary>
    public int RealQuestions => Questions - ShortQuestions;

    /// <summary>Section headings inside the turns followed by unlabelled statements rather than a speaker.</summary>
    public int NotedSections { get; init; }

    /// <summary>Turns of the asking side that hold a question mark.</summary>
    public int Asking { get; init; }

    /// <summary>Turns labelled only as question or answer ("Q:", "A:"), naming nobody.</summary>
    public int GenericLabels { get; init; }

    /// <summary>Of <see cref="GenericLabels"/>, those that name no role a person plays: "Q", "Frage", not "HOST" or "Respondent".</summary>
    public int LetterLabels { get; init; }

    /// <summary>Turns labelled with a name that recurs ("Roe: …" saying different things twice or more).</summary>
    public int NamedLabels { get; init; }

    /// <summary>The page writes dash dialogue ("— …" for each turn).</summary>
    public bool DashDialogue { get; init; }

    /// <summary>Captions mark each change of speaker (<c>&gt;&gt;</c>, a dialogue dash) and name nobody: the sides alternate by the marks.</summary>
    public bool MarkedChanges { get; init; }

    /// <summary>The questions are paragraphs set in bold, in italics or in a class of their own (not headings).</summary>
    public bool EmphasisedQuestions { get; init; }

    /// <summary>Questions that open by calling somebody by honorific and name ("Frau Vogt, …").</summary>
    public int CalledByName { get; init; }

    /// <summary>
    /// Only question and answer letters label the turns, no name and no role: the shape of a reader's question column,
    /// an FAQ ("Do you deliver on Sundays?" put to the company), a quiz or a meeting's notes as much as of an interview.
    /// </summary>
    public bool AnonymousLetters => LetterLabels >= 2 && LetterLabels == GenericLabels && NamedLabels == 0 && !DashDialogue;

    /// <summary>
    /// Notes of a meeting or talk with anonymous "Q:"/"A:" exchanges jotted down between their sections: several
    /// sections open with statements, and nobody is named as speaker.
    /// </summary>
    public bool LooksLikeNotes => NotedSections >= 2 && GenericLabels >= 2;
}

/// <summary>
/// Stage 5b: decides whether the segmented document is an interview. Labelled turns are enough; unlabelled
/// question/answer alternation needs the shape of an interview (styled questions, or answers outweighing the
/// questions) and one more cue that somebody is being asked: questions that address a person, or the page saying it
/// is an interview in its headline, standfirst, kicker or metadata. Explainers and FAQs with question headings and
/// essays that pose their own questions have the alternation but neither cue. Either way the turns must be the page's
/// text, not a small part of it.
/// </summary>
internal static class InterviewDecision
{
    /// <summary>How far into the lead the interview words are looked for (characters).</summary>
    private const int LeadReach = 1500;

    /// <summary>Returns the segmentation with its decision made; a document that is not an interview keeps no turns.</summary>
    /// <param name="seg">The turns found.</param>
    /// <param name="doc">The document, for its metadata.</param>
    /// <param name="headline">The headline, or <see langword="null"/>.</param>
    /// <param name="header">The page's header above the text: the kicker over the headline, the headline and what follows it.</param>
    /// <param name="content">The text.</param>
    public static Segmentation Decide(Segmentation seg, BlockDocument doc, string? headline, IReadOnlyList<Block> header, IReadOnlyList<Block> content)
    {
        var shape = seg.Shape;
        bool isInterview, needsInterviewee = false;
        string cue = "", note = "";
        if (!shape.HasExchanges)
        {
            isInterview = false;
        }
        else if (IsSmallPart(shape, content))
        {
            // An interview is the page's text. Questions and answers that hold a small part of it are a box inside an
            // article (a readers' call, a poll), a comment list under it, or questions an essay or a letter poses.
            isInterview = false;
            note = ", the turns hold a small part of the text";
        }
        else if (shape.Labelled)
        {
            // Labels alone are not a conversation: "Label: text" lines also make match reports, listings, recipes and
            // data sheets. An interview asks: one side's turns hold questions.
            // And it alternates: a labelled answer follows a question, or another guest's answer to it. Where the
            // answering side's turns outnumber the questions several times over, the labels head the entries of a list
            // (run-in headings, the kickers of teasers, a data sheet's fields), not people taking turns.
            // (So, too, where the labels taken for the asking side outnumber the answers so: no side asks that often unanswered.)
            bool list = shape.Answers > MaxAnswersPerQuestion * shape.Questions || shape.Questions > MaxAnswersPerQuestion * shape.Answers;
            // Marks that only say somebody else speaks part a news programme's anchor and reporters as well: there the
            // asking side must ask in two turns or more, and in half its turns.
            bool asks = shape.MarkedChanges ? shape.Asking >= 2 && shape.Asking * 2 >= shape.Questions : shape.Asking > 0;
            isInterview = !shape.LooksLikeNotes && asks && !list;
            if (shape.LooksLikeNotes) note = ", notes: sections open with statements between anonymous Q/A";
            else if (list) note = $", a list: more than {MaxAnswersPerQuestion} labelled turns of one side per turn of the other";
            else if (!isInterview) note = shape.MarkedChanges ? ", marked changes of speaker with too few questions" : ", labelled lines of which none asks a question";
            // Anonymous letters and questions that address nobody: readers' questions answered by a columnist, an FAQ
            // or the notes of a meeting, unless the page calls itself an interview or names who answers (Confirm). So,
            // too, where the answers are no longer than the questions, whoever the questions address: a quiz's one-word
            // answers ("How many towers can you see? — Three."); a guest's answers outweigh the questions. And where the
            // answers speak as an organisation: an FAQ's questions ask the company ("Do you deliver on Sundays?").
            else if (shape.AnonymousLetters && (!AddressesEnough(shape) || shape.AnswerWords <= shape.QuestionWords || SpeaksAsOrganisation(seg.Turns, shape.Answers)))
            {
                // A page that calls itself a Q&A (a format, not a conversation) whose questions address nobody and whose
                // answers speak for nobody explains a matter ("When do the charges start?" / "On 1 January."): somebody
                // named must answer all the same.
                bool announced = IsAnnounced(doc, headline, seg.Lead, header, content, out cue);
                bool explainer = announced && IsExplainer(cue, shape, seg.Turns);
                needsInterviewee = !announced || explainer;
                if (explainer) note = ExplainerNote;
            }
        }
        else
        {
            bool interviewShape = shape.Styled || (shape.Questions >= 3 && shape.AnswerWords > shape.QuestionWords);
            bool addressed = AddressesEnough(shape);
            // Languages that leave the pronoun out ("¿Cómo empezó?", "Was bedroht die Bienen?") address nobody by word;
            // a question that calls the guest by honorific and name ("Frau Vogt, wie …"), or answers that speak for
            // themselves ("Mi tío tenía …"), show somebody being asked all the same. Either way a named guest confirms it.
            // Only where the questions are set in bold, italics or a class of their own: headings over first-person
            // paragraphs make blog posts and guides as often. Plain questions count where one of them calls the guest by
            // honorific and name, which no guide's heading does. (The answers are read whole only where the call does not decide.)
            bool askedWithoutPronoun = !addressed && shape.Asking * 2 >= shape.Questions
                && (shape.CalledByName > 0 || (shape.EmphasisedQuestions && SelfSpeaking(seg.Turns) * 2 >= shape.Answers));
            // Asked only when it can decide: for unstyled questions that address somebody it says whether the page
            // itself vouches for the interview, or whether the participants must (Confirm).
            bool announced = interviewShape && IsAnnounced(doc, headline, seg.Lead, header, content, out cue);
            // A language whose second-person words are not listed cannot show a question addressing anybody, nor (often)
            // call itself an interview in words the lists hold: there questions set apart by typography, every one asking,
            // over longer answers, three exchanges at least, stand on their shape, and a named guest must confirm them.
            bool unreadLanguage = interviewShape && !addressed && !askedWithoutPronoun && !announced && shape.EmphasisedQuestions
                && shape.Questions >= MinUnreadQuestions && shape.Asking == shape.Questions && shape.AnswerWords > shape.QuestionWords
                && !ReadsAddress(doc, seg.Turns);
            isInterview = interviewShape && (addressed || askedWithoutPronoun || (announced && shape.AnswerWords > shape.QuestionWords) || unreadLanguage);
            if (unreadLanguage) note = ", questions in a language whose second-person words are not listed";
            // Answers shaped as advice to the reader need somebody named who gives it, whatever the page calls itself.
            bool advice = isInterview && announced && IsAdvice(seg.Turns, shape.Answers);
            // So do questions announced only as a Q&A that address nobody, over answers that speak for nobody (an explainer).
            bool explainer = isInterview && announced && !advice && IsExplainer(cue, shape, seg.Turns);
            needsInterviewee = isInterview && (!announced || advice || explainer);
            if (advice) note = ", answers that address the reader and speak for nobody";
            if (explainer) note = ExplainerNote;
            // Answers that report what somebody said ("…, she said") are a story told about the questions, not replies.
            if (isInterview && IsReport(seg.Turns, shape.Answers))
            {
                isInterview = false;
                note = ", answers that report what somebody said";
            }
        }

        string evidence = seg.Evidence + (cue.Length > 0 ? $", announced by \"{cue}\"" : "") + note;
        return seg with { IsInterview = isInterview, Turns = isInterview ? seg.Turns : [], Evidence = evidence, NeedsNamedInterviewee = needsInterviewee };
    }

    /// <summary>
    /// The blocks of the document right after the content's last block, as many as the participants stage reads there
    /// for a credit (<see cref="ParticipantExtractor.CreditReach"/>).
    /// </summary>
    private static IEnumerable<Block> BlocksAfter(BlockDocument doc, IReadOnlyList<Block> content)
    {
        if (content.Count == 0) yield break;
        var last = content[^1];
        int at = doc.Blocks.FindLastIndex(b => ReferenceEquals(b, last));
        for (int j = at + 1; at >= 0 && j < doc.Blocks.Count && j <= at + ParticipantExtractor.CreditReach; j++) yield return doc.Blocks[j];
    }

    /// <summary>
    /// Whether four questions in ten or more address somebody ("you", "Sie"): an interviewer asks the guest; a shop's
    /// customers and a column's readers ask about things ("Is the cover removable?", "How heavy is it?").
    /// </summary>
    private static bool AddressesEnough(TurnShape shape) => shape.Addressed * 10 >= shape.RealQuestions * 4;

    /// <summary>
    /// Whether a page announced only by the format's word ("Q&amp;A") explains a matter: none of its questions addresses
    /// anybody and none of its answers speaks for itself ("When does it start?" / "On the first of May."). Pages that call
    /// themselves an interview are taken at their word.
    /// </summary>
    private static bool IsExplainer(string cue, TurnShape shape, List<TurnDraft> turns) =>
        cue == InterviewWords.FormatWord && shape.Addressed == 0 && SelfSpeaking(turns) == 0;

    /// <summary>What the evidence says of an explainer (<see cref="IsExplainer"/>).</summary>
    private const string ExplainerNote = ", questions that address nobody over answers that speak for nobody";

    /// <summary>Exchanges a page in a language without listed second-person words needs before its shape alone counts.</summary>
    private const int MinUnreadQuestions = 3;

    /// <summary>How many characters of the turns the language is guessed from, where the page declares none.</summary>
    private const int GuessSample = 4000;

    /// <summary>
    /// Whether the page's language is one whose second-person words are listed: its declared language, else the one its
    /// turns' function words point to. A page whose language cannot be told is not read.
    /// </summary>
    private static bool ReadsAddress(BlockDocument doc, List<TurnDraft> turns)
    {
        string? tag = LanguageGuesser.PrimaryTag(doc.Language);
        if (tag is null)
        {
            var sample = new System.Text.StringBuilder();
            foreach (var t in turns)
            {
                foreach (var p in t.Paragraphs) sample.Append(p).Append(' ');
                if (sample.Length >= GuessSample) break;
            }

            tag = LanguageGuesser.Guess(sample.ToString());
        }

        return tag is not null && Vocabulary.ReadsAddress(tag);
    }

    /// <summary>Answers that speak in the first person ("I", "we"). Counted only where it decides: it reads the answers whole.</summary>
    private static int SelfSpeaking(List<TurnDraft> turns)
    {
        int count = 0;
        foreach (var t in turns) if (t.Role != TurnRole.Interviewer && t.Paragraphs.Exists(SecondPerson.SpeaksForSelf)) count++;
        return count;
    }

    /// <summary>
    /// Answers that address the reader and speak for nobody: at least <see cref="MinAdviceAnswers"/>, hardly one in ten
    /// says "I" or "we", and half of them or more say "you". Advice under questions (how to answer a job interview's
    /// questions, an FAQ) has this shape; a guest's answers speak for the guest.
    /// </summary>
    private static bool IsAdvice(List<TurnDraft> turns, int answers)
    {
        if (answers < MinAdviceAnswers || SelfSpeaking(turns) * 10 > answers) return false;
        int addressing = 0;
        foreach (var t in turns) if (t.Role != TurnRole.Interviewer && t.Paragraphs.Exists(SecondPerson.Addresses)) addressing++;
        return addressing * 2 >= answers;
    }

    /// <summary>
    /// Answers that speak as an organisation: <see cref="MinAdviceAnswers"/> at least, none says "I", and half of them
    /// or more say "we" or address the reader ("We deliver …", "… in your account"). A person answering an interview
    /// speaks for themself in some answer.
    /// </summary>
    private static bool SpeaksAsOrganisation(List<TurnDraft> turns, int answers)
    {
        if (answers < MinAdviceAnswers) return false;
        int plural = 0;
        foreach (var t in turns)
        {
            if (t.Role == TurnRole.Interviewer) continue;
            if (t.Paragraphs.Exists(SecondPerson.SpeaksAsOne)) return false;
            if (t.Paragraphs.Exists(p => SecondPerson.SpeaksAsMany(p) || SecondPerson.Addresses(p))) plural++;
        }

        return plural * 2 >= answers;
    }

    /// <summary>
    /// Whether half the answers or more, and <see cref="MinReportedAnswers"/> at least, report what somebody said in the
    /// third person and speak for nobody (<see cref="ReportedSpeech"/>). Interviews quote others now and then; their
    /// answers are the guest's own words.
    /// </summary>
    private static bool IsReport(List<TurnDraft> turns, int answers)
    {
        int needed = Math.Max(MinReportedAnswers, (answers + 1) / 2), left = 0, reported = 0;
        foreach (var t in turns) if (t.Role != TurnRole.Interviewer) left++;
        foreach (var t in turns)
        {
            if (t.Role == TurnRole.Interviewer) continue;
            if (t.Paragraphs.Exists(ReportedSpeech.IsReported) && ++reported >= needed) return true;
            if (reported + --left < needed) return false; // too few answers are left to make it
        }

        return false;
    }

    /// <summary>The fewest reporting answers that make a report (<see cref="IsReport"/>).</summary>
    private const int MinReportedAnswers = 2;

    /// <summary>The fewest answers that show advice (<see cref="IsAdvice"/>).</summary>
    private const int MinAdviceAnswers = 3;

    /// <summary>
    /// The most answer turns per question turn in a labelled conversation: a panel answers each question once per guest
    /// (interviews with two guests have about two), a list has an entry per label and hardly a question.
    /// </summary>
    private const int MaxAnswersPerQuestion = 3;

    /// <summary>The turns must hold one word of the text in this many, at least.</summary>
    private const int MinTurnShare = 4;

    /// <summary>Whether the turns hold less than one word in <see cref="MinTurnShare"/> of the content's text.</summary>
    private static bool IsSmallPart(TurnShape shape, IReadOnlyList<Block> content)
    {
        long words = 0;
        foreach (var b in content) words += b.WordCount;
        return (long)(shape.QuestionWords + shape.AnswerWords) * MinTurnShare < words;
    }

    /// <summary>
    /// The decision for an input that is not text (binary junk decoded leniently): whatever its chance labels and
    /// question marks, it is no interview and keeps no turns.
    /// </summary>
    public static Segmentation NotText(Segmentation seg) =>
        seg with { IsInterview = false, Turns = [], Evidence = seg.Evidence + ", but the input is not text" };

    /// <summary>
    /// Confirms a decision that rested on plain question marks and second-person words: essays, blog posts and
    /// fiction that ask their readers or each other have that shape too, but an interview names who answers. Without
    /// a named interviewee such a document is not an interview and keeps no turns.
    /// </summary>
    public static Segmentation Confirm(Segmentation seg, IReadOnlyList<ParticipantDraft> participants)
    {
        if (!seg.IsInterview || !seg.NeedsNamedInterviewee) return seg;
        foreach (var p in participants)
        {
            if (p.Role == TurnRole.Interviewee) return seg;
        }

        return seg with { IsInterview = false, Turns = [], Evidence = seg.Evidence + ", but nobody is named who answers" };
    }

    /// <summary>
    /// Whether the page calls itself an interview where a page introduces itself: the headline, the kicker and
    /// standfirst above the first question, a credit line ("Interview: NAME"), or its title and description metadata.
    /// </summary>
    private static bool IsAnnounced(BlockDocument doc, string? headline, IReadOnlyList<Block> lead, IReadOnlyList<Block> header,
        IReadOnlyList<Block> content, out string cue)
    {
        cue = "";
        if (InterviewWords.Find(headline) is { } h)
        {
            cue = h;
            return true;
        }

        int reach = 0;
        foreach (var list in (ReadOnlySpan<IReadOnlyList<Block>>)[header, lead])
        {
            foreach (var b in list)
            {
                if (InterviewWords.Find(b.Text) is { } w)
                {
                    cue = w;
                    return true;
                }

                reach += b.Text.Length;
                if (reach > LeadReach) break;
            }
        }

        foreach (var name in (ReadOnlySpan<string>)["og:title", "twitter:title", "og:description", "description", "twitter:description",
                     "keywords", "news_keywords", "article:section", "article:tag"])
        {
            if (InterviewWords.Find(doc.FindMeta(name)) is { } m)
            {
                cue = m;
                return true;
            }
        }

        if (InterviewWords.Find(doc.Title) is { } t)
        {
            cue = t;
            return true;
        }

        // A credit line opening with the word ("Interview: NAME", "Interview by NAME") or crediting the questions in its
        // first words ("Das Gespräch führte NAME", "Propos recueillis par NAME"), above the text or under it, also just
        // past the text's end, where a short line under the last answer may have fallen outside the content.
        foreach (var b in content.Concat(BlocksAfter(doc, content)))
        {
            if (b.WordCount > 8 || TextUtil.EndsWithQuestionMark(b.Text)) continue;
            if (InterviewWords.OpensWith(b.Text) is { } credit)
            {
                cue = credit;
                return true;
            }

            if (InterviewWords.IsCredit(b.Text))
            {
                cue = b.Text;
                return true;
            }
        }

        // The note on how the interview was edited ("This interview has been edited for length and clarity"), wherever the
        // page prints it: the chrome stage takes it out of the text, but it says what the text is.
        foreach (var b in doc.Blocks)
        {
            if (Chrome.ChromePatterns.IsEditingNote(b.Text, b.WordCount) && InterviewWords.Find(b.Text) is { } edited)
            {
                cue = edited;
                return true;
            }
        }

        return false;
    }
}
