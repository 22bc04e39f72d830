using InterviewParser.Blocks;

namespace InterviewParser.Serialization;

/// <summary>What the stages decided about one document, kept for <see cref="InterviewExplain"/>.</summary>
internal sealed class ParseTrace
{
    /// <summary>Every block of the document, in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; set; } = [];

    /// <summary>The blocks kept as content (after chrome removal and cleaning).</summary>
    public IReadOnlySet<Block> Content { get; set; } = new HashSet<Block>();

    /// <summary>The index of the headline block, or -1.</summary>
    public int HeadlineIndex { get; set; } = -1;
}
