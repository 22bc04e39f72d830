namespace InterviewParser.Blocks;

/// <summary>Addresses of an author's page ("/author/jane-roe/"), as HTML anchors and Markdown links write them.</summary>
internal static class AuthorAddress
{
    /// <summary>
    /// The author path segments of every language between slashes ("/author/"), in small letters as addresses write
    /// them, to find them in markup in one pass (an exact search is several times faster than one ignoring case).
    /// </summary>
    public static readonly System.Buffers.SearchValues<string> Paths = System.Buffers.SearchValues.Create(
        [.. Languages.Vocabulary.AuthorPathWords.Select(w => "/" + w.ToLowerInvariant() + "/")], StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PathWords =
        Languages.Vocabulary.AuthorPathWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether an address leads to one author's page: a path segment that names authors in a site's addresses
    /// ("/author/", "/autoren/") with a further segment after it (the author's own part, not the list of all authors).
    /// </summary>
    public static bool Matches(ReadOnlySpan<char> address)
    {
        int end = address.IndexOfAny(" ?#");
        if (end >= 0) address = address[..end];
        int scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            int path = address[(scheme + 3)..].IndexOf('/');
            if (path < 0) return false;
            address = address[(scheme + 3 + path)..];
        }

        bool authorSegment = false;
        foreach (var range in address.Split('/'))
        {
            var segment = address[range];
            if (segment.IsEmpty) continue;
            if (authorSegment) return true; // the segment after it names the author
            authorSegment = PathWords.Contains(segment);
        }

        return false;
    }
}
