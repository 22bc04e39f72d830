using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

/// <summary>The lead is the standfirst under the headline and, in an interview, the intro before the first question.</summary>
public class LeadTests
{
    private const string Questions = """
        <p><strong>How did the harbour change after the storm?</strong></p>
        <p>The old pier was gone, and the fishing boats had to moor along the river for a whole season while the town argued.</p>
        <p><strong>What happened to the fish market then?</strong></p>
        <p>It moved into the empty warehouse by the station, and many of the older traders never came back to the water.</p>
        """;

    private const string Standfirst = "Ten years after the great storm, the harbour master looks back on the rebuilding of the old port and its market.";

    /// <summary>An interview page with a description and one line in the header under the headline, above the article.</summary>
    private static string PageWithLineAbove(string description, string line) => $"""
        <html><head><title>Interview: the harbour master</title>
        <meta name="description" content="{description}">
        </head><body>
        <header><h1>Interview: the harbour master</h1>
        <div class="teaser"><p>{line}</p></div></header>
        <article>{Questions}</article></body></html>
        """;

    [Fact]
    public void A_standfirst_outside_the_article_text_is_found_by_agreeing_with_the_description()
    {
        string page = PageWithLineAbove(Standfirst, Standfirst);

        var result = Interviews.Parse(page);

        result.Lead.Should().Be(Standfirst);
    }

    [Fact]
    public void A_tagline_under_the_headline_is_not_the_standfirst()
    {
        string page = $"""
            <html><head><title>Interview: the harbour master</title></head><body>
            <h1>Interview: the harbour master</h1>
            <p>Real voices. Old ports. Every week.</p>
            <p>Ten years after the great storm, the harbour master looks back on the rebuilding of the old port and its market.</p>
            <article>{Questions}</article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Lead.Should().NotContain("Real voices").And.Contain("Ten years after the great storm");
    }

    [Fact]
    public void An_article_that_is_not_an_interview_keeps_its_standfirst_as_the_lead()
    {
        const string page = """
            <html><head><title>Council approves new bridge</title>
            <meta property="og:description" content="After two years of debate, the town council has voted for a pedestrian bridge over the river.">
            </head><body><article><h1>Council approves new bridge</h1>
            <p class="dek">After two years of debate, the town council has voted for a pedestrian bridge over the river.</p>
            <p>The town council voted on Tuesday to approve the construction of a new pedestrian bridge over the river, ending a debate that lasted two years.</p>
            <p>Opponents had argued that the money would be better spent on repairing roads, and several residents spoke against the plan at the meeting.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeFalse();
        result.Lead.Should().Be("After two years of debate, the town council has voted for a pedestrian bridge over the river.");
    }

    private const string BridgePageWithSubheading = """
        <html><head><title>Council approves new bridge</title>
        <meta property="og:description" content="After two years of debate, the town council has voted for a pedestrian bridge over the river">
        </head><body><article><h1>Council approves new bridge</h1>
        <h2>After two years of debate, the town council has voted for a pedestrian bridge over the river</h2>
        <p>The town council voted on Tuesday to approve the construction of a new pedestrian bridge over the river, ending a debate that lasted two years.</p>
        <p>Opponents had argued that the money would be better spent on repairing roads, and several residents spoke against the plan at the meeting.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_subheading_under_the_headline_that_says_what_the_description_says_is_the_standfirst()
    {
        var result = Interviews.Parse(BridgePageWithSubheading);

        result.Lead.Should().Be("After two years of debate, the town council has voted for a pedestrian bridge over the river");
    }

    /// <summary>The bridge page without its description, with the given subheading under the headline.</summary>
    private static string BridgePageWithoutDescription(string subheading) => BridgePageWithSubheading
        .Replace("""<meta property="og:description" content="After two years of debate, the town council has voted for a pedestrian bridge over the river">""", "")
        .Replace("<h2>After two years of debate, the town council has voted for a pedestrian bridge over the river</h2>", $"<h2>{subheading}</h2>");

    [Fact]
    public void Without_a_description_a_sentence_long_subheading_right_under_the_headline_is_the_standfirst()
    {
        const string dek = "After two years of debate, the town council has voted for a pedestrian bridge over the river";

        Interviews.Parse(BridgePageWithoutDescription(dek)).Lead.Should().Be(dek);
    }

    [Fact]
    public void Without_a_description_the_subheading_dek_may_stand_under_a_date_and_byline_row()
    {
        const string dek = "After two years of debate, the town council has voted for a pedestrian bridge over the river";
        string page = BridgePageWithoutDescription(dek).Replace("<h1>Council approves new bridge</h1>", "<h1>Council approves new bridge</h1><p>12 May 2021 · by Ann Lee</p>");

        Interviews.Parse(page).Lead.Should().Be(dek);
    }

    [Fact]
    public void Without_a_description_a_short_section_title_under_the_headline_is_not_the_standfirst()
    {
        Interviews.Parse(BridgePageWithoutDescription("Two years of debate")).Lead.Should().NotContain("Two years of debate");
    }

    [Fact]
    public void The_standfirst_may_agree_with_the_structured_data_description_when_the_meta_description_is_the_opening_paragraph()
    {
        const string page = """
            <html><head><title>Council approves new bridge</title>
            <meta property="og:description" content="The town council voted on Tuesday to approve the construction of a new pedestrian bridge over the river, ending a debate that lasted two years.">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves new bridge","description":"Opponents wanted the money spent on roads, but the vote was clear in the end"}</script>
            </head><body><article><h1>Council approves new bridge</h1>
            <h2>Opponents wanted the money spent on roads, but the vote was clear in the end</h2>
            <p>The town council voted on Tuesday to approve the construction of a new pedestrian bridge over the river, ending a debate that lasted two years.</p>
            <p>Several residents spoke against the plan at the meeting, and the mayor promised a second meeting on the road repairs before the summer.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Lead.Should().Be("Opponents wanted the money spent on roads, but the vote was clear in the end");
    }

    [Fact]
    public void A_subheading_repeating_the_headline_is_not_the_standfirst_even_when_the_description_repeats_it_too()
    {
        const string title = "Town council approves the new pedestrian bridge over the river after two years";
        string page = BridgePageWithSubheading
            .Replace("After two years of debate, the town council has voted for a pedestrian bridge over the river", title)
            .Replace("<h1>Council approves new bridge</h1>", $"<h1>{title}</h1>");

        var result = Interviews.Parse(page);

        result.Lead.Should().NotContain("Town council approves");
    }

    [Fact]
    public void A_standfirst_printed_above_the_article_text_also_opens_the_body()
    {
        string page = PageWithLineAbove(Standfirst, Standfirst);

        var result = Interviews.Parse(page);

        result.Body.Should().StartWith("Ten years after the great storm").And.Contain("How did the harbour change after the storm?");
    }

    [Fact]
    public void A_line_above_the_article_text_that_the_description_does_not_confirm_stays_out_of_the_body()
    {
        string page = PageWithLineAbove(
            "A conversation about storms, piers and the fish market of a small northern town.",
            "Watch the harbour master walk us along the new pier and explain what the storm destroyed that night.");

        var result = Interviews.Parse(page);

        result.Body.Should().StartWith("How did the harbour change after the storm?");
    }

    /// <summary>A Markdown scrape: a menu, the headline, one line under it, a byline and date, then the questions.</summary>
    private static string ScrapeWithLineUnder(string line) => $"""
        * [Home](/)
        * [Ports](/ports/)
        * [Weather](/weather/)

        # The harbour master remembers the storm

        {line}

        Interview: Tom Berg

        3 June 2020

        **How did the harbour change after the storm?**

        The old pier was gone, and the fishing boats had to moor along the river for a whole season while the town argued.

        **What happened to the fish market then?**

        It moved into the empty warehouse by the station, and many of the older traders never came back to the water.
        """;

    private const string OpenDek = "Ten years after the great storm the harbour master looks back on the rebuilding of the old port";

    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    [Fact]
    public void A_dek_without_a_closing_stop_right_under_the_headline_is_the_lead()
    {
        var result = Interviews.Parse(ScrapeWithLineUnder(OpenDek), Text);

        result.Lead.Should().Be(OpenDek);
    }

    [Theory]
    [InlineData("• Ten years after the great storm the harbour master looks back on the old port")] // a list's bullet
    [InlineData("Fishing boats moored along the river in the winter after the storm Fishing boats moored along the river")] // a picture's text twice
    [InlineData("Fishing boats moored along the river in the winter after the storm, JaneRoe/Harbour Archive")] // a picture credit
    [InlineData("Ten Years After The Great Storm The Harbour Master Looks Back On The Old Port")] // a second title
    public void A_line_under_the_headline_without_a_stop_that_is_not_running_text_is_no_lead(string line)
    {
        var result = Interviews.Parse(ScrapeWithLineUnder(line), Text);

        result.Lead.Should().BeNull();
    }

    [Theory]
    [InlineData("„Wir haben es verlernt“", "Die Stadtplanerin Anna Berger über leere Läden", true)]
    [InlineData("\"We simply forgot how\"", "A town planner on empty shops", true)]
    [InlineData("Where the shops stand empty", "A town planner on empty shops", false)] // under a plain title a short line is a second title
    public void A_short_dek_under_a_headline_that_quotes_the_guest_is_the_lead(string headline, string dek, bool isLead)
    {
        var result = Interviews.Parse(TextScrapeHeadlineTests.QuotedHeadlineOverDek(headline, dek), Text);

        (result.Lead ?? string.Empty).Contains(dek, StringComparison.Ordinal).Should().Be(isLead);
    }

    [Fact]
    public void In_a_text_scrape_the_standfirst_above_the_byline_opens_the_body()
    {
        // No description to confirm it in a scrape: its place under the headline and its shape make it the standfirst.
        var result = Interviews.Parse(ScrapeWithLineUnder(Standfirst), Text);

        result.Lead.Should().Be(Standfirst);
        result.Body.Should().StartWith(Standfirst).And.Contain("What happened to the fish market then?");
    }

    [Fact]
    public void A_row_the_page_repeats_over_its_teasers_is_no_lead()
    {
        const string row = "Written together with the editors of the harbour desk for the weekend edition";
        string page = ScrapeWithLineUnder(row) + $"""


            ## More from the coast

            {row} and the ferry pages

            {row} and the weather pages
            """;

        var result = Interviews.Parse(page, Text);

        result.Lead.Should().BeNull();
    }

    /// <summary>
    /// A page whose kicker, kept as a line of text, stands above the headline, with a standfirst in a box named like a
    /// teaser card between the headline and the questions, and no description to agree with.
    /// </summary>
    private static string PageWithKicker(string standfirst) => $"""
        <html><head><title>Looking back on the storm</title></head><body><article>
        <p>Harbours</p>
        <h1>Looking back on the storm</h1>
        <p class="teaser">{standfirst}</p>
        {Questions}
        </article></body></html>
        """;

    [Fact]
    public void A_kicker_above_the_headline_leaves_room_for_the_standfirst_under_it()
    {
        var result = Interviews.Parse(PageWithKicker(Standfirst));

        result.Lead.Should().Be(Standfirst);
    }

    [Fact]
    public void A_standfirst_of_several_short_paragraphs_that_the_description_holds_whole_is_the_lead()
    {
        const string page = """
            <html><head><title>The harbour master</title>
            <meta name="description" content="Ports are loud, dirty and slow. So people say. Not this one, says the harbour master. Ten years of work show it.">
            </head><body>
            <div class="page-title"><h1>The harbour master</h1>
            <div class="dek"><p>Ports are loud, dirty and slow. So people say.</p><p>Not this one, says the harbour master.</p><p>Ten years of work show it.</p></div></div>
            <article>
            <p><strong>How did the harbour change after the storm?</strong></p>
            <p>The old pier was gone, and the fishing boats had to moor along the river for a whole season while the town argued.</p>
            <p><strong>What happened to the fish market then?</strong></p>
            <p>It moved into the empty warehouse by the station, and many of the older traders never came back to the water.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Lead.Should().Be("Ports are loud, dirty and slow. So people say.\n\nNot this one, says the harbour master.\n\nTen years of work show it.");
    }

    [Fact]
    public void Paragraphs_of_the_text_that_the_description_copies_do_not_lengthen_the_lead()
    {
        const string page = """
            <html><head><title>Council approves new bridge</title>
            <meta name="description" content="After two years of debate, the town council has voted for a pedestrian bridge over the river. Building starts in the spring and should take eighteen months.">
            </head><body><article>
            <h1>Council approves new bridge</h1>
            <p>After two years of debate, the town council has voted for a pedestrian bridge over the river.</p>
            <p>Building starts in the spring and should take eighteen months.</p>
            <p>The mayor said the bridge would link the old town with the new housing on the far bank, and that the money had been found without raising local taxes.</p>
            <p>Opponents had argued for a ferry instead, which they said would cost less and spoil less of the view from the promenade.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Lead.Should().NotContain("Building starts");
    }

    [Fact]
    public void A_list_between_the_intro_and_the_first_question_is_not_part_of_the_intro()
    {
        string page = $"""
            <html><head><title>Interview: the harbour master</title></head><body><article>
            <h1>Interview: the harbour master</h1>
            <p>Ten years after the great storm, the harbour master looks back on the rebuilding of the old port and its market.</p>
            <h2>In this conversation</h2>
            <ul><li>How the old pier was rebuilt from the seabed up</li><li>Where the fishing boats moored in the meantime</li></ul>
            {Questions}</article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Lead.Should().Be("Ten years after the great storm, the harbour master looks back on the rebuilding of the old port and its market.");
    }
}
