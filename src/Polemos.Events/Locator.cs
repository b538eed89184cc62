using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Events;

/// <summary>A resolved location for a record, with the precision and the words behind it.</summary>
internal sealed record Located(GazetteerEntry? Entry, string? Name, int? Precision, TextSpan? Span, TextSpan? CoordinateSpan, string? CountryCode, TextSpan? CountrySpan)
{
    /// <summary>True when the place is a town a road is named after (<see cref="PlaceMention.RoadName"/>).</summary>
    public bool OnRoad { get; init; }

    /// <summary>The province the words put the place in, when it is not the entry's own (<see cref="Locator.EnclaveProvince"/>).</summary>
    public string? Admin1 { get; init; }
}

/// <summary>
/// Chooses each event's place: the nearest place its clause names (after the trigger first), never a
/// destination or origin of movement, nor a town a road is named after when another settlement is named; a
/// sentence without one inherits the previous sentence's event place in the same paragraph ("conquistare il
/// villaggio"), or the place a sentence before it names when they tell no event; a lead that names none gets no coordinates. A name the gazetteer lacks is coded to the known place set in apposition after it, else the most specific known place the
/// report names beside it (precision 2), else the province its sentence names (precision 3).
/// </summary>
internal sealed partial class Locator
{
    private readonly Document _document;
    private readonly List<SentenceView> _views;
    private readonly IGazetteer _gazetteer;
    private readonly FrozenSet<string> _conjunctions;

    private readonly Dictionary<int, List<SentenceView>> _byParagraph;
    private readonly List<SentenceView> _headlines;

    // Built when first asked for: the report's places and the gazetteer do not change while records are written.
    private readonly Dictionary<int, List<PlaceMention>> _knownByParagraph = [];
    private readonly Dictionary<GazetteerEntry, int> _anchorRanks = new(ReferenceEqualityComparer.Instance);
    private List<PlaceMention>? _knownInHeadlines;
    private bool? _placeless;

    /// <summary>How many words before a destination a verb of flight may stand for the place to be the flight's.</summary>
    private const int FledToReach = 3;

    private static bool FledTo(SentenceView v, int token) =>
        v.HasNear(Concepts.Flee, token, FledToReach, 0) || v.HasNear(Concepts.Displaced, token, FledToReach, 0);

    public Locator(Document document, List<SentenceView> views, IGazetteer gazetteer, FrozenSet<string> conjunctions)
    {
        _document = document;
        _views = views;
        _gazetteer = gazetteer;
        _conjunctions = conjunctions;
        _byParagraph = [];
        foreach (var v in views)
        {
            if (!_byParagraph.TryGetValue(v.Sentence.Paragraph, out var paragraph))
            {
                paragraph = [];
                _byParagraph[v.Sentence.Paragraph] = paragraph;
            }

            paragraph.Add(v);
        }
        _headlines = views.Where(v => v.Sentence.IsHeadline).Take(3).ToList();
    }

    public void Locate(Frame f, List<Frame> all)
    {
        var v = _views[f.Sentence];
        int token = _document.TokenIndexAt(f.Trigger.Span.Start);
        f.Place = BracketedPartner(v, ProvinceSettlement(v, PlaceFor(v, token)));
        if (f.Place is null)
        {
            if (f.Supporting)
            {
                var main = all.FirstOrDefault(o => o.Sentence == f.Sentence && !o.Supporting);
                f.Place = main?.Place ?? Inherit(f, all);
            }
            else
            {
                // A noun ("the clashes") may retell an event told before elsewhere: it takes only the scene that
                // sentences telling no event set ("A fight broke out in X. Gunfire and clashes followed.").
                bool noun = f.Trigger.Form == WordForm.Noun;
                f.Place = noun && all.Any(o => o.Sentence < f.Sentence && o.Sentence >= f.Sentence - 2) ? null : Inherit(f, all, sceneOnly: noun);
            }

            f.Place ??= SceneAhead(f);

            f.PlaceInherited = f.Place is not null;

            // A report that names no place where anything happened: where the forces went or came from ("deployed to X
            // island", "soldiers hailing from X"), the nearest such place of the sentence that the gazetteer places below the country.
            _placeless ??= !_document.MentionsOf<PlaceMention>().Any(p => IsEventPlace(p) && p.Entry is not null);
            // Not where people fled to ("according to a resident who fled to Pemba"): that destination is the flight's, far
            // from the event; where they fled from ("a truck carrying displaced people from X") is near it.
            f.Place ??= !_placeless.Value ? null : v.Places.Where(p => p.Mention.Role is PlaceRole.Destination or PlaceRole.Origin && p.Mention.Entry is { } e && e.Kind != FeatureKind.Country &&
                                                                   !(p.Mention.Role == PlaceRole.Destination && FledTo(v, p.Token)))
                .OrderBy(p => Math.Abs(p.Token - token)).Select(p => p.Mention).FirstOrDefault();
        }

        // No date in the sentence: the latest date told earlier in the same paragraph (narration runs forward).
        if (f.Date is null)
        {
            for (int back = f.Sentence - 1; back >= 0 && _views[back].Sentence.Paragraph == v.Sentence.Paragraph; back--)
            {
                if (_views[back].EventDates.Count > 0)
                {
                    f.Date = _views[back].EventDates[^1];
                    break;
                }
            }

            // None either: the day the sentence's own statement was made ("the ministry said on Wednesday that its troops
            // took the town") is the latest the event can have happened, nearer than the report's date; it dates the
            // event once merging is done (a date would keep the statement's event apart from the one it retells).
            if (f.Date is null)
            {
                foreach (var d in v.Dates)
                {
                    if (!d.Since && !d.YearOnly && d.Date is not null && !v.EventDates.Contains(d))
                    {
                        f.StatementDate = d;
                        break;
                    }
                }
            }
        }
    }

    public static PlaceMention? PlaceFor(SentenceView v, int token)
    {
        // Prefer the nearest place after the trigger (its object or locative), then the nearest before it; the
        // places are in token order, so the first found at the least distance is the first in text order.
        (PlaceMention? Mention, int Token) after = default, before = default, town = default;

        // A town that names a road ("on the Beddawi highway near X") is the place only when no other settlement is named;
        // a name an organisation or a building carries ("Byblos Bank in X") only when no other place is.
        bool settled = v.Places.Any(p => IsEventPlace(p.Mention) && !AreaIn(v, p.Mention) && !p.Mention.RoadName && !p.Mention.Institution);
        bool named = v.Places.Any(p => IsEventPlace(p.Mention) && !p.Mention.RoadName && !p.Mention.Institution);

        // "Soldiers in X demonstrated against the attack on their comrades in Y": violence that a demonstration is against
        // or mourns happened at the place its clause names, not where the crowd gathered, when a place stands before it.
        // So does anything else the clause tells ("in Puno city, citizens protested against the return of those stuck in
        // Lima") when a settlement stands before it: the crowd gathered there.
        int cause = CauseOfDemonstration(v, token);
        bool placeBeforeCause = cause != int.MaxValue && v.Places.Any(p => IsEventPlace(p.Mention) && p.Token < cause);
        bool settlementBeforeCause = placeBeforeCause && v.Places.Any(p => IsEventPlace(p.Mention) && p.Token < cause && p.Mention.Entry is { IsArea: false } &&
                                                                          !p.Mention.RoadName && !p.Mention.Institution);
        foreach (var p in v.Places)
        {
            if (!IsEventPlace(p.Mention) || (settled && p.Mention.RoadName) || (named && p.Mention.Institution) ||
                (placeBeforeCause && p.Token > cause && (settlementBeforeCause || ViolenceBetween(v, cause, p.Token))))
            {
                continue;
            }

            if (p.Token > token && (after.Mention is null || p.Token - token < after.Token - token))
            {
                after = p;
            }

            if (p.Token < token && (before.Mention is null || token - p.Token < token - before.Token))
            {
                before = p;
            }

            // Not a town of a bracket after another settlement (its district, "Kutkai town (Muse District, Shan North)"),
            // however near the event's word: the settlement before the bracket is the place.
            if (!AreaIn(v, p.Mention) && !DivisionWritten(p.Mention) && !ApposedAfterSettlement(v, p.Mention) &&
                (town.Mention is null || Math.Abs(p.Token - token) < Math.Abs(town.Token - token)))
            {
                town = p;
            }
        }

        var pick = after.Mention is not null && (before.Mention is null || after.Token - token <= 12 || Specific(after.Mention) >= Specific(before.Mention))
            ? after.Mention
            : before.Mention;
        pick ??= after.Mention;

        // A country or province named beside a town ("fighting in Aleppo province took Tal Rifaat"): the town is the place.
        // So with a name written with a division's noun in apposition to a settlement ("in Mogoke town (Pyinoolwin
        // District), a bomb went off"), though the gazetteer knows the district only by its seat: the bracket names the
        // settlement's district. A district stays when the town only gives its direction ("Nihm district northeast of Sanaa").
        if (pick is not null && (AreaIn(v, pick) || (pick.AreaNounAfter && ApposedAfterSettlement(v, pick))) && town.Mention is not null &&
            !(pick.Entry?.Kind == FeatureKind.Admin2 && town.Mention.Role == PlaceRole.Near))
        {
            pick = town.Mention;
        }

        // No town, only areas: a district beats the province or country beside it ("in Al Mukalla City (Hadramawt)").
        if (pick is not null && town.Mention is null && pick.Entry?.Kind != FeatureKind.Admin2)
        {
            pick = v.Places.Where(p => IsEventPlace(p.Mention) && (p.Mention.Entry?.Kind == FeatureKind.Admin2 || DivisionWritten(p.Mention)))
                .OrderBy(p => Math.Abs(p.Token - token)).Select(p => p.Mention).FirstOrDefault() ?? pick;
        }

        // Nor is a country the place when the sentence names a province or region ("a convoy of the Red Cross of Ukraine in
        // Kherson"): a country alone is no location, the province is.
        if (pick?.Entry?.Kind == FeatureKind.Country)
        {
            pick = v.Places.Where(p => IsEventPlace(p.Mention) && IsArea(p.Mention) && p.Mention.Entry is { } e && e.Kind != FeatureKind.Country && !p.Mention.RoadName && !p.Mention.Institution)
                .OrderBy(p => Math.Abs(p.Token - token)).Select(p => p.Mention).FirstOrDefault() ?? pick;
        }

        return pick is not null && town.Mention is null ? ContainedMovementPlace(v, pick) ?? pick : pick;
    }

    /// <summary>
    /// The token of the first grievance (what a demonstration is against, demands or mourns) after a demonstration's word
    /// at <paramref name="token"/>, or int.MaxValue when the word is no demonstration's or no grievance follows.
    /// </summary>
    private static int CauseOfDemonstration(SentenceView v, int token)
    {
        bool demonstration = false;
        foreach (var c in v.Concepts)
        {
            if (c.Token == token && c.Mention.Concept is Concepts.Protest or Concepts.Riot)
            {
                demonstration = true;
                break;
            }
        }

        if (!demonstration)
        {
            return int.MaxValue;
        }

        foreach (var c in v.Concepts)
        {
            if (c.Token > token && c.Mention.Concept == Concepts.Grievance)
            {
                return c.Token;
            }
        }

        return int.MaxValue;
    }

    /// <summary>A word of violence or a toll strictly between two tokens ("against the attack on …", "over the death of …").</summary>
    private static bool ViolenceBetween(SentenceView v, int from, int to)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Token > from && c.Token < to && (ConceptClasses.IsViolence(c.Mention.Concept) || ConceptClasses.Tolls.Contains(c.Mention.Concept)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a place is written in a bracket after another place of its sentence that is no area (<see cref="PlaceMention.Apposed"/>).</summary>
    private static bool ApposedAfterSettlement(SentenceView v, PlaceMention p)
    {
        if (!p.Apposed)
        {
            return false;
        }

        foreach (var q in v.Places)
        {
            if (q.Mention.Span.End <= p.Span.Start && !q.Mention.Apposed && IsEventPlace(q.Mention) && !AreaIn(v, q.Mention) &&
                !q.Mention.RoadName && !q.Mention.Institution)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A province or district chosen only as the container of a town where people went or came from, set right after it
    /// ("tried to infiltrate into X in Y province", "abducted from X city, Y governorate"): the town is the place, as it
    /// says where in that area the event was. Null when no such town lies in the area.
    /// </summary>
    private static PlaceMention? ContainedMovementPlace(SentenceView v, PlaceMention area)
    {
        if (area.Entry is not { IsArea: true } a || a.Kind == FeatureKind.Country)
        {
            return null;
        }

        int at = v.Places.FindIndex(p => ReferenceEquals(p.Mention, area));
        if (at < 1)
        {
            return null;
        }

        var (moved, token) = v.Places[at - 1];
        return !IsEventPlace(moved) && moved.Entry is { IsArea: false } e && v.Places[at].Token - token <= MovementContainerTokens && LiesIn(e, a) ? moved : null;
    }

    /// <summary>How many tokens after a town its province may follow and still be its container ("X city, Y" = 3, "X town in western Y" = 4).</summary>
    private const int MovementContainerTokens = 5;

    /// <summary>Whether a settlement lies in a province or district by the gazetteer's names of its divisions.</summary>
    private static bool LiesIn(GazetteerEntry place, GazetteerEntry area)
    {
        string? division = area.Kind == FeatureKind.Admin2 ? place.Admin2 : place.Admin1;
        return place.CountryCode == area.CountryCode && division is not null &&
               string.Equals(NameKey.Of(division), NameKey.Of(area.Name), StringComparison.Ordinal);
    }

    /// <summary>
    /// A city that names its province, right after a settlement of that province ("Al Bab city in Aleppo countryside",
    /// "a village of the Deir-ez-Zor eastern countryside"), stands for the province: the settlement is the place.
    /// </summary>
    private PlaceMention? ProvinceSettlement(SentenceView v, PlaceMention? pick)
    {
        if (pick?.Entry is not { IsArea: false } city || city.Admin1 is null || _gazetteer.Admin1(city.CountryCode, city.Name) is null)
        {
            return pick;
        }

        int at = v.Places.FindIndex(p => ReferenceEquals(p.Mention, pick));
        for (int k = at - 1; k >= 0 && v.Places[at].Token - v.Places[k].Token <= ProvinceAfterTokens; k--)
        {
            var p = v.Places[k].Mention;
            if (IsEventPlace(p) && p.Entry is { IsArea: false } e && e != city && e.CountryCode == city.CountryCode &&
                string.Equals(e.Admin1, city.Admin1, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return pick;
    }

    /// <summary>
    /// Of two places a conjunction joins after a marker of nearness ("between Garissa and Dadaab town (Dadaab,
    /// Garissa)"), the second when the bracket after it, right or after its lower-case noun, opens with its own name: the
    /// bracket gives the district of the end the report locates. A bracket that opens with the first's name ("between Dori
    /// and Seytenga (Dori, Seno)") or another district keeps the first.
    /// </summary>
    private PlaceMention? BracketedPartner(SentenceView v, PlaceMention? pick)
    {
        int at = pick is null ? -1 : v.Places.FindIndex(p => ReferenceEquals(p.Mention, pick));
        if (at < 0 || at + 1 >= v.Places.Count || pick!.Entry is { IsArea: true } || pick.Role != PlaceRole.Near)
        {
            return pick;
        }

        var next = v.Places[at + 1];
        int t = _document.TokenIndexAt(pick.Span.End);
        return IsEventPlace(next.Mention) && next.Mention.Entry is not { IsArea: true } && t < _document.Tokens.Count &&
               _conjunctions.Contains(_document.Tokens[t].Norm) && next.Token == t + 1 &&
               BracketAfter().Match(_document.Text, next.Mention.Span.End) is { Success: true } bracket &&
               string.Equals(NameKey.Of(bracket.Groups[1].Value.Trim()), NameKey.Of(next.Mention.Name), StringComparison.Ordinal)
            ? next.Mention
            : pick;
    }

    /// <summary>A bracket right after a name, or after one lower-case noun ("town (X, …"), and its first name.</summary>
    [GeneratedRegex(@"\G\s*(?:\p{Ll}+\s*)?\(\s*([^,()]+)")]
    private static partial Regex BracketAfter();

    /// <summary>How many tokens after a settlement the city naming its province may follow ("X in the eastern countryside of Y" = 6).</summary>
    private const int ProvinceAfterTokens = 8;

    private PlaceMention? Inherit(Frame f, List<Frame> all, bool sceneOnly = false)
    {
        int s = f.Sentence;
        if (s == 0)
        {
            return null;
        }

        // Look back over at most two sentences of the same paragraph (a fragment such as "Circa 2 chilometri." may
        // stand between), and take the place of the latest event there. When those sentences tell no event, the
        // place the nearest of them names is the scene that this sentence goes on telling ("Crowds gathered in X
        // town. Police dispersed them.").
        PlaceMention? scene = null;
        for (int back = s - 1; back >= Math.Max(0, s - 2); back--)
        {
            var prev = _views[back];
            if (prev.Sentence.Paragraph != _views[s].Sentence.Paragraph)
            {
                return scene;
            }

            var prevFramePlace = prev.Concepts
                .Where(c => ConceptClasses.IsHead(c.Mention.Concept))
                .Select(c => PlaceFor(prev, c.Token))
                .FirstOrDefault(p => p is not null);
            if (prevFramePlace is not null)
            {
                return sceneOnly ? null : prevFramePlace;
            }

            // An event told there with no place stops the look-back, unless it made no event of its own and it was
            // violence, as this frame is: the same fight, in the scene before them ("A fight broke out in X. Gunfire
            // was used. One person was injured."); then look further back for that scene.
            if (prev.Concepts.Any(c => ConceptClasses.IsHead(c.Mention.Concept)))
            {
                if (all.Exists(o => o.Sentence == back) || !ConceptClasses.IsViolence(f.Trigger.Concept) ||
                    prev.Concepts.Any(c => ConceptClasses.IsHead(c.Mention.Concept) && !ConceptClasses.IsViolence(c.Mention.Concept)))
                {
                    return null;
                }

                continue;
            }

            scene ??= PlaceFor(prev, prev.Sentence.FirstToken - 1);
        }

        return scene;
    }

    /// <summary>
    /// The place a following sentence of the same paragraph names when that sentence tells no event of its own, nor
    /// what had happened before: a report may tell what happened first and where after it ("Gunmen killed three
    /// herders. The village lies in X district.").
    /// Looks ahead over at most two sentences; one that tells an event at a place of its own keeps that place.
    /// </summary>
    private PlaceMention? SceneAhead(Frame f)
    {
        int s = f.Sentence;
        for (int ahead = s + 1; ahead < _views.Count && ahead <= s + 2; ahead++)
        {
            var next = _views[ahead];
            if (next.Sentence.Paragraph != _views[s].Sentence.Paragraph)
            {
                return null;
            }

            var place = PlaceFor(next, next.Sentence.FirstToken - 1);
            if (next.Concepts.Any(c => ConceptClasses.IsHead(c.Mention.Concept)))
            {
                if (place is not null)
                {
                    return null;
                }

                continue;
            }

            // Not one that tells what had happened before ("the men had helped cells hiding between X and Y"): its
            // places are the background's. Nor a country alone ("Russland äußerte sich zunächst nicht"): a country
            // named after the event is a party speaking more often than the scene.
            if (place is not null && place.Entry?.Kind != FeatureKind.Country)
            {
                return next.Has(Concepts.Prior) ? null : place;
            }
        }

        return null;
    }

    /// <summary>The best-resolved of a merged event's place mentions: the finest precision, then the best anchor.</summary>
    public Located ResolveBest(Frame f)
    {
        var best = Resolve(f.Place, f.Sentence);
        foreach (var (place, sentence) in f.PlaceAlternatives)
        {
            var other = Resolve(place, sentence);
            if (Better(other, best))
            {
                best = other;
            }
        }

        return best;
    }

    private bool Better(Located a, Located b)
    {
        if (a.Entry is null)
        {
            return false;
        }

        if (b.Entry is null)
        {
            return true;
        }

        // A town the report names as the place beats a town a road is named after ("près de Gao … sur la route de Bourem").
        if (a.OnRoad != b.OnRoad)
        {
            return b.OnRoad;
        }

        if (a.Precision != b.Precision)
        {
            return (a.Precision ?? 9) < (b.Precision ?? 9);
        }

        return AnchorRank(a.Entry) > AnchorRank(b.Entry);
    }

    /// <summary>Resolves a frame's place into a gazetteer entry, precision and evidence.</summary>
    public Located Resolve(PlaceMention? place, int sentence)
    {
        string? country = _document.Context.CountryCode;
        var countrySpan = _document.Context.CountryEvidence;
        if (place is null)
        {
            return new Located(null, null, null, null, null, country, countrySpan);
        }

        // A place inherited from an earlier sentence is read beside the places of its own sentence.
        sentence = _document.SentenceIndexAt(place.Span.Start);
        // The same name set before a container it lies outside elsewhere in the report is that place: coded as there.
        if (place.Entry is { } named && !OutsideItsContainer(place, named, sentence) && NamesakeOutsideItsContainer(place, named) is { } there)
        {
            return Resolve(there, _document.SentenceIndexAt(there.Span.Start));
        }

        // A village or town of another province than the settlement that the sentence sets with its own province before
        // it ("in Tijuana, Baja California, a body lay in Colonia X"): a namesake of a place the gazetteer lacks
        // there, coded at that settlement.
        if (place.Entry is { IsArea: false } far && (far.Kind is FeatureKind.Village or FeatureKind.Town || place.Settlement) && ContainerOf(place, sentence) is null &&
            SceneBefore(place, far, sentence) is { Entry: { } scene } setting)
        {
            return new Located(scene, place.Name, 2, place.Span, setting.Span, scene.CountryCode, setting.Span);
        }

        if (place.Entry is { } e && !OutsideItsContainer(place, e, sentence))
        {
            if (PartOfProvince(place, e) is { } part)
            {
                return new Located(part, place.Name, 3, place.Span, place.Span, part.CountryCode, place.Span) { Admin1 = part.Name };
            }

            int precision = e.Kind switch
            {
                FeatureKind.Country => 3,
                FeatureKind.Admin1 or FeatureKind.Region or FeatureKind.Desert or FeatureKind.Valley or FeatureKind.River => 3,

                // A district is coded at its seat, as ACLED codes "X district" at precision 2.
                FeatureKind.Admin2 => 2,
                _ => place.Role == PlaceRole.Near ? 2 : 1,
            };
            if (e.Kind == FeatureKind.Country)
            {
                // A country alone is no location: ACLED would need a province at least. Keep the country, no point.
                return new Located(null, null, null, null, null, e.CountryCode, place.Span);
            }

            return new Located(e, e.Name, precision, place.Span, place.Span, e.CountryCode, place.Span) { OnRoad = place.RoadName, Admin1 = ProvinceOfUnknownBefore(place, e, sentence) };
        }

        // A village the gazetteer lacks: the most specific known settlement named in the same sentence, else the
        // district or province that sentence names (at its precision: "in Ishaqi town, Saladin governorate"), else a
        // settlement of the same paragraph, else of the headline.
        var anchor = AnchorFor(place, sentence);
        if (anchor?.Entry is { } a)
        {
            if (OtherSpellingIn(place, anchor, a) is { } spelled)
            {
                int found = spelled.Kind == FeatureKind.Admin2 || place.Role == PlaceRole.Near ? 2 : 1;
                return new Located(spelled, place.Name, found, place.Span, place.Span, spelled.CountryCode, place.Span) { OnRoad = place.RoadName };
            }

            if (PartOfProvince(anchor, a) is { } part)
            {
                return new Located(part, place.Name, 3, place.Span, anchor.Span, part.CountryCode, anchor.Span) { Admin1 = part.Name };
            }

            int precision = a.Kind == FeatureKind.Admin2 || !a.IsArea ? 2 : 3;
            return new Located(a, place.Name, precision, place.Span, anchor.Span, a.CountryCode, anchor.Span) { Admin1 = EnclaveProvince(place, anchor, a, sentence) };
        }

        return new Located(null, place.Name, null, place.Span, null, country, countrySpan);
    }

    /// <summary>
    /// A place the gazetteer lacks as written, found under another transliteration among the settlements and districts
    /// of the province its anchor names or lies in ("Basira" for Al-Busayrah in Deir-ez-Zor, "Raizh district" for Razih
    /// in Sadah): the one entry there whose consonant skeleton (<see cref="SpellingVariants.Skeleton"/>) and first letter
    /// are the name's, within <see cref="AnchorReachKm"/> of the anchor when that is a settlement or a district rather than
    /// the province or a city named like it ("Ar-Raqqa"), and within <see cref="DistrictReachKm"/> when it lies in another
    /// district than the anchor ("Sripur area (Gazipur, Dhaka)" is no Sripur of Manikganj). Null when none matches, or
    /// several that lie apart.
    /// </summary>
    private GazetteerEntry? OtherSpellingIn(PlaceMention place, PlaceMention named, GazetteerEntry anchor)
    {
        string? unit = anchor.Kind == FeatureKind.Admin1 ? anchor.Name : anchor.Admin1;
        bool province = anchor.Kind == FeatureKind.Admin1 || (unit is not null && _gazetteer.Admin1(anchor.CountryCode, named.Name) is { } same &&
                                                                 string.Equals(same.Name, unit, StringComparison.Ordinal));
        if (unit is null || OtherSpelling.InProvince(_gazetteer, anchor.CountryCode, unit, NameKey.Of(place.Name), province ? null : anchor, AnchorReachKm) is not { } spelled)
        {
            return null;
        }

        // Another district's place, farther than a district reaches, is a namesake of a place the anchor's district holds.
        return province || anchor.Admin2 is not { } district || spelled.Admin2 is not { } other || string.Equals(NameKey.Of(district), NameKey.Of(other), StringComparison.Ordinal) ||
               GeoMath.Km(anchor.Latitude, anchor.Longitude, spelled.Latitude, spelled.Longitude) <= DistrictReachKm
            ? spelled
            : null;
    }

    /// <summary>How far from a settlement or district that anchors it a place of another district found under another spelling may lie.</summary>
    private const double DistrictReachKm = 25;

    /// <summary>How far from a settlement or district that anchors it a place found under another spelling may lie.</summary>
    private const double AnchorReachKm = 60;

    /// <summary>
    /// The part of a province an adjective of direction names ("the southern countryside of Idleb", "northern Diyala
    /// province"): the province moved to the middle of its settlements that lie that way from its seat
    /// (<see cref="ProvinceSectors"/>). The name may find the province itself, or a city named like the province it
    /// lies in when an area noun goes with the adjective ("the northern countryside of Aleppo"; "eastern Aleppo" alone
    /// may be the city's east). Null otherwise, and where the province has too few settlements that way.
    /// </summary>
    private GazetteerEntry? PartOfProvince(PlaceMention place, GazetteerEntry e)
    {
        if (place.Direction is not { } bearing)
        {
            return null;
        }

        var province = e.Kind == FeatureKind.Admin1 ? e
            : !e.IsArea && place.DirectionOfArea && e.Admin1 is { } unit && _gazetteer.Admin1(e.CountryCode, place.Name) is { } named &&
              string.Equals(named.Name, unit, StringComparison.Ordinal) ? named : null;
        return province is null ? null : ProvinceSectors.Part(_gazetteer, province, bearing);
    }

    /// <summary>
    /// The province named like a city that is a province of its own inside it (Kyiv and Kyiv oblast, Sanaa and Sanaa
    /// governorate), when that city is set in apposition after a place the gazetteer lacks ("Hatne, Kyiv", "X area
    /// (Bani Hushaish, Sanaa)"): reports write a place's province after it, and a village lies in the province around the
    /// city, not in the city. The place stays coded at the city (precision 2), which the province surrounds. Null
    /// otherwise, when a place noun calls the container a city ("X, Kyiv city"), and when the container follows a noun
    /// rather than a comma or a bracket ("the Y neighbourhood in Kyiv": a neighbourhood lies in the city).
    /// </summary>
    internal string? EnclaveProvince(PlaceMention place, PlaceMention container, GazetteerEntry city, int sentence)
    {
        if (city.IsArea || city.Admin1 is null || container.Settlement || !ReferenceEquals(container, Container(_views[sentence], place)) ||
            !Apposed(_document.TokenIndexAt(container.Span.Start)) ||
            _gazetteer.Admin1(city.CountryCode, container.Name) is not { } province ||
            !string.Equals(NameKey.Of(province.Name), NameKey.Of(container.Name), StringComparison.Ordinal) ||
            string.Equals(NameKey.Of(province.Name), NameKey.Of(city.Admin1), StringComparison.Ordinal))
        {
            return null;
        }

        return province.Name;
    }

    /// <summary>
    /// The province a city names when it is set in apposition after a place the gazetteer lacks ("shelled in the direction
    /// of X, Kyiv", where the event's place is the city itself): the province around it, as for that place
    /// (<see cref="EnclaveProvince"/>). Null when no such place stands right before it.
    /// </summary>
    private string? ProvinceOfUnknownBefore(PlaceMention city, GazetteerEntry e, int sentence)
    {
        if (e.IsArea)
        {
            return null;
        }

        var places = _views[sentence].Places;
        int at = places.FindIndex(p => ReferenceEquals(p.Mention, city));
        return at > 0 && places[at - 1].Mention is { Unknown: true, Entry: null } before ? EnclaveProvince(before, city, e, sentence) : null;
    }

    private PlaceMention? AnchorFor(PlaceMention place, int sentence)
    {
        var view = _views[sentence];
        var here = Container(view, place) ?? ProvinceOverSettlementOutside(place, BestAnchor(KnownPlaces(view), place), AreaFor(view, place));
        if (here is not null)
        {
            return here;
        }

        int paragraph = _views[sentence].Sentence.Paragraph;
        if (!_knownByParagraph.TryGetValue(paragraph, out var inParagraph))
        {
            inParagraph = [.. _byParagraph[paragraph].SelectMany(KnownPlaces)];
            _knownByParagraph[paragraph] = inParagraph;
        }

        _knownInHeadlines ??= [.. _headlines.SelectMany(KnownPlaces)];
        return BestAnchor(inParagraph, place) ?? BestAnchor(_knownInHeadlines, place);
    }

    /// <summary>
    /// The anchor of an unknown place among the known settlement its sentence names and the province or district it
    /// names: the settlement, unless the gazetteer files it outside that division ("Yangon – the army bombed a monastery in
    /// the village of X, in the Sagaing region": the village is in Sagaing, not at the city where the report was filed).
    /// The place itself under another spelling, and a town named between the place and the division ("in X village (Y
    /// township, Z state)": the town is the nearer container), stay; so does a town whose district the gazetteer does not
    /// record, beside a district.
    /// </summary>
    private static PlaceMention? ProvinceOverSettlementOutside(PlaceMention place, PlaceMention? settlement, PlaceMention? area) =>
        !ReferenceEquals(settlement, place) && settlement?.Entry is { IsArea: false } town &&
        area?.Entry is { Kind: FeatureKind.Admin1 or FeatureKind.Admin2 } division && (division.Kind == FeatureKind.Admin1 || town.Admin2 is not null) &&
        !LiesIn(town, division) &&
        !(settlement.Span.Start > place.Span.Start && settlement.Span.Start < area.Span.Start)
            ? area
            : settlement ?? area;

    /// <summary>
    /// The known settlement or district set in apposition right after an unknown place, which says where it lies:
    /// "Jabal X (Qaatabah, Ad Dali)", "X town, Samarra district". Null when the next known place is further than
    /// <see cref="ContainerTokens"/> tokens, does not follow a comma or an opening parenthesis, or the unknown place
    /// is not in this sentence.
    /// </summary>
    private PlaceMention? Container(SentenceView v, PlaceMention place)
    {
        int at = -1;
        for (int i = 0; i < v.Places.Count; i++)
        {
            if (ReferenceEquals(v.Places[i].Mention, place))
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        int end = _document.TokenIndexAt(place.Span.End) - 1;
        HashSet<PlaceMention>? known = null;
        for (int i = at + 1; i < v.Places.Count; i++)
        {
            var p = v.Places[i];
            if (p.Token > end && p.Token - end <= ContainerTokens && (Apposed(p.Token) || BehindItsNoun(place, p.Mention)) && !ListGoesOn(v, i) &&
                (known ??= KnownPlaces(v).ToHashSet()).Contains(p.Mention))
            {
                return p.Mention;
            }

            // "Near X district of Diyala province": a province behind the name's own area noun holds it, whatever
            // settlement the sentence names elsewhere.
            if (!place.Settlement && p.Token > end && p.Mention.Entry is { Kind: FeatureKind.Admin1 } province &&
                (_document.Context.CountryCode is null || province.CountryCode == _document.Context.CountryCode) && BehindItsNoun(place, p.Mention))
            {
                return p.Mention;
            }
        }

        return null;
    }

    /// <summary>
    /// Another mention of the same village name in the report, resolved to the same entry, that lies outside the province
    /// of its own country set in apposition after it ("near Molodizhne, Luhansk" … "explosions near Molodizhne"): a report
    /// names one place by one name, so the mention without a container is that village the gazetteer lacks too, coded as
    /// the other is. Null when there is none (a town or a city named beside another province is more often the list's next).
    /// </summary>
    private PlaceMention? NamesakeOutsideItsContainer(PlaceMention place, GazetteerEntry e)
    {
        if (e.Kind != FeatureKind.Village)
        {
            return null;
        }

        string key = NameKey.Of(place.Name);
        return _document.MentionsOf<PlaceMention>().FirstOrDefault(p => !ReferenceEquals(p, place) && p.Entry?.Id == e.Id &&
                                                             string.Equals(NameKey.Of(p.Name), key, StringComparison.Ordinal) &&
                                                             OutsideItsContainer(p, e, _document.SentenceIndexAt(p.Span.Start)) &&
                                                             ContainerOf(p, _document.SentenceIndexAt(p.Span.Start))?.CountryCode == e.CountryCode);
    }

    /// <summary>The entry of the place set in apposition right after a place of this sentence, if any.</summary>
    private GazetteerEntry? ContainerOf(PlaceMention place, int sentence)
    {
        // Asked for every candidate of every place: plain loops, no delegate per call.
        var places = _views[sentence].Places;
        int at = -1;
        for (int i = 0; i < places.Count; i++)
        {
            if (ReferenceEquals(places[i].Mention, place))
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        int end = _document.TokenIndexAt(place.Span.End) - 1;
        for (int i = at + 1; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Token > end && ((p.Token - end <= ContainerTokens && (Apposed(p.Token) || BehindItsNoun(place, p.Mention)) && !ListGoesOn(_views[sentence], i)) ||
                                  BracketAfterList(end, p.Token)) &&
                p.Mention.Entry is { } x && x.Kind != FeatureKind.Country)
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>
    /// The nearest settlement named before a place in its sentence with its own province set right after it ("in Tijuana,
    /// Baja California,"), when the place's entry lies in another province, or farther than <see cref="SceneKm"/> from it
    /// and the settlement stands outside brackets (a bracket's "Thaton District, Mon State" names a district, no scene):
    /// the scene the sentence set, which the place lies in. Null when there is none.
    /// </summary>
    private PlaceMention? SceneBefore(PlaceMention place, GazetteerEntry e, int sentence)
    {
        var places = _views[sentence].Places;
        int at = places.FindIndex(p => ReferenceEquals(p.Mention, place));
        for (int k = at - 1; k >= 0; k--)
        {
            var p = places[k].Mention;
            if (IsEventPlace(p) && p.Entry is { IsArea: false } s && s.Id != e.Id && s.Admin1 is not null &&
                ContainerOf(p, sentence) is { Kind: FeatureKind.Admin1 } province && LiesIn(s, province))
            {
                return e.CountryCode != s.CountryCode || !string.Equals(NameKey.Of(e.Admin1 ?? ""), NameKey.Of(s.Admin1), StringComparison.Ordinal) ||
                       (GeoMath.Km(e.Latitude, e.Longitude, s.Latitude, s.Longitude) > SceneKm && !InsideBracket(p, sentence)) ? p : null;
            }
        }

        return null;
    }

    /// <summary>Whether a place stands inside a bracket its sentence opened before it and has not closed.</summary>
    private bool InsideBracket(PlaceMention place, int sentence)
    {
        int open = 0;
        var tokens = _document.Tokens;
        for (int t = _views[sentence].Sentence.FirstToken, end = _document.TokenIndexAt(place.Span.Start); t < end; t++)
        {
            open += tokens[t].Norm switch { "(" => 1, ")" => -1, _ => 0 };
        }

        return open > 0;
    }

    /// <summary>How far from the settlement a sentence sets as its scene a place it names may lie and still be itself (km): a municipality's reach.</summary>
    private const double SceneKm = 30;

    /// <summary>
    /// Whether the settlement chosen for a name lies outside the province or country of the place set in apposition
    /// after it ("a village area (its district, Ad Dali)" is no namesake in Hadramawt): the words then name a place the
    /// gazetteer lacks, coded to that container. A city after a city is no container but the next of a list ("in
    /// Sidon, Tripoli and Zahle").
    /// </summary>
    private bool OutsideItsContainer(PlaceMention place, GazetteerEntry e, int sentence)
    {
        var c = ContainerOf(place, sentence);
        if (e.IsArea || c is null || ReferenceEquals(c, e))
        {
            return false;
        }

        // A noun after the name makes it a part of the city set after it, outside brackets ("the Hadar neighbourhood of
        // Mosul", "Qasim area, Hillah city"): an entry farther from that city than a part of it lies is a namesake elsewhere.
        // Not a city named like its province, which the words may use for the province ("Sharan town in Aleppo countryside"),
        // nor a district's town in a bracket ("Saaxo village (Gaalkacyo, Mudug)"), which villages lie around.
        int noun = _document.TokenIndexAt(place.Span.End);
        bool part = NounAt(noun) && _document.Tokens[noun].Norm.Length >= MinNounLength && !InsideBracket(place, sentence) && !BracketBetween(place, c, sentence);
        if (part && c.Kind == FeatureKind.City && e.Id != c.Id && _gazetteer.Admin1(c.CountryCode, c.Name) is null && GeoMath.Km(e.Latitude, e.Longitude, c.Latitude, c.Longitude) > PartOfSettlementKm)
        {
            return true;
        }

        // A city after a city is the next of a list, unless a bracket opens between them: "Sherpur upazila (Bogra,
        // Rajshahi)" writes where the place lies.
        if (e.Kind == FeatureKind.City && c.Kind == FeatureKind.City && !BracketBetween(place, c, sentence))
        {
            return false;
        }

        string? province = c.Kind == FeatureKind.Admin1 ? c.Name : c.Admin1;
        return c.CountryCode != e.CountryCode ||
               (province is not null && e.Admin1 is not null && !string.Equals(NameKey.Of(province), NameKey.Of(e.Admin1), StringComparison.Ordinal));
    }

    /// <summary>Whether an opening bracket stands between a place and the next known place of its sentence whose entry is <paramref name="c"/>.</summary>
    private bool BracketBetween(PlaceMention place, GazetteerEntry c, int sentence)
    {
        var tokens = _document.Tokens;
        var next = _views[sentence].Places.FirstOrDefault(p => p.Mention.Span.Start > place.Span.Start && ReferenceEquals(p.Mention.Entry, c));
        if (next.Mention is null)
        {
            return false;
        }

        for (int t = _document.TokenIndexAt(place.Span.End); t < next.Token; t++)
        {
            if (tokens[t].Norm == "(")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far from a settlement a place the words call a part of it (a neighbourhood, an area) may lie (km).</summary>
    private const double PartOfSettlementKm = 25;

    /// <summary>
    /// The province, district or region of the report's country that a sentence names, for an unknown place it holds:
    /// the first named after the place, else the nearest before it.
    /// </summary>
    private PlaceMention? AreaFor(SentenceView v, PlaceMention place)
    {
        PlaceMention? last = null;
        foreach (var (p, _) in v.Places)
        {
            if (p.Role is not (PlaceRole.Destination or PlaceRole.Origin) &&
                p.Entry is { IsArea: true } e && e.Kind != FeatureKind.Country &&
                (_document.Context.CountryCode is null || e.CountryCode == _document.Context.CountryCode))
            {
                if (p.Span.Start > place.Span.Start)
                {
                    return p;
                }

                last = p;
            }
        }

        return last;
    }

    /// <summary>
    /// Whether the place at this token is set in apposition: right after a comma or an opening bracket, or after one
    /// lower-case word that follows one ("Ar Rifai neighbourhood, western Mosul").
    /// </summary>
    private bool Apposed(int token)
    {
        var tokens = _document.Tokens;
        static bool Separator(Token t) => t.Norm is "," or "(";
        return Separator(tokens[token - 1]) ||
               (token >= 2 && Separator(tokens[token - 2]) && tokens[token - 1].Shape.Has(TokenShape.Word) && !tokens[token - 1].Shape.Has(TokenShape.Capitalised));
    }

    /// <summary>
    /// Whether a place follows another's noun and its own marker ("the Oodweyne neighbourhood in Kismayo", "the Oodweyne
    /// area in Mogadishu"): one lower-case word after the first name, then the marker of the second.
    /// </summary>
    private bool BehindItsNoun(PlaceMention place, PlaceMention next)
    {
        // A place noun and its link word ("the Amiriyah neighbourhood of Baghdad"): two lower-case words, the first a noun
        // that makes the name a settlement or a part of one; any such noun before a province or district ("the X
        // district of Diyala province"), which holds whatever the name is.
        int after = _document.TokenIndexAt(place.Span.End);
        if ((place.Settlement || next.Entry is { Kind: FeatureKind.Admin1 or FeatureKind.Admin2 }) && _document.TokenIndexAt(next.Span.Start) - after == 2 && NounAt(after) && _document.Tokens[after].Norm.Length >= MinNounLength && NounAt(after + 1))
        {
            return true;
        }

        if (next.MarkerSpan is not { } marker || marker.Start < place.Span.End || marker.End > next.Span.Start)
        {
            return false;
        }

        // Or the next place's marker begins with the noun ("Shehpur area of Ahmedabad city": "area of" marks Ahmedabad).
        int first = _document.TokenIndexAt(place.Span.End), last = _document.TokenIndexAt(marker.Start);
        return (last - first == 1 && NounAt(first)) || (last == first && marker.Start >= place.Span.End && NounAt(first) && _document.Tokens[first].Norm.Length >= MinNounLength);
    }

    /// <summary>How long a lower-case word after a name must be to be read as its noun rather than a link word ("de", "of", "and").</summary>
    private const int MinNounLength = 4;

    /// <summary>Whether the token is a lower-case word: a noun written after a name ("neighbourhood", "area").</summary>
    private bool NounAt(int token)
    {
        var tokens = _document.Tokens;
        return token < tokens.Count && tokens[token].Shape.Has(TokenShape.Word) && !tokens[token].Shape.Has(TokenShape.Capitalised);
    }

    /// <summary>
    /// Whether the place at index <paramref name="at"/> of the sentence's places is followed by a conjunction (after a
    /// comma or not) and another place: "in Sirwah, Nihm and Al Hazm" is a list, whose second name is the next place of
    /// the list, not the district or province that holds the first.
    /// </summary>
    private bool ListGoesOn(SentenceView v, int at)
    {
        if (at + 1 >= v.Places.Count)
        {
            return false;
        }

        var tokens = _document.Tokens;
        int t = _document.TokenIndexAt(v.Places[at].Mention.Span.End);
        if (t < tokens.Count && tokens[t].Norm == ",")
        {
            t++;
        }

        return t < tokens.Count && _conjunctions.Contains(tokens[t].Norm) && v.Places[at + 1].Token - t is >= 1 and <= ListNextTokens;
    }

    /// <summary>How many tokens after a list's conjunction its next place may begin ("and the town of X" = 4).</summary>
    private const int ListNextTokens = 4;

    /// <summary>How many tokens after an unknown place its container may be named ("X area in eastern Y province" = 4).</summary>
    private const int ContainerTokens = 5;

    /// <summary>
    /// Whether the place at <paramref name="token"/> opens a bracket set after a list that the place ending at
    /// <paramref name="end"/> begins ("Alpha, Bravo, and Charlie military camps (District, Province)"): between them
    /// only words and commas, at least one comma, at most <see cref="ListContainerTokens"/> tokens. The bracket names
    /// the district and province of every place of the list.
    /// </summary>
    private bool BracketAfterList(int end, int token)
    {
        var tokens = _document.Tokens;
        if (token - end > ListContainerTokens || token < 1 || tokens[token - 1].Norm != "(")
        {
            return false;
        }

        bool comma = false;
        for (int t = end + 1; t < token - 1; t++)
        {
            if (tokens[t].Norm == ",")
            {
                comma = true;
            }
            else if (!tokens[t].Shape.Has(TokenShape.Word))
            {
                return false;
            }
        }

        return comma;
    }

    /// <summary>How many tokens after the first place of a list the bracket that closes it may open ("X, Y, and Z military camps (" = 7).</summary>
    private const int ListContainerTokens = 10;

    /// <summary>The known settlements (no areas) of a sentence in the report's country, in text order.</summary>
    private List<PlaceMention> KnownPlaces(SentenceView v)
    {
        var known = new List<PlaceMention>();
        foreach (var (p, _) in v.Places)
        {
            if (p.Role is not (PlaceRole.Destination or PlaceRole.Origin) &&
                p.Entry is { } e && (!e.IsArea || e.Kind == FeatureKind.Admin2) &&
                (_document.Context.CountryCode is null || e.CountryCode == _document.Context.CountryCode))
            {
                known.Add(p);
            }
        }

        return known;
    }

    /// <summary>
    /// Villages lie near villages: a small settlement named beside the unknown one is a better anchor than a large
    /// city whose name also stands for its province ("in Homs province … took Qaryatayn … near Mahin"). The highest
    /// rank wins, then the nearest; the first in text order among equals.
    /// </summary>
    private PlaceMention? BestAnchor(List<PlaceMention> candidates, PlaceMention place)
    {
        PlaceMention? best = null;
        int bestRank = 0, bestDistance = 0;

        // A village whose entry lies outside the place set after it is a namesake of one the gazetteer lacks: no anchor
        // of itself (a town so named beside another province is more often on the border of the two).
        foreach (var p in candidates)
        {
            if (ReferenceEquals(p, place) && p.Entry?.Kind == FeatureKind.Village)
            {
                continue;
            }

            // A town's name written with a division's noun ("Gangaw District") names the district: an anchor as weak as one.
            int rank = DivisionWritten(p) ? DistrictAnchorRank : AnchorRank(p.Entry!), distance = Math.Abs(p.Span.Start - place.Span.Start);
            if (best is null || rank > bestRank || (rank == bestRank && distance < bestDistance))
            {
                (best, bestRank, bestDistance) = (p, rank, distance);
            }
        }

        return best;
    }

    /// <summary>The anchor rank of a district: below every settlement's.</summary>
    private const int DistrictAnchorRank = 0;

    private int AnchorRank(GazetteerEntry e)
    {
        if (_anchorRanks.TryGetValue(e, out int known))
        {
            return known;
        }

        int rank = e.Kind switch
        {
            FeatureKind.Village or FeatureKind.Camp or FeatureKind.Crossing => 3,
            FeatureKind.Town => 2,
            FeatureKind.Admin2 => DistrictAnchorRank,
            _ => 1,
        };

        // A city that shares its name with its province is a weak anchor.
        rank = e.Admin1 is not null && _gazetteer.Admin1(e.CountryCode, e.Name) is not null ? rank - 1 : rank;
        _anchorRanks[e] = rank;
        return rank;
    }

    /// <summary>
    /// Whether the place may be the event's: not where people went or came from, nor a country beyond a border ("near the
    /// border with Somalia": the event is on this side).
    /// </summary>
    private static bool IsEventPlace(PlaceMention p) =>
        p.Role is not (PlaceRole.Destination or PlaceRole.Origin) && !(p.Border && p.Entry is { Kind: FeatureKind.Country });

    /// <summary>
    /// Whether a place is an area: a division, or a name a marker of a region introduces, unless the gazetteer knows no
    /// area of that name, only a settlement ("the commune of Markoye" read as the town of Markoye is the commune's seat; "in
    /// western Yemen (Al Hudaydah)" is the province, whose seat the gazetteer ranks first).
    /// </summary>
    private static bool IsArea(PlaceMention p) =>
        p.Entry is { IsArea: true } || (p.Role == PlaceRole.Region && (p.Entry is not { IsArea: false } || p.Candidates.Any(c => c.Entry.IsArea)));

    /// <summary>
    /// Whether the place is an area among the places of its sentence (<see cref="IsArea"/>), except a district the words
    /// call a settlement ("in Jhenaidah city, Jhenaidah Sadar (Khulna)", where the gazetteer has only the district of the
    /// name) when another place of the sentence lies in the district's province or is it: the district stands for its
    /// town, which a city named after it for the province ("Khulna") does not replace.
    /// </summary>
    private static bool AreaIn(SentenceView v, PlaceMention p) =>
        IsArea(p) && !(p.Settlement && p.Role != PlaceRole.Region && p.Entry is { Kind: FeatureKind.Admin2, Admin1: { } unit } district &&
                       v.Places.Any(q => !ReferenceEquals(q.Mention, p) && q.Mention.Entry is { } e && e.CountryCode == district.CountryCode &&
                                         (e.Kind == FeatureKind.Admin1 ? string.Equals(e.Name, unit, StringComparison.Ordinal) : string.Equals(e.Admin1, unit, StringComparison.Ordinal))));

    /// <summary>
    /// A name written with a noun of an area after it that is also a division's name ("Falam district", whose seat the
    /// gazetteer ranks first): the words name the division, so a town of the sentence is the more precise place.
    /// </summary>
    private static bool DivisionWritten(PlaceMention p) =>
        p.AreaNounAfter && p.Candidates.Any(c => c.Entry.Kind is FeatureKind.Admin1 or FeatureKind.Admin2);

    private static int Specific(PlaceMention p) => p.Unknown ? 3 : p.Entry is { IsArea: false } ? 2 : p.Entry is null ? 0 : 1;

    public string CountryName(string iso2) => _gazetteer.CountryName(iso2);
}
