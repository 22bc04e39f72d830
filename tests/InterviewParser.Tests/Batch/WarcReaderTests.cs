using System.Text;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using InterviewParser.Batch.Warc;
using Xunit;
using static InterviewParser.Tests.Batch.ArchiveBuilder;

namespace InterviewParser.Tests.Batch;

public class WarcReaderTests
{
    private static readonly BatchOptions Options = new();

    static WarcReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static List<BatchDocument> Documents(byte[] warc) => [.. WarcDocuments.Read(new MemoryStream(warc), "test.warc", Options, CancellationToken.None)];

    private static byte[] Page => Utf8(Fixtures.BoldQuestionPage);

    /// <summary>A stream that hands out at most a few bytes per read, as a slow pipe or a decoder may.</summary>
    private sealed class Trickle(byte[] data, int most) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, most)]);

        public override bool CanSeek => false;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Records_read_a_few_bytes_at_a_time_are_the_records_read_whole(int most)
    {
        var warc = Concat([.. Enumerable.Range(0, 6).Select(i => Record("response", $"http://example.org/{i}", HttpResponse("text/html", Utf8(new string('p', 70_000 + 40_009 * i)))))]);

        static List<(string? Uri, int Length, string? Note, string? Error)> Read(Stream s) =>
            [.. new WarcReader(s, 4 << 20).Records().Select(r => (r.TargetUri, r.Block?.Length ?? -1, r.Note, r.Error))];

        var whole = Read(new MemoryStream(warc));
        var trickled = Read(new Trickle(warc, most));

        whole.Should().HaveCount(6).And.OnlyContain(r => r.Note == null && r.Error == null);
        trickled.Should().Equal(whole);
    }

    [Fact]
    public void Response_records_become_documents_and_other_records_are_skipped_with_their_type()
    {
        var warc = Concat([
            Record("warcinfo", null, Utf8("software: test\r\n"), "application/warc-fields"),
            Record("request", "http://example.org/a", Utf8("GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"), "application/http; msgtype=request"),
            Record("response", "http://example.org/a", HttpResponse("text/html; charset=utf-8", Page)),
            Record("revisit", "http://example.org/a", Utf8("HTTP/1.1 200 OK\r\n\r\n")),
            Record("metadata", "http://example.org/a", Utf8("fetchTimeMs: 12\r\n"), "application/warc-fields"),
        ]);

        var docs = Documents(warc);

        docs.Should().HaveCount(5);
        docs.Where(d => d.Reason is null).Should().ContainSingle().Which.Url.Should().Be("http://example.org/a");
        docs.Select(d => d.Reason).Should().Contain(["WARC warcinfo record", "WARC request record", "WARC revisit record", "WARC metadata record"]);
        docs[2].CrawlDate.Should().Be(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
    }

    [Fact]
    public void Per_record_gzip_whole_file_gzip_and_plain_warc_read_the_same()
    {
        var records = new[]
        {
            Record("response", "http://example.org/1", HttpResponse("text/html", Page)),
            Record("response", "http://example.org/2", HttpResponse("text/plain", Utf8(Fixtures.TextScrape))),
        };

        var plain = Documents(Concat(records));
        var perRecord = Documents(Concat(records.Select(Gzip)));
        var whole = Documents(Gzip(Concat(records)));

        foreach (var docs in new[] { perRecord, whole })
        {
            docs.Select(d => (d.Url, d.Content?.Length)).Should().Equal(plain.Select(d => (d.Url, d.Content?.Length)));
        }
    }

    [Fact]
    public void A_corrupt_record_in_the_middle_costs_that_record_and_the_reader_resynchronises()
    {
        var warc = Concat([
            Record("response", "http://example.org/1", HttpResponse("text/html", Page)),
            Utf8("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\ngarbage garbage garbage\r\n\r\n"),
            Utf8("\x00\x01 stray bytes that are no record at all\r\n"),
            Record("response", "http://example.org/3", HttpResponse("text/html", Page)),
        ]);

        var docs = Documents(warc);

        docs.Should().HaveCount(3);
        docs[0].Reason.Should().BeNull();
        docs[1].Failed.Should().BeTrue();
        docs[1].Reason.Should().Contain("Content-Length");
        docs[2].Url.Should().Be("http://example.org/3");
        docs[2].Content.Should().NotBeNull();
    }

    [Fact]
    public void A_content_length_that_is_too_long_does_not_swallow_the_next_record()
    {
        var first = Record("response", "http://example.org/1", HttpResponse("text/html", Page));
        var second = Record("response", "http://example.org/2", HttpResponse("text/html", Page));
        // Claim 40 more bytes than the block has: the reader must still find the second record.
        string text = Encoding.Latin1.GetString(first);
        int at = text.IndexOf("Content-Length: ", StringComparison.Ordinal) + 16;
        int end = text.IndexOf('\r', at);
        int length = int.Parse(text[at..end], System.Globalization.CultureInfo.InvariantCulture);
        var lying = Encoding.Latin1.GetBytes(text[..at] + (length + 40) + text[end..]);

        var docs = Documents(Concat([lying, second]));

        docs.Select(d => d.Url).Should().Equal("http://example.org/1", "http://example.org/2");
    }

    [Fact]
    public void A_truncated_last_gzip_member_keeps_every_record_before_it()
    {
        var members = new[]
        {
            Gzip(Record("response", "http://example.org/1", HttpResponse("text/html", Page))),
            Gzip(Record("response", "http://example.org/2", HttpResponse("text/html", Page))),
        };
        var last = Gzip(Record("response", "http://example.org/3", HttpResponse("text/html", Page)));
        var warc = Concat([.. members, last[..(last.Length / 2)]]);

        var docs = Documents(warc);

        docs.Take(2).Should().OnlyContain(d => d.Reason == null && d.Content != null);
        docs.Should().HaveCountGreaterThan(2, "the damaged member is reported, not dropped");
        docs.Skip(2).Should().OnlyContain(d => d.Failed || d.Note != null);
    }

    [Fact]
    public void Chunked_and_gzip_encoded_bodies_are_decoded()
    {
        byte[] gz = Gzip(Page);
        var chunked = Concat([Utf8($"{gz.Length:x}\r\n"), gz, Utf8("\r\n0\r\n\r\n")]);
        var warc = Record("response", "http://example.org/z", Concat([
            Utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"), chunked]));

        var doc = Documents(warc).Single();

        Encoding.UTF8.GetString(doc.Content!).Should().Be(Fixtures.BoldQuestionPage);
    }

    [Fact]
    public void A_body_falsely_labelled_gzip_is_taken_as_it_is_with_a_note()
    {
        var warc = Record("response", "http://example.org/lie", HttpResponse("text/html", Page, "Content-Encoding: gzip\r\n"));

        var doc = Documents(warc).Single();

        doc.Content.Should().Equal(Page);
        doc.Note.Should().Contain("did not decode");
    }

    [Fact]
    public void Non_html_payloads_are_skipped_and_windows_1251_pages_decode_by_their_header()
    {
        const string russian = "<html><body><article><h1>Маяк на острове</h1><p>Смотритель маяка рассказал о своей работе и о жизни на острове зимой.</p></article></body></html>";
        var cp1251 = Encoding.GetEncoding(1251).GetBytes(russian);
        var warc = Concat([
            Record("response", "http://example.org/pic.png", HttpResponse("image/png", [0x89, 0x50, 0x4e, 0x47])),
            Record("response", "http://example.org/ru", HttpResponse("text/html; charset=windows-1251", cp1251)),
        ]);

        var docs = Documents(warc);

        docs[0].Reason.Should().Contain("image/png");
        var result = Interviews.Parse(docs[1].Content!, new ParseOptions { ContentType = docs[1].ContentType });
        result.Headline.Should().Be("Маяк на острове");
    }

    [Fact]
    public void Warc_version_0_18_and_1_1_records_are_read()
    {
        var v11 = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(Record("response", "http://example.org/11", HttpResponse("text/html", Page))).Replace("WARC/1.0", "WARC/1.1"));
        var v018 = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(Record("response", "http://example.org/18", HttpResponse("text/html", Page))).Replace("WARC/1.0", "WARC/0.18"));

        var records = new WarcReader(new MemoryStream(Concat([v11, v018])), 1 << 20).Records().ToList();

        records.Select(r => r.Version).Should().Equal("WARC/1.1", "WARC/0.18");
        records.Should().OnlyContain(r => r.Error == null && r.Block != null);
    }

    [Theory]
    [InlineData(1)] // one reader inflating in turn
    [InlineData(WarcDocuments.InflateAheadFromWorkers)] // members inflated ahead
    public void A_corrupt_gzip_member_in_the_middle_costs_only_its_record(int workers)
    {
        var first = Gzip(Record("response", "http://example.org/1", HttpResponse("text/html", Page)));
        var second = Gzip(Record("response", "http://example.org/2", HttpResponse("text/html", Page)));
        var third = Gzip(Record("response", "http://example.org/3", HttpResponse("text/html", Page)));
        for (int i = 40; i < 120; i++) second[i] ^= 0x5a; // damage the compressed data of the second member
        var path = Path.Combine(TempFolder(), "damaged.warc.gz");
        File.WriteAllBytes(path, Concat([first, second, third]));

        using var stream = File.OpenRead(path);
        var docs = WarcDocuments.Read(stream, "damaged.warc.gz", Options with { MaxDegreeOfParallelism = workers }, CancellationToken.None).ToList();

        docs.Where(d => d.Reason is null).Select(d => d.Url).Should().Equal("http://example.org/1", "http://example.org/3");
        docs.Should().Contain(d => d.Failed && d.Reason!.Contains("damaged gzip"));
    }

    [Fact]
    public void Members_are_inflated_ahead_only_when_the_workers_could_outpace_one_reader()
    {
        WarcDocuments.InflatesAhead(Options with { MaxDegreeOfParallelism = 2 }).Should().BeFalse();
        WarcDocuments.InflatesAhead(Options with { MaxDegreeOfParallelism = 16 }).Should().BeTrue();
    }
}
