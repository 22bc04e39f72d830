using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using InterviewParser.Serialization;

namespace InterviewParser.Cli;

/// <summary><c>interview-parser batch</c>: archives in, one JSON line per document out, every document accounted for.</summary>
internal static class BatchCommand
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new List<string>();
        string? output = null, errors = null, format = "jsonl";
        int parallel = Environment.ProcessorCount;
        bool ordered = false, onlyInterviews = false, resume = false;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "-o" or "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--errors" when i + 1 < args.Length: errors = args[++i]; break;
                case "--parallel" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out parallel) || parallel < 1)
                    {
                        stderr.WriteLine($"interview-parser: --parallel needs a positive number, not '{args[i]}'");
                        return 2;
                    }

                    break;
                case "--ordered": ordered = true; break;
                case "--only-interviews": onlyInterviews = true; break;
                case "--resume": resume = true; break;
                case "--format" when i + 1 < args.Length: format = args[++i].ToLowerInvariant(); break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal) || (a.StartsWith('-') && a != "-"))
                    {
                        stderr.WriteLine($"interview-parser: unknown batch option '{a}'");
                        return 2;
                    }

                    inputs.Add(a);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            stderr.WriteLine("interview-parser: batch needs at least one INPUT");
            return 2;
        }

        if (format is not ("jsonl" or "parquet"))
        {
            stderr.WriteLine($"interview-parser: unknown batch format '{format}'");
            return 2;
        }

        if (format == "parquet" && output is null)
        {
            stderr.WriteLine("interview-parser: parquet output needs -o FILE");
            return 2;
        }

        if (resume && output is null)
        {
            stderr.WriteLine("interview-parser: --resume needs -o FILE");
            return 2;
        }

        var done = resume ? DoneSources(output, errors) : [];
        var options = new BatchOptions { MaxDegreeOfParallelism = parallel, Ordered = ordered };
        var documents = inputs.SelectMany(input => input == "-"
                ? DocumentSources.ReadJsonLines(stdin, "-", options)
                : DocumentSources.Read(input, options))
            .Where(d => !done.Contains(d.Source));

        var summary = new BatchSummary();
        var watch = Stopwatch.StartNew();
        bool live = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        long shown = 0;

        await using var resultSink = format == "parquet"
            ? new ParquetResultSink(new ParquetSink(output!))
            : (IResultSink)new JsonLinesSink(output is null ? stdout : OpenText(output, resume), output is not null);
        await using var errorSink = errors is null ? null : new JsonLinesSink(OpenText(errors, resume), owns: true);
        await foreach (var r in InterviewBatch.ParseAsync(documents, options, summary).ConfigureAwait(false))
        {
            if (r.Status == BatchStatus.Parsed)
            {
                if (!onlyInterviews || r.Interview!.IsInterview) await resultSink.WriteAsync(r).ConfigureAwait(false);
            }
            else if (errorSink is not null)
            {
                await errorSink.WriteErrorAsync(r).ConfigureAwait(false);
            }
            else if (r.Status == BatchStatus.Failed)
            {
                await stderr.WriteLineAsync($"interview-parser: {r.Source}: {r.Reason}").ConfigureAwait(false);
            }

            if (live && summary.Seen - shown >= 50)
            {
                shown = summary.Seen;
                Progress(stderr, summary, watch.Elapsed, final: false);
            }
        }

        if (live) Progress(stderr, summary, watch.Elapsed, final: true);
        await stderr.WriteLineAsync(SummaryJson(summary, watch.Elapsed)).ConfigureAwait(false);
        return summary.Failed > 0 ? 1 : 0;
    }

    private static TextWriter OpenText(string path, bool append) =>
        new StreamWriter(path, append, new UTF8Encoding(false), 1 << 16);

    private static HashSet<string> DoneSources(string? output, string? errors)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { output, errors })
        {
            if (file is null || !File.Exists(file)) continue;
            foreach (var line in File.ReadLines(file))
            {
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    if (doc.RootElement.TryGetProperty("source", out var s) && s.GetString() is { } source) done.Add(source);
                }
                catch (JsonException)
                {
                    // A line cut off by an interrupted run: its document is parsed again.
                }
            }
        }

        return done;
    }

    private static void Progress(TextWriter stderr, BatchSummary s, TimeSpan elapsed, bool final)
    {
        double secs = Math.Max(elapsed.TotalSeconds, 1e-3);
        string line = string.Create(CultureInfo.InvariantCulture,
            $"\r{s.Seen} docs  {s.Seen / secs:F0} docs/s  {s.Bytes / secs / 1e6:F1} MB/s  interviews {s.Interviews}  skipped {s.Skipped}  errors {s.Failed}  {elapsed:hh\\:mm\\:ss}");
        stderr.Write(final ? line + Environment.NewLine : line);
    }

    internal static string SummaryJson(BatchSummary s, TimeSpan elapsed)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Compact))
        {
            w.WriteStartObject();
            w.WriteNumber("seen", s.Seen);
            w.WriteNumber("parsed", s.Parsed);
            w.WriteNumber("interviews", s.Interviews);
            w.WriteNumber("skipped", s.Skipped);
            w.WriteNumber("failed", s.Failed);
            w.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Where batch results go.</summary>
    private interface IResultSink : IAsyncDisposable
    {
        ValueTask WriteAsync(BatchResult result);
    }

    private sealed class ParquetResultSink(ParquetSink sink) : IResultSink
    {
        public ValueTask WriteAsync(BatchResult result) => sink.WriteAsync(result);

        public ValueTask DisposeAsync() => sink.DisposeAsync();
    }

    /// <summary>JSON Lines: the <c>parse --jsonl</c> contract plus <c>url</c> and <c>crawlDate</c>.</summary>
    private sealed class JsonLinesSink(TextWriter writer, bool owns) : IResultSink
    {
        public async ValueTask WriteAsync(BatchResult result) =>
            await writer.WriteLineAsync(InterviewJson.Serialize(result.Interview!, result.Source, crawlDate: result.CrawlDate)).ConfigureAwait(false);

        public async ValueTask WriteErrorAsync(BatchResult r)
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, Compact))
            {
                w.WriteStartObject();
                w.WriteString("source", r.Source);
                w.WriteString("status", r.Status == BatchStatus.Failed ? "failed" : "skipped");
                w.WriteString(r.Status == BatchStatus.Failed ? "error" : "reason", r.Reason);
                if (r.Url is not null) w.WriteString("url", r.Url);
                w.WriteEndObject();
            }

            await writer.WriteLineAsync(Encoding.UTF8.GetString(ms.ToArray())).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await writer.FlushAsync().ConfigureAwait(false);
            if (owns) await writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
