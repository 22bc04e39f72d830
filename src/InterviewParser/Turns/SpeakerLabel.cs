using InterviewParser.Blocks;
using InterviewParser.Metadata;

namespace InterviewParser.Turns;

/// <summary>What a paragraph's opening label says about its speaker.</summary>
internal enum LabelKind
{
    None,
    /// <summary>A question label: Q, Question, Frage, Pregunta, Вопрос, Interviewer…</summary>
    Question,
    /// <summary>An answer label: A, Answer, Antwort, Respuesta, Ответ…</summary>
    Answer,
    /// <summary>A speaker's name or an outlet's name.</summary>
    Name,
}

/// <summary>A label found at the start of a paragraph ("Q:", "Frage 2:", "Rutger Bregman:", bold "Smith").</summary>
/// <param name="Kind">What kind of label it is.</param>
/// <param name="Name">The label text without the colon.</param>
/// <param name="Rest">The paragraph text after the label.</param>
internal readonly record struct SpeakerLabel(LabelKind Kind, string Name, string Rest)
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "q", "question", "frage", "pregunta", "вопрос", "interviewer", "interviewerin", "p", "f", "journalist",
        "корреспондент", "reporter", "host", "moderator", "moderatorin", "int",
    };

    private static readonly HashSet<string> AnswerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "answer", "antwort", "respuesta", "ответ", "réponse", "r", "interviewee", "guest", "gast",
    };

    /// <summary>Reads a label from the start of a block, or returns <see langword="null"/>.</summary>
    public static SpeakerLabel? Read(Block block)
    {
        string text = block.Text;
        // HTML: a bold run ending in a colon, or a bold run followed by a colon.
        if (block.BoldPrefix is { Length: > 0 and <= 60 } bold)
        {
            string name = bold.TrimEnd().TrimEnd(':', '.').Trim();
            int colon = text.IndexOf(':', Math.Max(0, bold.Length - 2));
            bool colonNear = colon >= 0 && colon <= bold.Length + 2;
            if (colonNear && name.Length > 0 && TextUtil.CountWords(name) <= 5)
            {
                string rest = text[(colon + 1)..].Trim();
                return rest.Length == 0 ? null : new SpeakerLabel(Classify(name), name, rest);
            }
        }

        return ReadPlain(text);
    }

    /// <summary>Reads a plain-text label ("Q:", "Ritchie:", "Frage 1:"), strict about its shape.</summary>
    public static SpeakerLabel? ReadPlain(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon > 40 || colon + 1 >= text.Length)
        {
            return null;
        }

        // "Q." / "A." style labels.
        string name = text[..colon].Trim();
        if (name.Length == 0 || (colon + 1 < text.Length && char.IsAsciiDigit(text[colon + 1])))
        {
            return null; // "10:30 …" is a time, not a label
        }

        string rest = text[(colon + 1)..].Trim();
        if (rest.Length == 0)
        {
            return null;
        }

        var kind = Classify(name);
        if (kind != LabelKind.Name)
        {
            return new SpeakerLabel(kind, name, rest);
        }

        // A name label: 1–4 name words, or an ALL-CAPS label, or initials.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4) return null;
        foreach (var w in words)
        {
            if (!NameShapes.IsNameWord(w) && !NameShapes.IsHonorific(w) && !(w.Length > 1 && TextUtil.CountUpper(w) == w.Length))
            {
                return null;
            }
        }

        return new SpeakerLabel(LabelKind.Name, name, rest);
    }

    private static LabelKind Classify(string name)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (first.Length == 0) return LabelKind.None;
        string w = first[0].TrimEnd('.');
        bool numbered = first.Length == 1 || (first.Length == 2 && first[1].TrimEnd('.').All(char.IsAsciiDigit));
        if (numbered && QuestionWords.Contains(w)) return LabelKind.Question;
        if (numbered && AnswerWords.Contains(w)) return LabelKind.Answer;
        return LabelKind.Name;
    }
}
