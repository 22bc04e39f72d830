using FluentAssertions;
using InterviewParser.Blocks;
using Xunit;

namespace InterviewParser.Tests.Blocks;

/// <summary>Links to one author's page name the author; the list of all authors, hosts and query strings do not count.</summary>
public class AuthorAddressTests
{
    [Theory]
    [InlineData("https://example.org/author/jane-roe/", true)]
    [InlineData("/autoren/jane-roe", true)]
    [InlineData("//news.example.org/Author/jane-roe?ref=byline", true)]
    [InlineData("https://example.org/author/", false)] // the list of all authors
    [InlineData("https://author.example.org/jane-roe/", false)] // a host, not a path segment
    [InlineData("https://example.org/authorship-guide/", false)]
    [InlineData("https://example.org/page#author/jane", false)]
    [InlineData("https://example.org/?author=12", false)]
    [InlineData("/author/ \"All our writers\"", false)] // a Markdown link's title is not part of the address
    public void An_author_page_address_has_an_author_segment_with_the_authors_part_after_it(string address, bool expected)
    {
        AuthorAddress.Matches(address).Should().Be(expected);
    }
}
