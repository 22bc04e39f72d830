using System.Text;
using InterviewParser.Blocks;
using InterviewParser.Metadata;
using InterviewParser.Turns;

namespace InterviewParser.Model;

/// <summary>Stage 6: puts the findings of the earlier stages together into the immutable <see cref="Interview"/>.</summary>
internal static class InterviewAssembler
{
    public static Interview Assemble(BlockDocument doc, IReadOnlyList<Block> content, string? headline, PublicationTime? published,
        PublicationTime? updated, IReadOnlyList<string> leadParagraphs, Segmentation seg, List<ParticipantDraft> drafts, List<Diagnostic> diagnostics)
    {
        var participants = new List<Participant>(drafts.Count);
        foreach (var d in drafts)
        {
            participants.Add(new Participant($"p{participants.Count + 1}", d.Name, d.Role, d.Title));
        }

        var interviewers = participants.FindAll(p => p.Role == TurnRole.Interviewer);
        var interviewer = interviewers.Count > 0 ? interviewers[0] : null;
        var intervieweeList = participants.FindAll(p => p.Role == TurnRole.Interviewee);
        var turns = new List<Turn>(seg.Turns.Count);
        foreach (var t in seg.Turns)
        {
            // A turn is speech: a label over nothing but a time ("Break: [25:10]", where a sponsor's break was cut out)
            // marks a pause in the recording, and nobody says anything in it.
            if (t.Paragraphs.TrueForAll(string.IsNullOrWhiteSpace)) continue;
            Participant? who = null;
            if (t.Role == TurnRole.Interviewer)
            {
                // A labelled question belongs to the interviewer that label names (co-hosts); an unlabelled one to the first.
                who = t.Label is { } asker && interviewers.Count > 1 ? Match(interviewers, asker) ?? interviewer : interviewer;
            }
            else if (t.Label is { } label && !RoleWords.NamesASideOnly(label))
            {
                who = Match(intervieweeList, label);
            }
            else if (intervieweeList.Count >= 1 && (t.Label is null || t.Role == TurnRole.Interviewee))
            {
                who = intervieweeList[0];
            }

            // A label that names a side ("Guest:", "Entrevistado:") is no speaker's name: the speaker is the person on
            // that side, where the page names one, else unknown.
            string? speaker = who?.Name ?? (t.Label is { } l && RoleWords.NamesASideOnly(l) ? null : t.Label);
            turns.Add(new Turn(t.Role, speaker, who?.Id, t.Time, string.Join("\n\n", t.Paragraphs)));
        }

        if (!seg.IsInterview)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.NotAnInterview, DiagnosticSeverity.Info,
                $"No interview structure was found ({seg.Evidence})."));
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.IsAnInterview, DiagnosticSeverity.Info, $"Read as an interview ({seg.Evidence})."));
        }

        string lead = string.Join("\n\n", leadParagraphs);

        var body = new StringBuilder();
        foreach (var b in content)
        {
            if (body.Length > 0) body.Append("\n\n");
            body.Append(b.Text);
        }

        string bodyText = body.ToString();
        string? language = LanguageGuesser.PrimaryTag(doc.Language) ?? LanguageGuesser.Guess(bodyText);
        return new Interview
        {
            IsInterview = seg.IsInterview,
            Headline = headline,
            Published = published,
            Updated = updated,
            Lead = lead.Length > 0 ? lead : null,
            Body = bodyText,
            Language = language,
            Participants = seg.IsInterview ? participants : [],
            Turns = turns,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>The participant a label names: the exact name first; a short form only when it fits one person
    /// ("Oda" with Maria Oda and Anna Oda on the page fits neither).</summary>
    private static Participant? Match(List<Participant> people, string label)
    {
        var exact = people.Find(p => p.Name.Equals(label, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        return people.FindAll(p => ParticipantExtractor.SameName(p.Name, label)) is [var single] ? single : null;
    }
}
