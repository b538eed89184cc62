using System.CommandLine;
using System.Globalization;
using Polemos.Cli.Output;
using Polemos.Core;
using Polemos.Events;
using Polemos.Ingest;

namespace Polemos.Cli;

/// <summary>The `polemos` command. Every failure a user can cause ends in one line on stderr and a non-zero exit.</summary>
public static class Cli
{
    public const int Ok = 0;
    public const int InputFailed = 1;
    public const int BadUsage = 2;
    public const int DataFailed = 3;
    public const int Internal = 70;

    public static int Run(string[] args)
    {
        try
        {
            var root = BuildRoot();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                Console.Error.WriteLine($"error PLM{(int)ErrorCode.BadArgument:D3}: {parse.Errors[0].Message.ReplaceLineEndings(" ")} (see polemos --help)");
                return BadUsage;
            }

            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (PolemosException e)
        {
            Console.Error.WriteLine(e.OneLine);
            return e.Code switch
            {
                ErrorCode.BadArgument => BadUsage,
                ErrorCode.DataMissing or ErrorCode.DataInvalid => DataFailed,
                _ => InputFailed,
            };
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error PLM{(int)ErrorCode.InputMalformed:D3}: {e.Message.ReplaceLineEndings(" ")}");
            return InputFailed;
        }
#pragma warning disable CA1031 // The last line of defence: a user sees one line, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"error PLM{(int)ErrorCode.Internal:D3}: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
            return Internal;
        }
    }

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand("Polemos: conflict event records from news reports, in many languages, with evidence for every field.");
        root.Subcommands.Add(ExtractCommand());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(Store.IngestCommand.Create());
        root.Subcommands.Add(Store.EventsCommand.Create());
        return root;
    }

    private static Command ExtractCommand()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Article files (plain text, HTML, JSON lines) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Reference date (YYYY-MM-DD) for articles that carry none" };
        var format = new Option<string?>("--format", "-f") { Description = "table, json, jsonl, csv or geojson (default: table on a terminal, jsonl when piped)" };
        format.AcceptOnlyFromAmong([.. RecordOutput.Formats]);
        var language = new Option<string?>("--language") { Description = "Language of articles that declare none (ISO 639-1); checked against the text" };
        var timings = new Option<bool>("--timings") { Description = "Print each stage's time to standard error" };
        var explain = new Option<bool>("--explain") { Description = "Print every sentence with what was recognised in it to standard error" };
        var command = new Command("extract", "Extract event, territory and displacement records from articles")
        {
            files, published, format, language, timings, explain,
        };
        command.SetAction(parse => Extract(
            parse.GetValue(files) ?? [],
            ParseDate(parse.GetValue(published)),
            parse.GetValue(format) ?? (Console.IsOutputRedirected ? "jsonl" : "table"),
            parse.GetValue(language),
            parse.GetValue(timings),
            parse.GetValue(explain)));
        return command;
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--published must be a date as YYYY-MM-DD, not '{value}'");
        }

        return d;
    }

    private static int Extract(string[] paths, DateOnly? published, string format, string? language, bool timings, bool explain)
    {
        var engine = Engine.Load(Engine.FindDataRoot());
        var options = new ReaderOptions { Published = published, Language = language };
        int failed = 0;
        var stageTicks = new Dictionary<string, long>(StringComparer.Ordinal);
        Action<string, long>? timing = timings ? (stage, ticks) => stageTicks[stage] = stageTicks.GetValueOrDefault(stage) + ticks : null;
        using var stdout = Console.OpenStandardOutput();
        using var output = RecordOutput.Create(format, stdout);
        foreach (var path in paths)
        {
            try
            {
                foreach (var article in ArticleSource.Read(path, options, p => Console.Error.WriteLine(p.OneLine)))
                {
                    var document = engine.Extract(article.Id, article.Text, article.Meta, timing);
                    if (explain)
                    {
                        Explain.Write(Console.Error, document);
                    }
                    foreach (var record in document.Records)
                    {
                        output.Write(record);
                    }
                }
            }
            catch (PolemosException e) when (e.Code is not (ErrorCode.DataMissing or ErrorCode.DataInvalid or ErrorCode.BadArgument))
            {
                Console.Error.WriteLine(e.Message.Contains(path, StringComparison.Ordinal) ? e.OneLine : $"{e.OneLine} [{path}]");
                failed++;
            }
        }

        output.Complete();
        if (timings)
        {
            foreach (var (stage, ticks) in stageTicks)
            {
                Console.Error.WriteLine($"{stage,-12} {ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency,10:F2} ms");
            }
        }

        return failed > 0 ? InputFailed : Ok;
    }
}
