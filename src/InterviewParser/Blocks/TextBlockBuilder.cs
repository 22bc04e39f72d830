using InterviewParser.Model;

namespace InterviewParser.Blocks;

/// <summary>
/// Stage 2 for plain text: every non-empty line becomes a <see cref="Block"/>, remembering whether a blank
/// line stood before it. Markdown-style heading marks (<c>#</c>) become headings.
/// </summary>
internal static class TextBlockBuilder
{
    /// <summary>Splits the text into line blocks.</summary>
    public static BlockDocument Build(string text, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        bool blankBefore = true;
        int lineNo = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            if ((++lineNo & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.IsEmpty)
            {
                blankBefore = true;
                continue;
            }

            var kind = BlockKind.Paragraph;
            int level = 0;
            if (line[0] == '#' && line.Length > 2)
            {
                int hashes = 0;
                while (hashes < line.Length && line[hashes] == '#') hashes++;
                if (hashes <= 6 && hashes < line.Length && line[hashes] == ' ')
                {
                    kind = BlockKind.Heading;
                    level = hashes;
                    line = line[(hashes + 1)..].Trim();
                }
            }

            // Markdown bold at the start ("**Jane Roe:** text") is the text's way of setting a label in bold.
            string? boldPrefix = null;
            if (line.StartsWith("**") && line.Length > 4)
            {
                int close = line[2..].IndexOf("**");
                if (close > 0 && close <= 80)
                {
                    boldPrefix = TextUtil.CollapseWhitespace(line.Slice(2, close).ToString());
                    line = (boldPrefix + " " + line[(close + 4)..].Trim().ToString()).AsSpan();
                    if (line.Length == boldPrefix.Length + 1) line = line.Trim();
                }
            }

            string s = TextUtil.CollapseWhitespace(line.ToString());
            if (s.Length == 0)
            {
                continue;
            }

            int visible = 0;
            foreach (char c in s)
            {
                if (c != ' ') visible++;
            }

            blocks.Add(new Block
            {
                Text = s,
                Kind = kind,
                Level = level,
                VisibleLength = visible,
                BoldLength = kind == BlockKind.Heading ? visible : boldPrefix?.Length ?? 0,
                BoldPrefix = boldPrefix is not null && boldPrefix.Length < s.Length ? boldPrefix : null,
                BlankBefore = blankBefore,
            });
            blankBefore = false;
        }

        return new BlockDocument { Format = DocumentFormat.Text, Blocks = blocks };
    }
}
