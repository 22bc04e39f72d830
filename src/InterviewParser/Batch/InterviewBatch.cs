using System.Runtime.CompilerServices;
using System.Threading.Channels;
using InterviewParser.Batch.Sources;
using InterviewParser.Model;

namespace InterviewParser.Batch;

/// <summary>
/// Parses many documents in parallel and streams one <see cref="BatchResult"/> per document found — parsed,
/// skipped or failed — so that every input is accounted for. Reading, parsing and the consumer are joined by
/// bounded queues: a slow consumer holds the reader back instead of letting documents pile up in memory.
/// </summary>
public static class InterviewBatch
{
    /// <summary>Parses every document of the given inputs (files, folders, globs, archives).</summary>
    /// <param name="inputs">Paths as <see cref="DocumentSources.Read"/> takes them.</param>
    /// <param name="options">Parallelism, ordering, bounds and parse options; defaults when <see langword="null"/>.</param>
    /// <param name="summary">Receives the running totals, when given.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static IAsyncEnumerable<BatchResult> ParseAsync(IEnumerable<string> inputs, BatchOptions? options = null, BatchSummary? summary = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new BatchOptions();
        var o = options;
        return ParseAsync(inputs.SelectMany(i => DocumentSources.Read(i, o, cancellationToken)), options, summary, cancellationToken);
    }

    /// <summary>Parses a stream of documents (from <see cref="DocumentSources"/> or your own reader).</summary>
    /// <param name="documents">The documents, read lazily and only as fast as the parsers and the consumer go.</param>
    /// <param name="options">Parallelism, ordering, bounds and parse options; defaults when <see langword="null"/>.</param>
    /// <param name="summary">Receives the running totals, when given.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static IAsyncEnumerable<BatchResult> ParseAsync(IEnumerable<BatchDocument> documents, BatchOptions? options = null,
        BatchSummary? summary = null, CancellationToken cancellationToken = default) =>
        ParseAsync(documents, static r => r, options, summary, cancellationToken);

    /// <summary>
    /// Parses a stream of documents and hands each result to <paramref name="selector"/> on the worker that parsed it,
    /// so that costly work on a result (serialising it, computing features) runs in parallel too and the consumer only
    /// stores what it gets.
    /// </summary>
    /// <typeparam name="TResult">What the selector makes of a result.</typeparam>
    /// <param name="documents">The documents, read lazily and only as fast as the parsers and the consumer go.</param>
    /// <param name="selector">Runs on the parsing workers, once per document, in no particular order; must be thread-safe; an exception from it ends the run.</param>
    /// <param name="options">Parallelism, ordering, bounds and parse options; defaults when <see langword="null"/>.</param>
    /// <param name="summary">Receives the running totals, when given.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async IAsyncEnumerable<TResult> ParseAsync<TResult>(IEnumerable<BatchDocument> documents, Func<BatchResult, TResult> selector,
        BatchOptions? options = null, BatchSummary? summary = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(selector);
        options ??= new BatchOptions();
        summary ??= new BatchSummary();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cts.Token;
        int capacity = options.Capacity;
        var work = Channel.CreateBounded<(long Seq, BatchDocument Doc)>(new BoundedChannelOptions(capacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var done = Channel.CreateBounded<(long Seq, TResult Result)>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var pipeline = new InterviewPipelineBuilder().Build();

        var reader = Task.Run(async () =>
        {
            long seq = 0;
            try
            {
                foreach (var doc in documents)
                {
                    await work.Writer.WriteAsync((seq++, doc), token).ConfigureAwait(false);
                }

                work.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                work.Writer.TryComplete(ex);
            }
        }, token);

        var workers = new Task[options.Parallelism];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                await foreach (var (seq, doc) in work.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    var result = Process(doc, options, pipeline, token);
                    summary.Count(result, doc.Content?.LongLength ?? 0);
                    await done.Writer.WriteAsync((seq, selector(result)), token).ConfigureAwait(false);
                }
            }, token);
        }

        var closer = Task.Run(async () =>
        {
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
                await reader.ConfigureAwait(false);
                done.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                done.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);

        try
        {
            if (!options.Ordered)
            {
                await foreach (var (_, result) in done.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    yield return result;
                }
            }
            else
            {
                var pending = new Dictionary<long, TResult>();
                long next = 0;
                await foreach (var (seq, result) in done.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    pending[seq] = result;
                    while (pending.Remove(next, out var ready))
                    {
                        next++;
                        yield return ready;
                    }
                }
            }

            await closer.ConfigureAwait(false);
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(workers.Append(reader).Append(closer)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early or the run was cancelled.
            }
        }
    }

    private static BatchResult Process(BatchDocument doc, BatchOptions options, InterviewPipeline pipeline, CancellationToken token)
    {
        if (doc.Reason is { } reason)
        {
            return new BatchResult(doc.Source, doc.Failed ? BatchStatus.Failed : BatchStatus.Skipped, null, reason) { Url = doc.Url, CrawlDate = doc.CrawlDate };
        }

        try
        {
            var parseOptions = options.ParseOptions with
            {
                Format = doc.Format != DocumentFormat.Auto ? doc.Format : options.ParseOptions.Format,
                SourceUrl = doc.Url ?? options.ParseOptions.SourceUrl,
                ContentType = doc.ContentType ?? options.ParseOptions.ContentType,
                ReferenceTime = options.ParseOptions.ReferenceTime ?? doc.CrawlDate, // "3 hours ago" in a crawl means before the capture
            };
            var interview = pipeline.Parse(doc.Content!, parseOptions, token);
            if (doc.Note is { } note)
            {
                interview = interview with { Diagnostics = [.. interview.Diagnostics, new Diagnostic(DiagnosticIds.ContainerNote, DiagnosticSeverity.Warning, note)] };
            }

            return new BatchResult(doc.Source, BatchStatus.Parsed, interview, null) { Url = doc.Url, CrawlDate = doc.CrawlDate };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new BatchResult(doc.Source, BatchStatus.Failed, null, $"{ex.GetType().Name}: {ex.Message}") { Url = doc.Url, CrawlDate = doc.CrawlDate };
        }
    }
}
