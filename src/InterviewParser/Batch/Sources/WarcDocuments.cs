using InterviewParser.Batch.Warc;
using InterviewParser.Model;

namespace InterviewParser.Batch.Sources;

/// <summary>
/// Turns WARC records into documents: <c>response</c> records (HTTP decoded), <c>resource</c> records and WET
/// <c>conversion</c> records become documents to parse; <c>request</c>, <c>revisit</c>, <c>metadata</c>,
/// <c>warcinfo</c> and non-HTML payloads are skipped with their reason; broken records fail.
/// </summary>
internal static class WarcDocuments
{
    /// <summary>
    /// From how many parse workers on the members of a <c>.warc.gz</c> are inflated ahead on several threads. One
    /// reader inflating in turn hands out about ten times the records one worker parses (a crawl-shaped file of 6,474
    /// records: 0.43 s of reading against 4.5 s of parsing), so fewer workers never wait for it; inflating ahead
    /// would only add its thread hand-offs (0.47–0.69 s of CPU instead of 0.43 s) to the CPU the workers need: with
    /// two workers on two cores the run took 4 % longer with it.
    /// </summary>
    internal const int InflateAheadFromWorkers = 8;

    public static IEnumerable<BatchDocument> Read(Stream stream, string name, BatchOptions options, CancellationToken cancellationToken)
    {
        var reader = new WarcReader(stream, options.MaxDocumentBytes, InflatesAhead(options));
        int last = 0;
        foreach (var record in reader.Records(cancellationToken))
        {
            last = record.Index;
            yield return ToDocument(record, $"{name}#{record.Index}", options);
        }

        if (reader.Error is { } error && !reader.ErrorReported)
        {
            yield return BatchDocument.Fail($"{name}#{last + 1}", $"the compressed data is damaged after record {last}: {error.Message}");
        }
    }

    /// <summary>Whether the run has enough workers to outpace one reader inflating in turn.</summary>
    internal static bool InflatesAhead(BatchOptions options) => options.Parallelism >= InflateAheadFromWorkers;

    private static BatchDocument ToDocument(WarcRecord r, string source, BatchOptions options)
    {
        if (r.Error is { } error) return BatchDocument.Fail(source, error) with { Url = r.TargetUri, CrawlDate = r.Date };
        if (r.Oversize) return BatchDocument.Skip(source, $"over the size cap ({r.DeclaredLength} bytes)") with { Url = r.TargetUri, CrawlDate = r.Date };
        var block = r.Block!;
        switch (r.Type)
        {
            case "response" when r.ContentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true:
                if (HttpPayload.Parse(block, options.MaxDocumentBytes) is not { } http)
                {
                    return BatchDocument.Fail(source, "the HTTP response has no header end") with { Url = r.TargetUri, CrawlDate = r.Date };
                }

                if (http.Status is < 200 or >= 300 && http.Status != 0)
                {
                    return BatchDocument.Skip(source, $"HTTP status {http.Status}") with { Url = r.TargetUri, CrawlDate = r.Date };
                }

                var doc = Document(source, r, http.Body, http.ContentType);
                return http.Note is { } httpNote && doc.Reason is null ? doc with { Note = doc.Note is null ? httpNote : doc.Note + "; " + httpNote } : doc;
            case "response" or "resource" or "conversion":
                return Document(source, r, block, r.ContentType);
            default:
                return BatchDocument.Skip(source, $"WARC {(r.Type.Length > 0 ? r.Type : "untyped")} record") with { Url = r.TargetUri, CrawlDate = r.Date };
        }
    }

    private static BatchDocument Document(string source, WarcRecord r, byte[] body, string? contentType)
    {
        var format = DocumentSources.FormatOfContentType(contentType);
        if (format is null)
        {
            return BatchDocument.Skip(source, $"not HTML or text ({MediaType(contentType)})") with { Url = r.TargetUri, CrawlDate = r.Date };
        }

        string? note = r.Truncated ? $"the WARC record is truncated: {body.Length} of {r.DeclaredLength} declared bytes are present" : r.Note;
        return new BatchDocument(source, body) { Url = r.TargetUri, CrawlDate = r.Date, ContentType = contentType, Format = format.Value, Note = note };
    }

    private static string MediaType(string? contentType) => contentType?.Split(';')[0].Trim() ?? "no content type";
}
