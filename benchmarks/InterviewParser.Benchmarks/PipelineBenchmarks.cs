using AngleSharp;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace InterviewParser.Benchmarks;

/// <summary>
/// The whole pipeline on real HTML pages (the 181 article-extraction benchmark pages in ../shared/corpus/articles,
/// read at run time) against AngleSharp's bare parse of the same pages as the baseline, plus a text page.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);
    private string[] _pages = [];
    private string _textPage = string.Empty;

    /// <summary>Loads the pages once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pages = ArticlePages();
        string? seed = FindShared("seed");
        _textPage = seed is null ? SyntheticText() : File.ReadAllText(Directory.GetFiles(seed, "*.txt")[0]);
    }

    /// <summary>AngleSharp parsing alone: the baseline.</summary>
    /// <returns>A node count so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int AngleSharpParseOnly()
    {
        int n = 0;
        foreach (var page in _pages)
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true }, Context);
            using var doc = parser.ParseDocument(page);
            n += doc.All.Length;
        }

        return n;
    }

    /// <summary>The whole InterviewParser pipeline on the same pages.</summary>
    /// <returns>The body lengths.</returns>
    [Benchmark]
    public int FullPipelineHtml()
    {
        int n = 0;
        foreach (var page in _pages)
        {
            n += Interviews.Parse(page).Body.Length;
        }

        return n;
    }

    /// <summary>The pipeline on a plain-text interview scrape.</summary>
    /// <returns>The turn count.</returns>
    [Benchmark]
    public int FullPipelineText() => Interviews.Parse(_textPage).Turns.Count;

    /// <summary>The 181 article-benchmark pages of <c>../shared/corpus/articles</c> in name order, or one made-up page without it.</summary>
    internal static string[] ArticlePages()
    {
        string? dir = FindShared("corpus/articles");
        return dir is null
            ? [SyntheticPage()]
            : Directory.GetFiles(dir, "*.html").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

    internal static string? FindShared(string sub)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", sub);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    internal static string SyntheticPage()
    {
        var sb = new System.Text.StringBuilder("<html><head><title>Synthetic</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Synthetic interview</h1>");
        for (int i = 0; i < 40; i++)
        {
            sb.Append("<p><b>Question number ").Append(i).Append(", what do you think about it?</b></p>");
            sb.Append("<p>An answer that runs for a while, with commas, clauses, and enough words to look like prose in a real article.</p>");
        }

        return sb.Append("</article><footer>Follow us</footer></body></html>").ToString();
    }

    private static string SyntheticText()
    {
        var sb = new System.Text.StringBuilder("Menu\nSearch\n\nA synthetic interview headline\n\n");
        for (int i = 0; i < 20; i++)
        {
            sb.Append("What do you think about question ").Append(i).Append("?\n\n");
            sb.Append("An answer that runs for a while, with commas, clauses, and enough words to look like prose in an article.\n\n");
        }

        return sb.ToString();
    }
}
