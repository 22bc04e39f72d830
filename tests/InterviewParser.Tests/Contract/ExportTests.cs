using System.Xml.Linq;
using FluentAssertions;
using InterviewParser.Model;
using InterviewParser.Serialization;
using Xunit;

namespace InterviewParser.Tests.Contract;

/// <summary>Markdown, text, TEI and caption exports of one interview.</summary>
public class ExportTests
{
    private const string Captions = """
        WEBVTT

        00:01:02.000 --> 00:01:05.000
        <v Anna Lund>Tom, why did you stay on the island when the others left?

        00:01:05.000 --> 00:01:11.000
        <v Tom Berg>Because the ferry stopped running that autumn, and by spring I had started to like the quiet.

        00:01:11.000 --> 00:01:14.000
        <v Anna Lund>What do you do in winter, when nobody comes?

        00:01:14.000 --> 00:01:21.000
        <v Tom Berg>I mend nets for the boats on the mainland, and I read the old logbooks of the lighthouse.

        00:01:21.000 --> 00:01:24.000
        <v Anna Lund>Would you ever leave?

        00:01:24.000 --> 00:01:30.000
        <v Tom Berg>Only if the island sank, and even then I would think about it for a while first.
        """;

    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [Fact]
    public void Tei_is_well_formed_in_the_tei_namespace_with_people_utterances_and_times()
    {
        var interview = Interviews.Parse(Captions);

        var doc = XDocument.Parse(InterviewExport.ToTei(interview));

        doc.Root!.Name.Should().Be(Tei + "TEI");
        var people = doc.Descendants(Tei + "person").ToList();
        people.Select(p => p.Element(Tei + "persName")!.Value).Should().BeEquivalentTo(interview.Participants.Select(p => p.Name));
        var utterances = doc.Descendants(Tei + "u").ToList();
        utterances.Should().HaveCount(interview.Turns.Count);
        string? firstWho = utterances[0].Attribute("who")?.Value;
        firstWho.Should().Be("#" + interview.Turns[0].SpeakerId);
        people.Select(p => "#" + p.Attribute(XNamespace.Xml + "id")!.Value).Should().Contain(firstWho);
        string start = utterances[1].Attribute("start")!.Value;
        var when = doc.Descendants(Tei + "when").Single(w => "#" + w.Attribute(XNamespace.Xml + "id")!.Value == start);
        when.Attribute("interval")!.Value.Should().Be(((int)interview.Turns[1].Time!.Value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Markdown_gives_the_headline_and_each_turn_with_its_speaker_in_bold()
    {
        var interview = Interviews.Parse(Fixtures.BoldQuestionPage);

        var markdown = InterviewExport.ToMarkdown(interview);

        markdown.Should().StartWith("# Baker on bread and patience\n");
        markdown.Split("\n\n").Count(p => p.StartsWith("**", StringComparison.Ordinal)).Should().Be(interview.Turns.Count);
        markdown.Should().Contain($"**{interview.Turns[1].Speaker}:** {interview.Turns[1].Text.Split("\n\n")[0]}");
    }

    [Fact]
    public void Text_of_a_page_that_is_no_interview_is_its_body()
    {
        var interview = Interviews.Parse(Fixtures.PlainArticle);

        InterviewExport.ToText(interview).Should().Contain(interview.Body).And.StartWith(interview.Headline!);
    }

    [Fact]
    public void Webvtt_has_a_cue_per_turn_from_its_time_to_the_next_with_a_voice_tag()
    {
        var interview = Interviews.Parse(Captions);

        var vtt = InterviewExport.ToWebVtt(interview);
        var again = Interviews.Parse(vtt);

        vtt.Should().StartWith("WEBVTT\n\n00:01:02.000 --> 00:01:05.000\n<v Anna Lund>");
        again.Turns.Select(t => (t.Speaker, t.Time, t.Text)).Should().Equal(interview.Turns.Select(t => (t.Speaker, t.Time, t.Text)));
    }

    [Fact]
    public void Srt_numbers_its_cues_and_captions_need_times()
    {
        var srt = InterviewExport.ToSrt(Interviews.Parse(Captions));
        var untimed = Interviews.Parse(Fixtures.BoldQuestionPage);

        srt.Should().StartWith("1\n00:01:02,000 --> 00:01:05,000\nAnna Lund: ");
        InterviewExport.HasTimes(untimed).Should().BeFalse();
        var write = () => InterviewExport.ToSrt(untimed);
        write.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("markdown", "# Baker on bread and patience")]
    [InlineData("tei", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">")]
    [InlineData("text", "Baker on bread and patience")]
    public async Task The_cli_writes_each_format(string format, string expected)
    {
        string file = Path.Combine(Scratch.Folder(), "a.html");
        await File.WriteAllTextAsync(file, Fixtures.BoldQuestionPage);
        var stdout = new StringWriter();

        int code = await InterviewParser.Cli.Program.RunAsync(["parse", "--format", format, file], Stream.Null, stdout, new StringWriter());

        code.Should().Be(0);
        stdout.ToString().Should().Contain(expected);
    }
}
