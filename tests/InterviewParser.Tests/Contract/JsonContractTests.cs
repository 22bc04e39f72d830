using System.Text.Json;
using FluentAssertions;
using InterviewParser.Model;
using InterviewParser.Serialization;
using Xunit;

namespace InterviewParser.Tests.Contract;

/// <summary>The JSON contract both ways: what is written reads back equal, by InterviewJson and by JsonSerializer alike.</summary>
public class JsonContractTests
{
    public static TheoryData<string> Documents => new()
    {
        Fixtures.BoldQuestionPage, Fixtures.TextScrape, Fixtures.PlainArticle, Fixtures.FaqPage,
        "WEBVTT\n\n00:01:02.000 --> 00:01:05.000\n<v Anna Lund>Why the ferry?\n\n25:00:07.000 --> 25:00:09.000\n<v Tom Berg>Because of the island.\n",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void An_interview_written_as_json_reads_back_equal(string document)
    {
        var interview = Interviews.Parse(document);

        var back = InterviewJson.Deserialize(InterviewJson.Serialize(interview, source: "a/b.html", crawlDate: DateTimeOffset.UnixEpoch));

        back.Should().Be(interview);
    }

    [Fact]
    public void Two_parses_of_the_same_bytes_are_equal_and_a_changed_turn_is_not()
    {
        var a = Interviews.Parse(Fixtures.BoldQuestionPage);
        var b = Interviews.Parse(Fixtures.BoldQuestionPage);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Turns = [.. a.Turns.Skip(1)] }).Should().NotBe(b);
    }

    [Fact]
    public void The_lists_of_an_interview_cannot_be_changed_through_a_cast()
    {
        var interview = Interviews.Parse(Fixtures.BoldQuestionPage);

        interview.Turns.Should().NotBeAssignableTo<List<Turn>>();
        interview.Turns.Should().BeAssignableTo<IList<Turn>>().Which.IsReadOnly.Should().BeTrue();
        var mutable = new List<Turn>(interview.Turns);
        var copy = interview with { Turns = mutable };
        mutable.Clear();
        copy.Turns.Should().HaveCount(interview.Turns.Count, "a list given to the model is wrapped, not exposed");
    }

    [Fact]
    public void JsonSerializer_gives_the_contract_shape_both_ways_with_and_without_the_generated_context()
    {
        var interview = Interviews.Parse(Fixtures.BoldQuestionPage);

        string byDefault = JsonSerializer.Serialize(interview);
        string generated = JsonSerializer.Serialize(interview, InterviewJsonContext.Default.Interview);

        // The same members and values (the default encoder escapes a few more characters, such as '+').
        var contract = System.Text.Json.Nodes.JsonNode.Parse(InterviewJson.Serialize(interview));
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(byDefault), contract).Should().BeTrue();
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(generated), contract).Should().BeTrue();
        JsonSerializer.Deserialize<Interview>(byDefault).Should().Be(interview);
        JsonSerializer.Deserialize(generated, InterviewJsonContext.Default.Interview).Should().Be(interview);
    }

    [Fact]
    public void A_time_stated_without_an_offset_and_a_time_with_seconds_fractions_read_back()
    {
        var interview = Interviews.Parse(Fixtures.PlainArticle) with
        {
            Published = new PublicationTime(new DateOnly(2020, 5, 6), new TimeOnly(7, 8, 9, 123), null, "6 May 2020, 7:08", TimestampSource.Text),
            Updated = new PublicationTime(new DateOnly(2020, 5, 7), new TimeOnly(23, 30), TimeSpan.FromHours(-5.5), "…", TimestampSource.Meta),
        };

        InterviewJson.Deserialize(InterviewJson.Serialize(interview)).Should().Be(interview);
    }

    [SkippableFact]
    public void Every_dev_document_reads_back_equal()
    {
        string? dev = Fixtures.FindShared("corpus/dev");
        Skip.If(dev is null, "../shared/corpus/dev is not beside the repository");
        int n = 0;
        foreach (var file in Directory.GetFiles(dev!).Where(f => !f.EndsWith(".truth.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var interview = Interviews.Parse(File.ReadAllBytes(file), new ParseOptions { Format = InterviewParser.Batch.Sources.DocumentSources.FormatOfName(file) });
            InterviewJson.Deserialize(InterviewJson.Serialize(interview, file)).Should().Be(interview, file);
            n++;
        }

        n.Should().BeGreaterThan(100);
    }
}
