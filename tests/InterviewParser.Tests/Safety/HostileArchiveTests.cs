using System.Formats.Tar;
using FluentAssertions;
using InterviewParser.Batch;
using InterviewParser.Batch.Sources;
using Xunit;
using static InterviewParser.Tests.Batch.ArchiveBuilder;

namespace InterviewParser.Tests.Safety;

/// <summary>Archive entries that are not files, and compressed files cut short, are accounted for with a reason.</summary>
public class HostileArchiveTests
{
    [Fact]
    public void Tar_entries_named_like_documents_that_are_links_folders_or_devices_each_get_a_record()
    {
        string path = Path.Combine(TempFolder(), "mixed.tar");
        using (var fs = File.Create(path))
        using (var tar = new TarWriter(fs))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "page.html") { DataStream = new MemoryStream(Utf8(Fixtures.BoldQuestionPage)) });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "soft.html") { LinkName = "page.html" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "hard.html") { LinkName = "page.html" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "folder.html/"));
            tar.WriteEntry(new PaxTarEntry(TarEntryType.CharacterDevice, "device.html"));
            tar.WriteEntry(new PaxTarEntry(TarEntryType.Fifo, "pipe.html"));
            tar.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "plain-folder/"));
        }

        var docs = DocumentSources.Read(path, new BatchOptions()).ToList();

        docs.Should().HaveCount(6);
        docs[0].Content.Should().NotBeNull();
        docs.Skip(1).Should().OnlyContain(d => d.Content == null && d.Reason!.Contains("entry"));
    }

    [Fact]
    public void A_gzip_file_cut_short_is_parsed_with_a_note_and_a_whole_one_without()
    {
        string dir = TempFolder();
        var whole = Gzip(Utf8(Fixtures.BoldQuestionPage + new string(' ', 20_000) + Fixtures.PlainArticle));
        File.WriteAllBytes(Path.Combine(dir, "whole.html.gz"), whole);
        File.WriteAllBytes(Path.Combine(dir, "cut.html.gz"), whole[..(whole.Length / 2)]);

        var docs = DocumentSources.Read(dir, new BatchOptions()).ToDictionary(d => Path.GetFileName(d.Source));

        docs["whole.html.gz"].Note.Should().BeNull();
        docs["cut.html.gz"].Note.Should().Contain("ends early");
        docs["cut.html.gz"].Content.Should().NotBeNull();
    }

    [Fact]
    public void A_zip_inside_a_zip_is_read_through_a_temporary_copy()
    {
        var inner = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(inner, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("page.html").Open())) w.Write(Fixtures.BoldQuestionPage);
        string path = Path.Combine(TempFolder(), "outer.zip");
        using (var outer = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        using (var s = outer.CreateEntry("nested/inner.zip").Open()) s.Write(inner.ToArray());
        int temporaryBefore = Directory.GetFiles(Path.GetTempPath(), "tmp*.tmp").Length;

        var docs = DocumentSources.Read(path, new BatchOptions()).ToList();

        docs.Should().ContainSingle().Which.Source.Should().EndWith("outer.zip!nested/inner.zip!page.html");
        docs[0].Content.Should().NotBeNull();
        Directory.GetFiles(Path.GetTempPath(), "tmp*.tmp").Length.Should().BeLessThanOrEqualTo(temporaryBefore, "the copy is deleted when read");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(900_000)]
    public void A_zip_entry_whose_declared_size_lies_is_read_whole_with_a_note(int declared)
    {
        string page = Fixtures.BoldQuestionPage;
        var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("page.html").Open())) w.Write(page);
        var bytes = ms.ToArray();
        // The true size stands in the local header and in the directory: both are made to lie.
        var truth = BitConverter.GetBytes(Utf8(page).Length);
        for (int k = 0; k + 4 <= bytes.Length; k++)
        {
            if (bytes.AsSpan(k, 4).SequenceEqual(truth)) BitConverter.GetBytes(declared).CopyTo(bytes, k);
        }

        string path = Path.Combine(TempFolder(), "lying.zip");
        File.WriteAllBytes(path, bytes);

        var doc = DocumentSources.Read(path, new BatchOptions()).Single();

        doc.Content.Should().Equal(Utf8(page));
        doc.Note.Should().Contain($"declares {declared} bytes");
    }
}
