using FluentAssertions;
using InterviewParser.Chrome;
using Xunit;

namespace InterviewParser.Tests.Chrome;

/// <summary>Chrome lines recognised by their shape, in several languages, and prose of similar words that is not chrome.</summary>
public class ChromePatternTests
{
    [Theory]
    [InlineData("Foto: privat")]
    [InlineData("Titelbild: Hafen von Kiel, Luftaufnahme")]
    [InlineData("Bildquelle: Stadtarchiv")]
    [InlineData("Photograph: Jane Roe/Harbour Agency")]
    [InlineData("Fotocredit: Anna Lund")]
    [InlineData("Imagen: archivo del puerto")]
    [InlineData("Die Fotos wurden uns vom Hafenmuseum zur Verfügung gestellt.")]
    [InlineData("Pictures courtesy of the harbour museum.")]
    [InlineData("Photo by Jane Roe")]
    [InlineData("Photographs by Tom Berg for the Harbour Weekly")]
    [InlineData("Fotos von Anna Lund/Hafenbild")]
    public void Picture_credits_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("#harbour #ferries", true)]
    [InlineData("#Harbour#Ferries#Summer2024", true)]
    [InlineData("#harbour", false)] // one tag can be a heading
    [InlineData("#harbour and #ferries", false)] // words between the tags: a sentence
    [InlineData("# harbour # ferries", false)] // Markdown marks, no tags
    [InlineData("##harbour", false)]
    public void A_row_of_hashtags_and_nothing_else_is_a_tag_row(string line, bool tagRow) => ChromePatterns.IsTagRow(line).Should().Be(tagRow);

    [Theory]
    [InlineData("Folgt uns auf Instagram")]
    [InlineData("Folge uns auf Facebook | Instagram")]
    [InlineData("Follow us on Instagram")]
    public void A_call_to_follow_the_site_is_chrome_in_every_form_of_address(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Leave this field empty if you're human:")]
    [InlineData("Please leave this field blank")]
    [InlineData("Bitte dieses Feld leer lassen")]
    [InlineData("Wenn du ein Mensch bist, lasse das Feld leer:")]
    [InlineData("Laissez ce champ vide")]
    [InlineData("Deja este campo vacío")]
    public void The_label_of_a_form_field_left_empty_against_spam_is_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Kontakt:")]
    [InlineData("Impressum")]
    [InlineData("Datenschutzerklärung")]
    [InlineData("Privacy Policy")]
    [InlineData("Terms of Use")]
    [InlineData("Advertise with us")]
    public void The_links_of_a_page_footer_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("The old lighthouse at the end of the breakwater. © Jane Roe/Harbour Agency")]
    [InlineData("Fischer beim Entladen am frühen Morgen © Hafenbild / Anna Lund")]
    [InlineData("Les quais au lever du jour.© Agence du Port")]
    [InlineData("(Image: © Harbour Agency)")]
    public void Captions_that_end_in_a_copyright_credit_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Jane Roe at the quay, Foto: Tom Berg")]
    [InlineData("Jane Roe (Foto: Tom Berg)")]
    [InlineData("Der Hafenmeister am Kai Foto: Anna Lund/Hafenbild")]
    public void Captions_of_a_few_words_that_run_into_their_credit_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("The ferry leaves the harbour at dawn, as it has every day since the war. - Foto: Anna Lund")]
    [InlineData("Die Fähre verlässt den Hafen im Morgengrauen, wie jeden Tag seit dem Krieg. — Foto: Anna Lund/Hafenbild")]
    [InlineData("The old crane on the north quay, rebuilt last year. Photo: Tom Berg (CC BY-SA 4.0)")]
    public void Captions_whose_credit_follows_a_dash_or_carries_a_licence_are_chrome(string line) =>
        ChromePatterns.IsCaptionWithCredit(line).Should().BeTrue();

    [Theory]
    [InlineData("The exhibition shows the harbour in winter and the old ferry at the quay in spring, Foto: Tom Berg")]
    [InlineData("We asked what the word means, and she said Foto: a picture")]
    public void A_long_sentence_that_mentions_a_credit_word_is_not_a_captioned_credit(string line) =>
        ChromePatterns.IsCaptionWithCredit(line).Should().BeFalse();

    [Theory]
    [InlineData("The harbour trust rebuilt the pier in a single summer Foto: Anna Lund/Hafenbild", "The harbour trust rebuilt the pier in a single summer")]
    [InlineData("The old crane on the north quay has been repaired (Image: HARBOUR AGENCY )", "The old crane on the north quay has been repaired")]
    [InlineData("Die Fähre fährt wieder jeden Morgen um sechs. (Foto: privat)", "Die Fähre fährt wieder jeden Morgen um sechs.")]
    [InlineData("Die neue Mole im Winter (Foto: hafen archiv/Anna Lund)", "Die neue Mole im Winter")]
    [InlineData("We asked what the word means, and she said Foto: a picture", "We asked what the word means, and she said Foto: a picture")]
    [InlineData("The list was short. Photo: see the gallery below.", "The list was short. Photo: see the gallery below.")]
    [InlineData("The ferry leaves at six in the morning.", "The ferry leaves at six in the morning.")]
    public void A_picture_credit_run_onto_the_end_of_a_paragraph_is_cut_off_and_a_sentence_is_kept(string line, string expected) =>
        ChromePatterns.WithoutTrailingCredit(line).Should().Be(expected);

    [Fact]
    public void A_standfirst_that_runs_into_its_pictures_credit_leads_without_the_credit()
    {
        var result = Interviews.Parse("""
            <html><head><title>Interview: the harbour after the storm</title></head><body><article>
            <h1>Interview: the harbour after the storm</h1>
            <p>The harbour master looks back on ten years of storms, repairs and quarrels with the council Foto: Anna Lund/Hafenbild</p>
            <p><strong>Q:</strong> How did the harbour change after the storm?</p>
            <p><strong>A:</strong> The old pier was gone within a night, and I had the boats moor along the river for a season.</p>
            <p><strong>Q:</strong> What happened to the fish market?</p>
            <p><strong>A:</strong> It moved into the warehouse by the station, and I still buy my fish there every Friday.</p>
            </article></body></html>
            """);

        result.Lead.Should().Be("The harbour master looks back on ten years of storms, repairs and quarrels with the council");
    }

    [Theory]
    [InlineData("The harbour trust holds the © on every photograph it has taken since the war, and it licenses them to anyone who asks.")]
    [InlineData("She drew the © sign on the crate herself.")]
    [InlineData("©")]
    public void Text_that_only_mentions_a_copyright_sign_is_not_a_caption(string line) => ChromePatterns.IsCaptionWithCopyright(line).Should().BeFalse();

    [Theory]
    [InlineData("Crates of herring stacked on the quay in the early light © Jane Roe/Harbour Agency")]
    [InlineData("Crates of herring on the quay, Foto: Jane Roe/Harbour Agency")]
    [InlineData("Crates of herring stacked on the quay in the early light. Photograph: Jane Roe/Harbour Agency")]
    public void A_caption_with_its_credit_inside_a_text_scrape_goes_without_cutting_the_text_in_two(string caption)
    {
        string text = $"""
            Harbour News
            Home
            Sport
            Weather
            The night the ferry came back late

            The first boats leave before sunrise, and by six the quay is already full of crates, nets and people shouting prices.
            {caption}
            By noon the market is over, the gulls take what is left, and the harbour falls quiet until the evening tide comes in.
            In the evening the ferry crew meet at the café on the corner and talk about the weather for the next crossing.

            Imprint
            Privacy
            """;

        var result = Fixtures.ParseText(text);

        result.Body.Should().Contain("The first boats leave before sunrise").And.Contain("By noon the market is over")
            .And.Contain("In the evening the ferry crew meet");
        result.Body.Should().NotContain("Jane Roe");
    }

    [Theory]
    [InlineData("Image 3 of 12")]
    [InlineData("Bild 5 von 10")]
    [InlineData("Foto 1 de 1")]
    [InlineData("Photo 2/8")]
    [InlineData("Photo 4 sur 7")]
    public void Gallery_counters_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Photo 9 of 3")]
    [InlineData("Image 3 of 12 shows the old harbour")]
    [InlineData("Windows 7 or 10")]
    [InlineData("Bild 5 von zehn")]
    public void Counts_that_are_not_a_gallery_counter_are_not_chrome(string line) => ChromePatterns.IsGalleryCounter(line).Should().BeFalse();

    [Theory]
    [InlineData("00:00 / 48:12 Download MP3")]
    [InlineData("Play 0:00/3:45")]
    [InlineData("Abspielen 1:02:10 / 1:15:00 Herunterladen")]
    public void A_media_players_clock_row_is_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("The ferry left at 9:30 / the bus at 10:15")] // two clock times of a day, not a player's row
    [InlineData("Play 48:12 / 0:00")] // the time played past the length
    [InlineData("Ratio 3:2 / 4:3")]
    public void Times_that_are_no_players_clock_are_not_chrome(string line) => ChromePatterns.IsPlayerClock(line).Should().BeFalse();

    [Theory]
    [InlineData("Lesezeit 5 Min.")]
    [InlineData("4 min read")]
    [InlineData("12.03.2024, Lesezeit 3 Minuten")]
    [InlineData("Tiempo de lectura: 6 minutos")]
    public void Reading_time_notes_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Unterstütze unabhängigen Journalismus!")]
    [InlineData("Jetzt Newsletter abonnieren")]
    [InlineData("Nichts mehr verpassen: Abonnieren Sie unseren Newsletter und bleiben Sie informiert.")]
    [InlineData("Subscribe to our weekly newsletter")]
    [InlineData("Suscríbete a nuestro boletín")]
    [InlineData("Read the full transcript of the conversation")]
    [InlineData("Hier das ganze Gespräch anhören")]
    [InlineData("Jetzt kostenlos anhören.")]
    [InlineData("Hier kannst du dir das ganze Video ansehen!")]
    [InlineData("So könnt ihr uns unterstützen:")]
    [InlineData("Die ganze Studie finden Sie hier zum Download.")]
    [InlineData("Read the full transcript.")]
    [InlineData("Thanks for reading the Harbour Letter! Subscribe for free to receive new posts and support my work.")]
    [InlineData("Need more tides? Subscribe to our sister magazine for the latest news from the coast.")]
    [InlineData("Mehr Geschichten von der Küste? Dann abonniere unseren Newsletter.")]
    public void Calls_to_action_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("About nine thousand households subscribe to the print edition, and we support each of them by hand.")]
    [InlineData("Etwa neuntausend Haushalte abonnieren die gedruckte Ausgabe, und viele unterstützen uns seit Jahrzehnten.")]
    public void A_statement_that_speaks_of_subscribing_is_no_call(string line) => ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("We support about two hundred families in the valley.")] // a short stem of one language inside a word of another
    [InlineData("What do you miss about the old port?")]
    public void A_call_verb_beside_a_word_that_holds_a_short_subscription_stem_is_no_call(string line) =>
        ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("Jetzt das Digital-Abo abschließen und unterstützen")] // the short word ending a word, in a compound and alone
    [InlineData("Unterstütze uns mit einem Abo")]
    [InlineData("Jetzt Probeabo sichern und sparen!")] // a compound's last part
    [InlineData("Jetzt abonnieren und unterstützen")]
    public void A_short_subscription_word_ending_a_word_still_makes_a_call(string line) => ChromeLexicon.MentionsSubscription(line).Should().BeTrue();

    [Theory]
    [InlineData("Everything we publish is free to download.")]
    [InlineData("What do you like to read?")]
    [InlineData("I never wanted to watch.")]
    [InlineData("Das Buch war toll zu lesen.")]
    [InlineData("Das wollte ich immer schon lesen.")]
    public void A_statement_or_question_that_ends_on_a_verb_of_reading_or_watching_is_no_call(string line) =>
        ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("Ada Vance on lighthouses that listen")] // a headline
    [InlineData("Harbour cranes removed from night watch")]
    [InlineData("Four tricks the ferry crews swear by to read")]
    [InlineData("Old trawler with new engine support")]
    public void A_longer_line_ending_on_an_english_verb_in_small_letters_is_no_call(string line) =>
        ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("Den ganzen Artikel hier lesen")] // German calls end on the verb, however many words lead to it
    [InlineData("Diese Folge jetzt kostenlos anhören")]
    [InlineData("(BUTTON) Subscribe")] // a few words may end on any language's verb
    [InlineData("Customer Support")]
    public void Calls_that_end_on_the_verb_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Sign in to join the discussion")]
    [InlineData("Nur angemeldete Leser können hier kommentieren.")]
    [InlineData("Vous devez être connecté pour publier un commentaire.")]
    [InlineData("Debes estar registrado para publicar un comentario.")]
    public void Notes_that_ask_the_reader_to_sign_in_to_comment_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Was this article helpful?")]
    [InlineData("War der Beitrag nützlich?")]
    [InlineData("Fandest du diesen Text hilfreich?")]
    [InlineData("¿Te ha resultado útil este artículo?")]
    public void A_question_asking_whether_the_page_helped_is_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Was the new ferry helpful to the islanders?")]
    [InlineData("Was this article helpful.")]
    [InlineData("Was the article you wrote about the harbour helpful to the families who lost their boats that winter?")]
    public void Questions_about_help_that_are_not_the_pages_feedback_question_are_kept(string line) =>
        ChromePatterns.IsFeedbackQuestion(line).Should().BeFalse();

    [Theory]
    [InlineData("Her design in the comments section of the old harbour forum won the prize that year.")]
    [InlineData("When I finally logged in that night, the comments under my harbour photographs had turned from kind to cruel, and I could not stop reading them until the ferry horn sounded at dawn.")]
    public void Sentences_that_only_touch_on_signing_in_or_comments_are_not_sign_in_notes(string line) =>
        ChromePatterns.IsSignInNote(line).Should().BeFalse();

    [Theory]
    [InlineData("Link copied to clipboard")]
    [InlineData("Der Link zum Artikel wurde in die Zwischenablage kopiert.")]
    [InlineData("Enlace copiado al portapapeles")]
    public void Notices_that_a_link_was_copied_to_the_clipboard_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Then copy the selected text from the terminal to the clipboard.")] // a sentence about the clipboard names no link
    [InlineData("I copied the link to the archive and sent it to my editor that night, and she called me back within the hour from the harbour.")]
    public void Sentences_about_copying_are_no_clipboard_notices(string line) => ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("Produced by Kim Dahl. Music by The Tidemen.")]
    [InlineData("Redaktion von Anna Lund | Musik von Tom Berg")]
    public void A_shows_credits_run_together_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("(Reporting by Anna Lund; Editing by Tom Berg)")] // a news report's own closing line
    [InlineData("It was directed by my father. We shot it in a week.")]
    [InlineData("Painted by Anna Lund.")] // one credit alone
    public void Lines_that_are_no_credits_roll_stay(string line) => ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("This conversation has been edited and condensed.")]
    [InlineData("Interview edited for length and clarity.")]
    [InlineData("Das Gespräch wurde gekürzt und autorisiert.")]
    [InlineData("Esta entrevista ha sido editada.")]
    public void Notes_on_how_the_interview_was_edited_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("My interview was edited badly by the station.")] // the speaker's own interview
    [InlineData("We edited the film for a year, and the interview with the mayor came last.")]
    public void Answers_that_mention_an_edited_interview_are_no_editing_notes(string line) => ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Theory]
    [InlineData("This is a rush transcript. It may contain errors.")]
    [InlineData("Transcripts are generated automatically and may contain mistakes.")]
    [InlineData("The accuracy of our transcripts varies, and a transcript may be revised later.")]
    public void Notes_on_a_transcripts_state_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("Harbour history paper: https://example.org/papers/harbour.pdf")]
    [InlineData("Further reading - https://example.org/ferries")]
    [InlineData("Coast · Anna Lund, Tom Berg")]
    [InlineData("4,5 bei 1234 Bewertungen")]
    [InlineData("VIDEO: The ferry's last crossing before winter")]
    [InlineData("Have you ever crossed in a storm? Tell us in the comments!")]
    [InlineData("Dieses Skript als PDF herunterladen")]
    [InlineData("The whole conversation is on our site: www.example.org/ferry")]
    [InlineData("Mehr über den Verein: segelclub.example.de")]
    [InlineData("What would you have done in her place? Sound off below!")]
    public void Link_references_and_meta_rows_are_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeTrue();

    [Theory]
    [InlineData("The full report is online, and we read it twice before we spoke to the mayor: https://example.org/report.")]
    [InlineData("Bildung ist der Schlüssel: Das sagen alle, aber kaum jemand handelt danach.")]
    [InlineData("Support for the ferry was strong in the villages, and the council knew it.")]
    [InlineData("The transcript of the trial runs to four hundred pages.")]
    [InlineData("Das ist z.B. so, d.h. nicht anders.")]
    [InlineData("We talked for five minutes about the books she likes to read in winter.")]
    [InlineData("I did not want to miss the last ferry, so I ran all the way down to the pier.")]
    [InlineData("Every week the host invites a guest from the coast. Listen wherever you get your podcasts.")]
    [InlineData("We chose the best ferry photographs of the year on example.org")]
    [InlineData("Photos by the old pier were the ones she liked best")]
    [InlineData("Photographs by Tom Berg hang in the ferry office and in every café on the quay")]
    public void Prose_with_similar_words_is_not_chrome(string line) => ChromeLexicon.IsChromeLine(line).Should().BeFalse();

    [Fact]
    public void A_heading_over_nothing_but_links_goes_with_its_links()
    {
        const string page = """
            <html><body><article><h1>The harbour at dawn</h1>
            <p>The first boats leave before sunrise, and by six the quay is already full of crates, nets and people shouting prices.</p>
            <p>By noon the market is over, the gulls take what is left, and the harbour falls quiet until the evening tide.</p>
            <h2>Our pick</h2>
            <p><a href="/other">Read another story from the coast here</a></p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Body.Should().NotContain("Our pick").And.NotContain("Read another story");
        result.Body.Should().Contain("The first boats leave");
    }

    [Fact]
    public void A_footnote_closing_the_text_is_not_text()
    {
        const string page = """
            <html><body><article><h1>The harbour at dawn</h1>
            <p>The first boats leave before sunrise, and by six the quay is already full of crates, nets and people shouting prices.</p>
            <p>By noon the market is over, the gulls take what is left, and the harbour falls quiet until the evening tide.</p>
            <p>*This story first appeared in the spring issue of the coast magazine.</p>
            </article></body></html>
            """;

        Interviews.Parse(page).Body.Should().NotContain("first appeared");
    }

    [Theory]
    [InlineData("[image]", true)]
    [InlineData("[svg][logo.png]", true)]
    [InlineData("[Anna] [gif]", true)]
    [InlineData("[Tom Berg] We stayed in the harbour for four days. [laughter]", false)]
    [InlineData("[TB] Four days, and we slept on the benches. [laughs]", false)]
    public void A_line_in_brackets_at_both_ends_is_a_text_browsers_picture_unless_a_name_in_brackets_opens_speech(string line, bool artifact)
    {
        ChromeFilter.IsMarkupArtifact(line).Should().Be(artifact);
    }
}
