using System.Text;
using BenchmarkDotNet.Attributes;

namespace InterviewParser.Benchmarks;

/// <summary>
/// Worst-shaped inputs at 1, 4 and 16 MB: unclosed paragraphs (a tree node per tag), formatting tags left open (deep
/// nesting), plain paragraphs (a normal page made long), paragraphs each run in by a different bold phrase (labels
/// used once: the turn stage judges every one of them), and questions each in a look of its own (a colour per
/// paragraph: the turn stage weighs every look once). Time should grow in proportion to the size, and the
/// memory stay within a small multiple of it.
/// </summary>
[MemoryDiagnoser]
public class HostileShapeBenchmarks
{
    private string _page = string.Empty;

    /// <summary>The input size in MiB.</summary>
    [Params(1, 4, 16)]
    public int Megabytes { get; set; }

    /// <summary>The shape of the page.</summary>
    [Params("unclosed-p", "open-b", "paragraphs", "lead-ins", "looks")]
    public string Shape { get; set; } = "unclosed-p";

    /// <summary>Builds the page once per parameter set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string unit = Shape switch
        {
            "unclosed-p" => "<p>x",
            "open-b" => "<b>",
            _ => "<p>The ferry leaves at nine, and the harbour master waves from the pier, every day.</p>\n",
        };
        var sb = new StringBuilder("<html><body>", Megabytes * 1024 * 1024 + 64);
        for (int n = 0; sb.Length < Megabytes * 1024 * 1024; n++)
        {
            if (Shape == "lead-ins") sb.Append("<p><b>a note on item ").Append(n).Append(":</b> the ferry leaves at nine.</p>\n");
            else if (Shape == "looks") sb.Append("<p style=\"color:#").Append(n % 0xFFFFFF).Append("\">Does the ferry leave at nine?</p>\n");
            else sb.Append(unit);
        }
        _page = sb.Append("The end.</body></html>").ToString();
    }

    /// <summary>The whole pipeline on the page, with the default time limit.</summary>
    /// <returns>The body length.</returns>
    [Benchmark]
    public int Parse() => Interviews.Parse(_page).Body.Length;
}
