using InterviewParser.Languages;
using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>Reads the words in labels that state a speaker's role (HOST, ANCHOR, Interviewer, NARRATOR…) or a title (PRESIDENT).</summary>
internal static class RoleWords
{
    /// <summary>Whether a label names an interviewer role ("JANE ROE, HOST" or "Interviewer").</summary>
    public static bool IsInterviewerWord(string label) => StatedRole(label) == TurnRole.Interviewer;

    /// <summary>The role a label's words state, or <see langword="null"/>.</summary>
    public static TurnRole? StatedRole(string label)
    {
        if (Vocabulary.ProgrammeParts.Contains(label.Trim().TrimEnd('.', ':'))) return TurnRole.Other;
        foreach (var part in label.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = part.Trim('(', ')').TrimEnd('.', ':');
            if (Vocabulary.InterviewerRoles.Contains(w)) return TurnRole.Interviewer;
            if (Vocabulary.OtherRoles.Contains(w)) return TurnRole.Other;
        }

        return null;
    }

    /// <summary>Whether a header field's key names a side of the interview ("INTERVIEWEE", "Interviewer", "HOST").</summary>
    public static bool NamesASide(string key) => Vocabulary.IntervieweeRoles.Contains(key) || StatedRole(key) == TurnRole.Interviewer;

    /// <summary>
    /// Whether a label names a side, not a person: a question or answer label or a role word ("Q", "Frage",
    /// "Interviewer", "Guest"), or a role word after a qualifier ("Radio Host"). A numbered one ("Guest 2") tells
    /// people apart and is not such a label.
    /// </summary>
    public static bool NamesASideOnly(string label)
    {
        if (label.Length == 0 || char.IsAsciiDigit(label[^1])) return false;
        var words = label.Split(' ');
        string first = words[0];
        return IsQuestionOrAnswerLabel(first)
            || Vocabulary.InterviewerRoles.Contains(first) || Vocabulary.IntervieweeRoles.Contains(first)
            || (words.Length == 2 && Vocabulary.InterviewerRoles.Contains(words[1]));
    }

    /// <summary>Whether a word is a question or an answer label of some language ("Q", "Frage", "P", "Respuesta").</summary>
    public static bool IsQuestionOrAnswerLabel(string word) => Vocabulary.QuestionLabels.Contains(word) || Vocabulary.AnswerLabels.Contains(word);

    /// <summary>Whether a word is a title that precedes a name in a label ("PRESIDENTE", "Dr").</summary>
    public static bool IsTitleWord(string word) => Vocabulary.LabelTitles.Contains(word.TrimEnd('.'));
}
