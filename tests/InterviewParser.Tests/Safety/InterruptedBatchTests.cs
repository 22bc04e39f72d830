using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Safety;

/// <summary>A batch run that is stopped or killed can be resumed without a duplicate, a corrupt line or a lost document.</summary>
public class InterruptedBatchTests
{
    private static async Task<(int Code, string Err)> Run(CancellationToken interrupt, params string[] args)
    {
        var stderr = new StringWriter();
        int code = await InterviewParser.Cli.Program.RunAsync(args, Stream.Null, new StringWriter(), stderr, interrupt);
        return (code, stderr.ToString());
    }

    private static string Folder(int documents)
    {
        string dir = Scratch.Folder("resume-");
        for (int i = 0; i < documents; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"{i:D3}.html"), i % 2 == 0 ? Fixtures.BoldQuestionPage : Fixtures.PlainArticle);
        }

        return dir;
    }

    /// <summary>Results go beside the inputs, not among them (a .jsonl file in the folder would be read as input).</summary>
    private static string OutFolder() => Scratch.Folder("resume-out-");

    private static List<string> Sources(string file) =>
        File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToList();

    [Fact]
    public async Task Resuming_after_a_kill_that_left_half_a_line_gives_every_document_once()
    {
        string dir = Folder(6);
        string output = Path.Combine(OutFolder(), "out.jsonl");
        (await Run(default, "batch", dir, "-o", output, "--ordered")).Code.Should().Be(0);
        var whole = File.ReadAllLines(output);
        // What a killed run leaves: two whole lines and the first half of the third.
        File.WriteAllText(output, whole[0] + "\n" + whole[1] + "\n" + whole[2][..(whole[2].Length / 2)]);

        var (code, _) = await Run(default, "batch", dir, "-o", output, "--resume");

        code.Should().Be(0);
        Sources(output).Should().OnlyHaveUniqueItems().And.HaveCount(6);
    }

    [Fact]
    public async Task An_interrupted_run_stops_cleanly_with_a_summary_and_whole_lines()
    {
        string dir = Folder(4);
        string output = Path.Combine(OutFolder(), "out.jsonl");
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var (code, err) = await Run(stop.Token, "batch", dir, "-o", output);

        code.Should().Be(InterviewParser.Cli.BatchCommand.Interrupted);
        err.Should().Contain("\"interrupted\":true").And.Contain("--resume");
        (File.Exists(output) ? File.ReadAllLines(output) : []).Where(l => !l.EndsWith('}')).Should().BeEmpty();
        var (again, _) = await Run(default, "batch", dir, "-o", output, "--resume");
        again.Should().Be(0);
        Sources(output).Should().OnlyHaveUniqueItems().And.HaveCount(4);
    }

    [Fact]
    public async Task Resume_refuses_parquet_and_only_interviews_without_a_list_of_the_others()
    {
        string dir = Folder(2);

        var (parquet, parquetErr) = await Run(default, "batch", dir, "-o", Path.Combine(OutFolder(), "out.parquet"), "--format", "parquet", "--resume");
        var (only, onlyErr) = await Run(default, "batch", dir, "-o", Path.Combine(OutFolder(), "out.jsonl"), "--only-interviews", "--resume");

        parquet.Should().Be(2);
        parquetErr.Should().Contain("Parquet");
        only.Should().Be(2);
        onlyErr.Should().Contain("--errors");
    }

    [Fact]
    public async Task Resume_after_only_interviews_does_not_parse_the_others_again()
    {
        string dir = Folder(4);
        string outFolder = OutFolder();
        string output = Path.Combine(outFolder, "out.jsonl"), errors = Path.Combine(outFolder, "err.jsonl");
        (await Run(default, "batch", dir, "-o", output, "--errors", errors, "--only-interviews")).Code.Should().Be(0);

        var (code, err) = await Run(default, "batch", dir, "-o", output, "--errors", errors, "--only-interviews", "--resume");

        code.Should().Be(0);
        JsonDocument.Parse(err.Trim().Split('\n')[^1]).RootElement.GetProperty("seen").GetInt32().Should().Be(0);
        Sources(output).Concat(Sources(errors)).Should().OnlyHaveUniqueItems().And.HaveCount(4);
    }
}
