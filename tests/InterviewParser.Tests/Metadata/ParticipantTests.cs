using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class ParticipantTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    [Fact]
    public void The_person_the_interviewer_addresses_by_name_is_the_interviewee()
    {
        const string doc = """
            Winter on the island

            The ferry stops in November. Then only the mail boat comes, and the island belongs to its forty people and to Mara Lind, who runs the shop in Port Ellen and the weather station.

            Mara, why do you stay when the others leave?

            Because somebody has to read the instruments, and because I like the quiet after the tourists have gone home.

            Do you never feel cut off?

            Sometimes, in February, when the storms take the phone line for a week and the boat cannot land.

            What do you read in those weeks?

            Old almanacs, and the logbooks of the keepers before me, which are better than any novel.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Mara Lind");
    }

    [Fact]
    public void A_short_answer_label_takes_the_full_name_written_beside_it_most_often()
    {
        const string doc = """
            Two brewers

            The new brewery belongs to Tom Berg and Lea Vos. Tom Berg ran a bakery before; Lea Vos taught chemistry at the school.

            How did you meet?

            Tom: At a beer festival, arguing about hops in front of the wrong stand.

            Lea: He was wrong about the hops, and I told him so, and then we talked for three hours.

            Who does what today?

            Lea: I brew. He sells, because he can talk to anybody about anything, even about hops.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().BeEquivalentTo("Tom Berg", "Lea Vos");
    }

    [Fact]
    public void A_place_named_in_the_lead_is_not_taken_for_the_interviewee()
    {
        const string doc = """
            The last cobbler

            In the old town of New Haven, Peter Sand repairs shoes in a shop his father opened in New Haven in 1961.

            Peter, how many pairs do you repair in a week?

            About sixty, more in autumn, when people take their boots out of the cellar and find the soles gone.

            Will anybody take over your shop?

            My niece, perhaps. She has good hands and no fear of glue, which is most of the trade.

            What is the hardest repair for you?

            A cheap shoe. A good shoe is made to be repaired; a cheap one is made to be thrown away.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal("Peter Sand");
    }
}
