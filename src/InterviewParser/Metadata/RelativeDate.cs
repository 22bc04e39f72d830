using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>
/// Relative dates in the six languages ("3 hours ago", "vor 2 Tagen", "hace 5 minutos", "il y a 3 jours",
/// "2 часа назад", "2 saat əvvəl", "yesterday", "gestern", "ayer", "hier", "вчера", "dünən"), resolved against a
/// reference time. Hours and minutes keep the reference's offset and a time; days give a date only.
/// </summary>
internal static class RelativeDate
{
    /// <summary>Resolves a relative date line, or returns <see langword="null"/>.</summary>
    public static PublicationTime? Parse(string text, DateTimeOffset now)
    {
        var words = text.Trim().TrimEnd('.').Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8) return null;
        foreach (var w in words)
        {
            var t = w.Trim(',', '.', ':');
            if (Vocabulary.Yesterday.Contains(t)) return new PublicationTime(DateOnly.FromDateTime(now.DateTime).AddDays(-1), null, null, text.Trim(), TimestampSource.Text);
            if (Vocabulary.Today.Contains(t)) return new PublicationTime(DateOnly.FromDateTime(now.DateTime), null, null, text.Trim(), TimestampSource.Text);
        }

        string joined = " " + string.Join(' ', words).ToLowerInvariant() + " ";
        bool relative = false;
        foreach (var ago in Vocabulary.AgoWords) relative |= joined.Contains($" {ago} ", StringComparison.Ordinal);
        if (!relative) return null;
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (!int.TryParse(words[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) continue;
            if (!Vocabulary.TimeUnits.TryGetValue(words[i + 1].Trim(',', '.'), out int minutes)) continue;
            var then = now - TimeSpan.FromMinutes((double)n * minutes);
            return minutes < 1440
                ? new PublicationTime(DateOnly.FromDateTime(then.DateTime), new TimeOnly(then.Hour, then.Minute), then.Offset, text.Trim(), TimestampSource.Text)
                : new PublicationTime(DateOnly.FromDateTime(then.DateTime), null, null, text.Trim(), TimestampSource.Text);
        }

        return null;
    }
}
