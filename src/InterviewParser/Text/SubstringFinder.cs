namespace InterviewParser;

/// <summary>
/// Which of a fixed set of words stand anywhere in a short text (a class name, an id), found in one pass: each word
/// carries a set of bits, and <see cref="Find"/> gives the bits of every word that occurs. The words are bucketed by
/// their first two characters, so a position of the text costs one table lookup and, now and then, a comparison of
/// four characters at once with each word of its bucket (the word's whole length for a shorter word).
/// On class names of a few dozen characters this took a third of the time that <see cref="System.Buffers.SearchValues{T}"/>
/// of strings took for the same word lists (it is built for long texts); the comparison is ordinal, so callers lower-case
/// text and words alike.
/// </summary>
internal sealed class SubstringFinder
{
    private const int Slots = 1024; // a power of two

    private readonly string[] _words;
    private readonly int[] _bits;
    private readonly ulong[] _head; // the word's first four characters (all of a shorter word's), as one number
    private readonly ulong[] _headMask; // which of the number's bits the word fills
    private readonly short[] _first = new short[Slots]; // the slot's first word in _words
    private readonly short[] _count = new short[Slots]; // how many words the slot holds

    /// <summary>Builds the finder of the given words, each with its bits; every word has two characters or more.</summary>
    public SubstringFinder(IEnumerable<(string Word, int Bits)> words)
    {
        var list = new List<(string Word, int Bits, int Slot)>();
        foreach (var (word, bits) in words)
        {
            if (word.Length < 2) throw new ArgumentException($"A word of fewer than two characters cannot be found: \"{word}\".", nameof(words));
            list.Add((word, bits, SlotOf(word[0], word[1])));
        }

        list.Sort((a, b) => a.Slot.CompareTo(b.Slot));
        if (list.Count > short.MaxValue) throw new ArgumentException("Too many words.", nameof(words));
        _words = new string[list.Count];
        _bits = new int[list.Count];
        _head = new ulong[list.Count];
        _headMask = new ulong[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            var (word, bits, slot) = list[i];
            _words[i] = word;
            _bits[i] = bits;
            _head[i] = HeadOf(word);
            _headMask[i] = word.Length >= HeadLength ? ulong.MaxValue : (1UL << (16 * word.Length)) - 1;
            if (_count[slot]++ == 0) _first[slot] = (short)i;
        }
    }

    /// <summary>The bits of every word that occurs in <paramref name="text"/>, or'ed together; 0 when none does.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        int found = 0;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            int slot = SlotOf(text[i], text[i + 1]);
            int count = _count[slot];
            if (count == 0) continue;
            var rest = text[i..];
            ulong head = HeadOf(rest);
            for (int k = _first[slot], end = k + count; k < end; k++)
            {
                int bits = _bits[k];
                if ((head & _headMask[k]) != _head[k] || (found & bits) == bits) continue;
                if (_words[k].Length <= HeadLength || rest.StartsWith(_words[k], StringComparison.Ordinal)) found |= bits;
            }
        }

        return found;
    }

    private static int SlotOf(char first, char second) => (first * 31 + second) & (Slots - 1);

    private const int HeadLength = sizeof(ulong) / sizeof(char);

    /// <summary>The first four characters of a text as one number, the first in the low bits; a shorter text leaves the high bits 0.</summary>
    private static ulong HeadOf(ReadOnlySpan<char> text)
    {
        if (text.Length >= HeadLength) return text[0] | (ulong)text[1] << 16 | (ulong)text[2] << 32 | (ulong)text[3] << 48;
        ulong head = 0;
        for (int i = text.Length - 1; i >= 0; i--) head = (head << 16) | text[i];
        return head;
    }
}
