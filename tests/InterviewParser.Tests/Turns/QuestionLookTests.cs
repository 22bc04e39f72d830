using FluentAssertions;
using InterviewParser.Blocks;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>
/// Questions set apart by a look that no word names: a colour, an underline, a class of the site's own naming, a
/// paragraph style, a quotation block. The look is found by what its blocks do (they are questions and stand over
/// longer text in another look), not by what it is.
/// </summary>
public class QuestionLookTests
{
    private static readonly (string Prompt, string Answer)[] Exchanges =
    [
        ("Where did the choir first sing together?", "In the old grain hall by the canal. The roof leaked over the altos, so they stood in the middle and the sopranos had to lean in to hear them."),
        ("Describe the first concert for us.", "Forty people in coats, a piano that had not been tuned since the war, and a caretaker who switched the lights off halfway through because nobody had told him."),
        ("Do you still rehearse on Tuesdays?", "Every Tuesday since the start. Who would change it now? People plan their weeks around it, and two couples met at those rehearsals and married."),
        ("Your advice to a new choir.", "Sing something easy first. A choir that hears itself sound good in the first month comes back; one that struggles for a year does not."),
    ];

    private static string Page(Func<string, string> setApart, string answerOpen = "<p>", string answerClose = "</p>", (string Prompt, string Answer)[]? exchanges = null)
    {
        var body = string.Concat((exchanges ?? Exchanges).Select(e => setApart(e.Prompt) + "\n" + answerOpen + e.Answer + answerClose + "\n"));
        return $"""
            <html lang="en"><head><title>Thirty years of Tuesdays</title></head><body>
            <nav><a href="/">Home</a> <a href="/town">Town</a></nav>
            <article><h1>Thirty years of Tuesdays</h1>
            <p>Conductor Ilse Marven founded the harbour choir in 1994. We talked with her about halls, pianos and habits.</p>
            {body}</article><footer>Town Pages</footer></body></html>
            """;
    }

    public static TheoryData<string> Looks() =>
    [
        "<p><span style=\"color: #2a6ebb;\">{0}</span></p>",
        "<p><u>{0}</u></p>",
        "<p class=\"has-accent-color\">{0}</p>",
        "<p style=\"font-size: 1.1em;\">{0}</p>",
        "<blockquote><p>{0}</p></blockquote>",
        "<p><font color=\"#884400\">{0}</font></p>",
    ];

    [Theory]
    [MemberData(nameof(Looks))]
    public void Prompts_in_a_look_of_their_own_are_the_interviewers_even_without_a_question_mark(string look)
    {
        var result = Interviews.Parse(Page(q => string.Format(look, q)));

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? TurnRole.Interviewer : TurnRole.Interviewee));
        result.Turns[2].Text.Should().Be("Describe the first concert for us.");
        result.Turns[5].Text.Should().Contain("Who would change it now?", "a question inside an answer stays in the answer");
    }

    [Fact]
    public void A_look_every_paragraph_shares_sets_nothing_apart()
    {
        // Every prompt asks here, so the question marks alone read the page; a class on every paragraph changes nothing.
        var asked = Exchanges.Select(e => (e.Prompt.EndsWith('?') ? e.Prompt : "What should we know about that?", e.Answer)).ToArray();
        var plain = Interviews.Parse(Page(q => $"<p>{q}</p>", exchanges: asked));
        var shared = Interviews.Parse(Page(q => $"<p class=\"body-text\">{q}</p>", "<p class=\"body-text\">", exchanges: asked));

        plain.IsInterview.Should().BeTrue();
        shared.Turns.Select(t => (t.Role, t.Text)).Should().Equal(plain.Turns.Select(t => (t.Role, t.Text)));
    }

    [Fact]
    public void A_look_over_short_lines_only_is_no_question_look()
    {
        // Classed questions over one-line replies: nothing alternates with longer text, so the look is not taken for
        // the questions' (the question marks still read).
        var result = Interviews.Parse(Page(q => $"<p class=\"accent\">{q}</p>").Replace(Exchanges[0].Answer, "Yes.").Replace(Exchanges[1].Answer, "No.")
            .Replace(Exchanges[2].Answer, "Often.").Replace(Exchanges[3].Answer, "Never."));

        result.Turns.Should().NotContain(t => t.Role == TurnRole.Interviewer && t.Text == "Describe the first concert for us.");
    }

    [Fact]
    public void Blocks_written_alike_share_a_look_and_mixed_looks_give_none()
    {
        var doc = HtmlBlockBuilder.Build("""
            <html><body><p><span class="hue">One?</span></p><p><span class="hue">Two?</span></p>
            <p><span class="hue">Half</span> <span class="other">and half</span></p><p>Plain words</p>
            <p class="hue">Own class</p></body></html>
            """, CancellationToken.None);

        var looks = doc.Blocks.Select(b => b.Look).ToArray();
        looks[0].Should().NotBe(0).And.Be(looks[1]);
        looks[2].Should().Be(0, "two looks share the block");
        looks[3].Should().Be(0);
        looks[4].Should().NotBe(0).And.NotBe(looks[0], "a paragraph's class is another element's look than a span's");
    }
}
