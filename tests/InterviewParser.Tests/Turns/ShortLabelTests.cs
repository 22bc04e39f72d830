using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>Transcripts name a speaker in full once and then by a short form.</summary>
public class ShortLabelTests
{
    [Fact]
    public void A_short_form_introduced_in_brackets_stands_for_the_full_name_from_the_first_line_on()
    {
        const string text = """
            Rosa Lindqvist (RL): Welcome, Tomas.

            Tomas Berg (TB): Hello.

            RL: You have built lighthouses for thirty years. Where did it all begin for you?

            TB: On a small island in the north, where my father kept the light and I carried the oil up every evening.

            RL: And what made you stay in the trade when the lights became automatic?

            TB: Somebody still has to design them, and I liked the drawings as much as the sea, so I never left the work.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Should().HaveCount(6);
        result.Turns.Select(t => t.Speaker).Distinct().Should().BeEquivalentTo("Rosa Lindqvist", "Tomas Berg");
        result.Participants.Should().Contain(p => p.Name == "Tomas Berg" && p.Title == null);
    }

    [Theory]
    [InlineData("Rosa van Dijk", "RvD")]
    [InlineData("Rosa von Berg", "RvB")]
    public void A_name_with_a_particle_is_a_label_and_its_short_form_stands_for_it(string name, string shortForm)
    {
        string text = $"""
            {name} ({shortForm}): Welcome, Tomas.

            Tomas Berg (TB): Hello.

            {shortForm}: You have built lighthouses for thirty years. Where did it all begin for you?

            TB: On a small island in the north, where my father kept the light and I carried the oil up every evening.

            {shortForm}: And what made you stay in the trade when the lights became automatic?

            TB: Somebody still has to design them, and I liked the drawings as much as the sea, so I never left the work.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Should().HaveCount(6);
        result.Turns.Select(t => t.Speaker).Distinct().Should().BeEquivalentTo(name, "Tomas Berg");
    }

    /// <summary>A transcript whose front matter names its host and lists its guests, with numbered speakers.</summary>
    private static string FrontMatterSidesTranscript(string guest, string intro) => $"""
        ---
        title: Building lights
        host: Rosa Lindqvist
        guests:
          - {guest}
        ---

        {intro}

        Speaker 1: You have built lighthouses for thirty years. Where did it all begin for you?

        Speaker 2: On a small island in the north, where my father kept the light and I carried the oil up every evening.

        Speaker 1: And what made you stay in the trade when the lights became automatic?

        Speaker 2: Somebody still has to design them, and I liked the drawings as much as the sea, so I never left the work.
        """;

    [Fact]
    public void Numbered_speakers_take_the_host_and_the_guest_the_front_matter_names()
    {
        var result = Fixtures.ParseText(FrontMatterSidesTranscript("Tomas Berg", "Rosa talks with Tomas about a life among lighthouses."));

        result.Turns.Select(t => t.Speaker).Should().Equal("Rosa Lindqvist", "Tomas Berg", "Rosa Lindqvist", "Tomas Berg");
    }

    [Fact]
    public void A_front_matter_guest_the_text_never_names_is_no_participant()
    {
        // A generator's field can hold a series' name where a person's would stand.
        var result = Fixtures.ParseText(FrontMatterSidesTranscript("Best Of Season", "A life among lighthouses, from the first lamp to the last."));

        result.Participants.Should().NotContain(p => p.Name == "Best Of Season");
    }

    /// <summary>A transcript whose front matter lists one speaker, with two speakers labelled by short forms.</summary>
    private static string ListedSpeakerTranscript(string listed, string asker, string answerer) => $"""
        ---
        title: Building lights
        speakers:
          - {listed}
        ---

        {asker}: You have built lighthouses for thirty years. Where did it all begin for you?

        {answerer}: On a small island in the north, where my father kept the light and I carried the oil up every evening.

        {asker}: And what made you stay in the trade when the lights became automatic?

        {answerer}: Somebody still has to design them, and I liked the drawings as much as the sea, so I never left the work.
        """;

    [Fact]
    public void Initials_take_the_name_of_the_one_speaker_the_front_matter_lists_with_them()
    {
        var result = Fixtures.ParseText(ListedSpeakerTranscript("Tomas van Berg", asker: "RL", answerer: "TvB"));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas van Berg");
    }

    [Fact]
    public void A_first_name_label_takes_the_full_name_the_front_matter_lists_for_it()
    {
        var result = Fixtures.ParseText(ListedSpeakerTranscript("Tomas Berg", asker: "Rosa", answerer: "Tomas"));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(2).And.OnlyContain(t => t.Speaker == "Tomas Berg");
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Rosa");
    }

    [Fact]
    public void An_honorific_label_takes_the_given_name_written_before_the_surname()
    {
        const string text = """
            Briefing by Harbour Spokesperson Ines Moreau Aboard the Ferry

            MS. MOREAU: Good morning. The ferry will reach the island at noon, and the minister will speak at the pier.

            Q Will the minister take questions at the pier, or only at the town hall afterwards?

            MS. MOREAU: Only at the town hall, because the pier is too small for the press and the crowd at the same time.

            Q And is the new timetable going to be announced today as well?

            MS. MOREAU: It will be announced tomorrow, once the unions have seen it and agreed to the new night crossings.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Ines Moreau");
    }

    [Theory]
    [InlineData("I.Moreau")]
    [InlineData("I. Moreau")]
    [InlineData("И.Моро")]
    public void A_label_of_an_initial_and_a_surname_takes_the_full_name_the_intro_gives_with_that_initial(string label)
    {
        string full = label.StartsWith('И') ? "Инес Моро" : "Ines Moreau";
        string text = $"""
            Harbour briefing

            The harbour spokesperson {full} took questions on the new timetable.

            Q: When does the winter timetable start?

            {label}: On the first of November, with two crossings fewer on weekdays.

            Q: Why fewer crossings?

            {label}: Because the second ferry goes to the yard for three months, and we cannot charter another.

            Q: Will the night crossing stay?

            {label}: Yes, on Fridays and Saturdays, as the islanders asked us.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(3).And.OnlyContain(t => t.Speaker == full);
    }

    [Fact]
    public void A_role_label_takes_the_name_of_the_one_person_the_intro_gives_that_role_after_a_comma()
    {
        const string text = """
            Harbour briefing

            The questions were answered by Ines Moreau, Spokeswoman for the Harbour Board.

            Q: When does the winter timetable start? Will you announce it today?

            Spokeswoman: On the first of November, with two crossings fewer on weekdays.

            Q: Why fewer crossings?

            Spokeswoman: Because the second ferry goes to the yard for three months, and we cannot charter another.

            Q: Will the night crossing stay?

            Spokeswoman: Yes, on Fridays and Saturdays, as the islanders asked us.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(3).And.OnlyContain(t => t.Speaker == "Ines Moreau");
    }

    [Fact]
    public void A_role_label_takes_the_name_the_intro_writes_after_that_role()
    {
        const string text = """
            Pressekonferenz zum Hafen

            Die Fragen der Journalisten beantwortete Regierungssprecherin Ines Moreau.

            Frage: Wann beginnt der Winterfahrplan? Können Sie das heute schon sagen?

            Regierungssprecherin: Am ersten November, mit zwei Fahrten weniger an den Werktagen.

            Frage: Warum weniger Fahrten?

            Regierungssprecherin: Weil die zweite Fähre für drei Monate in die Werft geht und wir keine andere chartern können.

            Frage: Bleibt die Nachtfahrt?

            Regierungssprecherin: Ja, freitags und samstags, wie es die Inselbewohner gewünscht haben.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(3).And.OnlyContain(t => t.Speaker == "Ines Moreau");
    }

    [Fact]
    public void A_one_word_label_used_once_that_nobody_introduced_is_not_a_speaker()
    {
        const string text = """
            Interview with lighthouse keeper Tomas Berg

            You have kept the light for thirty years. Where did it all begin for you?

            On a small island in the north, where my father kept the light and I carried the oil up every evening.

            And what made you stay when the lights became automatic?

            Clip: Somebody still has to look after them, and I liked the quiet as much as the sea, so I never left the work.

            Do you miss the island now?

            Every single day, especially in the autumn storms, when I know the light is working without me.
            """;

        var result = Fixtures.ParseText(text);

        result.Participants.Should().NotContain(p => p.Name == "Clip");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas Berg");
    }

    [Fact]
    public void Numbered_speakers_take_the_listed_names_by_self_introduction_and_elimination()
    {
        const string text = """
            ---
            title: Lights of the north
            speakers:
              - Tomas Berg
              - Rosa Lindqvist
            ---

            Speaker 0: Hello everybody, I'm Rosa Lindqvist, and today my guest has built lighthouses for thirty years. Where did it begin?

            Speaker 1: On a small island in the north, where my father kept the light and I carried the oil up every evening.

            Speaker 0: And what made you stay in the trade when the lights became automatic?

            Speaker 1: Somebody still has to design them, and I liked the drawings as much as the sea, so I never left the work.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Select(t => t.Speaker).Should().Equal("Rosa Lindqvist", "Tomas Berg", "Rosa Lindqvist", "Tomas Berg");
    }
    /// <summary>A diarised transcript under an intro that names the host and the guest.</summary>
    private static string NumberedUnderIntro(string intro, string secondAsker) => $"""
        Lights of the north, episode 4

        {intro}

        Speaker 1 (00:05):
        Welcome to the show. My guest has built lighthouses for thirty years. Tomas, where did it begin?

        Speaker 2 (00:14):
        On a small island in the north, where my father kept the light and I carried the oil up every evening.

        {secondAsker} (00:31):
        And what made you stay in the trade when the lights became automatic?

        Speaker 2 (00:36):
        Somebody still has to design them, and I liked the drawings as much as the sea, so I never left the work.
        """;

    [Fact]
    public void Numbered_speakers_of_two_sides_take_the_host_and_the_guest_the_intro_names()
    {
        var result = Fixtures.ParseText(NumberedUnderIntro("Host Rosa Lindqvist talks with the lighthouse engineer Tomas Berg.", "Speaker 1"));

        result.Turns.Select(t => t.Speaker).Should().Equal("Rosa Lindqvist", "Tomas Berg", "Rosa Lindqvist", "Tomas Berg");
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Rosa Lindqvist")
            .And.Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Tomas Berg");
    }

    [Fact]
    public void Numbered_speakers_keep_their_numbers_when_the_intro_names_nobody_as_the_host()
    {
        var result = Fixtures.ParseText(NumberedUnderIntro("Rosa Lindqvist talks with the lighthouse engineer Tomas Berg.", "Speaker 1"));

        result.Turns[0].Speaker.Should().Be("Speaker 1");
        result.Turns[1].Speaker.Should().Be("Speaker 2");
    }

    /// <summary>A diarised transcript with no intro above it: the host's opening turn is all that names anybody.</summary>
    private static string NumberedOpening(string word, string opening, string greeting = "Hello, and thank you for inviting me.", string first = "1", string second = "2") => $"""
        Lights of the north, episode 5

        {word} {first}  0:00
        {opening}

        {word} {second}  0:09
        {greeting}

        {word} {first}  0:12
        What does a lighthouse keeper do when the light runs by itself?

        {word} {second}  0:16
        He looks after the building, the generator and the log book, and he calls the coast guard when something fails.

        {word} {first}  0:29
        And is there still anybody who does it?

        {word} {second}  0:32
        A handful of people along the whole coast, most of them retired engineers like me.
        """;

    [Fact]
    public void Numbered_speakers_take_the_names_the_host_says_in_the_opening_turn()
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", "Welcome back, I'm Rosa Lindqvist, and with me today is Tomas Berg, a retired lighthouse engineer."));

        result.Turns.Select(t => t.Speaker).Distinct().Should().Equal("Rosa Lindqvist", "Tomas Berg");
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Rosa Lindqvist")
            .And.Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Tomas Berg");
    }

    [Fact]
    public void A_guest_the_host_introduces_is_named_while_the_unnamed_host_keeps_the_number()
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", "Welcome back to the show. My guest today is Tomas Berg, who kept a light for thirty years."));

        result.Turns.Select(t => t.Speaker).Distinct().Should().Equal("Speaker 1", "Tomas Berg");
    }

    [Theory]
    [InlineData("Welcome back to the show. My guest today is the engineer Tomas Berg, who kept a light for thirty years.")]
    [InlineData("Welcome back to the show. My guest today is the retired engineer Tomas Berg, who kept a light for thirty years.")]
    [InlineData("Willkommen zurück. Mein Gast ist heute der Ingenieur Tomas Berg, der dreißig Jahre lang ein Leuchtfeuer gehütet hat.")]
    public void A_guest_introduced_by_role_before_the_name_is_named(string opening)
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", opening));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas Berg");
    }

    [Fact]
    public void A_role_word_that_is_no_role_noun_does_not_make_the_next_words_a_name()
    {
        // "the founder of Harbour Lights": the words after the preposition name a company, not the guest.
        var result = Fixtures.ParseText(NumberedOpening("Speaker", "Welcome back to the show. My guest today is the founder of Harbour Lights, a small shipyard."));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Speaker 2");
    }

    [Theory]
    [InlineData("SPEAKER_00", "SPEAKER_01")]
    [InlineData("Speaker_0", "Speaker_1")]
    public void Diarisation_labels_joined_by_an_underscore_are_numbered_speakers(string first, string second)
    {
        var result = Fixtures.ParseText(NumberedOpening("", "Welcome back to the show. My guest today is Tomas Berg, who kept a light for thirty years.", first: first, second: second)
            .Replace($" {first}", first, StringComparison.Ordinal).Replace($" {second}", second, StringComparison.Ordinal));

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas Berg");
        result.Turns.Should().OnlyContain(t => !t.Text.Contains('_'));
    }

    [Fact]
    public void Lettered_speakers_take_the_names_as_numbered_ones_do()
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", "Welcome back to the show. My guest today is Tomas Berg, who kept a light for thirty years.", first: "A", second: "B"));

        result.Turns.Select(t => t.Speaker).Distinct().Should().Equal("Speaker A", "Tomas Berg");
    }

    [Fact]
    public void Given_names_with_an_initial_are_no_lettered_speakers()
    {
        // "Rosa K" and "Ivo M": people whose surnames the transcript shortens, not the letters of two sides of one word.
        var result = Fixtures.ParseText(NumberedOpening("", "Welcome back to the show. My guest today is Tomas Berg, who kept a light for thirty years.", first: "Rosa K", second: "Ivo M"));

        result.Turns.Select(t => t.Speaker).Distinct().Should().Equal("Rosa K", "Ivo M");
    }

    [Theory]
    [InlineData("Welcome back to the show. Today I'm talking with Tomas Berg, who kept a light for thirty years.")]
    [InlineData("Willkommen zurück. Heute spreche ich mit Tomas Berg, der dreißig Jahre lang ein Leuchtfeuer gehütet hat.")]
    public void A_host_who_says_whom_they_are_talking_with_names_the_guest(string opening)
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", opening));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas Berg");
    }

    [Fact]
    public void A_guest_who_introduces_themself_is_named()
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", "Welcome back to the show. Who is on the line today?", "Hello, I'm Tomas Berg, and I kept a light for thirty years."));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas Berg");
    }

    [Fact]
    public void A_sign_on_that_names_the_show_names_no_host()
    {
        var result = Fixtures.ParseText(NumberedOpening("Speaker", "This is Northern Lights Radio. My guest today is Tomas Berg, who kept a light for thirty years."));

        result.Turns[0].Speaker.Should().Be("Speaker 1");
        result.Turns[1].Speaker.Should().Be("Tomas Berg");
    }

    [Fact]
    public void Numbered_voices_of_a_word_that_elsewhere_names_the_narrator_are_the_two_sides()
    {
        // "Sprecher" labels a radio script's narrator; numbered on every turn, as transcription tools write it, it is
        // only "speaker".
        var result = Fixtures.ParseText(NumberedOpening("Sprecher", "Willkommen! Ich bin Rosa Lindqvist, und zu Gast ist heute Tomas Berg."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns.Select(t => t.Speaker).Distinct().Should().Equal("Rosa Lindqvist", "Tomas Berg");
    }

    [Theory]
    [InlineData("Ques", "Ans")]
    [InlineData("Int", "Resp")]
    [InlineData("Qn", "Ans")]
    public void Shortened_question_and_answer_labels_name_nobody(string ask, string answer)
    {
        string doc = $"""
            Interview seven, farm succession study

            {ask}: Could you start by telling me about the farm and how long your family has worked it?

            {answer}: It is a dairy farm with about ninety cows. My grandfather bought it after the war.

            {ask}: And who will take it over from you when you stop?

            {answer}: That is the big question. My daughter is interested, but she is training as a vet.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().HaveCount(4).And.OnlyContain(t => t.Speaker == null);
        result.Participants.Should().BeEmpty();
    }
}
