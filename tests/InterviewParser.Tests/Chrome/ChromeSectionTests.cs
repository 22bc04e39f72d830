using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

public class ChromeSectionTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private const string Interview = """
        Why did you open a bookshop in a village of three hundred people?

        Because nobody else would, and because the nearest one was forty minutes away by a bus that runs twice a day.

        Does it pay the rent?

        Barely, but the café corner does, and the readings in winter bring people from all the villages around.

        What do your readers ask for most?

        Crime novels in winter, gardening books in spring, and maps all year round, for the walkers who pass through.
        """;

    [Theory]
    [InlineData("Read also:")]
    [InlineData("Les også:")]
    [InlineData("READ ALSO")]
    [InlineData("Lesen Sie auch")]
    public void A_related_head_between_two_exchanges_takes_its_teaser_and_leaves_the_next_question(string head)
    {
        string page = $$"""
            Why did you open a bookshop in a village of three hundred people?

            Because nobody else would, and because the nearest one was forty minutes away by a bus that runs twice a day.

            {{head}}

            New library opens on the harbour front

            Does it pay the rent?

            Barely, but the café corner does, and the readings in winter bring people from all the villages around.

            What do your readers ask for most?

            Crime novels in winter, gardening books in spring, and maps all year round, for the walkers who pass through.
            """;

        var result = Interviews.Parse(page, Text);

        result.Body.Split("\n\n").Should().HaveCount(6).And.Contain("Does it pay the rent?");
        result.Body.Should().NotContain("New library opens");
    }

    [Fact]
    public void A_teaser_that_asks_a_question_under_a_related_head_goes_with_the_other_teasers()
    {
        string page = Interview + """

            Related:

            Is the village shop coming back?

            Ten years of the book festival

            Closing words from the author, who would like to thank every reader who has written to her this year.
            """;

        var body = Interviews.Parse(page, Text).Body;

        body.Should().NotContain("village shop coming back").And.NotContain("Ten years of the book festival");
    }

    [Fact]
    public void Teasers_that_ask_listed_line_by_line_under_a_related_head_all_go_the_last_above_a_paragraph_too()
    {
        string page = Interview + """

            Related:

            Is the village shop coming back?
            Where do the walkers stay overnight?

            Closing words from the author, who would like to thank every reader who has written to her this year.
            """;

        var body = Interviews.Parse(page, Text).Body;

        body.Should().NotContain("village shop coming back").And.NotContain("walkers stay overnight");
    }

    [Fact]
    public void A_gallery_inside_a_text_page_is_dropped_without_cutting_the_article_in_two()
    {
        var page = new System.Text.StringBuilder("Harbour Weekly\nHome\nNews\nSport\n\nThe harbour in winter\n\n");
        for (int i = 1; i <= 4; i++) page.Append($"Paragraph {i} before the pictures: the ferry left at dawn, the gulls followed it, and the harbour master counted them twice.\n\n");
        for (int i = 1; i <= 6; i++) page.Append($"Full screen\n\nImage {i} of 6\n\nThe quay, seen from the water.\n\n");
        for (int i = 1; i <= 3; i++) page.Append($"Paragraph {i} after the pictures: at night the lights came on one by one, and the last ferry came in late and empty.\n\n");
        page.Append("Contact\nImprint\nPrivacy\n");

        var body = Interviews.Parse(page.ToString(), Text).Body;

        body.Should().Contain("Paragraph 1 before the pictures").And.Contain("Paragraph 3 after the pictures");
        body.Should().NotContain("Image 2 of 6");
    }

    [Fact]
    public void Japanese_prose_written_without_spaces_is_the_body_not_the_menu_above_it()
    {
        const string scrape = """
            メニュー

            ホーム
            ニュース
            地域の話題
            お問い合わせ

            港町の朝市が百年を迎える

            2021.05.03

            港町の朝市は毎週土曜日に開かれ、地元の漁師がその日に獲れた魚を直接売っています。

            市場の歴史は百年以上前にさかのぼり、戦後に一度閉鎖されたものの、住民の努力で再開されました。

            最近は観光客も増え、週末には県外から訪れる人々で通りが混雑するようになりました。

            関連記事

            2021年04月12日
            駅前に新しい図書館が開館
            2021年03月28日
            春祭りの日程が決まる

            サイトマップ
            プライバシーポリシー
            """;

        var result = Interviews.Parse(scrape, Text);

        result.Body.Should().StartWith("港町の朝市は毎週土曜日に開かれ").And.Contain("混雑するようになりました").And.NotContain("メニュー").And.NotContain("図書館");
    }

    [Fact]
    public void A_tag_cloud_run_into_one_line_does_not_outweigh_a_short_article()
    {
        // A text browser prints a sidebar's tag cloud as one long line of words without a stop or a comma.
        const string scrape = """
            Harbour Town News
            Home
            Archive
            ferry harbour market fishing weather council festival school library bridge pier boats tourism museum lighthouse beach sailing regatta trawler nets quay storm tide ferries islands summer winter gulls herring crab mussels oysters salmon cod mackerel seaweed dunes cliffs caves coves bay estuary river canal lock dock crane warehouse customs pilot tug barge yacht dinghy kayak rowing swimming surfing diving snorkel anchor buoy beacon chart compass radar radio coastguard lifeboat rescue volunteers fundraising concert choir theatre cinema gallery exhibition workshop pottery weaving carving painting photography history heritage archive
            May (5)
            April (7)
            Ferry crews stop work for an hour
            3 May 2021 - Posted by the newsroom
            The crews of the island ferries stopped work for an hour on Monday morning, in protest against the new timetable that cuts the last evening crossing, and the harbour office promised to meet them before the end of the week.
            Share this story
            Imprint
            """;

        var result = Interviews.Parse(scrape, Text);

        result.Body.Should().StartWith("The crews of the island ferries").And.NotContain("lighthouse beach sailing");
    }

    [Fact]
    public void The_feed_link_line_a_text_browser_prints_first_is_not_the_text()
    {
        const string scrape = """
            #Harbour Town Radio » Feed Harbour Town Radio » Comments Feed Podcast Feed: Harbour Town Radio (MP3 Audio) Podcast Feed: Harbour Town Radio (AAC Audio) Podcast Feed: Harbour Town Radio (Ogg Audio) Podcast Feed: Harbour Town Radio (Opus Audio) Harbour Town Radio » Episode 12: the ferry strike Comments Feed
            Home
            Episode 12: the ferry strike

            The crews of the island ferries talk about the new timetable and the last evening crossing.
            """;

        var result = Interviews.Parse(scrape, Text);

        result.Body.Should().NotContain("Comments Feed");
    }

    [Theory]
    [InlineData("You may also like")]
    [InlineData("Das könnte Sie auch interessieren:")]
    [InlineData("Das könnte dich auch interessieren:")]
    public void Heads_of_teaser_sections_are_known_in_both_forms_of_address(string head) =>
        InterviewParser.Chrome.ChromeLexicon.IsChromeSectionHead(head).Should().BeTrue();

    [Fact]
    public void A_copyright_section_is_dropped_up_to_the_next_heading()
    {
        string doc = $"""
            # The village bookshop

            ## Copyright Statement

            This transcript may be quoted for research purposes only, with the permission of the archive.

            Requests for permission go to the archive office by letter, with the passages to be quoted.

            ## Interview

            {Interview}
            """;

        var result = Interviews.Parse(doc, Text);

        result.Body.Should().NotContain("research purposes").And.NotContain("Copyright");
        result.Turns.Should().HaveCount(6);
    }

    [Fact]
    public void A_numbered_table_of_contents_line_is_chrome()
    {
        string doc = $"""
            1 Village bookshop 2 About 3 Interview 3.1 Opening 3.2 Money 4 Notes

            The village bookshop

            {Interview}
            """;

        Interviews.Parse(doc, Text).Body.Should().NotContain("3.1 Opening");
    }

    [Fact]
    public void A_poll_with_its_options_and_result_line_is_chrome()
    {
        string doc = $"""
            The village bookshop

            {Interview}

            Would you drive forty minutes for a book?

            Options
            (*) Yes
            ( ) No
            Vote
            120 readers have voted

            The shop is open from Tuesday to Saturday, and on the first Sunday of each month for the reading circle.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Body.Should().NotContain("( ) No").And.NotContain("readers have voted").And.NotContain("drive forty minutes");
    }

    [Fact]
    public void Photo_credit_and_related_links_lines_are_chrome()
    {
        string doc = $"""
            The village bookshop

            We talked to Ada Crane, who runs the only bookshop in the village.

            {Interview}

            Photo credit: Jon Field

            Further reading:
            Ten small bookshops worth the trip
            Why villages need libraries
            """;

        var result = Interviews.Parse(doc, Text);

        result.Body.Should().NotContain("Jon Field").And.NotContain("Ten small bookshops").And.NotContain("Further reading");
        result.Turns.Should().HaveCount(6);
    }

    /// <summary>A box of related links in an aside, its head a chrome section head.</summary>
    private const string RelatedBox = """<aside><h4>Related</h4><a href="/libraries">Why villages need libraries</a></aside>""";

    /// <summary>A bookshop interview of two questions, with markup set between its exchanges and after them.</summary>
    private static string BookshopPage(string between, string after) => $"""
        <html><head><title>The village bookshop</title></head><body><article>
        <h1>The village bookshop</h1>
        <p>We talked to Ada Crane, who runs the only bookshop in the village.</p>
        <p><strong>Why did you open a bookshop in a village of three hundred people?</strong></p>
        <p>Because nobody else would, and because the nearest one was forty minutes away by a bus that runs twice a day.</p>
        {between}
        <p><strong>Who buys your books?</strong></p>
        <p>Farmers, mostly, and their children, who read more than anyone I know in the city. Nobody leaves without a book.</p>
        {after}
        </article></body></html>
        """;

    [Fact]
    public void A_related_box_set_inside_the_interview_heads_only_its_own_lines()
    {
        // The box's head opens a section of short lines; the box ends before the next question, which is short too.
        var result = Interviews.Parse(BookshopPage(RelatedBox, ""));

        result.Body.Should().Contain("Who buys your books?").And.NotContain("Why villages need libraries");
        result.Turns.Should().HaveCount(4);
    }

    [Fact]
    public void Short_lines_that_are_no_sentences_after_a_related_box_stay_in_its_section() =>
        Interviews.Parse(BookshopPage("", RelatedBox + "<p>Topics villages, bookshops, rural life</p>")).Body.Should().NotContain("Topics villages");

    [Fact]
    public void A_heading_over_teaser_links_set_between_the_paragraphs_goes_with_its_links()
    {
        // No box holds them: the heading and its links stand in the text's own container, and the text goes on after them.
        const string teasers = """<h3>More from the valley</h3><p><a href="/a">Why villages need libraries</a></p><p><a href="/b">The last bus home</a></p>""";

        var result = Interviews.Parse(BookshopPage(teasers, ""));

        result.Body.Should().NotContain("More from the valley").And.NotContain("The last bus home").And.Contain("Who buys your books?");
    }

    [Fact]
    public void A_heading_over_one_link_and_then_text_keeps_its_section()
    {
        const string section = """<h3>Before the shop</h3><p><a href="/a">The old post office</a></p><p>Ada Crane worked at the post office for twenty years, until it closed and the building stood empty.</p>""";

        Interviews.Parse(BookshopPage(section, "")).Body.Should().Contain("Before the shop");
    }

    [Fact]
    public void A_picture_printed_by_its_file_name_does_not_cut_the_text_of_a_scrape()
    {
        // A text browser prints a picture without alt text by its file name, here twice over.
        const string scrape = """
            The harbour in winter

            The ferries stop in November, and the quay belongs to the gulls and the few fishermen who still go out in the dark mornings.

            Most of the cafés close too, and the town is quiet until the first boats of spring bring the visitors back to the market.

            Only the bakery by the station stays open all winter, and its owner says the fishermen are her best customers then.

            quay-at-dawn.jpgquay-at-dawn.jpg

            Photo: Jane Roe

            Ferry timetable 2024

            From March the boats run again every hour, and the harbour master expects more visitors than in any year before.

            The new pier will be finished by then, the council says, and the fish market moves back to the water in April.
            """;

        var result = Interviews.Parse(scrape, Text);

        result.Body.Should().Contain("bakery by the station").And.Contain("fish market moves back").And.NotContain(".jpg");
    }
}

public class SplitArticleTests
{
    [Fact]
    public void An_article_split_into_text_modules_between_pictures_is_read_whole()
    {
        static string Module(string a, string b) => $"""
            <div class="module module--text"><div class="text"><div class="text-inner">
            <p>{a}</p><p>{b}</p>
            </div></div></div>
            <div class="module module--image"><figure><img src="x.jpg"><figcaption>A picture of the harbour</figcaption></figure></div>
            """;

        string html = $"""
            <html><head><title>Harbour master</title></head><body>
            <nav><a href="/">Home</a> <a href="/a">About</a></nav>
            <main><h1>Harbour master</h1>
            {Module("The first module of the story tells how the harbour master came to the town, thirty years ago, with one suitcase.", "He found a room above the fish market, and the smell, he says, never left his coat, not even in winter.")}
            {Module("The second module follows him through a normal day, from the tide tables at five to the last ferry at night.", "Between them come the fishermen, the tourists, the customs men, and the gulls, which he counts among his colleagues.")}
            {Module("The third module is about the future, when the new port opens and the old harbour becomes a marina for yachts.", "He will retire then, he says, and sit on the wall, and tell the yacht owners where not to anchor.")}
            </main><footer>Contact us</footer></body></html>
            """;

        var body = Interviews.Parse(html).Body;

        body.Should().Contain("first module").And.Contain("second module").And.Contain("third module");
        body.Should().NotContain("Contact us");
    }

    [Fact]
    public void Text_modules_without_class_names_are_joined_by_their_shape()
    {
        // Three modules built alike (section › div › div › paragraphs), no class names anywhere, the middle one over
        // three times as long as the others, picture modules between them, and a one-level box of prose that is built otherwise.
        static string Module(int paragraphs, string topic)
        {
            var text = new System.Text.StringBuilder();
            for (int i = 1; i <= paragraphs; i++)
            {
                text.Append($"<p>Part {i} about {topic}: the ferry left at dawn, the gulls followed it, and the harbour master, as always, counted them twice.</p>");
            }

            return $"<section><div><div>{text}</div></div></section><section><figure><img src=\"x.jpg\"></figure></section>";
        }

        string html = $"""
            <html><head><title>Harbour master</title></head><body><main>
            <h1>Harbour master</h1>
            {Module(6, "the opening days")}
            {Module(20, "the long middle years")}
            {Module(6, "the last winter")}
            <section><p>Sign up for the harbour letter, every Friday, free of charge, in your inbox.</p></section>
            </main></body></html>
            """;

        var body = Interviews.Parse(html, new ParseOptions { Format = DocumentFormat.Html }).Body;

        body.Should().Contain("about the opening days").And.Contain("about the long middle years").And.Contain("about the last winter");
        body.Should().NotContain("Sign up");
    }

    [Fact]
    public void A_short_text_module_built_like_the_main_one_is_kept_with_it()
    {
        var pairs = new System.Text.StringBuilder();
        for (int i = 1; i <= 40; i++)
        {
            pairs.Append($"<p><i>What happened in year {i} of the shop, when the village was quiet and the roads were closed?</i></p>");
            pairs.Append($"<p>In year {i} we sold maps, crime novels and calendars, and the readings in winter brought people from all the villages, even in the snow.</p>");
        }

        var more = new System.Text.StringBuilder();
        for (int i = 1; i <= 40; i++) more.Append($"<li><a href=\"/shop/{i}\">Bookshop number {i} in another village far away from here, with its own café</a></li>");

        string page = $"""
            <html><head><title>The village bookshop</title></head><body><main>
            <h1>The village bookshop</h1>
            <section class="textblock"><div><p><i>Why did you open a bookshop here at all?</i> Because nobody else would open one, and the nearest was forty minutes away.</p></div></section>
            <section class="teaser"><div><p>Read also: ten walks around the lake</p></div></section>
            <section class="textblock"><div>{pairs}</div></section>
            <aside><ul>{more}</ul></aside>
            </main></body></html>
            """;

        var result = Interviews.Parse(page, new ParseOptions { Format = DocumentFormat.Html });

        result.Body.Should().Contain("Because nobody else would").And.NotContain("ten walks");
    }
}

public class DateLineCleaningTests
{
    [Fact]
    public void Paragraphs_that_mention_a_date_are_kept_even_when_every_one_does()
    {
        var html = new System.Text.StringBuilder("<html><head><title>Log</title></head><body><article><h1>Harbour log</h1>");
        for (int i = 1; i <= 20; i++) html.Append($"<p>On 12.03.2019 ferry number {i} left with {i * 3} people.</p>");
        html.Append("</article></body></html>");

        var result = Interviews.Parse(html.ToString(), new ParseOptions { Format = DocumentFormat.Html });

        result.Body.Should().Contain("ferry number 1 left").And.Contain("ferry number 20 left");
    }

    [Fact]
    public void A_date_line_under_the_headline_is_not_body_text()
    {
        const string html = """
            <html><head><title>Harbour log</title></head><body><article><h1>Harbour log</h1>
            <p>By Anna Lund | 12 March 2019</p>
            <p>The ferry left the harbour at ten with forty passengers, and the sea was calm all the way.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html, new ParseOptions { Format = DocumentFormat.Html });

        result.Body.Should().NotContain("12 March 2019").And.Contain("The ferry left");
    }
}

/// <summary>A box whose teasers are dropped takes its head with it, whatever the head says.</summary>
public class OrphanBoxHeadTests
{
    private static string Page(string boxClass, string head = "Across the bay") => $"""
        <html><head><title>The harbour master</title></head><body><article>
        <h1>The harbour master</h1>
        <p><strong>How long have you looked after the harbour?</strong></p>
        <p>Nineteen years this spring, and in that time the boats have become fewer but much larger, which changes everything about the work.</p>
        <div class="box"><div class="boxtitle">{head}</div>
          <div class="{boxClass}"><h2><a href="/a">New ferry timetable for the islands</a></h2><p>The ferry will run twice a day from May, with an extra crossing on Sundays.</p></div>
        </div>
        <p><strong>What do you do when a storm comes?</strong></p>
        <p>We close the gates, check every mooring twice, and then we wait in the office with coffee and the radio until it has passed.</p>
        </article></body></html>
        """;

    [Fact]
    public void The_head_of_a_dropped_teaser_box_is_dropped_too()
    {
        var result = Interviews.Parse(Page("teaser"));

        result.Body.Should().NotContain("Across the bay").And.NotContain("ferry timetable");
        result.Body.Should().Contain("check every mooring twice");
    }

    [Fact]
    public void A_head_ending_in_a_colon_goes_with_its_dropped_box_too()
    {
        var result = Interviews.Parse(Page("teaser", "Across the bay this week:"));

        result.Body.Should().NotContain("Across the bay this week").And.NotContain("ferry timetable");
        result.Body.Should().Contain("check every mooring twice");
    }

    [Fact]
    public void The_head_of_a_box_whose_text_is_kept_stays()
    {
        var result = Interviews.Parse(Page("note"));

        result.Body.Should().Contain("Across the bay");
    }
}

/// <summary>A head left last of the text, whatever stood under it dropped, is the head of a box that went.</summary>
public class TrailingHeadTests
{
    private static string Page(string head, string tag = "h2") => $"""
        <html><head><title>The harbour master</title></head><body><article>
        <h1>The harbour master</h1>
        <div class="text">
        <p><strong>How long have you looked after the harbour?</strong></p>
        <p>Nineteen years this spring, and in that time the boats have become fewer but much larger, which changes everything about the work.</p>
        <p><strong>What do you do when a storm comes?</strong></p>
        <p>We close the gates, check every mooring twice, and then we wait in the office with coffee and the radio until it has passed.</p>
        <{tag}>{head}</{tag}>
        <ul><li><a href="/a">New ferry timetable for the islands</a></li><li><a href="/b">The lighthouse gets a new lamp</a></li>
        <li><a href="/c">Fishing quotas for the coming year</a></li></ul>
        </div>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Elsewhere on the coast", "h2")]
    [InlineData("Elsewhere on the coast", "h3")]
    [InlineData("You might like these too:", "p")]
    public void A_head_whose_box_was_dropped_does_not_end_the_text(string head, string tag)
    {
        var result = Interviews.Parse(Page(head, tag));

        result.Body.Should().NotContain(head).And.NotContain("ferry timetable");
        result.Body.Should().EndWith("until it has passed.");
    }

    [Fact]
    public void In_a_text_scrape_a_colon_head_left_last_of_the_text_goes_too()
    {
        const string text = """
            The harbour master

            How long have you looked after the harbour?

            Nineteen years this spring, and in that time the boats have become fewer but much larger, which changes everything about the work.

            What do you do when a storm comes?

            We close the gates, check every mooring twice, and then we wait in the office with coffee and the radio until it has passed.

            More harbour stories you might like:

            Ferry timetable
            Lighthouse lamp
            Fishing quotas
            Contact
            Imprint
            """;

        var result = Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text });

        result.Body.Should().NotContain("you might like").And.EndWith("until it has passed.");
    }

    [Fact]
    public void A_line_of_the_text_that_ends_it_stays()
    {
        // A short closing line that is no head (no heading markup, no colon) is the text's own.
        var result = Interviews.Parse(Page("Fair winds to all", "p"));

        result.Body.Should().Contain("Fair winds to all");
    }
}
