using System.Buffers.Binary;
using System.IO.Compression;

namespace InterviewParser.Batch.Sources;

/// <summary>
/// Where each entry's data lies in a zip file, read from its central directory and local headers, so that an entry can
/// be inflated whole whatever size the archive declares for it (.NET's reader stops at the declared size, so a size
/// that lies would cut the document without a word). Zip64 archives and entries are left to .NET's reader.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50, CentralSignature = 0x02014b50, LocalSignature = 0x04034b50;

    /// <summary>One entry's raw data: its offset, compressed size and method (0 stored, 8 deflated).</summary>
    internal readonly record struct RawEntry(long DataOffset, long CompressedSize, int Method);

    /// <summary>The entries by name, or an empty map when the directory cannot be read this way.</summary>
    public static Dictionary<string, RawEntry> Read(Stream zip)
    {
        var result = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        try
        {
            long length = zip.Length;
            int tail = (int)Math.Min(length, 22 + 65535);
            var buffer = new byte[tail];
            zip.Position = length - tail;
            zip.ReadExactly(buffer);
            int end = -1;
            for (int i = tail - 22; i >= 0; i--)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i)) == EndSignature) { end = i; break; }
            }

            if (end < 0) return result;
            int count = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(end + 10));
            long size = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(end + 12));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(end + 16));
            if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF || offset + size > length || size > 64 << 20) return result;
            var central = new byte[size];
            zip.Position = offset;
            zip.ReadExactly(central);
            var header = new byte[30];
            for (int at = 0, k = 0; k < count && at + 46 <= central.Length; k++)
            {
                var c = central.AsSpan(at);
                if (BinaryPrimitives.ReadUInt32LittleEndian(c) != CentralSignature) break;
                int method = BinaryPrimitives.ReadUInt16LittleEndian(c[10..]);
                long compressed = BinaryPrimitives.ReadUInt32LittleEndian(c[20..]);
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(c[28..]), extra = BinaryPrimitives.ReadUInt16LittleEndian(c[30..]);
                int comment = BinaryPrimitives.ReadUInt16LittleEndian(c[32..]);
                long local = BinaryPrimitives.ReadUInt32LittleEndian(c[42..]);
                if (at + 46 + nameLength > central.Length) break;
                string name = System.Text.Encoding.UTF8.GetString(c.Slice(46, nameLength));
                at += 46 + nameLength + extra + comment;
                if (compressed == 0xFFFFFFFF || local == 0xFFFFFFFF || local + 30 > length || method is not (0 or 8)) continue;
                zip.Position = local;
                zip.ReadExactly(header);
                if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalSignature) continue;
                long data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
                if (data + compressed <= length) result.TryAdd(name, new RawEntry(data, compressed, method));
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or ArgumentException)
        {
            result.Clear();
        }

        return result;
    }

    /// <summary>Inflates an entry whole, up to <paramref name="cap"/> bytes; <paramref name="over"/> when there are more.</summary>
    public static byte[] Inflate(Stream zip, RawEntry entry, int cap, out bool over)
    {
        zip.Position = entry.DataOffset;
        using var raw = new BoundedStream(zip, entry.CompressedSize);
        using var data = entry.Method == 8 ? new DeflateStream(raw, CompressionMode.Decompress, leaveOpen: true) : (Stream)raw;
        return DocumentSources.ReadCapped(data, cap, out over);
    }

    /// <summary>A window of a seekable stream: reads stop at its end.</summary>
    private sealed class BoundedStream(Stream inner, long length) : ForwardStream
    {
        private long _left = length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left <= 0) return 0;
            int n = inner.Read(buffer, offset, (int)Math.Min(count, _left));
            _left -= n;
            return n;
        }
    }
}
