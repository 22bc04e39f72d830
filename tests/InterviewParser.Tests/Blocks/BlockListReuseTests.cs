using System.Text;
using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

public class BlockListReuseTests
{
    private static string LongPage(int questions)
    {
        var sb = new StringBuilder("<html><head><title>Interview: a long conversation</title></head><body><article><h1>Interview: a long conversation</h1>");
        for (int i = 0; i < questions; i++)
        {
            sb.Append("<p><b>What happened in year ").Append(1900 + i).Append(", and why do you remember it?</b></p>");
            sb.Append("<div><p>It was the year the river froze, the mill closed and everyone moved to town; I remember the cold.</p></div>");
        }

        return sb.Append("</article><footer>Contact</footer></body></html>").ToString();
    }

    [Fact]
    public void A_page_parsed_after_others_on_the_same_thread_gives_the_same_result_as_alone()
    {
        string small = Fixtures.BoldQuestionPage, large = LongPage(400), text = Fixtures.TextScrape;
        var first = Interviews.Parse(small);

        // Larger and smaller documents in between hand their lists on; the first page must not see their blocks.
        Interviews.Parse(large);
        Interviews.Parse(text);
        var again = Interviews.Parse(small);

        again.Should().BeEquivalentTo(first);
        Interviews.Parse(large).Turns.Should().HaveCount(800);
    }

    [Fact]
    public void A_released_document_hands_on_empty_lists()
    {
        var doc = HtmlBlockBuilder.Build(LongPage(3), CancellationToken.None);
        doc.Blocks.Should().NotBeEmpty();
        doc.Release();

        var next = HtmlBlockBuilder.Build("<html><body><p>One paragraph.</p></body></html>", CancellationToken.None);

        next.Blocks.Select(b => b.Text).Should().Equal("One paragraph.");
        next.Elements.Should().NotBeEmpty().And.OnlyContain(e => e.Tag == "body" || e.Tag == "p", "the long page's elements are gone");
    }
}
