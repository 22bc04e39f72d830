using InterviewParser.Blocks;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>The role of each paragraph (interviewer, interviewee, continuation), where the interview starts, and which labels ask.</summary>
internal static partial class TurnSegmenter
{
    /// <summary>
    /// The role of each block; <see langword="null"/> where a block only continues the turn before it (an unlabelled
    /// paragraph in a labelled transcript, a paragraph without a dash in dash dialogue).
    /// </summary>
    private static TurnRole?[] AssignRoles(List<Block> blocks, SpeakerLabel?[] labels, bool[] looksAsked, Style style, int look, bool dash, bool labelDriven,
        bool[]? put)
    {
        int n = blocks.Count;
        var roles = new TurnRole?[n];
        int generic = 0;
        foreach (var l in labels) if (l is { Kind: LabelKind.Question, Carried: false }) generic++;
        bool genericQuestions = generic >= 2;
        var interviewerLabels = InterviewerLabels(blocks, labels, looksAsked, labelDriven, put is not null);
        bool started = false;
        for (int i = 0; i < n; i++)
        {
            var b = blocks[i];
            if (labels[i] is { } l)
            {
                roles[i] = l.Kind switch
                {
                    LabelKind.Question => TurnRole.Interviewer,
                    LabelKind.Answer => TurnRole.Interviewee,
                    // On a page whose questions are set apart by typography, a name on a styled question asks it
                    // ("Mashable: Is that how you remember it?" in bold among plain bold questions).
                    _ when !labelDriven && style != Style.None && looksAsked[i] && l.StatedRole is null => TurnRole.Interviewer,
                    _ => NameRole(l, genericQuestions, interviewerLabels),
                };
                started = true;
            }
            else if (dash)
            {
                if (DashDialogue.Opens(b.Text))
                {
                    bool asked = style != Style.None ? HasStyle(b, style, look) : TextUtil.EndsWithQuestionMark(b.Text) || looksAsked[i];
                    roles[i] = asked ? TurnRole.Interviewer : TurnRole.Interviewee;
                    started = true;
                }
                else if (!started || (style != Style.None && looksAsked[i]))
                {
                    // Before the dialogue, or a styled question written without a dash.
                    roles[i] = looksAsked[i] ? TurnRole.Interviewer : TurnRole.Interviewee;
                }
            }
            else if (labelDriven && started)
            {
                if ((style != Style.None && looksAsked[i]) || put?[i] == true) roles[i] = TurnRole.Interviewer;
            }
            else
            {
                roles[i] = looksAsked[i] ? TurnRole.Interviewer : TurnRole.Interviewee;
            }
        }

        if (dash) PromptsBetweenAnswers(blocks, labels, roles);
        return roles;
    }

    /// <summary>
    /// In dash dialogue each dash gives the word to the other side: a dashed statement after an answer, followed by
    /// another dashed statement, is the interviewer's prompt ("— And then the injury." / "— It was the worst month."),
    /// though it asks nothing. Two answers in a row would have one speaker take the word from himself.
    /// </summary>
    private static void PromptsBetweenAnswers(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles)
    {
        int previous = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is not null || roles[i] is null || !DashDialogue.Opens(blocks[i].Text)) continue;
            if (roles[i] == TurnRole.Interviewee && previous >= 0 && roles[previous] == TurnRole.Interviewee && NextDashed(blocks, labels, roles, i) is int next
                && roles[next] == TurnRole.Interviewee)
            {
                roles[i] = TurnRole.Interviewer;
            }

            previous = i;
        }
    }

    /// <summary>The next unlabelled paragraph after <paramref name="i"/> that opens with a dialogue dash, or null.</summary>
    private static int? NextDashed(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, int i)
    {
        for (int k = i + 1; k < blocks.Count; k++)
        {
            if (labels[k] is null && roles[k] is not null && DashDialogue.Opens(blocks[k].Text)) return k;
        }

        return null;
    }

    private static TurnRole NameRole(SpeakerLabel l, bool genericQuestions, HashSet<string> interviewerLabels)
    {
        if (l.StatedRole == TurnRole.Other) return TurnRole.Other;
        if (genericQuestions)
        {
            // Questions carried by "Q:"-style labels: named speakers answer; a named moderator only hosts.
            return l.StatedRole == TurnRole.Interviewer ? TurnRole.Other : TurnRole.Interviewee;
        }

        // A label that states its side keeps it, though an answer of its speaker ends in a question ("GUEST: … don't you think?").
        return l.StatedRole == TurnRole.Interviewer || (l.StatedRole != TurnRole.Interviewee && interviewerLabels.Contains(l.Name))
            ? TurnRole.Interviewer : TurnRole.Interviewee;
    }

    /// <summary>The interview starts at the first labelled turn, dash turn, or real question.</summary>
    private static int FirstTurn(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, bool dash, bool labelDriven, bool[]? put)
    {
        bool answersNamed = !labelDriven && !dash && NamedAnswers(labels, roles);
        int first = FirstTurn(blocks, labels, roles, dash, labelDriven, put, answersNamed);
        // No question with a named answer after it: the names belong to something else, and the first question opens.
        return first < 0 && answersNamed ? FirstTurn(blocks, labels, roles, dash, labelDriven, put, false) : first;
    }

    /// <summary>The first turn; with <paramref name="answersNamed"/>, a plain question opens only when a named answer follows it.</summary>
    private static int FirstTurn(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, bool dash, bool labelDriven, bool[]? put, bool answersNamed)
    {
        int n = blocks.Count;
        Dictionary<string, int>? lastUse = null;
        for (int i = 0; i < n; i++)
        {
            if (labels[i] is { Carried: false } l && (l.Kind != LabelKind.Name || labelDriven || roles[i] != TurnRole.Interviewee || HasLaterLabel(labels, i, labels.Length))
                && (!labelDriven || HasLaterLabel(labels, i, i + 4) || (i + 1 < n && labels[i + 1] is { Carried: true })
                    || SpeaksAgain(labels, i, lastUse ??= LastUses(labels))))
            {
                return i;
            }

            if (dash)
            {
                if (roles[i] == TurnRole.Interviewer && (DashDialogue.Opens(blocks[i].Text) || TextUtil.EndsWithQuestionMark(blocks[i].Text))) return i;
                continue;
            }

            if (labelDriven)
            {
                if (put?[i] == true) return i;
                continue;
            }

            if (roles[i] == TurnRole.Interviewer && (TextUtil.EndsWithQuestionMark(blocks[i].Text) || (i + 2 < n && roles[i + 1] != TurnRole.Interviewer)))
            {
                // Where the answers carry their speaker's name, a question that no named answer follows (an
                // introduction's rhetorical "Who would have guessed?") is still the introduction.
                if (answersNamed && !AnsweredByName(labels, roles, i)) continue;
                return CalledPromptBefore(blocks, labels, roles, i) ?? i;
            }
        }

        return -1;
    }

    /// <summary>How many paragraphs before the first question a prompt that asks nothing may stand (it and its answer).</summary>
    private const int MaxPromptReach = 3;

    /// <summary>
    /// A first prompt written without a question mark a few paragraphs above the first question, with its answer
    /// between them ("Vreni, du wurdest im April abgemahnt, erzähl uns davon."): it opens by calling somebody the
    /// paragraphs above it name ("Vreni Frost …") and speaks to them in the second person. A standfirst speaks about
    /// the guest, not to them; "Liebe Leser, …" calls nobody the page names. Returns the prompt, now the interviewer's.
    /// </summary>
    private static int? CalledPromptBefore(List<Block> blocks, SpeakerLabel?[] labels, TurnRole?[] roles, int question)
    {
        for (int j = question - 2; j >= Math.Max(1, question - MaxPromptReach); j--)
        {
            string text = blocks[j].Text;
            // A sentence's opening word set off by a comma ("Heute, …", "Und, …") calls nobody.
            if (labels[j] is not null || TextUtil.EndsWithQuestionMark(text) || Metadata.NameShapes.CalledName(text) is not { } called
                || Languages.Vocabulary.SentenceOpeners.Contains(called) || Languages.Vocabulary.FunctionWords.Contains(called) || !SecondPerson.Addresses(text)) continue;
            for (int k = 0; k < j; k++)
            {
                int at = blocks[k].Text.IndexOf(called, StringComparison.Ordinal);
                if (at < 0 || !TextUtil.IsWholeWord(blocks[k].Text, at, at + called.Length) || !NamesSomebody(blocks[k].Text, at, called.Length)) continue;
                roles[j] = TurnRole.Interviewer;
                return j;
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="at"/> is part of a name of two words or more ("Vreni Frost", "Anna Lund").</summary>
    private static bool NamesSomebody(string text, int at, int length)
    {
        int end = at + length;
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
        int next = end + 1;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        return Metadata.NameShapes.IsNameWord(text.AsSpan(end + 1, next - end - 1));
    }

    /// <summary>How many named answers make a page whose answers carry their speaker's name.</summary>
    private const int MinNamedAnswers = 3;

    /// <summary>
    /// Whether the answers open with their speaker's name ("Jane: …") on a page whose questions carry none: at least
    /// <see cref="MinNamedAnswers"/> of them, and at least half of the answers that follow a question.
    /// </summary>
    private static bool NamedAnswers(SpeakerLabel?[] labels, TurnRole?[] roles)
    {
        int named = 0, answers = 0;
        for (int i = 1; i < labels.Length; i++)
        {
            if (roles[i] != TurnRole.Interviewee || roles[i - 1] != TurnRole.Interviewer) continue;
            answers++;
            if (labels[i] is { Kind: LabelKind.Name, Carried: false }) named++;
        }

        return named >= MinNamedAnswers && named * 2 >= answers;
    }

    /// <summary>Whether the first block after the question (and the question blocks that follow it) is a named answer.</summary>
    private static bool AnsweredByName(SpeakerLabel?[] labels, TurnRole?[] roles, int question)
    {
        int j = question + 1;
        while (j < roles.Length && roles[j] == TurnRole.Interviewer && labels[j] is null) j++;
        return j < roles.Length && labels[j] is { Kind: LabelKind.Name } && roles[j] == TurnRole.Interviewee;
    }

    /// <summary>
    /// Whether the speaker a label names, a full name or a form of address, takes the floor again later: an opening
    /// statement of many paragraphs before the first question is that speaker's first turn.
    /// </summary>
    private static bool SpeaksAgain(SpeakerLabel?[] labels, int i, Dictionary<string, int> lastUse) =>
        // A single word labels a note's run-in heading as often as a speaker.
        labels[i] is { Kind: LabelKind.Name } first && first.Name.Contains(' ', StringComparison.Ordinal) && lastUse[first.Name] > i;

    /// <summary>Where each name label is used last (one pass, so that the first-turn search stays linear).</summary>
    private static Dictionary<string, int> LastUses(SpeakerLabel?[] labels)
    {
        var last = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < labels.Length; j++)
        {
            if (labels[j] is { Carried: false, Kind: LabelKind.Name } l) last[l.Name] = j;
        }

        return last;
    }

    private static bool HasLaterLabel(SpeakerLabel?[] labels, int i, int end)
    {
        for (int j = i + 1; j < Math.Min(end, labels.Length); j++) if (labels[j] is { Carried: false }) return true;
        return false;
    }

    /// <summary>
    /// The questions put to labelled guests in turn, where two or more are (else null): unlabelled questions, each right
    /// over a paragraph labelled with a name, in a round of answers by several labelled guests ("Rosa: …", "Ken: …") whose asker
    /// goes unnamed. A question set apart in bold or italics is so put; a plain one too where no labelled paragraph asks
    /// anything (a transcript's host asks under a label, and a plain question after it goes on the host's turn).
    /// </summary>
    private static bool[]? PutToTheLabelled(List<Block> blocks, SpeakerLabel?[] labels)
    {
        bool labelsAsk = false;
        for (int i = 0; i < blocks.Count && !labelsAsk; i++) labelsAsk = labels[i] is not null && TextUtil.EndsWithQuestionMark(blocks[i].Text);
        bool[]? put = null;
        int count = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (labels[i] is not null || labels[i + 1] is not { Carried: false, Kind: LabelKind.Name } || !IsPunctuationQuestion(blocks[i])) continue;
            if (!labelsAsk || IsEmphasisedPrompt(blocks[i]))
            {
                (put ??= new bool[blocks.Count])[i] = true;
                count++;
            }
        }

        return count >= 2 ? put : null;
    }

    /// <summary>A paragraph set in bold or italics throughout, of a question's length: a prompt, as a question without its mark.</summary>
    private static bool IsEmphasisedPrompt(Block b) =>
        b.Kind != BlockKind.Heading && b.WordCount is >= 1 and <= 90 && Math.Max(b.BoldLength, b.ItalicLength) * 10 >= b.VisibleLength * 9;

    /// <summary>
    /// Labels drive the segmentation when at least two speakers are labelled more than once and unlabelled questions
    /// are rare beside the labels: unlabelled paragraphs then continue the turn before them. Pages that label only
    /// the answers ("Smith: …" after each plain question) are not label-driven.
    /// </summary>
    private static bool IsLabelDriven(List<Block> blocks, SpeakerLabel?[] labels)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int total = 0, plainQuestions = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] is { Carried: false } x)
            {
                total++;
                string key = x.Kind == LabelKind.Name ? x.Name : x.Kind.ToString();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            else if (labels[i] is null && total > 0 && IsPunctuationQuestion(blocks[i]))
            {
                plainQuestions++;
            }
        }

        int repeated = 0;
        foreach (var c in counts.Values) if (c >= 2) repeated++;
        return total >= 4 && repeated >= 2 && plainQuestions * 4 < total;
    }

    /// <summary>
    /// Which name labels belong to interviewers: those whose label states the role (HOST, Interviewer…); else,
    /// when one side's paragraphs are plainly questions, the askers; else the hosts of a talk transcript, who
    /// take a fair share of the turns with clearly shorter turns than the rest; else the first speaker.
    /// </summary>
    private static HashSet<string> InterviewerLabels(List<Block> blocks, SpeakerLabel?[] labels, bool[] isQuestion, bool labelDriven, bool putToLabelled)
    {
        var stats = new Dictionary<string, (int Questions, int Blocks, int Turns, int Words)>(StringComparer.OrdinalIgnoreCase);
        var result = AskingLabels(blocks, labels, isQuestion, labelDriven, putToLabelled, stats);
        if (labelDriven && !result.Any(name => RoleWords.IsInterviewerWord(name))) AddAskingGroup(stats, result);
        return result;
    }

    /// <summary>A speaker asks with at least this share of turns ending in a question to join the asking side.</summary>
    private const double MinAskingShare = 0.3;

    /// <summary>How many times more often the asking side's speakers end a turn with a question than the answering side's.</summary>
    private const double AskingGap = 3;

    /// <summary>
    /// Several hosts of a talk transcript: sorted by their share of turns that end in a question, the speakers fall into
    /// two groups at the widest step between neighbours, the hosts asking several times as often as the guests. The
    /// speakers above that step who ask in a fair share of their turns are hosts too, however long they talk, when the
    /// hosts already found stand above it as well; the group below it keeps at least one speaker, the guest.
    /// </summary>
    internal static void AddAskingGroup(Dictionary<string, (int Questions, int Blocks, int Turns, int Words)> stats, HashSet<string> result)
    {
        var shares = new List<(string Name, double Share)>();
        foreach (var (name, x) in stats) if (x.Blocks >= 2) shares.Add((name, (double)x.Questions / x.Blocks));
        if (shares.Count < 3) return;
        shares.Sort((a, b) => b.Share.CompareTo(a.Share));
        int step = -1;
        double widest = 0;
        // A small constant keeps a guest who never asks from making every step infinite.
        const double Floor = 0.02;
        for (int i = 0; i + 1 < shares.Count; i++)
        {
            double ratio = (shares[i].Share + Floor) / (shares[i + 1].Share + Floor);
            if (ratio > widest) (widest, step) = (ratio, i);
        }

        if (widest < AskingGap) return;
        // The hosts found so far must stand above the step: where one of them asks less than the guests (a host who
        // introduces answers rather than asks), the step divides something else.
        for (int i = step + 1; i < shares.Count; i++) if (result.Contains(shares[i].Name)) return;
        for (int i = 0; i <= step; i++) if (shares[i].Share >= MinAskingShare) result.Add(shares[i].Name);
    }

    /// <summary>The interviewers' labels by the rules listed on <see cref="InterviewerLabels"/>, each speaker's figures in <paramref name="stats"/>.</summary>
    private static HashSet<string> AskingLabels(List<Block> blocks, SpeakerLabel?[] labels, bool[] isQuestion, bool labelDriven, bool putToLabelled,
        Dictionary<string, (int Questions, int Blocks, int Turns, int Words)> stats)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Each speaker's turns by their length in words (the host test leaves each speaker's longest turn out).
        Dictionary<string, List<int>>? turnWords = null;
        string? previous = null, first = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is null && previous is not null && labelDriven)
            {
                // An unlabelled paragraph continues the turn above: its words count for that speaker.
                var (pq, pb, pt, pw) = stats[previous];
                stats[previous] = (pq, pb, pt, pw + blocks[i].WordCount);
                turnWords![previous][^1] += blocks[i].WordCount;
                continue;
            }

            if (labels[i] is not { Kind: LabelKind.Name } l)
            {
                if (labels[i] is not null) previous = null;
                continue;
            }

            first ??= l.Name;
            if (RoleWords.IsInterviewerWord(l.Name) || l.StatedRole == TurnRole.Interviewer) result.Add(l.Name);
            var (q, b, t, w) = stats.GetValueOrDefault(l.Name);
            bool question = isQuestion[i] || TextUtil.EndsWithQuestionMark(blocks[i].Text);
            bool newTurn = !string.Equals(previous, l.Name, StringComparison.OrdinalIgnoreCase);
            int words = TextUtil.CountWords(l.Rest);
            stats[l.Name] = (q + (question ? 1 : 0), b + 1, t + (newTurn ? 1 : 0), w + words);
            turnWords ??= new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            if (!turnWords.TryGetValue(l.Name, out var lengths)) turnWords[l.Name] = lengths = [];
            if (newTurn || lengths.Count == 0) lengths.Add(words);
            else lengths[^1] += words;
            previous = l.Name;
        }

        if (result.Count > 0 || stats.Count == 0) return result;
        if (stats.Count == 1)
        {
            // One labelled speaker: the label carries the questions only if those blocks are questions.
            foreach (var (name, x) in stats) if (x.Questions * 2 > x.Blocks) result.Add(name);
            return result;
        }

        // Questions set one side apart: its blocks are mostly questions, the others' rarely.
        double best = 0, secondBest = 0;
        foreach (var (_, x) in stats)
        {
            // One question from a one-off speaker says little; so does one question among a speaker's answers where plain
            // paragraphs ask (a closing call, "Want to learn more?", carried under the last answer's label line).
            if (x.Blocks < 2 || (!labelDriven && x.Questions < 2)) continue;
            double r = (double)x.Questions / x.Blocks;
            if (r > best) (secondBest, best) = (best, r);
            else secondBest = Math.Max(secondBest, r);
        }

        int allTurns = 0;
        foreach (var (_, x) in stats) allTurns += x.Turns;

        // A host speaks often and briefly: a fair share of the turns, clearly shorter than everybody else's. Each
        // speaker's longest turn is left out of the means: one turn that runs on (a closing credit, a page's second
        // copy under the last label) does not make its speaker the one who talks at length.
        bool IsTalkHost(string name, (int Questions, int Blocks, int Turns, int Words) x)
        {
            long ownWords = 0, otherWords = 0;
            int ownTurns = 0, otherTurns = 0;
            if (turnWords is null) return false;
            foreach (var (speaker, lengths) in turnWords)
            {
                if (lengths.Count < 2) continue;
                long sum = 0;
                int longest = 0;
                foreach (int n in lengths) (sum, longest) = (sum + n, Math.Max(longest, n));
                if (string.Equals(speaker, name, StringComparison.OrdinalIgnoreCase)) (ownWords, ownTurns) = (sum - longest, lengths.Count - 1);
                else (otherWords, otherTurns) = (otherWords + sum - longest, otherTurns + lengths.Count - 1);
            }

            if (otherTurns == 0 || ownTurns == 0) return false;
            double own = (double)ownWords / ownTurns, others = (double)otherWords / otherTurns;
            return own < 0.75 * others && x.Turns * 100 >= allTurns * 15;
        }

        if (best >= 0.5 || (!labelDriven && best > 0))
        {
            foreach (var (name, x) in stats) if (x.Blocks >= 2 && (double)x.Questions / x.Blocks >= 0.8 * best) result.Add(name);
            if (result.Count < stats.Count)
            {
                // A co-host of a talk transcript asks less but also speaks often and briefly, and does ask.
                if (labelDriven)
                {
                    foreach (var (name, x) in stats)
                    {
                        if (!result.Contains(name) && x.Questions > 0 && (double)x.Questions / x.Blocks >= 0.3 * best && IsTalkHost(name, x)) result.Add(name);
                    }
                }

                if (result.Count < stats.Count) return result;
            }

            result.Clear();
        }

        // Only answers carry labels (the questions are plain paragraphs, or questions set apart and put to several
        // labelled guests in turn): all named speakers answer. But where the labels introduce the two sides once, in an
        // opening exchange ("Tom Berg: Where …?" answered by "Anna Lund: …"), the name that asks is the interviewer's.
        if (!labelDriven || putToLabelled)
        {
            if (OpeningAsker(blocks, labels, isQuestion) is { } asker) result.Add(asker);
            return result;
        }

        // Talk transcripts: hosts speak often, briefly.
        foreach (var (name, x) in stats)
        {
            if (IsTalkHost(name, x)) result.Add(name);
        }

        if (result.Count == 0 || result.Count == stats.Count)
        {
            result.Clear();
            if (first is not null) result.Add(first);
        }

        return result;
    }
}
