using FluentAssertions;
using InterviewParser.Model;
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
}
