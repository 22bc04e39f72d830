using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>A list that a sentence announces with a colon belongs to the text around it, short as its items are.</summary>
public class AnnouncedListTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    private static string Page(string announcement)
    {
        var page = new System.Text.StringBuilder("Harbour Weekly\nHome\nNews\nSport\n\nThe mayor on the new ferry\n\n");
        page.Append("The mayor spoke for an hour on Monday about the new ferry, which will cross to the island twice as often as the old one.\n\n");
        page.Append("She admitted that the timetable had slipped by a year, and that the harbour would need a longer pier before the first crossing.\n\n");
        page.Append("Advertisement\n\n").Append(announcement).Append("\n\n");
        page.Append("The fares will stay as they are for islanders\nThe old ferry will be sold to a museum in the north\nThe night crossing comes back in the summer\n");
        page.Append("The café on the pier stays open all year\nA second ticket office opens on the island side\nBicycles travel free on weekday mornings\n\n");
        page.Append("Advertisement\n\n");
        page.Append("The first crossing is planned for April, weather permitting, and the harbour master has already asked for a brass band.\n\n");
        page.Append("Islanders were not all convinced: several asked at the meeting why the money was not spent on the school instead.\n\n");
        page.Append("The council will vote on the final budget in March, after a second public meeting on the island itself.\n\n");
        page.Append("Contact\nImprint\nPrivacy\n");
        return page.ToString();
    }

    [Fact]
    public void A_list_announced_by_a_sentence_does_not_cut_off_the_text_above_it()
    {
        var body = Interviews.Parse(Page("In the same interview the mayor also promised six things to the town:"), Text).Body;

        body.Should().Contain("The mayor spoke for an hour").And.Contain("She admitted that the timetable");
        body.Should().Contain("The council will vote");
    }

    [Fact]
    public void A_short_call_to_read_more_does_not_announce_text()
    {
        var body = Interviews.Parse(Page("Did you miss the meeting? Read about it here:"), Text).Body;

        body.Should().NotContain("The mayor spoke for an hour");
        body.Should().Contain("The council will vote");
    }
}
