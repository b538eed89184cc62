using System.Globalization;
using Polemos.Core;

namespace Polemos.Store.Merging;

/// <summary>The reconciled tolls of an event and the rule that produced them, in words.</summary>
public sealed record Tolls(int Fatalities, int FatalitiesLow, int FatalitiesHigh, int? Wounded, int? Captured, string Rule);

/// <summary>
/// Reconciles the tolls of an event's reports. Best figure: the latest official one (a report whose certainty is
/// <c>confirmed</c>), else the latest reported one; "latest" by publication date, then by ingest order, so a later
/// report that raises a toll (4 → 5 killed) updates the event. Reports that give no figure (ACLED's 0) never lower it.
/// Low and high span every report's range. Wounded and captured follow the same latest-figure rule.
/// </summary>
public static class TollReconciler
{
    public static Tolls Reconcile(IReadOnlyList<StoredReport> reports)
    {
        var ordered = reports.OrderBy(r => r.Published ?? DateOnly.MinValue).ThenBy(r => r.Sequence).ToList();
        var withFigure = ordered.Where(r => r.Record.Fatalities is > 0 || HasEvidence(r.Record, "fatalities")).ToList();
        if (withFigure.Count == 0)
        {
            return new Tolls(0, 0, 0, Latest(ordered, r => r.Record.Wounded), Latest(ordered, r => r.Record.Captured), "fatalities: no report gives a figure (0, ACLED's rule)");
        }

        var official = withFigure.Where(r => r.Record.Certainty == Certainty.Confirmed).ToList();
        var best = (official.Count > 0 ? official : withFigure)[^1];
        int fatalities = best.Record.Fatalities ?? 0;
        int low = Math.Min(fatalities, withFigure.Min(r => r.Record.FatalitiesLow ?? r.Record.Fatalities ?? 0));
        int high = Math.Max(fatalities, withFigure.Max(r => r.Record.FatalitiesHigh ?? r.Record.Fatalities ?? 0));
        string which = official.Count > 0 ? "latest official figure" : "latest reported figure";
        string rule = string.Create(
            CultureInfo.InvariantCulture,
            $"fatalities: {which} {fatalities} ({best.ArticleId}, published {best.Source.Published ?? "undated"}); low/high {low}-{high} over {withFigure.Count} report(s) with a figure");
        return new Tolls(fatalities, low, high, Latest(ordered, r => r.Record.Wounded), Latest(ordered, r => r.Record.Captured), rule);
    }

    private static int? Latest(List<StoredReport> ordered, Func<StoredReport, int?> figure)
    {
        int? value = null;
        foreach (var report in ordered)
        {
            if (figure(report) is int v)
            {
                value = v;
            }
        }

        return value;
    }

    private static bool HasEvidence(ExtractedRecord record, string field) =>
        record.Evidence.Exists(e => string.Equals(e.Field, field, StringComparison.Ordinal));
}
