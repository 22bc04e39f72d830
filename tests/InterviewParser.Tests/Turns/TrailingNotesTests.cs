using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>Paragraphs after the last answer that speak about the guest or the publisher, or a section after the last question, are not the guest's words.</summary>
public class TrailingNotesTests
{
    private static string Page(string closing) => $"""
        <html><head><title>Interview with the lighthouse keeper Mara Lind</title>
        <meta property="og:site_name" content="Coastline Weekly"></head><body><article>
        <h1>Interview with the lighthouse keeper Mara Lind</h1>
        <p><strong>How did you come to the lighthouse, so far from any town?</strong></p>
        <p>My father kept the light before me, and I carried the oil up the stairs every evening as a child.</p>
        <p><strong>What do you miss now that the light runs on its own?</strong></p>
        <p>The nights. There is nothing like a storm night in the lamp room, with the whole sea moving below you.</p>
        <p>But I do not miss the stairs, I have to say, not one of the two hundred and twelve of them.</p>
        {closing}
        </article></body></html>
        """;

    [Theory]
    [InlineData("<p>Mara Lind kept the northern light for thirty-one years and now lives in the harbour town.</p>")]
    [InlineData("<p>Coastline Weekly is also available as an app for phones and tablets, with every issue since the first.</p>")]
    [InlineData("<p>QUESTIONS BY TOM BERG</p><p class=\"note\">A longer version of the interview: coastline.example.org/lind</p>")]
    [InlineData("<p>Die Fragen stellte Tom Berg.</p>")]
    [InlineData("<p>*Interview: Tom Berg, Coastline Weekly</p>")]
    public void A_closing_paragraph_about_the_guest_or_the_publisher_leaves_the_last_answer_and_the_body(string closing)
    {
        var result = Interviews.Parse(Page(closing));

        result.IsInterview.Should().BeTrue();
        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().NotContain("thirty-one years").And.NotContain("available as an app").And.NotContain("Tom Berg");
    }

    [Theory]
    [InlineData("<p>Lind, 61, kept the northern light for thirty-one years and lives in the harbour town.</p>")]
    [InlineData("<p>Lind is a retired lighthouse keeper and writes a column for the harbour paper.</p>")]
    public void A_closing_note_that_calls_the_guest_by_surname_leaves_the_last_answer_and_the_body(string closing)
    {
        var result = Interviews.Parse(Page(closing));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().NotContain(closing[3..20]);
    }

    [Theory]
    [InlineData("<p>Published 4 June 2024</p>", "4 June 2024")]
    [InlineData("<p>Updated: 04.06.2024 14:05</p>", "04.06.2024")]
    [InlineData("<p>Publisert 4. juni 2024</p>", "juni 2024")]
    [InlineData("<p>4 June 2024</p>", "4 June 2024")]
    public void A_line_under_the_last_answer_that_says_only_when_the_page_appeared_leaves_the_answer_and_the_body(string closing, string date)
    {
        var result = Interviews.Parse(Page(closing));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().NotContain(date);
    }

    [Theory]
    [InlineData("<p>Since June 2024.</p>")]
    [InlineData("<p>Until 4 June 2024, at least.</p>")]
    public void A_short_closing_sentence_with_a_date_in_it_stays_in_the_last_answer(string closing)
    {
        var result = Interviews.Parse(Page(closing));

        result.Turns[^1].Text.Should().EndWith(closing[3..^4]);
    }

    [Fact]
    public void A_date_that_answers_the_last_question_is_the_answer()
    {
        var result = Interviews.Parse(Page("<p><strong>And when did the light go automatic?</strong></p><p>4 June 2004.</p>"));

        result.Turns[^1].Text.Should().Be("4 June 2004.");
    }

    [Fact]
    public void A_note_introducing_the_author_leaves_the_last_answer_and_the_body_and_names_the_interviewer()
    {
        // The author's blurb under the text is the page's line, as the byline is.
        var result = Interviews.Parse(Page("<p><em>Tom Berg is a freelance science journalist in Bergen and writes about the coast.</em></p>"));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().NotContain("freelance science journalist");
        result.Participants.Should().ContainSingle(p => p.Role == Model.TurnRole.Interviewer).Which.Name.Should().Be("Tom Berg");
        result.Turns[0].Speaker.Should().Be("Tom Berg");
    }

    [Fact]
    public void A_blurb_on_the_author_the_page_names_leaves_the_body_whatever_role_it_gives()
    {
        // "writer" names no interviewer's role; the page's author meta tag names the person, who asked.
        string page = Page("<p><em>Tom Berg is a writer based in Bergen. His book on the coast comes out in spring.</em></p>")
            .Replace("<meta property", "<meta name=\"author\" content=\"Tom Berg\"><meta property", StringComparison.Ordinal);

        var result = Interviews.Parse(page);

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().NotContain("based in Bergen");
    }

    [Fact]
    public void A_note_introducing_somebody_who_did_not_ask_stays_in_the_body()
    {
        var result = Interviews.Parse(Page("<p><em>Ella Moss is a painter in Bergen whose pictures of the light hang in the harbour museum.</em></p>"));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().Contain("Ella Moss is a painter");
    }

    [Theory]
    [InlineData("<p>Instagram: @maralind</p><p>Website: www.lighthouse.example</p>")]
    [InlineData("<p>E-Mail: mara@lighthouse.example</p>")]
    public void Contact_lines_under_the_last_answer_are_no_speech_and_stay_in_the_body(string closing)
    {
        var result = Interviews.Parse(Page(closing));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().Contain("lighthouse.example");
    }

    [Theory]
    [InlineData("<p>Got a story from the coast? Email us at desk@coastline.example</p>")]
    [InlineData("<p>Haben Sie Hinweise? Schreiben Sie uns an hinweise@kueste.example</p>")]
    [InlineData("<p>Tips oss! Send e-post til tips@kystavisa.example</p>")]
    public void A_call_to_write_to_the_newsroom_under_the_last_answer_leaves_the_answer_and_the_body(string closing)
    {
        var result = Interviews.Parse(Page(closing));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().NotContain(".example");
    }

    [Fact]
    public void An_answer_that_gives_an_address_in_a_longer_paragraph_keeps_it()
    {
        const string closing = "<p>Anyone who wants to visit can write to the harbour office at office@portvik.example, and they will tell you "
            + "when the boat goes out to the island and whether the weather allows the crossing that week.</p>";

        var result = Interviews.Parse(Page(closing));

        result.Turns[^1].Text.Should().Contain("office@portvik.example");
    }

    [Fact]
    public void A_contact_line_between_the_exchanges_is_nobodys_turn()
    {
        var result = Interviews.Parse(Page("<p>Instagram: @maralind</p><p><strong>And the next winter?</strong></p><p>In the harbour town, with a window on the light.</p>"));

        result.Turns.Should().NotContain(t => t.Text.Contains("@maralind") || t.Speaker == "Instagram");
        result.Turns[^1].Text.Should().Be("In the harbour town, with a window on the light.");
        result.Body.Should().Contain("@maralind");
    }

    [Fact]
    public void A_last_answer_paragraph_with_a_colon_and_words_after_it_stays()
    {
        var result = Interviews.Parse(Page("<p>My advice: go up the stairs at least once in your life.</p>"));

        result.Turns[^1].Text.Should().EndWith("at least once in your life.");
    }

    [Fact]
    public void Capitalised_nouns_before_a_copula_without_a_title_after_it_are_no_person()
    {
        // German capitalises nouns: "Große Vorsicht ist …" opens like "Anna Lund ist …" but introduces nobody.
        var result = Interviews.Parse(Page("<p>Große Vorsicht ist auf der Treppe geboten, wenn es draußen stürmt und die Stufen nass sind.</p>"));

        result.Turns[^1].Text.Should().EndWith("wenn es draußen stürmt und die Stufen nass sind.");
    }

    [Fact]
    public void An_answer_paragraph_naming_somebody_else_stays()
    {
        var result = Interviews.Parse(Page("<p>And Tom Berg, the keeper on the next island, still calls me every Sunday to talk about the weather.</p>"));

        result.Turns[^1].Text.Should().EndWith("to talk about the weather.");
    }

    [Fact]
    public void A_section_after_the_last_question_is_the_pages_text_not_the_last_answer()
    {
        var result = Interviews.Parse(Page("<h2>Visiting the light</h2><p>The tower opens to visitors on summer weekends, and the path from the car park takes twenty minutes.</p>"));

        result.Turns[^1].Text.Should().EndWith("two hundred and twelve of them.");
        result.Body.Should().Contain("The tower opens to visitors");
    }

    [Fact]
    public void A_section_heading_between_questions_keeps_both_sections_in_the_conversation()
    {
        var result = Interviews.Parse(Page("<h2>The years after</h2><p><strong>And where will you spend the next winter?</strong></p><p>In the harbour town, with a window that looks out on the light.</p>"));

        result.Turns.Should().HaveCount(6);
        result.Turns[^1].Text.Should().Be("In the harbour town, with a window that looks out on the light.");
    }

    private const string Exchanges = """
        <p><strong>Anna, how are your bees this year?</strong></p>
        <p>Better than last year. The spring was warm and wet, and the fruit trees flowered for weeks.</p>
        <p><strong>What threatens them most, in your view?</strong></p>
        <p>Mites and empty fields. When nothing flowers after the rape, the colonies go hungry.</p>
        """;

    private const string GuestBox = """
        <p><strong>About the guest</strong></p>
        <p>Anna Lund has kept bees at the edge of town for twelve years and chairs the beekeepers' club.</p>
        """;

    /// <summary>A bold-question interview with the given blocks under its standfirst.</summary>
    private static string BeePage(string text) => $"""
        <html><head><title>A year of the bees</title></head><body><article>
        <h1>A year of the bees</h1>
        <p>The beekeeper Anna Lund on a hard winter and a good spring in the hives at the edge of town.</p>
        {text}
        </article></body></html>
        """;

    [Fact]
    public void A_box_under_the_last_answer_headed_like_the_questions_with_a_note_on_the_guest_is_no_exchange()
    {
        var result = Interviews.Parse(BeePage(Exchanges + GuestBox));

        result.Turns.Should().HaveCount(4);
        result.Turns[^1].Text.Should().StartWith("Mites and empty fields");
    }

    [Fact]
    public void The_same_box_above_the_first_question_is_no_exchange_and_stays_in_the_body()
    {
        var result = Interviews.Parse(BeePage(GuestBox + Exchanges));

        result.Turns.Should().HaveCount(4);
        result.Turns[0].Text.Should().StartWith("Anna, how are your bees");
        result.Body.Should().Contain("chairs the beekeepers' club");
    }
}
