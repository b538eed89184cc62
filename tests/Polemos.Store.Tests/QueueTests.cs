using System.Diagnostics;
using NATS.Net;
using Polemos.Store.Sqlite;

namespace Polemos.Store.Tests;

/// <summary>
/// `polemos ingest --queue` and two `polemos worker`s against a real NATS JetStream server ($POLEMOS_TEST_NATS;
/// .ci/run starts one). The test creates its own stream and deletes it.
/// </summary>
public sealed class QueueTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-queue-").FullName;
    private readonly string _stream = "TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();

    private static string? Url => Environment.GetEnvironmentVariable("POLEMOS_TEST_NATS");

    public async ValueTask DisposeAsync()
    {
        if (!string.IsNullOrEmpty(Url))
        {
            await using var client = new NatsClient(Url);
            try
            {
                await client.CreateJetStreamContext().DeleteStreamAsync(_stream);
            }
            catch (NATS.Client.JetStream.NatsJSApiException)
            {
                // The stream was never created: nothing to delete.
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    [SkippableFact]
    public async Task Articles_published_to_the_queue_are_stored_once_by_two_workers()
    {
        Skip.If(string.IsNullOrEmpty(Url), "POLEMOS_TEST_NATS is not set: no NATS JetStream server to test against (.ci/run starts one)");
        string input = CliProcess.WriteReports(Path.Combine(_dir, "in.jsonl"), "q", 0, 30);
        string db = Path.Combine(_dir, "events.db");

        var publish = CliProcess.Run("ingest", input, "--queue", Url!, "--stream", _stream);
        Assert.True(publish.Code == 0, publish.Err);
        Assert.Contains("articles: 30 queued", publish.Out, StringComparison.Ordinal);
        var republish = CliProcess.Run("ingest", input, "--queue", Url!, "--stream", _stream);
        Assert.Equal(0, republish.Code);
        Assert.Contains("0 queued, 30 already queued or stored", republish.Out, StringComparison.Ordinal);

        string[] worker = ["worker", "--queue", Url!, "--stream", _stream, "--db", db, "--batch", "5", "--exit-when-idle", "3"];
        var (first, second) = await CliProcess.RunTogetherAsync(worker, worker);

        Assert.True(first.Code == 0, first.Err);
        Assert.True(second.Code == 0, second.Err);
        await using var store = await SqliteEventStore.OpenAsync(db);
        Assert.Equal(30, (await store.GetStatsAsync()).Articles);
    }

    [Fact]
    public void A_queue_that_is_down_is_one_line()
    {
        var run = CliProcess.Run("ingest", CliProcess.WriteReports(Path.Combine(_dir, "x.jsonl"), "x", 0, 1), "--queue", "nats://127.0.0.1:1");

        Assert.NotEqual(0, run.Code);
        Assert.StartsWith("error PLM045: cannot reach NATS JetStream", run.Err, StringComparison.Ordinal);
    }
}
