using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Events.Evaluation.Adapters;

/// <summary>One ACLED row: gold against the engine's most confident event record (null figures: no gold for it).</summary>
public sealed record AcledRow(string Id, string Country, int Events)
{
    public string GoldEventType { get; init; } = "";

    public string PredictedEventType { get; init; } = Case2021Adapter.None;

    public string GoldSubEventType { get; init; } = "";

    public string PredictedSubEventType { get; init; } = Case2021Adapter.None;

    public int? GoldFatalities { get; init; }

    public int PredictedFatalities { get; init; }

    public string GoldLocation { get; init; } = "";

    public string? PredictedLocation { get; init; }

    /// <summary>Distance from the gold point to the predicted one; null when either has no coordinates.</summary>
    public double? DistanceKm { get; init; }

    public bool HasGoldPoint { get; init; }

    /// <summary>Whether the gazetteer holds the gold place (<see cref="SetReading.GazetteerHolds"/>); null without a name or a point.</summary>
    public bool? GazetteerHolds { get; init; }

    public string GoldAdmin1 { get; init; } = "";

    public string? PredictedAdmin1 { get; init; }

    public bool? Admin1Hit { get; init; }

    /// <summary>Whether the record's place lies in the row's country; null when the row names no country or the record has no place.</summary>
    public bool? CountryHit { get; init; }

    public string GoldActor1 { get; init; } = "";

    public string GoldActor2 { get; init; } = "";

    public bool? Actor1Hit { get; init; }

    public bool? Actor2Hit { get; init; }

    public IReadOnlyList<string> PredictedActors { get; init; } = [];

    public string Evidence { get; init; } = "";

    public bool? EventTypeHit => GoldEventType.Length == 0 ? null : GoldEventType == PredictedEventType;

    public bool? SubEventTypeHit => GoldSubEventType.Length == 0 ? null : GoldSubEventType == PredictedSubEventType;

    public bool? FatalitiesHit => GoldFatalities is { } g ? g == PredictedFatalities : null;

    public bool? LocationHit => HasGoldPoint ? DistanceKm is { } d && d <= 25 : null;
}

/// <summary>
/// ACLED CSV exports (2020 schema, also the normalised files of acled_more): each row's <c>notes</c> is the text,
/// its <c>event_date</c> the reference date. Per row, the engine's most confident event record is compared with the
/// row (event and sub-event type, fatalities, location within 25 km, admin1), and each row also becomes a gold
/// article (SPEC §5) scored end to end by <see cref="SlotScorer"/>.
/// </summary>
public static class AcledAdapter
{
    public const string Set = "acled";
    public const double ToleranceKm = 25;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static AcledReport Run(Engine engine, IEnumerable<string> paths, int? limit = null)
    {
        var rows = new List<AcledRow>();
        var slots = new EvaluationReport();
        int skipped = 0;
        foreach (var row in SetReading.Rows(paths, ',', limit, "ACLED", "event_date", "event_type", "notes", "fatalities", "latitude", "longitude", "country"))
        {
            string notes = row.Cell("notes");
            if (notes.Length == 0)
            {
                skipped++;
                continue;
            }

            string id = FirstNonEmpty(row.Cell("event_id_cnty"), row.Cell("data_id"), $"{Path.GetFileNameWithoutExtension(row.Path)}-{row.Index}");
            var published = EvalSets.ParseDate(row.Cell("event_date"));
            var doc = EvalSets.Extract(engine, id, notes, published);
            rows.Add(Compare(engine.Gazetteer, row.Table, row.Cells, id, doc.Records));
            using var gold = JsonDocument.Parse(GoldArticle(row.Table, row.Cells, id, published));
            Evaluator.Add(slots, gold.RootElement, id, "en", doc.Records);
        }

        return new AcledReport(rows, slots, skipped);
    }

    /// <summary>The row as a gold article (SPEC §5) with one event: only the fields the row fills.</summary>
    public static byte[] GoldArticle(DelimitedTable t, string[] r, string id, DateOnly? published)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("language", "en");
            if (published is { } p)
            {
                w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteStartArray("events");
            w.WriteStartObject();
            foreach (var f in new[] { "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location" })
            {
                if (t.Cell(r, f) is { Length: > 0 } v)
                {
                    w.WriteString(f, v);
                }
            }

            if (EvalSets.ParseNumber(t.Cell(r, "latitude")) is { } lat && EvalSets.ParseNumber(t.Cell(r, "longitude")) is { } lon)
            {
                w.WriteNumber("latitude", lat);
                w.WriteNumber("longitude", lon);
            }

            if (EvalSets.ParseNumber(t.Cell(r, "fatalities")) is { } fat)
            {
                w.WriteNumber("fatalities", (int)fat);
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static AcledRow Compare(IGazetteer gazetteer, DelimitedTable t, string[] r, string id, IReadOnlyList<ExtractedRecord> records)
    {
        var answer = RowAnswer.Of(records);
        var best = answer.Best;
        string country = t.Cell(r, "country");
        string? iso2 = CountryCode(gazetteer, country);
        double? lat = EvalSets.ParseNumber(t.Cell(r, "latitude")), lon = EvalSets.ParseNumber(t.Cell(r, "longitude"));
        string admin1 = t.Cell(r, "admin1");
        string actor1 = t.Cell(r, "actor1"), actor2 = t.Cell(r, "actor2");
        return new AcledRow(id, country, answer.Events)
        {
            GoldEventType = t.Cell(r, "event_type"),
            PredictedEventType = best?.EventType ?? Case2021Adapter.None,
            GoldSubEventType = t.Cell(r, "sub_event_type"),
            PredictedSubEventType = best?.SubEventType ?? Case2021Adapter.None,
            GoldFatalities = EvalSets.ParseNumber(t.Cell(r, "fatalities")) is { } f ? (int)f : null,
            PredictedFatalities = best?.Fatalities ?? 0,
            GoldLocation = t.Cell(r, "location"),
            PredictedLocation = best?.Location,
            HasGoldPoint = lat is not null && lon is not null,
            DistanceKm = answer.DistanceKm(lat, lon),
            GazetteerHolds = SetReading.GazetteerHolds(gazetteer, t.Cell(r, "location"), lat, lon),
            GoldAdmin1 = admin1,
            PredictedAdmin1 = best?.Admin1,
            Admin1Hit = admin1.Length == 0 ? null : SameAdmin1(gazetteer, iso2 ?? best?.Iso2, admin1, best?.Admin1),
            CountryHit = country.Length == 0 || best is null || (string.IsNullOrEmpty(best.Iso2) && string.IsNullOrEmpty(best.Country)) ? null :
                (iso2 is not null && iso2 == best.Iso2) || EvalSets.Squash(country) == EvalSets.Squash(best.Country ?? ""),
            GoldActor1 = actor1,
            GoldActor2 = actor2,
            Actor1Hit = actor1.Length == 0 ? null : answer.Names(actor1),
            Actor2Hit = actor2.Length == 0 ? null : answer.Names(actor2),
            PredictedActors = answer.Actors,
            Evidence = EvalSets.EvidenceOf(best),
        };
    }

    /// <summary>ISO code of a country name, through the gazetteer's names and alternate names.</summary>
    public static string? CountryCode(IGazetteer gazetteer, string country) =>
        country.Length == 0 ? null : gazetteer.Lookup(NameKey.Of(country)).FirstOrDefault(e => e.Kind == FeatureKind.Country)?.CountryCode;

    /// <summary>
    /// Admin1 names agree when the gazetteer resolves both to the same area (it knows ACLED's spellings and the
    /// usual variants), else when one folded name holds the other.
    /// </summary>
    public static bool SameAdmin1(IGazetteer gazetteer, string? iso2, string gold, string? predicted)
    {
        if (string.IsNullOrEmpty(predicted))
        {
            return false;
        }

        if (iso2 is not null && gazetteer.Admin1(iso2, gold) is { } g && gazetteer.Admin1(iso2, predicted) is { } p)
        {
            return g.Name == p.Name;
        }

        string a = EvalSets.Squash(gold), b = EvalSets.Squash(predicted);
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static string FirstNonEmpty(params string[] values) => values.First(v => v.Length > 0);
}

/// <summary>Per-row agreement figures, their breakdown by country, and the end-to-end slot scores.</summary>
public sealed class AcledReport : IAdapterReport
{
    public AcledReport(IReadOnlyList<AcledRow> rows, EvaluationReport slots, int skipped)
    {
        Rows = rows;
        Slots = slots;
        Skipped = skipped;
        EventTypes = new Classification(
            rows.Where(r => r.GoldEventType.Length > 0).Select(r => (r.GoldEventType, r.PredictedEventType)).ToList(),
            rows.Select(r => r.GoldEventType).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        SubEventTypes = new Classification(
            rows.Where(r => r.GoldSubEventType.Length > 0).Select(r => (r.GoldSubEventType, r.PredictedSubEventType)).ToList(),
            Taxonomy.All.Select(s => s.Name));
    }

    public IReadOnlyList<AcledRow> Rows { get; }

    public EvaluationReport Slots { get; }

    public int Skipped { get; }

    public Classification EventTypes { get; }

    public Classification SubEventTypes { get; }

    public IReadOnlyList<Headline> Headlines => HeadlinesOf(AcledAdapter.Set, Rows).Append(
        new Headline(AcledAdapter.Set, "end-to-end slot F1", Slots.Total.F1, Rows.Count)).ToList();

    private static IEnumerable<Headline> HeadlinesOf(string set, IReadOnlyList<AcledRow> rows)
    {
        yield return Figure(set, "event_type accuracy", rows, r => r.EventTypeHit);
        yield return Figure(set, "sub_event_type accuracy", rows, r => r.SubEventTypeHit);
        yield return Figure(set, "fatalities exact", rows, r => r.FatalitiesHit);
        yield return Figure(set, "location within 25 km", rows, r => r.LocationHit);
        yield return Figure(set, "admin1 agreement", rows, r => r.Admin1Hit);
        yield return Figure(set, "place in the row's country", rows, r => r.CountryHit);
        yield return Figure(set, "gold place in the gazetteer", rows, r => r.GazetteerHolds);
        yield return Figure(set, "location within 25 km, gold place in the gazetteer", rows.Where(r => r.GazetteerHolds == true), r => r.LocationHit);
    }

    private static Headline Figure(string set, string metric, IEnumerable<AcledRow> rows, Func<AcledRow, bool?> hit) =>
        SetReading.Figure(set, metric, rows, hit);

    public void WriteText(TextWriter w, int examples)
    {
        w.WriteLine($"ACLED: {Rows.Count} rows with notes ({Skipped} without notes skipped), {Rows.Count(r => r.Events == 0)} with no event predicted");
        w.WriteLine();
        w.WriteLine($"{"country",-16} {"n",4} {"type",6} {"sub",6} {"fatal",6} {"25km",6} {"adm1",6} {"actor1",6} {"actor2",6} {"ctry",6}");
        foreach (var g in Rows.GroupBy(r => r.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                     .Append(Rows.GroupBy(_ => "(all)").First()))
        {
            var list = g.ToList();
            string Cell(Func<AcledRow, bool?> f) => Figure("", "", list, f) is { N: > 0 } h ? EvalSets.F3(h.Value) : "-";
            w.WriteLine($"{g.Key,-16} {list.Count,4} {Cell(r => r.EventTypeHit),6} {Cell(r => r.SubEventTypeHit),6} {Cell(r => r.FatalitiesHit),6} " +
                        $"{Cell(r => r.LocationHit),6} {Cell(r => r.Admin1Hit),6} {Cell(r => r.Actor1Hit),6} {Cell(r => r.Actor2Hit),6} {Cell(r => r.CountryHit),6}");
        }

        w.WriteLine();
        w.WriteLine($"event_type weighted F1 {EvalSets.F3(EventTypes.WeightedF1)}, sub_event_type weighted F1 {EvalSets.F3(SubEventTypes.WeightedF1)} (25 classes)");
        w.WriteLine($"{"sub_event_type",-38} {"gold",5} {"pred",5} {"P",6} {"R",6} {"F1",6}");
        foreach (var s in SubEventTypes.Scores.Where(s => s.Support > 0 || s.Predicted > 0))
        {
            w.WriteLine($"{s.Label,-38} {s.Support,5} {s.Predicted,5} {EvalSets.F3(s.Precision),6} {EvalSets.F3(s.Recall),6} {EvalSets.F3(s.F1),6}");
        }

        w.WriteLine();
        w.WriteLine("event_type confusion, mistakes only (gold → predicted: count)");
        foreach (var (g, p, n) in EventTypes.Errors())
        {
            w.WriteLine($"  {g} → {p}: {n}");
        }

        w.WriteLine();
        w.WriteLine("sub_event_type confusion, most frequent mistakes (gold → predicted: count)");
        foreach (var (g, p, n) in SubEventTypes.Errors().Take(25))
        {
            w.WriteLine($"  {g} → {p}: {n}");
        }

        w.WriteLine();
        w.WriteLine($"end-to-end slots (each row a gold article): {"field",-18} {"P",6} {"R",6} {"F1",6}");
        foreach (var (field, c) in Slots.PerField)
        {
            w.WriteLine($"  {field,-18} {EvalSets.F3(c.Precision),6} {EvalSets.F3(c.Recall),6} {EvalSets.F3(c.F1),6}");
        }

        w.WriteLine();
        WriteMistakes(w, "type", examples, r => r.EventTypeHit == false || r.SubEventTypeHit == false,
            r => $"{r.GoldSubEventType} → {r.PredictedSubEventType}{(r.Evidence.Length > 0 ? " on \"" + r.Evidence + "\"" : "")}");
        WriteMistakes(w, "fatalities", examples, r => r.FatalitiesHit == false, r => $"{r.GoldFatalities} → {r.PredictedFatalities}");
        WriteMistakes(w, "location", examples, r => r.LocationHit == false,
            r => $"{r.GoldLocation} → {r.PredictedLocation ?? "-"}{(r.DistanceKm is { } d ? $" ({d.ToString("0", CultureInfo.InvariantCulture)} km)" : "")}" +
                 (r.GazetteerHolds == false ? " [gold place not in the gazetteer]" : ""));
        WriteMistakes(w, "admin1", examples, r => r.Admin1Hit == false, r => $"{r.GoldAdmin1} → {r.PredictedAdmin1 ?? "-"}");
        WriteMistakes(w, "actor1", examples, r => r.Actor1Hit == false, r => $"{r.GoldActor1} → [{string.Join("; ", r.PredictedActors)}]");
        w.WriteLine();
        w.WriteLine($"end-to-end slot P/R/F1 = {EvalSets.F3(Slots.Total.Precision)}/{EvalSets.F3(Slots.Total.Recall)}/{EvalSets.F3(Slots.Total.F1)}");
        EvalSets.WriteHeadlines(w, Headlines);
    }

    private void WriteMistakes(TextWriter w, string what, int examples, Func<AcledRow, bool> wrong, Func<AcledRow, string> show)
    {
        var list = Rows.Where(wrong).ToList();
        w.WriteLine($"{what} mistakes: {list.Count}");
        foreach (var r in list.Take(examples))
        {
            w.WriteLine($"  {r.Id} ({r.Country}): {show(r)}");
        }
    }

    public void WriteJson(Utf8JsonWriter w) => SetReading.WriteReport(w, AcledAdapter.Set, Rows.Count, Skipped, Headlines, w =>
    {
        w.WriteNumber("event_type_weighted_f1", Math.Round(EventTypes.WeightedF1, 4));
        w.WriteNumber("sub_event_type_weighted_f1", Math.Round(SubEventTypes.WeightedF1, 4));
        w.WriteStartObject("slots");
        SetReading.WriteCounts(w, "total", Slots.Total);
        foreach (var (field, c) in Slots.PerField)
        {
            SetReading.WriteCounts(w, field, c);
        }

        w.WriteEndObject();
        SetReading.WriteNumbers(w, "sub_event_confusion", SubEventTypes.Confusion);
        SetReading.WriteRows(w, Rows, (w, r) =>
        {
            w.WriteString("id", r.Id);
            w.WriteString("country", r.Country);
            w.WriteNumber("events", r.Events);
            w.WriteString("gold_event_type", r.GoldEventType);
            w.WriteString("event_type", r.PredictedEventType);
            w.WriteString("gold_sub_event_type", r.GoldSubEventType);
            w.WriteString("sub_event_type", r.PredictedSubEventType);
            if (r.GoldFatalities is { } gf)
            {
                w.WriteNumber("gold_fatalities", gf);
            }

            w.WriteNumber("fatalities", r.PredictedFatalities);
            w.WriteString("gold_location", r.GoldLocation);
            w.WriteString("location", r.PredictedLocation);
            if (r.DistanceKm is { } d)
            {
                w.WriteNumber("distance_km", Math.Round(d, 1));
            }

            w.WriteString("gold_admin1", r.GoldAdmin1);
            w.WriteString("admin1", r.PredictedAdmin1);
            if (r.Admin1Hit is { } ah)
            {
                w.WriteBoolean("admin1_hit", ah);
            }

            if (r.CountryHit is { } ch)
            {
                w.WriteBoolean("country_hit", ch);
            }

            if (r.GazetteerHolds is { } gh)
            {
                w.WriteBoolean("gazetteer_holds", gh);
            }

            w.WriteString("gold_actor1", r.GoldActor1);
            w.WriteString("gold_actor2", r.GoldActor2);
            SetReading.WriteStrings(w, "actors", r.PredictedActors);
            w.WriteString("evidence", r.Evidence);
        });
    });
}
