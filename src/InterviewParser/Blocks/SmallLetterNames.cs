namespace InterviewParser.Blocks;

/// <summary>
/// Speakers' names stored in small letters on lines of their own over their speech ("jane roe"), as pages that print
/// names in capitals by their style sheet keep them, and as text saved from such pages shows them. Where two names or
/// more come back so, twice each at least, and the page writes each of them with capitals elsewhere (an intro, a
/// headline), the lines are set in capitals as the page prints them: label lines for every later stage.
/// </summary>
internal static class SmallLetterNames
{
    /// <summary>How often each name line must come back.</summary>
    private const int MinUses = 2;

    /// <summary>How many different names must come back so.</summary>
    private const int MinNames = 2;

    /// <summary>The fewest words of the speech under a name line ("Thank you, Jane." has three).</summary>
    private const int MinSpeechWords = 2;

    /// <summary>Sets the name lines of the blocks in capitals, where they are such (see the class).</summary>
    public static void Capitalise(List<Block> blocks)
    {
        Dictionary<string, int>? seen = null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            // Most lines fail on their length or their first letter (block texts come trimmed).
            string text = blocks[i].Text;
            if (text.Length is < MinLength or > MaxLength || !char.IsLower(text[0])) continue;
            // Speech follows a name line: a sentence's words, not another short line (a menu's or a tag list's next entry).
            var line = text.AsSpan();
            if (!IsNameShaped(line) || blocks[i + 1].WordCount < MinSpeechWords || IsNameShaped(blocks[i + 1].Text)) continue;
            seen ??= new Dictionary<string, int>(StringComparer.Ordinal);
            string key = line.ToString();
            seen[key] = seen.GetValueOrDefault(key) + 1;
        }

        if (seen is null || seen.Count < MinNames) return;
        int recurring = 0;
        foreach (int uses in seen.Values) if (uses >= MinUses) recurring++;
        if (recurring < MinNames) return;
        HashSet<string>? names = null;
        foreach (var (line, uses) in seen)
        {
            if (uses >= MinUses && WrittenWithCapitals(blocks, line)) (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(line);
        }

        if (names is null || names.Count < MinNames) return;
        foreach (var b in blocks)
        {
            if (b.Text.Length <= MaxLength && names.Contains(b.Text)) b.Text = b.Text.ToUpperInvariant();
        }
    }

    /// <summary>The shortest and the longest name line.</summary>
    private const int MinLength = 5, MaxLength = 40;

    /// <summary>Two or three words of small letters alone on a line (hyphens and apostrophes allowed): a name's shape uncapitalised.</summary>
    private static bool IsNameShaped(ReadOnlySpan<char> line)
    {
        if (line.Length is < MinLength or > MaxLength) return false;
        int words = 1;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == ' ' && line[i - 1] != ' ') words++;
            else if (c != ' ' && !char.IsLower(c) && c is not ('-' or '\'' or '’')) return false;
        }

        return words is 2 or 3;
    }

    /// <summary>Whether the page writes the line's words elsewhere with capitals, its first and last word capitalised.</summary>
    private static bool WrittenWithCapitals(List<Block> blocks, string line)
    {
        int lastWord = line.LastIndexOf(' ') + 1;
        foreach (var b in blocks)
        {
            string text = b.Text;
            for (int i = text.IndexOf(line, StringComparison.OrdinalIgnoreCase); i >= 0;
                 i = text.IndexOf(line, i + line.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (char.IsUpper(text[i]) && char.IsUpper(text[i + lastWord]) && TextUtil.IsWholeWord(text, i, i + line.Length)) return true;
            }
        }

        return false;
    }
}
