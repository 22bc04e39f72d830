using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>The interview decision weighs the turn shape together with what the page says about itself.</summary>
public class InterviewDecisionTests
{
    // Bold questions that address nobody by a second-person word, each followed by a longer plain answer.
    private static string Page(string headline, string standfirst) => $"""
        <html><head><title>{headline}</title></head><body><article>
        <h1>{headline}</h1>
        <p>{standfirst}</p>
        <p><strong>How did the harbour change after the storm?</strong></p>
        <p>The old pier was gone, and the fishing boats had to moor along the river for a whole season while the town argued about money.</p>
        <p><strong>What happened to the fish market?</strong></p>
        <p>It moved into the empty warehouse by the station, and many of the older traders never came back to the water after that winter.</p>
        <p><strong>Which plans for the new pier are on the table now?</strong></p>
        <p>Two designs compete, a long concrete one and a shorter wooden one, and the council wants to choose between them before the summer.</p>
        </article></body></html>
        """;

    [Fact]
    public void Unaddressed_questions_are_an_interview_when_the_headline_announces_one()
    {
        var result = Interviews.Parse(Page("Interview with a harbour master", "The harbour master looks back on ten difficult years at the coast."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.IsAnInterview && d.Message.Contains("announced"));
    }

    [Theory]
    [InlineData("Der Hafen nach dem Sturm", "Wir haben mit der Hafenmeisterin über zehn schwierige Jahre gesprochen.")]
    [InlineData("Le port après la tempête", "Entretien avec la capitaine du port sur dix années difficiles.")]
    [InlineData("El puerto después de la tormenta", "Una entrevista con la capitana del puerto sobre diez años difíciles.")]
    public void The_standfirst_can_announce_the_interview_in_other_languages(string headline, string standfirst)
    {
        Interviews.Parse(Page(headline, standfirst)).IsInterview.Should().BeTrue();
    }

    [Fact]
    public void Unaddressed_questions_without_an_announcement_are_an_explainer()
    {
        var result = Interviews.Parse(Page("The harbour after the storm", "The town is still divided over the future of its waterfront."));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview);
    }

    [Fact]
    public void A_word_like_interview_deep_in_the_body_does_not_announce_anything()
    {
        var page = Page("The harbour after the storm", "The town is still divided over the future of its waterfront.")
            .Replace("</article>", "<p>Sources: phone interview with the port authority, council minutes of March.</p></article>");

        Interviews.Parse(page).IsInterview.Should().BeFalse();
    }
}
