using InterviewParser.Model;

namespace InterviewParser;

/// <summary>
/// The front door: parse an interview page, text scrape or transcript into an <see cref="Interview"/>.
/// Uses a shared default <see cref="InterviewPipeline"/> unless one is given.
/// </summary>
public static class Interviews
{
    /// <summary>Parses a document held in a string.</summary>
    /// <param name="content">The HTML or text.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="pipeline">A pipeline, or <see langword="null"/> for the default one.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The interview, with diagnostics for anything unusual; never <see langword="null"/>.</returns>
    public static Interview Parse(string content, ParseOptions? options = null, InterviewPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return (pipeline ?? InterviewPipeline.Default).Parse(content, options ?? ParseOptions.Default, cancellationToken);
    }

    /// <summary>Parses a document held as bytes, detecting its character set.</summary>
    /// <param name="content">The raw bytes as saved.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="pipeline">A pipeline, or <see langword="null"/> for the default one.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The interview, with diagnostics for anything unusual; never <see langword="null"/>.</returns>
    public static Interview Parse(ReadOnlySpan<byte> content, ParseOptions? options = null, InterviewPipeline? pipeline = null, CancellationToken cancellationToken = default) =>
        (pipeline ?? InterviewPipeline.Default).Parse(content, options ?? ParseOptions.Default, cancellationToken);

    /// <summary>Reads a stream to its end (up to <see cref="ParseOptions.MaxInputBytes"/>) and parses it.</summary>
    /// <param name="content">The stream; it is read but not disposed.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="pipeline">A pipeline, or <see langword="null"/> for the default one.</param>
    /// <param name="cancellationToken">Cancels reading and parsing.</param>
    /// <returns>The interview, with diagnostics for anything unusual.</returns>
    public static async Task<Interview> ParseAsync(Stream content, ParseOptions? options = null, InterviewPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= ParseOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        long limit = (long)options.MaxInputBytes + 1;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return (pipeline ?? InterviewPipeline.Default).Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options, cancellationToken);
    }
}
