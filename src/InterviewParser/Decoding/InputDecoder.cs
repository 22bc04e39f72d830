using System.Buffers;
using System.Text;
using System.Text.Unicode;
using InterviewParser.Model;

namespace InterviewParser.Decoding;

/// <summary>
/// Stage 1: bytes to text. Picks the character set from the byte-order mark, a caller-given content type,
/// a <c>&lt;meta charset&gt;</c> prescan, UTF-8 validity, then windows-1252; and sniffs HTML from text.
/// </summary>
internal static class InputDecoder
{
    private const int PrescanBytes = 4096;
    private static readonly SearchValues<string> HtmlMarkers = SearchValues.Create(
        ["<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<p ", "<article", "<title", "<br", "<span"],
        StringComparison.OrdinalIgnoreCase);

    static InputDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes bytes, honouring the caller's charset hint and format.</summary>
    public static DecodedInput Decode(ReadOnlySpan<byte> bytes, DocumentFormat format, string? contentType, int maxBytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.Length > maxBytes)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.Truncated, DiagnosticSeverity.Warning,
                $"The input has {bytes.Length} bytes; only the first {maxBytes} were read."));
            bytes = bytes[..maxBytes];
        }

        Encoding? encoding = DetectBom(bytes, out int bomLength);
        bytes = bytes[bomLength..];
        string? charset = encoding?.WebName;
        if (encoding is null && ContentTypeCharset(contentType) is { } declared)
        {
            encoding = TryGetEncoding(declared, diagnostics);
        }

        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        if (format == DocumentFormat.Auto)
        {
            format = LooksLikeHtml(Encoding.Latin1.GetString(head)) ? DocumentFormat.Html : DocumentFormat.Text;
        }

        if (encoding is null && format == DocumentFormat.Html && MetaCharset(head) is { } meta)
        {
            encoding = TryGetEncoding(meta, diagnostics);
        }

        // Pages often declare a legacy charset but hold UTF-8 (an archive transcoded them and kept the old declaration):
        // valid multi-byte UTF-8 outweighs the declaration. Text in a legacy multi-byte charset (EUC-KR, Shift_JIS,
        // GBK) is never valid UTF-8 at length, nor is Latin text with accented letters.
        // The bytes are checked for UTF-8 once, for either decision.
        int damaged = 0;
        if (bomLength == 0 && encoding is { CodePage: not 65001 } && bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0
            && IsUtf8(bytes, out damaged))
        {
            encoding = new UTF8Encoding(false, false);
        }
        else if (encoding is null)
        {
            encoding = IsUtf8(bytes, out damaged) ? new UTF8Encoding(false, false) : Encoding.GetEncoding(1252);
        }

        if (damaged > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.DamagedUtf8, DiagnosticSeverity.Info,
                $"The text is UTF-8 but for {damaged} damaged byte(s), which were replaced."));
        }

        charset ??= encoding.WebName;
        string text = encoding.GetString(bytes);
        if (Mojibake.Repair(text) is { } repaired)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.Mojibake, DiagnosticSeverity.Info,
                "The text was UTF-8 once read as windows-1252 or Latin-1 (\"Ã©\" for \"é\"); it was read back as UTF-8."));
            text = repaired;
        }

        if (LooksBinary(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.BinaryInput, DiagnosticSeverity.Warning,
                "The input holds many control characters; it was decoded leniently and may not be text."));
            text = StripControls(text);
        }

        return new DecodedInput(text, CaptionFormat(text, format), charset, diagnostics);
    }

    /// <summary>Text (sniffed or declared) that carries caption cues is WebVTT or SRT.</summary>
    private static DocumentFormat CaptionFormat(string text, DocumentFormat format)
    {
        if (format is not (DocumentFormat.Text or DocumentFormat.Auto) || !Blocks.CaptionBlockBuilder.LooksLikeCaptions(text)) return format;
        return text.AsSpan().TrimStart('\uFEFF').TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal) ? DocumentFormat.WebVtt : DocumentFormat.Srt;
    }

    /// <summary>Sniffs the format of text that is already decoded.</summary>
    public static DocumentFormat Sniff(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, PrescanBytes)];
        if (LooksLikeHtml(head)) return DocumentFormat.Html;
        if (!Blocks.CaptionBlockBuilder.LooksLikeCaptions(text)) return DocumentFormat.Text;
        return text.TrimStart('\uFEFF').TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal) ? DocumentFormat.WebVtt : DocumentFormat.Srt;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> head)
    {
        var trimmed = head.TrimStart();
        if (trimmed.StartsWith("<", StringComparison.Ordinal) && head.ContainsAny(HtmlMarkers))
        {
            return true;
        }

        // A text file may quote a tag; a page starts with markup or carries several markers early on.
        int hits = 0;
        var rest = head;
        int i;
        while ((i = rest.IndexOfAny(HtmlMarkers)) >= 0 && hits < 3)
        {
            hits++;
            rest = rest[(i + 1)..];
        }

        return hits >= 3;
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> b, out int length)
    {
        length = 0;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { length = 3; return new UTF8Encoding(false, false); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { length = 2; return Encoding.Unicode; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { length = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static string? ContentTypeCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        int i = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            return null;
        }

        var value = contentType.AsSpan(i + 8).Trim().Trim('"').Trim('\'');
        int end = value.IndexOfAny(';', ' ', '"');
        return (end >= 0 ? value[..end] : value).ToString();
    }

    private static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        string s = Encoding.Latin1.GetString(head);
        int i = 0;
        while ((i = s.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            i += 7;
            int j = i;
            while (j < s.Length && (s[j] == ' ' || s[j] == '=' || s[j] == '"' || s[j] == '\'')) j++;
            int k = j;
            while (k < s.Length && (char.IsAsciiLetterOrDigit(s[k]) || s[k] is '-' or '_' or ':' or '.')) k++;
            if (k > j && s.AsSpan(i, j - i).Contains('='))
            {
                return s[j..k];
            }
        }

        return null;
    }

    private static Encoding? TryGetEncoding(string name, List<Diagnostic> diagnostics)
    {
        try
        {
            var enc = Encoding.GetEncoding(name.Trim());
            // A page that says it is UTF-16 or UTF-32 but reached us as bytes of an ASCII prescan is UTF-8 in practice.
            if (enc is UnicodeEncoding or UTF32Encoding) return new UTF8Encoding(false, false);
            // UTF-7 is not decoded at all (browsers refuse it: it hides markup from filters); treated as unknown.
            if (enc.CodePage == 65000) throw new NotSupportedException("UTF-7");
            return enc;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.UnknownCharset, DiagnosticSeverity.Warning,
                $"The character set '{name}' is unknown; UTF-8 or windows-1252 was used instead."));
            return null;
        }
    }

    /// <summary>Valid multi-byte sequences must outnumber damaged bytes this many times for a text to be UTF-8.</summary>
    private const int Utf8Majority = 20;

    /// <summary>
    /// Whether the bytes are UTF-8: valid, valid but for a sequence cut at the end, or valid but for a few damaged
    /// bytes (a scrape cut a character in the middle, a byte was lost), counted in <paramref name="damaged"/>. Legacy
    /// text holds no valid multi-byte sequences but by chance: its accented letters are single bytes.
    /// </summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes, out int damaged)
    {
        damaged = 0;
        if (Utf8.IsValid(bytes) || LooksUtf8Truncated(bytes)) return true;
        int valid = 0;
        for (int i = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F); i >= 0 && i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int used) == OperationStatus.Done) valid++;
            else damaged++;
            i += used;
            int next = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            i = next < 0 ? -1 : i + next;
        }

        if (valid >= damaged * Utf8Majority) return true;
        damaged = 0;
        return false;
    }

    private static bool LooksUtf8Truncated(ReadOnlySpan<byte> bytes)
    {
        // Valid UTF-8 but for a multi-byte sequence cut at the very end.
        int cut = Math.Max(0, bytes.Length - 3);
        return bytes.Length > 3 && Utf8.IsValid(bytes[..cut]) && Utf8.IsValid(bytes[..LastBoundary(bytes)]);
    }

    private static int LastBoundary(ReadOnlySpan<byte> bytes)
    {
        int i = bytes.Length - 1;
        while (i > 0 && bytes.Length - i <= 4 && (bytes[i] & 0xC0) == 0x80) i--;
        return (bytes[i] & 0x80) == 0 ? bytes.Length : i;
    }

    private static bool LooksBinary(string text)
    {
        int sample = Math.Min(text.Length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return sample > 0 && controls * 20 > sample;
    }

    private static string StripControls(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c < 0x20 && c is not ('\n' or '\r' or '\t') ? ' ' : c);
        }

        return sb.ToString();
    }
}
