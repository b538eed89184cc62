using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// Decides the report's country, then ranks every toponym's gazetteer candidates and keeps the reasons:
/// the report's country, other places named in the text nearby, population and feature class. A Syrian
/// report's "Al Arqoub" does not land in Yemen.
/// </summary>
public sealed class GeocodeStage : IStage
{
    private readonly IGazetteer _gazetteer;

    public GeocodeStage(IGazetteer gazetteer) => _gazetteer = gazetteer;

    public string Name => "geocode";

    public IReadOnlyList<string> Requires => [Layers.Places, Layers.Actors];

    public IReadOnlyList<string> Provides => [Layers.Geocoded, Layers.Context];

    public void Run(Document document)
    {
        var places = document.MentionsOf<PlaceMention>().Where(p => !p.Unknown).ToList();
        var candidates = places.ToDictionary(p => p, p => _gazetteer.Lookup(NameKey.Of(p.Name)));
        DecideCountry(document, places, candidates);
        string? country = document.Context.CountryCode;

        // Anchors: places with a single candidate in the report's country help rank the ambiguous ones.
        var anchors = places.Where(p => candidates[p].Count == 1 && !candidates[p][0].IsArea && candidates[p][0].CountryCode == country)
            .Select(p => candidates[p][0]).Distinct().ToList();
        var dropped = new HashSet<Mention>();
        foreach (var place in places)
        {
            var ranked = candidates[place]
                .Select(e => Score(e, country, anchors, place))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Entry.Id)
                .ToList();
            place.Candidates = ranked;
            place.Entry = ranked.Count > 0 ? ranked[0].Entry : null;

            // A province name of another country, met without "province of", is a common word ("Centrale", "Nord").
            if (place.Entry is { Kind: FeatureKind.Admin1 or FeatureKind.Admin2 } e && country is not null && e.CountryCode != country &&
                place.Role != PlaceRole.Region)
            {
                place.Entry = null;
                place.Candidates = [];
                dropped.Add(place);
            }
        }

        if (dropped.Count > 0)
        {
            document.Mentions.RemoveAll(dropped.Contains);
        }
    }

    /// <summary>Votes for the report's country: country names, unambiguous places, admin areas; headlines count double.</summary>
    private static void DecideCountry(Document document, List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            var c = candidates[p];
            if (c.Count == 0)
            {
                continue;
            }

            double weight = p.Role is PlaceRole.Destination or PlaceRole.Origin ? 0.3 : 1.0;
            if (document.Sentences.Count > 0 && document.Sentences[document.SentenceIndexAt(p.Span.Start)].IsHeadline)
            {
                weight *= 2;
            }

            var countries = c.Select(e => e.CountryCode).Distinct(StringComparer.Ordinal).ToList();
            foreach (var cc in countries)
            {
                double w = weight / countries.Count;
                if (c.Any(e => e.Kind == FeatureKind.Country && e.CountryCode == cc))
                {
                    w *= 2;
                }

                votes[cc] = votes.GetValueOrDefault(cc) + w;
                evidence.TryAdd(cc, p.Span);
            }
        }

        foreach (var a in document.MentionsOf<ActorMention>().Where(a => a.CountryCode is not null))
        {
            votes[a.CountryCode!] = votes.GetValueOrDefault(a.CountryCode!) + 0.5;
            evidence.TryAdd(a.CountryCode!, a.Span);
        }

        if (votes.Count > 0)
        {
            var best = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First();
            document.Context.CountryCode = best.Key;
            document.Context.CountryEvidence = evidence[best.Key];
        }
    }

    private static PlaceCandidate Score(GazetteerEntry e, string? country, List<GazetteerEntry> anchors, PlaceMention place)
    {
        var reasons = new List<string>();
        double score = 0;
        if (country is not null && e.CountryCode == country)
        {
            score += 10;
            reasons.Add($"in the report's country ({country})");
        }

        if (e.Population > 0)
        {
            double p = Math.Log10(e.Population + 1);
            score += p;
            reasons.Add($"population {e.Population}");
        }

        double kind = e.Kind switch
        {
            FeatureKind.Country => 3,
            FeatureKind.Admin1 => 2.5,
            FeatureKind.City => 2,
            FeatureKind.Town => 1,
            _ => 0.5,
        };
        score += kind;
        reasons.Add($"feature {e.Kind}");
        if (place.Role == PlaceRole.Region && e.Kind is FeatureKind.Admin1 or FeatureKind.Admin2)
        {
            score += 3;
            reasons.Add("named as a province or region");
        }

        if (!e.IsArea && anchors.Count > 0)
        {
            double nearest = anchors.Where(a => a != e).Select(a => GeoMath.Km(a.Latitude, a.Longitude, e.Latitude, e.Longitude)).DefaultIfEmpty(double.MaxValue).Min();
            if (nearest < 60)
            {
                score += 3;
                reasons.Add($"{nearest:F0} km from another place in the report");
            }
        }

        return new PlaceCandidate(e, Math.Round(score, 3), reasons);
    }
}
