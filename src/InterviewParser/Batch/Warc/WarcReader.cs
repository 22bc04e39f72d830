using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace InterviewParser.Batch.Warc;

/// <summary>
/// Reads WARC records (WARC/0.18, 1.0, 1.1; also WET/WAT) from a stream, uncompressed or gzip (one member per record,
/// one member for the whole file, or members that do not line up with records). Framing follows the record's
/// Content-Length; when it lies or the data is damaged, the reader reports the record and resynchronises on the next
/// "WARC/" version line, always forward and in bounded memory. A corrupt gzip member is reported once and reading
/// goes on at the next member that starts a record (when the file can seek).
/// </summary>
internal sealed class WarcReader
{
    private static readonly byte[] Crlf2 = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] Lf2 = "\n\n"u8.ToArray();
    private static readonly byte[] NextRecord = "\nWARC/"u8.ToArray();
    private const int MaxHeaderBytes = 256 * 1024;

    private ByteReader _reader;
    private readonly int _maxBlockBytes;
    private readonly Stream _raw;
    private readonly CountingStream? _counted;
    private readonly bool _gzip;
    private readonly ParallelGzipStream? _parallel;

    /// <summary>Creates a reader; gzip is detected from the first bytes.</summary>
    /// <param name="stream">The WARC data.</param>
    /// <param name="maxBlockBytes">Blocks larger than this are skipped, not kept.</param>
    /// <param name="parallel">Inflate the gzip members of a file on several threads (files only; the output is the same).</param>
    public WarcReader(Stream stream, int maxBlockBytes, bool parallel = true)
    {
        _maxBlockBytes = maxBlockBytes;
        if (stream.CanSeek)
        {
            _raw = stream;
            Span<byte> magic = stackalloc byte[2];
            long at = stream.Position;
            int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            stream.Position = at;
            _gzip = n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            _counted = _gzip ? new CountingStream(stream) { Position = at } : null;
            if (_gzip && parallel && stream is FileStream file)
            {
                // Members inflated ahead on several threads; what is no clean member goes to the sequential decoder below.
                _parallel = new ParallelGzipStream(file.SafeFileHandle, at, offset =>
                {
                    _counted!.Position = offset;
                    return new GZipStream(_counted, CompressionMode.Decompress, leaveOpen: true);
                });
                _reader = new ByteReader(_parallel);
            }
            else
            {
                _reader = new ByteReader(_gzip ? new GZipStream(_counted!, CompressionMode.Decompress, leaveOpen: true) : stream);
            }
        }
        else
        {
            var peek = new PeekStream(new BufferedStream(stream, 64 * 1024));
            _raw = peek;
            _gzip = peek.StartsWithGzipMagic();
            _reader = new ByteReader(_gzip ? new GZipStream(peek, CompressionMode.Decompress, leaveOpen: true) : peek);
        }
    }

    /// <summary>The error that ended the data early (a corrupt or truncated gzip member), if any.</summary>
    public Exception? Error => _reader.Error;

    /// <summary>How often the reader skipped damaged compressed data and went on at the next gzip member.</summary>
    public int Resynchronisations { get; private set; }

    /// <summary>Whether the reader has itself reported the error that ended its data as a failed record.</summary>
    public bool ErrorReported { get; private set; }

    /// <summary>
    /// How far ahead of the damage the gzip decoder may have read the compressed data: intact members that begin
    /// after the damage lie beyond this point back from where the decoder stopped.
    /// </summary>
    private const int DecoderReadAhead = CountingStream.MaxRead;

    /// <summary>
    /// Reads the records in order. Every record gives one result: a record, or one with <see cref="WarcRecord.Error"/>.
    /// A damaged gzip member gives one failed record (it names the byte where the damage was met and where reading
    /// resumed, always forward); bytes between records that are no record give one failed record per gap; a record
    /// cut by the end of the data fails.
    /// </summary>
    public IEnumerable<WarcRecord> Records(CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var record in ReadRecords(cancellationToken)) yield return record;
        }
        finally
        {
            _parallel?.Dispose(); // stops its decoding threads
        }
    }

    private IEnumerable<WarcRecord> ReadRecords(CancellationToken cancellationToken)
    {
        int index = 0;
        var recent = new Queue<string>(4097);
        var recentSet = new HashSet<string>(4097, StringComparer.Ordinal);
        long lastResume = -1, lastDamage = -1;
        int damagedRecord = 0; // a record whose block the damage cut: the damage report stands for it
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SkipBlankLines();
            if (_reader.AtEnd)
            {
                if (_reader.Error is InvalidDataException && _counted is not null)
                {
                    // Damaged compressed data: go on, forward only, at the next gzip member that starts a record.
                    long at = _counted.Position;
                    long? member = NextMember(Math.Max(lastResume + 1, at - DecoderReadAhead));
                    // The same damage met again from a member that began before it: reported once.
                    if (lastDamage < 0 || Math.Abs(at - lastDamage) > 2 * DecoderReadAhead)
                    {
                        lastDamage = at;
                        string where = member is { } m ? $"reading goes on at the next intact member from byte {m}" : "no readable record follows";
                        yield return new WarcRecord
                        {
                            Index = damagedRecord > 0 ? damagedRecord : ++index, Version = "WARC/",
                            // The decoder's own message names a "compression method" for any corrupt data: not repeated.
                            Error = $"damaged gzip data met near byte {at}; the record there is lost; {where}",
                        };
                    }

                    damagedRecord = 0;
                    if (member is null)
                    {
                        ErrorReported = true;
                        yield break;
                    }

                    lastResume = member.Value;
                    Resynchronisations++;
                    _raw.Position = member.Value;
                    _counted.Position = member.Value;
                    _reader = new ByteReader(new GZipStream(_counted, CompressionMode.Decompress, leaveOpen: true));
                    continue;
                }

                if (damagedRecord > 0 && _reader.Error is { } other)
                {
                    ErrorReported = true;
                    yield return new WarcRecord { Index = damagedRecord, Version = "WARC/", Error = $"the data ends inside this record: {other.Message}" };
                }

                yield break;
            }

            int eol = _reader.IndexOf("\n"u8, 8 * 1024);
            var avail = _reader.Available;
            var first = (eol >= 0 ? avail[..eol] : avail[..Math.Min(avail.Length, 64)]).TrimEnd((byte)'\r');
            if (!first.StartsWith("WARC/"u8))
            {
                // Stray bytes between records (a lying Content-Length, junk): skip to the next record, in bounded memory.
                long gap = _reader.SkipUntil(NextRecord, long.MaxValue, out bool found);
                if (found) _reader.Advance(1);
                yield return new WarcRecord { Index = ++index, Version = "WARC/", Error = $"{gap + (found ? 1 : 0)} bytes that are no WARC record were skipped" };
                if (!found) yield break;
                continue;
            }

            if (eol < 0)
            {
                yield return new WarcRecord { Index = ++index, Version = "WARC/", Error = "the record's version line never ends (truncated file)" };
                yield break;
            }

            string version = Encoding.ASCII.GetString(first);
            _reader.Advance(eol + 1);
            index++;

            int crlf = _reader.IndexOf(Crlf2, MaxHeaderBytes);
            int lf = _reader.IndexOf(Lf2, crlf >= 0 ? crlf + 1 : MaxHeaderBytes);
            int end, sep;
            if (lf >= 0 && (crlf < 0 || lf < crlf)) (end, sep) = (lf, 2);
            else if (crlf >= 0) (end, sep) = (crlf, 4);
            else
            {
                if (_reader.Error is InvalidDataException && _counted is not null)
                {
                    damagedRecord = index; // the damage report that follows stands for this record
                    _reader.Skip(long.MaxValue);
                    continue;
                }

                yield return new WarcRecord { Index = index, Version = version, Error = "the record's header block never ends (truncated file)" };
                yield break;
            }

            var fields = ParseFields(_reader.Available[..end]);
            _reader.Advance(end + sep);
            string type = (fields.Type ?? string.Empty).ToLowerInvariant();
            string? uri = fields.TargetUri?.Trim('<', '>', ' ');
            var date = ParseDate(fields.Date);
            string? contentType = fields.ContentType;
            string? id = fields.RecordId;
            if (!long.TryParse(fields.ContentLength, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            {
                yield return new WarcRecord { Index = index, Version = version, Type = type, TargetUri = uri, Date = date, RecordId = id, Error = "missing or invalid Content-Length" };
                _reader.SkipUntil(NextRecord, long.MaxValue, out bool found);
                if (!found) yield break;
                _reader.Advance(1);
                continue;
            }

            if (length > _maxBlockBytes)
            {
                // Skipped in bounded memory; a record that begins inside the declared length shows the length lied.
                long skipped = SkipBlock(length, out bool lied);
                SkipTrailer();
                yield return new WarcRecord
                {
                    Index = index, Version = version, Type = type, TargetUri = uri, Date = date, ContentType = contentType, RecordId = id,
                    DeclaredLength = length, Oversize = !lied, Truncated = skipped < length && !lied,
                    Error = lied ? $"the Content-Length ({length}) runs past the next record, which starts {skipped} bytes into the block" : null,
                };
                continue;
            }

            var block = _reader.Take((int)length);
            block = CutAtSwallowedRecord(block);
            bool cut = block.Length < length;
            SkipTrailer();
            if (cut && _reader.Error is InvalidDataException && _counted is not null)
            {
                damagedRecord = index; // the damage report that follows stands for this record
                continue;
            }

            if (id is not null && lastResume >= 0 && recentSet.Contains(id))
            {
                index--; // read again after a resynchronisation
                continue;
            }

            if (id is not null)
            {
                recent.Enqueue(id);
                recentSet.Add(id);
                if (recent.Count > 4096) recentSet.Remove(recent.Dequeue());
            }

            if (cut && _reader.AtEnd)
            {
                yield return new WarcRecord
                {
                    Index = index, Version = version, Type = type, TargetUri = uri, Date = date, ContentType = contentType, RecordId = id,
                    DeclaredLength = length, Truncated = true,
                    Error = $"the data ends inside this record: {block.Length} of {length} declared bytes are present",
                };
                continue;
            }

            // A Content-Length shorter than the block: what follows is no record; the gap is reported when it is skipped.
            SkipBlankLines();
            _reader.Fill(5); // the next record's "WARC/" may not be read in yet
            string? note = !cut && !_reader.AtEnd && !_reader.Available.StartsWith("WARC/"u8)
                ? $"the Content-Length ({length}) ends before the block does; the rest was skipped"
                : null;
            yield return new WarcRecord
            {
                Index = index, Version = version, Type = type, TargetUri = uri, Date = date, ContentType = contentType, RecordId = id,
                Block = block, DeclaredLength = length, Truncated = cut, Note = note,
            };
        }
    }

    /// <summary>
    /// Skips a block too large to keep, up to its declared length, in bounded memory. When a record header begins
    /// inside it (a "WARC/" line followed by WARC fields), the length lied: skipping stops there.
    /// </summary>
    private long SkipBlock(long length, out bool lied)
    {
        long skipped = 0;
        while (skipped < length)
        {
            skipped += _reader.SkipUntil(NextRecord, length - skipped, out bool found);
            if (!found) break;
            if (IsRecordHeaderAt(1))
            {
                _reader.Advance(1);
                lied = true;
                return skipped + 1;
            }

            _reader.Advance(1);
            skipped++;
        }

        lied = false;
        return skipped;
    }

    /// <summary>Whether a record header starts <paramref name="offset"/> bytes into the unread data: "WARC/" and a WARC field soon after.</summary>
    private bool IsRecordHeaderAt(int offset)
    {
        _reader.Fill(offset + 4096);
        var span = _reader.Available[offset..];
        if (!span.StartsWith("WARC/"u8)) return false;
        var head = span[..Math.Min(span.Length, 4096)];
        return head.IndexOf("WARC-Type:"u8) > 0 || head.IndexOf("WARC-Record-ID:"u8) > 0;
    }

    /// <summary>
    /// A Content-Length that is too long swallows the next record: when a block holds "\r\n\r\nWARC/x.y\r\n" followed
    /// by a WARC-Type field, the block ends there and the rest is read again as records.
    /// </summary>
    private byte[] CutAtSwallowedRecord(byte[] block)
    {
        var span = block.AsSpan();
        int from = 0;
        while (true)
        {
            int i = span[from..].IndexOf("\r\n\r\nWARC/"u8);
            if (i < 0) return block;
            int at = from + i + 4;
            var rest = span[at..];
            int eol = rest.IndexOf((byte)'\n');
            if (eol > 0 && eol < 20 && rest[..Math.Min(rest.Length, 4096)].IndexOf("WARC-Type:"u8) > 0)
            {
                _reader.PushBack(rest);
                return block[..(at - 4)];
            }

            from = at;
        }
    }

    private void SkipBlankLines()
    {
        while (_reader.Fill(1))
        {
            byte b = _reader.Available[0];
            if (b is (byte)'\n' or (byte)'\r') _reader.Advance(1);
            else break;
        }
    }

    private void SkipTrailer()
    {
        if (_reader.Fill(4) && _reader.Available[..4].SequenceEqual(Crlf2)) _reader.Advance(4);
    }

    /// <summary>The header fields the reader uses; the first of each name counts, other fields are not decoded.</summary>
    private static Fields ParseFields(ReadOnlySpan<byte> header)
    {
        var fields = default(Fields);
        foreach (var range in header.Split((byte)'\n'))
        {
            var line = header[range].TrimEnd((byte)'\r');
            if (line.IsEmpty || line[0] is (byte)' ' or (byte)'\t') continue; // folded continuation lines
            int colon = line.IndexOf((byte)':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim(" \t"u8); // a field name is read without the blanks (spaces, tabs) around it, as before
            var raw = line[(colon + 1)..];
            if (Ascii.EqualsIgnoreCase(key, "WARC-Type"u8)) fields.Type ??= Value(raw);
            else if (Ascii.EqualsIgnoreCase(key, "WARC-Target-URI"u8)) fields.TargetUri ??= Value(raw);
            else if (Ascii.EqualsIgnoreCase(key, "WARC-Date"u8)) fields.Date ??= Value(raw);
            else if (Ascii.EqualsIgnoreCase(key, "Content-Type"u8)) fields.ContentType ??= Value(raw);
            else if (Ascii.EqualsIgnoreCase(key, "WARC-Record-ID"u8)) fields.RecordId ??= Value(raw);
            else if (Ascii.EqualsIgnoreCase(key, "Content-Length"u8)) fields.ContentLength ??= Value(raw);
        }

        return fields;

        static string Value(ReadOnlySpan<byte> raw) => Encoding.UTF8.GetString(raw).Trim();
    }

    /// <summary>The WARC header fields a record is read by.</summary>
    private struct Fields
    {
        public string? Type, TargetUri, Date, ContentType, RecordId, ContentLength;
    }

    private static DateTimeOffset? ParseDate(string? s) =>
        s is not null && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    /// <summary>
    /// The offset of the next gzip member at or after <paramref name="from"/> whose data starts with a WARC version
    /// line, or <see langword="null"/>.
    /// </summary>
    private long? NextMember(long from)
    {
        var buffer = new byte[64 * 1024];
        long position = Math.Max(0, from);
        while (position < _raw.Length)
        {
            _raw.Position = position;
            int n = _raw.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (n < 3) return null;
            var span = buffer.AsSpan(0, n);
            for (int i = span.IndexOf((byte)0x1f); i >= 0 && i + 2 < n; i = NextIndex(span, i + 1))
            {
                if (span[i + 1] == 0x8b && span[i + 2] == 0x08 && StartsRecord(position + i)) return position + i;
            }

            position += n - 2;
        }

        return null;
    }

    private static int NextIndex(ReadOnlySpan<byte> span, int from)
    {
        if (from >= span.Length) return -1;
        int j = span[from..].IndexOf((byte)0x1f);
        return j < 0 ? -1 : from + j;
    }

    private bool StartsRecord(long offset)
    {
        try
        {
            _raw.Position = offset;
            using var gz = new GZipStream(_raw, CompressionMode.Decompress, leaveOpen: true);
            Span<byte> head = stackalloc byte[5];
            return gz.ReadAtLeast(head, 5, throwOnEndOfStream: false) == 5 && head.SequenceEqual("WARC/"u8);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Counts the raw bytes handed to the gzip decoder, so damage can be located.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public override long Position { get; set; }

        /// <summary>The most bytes handed over per read: the decoder then stops at most this far past damage it meets.</summary>
        public const int MaxRead = 4096;

        public override int Read(byte[] buffer, int offset, int count)
        {
            inner.Position = Position;
            int n = inner.Read(buffer, offset, Math.Min(count, MaxRead));
            Position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A forward-only stream that lets the first two bytes be looked at.</summary>
    private sealed class PeekStream(Stream inner) : ForwardStream
    {
        private readonly byte[] _head = new byte[2];
        private int _headLength, _headPos;

        public bool StartsWithGzipMagic()
        {
            _headLength = inner.ReadAtLeast(_head, 2, throwOnEndOfStream: false);
            return _headLength == 2 && _head[0] == 0x1f && _head[1] == 0x8b;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_headPos < _headLength)
            {
                int n = Math.Min(count, _headLength - _headPos);
                Array.Copy(_head, _headPos, buffer, offset, n);
                _headPos += n;
                return n;
            }

            return inner.Read(buffer, offset, count);
        }
    }
}
