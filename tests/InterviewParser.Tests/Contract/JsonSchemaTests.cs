using System.Text.Json.Nodes;
using FluentAssertions;
using InterviewParser.Serialization;
using Json.Schema;
using Xunit;

namespace InterviewParser.Tests.Contract;

/// <summary>The committed JSON Schema describes what the parser really writes.</summary>
public class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "interview.schema.json"));

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static void ShouldConform(string json, string because)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var results = Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        results.IsValid.Should().BeTrue($"{because}: {Errors(results)}");
    }

    [Theory]
    [MemberData(nameof(JsonContractTests.Documents), MemberType = typeof(JsonContractTests))]
    public void The_json_of_each_kind_of_document_conforms(string document)
    {
        ShouldConform(InterviewJson.Serialize(Interviews.Parse(document), "a.html", crawlDate: DateTimeOffset.UnixEpoch), "the written JSON");
    }

    [Fact]
    public void The_schema_rejects_json_of_another_shape()
    {
        var json = JsonNode.Parse(InterviewJson.Serialize(Interviews.Parse(Fixtures.BoldQuestionPage)))!.AsObject();
        json["turns"]![0]!["role"] = "host";
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToJsonString());

        Schema.Evaluate(doc.RootElement).IsValid.Should().BeFalse();
    }

    [SkippableFact]
    public void The_json_of_every_dev_document_conforms()
    {
        string? dev = Fixtures.FindShared("corpus/dev");
        Skip.If(dev is null, "../shared/corpus/dev is not beside the repository");
        foreach (var file in Directory.GetFiles(dev!).Where(f => !f.EndsWith(".truth.json", StringComparison.Ordinal)))
        {
            var interview = Interviews.Parse(File.ReadAllBytes(file), new ParseOptions { Format = InterviewParser.Batch.Sources.DocumentSources.FormatOfName(file) });
            ShouldConform(InterviewJson.Serialize(interview, file), file);
        }
    }
}
