using System.Text;

namespace InterviewParser.Decoding;

/// <summary>
/// UTF-8 that was read once as Latin-1 or windows-1252 and written out again ("AndrÃ©s", "itâ€™s"): a text browser or
/// an exporter that trusted a wrong charset leaves documents so, often only in parts (a menu right, the article not).
/// Each run of characters that the bytes of one UTF-8 character were read as is read back as that character, once a
/// document holds a few such runs; text in which they occur by chance ("SÃO PAULO") has none. Only characters that
/// Western text holds are read back so (accented letters, typographic punctuation).
/// </summary>
internal static class Mojibake
{
    /// <summary>How many misread sequences a document needs before it is repaired.</summary>
    private const int MinSequences = 3;

    // windows-1252 gives these characters to the bytes 0x80–0x9F.
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>Returns the repaired text, or null when <paramref name="text"/> holds too few misread sequences.</summary>
    public static string? Repair(string text)
    {
        var span = text.AsSpan();
        int first = span.IndexOfAnyInRange('\u00C2', '\u00F4');
        if (first < 0) return null;
        int sequences = 0;
        for (int i = first; i >= 0 && sequences < MinSequences;)
        {
            int length = SequenceAt(span, i, out _);
            if (length > 0) sequences++;
            int next = span[(i + Math.Max(1, length))..].IndexOfAnyInRange('\u00C2', '\u00F4');
            i = next < 0 ? -1 : i + Math.Max(1, length) + next;
        }

        if (sequences < MinSequences) return null;
        var sb = new StringBuilder(text.Length);
        sb.Append(span[..first]);
        Span<char> chars = stackalloc char[2];
        for (int i = first; i < span.Length; i++)
        {
            if (SequenceAt(span, i, out var rune) is > 0 and var length)
            {
                sb.Append(chars[..rune.EncodeToUtf16(chars)]);
                i += length - 1;
            }
            else
            {
                sb.Append(span[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The length of the misread UTF-8 sequence at <paramref name="i"/> (a lead byte's character and its continuation
    /// bytes' characters, decoding to one valid character, <paramref name="rune"/>), or 0.
    /// </summary>
    private static int SequenceAt(ReadOnlySpan<char> s, int i, out Rune rune)
    {
        rune = default;
        char lead = s[i];
        int length = lead switch { >= '\u00C2' and <= '\u00DF' => 2, >= '\u00E0' and <= '\u00EF' => 3, >= '\u00F0' and <= '\u00F4' => 4, _ => 0 };
        if (length == 0 || i + length > s.Length) return 0;
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (int k = 1; k < length; k++)
        {
            if (!IsContinuation(s[i + k])) return 0;
            bytes[k] = ByteOf(s[i + k]);
        }

        if (Rune.DecodeFromUtf8(bytes[..length], out rune, out int consumed) != System.Buffers.OperationStatus.Done || consumed != length) return 0;
        // Only what Western text misreads: accented Latin letters, typographic punctuation, the euro and trade marks.
        // "é »" and "ß" before a soft hyphen are French and German as written, not a CJK or NKo character misread.
        return rune.Value is (>= 0x80 and <= 0x24F) or (>= 0x2000 and <= 0x206F) or 0x20AC or 0x2122 ? length : 0;
    }

    private static byte ByteOf(char c) => c < '\u0100' ? (byte)c : (byte)(0x80 + Cp1252High.IndexOf(c));

    /// <summary>A character a UTF-8 continuation byte (0x80–0xBF) is read as, in Latin-1 or windows-1252.</summary>
    private static bool IsContinuation(char c) => c is >= '\u0080' and <= '\u00BF' || Cp1252High.Contains(c);
}
