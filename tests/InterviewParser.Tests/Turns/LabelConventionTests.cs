using FluentAssertions;
using InterviewParser.Model;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Turns;

public class LabelConventionTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static Interview ParseText(string doc) => Interviews.Parse(doc, Text);

    private static string QaDocument(string q, string a) => $"""
        The harbour at night

        {q} When did you start working on the night shift at the harbour?

        {a} Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.

        {q} What is the hardest part of the job?

        {a} The fog in November, when you hear the ships long before you can see any of their lights.
        """;

    [Theory]
    [InlineData("Q:", "A:")]
    [InlineData("Q.", "A.")]
    [InlineData("Question:", "Answer:")]
    [InlineData("Вопрос:", "Ответ:")]
    [InlineData("Frage:", "Antwort:")]
    [InlineData("Question :", "Réponse :")]
    [InlineData("Pregunta:", "Respuesta:")]
    [InlineData("Domanda:", "Risposta:")]
    [InlineData("D.", "R.")] // Italian letters: domanda, risposta
    [InlineData("P:", "R:")] // Spanish and Portuguese letters: pregunta / pergunta, respuesta / resposta
    [InlineData("Fråga:", "Svar:")]
    [InlineData("Sual:", "Cavab:")]
    [InlineData("Pregunta.", "Respuesta.")] // the whole word closed by a full stop, as Spanish papers print it
    [InlineData("Frage.", "Antwort.")]
    [InlineData("P.-", "R.-")] // the letter, its full stop and a dash, as Spanish papers print them
    [InlineData("P. –", "R. –")]
    [InlineData("Q)", "A)")] // the letter closed by a bracket
    public void Question_and_answer_labels_in_eight_languages_give_the_roles(string q, string a)
    {
        var result = ParseText(QaDocument(q, a));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Should().NotContain(t => t.Text.StartsWith(q.TrimEnd(':', ' ')) || t.Text.StartsWith(a.TrimEnd(':', ' ')) || t.Text.StartsWith('–'));
        // A role label names no speaker.
        result.Turns.Should().NotContain(t => t.Speaker != null && (q.StartsWith(t.Speaker) || a.StartsWith(t.Speaker)));
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
    }

    [Fact]
    public void A_list_of_lettered_choices_is_no_dialogue()
    {
        const string quiz = """
            Harbour quiz

            Which ship was the first to dock at the new pier in the spring?

            A) The ferry from the island, on its first morning crossing.

            B) A fishing trawler that came in early with the tide.

            C) The coastguard's patrol boat, back from the north.

            D) A cargo ship with timber for the new warehouse.
            """;

        ParseText(quiz).Turns.Should().BeEmpty();
    }

    [Theory]
    [InlineData("HOLM.", "BERG.")]
    [InlineData("HOLM —", "BERG —")]
    [InlineData("VAN HOLM –", "BERG –")]
    public void A_surname_in_capitals_closed_by_a_full_stop_or_a_dash_labels_the_speaker(string q, string a)
    {
        var result = ParseText(QaDocument(q, a));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Speaker.Should().Be("Berg");
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
    }

    [Fact]
    public void An_acronym_closing_a_sentence_at_a_paragraph_start_once_is_no_speaker()
    {
        var result = ParseText("""
            Q: When did you start working on the night shift at the harbour?

            A: Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.

            NATO. That was the word on every crate, the summer the navy moved its depot to the harbour.

            Q: What is the hardest part of the job?

            A: The fog in November, when you hear the ships long before you can see any of their lights.
            """);

        result.Turns.Should().NotContain(t => t.Speaker == "Nato");
        result.Turns[1].Text.Should().Contain("NATO. That was the word");
    }

    [Theory]
    [InlineData("speaker", true)]
    [InlineData("transcript-speaker-name", true)]
    [InlineData("highlight", false)]
    public void A_name_in_an_element_of_the_speaker_class_opening_each_paragraph_labels_the_speech(string cls, bool labels)
    {
        string P(string name, string words) => $"<p><span class=\"{cls}\">{name}</span> {words}</p>";
        string page = "<html><body><article><h1>Podcast transcript: the lighthouse</h1>"
            + P("Mara Lind", "How long have you kept the light on this island?")
            + P("Tom Berg", "Twenty-two years now. I came as an assistant and stayed when the old keeper retired.")
            + P("Mara Lind", "What does a normal day look like for you?")
            + P("Tom Berg", "I check the lamp, the log and the weather station, then I paint something.")
            + "</article></body></html>";

        var result = Interviews.Parse(page);

        if (labels)
        {
            result.Turns.Select(t => t.Speaker).Should().Equal("Mara Lind", "Tom Berg", "Mara Lind", "Tom Berg");
            result.Turns[1].Text.Should().StartWith("Twenty-two years");
        }
        else
        {
            result.Turns.Should().NotContain(t => t.Speaker == "Tom Berg", "an element of another class sets nothing apart");
        }
    }

    [Fact]
    public void Numbered_question_and_answer_letters_are_labels()
    {
        var result = ParseText(QaDocument("Q1:", "A1:").Replace("Q1: What", "Q2: What").Replace("A1: The fog", "A2: The fog"));

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Should().NotContain(t => t.Text.StartsWith("Q") || t.Text.StartsWith("A"));
        result.Turns.Should().OnlyContain(t => t.Speaker == null);
    }

    [Fact]
    public void Initials_that_open_with_an_answer_letter_are_a_name_label()
    {
        // "A. B.:" is somebody's initials, not the answer letter "A." followed by text.
        var result = ParseText(QaDocument("T. G.:", "A. B.:"));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "A. B.");
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
    }

    [Theory]
    [InlineData("I:", "R:")]
    [InlineData("Interviewer:", "Respondent:")]
    [InlineData("Interviewer:", "Participant:")]
    [InlineData("I:", "P:")] // "P" reads as the Spanish question letter: the side that does not ask answers
    [InlineData("INT:", "P1:")]
    [InlineData("I:", "B:")] // German: Interviewer, Befragte
    [InlineData("R:", "P:")] // researcher and participant, where Spanish reads respuesta and pregunta: the side that asks asks
    public void A_research_transcripts_interviewer_and_participant_labels_give_the_roles(string q, string a)
    {
        var result = ParseText(QaDocument(q, a));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
        // A side's word names nobody; a participant's number ("P1") is the participant's name.
        result.Turns.Should().OnlyContain(t => t.Speaker == null || (char.IsAsciiDigit(t.Speaker[t.Speaker.Length - 1]) && a.StartsWith(t.Speaker)));
    }

    [Fact]
    public void Numbered_participants_of_a_group_interview_are_speakers_of_their_own()
    {
        // Two participants answer each question in turn; their numbers tell them apart.
        const string doc = """
            Group interview 3

            I: When did you first take the night ferry to the islands?

            P1: As a child, with my grandparents, every summer until the old ship was sold.

            P2: Only last year, for work, and I slept better than I do at home.

            I: What would make you take it more often?

            P2: Cheaper cabins, and a later departure on Fridays for people who work.

            P1: A quieter bar, honestly, because the music goes on until two in the morning.
            """;

        var result = ParseText(doc);

        result.Turns.Select(t => t.Speaker).Should().Equal(null, "P1", "P2", null, "P2", "P1");
        result.Turns[2].Text.Should().StartWith("Only last year");
        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().BeEquivalentTo("P1", "P2");
        result.Turns[1].SpeakerId.Should().NotBe(result.Turns[2].SpeakerId);
    }

    [Fact]
    public void Two_ways_of_labelling_questions_stay_questions_where_names_label_the_answers()
    {
        const string doc = """
            The harbour at night

            Reporter: When did you start working on the night shift at the harbour?

            Jane Roe: Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.

            Moderator: Next question from the back, please.

            Reporter: What is the hardest part of the job?

            Jane Roe: The fog in November, when you hear the ships long before you can see any of their lights.

            Moderator: One more, and then we close.

            Reporter: Will the new radar help?

            Jane Roe: It will, once the crews trust it more than their ears, which takes a winter or two.
            """;

        var result = ParseText(doc);

        result.Turns.Where(t => t.Text.StartsWith("Next question") || t.Text.StartsWith("One more")).Should().OnlyContain(t => t.Role == TurnRole.Interviewer);
    }

    [Theory]
    [InlineData("I:", true)]
    [InlineData("Q", true)]
    [InlineData("B", true)]
    [InlineData("I", false)] // a section's numeral, not the interviewer's letter without its colon
    public void A_label_letter_alone_on_its_line_that_is_a_roman_numeral_needs_its_colon(string line, bool label)
    {
        SpeakerLabel.TryReadStandalone(line, out _).Should().Be(label);
    }

    [Theory]
    [InlineData("TOM GRAIN (HOST):", "ANNA BERG (GUEST):")] // the role in brackets after the name
    [InlineData("Host (Tom Grain):", "Guest (Anna Berg):")] // the role, then the name in brackets
    [InlineData("[Tom Grain]:", "[Anna Berg]:")] // the name in square brackets
    [InlineData(">> TOM GRAIN:", ">> ANNA BERG:")] // a caption's speaker-change mark copied into a text
    public void Name_labels_with_brackets_or_a_caption_mark_name_the_speakers(string q, string a)
    {
        var result = ParseText(QaDocument(q, a));

        result.Turns.Select(t => t.Speaker).Should().Equal("Tom Grain", "Anna Berg", "Tom Grain", "Anna Berg");
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
        result.Participants.Should().Contain(p => p.Name == "Tom Grain" && p.Role == TurnRole.Interviewer);
    }

    [Theory]
    [InlineData("PRESENTER:", "GUEST:")]
    [InlineData("Periodista:", "Invitada:")]
    [InlineData("Journaliste :", "Invité :")]
    [InlineData("Programleder:", "Intervjuobjekt:")]
    [InlineData("Ведущий:", "Гость:")]
    [InlineData("Moderatorin:", "Gesprächspartnerin:")]
    public void Labels_that_name_a_side_give_the_sides_and_no_speakers_name(string q, string a)
    {
        var result = ParseText(QaDocument(q, a));

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Should().OnlyContain(t => t.Speaker == null, "the page names nobody");
        result.Participants.Should().BeEmpty();
    }

    [Fact]
    public void Labels_that_name_a_side_take_the_names_the_introduction_gives()
    {
        var result = ParseText(QaDocument("HOST:", "GUEST:").Replace("The harbour at night", "The harbour at night\n\nHost Tom Grain talks with harbour pilot Anna Berg about the night shift.", StringComparison.Ordinal));

        result.Turns.Select(t => t.Speaker).Should().Equal("Tom Grain", "Anna Berg", "Tom Grain", "Anna Berg");
    }

    [Theory]
    [InlineData("Q -", "A -")]
    [InlineData("P –", "R –")] // Spanish and Portuguese: pregunta, respuesta
    [InlineData("F —", "A —")]
    public void Question_and_answer_letters_set_apart_by_a_dash_are_labels(string q, string a)
    {
        var result = ParseText(QaDocument(q, a));

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
    }

    [Theory]
    [InlineData("Dear Martha: My neighbour's dog barks from six in the morning. What now?")]
    [InlineData("Liebe Frau Berg: Darf ich die Hecke im November noch schneiden?")]
    [InlineData("Querida Ana: No le preste más dinero a su hermana.")]
    public void A_letters_salutation_before_a_colon_labels_no_speaker(string line)
    {
        SpeakerLabel.ReadPlain(line).Should().BeNull();
    }

    [Theory]
    [InlineData("Im Rückblick: Was war aus Ihrer Sicht die größte Hürde?")]
    [InlineData("Zum Schluss: Was würden Sie heute anders machen?")]
    [InlineData("After the storm: what did the harbour look like?")]
    [InlineData("Para terminar: ¿qué le diría a un joven capitán?")]
    public void A_topic_opening_on_a_preposition_before_a_colon_labels_no_speaker(string line)
    {
        SpeakerLabel.ReadPlain(line).Should().BeNull();
    }

    [Theory]
    [InlineData("Fischer:innen und Hafenarbeiter:innen standen am Kai.")]
    [InlineData("Lehrer:innen sagen, die Schule brauche mehr Räume.")]
    public void A_word_with_a_gender_colon_opening_a_line_labels_no_speaker(string line)
    {
        // German writes gender-inclusive forms with a colon inside the word; a wrapper may begin a line with one.
        SpeakerLabel.ReadPlain(line).Should().BeNull();
    }

    [Fact]
    public void A_label_followed_by_its_speech_after_a_space_still_reads()
    {
        SpeakerLabel.ReadPlain("Fischerin: ich bleibe hier, solange es Fische gibt.")!.Value.Name.Should().Be("Fischerin");
    }

    [Theory]
    [InlineData("Anna van Dijk: We sailed at dawn.", "Anna van Dijk")]
    [InlineData("De Gaulle: La France a perdu une bataille.", "De Gaulle")]
    public void A_name_with_a_particle_before_a_colon_still_labels_its_speaker(string line, string name)
    {
        SpeakerLabel.ReadPlain(line)!.Value.Name.Should().Be(name);
    }

    [Fact]
    public void Letters_to_an_advice_column_and_its_replies_are_no_interview()
    {
        const string html = """
            <html lang="en"><head><title>Ask the harbour desk</title></head><body><article>
            <h1>Ask the harbour desk: my sister keeps my boat</h1>
            <p><b>Dear Harbour Desk: My sister borrowed my boat in May and still has it. How do I ask for it back without a row?</b></p>
            <p>Dear Landlocked: Ask once, plainly, and name a day. You have waited long enough to be clear.</p>
            <p><b>Dear Harbour Desk: My neighbour moors his dinghy in my spot every weekend. What can I do?</b></p>
            <p>Dear Crowded: Talk to the harbour master first. Your berth is on record, and the record settles it.</p>
            <p><b>Dear Harbour Desk: Is it rude to leave a regatta party before the prizes?</b></p>
            <p>Dear Early Bird: Not if you thank the hosts on the way out. Nobody counts the guests at the prizes.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeFalse();
        result.Participants.Should().NotContain(p => p.Name.StartsWith("Dear"));
    }

    [Theory]
    [InlineData("Antwort. weiterlesen")] // a wrapped line that ends the sentence before it: the word after the stop goes on in small letters
    [InlineData("Antwort. [weiterlesen](/archiv)")]
    [InlineData("Question marks remain over the new pier.")] // the word runs on without a stop
    public void A_question_or_answer_word_that_opens_no_speech_is_no_label(string line)
    {
        SpeakerLabel.ReadPlain(line).Should().BeNull();
    }

    [Fact]
    public void A_bold_letter_with_its_full_stop_and_a_dash_labels_the_turn_and_names_nobody()
    {
        const string html = """
            <html><body><article><h1>The harbour at night</h1>
            <p>Ana Lund dirige desde hace once años el turno de noche del puerto de la ciudad.</p>
            <p><b>P.-</b> ¿Cuándo empezó a trabajar en el turno de noche del puerto?</p>
            <p><b>R.-</b> Hace once años, cuando abrió la terminal de contenedores y los barcos empezaron a llegar a todas horas.</p>
            <p><b>P.-</b> ¿Qué es lo más difícil del trabajo?</p>
            <p><b>R.-</b> La niebla de noviembre, cuando se oyen los barcos mucho antes de ver sus luces.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Participants.Should().NotContain(p => p.Name.Contains('.'));
        result.Turns[0].Text.Should().StartWith("¿Cuándo empezó");
    }

    [Fact]
    public void Bold_question_and_answer_words_closed_by_a_full_stop_label_the_turns()
    {
        const string html = """
            <html><body><article><h1>The harbour at night</h1>
            <p>Ana Lund dirige desde hace once años el turno de noche del puerto de la ciudad.</p>
            <p><b>Pregunta.</b> ¿Cuándo empezó a trabajar en el turno de noche del puerto?</p>
            <p><b>Respuesta.</b> Hace once años, cuando abrió la terminal de contenedores y los barcos empezaron a llegar a todas horas.</p>
            <p><b>P.</b> ¿Qué es lo más difícil del trabajo?</p>
            <p><b>R.</b> La niebla de noviembre, cuando se oyen los barcos mucho antes de ver sus luces.</p>
            <p><b>P.</b> ¿Volvería a elegir este trabajo?</p>
            <p><b>R.</b> Sin dudarlo. De noche el puerto es otro lugar, más tranquilo y más honesto.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee,
            TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("¿Cuándo empezó");
        result.Turns[1].Text.Should().StartWith("Hace once años");
    }

    [Fact]
    public void The_pronoun_before_a_dash_is_speech_not_the_interviewers_letter()
    {
        SpeakerLabel.ReadPlain("I — and I went back to the harbour the next morning.").Should().BeNull();
    }

    [Fact]
    public void A_hearing_records_title_and_surname_in_capitals_label_the_speakers()
    {
        // The record of a committee hearing: "Mr. GRAIN." and "Senator VAN HOLT." open each speaker's words.
        var result = ParseText(QaDocument("Senator VAN HOLT.", "Ms. BERG."));

        result.Turns.Select(t => t.Speaker).Should().Equal("Van Holt", "Ms. Berg", "Van Holt", "Ms. Berg"); // a title before a full name goes, as in "SENATOR VAN HOLT:"
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
    }

    [Theory]
    [InlineData("Mr. Grain. He came to the harbour in the spring.")] // the surname not in capitals: a sentence
    [InlineData("Ms. BERG.")] // nothing said after it
    public void A_title_and_name_that_do_not_open_a_hearings_speech_are_no_label(string line)
    {
        SpeakerLabel.ReadPlain(line).Should().BeNull();
    }

    [Fact]
    public void Bold_q_in_html_is_a_question_label()
    {
        const string html = """
            <html><body><article><h1>The harbour at night</h1>
            <p><b>Q:</b> When did you start working on the night shift at the harbour?</p>
            <p><b>A:</b> Eleven years ago, after the container terminal opened and the ships began to arrive.</p>
            <p><b>Q:</b> What is the hardest part of the job for you?</p>
            <p><b>A:</b> The fog in November, when you hear the ships long before you can see their lights.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
    }

    [Theory]
    [InlineData("{0}  {1}")] // a transcription service's export: the name, two spaces and the time
    [InlineData("{1} {0}")] // the time first
    [InlineData("[{1}] {0}")] // the time first, in brackets
    [InlineData("{0} - {1}")] // a dash between
    [InlineData("{0}: ({1})")] // the label's colon, then the time in brackets
    [InlineData("{0} ({1})")] // the time in brackets after the name
    [InlineData("{0}\n{1}")] // the name, and the time alone on the line under it
    public void A_name_and_a_time_alone_on_a_line_label_the_turn_below(string shape)
    {
        string Line(string name, string time) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, name, time);
        string doc = $"""
            The harbour at night

            {Line("Anna Lund", "0:05")}
            Welcome to the show. Today I talk with the night pilot of the harbour. When did you start?

            {Line("Tom Berg", "0:21")}
            Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.

            {Line("Anna Lund", "1:02")}
            What is the hardest part of the job?

            {Line("Tom Berg", "1:15")}
            The fog in November, when the radar is all you have and the ships are twice as long as they used to be.
            """;

        var result = ParseText(doc);

        result.Turns.Select(t => t.Speaker).Should().Equal("Anna Lund", "Tom Berg", "Anna Lund", "Tom Berg");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(21));
        result.Turns[2].Text.Should().Be("What is the hardest part of the job?");
    }

    /// <summary>Four turns of two speakers, each written by <paramref name="turn"/> (name, time, text), in an article.</summary>
    private static string NightPilotPage(Func<string, string, string, string> turn, string wrapper = "div") =>
        $"<html><body><article><h1>The harbour at night</h1><{wrapper}>"
        + turn("Anna Lund", "00:00:05", "Welcome to the show. When did you start piloting ships into the harbour at night?")
        + turn("Tom Berg", "00:00:21", "Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.")
        + turn("Anna Lund", "00:01:02", "What is the hardest part of the job?")
        + turn("Tom Berg", "00:01:15", "The fog in November, when the radar is all you have.")
        + $"</{wrapper}></article></body></html>";

    [Fact]
    public void A_full_name_in_bold_alone_on_its_line_heads_the_speech_below()
    {
        string page = NightPilotPage((name, _, text) => $"<p><strong>{name}</strong></p><p>{text}</p>");

        var result = Interviews.Parse(page);

        result.Turns.Select(t => t.Speaker).Should().Equal("Anna Lund", "Tom Berg", "Anna Lund", "Tom Berg");
        result.Turns[3].Text.Should().Be("The fog in November, when the radar is all you have.");
    }

    [Fact]
    public void The_terms_of_a_definition_list_are_set_apart_like_bold_lines()
    {
        // Speakers as the terms and their speech as the descriptions.
        string page = NightPilotPage((name, _, text) => $"<dt>{name}</dt><dd>{text}</dd>", "dl");

        var result = Interviews.Parse(page);

        result.Turns.Select(t => t.Speaker).Should().Equal("Anna Lund", "Tom Berg", "Anna Lund", "Tom Berg");
    }

    [Theory]
    [InlineData("<p><strong>{0}</strong></p><p>{1}</p>", "div")]
    [InlineData("<dt>{0}</dt><dd>{1}</dd>", "dl")]
    public void A_host_known_by_one_name_who_takes_turns_with_a_full_name_is_a_speaker_too(string shape, string wrapper)
    {
        // The host goes by a given name only; the guest by a full name.
        string page = NightPilotPage((name, _, text) => string.Format(shape, name == "Anna Lund" ? "Anna" : name, text), wrapper);

        var result = Interviews.Parse(page);

        result.Turns.Select(t => t.Speaker).Should().Equal("Anna", "Tom Berg", "Anna", "Tom Berg");
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
    }

    [Theory]
    [InlineData(new[] { "Anna", "Tom", "Anna", "Tom", "Anna", "Tom" }, true)] // two given names taking turns
    [InlineData(new[] { "Anna", "Tom", "Tom", "Anna", "Anna", "Tom" }, false)] // words that come back in pairs take no turns: headings
    public void One_word_names_alone_in_bold_speak_where_two_of_them_take_turns(string[] names, bool labelled)
    {
        string[] speech =
        [
            "Welcome back. When did you start piloting ships into the harbour at night?",
            "Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.",
            "What is the hardest part of the job?",
            "The fog in November, when the radar is all you have and the lights on the piers vanish.",
            "Would you do it again?",
            "Every night, though my knees say otherwise when I climb the ladder onto a ship.",
        ];
        var page = new System.Text.StringBuilder("<html><body><article><h1>The harbour at night</h1>");
        for (int i = 0; i < names.Length; i++) page.Append($"<p><strong>{names[i]}</strong></p><p>{speech[i]}</p>");
        page.Append("</article></body></html>");

        var result = Interviews.Parse(page.ToString());

        result.Turns.Any(t => t.Speaker == "Tom").Should().Be(labelled);
    }

    [Fact]
    public void A_one_word_name_over_a_date_is_a_comments_signature_not_a_speaker()
    {
        // Readers' comments: each a name, the day it was posted, then the text; the thread reads like questions and answers.
        string Comment(string name, int day, string text) => $"<p><strong>{name}</strong></p><p>{day} March 2024, 10:15</p><p>{text}</p>";
        string page = "<html><body><article><h1>Who will guide the ships?</h1>"
            + Comment("Reader", 3, "Who will guide the ships at night, then, when the station closes?")
            + Comment("Tom Berg", 3, "The board says the radar will do it. I doubt that very much, having piloted here for eleven years.")
            + Comment("Reader", 4, "And what about the fog in November, when even the radar struggles?")
            + Comment("Tom Berg", 4, "That is exactly my worry, and nobody at the board has answered it in any of the meetings so far.")
            + Comment("Reader", 5, "Would you sign a letter to the board?")
            + Comment("Tom Berg", 5, "Gladly. Send it to me and I will take it to the next meeting myself.")
            + "</article></body></html>";

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeFalse();
    }

    [Fact]
    public void A_name_over_its_time_on_a_line_of_its_own_heads_the_turn()
    {
        // A transcript page's turn header printed as two lines: the speaker's name, then the time.
        string page = NightPilotPage((name, time, text) => $"<div class=\"turn\"><div>{name}</div><div>{time}</div><p>{text}</p></div>");

        var result = Interviews.Parse(page);

        result.Turns.Select(t => t.Speaker).Should().Equal("Anna Lund", "Tom Berg", "Anna Lund", "Tom Berg");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(21));
    }

    [Fact]
    public void A_colon_after_the_time_of_a_bold_name_is_not_part_of_the_turn()
    {
        const string doc = """
            # The harbour at night

            **Anna Lund** (00:00:05): Welcome to the show. When did you start piloting ships into the harbour at night?

            **Tom Berg** (00:00:21): Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.

            **Anna Lund** (00:01:02): What is the hardest part of the job?

            **Tom Berg** (00:01:15): The fog in November, when the radar is all you have.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Should().StartWith("Eleven years ago");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(21));
    }

    [Theory]
    [InlineData("11:39 A.M. EDT")]
    [InlineData("13:21 Uhr")]
    [InlineData("Harbour 14:30")]
    public void A_time_of_day_with_its_word_or_zone_is_no_speaker_label(string line) =>
        InterviewParser.Turns.SpeakerLabel.TryReadStandalone(line, out _).Should().BeFalse();

    [Fact]
    public void Honorific_and_initials_labels_are_speakers()
    {
        const string doc = """
            Interviewer: How long have you kept bees in the city?

            Mr. Okafor: Nine years. The first hive was a gift from a neighbour who moved to the coast.

            Interviewer: Do the neighbours complain about the bees?

            JO: Never. They complain when there is no honey at Christmas, which happened once, in a wet year.
            """;

        var result = ParseText(doc);

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Speaker.Should().Be("Mr. Okafor");
        result.Turns[3].Speaker.Should().Be("JO");
    }

    [Fact]
    public void Bold_names_without_colons_are_labels_when_they_recur()
    {
        const string html = """
            <html><body><article><h1>Two bakers</h1>
            <p><strong>Lind</strong> Why did you choose rye over wheat for the house bread?</p>
            <p><strong>Berg</strong> Rye keeps for a week, and our customers buy bread once, on Saturdays, for the whole week.</p>
            <p><strong>Lind</strong> And the sourdough, how old is it now?</p>
            <p><strong>Berg</strong> Forty years, older than the shop, because my mother brought it from her own kitchen.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Should().HaveCount(4);
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Text.EndsWith('?'));
        result.Turns[1].Text.Should().StartWith("Rye keeps");
    }

    /// <summary>
    /// A magazine Q&amp;A with two guests: questions in bold, each answer opened by its speaker's initials with no colon or
    /// dash after them, the guests' names written out in the intro.
    /// </summary>
    private static string InitialsPage(string intro, string first = "MV", string second = "TK", string direction = "") => $"""
        <html><body><article><h1>Two keepers of the old harbour</h1>
        <p>{intro}</p>
        <p><strong>How did the two of you meet?</strong></p>
        <p>{first} On the pier, during the big storm. He was tying down my boat before I even got there.</p>
        <p>{second} {direction}Somebody had to. It was banging against the wall.</p>
        <p><strong>Who decides what gets repaired first?</strong></p>
        <p>{first} The weather does. We just follow it around with tools.</p>
        <p><strong>Would you ever leave the harbour?</strong></p>
        <p>{second} Never. Where would I keep my tools?</p>
        </article></body></html>
        """;

    [Fact]
    public void Initials_without_a_mark_label_the_answers_where_they_spell_names_from_the_intro()
    {
        var result = Interviews.Parse(InitialsPage("Mara Voss and Tobias Kern have looked after the old harbour for twenty years. We met them on the pier."));

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().Equal("Mara Voss", "Tobias Kern", "Mara Voss", "Tobias Kern");
        result.Turns[2].Text.Should().Be("Somebody had to. It was banging against the wall.");
    }

    [Fact]
    public void Initials_without_a_mark_label_an_answer_that_opens_on_a_stage_direction()
    {
        var result = Interviews.Parse(InitialsPage(
            "Mara Voss and Tobias Kern have looked after the old harbour for twenty years. We met them on the pier.", direction: "(Laughs.) "));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().Equal("Mara Voss", "Tobias Kern", "Mara Voss", "Tobias Kern");
        result.Turns[2].Text.Should().Be("(Laughs.) Somebody had to. It was banging against the wall.");
    }

    [Fact]
    public void Capitals_opening_answers_stay_in_the_text_where_one_pair_spells_no_name_on_the_page()
    {
        // "TK" spells nobody the page writes out: the capitals may be any abbreviation opening a sentence, "MV" too.
        var result = Interviews.Parse(InitialsPage("Mara Voss has looked after the old harbour for twenty years, with a friend. We met them on the pier."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().Contain(t => t.Text.StartsWith("MV On the pier", StringComparison.Ordinal))
            .And.Contain(t => t.Text.Contains("TK Somebody had to.", StringComparison.Ordinal));
    }

    [Fact]
    public void Capitals_opening_the_items_of_a_list_in_an_answer_are_no_labels()
    {
        // "OS" spells the guest's name, but the lines follow each other with no prompt between and end no sentence.
        const string html = """
            <html><body><article><h1>"Old machines are fine": an interview about the harbour app</h1>
            <p>Olga Sand wrote the harbour's booking app on her own, at night, over two winters.</p>
            <p><strong>What does the app need to run?</strong></p>
            <p>Not much. It runs on old machines too, which matters for the harbour office:</p>
            <p>OS X Lion or any later system</p>
            <p>OS Windows Vista or any later system</p>
            <p>OS Debian Linux from version nine</p>
            <p><strong>Why support machines that old?</strong></p>
            <p>Because the office still uses them, and nobody wants to buy new ones for a booking list.</p>
            <p><strong>Will you write another app for them?</strong></p>
            <p>Only if they ask nicely, and bring coffee to the night shift.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Text.Should().Contain("OS X Lion").And.Contain("OS Debian Linux");
    }

    [Fact]
    public void Capitals_opening_answers_that_are_no_sentences_stay_in_the_text()
    {
        // "MV" spells the guest's name, but here it is the ships' prefix: the answers are names, not sentences.
        const string html = """
            <html><body><article><h1>An interview about the harbour's three ferries</h1>
            <p>Mara Voss has run the island ferries for thirty years. We asked her which boat does what.</p>
            <p><strong>Which boat do you take in a storm?</strong></p>
            <p>MV Ostwind, the oldest and heaviest of the three, with the big diesel from the sixties and a hull of riveted steel</p>
            <p><strong>And which one carries the post?</strong></p>
            <p>MV Nordlicht, since the spring, when the council moved the mail contract from the bus company to the harbour</p>
            <p><strong>Which would you keep if you could keep only one?</strong></p>
            <p>MV Seeadler, for the tourists in summer and for me on the quiet winter evenings when nobody else is on board</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Text).Should().HaveCount(3)
            .And.OnlyContain(t => t.StartsWith("MV ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_opening_several_paragraphs_of_a_report_is_no_speaker()
    {
        // "UN" spells "United Nations", but its paragraphs are a report's sentences, not answers after prompts.
        const string html = """
            <html><body><article><h1>Aid reaches the valley</h1>
            <p>The United Nations says the road to the valley is open again after the floods.</p>
            <p>UN trucks crossed the bridge on Monday with food and water for three villages.</p>
            <p>Local officials counted more than two thousand families waiting in the schools.</p>
            <p>UN engineers are checking the second bridge, which the river damaged in March.</p>
            <p>Will the aid last the winter? Nobody in the valley can say yet.</p>
            <p>UN staff expect another convoy before the end of the month.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeFalse();
        result.Participants.Should().NotContain(p => p.Name.Contains("United", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_names_in_square_brackets_before_the_speech_label_a_conversation()
    {
        const string doc = """
            The night pilot

            [Rosa Lind] Welcome. Today I'm talking with Tomas Berg, who has guided ships into this harbour for twenty years.

            [Tomas Berg] Thank you. Glad to be here.

            [Rosa Lind] What does a pilot actually do on board?

            [Tomas Berg] I climb up the side of the ship, go to the bridge, and tell the captain how to bring her in.
            """;

        var result = ParseText(doc);

        result.Turns.Select(t => t.Speaker).Should().Equal("Rosa Lind", "Tomas Berg", "Rosa Lind", "Tomas Berg");
        result.Turns[1].Text.Should().Be("Thank you. Glad to be here.");
    }

    [Fact]
    public void Two_guests_bracketed_by_given_name_under_unlabelled_questions_answer_in_turn()
    {
        // Each guest answers some questions first and some second, under the other's answer: neither opens half the
        // answers alone, and the changes between the two names are too few for a conversation of bracketed names.
        const string doc = """
            Two keepers of the tide tables

            Lina Ek and Oskar Holm have computed the harbour's tide tables together for ten years. We asked them how.

            How did you start?

            [Lina] By accident. The old tables had an error in them, and I wrote to the harbour office about it.

            [Oskar] And I was the one who had made the error, so I asked her to check the next year's tables with me.

            What does a table take?

            [Oskar] About three weeks of work in autumn, most of it checking our sums against last year's gauges.

            Who checks whom?

            [Oskar] I compute, she checks. It has been that way since the first year.

            [Lina] Because he is faster and I am more careful, and we both know it.

            Do you still use the old gauges?

            [Lina] Yes. Two of them are older than both of us put together, and they still work.

            Would you teach somebody?

            [Lina] We already do. A student from the college comes every Thursday.

            [Oskar] She found an error of ours last month, which we deserved.

            What comes next?

            [Oskar] A table for the new marina, which has its own currents and its own ideas.
            """;

        var result = ParseText(doc);

        result.IsInterview.Should().BeTrue();
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().Equal(
            "Lina Ek", "Oskar Holm", "Oskar Holm", "Oskar Holm", "Lina Ek", "Lina Ek", "Lina Ek", "Oskar Holm", "Oskar Holm");
    }

    [Fact]
    public void Bracketed_stage_notes_inside_the_answers_are_no_speakers()
    {
        const string doc = """
            The night pilot

            Tomas Berg has guided ships into this harbour for twenty years. We asked him about the night shifts.

            What does a pilot actually do on board?

            I climb up the side of the ship, go to the bridge, and tell the captain how to bring her in.

            [Laughs] Some captains listen. Some need to be told twice, and then they listen.

            Is it dangerous?

            The ladder is. Once you are on the bridge it is a matter of patience and of knowing the channel.

            [Pause] I lost a friend on a ladder, years ago.

            Would you do it again?

            Every night. [Laughs] My wife would say otherwise.
            """;

        var result = ParseText(doc);

        result.Participants.Should().NotContain(p => p.Name == "Laughs" || p.Name == "Pause");
        result.Turns.Should().NotContain(t => t.Speaker == "Laughs" || t.Speaker == "Pause");
    }

    [Fact]
    public void A_dashed_opening_exchange_names_both_sides_and_leaves_the_text()
    {
        // Only the first question and its answer carry the names, each once, set off by a dash.
        const string html = """
            <html lang="en"><head><title>River talk</title></head><body><article><h1>The river keeps its own time</h1>
            <p>Nora Vale has fished the same stretch of river since she was a child. We asked her about the drought.</p>
            <p><strong>Gazette – How has the drought changed your fishing?</strong></p>
            <p>Nora Vale – A great deal. The river is so low that the boats cannot pass, and some days I come home with nothing.</p>
            <p><strong>Would you ever leave?</strong></p>
            <p>Never. My parents are buried here, and my grandchildren learn to fish with me.</p>
            <p><strong>What should the council do?</strong></p>
            <p>Listen to the people who live on the river. We know where the fish are and when the water will rise.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns[0].Text.Should().Be("How has the drought changed your fishing?");
        result.Turns[1].Text.Should().StartWith("A great deal.");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Nora Vale");
    }

    [Fact]
    public void A_dateline_before_a_dash_is_no_speaker()
    {
        const string html = """
            <html lang="en"><head><title>River talk</title></head><body><article><h1>The river keeps its own time</h1>
            <p>PORT ELLEN – Nora Vale has fished the same stretch of river since she was a child. We asked her about the drought.</p>
            <p><strong>How has the drought changed your fishing?</strong></p>
            <p>A great deal. The river is so low that the boats cannot pass, and some days I come home with nothing.</p>
            <p><strong>Would you ever leave?</strong></p>
            <p>Never. My parents are buried here, and my grandchildren learn to fish with me.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Participants.Should().NotContain(p => p.Name.Contains("Port", StringComparison.OrdinalIgnoreCase));
        result.Lead.Should().StartWith("PORT ELLEN –");
    }

    [Fact]
    public void One_bracketed_place_opening_paragraphs_is_no_speaker()
    {
        // A single bracketed name, however often, parts no speakers: a place the answers speak of, a dateline, a kicker.
        const string html = """
            <html><body><article><h1>The ferry that stopped</h1>
            <p>Mara Voss has run the island ferry for thirty years. We asked her about the spring.</p>
            <p><strong>Why did the ferry stop running in March?</strong></p>
            <p>[North Harbour] The council there ran out of money for the crew, and nobody wanted to pay for it.</p>
            <p><strong>And what did you do then?</strong></p>
            <p>[North Harbour] We rowed the post across ourselves, every morning, until the money came back.</p>
            <p><strong>Would you do it again?</strong></p>
            <p>Tomorrow, if I had to. The island needs its letters.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Should().NotContain(t => t.Speaker == "North Harbour");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(3)
            .And.Contain(t => t.Text.StartsWith("[North Harbour] The council", StringComparison.Ordinal));
    }

    [Fact]
    public void Unidentified_speakers_and_narrators_have_the_role_other()
    {
        const string doc = """
            NARRATOR: The market opens at four in the morning, long before the city wakes.

            ANNA REY, HOST: Why do you come so early, every single day?

            TOM SAAR: Because the best fish is gone by six, and the restaurants know it.

            UNIDENTIFIED PERSON: Two kilos, please!

            REY: Does it ever get easier?

            SAAR: No. But you get used to it, like you get used to the cold and to the gulls.
            """;

        var result = ParseText(doc);

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Other, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Other, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[4].Speaker.Should().Be("Anna Rey");
    }

    [Fact]
    public void A_programme_break_labelled_like_a_speaker_is_neither_a_participant_nor_a_turn()
    {
        const string doc = """
            ANNA REY, HOST: Why do you come so early, every single day?

            TOM SAAR: Because the best fish is gone by six, and the restaurants know it.

            Break: [00:12:40]

            REY: Does it ever get easier, after all these years at the market?

            SAAR: No. But you get used to it, like you get used to the cold and to the gulls.
            """;

        var result = ParseText(doc);

        // A label over nothing but a time marks a pause in the recording: nobody says anything in it.
        result.Participants.Should().NotContain(p => p.Name == "Break");
        result.Turns.Should().HaveCount(4).And.NotContain(t => t.Speaker == "Break").And.OnlyContain(t => t.Text.Length > 0);
    }

    [Fact]
    public void A_speaker_introduced_as_co_host_asks_with_the_host()
    {
        const string doc = """
            MARA: Welcome to the harbour hour. With me today is Olle, my co-host, and our guest Lia Brandt.

            OLLE: Good evening, nice to be back on the quay.

            MARA: Lia, how did you start building boats?

            LIA BRANDT: In my uncle's shed, with tools that nobody else wanted to use.

            OLLE: And what was the first thing you built there?

            LIA BRANDT: A rowing boat for two, with far too many coats of paint and a leak.
            """;

        var result = ParseText(doc);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Lia Brandt");
        result.Turns.Where(t => t.Speaker == "Olle").Should().NotBeEmpty().And.OnlyContain(t => t.Role == TurnRole.Interviewer);
    }

    [Fact]
    public void Two_hosts_who_speak_often_and_briefly_both_ask_while_the_guest_answers_at_length()
    {
        const string doc = """
            **Ana Ruiz:** So the bridge is finally open. How long did it take?

            **Lena Holt:** Nine years, from the first drawing to the first car. The river kept changing its mind about where the banks were.

            The first design would have been too short by forty metres, because the surveys from the seventies were simply wrong.

            **Ben Ott:** Nine years. Wow.

            **Lena Holt:** And two of those years were only about the birds nesting under the old bridge, which we had to keep.

            We built them a new home on the pillars before we could take down a single beam of the old structure.

            **Ana Ruiz:** Did the birds move in?

            **Lena Holt:** They did, the first spring. They liked the concrete better than the old steel, to everybody's surprise.

            Now the engineers come from other cities to look at the nests before they look at the bridge itself.

            **Ben Ott:** That is a great story. What comes next for you?

            **Lena Holt:** A footbridge in the north, over a much smaller river, but with a lot more wind than this one.

            The wind is the hard part there; the river behaves, but the valley funnels every storm right through the site.
            """;

        var result = ParseText(doc);

        result.Turns.Where(t => t.Speaker is "Ana Ruiz" or "Ben Ott").Should().OnlyContain(t => t.Role == TurnRole.Interviewer);
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Lena Holt");
    }

    [Fact]
    public void A_co_host_who_talks_at_length_but_ends_turns_with_questions_asks_with_the_host()
    {
        const string doc = """
            RONJA: Welcome back. Our guest tonight builds lighthouses. Where do you even start?

            PER LIND: With the rock. A lighthouse is only as good as the rock it stands on, so we spend the first year drilling and testing before any drawing exists.

            TOVE: I grew up near one of the old towers, and as a child I was sure the keeper lived on fish and nothing else, because the boat came only once a month. Is the job still lonely today?

            PER LIND: Nobody lives in them any more; the light runs itself and we visit twice a year, mostly to clean the glass and count the broken panes.

            RONJA: What breaks the most?

            PER LIND: Seagulls break more glass than storms do, which surprised me in my first winter on the coast and still surprises the insurers.

            TOVE: We once drove three hours to see a tower that turned out to be a water tank painted white, and the whole village laughed at us for a week. Do people mistake your towers for other things too?

            PER LIND: All the time, and we get letters from walkers who are upset that the towers are locked, as if they were museums.

            TOVE: That brings me to the end of our hour, with thanks from both of us and from everyone listening on the boats tonight.

            PER LIND: Thank you for having me, it was a pleasure to talk about rocks for once instead of budgets and permits.
            """;

        var result = ParseText(doc);

        result.Turns.Where(t => t.Text.StartsWith("I grew up", StringComparison.Ordinal) || t.Text.StartsWith("What breaks", StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(t => t.Role == TurnRole.Interviewer);
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Per Lind");
    }

    private const string NamedAnswers = """
        How did you two meet?

        Mia: On the night ferry, in a storm, both of us holding the same railing for three hours.

        Jon: She talked the whole way across, and I was too seasick to answer any of it.

        What came after that crossing?

        Mia: A bakery on the quay, which we opened the following spring with borrowed ovens.

        And today?

        Jon: Today we run two shops and still take the night ferry once a year, for luck.
        """;

    [Fact]
    public void A_rhetorical_question_in_the_introduction_does_not_open_an_interview_whose_answers_carry_names()
    {
        const string intro = """
            Two bakers have changed the harbour's mornings. Who would have guessed it?

            Mia Berg and Jon Dahl came to the town with one suitcase each and a recipe for rye bread that nobody asked for.

            """;

        var result = ParseText(intro + NamedAnswers);

        result.Turns[0].Text.Should().Be("How did you two meet?");
        result.Lead.Should().Contain("Who would have guessed it?").And.Contain("one suitcase each");
    }

    [Fact]
    public void Where_names_stand_on_a_few_answers_only_the_first_question_opens_the_interview()
    {
        var doc = new System.Text.StringBuilder();
        (string Q, string A)[] pairs =
        [
            ("Why did you choose bread, of all things?", "Because I missed it. The ferry brought it stale from the mainland, and I thought we could do better ourselves."),
            ("Who taught you to bake?", "Nobody did. I read old books and burned a great many loaves in my first winter on the island."),
            ("Where did you find your ovens?", "We bought them from a hotel that closed, and my brother drove them over on a borrowed truck."),
            ("What did the town say to you?", "At first they laughed at me, then they queued outside my door before seven every morning."),
            ("How early do you start your day?", "I start at three, my partner at four, and by six the first trays are cooling by the window."),
            ("What do you sell best?", "Rye, always rye. I tried croissants once and sold four of them in a whole week."),
            ("What did you do after that?", "We opened a second shop on the quay, right where the ferry comes in, and hired two students."),
            ("And what do you do today?", "Today I still bake every loaf myself, and I still take the night ferry once a year, for luck."),
        ];
        for (int k = 0; k < pairs.Length; k++)
        {
            doc.Append(pairs[k].Q).Append("\n\n").Append(k is 2 or 4 or 6 ? "Mia: " : "").Append(pairs[k].A).Append("\n\n");
        }

        var result = ParseText(doc.ToString());

        result.Turns.Should().NotBeEmpty();
        result.Turns[0].Text.Should().Be("Why did you choose bread, of all things?");
    }

    [Fact]
    public void A_name_on_one_bold_question_among_plain_bold_questions_is_the_asker()
    {
        const string html = """
            <html><head><title>The glass blower</title></head><body><article><h1>The glass blower</h1>
            <p>Tom Saar blows glass in a workshop by the harbour; we visited him on a cold morning in March.</p>
            <p><b>Gazette: How did you come to glass, of all the crafts you could have chosen?</b></p>
            <p>Saar: By accident. A friend needed help with a furnace, and I never left the workshop again after that.</p>
            <p><b>What is the hardest thing to make, after all these years?</b></p>
            <p>Saar: A plain glass. Anything fancy hides mistakes; a plain glass shows every single one of them.</p>
            <p><b>Do you still break pieces, even now?</b></p>
            <p>Saar: Every day. The bin by the door is the most honest critic in the whole workshop.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html, new ParseOptions { Format = DocumentFormat.Html });

        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Participants.Should().NotContain(p => p.Role == TurnRole.Interviewee && p.Name == "Gazette");
    }

    [Fact]
    public void An_answer_over_several_labelled_paragraphs_of_one_speaker_is_one_turn()
    {
        const string doc = """
            Q: What changed for you when the mill closed?

            A: Everything. Half the town worked there, and the other half sold things to the people who did.

            A: The school lost a class in two years, and the bus to the city began to run only twice a day.

            Q: Did anybody stay for the mill itself?

            A: My father did. He kept the keys and walked through the halls every Sunday until he was eighty.
            """;

        var result = ParseText(doc);

        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Split("\n\n").Should().HaveCount(2);
    }

    [Fact]
    public void A_name_label_in_the_middle_of_a_line_does_not_open_a_turn()
    {
        const string doc = """
            Q: What did the inspector write in your report?

            A: He wrote the word of the day, which the foreman read aloud to us, Inspector: passed, and we all laughed.

            Q: And then?

            A: Then we went back to work, because the trucks were already waiting at the gate.
            """;

        var result = ParseText(doc);

        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Should().Contain("Inspector: passed");
    }

    [Theory]
    [InlineData("Note:")]
    [InlineData("Tip:")]
    [InlineData("Step 2:")]
    [InlineData("Hinweis:")]
    [InlineData("Astuce :")]
    [InlineData("Nota:")]
    public void A_note_label_inside_a_labelled_interview_names_no_speaker(string note)
    {
        var result = ParseText($"""
            A season at the harbour

            Mara Lind: How did the first season go for the ferry crews?

            Tomas Berg: Better than we hoped. Forty boats came, most of them in July and August.

            {note} The harbour office counts only the boats that stayed overnight.

            Mara Lind: And what do you expect next year?

            Tomas Berg: More, if the new pier opens in time for the spring crossings.
            """);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Speaker).Distinct().Should().Equal("Mara Lind", "Tomas Berg");
        result.Participants.Should().NotContain(p => p.Name == note.TrimEnd(':', ' '));
        result.Turns[1].Text.Should().Contain("stayed overnight");
    }

    [Fact]
    public void A_question_heading_with_a_run_in_kicker_keeps_the_kicker_and_names_no_speaker()
    {
        const string page = """
            <html><body><article><h1>Nights at the harbour</h1>
            <p>Tom Berg has worked the night shift at the container terminal for eleven years. We asked him about it.</p>
            <h6><strong>When did you start working on the night shift?</strong></h6>
            <p>Eleven years ago, after the container terminal opened and the ships began to arrive at all hours.</p>
            <h6><strong>Looking Back: What was the hardest part of your job?</strong></h6>
            <p>The fog in November, when you hear the ships long before you can see any of their lights.</p>
            <h6><strong>Do you ever miss the day shift?</strong></h6>
            <p>Never. The night is quiet, and the crane drivers bring the best coffee on the quay.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeTrue();
        // The standfirst names the one who answers; the kicker names nobody.
        result.Participants.Should().ContainSingle().Which.Name.Should().Be("Tom Berg");
        result.Turns.Should().NotContain(t => t.Speaker == "Looking Back");
        result.Turns.Should().Contain(t => t.Role == TurnRole.Interviewer && t.Text.StartsWith("Looking Back: What was the hardest part"));
    }

    [Fact]
    public void Names_on_the_opening_question_and_answer_only_name_the_two_sides_of_the_whole_interview()
    {
        // The first exchange carries both names; after it, plain questions and answers alternate without labels.
        const string doc = """
            «We waited forty days on the island»

            Anna Lund talks about her crossing and the months that followed (5 March 2021)

            Tom Berg: Where did you first arrive?

            Anna Lund: On the island, after two nights on a small boat with thirty other people. It was very dangerous, and we had almost no water left.

            We stayed on the island for almost forty days, first in a tent and then in an old school that the town had emptied for us.

            How did you get to the city?

            By train, the day after they let us go. A friend of mine already lived there, and he had told me where to find a room.

            What was the room like?

            Small, but clean, and for the first time in months I could close a door behind me and sleep through the night.

            How are you today?

            Better. I work in a bakery in the mornings, and in the afternoons I go to a language school near the harbour.
            """;

        var result = ParseText(doc);

        result.Turns.Select(t => t.Role).Should().Equal(Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? TurnRole.Interviewer : TurnRole.Interviewee));
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Select(t => t.Speaker).Should().AllBe("Tom Berg");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().AllBe("Anna Lund");
        result.Participants.Should().Contain(p => p.Name == "Tom Berg" && p.Role == TurnRole.Interviewer);
    }

    [Fact]
    public void Bold_lead_in_phrases_in_lower_case_each_used_once_name_nobody_who_answers()
    {
        // An essay that asks its readers questions and lists tips with bold lead-ins: the lead-ins are not speakers,
        // so nobody is named who answers and the essay is not an interview.
        const string page = """
            <html><body><article><h1>Why a small bakery needs a plan</h1>
            <p>By Jane Roe</p>
            <p>Most people who dream of opening a bakery never get past the dream. Some do, and it is rarely luck.</p>
            <p>Are you ready to make it happen?</p>
            <p>Before we start, one warning: a plan is not a spreadsheet. It is a short list of things you do in order.</p>
            <p>Would you rent a shop before knowing what sells?</p>
            <p>I did, and it cost me a year of savings and most of my patience with landlords.</p>
            <p>So what should you do first?</p>
            <ul><li><strong>Find your first regular customers:</strong> sell at a market stall before you sign any lease at all.</li>
            <li><strong>Settle on a name and a look:</strong> the earlier the better, because signs and bags take weeks to print.</li>
            <li><strong>Write down your first three loaves:</strong> a short menu is easier to bake well every single morning.</li></ul>
            <p>That is all. Once the list is done, you can start building the bakery itself.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Participants.Should().NotContain(p => p.Name.StartsWith("Find") || p.Name.StartsWith("Settle") || p.Name.StartsWith("Write"));
        result.IsInterview.Should().BeFalse();
        result.Body.Should().Contain("Find your first regular customers:");
    }

    [Fact]
    public void An_outlet_that_writes_its_name_in_small_letters_labels_its_recurring_questions()
    {
        var result = ParseText(QaDocument("hafenblatt:", "Berg:"));

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("When did you start");
        result.Turns[0].Speaker.Should().Be("hafenblatt");
    }

    [Theory]
    [InlineData("note: is the ferry running today?")] // once only: a small-letter word before a colon labels nothing
    [InlineData("hafenblatt: the ferry runs again from Monday.")] // no question
    public void A_small_letter_word_before_a_colon_labels_no_single_line_that_asks_nothing(string line)
    {
        var label = SpeakerLabel.ReadPlain(line);

        (label is null || label.Value.Uncolonned).Should().BeTrue();
    }
}

public class TimestampConventionTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    [Theory]
    [InlineData("[00:12:34] Speaker 1: How did the project start?", "Speaker 1")]
    [InlineData("(12:34) Speaker 1: How did the project start?", "Speaker 1")]
    [InlineData("00:12:34 Speaker 1: How did the project start?", "Speaker 1")]
    [InlineData("Speaker 1 (00:12:34): How did the project start?", "Speaker 1")]
    public void A_timestamp_on_a_turn_becomes_its_media_time_and_leaves_the_text(string firstLine, string speaker)
    {
        string doc = $"""
            {firstLine}

            Speaker 2: With a broken bicycle and a friend who knew how to weld, in a garage behind the station.

            Speaker 1: And today? How many do you build?

            Speaker 2: Today we build forty bicycles a week, and every one of them is welded by hand.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns[0].Time.Should().Be(new TimeSpan(0, 12, 34));
        result.Turns[0].Text.Should().Be("How did the project start?");
        result.Turns[0].Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_time_alone_on_its_line_times_the_turn_below()
    {
        const string doc = """
            Host: How did the project start?

            03:15

            Guest: With a broken bicycle and a friend who knew how to weld, in a garage behind the station.

            Host: And today?

            Guest: Today we build forty bicycles a week, and every one of them is welded by hand.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns[1].Time.Should().Be(new TimeSpan(0, 3, 15));
        result.Turns.Should().NotContain(t => t.Text.Contains("03:15"));
    }

    [Fact]
    public void A_paragraph_opening_with_a_time_of_day_keeps_its_text()
    {
        const string doc = """
            Q: When does the first train you drive leave?

            A: 10:30 is when the first one leaves on Sundays; on weekdays it is much earlier, at five.

            Q: And the last one at night?

            A: Just after midnight, and it is always full of musicians going home from their concerts.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns[1].Text.Should().StartWith("10:30 is when");
        result.Turns[1].Time.Should().BeNull();
    }

    [Fact]
    public void Stage_notes_never_become_speakers()
    {
        const string doc = """
            MAYA: Was the first concert a success?

            [LAUGHTER]

            OTTO: Not at all. Six people came, and four of them were my cousins.

            (CROSSTALK)

            MAYA: And the second one? Did more people come?

            OTTO: Sixty people, because my cousins told everybody how bad the first one had been.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Speaker).Distinct().Should().BeEquivalentTo("Maya", "Otto");
    }
}

public class CaptionConventionTests
{
    [Fact]
    public void Captions_that_mark_each_change_of_speaker_and_name_nobody_are_turns_from_the_first_cue()
    {
        // Broadcast captions: ">>" opens each speaker's words, and nobody is named but the guest, in the host's opening.
        const string srt = """
            1
            00:00:01,000 --> 00:00:05,000
            >> Good evening. With us tonight is the harbour master, Ruth Anders. Thank you for coming in.

            2
            00:00:05,500 --> 00:00:07,000
            >> Thank you for having me.

            3
            00:00:07,500 --> 00:00:10,000
            >> Why did you close the old pier this week?

            4
            00:00:10,500 --> 00:00:15,000
            >> The divers found cracks in two of the piles, and we will not take a risk with anybody's life.

            5
            00:00:15,500 --> 00:00:17,000
            >> When will you open it again?

            6
            00:00:17,500 --> 00:00:21,000
            >> Not before the spring. The repairs take months, and the piles must be made first.

            7
            00:00:21,500 --> 00:00:23,000
            >> Ruth Anders, thank you.
            """;

        var result = Interviews.Parse(srt);

        result.IsInterview.Should().BeTrue();
        result.Lead.Should().BeNull();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer,
            TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer);
        result.Turns[^1].Text.Should().Be("Ruth Anders, thank you.");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Ruth Anders");
    }

    [Fact]
    public void Webvtt_name_prefixes_and_speaker_changes_make_turns_without_cue_markup()
    {
        const string vtt = """
            WEBVTT

            1
            00:00:01.000 --> 00:00:04.000
            HOST: Welcome back. Today we talk about rivers.

            2
            00:00:04.500 --> 00:00:08.000
            Why do rivers matter so much to <i>you</i>?

            3
            00:00:08.500 --> 00:00:12.000
            >> Because every town I love stands on one,

            4
            00:00:12.000 --> 00:00:15.000
            and because they never stay the same.

            5
            00:00:15.500 --> 00:00:17.000
            HOST: Which river is your favourite?

            6
            00:00:17.500 --> 00:00:21.000
            >> The small one behind my school, which has no name on any map.
            """;

        var result = Interviews.Parse(vtt);

        result.Turns.Should().HaveCount(4);
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Time.Should().Be(TimeSpan.FromSeconds(1));
        result.Turns[0].Text.Should().Contain("Why do rivers matter so much to you?").And.NotContain("-->").And.NotContain("<i>");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(8));
        result.Turns[1].Text.Should().Be("Because every town I love stands on one, and because they never stay the same.");
    }

    /// <summary>Subtitles that name each speaker in brackets at the start of a cue, with a stage note between.</summary>
    private static string BracketedSubtitles(string open, string close) => $"""
        1
        00:00:01,000 --> 00:00:04,000
        {open}MAYA{close} Which river is your favourite, and why that one?

        2
        00:00:04,500 --> 00:00:08,000
        {open}OTTO{close} The small one behind my school, which has no name on any map.

        3
        00:00:08,500 --> 00:00:10,000
        [MUSIC]

        4
        00:00:10,500 --> 00:00:14,000
        {open}MAYA{close} Do you still walk along it when you are back home?

        5
        00:00:14,500 --> 00:00:18,000
        {open}OTTO{close} Every time, even in the rain, because it is where I learned to listen.
        """;

    [Theory]
    [InlineData("[", "]")]
    [InlineData("(", ")")]
    public void Subtitles_naming_speakers_in_brackets_make_named_turns(string open, string close)
    {
        var result = Interviews.Parse(BracketedSubtitles(open, close), new ParseOptions { Format = DocumentFormat.Srt });

        result.Turns.Select(t => t.Speaker).Should().Equal("Maya", "Otto", "Maya", "Otto");
        result.Turns[3].Text.Should().Be("Every time, even in the rain, because it is where I learned to listen.");
    }

    [Fact]
    public void A_stage_note_in_brackets_before_words_names_no_speaker()
    {
        // "[MUSIC]" stands alone once: it is no name, even where it comes before words twice later.
        var subtitles = BracketedSubtitles("[", "]") + """


            6
            00:00:19,000 --> 00:00:21,000
            [MUSIC] The river song plays over the credits.

            7
            00:00:21,500 --> 00:00:23,000
            [MUSIC] The song fades out slowly.
            """;

        Interviews.Parse(subtitles, new ParseOptions { Format = DocumentFormat.Srt }).Turns.Should().NotContain(t => t.Speaker == "MUSIC" || t.Speaker == "Music");
    }

    [Fact]
    public void Srt_cues_of_one_speaker_merge_and_cue_numbers_are_dropped()
    {
        const string srt = """
            1
            00:00:01,000 --> 00:00:03,000
            Mia: Hello and welcome to the show.

            2
            00:00:03,000 --> 00:00:05,000
            What brought you to painting?

            3
            00:00:06,000 --> 00:00:09,000
            Leo: My grandfather painted boats,

            4
            00:00:09,000 --> 00:00:12,000
            and I painted the boats he painted.

            5
            00:00:12,500 --> 00:00:14,000
            Mia: Did he teach you?

            6
            00:00:14,500 --> 00:00:17,000
            Leo: Never. He let me watch, which was better.
            """;

        var result = Interviews.Parse(srt);

        result.Turns.Select(t => t.Speaker).Should().Equal("Mia", "Leo", "Mia", "Leo");
        result.Turns[1].Text.Should().Be("My grandfather painted boats, and I painted the boats he painted.");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(6));
        result.Turns.Should().NotContain(t => t.Text.Contains("-->"));
    }
    [Fact]
    public void Change_of_speaker_marks_opening_the_lines_of_a_text_part_its_turns()
    {
        // A broadcast transcript made from captions: each change of speaker marked, nobody named.
        const string doc = """
            Evening report

            >> Good evening. With us tonight is the harbour master, Jonas Feld. How bad was the storm at the quays?
            >> It was the worst in twenty years. Two ferries broke their moorings, but nobody was hurt.
            >> What happens tomorrow?
            >> The divers go down at first light to check the walls of the basin.
            >> Thank you for coming in.
            >> Thank you.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee,
            TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Should().NotContain(t => t.Text.StartsWith('>'));
        result.Turns[^1].Text.Should().Be("Thank you.");
        // No lead: the host's opening introduces the guest, as in captions.
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Jonas Feld");
    }

    [Fact]
    public void A_few_marked_links_among_a_texts_lines_are_no_changes_of_speaker()
    {
        const string doc = """
            The harbour after the storm

            Two ferries broke their moorings in the night, and the divers will check the walls of the basin at first light.

            >> The ferry timetable for the winter, with all the changes for the storm season

            The harbour master said the damage was the worst in twenty years, but that nobody had been hurt.

            The council meets on Monday to decide how the repairs will be paid for, and who will pay for them.

            >> How the quays were built, and why the old walls have held for a century

            Until then the small boats stay in the inner basin, where the water was calm all night.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Body.Should().Contain(">> The ferry timetable"); // the marks stay the text's
    }

    [Fact]
    public void An_answer_that_quotes_a_short_phrase_before_a_colon_still_opens_with_its_label()
    {
        // "T-shirt. The bees tell you:" has the shape of a credit list ("Dress: Acme. Shoes: Foo."); an answer never is one.
        const string page = """
            <html><body><article><h1>A beekeeper on the long winter</h1>
            <p>Ida Brenner keeps forty hives on the hill. We asked her how the bees got through the cold.</p>
            <p><strong>Q: Did you lose any hives this year?</strong></p>
            <p>A: Three of them. That is normal for a hard winter, and the others are strong.</p>
            <p><strong>Q: How do bees survive a winter like this one?</strong></p>
            <p>A: They cluster around the queen and shiver to make heat, and the outer bees rotate inward.</p>
            <p><strong>Q: When do you open the hives again?</strong></p>
            <p>A: Once it is warm enough to work in a T-shirt. The bees tell you: they start flying above ten degrees.</p>
            <p><strong>Q: Any advice for beginners?</strong></p>
            <p>A: Start with two hives, not one, so you can compare them.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee,
            TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[5].Text.Should().StartWith("Once it is warm");
    }

    [Fact]
    public void A_short_line_between_an_answer_and_a_labelled_question_of_a_text_is_a_subheading_not_speech()
    {
        const string doc = """
            A beekeeper on the long winter

            Ida Brenner keeps forty hives on the hill. We asked her how the bees got through the cold.

            Q: Did you lose any hives this year?

            A: Three of them. That is normal for a hard winter, and the others are strong.

            Q: How do bees survive the cold?

            A: They cluster around the queen and shiver to make heat.

            Looking ahead

            Q: When do you open the hives again?

            A: Once it is warm enough to work in a T-shirt.

            Q: Any advice for beginners?

            A: Start with two hives, not one, so you can compare them.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().HaveCount(8);
        result.Turns[3].Text.Should().Be("They cluster around the queen and shiver to make heat.");
        result.Turns.Should().NotContain(t => t.Text.Contains("Looking ahead"));
    }
}
