using System.Buffers;
using System.Text.RegularExpressions;
using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// Decides the report's country, then ranks every toponym's gazetteer candidates and keeps the reasons:
/// the report's country, other places named in the text nearby, population and feature class. A Syrian
/// report's "Al Arqoub" does not land in Yemen.
/// </summary>
public sealed partial class GeocodeStage : IStage
{
    private readonly IGazetteer _gazetteer;

    public GeocodeStage(IGazetteer gazetteer) => _gazetteer = gazetteer;

    public string Name => "geocode";

    public IReadOnlyList<string> Requires => [Layers.Places, Layers.Actors, Layers.Concepts];

    public IReadOnlyList<string> Provides => [Layers.Geocoded, Layers.Context];

    public void Run(Document document)
    {
        var places = document.MentionsOf<PlaceMention>().Where(p => !p.Unknown).ToList();
        var candidates = places.ToDictionary(p => p, p => CountryWithItsArticle(document.Text, p, _gazetteer.Lookup(NameKey.Of(p.Name))));
        var spelt = document.MentionsOf<PlaceMention>().Where(p => p.Unknown && !p.Fragment)
            .ToDictionary(p => p, p => (IReadOnlyList<GazetteerEntry>)SpellingVariants.Lookup(_gazetteer, NameKey.Of(p.Name)).Where(e => e.Kind != FeatureKind.Country).ToList());
        var (theatre, nonStateTheatre, armies) = Theatre(document);
        var abroadTheatre = HeldTheatre(nonStateTheatre, places, candidates);
        var support = DecideCountry(document, places, candidates, spelt, theatre, abroadTheatre, armies, IsCapital);
        if (document.Context.CountryCode is null && NearAnArmysHome(places, candidates, armies) is var (near, evidence))
        {
            document.Context.CountryCode = near;
            document.Context.CountryEvidence = evidence;
            support.Add(near);
        }

        if (document.Context.CountryCode is null && OneHomeOfNamedGroups(document) is var (home, named))
        {
            document.Context.CountryCode = home;
            document.Context.CountryEvidence = named;
            support.Add(home);
        }

        string? country = document.Context.CountryCode;

        var context = ContextOf(places, candidates, country);
        var dropped = new HashSet<Mention>();
        foreach (var place in places)
        {
            var found = candidates[place];
            var ranked = CandidateRanker.Rank(found, NameKey.Of(place.Name), place.Role, context, withReasons: false);
            if (ranked.Count == 0 && OtherSpellingAtHome(place, found, country, context) is { Count: > 0 } variants)
            {
                found = variants;
                ranked = CandidateRanker.Rank(found, NameKey.Of(place.Name), place.Role, context, withReasons: false);
            }

            ranked = ProvinceNamedAsSuch(CityBeforeAliasAtHome(ProvinceBeforeAlias(document, CountryBeforeNamesake(ranked, place), place), place, country, context), place);
            place.Candidates = ranked;
            place.Entry = ranked.Count > 0 && (country is not null || Unambiguous(found, ranked[0].Entry, NameKey.Of(place.Name))) ? ranked[0].Entry : null;

            // Every candidate lies in another country (a village abroad that shares a common word's spelling, a
            // province of another country met without "province of"): the words are no place of this report. Unless a
            // place noun calls them a settlement ("Gumare village", "the village of X") of a report whose country is
            // known, none of them in a country the report names: a village the gazetteer lacks, which a place named
            // with it locates.
            if (ranked.Count == 0 && found.Count > 0 && !SettlementAtHome(document, place, found, country, context))
            {
                dropped.Add(place);
            }

            // A word of a longer name the gazetteer lacks ("Al Thawrah Hospital", "Hassan Dabouq") stays a place only
            // in a country that something else in the report names or implies, and in or beside a province it names.
            // Nor one outside every province the report names ("Salim [Naqil Hajar] (Qaatabah, Ad Dali)" is no Hajar of Hadramawt).
            if (Fragment(place, found) && (place.Entry is not { } entry || entry.CountryCode != country || !support.Contains(entry.CountryCode) ||
                                           InNamedProvinces([entry], context).Count == 0))
            {
                dropped.Add(place);
            }

            // The head of a longer capitalised name the gazetteer lacks ("workers of Paris Confectionery" in a report from
            // La Plata), whose place lies outside the report's country, which a place of the report supports that is no word
            // of a longer name ("in La Plata"): a word of a firm's or a building's name, not a place abroad.
            if (place.Continued && place.Entry is { } head && country is not null && head.CountryCode != country && head.Kind != FeatureKind.Country &&
                support.Contains(country) && CountryRestsOnAPlace(document, places))
            {
                dropped.Add(place);
            }

            // A bare word that only a small place bears ("Tea farmers protest", "Jubilee supporters", "Gang of youths")
            // stays a place only in the report's country, when something else in the report supports that country.
            if (BareAndSmall(place, found) && (place.Entry is not { } own || own.CountryCode != country || !support.Contains(own.CountryCode)))
            {
                dropped.Add(place);
            }

            // A small place far from every country the report's actors keep to, where nothing else in the report
            // supports its country ("Burkinabe soldiers executed seven men in the village of Ariel" is no settlement of
            // the West Bank): a namesake of a village the gazetteer lacks, whose name stays without a point.
            if (place.Entry is { } abroad && AbroadOfTheatre(found, abroadTheatre) && (abroad.CountryCode != country || !support.Contains(abroad.CountryCode)))
            {
                place.Entry = null;
            }

            // A village of unknown size outside every province the report names ("a village of Yinmarbin township (Sagaing
            // region)" is no namesake of Yangon): a namesake of a place the gazetteer lacks, a
            // place of unknown entry, which the province or a place set beside it locates.
            if (place.Entry is { Kind: FeatureKind.Village, Population: 0 } village && InNamedProvinces([village], context).Count == 0)
            {
                place.Entry = null;
            }
        }

        if (dropped.Count > 0)
        {
            document.Mentions.RemoveAll(dropped.Contains);
        }

        ResolveVariants(document, country, context, abroadTheatre);
        ProvincesInApposition(document);
    }

    /// <summary>
    /// Whether the place that decided the report's country is no word of a longer name, an organisation's or a building's
    /// ("at Nation Centre" decides no country against "Nairobi Aviation College").
    /// </summary>
    private static bool CountryRestsOnAPlace(Document document, List<PlaceMention> places) =>
        document.Context.CountryEvidence is { } evidence &&
        places.Exists(p => p.Span == evidence && !p.Continued && !p.Fragment && !p.Institution);

    /// <summary>
    /// A name set right after a place of its own province, behind a comma or a bracket ("Mahliyah, Marib", "Abs
    /// district (Hajjah)", "Al-Bab, Aleppo"), names that province rather than its namesake city: reports write a
    /// place's district and province after it. A city after a city of another province is the next of a list.
    /// </summary>
    private void ProvincesInApposition(Document document)
    {
        var places = document.MentionsOf<PlaceMention>().OrderBy(p => p.Span.Start).ToList();
        for (int k = 1; k < places.Count; k++)
        {
            var (inner, place) = (places[k - 1], places[k]);

            // A place set right before a province of its country, behind a comma or a bracket, is its namesake in that
            // province when the gazetteer has one ("Sobradinho, Distrito Federal" is not the larger Sobradinho of
            // Bahia): reports write a place's province after it to tell its namesakes apart.
            if (inner.Entry is { IsArea: false } chosen && place.Span.Start >= inner.Span.End &&
                ApposedGap().IsMatch(document.Text.AsSpan(inner.Span.End, place.Span.Start - inner.Span.End)) &&
                ApposedProvince(place, chosen.CountryCode) is { } written &&
                !SameName(chosen.Admin1, written.Name) &&
                OnlyOneIn(inner.Candidates, written) is { } inside)
            {
                inner.Entry = inside.Entry;
                inner.Candidates = Promote(inner.Candidates, inside);
            }

            // A village named like a province of the same country, set after a place of another province ("in Minas
            // Viejas, Guerrero"), is that province, as reports write a place's province after it.
            if (inner.Entry is { IsArea: false } other && place.Entry is { Kind: FeatureKind.Village } village && village.CountryCode == other.CountryCode &&
                !place.Settlement && place.Span.Start >= inner.Span.End &&
                ApposedGap().IsMatch(document.Text.AsSpan(inner.Span.End, place.Span.Start - inner.Span.End)) &&
                _gazetteer.Admin1(village.CountryCode, place.Name) is { } named && CalledSo(named, NameKey.Of(place.Name)) &&
                !string.Equals(NameKey.Of(village.Admin1 ?? ""), NameKey.Of(other.Admin1 ?? ""), StringComparison.Ordinal))
            {
                place.Entry = named;
                place.Candidates = place.Candidates.FirstOrDefault(c => c.Entry.Id == named.Id) is { } listed
                    ? Promote(place.Candidates, listed)
                    : [new PlaceCandidate(named, place.Candidates.Count > 0 ? place.Candidates[0].Score : 0, ["a province of the country, set after a place"]), .. place.Candidates];
                continue;
            }

            // A town of under 100,000 people set right before a province of its own country that is not its province and
            // lies more than 200 km from it, the province closing the place's name ("Rabiah, Diyala, Iraq", where the
            // gazetteer's only Rabiah lies in Ninewa), is a namesake the gazetteer lacks: the named province locates it,
            // not the town 400 km away. A town nearer is the town, its province written loosely (reports put Yusufiyah,
            // south of Baghdad, in the neighbouring "Babil"). Not a
            // province that a list goes on after ("in Baiji, Diyala and Anbar"), nor a district and province in a bracket
            // ("(Jilib, Middle Shabelle)"), where the district locates the place and the province may be miswritten. So too a
            // river, desert, valley or region the gazetteer puts in no province ("Dijlah, Saladin" is no point on the Tigris
            // at Mosul): the province locates the place of that name.
            if (inner.Entry is { Kind: not (FeatureKind.Country or FeatureKind.Admin1 or FeatureKind.Admin2) } small &&
                (small.Admin1 is not null ? !small.IsArea && small.Population < CandidateRanker.AbroadMinPopulation : small.Kind is FeatureKind.River or FeatureKind.Desert or FeatureKind.Valley or FeatureKind.Region) &&
                !place.Settlement && place.Span.Start >= inner.Span.End && !InBracket(document.Text, inner.Span.Start) &&
                ApposedGap().IsMatch(document.Text.AsSpan(inner.Span.End, place.Span.Start - inner.Span.End)) &&
                ClosesPlace(document.Text, place, k + 1 < places.Count ? places[k + 1] : null) &&
                ApposedProvince(place, small.CountryCode) is { } apposed &&
                (small.Admin1 is null || GeoMath.Km(small.Latitude, small.Longitude, apposed.Latitude, apposed.Longitude) > NamesakeAfarKm) &&
                !string.Equals(NameKey.Of(small.Admin1 ?? ""), NameKey.Of(apposed.Name), StringComparison.Ordinal) &&
                !inner.Candidates.Any(c => c.Entry is { IsArea: false, Admin1: { } a } e && e.CountryCode == apposed.CountryCode &&
                                           string.Equals(NameKey.Of(a), NameKey.Of(apposed.Name), StringComparison.Ordinal)))
            {
                inner.Entry = null;
                continue;
            }

            // The last name of a bracket after a place ("Chuadanga city (Chuadanga Sadar, Khulna)") is written after that
            // place as much as after the bracket's first name, which may be a name the gazetteer lacks.
            if (!NamesProvinceOf(document.Text, inner, place, apposed: false, out var e, out var province) &&
                !(ClosesBracket(document.Text, place) && BeforeBracket(document.Text, places, k) is { } outer &&
                  NamesProvinceOf(document.Text, outer, place, apposed: true, out e, out province)))
            {
                continue;
            }

            place.Entry = province;
            place.Candidates = place.Candidates.FirstOrDefault(c => ReferenceEquals(c.Entry, province)) is { } known
                ? Promote(place.Candidates, known)
                : [new PlaceCandidate(province, place.Candidates.Count > 0 ? place.Candidates[0].Score : 0, [$"the province of {e.Name}, named after it"]), .. place.Candidates];
        }
    }

    /// <summary>
    /// Whether <paramref name="place"/>, a settlement set right after <paramref name="inner"/> behind a comma or a bracket
    /// (or, with <paramref name="apposed"/>, closing a bracket set after it), carries the name of the province the
    /// gazetteer puts <paramref name="inner"/> in: that province.
    /// </summary>
    private bool NamesProvinceOf(string text, PlaceMention inner, PlaceMention place, bool apposed, out GazetteerEntry e, out GazetteerEntry province)
    {
        e = null!;
        province = null!;
        if (inner.Entry is not { Admin1: { } admin1 } entry || entry.Kind is FeatureKind.Country or FeatureKind.Admin1 ||
            place.Entry is not { IsArea: false } || place.Settlement || place.Span.Start < inner.Span.End ||
            !(apposed || ApposedGap().IsMatch(text.AsSpan(inner.Span.End, place.Span.Start - inner.Span.End)) || AreaInPlace(text, inner, place)) ||
            _gazetteer.Admin1(entry.CountryCode, place.Name) is not { } named ||
            !string.Equals(NameKey.Of(named.Name), NameKey.Of(admin1), StringComparison.Ordinal))
        {
            return false;
        }

        (e, province) = (entry, named);
        return true;
    }

    /// <summary>
    /// Whether a place written with its noun of an area is followed by another that a marker of place introduces, with
    /// nothing else between them ("in Jaghuri district in Ghazni"): reports write so the province that holds a district.
    /// </summary>
    private static bool AreaInPlace(string text, PlaceMention inner, PlaceMention place) =>
        inner.AreaNounAfter && place.Role == PlaceRole.At && place.MarkerSpan is { } marker && marker.Start >= inner.Span.End &&
        AreaNounOnly().IsMatch(text.AsSpan(inner.Span.End, marker.Start - inner.Span.End));

    /// <summary>One word, the area's noun, between a place and the marker of the next.</summary>
    [GeneratedRegex(@"^\s*\p{L}+\s*$")]
    private static partial Regex AreaNounOnly();

    /// <summary>The place written right before the bracket that the place at <paramref name="k"/> closes, if one is.</summary>
    private static PlaceMention? BeforeBracket(string text, List<PlaceMention> places, int k)
    {
        int open = text.LastIndexOf('(', places[k].Span.Start);
        for (int j = k - 1; j >= 0 && open >= 0; j--)
        {
            if (places[j].Span.End <= open)
            {
                return ApposedGap().IsMatch(text.AsSpan(places[j].Span.End, open + 1 - places[j].Span.End)) ? places[j] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The province of a country that a name set after a place names: the province the name was read as, or the
    /// province called by that very name ("Diyala" read as the city of Baqubah's province).
    /// </summary>
    private GazetteerEntry? ApposedProvince(PlaceMention place, string countryCode) =>
        place.Entry is { Kind: FeatureKind.Admin1 } read && read.CountryCode == countryCode ? read :
        _gazetteer.Admin1(countryCode, place.Name) is { } named && CalledSo(named, NameKey.Of(place.Name)) ? named : null;

    /// <summary>
    /// Whether a name ends the place it is written after: the sentence or a bracket closes right after it, or only a
    /// comma and a country follow it ("Diyala, Iraq"), not "and" or a further name of a list.
    /// </summary>
    private static bool ClosesPlace(string text, PlaceMention place, PlaceMention? next)
    {
        var after = text.AsSpan(place.Span.End);
        if (PlaceClosed().IsMatch(after))
        {
            return true;
        }

        // A comma, after the area's noun if one is written ("Kamyanka, Kharkiv oblast, causing damage"), with no further
        // name before the sentence ends: the clause goes on about the place, no list of places does.
        if (CommaAfter().IsMatch(after) &&
            (next is null || next.Span.Start < place.Span.End || text.AsSpan(place.Span.End, next.Span.Start - place.Span.End).IndexOfAny(SentenceEnds) >= 0))
        {
            return true;
        }

        return next is { Entry.Kind: FeatureKind.Country } country && country.Span.Start >= place.Span.End &&
               CommaOnly().IsMatch(text.AsSpan(place.Span.End, country.Span.Start - place.Span.End));
    }

    /// <summary>What ends a sentence or a clause of a list.</summary>
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".;");

    /// <summary>A comma right after a name, or after one lower-case word (an area's noun: "oblast", "province").</summary>
    [GeneratedRegex(@"^\s*(?:\p{Ll}+\s*)?,")]
    private static partial Regex CommaAfter();

    /// <summary>Whether a position lies inside a bracket that opens before it and is not closed before it.</summary>
    private static bool InBracket(string text, int at) =>
        text.LastIndexOf('(', Math.Max(0, at - 1)) is int open && open >= 0 && open > text.LastIndexOf(')', Math.Max(0, at - 1));

    /// <summary>A full stop, a semicolon, a closing bracket or the end of the text right after a name.</summary>
    [GeneratedRegex(@"^\s*(?:[.;)]|$)")]
    private static partial Regex PlaceClosed();

    /// <summary>Only a comma between two names.</summary>
    [GeneratedRegex(@"^\s*,\s*$")]
    private static partial Regex CommaOnly();

    /// <summary>An Arabic article in lower case, right before a name ("in el Mina", "al-Hasakeh").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(al|el|an|ad|ar|as|ash|at|az)[\s-]$")]
    private static partial Regex ArticleBefore();

    /// <summary>
    /// Whether a name is the last of a bracket that follows a name ("Boula (Coalla, Gnagna)", "Kaxda (Banadir)"): the
    /// bracket holds only names and commas, and a word stands right before it.
    /// </summary>
    private static bool ClosesBracket(string text, PlaceMention p) =>
        BracketClose().IsMatch(text.AsSpan(p.Span.End, Math.Min(4, text.Length - p.Span.End))) &&
        BracketOpen().IsMatch(text.AsSpan(Math.Max(0, p.Span.Start - MaxBracketLead), Math.Min(MaxBracketLead, p.Span.Start)));

    /// <summary>How many characters of a bracket may stand before its last name.</summary>
    private const int MaxBracketLead = 60;

    /// <summary>A closing bracket right after a name.</summary>
    [GeneratedRegex(@"^\s*\)")]
    private static partial Regex BracketClose();

    /// <summary>A word, an opening bracket and any names each followed by a comma, up to the last name.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]\s*\(\s*(?:[^(),.;:]+,\s*)*$")]
    private static partial Regex BracketOpen();

    /// <summary>What may stand between a place and its province: a comma or an opening bracket, after at most one lower-case word ("district (").</summary>
    [GeneratedRegex(@"^\s*(?:\p{Ll}+\s*)?[,(]\s*$")]
    private static partial Regex ApposedGap();

    /// <summary>
    /// A country's name that is also the name of one of its cities or provinces ("México", "Kuwait", "Djibouti",
    /// "Guatemala") names the country, unless a place noun calls it a settlement ("the city of Kuwait") or a marker a
    /// province ("the department of Guatemala").
    /// </summary>
    private static IReadOnlyList<PlaceCandidate> CountryBeforeNamesake(IReadOnlyList<PlaceCandidate> ranked, PlaceMention place)
    {
        if (ranked.Count < 2 || ranked[0].Entry.Kind == FeatureKind.Country || place.Settlement || place.Role == PlaceRole.Region)
        {
            return ranked;
        }

        return Promote(ranked, ranked.FirstOrDefault(c => c.Entry.Kind == FeatureKind.Country && c.Entry.CountryCode == ranked[0].Entry.CountryCode));
    }

    /// <summary>
    /// A province's own name ("Al Jawf") names the province rather than a settlement that only carries that name among
    /// its alternate names ("Jawf al Maqbābah", a town of another province), however populous the settlement, unless
    /// a place noun calls it a settlement ("Idlib city"). The province's own seat, spelt otherwise in the gazetteer
    /// ("Vinnytsya" for "Vinnytsia"), stays first where a marker of place sets the name alone ("protested in
    /// Vinnytsia"): the name is the city's as much as the province's. In a bracket, beside a province's noun or as
    /// the container of a place right before its marker ("Ras al Ain in al-Hasakeh") it is the province still.
    /// </summary>
    private static IReadOnlyList<PlaceCandidate> ProvinceBeforeAlias(Document document, IReadOnlyList<PlaceCandidate> ranked, PlaceMention place)
    {
        string key = NameKey.Of(place.Name);
        if (ranked.Count < 2 || place.Settlement || ranked[0].Entry.IsArea || CalledSo(ranked[0].Entry, key))
        {
            return ranked;
        }

        var top = ranked[0].Entry;
        bool seat = place.MarkerSpan is { } marker && !place.Apposed && !place.ProvinceNoun && !PlaceEndsBefore(document, marker.Start);
        return Promote(ranked, ranked.FirstOrDefault(c => c.Entry.Kind == FeatureKind.Admin1 && c.Entry.CountryCode == top.CountryCode && CalledSo(c.Entry, key) &&
                                                          !(seat && SameName(top.Admin1, c.Entry.Name) && top.Kind is FeatureKind.City or FeatureKind.Town)));
    }

    /// <summary>
    /// "In Idlib province", "the province of Kirkuk": a name written with a noun of a province or a region, whose first
    /// candidate is a settlement of the province that bears the name (its seat, as a rule), names the province, at a
    /// province's precision: the words say the event's place is somewhere in it, not in its city.
    /// </summary>
    private IReadOnlyList<PlaceCandidate> ProvinceNamedAsSuch(IReadOnlyList<PlaceCandidate> ranked, PlaceMention place)
    {
        if (ranked.Count == 0 || place.Settlement || !place.ProvinceNoun || ranked[0].Entry is not { IsArea: false } top)
        {
            return ranked;
        }

        if (ranked.FirstOrDefault(c => c.Entry.Kind == FeatureKind.Admin1 && Within(top, c.Entry)) is { } named)
        {
            return Promote(ranked, named);
        }

        // A name the gazetteer knows only for the seat, in a script the province's names lack ("в провинции Идлиб"):
        // the province called by the seat's own name, else the seat's own province where its point is the seat. A capital
        // that is a province of its own ("Kyiv City") gives way to the province named after it ("Київська область").
        foreach (var (unit, own) in ((string? Unit, bool Own)[])[(top.Name, false), (top.Admin1, true)])
        {
            if (unit is null)
            {
                continue;
            }

            string key = NameKey.Of(unit);
            foreach (var e in _gazetteer.Lookup(key))
            {
                if (e.Kind == FeatureKind.Admin1 && e.CountryCode == top.CountryCode && CalledSo(e, key) &&
                    (!own || GeoMath.Km(e.Latitude, e.Longitude, top.Latitude, top.Longitude) <= SeatKm))
                {
                    return [new PlaceCandidate(e, ranked[0].Score, ["the province whose seat the name calls, named with a noun of a province"]), .. ranked];
                }
            }
        }

        return ranked;
    }

    /// <summary>How far from a province's point (its seat) a city may lie to be that seat (km).</summary>
    private const double SeatKm = 10;

    /// <summary>
    /// A city of a million people called by its own name ("Kabul") names that city rather than a village or town of
    /// the report's country that carries the name only among its alternate names (a Missouri village GeoNames also
    /// spells "Kabul"), whatever country the rest of the report suggests; not when the report names the province of
    /// that village ("Riyadh, Kirkuk" is the Iraqi town).
    /// </summary>
    private static IReadOnlyList<PlaceCandidate> CityBeforeAliasAtHome(IReadOnlyList<PlaceCandidate> ranked, PlaceMention place, string? country, GeoContext context)
    {
        string key = NameKey.Of(place.Name);
        if (ranked.Count < 2 || country is null || ranked[0].Entry is not { IsArea: false } top || top.CountryCode != country ||
            top.Population >= CandidateRanker.AbroadMinPopulation || CalledSo(top, key) ||
            context.Areas.Any(a => a.Kind == FeatureKind.Admin1 && Within(top, a)))
        {
            return ranked;
        }

        return Promote(ranked, ranked.FirstOrDefault(c => c.Entry is { IsArea: false } e && e.CountryCode != country &&
                                                          e.Population >= CandidateRanker.AbroadUnnamedMinPopulation && CalledSo(e, key)));
    }

    /// <summary>The ranking with <paramref name="first"/> moved to the top, or unchanged when it is null.</summary>
    private static IReadOnlyList<PlaceCandidate> Promote(IReadOnlyList<PlaceCandidate> ranked, PlaceCandidate? first) =>
        first is null ? ranked : [first, .. ranked.Where(c => !ReferenceEquals(c, first))];

    /// <summary>Whether the entry's own name, not only one of its alternate names, folds to the key.</summary>
    private static bool CalledSo(GazetteerEntry e, string key) => TsvGazetteer.IndexedUnder(e.Name, key);

    /// <summary>
    /// A name recognised by its context but absent from the gazetteer as written ("in Quamishli city") may be another
    /// transliteration of a place of the report's country: it takes the best such place, never one abroad. In a report
    /// whose country is unknown it takes one only when all its variants' places lie in one country and the best is a
    /// town or larger: a village's spelling is too easily another village's elsewhere. Nor a small place far from every
    /// country the report's groups act in (<paramref name="abroadTheatre"/>).
    /// </summary>
    private void ResolveVariants(Document document, string? country, GeoContext context, List<GazetteerEntry> abroadTheatre)
    {
        List<PlaceMention>? unfound = null;
        foreach (var place in document.MentionsOf<PlaceMention>().Where(p => p.Unknown && p.Entry is null))
        {
            string key = NameKey.Of(place.Name);
            var found = VariantsIn(key, country, context);
            if (found.Count == 0 && country is not null && InLatinLetters(place, NameKey.Of(place.Name.Replace('\u0649', '\u0627')), country, context) is { } latin)
            {
                found = [latin];
            }

            // A name set before its province ("(Bulo Burto, Hiraan)", "Basira, Deir-ez-Zor"): another spelling of a place
            // of that province, which may then locate a village named before it ("Gumare village (Bulo Burto, Hiraan)").
            // Not a name an area noun follows ("Pyinoolwin district"): a division, whose seat may lie far from the place.
            if (found.Count == 0 && country is not null && !place.AreaNounAfter && ProvinceRightAfter(document, place, country) is { } province &&
                OtherSpelling.InProvince(_gazetteer, country, province.Name, key) is { } spelled)
            {
                found = [spelled];
            }

            // A guess far from every country the report's groups act in ("JNIM militants … in the village of Selbo") is
            // a namesake of a village the gazetteer lacks, not that village.
            if (abroadTheatre.Count > 0 && found.Count > 0)
            {
                found = found.Where(e => Prominent(e) || InAbroadTheatre(e, abroadTheatre)).ToList();
            }

            if (found.Count == 0)
            {
                // A word after an administrative unit's noun that names no district is no place ("منطقة عسكرية").
                if (place.DistrictNoun)
                {
                    (unfound ??= []).Add(place);
                }

                continue;
            }

            var ranked = CandidateRanker.Rank(found, key, place.Role, context, withReasons: false);
            place.Candidates = ranked;
            place.Entry = ranked.Count > 0 && (country is not null || PlacesAlone(found, ranked[0].Entry)) ? ranked[0].Entry : null;
            if (place.DistrictNoun && place.Entry is null)
            {
                (unfound ??= []).Add(place);
            }
        }

        if (unfound is not null)
        {
            document.Mentions.RemoveAll(m => m is PlaceMention p && unfound.Contains(p));
        }
    }

    /// <summary>
    /// Whether a name a place noun calls a settlement, in a report of known country, names a settlement of that country
    /// the gazetteer lacks rather than one of its namesakes abroad: none of them an area or in a country the report names,
    /// and no capitalised word goes on after it ("Colonia Camino Verde" is no place called Camino).
    /// </summary>
    private static bool SettlementAtHome(Document document, PlaceMention place, IReadOnlyList<GazetteerEntry> found, string? country, GeoContext context) =>
        country is not null && place.Settlement && !place.Fragment && !place.Continued &&
        !CapitalisedNext().IsMatch(document.Text.AsSpan(place.Span.End)) &&
        found.All(e => !e.IsArea && !context.NamedCountries.Contains(e.CountryCode, StringComparer.Ordinal));

    /// <summary>A capitalised word right after a name, behind spaces only.</summary>
    [GeneratedRegex(@"^[ \t]+\p{Lu}")]
    private static partial Regex CapitalisedNext();

    /// <summary>
    /// The province of <paramref name="country"/> named right after a place, behind a comma or an opening bracket ("X,
    /// Hiraan", "X (Hiraan)", "X district (Hiraan)"), or as the second name of the place's bracket ("(X, Hiraan)"); null
    /// when the next place is none such.
    /// </summary>
    private static GazetteerEntry? ProvinceRightAfter(Document document, PlaceMention place, string country)
    {
        PlaceMention? next = null;
        foreach (var p in document.MentionsOf<PlaceMention>())
        {
            if (p.Span.Start >= place.Span.End && (next is null || p.Span.Start < next.Span.Start))
            {
                next = p;
            }
        }

        return next?.Entry is { Kind: FeatureKind.Admin1 } province && province.CountryCode == country &&
               ApposedGap().IsMatch(document.Text.AsSpan(place.Span.End, next.Span.Start - place.Span.End))
            ? province
            : null;
    }

    /// <summary>
    /// The place an Arabic-script name the gazetteer lacks in Arabic letters names, found by its Latin spelling ("مديرية
    /// نهم" is the district Nihm, "قرية X" a village the gazetteer knows only as a transliteration): the one entry of the
    /// report's country, in a province the report names when it names one, whose Latin consonant skeleton
    /// (<see cref="SpellingVariants.Skeleton"/>) is one of the name's (<see cref="SpellingVariants.ArabicSkeletons"/>) and whose
    /// vowels agree with the long vowels the Arabic writes (<see cref="SpellingVariants.ArabicVowelsAgree"/>: the adjective
    /// "جبلية" is not the town Jiblah; the alif maqsura is read as an alif, "مصطفى" as Mustafa). After an
    /// administrative unit's noun only districts count, after a place noun only settlements; a district and its seat of
    /// one name, or two entries nearer than <see cref="SameSpotKm"/>, are one place. Skeletons of fewer than
    /// <see cref="SpellingVariants.MinSkeletonLength"/> letters tell only a district among a named province's few.
    /// Null when the name is no Arabic-script one, or none or several places match.
    /// </summary>
    private GazetteerEntry? InLatinLetters(PlaceMention place, string key, string country, GeoContext context)
    {
        var skeletons = SpellingVariants.ArabicSkeletons(key, SpellingVariants.MinDistrictSkeletonLength);
        if (skeletons.Count == 0)
        {
            return null;
        }

        var provinces = context.Areas.Where(a => a.CountryCode == country).Select(a => a.Kind == FeatureKind.Admin1 ? a.Name : a.Admin1)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var scope = provinces.Count > 0 ? provinces.SelectMany(p => _gazetteer.PlacesIn(country, p)) : _gazetteer.PlacesInCountry(country);
        GazetteerEntry? found = null;
        foreach (var e in scope)
        {
            if ((e.Kind == FeatureKind.Admin2) != place.DistrictNoun ||
                SpellingVariants.Skeleton(NameKey.Of(e.Name), SpellingVariants.MinDistrictSkeletonLength) is not { } skeleton ||
                !skeletons.Contains(skeleton, StringComparer.Ordinal) || !SpellingVariants.ArabicVowelsAgree(key, e.Name) ||
                (skeleton.Length < SpellingVariants.MinSkeletonLength && (provinces.Count == 0 || e.Kind != FeatureKind.Admin2)))
            {
                continue;
            }

            if (found is not null && found.Id != e.Id && GeoMath.Km(found.Latitude, found.Longitude, e.Latitude, e.Longitude) > SameSpotKm)
            {
                return null;
            }

            found ??= e;
        }

        return found;
    }

    /// <summary>Two entries of one skeleton nearer than this are one place (km).</summary>
    private const double SameSpotKm = 10;

    /// <summary>
    /// A spelling guess must agree with the provinces the report names: "Hole camp in al-Hasakeh" is no village of
    /// Homs that another transliteration of "Hole" finds. None of the entries when the report names provinces and
    /// none lies in one or within <see cref="BesideProvinceKm"/> of its seat; else all of them, which the ranking
    /// orders (a report may name the neighbouring province of a town on its border).
    /// </summary>
    private static List<GazetteerEntry> InNamedProvinces(List<GazetteerEntry> found, GeoContext context)
    {
        var provinces = context.Areas.Where(a => a.Kind == FeatureKind.Admin1).ToList();
        return provinces.Count == 0 || found.Any(e => provinces.Any(p => Within(e, p))) ? found : [];
    }

    /// <summary>
    /// The one settlement among a name's candidates that lies in a province, or null when none or several distinct ones
    /// do (two villages of the name in the province: the province alone tells them apart no better than before).
    /// </summary>
    private static PlaceCandidate? OnlyOneIn(IReadOnlyList<PlaceCandidate> candidates, GazetteerEntry province)
    {
        PlaceCandidate? only = null;
        foreach (var c in candidates)
        {
            if (c.Entry is not { IsArea: false } e || e.CountryCode != province.CountryCode || !SameName(e.Admin1, province.Name))
            {
                continue;
            }

            if (only is not null && GeoMath.Km(only.Entry.Latitude, only.Entry.Longitude, e.Latitude, e.Longitude) > SameSpotKm)
            {
                return null;
            }

            only ??= c;
        }

        return only;
    }

    /// <summary>Whether an admin name (null when unknown) folds to the same key as a province's name.</summary>
    private static bool SameName(string? admin, string name) =>
        admin is not null && string.Equals(NameKey.Of(admin), NameKey.Of(name), StringComparison.Ordinal);

    /// <summary>Whether a place's name ends right before the token at <paramref name="offset"/> ("X | in Y").</summary>
    private static bool PlaceEndsBefore(Document document, int offset)
    {
        int token = document.TokenIndexAt(offset);
        return document.MentionsOf<PlaceMention>().Any(q => q.Span.End <= offset && document.TokenIndexAt(q.Span.End) == token);
    }

    private static bool Within(GazetteerEntry e, GazetteerEntry province) =>
        e.CountryCode == province.CountryCode &&
        ((e.Admin1 is not null && string.Equals(NameKey.Of(e.Admin1), NameKey.Of(province.Name), StringComparison.Ordinal)) ||
         GeoMath.Km(e.Latitude, e.Longitude, province.Latitude, province.Longitude) <= BesideProvinceKm);

    /// <summary>How far from the province written after it a town must lie to be taken for a namesake the gazetteer lacks (km).</summary>
    private const double NamesakeAfarKm = 200;

    /// <summary>How far from a named province's seat a spelling guess may lie and still agree with it (km).</summary>
    private const double BesideProvinceKm = 100;

    /// <summary>
    /// For a name that a marker makes a place ("near Karama", "in Mansura city") and whose every namesake lies abroad:
    /// the places of the report's country that another transliteration finds ("Mansura" is Egyptian as written, "Al
    /// Mansurah" of Ar-Raqqa), as for a name the gazetteer lacks. Without a marker a common noun ("Steine") would become
    /// a village; a word of a longer name ("Daoudiyet Mala") would become a wrong one; a region's or a province's name
    /// abroad ("Jazirah") may mean that area (a district abroad is only its seat town's namesake). Empty when none of this applies.
    /// </summary>
    private List<GazetteerEntry> OtherSpellingAtHome(PlaceMention place, IReadOnlyList<GazetteerEntry> found, string? country, GeoContext context) =>
        found.Count > 0 && country is not null && place.MarkerSpan is not null && !place.Fragment && !found.Any(e => e.IsArea && e.Kind != FeatureKind.Admin2)
            ? VariantsIn(NameKey.Of(place.Name), country, context)
            : [];

    /// <summary>The places other spellings of a folded name find, in the given country when one is known and in a province the report names when it names one; never a country.</summary>
    private List<GazetteerEntry> VariantsIn(string key, string? country, GeoContext context) =>
        InNamedProvinces(SpellingVariants.Lookup(_gazetteer, key).Where(e => (country is null || e.CountryCode == country) && e.Kind != FeatureKind.Country).ToList(), context);

    /// <summary>Whether a variant's best place may stand without a known country: a town or larger, its country the only one among the variants' places.</summary>
    private static bool PlacesAlone(IReadOnlyList<GazetteerEntry> found, GazetteerEntry best) =>
        (best.Kind is FeatureKind.City or FeatureKind.Town or FeatureKind.Admin1 or FeatureKind.Admin2 || best.Population >= MinAlonePopulation) &&
        found.All(e => e.CountryCode == best.CountryCode);

    /// <summary>A variant's place of at least this population may stand in a report of unknown country, whatever its feature class.</summary>
    private const long MinAlonePopulation = 10_000;

    /// <summary>
    /// In a report whose country is unknown, a name places an event only when it cannot be in another country by
    /// chance: all its entries lie in one country, or the best is a country or a city of a million called by its own
    /// name: "Bethlehem" found as an alternate name of Belém, Brazil, is no place of a report about the West Bank town.
    /// A wrong country is worse than no place.
    /// </summary>
    private static bool Unambiguous(IReadOnlyList<GazetteerEntry> found, GazetteerEntry best, string key) =>
        best.Kind == FeatureKind.Country || (best.Population >= CandidateRanker.AbroadUnnamedMinPopulation && CalledSo(best, key)) ||
        found.All(e => e.CountryCode == best.CountryCode);

    /// <summary>
    /// The report's geography for ranking: places with a single candidate in the report's country (anchors) and the
    /// provinces and districts of that country it names.
    /// </summary>
    public static GeoContext ContextOf(IEnumerable<PlaceMention> places, IReadOnlyDictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates, string? country)
    {
        var anchors = new List<GazetteerEntry>();
        var areas = new List<GazetteerEntry>();
        foreach (var p in places)
        {
            var c = candidates[p];
            if (c.Count == 1 && !c[0].IsArea && c[0].CountryCode == country && !anchors.Contains(c[0]))
            {
                anchors.Add(c[0]);
            }

            for (int i = 0; i < c.Count; i++)
            {
                var e = c[i];
                if (e.Kind is FeatureKind.Admin1 or FeatureKind.Admin2 && e.CountryCode == country && !areas.Contains(e))
                {
                    areas.Add(e);
                }
            }
        }

        var named = places.SelectMany(p => candidates[p]).Where(e => e.Kind == FeatureKind.Country).Select(e => e.CountryCode).Distinct(StringComparer.Ordinal).ToList();
        return new GeoContext(country, anchors, areas) { NamedCountries = named };
    }

    /// <summary>
    /// How much a name that may be this entry says about the report's country: a country name most, a province or a
    /// city fully, a town half, a village (of which a world gazetteer holds a namesake for many common words) little.
    /// </summary>
    private static double Prominence(GazetteerEntry e) => e.Kind switch
    {
        FeatureKind.Country => 2,
        FeatureKind.Admin1 or FeatureKind.City => 1,
        _ when e.Population >= CandidateRanker.AbroadMinPopulation => 1,
        FeatureKind.Town or FeatureKind.Camp or FeatureKind.Crossing or FeatureKind.Region or FeatureKind.Desert or FeatureKind.Valley or FeatureKind.River => 0.5,
        _ => 0.25,
    };

    /// <summary>
    /// A name written with its Arabic article ("el Mina", the article in lower case before the name or inside it) votes
    /// for the entries whose own names carry it as written (the Lebanese town "El Mina"), when there are any, rather than
    /// for every namesake the article-less key finds ("Mina" in Mexico, "Minot" in the United States).
    /// </summary>
    private static IReadOnlyList<GazetteerEntry> WrittenWithArticle(string text, PlaceMention p, IReadOnlyList<GazetteerEntry> candidates)
    {
        string name = WithArticleBefore(text, p);
        string written = TextFold.FoldName(name, dropArticles: false);
        if (candidates.Count < 2 || string.Equals(written, NameKey.Of(name), StringComparison.Ordinal))
        {
            return candidates;
        }

        var exact = candidates.Where(e => string.Equals(TextFold.FoldName(e.Name, dropArticles: false), written, StringComparison.Ordinal)).ToList();
        return exact.Count > 0 ? exact : candidates;
    }

    /// <summary>
    /// A country whose name carries an article ("El Salvador") is the place only where the text writes the article: "um
    /// homem foi baleado em Salvador" is Brazil's city of 2.7 million, which the key without the article also finds.
    /// </summary>
    private static IReadOnlyList<GazetteerEntry> CountryWithItsArticle(string text, PlaceMention p, IReadOnlyList<GazetteerEntry> found)
    {
        bool articled = false;
        foreach (var e in found)
        {
            articled |= e.Kind == FeatureKind.Country && CarriesArticle(e.Name);
        }

        if (!articled || !LatinScript(p.Name))
        {
            return found;
        }

        string written = TextFold.FoldName(WithArticleBefore(text, p), dropArticles: false);
        return [.. found.Where(e => e.Kind != FeatureKind.Country || !CarriesArticle(e.Name) ||
                                    string.Equals(TextFold.FoldName(e.Name, dropArticles: false), written, StringComparison.Ordinal))];
    }

    /// <summary>The place's name with the article written in lower case right before it, if any ("el Mina").</summary>
    private static string WithArticleBefore(string text, PlaceMention p)
    {
        int from = Math.Max(0, p.Span.Start - 8);
        return ArticleBefore().Match(text, from, p.Span.Start - from) is { Success: true } article ? article.Groups[1].Value + " " + p.Name : p.Name;
    }

    /// <summary>Whether a name begins with an article that its key drops ("El Salvador").</summary>
    private static bool CarriesArticle(string name) =>
        !string.Equals(TextFold.FoldName(name, dropArticles: false), TextFold.FoldName(name), StringComparison.Ordinal);

    /// <summary>Whether a province or district entry is the one a settlement lies in.</summary>
    private static bool Contains(GazetteerEntry province, GazetteerEntry place) =>
        province.CountryCode == place.CountryCode &&
        (province.Kind == FeatureKind.Admin1 ? string.Equals(NameKey.Of(province.Name), NameKey.Of(place.Admin1!), StringComparison.Ordinal)
         : province.Kind == FeatureKind.Admin2 && place.Kind != FeatureKind.Admin2 && place.Admin2 is not null && place.Admin1 is not null &&
           SameName(province.Admin1, place.Admin1) && string.Equals(NameKey.Of(province.Name), NameKey.Of(place.Admin2), StringComparison.Ordinal));

    /// <summary>
    /// How much of its prominence a settlement found only by one of its alternate names keeps in the country vote, when
    /// the name is written in Latin letters as the gazetteer's own names are ("Boni" is an alternate of Bonn, "Lassa"
    /// of Lhasa): a namesake called so by its own name says more of the country. A province keeps all of it ("Suqutra").
    /// </summary>
    private const double AlternateProminence = 0.5;

    /// <summary>
    /// The population of the largest settlement a name finds by its own name: 0 when it finds none so, and
    /// <see cref="long.MaxValue"/> when one of them is of unknown size (a village the supplement adds because reports
    /// name it is dwarfed by nothing).
    /// </summary>
    private static long LargestCalledSo(IReadOnlyList<GazetteerEntry> candidates, string key)
    {
        long largest = 0;
        foreach (var e in candidates)
        {
            if (!e.IsArea && CalledSo(e, key))
            {
                largest = e.Population <= 0 ? long.MaxValue : Math.Max(largest, e.Population);
            }
        }

        return largest;
    }

    /// <summary>
    /// Whether a city found by an alternate spelling is so much larger than every namesake called so that the name is its
    /// exonym rather than the namesake's own: "Odessa" is Ukraine's port of a million, written as the press long wrote
    /// it, before the Texan town of 119,000 whose name it is. It decides a tie of the country vote only: in the vote
    /// itself the name still weighs less for the city it is an alternate of ("Pensa", a Burkinabe town, is not Penza's
    /// Russia). Only another spelling of the city's own name
    /// (<see cref="SpeltAlike"/>), not a translation: "Bethlehem" among the alternate names of Belém is the Portuguese
    /// city's meaning, not how the press writes it.
    /// </summary>
    private static bool Dwarfs(GazetteerEntry e, string key, long calledSo) =>
        e.Population >= MinExonymPopulation && calledSo <= e.Population / ExonymRatio && !CalledSo(e, key) && SpeltAlike(key, NameKey.Of(e.Name));

    /// <summary>
    /// Whether two name keys are spellings of one name: at most one edit in three letters apart ("odessa" and "odesa",
    /// "kharkov" and "kharkiv"), counted by the Levenshtein distance.
    /// </summary>
    private static bool SpeltAlike(string a, string b)
    {
        int allowed = Math.Max(1, Math.Max(a.Length, b.Length) / 3);
        if (Math.Abs(a.Length - b.Length) > allowed)
        {
            return false;
        }

        Span<int> row = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(above, row[j - 1]) + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length] <= allowed;
    }

    /// <summary>The least population of a city whose alternate spelling wins a tied country vote (<see cref="Dwarfs"/>).</summary>
    private const long MinExonymPopulation = 500_000;

    /// <summary>How many times larger than every namesake called so such a city must be.</summary>
    private const long ExonymRatio = 5;

    /// <summary>Whether a name's letters are all Latin (the gazetteer writes its own names so; other scripts are alternates).</summary>
    private static bool LatinScript(string name)
    {
        foreach (char ch in name)
        {
            if (char.IsLetter(ch) && ch > LastLatinLetter)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last code point of the Latin Extended-B block.</summary>
    private const char LastLatinLetter = '\u024F';

    /// <summary>What a place and the province set after it add to their country's vote: a province's worth.</summary>
    private const double ContainedVote = 1;

    /// <summary>How many characters may stand between a place and the province named after it (" countryside in ").</summary>
    private const int MaxContainerGap = 24;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(".;:!?\n");

    /// <summary>The least vote that decides a report's country: one village that no other country's place shares.</summary>
    private const double MinCountryVote = 0.25;

    /// <summary>
    /// The least vote that places and actors (not modifiers) must give a country for it to be the report's: an army's
    /// nationality, a little less than one unambiguous village.
    /// </summary>
    private const double MinSupportVote = 0.2;

    /// <summary>
    /// Whether a word of grievance (what a crowd demands, protests against or mourns) stands before the place in its
    /// sentence, after another place of the sentence.
    /// </summary>
    private static bool GrievanceAfterPlace(Document document, List<PlaceMention> places, List<int> grievances, PlaceMention p)
    {
        if (grievances.Count == 0)
        {
            return false;
        }

        int sentence = document.SentenceIndexAt(p.Span.Start);
        return grievances.Any(g => g < p.Span.Start && document.SentenceIndexAt(g) == sentence &&
                                   places.Any(q => q.Span.End <= g && document.SentenceIndexAt(q.Span.Start) == sentence));
    }

    /// <summary>How much a country named as a modifier votes, against one named as a place.</summary>
    private const double AttributiveWeight = 0.25;

    /// <summary>
    /// A country named as a modifier or a subject rather than as a place ("the high US dollar exchange rate", "Turkey
    /// shelled"): a country among its candidates (a village abroad may share the name), no place marker before it, and a
    /// lower-case content word right after it (<see cref="PlaceMention.BeforeContentWord"/>), or an article between the
    /// marker and the name ("on a Turkey backed patrol": <see cref="PlaceMention.Modifier"/>).
    /// </summary>
    private static bool Attributive(PlaceMention p, IReadOnlyList<GazetteerEntry> candidates) =>
        (p.Modifier || (p.MarkerSpan is null && p.BeforeContentWord)) && candidates.Any(e => e.Kind == FeatureKind.Country);

    /// <summary>
    /// A word of a longer name, or the name an organisation or a building carries ("Byblos Bank"), that may be a place
    /// only by chance: neither a country, a province nor a city of a million ("Aydin Governorship", "Aleppo
    /// International Airport" keep their place).
    /// </summary>
    private static bool Fragment(PlaceMention p, IReadOnlyList<GazetteerEntry> candidates) =>
        (p.Fragment || p.Institution) && !candidates.Any(e => e.Kind is FeatureKind.Country or FeatureKind.Admin1 || e.Population >= CandidateRanker.AbroadUnnamedMinPopulation);

    /// <summary>
    /// A bare word (<see cref="PlaceMention.Bare"/>) whose every candidate is a small place: no country, no province and
    /// no town of <see cref="BareMinPopulation"/> people. It neither votes for the report's country nor is placed abroad.
    /// </summary>
    private static bool BareAndSmall(PlaceMention p, IReadOnlyList<GazetteerEntry> candidates) =>
        p.Bare && !candidates.Any(Prominent);

    /// <summary>
    /// Whether every candidate of a name is a small place (no country, province or town of <see cref="BareMinPopulation"/>
    /// people) outside the theatre of the report's non-state actors (<see cref="Theatre"/>: their countries and what lies
    /// within <see cref="AbroadTheatreKm"/> of their capitals), when the actors give one: such a name
    /// neither votes for the report's country nor takes a point abroad.
    /// </summary>
    private static bool AbroadOfTheatre(IReadOnlyList<GazetteerEntry> candidates, List<GazetteerEntry> theatre) =>
        theatre.Count > 0 && candidates.Count > 0 &&
        candidates.All(e => !Prominent(e) && !InAbroadTheatre(e, theatre));

    /// <summary>A name with no candidate, a word of a longer name, or a bare word of small places: no evidence of the report's country.</summary>
    private static bool TellsNoCountry(PlaceMention p, IReadOnlyList<GazetteerEntry> candidates) =>
        candidates.Count == 0 || Fragment(p, candidates) || BareAndSmall(p, candidates);

    /// <summary>A country, a province or a town of at least <see cref="BareMinPopulation"/> people.</summary>
    private static bool Prominent(GazetteerEntry e) => e.Kind is FeatureKind.Country or FeatureKind.Admin1 || e.Population >= BareMinPopulation;

    private static bool InAbroadTheatre(GazetteerEntry e, List<GazetteerEntry> theatre) =>
        theatre.Exists(t => string.Equals(t.CountryCode, e.CountryCode, StringComparison.Ordinal) ||
                            GeoMath.Km(e.Latitude, e.Longitude, t.Latitude, t.Longitude) <= AbroadTheatreKm);

    /// <summary>
    /// The actors' theatre when the report's places do not contradict it: a report that names a country, a province or
    /// a town outside it (a digest of several wars, an actor read from the wrong acronym) sets none.
    /// </summary>
    private static List<GazetteerEntry> HeldTheatre(List<GazetteerEntry> theatre, List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates) =>
        theatre.Count > 0 && places.Exists(p => candidates[p].Count > 0 && candidates[p].All(e => Prominent(e) && !InAbroadTheatre(e, theatre))) ? [] : theatre;

    /// <summary>
    /// The places set right after a place that lies in them (a province or district: "Qaatabah, Ad Dali", "X countryside
    /// in al-Hasakeh"), with each country where one of their namesakes holds one of the place's: the pair tells that
    /// country more surely than either name alone. A Ukrainian city spelt like a Yemeni village, or a country named as a
    /// subject, does not outvote it. The place may be one the gazetteer knows only by another spelling ("Bossaso, Bari"
    /// is Bosaso of Somalia's Bari, whatever Italy's Bari says).
    /// </summary>
    private static List<(PlaceMention Outer, string Country)> Containers(Document document, List<PlaceMention> places,
                                                                       Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates,
                                                                       Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> spelt)
    {
        var found = new List<(PlaceMention, string)>();
        var ordered = places.Where(p => candidates[p].Count > 0 && !Fragment(p, candidates[p]))
            .Concat(spelt.Where(s => s.Value.Count > 0).Select(s => s.Key)).OrderBy(p => p.Span.Start).ToList();
        IReadOnlyList<GazetteerEntry> Named(PlaceMention p) => candidates.TryGetValue(p, out var c) ? c : spelt[p];
        for (int k = 1; k < ordered.Count; k++)
        {
            var (inner, outer) = (ordered[k - 1], ordered[k]);
            if (outer.Span.Start < inner.Span.End || outer.Span.Start - inner.Span.End > MaxContainerGap || !candidates.ContainsKey(outer) ||
                document.Text.AsSpan(inner.Span.End, outer.Span.Start - inner.Span.End).IndexOfAny(ClauseBreaks) >= 0)
            {
                continue;
            }

            // A district tells its country only where its name is not the place's own: every town of a district named
            // after it ("Solhan (Solhan, Yagha)", "Merida, Merida state") lies in it, whichever country's it is.
            bool sameName = string.Equals(NameKey.Of(inner.Name), NameKey.Of(outer.Name), StringComparison.Ordinal);
            foreach (string cc in Named(inner).Where(a => a.Kind is not (FeatureKind.Country or FeatureKind.Admin1) && a.Admin1 is not null &&
                                                          candidates[outer].Any(b => (b.Kind == FeatureKind.Admin1 || !sameName) && Contains(b, a)))
                         .Select(a => a.CountryCode).Distinct(StringComparer.Ordinal))
            {
                found.Add((outer, cc));
            }
        }

        return found;
    }

    /// <summary>
    /// A place that a place noun calls a settlement or that a marker of its own sets as a place, written right before
    /// another that a place marker introduces, with at most two lower-case words between them ("Salima village in
    /// Laisamis", "at Tiwi in Ukunda", "at X polling station in Y", "the village of X in Kenya"), where none of its
    /// namesakes lies in a country of the other's: the words say the first lies in the second, so its namesakes are
    /// those of a village the gazetteer lacks, and only the second tells the report's country (a Malawian town is no vote
    /// against a Kenyan sub-county). A country after a place without a place noun may be the object of a marker that is no
    /// place's ("a protest in Kisumu against Russia").
    /// </summary>
    private static bool SaidToLieInAnotherCountry(Document document, PlaceMention p, List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates)
    {
        PlaceMention? next = null;
        foreach (var q in places)
        {
            if (q.Span.Start >= p.Span.End && (next is null || q.Span.Start < next.Span.Start))
            {
                next = q;
            }
        }

        if ((!p.Settlement && p.MarkerSpan is null) || next is not { Role: PlaceRole.At, MarkerSpan: { } marker } || marker.Start < p.Span.End ||
            candidates[next].Count == 0 || TellsNoCountry(next, candidates[next]) || !NounAtMost(document.Text.AsSpan(p.Span.End, marker.Start - p.Span.End)))
        {
            return false;
        }

        var outer = candidates[next];
        if (!p.Settlement && outer.Any(e => e.Kind == FeatureKind.Country))
        {
            return false;
        }

        return !candidates[p].Any(e => outer.Any(o => string.Equals(o.CountryCode, e.CountryCode, StringComparison.Ordinal)));
    }

    /// <summary>Whether the words between two names are only spaces and at most two lower-case words ("village", "polling station", "").</summary>
    private static bool NounAtMost(ReadOnlySpan<char> gap)
    {
        int words = 0;
        bool inWord = false;
        foreach (char ch in gap)
        {
            if (char.IsWhiteSpace(ch))
            {
                inWord = false;
            }
            else if (!char.IsLetter(ch) || (!inWord && !char.IsLower(ch)))
            {
                return false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words <= MaxNounWords;
    }

    /// <summary>How many lower-case words may stand between a place and the marker of the place it lies in ("village", "polling station").</summary>
    private const int MaxNounWords = 2;

    /// <summary>The fewest people of a place that a bare word names whatever else the report says ("Kisumu youths protested").</summary>
    private const long BareMinPopulation = 100_000;

    /// <summary>
    /// The countries of the actors the report names by nationality ("Kenyan police"), of the named groups that keep to
    /// one country ("Taliban"), or where a group that raids across borders acts (data/actors/theatres.tsv: "JNIM" is
    /// Mali, Burkina Faso, Niger, Benin and Togo): the points of their capitals, around which their namesakes' places
    /// are likelier than ones on another continent. Not an army's:
    /// armies fight abroad as at home ("Russian forces shelled X" in Ukraine, "Ukrainian forces fired at Y" at home), so
    /// neither its country nor its neighbours are surely the theatre. The second list leaves out a police's and a
    /// government's countries too (a ministry claims what its army did abroad), and an actor written as an acronym.
    /// The third list holds the armies' countries, the last resort of a report whose places decide none (<see cref="NearAnArmysHome"/>).
    /// </summary>
    private (List<GazetteerEntry> All, List<GazetteerEntry> NonState, List<GazetteerEntry> Armies) Theatre(Document document)
    {
        var points = new List<GazetteerEntry>();
        var nonState = new List<GazetteerEntry>();
        var armies = new List<GazetteerEntry>();
        foreach (var a in document.MentionsOf<ActorMention>())
        {
            // A group that acts across borders (JNIM in the Sahel) keeps its places to the countries it acts in; the
            // registry lists them for the group itself, so its acronym stands for no other country's.
            if (a.Theatre is { } countries)
            {
                foreach (string t in countries)
                {
                    if (CountryPoint(t) is { } point)
                    {
                        AddOnce(points, point);
                        AddOnce(nonState, point);
                    }
                }

                continue;
            }

            var (named, army) = CountryOf(a);
            if (named is not { } cc || CountryPoint(cc) is not { } country)
            {
                continue;
            }

            if (army)
            {
                AddOnce(armies, country);
                continue;
            }

            AddOnce(points, country);
            if (a.Kind is not (ActorKind.StatePolice or ActorKind.StateGovernment) && !Acronym(document.Text.AsSpan(a.Span.Start, a.Span.Length)))
            {
                AddOnce(nonState, country);
            }
        }

        return (points, nonState, armies);
    }

    /// <summary>A country's entry at its point (its capital's), or null when the gazetteer has none or no point for it.</summary>
    private GazetteerEntry? CountryPoint(string cc) =>
        _gazetteer.Lookup(NameKey.Of(_gazetteer.CountryName(cc))).FirstOrDefault(e => e.Kind == FeatureKind.Country && e.CountryCode == cc) is { } country &&
        (country.Latitude != 0 || country.Longitude != 0)
            ? country
            : null;

    private static void AddOnce(List<GazetteerEntry> list, GazetteerEntry country)
    {
        if (!list.Exists(p => p.CountryCode == country.CountryCode))
        {
            list.Add(country);
        }
    }

    /// <summary>
    /// "Police clash with Mungiki members": a report that no place or nationality places is in the one country its
    /// named groups keep to (the registry's home of a militia, a party or a national rebellion; not a jihadist group's,
    /// whose raids cross borders), when they all keep to the same one; the first such name is the evidence. None when
    /// they name several countries.
    /// </summary>
    private static (string Home, TextSpan Evidence)? OneHomeOfNamedGroups(Document document)
    {
        (string Home, TextSpan Evidence)? found = null;
        foreach (var a in document.MentionsOf<ActorMention>())
        {
            if (!a.KeepsHome || a.Home is not { } home)
            {
                continue;
            }

            if (found is { } f && f.Home != home)
            {
                return null;
            }

            found ??= (home, a.Span);
        }

        return found;
    }

    /// <summary>The registry's prefix of a state's army named by an alias ("armée ukrainienne" is <c>state-military:UA</c>).</summary>
    private const string StateMilitaryId = "state-military:";

    /// <summary>
    /// The country an actor mention names and whether it is an army: its nationality ("Kenyan police", "drones russes"),
    /// a state's army named by a registry alias ("armée ukrainienne", which votes and sets a theatre as "Ukrainian
    /// forces" does), else the one country a named group keeps to.
    /// </summary>
    private static (string? Country, bool Army) CountryOf(ActorMention a) =>
        a.CountryCode is { } cc ? (cc, a.Kind == ActorKind.StateMilitary)
        : a.ActorId is { } id && id.StartsWith(StateMilitaryId, StringComparison.Ordinal) && id.Length == StateMilitaryId.Length + 2 ? (id[StateMilitaryId.Length..], true)
        : (a.Home, false);

    /// <summary>
    /// Whether an actor is written as a capitalised acronym ("FDS", "SDF"): one acronym stands for groups of several
    /// countries, so it sets no theatre that keeps places out.
    /// </summary>
    private static bool Acronym(ReadOnlySpan<char> written)
    {
        int letters = 0;
        foreach (char ch in written)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters is > 0 and <= 6;
    }

    /// <summary>How far from the capital of a non-state actor's country a small place may lie and still be of the report (km): the groups' cross-border reach.</summary>
    private const double AbroadTheatreKm = 2000;

    /// <summary>How far from an actor's country a namesake counts as in its theatre (km).</summary>
    private const double TheatreKm = 800;

    /// <summary>How much more a country's capital called by its own name weighs in the country vote than another city: as much as the country's name.</summary>
    private const double CapitalProminence = 2;

    /// <summary>
    /// Whether the entry is its country's capital: a city of at least <see cref="CapitalMinPopulation"/> people at the
    /// country's point (the gazetteer's countries lie at their capitals).
    /// </summary>
    private bool IsCapital(GazetteerEntry e) =>
        e.Population >= CapitalMinPopulation && _gazetteer.Country(e.CountryCode) is { } c && GeoMath.Km(c.Latitude, c.Longitude, e.Latitude, e.Longitude) <= CapitalKm;

    /// <summary>The fewest people of a capital that the country vote weighs as its country's name.</summary>
    private const long CapitalMinPopulation = 250_000;

    /// <summary>How near the country's point a city must lie to be its capital.</summary>
    private const double CapitalKm = 2;

    /// <summary>How much more a namesake in an actor's theatre weighs in the country vote.</summary>
    private const double TheatreProminence = 3;

    /// <summary>
    /// Votes for the report's country: country names, unambiguous places, admin areas, each name's vote shared among
    /// its countries by prominence; headlines count double. Returns the countries that some name read as a place, or
    /// an actor, voted for (not only a country named as a modifier).
    /// </summary>
    private static HashSet<string> DecideCountry(Document document, List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates,
                                                 Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> spelt, List<GazetteerEntry> theatre, List<GazetteerEntry> abroadTheatre,
                                                 List<GazetteerEntry> armyHomes, Func<GazetteerEntry, bool> capital)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var placed = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var byPlaces = new Dictionary<string, double>(StringComparer.Ordinal);
        var countries = new List<(string Code, double Prominence)>();
        var grievances = document.MentionsOf<ConceptMention>().Where(m => m.Concept == Concepts.Grievance).Select(m => m.Span.Start).ToList();
        var contained = Containers(document, places, candidates, spelt);
        foreach (var p in places)
        {
            var c = WrittenWithArticle(document.Text, p, candidates[p]);

            // A province or district set after a place it holds is that place's: "Mangodara, Comoe" is Burkina Faso's
            // district, whatever province abroad shares the name.
            if (contained.Exists(x => x.Outer == p))
            {
                c = [.. c.Where(e => contained.Exists(x => x.Outer == p && x.Country == e.CountryCode))];
            }
            // A country named as an embassy's or a bank's owner ("devant l'ambassade de France", "the US embassy in
            // Baghdad") tells where the building's state is from, not where the report is.
            // Nor does a country named beyond a border ("near the border with Somalia"): the border is the report's
            // country's own, the event on this side of it.
            if (TellsNoCountry(p, c) || AbroadOfTheatre(c, abroadTheatre) || ((p.Institution || p.Border) && c.Any(e => e.Kind == FeatureKind.Country)) ||
                SaidToLieInAnotherCountry(document, p, places, candidates))
            {
                // A word of a longer name says nothing of the country: "Hassan Dabouq" is no vote for India.
                continue;
            }

            // Where people came from or went to is not where things happened: a country so named (2 × 0.2) votes less
            // than a town named as the place (0.5), more than a village (0.25).
            // Nor is a country named in what a crowd demands or protests against, after the place where it gathered ("a
            // rally in Dhaka calling for sanctions on Israel"): it votes as a destination does.
            // A place that qualifies a person's office ("Machakos Senator") votes as a place does.
            double weight = (p.Role is PlaceRole.Destination or PlaceRole.Origin && !p.Office) ||
                            (c.Any(e => e.Kind == FeatureKind.Country) && GrievanceAfterPlace(document, places, grievances, p)) ? 0.2 : 1.0;
            bool attributive = Attributive(p, c);
            if (attributive || p.Continued)
            {
                weight *= AttributiveWeight;
            }

            if (document.Sentences.Count > 0 && document.Sentences[document.SentenceIndexAt(p.Span.Start)].IsHeadline)
            {
                weight *= 2;
            }

            // The name's vote is shared among its countries by the prominence of their namesakes: "Beirut" votes
            // mostly for Lebanon's capital, little for a Polish village spelt alike.
            // Grouped by hand, in the order the countries first appear (a name has few), as GroupBy did: asked for
            // every place of every report, into one list for all places.
            countries.Clear();
            string key = NameKey.Of(p.Name);
            bool latin = LatinScript(p.Name);
            foreach (var e in c)
            {
                double prominence = e.IsArea || !latin || CalledSo(e, key) ? Prominence(e) : Prominence(e) * AlternateProminence;

                // A country's capital called by its own name, when no other city shares the name, says as much as the
                // country's name ("Dhaka" beside two "Rampura" that Indian towns share, where Dhaka is also an Indian
                // town); not "Tripoli", a city in Lebanon too. Only where a marker sets it as the place things happen ("in
                // Dhaka"): a capital alone, or "between Moscow and Washington", is as often its government.
                if (p.Role == PlaceRole.At && p.MarkerSpan is not null && e.Kind == FeatureKind.City && CalledSo(e, key) && capital(e) &&
                    !c.Any(o => o.Kind == FeatureKind.City && o.CountryCode != e.CountryCode))
                {
                    prominence = Prominence(e) * CapitalProminence;
                }
                if (e.Kind != FeatureKind.Country && InTheatre(e, theatre))
                {
                    prominence *= TheatreProminence;
                }

                int at = -1;
                for (int i = 0; i < countries.Count; i++)
                {
                    if (string.Equals(countries[i].Code, e.CountryCode, StringComparison.Ordinal))
                    {
                        at = i;
                        break;
                    }
                }

                if (at < 0)
                {
                    countries.Add((e.CountryCode, prominence));
                }
                else if (prominence > countries[at].Prominence)
                {
                    countries[at] = (countries[at].Code, prominence);
                }
            }

            double total = 0;
            foreach (var x in countries)
            {
                total += x.Prominence;
            }

            foreach (var (cc, prominence) in countries)
            {
                double share = prominence * prominence / total;
                double vote = weight * share;
                votes[cc] = votes.GetValueOrDefault(cc) + vote;
                byPlaces[cc] = byPlaces.GetValueOrDefault(cc) + vote;
                evidence.TryAdd(cc, p.Span);

                // A small namesake abroad supports nothing: "Tripoli" is no support for an Iowa village's country.
                if (!attributive && share >= MinCountryVote)
                {
                    placed[cc] = placed.GetValueOrDefault(cc) + vote;
                }
            }
        }

        foreach (var (outer, cc) in contained)
        {
            votes[cc] = votes.GetValueOrDefault(cc) + ContainedVote;
            placed[cc] = placed.GetValueOrDefault(cc) + ContainedVote;
            byPlaces[cc] = byPlaces.GetValueOrDefault(cc) + ContainedVote;
            evidence.TryAdd(cc, outer.Span);
        }

        // The last name of a bracket set after a place ("Yense (Kain, Yatenga)", "Tadjo (Gorgadji, Seno)") stands where
        // reports write the place's district and province: where that name is a division of one country only, it tells
        // that country as a province set after its place does, whatever villages abroad share the names before it.
        foreach (var p in places.Where(p => ClosesBracket(document.Text, p) && !Fragment(p, candidates[p])))
        {
            var divisions = candidates[p].Where(e => e.Kind is FeatureKind.Admin1 or FeatureKind.Admin2).Select(e => e.CountryCode).Distinct(StringComparer.Ordinal).ToList();
            if (divisions is [var cc])
            {
                votes[cc] = votes.GetValueOrDefault(cc) + ContainedVote;
                placed[cc] = placed.GetValueOrDefault(cc) + ContainedVote;
                byPlaces[cc] = byPlaces.GetValueOrDefault(cc) + ContainedVote;
                evidence.TryAdd(cc, p.Span);
            }
        }

        // An actor's nationality tells the theatre less than a place does, and an army's least: armies fight abroad
        // ("Russian troops took a Ukrainian town", "Turkish forces shelled a Syrian village"). An army named again
        // ("Israeli forces … Israeli soldiers") is the same army: it votes once.
        var armies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in document.MentionsOf<ActorMention>())
        {
            var (cc, army) = CountryOf(a);
            if (cc is null || (a.CountryCode is null && !army) || (army && !armies.Add(cc)))
            {
                continue;
            }

            double vote = army ? 0.2 : 0.5;
            votes[cc] = votes.GetValueOrDefault(cc) + vote;
            placed[cc] = placed.GetValueOrDefault(cc) + vote;
            evidence.TryAdd(cc, a.Span);
        }

        // A country only a modifier or a word of a longer name voted for ("the high US dollar exchange rate") is not
        // the theatre on its own: the report's country is one that a place or an actor supports, else none.
        // Nor does a common word that small places of many countries share ("Mina") make a theatre: the winner needs
        // at least the vote of one unambiguous village. The support itself must weigh something: a modifier ("the US
        // dollar") plus the US hamlet that shares a Lebanese city's name is no theatre.
        if (votes.Where(v => placed.GetValueOrDefault(v.Key) >= MinSupportVote && v.Value >= MinCountryVote).ToList() is { Count: > 0 } supported)
        {
            // A tie goes to the country the places name: "Israeli police near Abu Dis" is in Abu Dis's country.
            // Then to the country whose places the text calls by their own names rather than by an alternate one:
            // "Homs" is Syria's city, called so, before the Libyan Al Khums that the name also finds.
            // Then to the country whose places lie near the home of an army the report names.
            // Compared pairwise, so that the places are counted only between countries tied on both votes.
            int Compare(KeyValuePair<string, double> a, KeyValuePair<string, double> b) =>
                b.Value.CompareTo(a.Value) is var byVote and not 0 ? byVote
                : byPlaces.GetValueOrDefault(b.Key).CompareTo(byPlaces.GetValueOrDefault(a.Key)) is var byPlace and not 0 ? byPlace
                : PlacesCalledSoIn(places, candidates, b.Key).CompareTo(PlacesCalledSoIn(places, candidates, a.Key)) is var bySpelling and not 0 ? bySpelling
                : NearArmies(places, candidates, armyHomes, b.Key).CompareTo(NearArmies(places, candidates, armyHomes, a.Key)) is var byArmies and not 0 ? byArmies
                : string.CompareOrdinal(a.Key, b.Key);
            var best = supported[0];
            for (int i = 1; i < supported.Count; i++)
            {
                if (Compare(supported[i], best) < 0)
                {
                    best = supported[i];
                }
            }

            document.Context.CountryCode = best.Key;
            document.Context.CountryEvidence = evidence[best.Key];
        }

        return [.. placed.Keys];
    }

    /// <summary>
    /// How many of the report's places have a namesake of the country within <see cref="TheatreKm"/> of the home of an
    /// army the report names: the last tie-break of the country vote before the codes' order ("The Israeli military struck
    /// Gaza": Gaza city, not Mozambique's province of Gaza, which the name ties with).
    /// </summary>
    private static int NearArmies(List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates, List<GazetteerEntry> armies, string country)
    {
        if (armies.Count == 0)
        {
            return 0;
        }

        int near = 0;
        foreach (var p in places)
        {
            if (candidates[p].Any(e => e.Kind != FeatureKind.Country && e.CountryCode == country && InTheatre(e, armies)))
            {
                near++;
            }
        }

        return near;
    }

    /// <summary>
    /// For a report whose names decide no country: the one country where its places lie near the home of an army it
    /// names by nationality ("Israeli forces demolished a house in Bethlehem": of the towns called Bethlehem, only the
    /// West Bank's lies within <see cref="TheatreKm"/> of Israel). An army fights abroad as at home, so its country
    /// weighs nothing in the vote; but of namesakes on several continents, the one beside it is the report's. Null
    /// when the places near the armies' homes lie in more than one country, or none does.
    /// </summary>
    private static (string Country, TextSpan Evidence)? NearAnArmysHome(List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates,
                                                                       List<GazetteerEntry> armies)
    {
        if (armies.Count == 0)
        {
            return null;
        }

        (string Country, TextSpan Evidence)? found = null;
        foreach (var p in places)
        {
            var c = candidates[p];
            if (TellsNoCountry(p, c) || p.Institution || p.Role is PlaceRole.Destination or PlaceRole.Origin)
            {
                continue;
            }

            foreach (var e in c)
            {
                if (e.Kind == FeatureKind.Country || !InTheatre(e, armies))
                {
                    continue;
                }

                if (found is null)
                {
                    found = (e.CountryCode, p.Span);
                }
                else if (!string.Equals(found.Value.Country, e.CountryCode, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return found;
    }

    /// <summary>Whether a place lies within <see cref="TheatreKm"/> of the capital of an actor's country .</summary>
    private static bool InTheatre(GazetteerEntry e, List<GazetteerEntry> theatre)
    {
        foreach (var t in theatre)
        {
            if (GeoMath.Km(e.Latitude, e.Longitude, t.Latitude, t.Longitude) <= TheatreKm)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many places have a candidate in the country that the text calls by its own name; where the name is the exonym
    /// of a city that dwarfs the namesakes called so (<see cref="Dwarfs"/>), that city's country alone.
    /// </summary>
    private static int PlacesCalledSoIn(List<PlaceMention> places, Dictionary<PlaceMention, IReadOnlyList<GazetteerEntry>> candidates, string country)
    {
        int count = 0;
        foreach (var p in places)
        {
            var found = candidates[p];
            if (!found.Any(e => e.CountryCode == country))
            {
                continue;
            }

            string key = NameKey.Of(p.Name);
            long calledSo = LargestCalledSo(found, key);
            bool exonym = found.Any(e => !e.IsArea && Dwarfs(e, key, calledSo));
            foreach (var e in found)
            {
                if (e.CountryCode == country && (exonym ? !e.IsArea && Dwarfs(e, key, calledSo) : CalledSo(e, key)))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
