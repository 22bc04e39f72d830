using FluentAssertions;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>
/// Several hosts of a talk transcript, told apart from the guests by how often their turns end in a question: the
/// speakers above the widest step in that share join the hosts already found.
/// </summary>
public class AskingGroupTests
{
    private static HashSet<string> Hosts(string[] found, params (string Name, int Questions, int Blocks)[] speakers)
    {
        var stats = new Dictionary<string, (int Questions, int Blocks, int Turns, int Words)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, q, b) in speakers) stats[name] = (q, b, b, b * 50);
        var result = new HashSet<string>(found, StringComparer.OrdinalIgnoreCase);
        TurnSegmenter.AddAskingGroup(stats, result);
        return result;
    }

    [Fact]
    public void A_second_host_who_asks_in_a_fair_share_of_turns_joins_the_first()
    {
        Hosts(["Host"], ("Host", 9, 10), ("Co-host", 4, 10), ("Guest", 1, 30)).Should().BeEquivalentTo(["Host", "Co-host"]);
    }

    [Fact]
    public void Without_a_wide_step_between_askers_and_answerers_nobody_joins()
    {
        Hosts(["Host"], ("Host", 6, 10), ("Second", 4, 10), ("Guest", 3, 10)).Should().BeEquivalentTo(["Host"]);
    }

    [Fact]
    public void Where_a_host_already_found_asks_less_than_the_guests_the_step_divides_something_else()
    {
        Hosts(["Host"], ("Host", 0, 10), ("Guest", 2, 2), ("Other guest", 0, 4)).Should().BeEquivalentTo(["Host"]);
    }

    [Fact]
    public void A_speaker_above_the_step_who_rarely_asks_stays_a_guest()
    {
        Hosts(["Host"], ("Host", 10, 10), ("Panelist", 2, 10), ("Guest", 0, 20)).Should().BeEquivalentTo(["Host"]);
    }

    [Fact]
    public void Two_speakers_are_left_to_the_other_rules()
    {
        Hosts([], ("Host", 5, 10), ("Guest", 0, 10)).Should().BeEmpty();
    }
}
