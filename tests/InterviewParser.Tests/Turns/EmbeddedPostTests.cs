using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>Posts embedded from a social network between the turns of an interview are inserts, not speech.</summary>
public class EmbeddedPostTests
{
    private const string Post = "<blockquote class=\"twitter-tweet\"><p>First light on the frozen lake this morning #icefishing</p>"
        + "— Lake Anglers Club (@lakeanglers) <a href=\"/p/1\">January 3, 2024</a></blockquote>";

    [Fact]
    public void An_embedded_post_between_the_answers_leaves_the_turns_and_the_body()
    {
        var result = Interviews.Parse(Fixtures.LakeInterview(Post));

        result.Turns.Should().HaveCount(8);
        result.Turns[3].Text.Should().Be("More than ever. The lake is quiet in a way that nothing else in my life is quiet. I hear the ice sing at night.");
        result.Body.Should().NotContain("#icefishing").And.NotContain("@lakeanglers");
    }

    [Fact]
    public void An_embedded_post_in_a_text_scrape_leaves_the_turns_with_its_credit_line()
    {
        string text = "Thirty winters on the lake\n\nThe ice fisher Mira Sand on cold mornings and the fish that stayed away.\n\n"
            + "Mira Sand, how did you come to fish on the ice?\n\nMy father took me out when I was six. I sat on a bucket and watched the hole for hours.\n\n"
            + "Do you still enjoy it after thirty winters?\n\nMore than ever. The lake is quiet in a way that nothing else in my life is quiet.\n\n"
            + "First light on the frozen lake this morning #icefishing\n\n— Lake Anglers Club (@lakeanglers) January 3, 2024\n\n"
            + "What has changed on the lake?\n\nThe ice comes later every year, and some winters it never gets thick enough to carry me.\n";

        var result = Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().NotContain(t => t.Text.Contains("#icefishing", StringComparison.Ordinal) || t.Text.Contains("@lakeanglers", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_keeps_the_post_it_quotes()
    {
        string html = $"""
            <html><head><title>Anglers return to the lake</title></head><body><article>
            <h1>Anglers return to the lake</h1>
            <p>The ice on the northern lake carried anglers again this week for the first time in two winters, the club said.</p>
            {Post}
            <p>The club expects the season to last until the end of February if the cold weather holds over the next weeks.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeFalse();
        result.Body.Should().Contain("#icefishing");
    }
}
