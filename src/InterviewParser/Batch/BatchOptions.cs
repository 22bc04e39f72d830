namespace InterviewParser.Batch;

/// <summary>How a batch run reads and parses its inputs.</summary>
public sealed record BatchOptions
{
    /// <summary>How many documents are parsed at once. Default: the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many documents may wait between the reader and the parsers, and between the parsers and the consumer.
    /// The reader never runs further ahead of a slow consumer than this bound. Default: 4 × parallelism.
    /// </summary>
    public int BoundedCapacity { get; init; }

    /// <summary>Yield results in input order (a small reorder buffer) instead of as they finish.</summary>
    public bool Ordered { get; init; }

    /// <summary>
    /// File-name patterns ("*.html", "*.txt") that select documents inside folders and archives; archives themselves
    /// are always opened. Default: HTML, text and caption files.
    /// </summary>
    public IReadOnlyList<string> IncludePatterns { get; init; } = ["*.html", "*.htm", "*.xhtml", "*.shtml", "*.txt", "*.text", "*.md", "*.vtt", "*.srt"];

    /// <summary>Documents larger than this are skipped (reported, never loaded whole). Default 16 MiB.</summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Options for each document's parse; the format, URL and content type are filled from the archive.</summary>
    public ParseOptions ParseOptions { get; init; } = new();

    internal int Capacity => BoundedCapacity > 0 ? BoundedCapacity : Math.Max(4, 4 * Parallelism);

    internal int Parallelism => Math.Max(1, MaxDegreeOfParallelism);
}
