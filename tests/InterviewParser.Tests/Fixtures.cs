namespace InterviewParser.Tests;

/// <summary>Small hand-written documents for the tests; none is taken from a real site.</summary>
internal static class Fixtures
{
    /// <summary>A made-up text of <paramref name="minLength"/> to <paramref name="maxLength"/> - 1 characters drawn from <paramref name="alphabet"/>.</summary>
    public static string MadeUpText(Random random, string alphabet, int minLength, int maxLength)
    {
        var chars = new char[random.Next(minLength, maxLength)];
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    /// <summary>A folder of ../shared beside the repository (present in CI, absent on other machines), or null.</summary>
    public static string? FindShared(string sub)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewParser.sln")))
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", sub);
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A page with a short interview of five exchanges in bold questions, <paramref name="insert"/> (markup) standing
    /// after the second answer ("More than ever. …", the fourth turn).
    /// </summary>
    public static string LakeInterview(string insert) => $"""
        <html><head><title>Thirty winters on the lake</title></head><body><article>
        <h1>Thirty winters on the lake</h1>
        <p>The ice fisher Mira Sand on cold mornings and the fish that stayed away.</p>
        <p><b>Mira Sand, how did you come to fish on the ice?</b></p>
        <p>My father took me out when I was six. I sat on a bucket and watched the hole for hours.</p>
        <p><b>Do you still enjoy it after thirty winters?</b></p>
        <p>More than ever. The lake is quiet in a way that nothing else in my life is quiet. I hear the ice sing at night.</p>
        {insert}
        <p><b>Is it cold?</b></p>
        <p>Yes. Why do you go out before sunrise, when the lake is quiet? Everybody asks me that, and I never know what to say.</p>
        <p><b>What has changed on the lake?</b></p>
        <p>The ice comes later every year, and some winters it never gets thick enough to carry me.</p>
        </article></body></html>
        """;

    /// <summary>
    /// Breaks a paragraph as a greedy wrapper does: each line, after its indent, as long as it can be within the width;
    /// with <paramref name="breakOnHyphens"/>, also after a hyphen inside a word ("harbour-" / "master"), as Python's
    /// textwrap (and so html2text) does. A word longer than the width stands alone on a line over it.
    /// </summary>
    public static List<string> GreedyWrap(string paragraph, int width, string indent = "", bool breakOnHyphens = false)
    {
        var lines = new List<string>();
        string line = indent;
        foreach (var word in paragraph.Split(' '))
        {
            // The pieces a word may break into: after each hyphen that has a letter on both sides.
            var pieces = new List<string>();
            int from = 0;
            for (int i = 1; breakOnHyphens && i + 1 < word.Length; i++)
            {
                if (word[i] == '-' && char.IsLetterOrDigit(word[i - 1]) && char.IsLetterOrDigit(word[i + 1]))
                {
                    pieces.Add(word[from..(i + 1)]);
                    from = i + 1;
                }
            }

            pieces.Add(word[from..]);
            for (int k = 0; k < pieces.Count; k++)
            {
                string sep = k == 0 && line.Length > indent.Length ? " " : "";
                if (line.Length > indent.Length && line.Length + sep.Length + pieces[k].Length > width)
                {
                    lines.Add(line);
                    line = indent;
                    sep = "";
                }

                line += sep + pieces[k];
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Parses a document as plain text, whatever its shape.</summary>
    public static Model.Interview ParseText(string text) => Interviews.Parse(text, new ParseOptions { Format = Model.DocumentFormat.Text });

    public const string BoldQuestionPage = """
        <!doctype html>
        <html lang="en"><head>
          <title>Baker on bread and patience | The Valley Gazette</title>
          <meta property="og:title" content="Baker on bread and patience">
          <meta property="article:published_time" content="2021-03-04T09:15:00+01:00">
          <meta name="author" content="Lena Fisch">
        </head><body>
          <header><nav><a href="/">Home</a> <a href="/food">Food</a> <a href="/sport">Sport</a></nav></header>
          <main><article>
            <h1>Baker on bread and patience</h1>
            <p class="byline">By Lena Fisch</p>
            <p>The Valley Gazette interviews master baker Tomas Grain. He has run the corner bakery for thirty years, and his sourdough has a queue every morning.</p>
            <p><strong>How did you start baking, and what kept you going through the hard years?</strong></p>
            <p>My grandmother taught me on weekends, with flour everywhere and a very old oven that never kept its heat.</p>
            <p>Later I worked nights in a factory, which taught me speed, but not love, and I missed the slow work.</p>
            <p><strong>What is the secret of your sourdough?</strong></p>
            <p>Time. People want shortcuts, but the dough decides when it is ready, not the baker, and not the clock.</p>
            <p><strong>Do you ever take a day off?</strong></p>
            <p>On Mondays I close the shop, walk by the river, and think about nothing at all, which is harder than it sounds.</p>
          </article></main>
          <aside class="related"><h3>Related stories</h3><p><a href="/x">Ten cafés to visit this spring in the valley region</a></p></aside>
          <footer><p>Follow us</p><p>© 2021 The Valley Gazette. All rights reserved.</p></footer>
        </body></html>
        """;

    public const string TextScrape = """
        Home
        News
        Interviews
        Search

        Old lighthouse keeper: the sea never sleeps

        Tue 7 June 2016 18:20 GMT | 21:20 Local Time

        Text size: bigger smaller

        The Harbour Post interviews retired lighthouse keeper Marta Stein.

        You spent twenty-two years on the rock. What did a normal day look like for you?

        A normal day started before dawn with the lamp, the logbook and the weather report, and ended long after dark when the last ship had passed the point safely.

        There was always something to repaint, because salt eats everything, even patience, and the wind never stops to let you finish.

        Were you ever afraid out there on your own?

        Only once, during the storm of the winter when the windows broke, and I sat on the stairs with the radio until morning came and the sea calmed down again.

        Do you miss the light now that you live in town?

        Every evening at dusk I still look towards the point, out of habit, and I count the seconds between the flashes of the new automatic lamp.

        Share
        Follow us
        Most read articles
        Weather
        """;

    public const string PlainArticle = """
        <html><head><title>Council approves new bridge</title></head><body>
        <article><h1>Council approves new bridge</h1>
        <p>The town council voted on Tuesday to approve the construction of a new pedestrian bridge over the river, ending a debate that lasted two years.</p>
        <p>"This is a good day for the town," the mayor said after the vote, adding that work should begin in the autumn and finish within eighteen months.</p>
        <p>Opponents had argued that the money would be better spent on repairing roads, and several residents spoke against the plan at the meeting.</p>
        <p>Who will pay for the bridge? The regional government has promised to cover half of the cost, with the rest coming from the town's reserves.</p>
        </article></body></html>
        """;

    public const string FaqPage = """
        <html><head><title>Everything about the new parking rules</title></head><body><article>
        <h1>Everything about the new parking rules</h1>
        <p>The city has changed its parking rules from the first of May, and many drivers have questions about what the changes mean for them.</p>
        <h2>What changes on the first of May?</h2>
        <p>Parking in the old town will cost more in the evening, and the free zone near the station will be reduced to two hours for all vehicles.</p>
        <h2>Who is exempt from the new rules?</h2>
        <p>Residents with a permit and drivers with a disability badge are exempt, as are delivery vans during the morning loading window.</p>
        <h2>Where can the permits be bought?</h2>
        <p>Permits are sold at the town hall and online, and the price depends on the size of the car and the zone where it is registered.</p>
        </article></body></html>
        """;
}
