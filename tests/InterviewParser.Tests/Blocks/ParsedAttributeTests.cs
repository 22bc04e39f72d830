using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

public class ParsedAttributeTests
{
    [Fact]
    public void The_attributes_the_reading_uses_survive_the_parse()
    {
        const string page = """
            <html lang="de"><head><title>T</title><link rel="canonical" href="https://example.org/a/b">
            <meta property="og:title" content="Meta title"><meta name="description" content="A description"><script type="application/ld+json">{"headline":"H"}</script></head>
            <body><article class="story"><p class="q-question" data-x="1"><a href="/elsewhere" title="2021-03-04T05:06">Asked?</a></p>
            <img src="/media/2021/03/04/pic.jpg" srcset="a 1x"><div hidden><p>Hidden text</p></div>
            <p style="display:none">Invisible</p><p itemprop="datePublished" content="2021-03-04">Shown</p></article></body></html>
            """;

        var doc = HtmlBlockBuilder.Build(page, CancellationToken.None);

        doc.CanonicalUrl.Should().Be("https://example.org/a/b");
        doc.Language.Should().Be("de");
        doc.Meta.Should().Contain(new KeyValuePair<string, string>("og:title", "Meta title"));
        doc.Meta.Should().Contain(new KeyValuePair<string, string>("description", "A description"));
        doc.JsonLd.Should().ContainSingle();
        doc.TooltipStamp.Should().Be("2021-03-04T05:06");
        doc.DatedImage.Should().Be("/media/2021/03/04/pic.jpg");
        doc.Meta.Should().Contain(kv => kv.Key == "microdata:datepublished" && kv.Value == "2021-03-04");
        doc.Blocks.Select(b => b.Text).Should().Equal("Asked?", "Shown");
        doc.Blocks[0].QuestionHint.Should().BeTrue("the class names a question");
    }

    [Fact]
    public void A_tracking_pixel_in_a_noscript_of_the_head_does_not_end_the_head()
    {
        // The picture in the noscript closes the head (its content is markup to a parser without scripting), and the
        // tags after it land in the body: they are read there.
        const string page = """
            <html><head><title>T</title><noscript><img src="/pixel.gif" width="1" height="1"></noscript>
            <link rel="canonical" href="https://example.org/story"><meta property="og:title" content="Meta title"></head>
            <body><article><p>The ferry leaves at six.</p></article></body></html>
            """;

        var doc = HtmlBlockBuilder.Build(page, CancellationToken.None);

        doc.CanonicalUrl.Should().Be("https://example.org/story");
        doc.Meta.Should().Contain(new KeyValuePair<string, string>("og:title", "Meta title"));
        doc.Blocks.Select(b => b.Text).Should().Equal("The ferry leaves at six.");
    }

    [Fact]
    public void An_unclosed_element_inside_a_noscript_does_not_hide_the_page_after_it()
    {
        // A browser with scripting reads the noscript's content as text, so its end tag closes it; read as markup, the
        // open container keeps the end tag from closing it and the whole page sits inside the noscript.
        const string page = """
            <html><head><title>T</title></head><body><noscript><div class="warning"></noscript>
            <article><p>The ferry leaves at six.</p><p>Every morning, whatever the weather.</p></article></body></html>
            """;

        var doc = HtmlBlockBuilder.Build(page, CancellationToken.None);

        doc.Blocks.Select(b => b.Text).Should().Equal("The ferry leaves at six.", "Every morning, whatever the weather.");
    }

    [Theory]
    [InlineData("sr-only")]
    [InlineData("visually-hidden")]
    [InlineData("screen-reader-text")]
    [InlineData("SR-Only")]
    [InlineData("Visually-Hidden étiquette")]
    public void Text_kept_for_screen_readers_only_is_not_read(string hiding)
    {
        string page = $"""
            <html><body><article><p>The ferry leaves at six <a href="/timetable">timetable<span class="{hiding}"> (opens in a new tab)</span></a>.</p>
            <p><span class="{hiding}">Share on a social network</span>Every morning, whatever the weather.</p></article></body></html>
            """;

        var doc = HtmlBlockBuilder.Build(page, CancellationToken.None);

        doc.Blocks.Select(b => b.Text).Should().Equal("The ferry leaves at six timetable.", "Every morning, whatever the weather.");
    }

    [Theory]
    [InlineData("class=\"Sidebar\"", -25)]
    [InlineData("id=\"SIDEBAR-left\"", -25)]
    [InlineData("class=\"Article-Body\"", 25)]
    [InlineData("id=\"main-Content\"", 25)]
    [InlineData("class=\"größe sidebar\"", -25)]
    [InlineData("class=\"größe Article-Body\"", 25)]
    [InlineData("class=\"größe\"", 0)]
    public void Class_and_id_words_are_found_in_any_case_and_beside_letters_outside_ASCII(string attribute, int weight)
    {
        string page = $"""<html><body><div {attribute}><p>The ferry leaves at six.</p></div></body></html>""";

        var doc = HtmlBlockBuilder.Build(page, CancellationToken.None);

        doc.Elements.Single(e => e.Tag == "div").ClassWeight.Should().Be(weight);
    }

    [Fact]
    public void A_class_name_reads_the_same_on_every_page_the_thread_parses()
    {
        // The class-name table outlives a page; the same name must mean the same on the next page, also once the
        // table has been filled past its bound by a page of many names.
        const string page = """<html><body><article><p class="promo-box">Buy the print edition.</p><p class="story-text">The ferry leaves at six.</p></article></body></html>""";
        var crowded = new System.Text.StringBuilder("<html><body>");
        for (int i = 0; i < 6000; i++) crowded.Append("<span class=\"c").Append(i).Append("\">w</span>");
        crowded.Append("</body></html>");

        var first = HtmlBlockBuilder.Build(page, CancellationToken.None);
        HtmlBlockBuilder.Build(crowded.ToString(), CancellationToken.None);
        var again = HtmlBlockBuilder.Build(page, CancellationToken.None);

        foreach (var doc in new[] { first, again })
        {
            doc.Elements.Where(e => e.Tag == "p").Select(e => e.ClassWeight).Should().Equal(-25, 25);
        }
    }
}
