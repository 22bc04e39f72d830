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
        string dir = Scratch.Folder();
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
        string dir = Scratch.Folder();
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

    [Fact]
    public async Task Srt_files_are_read_as_captions_by_their_extension()
    {
        string dir = Scratch.Folder();
        string srt = Path.Combine(dir, "talk.srt");
        await File.WriteAllTextAsync(srt, """
            1
            00:00:01,000 --> 00:00:03,000
            Mia: Hello and welcome. What brought you to painting?

            2
            00:00:04,000 --> 00:00:08,000
            Leo: My grandfather painted boats, and I painted the boats he painted.

            3
            00:00:09,000 --> 00:00:10,000
            Mia: Did he teach you how to do it?

            4
            00:00:11,000 --> 00:00:14,000
            Leo: Never. He let me watch, which was better than any lesson.
            """);

        var (code, output, _) = await Run("parse", "--jsonl", srt);

        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("format").GetString().Should().Be("srt");
        doc.RootElement.GetProperty("turns").GetArrayLength().Should().Be(4);
        doc.RootElement.GetProperty("turns")[1].GetProperty("time").GetString().Should().Be("00:00:04");
    }

    [Fact]
    public async Task Format_option_accepts_vtt_and_srt()
    {
        string dir = Scratch.Folder();
        string file = Path.Combine(dir, "captions.data");
        await File.WriteAllTextAsync(file, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello there, and welcome.\n");

        var (code, output, _) = await Run("parse", "--jsonl", "--input-format", "vtt", file);

        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("format").GetString().Should().Be("webvtt");
        doc.RootElement.GetProperty("body").GetString().Should().Contain("Hello there").And.NotContain("-->");
    }

    [Fact]
    public async Task Version_prints_the_one_version_of_the_build()
    {
        var (code, output, _) = await Run("--version");

        code.Should().Be(0);
        output.Trim().Should().MatchRegex(@"^interview-parser \d+\.\d+\.\d+");
    }

    [Theory]
    [InlineData("parse", "-h")]
    [InlineData("parse", "--help")]
    [InlineData("batch", "--help")]
    public async Task Each_command_has_help_that_is_never_read_as_a_file(string command, string flag)
    {
        var (code, output, error) = await Run(command, flag);

        code.Should().Be(0);
        output.Should().Contain("usage:");
        error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("parse", "--url")]
    [InlineData("parse", "--format")]
    [InlineData("batch", "in", "-o")]
    [InlineData("batch", "in", "--parallel")]
    public async Task An_option_without_its_value_says_so(params string[] args)
    {
        var (code, _, error) = await Run(args);

        code.Should().Be(2);
        error.Should().Contain("needs a value");
    }

    [Fact]
    public async Task Parse_of_a_folder_points_to_batch()
    {
        var (code, _, error) = await Run("parse", Scratch.Folder());

        code.Should().Be(1);
        error.Should().Contain("is a folder").And.Contain("batch");
    }

    [Fact]
    public async Task Parse_of_a_gzip_file_reads_the_page_inside()
    {
        string path = Path.Combine(Scratch.Folder(), "page.html.gz");
        await File.WriteAllBytesAsync(path, Batch.ArchiveBuilder.Gzip(Batch.ArchiveBuilder.Utf8(Fixtures.BoldQuestionPage)));

        var (code, output, _) = await Run("parse", path);

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("headline").GetString().Should().Be("Baker on bread and patience");
    }
}
