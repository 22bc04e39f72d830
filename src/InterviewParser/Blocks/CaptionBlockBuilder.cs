using System.Globalization;
using System.Text;
using InterviewParser.Model;

namespace InterviewParser.Blocks;

/// <summary>
/// Stage 2 for WebVTT and SRT captions: cues become blocks, consecutive cues of one speaker merge into one
/// block timed at the first cue's start. Voice tags (<c>&lt;v Name&gt;</c>) and <c>NAME:</c> prefixes become
/// speaker labels; <c>&gt;&gt;</c> and subtitles' dialogue dashes (<c>- </c> opening each speaker's line) mark a change of
/// speaker; cue numbers, timings and markup are dropped. Rolling
/// captions, whose every cue repeats the line the cue before ended with (as video sites generate them), are read once.
/// </summary>
internal static class CaptionBlockBuilder
{
    /// <summary>Whether the text looks like WebVTT or SRT.</summary>
    public static bool LooksLikeCaptions(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 600)].TrimStart('\uFEFF').TrimStart();
        return head.StartsWith("WEBVTT", StringComparison.Ordinal)
            || (head.Length > 0 && char.IsAsciiDigit(head[0]) && head.Contains("-->", StringComparison.Ordinal));
    }

    /// <summary>Builds blocks from caption cues; <paramref name="format"/> is the caption format the document keeps.</summary>
    public static BlockDocument Build(string text, DocumentFormat format, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        var recurring = RecurringLabels(text);
        var bracketed = BracketedSpeakers(text);
        bool rolling = IsRolling(text);
        bool dashes = UsesDialogueDashes(text);
        string? speaker = null;
        bool changed = false; // the turn being read opened at a change marker
        TimeSpan? start = null, cueStart = null;
        var buffer = new StringBuilder();
        bool inCue = false, cueSaidNew = false;
        int lineNo = 0;
        // A number on its own line inside a cue: the next cue's number when a timing line follows (cues parted by a
        // line of spaces), else said.
        string? number = null;
        // Rolling captions: the lines of the cue before, which a cue repeats before it adds its own.
        var previousCue = new List<string>();
        var thisCue = new List<string>();

        void FlushTurn()
        {
            if (buffer.Length == 0) return;
            string body = TextUtil.CollapseWhitespace(buffer.ToString());
            buffer.Clear();
            if (body.Length == 0) return;
            string t = speaker is null ? body : speaker + ": " + body;
            blocks.Add(new Block { Text = t, VisibleLength = t.Length, Time = start, BlankBefore = true, SpeakerChange = changed && speaker is null });
        }

        foreach (var range in text.AsSpan().Split('\n'))
        {
            if ((++lineNo & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                // Only an empty line ends a cue; a line of spaces inside it (as video sites write their cues) does not.
                if (raw.IsEmpty)
                {
                    inCue = false;
                    if (number is not null) buffer.Append(number).Append(' ');
                    number = null;
                }

                continue;
            }

            int arrow = line.IndexOf("-->", StringComparison.Ordinal);
            if (arrow > 0)
            {
                number = null;
                cueStart = ParseTimestamp(line[..arrow].Trim());
                inCue = true;
                cueSaidNew = false;
                if (thisCue.Count > 0) (previousCue, thisCue) = (thisCue, previousCue);
                thisCue.Clear();
                continue;
            }

            if (!inCue)
            {
                continue; // header, cue numbers, NOTE and STYLE blocks
            }

            if (number is not null)
            {
                buffer.Append(number).Append(' ');
                number = null;
            }

            if (IsNumber(line))
            {
                number = line.ToString();
                continue;
            }

            string cue = line.ToString();
            if (rolling)
            {
                // A rolling cue repeats the line the cue before ended with, then adds a line of its own.
                string plain = TextUtil.CollapseWhitespace(StripTags(cue));
                thisCue.Add(plain);
                if (!cueSaidNew && previousCue.Contains(plain)) continue;
                cueSaidNew = true;
            }

            string? newSpeaker = null;
            bool change = false;
            if (cue.StartsWith("<v", StringComparison.Ordinal))
            {
                int close = cue.IndexOf('>');
                if (close > 2)
                {
                    // "<v Jane Roe>", and with classes "<v.host Jane Roe>", "<v.loud.host Jane Roe>": the classes go before the name.
                    string voice = cue[2..close];
                    int space = voice.IndexOf(' ');
                    newSpeaker = voice.StartsWith('.') ? (space > 0 ? voice[(space + 1)..].Trim() : string.Empty) : voice.Trim();
                    if (newSpeaker.Length == 0) newSpeaker = null;
                    cue = cue[(close + 1)..];
                }
            }
            else if (cue.StartsWith(">>", StringComparison.Ordinal))
            {
                change = true;
                cue = cue[2..].TrimStart('>').Trim();
            }
            else if (dashes && IsDialogueDash(cue))
            {
                change = true; // subtitles' dialogue dash: each speaker's line in a cue opens with one
                cue = cue[2..].Trim();
            }

            cue = StripTags(cue);
            if (newSpeaker is null && bracketed.Count > 0 && BracketTag(cue) is var (tag, afterTag) && bracketed.Contains(tag))
            {
                newSpeaker = Turns.SpeakerLabel.PersonName(tag);
                cue = cue[afterTag..].Trim();
            }

            if (newSpeaker is null && Turns.SpeakerLabel.ReadPlain(cue) is { } label && label.Name.Length > 1
                && (TextUtil.CountUpper(label.Name) * 2 > label.Name.Replace(" ", "", StringComparison.Ordinal).Length || recurring.Contains(label.Name)))
            {
                newSpeaker = label.Name;
                cue = label.Rest;
            }

            if ((newSpeaker is not null && !string.Equals(newSpeaker, speaker, StringComparison.Ordinal)) || change)
            {
                FlushTurn();
                speaker = newSpeaker ?? (change ? null : speaker);
                changed = change;
                start = cueStart;
            }
            else if (buffer.Length == 0)
            {
                start = cueStart;
            }

            buffer.Append(cue).Append(' ');
        }

        if (number is not null) buffer.Append(number).Append(' ');
        FlushTurn();
        return new BlockDocument { Format = format, Blocks = blocks };
    }

    private static bool IsDialogueDash(string line) => line.Length > 2 && line[0] is '-' or '–' or '—' && line[1] == ' ';

    /// <summary>
    /// Whether the subtitles mark speakers with dialogue dashes: three cue lines or more open with a dash and a space.
    /// (Fewer may be a list or a sentence's dash.)
    /// </summary>
    private static bool UsesDialogueDashes(string text)
    {
        int dashed = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.Length > 2 && line[0] is '-' or '–' or '—' && line[1] == ' ' && ++dashed >= 3) return true;
        }

        return false;
    }

    private static bool IsNumber(ReadOnlySpan<char> line)
    {
        foreach (char c in line) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// Whether the captions roll, as video sites generate them: each cue opens with the line the cue before ended with
    /// and adds one (a quarter of the cues or more, three at least). Only then is a repeated line dropped; a speaker
    /// who says "Yes." twice in plain captions keeps both.
    /// </summary>
    private static bool IsRolling(string text)
    {
        int cues = 0, repeats = 0;
        string? previousLast = null, first = null, last = null;
        bool inCue = false;

        void EndCue()
        {
            if (first is null) return;
            if (first == previousLast) repeats++;
            previousLast = last;
            first = last = null;
        }

        foreach (var range in text.AsSpan().Split('\n'))
        {
            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                if (raw.IsEmpty) inCue = false;
                continue;
            }

            if (line.Contains("-->", StringComparison.Ordinal))
            {
                EndCue();
                cues++;
                inCue = true;
                continue;
            }

            if (!inCue) continue;
            string plain = TextUtil.CollapseWhitespace(StripTags(line.ToString()));
            first ??= plain;
            last = plain;
        }

        EndCue();
        return repeats >= 3 && repeats * 4 >= cues;
    }

    /// <summary>
    /// Names that subtitles put in brackets at a cue line's start, before the words (<c>[TOM] …</c>, <c>(Jane Roe) …</c>):
    /// two names or more, each before words twice at least and never alone on a line. A stage note in the same
    /// brackets (<c>[MUSIC]</c>) stands alone somewhere or comes back once.
    /// </summary>
    private static HashSet<string> BracketedSpeakers(string text)
    {
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            string line = StripTags(text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim().ToString());
            if (BracketTag(line) is not var (tag, after)) continue;
            if (line.AsSpan(after).Trim().IsEmpty) alone.Add(tag);
            else before[tag] = before.GetValueOrDefault(tag) + 1;
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tag, n) in before) if (n >= 2 && !alone.Contains(tag)) result.Add(tag);
        return result.Count >= 2 ? result : [];
    }

    /// <summary>A bracketed name of one to three words opening the line, and where the text after it starts; or null.</summary>
    private static (string Tag, int After)? BracketTag(string line)
    {
        if (line.Length < 3 || line[0] is not ('[' or '(')) return null;
        int close = line.IndexOf(line[0] == '[' ? ']' : ')');
        if (close < 2 || close > 40) return null;
        string tag = line[1..close].Trim();
        if (tag.Length < 2 || TextUtil.CountWords(tag) > 3) return null;
        foreach (char c in tag) if (!(char.IsLetter(c) || c is ' ' or '.' or '-' or '\'')) return null;
        return (tag, close + 1);
    }

    /// <summary>
    /// Mixed-case "Name:" prefixes count as speaker labels when the same name opens cues at least twice
    /// ("Mara: …"); a one-off "Note: …" inside speech does not.
    /// </summary>
    private static HashSet<string> RecurringLabels(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            int colon = line.IndexOf(':');
            if (colon is <= 0 or > 40 || line.Contains("-->", StringComparison.Ordinal)) continue;
            if (Turns.SpeakerLabel.ReadPlain(StripTags(line.ToString())) is { Kind: Turns.LabelKind.Name } l)
            {
                counts[l.Name] = counts.GetValueOrDefault(l.Name) + 1;
            }
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, n) in counts) if (n >= 2) result.Add(name);
        return result;
    }

    private static string StripTags(string s)
    {
        if (!s.Contains('<')) return s;
        var sb = new StringBuilder(s.Length);
        bool inTag = false;
        foreach (char c in s)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Parses "hh:mm:ss.fff", "mm:ss.fff" or SRT's "hh:mm:ss,fff".</summary>
    internal static TimeSpan? ParseTimestamp(ReadOnlySpan<char> s)
    {
        int sp = s.IndexOf(' ');
        if (sp > 0) s = s[..sp];
        var parts = s.ToString().Replace(',', '.').Split(':');
        try
        {
            double seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
            int minutes = parts.Length >= 2 ? int.Parse(parts[^2], CultureInfo.InvariantCulture) : 0;
            int hours = parts.Length >= 3 ? int.Parse(parts[^3], CultureInfo.InvariantCulture) : 0;
            return new TimeSpan(hours, minutes, (int)seconds);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
