using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>
/// A text browser prints what a page hides by its style sheet, so a page that holds its text twice comes out with both
/// copies; the second goes, and text that only repeats a few lines stays whole.
/// </summary>
public class SecondCopyTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static readonly (string Speaker, string Said)[] Talk =
    [
        ("RUTH BELL", "Welcome to the harbour hour. Today my guest has repaired fishing boats on this quay for forty years."),
        ("OLE VIK", "Thanks for having me."),
        ("RUTH BELL", "What was the first boat you ever repaired, and who brought it to you that spring?"),
        ("OLE VIK", "A small herring boat with a cracked keel. The owner paid me in fish for a whole winter, and I was glad of it."),
        ("RUTH BELL", "How has the work changed since then, now that most of the hulls are made of plastic?"),
        ("OLE VIK", "Plastic does not rot, but it cracks in the cold, and nobody teaches the young ones how to mend it properly."),
        ("RUTH BELL", "Would you start the trade again if you were twenty today, knowing what you know now?"),
        ("OLE VIK", "Yes, without a doubt. The sea keeps breaking things, so somebody will always have to put them together again."),
        ("RUTH BELL", "Ole Vik, thank you."),
        ("OLE VIK", "Thank you, Ruth."),
    ];

    /// <summary>The talk with each label on a line of its own, or run into the line it labels.</summary>
    private static string Copy(bool runIn) => string.Concat(Talk.Select(t => runIn ? $"{t.Speaker}: {t.Said}\n\n" : $"{t.Speaker}\n\n{t.Said}\n\n"));

    [Fact]
    public void A_second_copy_of_a_transcript_printed_with_its_labels_run_in_goes()
    {
        string doc = "The boat mender\n\n" + Copy(runIn: false) + "Advertisement\n\n" + Copy(runIn: true) + "Contact the newsroom\n";

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(Talk.Length);
        result.Turns.Select(t => t.Text).Should().Equal(Talk.Select(t => t.Said));
    }

    [Fact]
    public void The_same_questions_put_to_several_people_in_turn_are_no_copy()
    {
        string[] questions =
        [
            "What was the first boat you ever repaired on this quay, and who brought it to you?",
            "How has the work on the hulls changed since then, now that most of them are plastic?",
            "Would you start the trade again if you were twenty today, knowing all that you know now?",
            "Which tool in your workshop would you save first if the shed caught fire one night?",
            "What do you tell the young apprentices on their first morning at the yard by the quay?",
        ];
        string[] people = ["Ole Vik", "Mara Lind"];
        var doc = new System.Text.StringBuilder("Two boat menders, the same five questions\n\n");
        foreach (var person in people)
        {
            doc.Append(person).Append("\n\n");
            for (int q = 0; q < questions.Length; q++)
            {
                doc.Append("Q: ").Append(questions[q]).Append("\n\n");
                doc.Append("A: ").Append($"{person} remembers it this way: the answer to question {q + 1} is a story of its own, told slowly and with care.").Append("\n\n");
            }
        }

        var result = Interviews.Parse(doc.ToString(), Text);

        result.Turns.Should().HaveCount(people.Length * questions.Length * 2);
        result.Turns[^1].Text.Should().StartWith("Mara Lind remembers");
    }

    [Fact]
    public void A_few_repeated_lines_do_not_make_a_copy()
    {
        // A refrain said twice, and the rest of the talk new: no second copy.
        string doc = "The boat mender\n\n" + Copy(runIn: false)
            + "RUTH BELL: " + Talk[2].Said + "\n\nOLE VIK: " + Talk[3].Said + "\n\n"
            + "RUTH BELL: And what will you do next summer, when the yard finally closes for good?\n\n"
            + "OLE VIK: Sail north with my grandson, and for once let somebody else mend the boat when it breaks.\n";

        var result = Interviews.Parse(doc, Text);

        result.Turns.Should().HaveCount(Talk.Length + 4);
        result.Turns[^1].Text.Should().StartWith("Sail north");
    }
}

/// <summary>A text browser prints a picture's alt text, title and caption one under the other: the copies go.</summary>
public class RepeatedLineTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static string Page(string between) => $"""
        The boat mender

        What was the first boat you ever repaired, and who brought it to you that spring?

        A small herring boat with a cracked keel. The owner paid me in fish for a whole winter, and I was glad of it.

        {between}

        How has the work changed since then, now that most of the hulls are made of plastic?

        Plastic does not rot, but it cracks in the cold, and nobody teaches the young ones how to mend it properly.
        """;

    [Fact]
    public void A_caption_printed_three_times_in_a_row_leaves_the_text()
    {
        const string caption = "The quay at dawn, with the old crane behind it.";
        var result = Interviews.Parse(Page($"{caption}\n{caption}\n{caption}"), Text);

        result.Body.Should().NotContain("old crane");
        result.Body.Should().Contain("paid me in fish").And.Contain("cracks in the cold");
    }

    [Fact]
    public void A_line_printed_once_stays()
    {
        var result = Interviews.Parse(Page("The quay at dawn, with the old crane behind it."), Text);

        result.Body.Should().Contain("old crane");
    }
}
