using System.CommandLine;
using System.Globalization;
using Polemos.Cli.Store;
using Polemos.Core;
using Polemos.Events;
using Polemos.Ingest;
using Polemos.Store;
using Polemos.Text;

namespace Polemos.Cli.Queue;

/// <summary>
/// The scale-out pair: `polemos ingest --queue nats://…` publishes articles, `polemos worker --queue nats://… --db …`
/// extracts and stores them. Run as many workers as there are cores to spare, on any machines that reach the queue
/// and the database (docs/scaling.md).
/// </summary>
public static class QueueCommands
{
    public const string DefaultStream = "POLEMOS";

    public static Option<string> StreamOption() => new("--stream") { Description = "JetStream stream name", DefaultValueFactory = _ => DefaultStream };

    public static async Task<int> PublishAsync(List<string> items, string url, string stream, ReaderOptions options, CancellationToken ct)
    {
        await using var queue = await JetStreamArticles.ConnectAsync(url, stream, ct).ConfigureAwait(false);
        var summary = new IngestSummary(queueing: true);
        using var reader = new InputReader(options, summary);
        foreach (string item in items)
        {
            await reader.ForEachAsync(item, async article =>
            {
                if (await queue.PublishAsync(article, ContentHash.Of(Normaliser.Normalise(article.Text)), ct).ConfigureAwait(false))
                {
                    summary.AddQueued();
                }
                else
                {
                    summary.AddDuplicate();
                }
            }, ct).ConfigureAwait(false);
        }

        summary.Write(Console.Out);
        return summary.Errors.Count > 0 ? Cli.InputFailed : Cli.Ok;
    }

    public static Command WorkerCommand()
    {
        var queue = new Option<string>("--queue") { Description = "NATS JetStream URL (nats://host:4222)", Required = true };
        var db = StoreOptions.Db();
        var stream = StreamOption();
        var batch = new Option<int>("--batch") { Description = "Articles fetched and stored per transaction", DefaultValueFactory = _ => 32 };
        var idle = new Option<double?>("--exit-when-idle") { Description = "Exit after the queue has been empty for this many seconds (default: run until stopped)" };
        var command = new Command("worker", "Take articles from a NATS JetStream queue, extract them and store them") { queue, db, stream, batch, idle };
        command.SetAction(parse => WorkAsync(parse.GetValue(queue)!, parse.GetValue(db), parse.GetValue(stream)!, Math.Max(1, parse.GetValue(batch)), parse.GetValue(idle), CancellationToken.None).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> WorkAsync(string url, string? db, string stream, int batchSize, double? idleSeconds, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(db, cancellationToken: ct).ConfigureAwait(false);
        await using var queue = await JetStreamArticles.ConnectAsync(url, stream, ct).ConfigureAwait(false);
        var engine = Engine.Load(Engine.FindDataRoot());
        var summary = new IngestSummary();
        var idleSince = DateTime.UtcNow;
        while (idleSeconds is not double limit || (DateTime.UtcNow - idleSince).TotalSeconds < limit)
        {
            var batch = await queue.FetchAsync(batchSize, TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                continue;
            }

            var submissions = new List<ArticleSubmission>();
            foreach (var (article, _) in batch)
            {
                try
                {
                    submissions.Add(StoreSink.Extract(engine, article));
                }
                catch (PolemosException e) when (e.Code < ErrorCode.BadArgument)
                {
                    summary.AddError($"{e.OneLine} [{article.Id}]");
                }
            }

            foreach (var outcome in await store.IngestAsync(submissions, ct).ConfigureAwait(false))
            {
                summary.Add(outcome);
            }

            foreach (var (_, ack) in batch)
            {
                await ack().ConfigureAwait(false);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {submissions.Count} article(s) from {stream}"));
            idleSince = DateTime.UtcNow;
        }

        summary.Write(Console.Out);
        return Cli.Ok;
    }
}
