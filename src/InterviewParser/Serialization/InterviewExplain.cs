using System.Net;
using System.Text;
using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Model;

namespace InterviewParser.Serialization;

/// <summary>
/// A self-contained HTML page that shows how the parser read a document: every block as it saw it, the chrome struck
/// out with the reason, headline, dates and lead marked, the turns coloured by role with their speakers, and the
/// interview decision with the cues that drove it. No scripts, no external resources.
/// </summary>
public static class InterviewExplain
{
    /// <summary>Parses the document and writes the explanation page.</summary>
    /// <param name="content">The raw bytes of the document.</param>
    /// <param name="options">The parse options, or the defaults.</param>
    /// <returns>The HTML page.</returns>
    public static string ToHtml(ReadOnlySpan<byte> content, ParseOptions? options = null)
    {
        var trace = new ParseTrace();
        var interview = InterviewPipeline.Default.Parse(content, options ?? ParseOptions.Default, trace);
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>explain: ").Append(E(interview.Headline ?? "(no headline)")).Append("</title><style>")
          .Append("body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
          .Append("h1{font-size:1.5rem}.meta{color:#555}.decision{padding:.5rem .8rem;border-radius:6px;background:#eef}")
          .Append(".b{margin:.2rem 0;padding:.2rem .5rem;border-left:4px solid #ccc}.chrome{color:#999;text-decoration:line-through;border-color:#eee}")
          .Append(".why{font-size:.75rem;color:#b55;text-decoration:none;display:inline-block;margin-left:.5rem}")
          .Append(".headline{border-color:#333;font-weight:bold}.lead{border-color:#7a7;font-style:italic}")
          .Append(".turn{margin:.4rem 0;padding:.4rem .6rem;border-radius:6px}.interviewer{background:#e6f0ff}.interviewee{background:#fff3e0}.other{background:#f2f2f2}")
          .Append(".who{font-weight:bold;margin-right:.4rem}.legend span{margin-right:1rem}</style></head><body>");
        sb.Append("<h1>").Append(E(interview.Headline ?? "(no headline)")).Append("</h1>");
        sb.Append("<p class=\"meta\">Published: ").Append(E(interview.Published?.Local?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture) ?? interview.Published?.DateText ?? "unknown"))
          .Append(" · Updated: ").Append(E(interview.Updated?.DateText ?? "—")).Append(" · Language: ").Append(E(interview.Language ?? "—"))
          .Append(" · Format: ").Append(E(interview.Format.ToString())).Append("</p>");
        var decision = interview.Diagnostics.FirstOrDefault(d => d.Id is DiagnosticIds.IsAnInterview or DiagnosticIds.NotAnInterview);
        sb.Append("<p class=\"decision\"><b>").Append(interview.IsInterview ? "An interview" : "Not an interview").Append("</b>");
        if (decision is not null) sb.Append(": ").Append(E(decision.Message));
        sb.Append("</p>");
        if (interview.Participants.Count > 0)
        {
            sb.Append("<h2>People</h2><ul>");
            foreach (var p in interview.Participants)
            {
                sb.Append("<li>").Append(E(p.Name)).Append(" — ").Append(InterviewJson.RoleName(p.Role));
                if (p.Title is { } title) sb.Append(", ").Append(E(title));
                sb.Append("</li>");
            }

            sb.Append("</ul>");
        }

        if (interview.Turns.Count > 0)
        {
            sb.Append("<h2>Turns</h2><p class=\"legend\"><span class=\"turn interviewer\">interviewer</span><span class=\"turn interviewee\">interviewee</span><span class=\"turn other\">other</span></p>");
            foreach (var t in interview.Turns)
            {
                string role = InterviewJson.RoleName(t.Role);
                sb.Append("<div class=\"turn ").Append(role).Append("\"><span class=\"who\">").Append(E(t.Speaker ?? role)).Append("</span>");
                if (t.Time is { } time) sb.Append("<code>").Append(InterviewJson.MediaTimeText(time)).Append("</code> ");
                sb.Append(E(t.Text).Replace("\n\n", "<br><br>", StringComparison.Ordinal)).Append("</div>");
            }
        }

        sb.Append("<h2>Blocks as the parser saw them</h2>");
        string? lead = interview.Lead;
        for (int i = 0; i < trace.Blocks.Count; i++)
        {
            var b = trace.Blocks[i];
            bool kept = trace.Content.Contains(b);
            string css = i == trace.HeadlineIndex ? "headline" : lead is not null && lead.Contains(b.Text, StringComparison.Ordinal) ? "lead" : kept ? "" : "chrome";
            sb.Append("<div class=\"b ").Append(css).Append("\">").Append(E(b.Text));
            if (css == "chrome") sb.Append("<span class=\"why\">").Append(E(Reason(b))).Append("</span>");
            else if (css is "headline" or "lead") sb.Append("<span class=\"why\" style=\"color:#575\">").Append(css).Append("</span>");
            sb.Append("</div>");
        }

        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>Why a block is not content, as far as its own evidence tells.</summary>
    private static string Reason(Block b) =>
        b.InChromeElement ? "inside navigation, header, footer, aside or form"
        : b.Kind == BlockKind.Caption ? "a caption"
        : ChromeLexicon.IsChromeLine(b.Text) ? "UI phrase or chrome pattern (credit, call to action, reading time…)"
        : b.LinkDensity > 0.5 ? "mostly links"
        : "outside the main content";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
