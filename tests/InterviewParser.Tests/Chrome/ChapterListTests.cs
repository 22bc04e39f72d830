using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>A show's chapter list (short titles beside rising media times) points into the recording: it is no one's speech.</summary>
public class ChapterListTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private const string Transcript = """
        Kim Dahl: Welcome to the show. My guest kept a lighthouse on the northern coast for thirty years. Ola, welcome.

        Ola Berg: Thank you, Kim. It is good to be here after all this time.

        Kim Dahl: Take me back to your first winter on the rock. What was it like?

        Ola Berg: Cold, mostly. The stove burned wood, and the supply boat came when the weather allowed, which was not often.

        Kim Dahl: And when did the automation come to your light?

        Ola Berg: In the nineties. A man came with a box of electronics, and a year later I was the last keeper on the rock.
        """;

    [Theory]
    [InlineData("00:00 Introduction", "02:15 First winter on the rock", "18:40 How a lens works", "35:10 Automation")]
    [InlineData("Introduction (00:00)", "First winter on the rock (02:15)", "How a lens works (18:40)", "Automation (35:10)")]
    [InlineData("[00:00:00] Introduction", "[00:02:15] First winter on the rock", "[00:18:40] How a lens works", "[00:35:10] Automation")]
    public void A_chapter_list_above_a_transcript_leaves_the_lead_and_the_body(string a, string b, string c, string d)
    {
        string text = $"""
            Keeping the lights on

            Ola Berg kept the lighthouses of the northern coast for three decades. He talks with host Kim Dahl about storms and lenses.

            Chapters

            {a}
            {b}
            {c}
            {d}

            {Transcript}
            """;

        var result = Interviews.Parse(text, Text);

        result.Turns.Should().HaveCount(6);
        result.Lead.Should().Be("Ola Berg kept the lighthouses of the northern coast for three decades. He talks with host Kim Dahl about storms and lenses.");
        result.Body.Should().NotContain("First winter on the rock (").And.NotContain("Automation").And.NotContain("Chapters");
    }

    /// <summary>A show's page in markup: its description, then <paramref name="list"/>, then a labelled transcript of four turns.</summary>
    private static string ShowPage(string list) => $"""
        <html><head><title>Keeping the lights on</title></head><body><main>
        <h1>Keeping the lights on</h1>
        <p>Ola Berg kept the lighthouses of the northern coast for three decades. He talks with host Kim Dahl about storms and lenses.</p>
        {list}
        <p><b>Kim Dahl:</b> Welcome to the show. My guest kept a lighthouse on the northern coast for thirty years. Ola, welcome.</p>
        <p><b>Ola Berg:</b> Thank you, Kim. It is good to be here after all this time.</p>
        <p><b>Kim Dahl:</b> Take me back to your first winter on the rock. What was it like?</p>
        <p><b>Ola Berg:</b> Cold, mostly. The stove burned wood, and the supply boat came when the weather allowed.</p>
        </main></body></html>
        """;

    [Fact]
    public void A_chapter_list_in_a_pages_markup_leaves_the_body()
    {
        var result = Interviews.Parse(ShowPage(
            "<h2>Chapters</h2><ul><li>00:00 Introduction</li><li>02:15 First winter on the rock</li><li>18:40 How a lens works</li></ul><h2>Transcript</h2>"));

        result.Turns.Should().HaveCount(4);
        result.Body.Should().NotContain("How a lens works").And.NotContain("Chapters");
    }

    [Fact]
    public void Timed_speaker_lines_of_a_transcript_are_no_chapter_list()
    {
        // Short labelled turns of an automatic transcript stand in a row with rising times, as chapters do, but a speaker says them.
        string text = """
            Keeping the lights on

            [00:00:01] Kim Dahl: Welcome to the show, Ola
            [00:00:04] Ola Berg: Thank you, Kim
            [00:00:06] Kim Dahl: Ready for the first question?
            [00:00:08] Ola Berg: Ready when you are
            [00:00:10] Kim Dahl: What was your first winter on the rock like?
            [00:00:14] Ola Berg: Cold, mostly, and dark from three in the afternoon
            """;

        var result = Interviews.Parse(text, Text);

        result.Turns.Should().HaveCount(6);
        result.Turns[1].Text.Should().Be("Thank you, Kim");
    }

    [Fact]
    public void Two_timed_titles_are_too_few_for_a_chapter_list()
    {
        var result = Interviews.Parse(ShowPage("<ul><li>00:00 Introduction</li><li>02:15 First winter on the rock</li></ul>"));

        result.Body.Should().Contain("02:15 First winter on the rock");
    }
}
