using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>
/// A round table: the same questions put to several guests, each answer labelled with its guest's first name, the
/// questions unlabelled (set apart in bold on a page, plain in a text).
/// </summary>
public class RoundTableTests
{
    private static readonly string[][] Rounds =
    [
        ["Which boat did you learn to sail on?", "Ines: A wooden dinghy my uncle built, which leaked from the first day.", "Omar: A club boat with a torn sail that nobody else wanted.", "Lea: My father's old cutter, on a lake far too small for it."],
        ["What do beginners get wrong?", "Omar: They look at the boat instead of at the water around it.", "Lea: They pull the sheet in too far and wonder why nothing moves.", "Ines: They are afraid to capsize, so they never learn what the boat can do."],
        ["Where would you sail tomorrow?", "Lea: Around the northern islands, slowly.", "Ines: Anywhere with a steady wind and no schedule.", "Omar: Back to the lake where I started, to see it with older eyes."],
    ];

    private const string Intro = "We put the same questions to the sailors Ines Varga, Omar Haddad and Lea Sommer.";

    private static string Page(Func<string, string> question) =>
        "<html><body><article><h1>Three sailors on their first boats</h1><p>" + Intro + "</p>"
        + string.Concat(Rounds.SelectMany(r => r.Select((p, i) => i == 0 ? question(p) : $"<p>{p}</p>")))
        + "</article></body></html>";

    private static string Text() =>
        "Three sailors on their first boats\n\n" + Intro + "\n\n" + string.Join("\n\n", Rounds.SelectMany(r => r)) + "\n";

    [Theory]
    [InlineData("bold")]
    [InlineData("italic")]
    [InlineData("text")]
    public void Unlabelled_questions_over_answers_labelled_by_several_guests_are_the_interviewers(string form)
    {
        var result = form switch
        {
            "bold" => Interviews.Parse(Page(q => $"<p><strong>{q}</strong></p>")),
            "italic" => Interviews.Parse(Page(q => $"<p><em>{q}</em></p>")),
            _ => Interviews.Parse(Text(), new ParseOptions { Format = DocumentFormat.Text }),
        };

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(12);
        result.Turns.Where((_, i) => i % 4 == 0).Should().OnlyContain(t => t.Role == TurnRole.Interviewer && t.Text.EndsWith('?'));
        result.Turns.Where((_, i) => i % 4 != 0).Should().OnlyContain(t => t.Role == TurnRole.Interviewee);
        result.Turns[1].Speaker.Should().Be("Ines Varga");
        result.Turns[2].Speaker.Should().Be("Omar Haddad");
        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name)
            .Should().BeEquivalentTo("Ines Varga", "Omar Haddad", "Lea Sommer");
    }

    [Fact]
    public void A_guests_own_question_closing_a_turn_stays_the_guests_where_the_host_asks_under_a_label()
    {
        // Twice the guest's turn closes on a paragraph that asks, right over the host's label.
        const string doc = """
            Sailing in winter

            Mara Lind: Welcome back to the harbour show. Today my guest is Tom Berg, who sails all year round. Tom, why winter?

            Tom Berg: Because the harbour is empty and the wind is honest, and nobody is in a hurry to get anywhere.

            And who would not want a harbour to themselves?

            Mara Lind: You say honest. What do you mean by that?

            Tom Berg: The wind in winter comes from one side for days, so you can plan a whole week around it.

            What more could a sailor ask for?

            Mara Lind: What do you wear on deck in January?

            Tom Berg: Wool under everything and a dry suit over it, and I never forget the gloves, whatever the forecast says.

            Mara Lind: And the boat itself, does it need anything special?

            Tom Berg: A heater in the cabin and a cover for the cockpit, nothing more than that.

            Mara Lind: Tom Berg, thank you for coming in.

            Tom Berg: Thank you for having me, it was a pleasure.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Turns.Select(t => t.Speaker).Should().Equal("Mara Lind", "Tom Berg", "Mara Lind", "Tom Berg", "Mara Lind", "Tom Berg", "Mara Lind", "Tom Berg", "Mara Lind", "Tom Berg");
        result.Turns[1].Text.Should().EndWith("a harbour to themselves?");
        result.Turns[3].Text.Should().EndWith("What more could a sailor ask for?");
    }
}
