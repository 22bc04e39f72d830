using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Decoding;

public class BadInputTests
{
    [Fact]
    public void Html_nested_tens_of_thousands_deep_is_read_as_text_with_a_warning()
    {
        const int depth = 50_000;
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>The only sentence of this page sits at the bottom of the nesting.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var result = Interviews.Parse(html);

        result.Body.Should().Contain("The only sentence of this page");
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.DepthCapped && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Ordinary_nesting_is_parsed_as_html()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200)) + "<p>Deep but ordinary page text with enough words to count.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 200)) + "</body></html>";

        var result = Interviews.Parse(html);

        result.Body.Should().Contain("Deep but ordinary page text");
        result.Diagnostics.Should().NotContain(d => d.Message.Contains("read as plain text"));
    }
}
