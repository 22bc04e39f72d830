using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Safety;

/// <summary>Markup that names a charset or a time nobody can use.</summary>
public class HostileMarkupTests
{
    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-32")]
    public void An_unusable_declared_charset_is_reported_not_thrown(string charset)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes($"<html><head><meta charset=\"{charset}\"><title>Harbour</title></head><body><p>The ferry leaves at nine, every day of the week.</p></body></html>");

        var result = Interviews.Parse(bytes);

        result.Body.Should().Contain("The ferry leaves at nine");
    }

    [Theory]
    [InlineData("2020-01-01T10:00+15:00")]
    [InlineData("2020-01-01T10:00-14:30")]
    [InlineData("2020-01-01T10:00+99:99")]
    [InlineData("0001-01-01T00:30+05:00")]
    [InlineData("9999-12-31T23:30-05:00")]
    public void A_time_with_an_impossible_offset_keeps_its_date_and_can_be_read_and_written(string stamp)
    {
        var html = $"<html><head><title>Harbour</title></head><body><time datetime=\"{stamp}\">then</time><article><p>The ferry leaves at nine, every day of the week.</p></article></body></html>";

        var result = Interviews.Parse(html);

        var read = () => (result.Published?.Utc, result.Published?.Local);
        read.Should().NotThrow();
        var write = () => Serialization.InterviewJson.Serialize(result);
        write.Should().NotThrow();
    }

    [Theory]
    [InlineData("Published 12.99999999999999999999.2020")]
    [InlineData("March 99999999999999999999, 2021")]
    [InlineData("2020-01-01 99999999999999:00")]
    public void A_date_line_with_a_number_too_long_for_any_field_is_no_date(string line)
    {
        var parse = () => Interviews.Parse($"{line}\n\nThe ferry leaves at nine, every day of the week, from the old pier.", new ParseOptions { Format = Model.DocumentFormat.Text });

        parse.Should().NotThrow();
    }
}
