using FluentAssertions;
using InterviewParser.Metadata;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class TitleFinderTests
{
    [Theory]
    [InlineData("We met Anna Lund, chief engineer of the harbour authority, on the pier.", "Anna Lund", "chief engineer of the harbour authority")]
    [InlineData("Marek Novak, a ferry captain working out of Split, told us about the islands.", "Marek Novak", "ferry captain")]
    [InlineData("Jonas Berg ist Professor für Meereskunde in Kiel.", "Jonas Berg", "Professor für Meereskunde")]
    [InlineData("Ein Gespräch mit Schriftstellerin Lea Roth über das Meer.", "Lea Roth", "Schriftstellerin")]
    [InlineData("Under the new brand, Fährhafen-CEO Karl Stein wants to sell tickets online.", "Karl Stein", "Fährhafen-CEO")]
    [InlineData("It all changed thanks to producer Dana Wolf.", "Dana Wolf", "producer")]
    [InlineData("Hablamos con la escritora Inés Mora, autora de tres novelas.", "Inés Mora", "autora de tres novelas")]
    [InlineData("Die Bloggerin Lea Roth ist ein alter Hase im Netz.", "Lea Roth", "Bloggerin")]
    [InlineData("Wir haben mit Kapitänin Lea Roth gesprochen.", "Lea Roth", "Kapitänin")]
    [InlineData("Das sagt die schwedische Meeresbiologin und Autorin Anna Lund.", "Anna Lund", "schwedische Meeresbiologin und Autorin")]
    [InlineData("With three boats, veteran skipper Anna Lund crossed the bay.", "Anna Lund", "skipper")]
    [InlineData("Anna Lund CTO Fährhafen", "Anna Lund", "CTO Fährhafen")]
    [InlineData("Anna Lund (34), Kapitänin der Inselfähre, erzählt vom Winter.", "Anna Lund", "Kapitänin der Inselfähre")]
    [InlineData("Anna Lund, 34, skipper of the island ferry, told us about the winter.", "Anna Lund", "skipper of the island ferry")]
    [InlineData("Anna Lund – Kapitänin", "Anna Lund", "Kapitänin")]
    [InlineData("We met Anna Lund (director of Harbour Lines) on the pier.", "Anna Lund", "director of Harbour Lines")]
    [InlineData("Генеральный директор Института морских перевозок Анна Лунд ответила на вопросы.", "Анна Лунд", "Генеральный директор Института морских перевозок")]
    [InlineData("Chief economist of the Harbour Bank Anna Lund said the ferries would stay.", "Anna Lund", "Chief economist of the Harbour Bank")]
    [InlineData("Fischerin seit vierzig Jahren, Anna Lund erzählt vom Winter.", "Anna Lund", "Fischerin")] // a title opening the sentence ends before its span of time
    [InlineData("Capitana desde hace veinte años, Ana Luna recuerda el invierno.", "Ana Luna", "Capitana")]
    [InlineData("Agronome et maraîchère, Anne Roux défend une autre agriculture.", "Anne Roux", "Agronome et maraîchère")]
    [InlineData("Director of the harbour for ten years, Anna Lund knows every pier.", "Anna Lund", "Director of the harbour")]
    [InlineData("Director of an island school, Anna Lund knows every pupil.", "Anna Lund", "Director of an island school")] // "an" measures no time in English
    [InlineData("Anna Lund CTO Fährhafen Anna Lund CTO Fährhafen", "Anna Lund", "CTO Fährhafen")]
    [InlineData("Das erklärt der Hafen-Experte Jonas Berg im Gespräch.", "Jonas Berg", "Hafen-Experte")]
    [InlineData("Das fordert die Fähren-Vorsitzende Anna Lund seit Jahren.", "Anna Lund", "Fähren-Vorsitzende")]
    [InlineData("So sagt es der Schiffs- und Hafenexperte Jonas Berg.", "Jonas Berg", "Schiffs- und Hafenexperte")]
    [InlineData("Briefing by Senior Deputy Harbour Secretary Anna Lund aboard the ferry", "Anna Lund", "Senior Deputy Harbour Secretary")]
    [InlineData("Anna Lund is the co-founder and C.E.O. of Harbour Lines.", "Anna Lund", "co-founder and C.E.O. of Harbour Lines")]
    [InlineData("Fares will rise, according to Port of Kiel Director Anna Lund.", "Anna Lund", "Port of Kiel Director")]
    [InlineData("Wir fragten Anna Lund, Kassenwartin beim Segelverein Kiel e.V., nach dem Winter.", "Anna Lund", "Kassenwartin beim Segelverein Kiel e.V.")]
    [InlineData("Anna Lund (34) ist Kapitänin der Inselfähre.", "Anna Lund", "Kapitänin der Inselfähre")] // an age, then the copula
    [InlineData("Anna Lund ist seit 2019 Kapitänin der Inselfähre.", "Anna Lund", "Kapitänin der Inselfähre")] // the year she became it
    [InlineData("Anna Lund (34) ist seit 2019 Kapitänin der Inselfähre.", "Anna Lund", "Kapitänin der Inselfähre")]
    [InlineData("Anna Lund, 34, is skipper of the island ferry.", "Anna Lund", "skipper of the island ferry")]
    [InlineData("Ana Lund, 34 anos, é diretora do porto.", "Ana Lund", "diretora do porto")] // an age with its word
    [InlineData("Kari Lund (34) er direktør i Fergeselskapet.", "Kari Lund", "direktør i Fergeselskapet")]
    [InlineData("La directora del puerto, Ana Lund, nos recibe en su despacho.", "Ana Lund", "La directora del puerto")] // the title first
    [InlineData("The director of the harbour, Anna Lund, said the ferries would stay.", "Anna Lund", "The director of the harbour")]
    [InlineData("The new director of the harbour, Anna Lund, said the ferries would stay.", "Anna Lund", "new director of the harbour")] // a qualifier first
    [InlineData("Die neue Leiterin des Hafens, Anna Lund, über den Winter.", "Anna Lund", "neue Leiterin des Hafens")]
    [InlineData("Directrice du port, Anne Lund revient sur dix ans de travaux.", "Anne Lund", "Directrice du port")]
    [InlineData("Océanographe au laboratoire du port, Anne Lund revient sur les mesures.", "Anne Lund", "Océanographe au laboratoire du port")] // role ending -graphe
    [InlineData("Oceanógrafa en el puerto, Ana Lund repasa las mediciones.", "Ana Lund", "Oceanógrafa en el puerto")] // -grafa
    [InlineData("Psicóloga do hospital, Ana Lund comenta os resultados.", "Ana Lund", "Psicóloga do hospital")] // -óloga
    [InlineData("La bióloga marina Ana Lund lleva veinte años en el puerto.", "Ana Lund", "bióloga marina")] // a word qualifying the role after it
    [InlineData("La directrice générale Anne Lund quitte le port.", "Anne Lund", "directrice générale")]
    [InlineData("La capitana Ana Lund dirige el turno de noche.", "Ana Lund", "capitana")] // a role noun on the list, no role ending
    [InlineData("La capitaine Anne Lund traverse le détroit.", "Anne Lund", "capitaine")]
    [InlineData("Капитан Анна Лунд тридцать лет ходит в море.", "Анна Лунд", "Капитан")] // a role noun opening the sentence
    [InlineData("Писатель Анна Лунд тридцать лет живёт у моря.", "Анна Лунд", "Писатель")] // the agent ending -тель
    [InlineData("We met professor emeritus Anna Lund at the harbour.", "Anna Lund", "professor emeritus")]
    [InlineData("Marine biologist Anna Lund has studied the bay for years.", "Anna Lund", "Marine biologist")] // the sentence's capital
    [InlineData("Now skipper Anna Lund takes the ferry out alone.", "Anna Lund", "skipper")] // a discourse word is no part of it
    [InlineData("Anna Lund is the author of \"The Quiet Sea\", a novel about a lighthouse.", "Anna Lund", "author of \"The Quiet Sea\"")] // a quoted work
    [InlineData("Anna Lund ist Autorin von „Das stille Meer“ und lebt in Kiel.", "Anna Lund", "Autorin von „Das stille Meer“")]
    [InlineData("Marinbiolog Kari Lund har dykket langs kysten i tretti år.", "Kari Lund", "Marinbiolog")] // a Scandinavian -olog
    [InlineData("We talked with the librarian Anna Lund about the island's books.", "Anna Lund", "librarian")] // an occupation no role ending covers
    [InlineData("Tonight, harbour historian Anna Lund on the lighthouse keepers.", "Anna Lund", "harbour historian")]
    [InlineData("Anna Lund ist Kapitänin und lebt mit ihrer Familie auf der Insel.", "Anna Lund", "Kapitänin")] // the next clause after und
    [InlineData("Anna Lund, skipper of the island ferry, why did you stay?", "Anna Lund", "skipper of the island ferry")] // a role word in a question
    [InlineData("L'océanographe Anne Lund raconte trente ans de mesures.", "Anne Lund", "océanographe")] // the elided article goes
    [InlineData("Meet Anna Lund, the skipper who has crossed the bay a thousand times.", "Anna Lund", "skipper")] // a relative clause ends it
    [InlineData("Nous avons rencontré Anne Lund, la capitaine qui traverse le détroit.", "Anne Lund", "capitaine")]
    [InlineData("Nous avons rencontré l’archiviste Anne Lund au port.", "Anne Lund", "archiviste")]
    [InlineData("Anna Lund is a skipper and lives on the island with her family.", "Anna Lund", "skipper")]
    [InlineData("Anna Lund is a professor of history and economics at the harbour college.", "Anna Lund", "professor of history and economics at the harbour college")]
    [InlineData("Das sagt der niederländische Historiker und Autor Jonas Berg.", "Jonas Berg", "niederländischer Historiker und Autor")] // the adjective as it stands without the article
    [InlineData("Wir sprachen mit der dänischen Meeresbiologin Anna Lund.", "Anna Lund", "dänische Meeresbiologin")]
    [InlineData("Wir haben mit Jonas Berg, einem erfahrenen Kapitän aus Kiel, gesprochen.", "Jonas Berg", "erfahrener Kapitän")]
    [InlineData("We spoke to the Dutch historian Anna Lund about the dikes.", "Anna Lund", "Dutch historian")]
    [InlineData("Anna Lund works as a midwife in Glasgow.", "Anna Lund", "midwife")] // a verb of working: any occupation follows
    [InlineData("Anna Lund (34) arbeitet als Hebamme in Kiel.", "Anna Lund", "Hebamme")]
    [InlineData("Ana Lund trabaja como enfermera en el puerto.", "Ana Lund", "enfermera")]
    [InlineData("Anna Lund has been a skipper on the island ferry.", "Anna Lund", "skipper on the island ferry")]
    [InlineData("Anna Lund has been a skipper for 20 years.", "Anna Lund", "skipper")] // a span of time after it
    [InlineData("Anne Lund est capitaine depuis 2009.", "Anne Lund", "capitaine")]
    [InlineData("Entretien avec Anne Lund, gardienne de phare pendant trente ans.", "Anne Lund", "gardienne de phare")] // a span of time in words
    [InlineData("Ana Lund, farera durante treinta años, nos recibe en el puerto.", "Ana Lund", "farera")]
    [InlineData("Океанолог Анна Лунд рассказала о старом маяке.", "Анна Лунд", "Океанолог")] // Russian role nouns in -olog and -ograf
    [InlineData("Фотограф Анна Лунд снимает порт уже двадцать лет.", "Анна Лунд", "Фотограф")]
    [InlineData("The ferry left late. Our reporter Anna Lund was on board.", "Anna Lund", "reporter")] // a pronoun opens no title
    [InlineData("Unsere Reporterin Anna Lund war an Bord.", "Anna Lund", "Reporterin")]
    [InlineData("That's Harbour Master Anna Lund, who opened the gates.", "Anna Lund", "Harbour Master")] // nor does "that's"
    [InlineData("Etter førti år på øyruten går fergekaptein Anna Lund i land.", "Anna Lund", "fergekaptein")] // the verb before the title is not in it
    public void A_title_beside_the_name_is_found(string text, string name, string expected)
    {
        TitleFinder.Find(name, [text]).Should().Be(expected);
    }

    [Theory]
    [InlineData("Anna Lund, who runs the harbour, met us on the pier.", "Anna Lund")]
    [InlineData("But Anna Lund, 42, convinced her to come along.", "Anna Lund")]
    [InlineData("Anna Lund has been happy on the island since she came.", "Anna Lund")] // no role after "has been"
    [InlineData("Anna Lund, welcome to the show.", "Anna Lund")]
    [InlineData("Anna Lund, you may call the next witness.", "Anna Lund")] // a name called out, then the person addressed
    [InlineData("Frau Lund, Sie leiten den Hafen seit zehn Jahren.", "Frau Lund")]
    [InlineData("Anna Lund, vous dirigez le port depuis dix ans.", "Anna Lund")]
    [InlineData("Anna Lund war gerade mit „Das stille Meer“ auf Lesereise.", "Anna Lund")] // a quoted work after no role
    [InlineData("Anna Lund was nineteen when she first took a trawler out alone.", "Anna Lund")] // a role's ending far into the clause
    [InlineData("Anna Lund is happy with the new harbour.", "Anna Lund")]
    [InlineData("Transcript: Tom Berg Interviews Anna Lund", "Anna Lund")]
    [InlineData("Anna Lund, danke für das Gespräch.", "Anna Lund")]
    [InlineData("Anna Lund, vielen Dank.", "Anna Lund")] // the name called at the start of a sentence the phrase closes
    [InlineData("Berg: Anna Lund, thank you very much.", "Anna Lund")] // after a speaker's label
    [InlineData("Ahoy from Anna Lund (AL) and the crew.", "Anna Lund")]
    [InlineData("Yesterday, said Anna Lund.", "Anna Lund")]
    [InlineData("In 2019 Anna Lund moved to the coast.", "Anna Lund")]
    [InlineData("Der Fall Anna Lund beschäftigt die Stadt.", "Anna Lund")]
    [InlineData("Wir sprachen mit Anna Lund, die gerade vom Hafen kam.", "Anna Lund")]
    [InlineData("Wir haben mit der Kapitänin, Anna Lund, gesprochen.", "Anna Lund")]
    [InlineData("Anna Lund Knows the Secret of the Sea", "Anna Lund")]
    [InlineData("Yesterday in Berlin Anna Lund opened the shop.", "Anna Lund")]
    [InlineData("The news reached harbour office Anna Lund yesterday.", "Anna Lund")] // no role word before the last word
    [InlineData("We met Anna Lund (2019) on the pier.", "Anna Lund")]
    [InlineData("Anna Lund - and then the storm came.", "Anna Lund")]
    [InlineData("Anna Lund am 3. Mai auf der Messe in Kiel", "Anna Lund")]
    [InlineData("In einer kleinen Wohnung am Hafen lebt Anna Lund mit zwei Katzen.", "Anna Lund")]
    [InlineData("Anna Lund, how long is a night at the harbour in December?", "Anna Lund")] // the name called in a question
    // A fronted phrase of time opens with its preposition, a title never does.
    [InlineData("Après quarante ans sur la ligne de l'île, Anna Lund quitte la passerelle.", "Anna Lund")]
    [InlineData("Tras cuarenta años en la línea de la isla, Anna Lund deja el puente.", "Anna Lund")]
    [InlineData("Etter førti år på øyruten går Anna Lund i land.", "Anna Lund")]
    [InlineData("A música é do grupo de Anna Lund, que toca no porto.", "Anna Lund")] // a preposition opens no title
    public void No_title_is_invented_from_a_relative_clause_a_verb_or_a_year(string text, string name)
    {
        TitleFinder.Find(name, [text]).Should().BeNull();
    }

    [Fact]
    public void A_name_plate_caption_wins_over_a_title_written_in_the_prose()
    {
        string[] texts = ["Anna Lund, who once sailed to Iceland, talks boats.", "Anna Lund, head of the ferry line, met us.", "Anna Lund CTO Fährhafen"];

        TitleFinder.Find("Anna Lund", texts).Should().Be("CTO Fährhafen");
    }

    [Fact]
    public void A_title_written_out_more_fully_in_another_place_is_taken_whole()
    {
        string[] texts = ["Three questions for Anna Lund, ferry planner", "We asked Anna Lund, ferry planner at the Harbour Board, about the timetable."];

        TitleFinder.Find("Anna Lund", texts).Should().Be("ferry planner at the Harbour Board");
    }

    [Fact]
    public void A_longer_title_that_leaves_out_words_of_the_first_is_another_title()
    {
        string[] texts = ["Three questions for Anna Lund, ferry planner", "Anna Lund, treasurer of the sailing club, joined later."];

        TitleFinder.Find("Anna Lund", texts).Should().Be("ferry planner");
    }

    [Fact]
    public void A_phrase_naming_a_role_wins_over_one_that_names_none()
    {
        // A book's note after the last answer sets the publisher beside the name; the standfirst opens with the role.
        string[] texts = ["Marine biologist and diver, Anna Lund has mapped the bay for years.", "Harbour Blues, by Anna Lund, Seabird Books, 220 pages."];

        TitleFinder.Find("Anna Lund", texts).Should().Be("Marine biologist and diver");
    }

    [Theory]
    [InlineData("With me is the union's spokesman, Anna Lund. Anna, how long will the strike last?", "union's spokesman")]
    [InlineData("The harbour's new director, Anna Lund, wants the ferries out of the old basin.", "harbour's new director")]
    [InlineData("Its founder, Anna Lund, still sails the first boat.", "founder")]
    [InlineData("In Bergen, Anna Lund opened the first ferry office.", null)] // a place before the comma
    [InlineData("After years of silence, Anna Lund spoke.", null)] // no role before the comma
    public void A_role_set_before_the_name_as_an_apposition_is_the_title(string text, string? expected)
    {
        TitleFinder.Find("Anna Lund", [text]).Should().Be(expected);
    }

    [Theory]
    [InlineData("Zwanzig Jahre später hat die Kapitänin im Hafen Platz genommen.", "Kapitänin")]
    [InlineData("Heute sitzt der Regisseur in seinem Büro am Fluss.", "Regisseur")]
    [InlineData("Twenty years later the actress sat down on the sofa.", "actress")]
    [InlineData("Im Sommer war der Sommer im Tal sehr heiß.", null)]
    [InlineData("Twenty years later the other guests sat down.", null)]
    [InlineData("Die Kapitänin Anna Lund kam spät.", null)] // a name follows: that is a title beside the name, not a reference
    [InlineData("Seit Jahren warnt die Kapitänin der Inselfähre vor dem Sturm.", "Kapitänin der Inselfähre")]
    [InlineData("Cada verano, la directora del Museo del Mar abre las salas de noche.", "directora del Museo del Mar")]
    [InlineData("Twenty years later the actress of the year sat down.", "actress")] // the name of a body is capitalised
    [InlineData("Ten questions for a photographer", "photographer")] // a headline closing on the role
    [InlineData("Ten questions for the photographer.", null)] // a sentence's last word is not read without its stop's context
    [InlineData("La actriz, que estrena esta semana, repasa su carrera.", "actriz")] // a clause on the guest after the comma
    [InlineData("The novelist, who lives by the harbour, talks about her new book.", "novelist")]
    [InlineData("The novelist, Anna Lund and Tom Berg met at the harbour.", null)] // a list of people, no clause
    [InlineData("The ferry captain talks about the night crossings.", "ferry captain")] // a qualifier before the role noun
    [InlineData("A marine biologist on why the fish have moved north.", "marine biologist")]
    [InlineData("Five questions for a seed librarian", "seed librarian")] // a headline closing on the qualified role
    [InlineData("Five questions for the new librarian", null)] // a short word before the role is an adjective, not read
    [InlineData("Por la noche la virtual presidenta electa habló.", null)] // Romance qualifiers follow the noun: not read so
    [InlineData("The ferry captain Anna Lund talks about the night crossings.", null)] // a name follows: a title beside it
    public void A_guest_called_by_role_alone_in_the_lead_gets_that_role(string lead, string? expected)
    {
        TitleFinder.FindRoleReference([lead]).Should().Be(expected);
    }

    [Theory]
    [InlineData("Anna Lund has run the ferries for a decade. Lund, a professor of marine engineering at the harbour school, knows every hull.", "professor of marine engineering at the harbour school")]
    [InlineData("Anna Lund kennt jede Fähre. Lund, Leiterin des Hafenamts, kam 2010 nach Kiel.", "Leiterin des Hafenamts")]
    [InlineData("Anna Lund knows every ferry. Lund is the director of Harbour Lines.", "director of Harbour Lines")]
    [InlineData("Anna Lund knows every ferry. Lund, first of all, likes the night crossings.", null)] // no role opens the phrase
    [InlineData("Anna Lund kennt jede Fähre. Lund ist eines der ersten Mitglieder.", null)] // an adjective after the article, not a role
    [InlineData("Anna Lund knows every ferry. Lund, Harbour/Docker, 2012.", null)] // a reference list's authors
    public void A_title_beside_the_surname_at_the_next_mention_is_found(string text, string? expected)
    {
        TitleFinder.Find("Anna Lund", [text]).Should().Be(expected);
    }

    [Fact]
    public void A_surname_far_from_the_full_name_gives_no_title()
    {
        // Three texts on, "Lund" may be another person or a word of the language: only the full name's text and the next count.
        string[] texts = ["Anna Lund knows every ferry.", "The crossing takes an hour.", "Nobody counts the gulls.", "Lund, a director of the port, disagrees."];

        TitleFinder.Find("Anna Lund", texts).Should().BeNull();
    }

    [Theory]
    [InlineData("Lund, 61, is a ferry pilot in Bergen.", "ferry pilot")]
    [InlineData("Lund, 61, ist staatlich geprüfte Lotsin in Bergen.", "staatlich geprüfte Lotsin")]
    [InlineData("Lund ist seit 2019 Lotsin in Bergen.", "Lotsin")]
    public void A_short_note_opening_with_the_surname_and_a_copula_gives_the_title_anywhere(string note, string expected)
    {
        // The note on the guest under the interview, far from the intro that named her in full.
        string[] texts = ["Anna Lund knows every ferry.", "The crossing takes an hour.", "Nobody counts the gulls.", note];

        TitleFinder.Find("Anna Lund", texts).Should().Be(expected);
    }
}
