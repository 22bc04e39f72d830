using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace InterviewParser.Batch.Warc;

/// <summary>
/// The decompressed bytes of a file of concatenated gzip members (a per-record <c>.warc.gz</c>), the same bytes a
/// <see cref="GZipStream"/> gives, with the members inflated ahead on several threads and handed out in order.
/// <para>
/// The compressed file is cut at every place a gzip header could begin (<c>1f 8b 08</c> and valid flags); each piece
/// is inflated on its own, and it is taken as a member only when it inflates completely and its trailer's length
/// matches. A cut inside a member (those bytes occur by chance in compressed data) makes the piece fail: it is joined
/// to the next one and inflated again. Anything else — damage, a member larger than <see cref="MaxPieceBytes"/>, data
/// that is no member, a single-member file — hands the rest of the file, from the last intact member on, to the
/// ordinary sequential decoder, so damaged files are read, reported and resynchronised exactly as before.
/// </para>
/// Memory is bounded by the pieces in flight.
/// </summary>
internal sealed class ParallelGzipStream : ForwardStream
{
    /// <summary>A piece of compressed data larger than this is left to the sequential decoder.</summary>
    internal const int MaxPieceBytes = 4 << 20;

    /// <summary>A member that inflates to more than this is left to the sequential decoder, which streams it.</summary>
    private const int MaxOutputBytes = 64 << 20;

    /// <summary>How much compressed data may be inflated ahead of the reader.</summary>
    private const int MaxBytesInFlight = 4 << 20;

    /// <summary>How many pieces that fail are joined before the rest is left to the sequential decoder.</summary>
    private const int MaxJoins = 4;

    private readonly SafeFileHandle _file;
    private readonly long _length;
    private readonly Func<long, Stream> _sequential;
    private readonly Queue<Piece> _inFlight = new();
    private const int MaxPiecesInFlight = 64;
    private readonly Decoders _decoders;
    private readonly byte[] _scanBuffer = new byte[64 * 1024];
    private long _next;          // where the next piece to schedule begins (a candidate member start)
    private long _chain;         // where the next member of the data begins: the end of the last one handed out
    private byte[]? _out;
    private int _outPos, _outLen;
    private Stream? _fallback;

    /// <summary>Creates the stream over a file read with positional reads.</summary>
    /// <param name="file">The file; only read at given offsets, never moved.</param>
    /// <param name="start">Where the first gzip member begins.</param>
    /// <param name="sequential">Makes the ordinary decoder of the data from a given offset, for what is not read here.</param>
    /// <param name="threads">Decoding threads; the processor count by default.</param>
    public ParallelGzipStream(SafeFileHandle file, long start, Func<long, Stream> sequential, int threads = 0)
    {
        _file = file;
        _length = RandomAccess.GetLength(file);
        _sequential = sequential;
        _next = _chain = start;
        int n = threads > 0 ? threads : Math.Clamp(Environment.ProcessorCount, 1, 8);
        _decoders = new Decoders(n);
    }

    /// <summary>Whether the rest of the data went to the sequential decoder.</summary>
    public bool Sequential => _fallback is not null;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_fallback is not null) return _fallback.Read(buffer);
            if (_outPos < _outLen)
            {
                int n = Math.Min(buffer.Length, _outLen - _outPos);
                _out.AsSpan(_outPos, n).CopyTo(buffer);
                _outPos += n;
                return n;
            }

            if (!NextMember()) return 0;
        }
    }

    /// <summary>Takes the next member in order; false at the end of the data.</summary>
    private bool NextMember()
    {
        if (_out is not null) ArrayPool<byte>.Shared.Return(_out);
        _out = null;
        _outPos = _outLen = 0;
        while (_inFlight.Count < MaxPiecesInFlight && _next - _chain < MaxBytesInFlight && Schedule())
        {
        }

        if (_inFlight.Count == 0)
        {
            if (_chain < _length) GoSequential();
            return _chain < _length;
        }

        var piece = _inFlight.Dequeue();
        piece.Done.Wait();
        for (int joins = 0; !piece.Ok && !piece.TooLarge && joins < MaxJoins && _inFlight.Count > 0; joins++)
        {
            // The piece ended at a chance 1f 8b 08 inside its member: join the next piece and inflate again here.
            var following = _inFlight.Dequeue();
            following.Done.Wait();
            following.Release();
            var joined = new Piece(piece.Start, following.End);
            piece.Release();
            if (joined.End - joined.Start > MaxPieceBytes)
            {
                piece = joined;
                piece.TooLarge = true;
                break;
            }

            joined.Run(_file);
            piece = joined;
        }

        if (!piece.Ok)
        {
            piece.Release();
            GoSequential();
            return true;
        }

        (_out, _outLen) = (piece.Output, piece.OutputLength);
        piece.Output = null;
        _chain = piece.End;
        return true;
    }

    /// <summary>Hands the rest of the data, from the end of the last member handed out, to the sequential decoder.</summary>
    private void GoSequential()
    {
        while (_inFlight.TryDequeue(out var p))
        {
            p.Done.Wait();
            p.Release();
        }

        _decoders.Dispose();
        _fallback = _sequential(_chain);
    }

    /// <summary>Cuts the next piece, from <see cref="_next"/> to the next possible member start, and queues it.</summary>
    private bool Schedule()
    {
        if (_next >= _length) return false;
        long end = NextCandidate(_next + 1, _next + MaxPieceBytes + 1);
        var piece = new Piece(_next, end < 0 ? Math.Min(_length, _next + MaxPieceBytes + 1) : end);
        if (end < 0 && piece.End < _length)
        {
            piece.TooLarge = true; // no member start within reach: the sequential decoder takes it from here
            piece.Done.Set();
            _inFlight.Enqueue(piece);
            _next = _length;
            return true;
        }

        _next = piece.End;
        _inFlight.Enqueue(piece);
        _decoders.Post(() => piece.Run(_file));
        return true;
    }

    /// <summary>The offset of the next possible gzip member start in [from, limit), the end of the file when none follows, or -1.</summary>
    private long NextCandidate(long from, long limit)
    {
        long at = from;
        while (at < _length && at < limit)
        {
            int n = RandomAccess.Read(_file, _scanBuffer, at);
            if (n <= 0) break;
            var span = _scanBuffer.AsSpan(0, n);
            int advance = n;
            for (int i = 0; ; i++)
            {
                int j = span[i..].IndexOf((byte)0x1f);
                if (j < 0) break;
                i += j;
                if (i + 3 >= n)
                {
                    // A header's first bytes at the end of the buffer: read again from there, unless the file ends.
                    if (at + n < _length && i > 0) advance = i;
                    break;
                }

                if (span[i + 1] == 0x8b && span[i + 2] == 0x08 && (span[i + 3] & 0xE0) == 0) return at + i;
            }

            at += advance;
        }

        return at >= _length ? _length : -1;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            while (_inFlight.TryDequeue(out var p))
            {
                p.Done.Wait();
                p.Release();
            }

            _decoders.Dispose();
            if (_out is not null) ArrayPool<byte>.Shared.Return(_out);
            _out = null;
            _fallback?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A stretch of compressed data inflated on its own.</summary>
    private sealed class Piece(long start, long end)
    {
        public long Start { get; } = start;
        public long End { get; } = end;
        public ManualResetEventSlim Done { get; } = new(false, spinCount: 0);
        public bool Ok { get; private set; }
        public bool TooLarge { get; set; }
        public byte[]? Output { get; set; }
        public int OutputLength { get; private set; }

        /// <summary>Inflates the piece; it is a member when it inflates to the end and its trailer gives the length made.</summary>
        public void Run(SafeFileHandle file)
        {
            byte[]? input = null;
            try
            {
                int size = (int)(End - Start);
                if (size < 18) return; // no gzip member is shorter
                input = ArrayPool<byte>.Shared.Rent(size);
                if (RandomAccess.Read(file, input.AsSpan(0, size), Start) != size) return;
                uint declared = BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(size - 4, 4));
                // A larger length is a member too big to hold, or (far more often) the bytes of a cut inside a
                // member: either way no member here; the reader joins the next piece, and at worst goes sequential.
                if (declared > MaxOutputBytes) return;

                var output = ArrayPool<byte>.Shared.Rent(Math.Max(1024, (int)declared + 1));
                int made = 0;
                using (var gz = new GZipStream(new MemoryStream(input, 0, size, writable: false), CompressionMode.Decompress))
                {
                    while (made < output.Length)
                    {
                        int n = gz.Read(output, made, output.Length - made);
                        if (n == 0) break;
                        made += n;
                    }
                }

                if (made == declared)
                {
                    Output = output;
                    OutputLength = made;
                    Ok = true;
                }
                else
                {
                    ArrayPool<byte>.Shared.Return(output); // cut short, or more than the trailer says: no single member
                }
            }
            catch (InvalidDataException)
            {
                // Not a member on its own (a cut inside one, or damage): the reader joins or goes sequential.
            }
            finally
            {
                if (input is not null) ArrayPool<byte>.Shared.Return(input);
                Done.Set();
            }
        }

        public void Release()
        {
            if (Output is not null) ArrayPool<byte>.Shared.Return(Output);
            Output = null;
            Ok = false;
        }
    }

    /// <summary>
    /// A few background threads that inflate pieces; they end when disposed. Waiting threads block without spinning:
    /// on a machine with as many threads busy as cores, a spinning waiter takes the core from the thread it waits for.
    /// </summary>
    private sealed class Decoders : IDisposable
    {
        private readonly Queue<Action> _work = new();
        private bool _disposed;

        public Decoders(int threads)
        {
            for (int i = 0; i < threads; i++)
            {
                new Thread(Work) { IsBackground = true, Name = "gzip member decoder" }.Start();
            }
        }

        private void Work()
        {
            while (true)
            {
                Action job;
                lock (_work)
                {
                    while (_work.Count == 0)
                    {
                        if (_disposed) return;
                        Monitor.Wait(_work);
                    }

                    job = _work.Dequeue();
                }

                job();
            }
        }

        public void Post(Action job)
        {
            lock (_work)
            {
                _work.Enqueue(job);
                Monitor.Pulse(_work);
            }
        }

        public void Dispose()
        {
            lock (_work)
            {
                _disposed = true; // queued pieces are still inflated, so that whoever waits for one is woken
                Monitor.PulseAll(_work);
            }
        }
    }
}
