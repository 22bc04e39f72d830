using System.Text;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using Xunit;
using static InterviewParser.Tests.Batch.ArchiveBuilder;

namespace InterviewParser.Tests.Safety;

/// <summary>Damaged WARC files: every record is accounted for exactly once, damage is reported once, reading goes forward.</summary>
public class DamagedWarcTests
{
    private static byte[] Page(int i) => HttpResponse("text/html; charset=utf-8",
        Utf8($"<html><head><title>Harbour news {i}</title></head><body><article><p>Report number {i}: the ferry left at nine, on time, and the harbour master waved from the pier as always.</p></article></body></html>"));

    private static byte[] Member(int i) => Gzip(Record("response", $"https://example.org/{i}", Page(i)));

    private static async Task<(List<BatchResult> Results, BatchSummary Summary)> Run(byte[] warc)
    {
        string path = Path.Combine(TempFolder(), "damaged.warc.gz");
        File.WriteAllBytes(path, warc);
        var summary = new BatchSummary();
        var results = new List<BatchResult>();
        await foreach (var r in InterviewBatch.ParseAsync([path], new BatchOptions { MaxDegreeOfParallelism = 2 }, summary)) results.Add(r);
        return (results, summary);
    }

    [Fact]
    public async Task Every_fortieth_member_corrupted_and_the_last_cut_gives_one_failure_each()
    {
        const int records = 401;
        var members = new List<byte[]>();
        int corrupted = 0;
        for (int i = 1; i <= records; i++)
        {
            var m = Member(i);
            if (i % 40 == 0)
            {
                // Overwrite the middle of the compressed data: the member cannot be inflated.
                for (int k = m.Length / 3; k < m.Length / 3 + 24 && k < m.Length - 8; k++) m[k] ^= 0x5A;
                corrupted++;
            }

            if (i == records) m = m[..(m.Length / 2)];
            members.Add(m);
        }

        var (results, summary) = await Run(Concat(members));

        summary.Failed.Should().Be(corrupted + 1);
        (summary.Parsed + summary.Failed + summary.Skipped).Should().Be(records);
        summary.Seen.Should().Be(records);
        results.Select(r => r.Source).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task An_absurd_content_length_loses_no_record_after_it()
    {
        var parts = new List<byte[]> { Member(1), Gzip(Record("response", "https://example.org/liar", Page(2), length: "99000000000000000")) };
        for (int i = 3; i <= 10; i++) parts.Add(Member(i));

        var (results, summary) = await Run(Concat(parts));

        summary.Seen.Should().Be(10);
        results.Count(r => r.Status == BatchStatus.Parsed).Should().Be(9);
        results.Single(r => r.Status == BatchStatus.Failed).Reason.Should().Contain("runs past the next record");
    }

    [Fact]
    public void A_long_gap_without_records_is_skipped_in_bounded_memory_and_reported_once()
    {
        var junk = new byte[8 * 1024 * 1024];
        Array.Fill(junk, (byte)'x');
        var warc = Concat([Record("response", "https://example.org/1", Page(1)), junk, Encoding.ASCII.GetBytes("\r\n"), Record("response", "https://example.org/2", Page(2))]);

        var docs = DocumentSources.Read(WriteTemp(warc, "gap.warc"), new BatchOptions()).ToList();

        docs.Should().HaveCount(3);
        docs.Count(d => d.Content is not null).Should().Be(2);
        docs.Single(d => d.Failed).Reason.Should().Contain("no WARC record");
    }

    [Fact]
    public void A_content_length_shorter_than_the_block_is_noted_on_the_record()
    {
        var block = Page(1);
        var warc = Concat([Record("response", "https://example.org/1", block, length: (block.Length - 10).ToString(System.Globalization.CultureInfo.InvariantCulture)), Record("response", "https://example.org/2", Page(2))]);

        var docs = DocumentSources.Read(WriteTemp(warc, "short.warc"), new BatchOptions()).ToList();

        docs[0].Note.Should().Contain("ends before the block does");
        docs.Count(d => d.Content is not null).Should().Be(2);
    }

    private static string WriteTemp(byte[] bytes, string name)
    {
        string path = Path.Combine(TempFolder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
