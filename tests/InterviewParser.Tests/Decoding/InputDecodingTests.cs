using System.Text;
using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Decoding;

public class InputDecodingTests
{
    [Fact]
    public void Meta_charset_windows_1251_is_honoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string html = "<html><head><meta charset=\"windows-1251\"><title>Интервью</title></head><body><h1>Привет, мир и интервью</h1></body></html>";
        byte[] bytes = Encoding.GetEncoding(1251).GetBytes(html);

        var result = Interviews.Parse(bytes);

        result.Headline.Should().Be("Привет, мир и интервью");
    }

    [Fact]
    public void Utf8_bytes_win_over_a_false_latin1_declaration()
    {
        string html = "<html><head><meta charset=\"ISO-8859-1\"></head><body><h1>Andrés und die Brücke</h1></body></html>";
        var result = Interviews.Parse(Encoding.UTF8.GetBytes(html));

        result.Headline.Should().Be("Andrés und die Brücke");
    }

    [Theory]
    [InlineData("euc-kr", "바다와 등대 이야기")]
    [InlineData("shift_jis", "海と灯台の話")]
    public void Utf8_bytes_win_over_a_false_multibyte_declaration(string declared, string headline)
    {
        // An archive stored the page as UTF-8 and kept its old declaration.
        string html = $"<html><head><meta charset=\"{declared}\"></head><body><h1>{headline}</h1></body></html>";
        var result = Interviews.Parse(Encoding.UTF8.GetBytes(html));

        result.Headline.Should().Be(headline);
    }

    [Theory]
    [InlineData("euc-kr", "바다와 등대 이야기")]
    [InlineData("shift_jis", "海と灯台の話")]
    public void A_true_multibyte_declaration_is_honoured(string declared, string headline)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string html = $"<html><head><meta charset=\"{declared}\"></head><body><h1>{headline}</h1></body></html>";
        var result = Interviews.Parse(Encoding.GetEncoding(declared).GetBytes(html));

        result.Headline.Should().Be(headline);
    }

    [Fact]
    public void Utf8_text_with_a_character_cut_in_the_middle_stays_utf8()
    {
        // A scrape cut one three-byte character in two; the rest of the text is valid UTF-8.
        byte[] head = Encoding.UTF8.GetBytes("港は冬の間ずっと閉まっていました。漁師たちは新しい桟橋を待っています。");
        byte[] tail = Encoding.UTF8.GetBytes("桟橋は来年の夏までに完成する予定です。町の人々も楽しみにしています。");
        byte[] cut = Encoding.UTF8.GetBytes("橋")[..2];
        var result = Interviews.Parse([.. head, .. cut, .. tail], new ParseOptions { Format = DocumentFormat.Text });

        result.Body.Should().Contain("漁師たちは新しい桟橋を待っています。").And.Contain("町の人々も楽しみにしています。");
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.DamagedUtf8);
    }

    [Fact]
    public void Legacy_text_with_many_accented_letters_is_not_taken_for_damaged_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "Der Bürgermeister eröffnete die Brücke über die Förde; die Fähre fährt trotzdem weiter, sagte er.";
        var result = Interviews.Parse(Encoding.GetEncoding(1252).GetBytes(text), new ParseOptions { Format = DocumentFormat.Text });

        result.Body.Should().Contain("Brücke über die Förde");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.DamagedUtf8);
    }

    [Fact]
    public void Utf8_bom_is_stripped_and_text_is_sniffed()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixtures.TextScrape)];
        var result = Interviews.Parse(bytes);

        result.Format.Should().Be(DocumentFormat.Text);
        result.Body.Should().NotStartWith("\uFEFF");
    }

    [Fact]
    public void Binary_junk_with_chance_labels_and_question_marks_is_no_interview()
    {
        // Control bytes throughout, and between them lines that read like labelled questions and answers.
        var bytes = new List<byte>();
        var junk = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            for (int k = 0; k < 30; k++) bytes.Add((byte)junk.Next(1, 9));
            bytes.AddRange(Encoding.ASCII.GetBytes(i % 2 == 0 ? $"\n\nQX: Why did the tide turn so early on day {i}?\n\n"
                : $"\n\nZV: Because the wind came round to the north on night {i}, and the boats stayed in.\n\n"));
        }

        var result = Interviews.Parse(bytes.ToArray(), new ParseOptions { Format = DocumentFormat.Text });

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.BinaryInput);
        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    [Fact]
    public void Empty_input_gives_a_diagnostic_not_an_exception()
    {
        var result = Interviews.Parse(Array.Empty<byte>());

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.EmptyInput);
    }

    [Fact]
    public void Binary_junk_is_reported_and_parsed_without_throwing()
    {
        var random = new Random(42);
        for (int round = 0; round < 50; round++)
        {
            var bytes = new byte[random.Next(0, 5000)];
            random.NextBytes(bytes);
            var act = () => Interviews.Parse(bytes);
            act.Should().NotThrow();
        }

        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        Interviews.Parse(junk).Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.BinaryInput);
    }

    [Fact]
    public void Truncated_html_still_yields_its_text()
    {
        string cut = Fixtures.BoldQuestionPage[..(Fixtures.BoldQuestionPage.IndexOf("Time. People", StringComparison.Ordinal) + 20)];
        var result = Interviews.Parse(cut);

        result.Headline.Should().Be("Baker on bread and patience");
        result.Body.Should().Contain("What is the secret of your sourdough?");
    }

    [Fact]
    public void Oversized_input_is_truncated_with_a_diagnostic()
    {
        string big = "<html><body><p>" + new string('a', 5000) + "</p></body></html>";
        var result = Interviews.Parse(Encoding.UTF8.GetBytes(big), new ParseOptions { MaxInputBytes = 2048 });

        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.Truncated);
    }

    [Fact]
    public async Task Stream_input_parses_like_bytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.BoldQuestionPage));
        var result = await Interviews.ParseAsync(stream);

        result.Headline.Should().Be("Baker on bread and patience");
    }
}
