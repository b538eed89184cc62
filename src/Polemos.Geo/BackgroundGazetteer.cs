using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// A gazetteer that loads on a background thread from the moment the engine starts, so that normalisation,
/// tokenising and the text recognisers run while it loads; the first place lookup waits for it.
/// </summary>
public sealed class BackgroundGazetteer : IGazetteer
{
    private readonly Task<IGazetteer> _loading;

    public BackgroundGazetteer(Func<IGazetteer> load) => _loading = Task.Run(load);

    private IGazetteer Inner => _loading.GetAwaiter().GetResult();

    public int MaxNameTokens => Inner.MaxNameTokens;

    public IReadOnlyList<GazetteerEntry> Lookup(string key) => Inner.Lookup(key);

    public bool HasPrefix(string key) => Inner.HasPrefix(key);

    public GazetteerEntry? Country(string iso2) => Inner.Country(iso2);

    public string CountryName(string iso2) => Inner.CountryName(iso2);

    public GazetteerEntry? Admin1(string iso2, string admin1) => Inner.Admin1(iso2, admin1);

    public IReadOnlyList<GazetteerEntry> PlacesIn(string iso2, string admin1) => Inner.PlacesIn(iso2, admin1);

    public IReadOnlyList<GazetteerEntry> PlacesByInitial(string iso2, string admin1, char initial) => Inner.PlacesByInitial(iso2, admin1, initial);

    public IReadOnlyList<GazetteerEntry> PlacesInCountry(string iso2) => Inner.PlacesInCountry(iso2);
}
