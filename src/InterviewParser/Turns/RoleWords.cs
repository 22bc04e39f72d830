namespace InterviewParser.Turns;

/// <summary>Words that name the interviewer's role in labels (HOST, ANCHOR, Interviewer, Корреспондент…).</summary>
internal static class RoleWords
{
    private static readonly HashSet<string> Interviewer = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "co-host", "anchor", "moderator", "moderatorin", "interviewer", "interviewerin", "journalist",
        "journalistin", "reporter", "correspondent", "корреспондент", "журналист", "ведущий", "ведущая",
        "entrevistador", "entrevistadora", "periodista", "intervieweur", "animateur", "présentateur",
    };

    /// <summary>Whether a label names an interviewer role ("STEVE INSKEEP, HOST" or "Interviewer").</summary>
    public static bool IsInterviewerWord(string label)
    {
        foreach (var part in label.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Interviewer.Contains(part.TrimEnd('.', ':'))) return true;
        }

        return false;
    }
}
