using System.Text;
using FluentAssertions;
using InterviewParser.Decoding;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Decoding;

/// <summary>UTF-8 that a tool once read as windows-1252 or Latin-1: read back where it is that, left alone where it is not.</summary>
public class MojibakeTests
{
    /// <summary>The text as a tool that read its UTF-8 bytes as windows-1252 writes it out again.</summary>
    private static string Misread(string text)
    {
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return cp1252.GetString(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Accented_letters_and_typographic_quotes_misread_as_windows_1252_are_read_back()
    {
        const string text = "José Núñez said it’s the café’s best year – and the rowing club agrees.";

        Mojibake.Repair(Misread(text)).Should().Be(text);
    }

    [Fact]
    public void Only_the_misread_parts_of_a_half_misread_text_change()
    {
        string text = "Menü · Suche\n" + Misread("Die Fähre über den Fjord fährt wieder, sagt Jürgen Öhler.");

        Mojibake.Repair(text).Should().Be("Menü · Suche\nDie Fähre über den Fjord fährt wieder, sagt Jürgen Öhler.");
    }

    [Theory]
    [InlineData("SÃO PAULO, NÃO, ÃGUA: capitals as Portuguese writes them.")]
    [InlineData("Le café\u00A0» la carte, le thé\u00A0» le menu, le pâté\u00A0» les prix, le rosé\u00A0» le vin")] // "é", a no-break space, "»"
    [InlineData("Die Stra\u00DF\u00ADe, die Ma\u00DF\u00ADnahme, der Gru\u00DF\u00ADtext")] // "ß" before a soft hyphen
    [InlineData("Only one misread word: cafÃ©.")]
    public void Text_that_is_not_misread_utf8_is_left_alone(string text)
    {
        Mojibake.Repair(text).Should().BeNull();
    }

    [Fact]
    public void A_misread_text_file_parses_with_its_letters_back_and_says_so()
    {
        string scrape = Misread("""
            Ferries stop for the winter in Tromsø

            By Åse Ødegård

            The last ferry left the quay of Tromsø on Monday morning, and the crossings stop until March – as every year.

            Captain Bjørn Sæther will spend the winter months repairing the boats on the same quay, as he has done for twenty years.
            """);

        var result = Interviews.Parse(Encoding.UTF8.GetBytes(scrape), new ParseOptions { Format = DocumentFormat.Text });

        result.Body.Should().Contain("Captain Bjørn Sæther").And.Contain("until March – as every year");
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.Mojibake);
    }
}
