using System.Diagnostics;
using AngleSharp;
using AngleSharp.Html.Parser;

namespace InterviewParser.Benchmarks;

/// <summary>
/// The pipeline against AngleSharp's bare parse, page by page in one process: each page is parsed both ways in turn
/// (which goes first alternates by round), so that a shared machine's drift, which moves whole benchmark runs by tens
/// of percent, touches both sides alike. Prints each round's time and allocation ratios and their medians.
/// </summary>
internal static class PairedRatio
{
    /// <summary>
    /// Passes over the pages before timing. Most of the pipeline's methods run once or a few times per page, so
    /// tiered compilation reaches them pages later than the parser's per-character loops: after three passes the
    /// pipeline still got faster round by round (1.48, 1.47, 1.42, 1.37, 1.28 in one run), after ten it no longer does.
    /// </summary>
    internal const int WarmUpPasses = 10;

    public static void Run(int rounds)
    {
        string[] pages = PipelineBenchmarks.ArticlePages();
        var context = BrowsingContext.New(Configuration.Default);
        var options = new HtmlParserOptions { IsScripting = false, SkipComments = true };

        // Warm-up: both paths tiered up before anything is timed.
        for (int i = 0; i < WarmUpPasses; i++)
        {
            foreach (var page in pages)
            {
                using (new HtmlParser(options, context).ParseDocument(page)) { }
                Interviews.Parse(page);
            }
        }

        var times = new List<double>();
        var bytes = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            long parseTicks = 0, pipelineTicks = 0, parseBytes = 0, pipelineBytes = 0;
            TimeSpan parsePause = TimeSpan.Zero, pipelinePause = TimeSpan.Zero;
            foreach (var page in pages)
            {
                for (int k = 0; k < 2; k++)
                {
                    var p0 = GC.GetTotalPauseDuration();
                    long a0 = GC.GetAllocatedBytesForCurrentThread(), t0 = Stopwatch.GetTimestamp();
                    if ((k + r) % 2 == 0)
                    {
                        using (new HtmlParser(options, context).ParseDocument(page)) { }
                        parseTicks += Stopwatch.GetTimestamp() - t0;
                        parseBytes += GC.GetAllocatedBytesForCurrentThread() - a0;
                        parsePause += GC.GetTotalPauseDuration() - p0;
                    }
                    else
                    {
                        Interviews.Parse(page);
                        pipelineTicks += Stopwatch.GetTimestamp() - t0;
                        pipelineBytes += GC.GetAllocatedBytesForCurrentThread() - a0;
                        pipelinePause += GC.GetTotalPauseDuration() - p0;
                    }
                }
            }

            times.Add((double)pipelineTicks / parseTicks);
            bytes.Add((double)pipelineBytes / parseBytes);
            Console.WriteLine($"round {r + 1}: pipeline ÷ parse {times[^1]:F3} in time, {bytes[^1]:F3} in bytes " +
                $"({pages.Length} pages; parse {parseTicks * 1000.0 / Stopwatch.Frequency:F0} ms, of which GC pauses {parsePause.TotalMilliseconds:F0} ms; " +
                $"pipeline {pipelineTicks * 1000.0 / Stopwatch.Frequency:F0} ms, GC pauses {pipelinePause.TotalMilliseconds:F0} ms)");
        }

        times.Sort();
        bytes.Sort();
        Console.WriteLine($"median of {rounds} rounds: {times[rounds / 2]:F3} in time, {bytes[rounds / 2]:F3} in bytes");
    }
}
