using System.Diagnostics;
using System.Text;
using InterviewParser;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;

namespace InterviewParser.Fuzz;

/// <summary>
/// An in-process mutation fuzzer with a watchdog. It mutates seed documents (bytes flipped, markup spliced in,
/// chunks repeated, cut or swapped), feeds each to the parser, the JSON Lines reader, the WARC reader and the zip, tar
/// and gzip readers, and
/// saves every input that throws, outlives the watchdog, raises the process's peak working set by over 1 GB, or leaves
/// the process beyond the memory bound after a full collection.
/// Usage: <c>dotnet run -c Release --project tests/InterviewParser.Fuzz -- SEED_DIR [--minutes N] [--out DIR] [--seed N]</c>;
/// <c>-- SEED_DIR --replay FILE [--target N]</c> runs one saved finding again.
/// </summary>
public static class Program
{
    private static readonly string[] Splices =
    [
        "<b>", "<s>", "<div>", "<p>", "</p>", "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "<svg><foreignObject>",
        "<template>", "<select><option>", "&#xD800;", "&#0;", "&amp;", "\u0000", "\uFFFD", "<meta charset=\"utf-7\">", "<meta charset=\"x\">",
        "<time datetime=\"2020-01-01T10:00+15:00\">", "<time datetime=\"9999-12-31T23:59-14:00\">", "Q:", "A:", "JANE ROE:", "\r\n",
        "---\ntitle: x\n---\n", "00:00:01,000 --> 00:00:02,000\n", "WEBVTT\n\n", "{\"html\":\"\\ud800\"}", "[1,2,3]\n", "WARC/1.0\r\n",
        "Content-Length: 99999999999999999\r\n", "\u202E", "\uFEFF", "<noscript>", "</noscript>", "<form>", "<h1>", "<article>",
        "<link rel=canonical href=x>", "| a | b |\n|---|---|\n| | |\n", "|---|\n", "――", "记者：", "2024年3月5日", "HOLM. ", "ROE — ",
        "> **Q:** ", "[인터뷰] ", "Jane Roe: (00:04)\n", "D. ", "– ", "5:04 AM ET, ", "Speaker 1 (00:05):\n", "Jane Roe\n00:00:05\n",
        "Jane Roe (Leeds, 1975) is ", "author of \"", "Host Jane Roe ", "Tom Berg is a journalist. ",
    ];

    /// <summary>Entry point.</summary>
    /// <param name="args">Seed folder and switches.</param>
    /// <returns>0 when nothing was found, 1 when a finding was saved, 2 on bad arguments.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: InterviewParser.Fuzz SEED_DIR [--minutes N] [--out DIR] [--seed N]");
            return 2;
        }

        double minutes = 5;
        string outDir = "fuzz-findings";
        int seed = Environment.TickCount;
        string? replay = null;
        int replayTarget = 0;
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--minutes": minutes = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": outDir = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--replay": replay = args[i + 1]; break;
                case "--target": replayTarget = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
            }
        }

        if (replay is not null) return Replay(replay, replayTarget);
        var seeds = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".truth.json", StringComparison.Ordinal) && new FileInfo(f).Length < 4_000_000)
            .Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0) seeds.Add(Encoding.UTF8.GetBytes("<html><body><p>Q: Why?</p><p>A: Because.</p></body></html>"));
        var random = new Random(seed);
        var stop = Stopwatch.StartNew();
        long executions = 0, findings = 0;
        var watchdog = TimeSpan.FromSeconds(30);
        const long memoryBound = 4L * 1024 * 1024 * 1024;
        const long growthBound = 1L * 1024 * 1024 * 1024;
        using var self = Process.GetCurrentProcess();
        long peak = self.PeakWorkingSet64;
        Console.WriteLine($"fuzzing {seeds.Count} seeds for {minutes} min, seed {seed}");
        while (stop.Elapsed.TotalMinutes < minutes)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], seeds, random);
            int target = random.Next(5);
            var work = Task.Run(() => Run(target, input));
            string? problem = null;
            try
            {
                if (!work.Wait(watchdog)) problem = $"hang: target {target} ran over {watchdog.TotalSeconds} s";
            }
            catch (AggregateException ex)
            {
                problem = $"crash: target {target}: {ex.InnerException}";
            }

            self.Refresh();
            long newPeak = self.PeakWorkingSet64;
            if (problem is null && newPeak - peak > growthBound) problem = $"memory: target {target} raised the peak working set from {peak >> 20} MB to {newPeak >> 20} MB";
            peak = newPeak;
            bool retained = false;
            if (problem is null && Environment.WorkingSet > memoryBound)
            {
                // The working set may hold memory the collector has freed but not returned: collect before judging.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                retained = Environment.WorkingSet > memoryBound;
                if (retained) problem = $"memory: target {target} left the process at {Environment.WorkingSet >> 20} MB after a full collection";
            }

            executions++;
            if (problem is not null)
            {
                findings++;
                Directory.CreateDirectory(outDir);
                string name = Path.Combine(outDir, $"finding-{findings}-target{target}");
                File.WriteAllBytes(name + ".bin", input);
                File.WriteAllText(name + ".txt", problem);
                Console.WriteLine($"[{stop.Elapsed:mm\\:ss}] {problem.Split('\n')[0]} -> {name}.bin");
                if (problem.StartsWith("hang", StringComparison.Ordinal)) break; // the stuck worker keeps a core: stop here
                if (retained) break; // every later input would be reported for the same memory
            }

            if (executions % 1000 == 0) Console.WriteLine($"[{stop.Elapsed:mm\\:ss}] {executions} executions, {findings} findings");
        }

        Console.WriteLine($"done: {executions} executions in {stop.Elapsed.TotalMinutes:F1} min, {findings} findings");
        return findings == 0 ? 0 : 1;
    }

    /// <summary>Runs one saved input through one entry point and reports the time and the peak working set.</summary>
    private static int Replay(string path, int target)
    {
        var input = File.ReadAllBytes(path);
        using var self = Process.GetCurrentProcess();
        long before = self.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        Run(target, input);
        self.Refresh();
        Console.WriteLine($"replayed {path} on target {target}: {watch.ElapsedMilliseconds} ms, peak working set {before >> 20} MB -> {self.PeakWorkingSet64 >> 20} MB");
        return 0;
    }

    /// <summary>One input through one entry point; only exceptions the library documents as misuse may escape.</summary>
    private static void Run(int target, byte[] input)
    {
        switch (target)
        {
            case 0:
                Touch(Interviews.Parse(input));
                break;
            case 1:
                Touch(Interviews.Parse(Encoding.UTF8.GetString(input), new ParseOptions { Format = Model.DocumentFormat.Text }));
                break;
            case 2:
                foreach (var d in DocumentSources.ReadJsonLines(new MemoryStream(input), "fuzz", new BatchOptions())) _ = d.Reason;
                break;
            case 3:
                foreach (var d in WarcDocuments.Read(new MemoryStream(input), "fuzz.warc", new BatchOptions(), CancellationToken.None)) _ = d.Reason;
                break;
            default:
                // The bytes as a file of the kind their first bytes suggest: zip, gzip (tar or single page) or tar.
                string extension = input is [0x50, 0x4B, ..] ? ".zip" : input is [0x1f, 0x8b, ..] ? (input.Length % 2 == 0 ? ".tar.gz" : ".html.gz") : ".tar";
                string path = Path.Combine(Path.GetTempPath(), $"ip-fuzz-{Environment.ProcessId}{extension}");
                File.WriteAllBytes(path, input);
                try
                {
                    foreach (var d in DocumentSources.Read(path, new BatchOptions())) _ = d.Reason;
                }
                finally
                {
                    File.Delete(path);
                }

                break;
        }
    }

    /// <summary>Reads every computed member, so that a value that throws when read is found.</summary>
    private static void Touch(Model.Interview interview) => _ = Serialization.InterviewJson.Serialize(interview);

    private static byte[] Mutate(byte[] seed, List<byte[]> seeds, Random random)
    {
        var data = new List<byte>(seed);
        int rounds = 1 + random.Next(8);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: data.InsertRange(at, Encoding.UTF8.GetBytes(Splices[random.Next(Splices.Length)])); break;
                case 2:
                    var unit = Encoding.UTF8.GetBytes(Splices[random.Next(Splices.Length)]);
                    int times = random.Next(1, 20_000);
                    var run = new byte[unit.Length * times];
                    for (int k = 0; k < times; k++) unit.CopyTo(run, k * unit.Length);
                    data.InsertRange(at, run);
                    break;
                case 3 when data.Count > 0: data.RemoveRange(at, random.Next(data.Count - at)); break;
                case 4 when data.Count > 0:
                    int len = Math.Min(data.Count - at, random.Next(1, 4096));
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, len));
                    break;
                case 5:
                    var other = seeds[random.Next(seeds.Count)];
                    int from = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(1, 8192))).ToArray());
                    break;
                default:
                    if (data.Count > 0) data[at] = (byte)random.Next(256);
                    break;
            }
        }

        return data.ToArray();
    }
}
