using FluentAssertions;
using InterviewParser.Metadata;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class RelativeDateTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 10, 15, 30, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("3 hours ago", "2024-03-10", "12:30")]
    [InlineData("vor 45 Minuten", "2024-03-10", "14:45")]
    [InlineData("hace 2 horas", "2024-03-10", "13:30")]
    [InlineData("il y a 5 heures", "2024-03-10", "10:30")]
    [InlineData("2 часа назад", "2024-03-10", "13:30")]
    [InlineData("4 saat əvvəl", "2024-03-10", "11:30")]
    [InlineData("2 days ago", "2024-03-08", null)]
    [InlineData("vor 1 Woche", "2024-03-03", null)]
    [InlineData("yesterday", "2024-03-09", null)]
    [InlineData("Gestern", "2024-03-09", null)]
    [InlineData("вчера", "2024-03-09", null)]
    public void Relative_dates_resolve_against_the_reference_time(string text, string date, string? time)
    {
        var p = RelativeDate.Parse(text, Now);

        p.Should().NotBeNull();
        p!.DateText.Should().Be(date);
        string? clock = p.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        clock.Should().Be(time, time is null ? "a day count gives no time of day" : "an hour count gives the time");
        if (time is not null) p.Offset.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Without_a_reference_time_a_relative_date_stays_unresolved()
    {
        const string page = """
            <html><body><article><h1>The harbour master</h1><p class="byline">3 hours ago</p>
            <p>The harbour master has kept the tide tables for thirty years, and he has never missed a single spring tide.</p>
            </article></body></html>
            """;

        Interviews.Parse(page).Published.Should().BeNull();
        Interviews.Parse(page, new ParseOptions { ReferenceTime = Now }).Published!.Time.Should().Be(new TimeOnly(12, 30));
    }
}
