using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>
/// The tree is built without script text; JSON-LD is read from the markup where the parser met each script's start
/// tag. The text read must be the text the parser itself would have given the script, and only real script elements
/// count.
/// </summary>
public class MarkupSourcesTests
{
    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"a\":1}</script>")]
    [InlineData("<SCRIPT TYPE='application/ld+json'>{\"a\":\"x > y\"}</SCRIPT >")]
    [InlineData("<script data-note=\"a > b\" type=\"application/ld+json\">{\"a\":2}</script>")]
    [InlineData("<script type=application/ld+json>{\"a\":\"</scripts> stays\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">\r\n{\"a\":\r\"three\"}\r\n</script/>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"never closed\"}")]
    public void A_script_reads_as_the_parser_would_read_it(string script)
    {
        string page = $"<html><head><title>T</title>{script}</head><body><p>Text</p></body></html>";
        var created = new List<(IElement Element, int Position)>();
        var options = new HtmlParserOptions { OnCreated = (e, p) => { if (e.LocalName == "script") created.Add((e, p.Position)); } };
        using var tree = new HtmlParser(options, BrowsingContext.New(Configuration.Default)).ParseDocument(page);

        created.Should().ContainSingle();
        MarkupSources.TextAt(page, created[0].Position - 1).Should().Be(created[0].Element.TextContent);
    }

    [Fact]
    public void Json_ld_in_the_head_and_the_body_is_read_in_page_order()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"n":1}</script><script>var x = "<b>";</script></head>
            <body><p>Text</p><script type="application/ld+json">{"n":2}</script></body></html>
            """;

        HtmlBlockBuilder.Build(page, CancellationToken.None).JsonLd.Should().Equal("{\"n\":1}", "{\"n\":2}");
    }

    [Fact]
    public void A_json_ld_script_quoted_in_a_comment_or_in_code_is_no_script()
    {
        const string page = """
            <html><head><!-- <script type="application/ld+json">{"n":"comment"}</script> -->
            <script>var s = '<script type="application/ld+json">{"n":"code"}<\/script>';</script></head>
            <body><p>Text</p><script type="application/ld+json">{"n":"real"}</script></body></html>
            """;

        HtmlBlockBuilder.Build(page, CancellationToken.None).JsonLd.Should().Equal("{\"n\":\"real\"}");
    }

    [Fact]
    public void Script_code_never_reaches_the_text()
    {
        const string page = "<html><body><p>Before</p><script>document.write('<p>Injected</p>');</script><p>After</p></body></html>";

        HtmlBlockBuilder.Build(page, CancellationToken.None).Blocks.Select(b => b.Text).Should().Equal("Before", "After");
    }

    [Fact]
    public void Many_json_ld_blocks_are_each_read_once_in_order()
    {
        var sb = new System.Text.StringBuilder("<html><head></head><body>");
        for (int i = 0; i < 20_000; i++) sb.Append("<script type=\"application/ld+json\">{\"n\":").Append(i).Append("}</script>");
        sb.Append("<p>Text</p></body></html>");

        var jsonLd = HtmlBlockBuilder.Build(sb.ToString(), CancellationToken.None).JsonLd;

        jsonLd.Should().HaveCount(20_000);
        jsonLd[^1].Should().Be("{\"n\":19999}");
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n")]
    [InlineData("")]
    public void Json_ld_is_read_whatever_precedes_the_markup(string before)
    {
        string page = before + "<html><head><script type=\"application/ld+json\">{\"n\":1}</script></head><body><p>Text</p></body></html>";

        HtmlBlockBuilder.Build(page, CancellationToken.None).JsonLd.Should().Equal("{\"n\":1}");
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"/a\">", "canonical")]
    [InlineData("<LINK REL='Canonical' HREF=/a>", "Canonical")]
    [InlineData("<link href=\"/a?x=1>2\" rel=canonical>", "canonical")]
    [InlineData("<link\n  data-note = \"rel=icon\"\n  rel = \"canonical\" />", "canonical")]
    [InlineData("<link rel=\"canonical\" rel=\"icon\">", "canonical")]
    [InlineData("<link href=\"/a\">", null)]
    [InlineData("<link rel>", "")]
    [InlineData("<link rel=\"canonical", null)]
    public void An_attribute_is_read_from_a_start_tag_as_written(string tag, string? expected)
    {
        MarkupSources.AttributeAt("<p>x</p>" + tag, 8, "rel").Should().Be(expected);
    }

    [Fact]
    public void Only_a_link_whose_relation_is_canonical_gives_the_page_address()
    {
        const string page = """
            <html><head><link rel="stylesheet" href="/site.css"><link rel="icon" href="/favicon.ico">
            <!-- <link rel="canonical" href="https://example.org/commented"> -->
            <link rel="canonical" href="https://example.org/2020/01/02/story"></head><body><p>Text</p></body></html>
            """;

        HtmlBlockBuilder.Build(page, CancellationToken.None).CanonicalUrl.Should().Be("https://example.org/2020/01/02/story");
    }

    [Fact]
    public void Many_links_in_the_head_are_each_read_once_and_the_canonical_one_is_found()
    {
        var sb = new System.Text.StringBuilder("<html><head>");
        for (int i = 0; i < 20_000; i++) sb.Append("<link rel=\"preload\" href=\"/f").Append(i).Append(".woff\">");
        sb.Append("<link rel=\"canonical\" href=\"https://example.org/last\"></head><body><p>Text</p></body></html>");

        HtmlBlockBuilder.Build(sb.ToString(), CancellationToken.None).CanonicalUrl.Should().Be("https://example.org/last");
    }

    [Fact]
    public void A_page_without_a_canonical_link_has_no_address()
    {
        const string page = "<html><head><link rel=\"alternate\" href=\"https://example.org/feed\"></head><body><p>Text</p></body></html>";

        HtmlBlockBuilder.Build(page, CancellationToken.None).CanonicalUrl.Should().BeNull();
    }
}
