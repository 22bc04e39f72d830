using System.IO.Compression;
using System.Text;
using FluentAssertions;
using InterviewParser.Batch.Warc;
using Xunit;
using static InterviewParser.Tests.Batch.ArchiveBuilder;

namespace InterviewParser.Tests.Batch;

/// <summary>Members inflated on several threads give exactly the bytes (and the failures) of the sequential decoder.</summary>
public class ParallelGzipStreamTests
{
    private static byte[] Member(string text) => Member(Encoding.UTF8.GetBytes(text), CompressionLevel.Optimal);

    private static byte[] Member(byte[] data, CompressionLevel level)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, level)) gz.Write(data);
        return ms.ToArray();
    }

    private static string WriteFile(IEnumerable<byte[]> parts)
    {
        string path = Path.Combine(TempFolder(), "members.gz");
        using var f = File.Create(path);
        foreach (var p in parts) f.Write(p);
        return path;
    }

    /// <summary>Reads a file through the parallel stream, in reads of odd sizes; the error that ended it, if any.</summary>
    private static (byte[] Bytes, Exception? Error, bool Sequential) ReadParallel(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = new ParallelGzipStream(file.SafeFileHandle, 0, offset =>
        {
            var raw = File.OpenRead(path);
            raw.Position = offset;
            return new GZipStream(raw, CompressionMode.Decompress);
        }, threads: 2);
        var output = new MemoryStream();
        var buffer = new byte[7919];
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
            return (output.ToArray(), null, stream.Sequential);
        }
        catch (InvalidDataException ex)
        {
            return (output.ToArray(), ex, stream.Sequential);
        }
    }

    private static (byte[] Bytes, Exception? Error) ReadSequential(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var output = new MemoryStream();
        var buffer = new byte[7919];
        try
        {
            int n;
            while ((n = gz.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, n);
            return (output.ToArray(), null);
        }
        catch (InvalidDataException ex)
        {
            return (output.ToArray(), ex);
        }
    }

    [Fact]
    public void Many_members_come_out_in_order_without_falling_back()
    {
        var members = Enumerable.Range(0, 500).Select(i => Member($"record {i}: " + new string((char)('a' + i % 26), 50 + i * 37 % 3000))).ToList();
        string path = WriteFile(members);

        var parallel = ReadParallel(path);

        parallel.Error.Should().BeNull();
        parallel.Sequential.Should().BeFalse();
        parallel.Bytes.Should().Equal(ReadSequential(path).Bytes);
    }

    [Fact]
    public void A_member_holding_the_gzip_magic_bytes_by_chance_is_joined_and_read_whole()
    {
        // Stored (uncompressed) deflate blocks carry their bytes as they are: these members hold 1f 8b 08 00 in their
        // compressed data, where a member start seems to be and is not.
        byte[] fake = [.. "before "u8, 0x1f, 0x8b, 0x08, 0x00, .. " after "u8];
        var members = Enumerable.Range(0, 60).Select(i => Member([.. Encoding.ASCII.GetBytes(new string('x', i)), .. fake, .. fake], CompressionLevel.NoCompression)).ToList();
        var encoded = members.Select(m => m.AsSpan(10).IndexOf(new byte[] { 0x1f, 0x8b, 0x08 }) >= 0).ToList();
        encoded.Should().Contain(true, "the test needs members whose data looks like a member start");
        string path = WriteFile(members);

        var parallel = ReadParallel(path);

        parallel.Error.Should().BeNull();
        parallel.Sequential.Should().BeFalse("a cut at a chance header is joined, not a reason to give up");
        parallel.Bytes.Should().Equal(ReadSequential(path).Bytes);
    }

    [Fact]
    public void A_single_member_file_is_left_to_the_sequential_decoder_and_reads_the_same()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i} of one long member\n"));
        string path = WriteFile([Member(text)]);

        var parallel = ReadParallel(path);

        parallel.Error.Should().BeNull();
        parallel.Bytes.Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Damage_in_a_middle_member_gives_the_same_bytes_and_the_same_failure_as_the_sequential_decoder()
    {
        var members = Enumerable.Range(0, 40).Select(i => Member($"member {i} " + new string('q', 2000 + i))).ToList();
        var damaged = members[25];
        for (int k = 12; k < 30; k++) damaged[k] ^= 0x5A;
        string path = WriteFile(members);

        var parallel = ReadParallel(path);
        var sequential = ReadSequential(path);

        sequential.Error.Should().NotBeNull("the damaged member cannot be inflated");
        parallel.Error.Should().NotBeNull();
        parallel.Sequential.Should().BeTrue("damage hands the rest to the sequential decoder");
        parallel.Bytes.Should().Equal(sequential.Bytes);
    }

    [Fact]
    public void A_file_cut_inside_its_last_member_ends_where_the_sequential_decoder_ends()
    {
        var members = Enumerable.Range(0, 30).Select(i => Member($"member {i} " + new string('z', 500 + 13 * i))).ToList();
        var all = members.SelectMany(m => m).ToArray();
        string path = WriteFile([all[..(all.Length - members[^1].Length / 2)]]);

        var parallel = ReadParallel(path);
        var sequential = ReadSequential(path);

        parallel.Bytes.Should().Equal(sequential.Bytes);
        (parallel.Error is null).Should().Be(sequential.Error is null);
    }
}
