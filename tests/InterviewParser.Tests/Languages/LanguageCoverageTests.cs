using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Languages;

/// <summary>A language's file carries the generic words the rules read: address, date labels, UI lines.</summary>
public class LanguageCoverageTests
{
    // A Portuguese interview in plain paragraphs: no labels, no typography, questions that address the guest.
    private const string PortugueseInterview = """
        O porto depois da tempestade

        Publicado em 4 de maio de 2022, 10:15 | Atualizado em 4 de maio de 2022, 10:40

        A engenheira Marta Rocha dirige há dez anos as obras do cais e explica o que muda no próximo verão.

        Como você viu o cais na manhã depois da tempestade?

        Metade das pedras tinha caído na água, e os barcos de pesca não podiam atracar em lugar nenhum durante semanas.

        O que a sua equipa fez primeiro?

        Primeiro retirámos os destroços, depois construímos um pontão provisório para os barcos pequenos, que ficou pronto em abril.

        Quando é que você espera terminar a obra?

        Se o inverno for calmo, no fim do próximo ano, mas tudo depende do dinheiro que o estado ainda tem de aprovar.
        """;

    [Fact]
    public void Questions_that_address_the_guest_in_portuguese_make_an_interview()
    {
        var result = Interviews.Parse(PortugueseInterview, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
    }

    [Theory]
    [InlineData("Como a sra. chegou ao porto?", true)]
    [InlineData("O que o Sr. pensa da nova ponte?", true)]
    [InlineData("¿Cómo ve Ud. el futuro del puerto?", true)]
    [InlineData("Como chegou o barco ao porto?", false)]
    public void The_abbreviated_formal_address_of_portuguese_and_spanish_addresses_the_guest(string question, bool addresses)
    {
        InterviewParser.Turns.SecondPerson.Addresses(question).Should().Be(addresses);
    }

    [Fact]
    public void A_portuguese_updated_label_keeps_the_second_date_out_of_the_published_one()
    {
        var result = Interviews.Parse(PortugueseInterview, new ParseOptions { Format = DocumentFormat.Text });

        result.Published!.Time.Should().Be(new TimeOnly(10, 15));
        result.Updated.Should().NotBeNull();
        result.Updated!.Time.Should().Be(new TimeOnly(10, 40));
    }

    [Theory]
    [InlineData("Leia mais")]
    [InlineData("Compartilhar")]
    [InlineData("Les mer")]
    [InlineData("Tilbake til forsiden")]
    [InlineData("Läs mer")]
    [InlineData("Logga in")]
    [InlineData("Prenumerera")]
    [InlineData("Del artikkelen: Facebook Twitter E-post")]
    [InlineData("Dela artikeln: Facebook E-post")]
    public void Portuguese_norwegian_and_swedish_interface_lines_are_chrome(string line)
    {
        InterviewParser.Chrome.ChromeLexicon.IsChromeLine(line).Should().BeTrue();
    }

    [Fact]
    public void A_short_quoted_title_under_a_menu_row_is_the_headline_of_a_text()
    {
        const string doc = """
            Fiske Natur Väder Kultur Resor

            ”Isen kommer sent”

            Fiskaren Jonas Ek har lagt ut nät på samma sjö i fyrtio år.

            Av Lisa Holm

            Publicerad 3 januari 2024

            Jonas Ek, när frös sjön förr?

            I början av december, nästan varje år. Nu får vi vänta till januari.

            Vad betyder det för dig som fiskar?

            Att vi inte kan gå ut på isen förrän sent, och att säsongen blir kort.

            Är du orolig för framtiden?

            Lite. Men fisken finns kvar, och vi lär oss fiska från båt i stället.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = Model.DocumentFormat.Text });

        result.Headline.Should().Be("”Isen kommer sent”");
    }

    // A Dutch interview in plain paragraphs: the questions address the guest formally ("u"), the standfirst names her
    // after a compound role noun that no role list holds.
    private const string DutchInterview = """
        De haven na de storm

        Havenmeesterassistente Lotte van Dam leidt sinds vorig jaar het herstel van de kade en vertelt wat er deze zomer verandert.

        Hoe zag de kade eruit op de ochtend na de storm?

        De helft van de stenen lag in het water, en de vissersboten konden wekenlang nergens aanleggen.

        Wat heeft uw ploeg als eerste gedaan?

        Eerst hebben we het puin weggehaald, daarna een tijdelijke steiger gebouwd voor de kleine boten, die in april klaar was.

        Wanneer verwacht u klaar te zijn?

        Als de winter rustig blijft, aan het eind van volgend jaar, maar alles hangt af van het geld dat de provincie nog moet goedkeuren.
        """;

    [Fact]
    public void Questions_that_address_the_guest_formally_in_dutch_make_an_interview_with_the_guest_named()
    {
        var result = Interviews.Parse(DutchInterview, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Name.Should().Be("Lotte van Dam");
    }

    [Theory]
    [InlineData("Wanneer verwacht u klaar te zijn?", true)]
    [InlineData("Hoe kijk jij naar de plannen?", true)]
    [InlineData("Wat vindt uw ploeg ervan?", true)]
    [InlineData("Was sagen Kritiker u. a. zur neuen Brücke?", false)]
    [InlineData("Why did the U.S. build the bridge?", false)]
    public void Dutch_address_counts_and_a_letter_before_a_full_stop_is_an_abbreviation(string question, bool addresses)
    {
        InterviewParser.Turns.SecondPerson.Addresses(question).Should().Be(addresses);
    }
}
