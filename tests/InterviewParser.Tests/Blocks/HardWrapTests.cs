using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>How the wrap width and its margin are read from the lines' lengths.</summary>
public class HardWrapTests
{
    private const string Prose =
        "The tide tables are printed every winter for the whole of the next year, and the pilots carry them folded in their coats "
        + "although every ship has the same figures on its screens. Old habits last longest on the water, they say, and a sheet of "
        + "paper never loses its signal when the storm takes out the masts on the hill above the harbour entrance.";

    [Fact]
    public void A_text_wrapped_throughout_lets_lines_a_few_columns_over_the_width_go_on()
    {
        string text = string.Join("\n", Fixtures.GreedyWrap(Prose, 60)) + "\n";

        var wrap = Detect(text);

        wrap.Width.Should().BeInRange(55, 60);
        wrap.Margin.Should().BePositive();
        HardWrap.Continues(wrap, wrap.Width + 2, "next words".AsSpan()).Should().BeTrue();
    }

    [Fact]
    public void A_text_with_many_long_unwrapped_lines_has_no_margin_over_its_width()
    {
        // Wrapped prose beside paragraphs written on one line each: a line over the width is one of those, not a full line.
        string longLine = string.Join(" ", Enumerable.Repeat("a sentence that runs on without a break", 6));
        string text = string.Join("\n", Fixtures.GreedyWrap(Prose, 60)) + "\n\n" + string.Join("\n\n", Enumerable.Repeat(longLine, 4)) + "\n";

        var wrap = Detect(text);

        wrap.Width.Should().BePositive();
        wrap.Margin.Should().Be(0);
        HardWrap.Continues(wrap, wrap.Width + 2, "next words".AsSpan()).Should().BeFalse();
    }

    [Fact]
    public void Three_broken_lines_of_two_lengths_are_wrapped_prose_where_each_goes_on_in_small_letters()
    {
        // A short page as a text browser prints it: three paragraphs of two lines, the first lines broken at 61 and 62.
        const string text = """
            The tide tables are printed every winter for the next year and
            the pilots carry them folded in their coats all through it.

            Old habits last longest on the water, they say, and a sheet of
            paper never loses its signal when the storm takes the masts.

            The harbour master still signs each copy by hand, as his father
            did before him, and nobody has asked him to stop doing it.
            """;

        Detect(text).Width.Should().BePositive();
    }

    [Fact]
    public void Lines_cut_to_two_lengths_over_lines_in_capitals_are_no_wrapped_prose()
    {
        // Teasers cut short, each followed by the next teaser: no line goes on in small letters.
        const string text = """
            Harbour fees rise again as the council votes on the new budget
            Ferry timetable changes from Monday for all the island routes
            New bakery opens on the quay with bread from the old oven now
            Storm damage on the pier will be repaired before summer begins
            """;

        Detect(text).Width.Should().Be(0);
    }

    private static Wrap Detect(string text)
    {
        var lines = new List<Range>();
        int start = 0;
        foreach (var line in text.Split('\n'))
        {
            lines.Add(new Range(start, start + line.Length));
            start += line.Length + 1;
        }

        return HardWrap.DetectWidth(text, lines, static (_, _) => false);
    }
}
