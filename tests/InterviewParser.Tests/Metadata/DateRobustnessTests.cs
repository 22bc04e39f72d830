using FluentAssertions;
using InterviewParser.Metadata;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class DateRobustnessTests
{
    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2020-13-45T10:00:00Z")]
    [InlineData("2021-02-30 10:00:00")]
    [InlineData("9999-99-99T99:99:99+99:99")]
    [InlineData("2020-01-0")]
    [InlineData("----------------")]
    public void Impossible_or_placeholder_dates_give_no_time_and_never_loop(string value)
    {
        DateTextParser.ParseIso(value, TimestampSource.Meta).Should().BeNull();
        DateTextParser.ParseText(value, TimestampSource.Text).Should().BeNull();
    }

    [Theory]
    [InlineData("Winter offer 12.01.–26.02. 15% off")]
    [InlineData("Early booking 03.03. - 10.04. 20 % discount")]
    public void A_share_after_a_day_and_month_is_not_read_as_a_two_digit_year(string line)
    {
        DateTextParser.ParseText(line, TimestampSource.Text).Should().BeNull();
    }

    [Fact]
    public void Random_date_like_junk_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "0123456789-:/.T Z+,abcMarzoOkt";
        for (int i = 0; i < 2000; i++)
        {
            string s = Fixtures.MadeUpText(random, alphabet, 1, 40);

            var act = () => (DateTextParser.ParseIso(s, TimestampSource.Meta), DateTextParser.ParseText(s, TimestampSource.Text));

            act.Should().NotThrow($"\"{s}\" is junk, not an error");
        }
    }

    [Fact]
    public void A_page_whose_json_ld_holds_a_placeholder_date_parses()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","dateModified":"0001-01-01T00:00:00Z","datePublished":""}</script></head>
            <body><article><h1>Harbour news</h1><p>The harbour opens at dawn and closes when the last boat is home, which can be very late.</p></article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Headline.Should().Be("Harbour news");
        result.Published.Should().BeNull();
    }
}
