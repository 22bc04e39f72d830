using BenchmarkDotNet.Running;

namespace InterviewParser.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/InterviewParser.Benchmarks -- --filter '*'</c>;
/// <c>-- paired [rounds]</c> runs the page-by-page pipeline ÷ parse comparison instead, <c>-- stages [rounds]</c> the
/// same with the pipeline's stages timed one by one, <c>-- walk [rounds]</c> the tree walk alone, <c>-- warc FILE [rounds]</c> the WARC reader over a file.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switches; or <c>paired</c> or <c>stages</c> and a round count; or <c>warc</c>, a file and a round count.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "paired")
        {
            PairedRatio.Run(args.Length > 1 && int.TryParse(args[1], out int rounds) && rounds > 0 ? rounds : 10);
            return;
        }

        if (args.Length > 0 && args[0] == "walk")
        {
            StageTiming.Walk(args.Length > 1 && int.TryParse(args[1], out int w) && w > 0 ? w : 20);
            return;
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            StageTiming.Run(args.Length > 1 && int.TryParse(args[1], out int n) && n > 0 ? n : 7);
            return;
        }

        if (args.Length > 1 && args[0] == "warc")
        {
            WarcTiming.Run(args[1], args.Length > 2 && int.TryParse(args[2], out int turns) && turns > 0 ? turns : 5);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
