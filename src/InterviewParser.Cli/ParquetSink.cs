using System.Globalization;
using System.Text.Json.Serialization;
using InterviewParser.Batch;
using InterviewParser.Model;
using InterviewParser.Serialization;
using Parquet;
using Parquet.Schema;

namespace InterviewParser.Cli;

/// <summary>
/// Parquet output of <c>batch --format parquet</c>: one row per parsed document, turns and participants nested,
/// written in row groups of a bounded size so memory stays flat however large the run. The columns are written with
/// Parquet.Net's column API from levels computed here (Dremel: a definition level says how many of a value's optional
/// ancestors are present, a repetition level where a list goes on), so no reflection or run-time code generation is
/// needed and the native (AOT) build writes the same files as the JIT build.
/// </summary>
internal sealed class ParquetSink(string path) : IAsyncDisposable
{
    private const int RowGroupSize = 2000;

    /// <summary>The columns, named as the JSON contract names them; every value may be absent except <c>isInterview</c>.</summary>
    private static readonly ParquetSchema Schema = new(
        Text("source"), new DataField<bool>("isInterview"), Text("headline"), TimeStruct("published"), TimeStruct("updated"),
        Text("lead"), Text("body"), Text("language"), Text("format"), Text("url"), new DataField<DateTime?>("crawlDate"),
        ListOf("participants", Text("id"), Text("name"), Text("role"), Text("title")),
        ListOf("turns", Text("role"), Text("speaker"), Text("speakerId"), Text("time"), Text("text")),
        ListOf("diagnostics", Text("id"), Text("severity"), Text("message")));

    private readonly List<DocumentRow> _rows = new(RowGroupSize);
    private readonly FileStream _file = new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
    private ParquetWriter? _writer;

    private static DataField<string> Text(string name) => new(name);

    private static StructField TimeStruct(string name) =>
        new(name, Text("date"), Text("time"), Text("offset"), new DataField<DateTime?>("utc"), Text("local"), Text("text"), Text("source"));

    private static ListField ListOf(string name, params Field[] fields) => new(name, new StructField("element", fields));

    public async ValueTask WriteAsync(BatchResult result)
    {
        _rows.Add(DocumentRow.From(result));
        if (_rows.Count >= RowGroupSize) await FlushAsync().ConfigureAwait(false);
    }

    private async Task FlushAsync()
    {
        _writer ??= await ParquetWriter.CreateAsync(Schema, _file).ConfigureAwait(false);
        if (_rows.Count == 0) return;
        using (var group = _writer.CreateRowGroup())
        {
            var fields = Schema.GetDataFields();
            int k = 0;
            await Top(group, fields[k++], r => r.Source).ConfigureAwait(false);
            await group.WriteAllPartsAsync<bool>(fields[k++], _rows.Select(r => r.IsInterview).ToArray(), null, null, CancellationToken.None).ConfigureAwait(false);
            await Top(group, fields[k++], r => r.Headline).ConfigureAwait(false);
            foreach (var time in new Func<DocumentRow, TimeRow?>[] { r => r.Published, r => r.Updated })
            {
                await InStruct(group, fields[k++], time, t => t.Date).ConfigureAwait(false);
                await InStruct(group, fields[k++], time, t => t.Time).ConfigureAwait(false);
                await InStruct(group, fields[k++], time, t => t.Offset).ConfigureAwait(false);
                await Write<DateTime>(group, fields[k++], 2, (row, c) => c.Add(time(row) is { } t ? t.Utc is { } u ? (2, u) : (1, default) : (0, default), 0)).ConfigureAwait(false);
                await InStruct(group, fields[k++], time, t => t.Local).ConfigureAwait(false);
                await InStruct(group, fields[k++], time, t => t.Text).ConfigureAwait(false);
                await InStruct(group, fields[k++], time, t => t.Source).ConfigureAwait(false);
            }

            await Top(group, fields[k++], r => r.Lead).ConfigureAwait(false);
            await Top(group, fields[k++], r => r.Body).ConfigureAwait(false);
            await Top(group, fields[k++], r => r.Language).ConfigureAwait(false);
            await Top(group, fields[k++], r => r.Format).ConfigureAwait(false);
            await Top(group, fields[k++], r => r.Url).ConfigureAwait(false);
            await Write<DateTime>(group, fields[k++], 1, (row, c) => c.Add(row.CrawlDate is { } d ? (1, d) : (0, default), 0)).ConfigureAwait(false);
            foreach (var leaf in new Func<ParticipantRow, string?>[] { p => p.Id, p => p.Name, p => p.Role, p => p.Title })
            {
                await InList(group, fields[k++], r => r.Participants, leaf).ConfigureAwait(false);
            }

            foreach (var leaf in new Func<TurnRow, string?>[] { t => t.Role, t => t.Speaker, t => t.SpeakerId, t => t.Time, t => t.Text })
            {
                await InList(group, fields[k++], r => r.Turns, leaf).ConfigureAwait(false);
            }

            foreach (var leaf in new Func<DiagnosticRow, string?>[] { d => d.Id, d => d.Severity, d => d.Message })
            {
                await InList(group, fields[k++], r => r.Diagnostics, leaf).ConfigureAwait(false);
            }
        }

        _rows.Clear();
    }

    /// <summary>A text column at the top level: defined (1) or absent (0).</summary>
    private Task Top(ParquetRowGroupWriter group, DataField field, Func<DocumentRow, string?> get) =>
        Write<ReadOnlyMemory<char>>(group, field, 1, (row, c) => c.Add(get(row) is { } v ? (1, v.AsMemory()) : (0, default), 0));

    /// <summary>A text column inside an optional struct: struct absent (0), value absent (1), value (2).</summary>
    private Task InStruct(ParquetRowGroupWriter group, DataField field, Func<DocumentRow, TimeRow?> parent, Func<TimeRow, string?> get) =>
        Write<ReadOnlyMemory<char>>(group, field, 2, (row, c) => c.Add(parent(row) is { } p ? get(p) is { } v ? (2, v.AsMemory()) : (1, default) : (0, default), 0));

    /// <summary>
    /// A text column of the elements of a list: an empty list is one entry at level 1; each element's value is at
    /// level 4, or 3 when absent; the first element of a row repeats at level 0, the others at 1.
    /// </summary>
    private Task InList<TItem>(ParquetRowGroupWriter group, DataField field, Func<DocumentRow, List<TItem>> list, Func<TItem, string?> get) =>
        Write<ReadOnlyMemory<char>>(group, field, 4, (row, c) =>
        {
            var items = list(row);
            if (items.Count == 0) c.Add((1, default), 0);
            for (int i = 0; i < items.Count; i++) c.Add(get(items[i]) is { } v ? (4, v.AsMemory()) : (3, default), i == 0 ? 0 : 1);
        });

    private async Task Write<T>(ParquetRowGroupWriter group, DataField field, int maxDefinition, Action<DocumentRow, Levels<T>> add)
        where T : struct
    {
        if (field.MaxDefinitionLevel != maxDefinition)
        {
            throw new InvalidOperationException($"Parquet column {field.Path} has definition levels up to {field.MaxDefinitionLevel}, not {maxDefinition}");
        }

        var levels = new Levels<T>(maxDefinition);
        foreach (var row in _rows) add(row, levels);
        await group.WriteAllPartsAsync<T>(field, levels.Values.ToArray(), levels.Definitions.ToArray(),
            field.MaxRepetitionLevel > 0 ? levels.Repetitions.ToArray() : null, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The values (defined ones only) and levels of one column.</summary>
    private sealed class Levels<T>(int maxDefinition)
        where T : struct
    {
        public List<T> Values { get; } = [];
        public List<int> Definitions { get; } = [];
        public List<int> Repetitions { get; } = [];

        public void Add((int Definition, T Value) entry, int repetition)
        {
            Definitions.Add(entry.Definition);
            Repetitions.Add(repetition);
            if (entry.Definition == maxDefinition) Values.Add(entry.Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        if (_writer is not null) await _writer.DisposeAsync().ConfigureAwait(false);
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
