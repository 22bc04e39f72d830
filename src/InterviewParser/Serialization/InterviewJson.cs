using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewParser.Model;

namespace InterviewParser.Serialization;

/// <summary>
/// Writes an <see cref="Interview"/> as the JSON contract of the CLI (camelCase; <c>published {date, utc, local, text}</c>;
/// roles <c>interviewer</c>/<c>interviewee</c>/<c>other</c>; turn times as <c>hh:mm:ss</c>).
/// </summary>
public static class InterviewJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private static readonly JsonWriterOptions Pretty = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Serialises an interview to a JSON string.</summary>
    /// <param name="interview">The interview.</param>
    /// <param name="source">The input's name as given by the caller, written as <c>source</c>; omitted when <see langword="null"/>.</param>
    /// <param name="indented">Pretty-print the JSON.</param>
    /// <param name="crawlDate">When an archive says the page was captured, written as <c>crawlDate</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Interview interview, string? source = null, bool indented = false, DateTimeOffset? crawlDate = null)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, indented ? Pretty : Compact))
        {
            Write(w, interview, source, crawlDate);
        }

        return Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }

    /// <summary>Writes an interview as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="interview">The interview.</param>
    /// <param name="source">The input's name, written as <c>source</c> when not <see langword="null"/>.</param>
    /// <param name="crawlDate">When an archive says the page was captured, written as <c>crawlDate</c>.</param>
    public static void Write(Utf8JsonWriter writer, Interview interview, string? source, DateTimeOffset? crawlDate = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(interview);
        writer.WriteStartObject();
        if (source is not null) writer.WriteString("source", source);
        writer.WriteBoolean("isInterview", interview.IsInterview);
        writer.WriteString("headline", interview.Headline);
        WriteTime(writer, "published", interview.Published);
        WriteTime(writer, "updated", interview.Updated);
        writer.WriteString("lead", interview.Lead);
        writer.WriteString("body", interview.Body);
        writer.WriteString("language", interview.Language);
        writer.WriteString("format", interview.Format.ToString().ToLowerInvariant());
        if (interview.SourceUrl is not null) writer.WriteString("url", interview.SourceUrl);
        if (crawlDate is { } crawled) writer.WriteString("crawlDate", crawled.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteStartArray("participants");
        foreach (var p in interview.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("id", p.Id);
            writer.WriteString("name", p.Name);
            writer.WriteString("role", RoleName(p.Role));
            writer.WriteString("title", p.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("turns");
        foreach (var t in interview.Turns)
        {
            writer.WriteStartObject();
            writer.WriteString("role", RoleName(t.Role));
            writer.WriteString("speaker", t.Speaker);
            writer.WriteString("speakerId", t.SpeakerId);
            writer.WriteString("time", t.Time is { } ts ? FormatTime(ts) : null);
            writer.WriteString("text", t.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var d in interview.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            writer.WriteString("message", d.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>interviewer</c>, <c>interviewee</c> or <c>other</c>.</returns>
    public static string RoleName(TurnRole role) => role switch
    {
        TurnRole.Interviewer => "interviewer",
        TurnRole.Interviewee => "interviewee",
        _ => "other",
    };

    private static string FormatTime(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}");

    private static void WriteTime(Utf8JsonWriter w, string name, PublicationTime? t)
    {
        if (t is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("date", t.DateText);
        w.WriteString("utc", t.Utc is { } u ? u.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null);
        w.WriteString("local", t.Local is { } l ? l.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null);
        w.WriteString("text", t.Text);
        w.WriteString("source", t.Source.ToString().ToLowerInvariant());
        w.WriteEndObject();
    }
}
