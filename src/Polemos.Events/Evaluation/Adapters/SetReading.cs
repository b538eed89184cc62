using System.Text.Json;
using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Events.Evaluation.Adapters;

/// <summary>One row of a third-party set: its file, table, cells and 1-based index in its file.</summary>
public sealed record SetRow(string Path, DelimitedTable Table, string[] Cells, int Index)
{
    public string Cell(string column) => Table.Cell(Cells, column);
}

/// <summary>The engine's answer to one row: its most confident event, every actor that event names, and how many events it found.</summary>
public sealed record RowAnswer(ExtractedRecord? Best, IReadOnlyList<string> Actors, int Events)
{
    public static RowAnswer Of(IReadOnlyList<ExtractedRecord> records)
    {
        var best = EvalSets.BestEvent(records);
        var actors = best is null ? [] : new[] { best.Actor1, best.Actor2 }.Concat(best.AssocActor1).Concat(best.AssocActor2)
            .Where(a => !string.IsNullOrEmpty(a)).Select(a => a!).ToList();
        return new RowAnswer(best, actors, records.Count(x => x.Kind == RecordKinds.Event && !x.Habitual));
    }

    /// <summary>Whether the answer names this actor (compared by <see cref="SlotScorer.ActorKey"/>).</summary>
    public bool Names(string actor) => Actors.Any(a => SlotScorer.ActorKey(a) == SlotScorer.ActorKey(actor));

    /// <summary>Kilometres from a gold point to the best event; null when either has no coordinates.</summary>
    public double? DistanceKm(double? latitude, double? longitude) =>
        latitude is { } la && longitude is { } lo && Best?.Latitude is { } pla && Best.Longitude is { } plo ? GeoMath.Km(la, lo, pla, plo) : null;
}

/// <summary>What the third-party set adapters share: the row loop over files under a limit, and the JSON report frame.</summary>
public static class SetReading
{
    /// <summary>The rows of every file in order, at most <paramref name="limit"/> in all, each file checked for the set's columns.</summary>
    public static IEnumerable<SetRow> Rows(IEnumerable<string> paths, char delimiter, int? limit, string set, params string[] required)
    {
        int taken = 0;
        foreach (var path in paths)
        {
            int? left = limit is { } l ? l - taken : null;
            if (left <= 0)
            {
                yield break;
            }

            var table = DelimitedTable.Read(path, delimiter, left);
            table.Require(set, required);
            int index = 0;
            foreach (var cells in table.Rows)
            {
                index++;
                taken++;
                yield return new SetRow(path, table, cells, index);
            }
        }
    }

    /// <summary>The share of rows a check holds for, among the rows it applies to (null: no gold for it).</summary>
    public static Headline Figure<T>(string set, string metric, IEnumerable<T> rows, Func<T, bool?> hit)
    {
        var values = rows.Select(hit).Where(h => h is not null).ToList();
        return new Headline(set, metric, EvalSets.Ratio(values.Count(v => v == true), values.Count), values.Count);
    }

    /// <summary>
    /// Whether the gazetteer holds a row's gold place: an entry of its name, of a spelling variant of it, or of the
    /// name's first part when the set writes "City-Neighbourhood" ("Al Hudaydah-7 July"), within
    /// <see cref="AcledAdapter.ToleranceKm"/> of the gold point. Null without a name or a point, or for "Unknown".
    /// It splits the location misses into places the engine could not know and places it did not find.
    /// </summary>
    public static bool? GazetteerHolds(IGazetteer gazetteer, string name, double? latitude, double? longitude)
    {
        name = name.Trim();
        if (name.Length == 0 || latitude is not { } la || longitude is not { } lo || name.Equals("Unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int dash = name.IndexOf('-', StringComparison.Ordinal);
        foreach (string n in dash > 0 ? [name, name[..dash]] : new[] { name })
        {
            string key = NameKey.Of(n);
            foreach (var e in gazetteer.Lookup(key).Concat(SpellingVariants.Lookup(gazetteer, key)))
            {
                if (GeoMath.Km(la, lo, e.Latitude, e.Longitude) <= AcledAdapter.ToleranceKm)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The frame of every adapter's JSON report: set, counts, the adapter's own body, then the headlines.</summary>
    public static void WriteReport(Utf8JsonWriter w, string set, int n, int skipped, IEnumerable<Headline> headlines, Action<Utf8JsonWriter> body)
    {
        w.WriteStartObject();
        w.WriteString("set", set);
        w.WriteNumber("n", n);
        w.WriteNumber("skipped", skipped);
        body(w);
        EvalSets.WriteHeadlinesJson(w, headlines);
        w.WriteEndObject();
    }

    /// <summary>Counts by key (a confusion table) as a named object.</summary>
    public static void WriteNumbers(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        w.WriteStartObject(name);
        foreach (var (k, n) in counts)
        {
            w.WriteNumber(k, n);
        }

        w.WriteEndObject();
    }

    /// <summary>The "rows" array: one object per row, its members written by <paramref name="row"/>.</summary>
    public static void WriteRows<T>(Utf8JsonWriter w, IEnumerable<T> rows, Action<Utf8JsonWriter, T> row)
    {
        w.WriteStartArray("rows");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            row(w, r);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>An array of strings under a name.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>Slot counts and their precision, recall and F1, as an object's members.</summary>
    public static void WriteCounts(Utf8JsonWriter w, SlotCounts c)
    {
        w.WriteNumber("tp", c.TruePositives);
        w.WriteNumber("fp", c.FalsePositives);
        w.WriteNumber("fn", c.FalseNegatives);
        w.WriteNumber("precision", Math.Round(c.Precision, 4));
        w.WriteNumber("recall", Math.Round(c.Recall, 4));
        w.WriteNumber("f1", Math.Round(c.F1, 4));
    }

    /// <summary>Slot counts as a named object.</summary>
    public static void WriteCounts(Utf8JsonWriter w, string name, SlotCounts c)
    {
        w.WriteStartObject(name);
        WriteCounts(w, c);
        w.WriteEndObject();
    }
}
