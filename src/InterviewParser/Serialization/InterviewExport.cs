using System.Globalization;
using System.Text;
using System.Xml;
using InterviewParser.Model;

namespace InterviewParser.Serialization;

/// <summary>
/// Writes an <see cref="Interview"/> for people and other tools: Markdown, plain text, TEI XML with the spoken-text
/// module, and WebVTT or SubRip captions for interviews whose turns carry media times.
/// </summary>
public static class InterviewExport
{
    /// <summary>How long the last cue of a caption file lasts when nothing follows it.</summary>
    private static readonly TimeSpan LastCue = TimeSpan.FromSeconds(5);

    /// <summary>Markdown: the headline as a title, the publication date and lead, then each turn as <c>**Speaker:** text</c>.</summary>
    /// <param name="interview">The interview.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var sb = new StringBuilder();
        if (interview.Headline is { } headline) sb.Append("# ").Append(headline).Append("\n\n");
        if (interview.Published is { } published) sb.Append('*').Append(published.DateText).Append("*\n\n");
        if (interview.Lead is { } lead) sb.Append("> ").Append(lead.Replace("\n\n", "\n>\n> ", StringComparison.Ordinal)).Append("\n\n");
        foreach (var turn in interview.Turns)
        {
            sb.Append("**").Append(Name(turn)).Append(":** ");
            if (turn.Time is { } time) sb.Append('[').Append(InterviewJson.MediaTimeText(time)).Append("] ");
            sb.Append(turn.Text).Append("\n\n");
        }

        if (interview.Turns.Count == 0) sb.Append(interview.Body).Append('\n');
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Plain text: the headline, the lead, then each turn as <c>Speaker: text</c> (or the body of a page that is no interview).</summary>
    /// <param name="interview">The interview.</param>
    /// <returns>The text.</returns>
    public static string ToText(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var sb = new StringBuilder();
        if (interview.Headline is { } headline) sb.Append(headline).Append("\n\n");
        if (interview.Lead is { } lead) sb.Append(lead).Append("\n\n");
        foreach (var turn in interview.Turns) sb.Append(Name(turn)).Append(": ").Append(turn.Text).Append("\n\n");
        if (interview.Turns.Count == 0) sb.Append(interview.Body);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// TEI P5 XML with the spoken-text module: the people in the header's <c>listPerson</c>, each turn an utterance
    /// <c>&lt;u who="#p1"&gt;</c>, and, when turns carry media times, a <c>timeline</c> the utterances start at.
    /// </summary>
    /// <param name="interview">The interview.</param>
    /// <returns>The XML text.</returns>
    public static string ToTei(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        const string tei = "http://www.tei-c.org/ns/1.0";
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartElement("TEI", tei);
            w.WriteStartElement("teiHeader", tei);
            w.WriteStartElement("fileDesc", tei);
            w.WriteStartElement("titleStmt", tei);
            w.WriteElementString("title", tei, interview.Headline ?? string.Empty);
            w.WriteEndElement();
            w.WriteStartElement("publicationStmt", tei);
            if (interview.Published is { } published)
            {
                w.WriteStartElement("date", tei);
                w.WriteAttributeString("when", published.DateText);
                w.WriteString(published.Text);
                w.WriteEndElement();
            }
            else
            {
                w.WriteElementString("p", tei, "Unpublished or undated.");
            }

            w.WriteEndElement();
            w.WriteStartElement("sourceDesc", tei);
            w.WriteStartElement("p", tei);
            if (interview.SourceUrl is { } url)
            {
                w.WriteStartElement("ref", tei);
                w.WriteAttributeString("target", url);
                w.WriteString(url);
                w.WriteEndElement();
            }
            else
            {
                w.WriteString("Parsed by InterviewParser.");
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement(); // fileDesc
            w.WriteStartElement("profileDesc", tei);
            if (interview.Language is { } language)
            {
                w.WriteStartElement("langUsage", tei);
                w.WriteStartElement("language", tei);
                w.WriteAttributeString("ident", language);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteStartElement("particDesc", tei);
            w.WriteStartElement("listPerson", tei);
            foreach (var p in interview.Participants)
            {
                w.WriteStartElement("person", tei);
                w.WriteAttributeString("xml", "id", null, p.Id);
                w.WriteAttributeString("role", InterviewJson.RoleName(p.Role));
                w.WriteElementString("persName", tei, p.Name);
                if (p.Title is { } title) w.WriteElementString("occupation", tei, title);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement(); // profileDesc
            w.WriteEndElement(); // teiHeader

            w.WriteStartElement("text", tei);
            w.WriteStartElement("body", tei);
            bool timed = HasTimes(interview);
            if (timed)
            {
                // The turns' media times as points on one timeline, in seconds from its origin.
                w.WriteStartElement("timeline", tei);
                w.WriteAttributeString("unit", "s");
                w.WriteAttributeString("origin", "#T0");
                w.WriteStartElement("when", tei);
                w.WriteAttributeString("xml", "id", null, "T0");
                w.WriteEndElement();
                for (int i = 0; i < interview.Turns.Count; i++)
                {
                    if (interview.Turns[i].Time is not { } time) continue;
                    w.WriteStartElement("when", tei);
                    w.WriteAttributeString("xml", "id", null, $"T{i + 1}");
                    w.WriteAttributeString("interval", ((long)time.TotalSeconds).ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("since", "#T0");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteStartElement("div", tei);
            w.WriteAttributeString("type", interview.IsInterview ? "interview" : "text");
            if (interview.Lead is { } lead)
            {
                w.WriteStartElement("p", tei);
                w.WriteAttributeString("type", "lead");
                w.WriteString(lead);
                w.WriteEndElement();
            }

            for (int i = 0; i < interview.Turns.Count; i++)
            {
                var turn = interview.Turns[i];
                w.WriteStartElement("u", tei);
                if (turn.SpeakerId is { } id) w.WriteAttributeString("who", "#" + id);
                w.WriteAttributeString("ana", "#" + InterviewJson.RoleName(turn.Role));
                if (timed && turn.Time is not null) w.WriteAttributeString("start", $"#T{i + 1}");
                var paragraphs = turn.Text.Split("\n\n");
                for (int k = 0; k < paragraphs.Length; k++)
                {
                    if (k > 0) w.WriteElementString("lb", tei, null);
                    w.WriteString(paragraphs[k]);
                }

                w.WriteEndElement();
            }

            if (interview.Turns.Count == 0)
            {
                foreach (var paragraph in interview.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)) w.WriteElementString("p", tei, paragraph);
            }

            w.WriteEndElement(); // div
            w.WriteEndElement(); // body
            w.WriteEndElement(); // text
            w.WriteEndElement(); // TEI
        }

        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>Whether any turn carries a media time (captions and timestamped transcripts do).</summary>
    /// <param name="interview">The interview.</param>
    /// <returns>Whether WebVTT or SubRip can be written.</returns>
    public static bool HasTimes(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        foreach (var t in interview.Turns) if (t.Time is not null) return true;
        return false;
    }

    /// <summary>WebVTT: one cue per timed turn, from its time to the next turn's, with a voice tag for the speaker.</summary>
    /// <param name="interview">An interview whose turns carry media times (<see cref="HasTimes"/>).</param>
    /// <returns>The WebVTT text.</returns>
    /// <exception cref="InvalidOperationException">No turn carries a media time.</exception>
    public static string ToWebVtt(Interview interview) => Captions(interview, vtt: true);

    /// <summary>SubRip: one numbered cue per timed turn, the speaker's name before the text.</summary>
    /// <param name="interview">An interview whose turns carry media times (<see cref="HasTimes"/>).</param>
    /// <returns>The SubRip text.</returns>
    /// <exception cref="InvalidOperationException">No turn carries a media time.</exception>
    public static string ToSrt(Interview interview) => Captions(interview, vtt: false);

    private static string Captions(Interview interview, bool vtt)
    {
        if (!HasTimes(interview)) throw new InvalidOperationException("No turn carries a media time; captions need times.");
        var sb = new StringBuilder(vtt ? "WEBVTT\n\n" : string.Empty);
        var timed = interview.Turns.Where(t => t.Time is not null).ToList();
        for (int i = 0; i < timed.Count; i++)
        {
            var start = timed[i].Time!.Value;
            var end = i + 1 < timed.Count && timed[i + 1].Time!.Value > start ? timed[i + 1].Time!.Value : start + LastCue;
            if (!vtt) sb.Append(i + 1).Append('\n');
            sb.Append(CueTime(start, vtt)).Append(" --> ").Append(CueTime(end, vtt)).Append('\n');
            string text = timed[i].Text.Replace("\n\n", "\n", StringComparison.Ordinal);
            if (vtt) sb.Append("<v ").Append(Name(timed[i]).Replace(">", "", StringComparison.Ordinal)).Append('>').Append(Escape(text));
            else sb.Append(Name(timed[i])).Append(": ").Append(text);
            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Name(Turn turn) => turn.Speaker ?? turn.Role switch
    {
        TurnRole.Interviewer => "Interviewer",
        TurnRole.Interviewee => "Interviewee",
        _ => "Speaker",
    };

    private static string CueTime(TimeSpan t, bool vtt) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}{(vtt ? '.' : ',')}{t.Milliseconds:000}");
}
