using BenchmarkDotNet.Running;

namespace InterviewParser.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/InterviewParser.Benchmarks -- --filter '*'</c>;
/// <c>-- paired [rounds]</c> runs the page-by-page pipeline ÷ parse comparison instead.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switches, or <c>paired</c> and a round count.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "paired")
        {
            PairedRatio.Run(args.Length > 1 && int.TryParse(args[1], out int rounds) && rounds > 0 ? rounds : 10);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
