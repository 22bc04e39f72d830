using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace InterviewParser.Batch.Warc;

/// <summary>An HTTP response as a WARC response record stores it: status, the headers that matter, and the body.</summary>
internal readonly record struct HttpPayload(int Status, string? ContentType, byte[] Body, string? Note)
{
    /// <summary>
    /// Parses the HTTP message (CRLF or bare-LF headers), undoes chunked transfer encoding and gzip/deflate/brotli
    /// content encoding. A body whose Content-Encoding header lies (already decoded) is kept as it is.
    /// </summary>
    public static HttpPayload? Parse(byte[] block, int maxBytes)
    {
        var span = block.AsSpan();
        int crlf = span.IndexOf("\r\n\r\n"u8), lf = span.IndexOf("\n\n"u8);
        int end, sep;
        if (lf >= 0 && (crlf < 0 || lf < crlf)) (end, sep) = (lf, 2);
        else if (crlf >= 0) (end, sep) = (crlf, 4);
        else return null;

        var head = span[..end];
        int status = 0;
        string? contentType = null, transfer = null, encoding = null;
        bool firstLine = true;
        foreach (var range in head.Split((byte)'\n'))
        {
            var line = head[range].TrimEnd((byte)'\r');
            if (firstLine)
            {
                firstLine = false;
                // "HTTP/1.1 200 OK"
                int sp = line.IndexOf((byte)' ');
                if (sp > 0 && sp + 4 <= line.Length) int.TryParse(line.Slice(sp + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out status);
                continue;
            }

            int colon = line.IndexOf((byte)':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim((byte)' ');
            var value = line[(colon + 1)..];
            if (Ascii.EqualsIgnoreCase(name, "content-type"u8)) contentType ??= Encoding.Latin1.GetString(value).Trim();
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8)) transfer ??= Encoding.Latin1.GetString(value).Trim();
            else if (Ascii.EqualsIgnoreCase(name, "content-encoding"u8)) encoding ??= Encoding.Latin1.GetString(value).Trim();
        }

        byte[] body = block[(end + sep)..];
        string? note = null;
        if (transfer is not null && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body) ?? body;
        }

        if (encoding is { Length: > 0 } ce && !ce.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            var decoded = Decode(body, ce.Trim().ToLowerInvariant(), maxBytes);
            if (decoded is null) note = $"Content-Encoding {ce} did not decode; the body was taken as it is";
            else body = decoded;
        }

        return new HttpPayload(status, contentType, body, note);
    }

    private static byte[]? Decode(byte[] body, string encoding, int maxBytes)
    {
        try
        {
            switch (encoding)
            {
                case "gzip" or "x-gzip":
                    if (body.Length < 2 || body[0] != 0x1f || body[1] != 0x8b) return null;
                    return Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
                case "deflate":
                    // Servers send zlib-wrapped or raw deflate under the same name.
                    return body.Length > 1 && (body[0] & 0x0f) == 8 && ((body[0] << 8) | body[1]) % 31 == 0
                        ? Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes)
                        : Inflate(new DeflateStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
                case "br":
                    return Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
                default:
                    return null;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static byte[] Inflate(Stream decoder, int maxBytes)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int n;
            while ((n = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > maxBytes) break;
            }

            return output.ToArray();
        }
    }

    /// <summary>Undoes chunked transfer encoding; null when the body is not validly chunked.</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        int pos = 0;
        while (pos < body.Length)
        {
            int eol = Array.IndexOf(body, (byte)'\n', pos);
            if (eol < 0) return pos > 0 ? output.ToArray() : null;
            var sizeLine = body.AsSpan(pos, eol - pos).TrimEnd((byte)'\r');
            int semi = sizeLine.IndexOf((byte)';');
            if (semi >= 0) sizeLine = sizeLine[..semi];
            if (!int.TryParse(Encoding.ASCII.GetString(sizeLine.Trim((byte)' ')), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size < 0)
            {
                return pos > 0 ? output.ToArray() : null;
            }

            pos = eol + 1;
            if (size == 0) break;
            int take = Math.Min(size, body.Length - pos);
            output.Write(body, pos, take);
            pos += take;
            if (pos < body.Length && body[pos] == '\r') pos++;
            if (pos < body.Length && body[pos] == '\n') pos++;
        }

        return output.ToArray();
    }
}
