using System.Text.Json;
using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Evaluation;
using Polemos.Geo;
using Xunit;
using Xunit.Abstractions;

namespace Polemos.Golden;

/// <summary>
/// The first real report (../shared/fixtures/seed, third-party text read at test time, never copied here).
/// Skipped with a stated reason when ../shared is absent.
/// </summary>
public sealed class SeedTests
{
    private const double IdlibLat = 35.9306, IdlibLon = 36.6339;
    private const double BadiaLat = 33.3333, BadiaLon = 38.8333;
    private const double BaghuzLat = 34.4586, BaghuzLon = 40.9506;
    private readonly ITestOutputHelper _output;

    public SeedTests(ITestOutputHelper output) => _output = output;

    private static string SeedDir => Path.Combine(TestData.SharedRoot, "fixtures", "seed");

    [SkippableFact]
    public void Seed_scores_at_least_0_90_with_every_must_event_found_and_nothing_at_Idlib()
    {
        Skip.IfNot(Directory.Exists(SeedDir), $"the seed fixture is not at {SeedDir} (../shared is not beside the repository)");

        // Given the seed article and its gold
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDir, "deir-ezzor-2019.gold.json")));
        string text = File.ReadAllText(Path.Combine(SeedDir, "deir-ezzor-2019.it.txt"));

        // When it is extracted with the reference date 2019-01-24
        var doc = TestData.Engine.Extract("deir-ezzor-2019.it", text, new ArticleMeta { Published = new DateOnly(2019, 1, 24) });
        var (counts, details) = SlotScorer.ScoreDocument(gold.RootElement, doc.Records);
        foreach (var d in details)
        {
            _output.WriteLine($"{d.Key}: {(d.Matched ? "matched" : "missed")} [{string.Join(",", d.Missed)}]");
        }

        // Then every must-event is matched, slot F1 ≥ 0.90, and no record sits at Idlib
        var mustKeys = gold.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("must", out var m) && m.ValueKind == JsonValueKind.True)
            .Select(e => e.GetProperty("key").GetString()).ToList();
        foreach (var key in mustKeys)
        {
            Assert.Contains(details, d => d.Key == key && d.Matched);
        }

        Assert.True(counts.F1 >= 0.90, $"seed slot F1 {counts.F1:F3}");
        Assert.DoesNotContain(doc.Records, r => r.Latitude is { } lat && GeoMath.Km(lat, r.Longitude!.Value, IdlibLat, IdlibLon) < 50);
        Assert.All(doc.Records.Where(r => r.Kind == RecordKinds.Event), r => Assert.NotEmpty(r.Evidence));
    }

    [SkippableFact]
    public void With_the_world_gazetteer_the_seed_stays_out_of_Idlib_and_the_Badia_and_keeps_Arqoub_and_Baghuz_at_Baghuz()
    {
        string world = Path.Combine(TestData.DataRoot, "gazetteer", GazetteerPack.WorldFileName);
        Skip.IfNot(Directory.Exists(SeedDir), $"the seed fixture is not at {SeedDir} (../shared is not beside the repository)");
        Skip.IfNot(File.Exists(world), $"the world gazetteer is not built ({world}); run ./setup.sh --build");

        // Given the engine with the world gazetteer and the seed article
        var engine = Engine.Load(TestData.DataRoot, GazetteerPack.Open(Path.Combine(TestData.DataRoot, "gazetteer")));
        string text = File.ReadAllText(Path.Combine(SeedDir, "deir-ezzor-2019.it.txt"));

        // When it is extracted
        var records = engine.Extract("deir-ezzor-2019.it", text, new ArticleMeta { Published = new DateOnly(2019, 1, 24) }).Records;
        foreach (var r in records)
        {
            _output.WriteLine($"{r.Kind} {r.SubEventType} {r.Location} {r.Latitude},{r.Longitude} p{r.GeoPrecision}");
        }

        // Then no record lies near Idlib or at the Badia's point, and the Arqoub and Baghuz events are within 20 km of Baghuz
        Assert.DoesNotContain(records, r => r.Latitude is { } lat && GeoMath.Km(lat, r.Longitude!.Value, IdlibLat, IdlibLon) < 50);
        Assert.DoesNotContain(records, r => r.Latitude is { } lat && GeoMath.Km(lat, r.Longitude!.Value, BadiaLat, BadiaLon) < 50);
        var nearBaghuz = records.Where(r => r.Location is { } l && (l.Contains("Arqoub", StringComparison.OrdinalIgnoreCase) || l.Contains("Baghuz", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.NotEmpty(nearBaghuz);
        Assert.All(nearBaghuz, r => Assert.True(r.Latitude is { } lat && GeoMath.Km(lat, r.Longitude!.Value, BaghuzLat, BaghuzLon) <= 20, $"{r.Location} at {r.Latitude},{r.Longitude}"));
    }
}
