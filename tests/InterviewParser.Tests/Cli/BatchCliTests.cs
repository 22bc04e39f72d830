using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace InterviewParser.Tests.Cli;

public class BatchCliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(Stream stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await InterviewParser.Cli.Program.RunAsync(args, stdin, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Folder()
    {
        string dir = Scratch.Folder("cli-");
        File.WriteAllText(Path.Combine(dir, "a.html"), Fixtures.BoldQuestionPage);
        File.WriteAllText(Path.Combine(dir, "b.txt"), Fixtures.TextScrape);
        File.WriteAllText(Path.Combine(dir, "c.html"), Fixtures.PlainArticle);
        return dir;
    }

    [Fact]
    public async Task Batch_gives_per_document_the_same_json_as_parse_and_a_summary_line()
    {
        string dir = Folder();
        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray();

        var (parseCode, parsed, _) = await Run(Stream.Null, ["parse", "--jsonl", .. files]);
        var (code, batched, err) = await Run(Stream.Null, "batch", dir, "--ordered");

        parseCode.Should().Be(0);
        code.Should().Be(0);
        batched.Should().Be(parsed);
        using var summary = JsonDocument.Parse(err.Trim().Split('\n')[^1]);
        summary.RootElement.GetProperty("seen").GetInt32().Should().Be(3);
        summary.RootElement.GetProperty("interviews").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Batch_reads_json_lines_from_standard_input_and_reports_bad_lines()
    {
        string lines = JsonSerializer.Serialize(new { url = "http://example.org/1", html = Fixtures.BoldQuestionPage }) + "\nnot json\n";

        var (code, output, err) = await Run(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "batch", "-");

        code.Should().Be(1, "one input failed");
        using var doc = JsonDocument.Parse(output.Trim());
        doc.RootElement.GetProperty("url").GetString().Should().Be("http://example.org/1");
        err.Should().Contain("-:2").And.Contain("\"failed\":1");
    }

    [Fact]
    public async Task Resume_skips_documents_already_written()
    {
        string dir = Folder();
        string output = Path.Combine(Scratch.Folder(), "out.jsonl");
        await Run(Stream.Null, "batch", dir, "-o", output);
        File.WriteAllLines(output, File.ReadAllLines(output).Take(1));

        var (code, _, err) = await Run(Stream.Null, "batch", dir, "-o", output, "--resume");

        code.Should().Be(0);
        err.Should().Contain("\"seen\":2");
        File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Fact]
    public async Task Parquet_output_has_one_row_per_document_with_nested_turns()
    {
        string dir = Folder();
        string output = Path.Combine(Scratch.Folder(), "out.parquet");

        var (code, _, _) = await Run(Stream.Null, "batch", dir, "-o", output, "--format", "parquet", "--ordered");

        code.Should().Be(0);
        await using var file = File.OpenRead(output);
        var rows = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<InterviewParser.Cli.ParquetSink.DocumentRow>(file)).Data;
        rows.Should().HaveCount(3);
        rows.Single(r => r.Source.EndsWith("a.html")).Turns.Should().HaveCount(6);
        rows.Single(r => r.Source.EndsWith("c.html")).IsInterview.Should().BeFalse();
        var a = rows.Single(r => r.Source.EndsWith("a.html"));
        a.Published!.Utc.Should().Be(new DateTime(2021, 3, 4, 8, 15, 0, DateTimeKind.Utc));
        a.Published.Offset.Should().Be("+01:00");
        a.Format.Should().Be("html");
        a.Diagnostics.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Parquet_rows_read_back_equal_the_rows_made_from_the_results()
    {
        string dir = Folder();
        string output = Path.Combine(Scratch.Folder(), "out.parquet");
        await Run(Stream.Null, "batch", dir, "-o", output, "--format", "parquet", "--ordered");
        var expected = new List<InterviewParser.Cli.ParquetSink.DocumentRow>();
        await foreach (var r in InterviewParser.Batch.InterviewBatch.ParseAsync([dir], new InterviewParser.Batch.BatchOptions { Ordered = true }))
        {
            if (r.Status == InterviewParser.Batch.BatchStatus.Parsed) expected.Add(InterviewParser.Cli.ParquetSink.DocumentRow.From(r));
        }

        await using var file = File.OpenRead(output);
        var rows = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<InterviewParser.Cli.ParquetSink.DocumentRow>(file)).Data;

        // Every field, nested ones and absent values included, compared through one neutral form; Parquet timestamps
        // come back without a kind, and they are UTC.
        foreach (var row in rows)
        {
            row.CrawlDate = Utc(row.CrawlDate);
            if (row.Published is { } p) p.Utc = Utc(p.Utc);
            if (row.Updated is { } u) u.Utc = Utc(u.Utc);
        }

        JsonSerializer.Serialize(rows).Should().Be(JsonSerializer.Serialize(expected));
        expected.Should().Contain(r => r.Updated == null).And.Contain(r => r.Participants.Count == 0).And.Contain(r => r.Turns.Count > 0);
    }

    private static DateTime? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    [Fact]
    public async Task Parquet_columns_carry_the_json_contracts_names()
    {
        string dir = Folder();
        string output = Path.Combine(Scratch.Folder(), "out.parquet");
        await Run(Stream.Null, "batch", dir, "-o", output, "--format", "parquet");

        await using var file = File.OpenRead(output);
        await using var reader = await Parquet.ParquetReader.CreateAsync(file);
        var columns = reader.Schema.Fields.Select(f => f.Name).ToList();

        using var json = JsonDocument.Parse(InterviewParser.Serialization.InterviewJson.Serialize(Interviews.Parse(Fixtures.BoldQuestionPage), "a.html", crawlDate: DateTimeOffset.UnixEpoch));
        var members = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        members.Remove("url"); // written only when the page gives one; the column is there for every row
        columns.Should().Contain(members).And.Contain("url");
    }

    [Fact]
    public async Task Only_interviews_and_errors_file_split_the_output()
    {
        string dir = Folder();
        File.WriteAllBytes(Path.Combine(dir, "d.zip"), Encoding.ASCII.GetBytes("PK not a zip"));
        string tmp = Scratch.Folder();
        string output = Path.Combine(tmp, "out.jsonl"), errors = Path.Combine(tmp, "err.jsonl");

        var (code, _, _) = await Run(Stream.Null, "batch", dir, "-o", output, "--errors", errors, "--only-interviews");

        code.Should().Be(1);
        File.ReadAllLines(output).Should().HaveCount(2);
        var listed = File.ReadAllLines(errors).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var error = listed.Single(e => e.GetProperty("status").GetString() == "failed");
        error.GetProperty("source").GetString().Should().EndWith("d.zip");
        // The page that is not an interview is listed as skipped, so that a resumed run does not read it again.
        listed.Where(e => e.GetProperty("status").GetString() == "skipped").Should().ContainSingle()
            .Which.GetProperty("reason").GetString().Should().Be("not an interview");
    }

    [Fact]
    public void The_progress_line_gives_the_share_done_and_the_time_left_when_the_total_is_known()
    {
        string line = InterviewParser.Cli.BatchCommand.ProgressLine(250, 10_000_000, 12, 3, 1, TimeSpan.FromSeconds(10), total: 1000);
        string unknown = InterviewParser.Cli.BatchCommand.ProgressLine(250, 10_000_000, 12, 3, 1, TimeSpan.FromSeconds(10), total: null);

        line.Should().StartWith("250/1000 docs (25 %)").And.EndWith("ETA 00:00:30");
        unknown.Should().StartWith("250 docs").And.NotContain("ETA");
    }

    [Fact]
    public void The_total_is_counted_for_files_and_folders_of_plain_files_and_unknown_for_archives()
    {
        string dir = Folder();
        string withArchive = Folder();
        File.WriteAllBytes(Path.Combine(withArchive, "more.zip"), [0x50, 0x4B]);

        InterviewParser.Cli.BatchCommand.CountDocuments([dir]).Should().Be(3);
        InterviewParser.Cli.BatchCommand.CountDocuments([dir, Path.Combine(dir, "a.html")]).Should().Be(4);
        InterviewParser.Cli.BatchCommand.CountDocuments([withArchive]).Should().BeNull();
        InterviewParser.Cli.BatchCommand.CountDocuments(["-"]).Should().BeNull();
    }
}
