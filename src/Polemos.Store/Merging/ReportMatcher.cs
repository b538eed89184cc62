using System.Globalization;
using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Store.Merging;

/// <summary>How well a report fits a known event, and every check behind the verdict, in words.</summary>
public sealed record MatchResult(bool Linked, double Score, IReadOnlyList<string> Checks);

/// <summary>
/// Decides whether a report describes a known event. Hard checks first (kind, a report of the same article, type,
/// date window, distance, country, named actors); a report that passes them all is scored
/// (type 0.3, date 0.2, place 0.3, actors 0.2) and linked at <see cref="Threshold"/> or above. Pure and
/// deterministic: the same report and event always give the same result and the same words.
/// </summary>
public static class ReportMatcher
{
    public const double Threshold = 0.6;

    /// <summary>The widest distance at which two reports can still be linked (both at geo precision 3).</summary>
    public const double MaxDistanceKm = 100;

    public static MatchResult Match(ExtractedRecord report, string reportArticleId, ExtractedRecord candidate, IReadOnlySet<string> candidateArticleIds)
    {
        var checks = new List<string>();
        if (!string.Equals(report.Kind, candidate.Kind, StringComparison.Ordinal))
        {
            return Reject(checks, $"kind: {report.Kind} vs {candidate.Kind}");
        }

        if (candidateArticleIds.Contains(reportArticleId))
        {
            return Reject(checks, "article: the event already holds a report of this article (one article's records are distinct events)");
        }

        double type = TypeCompatibility.Score(report.SubEventType ?? report.Change, candidate.SubEventType ?? candidate.Change);
        if (type == 0)
        {
            return Reject(checks, $"type: {report.SubEventType} vs {candidate.SubEventType} cannot be one event");
        }

        checks.Add(type == 1 ? $"type: same ({report.SubEventType}) 1.00" : $"type: compatible ({report.SubEventType} ~ {candidate.SubEventType}) {F(type)}");
        if (DateScore(report, candidate, checks) is not double date)
        {
            return new MatchResult(false, 0, checks);
        }

        var actorsA = ActorSet.Of(report);
        var actorsB = ActorSet.Of(candidate);
        if (PlaceScore(report, candidate, checks) is not double place)
        {
            return new MatchResult(false, 0, checks);
        }

        if (ActorScore(actorsA, actorsB, checks) is not double actors)
        {
            return new MatchResult(false, 0, checks);
        }

        bool placeUnknown = report.Latitude is null || candidate.Latitude is null;
        if (placeUnknown && !actorsA.Named.Overlaps(actorsB.Named) && !actorsA.Generic.Overlaps(actorsB.Generic))
        {
            return Reject(checks, "place unknown on one side and no actor in common: not enough to link");
        }

        double score = (0.3 * type) + (0.2 * date) + (0.3 * place) + (0.2 * actors);
        bool linked = score >= Threshold;
        checks.Add($"score: 0.3×type + 0.2×date + 0.3×place + 0.2×actors = {F(score)} {(linked ? "≥" : "<")} {F(Threshold)}");
        return new MatchResult(linked, score, checks);
    }

    private static double? DateScore(ExtractedRecord a, ExtractedRecord b, List<string> checks)
    {
        if (!TryDate(a.EventDate, out var da) || !TryDate(b.EventDate, out var db))
        {
            checks.Add("date: undated on one side: not merged automatically");
            return null;
        }

        int window = Math.Max(Window(a.TimePrecision), Window(b.TimePrecision));
        int days = Math.Abs(da.DayNumber - db.DayNumber);
        if (days > window)
        {
            checks.Add($"date: {a.EventDate} vs {b.EventDate}, {days} days > window {window}");
            return null;
        }

        double score = 1 - (days / (double)(window + 1));
        checks.Add($"date: {a.EventDate} vs {b.EventDate}, {days} days ≤ window {window} {F(score)}");
        return score;
    }

    // ACLED time precision: 1 the day is known (one day of slack for "yesterday" across time zones), 2 the week, 3 the month.
    private static int Window(int? precision) => precision switch
    {
        3 => 31,
        2 => 7,
        _ => 1,
    };

    private static double? PlaceScore(ExtractedRecord a, ExtractedRecord b, List<string> checks)
    {
        if (a.Iso2 is not null && b.Iso2 is not null && !string.Equals(a.Iso2, b.Iso2, StringComparison.OrdinalIgnoreCase))
        {
            checks.Add($"country: {a.Iso2} vs {b.Iso2}");
            return null;
        }

        if (a.Latitude is not double latA || a.Longitude is not double lonA || b.Latitude is not double latB || b.Longitude is not double lonB)
        {
            checks.Add("place: no coordinates on one side; same or unknown country 0.30");
            return 0.3;
        }

        double limit = Math.Max(Limit(a.GeoPrecision), Limit(b.GeoPrecision));
        double km = a.GeoNamesId is long ga && ga == b.GeoNamesId ? 0 : GeoMath.Km(latA, lonA, latB, lonB);
        if (km > limit)
        {
            checks.Add($"place: {a.Location} vs {b.Location}, {F(km)} km > {F(limit)} km");
            return null;
        }

        double score = 1 - (0.5 * km / limit);
        checks.Add($"place: {a.Location} vs {b.Location}, {F(km)} km ≤ {F(limit)} km {F(score)}");
        return score;
    }

    // ACLED geo precision: 1 the place itself, 2 near it or part of a region, 3 only a larger region.
    private static double Limit(int? precision) => precision switch
    {
        3 => MaxDistanceKm,
        2 => 50,
        _ => 25,
    };

    private static double? ActorScore(ActorSet a, ActorSet b, List<string> checks)
    {
        if (a.Named.Overlaps(b.Named))
        {
            checks.Add($"actors: named actor in common ({string.Join(", ", a.Named.Intersect(b.Named).Order(StringComparer.Ordinal))}) 1.00");
            return 1;
        }

        if (a.Named.Count > 0 && b.Named.Count > 0)
        {
            checks.Add($"actors: named actors differ ({string.Join(", ", a.Named.Order(StringComparer.Ordinal))} vs {string.Join(", ", b.Named.Order(StringComparer.Ordinal))})");
            return null;
        }

        if (a.Generic.Overlaps(b.Generic))
        {
            checks.Add("actors: only generic actors in common 0.60");
            return 0.6;
        }

        checks.Add("actors: nothing in common, nothing contradicting 0.40");
        return 0.4;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static MatchResult Reject(List<string> checks, string why)
    {
        checks.Add(why);
        return new MatchResult(false, 0, checks);
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
