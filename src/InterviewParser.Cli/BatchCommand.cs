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

    /// <summary>Exit code of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT), after a clean stop.</summary>
    public const int Interrupted = 130;

    public static async Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken interrupt = default)
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
                case "-o" or "--output" or "--errors" or "--parallel" or "--format":
                    stderr.WriteLine($"interview-parser: {a} needs a value");
                    return 2;
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

        if (resume && format == "parquet")
        {
            stderr.WriteLine("interview-parser: --resume cannot append to a Parquet file; write JSON Lines to resume, or start the Parquet file afresh");
            return 2;
        }

        if (resume && onlyInterviews && errors is null)
        {
            stderr.WriteLine("interview-parser: --resume with --only-interviews needs --errors FILE, where the documents that are not interviews are listed");
            return 2;
        }

        // A run that was killed may have left half a line at the end of a file: it is cut off, and its document read again.
        if (resume)
        {
            TrimToWholeLines(output!);
            if (errors is not null) TrimToWholeLines(errors);
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
        long? total = live && !resume ? CountDocuments(inputs) : null; // the share done and the time left, where the total is known
        long shown = 0;

        await using var resultSink = format == "parquet"
            ? new ParquetResultSink(new ParquetSink(output!))
            : (IResultSink)new JsonLinesSink(output is null ? stdout : OpenText(output, resume), output is not null);
        await using var errorSink = errors is null ? null : new JsonLinesSink(OpenText(errors, resume), owns: true);
        bool interrupted = false;
        try
        {
            // Results are serialised on the parsing workers; this loop only writes.
            bool jsonLines = format == "jsonl";
            await foreach (var (r, line) in InterviewBatch.ParseAsync(documents, r => (r, jsonLines && r.Status == BatchStatus.Parsed ? JsonLinesSink.Line(r) : null),
                options, summary, interrupt).ConfigureAwait(false))
            {
                await WriteAsync(r, line).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            interrupted = true;
        }

        if (live) Progress(stderr, summary, watch.Elapsed, final: true, total);
        await resultSink.FlushAsync().ConfigureAwait(false);
        if (errorSink is not null) await errorSink.FlushAsync().ConfigureAwait(false);
        await stderr.WriteLineAsync(SummaryJson(summary, watch.Elapsed, interrupted)).ConfigureAwait(false);
        if (interrupted) await stderr.WriteLineAsync("interview-parser: interrupted; run again with --resume to go on").ConfigureAwait(false);
        return interrupted ? Interrupted : summary.Failed > 0 ? 1 : 0;

        async Task WriteAsync(BatchResult r, string? line)
        {
            if (r.Status == BatchStatus.Parsed)
            {
                if (!onlyInterviews || r.Interview!.IsInterview) await resultSink.WriteAsync(r, line).ConfigureAwait(false);
                else if (errorSink is not null) await errorSink.WriteErrorAsync(r with { Status = BatchStatus.Skipped, Reason = "not an interview" }).ConfigureAwait(false);
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
                Progress(stderr, summary, watch.Elapsed, final: false, total);
            }
        }
    }

    /// <summary>Cuts a file back to its last line end, dropping a line that an interrupted run left half written.</summary>
    private static void TrimToWholeLines(string path)
    {
        if (!File.Exists(path)) return;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        long end = fs.Length;
        var buffer = new byte[4096];
        while (end > 0)
        {
            int n = (int)Math.Min(buffer.Length, end);
            fs.Position = end - n;
            fs.ReadExactly(buffer, 0, n);
            int nl = Array.LastIndexOf(buffer, (byte)'\n', n - 1, n);
            if (nl >= 0)
            {
                fs.SetLength(end - n + nl + 1);
                return;
            }

            end -= n;
        }

        fs.SetLength(0);
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

    private static void Progress(TextWriter stderr, BatchSummary s, TimeSpan elapsed, bool final, long? total)
    {
        string line = "\r" + ProgressLine(s.Seen, s.Bytes, s.Interviews, s.Skipped, s.Failed, elapsed, total);
        stderr.Write(final ? line + Environment.NewLine : line);
    }

    /// <summary>The live progress line; with a known total, the share done and the time left at the current rate.</summary>
    internal static string ProgressLine(long seen, long bytes, long interviews, long skipped, long failed, TimeSpan elapsed, long? total)
    {
        double secs = Math.Max(elapsed.TotalSeconds, 1e-3);
        double rate = seen / secs;
        string done = total is > 0 and var t
            ? string.Create(CultureInfo.InvariantCulture, $"{seen}/{t} docs ({100.0 * Math.Min(seen, t) / t:F0} %)")
            : string.Create(CultureInfo.InvariantCulture, $"{seen} docs");
        string eta = total is > 0 and var all && rate > 0 && seen < all
            ? " ETA " + TimeSpan.FromSeconds(Math.Min((all - seen) / rate, TimeSpan.FromDays(99).TotalSeconds)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{done}  {rate:F0} docs/s  {bytes / secs / 1e6:F1} MB/s  interviews {interviews}  skipped {skipped}  errors {failed}  {elapsed:hh\\:mm\\:ss}{eta}");
    }

    /// <summary>
    /// How many results the inputs will give, when that can be known without reading them: plain files, and folders
    /// of plain files (every file gives one result). Archives, JSON Lines and standard input make it unknown.
    /// </summary>
    internal static long? CountDocuments(IEnumerable<string> inputs)
    {
        long count = 0;
        foreach (var input in inputs)
        {
            if (input == "-") return null;
            IEnumerable<string> files;
            if (Directory.Exists(input))
            {
                // Links are not followed here (the batch reports them); the count is for the progress line only.
                files = Directory.EnumerateFiles(input, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
                });
            }
            else if (File.Exists(input)) files = [input];
            else return null;
            foreach (var f in files)
            {
                if (DocumentSources.HoldsManyDocuments(f) || ++count > 10_000_000) return null;
            }
        }

        return count;
    }

    internal static string SummaryJson(BatchSummary s, TimeSpan elapsed, bool interrupted = false)
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
            if (interrupted) w.WriteBoolean("interrupted", true);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Where batch results go.</summary>
    private interface IResultSink : IAsyncDisposable
    {
        /// <summary>Writes one result; <paramref name="line"/> is its serialised form when a worker made it already.</summary>
        ValueTask WriteAsync(BatchResult result, string? line);

        /// <summary>Writes out what is buffered, ending on a whole record.</summary>
        ValueTask FlushAsync();
    }

    private sealed class ParquetResultSink(ParquetSink sink) : IResultSink
    {
        public ValueTask WriteAsync(BatchResult result, string? line) => sink.WriteAsync(result);

        public ValueTask FlushAsync() => ValueTask.CompletedTask; // the row groups are written when the file is closed

        public ValueTask DisposeAsync() => sink.DisposeAsync();
    }

    /// <summary>JSON Lines: the <c>parse --jsonl</c> contract plus <c>url</c> and <c>crawlDate</c>.</summary>
    private sealed class JsonLinesSink(TextWriter writer, bool owns) : IResultSink
    {
        public static string Line(BatchResult result) => InterviewJson.Serialize(result.Interview!, result.Source, crawlDate: result.CrawlDate);

        public async ValueTask WriteAsync(BatchResult result, string? line) =>
            await writer.WriteLineAsync(line ?? Line(result)).ConfigureAwait(false);

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

        public async ValueTask FlushAsync() => await writer.FlushAsync().ConfigureAwait(false);

        public async ValueTask DisposeAsync()
        {
            await writer.FlushAsync().ConfigureAwait(false);
            if (owns) await writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
