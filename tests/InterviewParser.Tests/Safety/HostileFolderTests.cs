using System.Diagnostics;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using Xunit;
using static InterviewParser.Tests.Batch.ArchiveBuilder;

namespace InterviewParser.Tests.Safety;

/// <summary>Folders with link loops, pipes and devices: each file is read once, nothing blocks, everything is accounted for.</summary>
public class HostileFolderTests
{
    private static List<BatchDocument> Read(string folder) => DocumentSources.Read(folder, new BatchOptions()).ToList();

    [SkippableFact]
    public void Two_link_loops_are_each_reported_once_and_every_file_is_read_once()
    {
        Skip.If(OperatingSystem.IsWindows(), "folder links need privileges on Windows");
        string dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "a", "b"));
        File.WriteAllText(Path.Combine(dir, "top.html"), Fixtures.BoldQuestionPage);
        File.WriteAllText(Path.Combine(dir, "a", "b", "deep.html"), Fixtures.BoldQuestionPage);
        Directory.CreateSymbolicLink(Path.Combine(dir, "a", "b", "back-to-top"), dir);
        Directory.CreateSymbolicLink(Path.Combine(dir, "a", "back-to-a"), Path.Combine(dir, "a"));

        var docs = Read(dir);

        docs.Where(d => d.Content is not null).Select(d => Path.GetFileName(d.Source)).Should().Equal("deep.html", "top.html");
        docs.Where(d => d.Reason is not null).Should().HaveCount(2).And.OnlyContain(d => d.Reason!.Contains("already read"));
    }

    [SkippableFact]
    public void A_named_pipe_and_a_link_to_a_device_are_reported_without_being_opened()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in folders are a Unix matter");
        string dir = TempFolder();
        File.WriteAllText(Path.Combine(dir, "page.html"), Fixtures.BoldQuestionPage);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(dir, "pipe.html"))) mkfifo.WaitForExit();
        File.CreateSymbolicLink(Path.Combine(dir, "device.html"), "/dev/zero");

        var docs = Read(dir);

        docs.Should().HaveCount(3);
        docs.Single(d => d.Source.EndsWith("page.html", StringComparison.Ordinal)).Content.Should().NotBeNull();
        docs.Where(d => !d.Source.EndsWith("page.html", StringComparison.Ordinal)).Should().OnlyContain(d => d.Reason!.Contains("not opened"));
    }

    [Fact]
    public void Files_come_in_full_path_order_with_a_folder_after_a_file_of_the_same_stem()
    {
        string dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "a"));
        File.WriteAllText(Path.Combine(dir, "a", "x.html"), Fixtures.BoldQuestionPage);
        File.WriteAllText(Path.Combine(dir, "a.html"), Fixtures.BoldQuestionPage);
        File.WriteAllText(Path.Combine(dir, "b.html"), Fixtures.BoldQuestionPage);

        var docs = Read(dir);

        docs.Select(d => Path.GetRelativePath(dir, d.Source).Replace('\\', '/')).Should().Equal("a.html", "a/x.html", "b.html");
    }

    [Fact]
    public void The_walk_is_lazy_the_first_file_comes_before_the_tree_is_listed()
    {
        string dir = TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.html"), Fixtures.BoldQuestionPage);
        string later = Path.Combine(dir, "z");
        Directory.CreateDirectory(later);

        using var docs = DocumentSources.Read(dir, new BatchOptions()).GetEnumerator();
        docs.MoveNext().Should().BeTrue();
        File.WriteAllText(Path.Combine(later, "added-after-the-first.html"), Fixtures.BoldQuestionPage);
        var rest = new List<string>();
        while (docs.MoveNext()) rest.Add(Path.GetFileName(docs.Current.Source));

        rest.Should().Equal("added-after-the-first.html");
    }
}
