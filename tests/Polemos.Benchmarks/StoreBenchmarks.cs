using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Polemos.Store;
using Polemos.Store.Sqlite;

namespace Polemos.Benchmarks;

/// <summary>
/// Ingest into SQLite of pre-extracted articles (extraction is measured by `polemos bench`), 50 articles a
/// transaction, into a store that already holds 2,000 articles so that merging has candidates to weigh. One
/// operation is one article.
/// Each iteration refills a fresh store (seconds), so the job is a fixed ten measured iterations, which also keeps
/// the in-process toolchain under its five-minute limit.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class StoreIngestBenchmarks
{
    private const int Articles = 1000;
    private const int Batch = 50;

    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-bench-ingest-").FullName;
    private List<ArticleSubmission> _seed = [];
    private List<ArticleSubmission> _articles = [];
    private SqliteEventStore? _store;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _seed = SyntheticEvents.Articles(2000, seed: 1);
        _articles = SyntheticEvents.Articles(Articles, seed: 2);
    }

    [IterationSetup]
    public void FreshStore()
    {
        _store = SqliteEventStore.OpenAsync(Path.Combine(_dir, $"ingest-{_run++}.db")).GetAwaiter().GetResult();
        foreach (var chunk in _seed.Chunk(Batch))
        {
            _store.IngestAsync(chunk).GetAwaiter().GetResult();
        }
    }

    [IterationCleanup]
    public void CloseStore() => _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>1,000 articles (1–2 records each) merged and stored, 50 a transaction.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public async Task IngestArticle()
    {
        foreach (var chunk in _articles.Chunk(Batch))
        {
            await _store!.IngestAsync(chunk);
        }
    }
}

/// <summary>
/// Queries over a SQLite store of 1,000,000 synthetic events (50 countries, 2016–2025), filled once by
/// <see cref="SyntheticEvents.FillAsync"/> into $POLEMOS_BENCH_DB (default: a file in the temp folder, kept for reuse).
/// </summary>
public class StoreQueryBenchmarks
{
    private const int Events = 1_000_000;
    private SqliteEventStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("POLEMOS_BENCH_DB") ?? Path.Combine(Path.GetTempPath(), "polemos-bench-1m.db");
        if (!File.Exists(path))
        {
            SyntheticEvents.FillAsync(path, Events, seed: 3).GetAwaiter().GetResult();
        }

        _store = SqliteEventStore.OpenAsync(path).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>All events of one country in one month (about 170 of the million), with their records and the total.</summary>
    [Benchmark]
    public Task<EventPage> CountryMonth() =>
        _store!.QueryEventsAsync(new EventQuery { Country = "SY", Since = new DateOnly(2024, 3, 1), Until = new DateOnly(2024, 3, 31) });

    /// <summary>One country and month, within 100 km of a point (the R*Tree, then the exact distance).</summary>
    [Benchmark]
    public Task<EventPage> CountryMonthNear() =>
        _store!.QueryEventsAsync(new EventQuery { Country = "SY", Since = new DateOnly(2024, 3, 1), Until = new DateOnly(2024, 3, 31), Near = new GeoCircle(34, 37, 100) });
}
