namespace Polemos.Core;

/// <summary>What a place is; drives ACLED precision and ranking.</summary>
public enum FeatureKind
{
    Country,
    Admin1,
    Admin2,
    City,
    Town,
    Village,
    Camp,
    Crossing,
    Region,
    River,
    Desert,
    Valley,
    Other,
}

/// <summary>One place in the gazetteer.</summary>
public sealed record GazetteerEntry(
    long Id,
    string Name,
    double Latitude,
    double Longitude,
    string CountryCode,
    FeatureKind Kind)
{
    public string? Admin1 { get; init; }

    public string? Admin2 { get; init; }

    public long Population { get; init; }

    /// <summary>GeoNames id when the entry comes from GeoNames; null for project-owned entries.</summary>
    public long? GeoNamesId { get; init; }

    public bool IsArea => Kind is FeatureKind.Country or FeatureKind.Admin1 or FeatureKind.Admin2
        or FeatureKind.Region or FeatureKind.River or FeatureKind.Desert or FeatureKind.Valley;
}

/// <summary>A candidate for a toponym with the score and the reasons that ranked it (none when the pipeline ranked it: see CandidateRanker.Rank).</summary>
public sealed record PlaceCandidate(GazetteerEntry Entry, double Score, IReadOnlyList<string> Reasons);

/// <summary>The gazetteer as the pipeline sees it; the world pack and the test subset both implement it.</summary>
public interface IGazetteer
{
    /// <summary>The longest name, in tokens, any entry has (bounds the n-gram scan).</summary>
    int MaxNameTokens { get; }

    /// <summary>Entries whose folded name (see <see cref="NameKey"/>) equals <paramref name="key"/>.</summary>
    IReadOnlyList<GazetteerEntry> Lookup(string key);

    /// <summary>True when some name starts with this folded token sequence (lets a scan stop early).</summary>
    bool HasPrefix(string key);

    GazetteerEntry? Country(string iso2);

    string CountryName(string iso2);

    /// <summary>The admin1 area entry for a country and admin1 name, if the gazetteer knows it.</summary>
    GazetteerEntry? Admin1(string iso2, string admin1);

    /// <summary>
    /// The settlements (cities, towns, villages) and districts the gazetteer puts in a first-level unit, named as
    /// its entries' <see cref="GazetteerEntry.Admin1"/>; empty where the gazetteer cannot list them.
    /// </summary>
    IReadOnlyList<GazetteerEntry> PlacesIn(string iso2, string admin1) => [];

    /// <summary>
    /// Those of <see cref="PlacesIn(string, string)"/> whose folded name (<see cref="NameKey"/>) may start with
    /// <paramref name="initial"/>, in the same order: every one whose key does, and perhaps others (the caller still
    /// checks), so that a search among a province's places by first letter need not decode and fold them all.
    /// </summary>
    IReadOnlyList<GazetteerEntry> PlacesByInitial(string iso2, string admin1, char initial) => PlacesIn(iso2, admin1);

    /// <summary>
    /// The settlements and districts the gazetteer puts in any first-level unit of a country (<see cref="PlacesIn(string, string)"/>
    /// for each); empty where the gazetteer cannot list them.
    /// </summary>
    IReadOnlyList<GazetteerEntry> PlacesInCountry(string iso2) => [];
}

/// <summary>Folds a place name to the key every gazetteer indexes by: lower case, no diacritics, no article prefix, single spaces.</summary>
public static class NameKey
{
    public static string Of(string name) => TextFold.FoldName(name);

    public static string Of(ReadOnlySpan<char> name) => TextFold.FoldName(name);
}
