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
            writer.WriteString("time", t.Time is { } ts ? MediaTimeText(ts) : null);
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

    // The contract's text forms, shared by every writer of it (JSON, Parquet, the exports).

    /// <summary>A media time as <c>hh:mm:ss</c>, hours beyond 23 for long recordings.</summary>
    internal static string MediaTimeText(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}");

    /// <summary>A stated wall-clock time, with second fractions only when there are some.</summary>
    internal static string? ClockText(PublicationTime t) => t.Time?.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>A stated offset as <c>+hh:mm</c>.</summary>
    internal static string? OffsetText(PublicationTime t) =>
        t.Offset is { } o ? string.Create(CultureInfo.InvariantCulture, $"{(o < TimeSpan.Zero ? '-' : '+')}{Math.Abs(o.Hours):00}:{Math.Abs(o.Minutes):00}") : null;

    /// <summary>The local instant with its offset, when time and offset are known.</summary>
    internal static string? LocalText(PublicationTime t) => t.Local?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Reads an interview back from the JSON that <see cref="Serialize"/> writes; every field round-trips.</summary>
    /// <param name="json">The JSON text of one interview (extra members such as <c>source</c> or <c>crawlDate</c> are ignored).</param>
    /// <returns>The interview.</returns>
    /// <exception cref="JsonException">The text is not JSON of this shape.</exception>
    public static Interview Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    /// <summary>Reads an interview back from UTF-8 JSON that <see cref="Serialize"/> or <see cref="Write"/> wrote.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of one interview.</param>
    /// <returns>The interview.</returns>
    /// <exception cref="JsonException">The bytes are not JSON of this shape.</exception>
    public static Interview Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var doc = JsonDocument.ParseValue(ref reader);
        return Read(doc.RootElement);
    }

    /// <summary>Reads an interview from a parsed JSON object of the contract's shape.</summary>
    /// <param name="e">The object.</param>
    /// <returns>The interview.</returns>
    /// <exception cref="JsonException">The element is not of this shape.</exception>
    public static Interview Read(JsonElement e)
    {
        try
        {
            if (e.ValueKind != JsonValueKind.Object) throw new JsonException($"an interview is a JSON object, not {e.ValueKind}");
            var participants = new List<Participant>();
            foreach (var p in Array(e, "participants"))
            {
                participants.Add(new Participant(Str(p, "id") ?? string.Empty, Str(p, "name") ?? string.Empty, Role(Str(p, "role")), Str(p, "title")));
            }

            var turns = new List<Turn>();
            foreach (var t in Array(e, "turns"))
            {
                turns.Add(new Turn(Role(Str(t, "role")), Str(t, "speaker"), Str(t, "speakerId"),
                    Str(t, "time") is { } time ? ParseMediaTime(time) : null, Str(t, "text") ?? string.Empty));
            }

            var diagnostics = new List<Diagnostic>();
            foreach (var d in Array(e, "diagnostics"))
            {
                diagnostics.Add(new Diagnostic(Str(d, "id") ?? string.Empty, Enum.Parse<DiagnosticSeverity>(Str(d, "severity") ?? "info", ignoreCase: true), Str(d, "message") ?? string.Empty));
            }

            return new Interview
            {
                IsInterview = e.TryGetProperty("isInterview", out var isInterview) && isInterview.ValueKind == JsonValueKind.True,
                Headline = Str(e, "headline"),
                Published = ReadTime(e, "published"),
                Updated = ReadTime(e, "updated"),
                Lead = Str(e, "lead"),
                Body = Str(e, "body") ?? string.Empty,
                Language = Str(e, "language"),
                Participants = participants,
                Turns = turns,
                Diagnostics = diagnostics,
                SourceUrl = Str(e, "url"),
                Format = Str(e, "format") is { } format ? Enum.Parse<DocumentFormat>(format, ignoreCase: true) : DocumentFormat.Auto,
            };
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new JsonException($"not an interview of the JSON contract: {ex.Message}", ex);
        }
    }

    /// <summary>"hh:mm:ss" with hours beyond 23 for long recordings.</summary>
    private static TimeSpan ParseMediaTime(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3) throw new FormatException($"a turn time is hh:mm:ss, not '{text}'");
        return new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement.ArrayEnumerator Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : default;

    private static TurnRole Role(string? name) => name switch
    {
        "interviewer" => TurnRole.Interviewer,
        "interviewee" => TurnRole.Interviewee,
        _ => TurnRole.Other,
    };

    private static PublicationTime? ReadTime(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var t) || t.ValueKind != JsonValueKind.Object) return null;
        var date = DateOnly.ParseExact(Str(t, "date") ?? throw new FormatException($"{name} has no date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        TimeOnly? time = Str(t, "time") is { } clock ? TimeOnly.Parse(clock, CultureInfo.InvariantCulture) : null;
        TimeSpan? offset = Str(t, "offset") is { } o ? (o[0] == '-' ? -TimeSpan.Parse(o[1..], CultureInfo.InvariantCulture) : TimeSpan.Parse(o.TrimStart('+'), CultureInfo.InvariantCulture)) : null;
        var source = Str(t, "source") is { } s ? Enum.Parse<TimestampSource>(s, ignoreCase: true) : default;
        return new PublicationTime(date, time, offset, Str(t, "text") ?? string.Empty, source);
    }

    private static void WriteTime(Utf8JsonWriter w, string name, PublicationTime? t)
    {
        if (t is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("date", t.DateText);
        // The stated parts as stated, so that the value reads back whole: the time and the offset.
        w.WriteString("time", ClockText(t));
        w.WriteString("offset", OffsetText(t));
        w.WriteString("utc", t.Utc is { } u ? u.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null);
        w.WriteString("local", LocalText(t));
        w.WriteString("text", t.Text);
        w.WriteString("source", t.Source.ToString().ToLowerInvariant());
        w.WriteEndObject();
    }
}
