using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Events.Evaluation;

/// <summary>Counts of one scoring run.</summary>
public sealed record SlotCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SlotCounts operator +(SlotCounts a, SlotCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>One gold event's outcome, for error analysis.</summary>
public sealed record SlotDetail(string Key, bool Matched, IReadOnlyList<string> Missed)
{
    /// <summary>The slots the gold event has, each with whether the matched prediction got it.</summary>
    public IReadOnlyList<(string Slot, bool Hit)> Slots { get; init; } = [];

    /// <summary>The sub-event types of gold and prediction, for a confusion matrix (null where absent).</summary>
    public (string? Gold, string? Predicted) Types { get; init; }
}

/// <summary>
/// End-to-end slot scoring, a faithful port of the reference scorer (../shared/tools/score.py): each gold event
/// contributes one slot per field it fills; greedy matching by slot hits (at least 2); unmatched predictions cost
/// 3 false slots; habitual predictions are neither credited nor penalised. A test checks agreement on the seed.
/// </summary>
public static partial class SlotScorer
{
    private static readonly (string Key, Regex Pattern)[] ActorRules =
    [
        ("islamic_state", IslamicState()),
        ("sdf", Sdf()),
        ("coalition", Coalition()),
        ("syria_state", SyriaState()),
    ];

    public static (SlotCounts Counts, List<SlotDetail> Details) ScoreDocument(JsonElement goldDoc, IReadOnlyList<ExtractedRecord> predictions)
    {
        var preds = predictions.Where(p => p.Kind == RecordKinds.Event && !p.Habitual).ToList();
        var gold = goldDoc.TryGetProperty("events", out var evs)
            ? evs.EnumerateArray().Where(g => Str(g, "kind") is null or RecordKinds.Event).ToList()
            : [];
        var pairs = new List<(int Score, int G, int P)>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            for (int pi = 0; pi < preds.Count; pi++)
            {
                pairs.Add((Slots(gold[gi], preds[pi]).Count(s => s.Hit), gi, pi));
            }
        }

        // Python sorts the (score, gi, pi) tuples in reverse: highest score, then highest indices first.
        pairs.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.G != a.G ? b.G.CompareTo(a.G) : b.P.CompareTo(a.P));
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var match = new Dictionary<int, int>();
        foreach (var (score, gi, pi) in pairs)
        {
            if (score < 2 || usedG.Contains(gi) || usedP.Contains(pi))
            {
                continue;
            }

            usedG.Add(gi);
            usedP.Add(pi);
            match[gi] = pi;
        }

        int tp = 0, fp = 0, fn = 0;
        var details = new List<SlotDetail>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            var p = match.TryGetValue(gi, out int pi) ? preds[pi] : null;
            bool optional = Bool(g, "optional") == true || Bool(g, "must") == false;
            if (p is null && optional)
            {
                continue;
            }

            var s = Slots(g, p);
            int t = s.Count(x => x.Hit);
            tp += t;
            fn += s.Count - t;
            details.Add(new SlotDetail(Str(g, "key") ?? Str(g, "sub_event_type") ?? "event", p is not null, s.Where(x => !x.Hit).Select(x => x.Slot).ToList())
            {
                Slots = s,
                Types = (Str(g, "sub_event_type") ?? List(g, "sub_event_type_accept")?.FirstOrDefault(), p?.SubEventType),
            });
        }

        for (int pi = 0; pi < preds.Count; pi++)
        {
            if (!usedP.Contains(pi))
            {
                fp += 3;
                details.Add(new SlotDetail("extra: " + preds[pi].SubEventType + " @ " + preds[pi].Location, false, [])
                {
                    Types = (null, preds[pi].SubEventType),
                });
            }
        }

        foreach (var (gi, pi) in match)
        {
            fp += Slots(gold[gi], preds[pi]).Count(x => !x.Hit);
        }

        return (new SlotCounts(tp, fp, fn), details);
    }

    public static List<(string Slot, bool Hit)> Slots(JsonElement g, ExtractedRecord? p)
    {
        var outList = new List<(string, bool)>();
        bool HitIf(bool cond) => p is not null && cond;

        var etAny = List(g, "event_type_any") ?? List(g, "event_type_accept") ?? (Str(g, "event_type") is { } et ? [et] : null);
        if (etAny is not null)
        {
            outList.Add(("event_type", HitIf(p?.EventType is { } pe && etAny.Contains(pe))));
        }

        var stAny = List(g, "sub_event_type_accept") ?? (Str(g, "sub_event_type") is { } st ? [st] : null);
        if (stAny is not null)
        {
            outList.Add(("sub_event_type", HitIf(p?.SubEventType is { } ps && stAny.Contains(ps))));
        }

        var predActors = new HashSet<string>(StringComparer.Ordinal);
        if (p is not null)
        {
            foreach (var a in new[] { p.Actor1, p.Actor2 }.Concat(p.AssocActor1).Concat(p.AssocActor2))
            {
                if (!string.IsNullOrEmpty(a))
                {
                    predActors.Add(ActorKey(a));
                }
            }
        }

        foreach (var f in new[] { "actor1", "actor2" })
        {
            if (Str(g, f) is { Length: > 0 } ga)
            {
                outList.Add((f, HitIf(predActors.Contains(ActorKey(ga)))));
            }
            else if (List(g, f + "_any") is { Count: > 0 } any)
            {
                outList.Add((f, HitIf(any.Any(a => predActors.Contains(ActorKey(a))))));
            }
        }

        double? lat = Num(g, "lat") ?? Num(g, "latitude");
        if (Has(g, "lat") || Has(g, "latitude"))
        {
            double lon = Num(g, "lon") ?? Num(g, "longitude") ?? 0;
            double tol = Num(g, "tol_km") ?? Num(g, "location_tolerance_km") ?? 25;
            bool ok = p?.Latitude is { } plat && p.Longitude is { } plon && lat is { } glat && GeoMath.Km(glat, lon, plat, plon) <= tol;
            outList.Add(("location", HitIf(ok)));
        }
        else if (Str(g, "admin1") is { Length: > 0 } ga1)
        {
            string pa = Fold(p?.Admin1 ?? "");
            bool ok = p is not null && (pa.Contains(Fold(ga1), StringComparison.Ordinal) || Fold(ga1).Contains(Fold(p.Admin1 ?? "x"), StringComparison.Ordinal));
            outList.Add(("location", HitIf(ok)));
        }
        else if ((Str(g, "iso2") ?? Str(g, "country")) is { Length: > 0 } c)
        {
            outList.Add(("location", HitIf(p is not null && (c == p.Iso2 || c == p.Country))));
        }

        if (g.TryGetProperty("location", out var loc) && loc.ValueKind == JsonValueKind.Null)
        {
            outList.Add(("no_false_location", HitIf(p is not null && (p.Latitude is null || p.GeoPrecision == 3))));
        }

        int? fat = p?.Fatalities;
        if (Has(g, "fatalities"))
        {
            outList.Add(("fatalities", HitIf(fat == (int?)Num(g, "fatalities"))));
        }
        else if (Has(g, "fatalities_low"))
        {
            outList.Add(("fatalities", HitIf(fat is { } fv && Num(g, "fatalities_low") <= fv && fv <= Num(g, "fatalities_high"))));
        }

        foreach (var f in new[] { "captured", "wounded" })
        {
            int? pv = f == "captured" ? p?.Captured : p?.Wounded;
            if (Has(g, f))
            {
                outList.Add((f, HitIf(g.GetProperty(f).ValueKind == JsonValueKind.Null ? pv is null : pv == (int?)Num(g, f))));
            }

            if (Has(g, f + "_min"))
            {
                outList.Add((f, HitIf((pv ?? 0) >= Num(g, f + "_min"))));
            }
        }

        if (Str(g, "certainty") is { Length: > 0 } cert)
        {
            outList.Add(("certainty", HitIf(p?.Certainty == cert)));
        }

        if (List(g, "certainty_any") is { Count: > 0 } certAny)
        {
            outList.Add(("certainty", HitIf(p?.Certainty is { } pc && certAny.Contains(pc))));
        }

        if (Str(g, "event_date") is { Length: > 0 } date)
        {
            outList.Add(("event_date", HitIf(p?.EventDate == date)));
        }

        return outList;
    }

    public static string ActorKey(string name)
    {
        string f = Fold(name);
        foreach (var (key, rx) in ActorRules)
        {
            if (rx.IsMatch(f))
            {
                return key;
            }
        }

        return "other:" + TrailingQualifier().Replace(f, "").Trim();
    }

    /// <summary>Python's fold: NFKD, combining marks dropped, lower case.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool Has(JsonElement g, string name) => g.TryGetProperty(name, out _);

    private static string? Str(JsonElement g, string name) =>
        g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool? Bool(JsonElement g, string name) =>
        g.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    private static double? Num(JsonElement g, string name) =>
        g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static List<string>? List(JsonElement g, string name) =>
        g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : null;

    [GeneratedRegex(@"islamic state|\bisis\b|\bisil\b|\bis\b|daesh|stato islamico|etat islamique|estado islamico")]
    private static partial Regex IslamicState();

    [GeneratedRegex(@"\bsdf\b|syrian democratic|\bqsd\b|\bfds\b")]
    private static partial Regex Sdf();

    [GeneratedRegex(@"coalition|coalizione|cjtf|inherent resolve|military forces of the united states|\bcentcom\b")]
    private static partial Regex Coalition();

    [GeneratedRegex(@"(military|police) forces of syria|syrian arab army|\bsaa\b")]
    private static partial Regex SyriaState();

    [GeneratedRegex(@"\s*\((?:\d{4}-?\d{0,4}|[^)]*)\)\s*$")]
    private static partial Regex TrailingQualifier();
}
