using Polemos.Core;

namespace Polemos.Store.Merging;

/// <summary>
/// Builds an event's record from its reports, deterministically (reports in publication, then ingest, order):
/// the most precise place and date, the majority's type and actors (ties to the earliest report), the union of
/// associated actors, every source and every piece of evidence, tolls by <see cref="TollReconciler"/>, and a
/// reviewer's field edits on top.
/// </summary>
public static class EventReconciler
{
    public static (ExtractedRecord Record, string TollRule) Build(string eventId, IReadOnlyList<StoredReport> reports, IReadOnlyDictionary<string, string?> overrides)
    {
        if (reports.Count == 0)
        {
            throw new ArgumentException("an event needs at least one report", nameof(reports));
        }

        var ordered = reports.OrderBy(r => r.Published ?? DateOnly.MinValue).ThenBy(r => r.Sequence).ToList();
        var first = ordered[0].Record;
        string? subType = Vote(ordered, r => r.SubEventType);
        var typed = ordered.Where(r => r.Record.SubEventType == subType).ToList();
        var place = ordered.OrderBy(r => r.Record.GeoPrecision ?? 9).ThenBy(r => r.Record.Latitude is null ? 1 : 0).First().Record;
        var date = ordered.OrderBy(r => r.Record.EventDate is null ? 1 : 0).ThenBy(r => r.Record.TimePrecision ?? 9).First().Record;
        var tolls = TollReconciler.Reconcile(ordered);
        string? actor1 = Vote(ordered, r => r.Actor1);
        string? actor2 = Vote(ordered, r => r.Actor2);
        var taxonomy = subType is null ? null : Taxonomy.FindByName(subType);
        var record = new ExtractedRecord
        {
            Kind = first.Kind,
            SourceId = ordered[0].ArticleId,
            EventId = eventId,
            EventDate = date.EventDate,
            TimePrecision = date.TimePrecision,
            DisorderType = taxonomy is null ? Vote(ordered, r => r.DisorderType) : Taxonomy.DisorderFor(taxonomy, tolls.Fatalities),
            EventType = taxonomy?.EventType ?? Vote(ordered, r => r.EventType),
            SubEventType = subType,
            Actor1 = actor1,
            Actor2 = actor2,
            Inter1 = ordered.Select(r => r.Record).FirstOrDefault(r => r.Actor1 == actor1 && r.Inter1 is not null)?.Inter1,
            Inter2 = ordered.Select(r => r.Record).FirstOrDefault(r => r.Actor2 == actor2 && r.Inter2 is not null)?.Inter2,
            AssocActor1 = Union(ordered, r => r.AssocActor1),
            AssocActor2 = Union(ordered, r => r.AssocActor2),
            CivilianTargeting = ordered.Any(r => r.Record.CivilianTargeting == true) ? true : first.CivilianTargeting,
            Country = place.Country,
            Iso2 = place.Iso2,
            Admin1 = place.Admin1,
            Admin2 = place.Admin2,
            Location = place.Location,
            GeoNamesId = place.GeoNamesId,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            GeoPrecision = place.GeoPrecision,
            Fatalities = first.Kind == RecordKinds.Event ? tolls.Fatalities : first.Fatalities,
            FatalitiesLow = first.Kind == RecordKinds.Event ? tolls.FatalitiesLow : first.FatalitiesLow,
            FatalitiesHigh = first.Kind == RecordKinds.Event ? tolls.FatalitiesHigh : first.FatalitiesHigh,
            Wounded = tolls.Wounded,
            Captured = tolls.Captured,
            Certainty = ordered.Select(r => r.Record.Certainty).GroupBy(c => c, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => Certainty.Doubt(g.Key)).First().Key,
            Habitual = ordered.TrueForAll(r => r.Record.Habitual),
            Actor = first.Actor,
            Change = first.Change,
            SizeKm = first.SizeKm,
            From = first.From,
            To = first.To,
            ToActor = first.ToActor,
            Via = first.Via,
            People = first.People,
            Count = first.Count,
            Notes = (typed.Count > 0 ? typed : ordered)[^1].Record.Notes,
            Confidence = ordered.Max(r => r.Record.Confidence),
            Evidence = [.. ordered.SelectMany(r => r.Record.Evidence)],
            Sources = [.. ordered.Select(r => r.Source).DistinctBy(s => s.SourceId, StringComparer.Ordinal)],
        };
        if (record.Inter1 is int i1 && record.Inter2 is int i2)
        {
            record.Interaction = Inter.Interaction(i1, i2);
        }

        foreach (var (field, value) in overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            RecordFields.Set(record, field, value);
        }

        return (record, first.Kind == RecordKinds.Event ? tolls.Rule : "tolls: as reported by the first report");
    }

    /// <summary>The value most reports give (nulls abstain); a tie goes to the earliest report.</summary>
    private static string? Vote(List<StoredReport> ordered, Func<ExtractedRecord, string?> field) =>
        ordered.Select(r => field(r.Record)).Where(v => v is not null).Select((v, i) => (Value: v!, Index: i))
            .GroupBy(x => x.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.Index))
            .Select(g => g.Key).FirstOrDefault();

    private static List<string> Union(List<StoredReport> ordered, Func<ExtractedRecord, List<string>> field) =>
        [.. ordered.SelectMany(r => field(r.Record)).Distinct(StringComparer.Ordinal)];
}
