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

    /// <summary>A paragraph as a text browser prints it, indented three columns and wrapped before 66.</summary>
    private const string BrowserOpening =
        "   The tide tables are printed every winter for the next year and\n"
        + "   the pilots carry them folded in their coats all through it, as\n"
        + "   their fathers did before them on the same boats and the same\n"
        + "   water.\n\n";

    [Theory]
    [InlineData("   and the pilots carry them folded in their coats all through", "   Winter, the old way.", true)]
    [InlineData("   and the pilots carry them folded in their coats all through.", "   Winter came early.", false)]
    [InlineData("   and the pilots carry them folded in their coats all through", "Winter, the old way.", false)]
    [InlineData("   Harbour Fees Rise Again As The Council Votes On Budget", "   Ferry timetable changes.", false)]
    [InlineData("   and the pilots carry them", "   Winter, the old way.", false)]
    public void A_line_broken_before_the_width_goes_on_only_where_it_stops_mid_sentence_in_prose(string line, string next, bool goesOn)
    {
        // A text browser breaks early at the edge of a link or an emphasis: the line stops on a word, fills most of the
        // width, and the next line keeps its indentation. A stop, another indentation, a row of capitalised words or a
        // short line end the paragraph there.
        var wrap = new Wrap(70, 8);

        HardWrap.BrokeEarly(wrap, line.AsSpan(), next.AsSpan()).Should().Be(goesOn);
    }

    [Fact]
    public void A_paragraph_broken_early_at_a_capitalised_word_stays_one_paragraph_in_a_wrapped_text()
    {
        // The second paragraph's third line breaks before "Winter", which would have fitted: the browser broke at the
        // edge of an emphasis. Its paragraph has ended a sentence already, so the line goes on.
        const string text = BrowserOpening + """
               Old habits last longest on the water, they say. The harbour
               master still signs each copy by hand before the dark
               Winter comes, as his father did, and nobody has asked him to
               stop doing it, not even the young pilots who never read them.

               A sheet of paper never loses its signal when the storm takes
               the masts on the hill, and every pilot knows a story of it.
            """;

        var result = Fixtures.ParseText(text);

        result.Body.Should().Contain("before the dark Winter comes, as his father did");
    }

    [Fact]
    public void A_run_of_teaser_lines_that_has_ended_no_sentence_keeps_its_early_broken_lines_apart()
    {
        // The same page with a box of teaser headlines, which a browser prints as one run: the first teaser wraps, and
        // its second line ends on a word before the width, but no sentence has ended in the run, so the next teaser
        // starts a block of its own.
        const string text = BrowserOpening + """
               Harbour fees rise again as the council votes on the budget for
               the islands and the ferries between them in the coming
               Ferry timetable changes from Monday for all the island routes

               A sheet of paper never loses its signal when the storm takes
               the masts on the hill, and every pilot knows a story of it.
            """;

        var blocks = TextBlockBuilder.Build(text, CancellationToken.None).Blocks;

        blocks.Should().Contain(b => b.Text.StartsWith("Ferry timetable changes", StringComparison.Ordinal));
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

    [Fact]
    public void A_word_the_wrapper_broke_after_its_hyphen_joins_again_and_a_suspended_hyphen_keeps_its_space()
    {
        // At 55 columns a line ends on the suspended "cargo-"; at 51, 59, 62 and 72 inside "well-thumbed", "long-serving",
        // "computer-generated" and "passenger-ships".
        const string paragraph = "Every morning the harbour-master keeps a well-thumbed logbook of every ferry crossing and of all the cargo- "
            + "and passenger-ships that called at the old pier, and the long-serving pilots say that his hand-written "
            + "records are more reliable than the port authority's brand-new computer-generated reports, which often disagree "
            + "with each other and with the tide tables that the harbour office prints every winter for the year ahead.";
        var texts = new List<string>();
        foreach (int width in new[] { 51, 55, 59, 62, 72 })
        {
            string text = string.Join("\n", Fixtures.GreedyWrap(paragraph, width, breakOnHyphens: true)) + "\n";
            texts.Add(TextBlockBuilder.Build(text, CancellationToken.None).Blocks.Single().Text);
        }

        texts.Should().OnlyContain(t => t == paragraph);
    }
}
