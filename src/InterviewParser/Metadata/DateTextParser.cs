using System.Globalization;
using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Metadata;

/// <summary>
/// Reads a date, and a time and offset where stated, from ISO 8601 strings and from date lines in English,
/// German, French, Spanish, Russian and Azerbaijani ("Mon 12 October 2015 07:35 GMT | 12:35 Local Time",
/// "28. Oktober 2023", "15 de diciembre de 2023", "05.07.2020 | 09:03"). Scans tokens once; no regex.
/// </summary>
internal static class DateTextParser
{
    private static readonly Dictionary<string, int> Months = Vocabulary.Months;

    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gmt"] = 0, ["utc"] = 0, ["z"] = 0, ["wet"] = 0, ["bst"] = 60, ["west"] = 60, ["cet"] = 60, ["mez"] = 60,
        ["cest"] = 120, ["mesz"] = 120, ["eet"] = 120, ["eest"] = 180, ["msk"] = 180, ["azt"] = 240, ["gst"] = 240,
        ["pkt"] = 300, ["jst"] = 540, ["kst"] = 540, ["aest"] = 600, ["aedt"] = 660, ["est"] = -300, ["edt"] = -240,
        ["cst"] = -360, ["cdt"] = -300, ["mst"] = -420, ["mdt"] = -360, ["pst"] = -480, ["pdt"] = -420,
        ["hst"] = -600, ["akst"] = -540, ["akdt"] = -480,
    };

    // US zones named without standard or daylight ("ET", "PT"), in capitals only ("et" is a word in French), with their
    // standard offsets.
    private static readonly Dictionary<string, int> UsZones = new(StringComparer.Ordinal) { ["ET"] = -300, ["CT"] = -360, ["MT"] = -420, ["PT"] = -480 };

    /// <summary>The offset of a US zone given by its standard offset in minutes, an hour ahead in daylight saving time.</summary>
    private static TimeSpan UsOffset(int standardMinutes, DateOnly date, TimeOnly time) =>
        TimeSpan.FromMinutes(standardMinutes + (IsUsDaylightTime(date, time) ? 60 : 0));

    /// <summary>
    /// Whether US daylight saving time holds at a local date and time: from the second Sunday of March to the first
    /// Sunday of November at 2:00 since 2007, from the first Sunday of April to the last Sunday of October before.
    /// </summary>
    internal static bool IsUsDaylightTime(DateOnly date, TimeOnly time)
    {
        DateOnly start, end;
        if (date.Year >= 2007)
        {
            start = NthSunday(date.Year, 3, 2);
            end = NthSunday(date.Year, 11, 1);
        }
        else
        {
            start = NthSunday(date.Year, 4, 1);
            end = NthSunday(date.Year, 11, 1).AddDays(-7); // the last Sunday of October
        }

        var at = date.ToDateTime(time);
        return at >= start.ToDateTime(new TimeOnly(2, 0)) && at < end.ToDateTime(new TimeOnly(2, 0));
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        int toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + 7 * (n - 1));
    }

    // Abbreviations read two ways ("CST": US Central or China Standard): taken as the US zone only on a US English
    // page, otherwise the time is left without offset.
    private static readonly HashSet<string> AmbiguousZones = new(StringComparer.OrdinalIgnoreCase) { "cst", "cdt" };

    /// <summary>Parses an ISO 8601 date or date-time (as in meta tags and JSON-LD).</summary>
    public static PublicationTime? ParseIso(string? value, TimestampSource source)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.AsSpan().Trim();
        if (s.Length < 8 || !TryNumber(s, 0, 4, out int y) || (s[4] != '-' && s[4] != '/') ||
            !TryNumber(s, 5, 2, out int mo) || s.Length < 10 || !TryNumber(s, 8, 2, out int d) || !ValidDate(y, mo, d))
        {
            return ParseWritten(value, source, monthFirst: true);
        }

        var date = new DateOnly(y, mo, d);
        int i = 10;
        if (i >= s.Length || (s[i] != 'T' && s[i] != ' ') || i + 6 > s.Length || !TryNumber(s, i + 1, 2, out int h) || s[i + 3] != ':' || !TryNumber(s, i + 4, 2, out int mi) || h > 23 || mi > 59)
        {
            return new PublicationTime(date, null, null, value.Trim(), source);
        }

        i += 6;
        int sec = 0;
        if (i + 3 <= s.Length && s[i] == ':' && TryNumber(s, i + 1, 2, out sec))
        {
            i += 3;
        }

        while (i < s.Length && (s[i] == '.' || s[i] == ',' || char.IsAsciiDigit(s[i]))) i++;
        while (i < s.Length && s[i] == ' ') i++;
        TimeSpan? offset = null;
        if (i < s.Length)
        {
            if (s[i] is 'Z' or 'z')
            {
                offset = TimeSpan.Zero;
            }
            else if ((s[i] == '+' || s[i] == '-') && i + 3 <= s.Length && TryNumber(s, i + 1, 2, out int oh))
            {
                int om = 0;
                int j = i + 3;
                if (j < s.Length && s[j] == ':') j++;
                if (j + 2 <= s.Length) TryNumber(s, j, 2, out om);
                var stated = new TimeSpan(oh, om, 0) * (s[i] == '-' ? -1 : 1);
                offset = om < 60 && PublicationTime.IsValidOffset(stated) ? stated : null; // "+15:00" is no offset on Earth
            }
            else if (Zones.TryGetValue(s[i..].Trim().ToString(), out int zm))
            {
                offset = TimeSpan.FromMinutes(zm);
            }
        }

        return new PublicationTime(date, new TimeOnly(h, mi, Math.Min(sec, 59)), offset, value.Trim(), source);
    }

    /// <summary>
    /// Whether a short line says a date and nothing else ("Published 12 March 2024", "Oppdatert: 12.03.2024 14:02",
    /// "12. März 2024"): every word is a number, a month's name, a joiner of date parts, a clock word or a publication or
    /// update label, and a full date is read from it. Such a line is the page's record, wherever it stands.
    /// </summary>
    public static bool IsDateLine(string text)
    {
        if (text.Length > MaxDateLineLength) return false;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = part.AsSpan().Trim(DateLinePunctuation);
            if (w.IsEmpty || !w.ContainsAnyExceptInRange('0', '9') || IsNumericDate(w)) continue;
            string word = w.ToString();
            if (!Vocabulary.Months.ContainsKey(word) && !Vocabulary.DayMonthJoiners.Contains(word) && !Vocabulary.YearJoiners.Contains(word)
                && !Vocabulary.ClockWords.Contains(word) && !Vocabulary.MorningMarks.Contains(word) && !Vocabulary.AfternoonMarks.Contains(word)
                && !DateLabelWords.Contains(word)) return false;
        }

        return ParseText(text, TimestampSource.Text) is not null;
    }

    /// <summary>The longest line <see cref="IsDateLine"/> reads: a label, a date and a time.</summary>
    private const int MaxDateLineLength = 60;

    private const string DateLinePunctuation = ":,.|·•/()–—-";

    /// <summary>Digits with the separators of a written date or time ("12.03.2024", "14:02", "2024-03-12").</summary>
    private static bool IsNumericDate(ReadOnlySpan<char> w) => w.ContainsAnyInRange('0', '9') && w.IndexOfAnyExcept("0123456789.:/-") < 0;

    /// <summary>The words of every language's publication and update labels ("published", "sist", "oppdatert").</summary>
    private static readonly HashSet<string> DateLabelWords = LabelWords();

    private static HashSet<string> LabelWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in Vocabulary.PublishedLabels.Concat(Vocabulary.UpdatedLabels))
        {
            foreach (var w in label.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(w.Trim(':'));
        }

        return words;
    }

    /// <summary>Parses a date line written for people. Returns <see langword="null"/> when no full date is found.</summary>
    /// <param name="text">The line.</param>
    /// <param name="source">Where the line came from.</param>
    /// <param name="monthFirst">Read ambiguous numeric dates as month/day (US usage).</param>
    public static PublicationTime? ParseText(string text, TimestampSource source, bool monthFirst = false)
    {
        // Every written date has digits (its day or year); most lines have none and cost one vectorised scan.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400 || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length >= 16 && trimmed[4] == '-' && trimmed[7] == '-' && trimmed[10] is 'T' or ' ' && char.IsAsciiDigit(trimmed[0]) && char.IsAsciiDigit(trimmed[11]))
        {
            // An ISO 8601 date-time printed as it is.
            if (ParseIso(trimmed.ToString(), source) is { } iso) return iso;
        }

        return ParseWritten(text, source, monthFirst);
    }

    /// <summary>The token scan of <see cref="ParseText"/>, without the ISO shortcut (which falls back to this).</summary>
    private static PublicationTime? ParseWritten(string text, TimestampSource source, bool monthFirst)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        if (!CouldHoldDate(text)) return null;
        var tokens = Tokenize(text);
        int year = -1, month = -1, day = -1;
        int dateStart = -1, dateEnd = -1;
        for (int i = 0; i < tokens.Count && year < 0; i++)
        {
            var t = tokens[i];
            if (t.IsWord && Months.TryGetValue(t.Text.TrimEnd('.'), out int m))
            {
                // "12 October 2015", "October 12, 2015", "12. Oktober 2023", "15 de diciembre de 2023", "Nov 20 2019"
                int d0 = FindNumberBefore(tokens, i), d1 = FindNumberAfter(tokens, i, out int after);
                int y = -1, yi = -1;
                if (d0 > 0 && d0 <= 31)
                {
                    y = FindYearAfter(tokens, i, out yi);
                    if (y > 0) { day = d0; month = m; year = y; dateEnd = yi; dateStart = DayBefore(tokens, i); }
                }

                if (year < 0 && d1 > 0 && d1 <= 31)
                {
                    y = FindYearAfter(tokens, after, out yi);
                    if (y < 0 && tokens[after].Text.Length >= 5 && int.TryParse(tokens[after].Text.AsSpan(0, 4), out int glued) && glued is >= 1990 and <= 2100)
                    {
                        // "Nov 20 20194:29 AM" — a year glued to the time by a scrape.
                        y = -1;
                    }

                    if (y > 0) { day = d1; month = m; year = y; dateEnd = yi; dateStart = i; }
                }
            }
            else if (t.IsNumber && t.Text.Length == 4 && i + 5 < tokens.Count && MarkedDate(tokens, i) is { } marked)
            {
                // "2024年3月5日", "2024년 3월 5일": each number followed by its unit's mark.
                (year, month, day) = marked;
                (dateStart, dateEnd) = (i, i + 5);
                if (!ValidDate(year, month, day)) { year = -1; }
            }
            else if (t.IsNumber && t.Text.Length <= 4 && i + 4 < tokens.Count && (tokens[i + 1].Text is "." or "/" or "-") && tokens[i + 2].IsNumber && tokens[i + 3].Text == tokens[i + 1].Text && tokens[i + 4].IsNumber
                     && !(i + 5 < tokens.Count && tokens[i + 5].Text == "%")) // "28.01.–05.02. 10% off": a share, not a year
            {
                int a = Small(t.Text), b = Small(tokens[i + 2].Text), c = Small(tokens[i + 4].Text);
                if (t.Text.Length == 4) { year = a; month = b; day = c; }
                else
                {
                    if (tokens[i + 4].Text.Length == 2) c += 2000;
                    // "15/01/201614/01/2016": a scrape ran the next date (updated) into the year.
                    if (tokens[i + 4].Text.Length is 5 or 6 && i + 5 < tokens.Count && tokens[i + 5].Text == tokens[i + 1].Text
                        && TryNumber(tokens[i + 4].Text, 0, 4, out int glued) && glued is >= 1990 and <= 2100) c = glued;
                    bool mf = monthFirst && tokens[i + 1].Text == "/";
                    if (a > 12) mf = false;
                    else if (b > 12) mf = true;
                    (day, month, year) = mf ? (b, a, c) : (a, b, c);
                }

                (dateStart, dateEnd) = (i, i + 4);
                if (!ValidDate(year, month, day)) { year = -1; }
            }
        }

        if (year < 0 || !ValidDate(year, month, day))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        TimeOnly? time = null;
        TimeSpan? offset = null;
        // First clock after the date; then zone, and a "| 12:35 Local Time" pair.
        for (int i = dateEnd + 1; i < tokens.Count; i++)
        {
            if (!TryClock(tokens, i, out int h, out int mi, out int next))
            {
                continue;
            }

            if (time is null)
            {
                time = new TimeOnly(h, mi);
                if (next < tokens.Count && tokens[next].IsWord && AmbiguousZones.Contains(tokens[next].Text) && !monthFirst)
                {
                    next++;
                }
                else if (next < tokens.Count && tokens[next].IsWord && UsZones.TryGetValue(tokens[next].Text, out int standard))
                {
                    // "5:04 AM ET": US Eastern time, standard or daylight as the date falls.
                    offset = UsOffset(standard, date, time.Value);
                    next++;
                }
                else if (next < tokens.Count && tokens[next].IsWord && Zones.TryGetValue(tokens[next].Text, out int z))
                {
                    offset = TimeSpan.FromMinutes(z);
                    next++;
                    // "GMT+0200": the zone name carries an explicit offset.
                    if (z == 0 && next + 1 < tokens.Count && tokens[next].Text is "+" or "-" && tokens[next + 1].IsNumber)
                    {
                        offset = ParseOffset(tokens[next].Text, tokens[next + 1].Text, next + 3 < tokens.Count && tokens[next + 2].Text == ":" ? tokens[next + 3].Text : null);
                    }
                }
                else if (next + 1 < tokens.Count && tokens[next].Text is "+" or "-" && tokens[next + 1].IsNumber)
                {
                    offset = ParseOffset(tokens[next].Text, tokens[next + 1].Text, next + 3 < tokens.Count && tokens[next + 2].Text == ":" ? tokens[next + 3].Text : null);
                }

                i = next - 1;
                continue;
            }

            // A second clock labelled local time: the first was UTC/GMT, the page's local offset follows.
            if (offset == TimeSpan.Zero && next < tokens.Count && tokens[next].Text.Equals("local", StringComparison.OrdinalIgnoreCase))
            {
                var utc = date.ToDateTime(time.Value);
                var local = date.ToDateTime(new TimeOnly(h, mi));
                var diff = local - utc;
                if (diff < TimeSpan.FromHours(-12)) diff += TimeSpan.FromDays(1);
                if (diff > TimeSpan.FromHours(14)) diff -= TimeSpan.FromDays(1);
                var localDate = DateOnly.FromDateTime(utc + diff);
                return new PublicationTime(localDate, new TimeOnly(h, mi), diff, text.Trim(), source);
            }

            break;
        }

        // "14:00, 7 September 2016", "12:30 PM, April 9, 2017": the clock before the date (with a colon or an h, so that
        // no part of a numeric date reads as one).
        for (int i = 0; time is null && i < dateStart; i++)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].Text is ":" or "h" && TryClock(tokens, i, out int h, out int mi, out int next) && next <= dateStart)
            {
                time = new TimeOnly(h, mi);
                // "1:48 PM ET, Mon March 8, 2021": a US zone named after the clock.
                if (next < dateStart && tokens[next].IsWord && UsZones.TryGetValue(tokens[next].Text, out int standard))
                {
                    offset = UsOffset(standard, date, time.Value);
                }
            }
        }

        return new PublicationTime(date, time, offset, text.Trim(), source);
    }

    /// <summary>Where the day written before a month stands (<paramref name="month"/>'s index when none is found).</summary>
    private static int DayBefore(List<Token> tokens, int month)
    {
        int j = month - 1;
        while (j >= 0 && !tokens[j].IsNumber && !(tokens[j].IsWord && OrdinalDay(tokens[j].Text) > 0)) j--;
        return j >= 0 && month - j <= 3 ? j : month;
    }

    /// <summary>The date of "2024年3月5日" at token <paramref name="i"/>: year, month and day each followed by its mark.</summary>
    private static (int Year, int Month, int Day)? MarkedDate(List<Token> tokens, int i)
    {
        if (!tokens[i + 2].IsNumber || !tokens[i + 4].IsNumber) return null;
        foreach (var marks in Vocabulary.YearMonthDayMarks)
        {
            if (tokens[i + 1].Text == marks[0] && tokens[i + 3].Text == marks[1] && tokens[i + 5].Text == marks[2])
            {
                return (Small(tokens[i].Text), Small(tokens[i + 2].Text), Small(tokens[i + 4].Text));
            }
        }

        return null;
    }

    /// <summary>A number token's value, or -1 when it has too many digits to be a day, month, year or clock value.</summary>
    private static int Small(string digits) => digits.Length <= 9 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1;

    private static TimeSpan? ParseOffset(string sign, string hours, string? minutes)
    {
        if (!int.TryParse(hours, CultureInfo.InvariantCulture, out int h)) return null;
        int m = 0;
        if (hours.Length == 4) { m = h % 100; h /= 100; }
        else if (minutes is not null) int.TryParse(minutes, CultureInfo.InvariantCulture, out m);
        if (m is < 0 or >= 60) return null;
        var o = new TimeSpan(h, m, 0);
        o = sign == "-" ? -o : o;
        return PublicationTime.IsValidOffset(o) ? o : null;
    }

    private static bool TryClock(List<Token> tokens, int i, out int h, out int mi, out int next)
    {
        h = mi = 0;
        next = i;
        // "14:30", "14.30", and "14h30" as Portuguese and French write it.
        if (i + 2 >= tokens.Count || !tokens[i].IsNumber || tokens[i].Text.Length > 2 || tokens[i + 1].Text is not (":" or "." or "h")
            || !tokens[i + 2].IsNumber || tokens[i + 2].Text.Length != 2)
        {
            return false;
        }

        h = Small(tokens[i].Text);
        mi = Small(tokens[i + 2].Text);
        next = i + 3;
        if (next + 1 < tokens.Count && tokens[next].Text == ":" && tokens[next + 1].IsNumber) next += 2;
        if (next < tokens.Count && tokens[next].IsWord)
        {
            string w = tokens[next].Text.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
            if (Vocabulary.AfternoonMarks.Contains(w))
            {
                if (h < 12) h += 12;
                next++;
            }
            else if (Vocabulary.MorningMarks.Contains(w))
            {
                if (h == 12) h = 0;
                next++;
            }
            else if (Vocabulary.ClockWords.Contains(w))
            {
                next++;
            }
        }

        return h < 24 && mi < 60;
    }

    private static int FindNumberBefore(List<Token> tokens, int i)
    {
        int j = i - 1;
        while (j >= 0 && (tokens[j].Text is "." or "," || Vocabulary.DayMonthJoiners.Contains(tokens[j].Text))) j--;
        if (j >= 0 && tokens[j].IsNumber && tokens[j].Text.Length <= 2 && i - j <= 3)
        {
            // A day range ("14. – 20. Januar 2022", "3-5 May 2021") is dated by its first day.
            int k = j - 1;
            while (k >= 0 && tokens[k].Text == ".") k--;
            if (k >= 1 && tokens[k].Text is "-" or "–" or "—")
            {
                int f = k - 1;
                while (f >= 0 && tokens[f].Text == ".") f--;
                if (f >= 0 && tokens[f].IsNumber && tokens[f].Text.Length <= 2 && Small(tokens[f].Text) is >= 1 and <= 31 and var first)
                {
                    return first;
                }
            }

            return Small(tokens[j].Text);
        }

        // Ordinals: "12th", "1st", "2nd", "3rd"
        if (j >= 0 && tokens[j].IsWord && OrdinalDay(tokens[j].Text) is > 0 and var od)
        {
            return od;
        }

        return -1;
    }

    private static int FindNumberAfter(List<Token> tokens, int i, out int at)
    {
        at = i + 1;
        while (at < tokens.Count && tokens[at].Text is "." or ",") at++;
        if (at < tokens.Count && tokens[at].IsNumber && tokens[at].Text.Length <= 2)
        {
            return Small(tokens[at].Text);
        }

        if (at < tokens.Count && tokens[at].IsWord && OrdinalDay(tokens[at].Text) is > 0 and var od)
        {
            return od;
        }

        return -1;
    }

    /// <summary>An ordinal day: "12th", "1st" (English), "1er" / "1re" (French), "1º" / "1°" / "1ª" (Spanish).</summary>
    private static int OrdinalDay(string s)
    {
        if (s.Length is < 2 or > 4) return -1;
        int suffix = s[^1] is 'º' or '°' or 'ª' ? 1 : 2;
        if (suffix == 2)
        {
            var sx = s.AsSpan(s.Length - 2);
            if (!(sx.Equals("st", StringComparison.OrdinalIgnoreCase) || sx.Equals("nd", StringComparison.OrdinalIgnoreCase) || sx.Equals("rd", StringComparison.OrdinalIgnoreCase)
                || sx.Equals("th", StringComparison.OrdinalIgnoreCase) || sx.Equals("er", StringComparison.OrdinalIgnoreCase) || sx.Equals("re", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }
        }

        return s.Length > suffix && int.TryParse(s.AsSpan(0, s.Length - suffix), CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31 ? d : -1;
    }

    private static int FindYearAfter(List<Token> tokens, int i, out int at)
    {
        for (at = i + 1; at < tokens.Count && at <= i + 4; at++)
        {
            var t = tokens[at];
            if (t.IsNumber && t.Text.Length == 4 && int.TryParse(t.Text, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100)
            {
                return y;
            }

            if (t.IsNumber && t.Text.Length > 4 && int.TryParse(t.Text.AsSpan(0, 4), CultureInfo.InvariantCulture, out int g) && g is >= 1990 and <= 2100)
            {
                return g; // a year glued to a time by a scrape
            }

            if (!(t.Text is "," or "." or "-" || Vocabulary.YearJoiners.Contains(t.Text)))
            {
                break;
            }
        }

        return -1;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        if (start + length > s.Length) return false;
        foreach (char c in s.Slice(start, length))
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }

    private static bool ValidDate(int y, int m, int d) =>
        y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private readonly record struct Token(string Text, bool IsWord, bool IsNumber);

    /// <summary>
    /// Whether the text has what every date the token scan reads needs: a run of four digits or more (a year), or
    /// three runs of digits and two of the separators a numeric date is written with ("5.7.20", "07/05/2020"). Most
    /// lines with digits ("5 comments", "12:30", "page 2 of 3") have neither and are not tokenised.
    /// </summary>
    private static bool CouldHoldDate(ReadOnlySpan<char> text)
    {
        int run = 0, runs = 0, separators = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++run == 4) return true;
                if (run == 1) runs++;
                continue;
            }

            run = 0;
            if (c is '.' or '/' or '-') separators++;
        }

        return runs >= 3 && separators >= 2;
    }

    // The token list of the last line, reused: the scan is not re-entered and nothing keeps the list.
    [ThreadStatic] private static List<Token>? t_tokens;

    // One-character tokens and numbers of one or two digits, made once: most tokens of a date line are these.
    private static readonly string?[] CharTokens = new string?[0x2100];
    private static readonly string[] ShortNumbers =
        [.. Enumerable.Range(0, 10).Select(d => d.ToString(CultureInfo.InvariantCulture)), .. Enumerable.Range(0, 100).Select(d => d.ToString("00", CultureInfo.InvariantCulture))];

    private static string CharToken(char c) => c < CharTokens.Length ? CharTokens[c] ??= c.ToString() : c.ToString();

    private static string NumberToken(string text, int start, int end) => (end - start) switch
    {
        1 => ShortNumbers[text[start] - '0'],
        2 => ShortNumbers[10 + (text[start] - '0') * 10 + (text[start + 1] - '0')],
        _ => text[start..end],
    };

    private static List<Token> Tokenize(string text)
    {
        var list = t_tokens ??= new List<Token>(64);
        list.Clear();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (i == 0 || char.IsWhiteSpace(text[i - 1]))
            {
                // A file or field name ("photo_2019-04-10.jpg", "[IMG_20170906]") holds digits that date nothing.
                int wordEnd = text.AsSpan(i).IndexOfAny(' ', '\t', '\n');
                wordEnd = wordEnd < 0 ? text.Length : i + wordEnd;
                if (text.AsSpan(i, wordEnd - i).Contains('_'))
                {
                    i = wordEnd;
                    continue;
                }
            }

            int j = i;
            if (char.IsAsciiDigit(c))
            {
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
                // "12th", "1er", "1º"
                if (j < text.Length && text[j] is 'º' or '°' or 'ª' && OrdinalDay(text.Substring(i, j - i + 1)) > 0)
                {
                    list.Add(new Token(text.Substring(i, j - i + 1), true, false));
                    i = j + 1;
                    continue;
                }

                if (j < text.Length && char.IsLetter(text[j]) && j + 2 <= text.Length && (j + 2 == text.Length || !char.IsLetter(text[j + 2]))
                    && OrdinalDay(text.Substring(i, j - i + 2)) > 0)
                {
                    list.Add(new Token(text.Substring(i, j - i + 2), true, false));
                    i = j + 2;
                    continue;
                }

                list.Add(new Token(NumberToken(text, i, j), false, true));
            }
            else if (TextUtil.IsIdeographic(c))
            {
                // Chinese and Japanese run words together: each character is a token ("5日星期二": "5", "日", "星", …).
                list.Add(new Token(CharToken(c), true, false));
                j = i + 1;
            }
            else if (char.IsLetter(c))
            {
                while (j < text.Length && (char.IsLetter(text[j]) || text[j] == '.' && j + 1 < text.Length && char.IsLetter(text[j + 1]))) j++;
                if (j < text.Length && text[j] == '.' && j - i <= 5) j++; // abbreviations: "Oct.", "a.m."
                list.Add(new Token(text[i..j], true, false));
            }
            else
            {
                j = i + 1;
                list.Add(new Token(CharToken(c), false, false));
            }

            i = j;
        }

        return list;
    }
}
