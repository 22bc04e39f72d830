using System.Text;
using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Safety;

/// <summary>Markup shaped to make tree building slow or huge is read as text; every parse has a time limit.</summary>
public class PathologicalShapeTests
{
    private static string Repeat(string unit, int times, string tail = "the end")
    {
        var sb = new StringBuilder("<html><body>", unit.Length * times + 64);
        for (int i = 0; i < times; i++) sb.Append(unit);
        return sb.Append(tail).Append("</body></html>").ToString();
    }

    [Theory]
    [InlineData("<b>")]
    [InlineData("<s>")]
    [InlineData("<i><em>")]
    [InlineData("<font>")]
    [InlineData("<a href=x>")]
    [InlineData("<div>")]
    [InlineData("<span>")]
    public void Formatting_and_container_tags_left_open_count_as_nesting(string unit)
    {
        NestingGuard.Inspect(Repeat(unit, 100_000)).Should().Be(NestingGuard.Verdict.TooDeep);
    }

    [Fact]
    public void A_hundred_thousand_open_bold_tags_are_read_as_text_with_a_diagnostic()
    {
        var result = Interviews.Parse(Repeat("<b>", 100_000, "The ferry leaves at nine."));

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.DepthCapped);
        result.Body.Should().Contain("The ferry leaves at nine.");
    }

    [Theory]
    [InlineData("<p>x")]
    [InlineData("<li>x")]
    [InlineData("<br>")]
    [InlineData("<td>x")]
    public void Tags_that_close_themselves_do_not_nest_but_count_as_elements(string unit)
    {
        NestingGuard.Inspect(Repeat(unit, 5_000)).Should().Be(NestingGuard.Verdict.Fine);
        NestingGuard.Inspect(Repeat(unit, NestingGuard.MaxElements + 10)).Should().Be(NestingGuard.Verdict.TooMany);
    }

    [Fact]
    public void Closed_and_self_closed_elements_and_markup_in_scripts_and_comments_do_not_nest()
    {
        var html = Repeat("<div><b>x</b><span/></div><script>if (a<b && c<d) { x = '<div>'; }</script><!-- <div><div> -->", 20_000);

        NestingGuard.Inspect(html).Should().Be(NestingGuard.Verdict.Fine);
    }

    [Fact]
    public void An_unclosed_title_that_holds_the_rest_of_the_page_is_cut_to_the_longest_head_value()
    {
        // Without "</title>" the whole page is the title's text; rules compare the title with every block.
        var sb = new StringBuilder("<html><head><title>The ferry timetable");
        for (int i = 0; i < 20_000; i++) sb.Append(" | a | b |\n");
        string page = sb.Append("</body></html>").ToString();

        var doc = HtmlBlockBuilder.Build(page, CancellationToken.None);
        var result = Interviews.Parse(page);

        doc.Title.Should().StartWith("The ferry timetable").And.HaveLength(BlockDocument.MaxHeadValueLength);
        (result.Headline ?? string.Empty).Length.Should().BeLessThanOrEqualTo(BlockDocument.MaxHeadValueLength);
    }

    [Fact]
    public void Titles_in_meta_and_front_matter_are_cut_to_the_longest_head_value_and_descriptions_to_the_longest_meta_value()
    {
        string longValue = new('x', BlockDocument.MaxHeadValueLength * 3);
        string hugeValue = new('y', BlockDocument.MaxMetaValueLength * 2);
        var html = HtmlBlockBuilder.Build(
            $"<html><head><meta property=\"og:title\" content=\"{longValue}\"><meta name=\"description\" content=\"{longValue}\">"
            + $"<meta property=\"og:description\" content=\"{hugeValue}\"></head><body><p>Text.</p></body></html>", CancellationToken.None);
        var text = TextBlockBuilder.Build($"---\ntitle: {longValue}\n---\nText.\n", CancellationToken.None);

        html.FindMeta("og:title").Should().HaveLength(BlockDocument.MaxHeadValueLength);
        html.FindMeta("description").Should().HaveLength(longValue.Length, "a description may hold a whole article");
        html.FindMeta("og:description").Should().HaveLength(BlockDocument.MaxMetaValueLength);
        text.Title.Should().HaveLength(BlockDocument.MaxHeadValueLength);
    }

    [Fact]
    public void An_unclosed_paragraph_page_beyond_the_element_cap_is_read_as_text()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < NestingGuard.MaxElements + 10; i++) sb.Append("<p>On day ").Append(i).Append(" the ferry left the harbour at nine, on time, with all the mail aboard.");

        var result = Interviews.Parse(sb.ToString());

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.DepthCapped);
        result.Body.Should().Contain("On day 17 the ferry left the harbour at nine");
    }

    [Fact]
    public void A_text_of_more_lines_than_the_block_model_takes_is_cut_with_a_diagnostic()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < BlockDocument.MaxBlocks + 5; i++) sb.Append("x\n");

        // No time limit: the cut is what is tested, not how fast a debug build on a loaded machine gets there.
        var result = Interviews.Parse(sb.ToString(), new ParseOptions { Format = DocumentFormat.Text, TimeLimit = Timeout.InfiniteTimeSpan });

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.TooManyBlocks);
    }

    [Fact]
    public void A_parse_out_of_time_returns_a_result_that_says_so()
    {
        // A limit under a millisecond has run out before anything is read.
        var options = new ParseOptions { TimeLimit = TimeSpan.FromTicks(1) };

        var result = Interviews.Parse(Fixtures.BoldQuestionPage, options);

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.TimeLimit);
        result.Turns.Should().BeEmpty();
    }

    [Fact]
    public void No_limit_and_the_default_limit_parse_a_normal_page_fully()
    {
        var unlimited = Interviews.Parse(Fixtures.BoldQuestionPage, new ParseOptions { TimeLimit = Timeout.InfiniteTimeSpan });
        var byDefault = Interviews.Parse(Fixtures.BoldQuestionPage);

        unlimited.Turns.Should().NotBeEmpty();
        byDefault.Turns.Should().HaveCount(unlimited.Turns.Count);
        byDefault.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.TimeLimit);
    }

    [Fact]
    public void The_default_limit_is_longer_for_the_first_parses_of_a_process_and_a_set_limit_is_kept_as_set()
    {
        var byDefault = new ParseOptions();
        var set = new ParseOptions { TimeLimit = TimeSpan.FromSeconds(1) };

        byDefault.TimeLimitFor(1_000_000, parsesBefore: 0).Should().Be(TimeSpan.FromSeconds(16));
        byDefault.TimeLimitFor(1_000_000, parsesBefore: ParseOptions.FirstParses).Should().Be(TimeSpan.FromSeconds(4));
        set.TimeLimitFor(1_000_000, parsesBefore: 0).Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void The_caller_cancelling_is_not_a_time_limit()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var parse = () => Interviews.Parse(Fixtures.BoldQuestionPage, cancellationToken: cts.Token);

        parse.Should().Throw<OperationCanceledException>();
    }
}
