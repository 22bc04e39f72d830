using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Metadata;

/// <summary>Pages where the wrong date is the tempting one: newer teasers, comments, a copyright year.</summary>
public class TemptingDateTests
{
    private const string Article = """
        <p>The harbour master has kept the tide tables for thirty years, and he has never missed a single spring tide.</p>
        <p>He says the sea is quieter now than in his youth, but the storms are stronger when they come in autumn.</p>
        """;

    /// <summary>The article's two paragraphs as a text scrape prints them.</summary>
    private const string TextArticle = "The harbour master has kept the tide tables for thirty years, and he has never missed a single spring tide.\n\n"
        + "He says the sea is quieter now than in his youth, but the storms are stronger when they come in autumn.";

    private static string? DateOfScrape(string scrape) => Interviews.Parse(scrape, new ParseOptions { Format = Model.DocumentFormat.Text }).Published?.DateText;

    [Fact]
    public void Newer_dates_in_a_related_stories_list_do_not_win_over_the_byline()
    {
        string html = $"""
            <html><body>
            <article><h1>The harbour master</h1><p class="byline">By Ann Lee · 3 March 2021</p>{Article}</article>
            <aside class="related"><h3>Related stories</h3>
              <ul><li><a href="/a">New ferry line opens</a> <time datetime="2021-06-01">1 June 2021</time></li>
              <li><a href="/b">Storm closes the pier</a> <time datetime="2021-05-12">12 May 2021</time></li></ul></aside>
            </body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2021-03-03");
    }

    [Fact]
    public void A_teaser_card_inside_the_text_dates_its_own_article_not_the_page()
    {
        string html = $"""
            <html><body><article>
            <p class="meta">3 March 2021 · By Ann Lee</p><h1>The harbour master</h1>{Article}
            <div class="card"><p><time datetime="2018-09-14">14.09.2018</time> · Coast</p>
              <p><a href="/older">The day the old lighthouse went dark for good</a></p></div>
            <p>He will retire next spring and hand the tables to his daughter, who has worked beside him for years.</p>
            </article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2021-03-03");
    }

    [Fact]
    public void A_time_element_beside_a_list_of_tag_links_is_the_pages_own()
    {
        string html = $"""
            <html><body><article><h1>The harbour master</h1>
            <p><a href="/t/sea">Sea and coast</a> <a href="/t/people">People of the harbour</a> <a href="/t/work">Working lives</a></p>
            <p><time datetime="2021-03-03T09:30:00+01:00">3 March 2021</time> · Ann Lee</p>{Article}
            </article></body></html>
            """;

        // The element's time of day, which the line's text does not show, tells that the element was read.
        Interviews.Parse(html).Published!.Local.Should().Be(new DateTimeOffset(2021, 3, 3, 9, 30, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void An_embedded_posts_time_does_not_date_a_page_that_shows_no_date_of_its_own()
    {
        string html = $"""
            <html><body><article><h1>The harbour master</h1>{Article}
            <blockquote class="social-embed"><p>A post shared by Harbour Office (@harbouroffice) on
              <time datetime="2019-07-01T10:00:00+00:00">Jul 1, 2019</time></p></blockquote>
            </article></body></html>
            """;

        Interviews.Parse(html).Published.Should().BeNull();
    }

    [Fact]
    public void A_readers_comment_marked_up_as_a_microdata_item_does_not_date_the_page()
    {
        string html = $"""
            <html><body><article><h1>The harbour master</h1><p>3 March 2021</p>{Article}</article>
            <ol class="replies"><li><div itemscope itemprop="comment" itemtype="https://schema.org/Comment">
              <span itemprop="author">Guest</span> <span itemprop="datePublished" content="2021-06-05T14:15:08+03:00">5 June</span>
              <p itemprop="text">What a life at sea.</p></div></li></ol>
            </body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2021-03-03");
    }

    [Fact]
    public void In_a_text_scrape_a_caption_sentence_with_an_older_date_does_not_win_over_the_date_line()
    {
        const string scrape = $"""
            The harbour master

            The harbour master on the pier of Harbour Town on 14 August 2019, before the new quay was built.

            By Ann Lee

            3 March 2021 | Coast

            {TextArticle}
            """;

        DateOfScrape(scrape).Should().Be("2021-03-03");
    }

    [Fact]
    public void In_a_text_scrape_todays_date_in_the_sites_header_does_not_win_over_the_date_line_under_the_headline()
    {
        const string scrape = $"""
            Friday, 22 November 2024
            Latest: ferry timetable changes for the winter months

            The harbour master

            3 March 2021 · Ann Lee

            {TextArticle}
            """;

        DateOfScrape(scrape).Should().Be("2021-03-03");
    }

    [Fact]
    public void In_a_text_scrape_a_date_heading_right_over_the_headline_wins_over_a_teasers_date_below()
    {
        const string scrape = $"""
            Home · Posts · About

            Saturday, 3 March 2021

            The harbour master

            {TextArticle}

            More posts: 12 May 2021 · Storm closes the pier
            """;

        DateOfScrape(scrape).Should().Be("2021-03-03");
    }

    [Theory]
    [InlineData("Zuerst erschienen in der Hafenzeitung vom 14. August 2019.")]
    [InlineData("This interview was recorded on 14 August 2019 and was first published in the Harbour Weekly.")]
    public void A_sentence_on_where_the_text_first_appeared_does_not_date_the_page(string provenance)
    {
        string scrape = $"""
            Der Hafenmeister

            3 March 2021 | Coast

            {provenance}

            {TextArticle}
            """;

        DateOfScrape(scrape).Should().Be("2021-03-03");
    }

    [Fact]
    public void A_header_line_saying_when_the_page_was_first_published_dates_it()
    {
        const string scrape = $"""
            The harbour master

            First published on March 3, 2021 / 8:16 AM

            {TextArticle}
            """;

        var published = Interviews.Parse(scrape, new ParseOptions { Format = Model.DocumentFormat.Text }).Published;

        published!.DateText.Should().Be("2021-03-03");
        published.Text.Should().StartWith("First published");
    }

    [Fact]
    public void In_a_text_scrape_a_header_that_shows_only_when_the_page_was_updated_wins_over_a_caption_sentence()
    {
        const string scrape = $"""
            The harbour master

            By Ann Lee
            Updated on March 3, 2021 09:22 AM

            {TextArticle}

            The harbour master on the pier of Harbour Town on August 14, 2019, before the new quay was built.
            """;

        DateOfScrape(scrape).Should().Be("2021-03-03");
    }

    [Fact]
    public void In_a_text_scrape_the_date_of_an_embedded_post_is_not_the_page_date()
    {
        const string scrape = $"""
            The harbour master

            The new tide tables are out, and the harbour is full again. pic.example/abc

            — Harbour Town (@harbourtown) 2 May 2020

            4 May 2020 | Coast

            {TextArticle}
            """;

        DateOfScrape(scrape).Should().Be("2020-05-04");
    }

    [Fact]
    public void A_comment_timestamp_does_not_win()
    {
        string html = $"""
            <html><body>
            <article><h1>The harbour master</h1><time datetime="2020-09-14T08:00:00+02:00">14 September 2020</time>{Article}</article>
            <section class="comments"><div class="comment"><p>Great piece!</p><time datetime="2020-09-20T21:13:00+02:00">20 September 2020</time></div></section>
            </body></html>
            """;

        var published = Interviews.Parse(html).Published!;
        published.DateText.Should().Be("2020-09-14");
        published.Utc.Should().Be(new DateTimeOffset(2020, 9, 14, 6, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Without_date_metadata_the_date_shown_by_the_headline_wins_over_a_time_element_far_below_it()
    {
        // The page marks up only its comments' times; its own date is a plain line under the headline.
        string paragraphs = string.Concat(Enumerable.Repeat(Article, 8));
        string html = $"""
            <html><body>
            <div class="page"><h1>The harbour master</h1><div class="date">3 May 2019</div>{paragraphs}
            <div><h3>Your comments</h3><p>Lovely story about the tides!</p><time datetime="2021-02-11T21:13:00+01:00">11 February 2021</time></div>
            </div></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2019-05-03");
    }

    [Fact]
    public void A_copyright_year_is_not_a_publication_date()
    {
        string html = $"""
            <html><body>
            <article><h1>The harbour master</h1>{Article}</article>
            <footer><p>© 2024 The Harbour Gazette. All rights reserved.</p></footer>
            </body></html>
            """;

        Interviews.Parse(html).Published.Should().BeNull("only a year is printed, in the footer");
    }

    [Fact]
    public void When_only_the_last_resort_finds_dates_one_above_the_article_beats_the_teasers_below_it()
    {
        // The page's date line sits in the header, the teasers' dates in an aside: both are chrome elements, so only the
        // last-resort scan reads them, and the teasers below the article are the last place it looks.
        string html = $"""
            <html><body>
            <header><p>14 August 2020, 13:40</p></header>
            <div class="story"><h1>The harbour master</h1>{Article}
            <p>He will retire in the spring, and the tide tables go to the museum by the quay, where anyone can read them.</p></div>
            <aside><h3>Most read</h3><ul><li><a href="/c">Tide tables online</a></li><li><a href="/d">The old lighthouse</a></li>
            <li><a href="/e">Fish market hours</a></li></ul><ul><li><p>2 July 2020, 17:37</p><p><a href="/a">New ferry line opens</a></p></li>
            <li><p>26 May 2020, 23:23</p><p><a href="/b">Storm closes the pier</a></p></li></ul></aside>
            </body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2020-08-14");
    }
}

