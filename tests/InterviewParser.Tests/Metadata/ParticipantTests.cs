using FluentAssertions;
using InterviewParser.Model;
using Xunit;

namespace InterviewParser.Tests.Metadata;

public class ParticipantTests
{
    private static readonly ParseOptions Text = new() { Format = DocumentFormat.Text };

    [Theory]
    [InlineData("\"The river taught me patience,\" says Ruth Lind", "Ruth Lind")]
    [InlineData("„Der Fluss hat mich Geduld gelehrt“, sagt Ruth Lind", "Ruth Lind")]
    [InlineData("\"O rio me ensinou a paciência\", diz Ruth Lind", "Ruth Lind")]
    [InlineData("'The river taught me patience,' Ruth Lind says", "Ruth Lind")]
    [InlineData("\"The river taught me patience,\" says the ferryman", null)] // no name after the verb
    [InlineData("\"The river taught me patience\" and other lessons from Ruth Lind", null)] // no verb of saying
    public void A_headline_quoting_somebody_with_a_verb_of_saying_names_who_speaks(string headline, string? expected)
    {
        InterviewParser.Metadata.ParticipantExtractor.QuotedSpeaker(headline).Should().Be(expected);
    }

    [Fact]
    public void The_person_a_quotation_headline_attributes_its_words_to_is_the_guest()
    {
        const string html = """
            <html lang="en"><head><title>River talk</title></head><body><article>
            <h1>"The river taught me patience," says Ruth Lind</h1>
            <p>The boat builder, who has worked on the same riverbank for thirty years, on wood, water and waiting.</p>
            <p><b>How did you start building boats?</b></p>
            <p>My father built them, and I swept his workshop until he let me hold a plane.</p>
            <p><b>What has changed since then?</b></p>
            <p>The wood is harder to find. Oak used to come from the valley; now it comes from far away.</p>
            <p><b>Will you ever stop?</b></p>
            <p>When my hands tell me to. They have not said anything yet.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ruth Lind");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Ruth Lind");
    }

    // Bold questions, one in three addressing the guest: the page must vouch for the interview by its own words.
    private static string CreditedPage(string standfirst, string closing) => $"""
        <html><head><title>A year of the bees</title></head><body><article>
        <h1>A year of the bees</h1>
        <p>{standfirst}</p>
        <p><strong>How did you come to keep bees?</strong></p>
        <p>Through my grandfather. He had twelve hives in the garden, and as a child I held the frames while he spun the honey.</p>
        <p><strong>Which year was the hardest?</strong></p>
        <p>The last one. A wet autumn kept the bees inside when they should have been foraging, and the mites did the rest.</p>
        <p><strong>Will honey cost more?</strong></p>
        <p>A little. We lost a third of the harvest, so the old price cannot hold.</p>
        <p><em>{closing}</em></p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Das Gespräch führte Anna Weber.")]
    [InlineData("Propos recueillis par Anna Weber")]
    [InlineData("Interview: Anna Weber")]
    [InlineData("Questions by Anna Weber")]
    [InlineData("Беседу вела Anna Weber")] // Russian: "led the talk"
    [InlineData("Intervista di Anna Weber")]
    [InlineData("Intervjuet av Anna Weber")]
    [InlineData("Intervjuad av Anna Weber")]
    public void A_credit_for_the_questions_under_the_text_announces_the_interview_and_names_the_interviewer(string credit)
    {
        var result = Interviews.Parse(CreditedPage("Jana Berg has kept bees on the river marshes for twenty years.", credit));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Anna Weber");
        result.Turns.Should().NotContain(t => t.Text.Contains("Anna Weber"));
    }

    [Theory]
    [InlineData("Jana Berg has kept bees on the river marshes for twenty years. Interview by Anna Weber.")]
    [InlineData("Die Imkerin Jana Berg über ein schwieriges Jahr. Das Gespräch führte Anna Weber.")]
    [InlineData("Jana Berg hält seit zwanzig Jahren Bienen in den Marschen. Das Gespräch führte Anna Weber.")] // "Jahren Bienen" is no name
    public void A_credit_closing_the_standfirst_names_the_interviewer(string standfirst)
    {
        var result = Interviews.Parse(CreditedPage(standfirst, "Photos: Tom Lind"));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Anna Weber");
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewee && p.Name == "Jana Berg");
    }

    [Theory]
    [InlineData("By Anna Weber")]
    [InlineData("Words by Anna Weber")]
    [InlineData("Av Anna Weber")] // Norwegian
    [InlineData("Tekst: Anna Weber")]
    [InlineData("Беседовала Anna Weber")] // Russian: "talked with them"
    [InlineData("Words: Anna Weber")]
    [InlineData("Texto: Anna Weber")] // Spanish, Portuguese
    [InlineData("Texte : Anna Weber")] // French
    [InlineData("Von Anna Weber (Text) und Tom Lind (Fotos)")] // each name's part in brackets
    public void A_byline_under_the_headline_names_the_interviewer(string byline)
    {
        var result = Interviews.Parse($"""
            <html><head><title>A year of the bees</title></head><body><article>
            <h1>A year of the bees</h1>
            <p class="byline">{byline}</p>
            <p>Jana Berg has kept bees on the river marshes for twenty years.</p>
            <p><strong>How did you come to keep bees?</strong></p>
            <p>Through my grandfather. He had twelve hives in the garden, and as a child I held the frames while he spun the honey.</p>
            <p><strong>Which year was the hardest for you?</strong></p>
            <p>The last one. A wet autumn kept the bees inside when they should have been foraging, and the mites did the rest.</p>
            </article></body></html>
            """);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Anna Weber");
        result.Turns[0].Speaker.Should().Be("Anna Weber");
        result.Body.Should().NotContain("Anna Weber");
    }

    [Fact]
    public void Guests_listed_each_with_a_role_before_the_name_take_their_own_roles_not_the_rest_of_the_list()
    {
        var result = Interviews.Parse("""
            <html><head><title>Who will mend the sea wall?</title></head><body><article>
            <h1>Who will mend the sea wall?</h1>
            <p>We asked three people who know the harbour: engineer Rita Holm, historian Ole Brun and mayor Eva Sand.</p>
            <p><strong>Rita Holm:</strong> The wall has two winters left, perhaps three.</p>
            <p><strong>Ole Brun:</strong> Every storm takes another stone. We see it from the boats.</p>
            <p><strong>Eva Sand:</strong> The council has the money for half of the repair.</p>
            <p><strong>Tom Berg:</strong> And the other half?</p>
            <p><strong>Eva Sand:</strong> We have asked the region, and we will know in spring.</p>
            <p><strong>Tom Berg:</strong> Rita, what happens if nothing is done?</p>
            <p><strong>Rita Holm:</strong> Then the old quay floods twice a year instead of once in ten.</p>
            </article></body></html>
            """);

        var titles = result.Participants.Where(p => p.Role == TurnRole.Interviewee).ToDictionary(p => p.Name, p => p.Title);
        titles.Should().Contain("Rita Holm", "engineer").And.Contain("Ole Brun", "historian").And.Contain("Eva Sand", "mayor");
    }

    [Fact]
    public void A_byline_closing_the_last_answer_names_the_interviewer_and_leaves_the_answer()
    {
        var result = Interviews.Parse(CreditedPage("Jana Berg has kept bees on the river marshes for twenty years. An interview.", "By Anna Weber"));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Anna Weber");
        result.Turns[^1].Text.Should().EndWith("the old price cannot hold.");
    }

    [Fact]
    public void A_standfirst_calling_the_text_a_conversation_about_something_announces_the_interview()
    {
        var result = Interviews.Parse(CreditedPage("Jana Berg has kept bees for twenty years. Ein Gespräch über ein schwieriges Jahr.", "Photos: the author"));

        result.IsInterview.Should().BeTrue();
    }

    [Fact]
    public void A_headline_giving_a_name_and_then_a_quotation_names_the_interviewee()
    {
        var result = Interviews.Parse("""
            <html><head><title>Lena Brandt: "The sea gives back what we give it"</title></head><body><article>
            <h1>Lena Brandt: "The sea gives back what we give it"</h1>
            <p>The marine biologist has studied the seagrass of the bay for fifteen years.</p>
            <p><strong>How did you start studying seagrass?</strong></p>
            <p>By chance. I was looking for a thesis topic, and my supervisor took me diving in the bay.</p>
            <p><strong>How are the meadows doing today?</strong></p>
            <p>Better than ten years ago. Since anchoring on them was banned, they have won back a third of their area.</p>
            </article></body></html>
            """);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Lena Brandt");
    }

    [Fact]
    public void A_headline_closing_on_the_guests_occupation_titles_the_one_guest_the_standfirst_names()
    {
        var result = Interviews.Parse("""
            <html><head><title>Five questions for a photographer</title></head><body><article>
            <h1>Five questions for a photographer</h1>
            <p>Lena Brandt has photographed the harbour every morning for fifteen years. We asked her about it.</p>
            <p><strong>Why the same place every morning?</strong></p>
            <p>Because it is never the same. The light, the boats and the people change from one day to the next.</p>
            <p><strong>What is your favourite picture?</strong></p>
            <p>A fisherman asleep on his nets, on a foggy morning in my second winter here.</p>
            <p><strong>Do you ever take a day off?</strong></p>
            <p>On Christmas Day, and even then I walk past the harbour with the camera in my pocket.</p>
            </article></body></html>
            """);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Should().Match<Participant>(p => p.Name == "Lena Brandt" && p.Title == "photographer");
    }

    [Fact]
    public void A_standfirst_opening_with_a_role_noun_and_a_full_name_names_the_interviewee()
    {
        var result = Interviews.Parse("""
            <html><head><title>The sea gives back</title></head><body><article>
            <h1>The sea gives back</h1>
            <p>Biologist Ingrid Dahl has studied the kelp forests of the fjord for fifteen years.</p>
            <p><strong>How did you start studying kelp?</strong></p>
            <p>By chance. I was looking for a thesis topic, and my supervisor took me diving in the fjord.</p>
            <p><strong>How is the kelp doing today?</strong></p>
            <p>Better than ten years ago. The sea urchins have retreated, and the kelp has won back a third of its area.</p>
            </article></body></html>
            """);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ingrid Dahl");
    }

    [Fact]
    public void A_standfirst_that_opens_with_a_full_name_names_the_interviewee()
    {
        var result = Interviews.Parse("""
            <html><head><title>Talking signals</title></head><body><article>
            <h1>Talking signals</h1>
            <p>Ruth Anders has designed railway signals for twenty years.</p>
            <p><strong>Q.</strong> How did you get into signalling?</p>
            <p><strong>A.</strong> By chance. I wanted to build bridges, but the only internship left was in the signal office, and I stayed.</p>
            <p><strong>Q.</strong> What is the hardest part of your job?</p>
            <p><strong>A.</strong> Testing. A new interlocking has thousands of routes, and each one has to be tried before a train may use it.</p>
            </article></body></html>
            """);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ruth Anders");
    }

    [Fact]
    public void A_standfirst_opening_with_a_name_and_its_apposition_names_the_interviewee()
    {
        // "NAME, role at place, verb …": the comma after the name opens an apposition, and the name is still the subject.
        var result = Interviews.Parse("""
            <html><head><title>Talking signals</title></head><body><article>
            <h1>Talking signals</h1>
            <p>Ruth Anders, chief engineer of the signal office, explains why new interlockings take years to test.</p>
            <h2>How did your work start?</h2>
            <p>By chance. I wanted to build bridges, but the only internship left was in the signal office, and I stayed.</p>
            <h2>What is the hardest part of your job?</h2>
            <p>Testing. A new interlocking has thousands of routes, and each one has to be tried before a train may use it.</p>
            <h2>Does it ever go wrong?</h2>
            <p>Rarely, and never twice in the same way, which is why the tests take so long.</p>
            </article></body></html>
            """);

        result.IsInterview.Should().BeTrue();
        var guest = result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which;
        guest.Name.Should().Be("Ruth Anders");
        guest.Title.Should().Be("chief engineer of the signal office");
    }

    [Fact]
    public void A_standfirst_opening_with_a_title_and_the_name_between_commas_names_the_interviewee()
    {
        // "The role, NAME, verb …": the fronted phrase is the name's apposition, and the name is the subject (the author's
        // name line is another candidate). The labelled questions address nobody: only the named guest makes it an interview.
        const string doc = """
            Talking signals

            The chief engineer of the signal office, Ruth Anders, explains why new interlockings take years to test.

            Tom Hale
            York - 4 May 2023

            Q. How did the work start?

            A. By chance. I wanted to build bridges, but the only internship left was in the signal office, and I stayed.

            Q. What is the hardest part of the job?

            A. Testing. A new interlocking has thousands of routes, and each one has to be tried before a train may use it.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ruth Anders");
    }

    [Theory]
    [InlineData("Ruth Anders (Leeds, 1971) is chief engineer of the signal office.")]
    [InlineData("Ruth Anders (54) is chief engineer of the signal office.")]
    public void A_bracket_after_the_standfirsts_opening_name_neither_hides_the_name_nor_the_title(string standfirst)
    {
        // A birthplace and year or an age in brackets between the name and the verb.
        var result = Interviews.Parse($"""
            <html><head><title>Talking signals</title></head><body><article>
            <h1>Talking signals</h1>
            <p>{standfirst}</p>
            <p><strong>Anders, how did you get into signalling?</strong></p>
            <p>By chance. I wanted to build bridges, but the only internship left was in the signal office, and I stayed.</p>
            <p><strong>What is the hardest part of your job?</strong></p>
            <p>Testing. A new interlocking has thousands of routes, and each one has to be tried before a train may use it.</p>
            </article></body></html>
            """);

        result.IsInterview.Should().BeTrue();
        var guest = result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which;
        guest.Name.Should().Be("Ruth Anders");
        guest.Title.Should().Be("chief engineer of the signal office");
    }

    [Fact]
    public void The_person_the_interviewer_addresses_by_name_is_the_interviewee()
    {
        const string doc = """
            Winter on the island

            The ferry stops in November. Then only the mail boat comes, and the island belongs to its forty people and to Mara Lind, who runs the shop in Port Ellen and the weather station.

            Mara, why do you stay when the others leave?

            Because somebody has to read the instruments, and because I like the quiet after the tourists have gone home.

            Do you never feel cut off?

            Sometimes, in February, when the storms take the phone line for a week and the boat cannot land.

            What do you read in those weeks?

            Old almanacs, and the logbooks of the keepers before me, which are better than any novel.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Mara Lind");
    }


    [Theory]
    [InlineData("Professoressa")] // a role noun used as a form of address
    [InlineData("Signora")] // an honorific
    public void A_name_only_the_headline_writes_is_the_guest_when_the_questions_call_its_surname(string address)
    {
        string html = $"""
            <html lang="it"><head><title>Maree e pazienza: parla Nora Vale</title></head><body><article>
            <h1>Maree e pazienza: parla Nora Vale</h1>
            <p><strong>{address} Vale, quando ha cominciato a immergersi?</strong></p>
            <p>A sedici anni, dalla barca di mio padre, con una maschera prestata e nessuna idea di cosa stessi guardando.</p>
            <p><strong>Che cosa è cambiato da allora?</strong></p>
            <p>Le praterie sul fondo si sono ridotte di un terzo nella nostra baia, e l'acqua è più calda di due gradi.</p>
            <p><strong>Si può fare qualcosa?</strong></p>
            <p>Le boe al posto delle ancore funzionano: lo abbiamo misurato per dieci estati.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("Every Saturday Nora Vale lends out seeds in the town hall. I asked her five questions.", "Nora Vale")]
    [InlineData("Every Saturday Nora Vale and Tom Berg lend out seeds in the town hall. I asked five questions.", null)] // two people: neither is sure
    public void The_one_person_the_lead_names_once_is_the_guest(string lead, string? guest)
    {
        string html = $"""
            <html lang="en"><head><title>Five questions for a seed librarian</title></head><body><article>
            <h1>Five questions for a seed librarian</h1>
            <p>{lead}</p>
            <p><strong>How does a seed library work?</strong></p>
            <p>You borrow seeds in spring and bring some back in autumn from your best plants, so the varieties get used to our soil.</p>
            <p><strong>What is borrowed most?</strong></p>
            <p>Runner beans. They are easy to save, and children love them.</p>
            <p><strong>Where can people find you?</strong></p>
            <p>Every Saturday morning, next to the lost property desk. Bring an envelope.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeTrue();
        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal(guest is null ? [] : [guest]);
    }

    [Theory]
    [InlineData("By Hannah", "Hannah")]
    [InlineData("Posted on April 18, 2021 by Hannah", "Hannah")] // a blog's date row closing on the writer
    [InlineData("By Staff", null)] // a desk signs for nobody in particular
    [InlineData("By May", null)] // a month
    public void A_byline_of_one_name_names_the_interviewer(string byline, string? interviewer)
    {
        string html = $"""
            <html lang="en"><head><title>Honey on the roof</title></head><body><article>
            <h1>Honey on the roof</h1>
            <p class="byline">{byline}</p>
            <p>Nora Vale keeps twelve hives on the hospital roof. We asked her about them.</p>
            <p><strong>How did you start keeping bees?</strong></p>
            <p>A patient gave me a swarm in a cardboard box, and I read everything I could find.</p>
            <p><strong>When is the honey ready?</strong></p>
            <p>By August.</p>
            <p><strong>Do your colleagues mind?</strong></p>
            <p>They mind until they taste the honey. Then they ask when the next jar is ready.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Participants.Where(p => p.Role == TurnRole.Interviewer).Select(p => p.Name).Should().Equal(interviewer is null ? [] : [interviewer]);
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == interviewer);
        result.Turns.Should().Contain(t => t.Role == TurnRole.Interviewee && t.Text == "By August."); // a short answer is no byline
    }

    [Fact]
    public void A_short_answer_label_takes_the_full_name_written_beside_it_most_often()
    {
        const string doc = """
            Two brewers

            The new brewery belongs to Tom Berg and Lea Vos. Tom Berg ran a bakery before; Lea Vos taught chemistry at the school.

            How did you meet?

            Tom: At a beer festival, arguing about hops in front of the wrong stand.

            Lea: He was wrong about the hops, and I told him so, and then we talked for three hours.

            Who does what today?

            Lea: I brew. He sells, because he can talk to anybody about anything, even about hops.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().BeEquivalentTo("Tom Berg", "Lea Vos");
    }

    /// <summary>A page whose answers carry the guest's surname only, under a standfirst that names her.</summary>
    private static string FerryKeeperPage(string standfirst) => $"""
        <html><head><title>The last ferry keeper</title></head><body>
        <header><h1>The last ferry keeper</h1>
        <p class="standfirst">{standfirst}</p></header>
        <article>
        <p><b>Gazette:</b> How many crossings do you make in a day?</p>
        <p><b>Lindqvist:</b> About sixty in summer, fewer in winter, when the ice decides for me how often I can go.</p>
        <p><b>Gazette:</b> And when the bridge opens?</p>
        <p><b>Lindqvist:</b> Then the cyclists will still come. A bridge is for cars, and cyclists like the water.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_surname_label_takes_the_full_name_from_the_standfirst_above_the_text()
    {
        var result = Interviews.Parse(FerryKeeperPage(
            "The keeper of the river ferry, Mara Lindqvist, on forty winters at the crossing and why the bridge will not replace her."));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Mara Lindqvist");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Mara Lindqvist");
    }

    [Theory]
    [InlineData("Die Hafen-Expertin Mara Ines Lindqvist über vierzig Winter an der Fähre.", "Mara Ines Lindqvist")] // after a role noun: one name of three words
    [InlineData("Jonas Berlin Meets Mara Lindqvist: forty winters at the ferry.", "Mara Lindqvist")] // a name before it is no role
    public void A_surname_label_takes_a_name_of_three_words_written_after_a_role_noun(string standfirst, string expected)
    {
        var result = Interviews.Parse(FerryKeeperPage(standfirst));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be(expected);
    }

    [Fact]
    public void A_place_named_in_the_lead_is_not_taken_for_the_interviewee()
    {
        const string doc = """
            The last cobbler

            In the old town of New Haven, Peter Sand repairs shoes in a shop his father opened in New Haven in 1961.

            Peter, how many pairs do you repair in a week?

            About sixty, more in autumn, when people take their boots out of the cellar and find the soles gone.

            Will anybody take over your shop?

            My niece, perhaps. She has good hands and no fear of glue, which is most of the trade.

            What is the hardest repair for you?

            A cheap shoe. A good shoe is made to be repaired; a cheap one is made to be thrown away.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal("Peter Sand");
    }

    [Theory]
    [InlineData("The clockmaker of Harbour Street", "Harbour Street")]
    [InlineData("La relojera de Villa Sierra", "Villa Sierra")]
    public void A_place_a_role_serves_in_the_headline_is_not_taken_for_the_interviewee(string headline, string place)
    {
        // The place stands in the headline, the standfirst and a caption, the guest's name in the last two: a role and
        // "of" before the place in the headline mark it as the place the role serves.
        string page = $"""
            <html><head><title>{headline}</title></head><body><article>
            <h1>{headline}</h1>
            <p>Elena Moss has repaired clocks on {place} for forty years. We visited her workshop.</p>
            <p><strong>How did you start repairing clocks?</strong></p>
            <p>My uncle had a shop in the old town, and I swept his floor as a child until he let me open a broken alarm clock.</p>
            <figure><img src="a.jpg"><figcaption>Elena Moss in her workshop on {place}. Photo: Ola Berg</figcaption></figure>
            <p><strong>What is the oldest clock you have repaired?</strong></p>
            <p>A tower clock made by hand, whose gears each have teeth a little different from the next.</p>
            <p><strong>Will you ever stop?</strong></p>
            <p>When my hands start to shake. Not before.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Elena Moss");
    }

    [Fact]
    public void A_name_used_alone_marks_the_person_over_an_organisation_named_as_often()
    {
        const string doc = """
            Streit um die Stege am See – ein Gespräch

            Im Mai kam ein Brief vom Verband Blauer Hafen. Der Verband Blauer Hafen will die Stege schließen und droht mit Strafen.

            Die Fischerin Mara Lind ist seit zwanzig Jahren auf dem See. Mara kennt jeden Steg, und ohne Mara geht im Hafen wenig.

            Wie hast du davon erfahren?

            Durch den Brief, an einem Montag, zwischen zwei Fahrten, als ich gerade die Netze flickte.

            Was willst du jetzt tun?

            Ich gehe vor Gericht, mit allen anderen Fischern vom See, denn allein schaffe ich das nicht.

            Hast du Angst?

            Nein, denn der See gehört uns allen, und das steht schon in den alten Urkunden der Gemeinde.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Mara Lind");
    }

    [Fact]
    public void A_long_compound_noun_before_a_proper_name_is_not_taken_for_a_given_name()
    {
        // The compound and the name after it have a person's shape, stand in the lead as often as the guest, and an
        // adjective before them reads like a role in apposition: only the compound's length tells them apart.
        const string doc = """
            Drei Fragen zum neuen Fonds

            Mit der befreundeten Partnerorganisation Seewind, mit Spenden und Stiftungsgeld fördert der Verein neue Projekte. Wir haben Lene Haas, Leiterin der Finanzen, gefragt.

            Was ist der Fonds, den Sie verwalten?

            Ein Topf für kleine Initiativen am Hafen, die schnell Geld brauchen und keine großen Anträge schreiben können.

            Wer entscheidet bei Ihnen über das Geld?

            Ein Rat aus fünf Mitgliedern, der sich jeden Monat trifft und die Anträge gemeinsam liest.

            Wie kann man bei Ihnen mitmachen?

            Mit einer Spende, mit einem Antrag oder als Mitglied im Rat, wenn man Zeit und Geduld mitbringt.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Lene Haas");
    }

    [Fact]
    public void An_honorific_before_a_name_outweighs_an_adjective_noun_pair_named_as_often()
    {
        const string doc = """
            Der Hafen im Wandel

            Über die wirtschaftliche Lage Nordhafens und die Zukunft der Werften sprechen wir mit Dr. Ilka Brandt.

            Dr. Ilka Brandt lehrt Volkswirtschaft an der Hochschule am Kanal und berät seit Jahren die Gemeinden der Küste.

            Was hat sich seit der Schließung verändert?

            Die Lage ist schwieriger geworden, weil viele Familien ihre Arbeit verloren haben und die Jungen weggehen.

            Welche Reformen erachten Sie als notwendig?

            Wir brauchen neue Betriebe am Wasser, eine bessere Bahn und eine Schule, die zu den neuen Berufen passt.

            Was gibt Ihnen Hoffnung?

            Die Menschen hier. Sie haben schon andere Krisen erlebt, und die Lage Nordhafens war schon schlechter.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ilka Brandt");
    }

    [Theory]
    [InlineData("Entrevista a Ilka Brandt: «El puerto cambia»", "Por Jonas Feld")]
    [InlineData("Entrevista com Ilka Brandt: “O porto muda”", "Por Jonas Feld")]
    [InlineData("Intervju med Ilka Brandt: – Havnen forandrer seg", "Av Jonas Feld")]
    [InlineData("Intervista a Ilka Brandt: «Il porto cambia»", "di Jonas Feld")]
    public void The_headline_announcing_an_interview_with_a_person_names_the_guest_in_each_language(string headline, string byline)
    {
        // The guest is named in the headline only; the questions are set in bold and address nobody.
        string html = $"""
            <html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>
            <p>{byline}</p>
            <p><b>What changed when the yard closed?</b></p>
            <p>Everything at once: the jobs, the shops that lived from the workers, and the evening trains.</p>
            <p><b>What would help the town now?</b></p>
            <p>New firms on the quay, a faster railway and a school that teaches the new trades.</p>
            <p><b>Is there hope?</b></p>
            <p>Yes. The town has lived through worse winters than this one and it is still here.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ilka Brandt");
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Jonas Feld");
    }

    [Theory]
    [InlineData("An interview with Dr. Ilka Brandt, harbour economist at the northern port authority.")]
    [InlineData("An interview with Ilka Brandt, harbour economist at the northern port authority.")]
    [InlineData("Ein Interview mit Prof. Ilka Brandt über die Zukunft des Hafens und seiner Werften.")]
    public void An_honorific_or_an_apposition_does_not_hide_the_name_in_the_introducing_phrase(string intro)
    {
        string doc = $"""
            The harbour after the shipyard

            {intro}

            What changed when the yard closed?

            Everything at once: the jobs, the shops that lived from the workers, and the evening trains.

            What would help the town now?

            New firms on the quay, a faster railway and a school that teaches the new trades.

            Is there hope?

            Yes. The town has lived through worse winters than this one and it is still here.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ilka Brandt");
    }

    [Fact]
    public void A_name_shaped_label_used_once_among_unlabelled_answers_names_nobody()
    {
        const string doc = """
            The pier builder: an interview

            The veteran engineer Mara Lind has rebuilt the pier of Harbour Town three times. We asked her about the fourth.

            Why do you think the pier keeps breaking?

            Because the winter storms grow stronger every year, and the old piles were never meant for waves of that height.

            What are you doing differently this time?

            Steel piles instead of oak ones, driven twice as deep, and a deck that lets the water pass underneath it.

            Do you ever think of leaving the coast?

            Never. I grew up between these piles, and my father built the second pier with his own hands.

            Will your pier last?

            Longer than I will work, I hope, but the sea always has the last word on this coast.

            Coast Series Recap: the lighthouse keepers leave the island after forty years of service.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Mara Lind");
    }

    [Fact]
    public void A_run_in_heading_over_one_question_among_plain_questions_is_not_the_interviewer()
    {
        const string doc = """
            Building bridges in the delta

            The engineer Mara Lind has built eleven bridges across the river delta. We asked her about the twelfth.

            Mara, which bridge was the hardest to build?

            The first one, because nobody believed a bridge could stand on that mud, and I had to prove it with my own money.

            How do you choose where a bridge goes?

            We follow the ferries: where people already cross by boat, a bridge will be used from the first day.

            In Hindsight: what would you do differently?

            I would listen to the fishermen earlier; they know where the river moves its bed long before any survey does.

            And what comes next?

            A footbridge for the school children on the east bank, built by the village itself.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker != "In Hindsight");
        result.Participants.Should().NotContain(p => p.Name == "In Hindsight");
    }

    [Fact]
    public void A_role_word_read_into_a_three_word_name_becomes_the_title()
    {
        const string doc = """
            Ein Winter am Hafen, zwischen Netzen und Motoren

            Seit zwanzig Jahren fährt Mara Lind jeden Morgen hinaus. Im Gespräch mit Fischerin Mara Lind. Wir haben Mara Lind am Steg getroffen.

            Wie beginnt Ihr Tag?

            Mara Lind: Um vier Uhr, mit Kaffee und dem Wetterbericht, dann gehe ich zum Boot.

            Was fangen Sie im Winter?

            Mara Lind: Fast nichts, dann flicke ich Netze und repariere den Motor für das Frühjahr.
            """;

        var result = Interviews.Parse(doc, Text);

        var mara = result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Subject;
        mara.Name.Should().Be("Mara Lind");
        mara.Title.Should().Be("Fischerin");
    }

    [Fact]
    public void A_title_case_role_and_its_qualifier_read_into_a_four_word_name_become_the_title()
    {
        // An old page's Title-Case headline capitalises the role's qualifier as well as the role.
        const string html = """
            <html><head><title>Interview with Harbour Pilot Nora Vale</title></head><body>
            <p><b>Interview with Harbour Pilot Nora Vale</b><br>by Tom Berg</p>
            <p>Nora Vale has guided ships into the harbour for twenty years. We met her on the pilot boat.<br><br>
            <b>Q: When did you start?</b><br>In 1999, after ten years at sea on the ferries to the islands.<br><br>
            <b>Q: What is the hardest part of the job?</b><br>The ladder up the ship's side in winter, when it is wet and the sea is moving.<br><br>
            <b>Q: Would you do it again?</b><br>Every night. There is nothing like bringing a big ship in safely.</p>
            </body></html>
            """;

        var result = Interviews.Parse(html);

        var guest = result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Subject;
        guest.Name.Should().Be("Nora Vale");
        guest.Title.Should().Be("Harbour Pilot");
    }

    [Fact]
    public void The_standfirst_under_the_headline_gives_the_title_before_the_body_does()
    {
        const string page = """
            <html><head><title>The skipper of the bay</title></head><body><article>
            <header><h1>The skipper of the bay</h1>
            <div class="dek">With four boats, veteran skipper Anna Lund rules the bay.</div>
            <p class="byline">By Tom Berg</p></header>
            <div class="body">
            <p>The harbour changed a lot, thanks largely to captain Anna Lund, who came here in 1990 with one boat and a loan.</p>
            <p><b>Anna, how did you start with only one boat and a loan from your uncle?</b></p>
            <p>With a lot of patience, a second-hand engine and a crew of two cousins who worked for fish, not money.</p>
            <p><b>What do you tell young skippers who want to start today?</b></p>
            <p>Learn the weather first, and the boats second, because the sea forgives no mistakes, ever.</p>
            <p><b>Will you ever retire from the sea, do you think?</b></p>
            <p>When the boats stop floating, perhaps, and not one day earlier than that, I promise you.</p>
            </div></article></body></html>
            """;

        var result = Interviews.Parse(page, new ParseOptions { Format = DocumentFormat.Html });

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Title.Should().Be("skipper");
    }

    [Fact]
    public void An_interview_with_two_named_guests_lists_both()
    {
        const string doc = """
            Two ferries, one river

            The river has two ferry companies, run by two old friends. An interview with Anna Lund and Tom Berg about rivalry.

            Why do you run two companies on one river?

            Because we never agreed on the timetable, and the river is wide enough for both of us.

            Do you still talk to each other?

            Every evening, at the pub by the landing, about everything except the timetable.

            Will you ever merge the two companies?

            Only when one of us retires, and neither of us plans to do that soon.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().BeEquivalentTo("Anna Lund", "Tom Berg");
    }

    [Theory]
    [InlineData("Nach dem Sturm war es still im Hafen. Wir haben mit Mara Lind, einer Fischerin aus dem Norden, gesprochen.")]
    [InlineData("After the storm the harbour was quiet for weeks. We spoke with Mara Lind about the winter that followed.")]
    public void The_page_introducing_its_guest_in_its_own_voice_names_the_interviewee(string standfirst)
    {
        string doc = $"""
            Winter on the island

            {standfirst}

            How did the island change after the storm, and what did it take from the people who stayed?

            Everything slowed down. The boats stayed in the harbour for a month, and we learned to share what we had.

            And what did you learn from that winter, looking back on it now?

            That the sea decides, not us, and that the quiet weeks are the ones that keep a place together.

            Would you stay another winter if the ferry stopped running again?

            Yes, without thinking twice, because the island is home and home is where you stay when it is hard.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().Contain(p => p.Name == "Mara Lind" && p.Role == TurnRole.Interviewee);
    }

    [Theory]
    [InlineData("Hablamos con la pescadora Mara Lind", "P.", "R.", "pescadora")]
    [InlineData("We spoke with island fisher Mara Lind", "Q.", "A.", "island fisher")]
    public void A_guest_introduced_in_the_pages_voice_with_a_title_in_small_letters_is_named_with_it(string headline, string q, string a, string title)
    {
        // Labelled questions that address nobody: only the named guest makes the page an interview.
        string doc = $"""
            {headline}

            {q} How long did the storm last?

            {a} Three days. The boats stayed in the harbour, and the ferry did not run once.

            {q} And the winter after it?

            {a} Quiet. We mended nets and waited for the herring, which came late that year.
            """;

        var result = Interviews.Parse(doc, Text);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Should().Match<Participant>(p => p.Name == "Mara Lind" && p.Title == title);
        result.Participants.Should().NotContain(p => p.Name.Equals("we", StringComparison.OrdinalIgnoreCase)); // the page's voice is nobody's name
    }

    [Fact]
    public void An_outlet_named_with_an_article_is_not_the_interviewee()
    {
        const string doc = """
            Konflikte als Energie

            Die Konfliktberaterin Mara Lind erklärt, wie Teams vom Streit profitieren, verrät sie im Interview mit dem Hafen Magazin.

            Frau Lind, warum streiten Teams überhaupt, wenn doch alle das gleiche Ziel haben?

            Weil jeder das Ziel anders sieht, und weil niemand gern zugibt, dass er Angst vor dem Wandel hat.

            Was raten Sie Unternehmen, die Konflikte lieber vermeiden möchten als sie auszutragen?

            Hinsehen statt wegsehen. Ein offener Streit kostet weniger als ein Jahr des Schweigens im Team.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().NotContain(p => p.Name == "Hafen Magazin" && p.Role == TurnRole.Interviewee);
    }

    [Fact]
    public void The_person_the_questions_address_is_the_guest_when_the_intro_names_two()
    {
        const string doc = """
            Fewer ferries next winter

            Why the timetable will shrink: harbour planner Eva Maria Sund in a conversation with Tom Berg.

            Frau Sund, why will the ferry run less often next winter?

            Because the old boat goes to the yard for four months, and the spare one is half its size.

            Will the islanders notice it?

            They will, mostly on Fridays, when everybody wants to cross at the same time.

            What can they do?

            Book early, and travel on Thursday if they can.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Eva Maria Sund");
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
    }

    [Fact]
    public void A_person_named_as_guest_who_asks_the_labelled_questions_is_the_interviewer()
    {
        const string doc = """
            Eva Sund in conversation with Tom Berg

            Tom Berg: Why will the ferry run less often next winter?

            Eva Sund: Because the old boat goes to the yard for four months, and the spare one is half its size.

            Tom Berg: Will the islanders notice it?

            Eva Sund: They will, mostly on Fridays, when everybody wants to cross at the same time.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal("Eva Sund");
        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
    }

    [Theory]
    [InlineData("Ein Gespräch mit dem Leiter der Sternwarte am Stadtrand, Jonas Feld, über lange Nächte.", "Leiter der Sternwarte am Stadtrand")]
    [InlineData("A conversation with the director of the observatory, Jonas Feld, about long nights.", "director of the observatory")]
    [InlineData("Its director, Jonas Feld, knows every telescope on the mountain.", "director")]
    [InlineData("Ihr Leiter, Jonas Feld, kennt jedes Teleskop auf dem Berg.", "Leiter")]
    [InlineData("Jonas Feld, its director, knows every telescope on the mountain.", "director")]
    public void A_title_read_from_a_phrase_drops_the_phrase_s_article(string intro, string title)
        => IntervieweeTitle(intro).Should().Be(title);

    [Theory]
    [InlineData("We spoke with the director of the Harbour Observatory, Jonas Feld, about long nights.", "director of the Harbour Observatory")]
    [InlineData("An interview with the director of the Harbour Observatory, Jonas Feld, about long nights.", "director of the Harbour Observatory")]
    [InlineData("Hablamos con el director del Observatorio Norte, Jonas Feld, sobre las noches largas.", "director del Observatorio Norte")]
    [InlineData("Conversamos com o diretor do Observatório Norte, Jonas Feld, sobre as noites longas.", "diretor do Observatório Norte")]
    [InlineData("Entretien avec le directeur de l'Observatoire du Nord, Jonas Feld, sur les longues nuits.", "directeur de l'Observatoire du Nord")]
    public void A_role_at_a_named_organisation_before_the_name_set_off_by_commas_is_the_title(string intro, string title)
        => IntervieweeTitle(intro).Should().Be(title);

    [Theory]
    [InlineData("An interview with the harbour master, Jonas Feld, who looks back on the winter of the storm.", "harbour master")]
    [InlineData("Entrevista com o capitão do porto, Jonas Feld, que fala do inverno da tempestade.", "capitão do porto")]
    [InlineData("Entretien avec le gardien du phare, Jonas Feld, qui raconte l'hiver de la tempête.", "gardien du phare")]
    public void A_relative_clause_after_the_guest_s_name_leaves_the_title_before_the_name(string intro, string title)
        => IntervieweeTitle(intro).Should().Be(title);

    [Theory]
    [InlineData("We spoke with the director of the Harbour Observatory about long nights.")]
    [InlineData("An interview with the director of the Harbour Observatory about long nights.")]
    [InlineData("Hablamos con el director del Observatorio Norte sobre las noches largas.")]
    public void The_name_of_the_organisation_a_role_serves_names_no_guest(string intro)
    {
        var result = Interviews.Parse(ObservatoryInterview(intro), Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal("Jonas Feld");
    }

    [Theory]
    [InlineData("A conversation with Jonas Feld, head of engineering at the observatory.", "head of engineering at the observatory")]
    [InlineData("A conversation with Jonas Feld, director of the training centre.", "director of the training centre")]
    [InlineData("A conversation with Jonas Feld, maintainer of a popular plotting library.", "maintainer of a popular plotting library")]
    [InlineData("A conversation with Jonas Feld, an astronomer working in the far north.", "astronomer")]
    [InlineData("A conversation with Jonas Feld, an engineer building telescopes.", "engineer")]
    [InlineData("A conversation with Jonas Feld, an engineer trained in Leeds.", "engineer")]
    [InlineData("A conversation with the astronomer Jonas Feld, recorded on the mountain.", "astronomer")]
    [InlineData("Jonas Feld, an oral history conducted in 2011 by the observatory's archive.", null)]
    public void A_title_keeps_words_in_ing_that_name_a_thing_and_ends_before_a_participles_clause(string intro, string? title)
        => IntervieweeTitle(intro).Should().Be(title);

    [Theory]
    [InlineData("<h3>Zur Person</h3><p>Jonas Feld, 1970 in Kiel geboren, leitet seit zwanzig Jahren die Sternwarte am Stadtrand.</p>", "Jonas Feld")]
    [InlineData("<h3>Zur Person</h3><p>Die Sternwarte am Stadtrand hat zwei Leiter: Jonas Feld und Petra Feld.</p>", null)] // two of the name
    public void The_one_full_name_on_the_page_with_the_surname_the_questions_call_names_the_guest(string box, string? guest)
    {
        // Nothing above the questions names the guest; a box under the text does.
        string html = $"""
            <html><head><title>Lange Nächte</title></head><body><article>
            <h1>Lange Nächte</h1>
            <p>Im Dezember ist die Nacht an der Sternwarte vierzehn Stunden lang. Ein Gespräch über Geduld.</p>
            <p><strong>Herr Feld, wie lang ist eine Nacht an der Sternwarte im Dezember?</strong></p>
            <p>Vierzehn Stunden, und wir nutzen jede davon, wenn der Himmel klar ist.</p>
            <p><strong>Was beobachten Sie am liebsten?</strong></p>
            <p>Den Orionnebel, der im Winter hoch über dem Horizont steht.</p>
            <p><strong>Wird Ihnen nie kalt?</strong></p>
            <p>Doch, immer. Aber der Tee in der Kuppel ist gut.</p>
            {box}
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal(guest is null ? [] : [guest]);
    }

    [Theory]
    [InlineData("HOST:", "GUEST:")]
    [InlineData("Q:", "A:")]
    public void The_guest_the_host_introduces_in_the_opening_turn_speaks_the_side_labels(string host, string guest)
    {
        // No intro above the talk: the host's first words are the only place that names the guest.
        string doc = $"""
            Winter nights, episode 4

            {host} Welcome back. My guest today is Jonas Feld, who has spent thirty winters at the observatory.

            {guest} Thank you, it is a pleasure to be here.

            {host} How long is a night at the observatory in December?

            {guest} Fourteen hours, and we use every one of them whenever the sky is clear.

            {host} What do you like to look at most?

            {guest} The Orion nebula, which stands high above the horizon in winter.
            """;

        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Jonas Feld");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().AllBe("Jonas Feld");
    }

    [Theory]
    [InlineData("A conversation with Jonas Feld, the director of the Institute for Winter Astronomy.")]
    [InlineData("A conversation with Jonas Feld, who heads the Northern Sky Observatory.")]
    public void An_organisation_named_after_the_guest_is_no_second_guest(string intro)
    {
        string doc = ObservatoryInterview(intro);
        var result = Interviews.Parse(doc, new ParseOptions { Format = DocumentFormat.Text });

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().Equal("Jonas Feld");
    }

    [Theory]
    [InlineData("BY JONAS FELD", "Jonas Feld")]
    [InlineData("VON JONAS FELD", "Jonas Feld")]
    [InlineData("BY THE NUMBERS", null)] // a heading in capitals opening with the same word
    [InlineData("VON DER STERNWARTE AUS", null)]
    [InlineData("By Jonas Feld and Petra Lind", "Jonas Feld")] // two writers: the byline goes whole, the first asks
    [InlineData("Von Jonas Feld, Petra Lind und Ole Berg", "Jonas Feld")]
    [InlineData("Posted by Jonas Feld on March 3, 2024", "Jonas Feld")] // a blog's byline with its date
    [InlineData("By Jonas Feld, Harbour Times", "Jonas Feld")] // the writer's outlet after the name
    [InlineData("Posted on March 3, 2024 by Jonas Feld", "Jonas Feld")] // a date row that goes on with the byline
    [InlineData("3. März 2024 von Jonas Feld", "Jonas Feld")]
    [InlineData("Founded in 1998 by Jonas Feld", null)] // a year is no date: a sentence about something else
    [InlineData("Von Jonas Feld und Petra Lind | Hafenblatt — Kiel", "Jonas Feld")]
    [InlineData("Das Gespräch führte Jonas Feld.", "Jonas Feld")] // a credit for the questions
    [InlineData("Propos recueillis par Jonas Feld", "Jonas Feld")]
    [InlineData("Entretien réalisé par Jonas Feld", "Jonas Feld")]
    [InlineData("Ein Interview von Jonas Feld", "Jonas Feld")]
    public void A_byline_or_credit_line_at_the_top_names_the_interviewer_and_leaves_the_body(string line, string? interviewer)
    {
        string html = $"""
            <html><head><title>Winter nights at the observatory</title></head><body><article>
            <h1>Winter nights at the observatory</h1>
            <p>{line}</p>
            <p>The astronomer Lena Roth on fourteen-hour nights and the comet that came too early.</p>
            <p><b>Lena Roth, how long is a night at the observatory in December?</b></p>
            <p>Fourteen hours, and we use every one of them whenever the sky is clear.</p>
            <p><b>What do you like to look at most?</b></p>
            <p>The Orion nebula, which stands high above the horizon in winter and is easy to find.</p>
            <p><b>Do you ever sleep?</b></p>
            <p>In the afternoons, with the curtains closed and the telephone in another room.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeTrue();
        string? asker = result.Participants.SingleOrDefault(p => p.Role == TurnRole.Interviewer)?.Name;
        asker.Should().Be(interviewer);
        if (interviewer is not null) result.Body.Should().NotContain(line);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Jonas Feld\">", true)]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Jonas Feld\"}}</script>", true)]
    [InlineData("<meta name=\"author\" content=\"Petra Lind\">", false)] // a name the metadata does not give stays
    public void A_line_that_is_only_the_authors_name_from_the_metadata_leaves_the_body(string metadata, bool removed)
    {
        string html = $"""
            <html><head><title>Winter nights at the observatory</title>{metadata}</head><body><article>
            <h1>Winter nights at the observatory</h1>
            <p>Jonas Feld</p>
            <p>The astronomer Lena Roth on fourteen-hour nights and the comet that came too early.</p>
            <p><b>Lena Roth, how long is a night at the observatory in December?</b></p>
            <p>Fourteen hours, and we use every one of them whenever the sky is clear.</p>
            <p><b>What do you like to look at most?</b></p>
            <p>The Orion nebula, which stands high above the horizon in winter and is easy to find.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(html);

        result.IsInterview.Should().BeTrue();
        if (removed) result.Body.Should().NotContain("Jonas Feld");
        else result.Body.Should().Contain("Jonas Feld");
    }

    /// <summary>A page of the site "The Lantern" whose questions carry the outlet's name as their label.</summary>
    private static string OutletLabelledPage(string credit) => $"""
        <html><head><title>Winter nights at the observatory | THE LANTERN</title>
        <meta property="og:site_name" content="The Lantern"></head><body><article>
        <h1>Winter nights at the observatory</h1>
        <p>{credit}</p>
        <p>The astronomer Lena Roth on fourteen-hour nights and the comet that came too early.</p>
        <p><b>LANTERN: How long is a night at the observatory in December?</b></p>
        <p>Roth: Fourteen hours, and we use every one of them whenever the sky is clear.</p>
        <p><b>LANTERN: What do you like to look at most?</b></p>
        <p>Roth: The Orion nebula, which stands high above the horizon in winter and is easy to find.</p>
        <p><b>LANTERN: Do you ever sleep?</b></p>
        <p>Roth: In the afternoons, with the curtains closed and the telephone in another room.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Interview: Jonas Feld")]
    [InlineData("By Jonas Feld")]
    public void Questions_labelled_with_the_outlets_name_are_the_one_credited_interviewers(string credit)
    {
        var result = Interviews.Parse(OutletLabelledPage(credit));

        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().HaveCount(3).And.OnlyContain(t => t.Speaker == "Jonas Feld");
        result.Participants.Where(p => p.Role == TurnRole.Interviewer).Select(p => p.Name).Should().Equal("Jonas Feld");
    }

    [Fact]
    public void Questions_labelled_with_the_outlets_name_keep_it_where_two_writers_are_credited()
    {
        var result = Interviews.Parse(OutletLabelledPage("Interview: Jonas Feld and Petra Lind"));

        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().HaveCount(3).And.OnlyContain(t => t.Speaker == "Lantern");
    }

    [Theory]
    [InlineData("El físico Jonas Feld, recién llegado del desierto, habla de sus noches.", "físico")] // not the clause after the comma
    [InlineData("La alcaldesa Jonas Feld habla de sus noches en el observatorio.", "alcaldesa")]
    [InlineData("O advogado Jonas Feld conta como passou a estudar o céu.", "advogado")]
    [InlineData("Der Rechtsanwalt Jonas Feld erzählt, wie er zur Sternwarte kam.", "Rechtsanwalt")] // a compound of a role noun
    [InlineData("Le médecin Jonas Feld raconte ses nuits à l'observatoire.", "médecin")]
    [InlineData("Redaksjonssjef Jonas Feld forteller om nettene på observatoriet.", "Redaksjonssjef")]
    [InlineData("Il fisico Jonas Feld racconta le sue notti all'osservatorio.", "fisico")] // the article taken off
    public void A_role_noun_no_ending_marks_is_known_as_a_title_in_each_language(string intro, string title) =>
        IntervieweeTitle(intro).Should().Be(title);

    [Theory]
    [InlineData("P.", "R.", "Presidenta")]
    [InlineData("Q.", "A.", "Professor")]
    public void The_label_of_a_question_that_addresses_the_guest_by_role_is_no_initial_of_a_name(string q, string a, string role)
    {
        // Nobody is named on the page: the questions call the guest by a role word only.
        string doc = $"""
            The harbour after the storm

            {q} {role}, how long did the storm last?

            {a} Three days. The boats stayed in the harbour, and the ferry did not run once.

            {q} And the winter after it?

            {a} Quiet. We mended nets and waited for the herring, which came late that year.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().NotContain(p => p.Name.Contains(role, StringComparison.Ordinal));
    }

    /// <summary>A short labelled interview with one guest, under the given introduction.</summary>
    private static string? IntervieweeTitle(string intro) =>
        Interviews.Parse(ObservatoryInterview(intro), new ParseOptions { Format = DocumentFormat.Text })
            .Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Title;

    private static string ObservatoryInterview(string intro) => $"""
        Winter nights at the observatory

        {intro}

        Q: How long is a night at the observatory in December?

        Jonas Feld: Fourteen hours, and we use every one of them whenever the sky is clear.

        Q: What do you like to look at most?

        Jonas Feld: The Orion nebula, which stands high above the horizon in winter and is easy to see.
        """;

    [Fact]
    public void A_byline_linking_to_the_authors_page_under_the_headline_names_the_interviewer_without_author_metadata()
    {
        // No author meta or JSON-LD; the byline is one link, which the chrome stage
        // takes out of the article's text (here the article holds the headline, so nothing stands between the two).
        const string html = """
            <html><head><title>The keeper of the northern light</title></head><body>
            <article><h1>The keeper of the northern light</h1><p>June 3, 2020</p>
            <p>by <a href="/people/tom-berg">Tom Berg</a></p>
            LIGHTHOUSE</article></body></html>
            """;

        var result = Interviews.Parse(html.Replace("LIGHTHOUSE", LighthouseTurns, StringComparison.Ordinal));

        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
    }

    private const string GraphPage = """
        <html><head><title>The keeper of the northern light</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"Article","@id":"https://example.org/keeper#article","headline":"The keeper of the northern light",
           "author":{"@id":"https://example.org/#/person/1"}},
          {"@type":"WebSite","@id":"https://example.org/#website","name":"Northern Weekly"},
          {"@type":"Person","@id":"https://example.org/#/person/1","name":"AUTHOR"}]}</script>
        </head><body>
        <article><h1>The keeper of the northern light</h1>
        LIGHTHOUSE</article></body></html>
        """;

    /// <summary>A standfirst and two exchanges: a page that is an interview, with nobody named as asking.</summary>
    private const string LighthouseTurns = """
        <p>Mara Lind kept the northern light for thirty-one years, alone for most of the winters.</p>
        <p><b>Ms Lind, how did you come to the lighthouse, so far from any town?</b></p>
        <p>My father kept the light before me, and I carried the oil up the stairs every evening as a child.</p>
        <p><b>What do you miss now that the light runs on its own, with nobody in the tower?</b></p>
        <p>The nights. There is nothing like a storm night in the lamp room, with the whole sea moving below you.</p>
        """;

    private static string Graph(string author) =>
        GraphPage.Replace("AUTHOR", author, StringComparison.Ordinal).Replace("LIGHTHOUSE", LighthouseTurns, StringComparison.Ordinal);

    [Fact]
    public void A_structured_data_author_given_by_reference_takes_the_name_of_the_node_it_refers_to()
    {
        var result = Interviews.Parse(Graph("Tom Berg"));

        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
    }

    [Theory]
    [InlineData("Redaktion")]
    [InlineData("Interview")]
    public void A_structured_data_author_that_is_a_desk_word_names_no_interviewer(string desk)
    {
        var result = Interviews.Parse(Graph(desk));

        result.Participants.Should().NotContain(p => p.Role == TurnRole.Interviewer);
    }

    [Fact]
    public void A_bare_name_linking_to_the_authors_page_under_the_headline_names_the_interviewer()
    {
        const string html = """
            <html><head><title>The keeper of the northern light</title></head><body>
            <article><h1>The keeper of the northern light</h1>
            <ul><li><a href="https://example.org/author/tberg/">Tom Berg</a></li></ul>
            LIGHTHOUSE</article></body></html>
            """;

        var result = Interviews.Parse(html.Replace("LIGHTHOUSE", LighthouseTurns, StringComparison.Ordinal));

        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
    }

    [Fact]
    public void Author_links_of_other_articles_far_below_the_headline_name_nobody()
    {
        const string html = """
            <html><head><title>The keeper of the northern light</title></head><body>
            <article><h1>The keeper of the northern light</h1>
            LIGHTHOUSE
            <p>Mara Lind lives in the old keeper's cottage, which the county lets to her for a token rent.</p>
            <p>Her logbooks are kept in the harbour museum, where visitors may read them on weekday afternoons.</p>
            <p>The light itself was switched to an automatic lamp in the spring, after a century of keepers.</p></article>
            <aside><h2>More from the coast</h2>
            <p><a href="/coast/ferry-winter">The last ferry of the winter</a> <a href="/author/tberg/">Tom Berg</a></p>
            <p><a href="/coast/gulls">Counting the gulls</a> <a href="/author/avik/">Anna Vik</a></p></aside>
            </body></html>
            """;

        var result = Interviews.Parse(html.Replace("LIGHTHOUSE", LighthouseTurns, StringComparison.Ordinal));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().NotContain(p => p.Role == TurnRole.Interviewer);
    }

    [Fact]
    public void A_markdown_link_to_the_authors_page_under_the_headline_names_the_interviewer()
    {
        const string doc = """
            * [Home](/)
            * [Coast](/coast/)
            * [Weather](/weather/)

            # The keeper of the northern light

            [Tom Berg](https://example.org/author/tberg/)

            Mara Lind kept the northern light for thirty-one years, alone for most of the winters.

            **Ms Lind, how did you come to the lighthouse, so far from any town?**

            My father kept the light before me, and I carried the oil up the stairs every evening as a child.

            **What do you miss now that the light runs on its own, with nobody in the tower?**

            The nights. There is nothing like a storm night in the lamp room, with the whole sea moving below you.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
    }

    [Theory]
    [InlineData("Interview: Eva Sund, Coastal Radio")]
    [InlineData("Questions by: Eva Sund")] // a credit phrase with a colon before the name
    [InlineData("Questions by Eva Sund")]
    public void A_credit_for_the_questions_under_the_last_answer_names_the_interviewer_ahead_of_the_byline(string credit)
    {
        // The byline names who posted the page; the credit under the text names who asked the questions.
        string doc = $"""
            The keeper of the northern light

            By Tom Berg

            Mara Lind kept the northern light for thirty-one years, alone for most of the winters.

            Ms Lind, how did you come to the lighthouse, so far from any town?

            My father kept the light before me, and I carried the oil up the stairs every evening as a child.

            What do you miss now that the light runs on its own, with nobody in the tower?

            The nights. There is nothing like a storm night in the lamp room, with the whole sea moving below you.

            Would you go back if they asked you?

            Tomorrow, and I would take the cat, who has never liked the town either.

            {credit}
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewer).Select(p => p.Name).Should().Equal("Eva Sund");
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Eva Sund");
    }

    [Fact]
    public void A_credit_in_capitals_names_each_questioner_in_ordinary_case()
    {
        const string doc = """
            Weniger Fähren im Winter

            Die Hafenplanerin Mara Lind über den neuen Fahrplan und die alte Fähre.

            Frau Lind, warum fährt Ihre Fähre im Winter seltener?

            Weil das alte Schiff vier Monate in die Werft muss und das Ersatzschiff nur halb so groß ist.

            Werden Ihre Fahrgäste das merken?

            Am Morgen sicher, wenn die Schulkinder und die Pendler auf dasselbe Schiff wollen.

            Und was sagen Sie den Pendlern?

            Dass im April wieder alles wie gewohnt fährt, mit zwei Schiffen und dem alten Takt.

            DIE FRAGEN STELLTEN TOM BERG UND EVA SUND
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Where(p => p.Role == TurnRole.Interviewer).Select(p => p.Name).Should().Equal("Tom Berg", "Eva Sund");
    }

    [Fact]
    public void A_byline_row_printed_over_the_headline_names_the_interviewer()
    {
        // A text scrape that prints the byline row above the headline, as many page templates place it.
        const string doc = """
            Harbour News
            12 March 2024
            By Tom Berg
            Fewer ferries next winter

            We spoke with harbour planner Eva Sund about the timetable for next winter.

            Ms Sund, why will your ferry run less often next winter?

            Because the old boat goes to the yard for four months, and the spare one is half its size.

            Will your passengers notice it?

            They will, mostly on Fridays, when everybody wants to cross at the same time.

            What would you advise them to do?

            Book early, and travel on Thursday if they can.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().Contain(p => p.Role == TurnRole.Interviewer && p.Name == "Tom Berg");
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Tom Berg");
    }

    /// <summary>An interview whose standfirst sits in a box named like a teaser card, under a kicker and the headline.</summary>
    private static string SkipperPage(string standfirst, string firstQuestion) => $"""
        <html><head><title>Forty winters at sea</title></head><body><article>
        <p>Fisheries</p>
        <h1>Forty winters at sea</h1>
        <p class="teaser">{standfirst}</p>
        <p><strong>{firstQuestion}</strong></p>
        <p>The quiet of the early morning, mostly, and a crew that I trusted more than any office I could have worked in.</p>
        <p><strong>What will you miss?</strong></p>
        <p>The first light over the water, when the nets come up and nobody on deck says a word until the catch is sorted.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_guest_named_only_in_a_standfirst_box_above_the_text_is_found_when_the_questions_address_him()
    {
        string page = SkipperPage("After forty winters on the trawlers, the skipper Tom Berg is handing his boat to his daughter this spring.",
            "Mr Berg, what kept you at sea so long?");

        var result = Interviews.Parse(page);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Tom Berg");
    }

    [Fact]
    public void A_name_in_a_box_above_the_text_is_no_guest_when_the_questions_address_someone_else()
    {
        string page = SkipperPage("The skipper Tom Berg is handing his boat to his daughter this spring; she told us what the sea taught her.",
            "Anna, what kept you at sea so long?");

        var result = Interviews.Parse(page);

        result.Participants.Should().NotContain(p => p.Name == "Tom Berg");
    }

    [Fact]
    public void The_author_of_the_byline_is_not_taken_for_the_guest_when_a_note_under_the_text_names_her_again()
    {
        const string page = """
            <html><head><title>The keeper of the light</title></head><body><article>
            <h1>The keeper of the light</h1>
            <p>By Jane Roe</p>
            <p>Tom Berg has kept the harbour light for thirty years. He retires next month, and we talked about storms and ships.</p>
            <p><strong>How did you become a lighthouse keeper?</strong></p>
            <p>My uncle kept the light before me. I helped him every summer as a boy, and when he fell ill I simply stayed on.</p>
            <p><strong>Will you miss it?</strong></p>
            <p>Every day. But the light runs by itself now, and it does not need anybody to climb the stairs at night.</p>
            <p>Contact Jane Roe at the newsroom.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Tom Berg");
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Jane Roe");
    }

    /// <summary>A text transcript with Q:/A: labels whose questions never say "you", under a standfirst, a byline and a date.</summary>
    private static string FisherTranscript(string standfirst) => $"""
        The sea does not wait

        {standfirst}

        By Ana Berg
        12 March 2022

        Q: How did the fishing start?

        A: With my father, when I was a girl. I held the nets while he rowed, and that is how I learned everything I know.

        Q: What has changed since then?

        A: The boats got bigger and the fish got smaller. Today we go much further out to catch the same thing.

        Q: And the future of the harbour?

        A: It depends on the young. If they do not want the sea, the sea stays alone.
        """;

    [Fact]
    public void A_standfirst_above_the_byline_whose_sentence_opens_with_a_name_after_a_fronted_phrase_names_the_guest()
    {
        var result = Interviews.Parse(FisherTranscript("A fisher for thirty years, Maria Lund talks about the young crews of the northern coast."), Text);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Maria Lund");
    }

    [Theory]
    [InlineData("Harbour pilot since 2016, Maria Lund talks about the young crews of the northern coast.", "Harbour pilot")]
    [InlineData("Lotsin seit 2016, Maria Lund spricht über die jungen Mannschaften an der Nordküste.", "Lotsin")]
    [InlineData("Capitaine du port depuis 2016, Maria Lund parle des jeunes équipages de la côte nord.", "Capitaine du port")]
    public void A_fronted_title_ends_before_the_year_it_counts_from(string standfirst, string title)
    {
        // The year makes no sentence of the fronted phrase: the preposition before it ends the title.
        var result = Interviews.Parse(FisherTranscript(standfirst), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Should().Match<Participant>(p => p.Name == "Maria Lund" && p.Title == title);
    }

    [Fact]
    public void A_standfirst_above_the_byline_opening_with_a_name_and_its_apposition_names_the_guest()
    {
        var result = Interviews.Parse(FisherTranscript("Maria Lund, a fisher for thirty years, talks about the young crews of the northern coast."), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Maria Lund");
    }

    [Fact]
    public void A_menu_row_that_opens_with_a_name_above_the_byline_names_no_guest()
    {
        var result = Interviews.Parse(FisherTranscript("Maria Lund | Home | News | Sport | Culture | Weather | Contact | Login"), Text);

        result.Participants.Should().NotContain(p => p.Name == "Maria Lund");
    }

    /// <summary>Two guests answering under their initials, introduced by name in the standfirst.</summary>
    private static string InitialsPage(string standfirst) => $"""
        <html><head><title>Two captains on one ferry</title></head><body><article>
        <h1>Two captains on one ferry</h1>
        <p>{standfirst}</p>
        <p><strong>Anna, who steers in a storm?</strong></p>
        <p>AL: I do. Tom gets seasick when the waves are higher than the railing.</p>
        <p>TB: That happened once, and she has told the story every week since.</p>
        <p><strong>What will you do when the new bridge opens?</strong></p>
        <p>TB: Fish. I have wanted to fish for thirty years.</p>
        <p>AL: I will stay on the water somehow. I could not live without it.</p>
        </article></body></html>
        """;

    [Fact]
    public void Initials_labels_take_the_names_of_the_people_the_standfirst_introduces()
    {
        var result = Interviews.Parse(InitialsPage("Anna Lund and Tom Berg have shared the wheel of the island ferry for ten years."));

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().Equal("Anna Lund", "Tom Berg", "Tom Berg", "Anna Lund");
        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => p.Name).Should().BeEquivalentTo("Anna Lund", "Tom Berg");
    }

    [Fact]
    public void Initials_take_the_name_the_intro_spells_though_capitalised_words_in_the_speech_spell_them_too()
    {
        // German capitalises nouns: "Sommer Regen…" and "Stadt Rat…" in the answers spell "SR" as well as the guest does.
        var result = Interviews.Parse("""
            <html lang="de"><head><title>Die Hüterin der Schleuse</title></head><body><article>
            <h1>Die Hüterin der Schleuse</h1>
            <p>Seit zwanzig Jahren öffnet Sara Roth* die alte Schleuse am Kanal. Ein Gespräch über Boote und Geduld.</p>
            <p><b>TB:</b> Wie viele Boote kommen an einem Tag?</p>
            <p><b>SR:</b> Im Sommer Regen oder nicht, bis zu sechzig. Im Winter fast keines.</p>
            <p><b>TB:</b> Und wer bezahlt die Reparaturen?</p>
            <p><b>SR:</b> Die Stadt. Rat und Verwaltung streiten jedes Jahr darüber, aber am Ende zahlt die Stadt Rat um Rat.</p>
            <p><b>TB:</b> Was wünschen Sie sich?</p>
            <p><b>SR:</b> Einen Nachfolger, der Geduld hat. Die Schleuse lässt sich nicht hetzen.</p>
            <p>* Name geändert. Die Fragen stellte Tom Bauer.</p>
            </article></body></html>
            """);

        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Select(t => t.Speaker).Should().AllBe("Sara Roth");
    }

    [Fact]
    public void Initials_take_no_name_from_capitalised_words_that_run_on_into_a_longer_phrase()
    {
        // "Dank Sozialer Medien" opens a German sentence: its first two words spell "DS", but the run of capitals goes on.
        var result = Interviews.Parse("""
            <html lang="de"><head><title>Die Hüterin der Schleuse</title></head><body><article>
            <h1>Die Hüterin der Schleuse</h1>
            <p>Seit zwanzig Jahren öffnet Sara Roth die alte Schleuse am Kanal. Ein Gespräch über Boote und Geduld.</p>
            <p><b>DS:</b> Wie viele Boote kommen an einem Tag?</p>
            <p><b>SR:</b> Bis zu sechzig. Dank Sozialer Medien kommen heute mehr Leute zum Zuschauen als früher.</p>
            <p><b>DS:</b> Und wer bezahlt die Reparaturen?</p>
            <p><b>SR:</b> Das Rathaus, jedes Jahr nach langem Streit.</p>
            </article></body></html>
            """);

        result.Turns.Should().NotContain(t => t.Speaker == "Dank Sozialer");
        result.Participants.Should().NotContain(p => p.Name.StartsWith("Dank", StringComparison.Ordinal));
    }

    [Fact]
    public void Initials_that_two_names_on_the_page_share_stay_as_they_are()
    {
        var result = Interviews.Parse(InitialsPage("Anna Lund, Tom Berg and Tilda Brand have shared the wheel of the island ferry for ten years."));

        result.Turns.Should().Contain(t => t.Speaker == "TB").And.NotContain(t => t.Speaker == "Tom Berg" || t.Speaker == "Tilda Brand");
    }

    [Theory]
    [InlineData("Беседовала Анна Вебер")] // one word: "talked with them"
    [InlineData("Беседу вела Анна Вебер")]
    public void A_russian_credit_line_after_a_scraped_interview_names_the_interviewer(string credit)
    {
        // Three exchanges: the credit stands past the first few lines, where any byline would be read.
        string doc = $"""
            Пчёлы на крыше

            Пчеловод Яна Берг держит ульи на крышах старого города.

            — Как ульи попадают на крышу?

            — Краном, честно говоря. Ульи тяжёлые, а лестницы узкие.

            — Городской мёд отличается на вкус?

            — Да, он разнообразнее. В городе с марта по октябрь всегда что-то цветёт.

            — А что говорят соседи?

            — Почти все рады. Один боялся укусов, и я подарила ему банку мёда.

            {credit}

            Фото: пресс-служба

            Читайте также:
            Театр открыл новый сезон
            В парке появятся новые скамейки
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Анна Вебер");
    }

    [Theory]
    [InlineData("Die Stadtplanerin über leere Läden und den Markt", "Stadtplanerin")]
    [InlineData("The architect on empty shops and the market", "architect")]
    public void A_dek_that_calls_the_guest_by_role_gives_the_title(string dek, string title)
    {
        // The dek stands between the headline and the byline, above the text; the intro names the guest without a title.
        var result = Interviews.Parse(TextScrapeHeadlineTests.QuotedHeadlineOverDek("„Wir haben es verlernt“", dek), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Title.Should().Be(title);
    }

    [Fact]
    public void A_name_run_on_into_a_capitalised_noun_is_cut_where_the_questions_address_the_guest()
    {
        // German capitalises nouns: "hält Jana Fuchs Schafe" reads as two name pairs, and "Frau Fuchs" says which is the name.
        const string doc = """
            Schafe am Deich

            Seit zwanzig Jahren hält Jana Fuchs Schafe am Elbdeich. Ein Gespräch über Wolle, Wölfe und Winter.

            Frau Fuchs, warum Schafe und keine Kühe?

            Schafe halten den Deich kurz und treten ihn fest. Kühe wären zu schwer für die Grasnarbe.

            Haben Sie Angst vor dem Wolf?

            Angst nicht, aber Respekt. Die Zäune sind höher geworden, und die Hunde schlafen draußen.

            Was bringt die Wolle heute?

            Fast nichts. Die Schur kostet mehr, als die Wolle auf dem Markt einbringt.
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Jana Fuchs");
    }
    /// <summary>A German interview whose questions never call the guest by name: only the standfirst names them.</summary>
    private static string UnaddressedGuestPage(string standfirst) => $"""
        <html><body><article><h1>Die Steine erzählen</h1>
        <p>{standfirst}</p>
        <p><strong>Warum sammeln Sie Steine?</strong></p>
        <p>Weil jeder Stein eine Geschichte hat, die älter ist als jede Stadt. Ich lese sie wie ein Buch.</p>
        <p><strong>Was erzählt Ihnen ein Kiesel vom Strand?</strong></p>
        <p>Woher er kommt, wie lange er unterwegs war, und welches Eis ihn geschoben hat.</p>
        <p><strong>Und was machen Sie mit all den Steinen?</strong></p>
        <p>Ich gebe die meisten zurück. Man muss nicht alles behalten, was man versteht.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_guest_named_after_joined_role_nouns_in_the_standfirst_answers()
    {
        // "der dänische Geologe und Autor NAME": an article, a qualifier and two roles joined stand before the name.
        var result = Interviews.Parse(UnaddressedGuestPage("Steine sind stumm, heißt es. Stimmt nicht, sagt der dänische Geologe und Autor Nils Brandt."));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Nils Brandt");
    }

    [Fact]
    public void A_footnote_mark_after_the_name_opening_the_standfirst_is_no_part_of_the_name()
    {
        // "NAME*": the asterisk points to a note ("name changed") under the text.
        var result = Interviews.Parse(UnaddressedGuestPage("Nils Brandt* über vierzig Jahre am Strand, die Steine, die er sammelt, und warum er die meisten zurückgibt"));

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Nils Brandt");
    }
    /// <summary>A German interview whose standfirst ends with the outlet saying whom it spoke with.</summary>
    private static string OutletSpokeWithPage(string credit) => $"""
        <html><body><article><h1>Was bringt der neue Hafen?</h1>
        <p>Der Umbau des Hafens beginnt im Frühjahr und dauert sechs Jahre. {credit}</p>
        <p><strong>Warum dauert der Umbau so lange?</strong></p>
        <p>Weil der Betrieb weiterläuft. Wir bauen in kleinen Abschnitten, damit die Schiffe weiter anlegen können.</p>
        <p><strong>Wie gehen Sie mit den Anwohnern um?</strong></p>
        <p>Wir laden jeden Monat zu einem Treffen ein und erklären, was als Nächstes kommt.</p>
        <p><strong>Was kostet das Ganze?</strong></p>
        <p>Rund vierzig Millionen Euro, verteilt auf sechs Jahre.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Anna Weber sprach mit Jonas Feld über den Umbau.")] // the name the phrase opens with, before small letters
    [InlineData("Unsere Reporterin Anna Weber sprach mit Jonas Feld.")] // the asker after her role word
    [InlineData("Our reporter Anna Weber spoke with Jonas Feld about the works.")]
    [InlineData("Jonas Feld leitet das Hafenamt. Anna Weber sprach mit ihm.")] // the guest named before, the asker here
    [InlineData("Jonas Feld runs the harbour office. Anna Weber spoke with him.")]
    public void A_person_who_spoke_with_the_guest_asks_and_the_guest_answers(string sentence)
    {
        var result = Interviews.Parse(OutletSpokeWithPage(sentence));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Jonas Feld");
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Anna Weber");
    }

    [Fact]
    public void Guests_named_before_their_titles_after_the_outlet_spoke_with_them_are_each_an_interviewee()
    {
        var result = Interviews.Parse(OutletSpokeWithPage(
            "Die Zeitung sprach mit Jonas Feld, Technischer Leiter des Hafenamts, und Mia Brandt, Ingenieurin und Leiterin der Bauaufsicht."));

        result.Participants.Where(p => p.Role == TurnRole.Interviewee).Select(p => (p.Name, p.Title)).Should().Equal(
            ("Jonas Feld", "Technischer Leiter des Hafenamts"), ("Mia Brandt", "Ingenieurin und Leiterin der Bauaufsicht"));
    }

    [Fact]
    public void An_outlet_that_spoke_with_the_guest_in_a_sentence_of_the_standfirst_asks_in_its_own_name()
    {
        // The sentence need not open the paragraph: any sentence's start will do.
        var result = Interviews.Parse(OutletSpokeWithPage("Die Zeitung sprach mit Jonas Feld, Technischer Leiter des Hafenamts."));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Jonas Feld");
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Die Zeitung");
    }

    [Fact]
    public void A_byline_names_the_interviewer_where_the_outlet_says_it_spoke_with_the_guest()
    {
        string page = OutletSpokeWithPage("Die Zeitung sprach mit Jonas Feld, Technischer Leiter des Hafenamts.")
            .Replace("<p>Der Umbau", "<p>Von Anna Weber</p>\n<p>Der Umbau", StringComparison.Ordinal);

        var result = Interviews.Parse(page);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Anna Weber");
    }
    [Fact]
    public void Three_name_words_after_a_role_noun_are_one_name()
    {
        // Two given names: the first is the name's, not the title's.
        var result = Interviews.Parse(OutletSpokeWithPage("Die Zeitung sprach mit der Bau-Expertin Anna Maria Lund."));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Should().Match<Participant>(p => p.Name == "Anna Maria Lund" && p.Title == "Bau-Expertin");
    }
    [Theory]
    [InlineData("habló con")]
    [InlineData("conversó con")]
    public void A_Spanish_outlet_that_talked_with_the_guest_names_her_with_her_title(string verb)
    {
        string page = $"""
            <html><body><article><h1>"El puerto no puede parar"</h1>
            <p>La ampliación del puerto empieza en primavera. Este diario {verb} Lucía Ferrer Gil, directora técnica del puerto.</p>
            <p><strong>¿Por qué tarda tanto la obra?</strong></p>
            <p>Porque el puerto sigue funcionando. Construimos por tramos para que los barcos puedan seguir atracando.</p>
            <p><strong>¿Cómo tratan a los vecinos?</strong></p>
            <p>Cada mes los invitamos a una reunión y les explicamos lo que viene.</p>
            <p><strong>¿Cuánto cuesta todo?</strong></p>
            <p>Unos cuarenta millones de euros, repartidos en seis años.</p>
            </article></body></html>
            """;

        var result = Interviews.Parse(page);

        result.IsInterview.Should().BeTrue();
        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee)
            .Which.Should().Match<Participant>(p => p.Name == "Lucía Ferrer Gil" && p.Title == "directora técnica del puerto");
    }

    private static string ScrapedPage(string underHeadline, string foot) => $"""
        Harbour News

        Ferries in winter: what changes now

        {underHeadline}

        The ferry company has cut its winter timetable. In this interview, its operations head Mara Lind explains why the boats run less often.

        Ms Lind, why are there fewer crossings this winter?

        Because fewer people travel in the dark months, and every empty crossing costs us fuel and crew hours.

        Will you bring the night ferry back?

        In spring, yes. We have already planned it for the first week of April.

        What would you tell the islanders who are angry?

        That we hear them, and that we will ask them before we change the timetable next time.

        {foot}
        """;

    [Fact]
    public void A_name_under_an_author_label_below_the_headline_of_a_scrape_is_the_interviewer()
    {
        var result = Interviews.Parse(ScrapedPage("Author\n\nJonas Berg", "Contact us"), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Jonas Berg");
        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().OnlyContain(t => t.Speaker == "Jonas Berg");
    }

    [Fact]
    public void A_name_alone_under_the_headline_that_the_foot_prints_again_is_the_interviewer()
    {
        var result = Interviews.Parse(ScrapedPage("Jonas Berg", "More stories by Jonas Berg"), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Jonas Berg");
    }

    [Fact]
    public void A_name_alone_over_the_headers_date_row_is_the_interviewer()
    {
        var result = Interviews.Parse(ScrapedPage("Jonas Berg\n\n12 March 2024, 4 min read", "Contact us"), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewer).Which.Name.Should().Be("Jonas Berg");
    }

    [Fact]
    public void A_date_row_that_names_its_own_writer_leaves_the_line_above_it_no_byline()
    {
        var result = Interviews.Parse(ScrapedPage("Island Life\n\n12 March 2024 by mlind", "Contact us"), Text);

        result.Participants.Should().NotContain(p => p.Name == "Island Life");
    }

    [Fact]
    public void An_office_named_over_the_date_row_is_no_interviewer()
    {
        // A name with a particle over the date is as often an office's ("Oficina de Prensa") as a person's.
        var result = Interviews.Parse(ScrapedPage("Oficina de Prensa\n\n12 March 2024", "Contact us"), Text);

        result.Participants.Should().NotContain(p => p.Role == TurnRole.Interviewer);
    }

    [Fact]
    public void A_section_name_repeated_after_a_rule_over_a_teaser_is_no_byline()
    {
        // A teaser box at the foot prints the section's name as its kicker, after a rule drawn in box characters on its line.
        var result = Interviews.Parse(ScrapedPage("Island Life", "━━━━━━━━━━━━ Island Life\n\nThe harbour master retires after forty years"), Text);

        result.Participants.Should().NotContain(p => p.Name == "Island Life");
    }

    [Fact]
    public void Two_capitalised_words_alone_under_the_headline_name_no_interviewer_without_a_label_or_a_repeat()
    {
        // A section's name has the shape of a name; nothing else on the page says it is a person's.
        var result = Interviews.Parse(ScrapedPage("Island Life", "Contact us"), Text);

        result.Participants.Should().NotContain(p => p.Role == TurnRole.Interviewer);
    }

    [Fact]
    public void A_scrapes_standfirst_right_under_the_headline_names_the_guest_inside_its_sentence()
    {
        // The byline and date row between the standfirst and the text keep it out of the text, as a page's markup would
        // not; the guest is named inside its first sentence, not at its opening, and the questions call her "you".
        const string doc = """
            Harbour News

            "I wait until I can see the other bank"

            For twenty years now Greta Holm has steered the last cable ferry across the upper river, in fog and in flood.

            By Jonas Berg

            12 March 2024

            How many crossings do you make on an ordinary day?

            About sixty in summer and fewer in winter, because on a foggy morning I wait until I can see the far landing.

            Who are your passengers?

            Mostly the same people every week: farmers, a school class on Tuesdays, and cyclists at the weekend.

            What will happen when you retire?

            My nephew has his licence now. He is impatient, but the river will teach him soon enough.

            Contact us
            """;

        var result = Interviews.Parse(doc, Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Greta Holm");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Greta Holm");
    }

    [Fact]
    public void In_a_scrape_the_outlet_named_by_the_copyright_line_asks_through_the_credited_interviewer()
    {
        const string doc = """
            Ferries in winter: fewer crossings

            Interview: Jonas Berg

            HARBOURPOST: Ms Lind, why are there fewer crossings this winter?

            Lind: Because fewer people travel in the dark months, and every empty crossing costs fuel and crew hours.

            HARBOURPOST: Will you bring the night ferry back?

            Lind: In spring, yes. It is already planned for the first week of April.

            HARBOURPOST: What do you tell the islanders who are angry?

            Lind: That we hear them, and that we will ask them first next time.

            © 2024 Harbourpost · Imprint · Privacy
            """;

        var result = Interviews.Parse(doc, Text);

        result.Turns.Where(t => t.Role == TurnRole.Interviewer).Should().HaveCount(3).And.OnlyContain(t => t.Speaker == "Jonas Berg");
    }

    // Questions that address the guest, under a standfirst that introduces them.
    private static string KelpPage(string standfirst) => $"""
        <html><head><title>The sea gives back</title></head><body><article>
        <h1>The sea gives back</h1>
        <p>{standfirst}</p>
        <p><strong>How did you start studying kelp?</strong></p>
        <p>By chance. I was looking for a thesis topic, and my supervisor took me diving in the fjord.</p>
        <p><strong>How is the kelp doing today?</strong></p>
        <p>Better than ten years ago. The sea urchins have retreated, and the kelp has won back a third of its area.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Ana de la Torre has studied the kelp forests of the fjord for fifteen years.", "Ana de la Torre")]
    [InlineData("Biologist Jan van der Berg has studied the kelp forests of the fjord for fifteen years.", "Jan van der Berg")]
    [InlineData("For fifteen years the biologist Pia van Dam has dived in the fjord, and Pia van Dam knows its kelp.", "Pia van Dam")]
    public void A_surname_opening_with_particles_in_small_letters_belongs_to_the_name(string standfirst, string name)
    {
        // "de la", "van der": particles in small letters between the given name and the capitalised surname.
        var result = Interviews.Parse(KelpPage(standfirst));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Seit 2015 leitet Ingrid Dahl den Hafen, und Ingrid Dahl kennt jede Alge im Fjord.")] // "den": an article
    [InlineData("Ingrid Dahl von der Meeresstation taucht seit fünfzehn Jahren im Fjord.")] // "von": a preposition after the surname
    public void Particles_after_a_full_name_open_no_surname(string standfirst)
    {
        var result = Interviews.Parse(KelpPage(standfirst));

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ingrid Dahl");
    }

    [Fact]
    public void Two_given_names_joined_by_a_conjunction_that_is_also_a_particle_are_no_surname()
    {
        // "y" joins Spanish surnames too, but between two given names it joins two people.
        var result = Interviews.Parse(KelpPage("Ana y Luis llevan quince años estudiando los bosques de algas del fiordo."));

        result.Participants.Should().NotContain(p => p.Name.Contains(" y "));
    }

    [Theory]
    [InlineData("An interview with the architect Sanne van der Meer about towers built of wood.", "Sanne van der Meer", "architect")]
    [InlineData("We spoke with Sanne van der Meer, an architect, about towers built of wood.", "Sanne van der Meer", "architect")]
    [InlineData("Hablamos con Jonas Feld, un arquitecto, sobre torres de madera.", "Jonas Feld", "arquitecto")]
    [InlineData("Nous avons parlé avec Jonas Feld, un architecte, des tours en bois.", "Jonas Feld", "architecte")]
    public void A_guest_introduced_with_an_apposition_keeps_the_whole_name_and_a_title_without_its_article(string intro, string name, string title)
    {
        // The apposition's comma closes the title where the sentence goes on ("about …"); its article is no part of it.
        var guest = Interviews.Parse(ObservatoryGuest(intro, name), new ParseOptions { Format = DocumentFormat.Text })
            .Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which;

        guest.Name.Should().Be(name);
        guest.Title.Should().Be(title);
    }

    private static string ObservatoryGuest(string intro, string name) => $"""
        Winter nights at the observatory

        {intro}

        Q: How long is a night at the observatory in December?

        {name}: Fourteen hours, and we use every one of them whenever the sky is clear.

        Q: What do you like to look at most?

        {name}: The Orion nebula, which stands high above the horizon in winter and is easy to see.
        """;

    // An official transcript labels the speaker by office and surname; the title line gives the office with the full name.
    private static string OfficeLabelled(string office) => $"""
        Remarks: {office} Ruth Okafor takes questions on the harbour flood

        June 3, 2025

        {office.ToUpperInvariant()} OKAFOR: Good morning. The water has gone down overnight, and the east quay is open again.

        Q: How many boats were damaged?

        {office.ToUpperInvariant()} OKAFOR: Eleven, two of them badly. The owners will hear from the insurers this week.

        Q: When will the fish market reopen?

        {office.ToUpperInvariant()} OKAFOR: On Monday, if the power comes back as planned.
        """;

    [Theory]
    [InlineData("Mayor")]
    [InlineData("Governor")]
    public void A_label_of_an_office_and_a_surname_takes_the_full_name_the_page_writes_after_that_office(string office)
    {
        var result = Interviews.Parse(OfficeLabelled(office), Text);

        result.Participants.Should().ContainSingle(p => p.Role == TurnRole.Interviewee).Which.Name.Should().Be("Ruth Okafor");
        result.Turns.Where(t => t.Role == TurnRole.Interviewee).Should().OnlyContain(t => t.Speaker == "Ruth Okafor");
    }
}
