using InterviewParser.Languages;
using InterviewParser.Metadata;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>
/// The interviewer's closing thanks set like the answer before it ("Thank you, Jane.", "Vielen Dank für das Gespräch!"):
/// where only question marks or letters set the questions apart, a thanks asks nothing and reads on as the last answer.
/// The last answer's last paragraph is the asking side's when it is short, thanks in the opening words of one of its
/// first sentences, and calls the guest by name (nobody thanks themself by name) or, where nothing labels the answer,
/// thanks for the interview or the conversation.
/// </summary>
internal static class ClosingThanks
{
    /// <summary>The longest closing paragraph read (words): a thanks and a line of farewell, not an answer.</summary>
    private const int MaxWords = 50;

    /// <summary>How many opening words of a sentence are searched for the thanks ("Vielen herzlichen Dank", "Thank you").</summary>
    private const int OpeningWords = 3;

    /// <summary>How many sentences of the paragraph may open with it ("Oh, I agree! Thanks, Jane, …").</summary>
    private const int Sentences = 2;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Thanks = Vocabulary.ThanksWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Interview = Vocabulary.InterviewWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Conversation = Vocabulary.ConversationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Makes the closing thanks a turn of the asking side of its own, where the last answer holds it.</summary>
    /// <param name="seg">The interview's turns.</param>
    /// <param name="people">The participants found, for the guests' names.</param>
    public static void Split(Segmentation seg, IReadOnlyList<ParticipantDraft> people)
    {
        if (!seg.IsInterview || seg.Turns is not [.., { Role: TurnRole.Interviewer }, { Role: TurnRole.Interviewee } last] || last.Paragraphs.Count < 2)
        {
            return;
        }

        // Under a label (the guest's name, an answer's letter) the paragraph goes on with the labelled speech, and the
        // guest's own thanks for the interview is as likely there as the interviewer's: only calling the guest by name
        // tells them apart.
        string closing = last.Paragraphs[^1];
        if (TextUtil.CountWords(closing) > MaxWords || !ThanksAtOpening(closing) || !(CallsAGuest(closing, people) || (last.Label is null && NamesTheInterview(closing))))
        {
            return;
        }

        last.Paragraphs.RemoveAt(last.Paragraphs.Count - 1);
        var thanks = new TurnDraft(TurnRole.Interviewer, null);
        thanks.Paragraphs.Add(closing);
        seg.Turns.Add(thanks);
    }

    /// <summary>
    /// Whether a short line closes an interview with thanks to somebody: it thanks in its opening words and names the
    /// interview or the conversation, or calls a person right after the thanks ("Thank you, Mara.", "Danke, Vreni, für
    /// …", "Thanks Junior!"). A page's "Thanks for reading" thanks nobody by name.
    /// </summary>
    internal static bool IsClosingLine(string text) =>
        TextUtil.CountWords(text) <= MaxWords && ThanksAtOpening(text, out bool calledBefore, out int after)
        && (calledBefore || NamesTheInterview(text) || CallsByName(text.AsSpan(after)));

    /// <summary>Whether one of the first <see cref="Sentences"/> sentences thanks in its first <see cref="OpeningWords"/> words.</summary>
    internal static bool ThanksAtOpening(string text) => ThanksAtOpening(text, out _, out _);

    /// <summary>
    /// As <see cref="ThanksAtOpening(string)"/>, telling whether the thanking sentence opens by calling a name ("Jane Roe,
    /// thank you", "Frau Roe, vielen Dank") and where the text goes on after the thanks word.
    /// </summary>
    private static bool ThanksAtOpening(string text, out bool calledBefore, out int after)
    {
        var rest = text.AsSpan();
        calledBefore = false;
        after = 0;
        for (int s = 0; s < Sentences && !rest.IsEmpty; s++)
        {
            int end = rest.IndexOfAny('.', '!', '?');
            var sentence = end < 0 ? rest : rest[..end];
            // The name called before the thanks ("Frau Roe, vielen Dank") is not among the words counted.
            var counted = WithoutCalledName(sentence);
            int n = 0;
            foreach (var w in TextUtil.Words(counted))
            {
                if (Thanks.Contains(w))
                {
                    text.AsSpan().Overlaps(w, out int at);
                    after = at + w.Length;
                    calledBefore = counted.Length < sentence.Length;
                    return true;
                }

                if (++n == OpeningWords) break;
            }

            if (end < 0) break;
            rest = rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>A sentence without the name it opens by calling (capitalised words, none a thanks, and a comma: "Jane Roe, …").</summary>
    private static ReadOnlySpan<char> WithoutCalledName(ReadOnlySpan<char> sentence)
    {
        int comma = sentence.IndexOf(',');
        if (comma <= 0) return sentence;
        int words = 0;
        foreach (var w in TextUtil.Words(sentence[..comma]))
        {
            if (!char.IsUpper(w[0]) || Thanks.Contains(w) || ++words > MaxWordsBeforeName + 1) return sentence;
        }

        return words > 0 ? sentence[(comma + 1)..] : sentence;
    }

    /// <summary>The most words in small letters between the thanks and the name it calls ("you", "so much").</summary>
    private const int MaxWordsBeforeName = 2;

    /// <summary>
    /// Whether the words after a thanks call somebody by name: a capitalised word right after it ("Thanks Junior"), or
    /// after a comma that may follow a word or two in small letters ("Thank you, Mara", "Danke, Vreni").
    /// </summary>
    private static bool CallsByName(ReadOnlySpan<char> rest)
    {
        int small = 0;
        bool comma = false;
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.IsEmpty) return false;
            if (rest[0] == ',')
            {
                if (comma) return false;
                comma = true;
                rest = rest[1..];
                continue;
            }

            if (!char.IsLetter(rest[0])) return false;
            if (char.IsUpper(rest[0])) return comma || small == 0;
            if (comma || ++small > MaxWordsBeforeName) return false;
            int end = 0;
            while (end < rest.Length && char.IsLetter(rest[end])) end++;
            rest = rest[end..];
        }
    }

    /// <summary>Whether the text calls a guest by a word of their name (given name or surname, as written).</summary>
    private static bool CallsAGuest(string text, IReadOnlyList<ParticipantDraft> people)
    {
        foreach (var p in people)
        {
            if (p.Role != TurnRole.Interviewee) continue;
            foreach (var part in p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length < 2 || !char.IsUpper(part[0])) continue;
                for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
                {
                    if (TextUtil.IsWholeWord(text, i, i + part.Length)) return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word of the text is an interview or conversation word ("for the interview", "für das Gespräch").</summary>
    private static bool NamesTheInterview(string text)
    {
        foreach (var w in TextUtil.Words(text))
        {
            if (Interview.Contains(w) || Conversation.Contains(w)) return true;
        }

        return false;
    }
}
