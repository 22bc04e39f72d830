// A small app that parses one saved page with the public API and prints who said what.
using InterviewParser;
using InterviewParser.Model;

string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "sample-interview.html");
byte[] bytes = await File.ReadAllBytesAsync(path);
Interview interview = Interviews.Parse(bytes, new ParseOptions { SourceUrl = "https://example.org/interviews/baker" });

Console.WriteLine($"Headline:  {interview.Headline}");
Console.WriteLine($"Published: {interview.Published?.Utc?.ToString("u") ?? interview.Published?.DateText ?? "unknown"}");
Console.WriteLine($"Interview: {interview.IsInterview}");
foreach (Participant p in interview.Participants)
{
    Console.WriteLine($"  {p.Role,-11} {p.Name}{(p.Title is null ? "" : ", " + p.Title)}");
}

foreach (Turn turn in interview.Turns)
{
    string text = turn.Text.Length > 70 ? turn.Text[..70] + "…" : turn.Text;
    Console.WriteLine($"[{turn.Role}] {turn.Speaker ?? "?"}: {text}");
}
