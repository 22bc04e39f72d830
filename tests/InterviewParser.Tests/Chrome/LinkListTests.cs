using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>Lines that are links and nothing else, three or more in a row inside a Markdown page's text, are a box of links; a teaser card's title goes too.</summary>
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

    [Fact]
    public void A_teaser_card_title_inside_a_link_over_several_lines_goes_and_a_heading_that_links_its_words_stays()
    {
        const string page = """
            [Home](/) [Harbour](/harbour) [Ferries](/ferries)

            [Weather](/weather) [Tides](/tides)

            [Contact](/contact) [Imprint](/imprint)

            # The harbour in winter

            The ferry left at dawn, the gulls followed it, and the harbour master counted them twice before breakfast.

            By nine the quay was busy with fishermen mending nets, and the café at the corner had run out of bread again.

            The mayor came down at ten to talk about the new breakwater, which nobody in the town had asked for this year.

            [ ![The old pier](/img/pier.jpg) Harbour

            ### The night ferry gets a new captain after forty years

            ](/stories/night-ferry)

            In the afternoon the wind turned, and the last boat of the day came in late, empty and covered in ice.

            The harbour master wrote it all down in the evening, as he had done every day for the last thirty years.

            ### [The harbour master's logbook](https://example.org/logbook)

            At night the lights on the pier came on one by one, and the town went to sleep to the sound of the foghorn.

            In the morning he was back on the quay, counting the gulls again, a few fewer than on the day before.
            """;

        var body = Interviews.Parse(page, Text).Body;

        body.Should().NotContain("The night ferry gets a new captain");
        body.Should().Contain("The harbour master's logbook").And.Contain("In the afternoon the wind turned");
    }
}
