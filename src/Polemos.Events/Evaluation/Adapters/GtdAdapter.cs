using System.Globalization;
using System.Text.Json;
using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Events.Evaluation.Adapters;

/// <summary>One GTD incident against the engine's most confident event record.</summary>
public sealed record GtdRow(string Id, int Events)
{
    public string GoldCity { get; init; } = "";

    public string? PredictedLocation { get; init; }

    public bool HasGoldPoint { get; init; }

    /// <summary>Whether the gazetteer holds the gold city (<see cref="SetReading.GazetteerHolds"/>); null without a name or a point.</summary>
    public bool? GazetteerHolds { get; init; }

    public double? DistanceKm { get; init; }

    public string GoldState { get; init; } = "";

    public string? PredictedAdmin1 { get; init; }

    public bool? StateHit { get; init; }

    public int? GoldKilled { get; init; }

    public int PredictedKilled { get; init; }

    public int? GoldWounded { get; init; }

    public int PredictedWounded { get; init; }

    public string GoldGroup { get; init; } = "";

    public bool? PerpetratorHit { get; init; }

    public IReadOnlyList<string> PredictedActors { get; init; } = [];

    public string AttackType { get; init; } = "";

    public string? PredictedSubEventType { get; init; }

    public bool? CityHit => HasGoldPoint ? DistanceKm is { } d && d <= AcledAdapter.ToleranceKm : null;

    public bool? KilledHit => GoldKilled is { } k ? k == PredictedKilled : null;

    public bool? WoundedHit => GoldWounded is { } k ? k == PredictedWounded : null;
}

/// <summary>
/// Global Terrorism Database extracts: each row's <c>summary</c> is the text, its <c>date</c> the reference date.
/// Scored: the city within 25 km of the incident point, killed exactly (0 when no event), and the perpetrator
/// (<c>group_name</c>, "Unknown" excluded) among the best record's actors by <see cref="SlotScorer.ActorKey"/>.
/// </summary>
public static class GtdAdapter
{
    public const string Set = "gtd";

    public static GtdReport Run(Engine engine, IEnumerable<string> paths, int? limit = null)
    {
        var rows = new List<GtdRow>();
        int skipped = 0;
        foreach (var row in SetReading.Rows(paths, ',', limit, "GTD", "date", "city", "latitude", "longitude", "group_name", "killed", "summary"))
        {
            string summary = row.Cell("summary");
            if (summary.Length == 0)
            {
                skipped++;
                continue;
            }

            string id = $"gtd-{row.Cell("date")}-{row.Index.ToString(CultureInfo.InvariantCulture)}";
            var doc = EvalSets.Extract(engine, id, summary, EvalSets.ParseDate(row.Cell("date")));
            rows.Add(Compare(engine.Gazetteer, row.Table, row.Cells, id, doc.Records));
        }

        return new GtdReport(rows, skipped);
    }

    private static GtdRow Compare(IGazetteer gazetteer, DelimitedTable t, string[] r, string id, IReadOnlyList<ExtractedRecord> records)
    {
        var answer = RowAnswer.Of(records);
        var best = answer.Best;
        double? lat = EvalSets.ParseNumber(t.Cell(r, "latitude")), lon = EvalSets.ParseNumber(t.Cell(r, "longitude"));
        string group = t.Cell(r, "group_name"), state = t.Cell(r, "state");
        string? iso2 = AcledAdapter.CountryCode(gazetteer, t.Cell(r, "country")) ?? best?.Iso2;
        return new GtdRow(id, answer.Events)
        {
            GoldCity = t.Cell(r, "city"),
            PredictedLocation = best?.Location,
            HasGoldPoint = lat is not null && lon is not null,
            DistanceKm = answer.DistanceKm(lat, lon),
            GazetteerHolds = SetReading.GazetteerHolds(gazetteer, t.Cell(r, "city"), lat, lon),
            GoldState = state,
            PredictedAdmin1 = best?.Admin1,
            StateHit = state.Length == 0 ? null : AcledAdapter.SameAdmin1(gazetteer, iso2, state, best?.Admin1),
            GoldKilled = EvalSets.ParseNumber(t.Cell(r, "killed")) is { } k ? (int)k : null,
            PredictedKilled = best?.Fatalities ?? 0,
            GoldWounded = EvalSets.ParseNumber(t.Cell(r, "wounded")) is { } wd ? (int)wd : null,
            PredictedWounded = best?.Wounded ?? 0,
            GoldGroup = group,
            PerpetratorHit = group.Length == 0 || group.Equals("Unknown", StringComparison.OrdinalIgnoreCase) ? null : answer.Names(group),
            PredictedActors = answer.Actors,
            AttackType = t.Cell(r, "attack_type"),
            PredictedSubEventType = best?.SubEventType,
        };
    }
}

/// <summary>City, killed, wounded, perpetrator and governorate agreement of a GTD extract.</summary>
public sealed class GtdReport : IAdapterReport
{
    public GtdReport(IReadOnlyList<GtdRow> rows, int skipped)
    {
        Rows = rows;
        Skipped = skipped;
    }

    public IReadOnlyList<GtdRow> Rows { get; }

    public int Skipped { get; }

    public IReadOnlyList<Headline> Headlines =>
    [
        Figure("event found", r => r.Events > 0),
        Figure("state agreement", r => r.StateHit),
        Figure("wounded exact", r => r.WoundedHit),
        Figure("perpetrator found", r => r.PerpetratorHit),
        Figure("killed exact", r => r.KilledHit),
        Figure("city within 25 km", r => r.CityHit),
        Figure("gold city in the gazetteer", r => r.GazetteerHolds),
        SetReading.Figure(GtdAdapter.Set, "city within 25 km, gold city in the gazetteer", Rows.Where(r => r.GazetteerHolds == true), r => r.CityHit),
    ];

    private Headline Figure(string metric, Func<GtdRow, bool?> hit) => SetReading.Figure(GtdAdapter.Set, metric, Rows, hit);

    public void WriteText(TextWriter w, int examples)
    {
        w.WriteLine($"GTD: {Rows.Count} incidents ({Skipped} without summary skipped), {Rows.Count(r => r.Events == 0)} with no event predicted");
        w.WriteLine();
        w.WriteLine($"{"attack_type",-38} {"n",5} {"event",6} {"city",6} {"killed",6} {"perp",6}  most frequent predicted sub-event");
        foreach (var g in Rows.GroupBy(r => r.AttackType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = g.ToList();
            string Cell(Func<GtdRow, bool?> f) => SetReading.Figure("", "", list, f) is { N: > 0 } h ? EvalSets.F3(h.Value) : "-";

            string top = list.GroupBy(r => r.PredictedSubEventType ?? Case2021Adapter.None).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key;
            w.WriteLine($"{g.Key,-38} {list.Count,5} {Cell(r => r.Events > 0),6} {Cell(r => r.CityHit),6} {Cell(r => r.KilledHit),6} {Cell(r => r.PerpetratorHit),6}  {top}");
        }

        w.WriteLine();
        void Mistakes(string what, Func<GtdRow, bool> wrong, Func<GtdRow, string> show)
        {
            var list = Rows.Where(wrong).ToList();
            w.WriteLine($"{what} mistakes: {list.Count}");
            foreach (var r in list.Take(examples))
            {
                w.WriteLine($"  {r.Id}: {show(r)}");
            }
        }

        Mistakes("city", r => r.CityHit == false,
            r => $"{r.GoldCity} → {r.PredictedLocation ?? "-"}{(r.DistanceKm is { } d ? $" ({d.ToString("0", CultureInfo.InvariantCulture)} km)" : "")}" +
                 (r.GazetteerHolds == false ? " [gold city not in the gazetteer]" : ""));
        Mistakes("killed", r => r.KilledHit == false, r => $"{r.GoldKilled} → {r.PredictedKilled}");
        Mistakes("perpetrator", r => r.PerpetratorHit == false, r => $"{r.GoldGroup} → [{string.Join("; ", r.PredictedActors)}]");
        w.WriteLine();
        EvalSets.WriteHeadlines(w, Headlines);
    }

    public void WriteJson(Utf8JsonWriter w) => SetReading.WriteReport(w, GtdAdapter.Set, Rows.Count, Skipped, Headlines, w =>
    {
        SetReading.WriteRows(w, Rows, (w, r) =>
        {
            w.WriteString("id", r.Id);
            w.WriteNumber("events", r.Events);
            w.WriteString("attack_type", r.AttackType);
            w.WriteString("sub_event_type", r.PredictedSubEventType);
            w.WriteString("gold_city", r.GoldCity);
            w.WriteString("location", r.PredictedLocation);
            if (r.DistanceKm is { } d)
            {
                w.WriteNumber("distance_km", Math.Round(d, 1));
            }

            if (r.GazetteerHolds is { } gh)
            {
                w.WriteBoolean("gazetteer_holds", gh);
            }

            w.WriteString("gold_state", r.GoldState);
            w.WriteString("admin1", r.PredictedAdmin1);
            if (r.StateHit is { } sh)
            {
                w.WriteBoolean("admin1_hit", sh);
            }

            if (r.GoldKilled is { } k)
            {
                w.WriteNumber("gold_killed", k);
            }

            w.WriteNumber("killed", r.PredictedKilled);
            if (r.GoldWounded is { } wd)
            {
                w.WriteNumber("gold_wounded", wd);
            }

            w.WriteNumber("wounded", r.PredictedWounded);
            w.WriteString("gold_group", r.GoldGroup);
            SetReading.WriteStrings(w, "actors", r.PredictedActors);
        });
    });
}
