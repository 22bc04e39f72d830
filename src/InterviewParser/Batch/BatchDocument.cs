using InterviewParser.Model;

namespace InterviewParser.Batch;

/// <summary>
/// One document as a source yields it: its bytes and what the container says about it, or a record that it was
/// skipped or failed before parsing (so that it is still accounted for).
/// </summary>
/// <param name="Source">The document's name (path, "archive!entry", "file.warc#n").</param>
/// <param name="Content">The raw bytes, when the document is to be parsed.</param>
public sealed record BatchDocument(string Source, byte[]? Content)
{
    /// <summary>The URL the container gives.</summary>
    public string? Url { get; init; }

    /// <summary>When the container says the document was captured.</summary>
    public DateTimeOffset? CrawlDate { get; init; }

    /// <summary>The HTTP content type (charset hint), when known.</summary>
    public string? ContentType { get; init; }

    /// <summary>The format, when the container or the file name tells.</summary>
    public DocumentFormat Format { get; init; }

    /// <summary>Something the container says about the document that the result should carry (a truncated record).</summary>
    public string? Note { get; init; }

    /// <summary>Set when the document is not to be parsed: skipped (<see cref="Failed"/> false) or failed.</summary>
    public string? Reason { get; init; }

    /// <summary>With <see cref="Reason"/>: the document failed rather than being skipped.</summary>
    public bool Failed { get; init; }

    internal static BatchDocument Skip(string source, string reason) => new(source, null) { Reason = reason };

    internal static BatchDocument Fail(string source, string reason) => new(source, null) { Reason = reason, Failed = true };
}
