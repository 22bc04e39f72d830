using FluentAssertions;
using InterviewParser.Languages;
using Xunit;

namespace InterviewParser.Tests.Languages;

public class PhraseSearchTests
{
    private static readonly string[] Phrases = ["sign up", "café", "größe", "kapı", "ſo"];

    [Theory]
    [InlineData("Please SIGN UP today", true)]
    [InlineData("Das CAFÉ am Markt", true)]
    [InlineData("Die GRÖSSE", false)] // ordinal: ß is not "SS"
    [InlineData("cafe", false)]
    [InlineData("", false)]
    public void Finds_a_phrase_ignoring_case_as_an_ordinal_search_does(string text, bool expected)
    {
        new PhraseSearch(Phrases).In(text).Should().Be(expected);
    }

    // The dotless i and the long s are among the letters: where the runtime's ordinal case folding takes a letter
    // outside ASCII to one inside, an ASCII line must still find the phrase.
    [Fact]
    public void Agrees_with_a_search_for_each_phrase_on_many_made_up_texts()
    {
        var search = new PhraseSearch(Phrases);
        var random = new Random(11);
        const string alphabet = "aceéfgiıknoprsſuöößÖKAPIS ";
        for (int n = 0; n < 5000; n++)
        {
            string text = Fixtures.MadeUpText(random, alphabet, 0, 30);
            int expected = -1;
            foreach (var p in Phrases)
            {
                int at = text.IndexOf(p, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (expected < 0 || at < expected)) expected = at;
            }

            search.IndexIn(text).Should().Be(expected, "the text is \"{0}\"", text);
            search.In(text).Should().Be(expected >= 0, "the text is \"{0}\"", text);
        }
    }

    [Theory]
    [InlineData("Sign up for the letter", true)]
    [InlineData("a design update", false)] // "sign" opens no word here
    [InlineData("design; sign up", true)]
    public void Finds_a_phrase_only_where_it_starts_a_word(string text, bool expected)
    {
        new PhraseSearch(["sign"]).AtWordStartIn(text).Should().Be(expected);
    }
}
