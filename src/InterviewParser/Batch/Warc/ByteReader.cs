namespace InterviewParser.Batch.Warc;

/// <summary>
/// A forward-only byte reader over a stream with a growable look-ahead buffer: find a pattern, take or skip bytes,
/// push bytes back. A read error (a corrupt gzip member) ends the data and is kept in <see cref="Error"/>.
/// </summary>
internal sealed class ByteReader(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private bool _eof;

    /// <summary>Bytes consumed so far (in the decompressed data).</summary>
    public long Position { get; private set; }

    /// <summary>The error that ended the data early, if any.</summary>
    public Exception? Error { get; private set; }

    /// <summary>Buffered bytes not yet consumed.</summary>
    public ReadOnlySpan<byte> Available => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Whether all data has been consumed.</summary>
    public bool AtEnd => _start == _end && !Fill(1);

    /// <summary>Tries to have at least <paramref name="count"/> bytes buffered; false at the end of the data.</summary>
    public bool Fill(int count)
    {
        while (_end - _start < count && !_eof)
        {
            if (_start > 0 && _buffer.Length - _end < 16 * 1024)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            _end += ReadSome(_buffer.AsSpan(_end));
        }

        return _end - _start >= count;
    }

    /// <summary>One read from the stream; 0 at the end of the data or when a read error ends it.</summary>
    private int ReadSome(Span<byte> into)
    {
        int n;
        try
        {
            n = stream.Read(into);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or EndOfStreamException)
        {
            Error = ex;
            n = 0;
        }

        if (n == 0) _eof = true;
        return n;
    }

    /// <summary>Finds a pattern in the next <paramref name="maxScan"/> bytes, reading as needed; -1 when absent.</summary>
    public int IndexOf(ReadOnlySpan<byte> pattern, int maxScan)
    {
        int checkedUpTo = 0;
        while (true)
        {
            var span = Available;
            int limit = Math.Min(span.Length, maxScan);
            if (limit > checkedUpTo)
            {
                int i = span[checkedUpTo..limit].IndexOf(pattern);
                if (i >= 0) return checkedUpTo + i;
                checkedUpTo = Math.Max(checkedUpTo, limit - pattern.Length + 1);
            }

            if (limit >= maxScan) return -1;
            int before = span.Length;
            Fill(before + 64 * 1024);
            if (_end - _start == before) return -1;
        }
    }

    /// <summary>Consumes bytes.</summary>
    public void Advance(int count)
    {
        count = Math.Min(count, _end - _start);
        _start += count;
        Position += count;
    }

    /// <summary>Takes up to <paramref name="count"/> bytes (fewer at the end of the data).</summary>
    public byte[] Take(int count)
    {
        var result = GC.AllocateUninitializedArray<byte>(count);
        int got = Math.Min(count, _end - _start);
        Buffer.BlockCopy(_buffer, _start, result, 0, got);
        Advance(got);
        while (got < count && !_eof)
        {
            // The rest of a large block is read straight into it, not through the look-ahead buffer.
            int n = ReadSome(result.AsSpan(got));
            got += n;
            Position += n;
        }

        return got == count ? result : result[..got];
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !Fill(1)) break;
            int n = (int)Math.Min(count - skipped, _end - _start);
            Advance(n);
            skipped += n;
        }

        return skipped;
    }

    /// <summary>
    /// Discards bytes until <paramref name="pattern"/> starts the unread data, or <paramref name="maxSkip"/> bytes are
    /// gone, or the data ends. Memory stays at the buffer's size however long the gap. Returns the bytes skipped.
    /// </summary>
    public long SkipUntil(ReadOnlySpan<byte> pattern, long maxSkip, out bool found)
    {
        long skipped = 0;
        while (true)
        {
            if (!Fill(pattern.Length) && _end - _start < pattern.Length)
            {
                found = false;
                int rest = (int)Math.Min(maxSkip - skipped, _end - _start);
                Advance(rest);
                return skipped + rest;
            }

            var span = Available;
            int i = span.IndexOf(pattern);
            long room = maxSkip - skipped;
            if (i >= 0 && i <= room)
            {
                Advance(i);
                found = true;
                return skipped + i;
            }

            // Keep the last pattern.Length - 1 bytes: the pattern may straddle the next read.
            int drop = (int)Math.Min(room, Math.Max(0, span.Length - (pattern.Length - 1)));
            Advance(drop);
            skipped += drop;
            if (skipped >= maxSkip)
            {
                found = false;
                return skipped;
            }

            if (!Fill(_end - _start + 1))
            {
                found = false;
                int rest = (int)Math.Min(maxSkip - skipped, _end - _start);
                Advance(rest);
                return skipped + rest;
            }
        }
    }

    /// <summary>Puts bytes back in front of the unread data.</summary>
    public void PushBack(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        int pending = _end - _start;
        var next = new byte[Math.Max(_buffer.Length, pending + bytes.Length + 1024)];
        bytes.CopyTo(next);
        Buffer.BlockCopy(_buffer, _start, next, bytes.Length, pending);
        _buffer = next;
        _start = 0;
        _end = bytes.Length + pending;
        Position -= bytes.Length;
    }
}
