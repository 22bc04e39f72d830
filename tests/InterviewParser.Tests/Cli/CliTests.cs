using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Cli;

public class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await InterviewParser.Cli.Program.RunAsync(args, Stream.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Jsonl_writes_one_object_per_input_with_its_source()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string a = Path.Combine(dir, "a.html"), b = Path.Combine(dir, "b.txt");
        await File.WriteAllTextAsync(a, Fixtures.BoldQuestionPage);
        await File.WriteAllTextAsync(b, Fixtures.TextScrape);

        var (code, output, _) = await Run("parse", "--jsonl", a, b);

        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("source").GetString().Should().Be(a);
        first.RootElement.GetProperty("isInterview").GetBoolean().Should().BeTrue();
        first.RootElement.GetProperty("published").GetProperty("utc").GetString().Should().Be("2021-03-04T08:15:00Z");
        first.RootElement.GetProperty("turns")[0].GetProperty("role").GetString().Should().Be("interviewer");
    }

    [Fact]
    public async Task An_unreadable_input_is_reported_and_the_run_goes_on()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string good = Path.Combine(dir, "good.txt");
        await File.WriteAllTextAsync(good, Fixtures.TextScrape);

        var (code, output, error) = await Run("parse", "--jsonl", Path.Combine(dir, "missing.html"), good);

        code.Should().Be(1);
        error.Should().Contain("missing.html");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        using var err = JsonDocument.Parse(lines[0]);
        err.RootElement.GetProperty("error").GetString().Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("parse", "--no-such-option", "x")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        (await Run(args)).Code.Should().Be(2);
    }
}
