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
            || (value.IndexOf('@') > 0 && value.LastIndexOf('.') > value.IndexOf('@'));
    }
}
