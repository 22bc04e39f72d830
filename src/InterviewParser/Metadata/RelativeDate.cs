using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>
/// Relative dates in the six languages ("3 hours ago", "vor 2 Tagen", "hace 5 minutos", "il y a 3 jours",
/// "2 часа назад", "2 saat əvvəl", "yesterday", "gestern", "ayer", "hier", "вчера", "dünən"), resolved against a
/// reference time. Hours and minutes keep the reference's offset and a time; days give a date only.
/// </summary>
internal static class RelativeDate
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        // minutes = 1, hours = 60, days = 1440, weeks = 10080
        ["minute"] = 1, ["minutes"] = 1, ["min"] = 1, ["mins"] = 1, ["minute(n)"] = 1, ["minuten"] = 1, ["minuto"] = 1, ["minutos"] = 1,
        ["minutes."] = 1, ["минуту"] = 1, ["минуты"] = 1, ["минут"] = 1, ["dəqiqə"] = 1,
        ["hour"] = 60, ["hours"] = 60, ["hr"] = 60, ["hrs"] = 60, ["stunde"] = 60, ["stunden"] = 60, ["hora"] = 60, ["horas"] = 60,
        ["heure"] = 60, ["heures"] = 60, ["час"] = 60, ["часа"] = 60, ["часов"] = 60, ["saat"] = 60,
        ["day"] = 1440, ["days"] = 1440, ["tag"] = 1440, ["tagen"] = 1440, ["día"] = 1440, ["días"] = 1440, ["dia"] = 1440, ["dias"] = 1440,
        ["jour"] = 1440, ["jours"] = 1440, ["день"] = 1440, ["дня"] = 1440, ["дней"] = 1440, ["gün"] = 1440,
        ["week"] = 10080, ["weeks"] = 10080, ["woche"] = 10080, ["wochen"] = 10080, ["semana"] = 10080, ["semanas"] = 10080,
        ["semaine"] = 10080, ["semaines"] = 10080, ["неделю"] = 10080, ["недели"] = 10080, ["недель"] = 10080, ["həftə"] = 10080,
    };

    private static readonly HashSet<string> Yesterday = new(StringComparer.OrdinalIgnoreCase) { "yesterday", "gestern", "ayer", "hier", "вчера", "dünən" };
    private static readonly HashSet<string> Today = new(StringComparer.OrdinalIgnoreCase) { "today", "heute", "hoy", "aujourd'hui", "сегодня", "bu gün" };

    /// <summary>Resolves a relative date line, or returns <see langword="null"/>.</summary>
    public static PublicationTime? Parse(string text, DateTimeOffset now)
    {
        var words = text.Trim().TrimEnd('.').Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8) return null;
        foreach (var w in words)
        {
            var t = w.Trim(',', '.', ':');
            if (Yesterday.Contains(t)) return new PublicationTime(DateOnly.FromDateTime(now.DateTime).AddDays(-1), null, null, text.Trim(), TimestampSource.Text);
            if (Today.Contains(t)) return new PublicationTime(DateOnly.FromDateTime(now.DateTime), null, null, text.Trim(), TimestampSource.Text);
        }

        string joined = " " + string.Join(' ', words).ToLowerInvariant() + " ";
        bool relative = joined.Contains(" ago ", StringComparison.Ordinal) || joined.Contains(" vor ", StringComparison.Ordinal)
            || joined.Contains(" hace ", StringComparison.Ordinal) || joined.Contains(" il y a ", StringComparison.Ordinal)
            || joined.Contains(" назад ", StringComparison.Ordinal) || joined.Contains(" əvvəl ", StringComparison.Ordinal);
        if (!relative) return null;
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (!int.TryParse(words[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) continue;
            if (!Units.TryGetValue(words[i + 1].Trim(',', '.'), out int minutes)) continue;
            var then = now - TimeSpan.FromMinutes((double)n * minutes);
            return minutes < 1440
                ? new PublicationTime(DateOnly.FromDateTime(then.DateTime), new TimeOnly(then.Hour, then.Minute), then.Offset, text.Trim(), TimestampSource.Text)
                : new PublicationTime(DateOnly.FromDateTime(then.DateTime), null, null, text.Trim(), TimestampSource.Text);
        }

        return null;
    }
}
