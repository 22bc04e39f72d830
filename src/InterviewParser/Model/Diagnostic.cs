namespace InterviewParser.Model;

/// <summary>Something the parser noticed about an input; bad input yields diagnostics, not exceptions.</summary>
/// <param name="Id">A stable identifier such as <c>IP0001</c>; see <see cref="DiagnosticIds"/>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} {Severity}: {Message}";
}

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A decision worth knowing about.</summary>
    Info,
    /// <summary>The input was damaged or unusual; the result may be incomplete.</summary>
    Warning,
    /// <summary>The input could not be read as a document.</summary>
    Error,
}

/// <summary>The stable identifiers of the diagnostics the parser reports.</summary>
public static class DiagnosticIds
{
    /// <summary>The input was empty or held no text.</summary>
    public const string EmptyInput = "IP0001";
    /// <summary>The input looked binary; it was decoded leniently.</summary>
    public const string BinaryInput = "IP0002";
    /// <summary>The input was larger than <c>ParseOptions.MaxInputBytes</c> and was truncated.</summary>
    public const string Truncated = "IP0003";
    /// <summary>No main content could be told apart from the page chrome; the whole text was kept.</summary>
    public const string NoMainContent = "IP0004";
    /// <summary>The document was not recognised as an interview.</summary>
    public const string NotAnInterview = "IP0005";
    /// <summary>The declared character set was unknown; a fallback was used.</summary>
    public const string UnknownCharset = "IP0006";
    /// <summary>The HTML was deeply nested beyond the walker's depth cap; deeper content was flattened.</summary>
    public const string DepthCapped = "IP0007";

    /// <summary>The archive said something about the document: a truncated WARC record, a Content-Encoding that lied.</summary>
    public const string ContainerNote = "IP0008";

    /// <summary>The document was recognised as an interview; the message names the evidence.</summary>
    public const string IsAnInterview = "IP0009";

    /// <summary>The parse ran out of its time limit (<see cref="ParseOptions.TimeLimit"/>); the message says what was done instead.</summary>
    public const string TimeLimit = "IP0010";

    /// <summary>The text held more blocks than the block model takes; the rest was not read.</summary>
    public const string TooManyBlocks = "IP0011";

    /// <summary>The text was UTF-8 once misread as windows-1252 or Latin-1 ("Ã©" for "é"); it was read back as UTF-8.</summary>
    public const string Mojibake = "IP0012";

    /// <summary>The text is UTF-8 but for a few damaged bytes (a character cut or lost in copying), which were replaced.</summary>
    public const string DamagedUtf8 = "IP0013";
}
