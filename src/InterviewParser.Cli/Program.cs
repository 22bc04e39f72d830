using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewParser;
using InterviewParser.Batch.Sources;
using InterviewParser.Model;
using InterviewParser.Serialization;

namespace InterviewParser.Cli;

/// <summary>The <c>interview-parser</c> command.</summary>
public static class Program
{
    private const string Usage = """
        usage: interview-parser parse [--jsonl] [--format json|jsonl|markdown|text|tei|vtt|srt]
                                      [--input-format html|text|vtt|srt] [--url URL] FILE... | -
               interview-parser explain FILE [-o page.html]
               interview-parser --version
               interview-parser batch INPUT... [-o OUT.jsonl] [--errors ERR.jsonl] [--parallel N] [--ordered]
                                      [--only-interviews] [--format jsonl|parquet] [--resume]
          parse      parse each FILE ('-' reads standard input) and print its Interview as JSON
          --jsonl    one JSON object per line for many files, each with "source" = the path as given
          --format   the output: json (default), jsonl, markdown, text, TEI XML, or WebVTT/SRT captions
                     (for transcripts whose turns carry media times)
          --input-format  force the input format instead of taking it from the extension or sniffing it
          --url      the page's source URL (single input)
          explain    write an HTML page showing how the parser read FILE: chrome struck out with its reason,
                     headline and lead marked, turns coloured by role, and the interview decision
          batch      parse folders, globs, .zip, .tar(.gz), .html.gz, WARC/.warc.gz and .jsonl files ('-': JSON Lines
                     of {url, html} or {url, text} on standard input), in parallel, one result line per document
          -o         the output file (default: standard output); --errors gets skipped and failed documents
          --resume   skip documents already in OUT or ERR and append to them
        exit codes: 0 ok, 1 some input failed, 2 bad usage
        """;

    /// <summary>The version of the tool: the informational version of its assembly (set once, in Directory.Build.props).</summary>
    public static string Version =>
        typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            is [System.Reflection.AssemblyInformationalVersionAttribute v, ..] ? v.InformationalVersion.Split('+')[0] : "unknown";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        // Ctrl-C and SIGTERM stop a batch cleanly: the documents in flight finish, the output is flushed whole and the
        // summary says the run was interrupted; a second Ctrl-C ends the process at once.
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (interrupt.IsCancellationRequested) return;
            e.Cancel = true;
            interrupt.Cancel();
        };
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            interrupt.Cancel();
        });
        return await RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, interrupt.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the command with the given streams (used by tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="interrupt">Stops a batch run cleanly (Ctrl-C, SIGTERM).</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken interrupt = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine($"interview-parser {Version}");
            return 0;
        }

        // "parse --help", "batch -h": the usage, on standard output (never read as a file name).
        if (args.Length > 1 && args[0] is "parse" or "batch" or "explain" && Array.Exists(args, a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        if (args[0] == "batch")
        {
            return await BatchCommand.RunAsync(args[1..], stdin, stdout, stderr, interrupt).ConfigureAwait(false);
        }

        if (args[0] == "explain")
        {
            return await ExplainAsync(args[1..], stdout, stderr).ConfigureAwait(false);
        }

        if (args[0] != "parse")
        {
            stderr.WriteLine($"interview-parser: unknown command '{args[0]}'");
            stderr.WriteLine(Usage);
            return 2;
        }

        bool jsonl = false;
        string? output = null;
        var format = DocumentFormat.Auto;
        string? url = null;
        var inputs = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--input-format" when i + 1 < args.Length:
                    string f = args[++i].ToLowerInvariant();
                    if (f is "html" or "htm") format = DocumentFormat.Html;
                    else if (f is "text" or "txt") format = DocumentFormat.Text;
                    else if (f is "vtt" or "webvtt") format = DocumentFormat.WebVtt;
                    else if (f is "srt") format = DocumentFormat.Srt;
                    else
                    {
                        stderr.WriteLine($"interview-parser: unknown input format '{args[i]}'");
                        return 2;
                    }

                    break;
                case "--format" when i + 1 < args.Length:
                    output = args[++i].ToLowerInvariant() switch
                    {
                        "json" => "json",
                        "jsonl" => "jsonl",
                        "markdown" or "md" => "markdown",
                        "text" or "txt" => "text",
                        "tei" or "xml" => "tei",
                        "vtt" or "webvtt" => "vtt",
                        "srt" => "srt",
                        "html" or "htm" => "json", // the input format of earlier versions: HTML is the default input anyway
                        _ => null,
                    };
                    if (output is null)
                    {
                        stderr.WriteLine($"interview-parser: unknown output format '{args[i]}' (json, jsonl, markdown, text, tei, vtt, srt)");
                        return 2;
                    }

                    if (args[i].Equals("html", StringComparison.OrdinalIgnoreCase) || args[i].Equals("htm", StringComparison.OrdinalIgnoreCase)) format = DocumentFormat.Html;
                    if (output == "jsonl") jsonl = true;
                    break;
                case "--url" when i + 1 < args.Length:
                    url = args[++i];
                    break;
                case "--format" or "--input-format" or "--url":
                    stderr.WriteLine($"interview-parser: {a} needs a value");
                    return 2;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal))
                    {
                        stderr.WriteLine($"interview-parser: unknown option '{a}'");
                        return 2;
                    }

                    inputs.Add(a);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            stderr.WriteLine("interview-parser: no input files");
            return 2;
        }

        if (inputs.Count > 1 && !jsonl)
        {
            stderr.WriteLine(output is null or "json" ? "interview-parser: several inputs need --jsonl" : $"interview-parser: --format {output} takes one input");
            return 2;
        }

        int failed = 0;
        foreach (var input in inputs)
        {
            string? line;
            try
            {
                if (input != "-" && Directory.Exists(input))
                {
                    throw new IOException("is a folder; 'interview-parser batch' reads folders");
                }

                bool gzip = input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
                byte[] bytes = input == "-" ? await ReadAllAsync(stdin).ConfigureAwait(false)
                    : gzip ? await ReadGzipAsync(input).ConfigureAwait(false)
                    : await File.ReadAllBytesAsync(input).ConfigureAwait(false);
                string named = gzip ? input[..^3] : input; // "page.html.gz" is read as the page.html it holds
                var options = new ParseOptions { Format = format == DocumentFormat.Auto ? DocumentSources.FormatOfName(named) : format, SourceUrl = url };
                var interview = Interviews.Parse(bytes, options);
                line = output switch
                {
                    "markdown" => InterviewExport.ToMarkdown(interview).TrimEnd('\n'),
                    "text" => InterviewExport.ToText(interview).TrimEnd('\n'),
                    "tei" => InterviewExport.ToTei(interview),
                    "vtt" or "srt" when !InterviewExport.HasTimes(interview) => throw new InvalidDataException("no turn carries a media time; captions need a timed transcript"),
                    "vtt" => InterviewExport.ToWebVtt(interview).TrimEnd('\n'),
                    "srt" => InterviewExport.ToSrt(interview).TrimEnd('\n'),
                    _ => InterviewJson.Serialize(interview, input, indented: !jsonl),
                };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A file that cannot be read, and a fault of the parser's own (named by its type), fail that input alone:
                // the other inputs are still parsed, as 'batch' does.
                bool expected = ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or InvalidDataException;
                string message = expected ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
                failed++;
                stderr.WriteLine($"interview-parser: {input}: {message}");
                line = ErrorLine(input, message);
            }

            await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }

        await stdout.FlushAsync().ConfigureAwait(false);
        return failed > 0 ? 1 : 0;
    }

    /// <summary><c>explain FILE [-o page.html]</c>: the page that shows how the parser read the document.</summary>
    private static async Task<int> ExplainAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? input = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-o" or "--output")
            {
                if (i + 1 >= args.Length)
                {
                    stderr.WriteLine($"interview-parser: {args[i]} needs a value");
                    return 2;
                }

                output = args[++i];
            }
            else if (args[i].StartsWith('-'))
            {
                stderr.WriteLine($"interview-parser: unknown explain option '{args[i]}'");
                return 2;
            }
            else input = args[i];
        }

        if (input is null)
        {
            stderr.WriteLine("interview-parser: explain needs a FILE");
            return 2;
        }

        try
        {
            if (Directory.Exists(input)) throw new IOException("is a folder; explain reads one document");
            bool gzip = input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            byte[] bytes = gzip ? await ReadGzipAsync(input).ConfigureAwait(false) : await File.ReadAllBytesAsync(input).ConfigureAwait(false);
            string html = InterviewExplain.ToHtml(bytes, new ParseOptions { Format = DocumentSources.FormatOfName(gzip ? input[..^3] : input) });
            if (output is null) await stdout.WriteAsync(html).ConfigureAwait(false);
            else await File.WriteAllTextAsync(output, html).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"interview-parser: {input}: {ex.Message}");
            return 1;
        }
    }

    private static string ErrorLine(string source, string message)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteString("error", message);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>A gzip file's content, decompressed (up to the parser's input cap).</summary>
    private static async Task<byte[]> ReadGzipAsync(string path)
    {
        await using var file = File.OpenRead(path);
        await using var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await gz.ReadAsync(buffer).ConfigureAwait(false)) > 0 && ms.Length <= ParseOptions.Default.MaxInputBytes) ms.Write(buffer, 0, n);
        return ms.ToArray();
    }

    private static async Task<byte[]> ReadAllAsync(Stream s)
    {
        using var ms = new MemoryStream();
        await s.CopyToAsync(ms).ConfigureAwait(false);
        return ms.ToArray();
    }
}
