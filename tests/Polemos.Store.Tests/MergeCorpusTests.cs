using System.Globalization;
using System.Text.Json;
using Polemos.Cli.Store;
using Polemos.Core;
using Polemos.Events;
using Polemos.Ingest;
using Polemos.Store.Sqlite;
using Xunit.Abstractions;

namespace Polemos.Store.Tests;

/// <summary>
/// Merging measured on the team's own clusters of reports (MergeCorpus/README.md): every article extracted by the
/// real engine and ingested in publication order; links between articles (they share an event) scored against the
/// labels. The bar: pairwise link F1 ≥ 0.90 and no event holding reports of two different labelled events.
/// </summary>
public sealed class MergeCorpusTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Lazy<Engine> SharedEngine = new(() => Engine.Load(Path.Combine(CliProcess.RepoRoot, "data")));

    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Reports_of_the_same_events_merge_across_publishers_and_languages_and_distinct_events_stay_apart()
    {
        var corpus = LoadCorpus();
        await using var store = await SqliteEventStore.OpenAsync(Path.Combine(_dir, "merge.db"));
        var eventsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (article, _) in corpus.OrderBy(c => c.Article.Meta.Published).ThenBy(c => c.Article.Id, StringComparer.Ordinal))
        {
            var submission = StoreSink.Extract(SharedEngine.Value, article);
            var outcome = (await store.IngestAsync([submission]))[0];
            eventsOf[article.Id] = [.. outcome.EventIds.Where((_, i) => submission.Records[i].Kind == RecordKinds.Event)];
        }

        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < corpus.Count; i++)
        {
            for (int j = i + 1; j < corpus.Count; j++)
            {
                bool gold = corpus[i].Label == corpus[j].Label;
                bool linked = eventsOf[corpus[i].Article.Id].Overlaps(eventsOf[corpus[j].Article.Id]);
                tp += gold && linked ? 1 : 0;
                fp += !gold && linked ? 1 : 0;
                fn += gold && !linked ? 1 : 0;
            }
        }

        double precision = tp / (double)Math.Max(1, tp + fp);
        double recall = tp / (double)Math.Max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        string figures = string.Create(CultureInfo.InvariantCulture, $"links: P {precision:0.000} R {recall:0.000} F1 {f1:0.000} (tp {tp}, fp {fp}, fn {fn})");
        output.WriteLine(figures);
        Assert.True(f1 >= 0.90, figures);
        Assert.True(fp == 0, "distinct events merged: " + figures);
        Assert.True(corpus.GroupBy(c => c.Label).All(g => g.Select(c => c.Article.Meta.DeclaredLanguage).Distinct().Count() >= 2), "every event needs reports in two languages");
    }

    [Fact]
    public async Task A_toll_that_rises_in_later_reports_updates_the_event()
    {
        var corpus = LoadCorpus().Where(c => c.Label == "mosul-attack").OrderBy(c => c.Article.Meta.Published).ToList();
        await using var store = await SqliteEventStore.OpenAsync(Path.Combine(_dir, "toll.db"));
        var outcomes = new List<IngestOutcome>();
        foreach (var (article, _) in corpus)
        {
            outcomes.Add((await store.IngestAsync([StoreSink.Extract(SharedEngine.Value, article)]))[0]);
        }

        var stored = (await store.GetEventAsync(outcomes[0].EventIds[0]))!;
        Assert.Equal(1, outcomes[1].EventsUpdated);
        Assert.Equal(5, stored.Record.Fatalities);
        Assert.Equal((3, 5), (stored.Record.FatalitiesLow, stored.Record.FatalitiesHigh));
        Assert.Equal(3, stored.Record.Sources.Count);
    }

    private static List<(ArticleInput Article, string Label)> LoadCorpus()
    {
        string path = Path.Combine(CliProcess.RepoRoot, "tests", "Polemos.Store.Tests", "MergeCorpus", "reports.jsonl");
        var labels = File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("event").GetString()!, StringComparer.Ordinal);
        return [.. ArticleSource.Read(path, new ReaderOptions(), p => throw new InvalidOperationException(p.OneLine)).Select(a => (a, labels[a.Id]))];
    }
}
