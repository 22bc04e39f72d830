using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using Xunit;
using static InterviewParser.Tests.Batch.ArchiveBuilder;

namespace InterviewParser.Tests.Batch;

public class BatchRunTests
{
    private static async Task<List<BatchResult>> Run(IEnumerable<string> inputs, BatchOptions? options = null, BatchSummary? summary = null)
    {
        var results = new List<BatchResult>();
        await foreach (var r in InterviewBatch.ParseAsync(inputs, options, summary)) results.Add(r);
        return results;
    }

    private static string MakeFolderWithEveryArchiveKind()
    {
        string dir = TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.html"), Fixtures.BoldQuestionPage);
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "sub", "b.txt"), Fixtures.TextScrape);
        File.WriteAllText(Path.Combine(dir, "notes.json"), "{}"); // not selected by the include patterns
        File.WriteAllBytes(Path.Combine(dir, "c.html.gz"), Gzip(Utf8(Fixtures.BoldQuestionPage)));

        using (var zip = ZipFile.Open(Path.Combine(dir, "d.zip"), ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("inner/page.html").Open())) w.Write(Fixtures.BoldQuestionPage);
            using (var w = new StreamWriter(zip.CreateEntry("logo.png").Open())) w.Write("PNG");
        }

        using (var fs = File.Create(Path.Combine(dir, "e.tar.gz")))
        using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gz))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "scrape.txt") { DataStream = new MemoryStream(Utf8(Fixtures.TextScrape)) };
            tar.WriteEntry(entry);
        }

        using (var fs = File.Create(Path.Combine(dir, "h.tar")))
        using (var tar = new TarWriter(fs))
        {
            tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "pages/plain.html") { DataStream = new MemoryStream(Utf8(Fixtures.BoldQuestionPage)) });
        }

        File.WriteAllBytes(Path.Combine(dir, "f.warc.gz"), Concat([
            Gzip(Record("response", "http://example.org/w", HttpResponse("text/html", Utf8(Fixtures.BoldQuestionPage)))),
            Gzip(Record("request", "http://example.org/w", Utf8("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request")),
        ]));

        File.WriteAllLines(Path.Combine(dir, "g.jsonl"), [
            $$"""{"url":"http://example.org/j1","html":{{System.Text.Json.JsonSerializer.Serialize(Fixtures.BoldQuestionPage)}}}""",
            $$"""{"url":"http://example.org/j2","text":{{System.Text.Json.JsonSerializer.Serialize(Fixtures.TextScrape)}}}""",
            """{"url":"http://example.org/j3"}""",
            "not json at all",
        ]);
        return dir;
    }

    [Fact]
    public async Task Every_document_of_every_archive_kind_is_parsed_skipped_or_failed_and_counted()
    {
        string dir = MakeFolderWithEveryArchiveKind();
        var summary = new BatchSummary();

        var results = await Run([dir], new BatchOptions { MaxDegreeOfParallelism = 2 }, summary);

        var parsed = results.Where(r => r.Status == BatchStatus.Parsed).Select(r => r.Source).ToList();
        parsed.Should().HaveCount(9);
        parsed.Should().Contain(s => s.EndsWith("a.html")).And.Contain(s => s.EndsWith("b.txt")).And.Contain(s => s.EndsWith("c.html.gz"))
            .And.Contain(s => s.EndsWith("d.zip!inner/page.html")).And.Contain(s => s.EndsWith("e.tar.gz!scrape.txt"))
            .And.Contain(s => s.EndsWith("f.warc.gz#1")).And.Contain(s => s.EndsWith("h.tar!pages/plain.html")).And.Contain("http://example.org/j1").And.Contain("http://example.org/j2");
        results.Should().Contain(r => r.Source.EndsWith("d.zip!logo.png") && r.Status == BatchStatus.Skipped);
        results.Should().Contain(r => r.Source.EndsWith("f.warc.gz#2") && r.Status == BatchStatus.Skipped);
        results.Should().Contain(r => r.Url == "http://example.org/j3" && r.Status == BatchStatus.Skipped);
        results.Should().Contain(r => r.Source.EndsWith("g.jsonl:4") && r.Status == BatchStatus.Failed);
        // A file the patterns do not select is accounted for in a folder as in an archive.
        results.Should().Contain(r => r.Source.EndsWith("notes.json") && r.Status == BatchStatus.Skipped);
        summary.Seen.Should().Be(results.Count).And.Be(summary.Parsed + summary.Skipped + summary.Failed);
        summary.Interviews.Should().Be(results.Count(r => r.Interview?.IsInterview == true));
        results.Single(r => r.Source.EndsWith("f.warc.gz#1")).Interview!.SourceUrl.Should().Be("http://example.org/w");
    }

    [Fact]
    public async Task Ordered_results_follow_the_input_order()
    {
        string dir = TempFolder();
        for (int i = 0; i < 30; i++) File.WriteAllText(Path.Combine(dir, $"{i:D2}.html"), i % 2 == 0 ? Fixtures.BoldQuestionPage : Fixtures.PlainArticle);

        var results = await Run([dir], new BatchOptions { MaxDegreeOfParallelism = 4, Ordered = true });

        results.Select(r => Path.GetFileName(r.Source)).Should().Equal(Enumerable.Range(0, 30).Select(i => $"{i:D2}.html"));
    }

    [Fact]
    public async Task A_slow_consumer_keeps_the_reader_a_bounded_number_of_documents_ahead()
    {
        int pulled = 0;
        IEnumerable<BatchDocument> Documents()
        {
            for (int i = 0; i < 200; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return new BatchDocument($"doc{i}", Utf8(Fixtures.PlainArticle));
            }
        }

        var options = new BatchOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 4 };
        int consumed = 0, maxAhead = 0;
        await foreach (var _ in InterviewBatch.ParseAsync(Documents(), options))
        {
            consumed++;
            await Task.Delay(5);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref pulled) - consumed);
            if (consumed == 40) break;
        }

        // Two queues of 4, two documents in the parsers, one in the reader's hand.
        maxAhead.Should().BeLessThanOrEqualTo(4 + 4 + 2 + 1);
        pulled.Should().BeLessThan(200, "stopping the consumer stops the reader");
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        IEnumerable<BatchDocument> Endless()
        {
            for (long i = 0; ; i++) yield return new BatchDocument($"doc{i}", Utf8(Fixtures.PlainArticle));
        }

        using var cts = new CancellationTokenSource();
        int seen = 0;
        Func<Task> run = async () =>
        {
            await foreach (var _ in InterviewBatch.ParseAsync(Endless(), new BatchOptions { MaxDegreeOfParallelism = 2 }, cancellationToken: cts.Token))
            {
                if (++seen == 10) await cts.CancelAsync();
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task Documents_over_the_size_cap_are_skipped_not_loaded()
    {
        string dir = TempFolder();
        File.WriteAllText(Path.Combine(dir, "big.html"), new string('x', 5000));
        File.WriteAllText(Path.Combine(dir, "small.html"), Fixtures.BoldQuestionPage[..1000]);

        var results = await Run([dir], new BatchOptions { MaxDocumentBytes = 2000 });

        results.Single(r => r.Source.EndsWith("big.html")).Should().Match<BatchResult>(r => r.Status == BatchStatus.Skipped && r.Reason!.Contains("size cap"));
        results.Single(r => r.Source.EndsWith("small.html")).Status.Should().Be(BatchStatus.Parsed);
    }

    [Fact]
    public async Task A_damaged_archive_is_reported_and_the_run_goes_on()
    {
        string dir = TempFolder();
        File.WriteAllBytes(Path.Combine(dir, "broken.zip"), Utf8("PK this is not really a zip file"));
        File.WriteAllText(Path.Combine(dir, "ok.html"), Fixtures.BoldQuestionPage);

        var results = await Run([dir]);

        results.Should().Contain(r => r.Source.EndsWith("broken.zip") && r.Status == BatchStatus.Failed);
        results.Should().Contain(r => r.Source.EndsWith("ok.html") && r.Status == BatchStatus.Parsed);
    }

    [Fact]
    public void Json_lines_from_a_stream_give_url_and_format()
    {
        var lines = $$"""
            {"url":"http://example.org/x","text":{{System.Text.Json.JsonSerializer.Serialize(Fixtures.TextScrape)}}}
            """;

        var doc = DocumentSources.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "-", new BatchOptions()).Single();

        doc.Url.Should().Be("http://example.org/x");
        doc.Format.Should().Be(InterviewParser.Model.DocumentFormat.Text);
    }
}
