using System.IO.Compression;
using System.Text;

namespace InterviewParser.Tests.Batch;

/// <summary>Builds WARC records and archives of our own test documents in memory and in temp folders.</summary>
internal static class ArchiveBuilder
{
    public static string TempFolder() => Scratch.Folder("batch-");

    public static byte[] HttpResponse(string contentType, byte[] body, string? extraHeaders = null, int status = 200)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    public static byte[] Record(string type, string? uri, byte[] block, string contentType = "application/http; msgtype=response", string? length = null)
    {
        var sb = new StringBuilder();
        sb.Append("WARC/1.0\r\n");
        sb.Append($"WARC-Type: {type}\r\n");
        sb.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        sb.Append("WARC-Date: 2024-05-06T07:08:09Z\r\n");
        if (uri is not null) sb.Append($"WARC-Target-URI: {uri}\r\n");
        sb.Append($"Content-Type: {contentType}\r\n");
        sb.Append($"Content-Length: {length ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(sb.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    public static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    public static byte[] Concat(IEnumerable<byte[]> parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
