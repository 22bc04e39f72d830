using System.Text;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using Xunit;

namespace InterviewParser.Tests.Safety;

/// <summary>JSON Lines input with lines that are valid JSON but no documents, broken text, or far too long.</summary>
public class HostileLineTests
{
    private static List<BatchDocument> Read(string lines, BatchOptions? options = null) =>
        DocumentSources.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "-", options ?? new BatchOptions()).ToList();

    private const string Good = """{"url":"https://example.org/a","html":"<p>A good page with a paragraph of text.</p>"}""";

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("42")]
    [InlineData("\"just a string\"")]
    [InlineData("null")]
    public void A_line_of_json_that_is_not_an_object_fails_alone(string bad)
    {
        var docs = Read($"{Good}\n{bad}\n{Good}\n");

        docs.Should().HaveCount(3);
        docs[1].Failed.Should().BeTrue();
        docs[1].Reason.Should().Contain("not a JSON object");
        docs[0].Content.Should().NotBeNull();
        docs[2].Content.Should().NotBeNull();
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_fails_that_line_only()
    {
        var docs = Read(Good + "\n{\"html\":\"<p>\\ud800</p>\"}\n" + Good);

        docs.Should().HaveCount(3);
        docs[1].Failed.Should().BeTrue();
        docs[2].Content.Should().NotBeNull();
    }

    [Fact]
    public void A_line_over_the_cap_is_skipped_unread_and_the_next_line_is_read()
    {
        var options = new BatchOptions { MaxDocumentBytes = 1000 };
        string huge = "{\"html\":\"" + new string('x', 50_000) + "\"}";

        var docs = Read($"{huge}\n{Good}\n{huge}", options);

        docs.Should().HaveCount(3);
        docs[0].Reason.Should().Contain("over the size cap");
        docs[0].Failed.Should().BeFalse();
        docs[1].Content.Should().NotBeNull();
        docs[2].Reason.Should().Contain("over the size cap");
    }

    [Fact]
    public void Windows_line_ends_blank_lines_and_a_missing_last_newline_are_read()
    {
        var docs = Read($"{Good}\r\n\r\n   \n{Good}");

        docs.Should().HaveCount(2).And.OnlyContain(d => d.Content != null);
    }

    [Fact]
    public async Task A_batch_over_bad_lines_accounts_for_every_line()
    {
        var lines = string.Join('\n', Good, "[1]", "{\"html\":\"\\udc00\"}", "{\"nothing\":1}", "not json", Good);
        var docs = Read(lines);
        var results = new List<BatchResult>();

        await foreach (var r in InterviewBatch.ParseAsync(docs, new BatchOptions { MaxDegreeOfParallelism = 2 })) results.Add(r);

        results.Should().HaveCount(6);
        results.Count(r => r.Interview is not null).Should().Be(2);
    }
}
