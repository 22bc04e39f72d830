using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>Lines that are links and nothing else, three or more in a row inside a Markdown page's text, are a box of links.</summary>
public class LinkListTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static string Page(params string[] links)
    {
        var page = new System.Text.StringBuilder("# The harbour in winter\n\n");
        page.Append("The ferry left at dawn, the gulls followed it, and the harbour master counted them twice before breakfast.\n\n");
        page.Append("In the afternoon the wind turned, and the last boat of the day came in late, empty and covered in ice.\n\n");
        foreach (var link in links) page.Append('[').Append(link).Append("](https://example.org/").Append(link.Length).Append(")\n\n");
        page.Append("At night the lights on the pier came on one by one, and the town went to sleep to the sound of the foghorn.\n\n");
        page.Append("In the morning the harbour master was back on the quay, counting the gulls again, a little fewer than the day before.\n");
        return page.ToString();
    }

    [Fact]
    public void Three_link_lines_in_a_row_inside_the_text_go_and_the_text_around_them_stays()
    {
        var body = Interviews.Parse(Page("Storm warning for the coast", "Rowing club wins the cup again", "Council votes on the market"), Text).Body;

        body.Should().NotContain("Storm warning").And.NotContain("Rowing club").And.NotContain("Council votes");
        body.Should().Contain("The ferry left at dawn").And.Contain("At night the lights");
    }

    [Fact]
    public void Two_link_lines_such_as_a_shop_link_and_its_alternative_stay()
    {
        var body = Interviews.Parse(Page("Get it at the harbour shop", "Also at the market"), Text).Body;

        body.Should().Contain("Get it at the harbour shop").And.Contain("Also at the market");
    }
}
