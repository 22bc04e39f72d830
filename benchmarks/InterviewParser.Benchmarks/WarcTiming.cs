using System.Diagnostics;
using System.IO.Compression;
using InterviewParser.Batch.Warc;

namespace InterviewParser.Benchmarks;

/// <summary>
/// The WARC reader over a given file, in turns within one process: members inflated ahead (the default), one
/// sequential decoder, and a bare <see cref="GZipStream"/> over the whole file (decompression alone, one thread) for
/// scale. Each round runs the three in a rotating order, so a shared machine's drift touches all alike; prints
/// records/s, MB/s of blocks and the process's CPU time per run, and the medians.
/// </summary>
internal static class WarcTiming
{
    public static void Run(string path, int rounds)
    {
        var runs = new (string Name, Func<string, (int Records, long Bytes)> Read)[]
        {
            ("members inflated ahead", p => Read(p, parallel: true)),
            ("sequential decoder", p => Read(p, parallel: false)),
            ("GZipStream alone", Inflate),
        };
        var seconds = runs.Select(_ => new List<double>()).ToArray();
        var counts = new (int Records, long Bytes)[runs.Length];
        Read(path, parallel: true); // warm-up: code compiled and the file in the page cache
        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < runs.Length; k++)
            {
                int i = (k + r) % runs.Length;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var t = Stopwatch.StartNew();
                counts[i] = runs[i].Read(path);
                seconds[i].Add(t.Elapsed.TotalSeconds);
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine($"round {r + 1} {runs[i].Name}: {t.Elapsed.TotalSeconds:F3} s ({cpu.TotalSeconds:F3} s of CPU), {counts[i].Records} records, " +
                                  $"{counts[i].Records / t.Elapsed.TotalSeconds:F0} records/s, {counts[i].Bytes / 1e6 / t.Elapsed.TotalSeconds:F0} MB/s");
            }
        }

        for (int i = 0; i < runs.Length; i++)
        {
            double median = Median(seconds[i]);
            Console.WriteLine($"median {runs[i].Name}: {median:F3} s, {counts[i].Records / median:F0} records/s " +
                              $"(of the reader's {counts[0].Records} records), {counts[i].Bytes / 1e6 / median:F0} MB/s");
        }
    }

    private static (int, long) Read(string path, bool parallel)
    {
        using var stream = File.OpenRead(path);
        int n = 0;
        long bytes = 0;
        foreach (var r in new WarcReader(stream, 16 << 20, parallel).Records())
        {
            n++;
            bytes += r.Block?.Length ?? 0;
        }

        return (n, bytes);
    }

    private static (int, long) Inflate(string path)
    {
        using var stream = File.OpenRead(path);
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        var buffer = new byte[1 << 20];
        long bytes = 0;
        int n;
        while ((n = gz.Read(buffer)) > 0) bytes += n;
        return (0, bytes);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
