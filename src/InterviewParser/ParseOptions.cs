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

    /// <summary>Inputs larger than this many bytes are truncated with a diagnostic. Default 64 MiB; at least 1 KiB.</summary>
    public int MaxInputBytes
    {
        get => _maxInputBytes;
        init => _maxInputBytes = Math.Max(1024, value);
    }
}
