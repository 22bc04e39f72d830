using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>Pages saved as Markdown, menus and all: links shown by their text and weighed as links, pictures dropped, the title among the headings.</summary>
public class MarkdownInputTests
{
    [Fact]
    public void A_heading_underlined_to_its_length_is_a_heading_and_a_separator_under_a_longer_line_is_not()
    {
        // The title and a section heading underlined ("=" and "-" to their length), as converters write headings; the
        // answer's last line above a short rule is the answer's.
        const string doc = """
            The ferry at dusk
            =================

            Jonas Feld has run the river ferry since he was twenty. We talked about floods and regulars.

            **How long have you run the ferry?**

            Thirty years this spring, and I have missed only one crossing in all that time, the day my daughter was born.

            The flood year
            --------------

            **Did the flood stop you?**

            For five weeks. The cable was under water and the landing was gone, but we were the first boat back.
            ----

            Contact the editors
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be("The ferry at dusk");
        result.Turns.Should().HaveCount(4);
        result.Turns[1].Text.Should().EndWith("the day my daughter was born.");
        result.Turns[3].Text.Should().EndWith("the first boat back.");
        result.Body.Should().NotContain("=====").And.NotContain("-----");
    }

    [Theory]
    [InlineData("Early years", "===========", 1)]
    [InlineData("Early years", "----------", 2)]
    [InlineData("Early years", "---", null)] // a short rule under a line separates
    [InlineData("Early years", "=-=-=-=-=-=", null)]
    public void An_underline_makes_a_heading_only_as_long_as_its_line(string line, string under, int? level)
    {
        TextBlockBuilder.SetextLevel(line, under).Should().Be(level);
    }

    [Fact]
    public void Link_text_counts_by_what_is_shown_not_by_the_length_of_the_address()
    {
        string line = MarkdownLine.Read("The ferry runs [every hour](https://example.org/a/very/long/address/of/the/timetable/page) in summer.", out var kind, out int link);

        kind.Should().BeNull();
        line.Should().Be("The ferry runs every hour in summer.");
        ((double)link / line.Length).Should().BeInRange(0.2, 0.5);
    }

    [Theory]
    [InlineData(3, false)] // headings with their marks make the text Markdown, though it links to nothing
    [InlineData(2, true)] // two are not enough: a plain text may open a line with '#'
    public void Headings_written_with_their_marks_make_a_text_Markdown(int headings, bool marksStay)
    {
        string doc = "# The beekeeper's year\n\n*A season with the hives on the hill, told by the beekeeper herself.*\n\n"
            + string.Concat(Enumerable.Range(1, headings - 1).Select(k => $"## Part {k}\n\nThe bees came out early this year, and the first honey was ready in May.\n\n"));

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Body.Contains("*A season").Should().Be(marksStay);
        result.Body.Should().Contain("A season with the hives on the hill");
    }

    [Theory]
    [InlineData("| Interviewer | {0} |", "| Jonas Feld | {0} |")]
    [InlineData("**Interviewer:**| {0}", "**Jonas Feld:**| {0}")]
    public void A_table_whose_rows_pair_a_recurring_speaker_with_words_is_a_labelled_transcript(string asker, string answerer)
    {
        string Row(string shape, string words) => shape.Replace("{0}", words);
        string doc = string.Join("\n",
            "# The beekeeper's year", "", "| Speaker | Words |", "|---|---|",
            Row(asker, "How many hives do you keep this year?"),
            Row(answerer, "Sixty at the moment; last spring it was eighty, but the winter was hard on them."),
            Row(asker, "What killed the colonies?"),
            Row(answerer, "Mostly mites, and a wet autumn that kept the bees inside when they needed to forage."));

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Speaker.Should().Be("Jonas Feld");
        result.Turns.Should().OnlyContain(t => !t.Text.Contains('|'));
    }

    [Fact]
    public void Only_a_table_row_whose_first_cell_recurs_as_a_label_reads_as_a_labelled_line()
    {
        const string text = "| Port | Ships |\n|---|---|\n| Ferries | 1,204 a year, most of them in summer |\n| Cargo | 388 a year |\n"
            + "\n| Who | Said |\n|---|---|\n| Anna Berg | We start at six. |\n| Tom Holm | Why so early? |\n| Anna Berg | The tide decides. |";
        var lines = new List<Range>();
        int start = 0;
        foreach (var line in text.Split('\n'))
        {
            lines.Add(new Range(start, start + line.Length));
            start += line.Length + 1;
        }

        var rows = MarkdownLine.SpeakerRows(text, lines);

        rows.Should().NotBeNull();
        rows![2].Should().BeNull("a label used once heads a row of figures");
        rows[3].Should().BeNull();
        rows[7].Should().Be("Anna Berg: We start at six.");
        rows[8].Should().BeNull("one line of a speaker is no transcript");
        rows[9].Should().Be("Anna Berg: The tide decides.");
    }

    [Fact]
    public void A_table_of_figures_is_not_read_as_labelled_lines_and_a_row_of_empty_cells_is_harmless()
    {
        const string doc = """
            # Harbour traffic

            Ships calling at the harbour, by year, as the port authority counts them.

            | Year | Ships |
            |---|---|
            | 2021 | 1,204 |
            | 2022 | 1,388 |
            | | |
            | 2023 | 1,412 |
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().BeEmpty();
        result.Body.Should().NotContain("2022:").And.NotContain("Year:");
    }

    [Fact]
    public void Quote_lines_make_a_text_markdown_and_their_marks_are_not_read_as_words()
    {
        var result = Interviews.Parse("""
            # Three questions for a potter

            > **Q:** How long does a kiln firing take?

            **A:** A whole day and a night, and another day before you can open the door.

            > **Q:** What breaks most often?

            **A:** Handles. They dry faster than the cup they are fixed to.

            > **Q:** Do you sell online?

            **A:** Only the plates; the big bowls travel badly.
            """, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().Be("How long does a kiln firing take?");
    }

    [Fact]
    public void A_row_of_links_is_link_text()
    {
        string line = MarkdownLine.Read("[Home](/) [Harbour](/harbour) [Ferries](/ferries) [Weather](/weather)", out _, out int link);

        ((double)link / line.Length).Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void A_card_written_as_one_link_over_several_lines_is_link_text_and_an_unclosed_bracket_is_not()
    {
        const string page = """
            [Home](/) [Harbour](/harbour) [Ferries](/ferries)

            [Weather](/weather) [Tides](/tides)

            [ ![The old pier](/img/pier.jpg) Harbour

            ### The night ferry gets a new captain after forty years

            ](/stories/night-ferry) [ ![Gulls](/img/gulls.jpg) Nature

            ### Why the gulls follow the boats all the way to the island

            ](/stories/gulls)

            # The harbour master counts the gulls twice

            A bracket [left open here is only a slip of the writer, and what follows it is plain text.

            ### The first crossing of the year

            The ferry left at dawn, the gulls followed it, and the harbour master, as always, counted them twice.
            """;

        var blocks = TextBlockBuilder.Build(page, CancellationToken.None).Blocks;

        blocks.Single(b => b.Text.StartsWith("The night ferry", StringComparison.Ordinal)).IsMostlyLink.Should().BeTrue();
        blocks.Single(b => b.Text.StartsWith("Why the gulls", StringComparison.Ordinal)).IsMostlyLink.Should().BeTrue();
        blocks.Single(b => b.Text == "The first crossing of the year").IsMostlyLink.Should().BeFalse();
        blocks.Single(b => b.Text.StartsWith("The ferry left", StringComparison.Ordinal)).IsMostlyLink.Should().BeFalse();
    }

    [Fact]
    public void A_link_that_a_wrapper_broke_over_lines_reads_as_one_link_with_its_address_whole()
    {
        // Converters wrap Markdown at a width: link text breaks at a space, a long address at a hyphen.
        const string page = """
            [Home](/) [Harbour](/harbour) [Ferries](/ferries)

            [Weather](/weather) [Tides](/tides)

            [Timetable](/timetable) [Contact](/contact)

            The harbour master counts the gulls every morning before the first ferry leaves, and he writes the number in a book that his predecessor started.

            [![Portrait of the harbour
            master](https://example.org/images/harbour-
            master-portrait.jpg) Written by the harbour master](https://example.org/people/harbour-
            master/)

            The count has gone up every year since the new pier was built, although the fishing boats have moved to the other side of the bay.
            """;

        var blocks = TextBlockBuilder.Build(page, CancellationToken.None).Blocks;

        blocks.Should().ContainSingle(b => b.Text == "Written by the harbour master").Which.IsMostlyLink.Should().BeTrue();
        blocks.Should().NotContain(b => b.Text.Contains("master/)") || b.Text.Contains(".jpg") || b.Text.Contains("portrait"));
    }

    [Fact]
    public void A_row_of_wrapped_links_longer_than_one_links_reach_is_read_as_links_to_its_end()
    {
        // Teaser cards one after another in a paragraph, each a picture and a title inside one link, the whole wrapped at
        // 78 columns: the row runs on for many lines, each link for a few, so the reach is counted from each link's opening
        // (a line over the width, a picture's long address, does not go on by its length).
        var row = new System.Text.StringBuilder();
        string[] titles = ["The night ferry gets a new captain", "Gulls follow the boats to the island", "A new pier for the fishing fleet",
            "The lighthouse gets a new lamp", "Winter timetable starts on Monday", "Harbour fees rise for the first time"];
        for (int i = 0; i < titles.Length; i++)
        {
            // A picture's address too long for the width and with no hyphen to break at stands on a line over the width.
            row.Append($"[ ![A picture of the harbour on a grey morning with boats](https://example.org/thumbs/{new string((char)('a' + i), 90)}.jpg) ")
                .Append(titles[i]).Append($" ](https://example.org/stories/harbour-story-number-{i}/) ");
        }

        string wrapped = string.Join("\n", Fixtures.GreedyWrap(row.ToString().TrimEnd(), 78, breakOnHyphens: true));
        string page = "[Home](/) [Harbour](/harbour) [Ferries](/ferries)\n\n[Weather](/weather) [Tides](/tides)\n\n[Contact](/contact)\n\n"
            + "The harbour master counts the gulls every morning before the first ferry leaves, and he writes the number in a book.\n\n"
            + wrapped + "\n\nThe count has gone up every year since the new pier was built.";

        var blocks = TextBlockBuilder.Build(page, CancellationToken.None).Blocks;

        wrapped.Split('\n').Length.Should().BeGreaterThan(MarkdownLine.MaxLinkLines);
        blocks.Should().NotContain(b => b.Text.Contains("https://") || b.Text.Contains(".jpg"));
        foreach (var title in titles) blocks.Should().Contain(b => b.Text.Contains(title) && b.IsMostlyLink);
    }

    [Theory]
    [InlineData("Fares [rose (see below", "Fares [rose (see below")]
    [InlineData("[[Timetable]](/t) and [ferries](/f", "[Timetable] and [ferries](/f")]
    [InlineData("[The [night](/n) ferry](/f) leaves at nine", "The night ferry leaves at nine")]
    public void Brackets_that_make_no_link_stay_text_and_links_inside_links_show_their_words(string markdown, string shown)
    {
        MarkdownLine.Read(markdown, out _, out _).Should().Be(shown);
    }

    [Theory]
    [InlineData("![The pier at dawn](/img/pier.jpg)")]
    [InlineData("[![Harbour Weekly logo](/logo.svg)](/)")]
    [InlineData("![](/spacer.gif) ![](/spacer.gif)")]
    public void A_line_of_pictures_has_no_text(string markdown)
    {
        MarkdownLine.Read(markdown, out _, out _).Should().BeEmpty();
    }

    [Theory]
    [InlineData("* Timetables for the winter", "ListItem", "Timetables for the winter")]
    [InlineData("- Timetables for the winter", "ListItem", "Timetables for the winter")]
    [InlineData("> The sea does not wait for anybody.", "Quote", "The sea does not wait for anybody.")]
    public void List_and_quote_marks_give_the_kind_and_leave_the_text(string markdown, string kind, string text)
    {
        MarkdownLine.Read(markdown, out var read, out _).Should().Be(text);
        read.ToString().Should().Be(kind);
    }

    [Fact]
    public void Escaped_marks_are_read_as_the_marks_themselves()
    {
        MarkdownLine.Read(@"1\. November: fares rose by 5\* percent \[see below\]", out _, out int link).Should().Be("1. November: fares rose by 5* percent [see below]");
        link.Should().Be(0);
    }

    private const string Page = """
        [![Harbour Weekly](/logo.svg)](/)

        # [Harbour Weekly](/ "Harbour Weekly")

          * [News](/news)
          * [Ferries](/ferries)
          * [Weather](/weather)
          * [Subscribe](/subscribe)

        # The last ferry captain of the northern route

        By [Tom Berg](/authors/tom-berg)

        ![Anna Lund on the bridge of her ferry](/img/lund.jpg)

        Anna Lund has steered the night ferry between the islands for twenty-two years, and next spring the route closes for good.

        She remembers the storm of the first winter best, when the ferry turned back twice before it reached the northern pier.

        The council says a bridge will replace the crossing, but nobody in the village believes it will be finished on time.

        [Ferries](/tags/ferries) [Islands](/tags/islands) [Storms](/tags/storms) [Bridges](/tags/bridges) [Council](/tags/council) [Northern route](/tags/northern-route) [Night crossings](/tags/night-crossings)

        [Fishermen protest in the capital against the new quota rules, which they say will empty the harbour by autumn.](/news/quota)

        [The old fish market reopens next spring with thirty traders, and the council will pay for the new roof.](/news/market)

        [The lighthouse keepers are coming back to the coast, twenty years after the last of them left the islands.](/news/lighthouses)
        """;

    [Fact]
    public void A_page_saved_as_markdown_gives_its_title_and_text_without_its_menus_and_teasers()
    {
        var result = Interviews.Parse(Page, new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be("The last ferry captain of the northern route");
        result.Body.Should().Contain("Anna Lund has steered the night ferry").And.Contain("nobody in the village believes");
        result.Body.Should().NotContain("Weather").And.NotContain("Night crossings").And.NotContain("quota rules").And.NotContain("lighthouse keepers");
        result.Body.Should().NotContain("/img/lund.jpg");
    }

    [Fact]
    public void A_site_name_heading_above_the_title_is_not_the_headline()
    {
        const string page = """
            # Harbour Weekly

            [News](/news) [Ferries](/ferries) [Weather](/weather)

            # The last ferry captain of the northern route

            Anna Lund has steered the night ferry between the islands for twenty-two years, and next spring the route closes for good.

            She remembers the storm of the first winter best, when the ferry turned back twice before it reached the northern pier.
            """;

        var result = Interviews.Parse(page, new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be("The last ferry captain of the northern route");
    }

    [Theory]
    [InlineData("Harbour Festival, where old boats meet new crews", "Harbour Festival, where old boats meet new crews")]
    [InlineData("Welcome!", null)]
    public void The_first_top_level_heading_names_a_page_whose_lines_read_as_no_title(string heading, string? expected)
    {
        // The heading, under the page's menus, is shaped like a name with a title ("Name, where …"), which a line of
        // text is not trusted with; as the page's top-level heading it is its title, unless it is a single word.
        string page = $"""
            [Home](/)

            [News](/news)

            [Boats](/boats)

            [Crews](/crews)

            [Contact](/contact)

            [Archive](/archive)

            # {heading}

            Every summer the harbour fills with wooden boats from the whole coast, and the crews spend three days racing and mending sails.

            This year the festival opens on Friday with a parade of the oldest boats, some of them more than a hundred years old.
            """;

        var result = Interviews.Parse(page, new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be(expected);
    }

    /// <summary>An interview whose questions are set in one emphasis, each longer than a label.</summary>
    private static string SetApart(string mark) => $"""
        [Harbour Weekly](/)

        * [News](/news)
        * [Ferries](/ferries)

        # Twenty-two years on the night ferry

        Anna Lund steers the night ferry between the islands. We met her on the bridge before the last crossing of the season.

        {mark}You have steered the night ferry for twenty-two years now, through storms and fog and the long dark winters of the north. What kept you on the route for so long?{mark}

        The people on board. Some of them have crossed with me every week since the first winter, and they bring coffee to the bridge.

        {mark}When the council decided to close the route next spring and build a bridge instead, how did the crew and the passengers take the news?{mark}

        Badly. Nobody in the village believes the bridge will be finished on time, and the ferry is how the island reaches the doctor.

        {mark}And what will you do once the last crossing is behind you and the ferry goes to the yard in the south for good?{mark}

        Sleep through a whole night, for a start. Then I will see whether the fishermen need somebody who knows the northern channel.
        """;

    [Theory]
    [InlineData("**")]
    [InlineData("__")]
    [InlineData("*")]
    [InlineData("_")]
    public void Questions_in_one_emphasis_from_end_to_end_are_set_apart_whatever_their_length(string mark)
    {
        var result = Interviews.Parse(SetApart(mark), new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[0].Text.Should().StartWith("You have steered").And.EndWith("so long?");
    }

    [Theory]
    [InlineData("The ferry is *always* late", "The ferry is always late")]
    [InlineData("Fares **rose** and __fell__ again", "Fares rose and fell again")]
    [InlineData("A _quiet_ crossing, ***at last***.", "A quiet crossing, at last.")]
    [InlineData("Read the file harbour_ferry_times.csv", "Read the file harbour_ferry_times.csv")]
    [InlineData("Liebe Lehrer*innen und Schüler*innen", "Liebe Lehrer*innen und Schüler*innen")]
    [InlineData("5 * 3 * 2 is thirty", "5 * 3 * 2 is thirty")]
    [InlineData("An *unclosed mark stays", "An *unclosed mark stays")]
    [InlineData("A **bold *and italic* phrase**", "A bold and italic phrase")]
    [InlineData("_The whole standfirst in italics, its closing mark after a space. _", "The whole standfirst in italics, its closing mark after a space. ")]
    [InlineData("**A bold line ending in a space **", "A bold line ending in a space ")]
    [InlineData("Half way _through a line _", "Half way _through a line _")]
    public void Emphasis_inside_a_line_shows_as_its_words_and_other_marks_stay(string markdown, string shown)
    {
        MarkdownLine.RemoveEmphasis(markdown).Should().Be(shown);
    }

    [Fact]
    public void A_long_line_of_marks_that_never_pair_stays_as_written()
    {
        string line = string.Concat(Enumerable.Repeat("*x ", 100_000)) + string.Concat(Enumerable.Repeat("x_ ", 100_000));

        MarkdownLine.RemoveEmphasis(line).Should().Be(line);
    }

    [Fact]
    public void A_label_set_in_italics_on_a_markdown_page_reads_as_a_label()
    {
        const string page = """
            # Talking ferries

            [Home](/) [News](/news) [Contact](/contact)

            [Archive](/archive) [About](/about)

            [Imprint](/imprint)

            *Tom Berg:* Why do you still take the night ferry, after all these years on the water?

            *Anna Lund:* Because the harbour is quiet then, and I can think about the next book on the deck.

            *Tom Berg:* What will the next book be about, then, if you can tell us already?

            *Anna Lund:* About the ferrymen who kept the line running through the winter storms of the fifties.
            """;

        var interview = Interviews.Parse(page, new ParseOptions { Format = DocumentFormat.Text });

        interview.Turns.Select(t => t.Speaker).Should().Equal("Tom Berg", "Anna Lund", "Tom Berg", "Anna Lund");
        interview.Turns[0].Text.Should().StartWith("Why do you");
    }

    [Theory]
    [InlineData("_")]
    [InlineData("**")]
    public void An_emphasis_closed_after_a_line_break_sets_its_line_and_leaves_the_next_plain(string mark)
    {
        // A converter writes an emphasised question that ends in a line break as "_Question?  ⏎_ Answer": the
        // closing mark lands at the start of the next line. The question is emphasised, the answer is not.
        string page = "---\ntitle: The harbour master\n---\n\n"
            + mark + "Why did the ferry stop running last winter?  \n"
            + mark + " The hull cracked in a storm, and the yard needed four months to mend it.\n";

        var blocks = TextBlockBuilder.Build(page, CancellationToken.None).Blocks;

        var question = blocks.Single(b => b.Text.StartsWith("Why did", StringComparison.Ordinal));
        var answer = blocks.Single(b => b.Text.StartsWith("The hull", StringComparison.Ordinal));
        question.Text.Should().Be("Why did the ferry stop running last winter?");
        (question.IsBold || question.IsItalic).Should().BeTrue();
        answer.IsBold.Should().BeFalse();
        answer.IsItalic.Should().BeFalse();
        answer.Text.Should().NotContain(mark);
    }

    [Fact]
    public void A_bold_mark_stranded_right_before_the_next_word_closes_the_line_above()
    {
        // "**Question?  ⏎**Answer": the converter put the closing mark straight before the answer's first word. With no
        // partner of its own on that line, it is the question's closing mark; a label's pair ("**Jane:** …") is not.
        string page = "---\ntitle: The harbour master\n---\n\n"
            + "**Why did the ferry stop running last winter?  \n"
            + "**The hull cracked in a storm, and the yard needed four months to mend it.\n\n"
            + "**What did the islanders do?  \n"
            + "**Jane Roe:** They rowed across when the sea was calm.\n";

        var blocks = TextBlockBuilder.Build(page, CancellationToken.None).Blocks;

        var question = blocks.Single(b => b.Text.StartsWith("Why did", StringComparison.Ordinal));
        var answer = blocks.Single(b => b.Text.StartsWith("The hull", StringComparison.Ordinal));
        question.IsBold.Should().BeTrue();
        answer.IsBold.Should().BeFalse();
        answer.Text.Should().NotContain("**");
        blocks.Should().Contain(b => b.BoldPrefix == "Jane Roe:");
    }

    [Fact]
    public void Bold_labels_after_a_time_mark_the_text_as_Markdown()
    {
        const string text = """
            # Bells of the old town

            [00:00:04] **Eva Lind:** Tomas, you have rung these bells for thirty years. How did it begin?

            [00:00:10] **Tomas Kerr:** My uncle needed a second pair of hands one Easter, and nobody else in the family would climb the tower.

            [00:00:31] **Eva Lind:** Is it heavy work?

            [00:00:33] **Tomas Kerr:** Less than people think. The bell does the work once it swings; you only keep the rhythm.
            """;

        var result = Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Body.Should().NotContain("**");
        result.Turns.Select(t => t.Speaker).Should().Equal("Eva Lind", "Tomas Kerr", "Eva Lind", "Tomas Kerr");
        result.Turns[1].Time.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_newsletter_box_between_two_exchanges_does_not_end_the_text()
    {
        // The box's heading, its call and its button sit between an answered question and the next one.
        const string text = """
            # The ferryman of the northern fjord

            Ivar Strand has run the fjord ferry for thirty years. We crossed with him on a grey morning in March.

            **How did you come to the ferry?**

            My father ran it before me, and when his knees gave out I took the wheel for one summer that never ended.

            **What is the hardest crossing of the year for you?**

            The first one after the ice breaks, when the floes still drift in from the inner fjord for a week or two.

            ### The Fjord Letter

            Sign up for our weekly newsletter and never miss a story.

            Subscribe

            **Will your ferry ever be replaced?**

            Not while I live. Not after, I hope.
            """;

        var result = Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().HaveCount(6);
        result.Turns[^1].Text.Should().Be("Not while I live. Not after, I hope.");
        result.Body.Should().NotContain("newsletter").And.NotContain("Subscribe");
    }
}
