using System.Globalization;
using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// What a report tells about where its places lie: its country, the settlements it names unambiguously (anchors),
/// the first- and second-level areas it names ("in Ar-Raqqa", "(Qaatabah, Ad Dali)") and the countries it names.
/// </summary>
public sealed record GeoContext(string? CountryCode, IReadOnlyList<GazetteerEntry> Anchors, IReadOnlyList<GazetteerEntry> Areas)
{
    public static GeoContext None { get; } = new(null, [], []);

    /// <summary>ISO codes of the countries the report names (besides its own); their large cities may be candidates.</summary>
    public IReadOnlyList<string> NamedCountries { get; init; } = [];
}

/// <summary>
/// Ranks a toponym's gazetteer candidates and says why: the report's country first, then the areas and places it
/// names nearby, then population and feature class. When the report's country is known, a small place of another
/// country is no candidate at all (a Syrian report's "Al Arqoub" never lands in Yemen): only countries, provinces
/// named as such and large cities called by their own name may lie abroad.
/// </summary>
public sealed class CandidateRanker
{
    /// <summary>A place abroad needs at least this population to stay a candidate when the report names its country.</summary>
    public const long AbroadMinPopulation = 100_000;

    /// <summary>A place abroad needs at least this population to stay a candidate when the report does not name its country.</summary>
    public const long AbroadUnnamedMinPopulation = 1_000_000;

    /// <summary>Anchors closer than this raise a candidate (km).</summary>
    public const double NearbyKm = 60;

    /// <summary>
    /// Ranks <paramref name="candidates"/> of the name folded to <paramref name="key"/>, best first; inadmissible ones are
    /// left out. Without <paramref name="withReasons"/> the candidates' reasons are left empty (the pipeline ranks every
    /// place of every report and reads only the scores; `polemos geo` prints the reasons).
    /// </summary>
    public static IReadOnlyList<PlaceCandidate> Rank(IReadOnlyList<GazetteerEntry> candidates, string key, PlaceRole role, GeoContext context,
                                                     bool withReasons = true)
    {
        var ranked = new List<PlaceCandidate>(candidates.Count);
        foreach (var e in candidates)
        {
            if (Admissible(e, key, role, context))
            {
                ranked.Add(Score(e, role, context, candidates, withReasons ? [] : null));
            }
        }

        // Stable order: score down, then id; equal ids keep their gazetteer order as LINQ's OrderBy did.
        var order = new List<(PlaceCandidate C, int At)>(ranked.Count);
        for (int i = 0; i < ranked.Count; i++)
        {
            order.Add((ranked[i], i));
        }

        order.Sort((a, b) => b.C.Score.CompareTo(a.C.Score) is var byScore and not 0 ? byScore
                           : a.C.Entry.Id.CompareTo(b.C.Entry.Id) is var byId and not 0 ? byId
                           : a.At.CompareTo(b.At));
        for (int i = 0; i < order.Count; i++)
        {
            ranked[i] = order[i].C;
        }

        return ranked;
    }

    /// <summary>
    /// Whether an entry may stand for a name in a report about the context's country: any entry of that country (or
    /// of any country when none is known), a country, a province named as a province, or a city called by its own
    /// name rather than by an alternate spelling, of at least <see cref="AbroadMinPopulation"/> inhabitants when the
    /// report names its country, else of at least <see cref="AbroadUnnamedMinPopulation"/>. A province abroad needs
    /// both: to be named as a province, in a report that names its country.
    /// </summary>
    public static bool Admissible(GazetteerEntry e, string key, PlaceRole role, GeoContext context)
    {
        string? country = context.CountryCode;
        if (country is null || e.CountryCode == country || e.Kind == FeatureKind.Country)
        {
            return true;
        }

        bool named = context.NamedCountries.Contains(e.CountryCode, StringComparer.Ordinal);
        if (e.Kind is FeatureKind.Admin1 or FeatureKind.Admin2)
        {
            return role == PlaceRole.Region && named;
        }

        long needed = named ? AbroadMinPopulation : AbroadUnnamedMinPopulation;
        return !e.IsArea && e.Population >= needed && TsvGazetteer.IndexedUnder(e.Name, key);
    }

    private static PlaceCandidate Score(GazetteerEntry e, PlaceRole role, GeoContext context, IReadOnlyList<GazetteerEntry> namesakes, List<string>? reasons)
    {
        double score = 0;
        string? country = context.CountryCode;
        if (country is not null && e.CountryCode == country)
        {
            score += 10;
            reasons?.Add($"in the report's country ({country})");
        }
        else if (country is not null)
        {
            reasons?.Add($"abroad ({e.CountryCode}), kept as a large city called by its own name");
            score -= 2;
        }

        if (e.Population > 0)
        {
            score += Math.Log10(e.Population + 1);
            reasons?.Add(string.Create(CultureInfo.InvariantCulture, $"population {e.Population}"));
        }

        score += e.Kind switch
        {
            FeatureKind.Country => 3,
            FeatureKind.Admin1 => 2.5,
            FeatureKind.City => 2,
            FeatureKind.Town => 1,
            _ => 0.5,
        };
        reasons?.Add($"feature {e.Kind}");
        if (role == PlaceRole.Region && e.Kind is FeatureKind.Admin1 or FeatureKind.Admin2)
        {
            score += 3;
            reasons?.Add("named as a province or region");
        }

        if (!e.IsArea || e.Kind == FeatureKind.Admin2)
        {
            score += AreaBonus(e, context.Areas, namesakes, reasons);
        }

        if (!e.IsArea && context.Anchors.Count > 0)
        {
            double nearest = double.MaxValue;
            foreach (var a in context.Anchors)
            {
                if (a != e)
                {
                    nearest = Math.Min(nearest, GeoMath.Km(a.Latitude, a.Longitude, e.Latitude, e.Longitude));
                }
            }

            if (nearest < NearbyKm)
            {
                score += 3;
                reasons?.Add(string.Create(CultureInfo.InvariantCulture, $"{nearest:F0} km from another place in the report"));
            }
        }

        return new PlaceCandidate(e, Math.Round(score, 3), (IReadOnlyList<string>?)reasons ?? []);
    }

    /// <summary>
    /// A place inside a province or district the report names ("Tafas … in Dar'a") ranks above its namesakes. An area
    /// that the ranked name itself finds (the districts called "Cuauhtémoc" for "Cuauhtémoc") says less: it raises the
    /// seats of those areas over villages of the name, not over the namesake in a province that another name of the
    /// report gives ("in Cuauhtemoc, Chihuahua").
    /// </summary>
    private static double AreaBonus(GazetteerEntry e, IReadOnlyList<GazetteerEntry> areas, IReadOnlyList<GazetteerEntry> namesakes, List<string>? reasons)
    {
        double bonus = 0;
        foreach (var a in areas)
        {
            if (a == e || a.CountryCode != e.CountryCode)
            {
                continue;
            }

            bool own = namesakes.Contains(a);
            if (a.Kind == FeatureKind.Admin1 && e.Admin1 is not null && string.Equals(NameKey.Of(a.Name), NameKey.Of(e.Admin1), StringComparison.Ordinal))
            {
                bonus = Math.Max(bonus, own ? OwnAreaBonus : 4);
                reasons?.Add(own ? $"in {a.Name}, a province of its own name" : $"in {a.Name}, a province the report names");
            }
            else if (a.Kind == FeatureKind.Admin2 && e.Admin2 is not null && string.Equals(NameKey.Of(a.Name), NameKey.Of(e.Admin2), StringComparison.Ordinal))
            {
                bonus = Math.Max(bonus, own ? OwnAreaBonus : 5);
                reasons?.Add(own ? $"in {a.Name}, a district of its own name" : $"in {a.Name}, a district the report names");
            }
        }

        return bonus;
    }

    /// <summary>What an area called by the ranked name itself adds to the places that lie in it.</summary>
    private const double OwnAreaBonus = 2;
}
