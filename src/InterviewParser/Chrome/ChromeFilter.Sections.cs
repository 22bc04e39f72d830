using InterviewParser.Blocks;
using InterviewParser.Turns;
using InterviewParser.Model;

namespace InterviewParser.Chrome;

/// <summary>Whole chrome sections: a boilerplate heading with the entries under it, and link-only sections.</summary>
internal static partial class ChromeFilter
{
    /// <summary>
    /// Drops whole boilerplate sections: a heading such as "Copyright" or "Related stories" takes its section with
    /// it, up to the next heading of its level or higher (in HTML, where such boxes sit inside the article, only the
    /// short link lines after it, and with <paramref name="elements"/> only those inside the head's own box when the text
    /// goes on after the box); a "Further links:" line takes the short lines after it.
    /// </summary>
    internal static void PruneChromeSections(List<Block> blocks, bool[] keep, bool html, List<ElementInfo>? elements = null)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (IsFormControl(b.Text) && i + 1 < blocks.Count && IsFormControl(blocks[i + 1].Text))
            {
                // A poll: its question and option lines above, the controls, and the short result lines below.
                var asked = new HashSet<string>(StringComparer.Ordinal);
                for (int k = i - 1; k >= Math.Max(0, i - 2) && blocks[k].WordCount <= 20 && blocks[k].Kind != BlockKind.Heading; k--)
                {
                    keep[k] = false;
                    asked.Add(blocks[k].Text);
                }

                int j = i;
                while (j < blocks.Count && IsFormControl(blocks[j].Text)) keep[j++] = false;
                // The result view: the question again, options with shares, the number of votes.
                for (int end = j + 10; j < Math.Min(end, blocks.Count) && blocks[j].WordCount < 12
                    && (!TextUtil.EndsWithQuestionMark(blocks[j].Text) || asked.Contains(blocks[j].Text)); j++) keep[j] = false;
                i = j - 1;
                continue;
            }

            // A heading over nothing but links ("Our pick" over a teaser link): a teaser box, whatever it is called.
            if (b.Kind == BlockKind.Heading && IsLinkOnlySection(blocks, i) is int sectionEnd and > 0)
            {
                for (int k = i; k < sectionEnd; k++) keep[k] = false;
                i = sectionEnd - 1;
                continue;
            }

            if (b.Kind == BlockKind.Heading && !html && ChromeLexicon.IsChromeSectionHead(b.Text))
            {
                keep[i] = false;
                int j = i + 1;
                for (; j < blocks.Count && !(blocks[j].Kind == BlockKind.Heading && blocks[j].Level <= b.Level); j++) keep[j] = false;
                i = j - 1;
            }
            else if ((keep[i] || b.Kind == BlockKind.Heading) && (b.Text.AsSpan().TrimEnd().EndsWith(':') || b.Kind == BlockKind.Heading)
                     && ChromeLexicon.IsChromeSectionHead(b.Text))
            {
                keep[i] = false;
                // The section's entries are links or short lines; the text goes on at a long paragraph, at a question that a
                // paragraph answers ("Read also:" over a teaser between two questions of an interview), or, after a box
                // of the head's own ("Related" in an aside), at a sentence.
                int box = elements is not null && b.Element >= 0 && b.Kind == BlockKind.Heading ? elements[b.Element].Parent : -1;
                int j = i + 1;
                for (; j < blocks.Count && blocks[j].Kind != BlockKind.Heading && IsSectionEntry(blocks, j, box < 0 ? null : IsInside(elements!, blocks[j].Element, box)); j++)
                {
                    keep[j] = false;
                }
                i = j - 1;
            }
            else if (!html && keep[i] && b.Kind != BlockKind.Heading && ChromeLexicon.IsChromeSectionHead(b.Text))
            {
                // Text without marked headings: a head alone on its line ("READ ALSO") heads the short lines under it
                // where a question the next paragraph answers follows them, the interview going on past the teasers.
                int j = i + 1;
                while (j < blocks.Count && j - i <= MaxTeaserLines && blocks[j].Kind != BlockKind.Heading && IsSectionEntry(blocks, j, null)) j++;
                if (j > i + 1 && j - i <= MaxTeaserLines && j < blocks.Count && TextUtil.EndsWithQuestionMark(blocks[j].Text) && blocks[j].WordCount < 12)
                {
                    for (int k = i; k < j; k++) keep[k] = false;
                    i = j - 1;
                }
            }
        }
    }

    /// <summary>Whether a block of the run is a time alone on its line.</summary>
    private static bool HasBareTime(List<Block> blocks, int start, int end)
    {
        for (int i = start; i <= end; i++) if (MediaTime.TryReadWhole(blocks[i].Text, out _)) return true;
        return false;
    }

    /// <summary>The most teaser lines a section head alone on its line heads in a text between two exchanges.</summary>
    private const int MaxTeaserLines = 4;

    /// <summary>
    /// Whether block <paramref name="j"/> under a chrome section's head is one of its entries: a link or a short line. In a
    /// box of the head's own (<paramref name="inBox"/> true) every such line is; after the box (false) a sentence ends the
    /// section, and anywhere a question that a paragraph answers does: the interview going on ("Read also:" over a teaser
    /// between two questions).
    /// </summary>
    private static bool IsSectionEntry(List<Block> blocks, int j, bool? inBox)
    {
        var b = blocks[j];
        if (b.WordCount >= 12 && b.LinkDensity <= 0.5) return false;
        if (inBox == true) return true;
        if (inBox == false && TextUtil.EndsLikeSentence(b.Text)) return false;
        // In text, the question stands apart (a blank line above it); a list's teasers follow each other line by line.
        return !(b.LinkDensity <= 0.5 && TextUtil.EndsWithQuestionMark(b.Text) && (b.BlankBefore || b.Element >= 0) && j + 1 < blocks.Count
                 && blocks[j + 1].WordCount >= 12 && blocks[j + 1].LinkDensity <= 0.5);
    }

    /// <summary>
    /// The end of a heading's section when the section holds one to four blocks and every one is a link, else -1.
    /// The section ends at the next heading or the end of the page; or, after <see cref="MinTeaserLinks"/> links or
    /// more, at the first block that is no link: a teaser box set between the paragraphs of a text without a box of its own.
    /// </summary>
    private static int IsLinkOnlySection(List<Block> blocks, int heading)
    {
        int j = heading + 1;
        for (; j < blocks.Count && blocks[j].Kind != BlockKind.Heading; j++)
        {
            if (blocks[j].LinkDensity < 0.8) return j - heading - 1 >= MinTeaserLinks ? j : -1;
            if (j - heading > 4) return -1;
        }

        return j > heading + 1 ? j : -1;
    }

    /// <summary>The links under a heading that make it a teaser box where the text goes on right after them.</summary>
    private const int MinTeaserLinks = 2;
}
