using InterviewParser.Batch;
using InterviewParser.Model;
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

    /// <summary>One Parquet row.</summary>
    internal sealed class DocumentRow
    {
        public string Source { get; set; } = string.Empty;
        public string? Url { get; set; }
        public DateTime? CrawlDate { get; set; }
        public bool IsInterview { get; set; }
        public string? Headline { get; set; }
        public string? PublishedDate { get; set; }
        public DateTime? PublishedUtc { get; set; }
        public string? Lead { get; set; }
        public string? Body { get; set; }
        public string? Language { get; set; }
        public List<ParticipantRow> Participants { get; set; } = [];
        public List<TurnRow> Turns { get; set; } = [];

        public static DocumentRow From(BatchResult r)
        {
            var i = r.Interview!;
            return new DocumentRow
            {
                Source = r.Source,
                Url = r.Url ?? i.SourceUrl,
                CrawlDate = r.CrawlDate?.UtcDateTime,
                IsInterview = i.IsInterview,
                Headline = i.Headline,
                PublishedDate = i.Published?.DateText,
                PublishedUtc = i.Published?.Utc?.UtcDateTime,
                Lead = i.Lead,
                Body = i.Body,
                Language = i.Language,
                Participants = [.. i.Participants.Select(p => new ParticipantRow { Id = p.Id, Name = p.Name, Role = Role(p.Role), Title = p.Title })],
                Turns = [.. i.Turns.Select(t => new TurnRow { Role = Role(t.Role), Speaker = t.Speaker, SpeakerId = t.SpeakerId, TimeSeconds = t.Time?.TotalSeconds, Text = t.Text })],
            };
        }

        private static string Role(TurnRole role) => role switch
        {
            TurnRole.Interviewer => "interviewer",
            TurnRole.Interviewee => "interviewee",
            _ => "other",
        };
    }

    /// <summary>A nested participant.</summary>
    internal sealed class ParticipantRow
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
        public string? Title { get; set; }
    }

    /// <summary>A nested turn.</summary>
    internal sealed class TurnRow
    {
        public string Role { get; set; } = string.Empty;
        public string? Speaker { get; set; }
        public string? SpeakerId { get; set; }
        public double? TimeSeconds { get; set; }
        public string Text { get; set; } = string.Empty;
    }
}
