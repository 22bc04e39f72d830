using InterviewParser.Blocks;
using InterviewParser.Chrome;
using InterviewParser.Decoding;
using InterviewParser.Metadata;
using InterviewParser.Model;
using InterviewParser.Serialization;
using InterviewParser.Turns;

namespace InterviewParser;

/// <summary>
/// A frozen, thread-safe parsing pipeline: decoding → blocks → chrome removal → metadata → turns → model.
/// Build one with <see cref="InterviewPipelineBuilder"/> and reuse it; <see cref="Default"/> serves most callers.
/// </summary>
public sealed class InterviewPipeline
{
    private readonly IReadOnlyList<IInterviewPostProcessor> _postProcessors;

    internal InterviewPipeline(IReadOnlyList<IInterviewPostProcessor> postProcessors) => _postProcessors = postProcessors;

    /// <summary>The default pipeline.</summary>
    public static InterviewPipeline Default { get; } = new InterviewPipelineBuilder().Build();

    /// <summary>Parses decoded text.</summary>
    /// <param name="content">The HTML or text.</param>
    /// <param name="options">The parse options.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The parsed interview.</returns>
    public Interview Parse(string content, ParseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var format = options.Format switch
        {
            DocumentFormat.Auto => InputDecoder.Sniff(content),
            DocumentFormat.Text when InputDecoder.Sniff(content) is DocumentFormat.WebVtt or DocumentFormat.Srt => InputDecoder.Sniff(content),
            _ => options.Format,
        };
        var diagnostics = new List<Diagnostic>();
        if (content.Length > options.MaxInputBytes)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.Truncated, DiagnosticSeverity.Warning,
                $"The input has {content.Length} characters; only the first {options.MaxInputBytes} were read."));
            content = content[..options.MaxInputBytes];
        }

        return Run(new DecodedInput(content, format, null, diagnostics), options, cancellationToken);
    }

    /// <summary>Parses raw bytes, detecting the character set.</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="options">The parse options.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The parsed interview.</returns>
    public Interview Parse(ReadOnlySpan<byte> content, ParseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var decoded = InputDecoder.Decode(content, options.Format, options.ContentType, options.MaxInputBytes);
        return Run(decoded, options, cancellationToken);
    }

    /// <summary>Parses raw bytes and records what each stage decided (for <c>explain</c>).</summary>
    internal Interview Parse(ReadOnlySpan<byte> content, ParseOptions options, ParseTrace trace)
    {
        var decoded = InputDecoder.Decode(content, options.Format, options.ContentType, options.MaxInputBytes);
        return Run(decoded, options, CancellationToken.None, trace);
    }

    // Parses started in this process, for the first parses' longer default time limit.
    private static int s_parses;

    /// <summary>
    /// Runs the stages within the time limit. A parse of HTML that runs out of time is done again on the page's text,
    /// which costs time in proportion to its length; if that runs out too, the result is empty with a diagnostic.
    /// </summary>
    private Interview Run(DecodedInput input, ParseOptions options, CancellationToken cancellationToken, ParseTrace? trace = null)
    {
        // Counted only until the first parses are over, so that the count never wraps round.
        int before = Volatile.Read(ref s_parses);
        if (before < ParseOptions.FirstParses) before = Interlocked.Increment(ref s_parses) - 1;
        var limit = options.TimeLimitFor(input.Text.Length, before);
        if (limit is null) return Run(input, options, asText: false, cancellationToken, trace);
        for (int attempt = 0; ; attempt++)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (limit.Value < TimeSpan.FromMilliseconds(1)) timer.Cancel(); // a timer cannot measure less: run out at once
            else timer.CancelAfter(limit.Value);
            try
            {
                return Run(input, options, asText: attempt > 0, timer.Token, trace);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var note = new Diagnostic(DiagnosticIds.TimeLimit, DiagnosticSeverity.Warning, attempt == 0 && input.Format == DocumentFormat.Html
                    ? $"The parse took longer than its limit of {limit.Value.TotalSeconds:0.#} s; the page was read again as plain text."
                    : $"The parse took longer than its limit of {limit.Value.TotalSeconds:0.#} s; nothing was extracted.");
                input = input with { Diagnostics = [.. input.Diagnostics, note] };
                if (attempt > 0 || input.Format != DocumentFormat.Html)
                {
                    return new Interview { Diagnostics = input.Diagnostics, Format = input.Format, SourceUrl = options.SourceUrl };
                }
            }
        }
    }

    /// <summary>
    /// Where the text begins under the headline: the first content block after it. Content kept above the headline (a
    /// kicker or section line over it) is not where the text begins, and would leave no room for a standfirst.
    /// </summary>
    private static int FirstContentAfter(BlockDocument doc, ContentSelection selection, int headlineIndex)
    {
        int first = selection.FirstContentIndex;
        if (headlineIndex < 0 || first < 0 || first > headlineIndex) return first;
        var content = selection.Content;
        for (int i = first, j = 0; i < doc.Blocks.Count && j < content.Count; i++)
        {
            if (!ReferenceEquals(doc.Blocks[i], content[j])) continue;
            if (i > headlineIndex) return i;
            j++;
        }

        return first;
    }

    /// <summary>A kicker over a headline: a short line of text, not a menu's link (an article's header element may hold it).</summary>
    private static bool IsKicker(Block b) => b.WordCount <= MaxKickerWords && !b.IsMostlyLink && b.Kind != BlockKind.Heading;

    /// <summary>A kicker holds a few words.</summary>
    private const int MaxKickerWords = 8;

    /// <summary>Whether the decoder found the input full of control characters: junk whose chance colons and question marks speak for nobody.</summary>
    private static bool IsBinary(DecodedInput input)
    {
        foreach (var d in input.Diagnostics) if (d.Id == DiagnosticIds.BinaryInput) return true;
        return false;
    }

    private Interview Run(DecodedInput input, ParseOptions options, bool asText, CancellationToken cancellationToken, ParseTrace? trace)
    {
        var diagnostics = new List<Diagnostic>(input.Diagnostics);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.EmptyInput, DiagnosticSeverity.Warning, "The input holds no text."));
            return new Interview { Diagnostics = diagnostics, Format = input.Format, SourceUrl = options.SourceUrl };
        }

        // Stage 2: one block model for HTML and text. HTML nested or multiplied beyond reason is read as its text.
        var verdict = input.Format == DocumentFormat.Html && !asText ? NestingGuard.Inspect(input.Text) : NestingGuard.Verdict.Fine;
        bool tooDeep = verdict != NestingGuard.Verdict.Fine || (asText && input.Format == DocumentFormat.Html);
        if (verdict != NestingGuard.Verdict.Fine)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.DepthCapped, DiagnosticSeverity.Warning, verdict == NestingGuard.Verdict.TooDeep
                ? $"The HTML nests more than {NestingGuard.MaxDepth} elements deep; it was read as plain text."
                : $"The HTML holds more than {NestingGuard.MaxElements} elements; it was read as plain text."));
        }

        var doc = tooDeep ? TextBlockBuilder.Build(NestingGuard.ToText(input.Text), cancellationToken)
            : input.Format == DocumentFormat.Html ? HtmlBlockBuilder.Build(input.Text, cancellationToken)
            : input.Format is DocumentFormat.WebVtt or DocumentFormat.Srt ? CaptionBlockBuilder.Build(input.Text, input.Format, cancellationToken)
            : TextBlockBuilder.Build(input.Text, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        SmallLetterNames.Capitalise(doc.Blocks);
        if (doc.Truncated)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.TooManyBlocks, DiagnosticSeverity.Warning,
                $"The text holds more than {BlockDocument.MaxBlocks} lines; the rest was not read."));
        }

        // Stage 3: chrome removal.
        var selection = ChromeFilter.Select(doc, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        // Stage 4: metadata.
        var (headline, headlineIndex) = HeadlineExtractor.Extract(doc, selection);
        string? url = options.SourceUrl ?? doc.CanonicalUrl ?? doc.FindMeta("og:url");
        var (published, updated) = TimestampExtractor.Extract(doc, selection, headlineIndex, url, options.ReferenceTime);
        var bylines = new List<Block>();
        var content = ContentCleaner.Clean(selection.Content, headline, headlineIndex >= 0 ? doc.Blocks[headlineIndex] : null, bylines, doc);
        cancellationToken.ThrowIfCancellationRequested();

        // Stage 5: turns.
        var segmentation = TurnSegmenter.Segment(content, SpeakerNames(doc));
        int textStart = FirstContentAfter(doc, selection, headlineIndex);
        var preContent = headlineIndex >= 0 && textStart > headlineIndex
            ? doc.Blocks.GetRange(headlineIndex, textStart - headlineIndex)
            : [];
        // A page announces itself in its header from the kicker (a short line over the headline: "Interview", "Interview
        // with …") to the text.
        // So do the byline lines the cleaner took out of the text ("Interview by NAME" under the standfirst).
        List<Block> header = preContent.Count > 0 && headlineIndex > 0 && IsKicker(doc.Blocks[headlineIndex - 1])
            ? doc.Blocks.GetRange(headlineIndex - 1, preContent.Count + 1)
            : preContent;
        segmentation = InterviewDecision.Decide(segmentation, doc, headline, bylines.Count > 0 ? [.. header, .. bylines] : header, content);
        if (IsBinary(input)) segmentation = InterviewDecision.NotText(segmentation);
        cancellationToken.ThrowIfCancellationRequested();
        // Participants are reported for interviews only; a page without turns skips the search.
        var drafts = segmentation.IsInterview
            ? ParticipantExtractor.Extract(doc, headline, segmentation.Lead, segmentation, bylines.Count > 0 ? [.. preContent, .. bylines] : preContent, headlineIndex)
            : [];
        segmentation = InterviewDecision.Confirm(segmentation, drafts);
        if (!segmentation.IsInterview) drafts = [];
        EmbeddedPosts.Remove(segmentation, doc, content);
        if (TrailingNotes.Trim(segmentation, drafts, doc, url, content) is { } author)
        {
            drafts.Add(new ParticipantDraft(author, TurnRole.Interviewer, null));
        }

        ClosingThanks.Split(segmentation, drafts);

        // Stage 6: the model.
        var lead = LeadExtractor.Extract(doc, headlineIndex, textStart, content, segmentation);
        if (trace is not null)
        {
            trace.Blocks = doc.Blocks;
            trace.Content = new HashSet<Block>(content, ReferenceEqualityComparer.Instance);
            trace.HeadlineIndex = headlineIndex;
        }

        // A standfirst printed above the main text belongs to the page's text too.
        var above = LeadExtractor.BlocksAbove(doc, headlineIndex, textStart, lead);
        var bodyBlocks = above.Count == 0 ? content : [.. above, .. content];
        var interview = InterviewAssembler.Assemble(doc, bodyBlocks, headline, published, updated, lead, segmentation, drafts, diagnostics) with
        {
            SourceUrl = url,
            Format = input.Format,
        };
        foreach (var p in _postProcessors)
        {
            interview = p.Process(interview);
        }

        // The model holds text only; the block document can give its lists to the next page (not when traced).
        if (trace is null) doc.Release();
        return interview;
    }

    private static readonly string[] SpeakerKeys = ["speakers", "speaker", "guests", "guest", "hosts", "host", "interviewer", "interviewee"];

    /// <summary>The people a document lists outside its text (front matter speakers, hosts and guests).</summary>
    private static List<string> SpeakerNames(BlockDocument doc)
    {
        var names = new List<string>();
        foreach (var (key, value) in doc.Meta)
        {
            if (doc.Format != DocumentFormat.Html && Array.IndexOf(SpeakerKeys, key) >= 0 && value.Length <= 60) names.Add(value);
        }

        return names;
    }
}

/// <summary>Builds an <see cref="InterviewPipeline"/>. Add post-processors to adjust results after the built-in stages.</summary>
public sealed class InterviewPipelineBuilder
{
    private readonly List<IInterviewPostProcessor> _postProcessors = [];

    /// <summary>Adds a post-processor that sees every parsed interview, in the order added.</summary>
    /// <param name="processor">The post-processor.</param>
    /// <returns>This builder.</returns>
    public InterviewPipelineBuilder Use(IInterviewPostProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        _postProcessors.Add(processor);
        return this;
    }

    /// <summary>Freezes the configuration into a reusable, thread-safe pipeline.</summary>
    /// <returns>The pipeline.</returns>
    public InterviewPipeline Build() => new([.. _postProcessors]);
}

/// <summary>An extension that adjusts each parsed <see cref="Interview"/> (e.g. a house style for speaker names).</summary>
public interface IInterviewPostProcessor
{
    /// <summary>Returns the adjusted interview (or the same one).</summary>
    /// <param name="interview">The interview as the built-in stages produced it.</param>
    /// <returns>The interview to return to the caller.</returns>
    Interview Process(Interview interview);
}
