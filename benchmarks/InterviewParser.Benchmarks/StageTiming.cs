using System.Diagnostics;
using AngleSharp;
using AngleSharp.Html.Parser;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Decoding;
using InterviewParser.Metadata;
using InterviewParser.Model;
using InterviewParser.Turns;

namespace InterviewParser.Benchmarks;

/// <summary>
/// Where the pipeline's time goes beyond AngleSharp's parse: page by page, in a rotating order, AngleSharp's parse
/// (the baseline), its asynchronous form with a cancellation token, the same with the library's parser options, the
/// block building (that parse and the walk) and the whole pipeline; prints each as a median multiple of the parse;
/// then the pipeline's stages one by one (set STAGE_REPEAT to a stage's name to run it 20 more times, for a profiler).
/// </summary>
internal static class StageTiming
{
    /// <summary>The walk alone: every page parsed once, then its tree walked again and again; and a bare visit of every node for scale.</summary>
    public static void Walk(int rounds)
    {
        string[] pages = PipelineBenchmarks.ArticlePages();
        var trees = pages.Select(p =>
        {
            var scripts = new MarkupSources(p);
            var doc = new HtmlParser(HtmlBlockBuilder.ParserOptions with { OnCreated = scripts.Created }, HtmlBlockBuilder.Browsing).ParseDocument(p);
            return (doc, scripts);
        }).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var (doc, scripts) in trees) HtmlBlockBuilder.Build(doc, scripts, default).Release();
            double walk = (Stopwatch.GetTimestamp() - t0) * 1000.0 / Stopwatch.Frequency;
            t0 = Stopwatch.GetTimestamp();
            long nodes = 0;
            foreach (var (doc, _) in trees) nodes += Visit(doc.DocumentElement);
            Console.WriteLine($"walk round {r + 1}: {walk:F1} ms; bare traversal {(Stopwatch.GetTimestamp() - t0) * 1000.0 / Stopwatch.Frequency:F1} ms ({nodes} nodes)");
        }
    }

    private static long Visit(AngleSharp.Dom.INode node)
    {
        long n = 1;
        var children = node.ChildNodes;
        for (int i = 0, count = children.Length; i < count; i++)
        {
            var child = children[i];
            if (child.NodeType == AngleSharp.Dom.NodeType.Element) n += Visit(child);
            else n++;
        }

        return n;
    }

    public static void Run(int rounds)
    {
        string[] pages = PipelineBenchmarks.ArticlePages();
        var context = BrowsingContext.New(Configuration.Default);
        var options = new HtmlParserOptions { IsScripting = false, SkipComments = true };
        using var cts = new CancellationTokenSource();
        var steps = new (string Name, Action<string> Run)[]
        {
            ("parse", p => { using (new HtmlParser(options, context).ParseDocument(p)) { } }),
            ("parse, asynchronous with a token", p => { using (new HtmlParser(options, context).ParseDocumentAsync(p, cts.Token).GetAwaiter().GetResult()) { } }),
            ("parse with the library's parser options", p => { using (new HtmlParser(HtmlBlockBuilder.ParserOptions, HtmlBlockBuilder.Browsing).ParseDocumentAsync(p, cts.Token).GetAwaiter().GetResult()) { } }),
            ("block building", p => HtmlBlockBuilder.Build(p, cts.Token).Release()),
            ("pipeline", p => Interviews.Parse(p)),
        };
        for (int i = 0; i < PairedRatio.WarmUpPasses; i++)
        {
            foreach (var page in pages)
            {
                foreach (var s in steps) s.Run(page);
            }
        }

        var ratios = steps.Select(_ => new List<double>()).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            var ticks = new long[steps.Length];
            foreach (var page in pages)
            {
                for (int k = 0; k < steps.Length; k++)
                {
                    int i = (k + r) % steps.Length;
                    long t0 = Stopwatch.GetTimestamp();
                    steps[i].Run(page);
                    ticks[i] += Stopwatch.GetTimestamp() - t0;
                }
            }

            for (int i = 0; i < steps.Length; i++) ratios[i].Add((double)ticks[i] / ticks[0]);
            Console.WriteLine($"round {r + 1}: " + string.Join(", ", steps.Select((s, i) => $"{s.Name} {ratios[i][^1]:F3}")));
        }

        foreach (var (s, i) in steps.Select((s, i) => (s, i)))
        {
            var sorted = ratios[i].Order().ToList();
            Console.WriteLine($"median {s.Name} ÷ parse: {sorted[sorted.Count / 2]:F3}");
        }

        // The stages after block building, in the pipeline's order, each timed over all pages, as shares of the parse.
        var stage = new Dictionary<string, long>();
        long parseTicks = 0;
        for (int r = 0; r < rounds; r++)
        {
            foreach (var page in pages)
            {
                long t0 = Stopwatch.GetTimestamp();
                steps[0].Run(page);
                parseTicks += Stopwatch.GetTimestamp() - t0;
                Stages(page, stage);
            }
        }

        foreach (var (name, ticks) in stage) Console.WriteLine($"stage {name}: {(double)ticks / parseTicks:F3} of the parse");
    }

    private static readonly string? Repeated = Environment.GetEnvironmentVariable("STAGE_REPEAT");

    private static int Repeat(string stage) => Repeated == stage ? 20 : 0;

    /// <summary>The pipeline's stages for one HTML page, as <see cref="InterviewPipeline"/> runs them, each timed.</summary>
    private static void Stages(string page, Dictionary<string, long> into)
    {
        long t = Stopwatch.GetTimestamp();
        void Lap(string name)
        {
            long now = Stopwatch.GetTimestamp();
            into[name] = into.GetValueOrDefault(name) + now - t;
            t = now;
        }

        var format = InputDecoder.Sniff(page);
        using (var timer = new CancellationTokenSource())
        {
            timer.CancelAfter(TimeSpan.FromSeconds(2));
            Lap("sniff and timer");
            NestingGuard.Inspect(page);
            Lap("nesting guard");
            var doc = HtmlBlockBuilder.Build(page, timer.Token);
            Lap("block building");
            SmallLetterNames.Capitalise(doc.Blocks);
            Lap("small-letter names");
            var diagnostics = new List<Diagnostic>();
            var selection = ChromeFilter.Select(doc, diagnostics);
            for (int k = 0; k < Repeat("chrome"); k++) ChromeFilter.Select(doc, diagnostics);
            Lap("chrome");
            var (headline, headlineIndex) = HeadlineExtractor.Extract(doc, selection);
            Lap("headline");
            string? url = doc.CanonicalUrl ?? doc.FindMeta("og:url");
            var (published, updated) = TimestampExtractor.Extract(doc, selection, headlineIndex, url, null);
            for (int k = 0; k < Repeat("timestamps"); k++) TimestampExtractor.Extract(doc, selection, headlineIndex, url, null);
            Lap("timestamps");
            var content = ContentCleaner.Clean(selection.Content, headline, headlineIndex >= 0 ? doc.Blocks[headlineIndex] : null);
            Lap("cleaning");
            var segmentation = TurnSegmenter.Segment(content, []);
            Lap("segmentation");
            var preContent = headlineIndex >= 0 && selection.FirstContentIndex > headlineIndex
                ? doc.Blocks.GetRange(headlineIndex, selection.FirstContentIndex - headlineIndex)
                : [];
            segmentation = InterviewDecision.Decide(segmentation, doc, headline, preContent, content);
            Lap("interview decision");
            var drafts = segmentation.IsInterview
                ? ParticipantExtractor.Extract(doc, headline, segmentation.Lead, segmentation, preContent, headlineIndex)
                : [];
            segmentation = InterviewDecision.Confirm(segmentation, drafts);
            if (!segmentation.IsInterview) drafts = [];
            Lap("participants");
            TrailingNotes.Trim(segmentation, drafts, doc, url, content);
            Lap("trailing notes");
            var lead = LeadExtractor.Extract(doc, headlineIndex, selection.FirstContentIndex, content, segmentation);
            Lap("lead");
            var above = LeadExtractor.BlocksAbove(doc, headlineIndex, selection.FirstContentIndex, lead);
            InterviewAssembler.Assemble(doc, above.Count == 0 ? content : [.. above, .. content], headline, published, updated, lead, segmentation, drafts, diagnostics);
            Lap("assembly");
            doc.Release();
            _ = format;
        }

        Lap("timer disposal");
    }
}
