using FluentAssertions;
using InterviewParser.Model;
using InterviewParser.Turns;
using Xunit;

namespace InterviewParser.Tests.Turns;

/// <summary>The interview decision weighs the turn shape together with what the page says about itself.</summary>
public class InterviewDecisionTests
{
    // Bold questions that address nobody by a second-person word, each followed by a longer plain answer.
    private static string Page(string headline, string standfirst) => $"""
        <html><head><title>{headline}</title></head><body><article>
        <h1>{headline}</h1>
        <p>{standfirst}</p>
        <p><strong>How did the harbour change after the storm?</strong></p>
        <p>The old pier was gone, and the fishing boats had to moor along the river for a whole season while the town argued about money.</p>
        <p><strong>What happened to the fish market?</strong></p>
        <p>It moved into the empty warehouse by the station, and many of the older traders never came back to the water after that winter.</p>
        <p><strong>Which plans for the new pier are on the table now?</strong></p>
        <p>Two designs compete, a long concrete one and a shorter wooden one, and the council wants to choose between them before the summer.</p>
        </article></body></html>
        """;

    [Fact]
    public void Unaddressed_questions_are_an_interview_when_the_headline_announces_one()
    {
        var result = Interviews.Parse(Page("Interview with a harbour master", "The harbour master looks back on ten difficult years at the coast."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.IsAnInterview && d.Message.Contains("announced"));
    }

    [Theory]
    [InlineData("Hablamos con la capitana del puerto sobre diez años difíciles.")]
    [InlineData("Charlamos con la capitana del puerto en su oficina.")]
    [InlineData("Conversamos com a capitã do porto sobre dez anos difíceis.")]
    [InlineData("Falamos com a capitã do porto no cais.")]
    [InlineData("Abbiamo parlato con la capitana del porto di dieci anni difficili.")]
    [InlineData("A colloquio con la capitana del porto.")]
    [InlineData("Rencontre avec la capitaine du port, dix ans après la tempête.")]
    [InlineData("Vi pratade med hamnkaptenen om tio svåra år.")]
    public void A_standfirst_saying_the_paper_spoke_with_somebody_announces_an_interview_in_each_language(string standfirst)
    {
        var result = Interviews.Parse(Page("Ten years at the harbour", standfirst));

        result.IsInterview.Should().BeTrue();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.IsAnInterview && d.Message.Contains("announced"));
    }

    /// <summary>An announced page whose questions are answered by the given paragraphs.</summary>
    private static string AnsweredPage(string first, string second, string third) => $"""
        <html><head><title>Interview: the harbour after the storm</title></head><body><article>
        <h1>Interview: the harbour after the storm</h1>
        <p>The harbour master looks back on ten difficult years at the coast.</p>
        <p><strong>How did the harbour change after the storm?</strong></p>
        <p>{first}</p>
        <p><strong>What happened to the fish market?</strong></p>
        <p>{second}</p>
        <p><strong>Which plans for the new pier are on the table now?</strong></p>
        <p>{third}</p>
        </article></body></html>
        """;

    [Fact]
    public void Answers_that_report_what_somebody_said_are_a_story_about_the_questions()
    {
        var result = Interviews.Parse(AnsweredPage(
            "The old pier was gone within a night, the harbour master said, and the boats moored along the river for a season.",
            "According to the traders, the market moved into the empty warehouse by the station and never came back to the water.",
            "\"Two designs compete,\" Lund told the council, adding that a choice was due before the summer."));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Message.Contains("report what somebody said"));
    }

    [Fact]
    public void Answers_in_the_first_person_that_quote_somebody_else_are_replies()
    {
        var result = Interviews.Parse(AnsweredPage(
            "The old pier was gone within a night. My deputy said we should close the harbour, and I agreed.",
            "It moved into the warehouse by the station. The traders told me they would never come back, and most of them kept their word.",
            "Two designs compete, and the mayor says the council will choose before the summer. I prefer the wooden one."));

        result.IsInterview.Should().BeTrue();
    }

    [Theory]
    [InlineData("The pier was gone within a night, the harbour master said.", true)]
    [InlineData("Die Brücke sei erst am Freitag geprüft worden, sagte Vogt.", true)]
    [InlineData("Le marché a déménagé dans l'entrepôt, explique-t-elle.", true)]
    [InlineData("– Vi må stenge havna i natt, sier hun.", true)]
    [InlineData("El puente abrirá en primavera, dijo la alcaldesa.", true)]
    [InlineData("According to the Harbour Office, the pier reopens in spring.", true)] // a named source
    [InlineData("According to a study, piers of wood last longer than concrete ones.", false)] // no source that speaks
    [InlineData("Laut Vogt war die Brücke schon im Winter gesperrt.", true)] // German "according to"
    [InlineData("Der Hafenmeister fügte hinzu, die Fähre fahre erst im Mai.", true)]
    [InlineData("Laut Vogt war die Brücke gesperrt, und ich musste den Umweg nehmen.", false)] // the speaker's own voice
    [InlineData("\"We will close the harbour tonight,\" Lund said.", true)] // the first person is inside the quotation
    [InlineData("I told them the pier was gone, and they said nothing.", false)] // the speaker's own voice
    [InlineData("The pier was gone within a night, and the boats moored along the river.", false)] // nobody is said to say it
    [InlineData("– Vi må stenge havna i natt.", false)] // a dash quotation with no attribution
    public void A_paragraph_reports_speech_when_it_attributes_it_to_a_third_person_and_speaks_for_nobody(string paragraph, bool reported)
    {
        ReportedSpeech.IsReported(paragraph).Should().Be(reported);
    }

    [Theory]
    [InlineData("Der Hafen nach dem Sturm", "Wir haben mit der Hafenmeisterin über zehn schwierige Jahre gesprochen.")]
    [InlineData("Le port après la tempête", "Entretien avec la capitaine du port sur dix années difficiles.")]
    [InlineData("El puerto después de la tormenta", "Una entrevista con la capitana del puerto sobre diez años difíciles.")]
    [InlineData("The harbour after the storm", "The harbour master has seen ten difficult years. We asked her about the storm.")]
    [InlineData("Der Hafen nach dem Sturm", "Zehn schwierige Jahre liegen hinter der Hafenmeisterin. Wir fragten sie nach dem Sturm.")]
    [InlineData("The harbour after the storm", "The harbour master talks about ten difficult years at the coast.")] // the guest talks about …
    [InlineData("Der Hafen nach dem Sturm", "Die Hafenmeisterin spricht über zehn schwierige Jahre an der Küste.")]
    [InlineData("O porto depois da tempestade", "A capitã do porto fala sobre dez anos difíceis na costa.")]
    [InlineData("El puerto después de la tormenta", "La capitana del puerto habla de diez años difíciles en la costa.")]
    [InlineData("Le port après la tempête", "La capitaine du port parle de dix années difficiles sur la côte.")]
    public void The_standfirst_announces_the_interview_in_the_pages_language(string headline, string standfirst)
    {
        Interviews.Parse(Page(headline, standfirst)).IsInterview.Should().BeTrue();
    }

    [Fact]
    public void Questions_marked_by_a_dash_over_first_person_answers_are_asked_of_the_named_guest()
    {
        // No question says "you" and the page never calls itself an interview; the dash marks the asking side as bold
        // type does, the answers speak in the first person, and the standfirst names who answers.
        const string html = """
            <html><head><title>Thirty winters on the lake</title></head><body><article>
            <h1>Thirty winters on the lake</h1>
            <p>The ice fisher Mira Sand has spent thirty winters on the frozen lake north of the town.</p>
            <p>―How did it all begin?</p>
            <p>My father took me out when I was six. I sat on a bucket and watched the hole for hours, and I never wanted to go home.</p>
            <p>―Thirty winters later, is it still a pleasure?</p>
            <p>More than ever. The lake is quiet in a way that nothing else in my life is quiet, and at night I hear the ice sing.</p>
            <p>―What has changed on the lake?</p>
            <p>The ice comes later every year. I used to walk out in early December, and now I am glad to be on it by January.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeTrue();
        result.Turns.Select(t => t.Role).Should().Equal(
            TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee, TurnRole.Interviewer, TurnRole.Interviewee);
        result.Participants.Should().Contain(p => p.Name == "Mira Sand" && p.Role == TurnRole.Interviewee);
    }

    [Fact]
    public void Plain_questions_one_of_which_calls_the_guest_by_honorific_and_name_are_asked_of_the_guest()
    {
        // A text scrape: nothing sets the questions apart, only one says "Sie", and the standfirst is no announcement;
        // the question that calls the guest by honorific and surname shows somebody being asked.
        const string text = """
            Trockene Sommer

            Die Bodenkundlerin Anna Lund über heiße Sommer und ausgetrocknete Felder.

            Frau Lund, wie trocken sind die Böden im Norden?

            So trocken wie seit Jahrzehnten nicht. In manchen Regionen fehlt der Regen von zwei ganzen Sommern.

            Was bedeutet das für die Landwirtschaft?

            Die Ernten werden kleiner, und manche Betriebe müssen ihre Fruchtfolge für mehrere Jahre ändern.

            Was lässt sich dagegen tun?

            Wasser im Boden halten, mit Hecken, Mulch und weniger schweren Maschinen auf den nassen Feldern.
            """;

        var result = Fixtures.ParseText(text);

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Participants.Should().Contain(p => p.Name == "Anna Lund" && p.Role == TurnRole.Interviewee);
    }

    [Fact]
    public void Unaddressed_questions_without_an_announcement_are_an_explainer()
    {
        var result = Interviews.Parse(Page("The harbour after the storm", "The town is still divided over the future of its waterfront."));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview);
    }

    [Theory]
    [InlineData("<div class=\"topline\"><span>Our interview</span></div>", "")]
    [InlineData("<header><p>Our interview</p>", "</header>")] // the article's header element holds kicker and headline
    public void A_kicker_over_the_headline_announces_the_interview(string before, string after)
    {
        // The kicker stands above the headline, outside the article's text.
        Interviews.Parse(KickerPage(before, after)).IsInterview.Should().BeTrue();
    }

    [Fact]
    public void A_menu_link_over_the_headline_is_no_kicker()
    {
        Interviews.Parse(KickerPage("<nav><a href=\"/interviews\">Our interviews</a></nav>", "")).IsInterview.Should().BeFalse();
    }

    /// <summary>The unannounced page with its text in a body container, <paramref name="before"/> the headline and <paramref name="after"/> it.</summary>
    private static string KickerPage(string before, string after) =>
        Page("The harbour after the storm", "The town is still divided over the future of its waterfront.")
            .Replace("<h1>", before + "<h1>")
            .Replace("</h1>", "</h1>" + after)
            .Replace("<p>The town is still", "<div class=\"article-body\"><p>The town is still")
            .Replace("</article>", "</div></article>");

    [Fact]
    public void A_word_like_interview_deep_in_the_body_does_not_announce_anything()
    {
        var page = Page("The harbour after the storm", "The town is still divided over the future of its waterfront.")
            .Replace("</article>", "<p>Sources: phone interview with the port authority, council minutes of March.</p></article>");

        Interviews.Parse(page).IsInterview.Should().BeFalse();
    }

    [Fact]
    public void Meeting_notes_with_anonymous_questions_between_their_sections_are_not_an_interview()
    {
        const string notes = """
            ## Harbour wall

            The new wall is two metres higher than the old one and runs along the whole northern quay.
            Costs are shared between the town and the region, with the region paying for the foundations.

            Q: Why not build it further out into the bay, where the water is calmer?

            A: The seabed drops too fast there, and the foundations would cost twice as much.

            ## Ferry timetable

            Night crossings start again in October, once the crews have finished their training.
            The old pier reopens in spring after the inspection of its new steel supports.

            Q: Will the fares change when the night crossings start again in October?

            A: Not this year, the council decided to keep them as they are until the next budget.

            ## Fish market

            The market moves back to the quay in May and keeps its Saturday opening hours.
            Traders asked for more cold storage, which the town will rent for the first year.
            """;

        var result = Interviews.Parse(notes, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("notes"));
    }

    // Bold questions that say "you", as the questions of an FAQ under a recipe do too.
    private static string BoldYouPage(string headline, string standfirst) => $"""
        <html><head><title>{headline}</title></head><body><article>
        <h1>{headline}</h1>
        <p>{standfirst}</p>
        <p><strong>Can you freeze the soup?</strong></p>
        <p>Yes. Let it cool completely, then freeze it in portions for up to three months and thaw it overnight in the fridge.</p>
        <p><strong>Can you use squash instead of pumpkin?</strong></p>
        <p>Squash works well and gives a slightly sweeter soup; roast it for ten minutes less than the pumpkin.</p>
        <p><strong>How do you make it creamier?</strong></p>
        <p>Stir in a little cream after blending, or add a boiled potato to the pot before you blend it all.</p>
        </article></body></html>
        """;

    [Fact]
    public void Bold_questions_that_say_you_are_no_interview_when_the_page_names_nobody_who_answers_and_calls_itself_none()
    {
        var result = Interviews.Parse(BoldYouPage("Pumpkin soup: your questions", "A warming soup for autumn evenings, ready in forty minutes."));

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named"));
    }

    [Theory]
    [InlineData("Pumpkin soup: your questions", "The cook Marta Lindqvist runs a soup kitchen by the harbour. Marta Lindqvist answers.")]
    [InlineData("Interview: pumpkin soup", "A warming soup for autumn evenings, ready in forty minutes.")]
    public void The_same_bold_questions_are_an_interview_once_the_page_names_who_answers_or_calls_itself_one(string headline, string standfirst)
    {
        Interviews.Parse(BoldYouPage(headline, standfirst)).IsInterview.Should().BeTrue();
    }

    // A job interview's questions, each followed by advice to the reader on answering it.
    private static string AdvicePage(string standfirst, string firstAnswer) => $"""
        <html><head><title>Four job interview questions and how to answer them</title></head><body><article>
        <h1>Four job interview questions and how to answer them</h1>
        <p>{standfirst}</p>
        <p><strong>Why do you want to work here?</strong></p>
        <p>{firstAnswer}</p>
        <p><strong>What is your greatest weakness?</strong></p>
        <p>Pick a real one that the role does not depend on, and say what you are doing about it.</p>
        <p><strong>Where do you see yourself in five years?</strong></p>
        <p>Describe goals that fit the path the role offers, so that the employer sees you staying.</p>
        <p><strong>Do you have any questions for us?</strong></p>
        <p>Always have two ready: ask about the team and about how your success would be measured.</p>
        </article></body></html>
        """;

    [Fact]
    public void Advice_to_the_reader_under_questions_is_no_interview_though_the_headline_says_interview()
    {
        var result = Interviews.Parse(AdvicePage("Hiring managers ask these most often.",
            "Show that you know the company: name a product or a project of theirs that you admire."));

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("address the reader"));
    }

    [Fact]
    public void The_same_advice_is_an_interview_when_a_named_guest_gives_it()
    {
        var result = Interviews.Parse(AdvicePage("The recruiter Nora Vik has hired for twenty years. Nora Vik answers.",
            "I always tell people to show that you know the company: name a product of theirs that you admire."));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Nora Vik");
    }

    // Bold questions in a language that leaves the pronoun out, over answers in the first person.
    private static string ProDropPage(string standfirst, string open, string close) => $"""
        <html lang="es"><head><title>El horno del barrio</title></head><body><article>
        <h1>El horno del barrio</h1>
        <p>{standfirst}</p>
        {open}¿Cómo empezó en el oficio?{close}
        <p>Por casualidad. Mi tío tenía un horno en la plaza y un verano me pidió ayuda con la masa.</p>
        {open}¿Qué ha cambiado desde entonces?{close}
        <p>Los clientes. Ahora me piden pan de centeno, y yo aprendí a hacerlo con la receta de mi abuela.</p>
        {open}¿Cuándo descansa?{close}
        <p>Los domingos. Cierro, apago el horno y duermo hasta mediodía, eso para mí es sagrado.</p>
        </article></body></html>
        """;

    [Fact]
    public void Bold_questions_without_a_pronoun_over_first_person_answers_are_an_interview_with_a_named_guest()
    {
        var result = Interviews.Parse(ProDropPage("La panadera Lucía Romero abrió su horno hace veinte años. Lucía Romero nos recibe.", "<p><b>", "</b></p>"));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Lucía Romero");
    }

    [Fact]
    public void Bold_questions_over_answers_whose_verbs_alone_say_who_speaks_are_an_interview_with_a_named_guest()
    {
        // No "yo", "me" or "mi": the first person is in the verbs' endings only, as Spanish writes it most of the time.
        var page = """
            <html lang="es"><head><title>El taller del muelle</title></head><body><article>
            <h1>El taller del muelle</h1>
            <p>El carpintero Tomás Vidal repara barcas en el muelle desde hace treinta años. Tomás Vidal nos recibe.</p>
            <p><b>¿Cómo empezó en el oficio?</b></p>
            <p>Por mi padre, que tenía el taller antes. Aprendí mirando, sin prisa.</p>
            <p><b>Y ahora, las barcas de fibra.</b></p>
            <p>Creo que la madera vuelve. Tengo encargos de gente joven que quiere barcas como las de antes.</p>
            <p><b>¿Qué le falta al muelle?</b></p>
            <p>Gente. Conozco a todos los que quedan, y cada año cierra otro taller de la orilla.</p>
            <p><b>¿Cuándo descansa?</b></p>
            <p>Pocas veces. Estoy aquí casi todos los días, aunque los domingos cierro pronto.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Tomás Vidal");
    }

    [Theory]
    [InlineData("Una panadería abrió sus puertas hace veinte años en la plaza del barrio.", "<p><b>", "</b></p>")] // nobody named
    [InlineData("La panadera Lucía Romero abrió su horno hace veinte años. Lucía Romero nos recibe.", "<h2>", "</h2>")] // headings
    public void The_same_answers_are_no_interview_without_a_named_guest_or_under_headings(string standfirst, string open, string close)
    {
        Interviews.Parse(ProDropPage(standfirst, open, close)).IsInterview.Should().BeFalse();
    }

    // Readers' questions with anonymous letters, none of them addressing the one who answers.
    private static string LetterColumn(string headline, string intro, string secondQuestion) => $"""
        {headline}

        {intro}

        Q: My apple tree dropped half its fruit in July. Is something wrong with it?

        A: Young trees often shed fruit in early summer when they set more than they can feed. Thin the rest and water it in dry weeks.

        Q: {secondQuestion}

        A: Yes, late autumn is a good time, as long as the ground is not frozen and the roots are kept moist until they settle.
        """;

    [Fact]
    public void Anonymous_letters_whose_questions_address_nobody_are_not_an_interview_when_nobody_is_named()
    {
        var result = Interviews.Parse(LetterColumn("The garden desk in autumn", "Every week the garden desk answers readers' letters.",
            "Can a hedge still be planted in November?"), new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named"));
    }

    [Theory]
    [InlineData("The garden desk in autumn", "Every week the garden desk answers readers' letters.", "Would you still plant a hedge in November?")]
    [InlineData("Interview: the garden desk in autumn", "Every week the garden desk answers readers' letters.", "Can a hedge still be planted in November?")]
    [InlineData("The garden desk in autumn", "The gardener Marta Lindqvist has looked after the town park for thirty years. Marta Lindqvist answers.", "Can a hedge still be planted in November?")]
    public void The_same_letters_are_an_interview_once_a_question_says_you_the_page_says_interview_or_the_answerer_is_named(
        string headline, string intro, string secondQuestion)
    {
        var result = Interviews.Parse(LetterColumn(headline, intro, secondQuestion), new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(4);
    }

    [Fact]
    public void A_labelled_interview_with_section_headings_stays_an_interview()
    {
        const string interview = """
            ## The harbour wall

            Q: Why did you build the wall two metres higher than the old one?

            A: Because the storms have grown, and the old wall was overrun twice in ten years.

            ## The ferry

            Q: When do the night crossings start again?

            A: In October, once the crews are trained and the new pier has passed its inspection.
            """;

        Interviews.Parse(interview, new ParseOptions { Format = DocumentFormat.Text }).IsInterview.Should().BeTrue();
    }

    [Fact]
    public void Labelled_lines_of_which_none_asks_a_question_are_not_an_interview()
    {
        // A listing in "Label: text" lines, the labels repeating as speakers would: it asks nothing.
        const string listing = """
            Spring fair and summer market

            Venue: The covered hall by the old harbour, with parking behind the station.

            Topic: Local crafts, pottery and woodwork from the villages along the coast.

            Venue: The town square, in front of the library, if the weather allows it.

            Topic: Fresh produce from the farms of the valley, cheese and smoked fish.

            Venue: The school gymnasium, entered from the side street by the playground.

            Topic: Second-hand books and records, sold for the benefit of the rowing club.
            """;

        var result = Interviews.Parse(listing, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("none asks a question"));
    }

    [Fact]
    public void Labelled_entries_that_far_outnumber_the_questions_are_a_list_not_an_interview()
    {
        // A product round-up: each entry opens with a run-in label, and one question heads the page.
        const string roundUp = """
            Five rain jackets for the coast

            Which jacket keeps you dry on a ferry deck in November?

            Harbour Shell: Light, packs into its own pocket, and the hood stays up in a crosswind.

            Pier Parka: Heavy and warm, with a fleece collar and two deep pockets for gloves.

            Storm Cape: Cut long enough to sit on a wet bench, but the zip sticks when it is cold.

            Tide Anorak: Pulled over the head, windproof, with one chest pocket for a phone.

            Gull Jacket: The cheapest of the five, and the only one with taped seams at that price.

            Which one is worth the money over three winters?

            Harbour Shell: It kept its proofing after a season of washing, the others did not.

            Pier Parka: Warm for years, if you dry it on a hanger and not on the heater.

            Storm Cape: The zip was replaced once under guarantee, without any questions.

            Tide Anorak: The seams started to leak in the second winter, at the shoulders.

            Gull Jacket: Good for a season, then the coating peels off at the elbows.
            """;

        var result = Interviews.Parse(roundUp, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("a list"));
    }

    [Fact]
    public void Labelled_fields_taken_for_the_asking_side_that_far_outnumber_the_answers_are_a_list_not_an_interview()
    {
        // A product sheet: four short fields and one long verdict per product. The short fields read like a host's
        // brief turns, the verdicts like a guest's long ones; but nobody asks four times for each reply.
        var products = new[] { "Gull", "Tern", "Puffin" }.Select((name, i) => $"""
            ## The {name} tent

            The {name} is a small tunnel tent for two, sold in most outdoor shops along the coast.

              *  **Price:** About two hundred, with a footprint sold apart.
              *  **Weight:** Two kilos, poles and pegs included.
              *  **Colour:** Green or grey{(i == 0 ? "?" : ".")}
              *  **Sizes:** Two and three persons.
              *  **Verdict:** We pitched the {name} on a windy headland for three nights in a row, and it stood without a single pole bending, though the door zip froze on the second morning and the fly sheet flapped loudly all night long.
            """);
        string sheet = "# Three tents for the coast\n\n" + string.Join("\n\n", products);

        var result = Interviews.Parse(sheet, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("a list"));
    }

    [Fact]
    public void A_panel_whose_guests_each_answer_every_question_stays_an_interview()
    {
        const string panel = """
            Three skippers on the winter season

            Moderator: What changed on the water this winter?

            Mara Lind: Fewer crossings, and the storms came earlier than anyone planned for.

            Tomas Berg: The new pier. It shelters the small boats much better than the old one did.

            Eva Sund: Fuel prices, which decided more about our routes than the weather did.

            Moderator: And what do you expect from the spring?

            Mara Lind: Tourists again, from Easter on, and a second boat on the morning line.

            Tomas Berg: Repairs first. Half the fleet needs new paint before May.

            Eva Sund: Better prices, I hope, or we will keep the short routes all summer.
            """;

        var result = Interviews.Parse(panel, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(8);
    }

    /// <summary>A guide with question headings that address nobody, and two fact boxes of "Key: value" lines.</summary>
    private static string BoatGuide(string firstBox, string secondBox) => $"""
        <html><head><title>Renting or buying a boat</title></head><body><article>
        <h1>Renting or buying a boat</h1>
        <h2>What does a season on the water cost?</h2>
        <p>More than most first-time sailors expect, because the mooring, the insurance and the winter storage come on top of the boat itself.</p>
        {firstBox}
        <h2>Which is cheaper over five years?</h2>
        <p>Over a short time renting wins; over a longer one the sums turn, as long as the boat keeps its value and needs no new engine.</p>
        {secondBox}
        <h2>What about the winter months?</h2>
        <p>A rented boat goes back to the yard in October, while an owner pays for the crane, the shed and the cover until April.</p>
        </article></body></html>
        """;

    [Fact]
    public void Recurring_keys_with_short_values_do_not_make_an_explainer_with_question_headings_an_interview()
    {
        // The keys of the two fact boxes repeat: data, not speakers.
        var result = Interviews.Parse(BoatGuide("<p>Price: 20,000 euros</p><p>Term: three years</p>", "<p>Price: 26,000 euros</p><p>Term: five years</p>"));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    [Fact]
    public void Figures_in_a_fact_box_value_do_not_make_it_speech()
    {
        // The fact boxes give a worked total: many figures, few words. A value is short by its words, not its numbers.
        var result = Interviews.Parse(BoatGuide(
            "<p>Price: 20,000 euros</p><p>Total: 2,000 euros + 36 x 300 euros (monthly) = 12,800 euros</p>",
            "<p>Price: 26,000 euros</p><p>Total: 2,000 euros + 60 x 293.50 euros (monthly) = 19,610 euros</p>"));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Body.Should().Contain("= 19,610 euros");
    }

    [Fact]
    public void A_run_in_word_that_opens_a_few_of_many_paragraphs_does_not_label_speakers()
    {
        // An explainer with question headings that address nobody; two of its paragraphs open with the same run-in
        // word and a colon, as an enumeration does. Two uses among ten turns are no speaker.
        var page = """
            <html><head><title>What the new ferry timetable means</title></head><body><article>
            <h1>What the new ferry timetable means</h1>
            <h2>Why was the timetable changed at all?</h2>
            <p>There are two reasons for it.</p>
            <p>First: the old boats need more time in the yard, so fewer of them sail on weekdays than before.</p>
            <h2>Which crossings are cut?</h2>
            <p>The late evening crossings lose one boat each, and the early Sunday one is gone until the spring.</p>
            <h2>Is the night service safe?</h2>
            <p>It is kept, with a smaller crew, and the council will look at the numbers again after the winter.</p>
            <h2>What happens to season tickets?</h2>
            <p>First: they stay valid for every crossing that still sails, and the price does not change this year.</p>
            <h2>Where can the new times be found?</h2>
            <p>At the harbour office, on the boards at both piers and in the leaflet that goes out with the local paper.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
    }

    [Fact]
    public void Two_questions_in_a_box_under_a_long_article_are_not_an_interview()
    {
        // A news report, then a box that asks its readers two questions: the exchanges are a small part of the page.
        var page = """
            <html><head><title>Ferry pier to close for two years</title></head><body><article>
            <h1>Ferry pier to close for two years</h1>
            ARTICLE
            <h2>How will the closure affect you?</h2>
            <p>Tell us how you travel to the island and what the longer crossing means for you.</p>
            <h2>Do you have a question about the works?</h2>
            <p>Send it to the newsroom and we will put it to the council.</p>
            </article></body></html>
            """.Replace("ARTICLE", Article);

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("small part"));
    }

    private const string Article = """
        <p>The council voted on Tuesday evening to close the old ferry pier for two years while the harbour wall is rebuilt, a decision that had been delayed three times since the spring.</p>
        <p>Traders along the quay said they had expected the vote but not the length of the closure, which covers two full summer seasons and the busy weeks around the autumn fair.</p>
        <p>The engineers who surveyed the wall last winter found that the storms of the past decade had washed out much of the fill behind the stones, leaving whole sections hollow.</p>
        <p>A temporary landing stage will be built at the end of the beach road, where the water is deep enough for the smaller boats but too shallow for the car ferry at low tide.</p>
        <p>The car ferry will therefore run from the neighbouring town, adding about forty minutes to the journey for drivers who live on the island and work on the mainland.</p>
        <p>Several members of the council asked for a cheaper season ticket for island residents during the works, and the transport committee promised an answer before the new year.</p>
        <p>The fishermen's association welcomed the plan in principle but warned that the temporary landing stage must be ready before the first boats go out in March.</p>
        <p>Work on the wall is due to start in January, and the contractor has said that most of the heavy lorries will use the industrial road rather than the town centre.</p>
        """;

    [Fact]
    public void Labelled_speakers_of_whom_one_asks_stay_an_interview_however_few_the_questions()
    {
        // The same labelled shape, but one side asks, if only once, and the other answers.
        const string interview = """
            A talk at the harbour

            Mara Lind: The pier reopened last week. How did the first days go for the ferry crews?

            Tomas Berg: Busy. The morning crossings were full, and we had to add a boat on Saturday.

            Mara Lind: And the night crossings, the ones the council wanted to cut.

            Tomas Berg: They stay for now. The council agreed to keep them until the next budget.

            Mara Lind: Tell me about the new crews.

            Tomas Berg: Twelve people, most of them from the village, trained over the winter.
            """;

        var result = Interviews.Parse(interview, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Turns[0].Speaker.Should().Be("Mara Lind");
        result.Turns[0].Role.Should().Be(TurnRole.Interviewer);
    }

    // Letter labels only; the questions say "you" to whoever answers, and each answer is a word or two.
    private static string QuizPage(string headline, string standfirst) => $"""
        {headline}

        {standfirst}

        Q: In which year do you think the bridge over the harbour opened?

        A: In 1887.

        Q: How many towers can you see from the end of the pier?

        A: Three.

        Q: And which of them would you climb first?

        A: The red one.
        """;

    [Fact]
    public void Letter_labelled_questions_answered_in_fewer_words_than_asked_with_nobody_named_are_not_an_interview()
    {
        // A quiz: the questions say "you", but no guest's answers outweigh them.
        var result = Interviews.Parse(QuizPage("How well do you know the harbour?", "Test yourself before the festival."), new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named who answers"));
    }

    [Fact]
    public void Letter_labelled_questions_answered_in_fewer_words_than_asked_are_an_interview_where_the_page_names_who_answers()
    {
        var result = Interviews.Parse(QuizPage("Quick questions for the harbour master", "Harbour master Mara Lind answers our quick-fire round."),
            new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().Contain(p => p.Name == "Mara Lind" && p.Role == TurnRole.Interviewee);
    }

    // Letter labels only; the questions say "you", the answers are longer than the questions.
    private static string ServicePage(string a1, string a2, string a3) => $"""
        Delivery and service

        Q: Do you deliver the paper on Sundays as well?

        A: {a1}

        Q: Can you leave it with a neighbour?

        A: {a2}

        Q: What happens when it does not arrive?

        A: {a3}
        """;

    [Fact]
    public void Letter_labelled_answers_that_speak_as_an_organisation_with_nobody_named_are_not_an_interview()
    {
        // An FAQ: the questions ask the company, which answers as "we" and to "you".
        var result = Interviews.Parse(ServicePage(
                "Yes. We bring the Sunday edition to most addresses in the county before eight in the morning.",
                "Yes, enter the neighbour's address in your account and our carrier leaves it there from the next day on.",
                "Call our service line before ten and we send a carrier with a new copy, or credit the day to your account."),
            new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named who answers"));
    }

    [Fact]
    public void Labelled_questions_about_things_that_hardly_address_anybody_need_somebody_named_who_answers()
    {
        // A shop's customer questions: one question in four says "you", and each answer is signed by somebody else.
        const string doc = """
            Canvas day bag

            Question: Does a 15-inch laptop fit in the sleeve?

            Answer: Yes, mine fits with room to spare and the zip still closes easily. (Mark, verified buyer)

            Question: Is the rain cover removable?

            Answer: It sits in a pocket at the bottom and comes out completely when it is dry. (Shop team)

            Question: Can you wash it in a machine?

            Answer: Hand washing with mild soap is best; the machine can crack the coating. (Shop team)

            Question: How heavy is it?

            Answer: About nine hundred grams when it is empty, a little more with the cover. (Shop team)
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named who answers"));
    }

    private static string ExplainerPage(string intro, string q = "Q: ", string a = "A: ") => $"""
        <html lang="en"><head><title>Q&amp;A: the new ferry timetable</title></head><body><article>
        <h1>Q&amp;A: the new ferry timetable</h1>
        <p>{intro}</p>
        <p><strong>{q}When does the timetable start?</strong></p>
        <p>{a}On the first of May, with the first boat leaving the harbour at six in the morning.</p>
        <p><strong>{q}Are there fewer crossings on Sundays?</strong></p>
        <p>{a}Two fewer than now, one in the morning and one in the late evening, as the winter timetable had.</p>
        <p><strong>{q}Will the fares change?</strong></p>
        <p>{a}Not this year. The fares were set for two years last spring and stay as they are until then.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Q: ", "A: ")]
    [InlineData("", "")] // bold questions without letters
    public void A_page_calling_itself_a_q_and_a_whose_questions_address_nobody_and_answers_speak_for_nobody_is_no_interview(string q, string a)
    {
        var result = Interviews.Parse(ExplainerPage("The harbour board published the summer timetable on Tuesday. Here is what changes.", q, a));

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("address nobody"));
    }

    [Fact]
    public void The_same_q_and_a_is_an_interview_when_the_page_names_who_answers()
    {
        var result = Interviews.Parse(ExplainerPage("Nora Vale runs the harbour board. We put the travellers' questions to Nora Vale."));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().Contain(p => p.Name == "Nora Vale" && p.Role == TurnRole.Interviewee);
    }

    [Fact]
    public void Letter_labelled_answers_of_a_person_speaking_for_themself_stay_an_interview()
    {
        // The answers say "we" and "you" as the FAQ's do, and "I" as well.
        var result = Interviews.Parse(ServicePage(
                "Yes. We start at five, and I have carried the Sunday edition through this village for twenty years.",
                "I leave it with the old couple at the end of the lane when you ask me to, because their gate is locked.",
                "Then I hear about it before breakfast, and we drive out with a new copy, my daughter and I."),
            new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
    }

    // Plain paragraphs: questions that address "you", each followed by a longer plain paragraph; no labels, no typography.
    private static string PlainPage(string headline, string standfirst) => $"""
        <html><head><title>{headline}</title></head><body><article>
        <h1>{headline}</h1>
        <p>{standfirst}</p>
        <p>Have you ever tried to plan a whole season of sailing from a small harbour?</p>
        <p>Most people start with the boats and forget the moorings, which fill up by April and cost twice as much in summer as they do in the quiet months.</p>
        <p>Do you know how long the waiting list for a berth really is?</p>
        <p>In most towns along this coast it runs to three or four years, and the clubs give the free places to their own members before anybody else.</p>
        <p>What would you do if the ferry timetable changed in the middle of your holiday?</p>
        <p>The night crossings are cut first whenever the budget is short, and the last boat of the evening leaves an hour earlier from one week to the next.</p>
        </article></body></html>
        """;

    [Fact]
    public void Plain_questions_to_the_reader_with_nobody_named_who_answers_are_not_an_interview()
    {
        var result = Interviews.Parse(PlainPage("Planning a season at the coast", "A few things to think about before you book a berth."));

        result.IsInterview.Should().BeFalse();
        result.Turns.Should().BeEmpty();
        result.Participants.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named who answers"));
    }

    [Theory]
    [InlineData("What fills up first every summer? Our Moorings. What empties first in autumn? Our Moorings again.")]
    [InlineData("Was ist im Sommer zuerst voll? Unsere Liegeplätze. Was ist im Herbst zuerst leer? Unsere Liegeplätze.")]
    public void A_possessive_phrase_in_capitals_names_nobody_who_answers(string standfirst)
    {
        // "Our Moorings", "Unsere Liegeplätze": two capitalised words, but a determiner opens them, not a given name.
        var result = Interviews.Parse(PlainPage("Planning a season at the coast", standfirst));

        result.IsInterview.Should().BeFalse();
        result.Participants.Should().BeEmpty();
    }

    [Fact]
    public void Plain_questions_stay_an_interview_when_the_page_names_who_answers()
    {
        var result = Interviews.Parse(PlainPage("Planning a season at the coast", "Harbour master Tomas Berg answers our questions about the season ahead."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Tomas Berg");
        result.Diagnostics.Should().NotContain(d => d.Message.Contains("announced"), "the name, not an interview word, confirms it");
    }

    /// <summary>Bold questions of which only the first calls the guest, by honorific and surname; no second-person word anywhere.</summary>
    private static string CalledPage(string standfirst) => $"""
        <html lang="de"><head><title>Ohne Bienen keine Äpfel</title></head><body><article>
        <h1>Ohne Bienen keine Äpfel</h1>
        <p>{standfirst}</p>
        <p><strong>Frau Lund, wie geht es den Bienen in diesem Jahr?</strong></p>
        <p>Besser als im letzten. Der Frühling war warm und feucht, es gab viel Blüte an den Obstbäumen.</p>
        <p><strong>Was bedroht die Bienen am meisten?</strong></p>
        <p>Die Milben und die leeren Felder. Wenn nach der Rapsblüte nichts mehr blüht, hungern die Völker.</p>
        <p><strong>Was kann jeder tun?</strong></p>
        <p>Weniger mähen. Ein Stück Wiese stehen lassen hilft mehr als jedes Insektenhotel im Garten.</p>
        </article></body></html>
        """;

    [Fact]
    public void Emphasised_questions_whose_first_calls_the_named_guest_by_honorific_and_name_are_an_interview()
    {
        var result = Interviews.Parse(CalledPage("Die Imkerin Anna Lund über das Bienensterben und die Gärten der Stadt."));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Anna Lund");
    }

    [Fact]
    public void A_call_by_honorific_and_name_without_a_named_guest_makes_no_interview()
    {
        var result = Interviews.Parse(CalledPage("Über das Bienensterben und die Gärten der Stadt."));

        result.IsInterview.Should().BeFalse();
    }

    [Theory]
    [InlineData("Frau Lund, wie geht es den Bienen?", true)]
    [InlineData("Herr Dr. Berg, was kommt jetzt?", true)]
    [InlineData("Mr. Berg, what comes next?", true)]
    [InlineData("Frau von Berg, was kommt jetzt?", true)] // a surname's particle between honorific and surname
    [InlineData("Mevrouw De Vries, wat komt er nu?", true)] // capitalised where the surname stands alone
    [InlineData("Señora de la Torre, ¿qué viene ahora?", true)]
    [InlineData("Von Berg, was kommt jetzt?", false)] // a particle without an honorific calls nobody
    [InlineData("Frau Lund sagt, die Bienen hungern.", false)] // the name does not stand apart by a comma
    [InlineData("Heute, wie jedes Jahr, blüht der Raps.", false)] // no honorific
    public void A_question_that_calls_somebody_by_honorific_and_name_is_told_apart(string text, bool expected)
    {
        SecondPerson.CallsByName(text).Should().Be(expected);
    }

    [Fact]
    public void Portuguese_questions_that_address_the_guest_formally_are_asked_of_the_guest()
    {
        // "o senhor", "a senhora" address as "usted" or "Sie" do; the questions say no "você".
        const string doc = """
            O porto depois da tempestade

            Ana Lopes dirige há dez anos o porto de pesca da cidade.

            Como a senhora viu a tempestade daquele inverno?

            Da janela do escritório. O mar passou por cima do cais e levou três barcos de uma vez.

            A senhora pensou em desistir?

            Nunca. Os pescadores precisavam de alguém que ficasse, e eu fiquei com eles.

            O que mudou desde então no cais?

            Tudo. O cais novo é mais alto, e os barcos dormem agora dentro do rio.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Ana Lopes");
    }

    private static string HeadingQuestions(string closing) => $"""
        <html><head><title>Why the dunes are moving</title></head><body><article>
        <h1>Why the dunes are moving</h1>
        <p>Mara Lind studies the dunes of the northern coast for the state survey.</p>
        <h3>Are the dunes really moving inland?</h3>
        <p>Yes, a few metres a year on the open stretches. The wind takes the sand over the crest and drops it on the lee side.</p>
        <h3>What happens when you plant grass on them?</h3>
        <p>The roots hold the sand, and the dune grows upwards instead of walking. It works, but only where nobody walks on it.</p>
        <h3>Can the villages behind them be kept safe?</h3>
        <p>Most of them, with fences and planting. Two hamlets will have to move within a generation, and the council knows it.</p>
        {closing}
        </article></body></html>
        """;

    [Theory]
    [InlineData("<p><em>This interview has been edited for length and clarity.</em></p>", true)]
    [InlineData("<p><em>Das Interview wurde gekürzt und redigiert.</em></p>", true)]
    [InlineData("<p>The survey publishes its dune maps every spring.</p>", false)]
    public void A_note_on_how_the_interview_was_edited_announces_questions_set_as_headings(string closing, bool isInterview)
    {
        // Questions set as headings that rarely say "you" make explainers as often as interviews: the note says which.
        var result = Interviews.Parse(HeadingQuestions(closing));

        result.IsInterview.Should().Be(isInterview);
        result.Body.Should().NotContain("edited for length").And.NotContain("gekürzt");
    }

    // Bold questions in a language whose second-person words the parser does not list (Danish), each with a longer answer.
    private static string UnlistedLanguagePage(string standfirst) => $"""
        <html lang="da"><head><title>Havnen efter stormen</title></head><body><article>
        <h1>Havnen efter stormen</h1>
        <p>{standfirst}</p>
        <p><strong>Hvordan har havnen forandret sig efter stormen?</strong></p>
        <p>Den gamle mole var væk, og fiskerbådene lå en hel sæson ved åen, mens kommunen blev ved med at tale om penge.</p>
        <p><strong>Hvad skete der med fiskemarkedet?</strong></p>
        <p>Det flyttede over til det tomme pakhus ved stationen, og mange ældre handlende kom aldrig tilbage til vandet.</p>
        <p><strong>Hvilke planer findes der nu for en ny mole?</strong></p>
        <p>Der er to forslag, et langt af beton og et kortere af træ, og byrådet vil vælge mellem dem inden sommeren.</p>
        </article></body></html>
        """;

    [Fact]
    public void Emphasised_questions_in_a_language_without_listed_address_words_are_an_interview_once_somebody_is_named()
    {
        // Nothing in the lists can show these questions addressing anybody; their shape and the named guest decide.
        var result = Interviews.Parse(UnlistedLanguagePage("Havnefoged Sanne Dalgaard ser tilbage på ti svære år ved kysten."));

        result.IsInterview.Should().BeTrue();
        result.Turns.Should().HaveCount(6);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.IsAnInterview && d.Message.Contains("not listed"));
    }

    [Fact]
    public void Emphasised_questions_in_a_language_without_listed_address_words_are_no_interview_when_nobody_is_named()
    {
        // The same shape is an FAQ's too: without somebody named who answers it stays an article.
        var result = Interviews.Parse(UnlistedLanguagePage("Ti svære år ved kysten, og hvad der nu ændrer sig."));

        result.IsInterview.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NotAnInterview && d.Message.Contains("nobody is named who answers"));
    }

    [Fact]
    public void A_guest_named_with_a_particle_after_a_long_compound_role_noun_confirms_emphasised_questions_in_an_unlisted_language()
    {
        // No role list holds the compound before the name; its length says it is no given name, so the name with its
        // particle ("van Dijk") is the guest's.
        var result = Interviews.Parse(UnlistedLanguagePage("Klimatilpasningsrådgiveren Anna van Dijk ser tilbage på ti svære år ved kysten."));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Anna van Dijk");
    }

    // Questions set as headings, one of four saying "you", under a standfirst and a byline line.
    private static string HeadingQuestionsUnderByline(string byline) => $"""
        <html lang="en"><head><title>The tide does not wait</title></head><body><article>
        <h1>The tide does not wait</h1>
        <p>Coastal engineer Ruth Okafor on sea walls and the towns that will have to move.</p>
        <p class="byline">{byline}</p>
        <h2>Why not build higher walls?</h2>
        <p>We can for a while, but every wall pushes the water to the next town along the coast, and in the end the sea goes around it.</p>
        <h2>What is the alternative?</h2>
        <p>Stepping back on purpose: deciding where to stand and where to give way before a storm decides it for us.</p>
        <h2>Do people accept that?</h2>
        <p>Not at first. Nobody wants to leave a house their grandparents built, and it takes years of honest talk.</p>
        <h2>What would you tell a mayor today?</h2>
        <p>Start the conversation now, because the worst decisions are made in a hurry when the water is already in the street.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Interview by Tom Berg", true)]
    [InlineData("Interview: Tom Berg", true)]
    [InlineData("By Tom Berg", false)] // a plain byline says nothing of the form
    public void A_byline_that_credits_an_interview_announces_heading_questions_that_rarely_say_you(string byline, bool isInterview)
    {
        var result = Interviews.Parse(HeadingQuestionsUnderByline(byline));

        result.IsInterview.Should().Be(isInterview);
    }
}
