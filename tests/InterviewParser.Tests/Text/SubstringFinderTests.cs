using FluentAssertions;
using InterviewParser;
using Xunit;

namespace InterviewParser.Tests.Text;

public class SubstringFinderTests
{
    private static readonly (string Word, int Bits)[] Words =
    [
        ("nav", 1), ("menu", 1), ("footer", 1), ("note", 2), ("foot", 4), ("main", 8), ("ma", 16),
    ];

    [Theory]
    [InlineData("nav-bar", 1)] // at the start
    [InlineData("site-menu-item", 1)] // inside
    [InlineData("page-footer", 1 | 4)] // at the end, and a shorter word inside a longer one
    [InlineData("footnote", 2 | 4)] // two words that share no slot
    [InlineData("main", 8 | 16)] // a word that is the start of another
    [InlineData("remain", 8 | 16)]
    [InlineData("content", 0)]
    [InlineData("m", 0)] // shorter than every word
    [InlineData("", 0)]
    public void Gives_the_bits_of_every_word_that_stands_in_the_text(string text, int expected)
    {
        new SubstringFinder(Words).Find(text).Should().Be(expected);
    }

    [Fact]
    public void Agrees_with_a_search_for_each_word_on_many_made_up_texts()
    {
        var finder = new SubstringFinder(Words);
        var random = new Random(7);
        const string alphabet = "abefmnortuv- ";
        for (int n = 0; n < 5000; n++)
        {
            string text = Fixtures.MadeUpText(random, alphabet, 0, 40);
            int expected = 0;
            foreach (var (word, bits) in Words)
            {
                if (text.Contains(word, StringComparison.Ordinal)) expected |= bits;
            }

            finder.Find(text).Should().Be(expected, "the text is \"{0}\"", text);
        }
    }

    [Fact]
    public void Finds_words_outside_ascii()
    {
        var finder = new SubstringFinder([("frage", 1), ("вопрос", 2), ("質問", 4)]);

        finder.Find("interview-вопрос-block").Should().Be(2);
        finder.Find("qa-質問").Should().Be(4);
    }

    [Fact]
    public void Refuses_a_word_of_one_character()
    {
        var build = () => new SubstringFinder([("a", 1)]);

        build.Should().Throw<ArgumentException>();
    }
}
