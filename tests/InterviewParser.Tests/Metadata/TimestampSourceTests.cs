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
}
