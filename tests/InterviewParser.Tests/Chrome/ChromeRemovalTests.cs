using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Chrome;

public class ChromeRemovalTests
{
    [Fact]
    public void Html_navigation_related_box_and_footer_stay_out_of_the_body()
    {
        var result = Interviews.Parse(Fixtures.BoldQuestionPage);

        result.Body.Should().Contain("My grandmother taught me");
        result.Body.Should().NotContain("Follow us").And.NotContain("Ten cafés").And.NotContain("All rights reserved").And.NotContain("Sport");
    }

    [Fact]
    public void Text_scrape_menu_and_footer_lines_are_dropped()
    {
        var result = Interviews.Parse(Fixtures.TextScrape);

        result.Body.Should().Contain("A normal day started before dawn");
        foreach (var chrome in new[] { "Text size", "Follow us", "Most read articles", "Search", "Share" })
        {
            result.Body.Should().NotContain(chrome);
            result.Turns.Should().NotContain(t => t.Text.Contains(chrome));
        }
    }

    [Fact]
    public void A_boilerplate_sections_head_set_as_a_paragraph_under_the_last_answer_stays_out_of_the_text()
    {
        const string html = """
            <html lang="en"><head><title>Ferry talk</title></head><body><article>
            <h1>Why the night ferry still runs</h1>
            <p>Captain Ruth Dale on eleven winters of crossings after midnight.</p>
            <p><b>How long have you captained the night ferry?</b></p>
            <p>Eleven years now. I took it over when the old captain retired, and I have not missed a winter since.</p>
            <p><b>What do the passengers want at two in the morning?</b></p>
            <p>Quiet, mostly. Coffee, a bench, and somebody who tells them when the harbour is in sight.</p>
            <p><b>Will you miss it when you retire?</b></p>
            <p>Every night of it. The sea at that hour belongs to nobody, and for a few hours it belongs to us.</p>
            <p>More information</p>
            <ul><li><a href="/a">Timetable changes for the winter season</a></li><li><a href="/b">The harbour's new ticket office opens</a></li></ul>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Turns.Should().HaveCount(6);
        result.Turns[^1].Text.Should().EndWith("it belongs to us.");
        result.Body.Should().NotContain("More information");
    }

    [Theory]
    [InlineData("Text size: bigger smaller", true)]
    [InlineData("Folgen Sie uns auf Twitter", true)]
    [InlineData("Поделиться", true)]
    [InlineData("© 2020 Example Media", true)]
    [InlineData("Editors’ picks", true)]
    [InlineData("Don’t miss: the harbour quiz", true)]
    [InlineData("Editors’ notes on the harbour were long, and nobody read them.", false)]
    [InlineData("Time is what the dough needs most, more than flour.", false)]
    // A share bar prints its label and its buttons on one line, every word a button; an answer that names a network says
    // more than its name.
    [InlineData("Share: Facebook WhatsApp Twitter", true)]
    [InlineData("Teilen: Facebook | WhatsApp | Drucken", true)]
    [InlineData("Compartilhe: Facebook, WhatsApp", true)]
    [InlineData("Share this article: Facebook Twitter Email", true)] // a label of several words, a chrome line whole
    [InlineData("Share this article: Facebook", false)] // one button: no row
    [InlineData("Share: Facebook and WhatsApp were where I found my first customers", false)]
    [InlineData("Facebook, mostly.", false)]
    // A call to share the page, its verb first in Romance languages and last in German.
    [InlineData("Comparte esta noticia", true)]
    [InlineData("Compartilhe esta reportagem", true)]
    [InlineData("Partagez cet article", true)]
    [InlineData("Jetzt teilen", true)]
    [InlineData("Teilen Sie diese Sorge?", false)]
    public void Ui_phrases_are_recognised_in_several_languages(string line, bool expected)
    {
        InterviewParser.Chrome.ChromeLexicon.IsChromeLine(line).Should().Be(expected);
    }

    [Fact]
    public void A_share_bar_under_the_last_answer_stays_out_of_the_turns()
    {
        var page = Fixtures.BoldQuestionPage.Replace("</article>", "<p>Share: Facebook WhatsApp Twitter</p></article>");

        var result = Interviews.Parse(page);

        page.Should().Contain("Share: Facebook WhatsApp Twitter");
        result.Turns.Should().NotContain(t => t.Text.Contains("WhatsApp"));
        result.Body.Should().NotContain("WhatsApp");
    }

    [Fact]
    public void A_picture_caption_marked_by_its_class_stays_out_of_the_body()
    {
        var page = Fixtures.BoldQuestionPage.Replace(
            "<p><strong>What is the secret",
            "<div class=\"media__caption\">The baker at his oven before dawn, with the first loaves of the day.</div><p><strong>What is the secret");

        var result = Interviews.Parse(page);

        result.Body.Should().NotContain("first loaves of the day");
        result.Body.Should().Contain("the dough decides when it is ready");
    }

    [Fact]
    public void A_transcript_whose_every_line_is_marked_as_a_caption_is_the_text_not_chrome()
    {
        var lines = string.Concat(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? "<p class=\"caption-line\"><b>HOST:</b> Why did the ferry stop running last winter, and who decided that?</p>"
            : "<p class=\"caption-line\"><b>GUEST:</b> The engine failed in November, and the council could not pay for a new one until spring.</p>"));
        var page = $"<html><body><article><h1>Ferry talk</h1><p>Today the harbour master talks about the winter without a ferry.</p>{lines}</article></body></html>";

        var result = Interviews.Parse(page);

        result.Turns.Should().HaveCount(10);
        result.Body.Should().Contain("The engine failed in November");
    }

    [Fact]
    public void When_the_chosen_container_holds_almost_no_text_the_prose_elsewhere_is_read_too()
    {
        // The container that wins on its class name and a comma-rich line holds almost no text; the paragraphs each
        // sit in a plain box of their own, none scoring enough alone. The page's densest run of prose joins the body.
        const string page = """
            <html><head><title>The ferry returns</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
            <h1>The ferry returns</h1>
            <div class="article-body"><p>Ferry, bay, island, harbour, pier, crew, engine.</p></div>
            <div><p>After two winters in the shipyard, the old ferry sailed again on Monday, carrying forty passengers across the bay.</p></div>
            <div><p>The crossing had been suspended when the hull cracked during a storm, and the schoolchildren took a longer bus route.</p></div>
            <div><p>The captain said the new engine was quieter, and that the crew had practised the harbour turn for weeks before.</p></div>
            <div><p>The island council expects four crossings a day by the summer, once the second crew has finished its training.</p></div>
            <footer><p>Contact us</p></footer></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters in the shipyard").And.Contain("four crossings a day").And.NotContain("Contact us");
    }

    /// <summary>The paragraphs of <see cref="FerryParagraphs"/> as HTML: the main text of the module fixtures below.</summary>
    private static string FerryHtml => string.Concat(FerryParagraphs.Select(p => "<p>" + p + "</p>"));

    /// <summary>A page with a menu, the headline, the given modules under it and a footer, none with a class name.</summary>
    private static string FerryPage(string modules) => $"""
        <html><head><title>The ferry returns</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
        <div><h1>The ferry returns</h1>
        {modules}
        </div>
        <footer><p>Contact us</p></footer></body></html>
        """;

    [Fact]
    public void An_opening_module_built_like_the_main_text_is_kept_without_class_names()
    {
        // The article is split into modules built alike (section > div > div > paragraphs) and nothing carries a class
        // name: the first module holds one long paragraph, the main one holds the rest. The first is read as the text's
        // opening.
        string page = FerryPage($"""
            <section><div><div><p>After two winters away the old ferry sailed again on Monday morning with forty passengers and a van of post on board. The harbour master stood on the pier to count them off one by one as he did on the first crossing he ever worked thirty years ago. The boat was new then and the pier was made of wood.</p></div></div></section>
            <section><div><div>
            {FerryHtml}
            </div></div></section>
            """);

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters away the old ferry").And.Contain("The ferry left the harbour at seven")
            .And.NotContain("Contact us");
    }

    [Fact]
    public void Paragraphs_each_in_a_bare_element_straight_under_the_body_are_all_the_text()
    {
        // No container and no class names: every paragraph of the talk sits in a div of its own right under <body>. Each
        // div alone scores little; together, beside the top one, they are the text, short answers and questions too.
        const string page = """
            <html><body>
            <div><a href="/">Harbour Radio</a> <a href="/shows">Shows</a></div>
            <h1>Night shift, episode 4</h1>
            <div>Tom Grain: My guest today runs the night shift at the container terminal, and has done so for eleven years. Welcome, Anna Berg.</div>
            <div>Anna Berg: Thank you, Tom. It is good to be here at last.</div>
            <div>Tom Grain: What is the hardest part of the job?</div>
            <div>Anna Berg: The fog in November, when you hear the ships long before you see their lights.</div>
            <div>Tom Grain: Will the new radar change that?</div>
            <div>Anna Berg: It will, once the crews trust it more than their own ears.</div>
            </body></html>
            """;

        var result = Interviews.Parse(page);

        result.Turns.Should().HaveCount(6);
        result.Turns[^1].Text.Should().Be("It will, once the crews trust it more than their own ears.");
        result.Body.Should().NotContain("Shows");
    }

    [Fact]
    public void An_opening_module_with_a_picture_beside_its_text_is_kept_without_class_names()
    {
        // Page-builder rows without class names: the first row holds a text column and a picture column, so no wrapper
        // holds all of its text at the depth where the main row's text sits; the paths down to the two rows'
        // paragraphs are alike, and the first row is the text's opening.
        string page = FerryPage($"""
            <div><div><div><div><div><p>After two winters away the old ferry sailed again on Monday morning with forty passengers and a van of post on board.</p><p>The harbour master stood on the pier to count them off one by one as he did on the first crossing he ever worked thirty years ago. The boat was new then and the pier was made of wood.</p></div></div><div><div><p>The old ferry at the pier</p></div></div></div></div></div>
            <div><div><div><div><div>{FerryHtml}</div></div></div></div></div>
            """);

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("The harbour master stood on the pier").And.Contain("The ferry left the harbour at seven")
            .And.NotContain("Contact us");
    }

    [Fact]
    public void Prose_that_stands_only_inside_a_page_wide_form_is_read_rather_than_nothing()
    {
        // The whole page sits in one form (as some site frameworks write it): every block is inside an element that
        // usually marks chrome. Rather than an empty body, the densest run of prose is read.
        string page = $"""
            <html><head><title>The ferry returns</title></head><body><form method="post" action="/page">
            <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul>
            <h1>The ferry returns</h1>
            {FerryReturns}
            <p>The island council expects four crossings a day by the summer, once the second crew has finished its training.</p>
            </form></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters in the shipyard").And.Contain("four crossings a day").And.NotContain("About");
    }

    [Fact]
    public void A_form_around_the_whole_page_is_read_as_the_page_even_when_its_text_is_in_lists()
    {
        // One server form around everything, the text in list items (no run of prose paragraphs to fall back on): the
        // form holds the page's title heading, so it is the page's frame, not a form of fields.
        const string page = """
            <html><head><title>Harbour fish stew</title></head><body><form method="post" action="/recipe">
            <nav><a href="/">Home</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></nav>
            <h1>Harbour fish stew</h1>
            <h2>Ingredients</h2><ul><li>2 pounds white fish, cut in pieces</li><li>1 onion, chopped</li><li>3 tomatoes, peeled</li></ul>
            <h2>Steps</h2><ol><li>Soften the onion in a wide pot over low heat, then add the tomatoes and let them cook down for ten minutes.</li>
            <li>Lay the fish on top, cover the pot and simmer until the pieces flake apart when pressed with a fork.</li></ol>
            </form></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("Soften the onion").And.Contain("simmer until").And.NotContain("Recipes");
    }

    [Fact]
    public void A_form_of_fields_inside_the_article_stays_out_of_the_body()
    {
        string page = $"""
            <html><head><title>The ferry returns</title></head><body><article><h1>The ferry returns</h1>
            {FerryReturns}
            <form method="post" action="/reply"><p>Write to the editors about this story and tell them what the ferry means to you.</p>
            <textarea name="text"></textarea><button>Send</button></form></article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters").And.NotContain("Write to the editors");
    }

    [Fact]
    public void A_long_reader_comment_whose_class_calls_it_content_does_not_outweigh_the_article()
    {
        const string comment = "I took that ferry every winter for ten years, and I can tell you that the crossing was never as calm as the council says, "
            + "because the wind turns in the bay at noon, the deck freezes and the crew have to work double shifts whenever the second boat "
            + "is in the yard, which is more often than anyone admits at the meetings in the town hall.";
        string page = $"""
            <html><head><title>The ferry returns</title></head><body>
            <div class="article"><h1>The ferry returns</h1><div class="text">
            {FerryReturns}</div></div>
            <div id="thread"><div class="comment"><div class="content">
            <p>{comment}</p><p>{comment}</p><p>{comment}</p></div></div></div></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters in the shipyard").And.NotContain("I took that ferry every winter");
    }

    [Theory]
    [InlineData("author-bio")]
    [InlineData("post-author-bio")]
    public void The_authors_biography_box_under_the_article_stays_out_of_the_body(string boxClass)
    {
        string page = $"""
            <html><head><title>The ferry returns</title></head><body><article class="post"><h1>The ferry returns</h1>
            {FerryReturns}
            <section class="{boxClass}"><p>Jane Roe has written about the islands for twenty years. She lives by the harbour with two cats and a rowing boat.</p></section>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters in the shipyard").And.NotContain("two cats and a rowing boat");
    }

    [Fact]
    public void A_blog_themes_filing_line_under_the_post_stays_out_of_the_body()
    {
        string page = $"""
            <html><head><title>The ferry returns</title></head><body><div class="hentry"><h1>The ferry returns</h1><div class="entry">
            {FerryReturns}</div>
            <div class="entry-utility">This post went into Harbour news, with the labels ferries and islands, on a Monday.</div></div></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().Contain("After two winters in the shipyard").And.NotContain("This post went into Harbour news");
    }

    /// <summary>The three paragraphs of a short news article the page-shape tests wrap in their markup.</summary>
    private const string FerryReturns = """
        <p>After two winters in the shipyard, the old ferry sailed again on Monday, carrying forty passengers across the bay.</p>
        <p>The crossing had been suspended when the hull cracked during a storm, and the schoolchildren took a longer bus route.</p>
        <p>The captain said the new engine was quieter, and that the crew had practised the harbour turn for weeks before.</p>
        """;

    private static readonly string[] FerryParagraphs =
    [
        "The ferry left the harbour at seven every morning, and on most days the deck was full of workers going over to the yards.",
        "In winter the crossing took longer, because the captain had to steer around the ice that gathered near the northern pier.",
        "The council paid for a new engine in the spring, after a long debate about whether the town could afford another season.",
        "Since then the boat has not missed a single crossing, and the timetable on the quay has not changed in four years.",
        "Most passengers now buy their tickets on the boat, which the older crew members say has made the mornings much calmer.",
    ];

    private static string TextWith(Func<int, string?> between)
    {
        var sb = new System.Text.StringBuilder("The ferry that never stops\n\n");
        for (int i = 0; i < FerryParagraphs.Length; i++)
        {
            sb.Append(FerryParagraphs[i]).Append("\n\n");
            if (i + 1 < FerryParagraphs.Length && between(i) is { } line) sb.Append(line).Append("\n\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void A_short_line_standing_again_and_again_between_paragraphs_is_an_insert_and_is_dropped()
    {
        var result = Interviews.Parse(TextWith(i => i < 3 ? "Story goes on after this box" : null));

        result.Body.Should().NotContain("Story goes on after this box");
        result.Body.Should().Contain("ice that gathered").And.Contain("timetable on the quay");
    }

    [Fact]
    public void A_line_standing_twice_between_paragraphs_stays()
    {
        var result = Interviews.Parse(TextWith(i => i < 2 ? "The northern pier in winter" : null));

        result.Body.Should().Contain("The northern pier in winter");
    }

    [Fact]
    public void A_name_printed_in_lower_case_over_each_paragraph_stays_as_the_speaker_it_is()
    {
        var result = Interviews.Parse(TextWith(_ => "tom berg") + "Thanks to Tom Berg for the tour of the harbour.\n");

        result.Body.Should().Contain("tom berg");
    }

    /// <summary>A news article with the given blocks above its headline.</summary>
    private static string BridgePage(string above) => $"""
        <html><head><title>The bridge opens</title></head><body><article>
        {above}
        <h1>The bridge opens</h1>
        <p>After two years of building, the footbridge over the river opened on Saturday morning to a crowd of several hundred people.</p>
        <p>The mayor cut the ribbon and the town band played while children ran across first, followed by their parents.</p>
        </article></body></html>
        """;

    [Fact]
    public void Short_lines_above_the_headline_are_its_kicker_and_stay_out_of_the_body()
    {
        var result = Interviews.Parse(BridgePage("<p>Town</p><p>Mar 12</p>"));

        result.Body.Should().StartWith("After two years of building").And.NotContain("Town");
    }

    [Fact]
    public void Above_a_headline_with_prose_over_it_nothing_is_dropped()
    {
        var result = Interviews.Parse(BridgePage("<p>Town</p><p>The footbridge, two years in the building, is the first new crossing of the river in half a century.</p>"));

        result.Body.Should().Contain("Town").And.Contain("first new crossing");
    }

    [Theory]
    [InlineData("html")]
    [InlineData("text")]
    public void A_byline_line_at_the_top_leaves_the_body_and_still_names_the_interviewer(string format)
    {
        const string html = """
            <html><head><title>Thirty winters on the lake</title></head><body><article>
            <h1>Thirty winters on the lake</h1>
            <p>The ice fisher Mira Sand on cold mornings and the fish that stayed away.</p>
            <p>By Olav Dunn</p>
            <p><b>Mira Sand, how did you come to fish on the ice?</b></p>
            <p>My father took me out when I was six. I sat on a bucket and watched the hole for hours.</p>
            <p><b>Do you still enjoy it after thirty winters?</b></p>
            <p>More than ever. The lake is quiet in a way that nothing else in my life is quiet.</p>
            <p><b>What has changed on the lake?</b></p>
            <p>The ice comes later every year, and some winters it never gets thick enough to carry me.</p>
            </article></body></html>
            """;
        // The text scrape prints the share row between headline and standfirst: the byline stands further down than the
        // few lines under the headline read for one.
        string text = "Thirty winters on the lake\n\nShare\n\nFacebook\n\nEmail\n\nPrint\n\nAdvertisement\n\nThe ice fisher Mira Sand on cold mornings and the fish that stayed away.\n\nBy Olav Dunn\n\n"
            + "Mira Sand, how did you come to fish on the ice?\n\nMy father took me out when I was six. I sat on a bucket and watched the hole for hours.\n\n"
            + "Do you still enjoy it after thirty winters?\n\nMore than ever. The lake is quiet in a way that nothing else in my life is quiet.\n\n"
            + "What has changed on the lake?\n\nThe ice comes later every year, and some winters it never gets thick enough to carry me.\n";

        var result = format == "html" ? Interviews.Parse(html) : Interviews.Parse(text, new ParseOptions { Format = Model.DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Body.Should().NotContain("By Olav Dunn");
        result.Participants.Should().Contain(p => p.Name == "Olav Dunn" && p.Role == Model.TurnRole.Interviewer);
    }

    [Theory]
    [InlineData("<p class=\"big\">“The lake is quiet in a way that nothing else in my life is quiet.”</p>", "The lake is quiet", 1)]
    [InlineData("<p>The lake is quiet in a way that nothing else in my life is quiet</p>", "The lake is quiet", 1)]
    [InlineData("<p>More than ever.</p>", "More than ever", 2)] // a few words said again are speech, not a pull quote
    [InlineData("<p><b>Why do you go out before sunrise, when the lake is quiet?</b></p><p>Because the wind has not started. More than ever, I love that hour.</p>", "Why do you go out before sunrise", 2)]
    public void A_sentence_set_again_between_the_paragraphs_leaves_the_text_once(string insert, string words, int times)
    {
        string html = Fixtures.LakeInterview(insert);

        var result = Interviews.Parse(html);

        result.Turns[3].Text.Should().StartWith("More than ever. The lake is quiet in a way that nothing else in my life is quiet. I hear the ice sing at night.");
        string all = string.Join("\n", result.Turns.Select(t => t.Text));
        (all.Split(words).Length - 1).Should().Be(times);
    }

    /// <summary>A bold-question interview with <paramref name="extra"/> set after the second answer.</summary>
    private static string KeeperInterview(string extra) => $"""
        <html><head><title>The keeper of the outer light</title></head><body><article>
        <h1>The keeper of the outer light</h1>
        <p>For thirty years Hanne Berg kept the light on the outer island. We asked her about storms and solitude.</p>
        <p><strong>Were you lonely out there?</strong></p>
        <p>Sometimes in winter. But the supply boat came every week, and I had the radio. You learn to like your own company, and the sea decides everything else.</p>
        <p><strong>What was the worst storm?</strong></p>
        <p>The one in January. The waves came over the rocks and hit the windows of the tower, and I sat on the stairs all night.</p>
        {extra}
        <p><strong>What do you miss most?</strong></p>
        <p>The quiet, and the storms. I know that sounds strange, but it is true.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("<blockquote><p>“You learn to like your own company, and the sea decides everything else.”</p></blockquote>")]
    [InlineData("<p>\"The waves came over the rocks and hit the windows of the tower\"</p>")]
    public void A_pull_quote_repeating_words_of_an_answer_above_it_is_not_said_again(string quote)
    {
        var result = Interviews.Parse(KeeperInterview(quote));

        result.Turns.Should().HaveCount(6);
        result.Body.Split("\n\n").Should().HaveCount(7);
    }

    [Fact]
    public void A_pull_quote_that_cuts_a_sentence_short_and_closes_it_with_a_stop_is_no_part_of_the_answer()
    {
        var result = Interviews.Parse(KeeperInterview("<blockquote>The waves came over the rocks and hit the windows.</blockquote>"));

        result.Turns.Should().HaveCount(6);
        result.Turns[3].Text.Should().EndWith("I sat on the stairs all night.");
    }

    [Theory]
    [InlineData("<p>“My father always said the sea decides, and he was right about that.”</p>")] // said once
    [InlineData("<p>“the sea decides everything else”</p>")] // a quoted phrase of few words, set as a heading is
    public void A_quotation_said_once_or_a_short_quoted_phrase_stays_in_the_text(string quote)
    {
        var result = Interviews.Parse(KeeperInterview(quote));

        result.Body.Should().Contain(quote[4..^4]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void In_text_a_pull_quote_goes_after_the_answer_that_says_it_and_stays_before_it(bool after)
    {
        const string answer = "The quiet, and the storms. I know that sounds strange, but it is true, and I would go back tomorrow.";
        const string quote = "“I know that sounds strange, but it is true.”";
        string doc = $"""
            The keeper of the outer light

            For thirty years Hanne Berg kept the light on the outer island. We asked her about storms and solitude.

            {(after ? "" : quote)}

            What do you miss most, now that you live on the mainland again?

            {answer}

            {(after ? quote : "")}

            Would you go back?

            Tomorrow, if they let me, and I would take the radio with me.
            """;

        var body = Interviews.Parse(doc, new ParseOptions { Format = Model.DocumentFormat.Text }).Body;

        body.Contains(quote, StringComparison.Ordinal).Should().Be(!after);
    }

    /// <summary>A plain-text Q&amp;A whose last answer is the given line, over a footer.</summary>
    private static string TextQaEndingWith(string lastQuestion, string lastAnswer) => $"""
        The keeper of the northern light

        Mara Lind kept the lighthouse on the northern point for thirty-one years before the light went automatic.

        How did you come to the lighthouse?

        My father kept the light before me, and I carried the oil up the stairs every evening as a child.

        What do you miss now that the light runs on its own?

        The nights. There is nothing like a storm night in the lamp room, with the whole sea moving below you.

        {lastQuestion}

        {lastAnswer}

        Home | Contact | Imprint
        """;

    [Theory]
    [InlineData("And the stairs, do you miss them?", "Not one of them.")]
    [InlineData("Will you go back one day?", "Never.")]
    public void A_short_last_answer_under_its_question_stays_in_the_text(string question, string answer)
    {
        var result = Interviews.Parse(TextQaEndingWith(question, answer), new ParseOptions { Format = Model.DocumentFormat.Text });

        result.Body.Should().EndWith(answer);
        result.Turns[^1].Text.Should().Be(answer);
    }

    [Theory]
    [InlineData("Is registration free of charge?", "Yes, registration is free.")] // a help page's answer says the question again
    [InlineData("Where can I read more?", "Sharing is caring!")] // a slogan, not an answer
    public void A_short_line_under_a_question_that_restates_it_or_exclaims_does_not_extend_the_text(string question, string line)
    {
        var result = Interviews.Parse(TextQaEndingWith(question, line), new ParseOptions { Format = Model.DocumentFormat.Text });

        result.Body.Should().NotContain(line);
    }

    [Fact]
    public void Riddles_with_one_line_solutions_under_the_text_are_not_taken_for_short_answers()
    {
        // Each solution sits under its riddle, but no sentence of the text stands above the riddle: a list, not a talk.
        string riddles = string.Join("\n\n",
            "What has keys but opens no locks?", "A piano.", "What has a neck but no head at all?", "A bottle.",
            "What runs all day but never walks anywhere?", "A clock.", "What gets wetter the more it dries?", "A towel.");
        string doc = TextQaEndingWith("Will you go back one day?", "Never.").Replace("Home | Contact | Imprint", "Share on Facebook\n\n" + riddles, StringComparison.Ordinal);

        var result = Interviews.Parse(doc, new ParseOptions { Format = Model.DocumentFormat.Text });

        result.Body.Should().EndWith("Never.").And.NotContain("A towel.");
    }
    private static string LighthouseQa(string between) => $"""
        <html><body><article><h1>Fifty winters at the lighthouse</h1>
        <p>Ruth Holm kept the light on the point for fifty years. She told us about the job.</p>
        <div><p><b>How did you come to the lighthouse?</b></p>
        <p>My father kept it before me, and I took over the logbook when his eyes failed him in the winter of 1975.</p>
        {between}
        <p><b>What was the hardest night?</b></p>
        <p>The night the lens cracked. We turned it by hand until dawn, one of us at the crank and one at the radio.</p>
        <p><b>Do you miss it?</b></p>
        <p>Every evening at dusk, when I look up and somebody else switches on the light.</p></div>
        </article></body></html>
        """;

    [Fact]
    public void The_words_of_a_box_that_holds_a_sign_up_form_go_with_the_form()
    {
        var result = Interviews.Parse(LighthouseQa("""
            <div><h4>Morning letter</h4><p>The coast's news in your inbox before breakfast, every weekday.</p>
            <form><input type="email" name="mail"><button>Sign up</button></form></div>
            """));

        result.Body.Should().NotContain("Morning letter").And.NotContain("inbox");
        result.Turns.Should().HaveCount(6);
    }

    [Fact]
    public void Paragraphs_beside_a_form_in_a_box_of_more_than_a_prompt_stay()
    {
        var result = Interviews.Parse(LighthouseQa("""
            <div><p>The keeper's log is now in the town museum.</p><p>It fills eleven volumes, one for every five years.</p>
            <p>Visitors may read it on Sundays, by appointment at the desk.</p><form><input type="text" name="q"></form></div>
            """));

        result.Body.Should().Contain("eleven volumes");
    }
}
