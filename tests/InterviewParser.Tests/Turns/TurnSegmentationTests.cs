using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Turns;

public class TurnSegmentationTests
{
    [Fact]
    public void Bold_questions_and_multi_paragraph_answers_alternate()
    {
        var result = Interviews.Parse(Fixtures.BoldQuestionPage);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Text.Should().Contain("\n\n").And.StartWith("My grandmother").And.EndWith("slow work.");
        result.Turns[0].Text.Should().Be("How did you start baking, and what kept you going through the hard years?");
    }

    [Theory]
    [InlineData("Listen more than you talk.")]
    [InlineData("Watch the old hands, and read everything they wrote.")]
    public void Advice_closing_an_interview_that_opens_like_a_call_to_action_answers_the_last_question(string advice)
    {
        string html = KeeperPage("What would you tell a young keeper?", advice);
        string text = $"""
            A keeper on patience

            An interview with Jonas Feld, who has kept the light on the northern rock for twenty winters.

            How did you come to the light?

            By answering an advertisement in the harbour office, twenty years ago, without telling my family first.

            What do you miss on the rock?

            Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's.

            What would you tell a young keeper?

            {advice}
            """;

        foreach (var result in new[] { Interviews.Parse(html), Fixtures.ParseText(text) })
        {
            result.Turns.Should().HaveCount(6);
            result.Turns[^1].Should().Match<Turn>(t => t.Role == TurnRole.Interviewee && t.Text == advice);
        }
    }

    /// <summary>A keeper's interview in text: a first exchange, the given second one, and the closing exchanges.</summary>
    private static string KeeperText(string secondQuestion, string secondAnswer, string closing) => $"""
        A keeper on patience

        An interview with Jonas Feld, who has kept the light on the northern rock for twenty winters.

        How did you come to the light?

        By answering an advertisement in the harbour office, twenty years ago, without telling my family first.

        {secondQuestion}

        {secondAnswer}

        What do you miss on the rock?

        Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's.
        {closing}
        """;

    [Fact]
    public void An_answer_closing_on_a_question_of_its_own_stays_the_answer_in_a_text()
    {
        var result = Fixtures.ParseText(KeeperText("What was the worst storm?",
            "The one in the second winter. The waves reached the lamp room and the supply boat stayed away for nine days. Who would have come out in that?", ""));

        result.Turns.Select(t => t.Role).Should().Equal(Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? TurnRole.Interviewer : TurnRole.Interviewee));
        result.Turns[3].Text.Should().EndWith("Who would have come out in that?");
        result.Turns[4].Text.Should().Be("What do you miss on the rock?");
    }

    [Fact]
    public void A_second_question_that_opens_with_a_question_is_still_asked()
    {
        var result = Fixtures.ParseText(KeeperText("And your family?",
            "Did they forgive you? Many keepers' families never got used to the rock, and some never visited. Did yours?", """

            Do you ever leave the rock?

            Twice a year, for a week each time, and I count the days until I can go back.

            Will there be a keeper after you?

            No. The light will run itself from next spring, and I will be the last one to climb the stairs every night.
            """));

        result.Turns.Should().Contain(t => t.Role == TurnRole.Interviewer && t.Text.StartsWith("And your family?"));
        result.Turns.Should().NotContain(t => t.Role == TurnRole.Interviewee && t.Text.StartsWith("Did they forgive you?"));
    }

    [Theory]
    [InlineData("You must have had hard winters out there.", true)] // it addresses the guest: a prompt
    [InlineData("Winters on the rock are hard.", false)] // a short Q&A leaves a plain statement to the answer it stands in
    public void A_short_text_qa_reads_a_remark_between_long_answers_as_a_prompt_only_where_it_addresses_the_guest(string remark, bool prompt)
    {
        var result = Fixtures.ParseText($"""
            A keeper on patience

            An interview with Jonas Feld, who has kept the light on the northern rock for twenty winters.

            How did you come to the light?

            By answering an advertisement in the harbour office, twenty years ago, without telling my family first, which they still remind me of at every birthday, every wedding and every single Christmas dinner.

            {remark}

            The second one was the worst. The waves reached the lamp room, the supply boat stayed away for nine days, and I rationed the coffee like a sailor on a long voyage.

            What do you miss on the rock?

            Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's in town, whose loaves I can still smell when I close my eyes.

            Will there be a keeper after you?

            No. The light will run itself from next spring, and I will be the last one to climb the stairs every night and wipe the salt off the glass.
            """);

        result.Turns.Any(t => t.Role == TurnRole.Interviewer && t.Text == remark).Should().Be(prompt);
        result.Turns.Should().HaveCount(prompt ? 8 : 6);
    }

    [Fact]
    public void A_call_to_subscribe_under_the_last_question_stays_chrome() =>
        Interviews.Parse(KeeperPage("Want more stories from the coast?", "Join the newsletter for more stories.")).Body.Should().NotContain("newsletter");

    /// <summary>A keeper's interview of three bold questions, the last one and its answer as given.</summary>
    private static string KeeperPage(string lastQuestion, string lastAnswer) => $"""
        <html><head><title>A keeper on patience</title></head><body><article>
        <h1>A keeper on patience</h1>
        <p>An interview with Jonas Feld, who has kept the light on the northern rock for twenty winters.</p>
        <p><strong>How did you come to the light?</strong></p>
        <p>By answering an advertisement in the harbour office, twenty years ago, without telling my family first.</p>
        <p><strong>What do you miss on the rock?</strong></p>
        <p>Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's.</p>
        <p><strong>{lastQuestion}</strong></p>
        <p>{lastAnswer}</p>
        </article></body></html>
        """;

    /// <summary>Two keepers asked the same questions, each section under a heading of the keeper's name.</summary>
    private static string RoundOfQuestions(string firstHead, string secondHead) => $"""
        <html><head><title>Two keepers, three questions</title></head><body><article>
        <h1>Two keepers, three questions</h1>
        <p>We put the same three questions to two keepers of the last manned lighthouses on the coast.</p>
        <h2>{firstHead}</h2>
        <p><strong>How did you come to the light?</strong></p>
        <p>By answering an advertisement in the harbour office, twenty years ago, without telling my family first.</p>
        <p><strong>What do you miss on the rock?</strong></p>
        <p>Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's.</p>
        <h2>{secondHead}</h2>
        <p><strong>How did you come to the light?</strong></p>
        <p>My father kept it before me, and his mother before him, so there was hardly a choice to make.</p>
        <p><strong>What do you miss on the rock?</strong></p>
        <p>Nothing much. I have the radio, the birds and a shelf of books that I read again every winter.</p>
        </article></body></html>
        """;

    [Fact]
    public void The_same_questions_put_under_headings_of_names_are_answered_by_the_named()
    {
        var result = Interviews.Parse(RoundOfQuestions("Mara Holm", "Jon Vik"));

        result.IsInterview.Should().BeTrue();
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().Equal("Mara Holm", "Mara Holm", "Jon Vik", "Jon Vik");
        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal("Mara Holm", "Jon Vik");
    }

    [Fact]
    public void In_a_text_a_name_alone_on_its_line_heads_the_answers_of_a_round_as_a_heading_would()
    {
        // A text scrape has no headings: each keeper's name stands on a line of its own over the same questions.
        const string text = """
            Two keepers, three questions

            We put the same three questions to two keepers of the last manned lighthouses on the coast. Both have kept
            their lights for more than a decade, through storms, supply strikes and the coming of automatic lamps.

            Mara Holm

            How did you come to the light?

            By answering an advertisement in the harbour office, twenty years ago, without telling my family first.

            What do you miss on the rock?

            Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's.

            Jon Vik

            How did you come to the light?

            My father kept it before me, and his mother before him, so there was hardly a choice to make.

            What do you miss on the rock?

            Nothing much. I have the radio, the birds and a shelf of books that I read again every winter.
            """;

        var result = Fixtures.ParseText(text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().Equal("Mara Holm", "Mara Holm", "Jon Vik", "Jon Vik");
        result.Turns.Should().NotContain(t => t.Text.Contains("Jon Vik"), "the name line heads a section and is nobody's speech");
    }

    [Fact]
    public void In_a_text_a_name_line_between_two_questions_is_no_section_heading()
    {
        // After a question a line is its answer: a one-line answer that happens to be a name stays the answer.
        const string text = """
            The keeper's list

            Jonas Feld has kept the light on the northern rock for twenty winters, most of them alone.

            Who taught you the job?

            Mara Holm

            And who relieves you when you are ill?

            Nobody, in twenty winters. I have never once been too ill to climb the stairs to the lamp.

            What do you miss on the rock?

            Fresh bread. The supply boat brings flour, and I bake, but it is never the same as the baker's.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Should().Contain(t => t.Role == TurnRole.Interviewee && t.Text == "Mara Holm");
    }

    [Fact]
    public void Name_headings_over_different_questions_are_sections_of_one_talk_not_a_round()
    {
        // Without a question asked again under the second name, the headings may name whom a section is about.
        string page = RoundOfQuestions("Mara Holm", "Jon Vik").Replace("<p><strong>How did you come to the light?</strong></p>\n<p>My father",
            "<p><strong>Who kept the light before you?</strong></p>\n<p>My father").Replace("<p><strong>What do you miss on the rock?</strong></p>\n<p>Nothing much",
            "<p><strong>And in winter?</strong></p>\n<p>Nothing much");

        var result = Interviews.Parse(page);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().NotEqual(new[] { "Mara Holm", "Mara Holm", "Jon Vik", "Jon Vik" });
    }

    [Fact]
    public void Interviewee_turns_carry_the_interviewee_name()
    {
        var result = Interviews.Parse(Fixtures.BoldQuestionPage);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Tomas Grain");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.SpeakerId != null);
    }

    [Fact]
    public void A_one_word_follow_up_question_is_a_turn_of_its_own()
    {
        const string doc = """
            The ferry woman of the north

            For thirty years Ingrid Dahl has taken the ferry across the fjord, in every weather.

            How did you come to the ferry, when everyone in your family worked on the farms?

            My uncle ran it before me, and when his back gave out somebody had to take the wheel.

            Why?

            Because nobody else in the village had a licence, and the school children needed the boat every morning.

            Do you still enjoy the crossing after so many years on the same water?

            Every single time, even in January, when the ice forms on the rails and the wind cuts through the coat.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[2].Text.Should().Be("Why?");
    }

    [Fact]
    public void Plain_text_questions_are_found_by_their_question_marks()
    {
        var result = Interviews.Parse(Fixtures.TextScrape);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[0].Text.Should().StartWith("You spent twenty-two years");
        result.Turns[1].Text.Split("\n\n").Should().HaveCount(2);
    }

    [Fact]
    public void A_news_article_with_a_rhetorical_question_is_not_an_interview()
    {
        var result = Interviews.Parse(Fixtures.PlainArticle);

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview);
    }

    [Fact]
    public void An_explainer_with_question_headings_is_not_an_interview()
    {
        var result = Interviews.Parse(Fixtures.FaqPage);

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    [Fact]
    public void Labelled_transcript_assigns_the_asking_speaker_as_interviewer()
    {
        const string transcript = """
            Anna Berg: Welcome to the show. What brought you to sailing in the first place?
            Tom Reed: My father had a small boat and took me out every summer.
            Anna Berg: Did you ever want to do anything else with your life?
            Tom Reed: For a while I wanted to be a pilot, but the sea won in the end.
            Anna Berg: And what is next for you?
            Tom Reed: A long trip around the islands, alone, next spring.
            """;
        var result = Interviews.Parse(transcript);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Turns[0].Should().Match<Turn>(t => t.Role == TurnRole.Interviewer && t.Speaker == "Anna Berg");
        result.Turns[1].Should().Match<Turn>(t => t.Role == TurnRole.Interviewee && t.Speaker == "Tom Reed" && t.Text.StartsWith("My father", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_like_phrase_inside_an_answer_is_not_a_label()
    {
        InterviewParser.Turns.SpeakerLabel.ReadPlain("The answer: no, never again.").Should().BeNull();
        InterviewParser.Turns.SpeakerLabel.ReadPlain("10:30 is when the bakery opens.").Should().BeNull();
    }

    [Fact]
    public void Webvtt_voice_cues_merge_into_timed_turns()
    {
        const string vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            <v Anna Berg>Welcome. How did the project start?

            00:00:03.500 --> 00:00:06.000
            <v Tom Reed>It started with a broken bicycle.

            00:00:06.000 --> 00:00:08.000
            <v Tom Reed>And a lot of free time.

            00:00:08.500 --> 00:00:10.000
            <v Anna Berg>What did you learn from it?

            00:00:10.500 --> 00:00:12.000
            <v Tom Reed>That small tools matter.
            """;
        var result = Interviews.Parse(vtt);

        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Should().Be("It started with a broken bicycle. And a lot of free time.");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(3));
        result.Turns[1].Text.Should().NotContain("-->");
    }

    [Fact]
    public void Short_cues_at_the_end_of_a_caption_file_stay_turns()
    {
        // Caption files have no site chrome: a string of one-word cues near the end is speech like any other, and so is
        // the question after it (speakers labelled by first name only, as many transcribers do).
        const string srt = """
            1
            00:00:02,000 --> 00:00:06,000
            Anna: How did the workshop on the harbour street come about after all those years?

            2
            00:00:06,500 --> 00:00:12,000
            Tom: It started with a broken bicycle and an empty garage that my uncle left me, and it grew from there.

            3
            00:00:12,500 --> 00:00:16,000
            Anna: What did the neighbours say when the first customers began to queue outside?

            4
            00:00:16,500 --> 00:00:22,000
            Tom: They complained about the noise for a month and then they started bringing their own bicycles too.

            5
            00:00:22,500 --> 00:00:23,000
            Anna: Right.

            6
            00:00:23,200 --> 00:00:23,600
            Tom: Yes.

            7
            00:00:24,000 --> 00:00:24,500
            Anna: Okay.

            8
            00:00:25,000 --> 00:00:25,500
            Tom: Well.

            9
            00:00:26,000 --> 00:00:30,000
            Anna: So what would you tell someone who wants to open a workshop like yours today?
            """;

        var result = Interviews.Parse(srt, new ParseOptions { Format = DocumentFormat.Srt });

        result.Turns.Should().HaveCount(9);
        result.Turns[5].Text.Should().Be("Yes.");
        result.Turns[^1].Text.Should().StartWith("So what would you tell someone");
        result.Turns[^1].Time.Should().Be(TimeSpan.FromSeconds(26));
    }

    [Theory]
    [InlineData("<v.host Mara Lind>", "<v.guest Tom Berg>")]
    [InlineData("<v.loud.host Mara Lind>", "<v.guest Tom Berg>")]
    public void Webvtt_voices_with_classes_name_their_speakers(string host, string guest)
    {
        string vtt = $"""
            WEBVTT
            Kind: captions
            Language: en

            NOTE written for this test

            00:00:01.000 --> 00:00:04.000
            {host}Tom, how long have you worked on the crossing?

            00:00:04.500 --> 00:00:09.000
            {guest}Thirty years this spring. I started as a deckhand on the old ferry.

            00:00:09.500 --> 00:00:12.000
            {host}What was the hardest winter?

            00:00:12.500 --> 00:00:17.000
            {guest}The one when the sound froze and we broke the ice every morning.
            """;

        var result = Interviews.Parse(vtt, new ParseOptions { Format = DocumentFormat.WebVtt });

        result.Turns.Select(t => t.Speaker).Should().Equal("Mara Lind", "Tom Berg", "Mara Lind", "Tom Berg");
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
    }

    [Fact]
    public void Rolling_captions_are_read_once()
    {
        // As video sites generate them: each cue repeats the line the cue before ended with, then adds its own; short
        // cues in between hold only the repeated line; lines of spaces stand inside cues.
        const string vtt = """
            WEBVTT
            Kind: captions
            Language: en

            00:00:00.000 --> 00:00:02.500 align:start position:0%
             
            welcome<00:00:00.480><c> back</c><00:00:00.720><c> to</c><00:00:00.880><c> the</c><00:00:01.040><c> harbour</c>

            00:00:02.500 --> 00:00:02.510 align:start position:0%
            welcome back to the harbour
             

            00:00:02.510 --> 00:00:05.000 align:start position:0%
            welcome back to the harbour
            today<00:00:02.960><c> we</c><00:00:03.120><c> talk</c><00:00:03.280><c> about</c><00:00:03.520><c> ferries</c>

            00:00:05.000 --> 00:00:05.010 align:start position:0%
            today we talk about ferries
             

            00:00:05.010 --> 00:00:08.000 align:start position:0%
            today we talk about ferries
            and<00:00:05.500><c> the</c><00:00:05.700><c> winter</c><00:00:05.900><c> timetable</c>
            """;

        var result = Interviews.Parse(vtt);

        result.Body.Should().Be("welcome back to the harbour today we talk about ferries and the winter timetable");
    }

    [Fact]
    public void Dialogue_dashes_in_subtitles_change_the_speaker_as_chevrons_do()
    {
        string Subtitles(string mark) => string.Join("\n\n", new[]
        {
            ("00:00:01,000 --> 00:00:04,000", "Are you still running the ferries in winter?", "Only twice a week, when the sea allows it."),
            ("00:00:05,000 --> 00:00:08,000", "Do you miss the summer crowds then?", "Not at all, the quiet months are when we repair the boats."),
            ("00:00:09,000 --> 00:00:12,000", "What do you repair first?", "The engines, always the engines, and then the benches on deck."),
            ("00:00:13,000 --> 00:00:16,000", "Would you change anything about the job?", "I would ask for a second crew in the storm season."),
        }.Select((c, i) => $"{i + 1}\n{c.Item1}\n{mark} {c.Item2}\n{mark} {c.Item3}"));

        var dashed = Interviews.Parse(Subtitles("-"), new ParseOptions { Format = DocumentFormat.Srt });
        var chevrons = Interviews.Parse(Subtitles(">>"), new ParseOptions { Format = DocumentFormat.Srt });

        // Each speaker's words a turn of their own, without the dash.
        dashed.Body.Split("\n\n").Should().HaveCount(8).And.Contain("Only twice a week, when the sea allows it.");
        dashed.Body.Should().Be(chevrons.Body);
        dashed.Turns.Select(t => t.Role).Should().Equal(chevrons.Turns.Select(t => t.Role)).And.HaveCount(8);
    }

    [Fact]
    public void A_line_said_again_in_the_next_cue_of_plain_captions_is_kept()
    {
        const string srt = """
            1
            00:00:01,000 --> 00:00:02,000
            Anna: Are the ferries running today?

            2
            00:00:02,500 --> 00:00:03,000
            Tom: Well.

            3
            00:00:03,000 --> 00:00:03,200
            No.

            4
            00:00:03,200 --> 00:00:03,800
            No.

            5
            00:00:04,000 --> 00:00:06,000
            Not until the storm has passed over the islands.
            """;

        var result = Interviews.Parse(srt, new ParseOptions { Format = DocumentFormat.Srt });

        result.Body.Should().Contain("No. No. Not until the storm");
    }

    [Fact]
    public void Cues_parted_by_a_line_of_spaces_keep_their_numbers_out_of_the_text()
    {
        // The number that stands alone in a cue is said; the numbers over the timing lines are the cues'.
        const string srt = "1\n00:00:01,000 --> 00:00:03,000\nAnna: How many boats does the harbour have?\n \n"
            + "2\n00:00:03,500 --> 00:00:06,000\nTom: Twelve, and one more in spring.\n \n"
            + "3\n00:00:06,500 --> 00:00:08,000\nAnna: And the ferry number?\n \n"
            + "4\n00:00:08,500 --> 00:00:09,000\nTom: It is\n12\n";

        var result = Interviews.Parse(srt, new ParseOptions { Format = DocumentFormat.Srt });

        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Should().Be("Twelve, and one more in spring.");
        result.Turns[3].Text.Should().Be("It is 12");
    }

    /// <summary>The headline and intro of the plain-text Q&amp;A fixtures below: a named interviewee, announced.</summary>
    private const string BakerIntro = """
        The baker of the old town

        Anna Berg has run the bakery on the market square for twenty years. We talked with her about bread and patience.
        """;

    [Fact]
    public void A_short_statement_between_long_answers_is_the_interviewers_remark()
    {
        // Questions told by their question marks alone, each answered in one long paragraph; the interviewer twice puts
        // a remark instead of a question. Each remark is a turn of its own, not a line of the answer before it.
        const string text = BakerIntro + """

            How did you start the bakery?

            It started with my grandmother's oven, which stood in the back room of the house for forty years before anyone thought of selling what came out of it. We sold the first loaves from the window on Saturdays, and the queue grew every week until the street could not hold it.

            What changed for you when the shop opened?

            Everything became slower and more careful. We had to buy flour by the tonne, learn the rules for a kitchen that sells to strangers, and get up at three every morning instead of five, which my father never forgave me for.

            That sounds like a hard first year.

            It was the hardest year of my life, but also the best one. We made every mistake a bakery can make, from burning a whole night's bread to forgetting the salt in a hundred rolls, and the customers came back anyway.

            Why did your customers come back?

            Because the bread was honest. People can taste when someone has taken time over a loaf, and they forgive a lot for that, more than any of us expected when we started out with an old oven and a borrowed mixer.

            Who taught you the most in those years?

            My first apprentice, oddly enough. She asked why about every step we took, and half the time I had no answer, so we tried it the other way round and often found that the old way was only a habit nobody had questioned.

            What would you tell someone starting today?

            Start small and stay small for longer than feels comfortable. The oven teaches you more in a year than any course does, and the neighbours tell you honestly what works, as long as you are willing to listen to them.

            And your neighbours still queue on Saturdays.

            They do, and some of them bring their grandchildren now, which means the queue is older than some of my bakers. I still stand at the window myself on Saturdays, because that is where the whole thing began for us.
            """;

        var result = Fixtures.ParseText(text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(14);
        result.Turns[4].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[4].Text.Should().Be("That sounds like a hard first year.");
        result.Turns[12].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[3].Text.Should().NotContain("hard first year");
    }

    [Fact]
    public void A_short_line_inside_answers_that_run_over_several_paragraphs_stays_in_the_answer()
    {
        // Every answer runs on over two long paragraphs; one of them has a short line between its paragraphs. With
        // answers built like that, the short line is the answerer's, not a remark of the interviewer.
        const string text = BakerIntro + """

            How did you start the bakery?

            We moved the ovens twice in the first ten years, once because the floor could not hold them and once because the neighbours complained about the noise of the fans at night, and each move cost us a month of sales.

            The second move was the one that saved us, because the new room had a window onto the square and people could watch the bread come out, which sold more loaves than any advertisement we ever paid for in the paper.

            What changed for you when the shop opened?

            We moved the ovens twice in the first ten years, once because the floor could not hold them and once because the neighbours complained about the noise of the fans at night, and each move cost us a month of sales.

            The second move was the one that saved us, because the new room had a window onto the square and people could watch the bread come out, which sold more loaves than any advertisement we ever paid for in the paper.

            Why did your customers come back?

            We moved the ovens twice in the first ten years, once because the floor could not hold them and once because the neighbours complained about the noise of the fans at night, and each move cost us a month of sales.

            That was the whole secret.

            The second move was the one that saved us, because the new room had a window onto the square and people could watch the bread come out, which sold more loaves than any advertisement we ever paid for in the paper.

            Who taught you the most in those years?

            We moved the ovens twice in the first ten years, once because the floor could not hold them and once because the neighbours complained about the noise of the fans at night, and each move cost us a month of sales.

            The second move was the one that saved us, because the new room had a window onto the square and people could watch the bread come out, which sold more loaves than any advertisement we ever paid for in the paper.

            What would you tell someone starting today?

            We moved the ovens twice in the first ten years, once because the floor could not hold them and once because the neighbours complained about the noise of the fans at night, and each move cost us a month of sales.

            The second move was the one that saved us, because the new room had a window onto the square and people could watch the bread come out, which sold more loaves than any advertisement we ever paid for in the paper.

            What comes next for you?

            We moved the ovens twice in the first ten years, once because the floor could not hold them and once because the neighbours complained about the noise of the fans at night, and each move cost us a month of sales.

            The second move was the one that saved us, because the new room had a window onto the square and people could watch the bread come out, which sold more loaves than any advertisement we ever paid for in the paper.
            """;

        var result = Fixtures.ParseText(text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(12);
        result.Turns[5].Role.Should().Be(TurnRole.Interviewee);
        result.Turns[5].Text.Should().Contain("That was the whole secret.");
    }

    /// <summary>
    /// A text that prints every question on the first line of a paragraph and its answer on the line under it, with a
    /// blank line between the pairs; <paramref name="statement"/> and <paramref name="afterword"/> are put in the same
    /// place as two of the questions.
    /// </summary>
    private static string PairedLines(string statement, string afterword, string tail = "") => BakerIntro + $"""


        How did you start the bakery?
        It started with my grandmother's oven, which stood in the back room of the house for forty years.

        What changed for you when the shop opened?
        Everything became slower and more careful, and we had to get up at three every morning instead of five.

        {statement}
        It was the hardest year of my life, but also the best one, and the customers came back anyway.

        Why did your customers come back?
        Because the bread was honest, and people can taste when someone has taken time over a loaf.

        Who taught you the most in those years?
        My first apprentice, who asked why about every step we took until we tried things the other way round.

        What would you tell someone starting today?
        Start small and stay small for longer than feels comfortable, and listen to what the neighbours say.

        {afterword}
        She was born in the old town and trained as a baker in the city before she came back to the square.
        {tail}
        """;

    [Fact]
    public void A_statement_on_the_first_line_of_a_question_and_answer_paragraph_is_the_interviewers()
    {
        // The third pair opens with a remark instead of a question, in the place where the other pairs ask.
        var result = Fixtures.ParseText(PairedLines("That sounds like a hard first year.", "Anna Berg, 52,"));

        result.IsInterview.Should().BeTrue();
        result.Turns[4].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[4].Text.Should().Be("That sounds like a hard first year.");
        result.Turns[3].Text.Should().NotContain("hard first year");
        result.Turns[5].Role.Should().Be(TurnRole.Interviewee);
    }

    [Fact]
    public void A_teaser_list_of_rubrics_over_titles_does_not_outvote_the_questions_that_open_the_paragraphs()
    {
        // Eight more paragraphs of lines under the text, each a rubric and a time over another article's title: none of
        // their first lines is a sentence that could state a question, so they do not count against the questions.
        var teasers = new System.Text.StringBuilder();
        foreach (var (rubric, title) in new[]
                 {
                     ("harbour news 10:30 a.m.", "The Ferry Timetable Changes for Winter The crossings to the island run twice a day from November until the end of March."),
                     ("weather 10:00 a.m.", "Storm Warnings for the Coast The harbour office asks boat owners to check their moorings before Friday evening."),
                     ("markets 9:30 a.m.", "Fish Prices Rise Again After a short season the market hall expects higher prices for cod and herring."),
                     ("culture 9:00 a.m.", "The Harbour Choir at Fifty The choir celebrates its anniversary with three concerts in the old warehouse."),
                     ("sport 8:30 a.m.", "Rowers Win the Regional Cup The club's eight crossed the line half a length ahead after a close race."),
                     ("town hall 8:00 a.m.", "A Bridge for Cyclists The council plans a new bridge over the canal and wants to hear from residents first."),
                     ("schools 7:30 a.m.", "A Boat for the Island School The pupils will cross to the mainland on their own boat from next spring."),
                     ("letters 7:00 a.m.", "The Old Lighthouse and Its Keeper Readers write about the tower and the family who kept its lamp burning."),
                 })
        {
            teasers.Append("\n\n").Append(rubric).Append('\n').Append(title);
        }

        var result = Fixtures.ParseText(PairedLines("That sounds like a hard first year.", "Anna Berg, 52,", teasers.ToString()));

        result.Turns.Should().Contain(t => t.Role == TurnRole.Interviewer && t.Text == "That sounds like a hard first year.");
    }

    [Fact]
    public void A_line_that_is_no_sentence_over_a_paragraph_stays_with_the_text()
    {
        // A name over a short bio, and a subheading over an answer, stand where the questions stand but end like no
        // sentence: neither is taken for a question.
        var result = Fixtures.ParseText(PairedLines("The first year", "Anna Berg, 52,"));

        result.Turns.Should().NotContain(t => t.Role == TurnRole.Interviewer && (t.Text.StartsWith("The first year") || t.Text.StartsWith("Anna Berg")));
    }

    /// <summary>A page whose questions run into their answers: each paragraph opens with the question in bold.</summary>
    private static string RunInPage(string thirdQuestion) => $"""
        <html><body><article><h1>The baker of the old town</h1>
        <p>Anna Berg has run the bakery on the market square for twenty years. We talked with her about bread and patience.</p>
        <p><b>How did you start the bakery on the square?</b> It started with my grandmother's oven, which stood in the back room for forty years.</p>
        <p><b>What changed when the shop opened?</b> Everything became slower and more careful, and we got up at three every morning instead of five.</p>
        <p><b>{thirdQuestion}</b> It was the hardest year of my life, but also the best one, and the customers came back anyway.</p>
        <p><b>Why did your customers keep coming back?</b> Because the bread was honest, and people can taste when someone has taken time over a loaf.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_bold_question_run_into_its_answer_is_a_turn_of_its_own()
    {
        var result = Interviews.Parse(RunInPage("Was the first year hard?"));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee,
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().Be("How did you start the bakery on the square?");
        result.Turns[1].Text.Should().StartWith("It started with");
    }

    [Fact]
    public void A_bold_remark_run_into_its_answer_is_asked_among_run_in_questions()
    {
        var result = Interviews.Parse(RunInPage("That sounds like a hard first year."));

        result.Turns[4].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[4].Text.Should().Be("That sounds like a hard first year.");
        result.Turns[5].Text.Should().StartWith("It was the hardest year");
    }

    [Fact]
    public void Run_in_questions_in_markdown_are_cut_from_their_answers()
    {
        const string text = """
            # The baker of the old town

            Anna Berg has run the bakery on the market square for twenty years. We talked with her about bread and patience.

            **How did you start the bakery on the square?** It started with my grandmother's oven, which stood in the back room for forty years.

            **What changed when the shop opened?** Everything became slower and more careful, and we got up at three every morning instead of five.

            **Why did your customers keep coming back?** Because the bread was honest, and people can taste when someone has taken time over a loaf.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Select(t => t.Text).Should().Equal(
            "How did you start the bakery on the square?", "What changed when the shop opened?", "Why did your customers keep coming back?");
    }

    private static Block RunIn(string bold, string rest) => new()
    {
        Text = bold + " " + rest,
        BoldPrefix = bold,
        BoldLength = bold.Length - bold.Count(c => c == ' '),
        VisibleLength = (bold + rest).Length - (bold + rest).Count(c => c == ' '),
    };

    [Fact]
    public void A_single_bold_lead_in_question_is_left_whole()
    {
        // One bold opening question in an article is a lead-in, not the convention of run-in questions.
        var blocks = new List<Block> { RunIn("Is bread still worth the effort?", "Anna Berg thinks so, after twenty years at the oven.") };

        RunInQuestions.Split(blocks).Should().BeSameAs(blocks);
    }

    [Fact]
    public void Run_in_questions_are_cut_into_a_bold_question_and_a_plain_answer()
    {
        var blocks = new List<Block>
        {
            RunIn("Is bread still worth the effort?", "Yes, after twenty years at the oven I would say so."),
            RunIn("When does your day start?", "At three, long before the market opens at six."),
            RunIn("Names and labels:", "a bold run ending in a colon stays whole."),
        };

        var split = RunInQuestions.Split(blocks);

        split.Select(b => b.Text).Should().Equal(
            "Is bread still worth the effort?", "Yes, after twenty years at the oven I would say so.",
            "When does your day start?", "At three, long before the market opens at six.",
            "Names and labels: a bold run ending in a colon stays whole.");
        split[0].IsBold.Should().BeTrue();
        split[1].IsBold.Should().BeFalse();
    }

    /// <summary>A transcript page that sets each speaker's name in an element of its own over the words.</summary>
    private static string NamedElementsPage(Func<string, string, string> turn) => $"""
        <html><body><article><h1>The baker of the old town</h1>
        <p>Anna Berg has run the bakery on the market square for twenty years. We talked with her about bread and patience.</p>
        {turn("Tom Grain", "How did you start the bakery on the square?")}
        {turn("Anna Berg", "It started with my grandmother's oven, which stood in the back room for forty years.")}
        {turn("Tom Grain", "What changed when the shop opened?")}
        {turn("Anna Berg", "Everything became slower and more careful, and we got up at three every morning instead of five.")}
        {turn("Tom Grain", "Why did your customers keep coming back?")}
        {turn("Anna Berg", "Because the bread was honest, and people can taste when someone has taken time over a loaf.")}
        </article></body></html>
        """;

    [Theory]
    [InlineData("table")] // a row per turn: the name's cell beside the words
    [InlineData("heading")] // a minor heading over the words
    [InlineData("box")] // a box of its own, no bold, no colon
    public void Names_in_elements_of_their_own_over_the_words_label_the_turns(string shape)
    {
        string page = NamedElementsPage((name, words) => shape switch
        {
            "table" => $"<table><tr><td>{name}</td><td>{words}</td></tr></table>",
            "heading" => $"<h4>{name}</h4><p>{words}</p>",
            _ => $"<div class=\"turn\"><div>{name}</div><div>{words}</div></div>",
        });

        var result = Interviews.Parse(page);

        result.Turns.Select(t => t.Speaker).Should().Equal("Tom Grain", "Anna Berg", "Tom Grain", "Anna Berg", "Tom Grain", "Anna Berg");
        result.Turns.Should().NotContain(t => t.Text.Contains("Tom Grain") || t.Text.Contains("Anna Berg"));
        result.Turns[^1].Text.Should().StartWith("Because the bread");
    }

    [Theory]
    [InlineData("")] // the name alone on a line of plain text, as a text browser prints a name's box or minor heading
    [InlineData("#### ")] // a minor heading of Markdown
    public void Names_alone_on_their_lines_over_the_words_of_a_text_label_the_turns(string mark)
    {
        string doc = "The baker of the old town\n\nAnna Berg has run the bakery on the market square for twenty years. We talked with her about bread and patience.\n\n"
            + string.Concat(NamedTurns.Select(t => $"{mark}{t.Name}\n\n{t.Words}\n\n"));

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Speaker).Should().Equal(NamedTurns.Select(t => t.Name));
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[^1].Text.Should().StartWith("Because the bread");
    }

    private static readonly (string Name, string Words)[] NamedTurns =
    [
        ("Tom Grain", "How did you start the bakery on the square?"),
        ("Anna Berg", "It started with my grandmother's oven, which stood in the back room for forty years."),
        ("Tom Grain", "What changed when the shop opened?"),
        ("Anna Berg", "Everything became slower and more careful, and we got up at three every morning instead of five."),
        ("Tom Grain", "Why did your customers keep coming back?"),
        ("Anna Berg", "Because the bread was honest, and people can taste when someone has taken time over a loaf."),
    ];

    [Theory]
    [InlineData("authors")] // two authors over their stories' openings, the same author over several entries in a row
    [InlineData("menu")] // two names of a menu over its entries, taking turns, over no speech
    [InlineData("links")] // a reference list's link rows over its entries, each row a variant of the others
    [InlineData("linked")] // a menu's entries, links of Markdown, printed in turn
    public void Names_alone_on_lines_of_a_text_that_take_no_turns_or_stand_over_no_speech_are_no_speakers(string shape)
    {
        string[] names = shape switch
        {
            "authors" => ["Mira Holt", "Mira Holt", "Mira Holt", "Jonas Feld", "Jonas Feld"],
            "menu" or "linked" => ["Garden Notes", "Market Days", "Garden Notes", "Market Days"],
            _ => ["Library Index Scholar", "Index Scholar", "Library Index Scholar", "Index Scholar", "Library Index Scholar"],
        };
        var blocks = new List<Block>();
        foreach (var name in names)
        {
            blocks.Add(new Block { Text = name, OwnLine = true, VisibleLength = name.Length, LinkLength = shape == "linked" ? name.Length : 0 });
            if (shape == "menu") blocks.Add(new Block { Text = "Seeds, soil and a watering can", OwnLine = true, VisibleLength = 26 });
            blocks.Add(new Block { Text = "Why do the old pear trees along the river still carry fruit every autumn?", OwnLine = true, VisibleLength = 70 });
        }

        var segmentation = TurnSegmenter.Segment(blocks);

        segmentation.Turns.Should().NotContain(t => t.Label != null);
    }

    [Fact]
    public void Headings_of_a_list_printed_again_and_again_are_no_speakers()
    {
        // A weekly plan printed three times: its headings come back in turn, each as often, never one in three.
        var blocks = new List<Block>();
        for (int week = 0; week < 3; week++)
        {
            foreach (var heading in (string[])["Morning Walk", "Garden Work", "Evening Reading", "Market Visit"])
            {
                blocks.Add(new Block { Text = heading, Kind = BlockKind.Heading, Level = 4, Element = blocks.Count, VisibleLength = heading.Length });
                blocks.Add(new Block { Text = "Do you have an hour for it? Then take the long way round and come back by the river.", Element = blocks.Count, VisibleLength = 70 });
            }
        }

        var segmentation = TurnSegmenter.Segment(blocks);

        segmentation.Turns.Should().NotContain(t => t.Label != null);
    }
}
