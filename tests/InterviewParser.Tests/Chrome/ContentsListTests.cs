using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>A table of contents printed as lines: its entries come again, in order, as the headings of the text below.</summary>
public class ContentsListTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static readonly string[] Parts = ["The early years", "Leaving the island", "A shop on the quay", "Back home"];

    private static string Page(bool withIntroduction)
    {
        var page = new System.Text.StringBuilder("Harbour Weekly\nHome\nNews\nSport\n\nFour lives of a ferryman\n\n");
        if (withIntroduction)
        {
            page.Append("The ferryman retired last spring after forty years on the crossing, and the village gave him a boat of his own.\n\n");
            page.Append("We followed his life from the island to the mainland and back, through the winters when the ferry was the only road.\n\n");
        }

        page.Append("Contents\n\n");
        foreach (var part in Parts) page.Append(part).Append('\n');
        page.Append('\n');
        foreach (var part in Parts)
        {
            page.Append(part).Append("\n\n");
            page.Append($"In the part called {part.ToLowerInvariant()}, the crossing took longer than anyone planned, and the passengers waited on the pier for hours.\n\n");
            page.Append("He kept a log of every crossing, the weather and the number of passengers, in a notebook that never left the wheelhouse.\n\n");
        }

        page.Append("Contact\nImprint\nPrivacy\n");
        return page.ToString();
    }

    [Fact]
    public void The_introduction_above_a_table_of_contents_opens_the_text_and_the_table_goes()
    {
        var body = Interviews.Parse(Page(withIntroduction: true), Text).Body;

        body.Should().Contain("The ferryman retired last spring").And.Contain("through the winters when the ferry");
        body.Should().Contain("He kept a log of every crossing");
        foreach (var part in Parts) body.Split("\n\n").Count(p => p == part).Should().Be(1, $"\"{part}\" heads its section once");
    }

    private static bool[] Kept(params string[] lines)
    {
        var blocks = lines.Select(l => new Block { Text = l }).ToList();
        var keep = Enumerable.Repeat(true, blocks.Count).ToArray();
        ContentsLists.DropInside(blocks, 0, blocks.Count - 1, keep);
        return keep;
    }

    private const string Prose = "The crossing took longer than anyone planned, and the passengers waited on the pier for hours in the rain.";

    [Fact]
    public void Entries_that_head_sections_below_in_the_same_order_are_a_table()
    {
        Kept(Prose, "One", "Two", "Three", "One", Prose, "Two", Prose, "Three", Prose)
            .Should().Equal(true, false, false, false, true, true, true, true, true, true);
    }

    [Fact]
    public void Lines_repeated_below_in_another_order_or_all_in_a_row_are_not_a_table()
    {
        Kept(Prose, "One", "Two", "Three", Prose, "Three", Prose, "Two", Prose, "One", Prose).Should().AllBeEquivalentTo(true);
        Kept(Prose, "One", "Two", "Three", Prose, Prose, "One", "Two", "Three").Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Lines_that_come_again_and_again_such_as_speaker_labels_are_not_a_table()
    {
        Kept("Q:", Prose, "Guest:", "Yes.", "Q:", Prose, "Guest:", Prose, "Q:", Prose, "Guest:", "Yes.", "Q:", Prose)
            .Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void A_listing_shown_again_with_lines_added_but_no_prose_between_them_is_not_a_table()
    {
        Kept(Prose, "FROM base", "COPY . /app", "RUN make", Prose, "FROM base", "ENV MODE=fast", "COPY . /app", "ENV LEVEL=2", "RUN make", Prose)
            .Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void A_menu_whose_items_come_again_in_the_footer_below_the_text_is_not_a_table()
    {
        Kept("Home", "News", "Sport", Prose, Prose, "Home", "Imprint", "News", "Privacy", "Sport", "Contact")
            .Should().AllBeEquivalentTo(true);
        Kept(Prose, "Home", "News", "Sport", Prose, "Home", Prose, "Imprint", "News", "Privacy", "Sport", "Contact")
            .Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Header_lines_of_two_comments_by_one_person_are_not_a_table()
    {
        Kept(Prose, "Jane Roe", "Author", "3 days ago", Prose, "Joe Bloggs", Prose, "Jane Roe", "Author", "3 days ago", Prose)
            .Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Two_entries_are_not_a_table()
    {
        Kept(Prose, "One", "Two", "One", Prose, "Two", Prose).Should().AllBeEquivalentTo(true);
    }
}
