using FluentAssertions;
using InterviewParser.Metadata;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class MetadataTests
{
    [Fact]
    public void Headline_is_the_h1_that_agrees_with_og_title()
    {
        Interviews.Parse(Fixtures.BoldQuestionPage).Headline.Should().Be("Baker on bread and patience");
    }

    [Fact]
    public void Title_loses_its_site_name()
    {
        HeadlineExtractor_StripSiteName("A long talk with a baker | The Valley Gazette").Should().Be("A long talk with a baker");
    }

    private static string HeadlineExtractor_StripSiteName(string title) => HeadlineExtractor.StripSiteName(title);

    [Fact]
    public void Text_headline_is_the_title_line_before_the_content()
    {
        Interviews.Parse(Fixtures.TextScrape).Headline.Should().Be("Old lighthouse keeper: the sea never sleeps");
    }

    [Fact]
    public void Meta_published_time_keeps_its_offset()
    {
        var p = Interviews.Parse(Fixtures.BoldQuestionPage).Published;

        p.Should().NotBeNull();
        p!.Source.Should().Be(TimestampSource.Meta);
        p.Local.Should().Be(new DateTimeOffset(2021, 3, 4, 9, 15, 0, TimeSpan.FromHours(1)));
        p.Offset.Should().Be(TimeSpan.FromHours(1), "DateTimeOffset equality compares instants only");
        p.Utc.Should().Be(new DateTimeOffset(2021, 3, 4, 8, 15, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Gmt_and_local_time_pair_gives_the_local_offset()
    {
        var p = DateTextParser.ParseText("Mon 12 October 2015 07:35 GMT | 12:35 Local Time", TimestampSource.Text);

        p.Should().NotBeNull();
        p!.Utc.Should().Be(new DateTimeOffset(2015, 10, 12, 7, 35, 0, TimeSpan.Zero));
        p.Offset.Should().Be(TimeSpan.FromHours(5));
        p.Local!.Value.Hour.Should().Be(12);
    }

    [Theory]
    [InlineData("17.05.2026, 19:06 Uhr", 2)]
    [InlineData("May 17, 2026 12:06 pm", -5)]
    [InlineData("17.05.2026, 19:27 Uhr", 0)]
    public void A_utc_stamp_takes_the_offset_of_the_wall_time_the_page_shows_to_the_minute(string shown, int hours)
    {
        // The stamp has seconds, the page shows minutes; 19:27 is no whole quarter of an hour from 17:06 and is another time.
        string html = $"""
            <html><head><title>The harbour</title><meta property="article:published_time" content="2026-05-17T17:06:53Z"></head>
            <body><article><h1>The harbour</h1><p>{shown}</p>
            <p>The ferry left at dawn, the gulls followed it, and the harbour master, as always, counted them twice before breakfast.</p>
            <p>At night the lights came on one by one, and the last ferry came in late, empty and quiet, as it does every winter.</p>
            </article></body></html>
            """;

        var p = Interviews.Parse(html, new ParseOptions { Format = DocumentFormat.Html }).Published!;

        p.Utc.Should().Be(new DateTimeOffset(2026, 5, 17, 17, 6, 53, TimeSpan.Zero), "the instant never changes");
        p.Offset.Should().Be(TimeSpan.FromHours(hours));
    }

    [Theory]
    [InlineData("28. Oktober 2023", 2023, 10, 28)]
    [InlineData("15 de diciembre de 2023", 2023, 12, 15)]
    [InlineData("11 октября 2018", 2018, 10, 11)]
    [InlineData("March 29, 2019", 2019, 3, 29)]
    [InlineData("05.07.2020 | 09:03", 2020, 7, 5)]
    [InlineData("Published 3rd May 2019", 2019, 5, 3)]
    public void Date_lines_in_several_languages_give_the_calendar_date(string text, int y, int m, int d)
    {
        DateTextParser.ParseText(text, TimestampSource.Text)!.Date.Should().Be(new DateOnly(y, m, d));
    }

    [Fact]
    public void A_date_without_a_time_invents_no_time_or_zone()
    {
        var p = DateTextParser.ParseText("March 29, 2019", TimestampSource.Text)!;

        p.Time.Should().BeNull();
        p.Offset.Should().BeNull();
        p.Utc.Should().BeNull();
    }

    [Fact]
    public void Twelve_hour_clock_with_zone_abbreviation_is_converted()
    {
        var p = DateTextParser.ParseText("Updated 3:27 pm PST, Wednesday, November 20, 2019", TimestampSource.Text);
        // The time precedes the date here, so only the date is certain.
        p!.Date.Should().Be(new DateOnly(2019, 11, 20));
    }

    [Fact]
    public void Text_date_line_under_the_headline_is_the_published_time()
    {
        var p = Interviews.Parse(Fixtures.TextScrape).Published;

        p!.Utc.Should().Be(new DateTimeOffset(2016, 6, 7, 18, 20, 0, TimeSpan.Zero));
        p.Offset.Should().Be(TimeSpan.FromHours(3));
    }

    [Fact]
    public void Interviews_sentence_names_interviewer_interviewee_and_title()
    {
        var result = Interviews.Parse(Fixtures.TextScrape);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Should().Match<Participant>(p => p.Name == "Marta Stein" && p.Title == "retired lighthouse keeper");
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "The Harbour Post");
    }

    [Fact]
    public void Lead_is_the_intro_before_the_first_question()
    {
        Interviews.Parse(Fixtures.TextScrape).Lead.Should().Be("The Harbour Post interviews retired lighthouse keeper Marta Stein.");
    }
}
