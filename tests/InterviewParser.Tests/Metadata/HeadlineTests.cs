using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class HeadlineTests
{
    private const string Answers = """
        What brought you to the river?

        My uncle had a boat, and every summer we rowed from the mill down to the old bridge and back again.

        Do you still row?

        Every Sunday morning, unless the water is too high after the spring rain in the mountains.
        """;

    [Fact]
    public void A_site_name_h1_does_not_win_over_the_h1_that_matches_og_title()
    {
        const string html = """
            <html><head><title>River people: Ada Moss - The River Blog</title>
            <meta property="og:title" content="River people: Ada Moss"></head><body>
            <header><h1>The River Blog</h1></header>
            <article><h1>River people: Ada Moss</h1>
            <p>Ada Moss has rowed on the river for forty years and knows every stone of it, she says, by name.</p></article>
            </body></html>
            """;

        Interviews.Parse(html).Headline.Should().Be("River people: Ada Moss");
    }

    [Fact]
    public void Without_title_metadata_a_site_name_h1_does_not_win_over_the_h1_that_matches_the_title()
    {
        // No og:title or JSON-LD: the <title> alone ("Article | Site") is asked, and the logo h1 matches its tail only.
        // Taken for the headline, the site's name would give way to the bold name line just above the text.
        const string html = """
            <html><head><title>River people: Ada Moss | the-river-journal</title></head><body>
            <div><h1><a href="/">the-river-journal</a></h1><p>Stories from the water</p></div>
            <div><div><h1>River people: Ada Moss</h1><p>June 3, 2020 · by Tom Berg · in Portraits</p></div>
            <p><strong>Ada Moss,</strong></p>
            <div><p>born in a boathouse by the mill, has rowed on the river for forty years.</p>
            <p><b>Ms Moss, what brought you to the river in the first place, so many years ago?</b></p>
            <p>My uncle had a boat, and every summer we rowed from the mill down to the old bridge and back again.</p>
            <p><b>Do you still row every week, even in the cold months of the year?</b></p>
            <p>Every Sunday morning, unless the water is too high after the spring rain in the mountains.</p>
            <p><b>What would you tell somebody who wants to start rowing at your age?</b></p>
            <p>Start on calm water, and find someone who knows the river, because the river always knows more than you.</p>
            </div></div></body></html>
            """;

        Interviews.Parse(html).Headline.Should().Be("River people: Ada Moss");
    }

    [Fact]
    public void Text_headline_repeated_in_a_feed_line_beats_a_menu_line()
    {
        string text = $"""
            #River Blog » Feed River Blog » River people: rowing against the current
            Home
            About the blog
            Contact the editors

            River people: rowing against the current

            {Answers}
            """;

        Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Headline.Should().Be("River people: rowing against the current");
    }

    [Theory]
    [InlineData("Low tide at dawn.")]
    [InlineData("Harbour walks (3)")]
    public void A_title_the_header_links_name_is_the_headline_however_short_or_closed_with_a_stop(string title)
    {
        // A blog's feed links name the post; its title may end with a stop or be two words and a number.
        string text = $"""
            #Harbour Notes » Feed Harbour Notes » Comments Feed Harbour Notes » {title} Comments Feed
            Harbour Notes
            Small stories from the quay
            About this blog
            Imprint
            {title}
            Posted on 3 June 2020 by Ada

            {Answers}
            """;

        Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Headline.Should().Be(title);
    }

    [Theory]
    [InlineData("Home / Harbour / Ferries return to the island for the summer", "Good news for islanders Ferries return to the island for the summer", "Ferries return to the island for the summer")]
    [InlineData("Ferries return to the island for the summer - Harbour News", "Good news for islanders Ferries return to the island for the summer", "Ferries return to the island for the summer")]
    [InlineData("Home / Harbour / Ferries return to the island for the summer", "Good news – Ferries return to the island for the summer", "Good news – Ferries return to the island for the summer")]
    public void A_kicker_run_into_the_headline_line_is_cut_off_where_the_page_names_the_headline_alone(string row, string line, string expected)
    {
        // A text scrape prints the kicker and the headline on one line, with no separator between them; a breadcrumb's
        // last step or a row "Headline - Site" nearby names the headline on its own. A lead-in joined by a dash stays.
        string text = $"""
            Harbour News
            {row}
            {line}
            June 3, 2020

            {Answers}
            """;

        Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Headline.Should().Be(expected);
    }

    [Fact]
    public void A_photo_caption_naming_a_person_is_not_the_headline()
    {
        string text = $"""
            Rowing against the current for forty years

            Ada Moss, founder of the rowing club
            Photo: River Blog

            {Answers}
            """;

        Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Headline.Should().Be("Rowing against the current for forty years");
    }

    [Fact]
    public void A_caption_printed_twice_around_its_picture_credit_is_not_a_repeated_title()
    {
        // A text browser prints a picture's alt text, its credit and its caption: the caption's copy is no title's copy.
        string text = $"""
            Rowing on the river every Sunday morning

            Two friends on the pier in the evening light
            © Harbour Photo Agency
            Two friends on the pier in the evening light

            {Answers}
            """;

        Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Headline.Should().Be("Rowing on the river every Sunday morning");
    }

    [Fact]
    public void A_title_over_its_date_line_is_found_above_a_long_menu()
    {
        // Forty one-word menu entries stand between the title and the text: the title's date line vouches for it.
        string menu = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Section{i}"));
        string text = $"""
            Rowing on the river at seventy
            June 3, 2020

            {menu}

            {Answers}
            """;

        Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Headline.Should().Be("Rowing on the river at seventy");
    }

    [Fact]
    public void A_headline_that_is_only_the_site_name_gives_way_to_the_styled_title_above_the_article()
    {
        const string html = """
            <html><head><title>HARBOUR • Harbour Magazine</title><meta property="og:site_name" content="Harbour Magazine">
            <meta property="og:title" content="Harbour Magazine"></head><body>
            <header><h1>Harbour Magazine</h1></header>
            <section class="story">
            <p><em>Before and after</em></p>
            <div class="text">
            <p>Some events cut a life in two, into a before and an after, and the storm of that winter was one of them for her.</p>
            <p>Twenty years later the captain sits on the sofa of her house by the pier and tells the story, slowly, with coffee.</p>
            </div></section></body></html>
            """;

        Interviews.Parse(html).Headline.Should().Be("Before and after");
    }
}

/// <summary>The site's own name is never the headline.</summary>
public class SiteNameHeadlineTests
{
    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Harbour Post\">")]
    [InlineData("<link rel=\"canonical\" href=\"https://www.harbourpost.example/2020/05/ferry\">")]
    public void A_heading_that_is_the_site_name_gives_way_to_the_title_metadata(string head)
    {
        string page = $"""
            <html><head><title>Ferry returns to the old pier | Harbour Post</title>
            <meta property="og:title" content="Ferry returns to the old pier">{head}</head><body>
            <h1>Harbour Post</h1>
            <article><p>The ferry returned to the old pier on Monday morning, after two years at the temporary landing in the river mouth.</p>
            <p>Passengers cheered as the boat moored, and the captain sounded the horn three times, as the old custom wants.</p></article>
            </body></html>
            """;

        Interviews.Parse(page).Headline.Should().Be("Ferry returns to the old pier");
    }

    [Theory]
    [InlineData("Ferry timetables | ")]
    [InlineData("Ferry timetables -")]
    [InlineData("Ferry timetables – ")]
    public void A_title_whose_site_part_is_empty_keeps_no_dangling_separator(string title)
    {
        string page = $"""
            <html><head><title>{title}</title></head><body>
            <p>The ferry leaves the old pier every hour from six in the morning, and the last boat back sails at midnight.</p>
            <p>In winter the timetable thins out to one boat every two hours, and the night crossing stops until the spring.</p>
            </body></html>
            """;

        Interviews.Parse(page).Headline.Should().Be("Ferry timetables");
    }

    [Theory]
    [InlineData("Crossings 1990 - 2020", "Crossings 1990 - 2020")]
    [InlineData("A/B tests for ferry signs /", "A/B tests for ferry signs")]
    public void Only_a_separator_after_a_space_closing_the_title_is_trimmed(string headline, string expected) =>
        InterviewParser.Metadata.HeadlineExtractor.TrimDanglingSeparator(headline).Should().Be(expected);
}

/// <summary>Headlines of text-browser scrapes: the rows around a title are not the title.</summary>
public class TextScrapeHeadlineTests
{
    /// <summary>The headline the parser gives a text scrape.</summary>
    private static string? HeadlineOf(string scrape) => Interviews.Parse(scrape, new ParseOptions { Format = Model.DocumentFormat.Text }).Headline;

    private static string Page(string above) => $"""
        {above}

        A day at the fish market: how the harbour wakes up

        The first boats leave before sunrise, and by six the quay is already full of crates, nets and people shouting prices at each other.

        By noon the market is over, the gulls take what is left, and the harbour falls quiet until the evening tide comes in again.

        Most of the traders have worked here for decades, and many of them learned the trade from their parents on the same stones.
        """;

    [Theory]
    [InlineData("Home News Coast A day at the fish market: how the harbour wakes up")]
    [InlineData("Coast · Anna Lund, Tom Berg")]
    [InlineData("mandag 5. august kl. 14:47")]
    [InlineData("(BUTTON) Copy link")]
    [InlineData("Harbour at dawnHarbour at dawn")]
    [InlineData("INTERVIEWEE: Anna Lund")]
    [InlineData("Interviewer: Tom Berg")]
    public void A_row_near_the_title_is_not_taken_for_it(string row)
    {
        var result = Interviews.Parse(Page(row), new ParseOptions { Format = Model.DocumentFormat.Text });

        result.Headline.Should().Be("A day at the fish market: how the harbour wakes up");
    }

    [Theory]
    [InlineData("– The sea has changed", "– The sea has changed")] // a quote opened by a dash, as Scandinavian papers print it
    [InlineData("– the sea has changed", null)] // a list item: the dash is its bullet
    public void A_headline_that_opens_a_quote_with_a_dash_is_read_in_a_text_scrape(string line, string? expected)
    {
        string scrape = $"""
            {line}

            A fisherman who has worked off the coast for forty years is now slowing down, and he tells us why.

            By Anna Lund

            The ferries stop in winter because the crossings are too rough for the small boats, and because too few people travel in the dark months.
            """;

        HeadlineOf(scrape).Should().Be(expected);
    }

    [Theory]
    [InlineData("Guest: Anna Lund, harbour historian")]
    [InlineData("Invitée : Anne Lund, historienne du port")]
    public void A_header_field_naming_a_guest_and_her_title_is_not_the_headline(string field)
    {
        string transcript = $"""
            The harbour hour

            Broadcast of 3 February 2024

            {field}
            Host: Tom Berg

            Tom Berg: Welcome to the programme.

            Anna Lund: Thank you for having me.

            Tom Berg: When did the old harbour close?

            Anna Lund: In the winter of 1961, after the last storm had broken the outer wall.
            """;

        HeadlineOf(transcript).Should().Be("The harbour hour");
    }

    [Theory]
    [InlineData("Harbour Talk, episode 12: The last ferryman", "Harbour Talk, episode 12: The last ferryman")] // a show's episode line
    [InlineData("Anna Lund, harbour historian: What the old wall kept out", "Anna Lund, harbour historian: What the old wall kept out")]
    [InlineData("Anna Lund, harbour historian", null)] // a name and a title, no more: a name plate
    [InlineData("Harbour Talk, episode 12", "Harbour Talk, episode 12")] // a show's numbered part, no more: no name plate
    [InlineData("Anna Lund, harbour historian 12", null)]
    public void A_name_and_title_followed_by_a_colon_and_a_title_opens_a_transcript_as_its_headline(string line, string? expected)
    {
        string transcript = $"""
            {line}

            Tom Berg: Welcome to the programme.

            Anna Lund: Thank you for having me.

            Tom Berg: When did the old harbour close?

            Anna Lund: In the winter of 1961, after the last storm had broken the outer wall.
            """;

        HeadlineOf(transcript).Should().Be(expected);
    }

    [Theory]
    [InlineData("Roundtable: Who will mend the sea wall?", "Roundtable: Who will mend the sea wall?")] // a format's word, then the title
    public void A_line_opening_with_a_word_and_a_colon_over_the_byline_is_the_headline_unless_its_label_speaks_again(string line, string? expected)
    {
        string scrape = $"""
            {line}

            By Karen Holt, March 4, 2024

            Tom Berg: Let us start with the obvious question. Can the wall be saved?

            Rita Holm: It can, if the money comes this year. Every storm takes another stone.

            Tom Berg: And if it does not come?

            Rita Holm: Then the old quay floods twice a year instead of once in ten.
            """;

        HeadlineOf(scrape).Should().Be(expected);
    }

    [Fact]
    public void A_first_turn_over_a_line_that_names_a_date_is_not_the_headline_where_its_speaker_speaks_again()
    {
        const string transcript = """
            Tom Berg: Good evening from the harbour

            Rita Holm: Good evening, Tom.

            Tom Berg: It is the 4th of March 2024, and the tide is high.

            Rita Holm: Higher than it has been for ten years, and the old wall is the only thing between it and the town.
            """;

        HeadlineOf(transcript).Should().BeNull();
    }

    [Theory]
    [InlineData("River ferries", "River ferries")] // a title of two words over the sentence that leads into the text
    [InlineData("river ferries", null)] // in small letters: a tag or a menu's word, not a title
    public void A_two_word_title_opening_a_text_over_its_standfirst_is_the_headline(string line, string? expected)
    {
        string text = $"""
            {line}

            A fisherman who has worked off the coast for forty years is now slowing down, and he tells us why.

            What brought you to the river?

            My uncle had a boat, and every summer we rowed from the mill down to the old bridge and back again.
            """;

        HeadlineOf(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Das Haus der Fischer", "Das Haus der Fischer")] // capitals and a particle as a name has them, but no name opens with an article
    [InlineData("Die Frau, die Fähren steuert", "Die Frau, die Fähren steuert")] // a name's shape before a comma
    [InlineData("The Harbour Gazette", null)] // an outlet's name, capitalised throughout
    [InlineData("Jonas van der Feld", null)] // a name with its particles in small letters: a byline, not a title
    public void A_title_opening_with_an_article_is_no_name_even_with_a_names_capitals(string line, string? expected)
    {
        string text = $"""
            {line}

            Seit zwanzig Jahren führt Mara Lund die Fähre über den Fjord. Ein Gespräch über Wind, Wetter und Geduld.

            Frau Lund, wie sind Sie zur Fähre gekommen?

            Über meinen Onkel. Er hatte ein Boot, und jeden Sommer fuhren wir von der Mühle hinunter zur alten Brücke.
            """;

        HeadlineOf(text).Should().Be(expected);
    }

    [Fact]
    public void A_question_over_the_byline_is_the_headline_even_where_the_text_starts()
    {
        const string scrape = """
            Home
            Contact

            Why do the ferries stop in winter?

            By Anna Lund on 5 August 2019

            The ferries stop in winter because the crossings are too rough for the small boats, and because too few people travel in the dark months.

            The council has tried twice to keep a night boat running, and twice the boat sailed almost empty from November to March.
            """;

        HeadlineOf(scrape).Should().Be("Why do the ferries stop in winter?");
    }

    [Fact]
    public void A_question_over_a_standfirst_and_the_interviews_credit_is_the_headline_even_where_the_text_starts()
    {
        // The credit line belongs to the article's header as a byline does: the question over it is the title, not the first turn.
        const string scrape = """
            Home Politics Culture

            Debate: Who should pay for the new bridge?

            A shipowner and a cyclist argue about tolls, lanes and the ferry that the bridge would replace.

            Interview: Mara Holt

            Ms Berg, Mr Lind, how did you get here today?

            Berg: By car, as every day. The ferry was late again.

            Lind: By bike, over the old bridge. It took eleven minutes.

            Should the bridge charge a toll?

            Berg: Only for lorries. They wear the road down, not the cars.

            Lind: For nobody. A toll would send the traffic back to the ferry.
            """;

        HeadlineOf(scrape).Should().Be("Debate: Who should pay for the new bridge?");
    }

    [Fact]
    public void A_question_put_to_the_guest_over_a_standfirst_is_the_headline_where_the_labelled_dialogue_opens_below()
    {
        // The question opens the text's run, but the dialogue opens on the outlet's labelled question under the standfirst.
        const string scrape = """
            Home News Business Culture

            Business · Lena Park

            Is the old harbour finished, Mr Holm?
            The port authority wants to move the ferries out of the city centre. Its director explains why he thinks that is good news.

            Gazette: Mr Holm, the ferries have docked in the old harbour for a hundred years. Why move them now?

            Holm: Because the ships have outgrown it. The newest ferries are so long that they cannot turn in the basin without tugs.

            Gazette: The shop owners on the quay are worried. What do you tell them?

            Holm: That the quay will be busier than before, with people instead of lorries, and a market hall on the old pier.
            """;

        HeadlineOf(scrape).Should().Be("Is the old harbour finished, Mr Holm?");
    }

    [Fact]
    public void A_markdown_title_heading_that_a_breadcrumb_above_repeats_is_the_headline_inside_the_text()
    {
        // A page saved as Markdown: the logo's heading in a link card at the top, a menu, a breadcrumb list whose last
        // item is the title, and the title's heading a few lines into the text's run. The heading is the headline.
        const string page = """
            Skip to content

            [ ![Harbour News](/img/logo.svg)

            # Harbour News

            ](https://example.org)

            [ Sign in ](/login)

              * [ Coast ](/coast)
              * [ Ferries ](/ferries)
              * [ Weather ](/weather)

              1. [Coast](https://example.org/coast)
              2. [Ferries](https://example.org/coast/ferries)
              3. Why do the ferries stop in winter?

            ### Read also: the new pier

            # Why do the ferries stop in winter?

            Published on 03.02.2022 by Anna Lund

            The ferries stop in winter because the crossings are too rough for the small boats, and because too few people travel in the dark months.

            The council has tried twice to keep a night boat running, and twice the boat sailed almost empty from November to March.
            """;

        var result = Interviews.Parse(page, new ParseOptions { Format = Model.DocumentFormat.Text });

        result.Headline.Should().Be("Why do the ferries stop in winter?");
    }

    [Fact]
    public void A_caption_printed_again_with_its_picture_credit_is_not_the_headline()
    {
        const string scrape = """
            Three questions for the harbour master

            How will the new pier change the town? We asked the harbour master, who has run the port for twenty years.

            Anna Lund, Harbour Master
            Anna Lund, Harbour Master, Photo: Harbour Weekly

            Harbour

            Anna Lund has run the port of Harbour Town for twenty years, and she has seen the pier rebuilt twice after winter storms.

            She will retire next spring, when the new pier opens, and hand the port over to her deputy of many years.
            """;

        HeadlineOf(scrape).Should().Be("Three questions for the harbour master");
    }

    [Theory]
    [InlineData("(Photo by Tom Berg)")]
    [InlineData("(Credit: Harbour Agency)")]
    [InlineData("(Foto: Hafenamt)")]
    public void A_caption_ending_with_its_picture_credit_is_not_the_headline(string credit)
    {
        string scrape = $"""
            Harbour opens new pier

            Share
            Tweet
            Email

            The new pier of Harbour Town opened on Monday morning after the winter storm {credit}

            The new pier of Harbour Town opened on Monday morning, two years after the winter storm destroyed the old one.

            The harbour master said the new pier would take the ferries from the spring on, and the fishing boats a month later.
            """;

        HeadlineOf(scrape).Should().Be("Harbour opens new pier");
    }

    [Theory]
    [InlineData("Why the harbour office went open source")]
    [InlineData("How the ferry company won back its credit")]
    public void A_title_ending_with_a_picture_word_is_still_a_title(string title)
    {
        string scrape = $"""
            {title}

            By Jane Roe

            The harbour office of Harbour Town changed how it works this year, and the ferry company changed its books.

            The harbour master said the office would keep the new ways, and the ferry company would report again in spring.
            """;

        HeadlineOf(scrape).Should().Be(title);
    }

    /// <summary>The text of a scrape: two paragraphs of a local news report.</summary>
    private const string MarketReport = "The council voted on Tuesday evening to rebuild the old fish market, which has stood empty since the storm "
        + "two winters ago.\n\nThe market will reopen next spring with room for thirty traders, and the council will pay for the new roof "
        + "from the harbour fund.";

    [Fact]
    public void A_line_the_comment_feed_names_is_the_headline_of_a_text_scrape()
    {
        // A text browser prints the header links' titles first: the site's feeds, and the comment feed of the article,
        // which carries its title. Above the text stand the site's name and a call to join a newsletter.
        string scrape = $"""
            #Harbour Weekly » Feed Harbour Weekly » Comments Feed Harbour Weekly » Who pays for the fish market? Comments Feed alternate alternate

            Harbour Weekly

            Join the 600 readers of our weekly letter

            Who pays for the fish market?

            {MarketReport}
            """;

        HeadlineOf(scrape).Should().Be("Who pays for the fish market?");
    }

    [Fact]
    public void A_title_named_by_the_header_links_is_found_above_a_long_run_of_page_furniture()
    {
        // Forty rows of archive links stand between the title and the text.
        string archive = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Archive {2000 + i}"));
        string scrape = $"""
            #Harbour Weekly » Feed Harbour Weekly » Comments Feed Harbour Weekly » Who pays for the fish market? Comments Feed alternate

            Who pays for the fish market?

            {archive}

            {MarketReport}
            """;

        HeadlineOf(scrape).Should().Be("Who pays for the fish market?");
    }

    [Fact]
    public void The_site_name_that_stands_before_each_feed_in_the_header_links_is_not_the_headline()
    {
        // The header links name the site before each of its feeds; a line with that name over the text is the masthead.
        string scrape = $"""
            #Harbour Weekly of the North » Feed Harbour Weekly of the North » Comments Feed alternate alternate

            Menu

            The fish market gets a new roof

            Harbour Weekly of the North

            {MarketReport}
            """;

        HeadlineOf(scrape).Should().Be("The fish market gets a new roof");
    }

    [Fact]
    public void The_feed_link_line_a_text_browser_prints_first_is_never_the_headline()
    {
        // Nothing else above the text looks like a title: no headline is better than the feed line.
        const string scrape = """
            #Harbour Weekly » Feed Harbour Weekly » Comments Feed

            Home
            Contact

            The council voted on Tuesday evening to rebuild the old fish market, which has stood empty since the storm two winters ago.

            The market will reopen next spring with room for thirty traders, and the council will pay for the new roof from the harbour fund.
            """;

        HeadlineOf(scrape).Should().BeNull();
    }

    [Fact]
    public void A_headline_under_a_breadcrumb_row_that_ends_with_it_is_still_the_headline()
    {
        // The site's name is repeated in a feed link at the top, as scrapes print them; the breadcrumb's items run
        // together, as they do when only style sheets separated them.
        const string scrape = """
            #alternate Harbour Weekly | News from the northern coast - RSS

            Home
            Latest
            Contact

            Harbour Weekly | News from the northern coast

            Home
            Latest
            Coast
            Sports

            HomeCoastCouncil votes to rebuild the old fish market

            Council votes to rebuild the old fish market

            Harbour Weekly, 5 August 2019

            The council voted on Tuesday evening to rebuild the old fish market, which has stood empty since the storm two winters ago.

            The market will reopen next spring with room for thirty traders, and the council will pay for the new roof from the harbour fund.

            Traders who sold from the quay in the meantime welcomed the vote, though several said the rents should stay as they were before.
            """;

        HeadlineOf(scrape).Should().Be("Council votes to rebuild the old fish market");
    }

    [Fact]
    public void The_title_over_the_byline_and_reading_time_beats_a_caption_that_runs_into_the_text()
    {
        const string scrape = """
            Ferries stop for the winter

            By Anna Lund

            4 min read

            Captain Tom Berg on the northern quay of Harbour Town on Monday morning

            Captain Tom Berg stood on the northern quay of Harbour Town on Monday morning and watched the last ferry leave for the winter.

            The crossings stop until March, and Captain Tom Berg will spend the winter months repairing the boats on the northern quay.

            Harbour Town has known such winters before, Captain Tom Berg says, and the ferries always came back on Monday mornings in spring.
            """;

        HeadlineOf(scrape).Should().Be("Ferries stop for the winter");
    }

    /// <summary>A byline and three paragraphs of an article, to stand under the rows each test puts above them.</summary>
    private const string FerryArticle = """
        By Anna Lund

        Captain Tom Berg stood on the northern quay of Harbour Town on Monday morning and watched the last ferry leave for the winter.

        The crossings stop until March, and the crews will spend the winter months repairing the boats on the northern quay.

        Harbour Town has known such winters before, and the ferries always came back on Monday mornings in spring.
        """;

    [Fact]
    public void An_item_of_a_menu_printed_twice_is_not_the_title_repeated_near_the_text()
    {
        // A menu for wide screens at the top and the same menu for narrow screens right above the article.
        const string menu = """
            News
            Harbour festival programme
            Ferries
            """;
        string scrape = $"""
            Harbour Weekly

            {menu}

            Search
            Log in
            Subscribe
            Weather
            Tides
            Contact

            {menu}

            The ferries stop running for the winter

            """ + FerryArticle;

        HeadlineOf(scrape).Should().Be("The ferries stop running for the winter");
    }

    [Fact]
    public void A_share_button_of_a_row_whose_lines_end_alike_is_not_the_headline()
    {
        // A text browser prints each share button's hidden label; the last one stands nearest the text.
        const string scrape = """
            Ferries stop for the winter

            Share this:

            Post to Harbourbook (opens in a new window)
            Send to Quaynet (opens in a new window)
            Pin to Dockboard (opens in a new window)


            """ + FerryArticle;

        HeadlineOf(scrape).Should().Be("Ferries stop for the winter");
    }

    [Fact]
    public void An_item_of_a_numbered_list_is_not_the_headline()
    {
        // A numbered box of other articles printed just above the text: its last item stands nearest.
        const string scrape = """
            Ferries stop for the winter

            Most read

            1. The lighthouse gets a new lamp after forty years
            2. Fishing quotas for the coming spring are cut again
            3. A new bakery opens on the corner of the market square


            """ + FerryArticle;

        HeadlineOf(scrape).Should().Be("Ferries stop for the winter");
    }

    [Fact]
    public void A_numbered_breadcrumb_that_ends_with_the_title_still_leads_to_it()
    {
        // Its items printed as a list, the last two run together on one line.
        const string scrape = """
            1. Home
            2. Harbour news 3. The winter timetable of the island ferries begins on Monday

            The winter timetable of the island ferries begins on Monday

            Captain Tom Berg stood on the northern quay of Harbour Town on Monday morning and watched the last ferry leave for the winter.

            The crossings stop until March, and the crews will spend the winter months repairing the boats on the northern quay.
            """;

        HeadlineOf(scrape).Should().Be("The winter timetable of the island ferries begins on Monday");
    }

    [Fact]
    public void A_button_of_a_share_row_printed_twice_is_not_a_repeated_title()
    {
        const string scrape = """
            Harbour Weekly

            Menu
            Search

            Share this:

            Post this story to the town board (new window)
            Send this story to a friend (new window)
            Print

            Share this:

            Post this story to the town board (new window)
            Send this story to a friend (new window)
            Print

            Ferries stop for the winter

            By Anna Lund

            Name ____________________
            Comment ____________________

            The last ferry left the northern quay of Harbour Town on Monday morning, and the crossings stop until March.

            Captain Tom Berg will spend the winter months repairing the boats, as he has done for twenty years on the same quay.

            The ferries always came back in spring, he says, and the town waits for them every year with a small festival.
            """;

        HeadlineOf(scrape).Should().Be("Ferries stop for the winter");
    }

    [Fact]
    public void A_short_title_printed_alone_under_a_breadcrumb_row_that_ends_with_it_is_the_headline()
    {
        const string scrape = """
            Skip to content

            Home » Cakes and Tarts » Lemon Tart

            Lemon Tart

            Jump to Recipe

            A lemon tart needs only a few things: a crisp shortcrust pastry, fresh lemons, eggs, sugar and some patience while it sets.

            Bake the pastry case blind first, so that the lemon filling does not soak into it and the base stays crisp after cooling.

            Whisk the eggs with the sugar, the lemon juice and the cream, pour the filling into the case and bake it until it just sets.
            """;

        HeadlineOf(scrape).Should().Be("Lemon Tart");
    }

    [Fact]
    public void The_title_whose_words_the_opening_paragraphs_take_up_beats_a_caption_nearer_the_text()
    {
        const string scrape = """
            Harbour town council votes to rebuild the old fish market

            Updated 5 August, 14:47

            Gulls over the quay at low tide

            The town council voted on Tuesday evening to rebuild the old fish market, which has stood empty since the storm two winters ago.

            The market will reopen next spring with room for thirty traders, and the council will pay for the new roof from the harbour fund.

            Traders who sold from the quay in the meantime welcomed the vote, though several said the rents should stay as they were before.
            """;

        HeadlineOf(scrape).Should().Be("Harbour town council votes to rebuild the old fish market");
    }

    [Fact]
    public void A_header_of_many_short_rows_does_not_push_the_title_out_of_reach()
    {
        // Between the title and the text: a kicker, a standfirst and a header printed as one- and two-word rows, then a
        // title-like line of the author's roles right above the text. The short rows count half of a line's distance.
        const string scrape = """
            Market traders bring the harbour boats in before sunrise

            Reportage

            We spent a morning on the quay with the people who sell the night's catch, from the first boat to the last crate.

            Author

            Tom Berg

            Photos

            Anna Lund

            Published

            5 August

            Reading time

            4 minutes

            Share

            Print

            Comments

            Subscribe

            Photographer and writer from the north

            The first boats come in before sunrise, and by six the quay is already full of crates, nets and traders shouting prices.

            By noon the market is over, the gulls take what is left, and the harbour falls quiet until the evening tide comes in again.

            Most of the traders at the market have worked here for decades, and many learned the trade from their parents on the quay.
            """;

        HeadlineOf(scrape).Should().Be("Market traders bring the harbour boats in before sunrise");
    }

    [Fact]
    public void A_title_in_french_quotes_is_not_a_breadcrumb_row()
    {
        // « … » quote the title's first part; the name it ends with, printed alone under a pull quote, is not the title.
        const string scrape = """
            « Le port se réveille avant nous ». Une matinée avec Anna Lund

            Les premiers bateaux rentrent avant l'aube, et le quai se remplit de caisses, de filets et de marchands qui crient leurs prix.

            À midi le marché est fini, les mouettes prennent ce qui reste, et le port se tait jusqu'à la marée du soir.

            Le port se réveille avant nous.

            Anna Lund

            La plupart des marchands travaillent ici depuis des décennies, et beaucoup ont appris le métier de leurs parents sur ce quai.
            """;

        HeadlineOf(scrape).Should().Be("« Le port se réveille avant nous ». Une matinée avec Anna Lund");
    }

    /// <summary>A text scrape that opens with a headline quoting the guest, a short dek under it, a byline and the Q&amp;A.</summary>
    internal static string QuotedHeadlineOverDek(string headline, string dek) => $"""
        {headline}

        {dek}

        Von Jonas Keller

        Anna Berger leitet seit Jahren das Planungsamt der Stadt und gilt als Verfechterin autofreier Quartiere am Fluss.

        Frau Berger, warum stehen so viele Läden am Markt leer?

        Weil wir die Mitte der Stadt jahrzehntelang nur als Ort zum Einkaufen gedacht haben. Wenn der Handel geht, bleibt dort nichts.

        Was wäre die Alternative?

        Wohnen, Arbeiten und Kultur, alles gemischt und nah beieinander. Das ist nicht neu, aber wir haben es verlernt.

        Und wer soll das bezahlen?

        Zuerst die Stadt, die die leeren Häuser kauft, und dann die Leute, die dort wohnen und arbeiten wollen.
        """;

    [Theory]
    [InlineData("„Wir haben es verlernt“", "Die Stadtplanerin Anna Berger über leere Läden")]
    [InlineData("\"We simply forgot how\"", "A town planner on empty shops and the market")]
    public void A_headline_that_quotes_the_guest_wins_over_the_short_dek_under_it(string headline, string dek)
    {
        // The dek names the guest and so shares more words with the text; a quotation is never a kicker, so the line above wins.
        var result = Interviews.Parse(QuotedHeadlineOverDek(headline, dek), new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be(headline);
    }

    [Theory]
    [InlineData("Interview | Why the market squares stand empty", "Why the market squares stand empty")]
    [InlineData("Entrevista: Por qué las plazas están vacías", "Por qué las plazas están vacías")]
    [InlineData("Interview: „Wir haben es verlernt“", "„Wir haben es verlernt“")]
    public void The_formats_name_printed_before_the_title_is_no_part_of_the_headline(string line, string expected)
    {
        // A kicker naming the format, run into the title line with a bar or colon.
        const string standfirst = "Die Stadtplanerin Anna Berger spricht über leere Läden am Markt.";
        var result = Interviews.Parse(QuotedHeadlineOverDek(line, standfirst), new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be(expected);
        result.Lead.Should().StartWith(standfirst);
    }

    [Fact]
    public void Under_a_quotation_after_the_formats_name_the_short_dek_is_the_lead()
    {
        const string dek = "Die Stadtplanerin Anna Berger über leere Läden";
        var result = Interviews.Parse(QuotedHeadlineOverDek("Interview: „Wir haben es verlernt“", dek), new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be("„Wir haben es verlernt“");
        result.Lead.Should().StartWith(dek);
    }
}

/// <summary>HTML headlines checked against the page's own title metadata: kickers, site-name and widget h1s, bylines.</summary>
public class TitleMetadataHeadlineTests
{
    // An article whose headline is an h2 equal to og:title, followed by `tail` (another heading below it).
    private static string SubheadingPage(string top, string tail) => $"""
        <html><head><title>River people - The River Blog</title>
        <meta property="og:title" content="River people: Ada Moss"></head><body>
        {top}
        <article><h2>River people: Ada Moss</h2>
        <p>Ada Moss has rowed on the river for forty years and knows every stone of it, she says, by name.</p>
        <p>She learned it from her uncle, who kept a small boat at the mill and took her out every summer morning.</p></article>
        {tail}
        </body></html>
        """;

    [Fact]
    public void An_h1_below_the_article_yields_to_the_heading_that_equals_the_title_metadata()
    {
        // The only h1 titles the comment form under the article.
        var html = SubheadingPage("", "<section><h1>Leave a comment</h1><form><textarea></textarea></form></section>");

        Interviews.Parse(html).Headline.Should().Be("River people: Ada Moss");
    }

    [Fact]
    public void An_h1_above_a_heading_that_equals_the_title_metadata_stays_the_headline()
    {
        // The h1 comes first: a later heading that happens to equal og:title does not displace it.
        var html = SubheadingPage("<h1>Forty years on the river</h1>", "");

        Interviews.Parse(html).Headline.Should().Be("Forty years on the river");
    }

    [Theory]
    [InlineData("<span class=\"kicker\">Harbour news</span> The ferry returns after two winters", "The ferry returns after two winters")]
    [InlineData("<span>4 May 2021</span>The ferry returns after two winters", "The ferry returns after two winters")]
    [InlineData("Harbour news: The ferry returns after two winters", "Harbour news: The ferry returns after two winters")]
    [InlineData("Review – The ferry returns after two winters", "Review – The ferry returns after two winters")]
    public void A_kicker_run_together_with_the_headline_in_the_h1_is_not_part_of_it(string h1, string expected)
    {
        // og:title holds the headline alone; a kicker or date run into the h1 before it is dropped, a lead-in joined by a
        // colon or dash belongs to the headline.
        string html = $"""
            <html><head><title>The ferry returns after two winters - Harbour Times</title>
            <meta property="og:title" content="The ferry returns after two winters"></head><body>
            <article><h1>{h1}</h1>
            <p>After two winters in the shipyard, the old ferry sailed again on Monday, carrying forty passengers across the bay.</p>
            <p>The crossing had been suspended when the hull cracked during a storm, and the schoolchildren took a longer bus route.</p></article>
            </body></html>
            """;

        var result = Interviews.Parse(html);

        result.Headline.Should().Be(expected);
        result.Body.Should().NotContain("Harbour news").And.NotContain("4 May 2021");
    }

    [Theory]
    [InlineData("<span>Harbour news</span>The ferry returns after two winters")]
    [InlineData("<span>After the storm, harbour news</span> The ferry returns after two winters")]
    public void A_kicker_the_title_metadata_gives_before_a_colon_is_dropped_from_the_h1(string h1)
    {
        string html = $"""
            <html><head><meta property="og:title" content="Harbour news: The ferry returns after two winters"></head><body>
            <article><h1>{h1}</h1>
            <p>After two winters in the shipyard, the old ferry sailed again on Monday, carrying forty passengers across the bay.</p></article>
            </body></html>
            """;

        Interviews.Parse(html).Headline.Should().Be("The ferry returns after two winters");
    }

    [Fact]
    public void A_byline_above_the_article_never_stands_in_for_a_site_name_headline()
    {
        const string html = """
            <html><head><title>The River Blog</title><meta property="og:site_name" content="The River Blog">
            <meta property="og:title" content="Forty years on the river"></head><body>
            <header><h1>The River Blog</h1></header>
            <p><em>By Ada Moss</em></p>
            <article><p>Ada Moss has rowed on the river for forty years and knows every stone of it, she says, by name.</p>
            <p>She learned it from her uncle, who kept a small boat at the mill and took her out every summer morning.</p></article>
            </body></html>
            """;

        Interviews.Parse(html).Headline.Should().Be("Forty years on the river");
    }

    /// <summary>A text scrape: a menu, a title line, the standfirst under it (sentence case, no stop), a date, the text.</summary>
    private static string ScrapeWithTitleOverStandfirst(string above, string title) => $"""
        Home
        Rivers
        Weather

        {above}

        {title}

        3 June 2020

        After forty years on the water the ferryman talks about the floods, the low summers and the last passengers he carried across the river.

        How did the river change in your years on the ferry?

        The floods came more often, and the low summers left the crossing dry for weeks. The passengers changed less than the river did.

        What do you remember of the last crossing?

        A schoolteacher with a bicycle, and the fog so thick that the far bank showed only when we touched it.
        """;

    private const string Standfirst = "After forty years on the water the ferryman talks about floods and the last passengers he carried across the river";

    [Fact]
    public void A_title_line_over_a_standfirst_that_runs_on_as_a_sentence_is_the_headline()
    {
        const string title = "Where nothing moves fast: a visit to the old crossing at Mill Bend and the man who ran it";

        var result = Interviews.Parse(ScrapeWithTitleOverStandfirst(title, Standfirst), new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be(title);
    }

    [Fact]
    public void A_short_kicker_over_the_headline_does_not_take_its_place()
    {
        const string kicker = "Portrait of a ferryman";

        var result = Interviews.Parse(ScrapeWithTitleOverStandfirst(kicker, Standfirst), new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be(Standfirst);
    }

    [Fact]
    public void A_line_the_page_prints_twice_stays_the_headline_under_a_line_of_its_length()
    {
        const string above = "Where nothing moves fast: a visit to the old crossing at Mill Bend and the man who ran it";
        string page = Standfirst + "\n\n" + ScrapeWithTitleOverStandfirst(above, Standfirst);

        var result = Interviews.Parse(page, new ParseOptions { Format = DocumentFormat.Text });

        result.Headline.Should().Be(Standfirst);
    }
}
