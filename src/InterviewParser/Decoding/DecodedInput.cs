using InterviewParser.Model;

namespace InterviewParser.Decoding;

/// <summary>The input as text, with the format it was read as and what decoding noticed.</summary>
internal sealed record DecodedInput(string Text, DocumentFormat Format, string? Charset, IReadOnlyList<Diagnostic> Diagnostics);
