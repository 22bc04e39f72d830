namespace InterviewParser.Batch.Warc;

/// <summary>One WARC record as read: its named fields and its block (or why there is none).</summary>
internal sealed class WarcRecord
{
    /// <summary>1-based position of the record in its file.</summary>
    public int Index { get; init; }

    /// <summary>The version line ("WARC/1.0", "WARC/0.18").</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>WARC-Type, lower case ("response", "request", "revisit"…), or "" when missing.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>WARC-Target-URI without angle brackets.</summary>
    public string? TargetUri { get; init; }

    /// <summary>WARC-Date when it parses.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The record's Content-Type ("application/http; msgtype=response", "text/plain").</summary>
    public string? ContentType { get; init; }

    /// <summary>WARC-Record-ID.</summary>
    public string? RecordId { get; init; }

    /// <summary>The block, unless it was too large to keep or the record is broken.</summary>
    public byte[]? Block { get; init; }

    /// <summary>The Content-Length the record declared.</summary>
    public long DeclaredLength { get; init; }

    /// <summary>Fewer bytes than declared were present (the file or member ends early).</summary>
    public bool Truncated { get; init; }

    /// <summary>The block was larger than the reader keeps; it was skipped.</summary>
    public bool Oversize { get; init; }

    /// <summary>Something the reader noticed about the framing (a Content-Length shorter than the block) that the result should carry.</summary>
    public string? Note { get; init; }

    /// <summary>Set when the record could not be read (no header end, bad Content-Length…).</summary>
    public string? Error { get; init; }
}
