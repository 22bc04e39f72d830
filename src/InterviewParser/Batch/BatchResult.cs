using InterviewParser.Model;

namespace InterviewParser.Batch;

/// <summary>What became of one input document.</summary>
public enum BatchStatus
{
    /// <summary>Parsed; <see cref="BatchResult.Interview"/> holds the result (which may say it is not an interview).</summary>
    Parsed,
    /// <summary>Not parsed on purpose: not HTML or text, over the size cap, a WARC request or revisit record…</summary>
    Skipped,
    /// <summary>Could not be read: a corrupt archive entry, a truncated record, an I/O error.</summary>
    Failed,
}

/// <summary>The outcome for one input document of a batch run; every document seen yields exactly one.</summary>
/// <param name="Source">Where the document came from: the file path, or "archive!entry" / "file.warc.gz#42" inside an archive.</param>
/// <param name="Status">Parsed, skipped or failed.</param>
/// <param name="Interview">The parse result when <see cref="Status"/> is <see cref="BatchStatus.Parsed"/>.</param>
/// <param name="Reason">Why the document was skipped or failed.</param>
public sealed record BatchResult(string Source, BatchStatus Status, Interview? Interview, string? Reason)
{
    /// <summary>The document's URL when the archive gives one (WARC target URI, JSON Lines <c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>When the document was captured, when the archive says (WARC-Date).</summary>
    public DateTimeOffset? CrawlDate { get; init; }
}

/// <summary>Running totals of a batch run: <see cref="Seen"/> always equals parsed + skipped + failed.</summary>
public sealed class BatchSummary
{
    private long _parsed, _interviews, _skipped, _failed, _bytes;

    /// <summary>Documents seen.</summary>
    public long Seen => Parsed + Skipped + Failed;

    /// <summary>Documents parsed.</summary>
    public long Parsed => Interlocked.Read(ref _parsed);

    /// <summary>Parsed documents that are interviews.</summary>
    public long Interviews => Interlocked.Read(ref _interviews);

    /// <summary>Documents skipped.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Documents that failed.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Bytes of documents read.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    internal void Count(BatchResult r, long bytes)
    {
        Interlocked.Add(ref _bytes, bytes);
        switch (r.Status)
        {
            case BatchStatus.Parsed:
                Interlocked.Increment(ref _parsed);
                if (r.Interview?.IsInterview == true) Interlocked.Increment(ref _interviews);
                break;
            case BatchStatus.Skipped:
                Interlocked.Increment(ref _skipped);
                break;
            default:
                Interlocked.Increment(ref _failed);
                break;
        }
    }
}
