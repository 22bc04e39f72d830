namespace InterviewParser.Turns;

/// <summary>A contact line of a page ("Instagram: @jane", "Website: www.example.org"): the page's, never speech.</summary>
internal static class ContactLine
{
    /// <summary>The longest key of a contact line ("Instagram", "Website", "E-Mail").</summary>
    private const int MaxKey = 25;

    /// <summary>
    /// A contact line: a short key, a colon and one handle, address or link ("Instagram: @jane",
    /// "Website: www.example.org", "Mail: jane@example.org"), or the handle, address or link alone. Nobody speaks in
    /// such lines: they are no turn's, wherever they stand, and stay in the body.
    /// </summary>
    public static bool Is(string paragraph)
    {
        var s = paragraph.AsSpan().Trim();
        int colon = s.IndexOf(':');
        if (s.Length > 120) return false;
        // The key may have been read as a label already, leaving the address alone.
        var value = colon > 0 && colon <= MaxKey && !s[(colon + 1)..].StartsWith("//") ? s[(colon + 1)..].Trim() : s;
        if (value.IsEmpty || value.ContainsAny(' ', '\t')) return false;
        return value[0] == '@' || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || IsMailAddress(value);
    }

    /// <summary>
    /// A short line that gives an e-mail address among its words ("Tips? Email us at desk@example.org", "Schreiben Sie
    /// uns: leser@example.de"): the page's contact note, where it closes the text.
    /// </summary>
    public static bool IsMailNote(string paragraph)
    {
        if (TextUtil.CountWords(paragraph) > MaxMailNoteWords) return false;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsMailAddress(word.AsSpan().TrimEnd(".,;:!?)".AsSpan()))) return true;
        }

        return false;
    }

    /// <summary>The most words of a contact note.</summary>
    private const int MaxMailNoteWords = 20;

    /// <summary>One word of the shape NAME@DOMAIN.TLD.</summary>
    private static bool IsMailAddress(ReadOnlySpan<char> word)
    {
        int at = word.IndexOf('@'), dot = word.LastIndexOf('.');
        return at > 0 && dot > at + 1 && dot < word.Length - 1 && word[(at + 1)..].IndexOf('@') < 0;
    }
}
