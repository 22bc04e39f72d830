using InterviewParser.Model;

namespace InterviewParser.Turns;

/// <summary>Words in labels that state a speaker's role (HOST, ANCHOR, Interviewer, NARRATOR…) or a title (PRESIDENT).</summary>
internal static class RoleWords
{
    private static readonly HashSet<string> Interviewer = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "co-host", "anchor", "moderator", "moderatorin", "interviewer", "interviewerin", "journalist",
        "journalistin", "reporter", "correspondent", "корреспондент", "журналист", "ведущий", "ведущая",
        "entrevistador", "entrevistadora", "periodista", "intervieweur", "animateur", "présentateur", "interlocutor",
        "interlocutora", "moderador", "moderadora",
    };

    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "unidentified", "narrator", "announcer", "voice", "crowd", "audience", "caller", "sprecher", "erzähler",
        "narrador", "narradora", "locutor", "locutora", "диктор",
    };

    // Programme parts that podcast and broadcast transcripts label like speakers ("Break: [00:23:41]"); only a
    // label that is this one word ("Ad Reinhardt" is a person).
    private static readonly HashSet<string> Segments = new(StringComparer.OrdinalIgnoreCase)
    {
        "break", "sponsor", "ad", "ads", "advertisement", "commercial", "music", "intro", "outro", "jingle", "promo",
        "werbung", "musik", "pause", "pausa", "publicidad", "música", "musique", "publicité", "реклама", "музыка",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "presidente", "presidenta", "präsident", "präsidentin", "président", "présidente", "президент",
        "secretary", "secretario", "secretaria", "minister", "ministro", "ministra", "министр", "senator", "senador",
        "senadora", "governor", "gobernador", "gobernadora", "mayor", "alcalde", "alcaldesa", "gen", "general",
        "dr", "prof", "rep", "sen", "gov", "judge", "juez", "jueza", "canciller", "chancellor", "premier",
    };

    /// <summary>Whether a label names an interviewer role ("STEVE INSKEEP, HOST" or "Interviewer").</summary>
    public static bool IsInterviewerWord(string label) => StatedRole(label) == TurnRole.Interviewer;

    /// <summary>The role a label's words state, or <see langword="null"/>.</summary>
    public static TurnRole? StatedRole(string label)
    {
        if (Segments.Contains(label.Trim().TrimEnd('.', ':'))) return TurnRole.Other;
        foreach (var part in label.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = part.TrimEnd('.', ':');
            if (Interviewer.Contains(w)) return TurnRole.Interviewer;
            if (Other.Contains(w)) return TurnRole.Other;
        }

        return null;
    }

    /// <summary>Whether a word is a title that precedes a name in a label ("PRESIDENTE", "Dr").</summary>
    public static bool IsTitleWord(string word) => Titles.Contains(word.TrimEnd('.'));
}
