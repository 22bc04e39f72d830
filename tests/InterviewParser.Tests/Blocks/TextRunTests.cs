using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>How the text of an HTML block is gathered: white space collapsed, invisible marks dropped, styled lengths counted.</summary>
public class TextRunTests
{
    private static Block OnlyBlock(string body)
    {
        var doc = HtmlBlockBuilder.Build($"<html><body><article>{body}</article></body></html>", CancellationToken.None);
        return doc.Blocks.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Runs_of_white_space_of_any_kind_become_one_space_and_none_is_left_at_either_end()
    {
        var block = OnlyBlock("<p>  one  two\t\tthree\n four&nbsp;&nbsp;five\u2003six   </p>");

        block.Text.Should().Be("one two three four five six");
    }

    [Fact]
    public void Soft_hyphens_zero_width_spaces_and_controls_vanish_without_splitting_the_word()
    {
        var block = OnlyBlock("<p>inter\u00ADview zero\u200Bwidth mark\uFEFFed bell\u0007ed</p>");

        block.Text.Should().Be("interview zerowidth marked belled");
    }

    [Fact]
    public void Styled_lengths_count_visible_characters_and_a_link_counts_its_spaces_too()
    {
        var block = OnlyBlock("<p><b>Bold  words</b> plain <i>it al</i> <a href=\"/x\">a  link</a></p>");

        block.Text.Should().Be("Bold words plain it al a link");
        block.BoldLength.Should().Be("Boldwords".Length);
        block.ItalicLength.Should().Be("ital".Length);
        block.LinkLength.Should().Be("a link".Length);
        block.VisibleLength.Should().Be("Boldwordsplainitalalink".Length);
        block.BoldPrefix.Should().Be("Bold words");
    }

    [Fact]
    public void Preformatted_text_keeps_one_block_per_line()
    {
        var doc = HtmlBlockBuilder.Build("<html><body><pre>first  line\nsecond line\n</pre></body></html>", CancellationToken.None);

        doc.Blocks.Select(b => b.Text).Should().Equal("first line", "second line");
    }
}
