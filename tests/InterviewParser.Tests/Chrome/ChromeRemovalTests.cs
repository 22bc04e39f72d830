using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Chrome;

public class ChromeRemovalTests
{
    [Fact]
    public void Html_navigation_related_box_and_footer_stay_out_of_the_body()
    {
        var result = Interviews.Parse(Fixtures.BoldQuestionPage);

        result.Body.Should().Contain("My grandmother taught me");
        result.Body.Should().NotContain("Follow us").And.NotContain("Ten cafés").And.NotContain("All rights reserved").And.NotContain("Sport");
    }

    [Fact]
    public void Text_scrape_menu_and_footer_lines_are_dropped()
    {
        var result = Interviews.Parse(Fixtures.TextScrape);

        result.Body.Should().Contain("A normal day started before dawn");
        foreach (var chrome in new[] { "Text size", "Follow us", "Most read articles", "Search", "Share" })
        {
            result.Body.Should().NotContain(chrome);
            result.Turns.Should().NotContain(t => t.Text.Contains(chrome));
        }
    }

    [Theory]
    [InlineData("Text size: bigger smaller", true)]
    [InlineData("Folgen Sie uns auf Twitter", true)]
    [InlineData("Поделиться", true)]
    [InlineData("© 2020 Example Media", true)]
    [InlineData("Time is what the dough needs most, more than flour.", false)]
    public void Ui_phrases_are_recognised_in_several_languages(string line, bool expected)
    {
        InterviewParser.Chrome.ChromeLexicon.IsChromeLine(line).Should().Be(expected);
    }

    [Fact]
    public void A_picture_caption_marked_by_its_class_stays_out_of_the_body()
    {
        var page = Fixtures.BoldQuestionPage.Replace(
            "<p><strong>What is the secret",
            "<div class=\"media__caption\">The baker at his oven before dawn, with the first loaves of the day.</div><p><strong>What is the secret");

        var result = Interviews.Parse(page);

        result.Body.Should().NotContain("first loaves of the day");
        result.Body.Should().Contain("the dough decides when it is ready");
    }

    [Fact]
    public void A_transcript_whose_every_line_is_marked_as_a_caption_is_the_text_not_chrome()
    {
        var lines = string.Concat(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? "<p class=\"caption-line\"><b>HOST:</b> Why did the ferry stop running last winter, and who decided that?</p>"
            : "<p class=\"caption-line\"><b>GUEST:</b> The engine failed in November, and the council could not pay for a new one until spring.</p>"));
        var page = $"<html><body><article><h1>Ferry talk</h1><p>Today the harbour master talks about the winter without a ferry.</p>{lines}</article></body></html>";

        var result = Interviews.Parse(page);

        result.Turns.Should().HaveCount(10);
        result.Body.Should().Contain("The engine failed in November");
    }
}
