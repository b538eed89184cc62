using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polemos.Core;
using Polemos.Store.Sqlite;

namespace Polemos.Store.Tests;

/// <summary>
/// `polemos ingest` and `polemos events` as a user runs them: inputs of every kind, every output format, and bad
/// input (a damaged or newer database, a PostgreSQL that is down, a feed that is a web page or missing): one line,
/// a non-zero exit, and nothing lost.
/// </summary>
public sealed class StoreCliTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Levant Wire</title><language>en</language>
        <item><title>Air strike on Idlib</title><link>https://levant.example/1</link><pubDate>Tue, 10 Nov 2026 09:00:00 GMT</pubDate>
        <description>Russian warplanes carried out an air strike on Idlib on Tuesday, killing five civilians, a monitor said.</description></item>
        <item><title>Protest in Idlib</title><link>https://levant.example/2</link><pubDate>Tue, 10 Nov 2026 12:00:00 GMT</pubDate>
        <description>&lt;p&gt;Hundreds of people protested in Idlib on Tuesday against rising bread prices.&lt;/p&gt;</description></item>
        </channel></rss>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-storecli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "events.db");

    private string Input(int count) => CliProcess.WriteReports(Path.Combine(_dir, "in.jsonl"), "r", 0, count);

    private static void AssertOneLineError((int Code, string Out, string Err) r, string fragment)
    {
        Assert.NotEqual(0, r.Code);
        string line = Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error PLM", line, StringComparison.Ordinal);
        Assert.Contains(fragment, line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ingest_then_events_in_every_format()
    {
        var ingest = CliProcess.Run("ingest", Input(3), "--db", Db);
        Assert.Equal(0, ingest.Code);
        Assert.Contains("articles: 3 new, 0 already stored", ingest.Out, StringComparison.Ordinal);
        Assert.Contains("errors: 0", ingest.Out, StringComparison.Ordinal);

        var jsonl = CliProcess.Run("events", "--db", Db, "--format", "jsonl");
        var first = JsonDocument.Parse(jsonl.Out.Split('\n')[0]).RootElement;
        Assert.NotEmpty(first.GetProperty("sources").EnumerateArray());
        string id = first.GetProperty("event_id").GetString()!;
        Assert.StartsWith("kind,source_id,event_id", CliProcess.Run("events", "--db", Db, "--format", "csv").Out, StringComparison.Ordinal);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type", CliProcess.Run("events", "--db", Db, "--format", "acled-csv").Out, StringComparison.Ordinal);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(CliProcess.Run("events", "--db", Db, "--format", "geojson").Out).RootElement.GetProperty("type").GetString());
        string parquet = Path.Combine(_dir, "events.parquet");
        Assert.Equal(0, CliProcess.Run("events", "--db", Db, "--format", "parquet", "--output", parquet).Code);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        Assert.Contains("founded", CliProcess.Run("events", "--db", Db, "--id", id, "--why").Out, StringComparison.Ordinal);
        Assert.Empty(CliProcess.Run("events", "--db", Db, "--country", "IQ").Out.Trim());
    }

    [Fact]
    public async Task The_deletions_feed_lists_rejected_events()
    {
        Assert.Equal(0, CliProcess.Run("ingest", Input(1), "--db", Db).Code);
        string id;
        await using (var store = await SqliteEventStore.OpenAsync(Db))
        {
            id = (await store.QueryEventsAsync(new EventQuery())).Events[0].EventId;
            await store.ReviewAsync(new RejectEvent(id, "ana", "duplicate"));
        }

        var feed = CliProcess.Run("events", "--db", Db, "--deleted");

        Assert.Equal(id, JsonDocument.Parse(feed.Out).RootElement.GetProperty("event_id").GetString());
        Assert.DoesNotContain(id, CliProcess.Run("events", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Feeds_and_pages_are_read_from_urls_and_a_feed_that_is_a_page_or_missing_is_an_error()
    {
        using var web = new TinyWebServer(new()
        {
            ["/levant/rss.xml"] = ("application/rss+xml", Rss),
            ["/news/feed"] = ("text/html", "<html><body><p>Subscribe to our newsletter</p></body></html>"),
            ["/photo.jpg"] = ("image/jpeg", "not really a jpeg"),
        });

        var run = CliProcess.Run("ingest", "--db", Db, web.Root + "/levant/rss.xml", web.Root + "/news/feed", web.Root + "/missing", web.Root + "/photo.jpg");

        Assert.NotEqual(0, run.Code);
        Assert.Contains("articles: 2 new", run.Out, StringComparison.Ordinal);
        Assert.Contains("errors: 3", run.Out, StringComparison.Ordinal);
        Assert.Contains("expected an RSS or Atom feed, got an HTML page", run.Out, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", run.Out, StringComparison.Ordinal);
        Assert.Contains("image/jpeg", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_database_file_is_refused_in_one_line_and_left_as_it_was()
    {
        byte[] junk = new byte[8192];
        new Random(5).NextBytes(junk);
        File.WriteAllBytes(Db, junk);

        AssertOneLineError(CliProcess.Run("ingest", Input(1), "--db", Db), "not a Polemos database");
        Assert.Equal(junk, File.ReadAllBytes(Db));
    }

    [Fact]
    public async Task A_database_from_a_newer_polemos_is_refused()
    {
        await (await SqliteEventStore.OpenAsync(Db)).DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            await command.ExecuteNonQueryAsync();
        }

        AssertOneLineError(CliProcess.Run("events", "--db", Db), "upgrade Polemos");
    }

    [Fact]
    public void A_postgresql_server_that_is_down_is_one_line()
    {
        AssertOneLineError(CliProcess.Run("events", "--db", "postgres://polemos@127.0.0.1:1/polemos"), "cannot reach PostgreSQL");
    }

    [Fact]
    public void Bad_filters_are_one_line()
    {
        AssertOneLineError(CliProcess.Run("events", "--db", Db, "--near", "36,37"), "--near");
        AssertOneLineError(CliProcess.Run("events", "--db", Db, "--since", "yesterday"), "--since");
        AssertOneLineError(CliProcess.Run("events", "--db", Db, "--type", "Picnic"), "Picnic");
    }

    [Fact]
    public async Task A_database_held_by_another_writer_is_reported_as_locked_and_nothing_is_written()
    {
        await (await SqliteEventStore.OpenAsync(Db)).DisposeAsync();
        await using var holder = new SqliteConnection($"Data Source={Db};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteEventStore.OpenAsync(Db, busyTimeout: TimeSpan.FromSeconds(1));
        var article = new ArticleSubmission("x", "Clashes in Homs.", "en", []);

        var refused = await Assert.ThrowsAsync<PolemosException>(() => store.IngestAsync([article]));

        Assert.Equal(ErrorCode.StoreLocked, refused.Code);
        await using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.False(await store.ContainsArticleAsync(article.ContentHash));
        Assert.False((await store.IngestAsync([article]))[0].Duplicate);
    }
}
