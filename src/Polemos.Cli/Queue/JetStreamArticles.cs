using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Net;
using Polemos.Core;
using Polemos.Ingest;

namespace Polemos.Cli.Queue;

/// <summary>
/// Articles travelling from `polemos ingest --queue` to `polemos worker` through a NATS JetStream stream with
/// work-queue retention: each article is delivered to one worker of the shared durable consumer, and leaves the stream
/// once that worker has stored it and acknowledged it. Delivery is at least once; the store's content hash makes a
/// redelivered article a no-op. The publisher also sets the content hash as the message id, so JetStream drops an
/// article published twice within its duplicate window.
/// </summary>
public sealed class JetStreamArticles : IAsyncDisposable
{
    /// <summary>The durable consumer every worker shares.</summary>
    public const string Consumer = "polemos-workers";

    private readonly NatsClient _client;
    private readonly INatsJSContext _js;

    private JetStreamArticles(NatsClient client, string stream)
    {
        _client = client;
        _js = client.CreateJetStreamContext();
        Stream = stream;
    }

    public string Stream { get; }

    public string Subject => $"polemos.{Stream}.articles";

    /// <summary>Connects to the server and makes sure the stream exists.</summary>
    public static async Task<JetStreamArticles> ConnectAsync(string url, string stream, CancellationToken ct)
    {
        if (!url.StartsWith("nats://", StringComparison.OrdinalIgnoreCase))
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--queue must be a nats:// URL, not '{url}'");
        }

        var client = new NatsClient(new NatsOpts { Url = url, ConnectTimeout = TimeSpan.FromSeconds(5), MaxReconnectRetry = 0 });
        var queue = new JetStreamArticles(client, stream);
        try
        {
            await client.ConnectAsync().ConfigureAwait(false);
            await queue._js.CreateOrUpdateStreamAsync(new StreamConfig(stream, [queue.Subject]) { Retention = StreamConfigRetention.Workqueue }, ct).ConfigureAwait(false);
            return queue;
        }
        catch (Exception e) when (e is NatsException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            await queue.DisposeAsync().ConfigureAwait(false);
            throw new PolemosException(ErrorCode.QueueUnavailable, $"cannot reach NATS JetStream at {url} ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }

    /// <summary>Publishes an article; false when JetStream already holds it (the same content hash in its duplicate window).</summary>
    public async Task<bool> PublishAsync(ArticleInput article, string contentHash, CancellationToken ct)
    {
        var message = QueuedArticle.From(article);
        var headers = new NatsHeaders { ["Nats-Msg-Id"] = contentHash };
        var ack = await _js.PublishAsync(Subject, JsonSerializer.SerializeToUtf8Bytes(message), headers: headers, cancellationToken: ct).ConfigureAwait(false);
        if (ack.Duplicate)
        {
            return false;
        }

        ack.EnsureSuccess();
        return true;
    }

    /// <summary>
    /// Fetches up to <paramref name="max"/> articles, waiting at most <paramref name="wait"/>; each comes with the
    /// acknowledgement to send once it is stored.
    /// </summary>
    public async Task<List<(ArticleInput Article, Func<Task> Ack)>> FetchAsync(int max, TimeSpan wait, CancellationToken ct)
    {
        var consumer = await _js.CreateOrUpdateConsumerAsync(
            Stream,
            new ConsumerConfig(Consumer) { AckPolicy = ConsumerConfigAckPolicy.Explicit, AckWait = TimeSpan.FromMinutes(5) },
            ct).ConfigureAwait(false);
        var batch = new List<(ArticleInput, Func<Task>)>();
        await foreach (var msg in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = max, Expires = wait }, cancellationToken: ct).ConfigureAwait(false))
        {
            var article = JsonSerializer.Deserialize<QueuedArticle>(msg.Data ?? [])?.ToInput()
                ?? throw new PolemosException(ErrorCode.InputMalformed, "an empty message in the article queue");
            batch.Add((article, () => msg.AckAsync(cancellationToken: ct).AsTask()));
        }

        return batch;
    }

    public async ValueTask DisposeAsync() => await _client.DisposeAsync().ConfigureAwait(false);
}

/// <summary>An article as it travels on the queue.</summary>
public sealed record QueuedArticle(string Id, string Text, string? Url, string? Title, string? Publisher, DateOnly? Published, string? Language)
{
    public static QueuedArticle From(ArticleInput a) => new(a.Id, a.Text, a.Meta.Url, a.Meta.Title, a.Meta.Publisher, a.Meta.Published, a.Meta.DeclaredLanguage);

    public ArticleInput ToInput() => new(Id, Text, new ArticleMeta { Url = Url, Title = Title, Publisher = Publisher, Published = Published, DeclaredLanguage = Language });
}
