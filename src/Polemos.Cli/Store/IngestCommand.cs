using System.CommandLine;
using System.Globalization;
using Polemos.Core;
using Polemos.Events;
using Polemos.Ingest;
using Polemos.Store;
using Spectre.Console;

namespace Polemos.Cli.Store;

/// <summary>
/// <c>polemos ingest PATH|URL…</c>: reads files, folders, JSON lines, web pages and feeds, extracts, and stores the
/// articles and their records, merging them into known events (or, with <c>--queue</c>, hands them to workers).
/// A progress bar on a terminal, one line an article when piped, a summary at the end.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, URLs (web pages, RSS/Atom feeds), or - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var published = new Option<string?>("--published") { Description = "Reference date (YYYY-MM-DD) for articles that carry none" };
        var language = new Option<string?>("--language") { Description = "Language of articles that declare none (ISO 639-1)" };
        var batch = new Option<int>("--batch") { Description = "Articles stored per transaction", DefaultValueFactory = _ => 32 };
        var feed = new Option<bool>("--feed") { Description = "Every URL must be an RSS or Atom feed" };
        var command = new Command("ingest", "Add articles to the store: extract their events and merge them with known events") { inputs, db, published, language, batch, feed };
        command.SetAction(parse =>
        {
            int size = parse.GetValue(batch);
            if (size < 1)
            {
                throw new PolemosException(ErrorCode.BadArgument, "--batch must be at least 1");
            }

            var options = new ReaderOptions
            {
                Published = StoreOptions.ParseDate(parse.GetValue(published), "--published"),
                Language = parse.GetValue(language),
                ExpectFeed = parse.GetValue(feed),
            };
            var items = InputWalker.Expand(parse.GetValue(inputs) ?? []);
            return RunAsync(items, parse.GetValue(db), options, size, CancellationToken.None).GetAwaiter().GetResult();
        });
        return command;
    }

    public static async Task<int> RunAsync(List<string> items, string? db, ReaderOptions options, int batchSize, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(db, cancellationToken: ct).ConfigureAwait(false);
        var engine = Engine.Load(Engine.FindDataRoot());
        var summary = new IngestSummary();
        bool terminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var sink = new StoreSink(store, engine, batchSize, (article, outcome) =>
        {
            summary.Add(outcome);
            if (!terminal)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {outcome.ArticleId} {article.SourceId}: {article.Records.Count} records, {outcome.EventsNew} new, {outcome.EventsMerged} merged, {outcome.EventsUpdated} updated"));
            }
        });
        using var reader = new InputReader(options, summary);
        if (terminal)
        {
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: items.Count);
                foreach (string item in items)
                {
                    task.Description = Markup.Escape(Path.GetFileName(item));
                    await IngestOneAsync(item, reader, sink, summary, quiet: true, ct).ConfigureAwait(false);
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
        }
        else
        {
            foreach (string item in items)
            {
                await IngestOneAsync(item, reader, sink, summary, quiet: false, ct).ConfigureAwait(false);
            }
        }

        summary.Write(Console.Out);
        return summary.Errors.Count > 0 ? Cli.InputFailed : Cli.Ok;
    }

    private static async Task IngestOneAsync(string item, InputReader reader, StoreSink sink, IngestSummary summary, bool quiet, CancellationToken ct)
    {
        await reader.ForEachAsync(item, async article =>
        {
            if (!await sink.AddAsync(article, ct).ConfigureAwait(false))
            {
                summary.AddDuplicate();
                if (!quiet)
                {
                    Console.Out.WriteLine($"already stored {article.Id}");
                }
            }
        }, ct).ConfigureAwait(false);
        await sink.FlushAsync(ct).ConfigureAwait(false);
    }
}
