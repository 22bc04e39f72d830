using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>Teaser cards of a text scrape: picture text printed twice, a title after it, or a title given twice around a kicker.</summary>
public class TeaserCardTests
{
    private static bool[] Marked(params string[] lines)
    {
        var blocks = lines.Select(l => new Block { Text = l }).ToList();
        var keep = Enumerable.Repeat(true, blocks.Count).ToArray();
        TeaserCards.Mark(blocks, keep);
        return keep;
    }

    private const string Prose = "The ferry kept running through the winter, and the village council paid for the fuel out of its own reserves.";

    [Theory]
    [InlineData("Picture Picture", true)]
    [InlineData("Harbour at dawn with two boats Harbour at dawn with two boats", true)]
    [InlineData("Harbour at dawn Harbour at night", false)]
    [InlineData("Yes yes yes", false)]
    [InlineData("Harbour", false)]
    public void A_line_printed_twice_is_recognised(string line, bool doubled) => TeaserCards.IsDoubled(line).Should().Be(doubled);

    [Fact]
    public void Picture_text_on_two_lines_and_the_title_under_it_are_a_card()
    {
        var keep = Marked(Prose,
            "A trawler in the harbour at dusk, seen from the pier (Photo: Agency)",
            "A trawler in the harbour at dusk, seen from the pier (Photo: Agency)",
            "Fishermen fear the new quota rules",
            "Mayor Pia Lund at the town hall Mayor Pia Lund at the town hall",
            "Council votes on the harbour budget");

        keep.Should().Equal(true, false, false, false, false, false);
    }

    private const string Cut = "The council voted on Tuesday to rebuild the old fish market on the quay, and the work is expected to start in spring when the...";

    [Fact]
    public void Titles_with_summaries_cut_at_an_ellipsis_are_a_list_of_cards_kickers_and_all()
    {
        var keep = Marked(Prose, "Council votes to rebuild the market", Cut, "Town", "Rowing club wins the cup again", Cut, "Storm warning for the coast", Cut, Prose);

        keep.Should().Equal(true, false, false, false, false, false, false, false, true);
    }

    private const string Caption = "The harbour master on the northern pier of Harbour Town on Monday morning, before the storm arrived. (Jane Roe/Coast Agency)";

    [Fact]
    public void Credited_captions_each_over_a_title_are_a_list_of_cards_with_further_titles_between()
    {
        var keep = Marked(Prose, "COAST", Caption, "Storm closes the northern pier", "Ferry timetable changes for winter", "TOWN", Caption,
            "Council votes to rebuild the market", Caption, "Rowing club wins the cup again", Prose);

        keep.Should().Equal(true, true, false, false, false, false, false, false, false, false, true);
    }

    [Fact]
    public void An_article_with_one_credited_picture_keeps_its_picture_and_subheading()
    {
        var keep = Marked(Prose, Caption, "Why the ferry almost stopped", Prose, "The crossings start again in March, when the new boat arrives from the yard in the south.");

        keep.Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Subheadings_over_paragraphs_that_end_their_sentences_are_kept()
    {
        var keep = Marked("Council votes to rebuild the market", Prose, "Rowing club wins the cup again", Prose, "Storm warning for the coast", Prose);

        keep.Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Questions_whose_answers_trail_off_are_an_interview_not_cards()
    {
        const string trailing = "Well, we kept the boats in the water as long as we could, and then the ice came, and after that...";
        var keep = Marked("Did the ferry run all winter?", trailing, "And the fishermen?", trailing, "What happens next year?", trailing);

        keep.Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Two_cut_summaries_are_not_yet_a_list()
    {
        var keep = Marked(Prose, "Council votes to rebuild the market", Cut, "Rowing club wins the cup again", Cut, Prose);

        keep.Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void A_title_a_kicker_and_the_title_again_are_a_card()
    {
        var keep = Marked(Prose, "Why the ferry almost stopped", "Island life", "Why the ferry almost stopped", Prose);

        keep.Should().Equal(true, false, false, false, true);
    }

    [Fact]
    public void A_title_with_its_kicker_joined_on_one_line_then_the_title_again_is_a_card()
    {
        var keep = Marked(Prose, "Why the ferry almost stopped Island life", "Why the ferry almost stopped", Prose);

        keep.Should().Equal(true, false, false, true);
    }

    [Fact]
    public void A_question_after_a_picture_that_an_answer_follows_is_kept()
    {
        var keep = Marked(Prose, "Portrait Portrait", "What kept you on the island all these years?", Prose);

        keep.Should().Equal(true, false, true, true);
    }

    [Fact]
    public void A_sentence_printed_twice_keeps_one_copy()
    {
        var keep = Marked(Prose, Prose, "Short line after it.");

        keep.Should().Equal(false, true, true);
    }

    [Fact]
    public void Teaser_cards_between_the_answers_of_a_text_scrape_are_dropped()
    {
        var text = Fixtures.TextScrape.Replace("Were you ever afraid", """
            Harbour lights at night Harbour lights at night
            Lighthouses go automatic along the whole coast
            Keeper's cottage Keeper's cottage
            A winter on the rock, told in ten pictures

            Were you ever afraid
            """.TrimEnd());

        var result = Fixtures.ParseText(text);

        result.Body.Should().Contain("A normal day started before dawn");
        result.Body.Should().NotContain("Lighthouses go automatic").And.NotContain("ten pictures").And.NotContain("Harbour lights");
        result.Turns.Should().HaveCountGreaterThan(4);
    }

    [Fact]
    public void Rolling_captions_that_repeat_every_line_are_not_cards()
    {
        var keep = Marked(
            "so today we talk about the ferry", "so today we talk about the ferry", "and why it stopped last winter",
            "and why it stopped last winter", "the engine failed in november", "the engine failed in november");

        keep.Should().OnlyContain(k => k);
    }
}

/// <summary>Lists of teaser cards on HTML pages: linked titles, each over a summary cut at an ellipsis.</summary>
public class HtmlTeaserListTests
{
    private const string Article = """
        <h1>The ferry runs again</h1>
        <p>The ferry kept running through the winter, and the village council paid for the fuel out of its own reserves.</p>
        <p>In March the new boat arrives from the yard in the south, and the timetable goes back to six crossings a day.</p>
        <p>The harbour master expects the first summer visitors in May, earlier than in any year since the pier was rebuilt.</p>
        """;

    private const string Summary = "The council voted on Tuesday to rebuild the old fish market on the quay, and the work is expected to start in spring when the...";

    private static string Page(string cards) => $"<html><body><article>{Article}{cards}</article></body></html>";

    [Fact]
    public void Linked_titles_each_over_a_cut_summary_leave_the_body()
    {
        string cards = string.Concat(new[] { "Council votes to rebuild the market", "Rowing club wins the cup again", "Storm warning for the coast" }
            .Select(t => $"<div class=\"card\"><h3><a href=\"/{t.Length}\">{t}</a></h3><p>{Summary}</p></div>"));

        var result = Interviews.Parse(Page(cards));

        result.Body.Should().Contain("six crossings a day");
        result.Body.Should().NotContain("Rowing club wins the cup again");
        result.Body.Should().NotContain("when the...");
    }

    [Fact]
    public void Unlinked_items_each_over_a_cut_description_stay_in_the_body()
    {
        // A list the article itself gives (items with their descriptions shortened), not cards that link away.
        string items = string.Concat(new[] { "1) A lantern from the old lighthouse", "2) A chart of the northern channel", "3) A bell from the first ferry" }
            .Select(t => $"<p><strong>{t}</strong></p><p>{Summary}</p>"));

        var result = Interviews.Parse(Page(items));

        result.Body.Should().Contain("2) A chart of the northern channel");
        result.Body.Should().Contain("when the...");
    }
}
