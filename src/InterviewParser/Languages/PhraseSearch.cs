using System.Buffers;
using System.Text;

namespace InterviewParser.Languages;

/// <summary>
/// Phrases looked for anywhere in a line, ignoring case (ordinal), as one search: the line is scanned once for all of
/// them. The phrases written in ASCII are searched apart from those with other letters. A search for ASCII phrases is
/// vectorised; one that holds a single phrase with an accent walks the text a character at a time through a table, and
/// on the pages most lines are ASCII. Such a phrase cannot match a line of ASCII letters alone, unless the runtime's
/// ordinal case folding takes its other letters into ASCII: those phrases are searched with an ASCII spelling too.
/// </summary>
internal sealed class PhraseSearch
{
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;

    /// <summary>Compiles the search for the phrases.</summary>
    public PhraseSearch(IEnumerable<string> phrases)
    {
        var ascii = new List<string>();
        var other = new List<string>();
        foreach (var p in phrases)
        {
            if (Ascii.IsValid(p))
            {
                ascii.Add(p);
                continue;
            }

            other.Add(p);
            if (AsciiSpelling(p) is { } spelled) ascii.Add(spelled);
        }

        _ascii = ascii.Count > 0 ? SearchValues.Create([.. ascii], StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Count > 0 ? SearchValues.Create([.. other], StringComparison.OrdinalIgnoreCase) : null;
    }

    /// <summary>The phrase spelled in ASCII when each of its other letters is an ASCII letter ignoring case; else null.</summary>
    private static string? AsciiSpelling(string phrase)
    {
        var chars = phrase.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsAscii(chars[i])) continue;
            char upper = char.ToUpperInvariant(chars[i]);
            if (!char.IsAscii(upper)) return null;
            chars[i] = upper;
        }

        return new string(chars);
    }

    /// <summary>Whether any phrase stands in the text.</summary>
    public bool In(ReadOnlySpan<char> text) =>
        (_ascii is not null && text.ContainsAny(_ascii)) || (_other is not null && !Ascii.IsValid(text) && text.ContainsAny(_other));

    /// <summary>Where the first phrase in the text begins, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        int first = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        if (_other is null || Ascii.IsValid(text)) return first;
        int other = text.IndexOfAny(_other);
        return other >= 0 && (first < 0 || other < first) ? other : first;
    }

    /// <summary>Whether one of the phrases starts a word of the text (so "sign in" is found in "Sign in to reply", not in "design in").</summary>
    public bool AtWordStartIn(ReadOnlySpan<char> text)
    {
        for (int at = 0; at < text.Length;)
        {
            int found = IndexIn(text[at..]);
            if (found < 0) return false;
            at += found;
            if (at == 0 || !char.IsLetter(text[at - 1])) return true;
            at++;
        }

        return false;
    }
}
