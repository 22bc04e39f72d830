using FluentAssertions;
using InterviewParser.Model;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>The interviewer's closing thanks, set like the answer before it, is a turn of the asking side.</summary>
public class ClosingThanksTests
{
    // Questions told apart by their question marks only (a text scrape), the last answer followed by a closing line.
    private static string Scrape(string closing) => $"""
        The lighthouse keeper

        Mara Lindqvist has kept the light on the northern rock for twelve years.

        Interview by Olof Berg

        How did you come to the rock?

        By answering an advertisement in the paper. Three months later I climbed the stairs for the first time.

        Do you miss the town?

        Sometimes. I miss the people more than the streets, and the bakery on the square most of all.

        What do you do on stormy nights?

        I read. I keep a whole shelf of novels for those nights and never open them in summer.

        {closing}
        """;

    private static Interview Parse(string closing) => Interviews.Parse(Scrape(closing), new ParseOptions { Format = DocumentFormat.Text });

    [Theory]
    [InlineData("Thank you, Mara.")] // calls the guest by name
    [InlineData("Many thanks for the interview!")] // thanks for the interview
    [InlineData("That sounds lovely. Thanks so much, Mara, and safe winters on the rock.")] // in its second sentence
    public void A_closing_line_that_thanks_the_guest_is_the_interviewers_last_turn(string closing)
    {
        var result = Parse(closing);

        result.IsInterview.Should().BeTrue();
        result.Turns[^1].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[^1].Text.Should().Be(closing);
        result.Turns[^1].Speaker.Should().Be("Olof Berg");
        result.Turns[^2].Text.Should().EndWith("never open them in summer.");
    }

    [Theory]
    [InlineData("Thank you for having me, it was a pleasure to talk about the rock.")] // the guest's own thanks names neither the guest nor the interview
    [InlineData("Thanks to the keepers before me, the log books go back to 1890, and I add a page every night when the light is on and the weather is noted, the ships that pass are counted and the lamp is checked twice before I sleep, as the rules of the service have said for more than a century.")] // too long for a closing line
    public void Other_last_paragraphs_stay_in_the_answer(string closing)
    {
        var result = Parse(closing);

        result.Turns[^1].Role.Should().Be(TurnRole.Interviewee);
        result.Turns[^1].Text.Should().EndWith(closing);
    }

    [Theory]
    [InlineData("Thank you for the interview, it was a pleasure.")]
    [InlineData("Thank you, Olof.")]
    public void A_labelled_speakers_last_paragraph_stays_theirs_unless_it_calls_them_by_name(string closing)
    {
        var result = Interviews.Parse($"""
            OLOF BERG: How did you come to the rock?

            MARA LINDQVIST: By answering an advertisement in the paper. Three months later I climbed the stairs.

            OLOF BERG: What do you do on stormy nights?

            MARA LINDQVIST: I read. I keep a whole shelf of novels for those nights.

            {closing}
            """, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns[^1].Role.Should().Be(TurnRole.Interviewee);
        result.Turns[^1].Text.Should().EndWith(closing);
    }

    [Theory]
    [InlineData("Thank you, Mara.", true)]
    [InlineData("Thanks Junior!", true)]
    [InlineData("Danke, Vreni, für das Interview.", true)]
    [InlineData("Thanks so much, Mara.", true)]
    [InlineData("Mara Lindqvist, thank you.", true)] // the name called before the thanks
    [InlineData("Frau Roe, vielen Dank!", true)]
    [InlineData("In short, thanks to the crew, it worked.", false)]
    [InlineData("Thanks for reading The Courier!", false)] // the page thanks its reader, by no name
    [InlineData("Thank you for your patience.", false)]
    public void A_closing_line_thanks_somebody_by_name_or_for_the_interview(string line, bool closing)
    {
        ClosingThanks.IsClosingLine(line).Should().Be(closing);
    }

    [Theory]
    [InlineData("Vielen Dank für das Gespräch!", true)]
    [InlineData("Gut. Herzlichen Dank, Frau Roe.", true)] // the second sentence
    [InlineData("Thank you.", true)]
    [InlineData("We wanted to thank the town for its help.", false)] // the thanks is not among its sentence's first words
    [InlineData("So it goes. It went on. Thanks.", false)] // only the first two sentences are read
    public void Thanks_are_read_in_the_opening_words_of_the_first_sentences(string text, bool thanks)
    {
        ClosingThanks.ThanksAtOpening(text).Should().Be(thanks);
    }
}
