using FluentAssertions;
using InterviewParser;
using Xunit;

namespace InterviewParser.Tests.Text;

public class WordCountTests
{
    [Theory]
    [InlineData("2,000 euros + 36 x 300 euros = 12,800 euros", 4)]
    [InlineData("three years", 2)]
    [InlineData("1999", 0)]
    [InlineData("Route 66 runs west", 3)]
    [InlineData("A4-Papier und 3D-Druck", 5)]
    public void Words_with_letters_leave_out_the_figures(string text, int expected)
    {
        TextUtil.CountWordsWithLetters(text).Should().Be(expected);
    }

    [Fact]
    public void Words_with_letters_count_chinese_and_japanese_text_as_the_word_count_does()
    {
        const string text = "我们在港口工作了十一年";

        TextUtil.CountWordsWithLetters(text).Should().Be(TextUtil.CountWords(text));
    }
}
