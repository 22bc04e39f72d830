using System.Globalization;

namespace InterviewParser.Model;

/// <summary>
/// A publication or update time as far as the page states it: always a calendar date, a wall-clock time only
/// when one is stated, and a UTC offset only when one is stated or derivable. Nothing is invented.
/// </summary>
/// <param name="Date">The calendar date in the page's local time.</param>
/// <param name="Time">The local wall-clock time, when stated.</param>
/// <param name="Offset">The UTC offset of <paramref name="Time"/>, when stated or derivable.</param>
/// <param name="Text">The original text the value was read from.</param>
/// <param name="Source">Where on the page the value was found.</param>
public sealed record PublicationTime(DateOnly Date, TimeOnly? Time, TimeSpan? Offset, string Text, TimestampSource Source)
{
    /// <summary>The instant in UTC, when both a time and an offset are known.</summary>
    /// <remarks>An offset outside ±14 hours, or an instant outside the calendar's range, gives <see langword="null"/>.</remarks>
    public DateTimeOffset? Utc => Local?.ToUniversalTime();

    /// <summary>The local wall time with its offset, when both are known.</summary>
    /// <remarks>An offset outside ±14 hours, or an instant outside the calendar's range, gives <see langword="null"/>.</remarks>
    public DateTimeOffset? Local => Time is { } t && Offset is { } o && IsValidOffset(o) && Date.ToDateTime(t) is var wall
        && (wall - DateTime.MinValue) >= o && (DateTime.MaxValue - wall) >= -o
            ? new DateTimeOffset(wall, o)
            : null;

    /// <summary>Whether an offset can stand beside a time: whole minutes within ±14 hours.</summary>
    internal static bool IsValidOffset(TimeSpan offset) =>
        offset.Ticks % TimeSpan.TicksPerMinute == 0 && offset >= TimeSpan.FromHours(-14) && offset <= TimeSpan.FromHours(14);

    /// <summary>The date as <c>YYYY-MM-DD</c>.</summary>
    public string DateText => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Where a timestamp was read from, roughly in order of trust.</summary>
public enum TimestampSource
{
    /// <summary>A meta tag such as <c>article:published_time</c>.</summary>
    Meta,
    /// <summary>JSON-LD structured data.</summary>
    JsonLd,
    /// <summary>An HTML <c>&lt;time datetime&gt;</c> element.</summary>
    TimeElement,
    /// <summary>A date line in the visible text.</summary>
    Text,
    /// <summary>The page URL.</summary>
    Url,
}
