using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

/// <summary>A text without a declared language is given one by its script or its frequent function words.</summary>
public class LanguageGuessTests
{
    private static string? LanguageOf(string text) => Interviews.Parse(text, new ParseOptions { Format = DocumentFormat.Text }).Language;

    [Theory]
    [InlineData("pt", "O porto da cidade não abriu no inverno. Os pescadores esperam que a nova ponte fique pronta em um ano, e a câmara diz que é possível com mais dinheiro do estado.")]
    [InlineData("es", "El puerto de la ciudad no abrió en invierno. Los pescadores esperan que el nuevo muelle esté listo en un año, y el ayuntamiento dice que es posible con una ayuda del estado.")]
    [InlineData("it", "Il porto della città non è stato aperto in inverno. I pescatori sperano che il nuovo molo sia pronto per l'estate, e il comune dice che anche questo non è impossibile.")]
    public void Neighbouring_languages_are_told_apart_by_their_function_words(string expected, string text)
    {
        LanguageOf(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("ko", "항구는 겨울 동안 문을 닫았습니다. 어부들은 새 부두가 내년 여름까지 완성되기를 기다리고 있습니다.")]
    [InlineData("ja", "港は冬の間ずっと閉まっていました。漁師たちは新しい桟橋が来年の夏までに完成するのを待っています。")]
    [InlineData("zh", "港口整个冬天都关闭了。渔民们正在等待新码头在明年夏天之前建成。")]
    [InlineData("el", "Το λιμάνι έμεινε κλειστό όλο τον χειμώνα. Οι ψαράδες περιμένουν τη νέα προβλήτα μέχρι το καλοκαίρι.")]
    public void A_script_that_one_language_writes_names_the_language(string expected, string text)
    {
        LanguageOf(text).Should().Be(expected);
    }

    [Fact]
    public void A_few_words_in_another_script_do_not_change_the_language_of_the_text()
    {
        const string text = "The harbour stayed closed all winter. The fishermen, who call the new pier 부두 in their own " +
            "language, expect it to be ready by the summer, and the council says that it will pay for the rest of the work.";

        LanguageOf(text).Should().Be("en");
    }
}
