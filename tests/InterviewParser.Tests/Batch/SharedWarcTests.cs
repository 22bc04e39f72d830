using System.Text.RegularExpressions;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using InterviewParser.Batch.Warc;
using Xunit;

namespace InterviewParser.Tests.Batch;

/// <summary>The real WARC/WET files of ../shared/warc, read with the record counts their MANIFEST.md states.</summary>
public class SharedWarcTests
{
    private static string? SharedWarcFolder() => Fixtures.FindShared("warc");

    /// <summary>Reads the manifest's summary table: file → records by WARC-Type.</summary>
    private static Dictionary<string, Dictionary<string, int>> Manifest(string folder)
    {
        var result = new Dictionary<string, Dictionary<string, int>>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "MANIFEST.md")))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal)) continue;
            var cells = line.Split('|');
            string file = cells[1].Trim().Trim('`');
            var counts = new Dictionary<string, int>();
            foreach (Match m in Regex.Matches(cells[5], @"([a-z-]+): (\d+)", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                counts[m.Groups[1].Value] = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            result[file] = counts;
        }

        return result;
    }

    [SkippableFact]
    public void Every_shared_warc_file_reads_with_the_manifest_record_counts()
    {
        string? folder = SharedWarcFolder();
        Skip.If(folder is null, "../shared/warc is not beside the repository");
        var manifest = Manifest(folder!);
        manifest.Should().HaveCountGreaterThanOrEqualTo(18);

        foreach (var (file, expected) in manifest)
        {
            using var stream = File.OpenRead(Path.Combine(folder!, file));
            var records = new WarcReader(stream, 64 << 20).Records().ToList();
            // A record cut by the end of the data is reported as failed, but it was seen whole up to the cut.
            var readable = records.Where(r => r.Error is null || r.Truncated).GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
            readable.Should().BeEquivalentTo(expected, $"{file} holds these records by its manifest");
        }
    }

    [SkippableFact]
    public async Task The_batch_run_over_the_shared_warc_files_accounts_for_every_record()
    {
        string? folder = SharedWarcFolder();
        Skip.If(folder is null, "../shared/warc is not beside the repository");
        var manifest = Manifest(folder!);
        var summary = new BatchSummary();
        var results = new List<BatchResult>();
        await foreach (var r in InterviewBatch.ParseAsync([folder!], new BatchOptions { IncludePatterns = [] }, summary)) results.Add(r);

        long expectedRecords = manifest.Values.Sum(c => c.Values.Sum());
        summary.Seen.Should().Be(results.Count).And.Be(summary.Parsed + summary.Skipped + summary.Failed);
        long cut = results.Count(r => r.Status == BatchStatus.Failed && r.Reason!.Contains("ends inside this record"));
        long notWarc = results.Count(r => r.Status == BatchStatus.Skipped && r.Reason == DocumentSources.NotSelected); // the manifest itself
        (summary.Parsed + summary.Skipped - notWarc + cut).Should().Be(expectedRecords, "every readable record comes out, a record cut by the end of its file as failed");
        results.Where(r => r.Status == BatchStatus.Failed).Should().OnlyContain(
            r => r.Source.Contains("torture") || r.Reason!.Contains("ends inside this record") || r.Reason!.Contains("no WARC record were skipped"),
            "only the validator's torture file is broken beyond its records, besides records cut by the end of their file and stray bytes between records");
    }
}
