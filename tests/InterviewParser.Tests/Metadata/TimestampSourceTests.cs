using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class TimestampSourceTests
{
    [Fact]
    public void A_meta_time_without_offset_takes_the_offset_of_microdata_for_the_same_instant()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2019-03-02T17:01:27.500"></head><body>
            <div><meta itemprop="datePublished" content="2019-03-02T17:01:27.500Z"></div>
            <article><h1>A headline for the test</h1><p>Some text of the article that is long enough to be content here.</p></article>
            </body></html>
            """;

        var published = Interviews.Parse(html).Published;

        published.Should().NotBeNull();
        published!.Utc.Should().Be(new DateTimeOffset(2019, 3, 2, 17, 1, 27, TimeSpan.Zero), "fractions of a second are dropped");
    }

    [Fact]
    public void Body_microdata_gives_the_time_when_the_head_has_none_and_a_comment_date_does_not_win()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body>
            <div><meta itemprop="datePublished" content="2018-10-11T08:53:00+03:00"></div>
            <article><h1>A headline for the test</h1><p>Some text of the article that is long enough to be content here.</p></article>
            <div class="comments"><span itemprop="datePublished" content="2018-11-05T19:17:10+03:00">5 November</span></div>
            </body></html>
            """;

        var published = Interviews.Parse(html).Published;

        published!.Utc.Should().Be(new DateTimeOffset(2018, 10, 11, 5, 53, 0, TimeSpan.Zero));
        published.Local!.Value.Offset.Should().Be(TimeSpan.FromHours(3));
    }

    private const string Article = """<article><h1>A headline for the test</h1><p>Some text of the article that is long enough to be content here.</p></article>""";

    [Fact]
    public void A_page_date_two_days_or_more_from_the_url_date_gives_way_to_the_url()
    {
        string html = $"""
            <html><head><link rel="canonical" href="https://news.example/2017/7/12/a-story/">
            <meta name="date" content="2019-06-17T18:28:00+02:00"></head><body>{Article}</body></html>
            """;

        var published = Interviews.Parse(html).Published;

        published!.DateText.Should().Be("2017-07-12");
        published.Source.Should().Be(Model.TimestampSource.Url);
    }

    [Fact]
    public void A_utc_time_a_few_hours_into_the_next_day_keeps_the_url_day_and_drops_the_unknown_wall_time()
    {
        string html = $"""
            <html><head><link rel="canonical" href="https://news.example/2020/02/24/a-story/">
            <meta property="article:published_time" content="2020-02-25T02:25:54+00:00"></head><body>{Article}</body></html>
            """;

        var published = Interviews.Parse(html).Published;

        published!.DateText.Should().Be("2020-02-24");
        published.Time.Should().BeNull();
        published.Offset.Should().BeNull();
    }

    [Theory]
    [InlineData("https://news.example/2020/02/24/a-story/", "2020-02-25T14:00:00+01:00", "2020-02-25")] // a local time is kept
    [InlineData("https://blog.example/2023/10/3-questions-for-ann/", "2023-10-31T10:00:00+01:00", "2023-10-31")] // a month and a title
    public void The_url_day_does_not_override_a_local_time_or_a_number_that_starts_a_title(string url, string meta, string expected)
    {
        string html = $"""
            <html><head><link rel="canonical" href="{url}">
            <meta property="article:published_time" content="{meta}"></head><body>{Article}</body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be(expected);
    }

    [Fact]
    public void Head_tags_the_parser_moved_into_the_body_are_still_read()
    {
        // An <iframe> in the head (a tag manager snippet) ends it early: the meta tags after it land in the body.
        string html = $"""
            <html><head><title>A headline for the test</title><iframe src="about:blank"></iframe>
            <meta property="article:published_time" content="2020-09-30T15:26:54+02:00"></head><body>{Article}</body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2020-09-30");
    }

    [Fact]
    public void A_time_element_marked_as_published_wins_over_an_earlier_modified_one()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body><article>
            <h1>A headline for the test</h1>
            <p><time itemprop="dateModified" datetime="2018-08-29T14:15:57">29.08.2018</time>
            <time itemprop="datePublished" datetime="2018-06-22T10:20:00">22.06.2018</time></p>
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2018-06-22");
    }

    [Fact]
    public void A_meta_date_written_twice_in_different_forms_is_not_outvoted_by_the_shown_date()
    {
        const string html = """
            <html><head><title>A headline for the test</title>
            <meta property="article:published_time" content="2019-10-18T16:06:50+0200">
            <meta name="dc.date" content="2019-10-18 16:06"></head><body><article>
            <h1>A headline for the test</h1>
            <p><time datetime="2019-04-21T23:47:18+00:00">21.04.2019</time></p>
            <p>21.04.2019</p>
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2019-10-18");
    }

    [Fact]
    public void Json_ld_with_a_stray_brace_after_the_object_is_still_read()
    {
        string html = $$"""
            <html><head><title>A headline for the test</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-10-26T18:10:00+01:00"} }</script>
            </head><body>{{Article}}</body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2020-10-26");
    }

    [Fact]
    public void Microdata_on_an_ordinary_element_gives_the_date_its_text_leaves_out()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body><article>
            <h1>A headline for the test</h1>
            <p class="date" itemprop="datePublished" content="2022-01-14 10:31:00">Januar 2022</p>
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2022-01-14");
    }

    [Fact]
    public void A_page_without_date_lines_takes_the_date_a_content_paragraph_opens_with()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body><article>
            <h1>A headline for the test</h1>
            <p>27.1.2022 - On the day of remembrance the museum opened a new room about the harbour workers who were deported, with letters, photographs, a map of the old docks and the names of all the families who lived in the streets behind the warehouses.</p>
            <p>The exhibition runs until the summer and is open every day except Monday, with guided tours on Sundays.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2022-01-27");
    }

    [Theory]
    [InlineData("https://club.example/news/29-10-2021", "2021-10-29")]
    [InlineData("https://club.example/news/2021-10-29/", "2021-10-29")]
    [InlineData("https://paper.example/20200428/a-story", "2020-04-28")]
    public void A_url_segment_that_is_a_whole_date_dates_a_page_with_no_other(string url, string expected)
    {
        string html = $"""<html><head><link rel="canonical" href="{url}"></head><body>{Article}</body></html>""";

        Interviews.Parse(html).Published!.DateText.Should().Be(expected);
    }

    [Theory]
    [InlineData("""<meta property="photo:uploaded" content="2013-02-16T04:36:36-05:00">""", "", "2013-02-16")]
    [InlineData("", """<p><abbr class="date" title="2020-09-20T14:20:02Z">3 hours ago</abbr></p>""", "2020-09-20")]
    [InlineData("""<meta property="og:image" content="https://img.example/files/2016/05/04/cover.png">""", "", "2016-05-04")]
    [InlineData("", """<p><img src="https://img.example/news/2020/03/04/photo.jpg" alt=""></p>""", "2020-03-04")]
    public void A_page_with_no_date_line_falls_back_to_vendor_meta_tooltips_and_picture_paths(string head, string body, string expected)
    {
        string html = $"""
            <html><head><title>A headline for the test</title>{head}</head><body><article>
            <h1>A headline for the test</h1>{body}
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be(expected);
    }

    [Fact]
    public void A_comment_line_with_a_reply_link_does_not_date_the_page()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body><article>
            <h1>A headline for the test</h1>
            <p>Some text of the article that is long enough to be content here.</p>
            <p>15. Dezember 2015 at 11:21 · Antwort</p>
            <p>14. Dezember 2015</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2015-12-14");
    }

    [Fact]
    public void A_bare_day_in_the_text_one_day_off_the_url_day_gives_way_to_the_url()
    {
        string html = $"""
            <html><head><link rel="canonical" href="https://blog.example/2007/05/20/results/"></head><body><article>
            <h1>A headline for the test</h1><p>Results of the regional games, Aalen, 19.5.2007</p>
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2007-05-20");
    }

    [Theory]
    [InlineData("<p>12.01.2022</p>", "2022-01-12")] // a later bare date line: the stamp was stale
    [InlineData("<p>Updated May 06, 2022</p>", "2022-05-06")]
    [InlineData("<p>03.10.2021</p>", "2021-11-29")] // an earlier shown date is a teaser or an event
    [InlineData("<p>29.11.2021</p><p>12.01.2022</p>", "2021-11-29")] // the page shows the stamp's day
    public void A_structured_date_the_page_never_shows_gives_way_to_a_later_date_line_it_shows(string body, string expected)
    {
        string html = $"""
            <html><head><title>A headline for the test</title>
            <meta property="article:published_time" content="2021-11-29T14:13:37+00:00"></head><body><article>
            <h1>A headline for the test</h1>{body}
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be(expected);
    }

    [Fact]
    public void A_utc_stamp_takes_the_offset_of_the_time_shown_in_the_page_header_and_keeps_its_seconds()
    {
        const string html = """
            <html><head><title>A headline for the test</title>
            <meta property="article:published_time" content="2019-11-20T09:29:08+0000"></head><body>
            <header><time>Published Wed, Nov 20 2019<span class="divider"></span>4:29 AM EST</time></header>
            <article><h1>A headline for the test</h1><p>Some text of the article that is long enough to be content here.</p></article>
            </body></html>
            """;

        var published = Interviews.Parse(html).Published!;

        published.Offset.Should().Be(TimeSpan.FromHours(-5));
        published.Time.Should().Be(new TimeOnly(4, 29, 8), "the seconds come from the UTC stamp");
        published.Utc.Should().Be(new DateTimeOffset(2019, 11, 20, 9, 29, 8, TimeSpan.Zero));
    }

    [Fact]
    public void A_transcript_date_field_wins_over_a_date_in_the_preface_prose()
    {
        const string doc = """
            About Anna Lund

            Anna Lund ran the ferry between the islands for forty years. She retired on October 24, 2011 after a last crossing in the storm season.

            About the Interview

            This interview belongs to the harbour archive and may be quoted for research with the archive's permission.

            Interview

            INTERVIEWEE: Anna Lund

            INTERVIEWER: Tom Berg

            DATE: 8 June 2011

            Q: Where did you grow up, and how did you come to the ferries?

            A: On the north island, in a house by the pier, so the boats were always there.
            """;

        Interviews.Parse(doc, new ParseOptions { Format = Model.DocumentFormat.Text }).Published!.DateText.Should().Be("2011-06-08");
    }

    [Fact]
    public void A_date_in_a_picture_caption_does_not_date_the_page()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body><article>
            <h1>A headline for the test</h1>
            <p>Abbildung: the glacier seen from the satellite on 31.05.2021</p>
            <p>14.01.2022</p>
            <p>Some text of the article that is long enough to be content here.</p></article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2022-01-14");
    }

    [Fact]
    public void A_press_dateline_opening_the_first_paragraph_dates_the_page()
    {
        const string html = """
            <html><head><title>A headline for the test</title></head><body><article>
            <h1>A headline for the test</h1>
            <p>Karlsruhe, (12.11.2021). Every November the churches of the region remember their dead, and this year for the first time they also meet online, with candles lit at home and names read out by the pastors in a shared video call.</p>
            <p>Sa. 13.11.2021</p>
            </article></body></html>
            """;

        Interviews.Parse(html).Published!.DateText.Should().Be("2021-11-12");
    }
}
