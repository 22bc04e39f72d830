using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using InterviewParser.Model;

namespace InterviewParser.Batch.Sources;

/// <summary>
/// Enumerates the documents of an input: a file, a folder tree, a glob, a <c>.zip</c>, a <c>.tar</c> /
/// <c>.tar.gz</c>, an <c>.html.gz</c>, a WARC / <c>.warc.gz</c> (also WET), or JSON Lines of <c>{url, html}</c> or
/// <c>{url, text}</c>. Every document found is yielded — to be parsed, or as skipped or failed with its reason.
/// </summary>
public static class DocumentSources
{
    /// <summary>Enumerates the documents of one input path (file, folder or glob).</summary>
    /// <param name="input">A path; a last segment with <c>*</c> or <c>?</c> is a glob.</param>
    /// <param name="options">Size cap and include patterns.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IEnumerable<BatchDocument> Read(string input, BatchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (Directory.Exists(input))
        {
            return ReadFolder(input, options, cancellationToken);
        }

        string file = Path.GetFileName(input);
        if (file.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            string dir = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
            return ReadGlob(dir, file, options, cancellationToken);
        }

        return ReadFile(input, options, cancellationToken);
    }

    /// <summary>Enumerates JSON Lines of <c>{"url": …, "html": …}</c> or <c>{"url": …, "text": …}</c> from a stream.</summary>
    /// <remarks>
    /// Every non-blank line gives one record: a document, or a skipped or failed record with its reason (not JSON, not
    /// an object, no "html" or "text", text that is not valid Unicode, a line longer than twice the size cap, which is
    /// passed over without being decoded). Memory stays within the cap whatever the lines are.
    /// </remarks>
    /// <param name="stream">The JSON Lines.</param>
    /// <param name="name">The name used in <see cref="BatchDocument.Source"/> ("-" for standard input).</param>
    /// <param name="options">Size cap.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IEnumerable<BatchDocument> ReadJsonLines(Stream stream, string name, BatchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        // JSON escapes can double a document's size; a line beyond that cannot hold a document under the cap.
        long cap = 2L * options.MaxDocumentBytes + 4096;
        var chunk = new byte[64 * 1024];
        var line = new MemoryStream();
        long skipped = -1; // the length of a line over the cap, while it is passed over
        int lineNo = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int n = stream.Read(chunk, 0, chunk.Length);
            int at = 0;
            while (at < n || (n == 0 && (line.Length > 0 || skipped >= 0)))
            {
                int newline = n == 0 ? -1 : Array.IndexOf(chunk, (byte)'\n', at, n - at);
                int end = newline < 0 ? n : newline;
                int length = end - at;
                if (skipped >= 0) skipped += length;
                else if (line.Length + length > cap)
                {
                    skipped = line.Length + length;
                    line.SetLength(0);
                }
                else line.Write(chunk, at, length);

                if (newline < 0 && n > 0) break; // the line goes on in the next chunk
                lineNo++;
                var record = skipped >= 0
                    ? BatchDocument.Skip($"{name}:{lineNo}", $"the line is over the size cap ({skipped} bytes); it was not read")
                    : JsonLine(new ReadOnlyMemory<byte>(line.GetBuffer(), 0, (int)line.Length), $"{name}:{lineNo}", options);
                line.SetLength(0);
                skipped = -1;
                if (record is not null) yield return record;
                at = end + 1;
                if (n == 0) break;
            }

            if (n == 0) yield break;
        }
    }

    internal static DocumentFormat? FormatOfContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return DocumentFormat.Auto;
        var media = contentType.AsSpan();
        int semi = media.IndexOf(';');
        if (semi >= 0) media = media[..semi];
        media = media.Trim();
        if (media.Equals("text/html", StringComparison.OrdinalIgnoreCase) || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.Html;
        if (media.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || media.Equals("text/markdown", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.Text;
        if (media.Equals("text/vtt", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.WebVtt;
        if (media.Equals("application/x-subrip", StringComparison.OrdinalIgnoreCase)) return DocumentFormat.Srt;
        return null;
    }

    /// <summary>One JSON line as a record, or <see langword="null"/> for a blank line.</summary>
    private static BatchDocument? JsonLine(ReadOnlyMemory<byte> line, string source, BatchOptions options)
    {
        var span = line.Span;
        while (!span.IsEmpty && span[^1] is (byte)'\r' or (byte)' ' or (byte)'\t') span = span[..^1];
        if (span.TrimStart(" \t"u8).IsEmpty) return null;
        try
        {
            using var doc = JsonDocument.Parse(line[..span.Length]);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return BatchDocument.Fail(source, $"not a JSON object but {root.ValueKind.ToString().ToLowerInvariant()}");
            string? url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            string id = url ?? source;
            if (root.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
            {
                return Sized(id, System.Text.Encoding.UTF8.GetBytes(html.GetString()!), options) with { Url = url, Format = DocumentFormat.Html, ContentType = "text/html; charset=utf-8" };
            }

            if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return Sized(id, System.Text.Encoding.UTF8.GetBytes(text.GetString()!), options) with { Url = url, Format = DocumentFormat.Text, ContentType = "text/plain; charset=utf-8" };
            }

            return BatchDocument.Skip(id, "the line has neither \"html\" nor \"text\"") with { Url = url };
        }
        catch (JsonException ex)
        {
            return BatchDocument.Fail(source, $"not a JSON object: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // A string that is not valid Unicode ("\ud800" alone) cannot be read as text.
            return BatchDocument.Fail(source, $"the line's text is not valid Unicode: {ex.Message}");
        }
    }

    private static BatchDocument Sized(string source, byte[] content, BatchOptions options) =>
        content.Length > options.MaxDocumentBytes ? BatchDocument.Skip(source, $"over the size cap ({content.Length} bytes)") : new BatchDocument(source, content);

    /// <summary>
    /// Walks a folder tree lazily, in the order of the full paths. Each folder is read once: a link back to a folder
    /// already walked (a loop) is reported and not followed. A folder that cannot be listed is reported as failed.
    /// </summary>
    private static IEnumerable<BatchDocument> ReadFolder(string folder, BatchOptions options, CancellationToken cancellationToken)
    {
        // Paths are reported as the caller wrote the folder ("pages/a.html"); folders are told apart by the path they
        // resolve to.
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var frames = new Stack<(List<FileSystemInfo> Entries, int Next, string Shown)>();
        var root = new DirectoryInfo(folder);
        walked.Add(RealPath(root));
        if (List(root, out var rootEntries) is { } rootError)
        {
            yield return BatchDocument.Fail(folder, rootError);
            yield break;
        }

        frames.Push((rootEntries, 0, folder));
        while (frames.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (entries, next, shown) = frames.Pop();
            if (next >= entries.Count) continue;
            frames.Push((entries, next + 1, shown));
            var entry = entries[next];
            string path = Path.Combine(shown, entry.Name);
            if (entry is DirectoryInfo dir)
            {
                if (!walked.Add(RealPath(dir)))
                {
                    yield return BatchDocument.Skip(path, "a link to a folder that was already read; not followed again");
                }
                else if (List(dir, out var inner) is { } error)
                {
                    yield return BatchDocument.Fail(path, error);
                }
                else
                {
                    frames.Push((inner, 0, path));
                }

                continue;
            }

            // Files the patterns do not select are accounted for as in archives: skipped, with the reason.
            if (!IsArchive(path) && !IsIncluded(path, options))
            {
                yield return BatchDocument.Skip(path, NotSelected);
                continue;
            }

            foreach (var d in ReadFile(path, options, cancellationToken)) yield return d;
        }
    }

    /// <summary>A folder's entries in full-path order, or the reason it cannot be listed.</summary>
    private static string? List(DirectoryInfo dir, out List<FileSystemInfo> entries)
    {
        try
        {
            entries = dir.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false }).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            entries = [];
            return $"the folder could not be read: {ex.Message}";
        }

        // Full-path order: a folder sorts as its name followed by '/'.
        entries.Sort((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));
        return null;
    }

    private static string SortKey(FileSystemInfo entry) => entry is DirectoryInfo ? entry.Name + "/" : entry.Name;

    /// <summary>A folder's identity: the path it finally resolves to when it is a link, else its full path.</summary>
    private static string RealPath(DirectoryInfo dir)
    {
        try
        {
            return dir.LinkTarget is null ? dir.FullName : dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName;
        }
        catch (IOException)
        {
            return dir.FullName; // a link that cannot be resolved (a cycle of links): its own name, read at most once
        }
    }

    private static IEnumerable<BatchDocument> ReadGlob(string dir, string pattern, BatchOptions options, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(dir)) return [BatchDocument.Fail(Path.Combine(dir, pattern), "no such folder")];
        var files = Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal).ToList();
        return files.SelectMany(f => ReadFile(f, options, cancellationToken));
    }

    private static IEnumerable<BatchDocument> ReadFile(string path, BatchOptions options, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            // Only files with content are opened: a named pipe, a device or a socket reports no length, and opening a
            // pipe waits for a writer that may never come. An empty file has nothing to parse either.
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) info = target;
            if (info.Exists && info.Length == 0)
            {
                return [BatchDocument.Skip(path, "empty, or not a regular file (a pipe, device or socket); not opened")];
            }

            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [BatchDocument.Fail(path, ex.Message)];
        }

        return FromStream(stream, path, Path.GetFileName(path), options, cancellationToken, ownsStream: true);
    }

    /// <summary>Reads one named stream: an archive is opened, anything else is one document.</summary>
    private static IEnumerable<BatchDocument> FromStream(Stream stream, string source, string fileName, BatchOptions options, CancellationToken cancellationToken, bool ownsStream)
    {
        string lower = fileName.ToLowerInvariant();
        try
        {
            IEnumerable<BatchDocument> docs = lower switch
            {
                _ when lower.EndsWith(".warc", StringComparison.Ordinal) || lower.EndsWith(".warc.gz", StringComparison.Ordinal)
                    || lower.EndsWith(".wet", StringComparison.Ordinal) || lower.EndsWith(".wet.gz", StringComparison.Ordinal)
                    || lower.EndsWith(".arc.gz", StringComparison.Ordinal) => WarcDocuments.Read(stream, source, options, cancellationToken),
                _ when lower.EndsWith(".zip", StringComparison.Ordinal) => stream.CanSeek
                    ? ReadZip(stream, source, options, cancellationToken)
                    : ReadNestedZip(stream, source, options, cancellationToken),
                _ when lower.EndsWith(".tar", StringComparison.Ordinal) => ReadTar(stream, source, options, cancellationToken),
                _ when lower.EndsWith(".tar.gz", StringComparison.Ordinal) || lower.EndsWith(".tgz", StringComparison.Ordinal)
                    => ReadTar(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), source, options, cancellationToken),
                _ when lower.EndsWith(".jsonl", StringComparison.Ordinal) || lower.EndsWith(".ndjson", StringComparison.Ordinal)
                    => ReadJsonLines(stream, source, options, cancellationToken),
                _ when lower.EndsWith(".gz", StringComparison.Ordinal) => ReadGzipDocument(stream, source, fileName[..^3], options),
                _ => ReadDocument(stream, source, fileName, options),
            };

            return Guard(docs, source, stream, ownsStream);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            if (ownsStream) stream.Dispose();
            return [BatchDocument.Fail(source, ex.Message)];
        }
    }

    /// <summary>Enumerates, turning a reader's exception into one failed record and closing the stream at the end.</summary>
    private static IEnumerable<BatchDocument> Guard(IEnumerable<BatchDocument> docs, string source, Stream stream, bool ownsStream)
    {
        try
        {
            using var e = docs.GetEnumerator();
            while (true)
            {
                BatchDocument? next;
                string? error = null;
                try
                {
                    next = e.MoveNext() ? e.Current : null;
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
                {
                    next = null;
                    error = ex.Message;
                }

                if (error is not null)
                {
                    yield return BatchDocument.Fail(source, $"the archive could not be read further: {error}");
                    yield break;
                }

                if (next is null) yield break;
                yield return next;
            }
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    private static IEnumerable<BatchDocument> ReadDocument(Stream stream, string source, string fileName, BatchOptions options)
    {
        long length = stream.CanSeek ? stream.Length : -1;
        if (length > options.MaxDocumentBytes)
        {
            yield return BatchDocument.Skip(source, $"over the size cap ({length} bytes)");
            yield break;
        }

        var bytes = ReadCapped(stream, options.MaxDocumentBytes, out bool over);
        yield return over
            ? BatchDocument.Skip(source, $"over the size cap (more than {options.MaxDocumentBytes} bytes)")
            : new BatchDocument(source, bytes) { Format = FormatOfName(fileName) };
    }

    private static IEnumerable<BatchDocument> ReadGzipDocument(Stream stream, string source, string innerName, BatchOptions options)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        byte[] bytes;
        bool over;
        string? error = null;
        try
        {
            bytes = ReadCapped(gz, options.MaxDocumentBytes, out over);
        }
        catch (InvalidDataException ex)
        {
            bytes = [];
            over = false;
            error = ex.Message;
        }

        if (error is not null) yield return BatchDocument.Fail(source, $"damaged gzip data: {error}");
        else if (over) yield return BatchDocument.Skip(source, $"over the size cap (more than {options.MaxDocumentBytes} bytes)");
        else yield return new BatchDocument(source, bytes) { Format = FormatOfName(innerName), Note = GzipTrailerMismatch(stream, bytes.Length) };
    }

    /// <summary>
    /// A gzip file ends with the length of its data (modulo 2^32). When the file was cut, the last four bytes are
    /// compressed data instead, and almost never equal the length read, so a mismatch tells a truncated file.
    /// </summary>
    private static string? GzipTrailerMismatch(Stream compressed, int decompressedLength)
    {
        if (!compressed.CanSeek || compressed.Length < 18) return null;
        Span<byte> trailer = stackalloc byte[4];
        compressed.Seek(-4, SeekOrigin.End);
        compressed.ReadExactly(trailer);
        uint declared = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return declared == (uint)decompressedLength ? null : $"the gzip data ends early (its trailer does not close it): {decompressedLength} bytes were read, and the document may be cut";
    }

    /// <summary>Why a file that the include patterns do not select is skipped.</summary>
    internal const string NotSelected = "not HTML, text or captions (by its name)";

    /// <summary>The largest zip inside another archive that is read: it is spooled to a temporary file, never to memory.</summary>
    public const long MaxNestedZipBytes = 1L << 30;

    /// <summary>
    /// A zip inside another archive can only be read from a seekable copy: it is spooled to a temporary file (deleted
    /// when closed), up to <see cref="MaxNestedZipBytes"/>; a larger one is refused with its reason.
    /// </summary>
    private static IEnumerable<BatchDocument> ReadNestedZip(Stream stream, string source, BatchOptions options, CancellationToken cancellationToken)
    {
        FileStream? spool = null;
        string? refusal = null;
        try
        {
            spool = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                spool.Write(buffer, 0, n);
                if (spool.Length > MaxNestedZipBytes)
                {
                    refusal = $"a zip inside an archive larger than {MaxNestedZipBytes} bytes is not read";
                    break;
                }
            }

            spool.Position = 0;
        }
        catch (IOException ex)
        {
            refusal = $"the zip inside the archive could not be copied for reading: {ex.Message}";
        }

        if (refusal is not null)
        {
            spool?.Dispose();
            yield return BatchDocument.Skip(source, refusal);
            yield break;
        }

        foreach (var d in Guard(ReadZip(spool!, source, options, cancellationToken), source, spool!, ownsStream: true)) yield return d;
    }

    private static IEnumerable<BatchDocument> ReadZip(Stream stream, string source, BatchOptions options, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        // Documents are inflated from where the directory says their data lies, whole, whatever size is declared.
        var raw = ZipDirectory.Read(stream);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.FullName.EndsWith('/')) continue;
            string name = $"{source}!{entry.FullName}";
            if (!IsArchive(entry.Name) && !IsIncluded(entry.Name, options))
            {
                yield return BatchDocument.Skip(name, NotSelected);
                continue;
            }

            if (entry.Length > options.MaxDocumentBytes && !IsArchive(entry.Name))
            {
                yield return BatchDocument.Skip(name, $"over the size cap ({entry.Length} bytes)");
                continue;
            }

            if (!IsArchive(entry.Name) && !entry.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && raw.TryGetValue(entry.FullName, out var where))
            {
                yield return InflateEntry(stream, where, entry, name, options);
                continue;
            }

            Stream? inner = null;
            string? error = null;
            try
            {
                inner = entry.Open();
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                error = ex.Message;
            }

            if (inner is null)
            {
                yield return BatchDocument.Fail(name, error ?? "unreadable entry");
                continue;
            }

            foreach (var d in FromStream(inner, name, entry.Name, options, cancellationToken, ownsStream: true)) yield return d;
        }
    }

    private static BatchDocument InflateEntry(Stream zip, ZipDirectory.RawEntry where, ZipArchiveEntry entry, string name, BatchOptions options)
    {
        byte[] bytes;
        bool over;
        try
        {
            bytes = ZipDirectory.Inflate(zip, where, options.MaxDocumentBytes, out over);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return BatchDocument.Fail(name, $"damaged zip entry: {ex.Message}");
        }

        if (over) return BatchDocument.Skip(name, $"over the size cap (more than {options.MaxDocumentBytes} bytes)");
        var doc = new BatchDocument(name, bytes) { Format = FormatOfName(entry.Name) };
        // The size the archive declares is checked against the data: a lie is reported with the document.
        return bytes.Length != entry.Length ? doc with { Note = $"the archive declares {entry.Length} bytes for this entry; its data holds {bytes.Length}" } : doc;
    }

    private static IEnumerable<BatchDocument> ReadTar(Stream stream, string source, BatchOptions options, CancellationToken cancellationToken)
    {
        using var tar = new TarReader(stream, leaveOpen: true);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Damaged tar data throws here; Guard reports it as one failed document and ends this archive.
            var entry = tar.GetNextEntry(copyData: false);
            if (entry is null) yield break;
            string fileName = Path.GetFileName(entry.Name.TrimEnd('/'));
            string name = $"{source}!{entry.Name}";
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile) || entry.DataStream is null)
            {
                // A folder, link, device or pipe entry holds no document; one whose name selects it is reported.
                bool regular = entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile;
                if (fileName.Length > 0 && (IsArchive(fileName) || IsIncluded(fileName, options)) && entry.EntryType != TarEntryType.GlobalExtendedAttributes)
                {
                    yield return BatchDocument.Skip(name, regular ? "an empty entry" : $"a {entry.EntryType} entry, not a file");
                }

                continue;
            }

            if (!IsArchive(fileName) && !IsIncluded(fileName, options))
            {
                yield return BatchDocument.Skip(name, NotSelected);
                continue;
            }

            if (entry.Length > options.MaxDocumentBytes && !IsArchive(fileName))
            {
                yield return BatchDocument.Skip(name, $"over the size cap ({entry.Length} bytes)");
                continue;
            }

            foreach (var d in FromStream(entry.DataStream, name, fileName, options, cancellationToken, ownsStream: false)) yield return d;
        }
    }

    /// <summary>Reads a stream to its end, or stops with <paramref name="over"/> once it holds more than <paramref name="cap"/> bytes.</summary>
    internal static byte[] ReadCapped(Stream stream, int cap, out bool over)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > cap)
            {
                over = true;
                return [];
            }
        }

        over = false;
        return ms.ToArray();
    }

    /// <summary>
    /// Whether a file of this name may hold any number of documents (zip, tar, WARC, JSON Lines, or anything gzipped),
    /// so that the documents it gives cannot be counted from the name.
    /// </summary>
    /// <param name="fileName">A file name or path.</param>
    /// <returns>Whether the batch opens it as a container.</returns>
    public static bool HoldsManyDocuments(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return IsArchive(fileName) || fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsArchive(string name)
    {
        string l = name.ToLowerInvariant();
        return l.EndsWith(".zip", StringComparison.Ordinal) || l.EndsWith(".tar", StringComparison.Ordinal) || l.EndsWith(".tar.gz", StringComparison.Ordinal)
            || l.EndsWith(".tgz", StringComparison.Ordinal) || l.EndsWith(".warc", StringComparison.Ordinal) || l.EndsWith(".warc.gz", StringComparison.Ordinal)
            || l.EndsWith(".wet", StringComparison.Ordinal) || l.EndsWith(".wet.gz", StringComparison.Ordinal) || l.EndsWith(".jsonl", StringComparison.Ordinal)
            || l.EndsWith(".ndjson", StringComparison.Ordinal);
    }

    private static bool IsIncluded(string name, BatchOptions options)
    {
        string file = Path.GetFileName(name);
        if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) file = file[..^3];
        foreach (var pattern in options.IncludePatterns)
        {
            if (FileSystemNameMatches(pattern, file)) return true;
        }

        return false;
    }

    private static bool FileSystemNameMatches(string pattern, string name) =>
        System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: true);

    /// <summary>The format a file name's extension announces (.html, .txt, .vtt, .srt…), else <see cref="DocumentFormat.Auto"/>.</summary>
    /// <param name="fileName">A file name or path.</param>
    public static DocumentFormat FormatOfName(string fileName)
    {
        string ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".html" or ".htm" or ".xhtml" or ".shtml" => DocumentFormat.Html,
            ".txt" or ".text" or ".md" => DocumentFormat.Text,
            ".vtt" => DocumentFormat.WebVtt,
            ".srt" => DocumentFormat.Srt,
            _ => DocumentFormat.Auto,
        };
    }
}
