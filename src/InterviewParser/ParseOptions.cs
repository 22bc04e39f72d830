using InterviewParser.Model;

namespace InterviewParser;

/// <summary>Options for one parse. Immutable; the defaults suit news pages and transcripts.</summary>
public sealed record ParseOptions
{
    private readonly int _maxInputBytes = 64 * 1024 * 1024;

    /// <summary>The shared default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>The input format; <see cref="DocumentFormat.Auto"/> (the default) sniffs it.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Auto;

    /// <summary>The URL the page was saved from, used for dates in paths and reported on the result.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>An HTTP-style content type whose <c>charset</c> overrides in-page declarations (a BOM still wins).</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// The moment the page was fetched, against which relative dates ("3 hours ago", "yesterday", "vor 2 Tagen") are
    /// resolved. Without it, a page that only gives relative dates gets no publication time.
    /// </summary>
    public DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>
    /// The most time one parse may take. <see langword="null"/> (the default) allows 2 s plus 2 s per million characters
    /// of input; <see cref="Timeout.InfiniteTimeSpan"/> or <see cref="TimeSpan.Zero"/> sets no limit. HTML that runs out
    /// of time is read again as plain text, which takes time in proportion to its length; a parse that runs out again
    /// returns an empty result. Either way the result carries a diagnostic. Under the default, the first few parses in a
    /// process are allowed four times as long: they also compile the parser's code (on a busy machine a cold start took
    /// over 2 s for a page that takes 0.3 s once compiled).
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>How many parses in a process get the longer default limit (a few per worker).</summary>
    internal const int FirstParses = 8;

    /// <summary>
    /// The limit for an input of the given length, the parse having <paramref name="parsesBefore"/> parses before it in
    /// the process, or <see langword="null"/> for none.
    /// </summary>
    internal TimeSpan? TimeLimitFor(int characters, int parsesBefore = FirstParses) => TimeLimit switch
    {
        null => TimeSpan.FromSeconds((2 + 2.0 * characters / 1_000_000) * (parsesBefore < FirstParses ? 4 : 1)),
        { } t when t <= TimeSpan.Zero => null,
        { } t => t,
    };

    /// <summary>Inputs larger than this many bytes are truncated with a diagnostic. Default 64 MiB; at least 1 KiB.</summary>
    public int MaxInputBytes
    {
        get => _maxInputBytes;
        init => _maxInputBytes = Math.Max(1024, value);
    }
}
