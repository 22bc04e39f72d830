using System.Globalization;
using System.Text.Json.Serialization;
using InterviewParser.Batch;
using InterviewParser.Model;
using InterviewParser.Serialization;
using Parquet.Serialization;

namespace InterviewParser.Cli;

/// <summary>
/// Parquet output of <c>batch --format parquet</c>: one row per parsed document, turns and participants nested,
/// written in row groups of a bounded size so memory stays flat however large the run.
/// </summary>
internal sealed class ParquetSink(string path) : IAsyncDisposable
{
    private const int RowGroupSize = 2000;
    private readonly List<DocumentRow> _rows = new(RowGroupSize);
    private readonly FileStream _file = new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
    private bool _started;

    public async ValueTask WriteAsync(BatchResult result)
    {
        _rows.Add(DocumentRow.From(result));
        if (_rows.Count >= RowGroupSize) await FlushAsync().ConfigureAwait(false);
    }

    private async Task FlushAsync()
    {
        if (_rows.Count == 0 && _started) return;
        await ParquetSerializer.SerializeAsync(_rows, _file, new Parquet.ParquetOptions { Append = _started }).ConfigureAwait(false);
        _started = true;
        _rows.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>One Parquet row: the fields and names of the JSON contract (camelCase, publication times nested).</summary>
    internal sealed class DocumentRow
    {
        [JsonPropertyName("source")] public string Source { get; set; } = string.Empty;
        [JsonPropertyName("isInterview")] public bool IsInterview { get; set; }
        [JsonPropertyName("headline")] public string? Headline { get; set; }
        [JsonPropertyName("published")] public TimeRow? Published { get; set; }
        [JsonPropertyName("updated")] public TimeRow? Updated { get; set; }
        [JsonPropertyName("lead")] public string? Lead { get; set; }
        [JsonPropertyName("body")] public string? Body { get; set; }
        [JsonPropertyName("language")] public string? Language { get; set; }
        [JsonPropertyName("format")] public string Format { get; set; } = string.Empty;
        [JsonPropertyName("url")] public string? Url { get; set; }
        [JsonPropertyName("crawlDate")] public DateTime? CrawlDate { get; set; }
        [JsonPropertyName("participants")] public List<ParticipantRow> Participants { get; set; } = [];
        [JsonPropertyName("turns")] public List<TurnRow> Turns { get; set; } = [];
        [JsonPropertyName("diagnostics")] public List<DiagnosticRow> Diagnostics { get; set; } = [];

        public static DocumentRow From(BatchResult r)
        {
            var i = r.Interview!;
            return new DocumentRow
            {
                Source = r.Source,
                IsInterview = i.IsInterview,
                Headline = i.Headline,
                Published = TimeRow.From(i.Published),
                Updated = TimeRow.From(i.Updated),
                Lead = i.Lead,
                Body = i.Body,
                Language = i.Language,
                Format = i.Format.ToString().ToLowerInvariant(),
                Url = r.Url ?? i.SourceUrl,
                CrawlDate = r.CrawlDate?.UtcDateTime,
                Participants = [.. i.Participants.Select(p => new ParticipantRow { Id = p.Id, Name = p.Name, Role = InterviewJson.RoleName(p.Role), Title = p.Title })],
                Turns = [.. i.Turns.Select(t => new TurnRow
                {
                    Role = InterviewJson.RoleName(t.Role), Speaker = t.Speaker, SpeakerId = t.SpeakerId,
                    Time = t.Time is { } ts ? InterviewJson.MediaTimeText(ts) : null,
                    Text = t.Text,
                })],
                Diagnostics = [.. i.Diagnostics.Select(d => new DiagnosticRow { Id = d.Id, Severity = d.Severity.ToString().ToLowerInvariant(), Message = d.Message })],
            };
        }
    }

    /// <summary>A publication time as the JSON gives it: the stated parts and the instants they make.</summary>
    internal sealed class TimeRow
    {
        [JsonPropertyName("date")] public string Date { get; set; } = string.Empty;
        [JsonPropertyName("time")] public string? Time { get; set; }
        [JsonPropertyName("offset")] public string? Offset { get; set; }
        [JsonPropertyName("utc")] public DateTime? Utc { get; set; }
        [JsonPropertyName("local")] public string? Local { get; set; }
        [JsonPropertyName("text")] public string? Text { get; set; }
        [JsonPropertyName("source")] public string? Source { get; set; }

        public static TimeRow? From(PublicationTime? t) => t is null ? null : new TimeRow
        {
            Date = t.DateText,
            Time = InterviewJson.ClockText(t),
            Offset = InterviewJson.OffsetText(t),
            Utc = t.Utc?.UtcDateTime,
            Local = InterviewJson.LocalText(t),
            Text = t.Text,
            Source = t.Source.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>A nested participant.</summary>
    internal sealed class ParticipantRow
    {
        [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
        [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
        [JsonPropertyName("role")] public string Role { get; set; } = string.Empty;
        [JsonPropertyName("title")] public string? Title { get; set; }
    }

    /// <summary>A nested turn.</summary>
    internal sealed class TurnRow
    {
        [JsonPropertyName("role")] public string Role { get; set; } = string.Empty;
        [JsonPropertyName("speaker")] public string? Speaker { get; set; }
        [JsonPropertyName("speakerId")] public string? SpeakerId { get; set; }
        [JsonPropertyName("time")] public string? Time { get; set; }
        [JsonPropertyName("text")] public string Text { get; set; } = string.Empty;
    }

    /// <summary>A nested diagnostic.</summary>
    internal sealed class DiagnosticRow
    {
        [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
        [JsonPropertyName("severity")] public string Severity { get; set; } = string.Empty;
        [JsonPropertyName("message")] public string Message { get; set; } = string.Empty;
    }
}
