using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>Plain text as it is found: front matter, hard-wrapped lines, press-briefing question letters.</summary>
public class TextInputTests
{
    [Fact]
    public void Yaml_front_matter_gives_the_headline_and_date_and_never_reaches_the_body()
    {
        const string text = """
            ---
            title: "Night trains across the mountains:
              a conversation"
            date: 2024-03-05
            tags:
              - rail
              - travel
            ---

            Host: Welcome back. Today we talk about night trains.

            Guest: Thanks for having me, it is a topic close to my heart.

            Host: Why did the night trains disappear for so long?

            Guest: Because the airlines were cheaper, and nobody wanted to pay for the sleeping cars any more.
            """;

        var result = Fixtures.ParseText(text);

        result.Headline.Should().Be("Night trains across the mountains: a conversation");
        result.Published!.Date.Should().Be(new DateOnly(2024, 3, 5));
        result.Body.Should().NotContain("tags").And.NotContain("rail\n").And.NotContain("title:");
    }

    [Fact]
    public void A_plain_front_matter_value_folded_over_indented_lines_is_one_value()
    {
        const string text = """
            ---
            title: Night trains across the mountains
              and the people who run them
            date: 2024-03-05
            ---

            The night train leaves at ten and reaches the coast before sunrise, as it did fifty years ago.
            """;

        Fixtures.ParseText(text).Headline.Should().Be("Night trains across the mountains and the people who run them");
    }

    [Fact]
    public void Toml_front_matter_is_read_like_yaml()
    {
        const string text = """
            +++
            title = "Ferry logbook"
            date = "2022-11-30"
            +++

            The ferry left at dawn.
            """;

        var result = Fixtures.ParseText(text);

        result.Headline.Should().Be("Ferry logbook");
        result.Published!.Date.Should().Be(new DateOnly(2022, 11, 30));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_and_question_letters_separated_by_a_space_are_labels()
    {
        const string text = """
            MR. OKAFOR: Good afternoon, everybody. We are on the way to the coast,
            where the minister will open the new harbour wall and meet the fishing
            families who lost their boats in the spring storms this year.

            Q Thank you. Two questions on the harbour wall. How much did it cost in
            the end, and who paid for the part that the region refused to fund after
            the vote in the council?

            MR. OKAFOR: The wall cost a little over forty million, and the national
            budget covered the share that the region could not carry this year, as
            agreed in the spring.

            Q And will the ferry come back to the old pier once the wall is ready,
            or does it stay at the temporary landing in the river mouth for good?

            MR. OKAFOR: The ferry comes back in the autumn, as soon as the new pier
            has passed its inspection and the dredging of the channel is finished by
            the contractors.
            """;

        var result = Fixtures.ParseText(text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(5);
        result.Turns[1].Role.Should().Be(TurnRole.Interviewer);
        result.Turns[1].Text.Should().Be("Thank you. Two questions on the harbour wall. How much did it cost in the end, and who paid for the part that the region refused to fund after the vote in the council?");
        result.Turns[2].Text.Should().StartWith("The wall cost").And.EndWith("in the spring.").And.NotContain("\n");
    }

    [Fact]
    public void A_title_wrapped_at_a_wider_margin_than_the_indented_paragraphs_is_joined_whole()
    {
        // A text browser's dump: the title at the left edge runs a few columns further than the indented paragraphs.
        const string title = "Harbour pilots on the night shift tell how they bring the largest ships into port";
        var titleLines = Fixtures.GreedyWrap(title, 68, "");
        var paragraphs = new[]
        {
            "The harbour never sleeps, and neither do the pilots who guide the container ships past the sandbanks at the mouth of the river, whatever the weather and the tide.",
            "What does a night on duty look like for you, from the first call to the moment you step back onto the pilot boat?",
            "It starts with a phone call about two hours before the ship reaches the outer buoy, and from then on everything depends on the timing of the tide and the traffic in the channel.",
            "Which part of the job is the hardest, after all these years on the water?",
            "Climbing the rope ladder in a winter storm is still the moment I respect most, because one wrong step there cannot be undone by any amount of experience.",
        }.Select(p => string.Join("\n", Fixtures.GreedyWrap(p, 62, "   ")));
        string text = string.Join("\n", titleLines) + "\n\n" + string.Join("\n\n", paragraphs) + "\n";
        titleLines[0].Length.Should().BeGreaterThan(62, "the first title line must run past the paragraphs' margin");

        var result = Fixtures.ParseText(text);

        result.Headline.Should().Be(title);
    }

    [Fact]
    public void A_wrapped_line_that_opens_with_a_word_in_bold_goes_on_the_paragraph()
    {
        // "**word" is emphasis the wrapper carried to the next line, not a list item ("* item").
        var wrapped = Fixtures.GreedyWrap("The harbour master keeps the tide tables for thirty years now, and the pilots of the river still ask him before **every** crossing of the bar in winter, when the sandbanks move.", 60);
        wrapped.Should().Contain(l => l.StartsWith("**every**", StringComparison.Ordinal), "the bold word must open a wrapped line");
        var more = Fixtures.GreedyWrap("The pier was built in the fifties and has been repaired twice since then, the last time after the great storm, when half of the planks were washed away.", 60);
        string text = string.Join("\n", wrapped) + "\n\n" + string.Join("\n", more) + "\n";

        var blocks = InterviewParser.Blocks.TextBlockBuilder.Build(text, CancellationToken.None).Blocks;

        blocks.Should().ContainSingle(b => b.Text.Contains("still ask him before **every** crossing of the bar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_under_a_wrapped_paragraph_is_not_joined_to_it()
    {
        var paragraph = Fixtures.GreedyWrap("The ferry comes back in the autumn, as soon as the new pier has passed its inspection and the dredging of the channel is finished by the contractors. Until then the boats land at the temporary jetty.", 60, "");
        string text = "Harbour news\n\n" + string.Join("\n", paragraph) + "\nMore on the ferry\n" + new string('_', 58) + "\n\n"
                      + string.Join("\n", Fixtures.GreedyWrap("The pier was built in the fifties and has been repaired twice since then, the last time after the great storm, when half of the planks were washed away.", 60, "")) + "\n";

        var blocks = InterviewParser.Blocks.TextBlockBuilder.Build(text, CancellationToken.None).Blocks;

        blocks.Should().NotContain(b => b.Text.Contains("__") && b.Text.Any(char.IsLetter));
    }

    [Fact]
    public void Lines_of_one_length_that_are_not_wrapped_prose_stay_apart()
    {
        // A list of teasers cut to the same length, each on its own line, is not a wrapped paragraph.
        var lines = string.Join("\n", Enumerable.Range(1, 8).Select(i => $"Teaser number {i} about the regional football league and ..."));
        var result = Fixtures.ParseText("Club news\n\n" + lines + "\n");

        result.Body.Split("\n\n").Should().HaveCountGreaterThanOrEqualTo(8).And.OnlyContain(p => p.Length < 70);
    }

    [Fact]
    public void A_name_and_a_time_alone_on_a_line_label_the_speech_below()
    {
        const string text = """
            Harbour talk, episode 12

            Anna Lund: 00:00:05
            Welcome to the show. Today I am talking to a ferry captain about thirty years on the water.

            Tom Berg: 00:00:12
            Thanks for having me, it is a pleasure to be here and to talk about the old boats.

            Anna Lund: 00:00:20
            How did you start on the ferries, and what kept you there for so long?

            Tom Berg: 00:00:31
            My father was a captain before me, and I never wanted to do anything else in my life.
            """;

        var result = Fixtures.ParseText(text);

        result.Turns.Select(t => t.Speaker).Should().Equal("Anna Lund", "Tom Berg", "Anna Lund", "Tom Berg");
        result.Turns[3].Time.Should().Be(new TimeSpan(0, 0, 31));
        result.Turns[3].Text.Should().StartWith("My father");
    }

    [Fact]
    public void Question_and_answer_letters_set_apart_by_wide_spacing_are_labels()
    {
        const string text = "Q      How did you start on the ferries?\n\nA      My father was a captain before me, and I never wanted anything else.\n\n"
            + "Q\tWhat kept you there?\n\nA\tThe sea, and the people on the crossing every morning, who became my friends.\n";

        var result = Fixtures.ParseText(text);

        result.Turns.Select(t => t.Role).Should().Equal(TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Turns[1].Text.Should().StartWith("My father");
    }

    [Fact]
    public void Lines_set_in_single_asterisks_are_italic_in_plain_text_too()
    {
        // No links, so nothing says Markdown; the asterisks around whole lines still mark them as emphasis.
        const string text = """
            *How did the night trains come back?*

            Slowly, one line at a time, once the countries along the routes agreed to share the cost of the sleeping cars.

            *Who travels on them now?*

            Families, mostly, and people who would rather sleep through the journey than spend the day at airports.
            """;

        var blocks = InterviewParser.Blocks.TextBlockBuilder.Build(text, CancellationToken.None).Blocks;

        blocks[0].Text.Should().Be("How did the night trains come back?");
        blocks[0].IsItalic.Should().BeTrue();
        blocks[1].IsItalic.Should().BeFalse();
    }

    [Fact]
    public void A_single_line_in_asterisks_in_plain_text_keeps_them()
    {
        // One such line is no convention of the text: it may be a footnote mark or a starred aside.
        var blocks = InterviewParser.Blocks.TextBlockBuilder.Build("*Prices as of March.*\n\nThe night train runs three times a week.", CancellationToken.None).Blocks;

        blocks[0].Text.Should().Be("*Prices as of March.*");
    }

    // An interview as a text browser prints it: wrapped paragraphs, a picture printed by its file name with its caption
    // on the line under the answer it follows, and an advert's label and a teaser link between two exchanges.
    private const string BrowserScrape = """
                             The ferryman of the northern fjord

           Ivar Strand has run the fjord ferry for thirty years. We crossed with
           him on a grey morning in March.

           How did you come to the ferry?

           My father ran it before me, and when his knees gave out I took the
           wheel for one summer. That summer has lasted thirty years now.
           [ferry-deck.jpg] Ivar Strand on the deck of his ferry. Photo: Ola Berg

           What is the hardest crossing of the year for you?

           The first one after the ice breaks. The current is strong, and the
           floes still drift in from the inner fjord for a week or two.

           Advertisement

           Read more: Five ferries that still cross by hand

           Will your ferry ever be replaced by a bridge?

           There have been plans since my father's time, and each time the
           money goes somewhere else. I think the ferry will outlive me.
        """;

    [Fact]
    public void A_picture_printed_by_its_file_name_starts_a_caption_of_its_own_and_leaves_the_answer_above_it()
    {
        var result = Interviews.Parse(BrowserScrape, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().Contain(t => t.Text.EndsWith("That summer has lasted thirty years now.", StringComparison.Ordinal));
        result.Body.Should().NotContain("ferry-deck.jpg").And.NotContain("Photo:");
    }

    [Fact]
    public void Exchanges_after_an_advert_label_and_a_teaser_link_stay_in_the_text()
    {
        // Two chrome lines in a row weigh like a footer's start; a question answered after them shows the text goes on.
        var result = Interviews.Parse(BrowserScrape, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Should().HaveCount(6);
        result.Turns[^1].Text.Should().EndWith("I think the ferry will outlive me.");
        result.Body.Should().NotContain("Advertisement").And.NotContain("Read more");
    }

    [Fact]
    public void A_credit_for_the_questions_just_under_the_text_of_a_scrape_announces_the_interview_and_names_the_interviewer()
    {
        // The questions address nobody by a pronoun; the short credit line under the text is the page's only word for it.
        const string scrape = """
                                   « La forêt revient »

           Garde forestière depuis vingt ans, Léa Morel parle des arbres plantés
           après l'incendie.

        Qu'est-ce qui a poussé en premier après l'incendie ?

           Les bouleaux, partout, dès le deuxième printemps. Ils aiment la
           lumière et la cendre, et ils préparent le sol pour les chênes.

        Et les animaux ?

           Les chevreuils sont revenus avant nous. Les oiseaux ont mis trois ans,
           le temps que les insectes reviennent dans l'écorce des arbres morts.

        Combien de temps faudra-t-il pour revoir une vraie forêt ?

           Cinquante ans pour les chênes, et cent pour que personne ne remarque
           plus rien en se promenant sur le chemin du col.

           Propos recueillis par Marc Petit

          À lire aussi

             * Les forêts du sud face au feu
        """;

        var result = Interviews.Parse(scrape, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Marc Petit");
        result.Turns.Should().NotContain(t => t.Text.Contains("Propos recueillis"));
    }

    [Fact]
    public void A_hash_bullet_of_a_nested_list_in_a_text_browser_dump_is_no_heading_and_never_the_headline()
    {
        // A text browser marks list levels with "*", "o" and "#", each level indented further; Markdown indents a heading
        // by three columns at most.
        const string dump = """
               * Home
                    o About us
                         # Place an advert in the harbour guide
                         # Our newsletters
                    o Contact

            Ferry timetable changes for the winter season

               Updated 9:15 am, Monday, November 3, 2025

               The winter timetable starts next week, with two crossings a day instead of five, and the early boat on
               Sundays is cancelled until the spring.
            # Winter crossings
            """;

        var blocks = TextBlockBuilder.Build(dump, CancellationToken.None).Blocks;
        var result = Fixtures.ParseText(dump);

        blocks.Should().ContainSingle(b => b.Text == "Place an advert in the harbour guide").Which.Kind.Should().Be(BlockKind.ListItem);
        blocks.Should().ContainSingle(b => b.Text == "Winter crossings").Which.Kind.Should().Be(BlockKind.Heading);
        result.Headline.Should().Be("Ferry timetable changes for the winter season");
    }
}
