using System.Buffers;
using InterviewParser.Blocks;
using InterviewParser.Turns;
using InterviewParser.Model;

namespace InterviewParser.Chrome;

/// <summary>The content of a text: the run of lines that weighs most as prose, and what a text browser prints beside it.</summary>
internal static partial class ChromeFilter
{
    private static ContentSelection SelectText(BlockDocument doc, bool chromeToo = false)
    {
        var blocks = doc.Blocks;
        // Densest run of prose: each line weighs for or against being content; the best-sum segment wins.
        double bestSum = double.MinValue, sum = 0;
        int bestStart = 0, bestEnd = -1, start = 0;
        var speakerLines = RecurringSpeakerLines(blocks, out var turnHeads);
        // Boilerplate sections (polls, link lists) are cut out; in the search they only weigh a little against the
        // content, so that a poll in the middle of an interview does not end the content there.
        var inSection = new bool[blocks.Count];
        Array.Fill(inSection, true);
        PruneChromeSections(blocks, inSection, html: false);
        TeaserCards.Mark(blocks, inSection);
        // HTML read as lines: navigation, footers… stay out, unless the prose stands only inside them.
        for (int i = 0; i < blocks.Count && !chromeToo; i++) inSection[i] &= !blocks[i].InChromeElement;
        // The line a text browser prints for the page's feed links, at the top: long, but the head's, not the text's.
        for (int i = 0; i < Math.Min(blocks.Count, 5); i++) inSection[i] &= !Metadata.HeadlineExtractor.IsLinkLine(blocks, i);
        var weights = new double[blocks.Count];
        // A show's chapter list goes, but the run of the text goes on through it, as through a bare timestamp.
        var chapters = ChapterLists.Find(blocks, null);
        for (int i = 0; i < blocks.Count; i++)
        {
            // A separator ("---") before a speaker label line divides turns, not content from chrome.
            bool turnSeparator = i + 1 < blocks.Count && speakerLines.Contains(blocks[i + 1].Text) && ChromeLexicon.TrimPunctuation(blocks[i].Text).IsEmpty;
            // A line that a change-of-speaker mark opens (">> Thank you.") is speech however short.
            weights[i] = !inSection[i] ? SectionLineWeight : speakerLines.Contains(blocks[i].Text) ? Math.Max(0.5, LineWeight(blocks[i]))
                : blocks[i].SpeakerChange ? Math.Max(1, LineWeight(blocks[i])) : turnSeparator || chapters?[i] == true ? 0
                : i > 0 && (AnswersQuestionAbove(blocks[i], blocks[i - 1]) || IsShortAnswer(blocks, i) || ThanksAfterText(blocks, i)) ? 1
                : SpokenUnderLabel(blocks, i, turnHeads, LineWeight(blocks[i]));
        }

        WeighInsertsBetweenExchanges(blocks, weights);
        for (int i = 0; i < blocks.Count; i++)
        {
            double w = weights[i];
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += w;
            if (sum > bestSum)
            {
                bestSum = sum;
                bestStart = start;
                bestEnd = i;
            }
        }

        // A run that starts a few short lines under a speaker's label line starts at the label: the speaker's first turn
        // opens with a greeting or a short sentence ("Good morning."), which weighs as a short line.
        for (int k = bestStart - 1; k >= Math.Max(0, bestStart - MaxTurnOpeningLines - 1); k--)
        {
            if (!inSection[k] || ChromeLexicon.IsChromeLine(blocks[k].Text) || IsMarkupArtifact(blocks[k].Text)) break;
            if (speakerLines.Contains(blocks[k].Text) && LabelsTheRun(blocks, k, bestStart, bestEnd))
            {
                bestStart = k;
                break;
            }

            // The opening is said: a sentence or a question, not a credit or a caption.
            if (!TextUtil.EndsLikeSentence(blocks[k].Text) && !TextUtil.EndsWithQuestionMark(blocks[k].Text)) break;
        }

        // A time alone on its line right above the run times its first turn, where the run's own turns are timed so too.
        if (bestStart > 0 && inSection[bestStart - 1] && MediaTime.TryReadWhole(blocks[bestStart - 1].Text, out _) && HasBareTime(blocks, bestStart, bestEnd)) bestStart--;

        // A label line that closes the run heads nothing: no one speaks under it (an author's name printed again over
        // the links after the text).
        while (bestEnd > bestStart && speakerLines.Contains(blocks[bestEnd].Text) && SpeakerLabel.TryReadStandalone(blocks[bestEnd].Text, out _)) bestEnd--;

        // A table of contents above the run, its entries the run's headings: the prose above the table (an
        // introduction) opens the text, and the table's short lines had cut it off.
        int contentsStart = -1, contentsEnd = -1;
        if (ContentsLists.Above(blocks, bestStart, bestEnd) is var (tableStart, tableEnd))
        {
            if (DensestStretchEndingAt(weights, tableStart) is int above) bestStart = above;
            (contentsStart, contentsEnd) = (tableStart, tableEnd);
        }

        // A list that a sentence announces with a colon, right above the run ("The mayor promised:" over short clauses
        // without a stop): the list and the prose above its sentence belong to the text, which the list's short lines cut.
        if (contentsStart < 0 && AnnouncedListAbove(blocks, bestStart, inSection) is int intro
            && DensestStretchEndingAt(weights, intro) is int opening)
        {
            bestStart = opening;
        }

        var keep = new bool[blocks.Count];
        for (int i = bestStart; i <= bestEnd; i++)
        {
            var b = blocks[i];
            keep[i] = inSection[i] && (!ChromeLexicon.IsChromeLine(b.Text) || (TextUtil.EndsLikeSentence(b.Text) && SpokenUnderLabel(blocks, i, turnHeads))
                                       || (i > bestStart && keep[i - 1] && AnswersQuestionAbove(b, blocks[i - 1]))) && !IsMarkupArtifact(b.Text)
                      && (i < contentsStart || i >= contentsEnd);
        }

        ContentsLists.DropInside(blocks, bestStart, bestEnd, keep);
        DropLinkLists(blocks, bestStart, bestEnd, keep);
        DropSecondCopy(blocks, bestStart, bestEnd, keep);
        DropRepeatedLines(blocks, bestStart, bestEnd, keep);
        DropTrailingHeads(blocks, keep);
        return Collect(doc, keep, bestStart, -1);
    }

    /// <summary>
    /// The most lines in a row that an interview's text may go on after (an advert's label and a teaser link, a
    /// newsletter box's heading, call and button).
    /// </summary>
    private const int MaxInsertLines = 3;

    /// <summary>
    /// What a line of a boilerplate section weighs in the search for the text's run, and a line of an insert between two
    /// exchanges: a little against the content, so that the run goes on through it.
    /// </summary>
    private const double SectionLineWeight = -0.5;

    /// <summary>
    /// A few short lines, one a chrome line at least, between two exchanges, a question answered by a paragraph above
    /// them and a question answered below ("Advertisement", "Read more: …", a newsletter box in the middle of an
    /// interview), are an insert the text goes on after, as a footer's lines are not: they weigh as little as a
    /// boilerplate section's, so that the exchanges after them stay in the run. They still go. (After a paragraph that
    /// answers no question, a question over a paragraph is as often a teaser's title over its excerpt.)
    /// </summary>
    private static void WeighInsertsBetweenExchanges(List<Block> blocks, double[] weights)
    {
        for (int i = 1; i < blocks.Count; i++)
        {
            if (weights[i] >= 0 || !AnswersAbove(blocks, weights, i - 1)) continue;
            // The insert's lines: chrome lines and short lines (a box's heading), one chrome line at least.
            int end = i;
            bool chrome = false;
            while (end < blocks.Count && weights[end] < 0 && end - i < MaxInsertLines) chrome |= weights[end++] == ChromeLineWeight;
            if (chrome && end + 1 < blocks.Count && weights[end] > 0 && TextUtil.EndsWithQuestionMark(blocks[end].Text) && weights[end + 1] > 0)
            {
                for (int k = i; k < end; k++) weights[k] = Math.Max(weights[k], SectionLineWeight);
            }

            i = end;
        }
    }

    /// <summary>The weight of a line of prose (<see cref="LineWeight"/>: a sentence of a dozen words or more).</summary>
    private const double MinProseWeight = 2;

    /// <summary>The most paragraphs of one answer looked through for its question.</summary>
    private const int MaxAnswerParagraphs = 4;

    /// <summary>The fewest exchanges above an insert that show an interview going on (a headline over its standfirst is one).</summary>
    private const int MinExchangesAboveInsert = 2;

    /// <summary>
    /// Whether <see cref="MinExchangesAboveInsert"/> exchanges end at <paramref name="last"/>: each a question over one to
    /// <see cref="MaxAnswerParagraphs"/> paragraphs of prose, with a caption or an earlier insert allowed between them.
    /// </summary>
    private static bool AnswersAbove(List<Block> blocks, double[] weights, int last)
    {
        int exchanges = 0, k = last;
        while (k > 0 && exchanges < MinExchangesAboveInsert)
        {
            int paragraphs = 0;
            while (k >= 0 && paragraphs < MaxAnswerParagraphs && weights[k] >= MinProseWeight && !TextUtil.EndsWithQuestionMark(blocks[k].Text))
            {
                paragraphs++;
                k--;
            }

            if (paragraphs == 0 || k < 0 || weights[k] <= 0 || !TextUtil.EndsWithQuestionMark(blocks[k].Text)) return false;
            exchanges++;
            k--;
            for (int skipped = 0; k > 0 && weights[k] < 0 && skipped < MaxInsertLines; skipped++) k--;
        }

        return exchanges >= MinExchangesAboveInsert;
    }

    /// <summary>
    /// Link lists inside the run of a text page that marks its links (Markdown): <see cref="MinLinkListLines"/> or more
    /// lines in a row that are links and nothing else, none of them a sentence, are a box of related links, not the text;
    /// so is a heading inside a teaser card's link.
    /// </summary>
    private static void DropLinkLists(List<Block> blocks, int start, int end, bool[] keep)
    {
        for (int i = start; i <= end; i++)
        {
            // A heading inside a link that spans lines is a teaser card's title, not one of the text's own headings (a
            // heading whose words link somewhere, "### [Product](address)", is the text's own).
            if (blocks[i].Kind == BlockKind.Heading && blocks[i].InLinkCard) keep[i] = false;
            int j = i;
            while (j <= end && IsLinkLine(blocks[j])) j++;
            if (j - i >= MinLinkListLines) for (int k = i; k < j; k++) keep[k] = false;
            i = Math.Max(i, j - 1);
        }
    }

    /// <summary>
    /// A line printed two times or more in a row inside the run: a text browser prints a picture's alt text, its title
    /// and its caption one under the other, the same words each time. Prose never repeats a paragraph at once, so every
    /// copy goes. Lines of a few words (a label, "No.") are left to the other rules.
    /// </summary>
    private static void DropRepeatedLines(List<Block> blocks, int start, int end, bool[] keep)
    {
        for (int i = start; i < end; i++)
        {
            int j = i + 1;
            while (j <= end && blocks[j].Text == blocks[i].Text) j++;
            if (j - i < 2 || blocks[i].WordCount < MinRepeatedLineWords)
            {
                i = j - 1;
                continue;
            }

            for (int k = i; k < j; k++) keep[k] = false;
            i = j - 1;
        }
    }

    /// <summary>The fewest words of a line whose copies one under the other are a picture's texts.</summary>
    private const int MinRepeatedLineWords = 4;

    /// <summary>
    /// A second copy of the text inside the run: a text browser prints what a page hides by its style sheet, and pages
    /// that hold their text twice (a printable or a differently laid-out version) are printed with both. Where
    /// <see cref="MinCopiedParagraphs"/> paragraphs or more of the text come again, in their order, half of those above
    /// the first repeat at least and four in five of the paragraphs from the first repeat to the last, the copy goes:
    /// from the short lines before its first repeated paragraph that stood before it in the first copy too, to the short
    /// lines after its last one, likewise. Paragraphs are compared without a speaker's label, which one copy may print on
    /// a line of its own and the other before the words.
    /// </summary>
    private static void DropSecondCopy(List<Block> blocks, int start, int end, bool[] keep)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int first = -1, last = -1, copied = 0, previous = -1, longAbove = 0;
        for (int i = start; i <= end; i++)
        {
            if (!keep[i]) continue;
            string said = Said(blocks[i]);
            if (seen.TryGetValue(said, out int original))
            {
                if (blocks[i].WordCount < MinCopiedParagraphWords || original < previous) continue;
                if (first < 0)
                {
                    first = i;
                    for (int k = start; k < i; k++) if (keep[k] && blocks[k].WordCount >= MinCopiedParagraphWords) longAbove++;
                }

                copied++;
                previous = original;
                last = i;
            }
            else if (first < 0)
            {
                seen[said] = i;
            }
        }

        if (copied < MinCopiedParagraphs || copied * 2 < longAbove) return;
        // A copy repeats its paragraphs one after the other; the same questions put to several people in turn repeat
        // between new answers.
        int longInside = 0;
        for (int i = first; i <= last; i++) if (keep[i] && blocks[i].WordCount >= MinCopiedParagraphWords) longInside++;
        if (copied * 5 < longInside * 4) return;
        // The copy opens with the short lines that stood before the first copied paragraph too ("Great to be back."), each
        // printed earlier than the line after it in the first copy (the first copy's own closing lines were not).
        int from = seen[Said(blocks[first])];
        for (int k = first - 1; k > start; k--)
        {
            if (!keep[k]) continue;
            if (!seen.TryGetValue(Said(blocks[k]), out int original) || original >= from) break;
            (first, from) = (k, original);
        }

        // And it closes with the short lines that followed its last paragraph there too ("Thank you, Ruth.").
        int to = seen[Said(blocks[last])];
        for (int k = last + 1; k <= end; k++)
        {
            if (!keep[k]) continue;
            if (!seen.TryGetValue(Said(blocks[k]), out int original) || original <= to) break;
            (last, to) = (k, original);
        }

        for (int i = first; i <= last; i++) keep[i] = false;

        static string Said(Block b) => Turns.SpeakerLabel.ReadPlain(b.Text) is { } label ? label.Rest : b.Text;
    }

    /// <summary>The fewest paragraphs that, repeated in order, make a second copy of the text.</summary>
    private const int MinCopiedParagraphs = 5;

    /// <summary>The fewest words of a paragraph that counts towards a copy (two short sentences; a short line repeats by chance).</summary>
    private const int MinCopiedParagraphWords = 2 * MinSentenceLineWords;

    /// <summary>The fewest link lines in a row that make a box of links (a shop's two "Get it at …" links are the text's own).</summary>
    private const int MinLinkListLines = 3;

    /// <summary>A text line that is a link and nothing else, not a sentence.</summary>
    private static bool IsLinkLine(Block b) => b.Element < 0 && b.LinkDensity >= 0.9 && !TextUtil.EndsLikeSentence(b.Text);

    /// <summary>
    /// Where the stretch of lines that ends just above <paramref name="end"/> and weighs most begins, when it weighs more
    /// than nothing: the prose that a table or a list between it and the run had cut off; otherwise null.
    /// </summary>
    private static int? DensestStretchEndingAt(double[] weights, int end)
    {
        double sum = 0, best = 0;
        int? start = null;
        for (int k = end - 1; k >= 0; k--)
        {
            sum += weights[k];
            if (sum > best)
            {
                best = sum;
                start = k;
            }
        }

        return start;
    }

    /// <summary>
    /// The line that announces a list standing right above <paramref name="start"/> (interface lines between them
    /// aside): <see cref="MinListItems"/> to <see cref="MaxListItems"/> items of a few words each and without a closing
    /// stop, under a line whose
    /// last sentence, of <see cref="MinListIntroWords"/> words or more, closes with a colon; null when there is none.
    /// </summary>
    private static int? AnnouncedListAbove(List<Block> blocks, int start, bool[] inSection)
    {
        int items = 0;
        for (int k = start - 1; k >= 0; k--)
        {
            var b = blocks[k];
            if (!inSection[k]) return null;
            if (ChromeLexicon.IsChromeLine(b.Text)) continue;
            if (items >= MinListItems && AnnouncesList(b)) return k;
            // Items that close like sentences weigh as text already; those without a stop are the ones that cut the run.
            if (b.WordCount < MinListItemWords || b.WordCount > MaxListItemWords || TextUtil.EndsLikeSentence(b.Text) || ++items > MaxListItems) return null;
        }

        return null;
    }

    /// <summary>A list announced by a colon holds this many items at least.</summary>
    private const int MinListItems = 2;

    /// <summary>The most items read as an announced list.</summary>
    private const int MaxListItems = 12;

    /// <summary>An announced list's item has this many words at least (a menu's one-word items are no such list)…</summary>
    private const int MinListItemWords = 4;

    /// <summary>…and at most this many (a paragraph is no item).</summary>
    private const int MaxListItemWords = 30;

    /// <summary>
    /// A sentence that announces a list with a colon has this many words at least: "Read more:", or a question's
    /// "Read about:" after it, announces links, not text.
    /// </summary>
    private const int MinListIntroWords = 6;

    /// <summary>Whether a line ends in a sentence of <see cref="MinListIntroWords"/> words or more that closes with a colon.</summary>
    private static bool AnnouncesList(Block b)
    {
        var text = b.Text.AsSpan().TrimEnd();
        if (text.IsEmpty || text[^1] is not (':' or '\uFF1A') || b.WordCount < MinListIntroWords) return false;
        int stop = text[..^1].LastIndexOfAny(SentenceStops);
        return TextUtil.CountWords(text[(stop + 1)..]) >= MinListIntroWords;
    }

    /// <summary>The marks that end a sentence inside a line.</summary>
    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(".?!。？！");

    /// <summary>
    /// A full name alone on its line with a bare time on the line under it ("Jane Roe" over "00:00:05"): a transcription
    /// tool's header of a turn.
    /// </summary>
    private static bool IsTimedNameLine(IReadOnlyList<Block> blocks, int i, out SpeakerLabel label)
    {
        label = default;
        return i + 1 < blocks.Count && MediaTime.TryReadWhole(blocks[i + 1].Text, out var time) && SpeakerLabel.TryReadTimedName(blocks[i].Text, time, out label);
    }

    /// <summary>
    /// The weight of a line that a dialogue's label line stands right over (<see cref="SpokenUnderLabel(List{Block}, int,
    /// HashSet{string})"/>): the turn's speech, which weighs as a short sentence at least however short it is ("No.", "Not
    /// really."), so that a transcript's last exchanges are not cut off as a footer's short lines.
    /// </summary>
    private static double SpokenUnderLabel(List<Block> blocks, int i, HashSet<string> turnHeads, double weight) =>
        weight < 1 && (weight > ChromeLineWeight || TextUtil.EndsLikeSentence(blocks[i].Text)) && SpokenUnderLabel(blocks, i, turnHeads) ? 1 : weight;

    /// <summary>
    /// Whether a dialogue's label line (one of <paramref name="turnHeads"/>) stands right over the line, or over the bare
    /// time under it: the line is what the speaker said. A sentence is so even where it reads like a page's ("It is free
    /// to download."); a chrome line that is no sentence is the page's ("REPAIR CONTACT" under a heading in capitals).
    /// </summary>
    private static bool SpokenUnderLabel(List<Block> blocks, int i, HashSet<string> turnHeads)
    {
        if (i == 0 || turnHeads.Count == 0) return false;
        int label = MediaTime.TryReadWhole(blocks[i - 1].Text, out _) && i >= 2 ? i - 2 : i - 1;
        return turnHeads.Contains(blocks[label].Text);
    }

    /// <summary>The weight of a line that <see cref="ChromeLexicon.IsChromeLine(ReadOnlySpan{char})"/> or the markup shapes call chrome.</summary>
    private const double ChromeLineWeight = -4;

    /// <summary>Whether a label line standing on its own recurs inside the run: the speaker it names speaks in the text.</summary>
    private static bool LabelsTheRun(List<Block> blocks, int label, int start, int end)
    {
        if (!SpeakerLabel.TryReadStandalone(blocks[label].Text, out _) && !IsTimedNameLine(blocks, label, out _)) return false;
        for (int i = start; i <= end; i++) if (blocks[i].Text == blocks[label].Text) return true;
        return false;
    }

    /// <summary>How many short lines of a turn's opening may stand between a speaker's label line and the run of prose.</summary>
    private const int MaxTurnOpeningLines = 2;

    /// <summary>
    /// Speaker label lines ("QUESTION", "JOHN SMITH") and labelled lines ("JOHN SMITH: Hi.") whose speaker recurs
    /// belong to a transcript, short as they are. "Jane Roe (JR): …" counts for "JR".
    /// </summary>
    private static HashSet<string> RecurringSpeakerLines(IReadOnlyList<Block> blocks) => RecurringSpeakerLines(blocks, out _);

    /// <summary>
    /// <see cref="RecurringSpeakerLines(IReadOnlyList{Block})"/>, and the label lines standing alone that head a dialogue's
    /// turns (<see cref="HeadsTurns"/>), two speakers of them recurring at least (a byline printed again in the author
    /// box heads no turns); empty otherwise.
    /// </summary>
    private static HashSet<string> RecurringSpeakerLines(IReadOnlyList<Block> blocks, out HashSet<string> turnHeads)
    {
        // Counted by speaker, so that "JANE ROE, MAYOR" and the later "JANE ROE" lines are one speaker's.
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = new List<(string Text, string Name, bool Head)>();
        Dictionary<string, string>? surnames = null;
        List<(string Text, string Word, string Full)>? bySurname = null;
        List<(string Text, string Word)>? singles = null, bracketed = null;
        var dashed = SpeakerLabel.DashedSpeakers(blocks);
        // Full names alone on their lines over the speech, as a text scrape prints a page's name boxes or minor headings.
        var ownNames = Turns.TurnSegmenter.ElementNames(blocks);
        // One-word names beside a time over the speech ("Pieter  0:05"), as transcription tools head turns.
        var timedWords = Turns.TurnSegmenter.TimedNameWords(blocks);
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Text.Length > 300) continue;
            // A label line standing alone, or a label opening the line: a person's, a side's role word ("Host:", "Guest:")
            // or a question or answer label ("Q:").
            SpeakerLabel label = default;
            bool alone = b.Text.Length <= MaxLabelLineLength && (SpeakerLabel.TryReadStandalone(b.Text, out label) || IsTimedNameLine(blocks, i, out label)
                || (ownNames is not null && SpeakerLabel.TryReadFullName(b.Text, out label) && ownNames.Contains(label.Name))
                || (timedWords is not null && Turns.TurnSegmenter.TimedNameWord(b, timedWords, out label)));
            // "[00:00:04] Jane Roe: …": the label after the line's media time; "[JR] …", a name in brackets (a single word
            // or initials so counts only where such words take turns, as below).
            string untimedText = MediaTime.TryStripLeading(b.Text, out _, out var untimed) ? untimed : b.Text;
            var inline = alone ? null : SpeakerLabel.ReadPlain(untimedText) ?? SpeakerLabel.ReadBracketedName(untimedText);
            // "NAME – speech" in a dialogue written so.
            if (!alone && inline is null && dashed is not null && SpeakerLabel.DashedName(b.Text, out string said) is { } dashedName && dashed.Contains(dashedName))
            {
                inline = SpeakerLabel.ReadPlain(dashedName + ": " + said);
            }

            // A name in brackets is a kicker's or a note's as often ("[Update] …"): it counts where such names take turns.
            if (inline is { Bracketed: true } bracketedLabel)
            {
                (bracketed ??= []).Add((b.Text, bracketedLabel.Name));
                continue;
            }

            string? name = alone ? label.Name : inline is { } l && IsSpeaker(l) ? ShortForm(l.Name) : null;
            // A single word opening the line ("ROE: …") is a speaker's where it is the last or first word of a full name
            // that labelled lines above ("JANE ROE: …", "JANE ROE, HOST:") and opens two lines at least: a transcript names
            // its speakers in full first, then by the surname or given name. Alone, a single word labels credits ("Photo: …")
            // as often as people.
            if (name is null && inline is { Kind: LabelKind.Name } single && !single.Name.Contains(' ', StringComparison.Ordinal))
            {
                if (surnames is not null && surnames.TryGetValue(single.Name, out var full)) (bySurname ??= []).Add((b.Text, single.Name, full));
                else (singles ??= []).Add((b.Text, single.Name));
            }

            if (name is null) continue;
            counts[name] = counts.GetValueOrDefault(name) + 1;
            lines.Add((b.Text, name, alone && HeadsTurns(label)));
            // The surname, and the given name, which a conversation's labels use as often ("JANE ROE:", then "JANE:").
            int space = name.LastIndexOf(' ');
            if (space > 0)
            {
                surnames ??= new(StringComparer.OrdinalIgnoreCase);
                surnames.TryAdd(name[(space + 1)..], name);
                surnames.TryAdd(name[..name.IndexOf(' ')], name);
            }
        }

        if (bySurname is not null)
        {
            var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var (_, word, _) in bySurname) uses[word] = uses.GetValueOrDefault(word) + 1;
            foreach (var (text, word, full) in bySurname)
            {
                if (uses[word] < 2) continue;
                counts[full]++;
                lines.Add((text, full, false));
            }
        }

        foreach (var labelled in (ReadOnlySpan<List<(string Text, string Word)>?>)[singles, bracketed])
        {
            if (labelled is null || AlternatingWords(labelled) is not { } alternating) continue;
            foreach (var (text, word) in labelled)
            {
                if (!alternating.Contains(word)) continue;
                counts[word] = counts.GetValueOrDefault(word) + 1;
                lines.Add((text, word, false));
            }
        }

        // "MARA LINDQVIST:" once over the first speech, then "LINDQVIST:" over the others: a transcript names a speaker in
        // full first, then by one of the names, and the full name's line is that speaker's too.
        List<string>? namedInFull = null;
        foreach (var (name, n) in counts)
        {
            int space = name.LastIndexOf(' ');
            if (n == 1 && space > 0 && (counts.GetValueOrDefault(name[(space + 1)..]) >= 2 || counts.GetValueOrDefault(name[..name.IndexOf(' ')]) >= 2)) (namedInFull ??= []).Add(name);
        }

        if (namedInFull is not null) foreach (var name in namedInFull) counts[name]++;

        var result = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        turnHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, name, head) in lines)
        {
            if (counts[name] < 2) continue;
            result.Add(text);
            if (!head) continue;
            heads.Add(name);
            turnHeads.Add(text);
        }

        if (heads.Count < 2) turnHeads.Clear();
        return result;
    }

    /// <summary>
    /// The single words that label lines in turn ("OKAFOR: …", "VOGT: …", "OKAFOR: …"), where no full name stands above
    /// them: two words at least, each opening <see cref="MinAlternations"/> lines or more, the label changing from one to
    /// the other that often too. A transcript names its speakers by surname so; a credit word ("Photo:") or a note's
    /// ("Update:") recurs, but not in turn with another. What follows the labels is said: half the lines at least close
    /// like a sentence or a question, and two speakers say two thirds of them; a record's fields ("Address: …", "Opening
    /// hours: …", "Admission: …") recur in turn as well, but hold values, and more than two keys share them evenly.
    /// Null when the labels do not alternate so.
    /// </summary>
    private static HashSet<string>? AlternatingWords(List<(string Text, string Word)> singles)
    {
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, word) in singles) uses[word] = uses.GetValueOrDefault(word) + 1;
        HashSet<string>? words = null;
        int first = 0, second = 0;
        foreach (var (word, n) in uses)
        {
            if (n < MinAlternations) continue;
            (words ??= new(StringComparer.OrdinalIgnoreCase)).Add(word);
            if (n > first) (first, second) = (n, first);
            else if (n > second) second = n;
        }

        if (words is not { Count: >= 2 }) return null;
        int changes = 0, lines = 0, said = 0;
        string? last = null;
        foreach (var (text, word) in singles)
        {
            if (!words.Contains(word)) continue;
            lines++;
            if (TextUtil.EndsAsStatementOrQuestion(text)) said++;
            if (last is not null && !last.Equals(word, StringComparison.OrdinalIgnoreCase)) changes++;
            last = word;
        }

        return changes >= MinAlternations && 2 * said >= lines && 3 * (first + second) >= 2 * lines ? words : null;
    }

    /// <summary>How often each of two single-word labels opens a line, and the label changes, for the words to be speakers'.</summary>
    private const int MinAlternations = 3;

    /// <summary>A label line standing alone is this short at most.</summary>
    internal const int MaxLabelLineLength = 70;

    /// <summary>A label that a person or a side of the talk speaks under: a full name or initials, a side's role word, "Q".</summary>
    private static bool IsSpeaker(SpeakerLabel label) => label.Kind != LabelKind.Name || IsPersonLike(label.Name) || RoleWords.NamesASide(label.Name);

    /// <summary>
    /// A label line that heads a dialogue's turn for certain: a full name, a side's role word or "Q"; a word in capitals
    /// alone ("LAW", "TECH") heads a report's sections as often as initials head turns.
    /// </summary>
    private static bool HeadsTurns(SpeakerLabel label) =>
        label.Kind != LabelKind.Name || label.Name.Contains(' ', StringComparison.Ordinal) || RoleWords.NamesASide(label.Name);

    /// <summary>A full name or initials ("Jane Roe", "JR"); a single word such as "Photo" labels credits as often as people.</summary>
    private static bool IsPersonLike(string name) => name.Contains(' ', StringComparison.Ordinal) || Metadata.NameShapes.LooksLikeInitials(name);

    private static string ShortForm(string name)
    {
        int open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[(open + 2)..^1] : name;
    }

    /// <summary>The punctuation that prose of a few dozen words holds somewhere, in any script.</summary>
    private static readonly SearchValues<char> ProsePunctuation = SearchValues.Create(".,;:!?。，、！？؟،");

    /// <summary>How much a text line looks like content (positive) or chrome (negative).</summary>
    internal static double LineWeight(Block b)
    {
        var text = b.Text.AsSpan();
        if (IsStageNote(text) || MediaTime.TryReadWhole(text, out _))
        {
            return 0; // "[LAUGHTER]", "(CROSSTALK)", a bare "12:34": transcript structure
        }

        if (TextUtil.IsPictureFile(text) && text.Trim()[0] != '[')
        {
            return 0; // "harbour-at-dawn.jpg": a picture a text browser printed by its file name; it goes, but does not end the content
        }

        if (ChromePatterns.IsGalleryCounter(text))
        {
            return 0; // "Image 2 of 8": a picture's counter stands inside the article; it goes, but does not end the content
        }

        // A caption that ends in its picture credit ("The quay at dawn. © Jane Roe", "… Foto: Tom Berg") is written like
        // the text it stands in and weighs as such: it goes, but the run of the text goes on through it. A credit alone
        // ("(Image: © Agency)") weighs as chrome.
        if ((ChromeLexicon.IsChromeLine(text) && !IsWordyCaption(text)) || IsMarkupArtifact(text))
        {
            return ChromeLineWeight;
        }

        int words = b.WordCount;
        // A text line mostly of link text (a Markdown page's menus, teasers and share rows): chrome-like, however long.
        if (b.Element < 0 && b.IsMostlyLink) return words <= 3 ? -2.5 : -1.5;
        // A transcript's paragraph may close with its timestamp ("… we did. (00:12:40)"): the sentence ends before it.
        if (MediaTime.TryStripTrailing(b.Text, out _, out var untimed)) text = untimed.AsSpan();
        bool sentence = TextUtil.EndsLikeSentence(text);
        // A long run of words without one stop or comma is a list run together (a tag cloud, a row of menu links a text
        // browser printed as one line): it weighs as a short sentence, not as prose.
        if (words >= 25 && !sentence && !text.ContainsAny(ProsePunctuation)) return 1;
        if (words >= 12 && (sentence || words >= 25))
        {
            return 2 + Math.Min(words / 15.0, 6);
        }

        if (TextUtil.EndsWithQuestionMark(text) && words >= 3)
        {
            return 2;
        }

        if (sentence && words >= MinSentenceLineWords)
        {
            return 1;
        }

        return words <= 3 ? -2.5 : -1.5;
    }
}
