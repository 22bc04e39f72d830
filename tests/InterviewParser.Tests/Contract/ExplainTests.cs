using System.Diagnostics;
using FluentAssertions;
using InterviewParser.Serialization;
using Xunit;

namespace InterviewParser.Tests.Contract;

/// <summary>The explain page shows the blocks as the parser read them, the chrome struck out with a reason, and the turns by role.</summary>
public class ExplainTests
{
    private static string Page() => InterviewExplain.ToHtml(System.Text.Encoding.UTF8.GetBytes(Fixtures.BoldQuestionPage));

    [Fact]
    public void The_page_marks_chrome_with_its_reason_the_headline_and_each_turn_by_role()
    {
        string html = Page();

        html.Should().Contain("class=\"b chrome\">Follow us<span class=\"why\">inside navigation");
        html.Should().Contain("class=\"b headline\">Baker on bread and patience");
        html.Should().Contain("<div class=\"turn interviewer\">").And.Contain("<div class=\"turn interviewee\">");
        html.Should().Contain("An interview</b>: Read as an interview");
        html.Should().NotContain("<script").And.NotContain("src=").And.NotContain("href=\"http");
    }

    [SkippableFact]
    public void The_page_renders_in_headless_chromium()
    {
        Skip.IfNot(File.Exists("/usr/bin/chromium"), "Debian's chromium is not installed (.ci/run installs it)");
        string dir = Scratch.Folder("explain-");
        string page = Path.Combine(dir, "page.html"), shot = Path.Combine(dir, "page.png");
        File.WriteAllText(page, Page());
        var start = new ProcessStartInfo("/usr/bin/chromium")
        {
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(dir, "profile")}", "--window-size=1000,1200",
                $"--screenshot={shot}", "--dump-dom", new Uri(page).AbsoluteUri,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var chromium = Process.Start(start)!;
        string dom = chromium.StandardOutput.ReadToEnd();
        chromium.WaitForExit(25_000).Should().BeTrue();

        dom.Should().Contain("turn interviewee").And.Contain("Baker on bread and patience");
        new FileInfo(shot).Length.Should().BeGreaterThan(10_000, "a screenshot of the rendered page was written");
    }
}
