namespace InterviewParser.Model;

/// <summary>
/// The typed result of parsing one interview page, transcript or caption file. Immutable, with value equality; built
/// with init-only properties, so that fields can be added without breaking callers.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.InterviewJsonConverter))]
public sealed record Interview
{
    /// <summary>Whether the document is an interview (has question/answer turns between identified parties).</summary>
    public bool IsInterview { get; init; }

    /// <summary>The headline as displayed, whitespace-collapsed; <see langword="null"/> when none was found.</summary>
    public string? Headline { get; init; }

    /// <summary>When the document was first published, as far as the page states it.</summary>
    public PublicationTime? Published { get; init; }

    /// <summary>When the document was last updated, when the page states it.</summary>
    public PublicationTime? Updated { get; init; }

    /// <summary>The standfirst or intro before the first turn.</summary>
    public string? Lead { get; init; }

    /// <summary>
    /// The page's main text with site chrome removed: every content paragraph in order, joined with a blank line. A
    /// standfirst printed above the main text (on an HTML page, confirmed by the page's description) opens it, so the
    /// body is the same whether a site prints its standfirst inside the article container or above it.
    /// </summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The BCP-47 primary language tag when declared or detected.</summary>
    public string? Language { get; init; }

    /// <summary>The source URL given by the caller or found in the page (canonical link), if any.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The input format the parser used.</summary>
    public DocumentFormat Format { get; init; }

    private readonly IReadOnlyList<Participant> _participants = [];
    private readonly IReadOnlyList<Turn> _turns = [];
    private readonly IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>The people or outlets taking part, one entry per person; read-only whatever list was given.</summary>
    public IReadOnlyList<Participant> Participants { get => _participants; init => _participants = ReadOnly(value); }

    /// <summary>The ordered speaker turns, empty for a document that is not an interview; read-only whatever list was given.</summary>
    public IReadOnlyList<Turn> Turns { get => _turns; init => _turns = ReadOnly(value); }

    /// <summary>What the parser noticed about the input (recoverable problems, decisions worth knowing); read-only whatever list was given.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get => _diagnostics; init => _diagnostics = ReadOnly(value); }

    /// <summary>
    /// Value equality: two interviews are equal when every field is, the participants, turns and diagnostics compared
    /// item by item (two parses of the same bytes are equal).
    /// </summary>
    /// <param name="other">The other interview.</param>
    /// <returns>Whether both hold the same values.</returns>
    public bool Equals(Interview? other) =>
        other is not null && (ReferenceEquals(this, other) || (
            IsInterview == other.IsInterview && Headline == other.Headline && Equals(Published, other.Published) && Equals(Updated, other.Updated)
            && Lead == other.Lead && Body == other.Body && Language == other.Language && SourceUrl == other.SourceUrl && Format == other.Format
            && Participants.SequenceEqual(other.Participants) && Turns.SequenceEqual(other.Turns) && Diagnostics.SequenceEqual(other.Diagnostics)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsInterview, Headline, Published, Body, Participants.Count, Turns.Count, Diagnostics.Count);

    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items) => items switch
    {
        null => throw new ArgumentNullException(nameof(items)),
        System.Collections.ObjectModel.ReadOnlyCollection<T> or T[] { Length: 0 } => items,
        // A copy: the caller's list may change later, the model does not.
        _ => new System.Collections.ObjectModel.ReadOnlyCollection<T>(items.ToArray()),
    };
}

/// <summary>A person or outlet taking part in an interview.</summary>
/// <param name="Id">A stable identifier within the document (<c>p1</c>, <c>p2</c>, …) that turns refer to.</param>
/// <param name="Name">The full name as the page gives it.</param>
/// <param name="Role">What part they play.</param>
/// <param name="Title">Their job title or description, when stated.</param>
public sealed record Participant(string Id, string Name, TurnRole Role, string? Title);

/// <summary>One uninterrupted stretch of speech by one speaker.</summary>
/// <param name="Role">The speaker's role.</param>
/// <param name="Speaker">The speaker's resolved name, or <see langword="null"/> when the page never says who speaks.</param>
/// <param name="SpeakerId">The <see cref="Participant.Id"/> of the speaker, when known.</param>
/// <param name="Time">The media offset printed on the turn, if any.</param>
/// <param name="Text">The spoken text without labels or timestamps; paragraphs joined with a blank line.</param>
public sealed record Turn(TurnRole Role, string? Speaker, string? SpeakerId, TimeSpan? Time, string Text);

/// <summary>The part a speaker plays in an interview.</summary>
public enum TurnRole
{
    /// <summary>Narration, an unidentified voice, a caller, a moderator who is not the interviewer.</summary>
    Other = 0,
    /// <summary>The journalist, host or questioner.</summary>
    Interviewer = 1,
    /// <summary>The person being interviewed.</summary>
    Interviewee = 2,
}

/// <summary>The kinds of input the parser reads.</summary>
public enum DocumentFormat
{
    /// <summary>Decide from the content (and the file name, when known).</summary>
    Auto = 0,
    /// <summary>An HTML page.</summary>
    Html = 1,
    /// <summary>Plain text: a scrape of a page or a transcript (caption files given as text are still read as captions).</summary>
    Text = 2,
    /// <summary>WebVTT captions (<c>.vtt</c>): voice tags, <c>NAME:</c> prefixes and <c>&gt;&gt;</c> speaker changes.</summary>
    WebVtt = 3,
    /// <summary>SubRip captions (<c>.srt</c>).</summary>
    Srt = 4,
}
