using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Turns;

public class TranscriptConventionTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    [Fact]
    public void A_label_run_into_its_paragraph_among_label_lines_changes_the_speaker_too()
    {
        const string doc = """
            Q:

            When did the workshop open, and who came first?

            Lena Vos:

            In the spring of 1998. Mostly fishermen with broken winches, and a few children with bicycles.

            Q: And the children came back?

            Lena Vos:

            Every summer. Some of them run their own workshops now, two streets further down the harbour.

            Q:

            What will you do when you close it?

            Lena Vos:

            Sail, finally, and let somebody else repair the winches for once.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[2].Text.Should().Be("And the children came back?");
        result.Turns[3].Speaker.Should().Be("Lena Vos");
    }

    [Fact]
    public void Labels_on_their_own_line_apply_to_the_paragraphs_below_them()
    {
        const string doc = """
            Press conference on the new bridge

            MAYOR ANNA KOVAC
            Good morning to all of you and thank you for coming out in the rain today.
            The bridge opens next week, two months ahead of the plan we announced last year.

            QUESTION
            How much did it cost in the end?

            MAYOR ANNA KOVAC
            About four million, which is less than the estimate from the council.

            QUESTION
            Will the ferry keep running after the opening?

            MAYOR ANNA KOVAC
            Yes, for tourists, on weekends, through the whole summer season.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Speaker.Should().Be("Anna Kovac", "the title word is not part of the name and shouting is undone");
        result.Turns[0].Text.Split("\n\n").Should().HaveCount(2);
        result.Turns.Should().NotContain(t => t.Text.Contains("QUESTION"));
    }

    [Fact]
    public void Name_lines_over_the_answers_leave_the_plain_questions_between_them_to_the_interviewer()
    {
        // Two guests named on lines of their own over their answers; the questions stand unlabelled between one answer
        // and the next name line, and a closing call that asks stands under the last answer.
        const string doc = """
            Two boat builders on their first year

            What brought you to boat building?

            Lena Vos:
            My grandfather built rowing boats in the shed behind our house, and I spent every summer there as a child.

            Tom Berg:
            I came from furniture. Wood is wood, I thought, and I was wrong about that for a whole year.

            Which boat are you proudest of?

            Tom Berg:
            The small sailing dinghy we finished in March. It floated straight on the first try, which is rarer than you think.

            What comes next for the workshop?

            Lena Vos:
            A bigger shed, and an apprentice or two, if the orders keep coming in as they did this winter.

            Want to see the boats for yourself?
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => (t.Role, t.Speaker)).Should().StartWith(new[]
        {
            (TurnRole.Interviewer, (string?)null), (TurnRole.Interviewee, "Lena Vos"), (TurnRole.Interviewee, "Tom Berg"),
            (TurnRole.Interviewer, null), (TurnRole.Interviewee, "Tom Berg"), (TurnRole.Interviewer, null), (TurnRole.Interviewee, "Lena Vos"),
        });
        result.Turns[3].Text.Should().Be("Which boat are you proudest of?");
    }

    [Theory]
    [InlineData(":")]
    [InlineData("\uFF1A")]
    public void A_name_and_its_time_alone_on_a_line_label_the_speech_below_with_either_colon(string colon)
    {
        string doc = $"""
            Lena Vos{colon} 00:00:05

            Welcome to the harbour hour. With me is Tom Berg, who builds boats in the old shed by the pier.

            Tom Berg{colon} 00:00:14

            Thanks for having me. It is good to be out of the dust for an hour, to be honest.

            Lena Vos{colon} 00:00:21

            How did you start building boats, and what was the first one you finished?

            Tom Berg{colon} 00:00:29

            With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and it never leaked again.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Speaker).Should().Equal("Lena Vos", "Tom Berg", "Lena Vos", "Tom Berg");
        result.Turns[3].Time.Should().Be(TimeSpan.FromSeconds(29));
    }

    [Fact]
    public void One_word_names_beside_a_time_on_lines_of_their_own_head_the_turns_as_transcription_tools_print_them()
    {
        const string doc = """
            Chapters
            Intro  0:00
            Boats  0:30
            Storms  1:10

            Lena  00:00:05
            Welcome to the harbour hour. With me is Tom, who builds boats in the old shed by the pier.

            Tom  00:00:14
            Thanks for having me. It is good to be out of the dust for an hour, to be honest.

            Lena  00:00:21
            How did you start building boats, and what was the first one you finished?

            Tom  00:00:29
            With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and never leaked again.

            Lena  00:00:48
            And what do you build now, in winter, when nobody wants a boat?

            Tom  00:00:55
            Repairs, mostly. Every hull that comes in has a story, and most of them are about a storm somebody survived.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Speaker).Should().Equal("Lena", "Tom", "Lena", "Tom", "Lena", "Tom");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(14));
        result.Participants.Should().NotContain(p => p.Name == "Intro" || p.Name == "Boats");
    }

    [Theory]
    [InlineData("[Lena] 00:00:05", "[Tom Berg] 00:00:14", "[Lena] 00:00:21", "[Tom Berg] 00:00:29")]
    [InlineData("00:00:05 [Lena]", "00:00:14 [Tom Berg]", "00:00:21 [Lena]", "00:00:29 [Tom Berg]")]
    public void A_name_in_brackets_beside_a_time_on_a_line_of_its_own_heads_the_turn(string first, string second, string third, string fourth)
    {
        // Subtitle-minded tools put the speaker in brackets; the time beside it still makes the line a label line.
        string doc = $"""
            {first}
            Welcome to the harbour hour. With me is Tom Berg, who builds boats in the old shed by the pier.

            {second}
            Thanks for having me. It is good to be out of the dust for an hour, to be honest.

            {third}
            How did you start building boats, and what was the first one you finished?

            {fourth}
            With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and never leaked again.

            {first.Replace("05", "48", StringComparison.Ordinal)}
            And what do you build now, in winter, when nobody wants a boat?

            {second.Replace("14", "55", StringComparison.Ordinal)}
            Repairs, mostly. Every hull that comes in has a story, and most of them are about a storm somebody survived.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Speaker).Should().Equal("Lena", "Tom Berg", "Lena", "Tom Berg", "Lena", "Tom Berg");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(14));
        result.Turns[0].Text.Should().StartWith("Welcome");
    }

    [Theory]
    [InlineData("AM", "PM")]
    [InlineData("Uhr", "Uhr")]
    public void A_times_word_after_the_time_of_a_schedule_line_names_no_speaker(string morning, string evening)
    {
        // A day's schedule: "6:00 AM" or "6:00 Uhr" over what happens then, each recurring, a reader's question over
        // each. The word after the time is the time's, not a speaker answering the questions.
        string doc = $"""
            A day on the island

            When does the keeper get up?

            6:00 {morning}
            The keeper wakes up and feeds the chickens behind the house before the first ferry comes in.

            When is the light switched on?

            9:00 {evening}
            The light is switched on, and the keeper writes the weather of the day into the logbook.

            Would you climb the stairs before breakfast?

            7:00 {morning}
            The keeper does, every morning, to clean the lens before the fog comes in from the sea.

            What does the keeper do at night?

            10:00 {evening}
            He listens to the radio and waits for the ships to call in, one after the other.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().NotContain(p => p.Name == morning || p.Name == evening);
        result.Turns.Should().NotContain(t => t.Speaker == morning || t.Speaker == evening);
    }

    [Theory]
    [InlineData("Berg:", "Tom Berg:")]
    [InlineData("Berg  00:01:10", "Tom Berg  00:00:20")]
    public void One_speakers_name_alone_over_each_answer_labels_the_answers_while_the_questions_stand_unlabelled(string label, string firstLabel)
    {
        // Only the guest's answers carry a label line; the interviewer's questions stand as plain paragraphs over them.
        string doc = $"""
            The boat builder of the old shed

            Tom Berg has built wooden boats by the pier for thirty years. We visited him in the winter, when the shed is cold.

            How did you start building boats?

            {firstLabel}
            With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and never leaked again.

            What do you build in winter, when nobody wants a boat?

            {label}
            Repairs, mostly. Every hull that comes in has a story, and most of them are about a storm somebody survived.

            Which wood do you like best for a hull?

            {label}
            Larch from the hills behind the town. It is heavy, it smells of resin, and it lasts longer than I will.

            Will anybody take over the shed after you?

            {label}
            My neighbour's son comes on Saturdays. He is patient with the plane, which is more than I was at his age.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(8);
        result.Turns.Where((_, i) => i % 2 == 1).Should().OnlyContain(t => t.Role == TurnRole.Interviewee && t.Speaker!.EndsWith("Berg", StringComparison.Ordinal));
        result.Turns.Where((_, i) => i % 2 == 0).Should().OnlyContain(t => t.Role == TurnRole.Interviewer);
        result.Turns.Should().NotContain(t => t.Text.Contains("Berg:", StringComparison.Ordinal) || t.Text.Contains("00:0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LV", "TB")]
    [InlineData("Lena", "Tom")]
    public void Bracketed_initials_or_name_words_that_take_turns_label_the_speech(string host, string guest)
    {
        string doc = $"""
            [{host}] Welcome to the harbour hour. With me is the boat builder from the old shed by the pier.

            [{guest}] Thanks for having me. It is good to be out of the dust for an hour, to be honest.

            [{host}] How did you start building boats, and what was the first one you finished?

            [{guest}] With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and never leaked again.

            [{host}] And what do you build now, in winter, when nobody wants a boat?

            [{guest}] Repairs, mostly. Every hull that comes in has a story, and most of them are about a storm somebody survived.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Speaker).Should().Equal(host, guest, host, guest, host, guest);
        result.Turns[0].Text.Should().StartWith("Welcome");
    }

    [Fact]
    public void A_bracketed_name_over_every_answer_with_the_questions_unlabelled_labels_the_answers()
    {
        // The guest's full name in brackets over the first answer, the surname over the others; the questions are plain.
        const string doc = """
            The boat builder of the old shed

            Tom Berg has built wooden boats by the pier for thirty years. We visited him in the winter, when the shed is cold.

            How did you start building boats?

            [Tom Berg] With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and never leaked again.

            What do you build in winter, when nobody wants a boat?

            [Berg] Repairs, mostly. Every hull that comes in has a story, and most of them are about a storm somebody survived.

            Which wood do you like best for a hull?

            [Berg] Larch from the hills behind the town. It is heavy, it smells of resin, and it lasts longer than I will.

            Will anybody take over the shed after you?

            [Berg] My neighbour's son comes on Saturdays. He is patient with the plane, which is more than I was at his age.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(8);
        result.Turns.Where((_, i) => i % 2 == 1).Should().OnlyContain(t => t.Role == TurnRole.Interviewee && t.Speaker!.EndsWith("Berg", StringComparison.Ordinal));
        result.Turns.Should().NotContain(t => t.Text.Contains('['));
        result.Turns[1].Text.Should().StartWith("With a rowing boat");
    }

    [Fact]
    public void Greetings_labelled_with_full_names_and_initials_before_a_bracketed_dialogue_are_its_first_turns()
    {
        // "Name (XY): …" introduces each speaker once; then "[XY] …" heads the turns. The short greetings are turns too.
        const string doc = """
            The harbour hour

            Lena Vos (LV): Welcome, Tom.

            Tom Berg (TB): Hi, Lena.

            [LV] Today we talk about boats and the old shed by the pier, where you have worked for thirty years.

            [TB] Thirty-one, to be exact. I started the summer my father broke his arm.

            [LV] How did you start building boats, and what was the first one you finished?

            [TB] With a rowing boat for my daughter. It leaked for a week, and then the wood swelled and never leaked again.

            [LV] And what do you build now, in winter, when nobody wants a boat?

            [TB] Repairs, mostly. Every hull that comes in has a story, and most of them are about a storm somebody survived.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(8);
        result.Turns[0].Text.Should().Be("Welcome, Tom.");
        result.Turns.Select(t => t.Speaker).Distinct().Should().BeEquivalentTo("Lena Vos", "Tom Berg");
    }

    [Fact]
    public void A_bracketed_word_that_opens_only_a_few_of_the_answers_is_no_answerers_label()
    {
        // Three answers of twelve open with a bracketed place, each under a plain question: a dateline, not a speaker.
        var paragraphs = new List<string> { "The harbour master", "Tom Berg has kept the harbour office for thirty years. We asked him about the quay." };
        for (int i = 0; i < 12; i++)
        {
            paragraphs.Add($"What changed on the quay in {1990 + i}, and did you notice it first?");
            paragraphs.Add($"In {1990 + i} the boats came in later than before, and I noticed it before the traders on the quay did.");
        }

        foreach (int answer in (int[])[5, 13, 21]) paragraphs[answer] = "[Oslo] " + paragraphs[answer];

        var result = Interviews.Parse(string.Join("\n\n", paragraphs), Text);

        result.Participants.Should().NotContain(p => p.Name == "Oslo");
        result.Turns.Should().NotContain(t => t.Speaker == "Oslo");
    }

    [Fact]
    public void Bracketed_words_that_open_a_few_lines_of_a_long_talk_are_stage_notes_not_speakers()
    {
        var paragraphs = new List<string>();
        for (int i = 0; i < 12; i++)
        {
            paragraphs.Add($"Question {i + 1} about the harbour: what changed on the quay in year {1990 + i}, and who noticed it first?");
            paragraphs.Add($"In year {1990 + i} the boats came in later than before, and the traders on the quay were the first to notice it.");
        }

        paragraphs[3] = "[Laughter] " + paragraphs[3];
        paragraphs[9] = "[Music] " + paragraphs[9];
        paragraphs[15] = "[Laughter] " + paragraphs[15];
        paragraphs[21] = "[Music] " + paragraphs[21];

        var result = Interviews.Parse(string.Join("\n\n", paragraphs), Text);

        result.Participants.Should().NotContain(p => p.Name == "Laughter" || p.Name == "Music");
    }

    [Fact]
    public void A_long_opening_statement_by_the_speaker_who_answers_later_is_the_first_turn()
    {
        // A briefing opens with the spokeswoman's statement of many paragraphs before the first question.
        const string doc = """
            Briefing by the Harbour Authority

            MS. KOVAC: Good morning. I have a few announcements before we take your questions.

            The north pier reopens on Monday after six weeks of repairs to its deck and railings.

            The ferry to the islands returns to its summer timetable from the first of June.

            Two new pilot boats join the fleet this month, replacing the ones built in the seventies.

            The harbour office moves to the old customs house, with longer opening hours on Saturdays.

            With that, I am happy to take questions.

            Q: When will the south pier reopen?

            MS. KOVAC: Not before the autumn. The piles need more work than the surveyors expected.

            Q: Will the ferry fares go up with the new timetable?

            MS. KOVAC: No. The fares stay as they are until the end of next year.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns[0].Role.Should().Be(TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("Good morning.").And.Contain("happy to take questions");
        result.Turns.Should().HaveCount(5);
    }

    private const string SmallLetterTranscript = """
        The lighthouse years

        Mara Holm kept the island light for twenty years. Jon Vik talks to her about the keepers' last decade.

        jon vik
        Mara, you arrived on the island in a storm, I am told.

        mara holm
        In the worst storm of that winter. The boat could not land, so they lowered me onto the rocks with a rope, and my suitcase after me.

        jon vik
        And the first night?

        mara holm
        I did not sleep. The lamp turned, the shutters rattled, and every hour I climbed the stairs to check the clockwork that turned the lens.

        jon vik
        Mara Holm, thank you.
        """;

    [Fact]
    public void Names_in_small_letters_on_lines_of_their_own_label_the_speech_as_the_page_writes_them()
    {
        var result = Interviews.Parse(SmallLetterTranscript, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Speaker).Should().Equal("Jon Vik", "Mara Holm", "Jon Vik", "Mara Holm", "Jon Vik");
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer);
    }

    [Fact]
    public void Lines_in_small_letters_that_the_page_never_writes_with_capitals_label_nobody()
    {
        // The intro names nobody: the recurring small lines might be tags or buttons as well as names.
        string doc = SmallLetterTranscript.Replace("Mara Holm kept the island light for twenty years. Jon Vik talks to her about the keepers' last decade.",
            "A keeper kept the island light for twenty years. A reporter talks to her about the keepers' last decade.").Replace("Mara Holm, thank you.", "Thank you.");

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().NotContain(t => t.Speaker == "Jon Vik" || t.Speaker == "Mara Holm");
    }

    [Fact]
    public void A_host_whose_last_turn_runs_on_with_the_credits_still_hosts_where_the_guest_speaks_first()
    {
        // The guest opens (the host's welcome was cut off above); the host's turns are short remarks, the last one
        // running on through the programme's credits.
        const string doc = """
            Island voices

            MARA HOLM
            Thank you for having me here today, it is good to be back on the mainland for a while.

            JON VIK
            Let us start with the storm.

            MARA HOLM
            It came at night, without much warning, and it took the landing stage and half the boathouse with it before the morning. We spent the next week carrying stones back up the slope.

            JON VIK
            And then the winter?

            MARA HOLM
            The winter was quiet after that, long and dark, with the supply boat coming once a fortnight when the sea allowed it, and the radio our only company.

            JON VIK
            Tell me about the lamp.

            MARA HOLM
            The lamp was the one thing that never failed. Every evening I lit it, every morning I cleaned the lens, and in twenty years it went dark for less than an hour in total.

            JON VIK
            Thank you, Mara. Island Voices is produced by the coastal radio team, with sound by the studio crew and music from the harbour choir. Our thanks to the keepers' association for the recordings from the archive, to the ferry company for the crossings, and to everyone who wrote in after the last programme with memories of the lights along the coast. Next week we travel north to the fishing villages, where the last net makers are training their successors, and we hear how a trade survives when the young move away to the cities for work and school.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Where(t => t.Speaker == "Jon Vik").Should().OnlyContain(t => t.Role == TurnRole.Interviewer);
        result.Turns.Where(t => t.Speaker == "Mara Holm").Should().OnlyContain(t => t.Role == TurnRole.Interviewee);
    }

    [Fact]
    public void A_short_greeting_under_the_first_label_line_stays_in_the_first_turn()
    {
        // The greeting weighs as a short line; the label line above it and the greeting belong to the speaker's turn.
        const string doc = """
            Transcript. Remarks of the harbour master on the opening of the new pier
            Harbour Authority
            3 May 2024
            HARBOUR MASTER ANNA KOVAC
            Good morning.
            It is a pleasure to welcome you all on the new pier, which opens today after two years of work and many delays that we all remember well.
            The pier gives the ferries a second berth, the fishing boats a sheltered basin, and the town a promenade along the water that everyone can use.
            QUESTION
            When will the ferries use the second berth for the first time?
            HARBOUR MASTER ANNA KOVAC
            From the summer timetable on, which starts in June, and every crossing in the evening will leave from there.
            QUESTION
            What will the promenade cost the town each year?
            HARBOUR MASTER ANNA KOVAC
            Less than the old quay did, because the new deck needs no repairs for the first ten years, as the builders guarantee.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns[0].Role.Should().Be(TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("Good morning.");
    }

    [Fact]
    public void Dash_dialogue_opens_each_turn_with_a_dash_and_continues_without_one()
    {
        const string doc = """
            Жизнь на маяке

            Смотритель маяка рассказал о своей работе на острове.

            — Как вы попали на остров?
            — Случайно. Мне предложили работу на одно лето, и я остался на двадцать лет.
            С тех пор я уезжал только зимой, на несколько недель.
            — Вам не бывает одиноко?
            — Нет, у меня есть собака, радио и очень много книг, которые я давно хотел прочитать.
            — Что вы будете делать дальше?
            — Останусь здесь, пока маяк работает, а потом посмотрим.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Turns.Where((_, i) => i % 2 == 0).Should().OnlyContain(t => t.Role == TurnRole.Interviewer);
        result.Turns[1].Text.Should().StartWith("Случайно.").And.Contain("\n\nС тех пор");
        result.Turns.Should().NotContain(t => t.Text.StartsWith('—'));
    }

    [Theory]
    [InlineData("—")]
    [InlineData("――")]
    public void An_answer_that_opens_with_a_year_after_a_dialogue_dash_is_a_turn_of_its_own(string dash)
    {
        // A doubled dash or an em dash is no minus sign: the digits after it open the answer.
        string doc = $"""
            Жизнь на маяке

            Смотритель маяка рассказал о своей работе на острове.

            {dash}Как вы попали на остров?
            {dash}Случайно. Мне предложили работу на одно лето, и я остался на двадцать лет.
            {dash}Какой шторм вы запомнили?
            {dash}1999 года. Мы три дня не выходили из дома и слушали радио.
            {dash}Что вы будете делать дальше?
            {dash}Останусь здесь, пока маяк работает, а потом посмотрим.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(6);
        result.Turns[3].Role.Should().Be(TurnRole.Interviewee);
        result.Turns[3].Text.Should().StartWith("1999 года.");
    }

    // A text scrape whose first prompt asks nothing: it calls the guest by the name the standfirst gives and speaks to her.
    private static string FirstPromptScrape(string opening) => $"""
        Die Fährfrau vom Elbufer

        Mara Lindqvist bringt seit zwölf Jahren Radfahrer und Pendler über die Elbe.

        {opening}

        Mit einem Ferienjob. Der alte Fährmann suchte jemanden für den Sommer, und ich bin geblieben.

        Wie viele Fahrten schaffst du an einem Tag?

        Im Sommer sechzig, im Winter kaum zehn. Bei Eisgang fahren wir gar nicht.

        Was passiert, wenn die neue Brücke kommt?

        Dann fahre ich die Touristen, die wollen ohnehin lieber aufs Wasser als darüber.

        Und was machst du im Winter, wenn die Fähre still liegt?

        Ich streiche das Boot, repariere den Anleger und lese endlich die Bücher, die im Sommer liegen bleiben.
        """;

    [Fact]
    public void A_first_prompt_that_calls_the_guest_named_above_and_speaks_to_her_opens_the_interview()
    {
        var result = Interviews.Parse(FirstPromptScrape("Mara, du hast die Fähre vor zwölf Jahren übernommen, erzähl uns, wie es dazu kam."), Text);

        result.IsInterview.Should().BeTrue();
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[0].Text.Should().StartWith("Mara, du hast");
        result.Turns[1].Text.Should().StartWith("Mit einem Ferienjob.");
    }

    [Fact]
    public void A_standfirst_that_calls_its_readers_stays_the_lead()
    {
        var result = Interviews.Parse(FirstPromptScrape("Freunde, ihr kennt die Fähre vielleicht vom Wochenende, heute erzählt sie von ihrer Arbeit."), Text);

        result.Turns[0].Text.Should().Be("Wie viele Fahrten schaffst du an einem Tag?");
    }

    [Fact]
    public void A_dashed_statement_between_two_dashed_answers_is_the_interviewers_prompt()
    {
        // Each dash gives the word to the other side: "— Y en el invierno, el puerto vacío." asks nothing, yet it prompts.
        const string doc = """
            La guardiana del faro

            Marta Gil cuida el faro de la isla desde hace veinte años.

            — ¿Cómo llegó a la isla?
            — Por casualidad. Me ofrecieron el trabajo para un verano y me quedé veinte años.
            — Y en invierno, el puerto vacío.
            — Es la mejor época. Leo, pinto y escucho la radio hasta tarde.
            — ¿Piensa dejarlo algún día?
            — Cuando el faro se apague, no antes.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[2].Text.Should().Be("Y en invierno, el puerto vacío.");
    }

    [Fact]
    public void Dashed_quotations_in_a_report_that_asks_nothing_make_no_interview()
    {
        // Scandinavian outlets set quotations off with a dash; a report's quotes follow one another and nobody asks.
        const string doc = """
            Ny ferje settes inn i sommer

            Kommunen har bestilt en ny ferje til øyene, og den skal gå fra juni.

            – Vi har ventet lenge på dette, sier ordfører Kari Lund.

            Ferja får plass til førti biler og skal gå hver time.

            – Det blir mye enklere å pendle, sier pendler Ola Berg.

            – Prisen blir den samme som i dag, opplyser selskapet.

            – Vi gleder oss, sier Lund.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(1, false)]
    public void Answers_under_bold_questions_lose_their_quotation_dash_where_the_answers_are_dashed(int dashedAnswers, bool stripped)
    {
        // Bold questions over answers that open with a quotation dash, as Scandinavian outlets print them; where a
        // single answer opens with a dash, the dash is the answer's own text.
        string[] answers =
        [
            "Two winters ago, when the old keeper retired and nobody else wanted the job on the rock.",
            "Never. The radio works, the supply boat comes every Thursday, and I have more books than time.",
            "The storms in February, when the spray reaches the lamp room and the whole tower hums.",
            "Stay as long as the light is lit by hand, and then write down what I have seen out here.",
        ];
        string[] questions = ["When did you come to the lighthouse?", "Do you never feel alone?", "What is the hardest month?", "What comes next for you?"];
        var html = new System.Text.StringBuilder("<html><body><article><h1>A winter on the rock</h1><p>Mara Holm keeps the last manned lighthouse on the coast.</p>");
        for (int i = 0; i < 4; i++)
        {
            html.Append($"<p><strong>{questions[i]}</strong></p><p>{(i < dashedAnswers ? "– " : "")}{answers[i]}</p>");
        }

        var result = Interviews.Parse(html.Append("</article></body></html>").ToString());

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(4);
        if (stripped)
        {
            result.Turns.Should().NotContain(t => t.Text.StartsWith('–'));
            result.Turns[1].Text.Should().Be(answers[0]);
        }
        else
        {
            result.Turns[1].Text.Should().Be("– " + answers[0]);
        }
    }

    [Fact]
    public void Broadcast_labels_give_name_and_role_once_and_the_surname_after()
    {
        const string doc = """
            Morning show: the tide tables

            STEVE HOLM, HOST: Good morning. The tides are changing faster this year. Why is that?

            MARIA ODA: Because the sandbanks moved in the winter storms, and the channel is deeper now.

            HOLM: Is that dangerous for the small boats?

            ODA: Only at low tide, when the current is strongest near the harbour wall.

            HOLM: Thank you for joining us this morning.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer);
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Steve Holm");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Maria Oda");
    }

    [Fact]
    public void A_bold_name_with_a_time_before_its_colon_labels_the_turn_and_gives_it_the_time()
    {
        const string doc = """
            # The oak and the sea

            Host Rosa Lind talks with the boatbuilder Ivo Berg about wooden hulls.

            **Rosa Lind**: Ivo, why do you still build with wood?

            **Ivo Berg**: Because wood forgives. You can mend a wooden hull on any beach with the tools in your bag.

            **Rosa Lind** [00:02:40]: What is the hardest part of the work?

            **Ivo Berg** [00:02:44]: Finding the oak. The good trees are gone, and the young ones need a hundred years.
            """;

        var result = Interviews.Parse(doc, Text); // Markdown is read as text with its marks

        result.Turns.Select(t => t.Speaker).Should().Equal("Rosa Lind", "Ivo Berg", "Rosa Lind", "Ivo Berg");
        result.Turns[2].Text.Should().Be("What is the hardest part of the work?");
        result.Turns[3].Time.Should().Be(new TimeSpan(0, 2, 44));
    }

    [Fact]
    public void A_full_name_label_line_used_once_over_the_first_speech_heads_a_turn_like_the_surname_lines_after_it()
    {
        const string doc = """
            Evening show: the ferry strike

            ANNA BERG:
            Good evening. The ferries have stood still for a week now, and with me is the island's mayor. How long can you hold out?

            PER DAHL:
            A few more days. The shops are running out of fresh food, and the doctor comes by boat only twice a week.

            BERG:
            Are you talking to the crews?

            DAHL:
            Every morning, but nobody has moved since Monday, and the crews say they will not sail before they are heard.

            BERG:
            What would you tell them tonight?

            DAHL:
            That the islands are on their side, and that the old people on them cannot wait much longer.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("Good evening.");
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Anna Berg");
    }

    [Fact]
    public void Initials_and_a_time_on_their_own_line_head_each_turn_and_the_header_spells_them_out()
    {
        const string doc = """
            Oral history: the old cannery

            Speakers: Nora Vik (NV), interviewer; Aksel Moe (AM), retired cannery foreman

            NV 00:00:03
            When did you start at the cannery?

            AM 00:00:07
            In the spring of 1961. I was sixteen and my uncle got me the job.

            NV 00:00:15
            What was the work like?

            AM 00:00:18
            Wet and cold. We stood at the belts for ten hours, and the smell never left your clothes.

            NV 00:00:31
            Do you miss it?

            AM 00:00:33
            The people, yes. Not the smell.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(6);
        result.Turns.Select(t => t.Speaker).Should().Equal("Nora Vik", "Aksel Moe", "Nora Vik", "Aksel Moe", "Nora Vik", "Aksel Moe");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(7));
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Title.Should().Be("retired cannery foreman");
    }

    [Fact]
    public void Given_name_labels_after_full_ones_keep_the_last_short_exchange_before_the_footer()
    {
        const string doc = """
            The lighthouse keepers

            Today I talk with Ruth Bell, who kept the northern light for twelve years.

            Tom Reyes: Ruth, welcome.

            Ruth Bell: Thanks, Tom.

            Tom: What did a normal night look like?

            Ruth: Long and quiet. I checked the lamp every two hours and wrote the weather into the log book.

            Tom: Did you ever feel lonely out there?

            Ruth: Sometimes, in winter. But the radio kept me company, and the supply boat came every week.

            Tom: Ruth Bell, thank you.

            Ruth: My pleasure.
            ________________________________________

            Produced by Tom Reyes. Subscribe wherever you listen.
            © 2024 Harbour Voices · Privacy
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(8);
        result.Turns[^1].Text.Should().Be("My pleasure.");
        result.Turns[^1].Speaker.Should().Be("Ruth Bell");
    }

    [Fact]
    public void A_surname_label_shared_by_two_full_names_is_not_merged_into_either()
    {
        const string doc = """
            Evening show: two sisters on the river

            STEVE HOLM, HOST: Good evening. You both run ferries on the same river. Why two companies?

            MARIA ODA: Because we could never agree on the timetable, not even as children.

            ANNA ODA: That is true, and the river is wide enough for two boats anyway.

            HOLM: Do your passengers notice the difference?

            ODA: They do. Mine leaves on time.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns[^1].Speaker.Should().BeEquivalentTo("Oda", "\"Oda\" could be Maria Oda or Anna Oda");
        result.Turns[^1].SpeakerId.Should().BeNull();
        result.Turns[^2].Speaker.Should().Be("Steve Holm");
    }

    [Fact]
    public void Header_fields_name_the_people_and_are_not_turns()
    {
        const string doc = """
            Oral history of a printer

            INTERVIEWEE: Jonas Weber
            INTERVIEWER: Clara Stein
            DATE: 3 May 2010

            Q: Where did you learn the trade?

            Jonas Weber: In my father's shop, setting type by hand before school every morning.

            Q: Did you like it?

            Jonas Weber: Not at first. Later I could not imagine doing anything else with my life.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(4);
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[0].Speaker.Should().Be("Clara Stein");
        result.Participants.Should().Contain(p => p.Name == "Jonas Weber" && p.Role == TurnRole.Interviewee);
        result.Turns.Should().NotContain(t => t.Text.Contains("3 May 2010"));
    }

    [Fact]
    public void Header_fields_above_the_first_section_heading_still_name_the_interviewer()
    {
        // A page whose only title is the guest's name: the first section heading under the header is taken for the
        // headline, and the header fields stand above it.
        const string doc = """
            ## Jonas Weber

            Jonas Weber set type in his father's shop for forty years; the printers' oral history recorded him in 2010.

            INTERVIEWEE: Jonas Weber
            INTERVIEWER: Clara Stein
            DATE: 3 May 2010

            ### Early years in the shop

            Q: Where did you learn the trade?

            Jonas Weber: In my father's shop, setting type by hand before school every morning.

            Q: Did you like it?

            Jonas Weber: Not at first. Later I could not imagine doing anything else with my life.

            Q: And the presses?

            Jonas Weber: We had two, one of them older than my grandfather, and both still worked.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[0].Speaker.Should().Be("Clara Stein");
        result.Participants.Should().Contain(p => p.Name == "Clara Stein" && p.Role == TurnRole.Interviewer);
        result.Headline.Should().NotContain("INTERVIEWEE", "a header field naming a side is not a title");
    }

    [Fact]
    public void A_header_field_with_name_and_title_gives_both()
    {
        const string doc = """
            Oral history of a printer

            INTERVIEWEE: Jonas Weber, Master Printer
            INTERVIEWER: Clara Stein
            DATE: 3 May 2010

            Q: Where did you learn the trade?

            A: In my father's shop, setting type by hand before school every morning.

            Q: Did you like it?

            A: Not at first. Later I could not imagine doing anything else with my life.
            """;

        var result = Interviews.Parse(doc, Text);

        var weber = result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Subject;
        weber.Name.Should().Be("Jonas Weber");
        weber.Title.Should().Be("Master Printer");
    }

    [Fact]
    public void A_label_like_phrase_inside_an_answer_does_not_open_a_turn()
    {
        const string doc = """
            Q: Will your factory close?

            A: The answer: no. We have orders until next spring and the owners want to invest again.

            Q: And the workers?

            A: They stay. Every one of them, and we are hiring twelve more people in March.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Should().StartWith("The answer: no.");
    }

    [Fact]
    public void Paragraphs_that_close_with_their_timestamp_are_timed_turns()
    {
        // Some transcription tools print each paragraph's time at its end, in brackets.
        const string text = """
            Harbour talk, episode 12

            Tom Grain: When did you start working on the night shift at the harbour? (00:00:10)

            Anna Berg: Eleven years ago, after the container terminal opened and the ships began to arrive at all hours. (00:00:40)

            Tom Grain: What is the hardest part of the job for you? (00:01:10)

            Anna Berg: The fog in November, when you hear the ships long before you can see any of their lights. (00:01:40)

            Tom Grain: Will the new radar change that for the crews? (00:02:10)

            Anna Berg: It will, once the crews trust it more than their own ears, which takes a winter or two. (00:02:40)
            """;

        var result = Fixtures.ParseText(text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Turns[0].Time.Should().Be(TimeSpan.FromSeconds(10));
        result.Turns[0].Text.Should().Be("When did you start working on the night shift at the harbour?");
        result.Turns[5].Time.Should().Be(TimeSpan.FromSeconds(160));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_time_in_brackets_between_name_and_speech_sets_the_name_apart_without_a_colon(bool html)
    {
        // Some podcast sites print "Name (hh:mm:ss) speech": the bracketed time closes the label; a paragraph that opens
        // with a time alone goes on with the speaker before it.
        string[] lines =
        [
            "Tom Grain (00:00:05) My guest today runs the night shift at the container terminal. Welcome, Anna Berg.",
            "Anna Berg (00:00:12) Thank you, Tom. It is good to be here at last.",
            "Tom Grain (00:00:20) What is the hardest part of the job?",
            "Anna Berg (00:00:24) The fog in November, when you hear the ships long before you see their lights.",
            "(00:00:41) And the cold, which nobody warns you about when you sign up for nights.",
            "Tom Grain (00:01:02) Will the new radar change that?",
            "Anna Berg (00:01:06) It will, once the crews trust it more than their own ears.",
        ];
        var result = html
            ? Interviews.Parse("<html><body><h1>Night shift, episode 4</h1><div>" + string.Concat(lines.Select(l => $"<div><span>{l.Replace(") ", ")</span> <span>")}</span></div>")) + "</div></body></html>")
            : Fixtures.ParseText("Night shift, episode 4\n\n" + string.Join("\n\n", lines));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Speaker).Should().Equal("Tom Grain", "Anna Berg", "Tom Grain", "Anna Berg", "Tom Grain", "Anna Berg");
        result.Turns[3].Time.Should().Be(TimeSpan.FromSeconds(24));
        result.Turns[3].Text.Should().EndWith("sign up for nights.");
        result.Turns[4].Text.Should().Be("Will the new radar change that?");
    }

    [Fact]
    public void Timed_lines_with_no_blank_line_between_them_are_a_turn_each()
    {
        // Transcription tools print one line per timed turn, time first; lines of many lengths must not read as one
        // paragraph a wrapper broke.
        const string text = """
            Night shift at the harbour, episode 3

            [00:00:00] Tom Grain: Hello and welcome back. My guest today is Anna Berg, who runs the night shift.
            [00:00:07] Anna Berg: Hello Tom, it is good to be on the show at last.
            [00:00:11] Tom Grain: When did you start working nights at the terminal?
            [00:00:15] Anna Berg: Eleven years ago, after the terminal opened and ships began arriving at all hours.
            [00:00:30] Tom Grain: What is the hardest part of the job for you and your crew?
            [00:00:34] Anna Berg: The fog in November, when you hear the ships long before you see their lights.
            [00:00:50] Tom Grain: Thank you, Anna.
            [00:00:52] Anna Berg: Thank you.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Should().HaveCount(8);
        result.Turns.Select(t => t.Speaker).Should().Equal(Enumerable.Repeat(new[] { "Tom Grain", "Anna Berg" }, 4).SelectMany(x => x));
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[7].Time.Should().Be(TimeSpan.FromSeconds(52));
    }

    [Theory]
    [InlineData("Every drawing is free to download.")]
    [InlineData("Subscribe to the newsletter, that is the best way.")]
    public void A_sentence_under_a_speakers_label_that_reads_like_a_call_to_action_is_the_speakers(string lastWords)
    {
        string text = $"""
            Night shift at the harbour, episode 3

            Speaker 1 (00:00):
            Anna Berg runs the night shift at the terminal. Anna, when did you start working nights there?

            Speaker 2 (00:06):
            Eleven years ago, after the terminal opened and the ships began arriving at all hours.

            Speaker 1 (00:20):
            What is the hardest part of the job for you and your crew?

            Speaker 2 (00:25):
            The fog in November, when you hear the ships long before you see any of their lights.

            Speaker 1 (00:40):
            Where can people follow your work?

            Speaker 2 (00:43):
            {lastWords}
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Should().HaveCount(6);
        result.Turns[5].Text.Should().Be(lastWords);
    }

    [Fact]
    public void Interface_lines_under_repeated_headings_in_capitals_are_no_speech()
    {
        // A slideshow printed as text: two headings in capitals, each over a button row, again and again. The headings
        // read like label lines of two speakers; the rows under them are no sentences, so nobody speaks them.
        const string text = """
            SAILS AND KITES
            Follow us on Instagram
            REPAIR SERVICE
            Share this page
            SAILS AND KITES
            Follow us on Instagram
            REPAIR SERVICE
            Share this page
            SAILS AND KITES
            Follow us on Instagram
            REPAIR SERVICE
            Share this page

            The new demo boards arrived this week, and anyone with a club card can try them out on the water.

            We mend torn canopies within three days, and the bladders while you wait, as long as the weather holds.
            """;

        var result = Fixtures.ParseText(text);

        result.Body.Should().NotContain("Follow us").And.NotContain("Share this").And.Contain("The new demo boards");
    }

    [Fact]
    public void A_line_of_interface_words_under_a_speakers_label_is_no_speech()
    {
        // A page printing the speaker's name again over its buttons: the button's words are no sentence.
        const string text = """
            TOM GRAIN

            When did you start working nights at the terminal, and what made you stay there?

            ANNA BERG

            Eleven years ago, after the terminal opened and the ships began arriving at all hours.

            TOM GRAIN

            What is the hardest part of the job for you and your crew?

            ANNA BERG

            Read more

            TOM GRAIN

            Does the new radar help in that fog, now that the crews have had a winter with it?

            ANNA BERG

            It does, once the crews trust it more than their own ears, and that takes a winter or two.
            """;

        Fixtures.ParseText(text).Body.Should().NotContain("Read more");
    }

    [Theory]
    [InlineData("TOM GRAIN (Presenter)", "ANNA BERG (Harbour Pilot)", "TOM GRAIN", "ANNA BERG")]
    [InlineData("Tom Grain (Presenter)", "Anna Berg (Harbour Pilot)", "Tom Grain", "Anna Berg")]
    public void Labels_that_give_each_speakers_title_in_brackets_once_name_the_speakers(string hostFirst, string guestFirst, string host, string guest)
    {
        // The first label of each speaker carries a title in brackets, whatever its words; the later ones the name alone.
        string text = $"""
            Evening report: fog on the river

            {hostFirst}: Good evening. Tonight we talk about the autumn fog with Anna Berg, who guides ships into the harbour.

            {guestFirst}: Thank you, Tom.

            {host}: How bad was the fog this week?

            {guest}: The worst in ten years. We brought in no ship at all on Tuesday, which has not happened since the old radar broke.

            {host}: What would help the pilots?

            {guest}: A second radar mast at the river mouth, and more patience from the shipping companies.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Select(t => t.Speaker).Should().Equal(Enumerable.Repeat(new[] { "Tom Grain", "Anna Berg" }, 3).SelectMany(x => x));
        result.Turns[1].Text.Should().Be("Thank you, Tom.");
    }

    [Fact]
    public void A_single_time_in_brackets_at_a_paragraphs_end_stays_in_its_text()
    {
        // One such time is the text's own ("… the ferry left at last (12:30)"), not a transcript's convention.
        var blocks = new List<Block> { new() { Text = "After the storm the ferry left at last (12:30)" }, new() { Text = "Nobody on board said a word." } };

        MediaTime.Attach(blocks)[0].Text.Should().Be("After the storm the ferry left at last (12:30)");
    }

    [Theory]
    [InlineData("Host:", "Guest:")]
    [InlineData("Q:", "A:")]
    public void A_closing_exchange_of_short_lines_under_role_labels_stays_in_the_transcript(string host, string guest)
    {
        string text = $"""
            Episode 12: Life on the lightship

            In this episode we talk with an engineer about twenty winters at anchor on the lightship.

            {host} Welcome to the show. How did you end up on a lightship?

            {guest} By accident, really. I answered an advertisement for an engineer and did not read the small print.

            {host} What is the hardest part of the job?

            {guest} The noise of the generator, day and night. You stop hearing it after a week, and then you miss it on shore.

            {host} Thank you.

            {guest} Thanks for having me.
            """;

        var result = Interviews.Parse(text, Text);

        result.Turns.Should().HaveCount(6);
        result.Turns[^1].Text.Should().Be("Thanks for having me.");
    }

    [Fact]
    public void The_host_the_intro_introduces_speaks_the_host_labels()
    {
        const string text = """
            Episode 12: Life on the lightship

            In this episode, host Jane Roe talks with the engineer Tom Berg about twenty winters at anchor.

            Host: Tom, welcome to the show. How did you end up on a lightship?

            Guest: By accident, really. I answered an advertisement for an engineer and did not read the small print.

            Host: What is the hardest part of the job?

            Guest: The noise of the generator, day and night. You stop hearing it after a week, and then you miss it on shore.
            """;

        var result = Interviews.Parse(text, Text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Jane Roe");
        result.Participants.Should().Contain(p => p.Name == "Jane Roe" && p.Role == TurnRole.Interviewer);
    }

    [Theory]
    [InlineData("Nora Falk  3:02", "Piet Lamm  3:05", "Nora Falk  3:09", "Piet Lamm  3:11")]
    [InlineData("Q:", "Piet Lamm:", "Q:", "Piet Lamm:")]
    public void Short_turns_under_label_lines_at_a_transcripts_end_stay_in_it(string ask, string answer, string thank, string reply)
    {
        string text = $"""
            A winter on the ice road

            {ask.Replace("3:", "1:", StringComparison.Ordinal)}
            Piet, you drove the ice road for eight winters. What made you start?

            {answer.Replace("3:", "1:", StringComparison.Ordinal)}
            The money, honestly. A good winter on the ice paid more than a whole year of hauling gravel in the south.

            {ask.Replace("3:", "2:", StringComparison.Ordinal)}
            Were you ever afraid of the ice itself, out there in the dark?

            {answer.Replace("3:", "2:", StringComparison.Ordinal)}
            Every single night of the first winter, and then less each year, which is the dangerous part of the job.

            {ask}
            Would you go back?

            {answer}
            Not really.

            {thank}
            Thank you, Piet.

            {reply}
            My pleasure.
            """;

        var result = Interviews.Parse(text, Text);

        result.Turns.Should().HaveCount(8);
        result.Turns.Skip(5).Select(t => t.Text).Should().Equal("Not really.", "Thank you, Piet.", "My pleasure.");
    }

    /// <summary>
    /// A broadcast transcript's shape: speakers named in full the first time ("NAME, HOST:" alone on its line over the
    /// host's opening, or run into the first answer), by the surname after that, and the talk closing on short lines.
    /// </summary>
    private const string SurnameTranscript = """
        Lighthouse keepers of the north

        IDA BRANN, HOST:

        The last staffed lighthouse on this coast was automated in the spring. Olav Strand kept its light for twenty-two years.

        He joins us from the island. Welcome.

        OLAV STRAND: Thank you for having me on the programme.

        BRANN: What did a normal day look like out there?

        STRAND: Weather reports every three hours, the lamp checked at dusk, and a great deal of painting in between the two.

        BRANN: Did you ever feel alone on the island in winter?

        STRAND: In the first winter, yes. After that the island felt like company enough, and the supply boat came every week.

        BRANN: Olav Strand, thank you.

        STRAND: Thank you.

        Copyright 2024 Coast Radio. All rights reserved.
        """;

    [Fact]
    public void A_label_line_over_a_speech_among_run_in_labels_labels_the_paragraphs_under_it()
    {
        var result = Interviews.Parse(SurnameTranscript, Text);

        result.Turns[0].Speaker.Should().Be("Ida Brann");
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[0].Text.Should().StartWith("The last staffed lighthouse").And.EndWith("Welcome.");
        result.Lead.Should().BeNull();
    }

    [Fact]
    public void Surname_labels_of_speakers_named_in_full_above_keep_a_transcripts_closing_lines()
    {
        var result = Interviews.Parse(SurnameTranscript, Text);

        result.Turns.TakeLast(2).Select(t => (t.Speaker, t.Text)).Should().Equal(("Ida Brann", "Olav Strand, thank you."), ("Olav Strand", "Thank you."));
        result.Turns.Should().HaveCount(8);
    }

    [Theory]
    [InlineData("HALE", "MORROW")]
    [InlineData("Hale", "Morrow")]
    public void Surname_labels_that_alternate_without_a_full_name_above_keep_a_transcripts_closing_lines(string asker, string guest)
    {
        // An archive's transcript names its speakers in a header's fields and labels the talk by surname alone.
        string doc = $"""
            Valley Voices collection

            Interview with Agnes Morrow

            Interviewee: Agnes Morrow
            Interviewer: Paul Hale

            {asker}: Thanks for having me over. Where did your family farm when you were a child?

            {guest}: On the east slope, above the mill. We had goats and a few rows of apples that never paid.

            {asker}: Who taught you to make the cheese?

            {guest}: My aunt did. She never wrote anything down, so I learned it by watching her hands for years.

            {asker}: Do you still make it?

            {guest}: Every spring, when the first milk comes. Less than before, but the neighbours still ask for it.

            {asker}: Thank you so much.

            {guest}: Gladly.

            Valley Voices · Collection policy · Contact
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(8);
        result.Turns.TakeLast(2).Select(t => (t.Role, t.Text)).Should().Equal((TurnRole.Interviewer, "Thank you so much."), (TurnRole.Interviewee, "Gladly."));
    }

    [Fact]
    public void Record_fields_that_recur_in_turn_are_no_speakers_labels()
    {
        // Three places, each listed with the same fields: the keys recur in turn, but hold values, not speech, and the
        // short lines between the places stay out of the text as before.
        const string doc = """
            Three museums on the coast

            The coast has more small museums than most visitors expect, and three of them are worth a detour even on a short trip along the shore.

            Hours: 10 to 17
            Admission: 4 euros
            Address: Quay 3

            Hours: 9 to 16
            Admission: free
            Address: Market 12

            Hours: 11 to 18
            Admission: 6 euros
            Address: Dyke Road 40

            Menu
            Search
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeFalse();
        result.Body.Should().NotContain("Dyke Road");
    }

    [Fact]
    public void A_single_word_label_used_once_after_a_full_name_with_that_last_word_is_no_speakers()
    {
        // "Photo Strand:" names no speaker, and the one "Strand:" credit line under it does not make it a dialogue's.
        string text = """
            Harbour notes

            The harbour board met on Tuesday and agreed to dredge the eastern basin before the summer season begins in earnest.

            Photo Strand: the eastern basin at low tide

            Strand: archive of the harbour board

            Subscribe
            """;

        var result = Interviews.Parse(text, Text);

        result.Body.Should().NotContain("Strand: archive");
    }

    /// <summary>Three exchanges between an outlet asking and its guest, as the dashed dialogues below label them.</summary>
    private static readonly (TurnRole, string?)[] HarbourPostExchange =
    [
        (TurnRole.Interviewer, "Harbour Post"), (TurnRole.Interviewee, "Ola Berg"), (TurnRole.Interviewer, "Harbour Post"),
        (TurnRole.Interviewee, "Ola Berg"), (TurnRole.Interviewer, "Harbour Post"), (TurnRole.Interviewee, "Ola Berg"),
    ];

    /// <summary>
    /// The dashed dialogue of the two cases below: the speakers named in full in the first exchange, and after it as
    /// <paramref name="asker"/> and <paramref name="guest"/>.
    /// </summary>
    private static string DashedDialogue(string asker, string guest, string outlet = "Harbour Post") => $"""
        The last keeper of the light

        Ola Berg kept the island lighthouse for thirty years. He spoke to us at the harbour.

        {outlet} – How did you become a lighthouse keeper?

        Ola Berg – By chance. I answered an advertisement without reading the small print, and I stayed for thirty years.

        {asker} – What was the hardest part?

        {guest} – The noise of the generator, day and night. After a while you stop hearing it.

        {asker} – Do you miss the light?

        {guest} – Every day.
        """;

    [Fact]
    public void A_dashed_dialogue_naming_its_speakers_in_full_once_and_by_initials_after_keeps_the_full_names()
    {
        var result = Interviews.Parse(DashedDialogue("HP", "OB"), Text);

        result.Turns.Select(t => (t.Role, t.Speaker)).Should().Equal(HarbourPostExchange);
    }

    [Fact]
    public void An_outlet_named_with_a_particle_inside_asks_the_first_question_and_its_capitals_stand_for_it_after()
    {
        // "Gazeta do Cais – …" once, then "GC – …": the particle in small letters is part of the name before the dash, and
        // the short form is written without it.
        var result = Interviews.Parse(DashedDialogue("GC", "OB", outlet: "Gazeta do Cais"), Text);

        result.Turns.Select(t => t.Speaker).Should().Equal("Gazeta do Cais", "Ola Berg", "Gazeta do Cais", "Ola Berg", "Gazeta do Cais", "Ola Berg");
        result.Turns[0].Text.Should().Be("How did you become a lighthouse keeper?");
    }

    [Fact]
    public void A_dialogue_written_with_names_before_dashes_is_labelled_by_them()
    {
        string text = DashedDialogue("Harbour Post", "Ola Berg");

        var result = Interviews.Parse(text, Text);

        result.Turns.Select(t => (t.Role, t.Speaker)).Should().Equal(HarbourPostExchange);
        result.Turns[^1].Text.Should().Be("Every day.");
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Title.Should().BeNull();
    }

    [Theory]
    [InlineData("Sprint Speed – User\n\nShot Error – User\n\nSprint Speed – Computer\n\nShot Error – Computer")] // entries, not speech
    [InlineData("Kiel – The council met on Monday.\n\nKiel – The harbour was closed.\n\nLund – The ferry ran late.\n\nLund – Fares went up.")] // datelines, not turns taken
    public void Dashed_names_that_say_no_sentences_or_take_no_turns_are_no_speakers(string lines)
    {
        var blocks = TextBlockBuilder.Build(lines, CancellationToken.None).Blocks;

        SpeakerLabel.DashedSpeakers(blocks).Should().BeNull();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Two_guests_named_before_dashes_take_turns_through_the_plain_questions_between_them(bool questionsBetween)
    {
        // The same guest answers two questions in a row: the question between the two lines gave the word away and back.
        string Q(string question) => questionsBetween ? question + "\n\n" : "";
        string text = $"""
            Two keepers of the island light

            {Q("How did you come to the lighthouse?")}Ola Berg – By chance. I answered an advertisement without reading the small print.

            Eva Lund – I followed him a year later, to fix the radio, and stayed.

            {Q("Who climbs the stairs at night?")}Eva Lund – I do. Ola sleeps through storms, which is a gift for a keeper.

            {Q("And the generator?")}Eva Lund – That is mine too. It is older than both of us together.

            Ola Berg – I keep the logbook. Someone has to write down the weather.
            """;

        var blocks = TextBlockBuilder.Build(text, CancellationToken.None).Blocks;

        if (questionsBetween) SpeakerLabel.DashedSpeakers(blocks).Should().BeEquivalentTo(["Ola Berg", "Eva Lund"]);
        else SpeakerLabel.DashedSpeakers(blocks).Should().BeNull("two lines of one name in a row, with nobody between, take no turn");
    }

    [Fact]
    public void A_hyphen_inside_a_name_does_not_end_the_name_before_its_dash()
    {
        string text = """
            Two keepers

            Harbour Post – How did you become a lighthouse keeper?

            Jean-Luc Berg – By chance. I answered an advertisement without reading the small print.

            Harbour Post – Do you miss the light?

            Jean-Luc Berg – Every day.
            """;

        var result = Interviews.Parse(text, Text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(2).And.OnlyContain(t => t.Speaker == "Jean-Luc Berg");
    }

    [Fact]
    public void A_list_of_dashed_entries_is_no_dialogue()
    {
        // Settings and their values, printed "Name – value": the names repeat, but nobody speaks.
        string text = """
            Game settings explained

            Sprint Speed – User
            Sprint Speed – Computer
            Shot Error – User
            Shot Error – Computer

            Each setting changes how the players of one side move or shoot during a match, from slow and careful to fast and wild.
            """;

        var result = Interviews.Parse(text, Text);

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    /// <summary>Label-shaped lines that head no dialogue, the last of them over short lines after the text.</summary>
    public static TheoryData<string, string, string> LabelShapedLinesOverATail => new()
    {
        {
            // A byline printed again over the tags: one speaker, no dialogue.
            """
            Why the ferry timetable changed

            MARA HOLM

            The ferry company moved the first crossing of the day forty minutes earlier this spring, and commuters on the island have asked why ever since.
            The company says the change follows the new tide tables and the longer loading times of the larger ship that entered service in March.
            Residents have collected signatures for a later crossing and will hand them to the council at its meeting next month.

            MARA HOLM
            Island life
            Ferries
            """,
            "Island life", "next month."
        },
        {
            // Section words in capitals: they head a report's sections as often as initials head turns.
            """
            The harbour board's year

            LAND
            The board resurfaced the quay road in April and opened a second lane for lorries waiting at the gate.

            SEA
            Two new pilot boats entered service in the summer, replacing the last of the old wooden hulls from the seventies.

            LAND
            A roundabout at the northern gate now keeps the morning queue off the coast road for most of the week.

            SEA
            Harbour map
            Contact
            """,
            "Harbour map", "most of the week."
        },
    };

    [Theory]
    [MemberData(nameof(LabelShapedLinesOverATail))]
    public void Label_shaped_lines_that_head_no_dialogue_do_not_carry_short_lines_into_the_text(string text, string leftOut, string lastWords)
    {
        var result = Interviews.Parse(text, Text);

        result.Body.Should().NotContain(leftOut);
        result.Body.Should().EndWith(lastWords);
    }

    [Fact]
    public void A_side_word_beside_a_time_on_its_own_line_labels_the_turn_below()
    {
        const string text = """
            00:00:03 Host
            Good evening. With me tonight is the glassblower Ines Roth. Ines, why glass and not clay?

            00:00:12 Ines Roth
            Because glass forgives nothing, and I like a material that tells me the truth about my hands.

            00:00:25 Host
            What did you break most often when you started out?

            00:00:29 Ines Roth
            Bowls. Hundreds of bowls, and every one of them taught me something about the heat of the furnace.
            """;

        var result = Interviews.Parse(text, Text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[2].Time.Should().Be(TimeSpan.FromSeconds(25));
        result.Turns[2].Text.Should().Be("What did you break most often when you started out?");
    }

    [Theory]
    [InlineData("SEN. RUTH ANDERS (D), NORTH COUNTY")]
    [InlineData("REP. RUTH ANDERS (R-NC)")]
    public void A_party_in_brackets_after_a_guests_name_is_no_part_of_the_name(string firstLabel)
    {
        // The guest is named in full once, with party and state, and by surname after that; the closing short reply
        // is the guest's like every other.
        string doc = $"""
            Evening news: flood defences

            TOM BERG, ANCHOR: Good evening. The river rose again last night. With me is a member of the flood committee.

            {firstLabel}: Thank you, Tom.

            BERG: Are the new walls holding?

            ANDERS: They are holding, but the water is two metres higher than the walls were built for, and we are worried about tomorrow.

            BERG: What do you need from the government now?

            ANDERS: Money for pumps, and soldiers to fill sandbags through the night, before the next rain comes.

            BERG: We have to leave it there. Thank you.

            ANDERS: Thank you.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().HaveCount(4).And.OnlyContain(t => t.Speaker == "Ruth Anders");
        result.Turns[^1].Text.Should().Be("Thank you.");
    }

    [Fact]
    public void Captions_from_a_diarisation_tool_part_the_speakers_by_their_joined_labels()
    {
        // Speech-to-text tools label each cue "SPEAKER_00: …"; the label is nobody's words.
        string[] said =
        [
            "Good evening. Tonight the ferry pilot of the northern route joins us.",
            "Good evening, and thank you.",
            "What happened on the crossing this morning?",
            "The fog came down ten minutes out, so we slowed to walking pace and sounded the horn.",
            "Was anybody on board worried?",
            "A few passengers, but the radar showed every boat around us.",
        ];
        string vtt = "WEBVTT\n\n" + string.Join("\n\n", said.Select((c, i) => $"00:00:{i * 4:00}.000 --> 00:00:{i * 4 + 3:00}.000 align:start\nSPEAKER_0{i % 2}: {c}"));

        var result = Interviews.Parse(vtt, new ParseOptions { Format = DocumentFormat.WebVtt });

        result.Turns.Select(t => t.Role).Should().Equal(Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? TurnRole.Interviewer : TurnRole.Interviewee));
        result.Turns.Select(t => t.Text).Should().Equal(said);
    }

    /// <summary>WebVTT captions whose cues open with "&gt;&gt;" at each change of speaker, as broadcast captions mark them.</summary>
    private static string ChevronCaptions(params string[] cues) =>
        "WEBVTT\n\n" + string.Join("\n\n", cues.Select((c, i) => $"00:00:{i * 4:00}.000 --> 00:00:{i * 4 + 3:00}.000\n>> {c}"));

    [Fact]
    public void Captions_marking_each_change_of_speaker_are_an_interview_where_one_side_asks_in_turn()
    {
        // The questions say no "you": the marks part the speakers, the questions tell which side asks.
        var result = Interviews.Parse(ChevronCaptions(
            "Good evening. Tonight the ferry pilot of the northern route joins us.",
            "Good evening.",
            "What happened on the crossing this morning?",
            "The fog came down ten minutes out, so we slowed to walking pace and sounded the horn every two minutes.",
            "Was anybody on board worried?",
            "A few passengers, but the radar showed every boat around us.",
            "Will the timetable change in winter?",
            "Only on stormy days, when the harbour closes."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? TurnRole.Interviewer : TurnRole.Interviewee));
        result.Turns[3].Time.Should().Be(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void Captions_of_a_news_programme_marking_anchor_and_reporters_with_one_question_are_no_interview()
    {
        var result = Interviews.Parse(ChevronCaptions(
            "Good evening. A storm closed the harbour for most of the day.",
            "The wind reached ninety kilometres an hour at noon, and the ferries stayed in port until six.",
            "Two fishing boats were towed back by the lifeboat crew.",
            "Is the harbour open again?",
            "It opened at seven.",
            "In other news, the council has passed its budget.",
            "The vote was close, after a debate that lasted into the night."));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    [Fact]
    public void A_guest_introduced_in_captions_set_in_capitals_is_not_named_from_the_capitals()
    {
        // Every word of a shouted caption has a name's shape, "THE" and "CITY'S" too.
        var result = Interviews.Parse(ChevronCaptions(
            "GOOD EVENING. TONIGHT WE ARE JOINED BY THE CITY'S FERRY PILOT.",
            "THANK YOU FOR HAVING ME.",
            "WHAT HAPPENED ON THE CROSSING?",
            "THE FOG CAME DOWN TEN MINUTES OUT, SO WE SLOWED RIGHT DOWN.",
            "WAS ANYBODY HURT?",
            "NO, NOBODY WAS HURT."));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().BeEmpty();
        result.Turns.Should().OnlyContain(t => t.Speaker == null);
    }

    [Fact]
    public void A_label_that_puts_a_word_before_the_hosts_role_names_no_participant()
    {
        const string doc = """
            STUDIO HOST: Good morning. With me is the beekeeper Marta Lind. Marta, how are the bees this spring?

            MARTA LIND: Busy. The willows flowered early, so the colonies are strong.

            STUDIO HOST: What worries you most this year?

            MARTA LIND: The mites. We treat them in late summer, but the winters keep getting warmer.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(4);
        result.Participants.Should().ContainSingle().Which.Name.Should().Be("Marta Lind");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_time_alone_above_the_first_label_line_times_the_first_turn_where_the_turns_are_timed_so(bool timedBelow)
    {
        string Time(string t) => timedBelow ? t + "\n" : "";
        string doc = $"""
            Episode 12: Maps of the seafloor

            00:00:05
            Nora Quist: Welcome to the show, Elias. How much of the seafloor have we mapped so far?

            {Time("00:00:15")}Elias Brandt: In high resolution, about a quarter of it. The rest we know only from satellites.

            {Time("00:00:24")}Nora Quist: Why does it take so long to map the rest of it?

            {Time("00:00:27")}Elias Brandt: A ship maps a strip a few kilometres wide, and the ocean is very big indeed.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(4);
        result.Turns[0].Time.Should().Be(timedBelow ? TimeSpan.FromSeconds(5) : null);
    }
}
