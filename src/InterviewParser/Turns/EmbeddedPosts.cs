using InterviewParser.Blocks;
using InterviewParser.Chrome;

namespace InterviewParser.Turns;

/// <summary>
/// Posts embedded from a social network inside an interview: their credit line (<see cref="ChromePatterns.IsEmbedCredit"/>)
/// and the post's own words, which stand in the quotation the credit closes (HTML) or, in a text, on the line right
/// above it when that line has a post's marks (a hashtag or a link written out). In an interview they are inserts
/// between the turns, not anybody's speech; an article quotes them as part of its text, so they go only here.
/// </summary>
internal static class EmbeddedPosts
{
    /// <summary>How many elements up from its credit line an embedded post's quotation may stand.</summary>
    private const int MaxQuoteDepth = 4;

    /// <summary>Removes the embedded posts from an interview's turns and content.</summary>
    public static void Remove(Segmentation seg, BlockDocument doc, List<Block> content)
    {
        if (!seg.IsInterview) return;
        HashSet<string>? posts = null;
        var blocks = doc.Blocks;
        // Blocks already swept back over: a quotation holding many credits is read once, not once per credit.
        int swept = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (!text.Contains("(@", StringComparison.Ordinal) || !ChromePatterns.IsEmbedCredit(text, TextUtil.CountWords(text))) continue;
            (posts ??= new HashSet<string>(StringComparer.Ordinal)).Add(text);
            if (blocks[i].Element >= 0)
            {
                int quote = blocks[i].Element;
                for (int up = 0; quote >= 0 && up < MaxQuoteDepth && doc.Elements[quote].Tag != "blockquote"; up++) quote = doc.Elements[quote].Parent;
                if (quote < 0 || doc.Elements[quote].Tag != "blockquote") continue;
                for (int k = i - 1; k > swept && blocks[k].Element >= quote && ChromeFilter.IsInside(doc.Elements, blocks[k].Element, quote); k--) posts.Add(blocks[k].Text);
                swept = i;
            }
            else if (i > 0 && (blocks[i - 1].Text.Contains(" #", StringComparison.Ordinal) || blocks[i - 1].Text.Contains("://", StringComparison.Ordinal)))
            {
                posts.Add(blocks[i - 1].Text);
            }
        }

        if (posts is null) return;
        content.RemoveAll(b => posts.Contains(b.Text));
        foreach (var t in seg.Turns) t.Paragraphs.RemoveAll(posts.Contains);
        seg.Turns.RemoveAll(t => t.Paragraphs.Count == 0);
    }
}
