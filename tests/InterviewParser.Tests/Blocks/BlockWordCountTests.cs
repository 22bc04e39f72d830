using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>A block counts its words once; a copy with other text counts its own.</summary>
public class BlockWordCountTests
{
    [Fact]
    public void The_count_follows_the_text_of_the_block_and_of_its_copies()
    {
        var block = new Block { Text = "Three short words" };

        block.WordCount.Should().Be(3);
        var copy = block.With("Now the copy has five", null);

        copy.WordCount.Should().Be(5);
        block.WordCount.Should().Be(3);
        block.Text = "One";
        block.WordCount.Should().Be(1);
    }
}
