using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewParser.Model;

namespace InterviewParser.Serialization;

/// <summary>
/// Reads and writes an <see cref="Interview"/> in the JSON contract of <see cref="InterviewJson"/>, so that
/// <c>JsonSerializer</c> gives the same shape as the CLI, both ways. <see cref="Interview"/> carries it as its converter.
/// </summary>
public sealed class InterviewJsonConverter : JsonConverter<Interview>
{
    /// <inheritdoc />
    public override Interview Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        return InterviewJson.Read(doc.RootElement);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Interview value, JsonSerializerOptions options) =>
        InterviewJson.Write(writer, value, source: null);
}

/// <summary>
/// Source-generated serialisation metadata for the model, for trimmed and Native AOT apps:
/// <c>JsonSerializer.Serialize(interview, InterviewJsonContext.Default.Interview)</c>.
/// </summary>
[JsonSerializable(typeof(Interview))]
[JsonSerializable(typeof(IReadOnlyList<Interview>))]
public sealed partial class InterviewJsonContext : JsonSerializerContext;
