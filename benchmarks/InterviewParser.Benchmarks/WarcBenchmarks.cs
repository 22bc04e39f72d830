using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using InterviewParser.Batch.Warc;

namespace InterviewParser.Benchmarks;

/// <summary>
/// Large-archive path: a per-record gzip WARC generated from the article-benchmark pages (20–150 KB each, one in 25 an
/// interview page from the dev corpus) is read record by record, and run through the batch path at one and two
/// workers, against the sum of single-document parses of the same pages. <see cref="Documents"/> sets the size; the
/// peak working set of each run is printed at cleanup (each parameter runs in its own process).
/// </summary>
[MemoryDiagnoser]
public class WarcBenchmarks
{
    private string _path = string.Empty;
    private List<byte[]> _pages = [];

    /// <summary>Records in the generated WARC.</summary>
    [Params(1000, 10000)]
    public int Documents { get; set; }

    /// <summary>Writes the WARC file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var pages = new List<byte[]>();
        if (PipelineBenchmarks.FindShared("corpus/articles") is { } articles)
        {
            foreach (var f in Directory.GetFiles(articles, "*.html").Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(f);
                if (bytes.Length is >= 20_000 and <= 150_000) pages.Add(bytes);
            }
        }

        var interviews = PipelineBenchmarks.FindShared("corpus/dev") is { } dev
            ? Directory.GetFiles(dev, "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList()
            : [Encoding.UTF8.GetBytes(PipelineBenchmarks.SyntheticPage())];
        if (pages.Count == 0) pages.Add(Encoding.UTF8.GetBytes(PipelineBenchmarks.SyntheticPage()));

        _pages = new List<byte[]>(Documents);
        for (int i = 0; i < Documents; i++) _pages.Add(i % 25 == 0 ? interviews[i / 25 % interviews.Count] : pages[i % pages.Count]);

        _path = Path.Combine(Path.GetTempPath(), $"ip-bench-{Documents}.warc.gz");
        using var file = File.Create(_path);
        for (int i = 0; i < _pages.Count; i++)
        {
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {_pages[i].Length}\r\n\r\n");
            var header = Encoding.ASCII.GetBytes(
                $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n" +
                $"WARC-Target-URI: http://example.org/{i}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length + _pages[i].Length}\r\n\r\n");
            using var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(header);
            gz.Write(http);
            gz.Write(_pages[i]);
            gz.Write("\r\n\r\n"u8);
        }
    }

    /// <summary>Prints the process's peak working set and removes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// PeakWorkingSet Documents={Documents}: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MB");
        File.Delete(_path);
    }

    /// <summary>WARC record reading alone (gzip members inflated ahead on all cores, headers parsed, blocks taken).</summary>
    /// <returns>The number of records.</returns>
    [Benchmark]
    public int ReadRecords() => Read(parallel: true);

    /// <summary>WARC record reading alone with one gzip decoder on the reading thread.</summary>
    /// <returns>The number of records.</returns>
    [Benchmark]
    public int ReadRecordsSequential() => Read(parallel: false);

    private int Read(bool parallel)
    {
        using var stream = File.OpenRead(_path);
        int n = 0;
        foreach (var r in new WarcReader(stream, 16 << 20, parallel).Records()) n += r.Block is null ? 0 : 1;
        return n;
    }

    /// <summary>The sum of single-document parses of the same pages: the baseline of the batch path.</summary>
    /// <returns>The number of interviews.</returns>
    [Benchmark(Baseline = true)]
    public int SingleParses()
    {
        int n = 0;
        var pipeline = new InterviewPipelineBuilder().Build();
        var options = new ParseOptions { ContentType = "text/html; charset=utf-8" };
        foreach (var page in _pages) n += pipeline.Parse(page, options).IsInterview ? 1 : 0;
        return n;
    }

    /// <summary>The batch path with one worker: WARC reading, HTTP decoding, parsing, accounting.</summary>
    /// <returns>The number of interviews.</returns>
    [Benchmark]
    public Task<int> BatchOneWorker() => RunBatch(1);

    /// <summary>The batch path with two workers.</summary>
    /// <returns>The number of interviews.</returns>
    [Benchmark]
    public Task<int> BatchTwoWorkers() => RunBatch(2);

    private async Task<int> RunBatch(int workers)
    {
        int n = 0;
        var options = new BatchOptions { MaxDegreeOfParallelism = workers };
        await foreach (var r in InterviewBatch.ParseAsync(DocumentSources.Read(_path, options), options))
        {
            if (r.Interview?.IsInterview == true) n++;
        }

        return n;
    }
}
