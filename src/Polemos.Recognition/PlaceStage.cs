using System.Buffers;
using Polemos.Core;
using Polemos.Geo;
using Polemos.Text;

namespace Polemos.Recognition;

/// <summary>
/// Finds toponyms: gazetteer names (the longest n-gram that the gazetteer knows, starting at a capitalised word)
/// and names the gazetteer lacks but the clause marks as places ("il villaggio di X", "lost X", "near X").
/// Each gets a role from the words before it: where it happened, near it, or a destination or origin of
/// movement ("verso", "towards", "safe passage to"), which never becomes an event's location.
/// </summary>
public sealed class PlaceStage : IStage
{
    private static readonly HashSet<string> MovementConcepts = new(StringComparer.Ordinal)
    {
        Concepts.Flee, Concepts.SafePassage, Concepts.Corridor, Concepts.Cross, Concepts.Withdraw, Concepts.Displaced,
    };

    /// <summary>The means of attack whose one-word nouns name weapons ("Grad", "Katyusha", "Shahed"), never places.</summary>
    private static readonly HashSet<string> MeansConcepts = new(StringComparer.Ordinal)
    {
        Concepts.Drone, Concepts.Rocket, Concepts.Missile, Concepts.Ied, Concepts.Landmine, Concepts.Grenade, Concepts.Chemical, Concepts.CarBomb,
    };

    private static readonly HashSet<string> TerritoryConcepts = new(StringComparer.Ordinal)
    {
        Concepts.TakeControl, Concepts.LoseControl, Concepts.Retake, Concepts.HandOver,
    };

    private readonly LanguagePacks _packs;
    private readonly IGazetteer _gazetteer;
    private readonly GazetteerKeys _keys;

    public PlaceStage(LanguagePacks packs, IGazetteer gazetteer)
    {
        _packs = packs;
        _gazetteer = gazetteer;
        _keys = new GazetteerKeys(gazetteer);
    }

    public string Name => "places";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Actors, Layers.Concepts, Layers.Quantities, Layers.Dates];

    public IReadOnlyList<string> Provides => [Layers.Places];

    public void Run(Document document)
    {
        var pack = _packs.For(document.Language);
        var tokens = document.Tokens;
        var claimed = TokenClaims.Of<ActorMention>(document);
        foreach (var d in document.MentionsOf<DateMention>())
        {
            TokenClaims.Mark(document, claimed, d.Span);
        }

        // Where generic actor descriptions end ("le truppe" | "di Damasco"), and their kinds, for the affiliation check.
        var genericEnds = new Dictionary<int, ActorKind>();
        foreach (var a in document.MentionsOf<ActorMention>().Where(a => a.Kind != ActorKind.Named))
        {
            genericEnds.TryAdd(a.Span.End, a.Kind);
        }

        // Per-token tables of the report, rented for the stage and cleared, as long as the report's tokens or longer.
        var conceptAt = ArrayPool<string?>.Shared.Rent(tokens.Count);
        var meansNoun = ArrayPool<bool>.Shared.Rent(tokens.Count);
        Array.Clear(conceptAt, 0, tokens.Count);
        Array.Clear(meansNoun, 0, tokens.Count);
        foreach (var c in document.MentionsOf<ConceptMention>())
        {
            // A one-word noun of a weapon or means of attack ("Grad", "Katyusha", "Shahed") names that weapon.
            if (c.Form == WordForm.Noun && MeansConcepts.Contains(c.Concept) && document.TokenIndexAt(c.Span.End) - document.TokenIndexAt(c.Span.Start) <= 1)
            {
                meansNoun[document.TokenIndexAt(c.Span.Start)] = true;
            }

            // A camp of displaced people ("camp de déplacés", "displacement camp") is where they are, not where anyone goes.
            if (c.Concept == Concepts.Displaced && c.Form == WordForm.Noun)
            {
                continue;
            }

            conceptAt[document.TokenIndexAt(c.Span.Start)] = c.Concept;

            // A lexicon phrase explains its words: "Molotov cocktails" is a weapon, not Perm by its old name.
            if (document.TokenIndexAt(c.Span.End) - document.TokenIndexAt(c.Span.Start) > 1)
            {
                TokenClaims.Mark(document, claimed, c.Span);
            }
        }

        bool caseless = Caseless(pack);
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                var t = tokens[i];
                if (document.Datelines.Count > 0 && document.InDateline(t.Span))
                {
                    continue;
                }

                // "La bande de Gaza", "la franja de Gaza": an area whose name the language writes with a lower-case head
                // before a capitalised word is that area, not the namesakes of the capitalised word alone (Mozambique's Gaza).
                if (!caseless && !claimed[i] && t.Shape.Has(TokenShape.Word) && !t.Shape.Has(TokenShape.Capitalised) && !pack.IsStopWord(t.Norm) &&
                    LowerHeadedArea(document, claimed, i, end) is { } area)
                {
                    Add(document, pack, conceptAt, genericEnds, sentence, i, area.Count, area.Name, unknown: false);
                    i += area.Count - 1;
                    continue;
                }

                // "The Malian town of Kaya", "la ville malienne de Kaya", "في بلدة الرقة السورية": a nationality adjective
                // beside a noun of a settlement or an area that is next to a name tells that place's country, as the
                // country's name would. The adjective is no place of its own.
                if (!claimed[i] && t.Shape.Has(TokenShape.Word) && CountryOfNamedPlace(document, pack, sentence, i, end, caseless) is { } ofNoun)
                {
                    AddCountryOfPlace(document, pack, conceptAt, genericEnds, sentence, i, ofNoun.Count, ofNoun.Name);
                    i += ofNoun.Count - 1;
                    continue;
                }

                if (claimed[i] || !t.Shape.Has(TokenShape.Word) || (!caseless && !t.Shape.Has(TokenShape.Capitalised)))
                {
                    continue;
                }

                // A name right after a person's title ("President Hassan …", "MP Samir al Jisr"), or after a title and one or
                // two words that say of what place ("мэр города Виталий …", "губернатор региона …"), is a person's, not a
                // place. A title's word that a lower-case noun of a settlement or an area follows is a town's name ("in Sheikh
                // town").
                if ((pack.Data.PersonTitles.Contains(t.Norm) && (caseless || !LowerSettlementNounAt(pack, tokens, i + 1, end))) ||
                    (i > sentence.FirstToken && pack.Data.PersonTitles.Contains(tokens[i - 1].Norm)) ||
                    (!caseless && TitleBefore(pack, tokens, sentence, i)))
                {
                    while (!caseless && i + 1 < end && tokens[i + 1].Shape.Has(TokenShape.Word | TokenShape.Capitalised))
                    {
                        i++;
                    }

                    continue;
                }

                // "Im Norden Syriens", "im Osten Malis": a country's name in the genitive right after a word of direction
                // (the demonyms list it with the country's code; the stop words keep it from being read as a toponym of its
                // own, "Malis" as a German village) names that country: the place, at the country's precision.
                if (!caseless && GenitiveCountryAfterDirection(pack, tokens, sentence, i, end) is { } country)
                {
                    Add(document, pack, conceptAt, genericEnds, sentence, i, 1, country, unknown: false);
                    continue;
                }

                // "Kaya, a busy South Sudanese commercial centre": a nationality adjective in an apposition to a place tells
                // the place's country, as the country's name would ("Kaya, South Sudan").
                // The adjective is no modifier of its noun as a place: it says where the place named before lies.
                if (!caseless && CountryOfApposedPlace(document, pack, sentence, i, end) is { } ofPlace)
                {
                    AddCountryOfPlace(document, pack, conceptAt, genericEnds, sentence, i, ofPlace.Count, ofPlace.Name);
                    i += ofPlace.Count - 1;
                    continue;
                }

                // A function word starts a place only as part of a longer name ("أم درمان", "La Spezia").
                bool stop = pack.IsStopWord(t.Norm) && !t.Shape.Has(TokenShape.AllCaps);
                int n = FindGazetteerName(document, pack, i, end, claimed, out string name);
                if (stop && n < 2)
                {
                    continue;
                }

                // A name of several words that is no more than a marker of place of the language, written with a capital at
                // the start of a sentence ("Im Zentrum der Stadt", which a Zurich quarter bears as an alternate name), is
                // that marker. One word ("Eastern Ghariyeh") may still begin a longer name read below.
                if (n > 1 && pack.PlaceMarkers.MatchAt(tokens, i, end) is { } ownMarker && ownMarker.First == i && ownMarker.Count >= n)
                {
                    continue;
                }

                // A name that only begins a longer nationality adjective ("South Sudanese raiders", "North Korean") is a
                // word of the nationality, not the province abroad that the gazetteer calls "South".
                if (n > 0 && pack.Demonyms.MatchAt(tokens, i, end) is { } nationality && nationality.First == i && nationality.Count > n)
                {
                    i += nationality.Count - 1;
                    continue;
                }

                // A name that is also a nationality adjective, before a lower-case word ("the Somali border", "Somali
                // refugees"), is the nationality when the gazetteer's places of the name lie outside its country (Ethiopia's
                // Somali region): an adjective of a people, not a province abroad. A country's name keeps its place.
                if (n > 0 && !caseless && NationalityBeforeNoun(pack, tokens, i, n, end, name))
                {
                    i += n - 1;
                    continue;
                }

                // A word of direction right after a capitalised word ("Baringo North", "Marakwet East") is part of that
                // name, never a province abroad that the gazetteer calls "North" or "East".
                if (n <= 1 && !caseless && DirectionAfterName(pack, document, i, sentence))
                {
                    continue;
                }

                // A known name with a word of direction right after it ("Gatundu South", "Nyamira North district") names a
                // part of that place (a constituency, a district named after it): the place is the name's.
                if (n > 0 && !caseless && i + n < end && !claimed[i + n] && DirectionAfterName(pack, document, i + n, sentence))
                {
                    Add(document, pack, conceptAt, genericEnds, sentence, i, n + 1, name, unknown: false);
                    i += n;
                    continue;
                }

                // An acronym is no village: "a staff member of an INGO" is no Finnish Ingå. One word written in capitals, in a
                // sentence written in small letters and outside a dateline, is a place only where the gazetteer holds a city,
                // a division or a country of the name ("UAE", "KSA").
                if (n == 1 && !caseless && t.Shape.Has(TokenShape.AllCaps) && !document.InDateline(t.Span) && !InCapitals(tokens, sentence) &&
                    !_gazetteer.Lookup(NameKey.Of(name)).Any(e => e.Kind is not (FeatureKind.Town or FeatureKind.Village)))
                {
                    continue;
                }

                // A place noun of the language alone is no name, whatever a gazetteer calls so: "Al Thawrah Hospital"
                // (Hospital is a Chilean town). It may start a longer one ("Küstenstadt Sidon", read whole when unknown).
                bool noun = !caseless && pack.PlaceMarkers.MatchAt(tokens, i, i + 1) is { Count: 1 } own && IsNoun(own.Value);
                if (noun && n == 1)
                {
                    continue;
                }

                // A number word of the language is a count, whatever village abroad it names ("Four militants were killed").
                if (n == 1 && pack.Numbers.ContainsKey(TextFold.Fold(t.Norm)))
                {
                    continue;
                }

                // A weapon's one-word name is the weapon, whatever place abroad shares it ("fired Grad missiles at …" is no Slovenian Grad).
                if (n <= 1 && meansNoun[i])
                {
                    continue;
                }

                // A month's name or abbreviation before a day's number is a date ("between Mar.28 and Apr.7", "Jul 19th"); in a
                // language that writes months with a capital, a month's name alone is one too ("salaries unpaid since May").
                if (n <= 1 && pack.Dates.MatchAt(tokens, i, i + 1) is { Value.Type: "month" } && (NumberAfter(tokens, i + 1, end) || pack.Data.CapitalisedMonths))
                {
                    continue;
                }

                // "Küstenstadt Sidon", "Grenzdorf Tal Abjad": a compound place noun before the name is not part of it.
                if (n == 0 && !caseless && CompoundPlaceNoun(pack, t) && i + 1 < end && tokens[i + 1].Shape.Has(TokenShape.Capitalised))
                {
                    continue;
                }

                if (n == 0 && !caseless && AddRoadEnds(document, pack, conceptAt, sentence, i))
                {
                    continue;
                }

                // "near Zolote-4", "in Novhorodske-2": a settlement numbered after its name is a part of that settlement,
                // when a marker of place stands right before; a model of weapon has a short name or a longer number
                // ("Su-25", "Shahed-136").
                if (n == 0 && !caseless && MarkerRightBefore(pack, tokens, sentence, i) && NumberedSettlement(document, t) is { } stem)
                {
                    Add(document, pack, conceptAt, genericEnds, sentence, i, 1, stem, unknown: false);
                    continue;
                }

                // "Im Südlibanon", "in Nordsyrien": a word of direction written onto the name of a country or a province.
                if (n == 0 && !caseless && AddDirectionCompound(document, pack, conceptAt, sentence, i))
                {
                    continue;
                }

                // "Jorge Rivas, a community leader": a one-word name after a capitalised word the report does not explain,
                // described after a comma by an indefinite article and no place noun, ends a person's name, not a town's.
                if (n == 1 && !caseless && Unexplained(document, pack, claimed, sentence, i - 1) && PersonInApposition(pack, tokens, conceptAt, i + 1, end))
                {
                    continue;
                }

                // "The US dollar", "доллар США": a country's name beside a currency's names the currency.
                if (n > 0 && CurrencyBeside(pack, tokens, sentence, i, n))
                {
                    i += n - 1;
                    continue;
                }

                // A gazetteer name that only begins a run of capitalised words a lower-case settlement noun then marks
                // ("Adan Yabaal town", "Cali Yabaal village"), or words no lexicon explains between a marker of place and a
                // province after a comma ("in Qarah Tapah, Diyala"), is a word of that longer name the gazetteer lacks: the
                // run is read whole (the geocoder may know it under another spelling).
                if (n > 0 && !caseless && !t.Shape.Has(TokenShape.SentenceInitial) &&
                    (UnknownRunBeforeSettlementNoun(pack, tokens, claimed, i, end) ?? UnknownRunBeforeProvince(document, pack, claimed, sentence, i, n, end)) is { } run && run > n)
                {
                    Add(document, pack, conceptAt, genericEnds, sentence, i, run, document.Slice(TokenClaims.SpanOf(document, i, run)), unknown: true);
                    i += run - 1;
                    continue;
                }

                if (n > 0)
                {
                    bool continued = !caseless && Unexplained(document, pack, claimed, sentence, i + n);
                    bool fragment = (n == 1 && (continued || (!caseless && Unexplained(document, pack, claimed, sentence, i - 1)))) ||
                                    (!caseless && JoinedByArticle(document, sentence, i, n));
                    Add(document, pack, conceptAt, genericEnds, sentence, i, n, name, unknown: false, (fragment, continued));
                    i += n - 1;
                    continue;
                }

                // Without capital letters (Arabic) only a place noun right before ("قرية X", "village of X") marks a name.
                bool unknownContext = caseless
                    ? MarkerNounRightBefore(pack, tokens, sentence, i, static m => IsNoun(m) && m != PlaceMarker.Institution)
                    : IsUnknownToponymContext(document, pack, conceptAt, sentence, i);

                // So does an administrative unit's noun ("مديرية X"), for a district the gazetteer may know only in Latin letters.
                bool districtNoun = caseless && !unknownContext && MarkerNounRightBefore(pack, tokens, sentence, i, static m => m == PlaceMarker.Region);
                unknownContext |= districtNoun;
                int len = 1;
                while (!caseless && i + len < end && len < 4 && !claimed[i + len] && tokens[i + len].Shape.Has(TokenShape.Capitalised) &&
                       !pack.IsStopWord(tokens[i + len].Norm))
                {
                    len++;
                }

                // A settlement's noun written after the name in lower case marks it too ("in Nassriya city", "X neighbourhood"),
                // and so does a bracket after a word that closes on a known name: "X (District, Province)" names X's district.
                // So does a province set after it behind a comma, when a word of place stands right before it ("in X, Kyiv,"):
                // reports write a village's province after it.
                // And so does a marker of place right before a name the gazetteer knows under another spelling only ("in Zouq
                // Mosbeh" for Zouk Mosbeh): the geocoder then finds it by that spelling.
                unknownContext = unknownContext || (!caseless && (LowerSettlementNounAt(pack, tokens, i + len, end) || DistrictInBracket(document, claimed, i, len, end) ||
                                                                  ProvinceAfterComma(document, pack, claimed, sentence, i, len, end, ShelledRightBefore(conceptAt, sentence, i)) ||
                                                                  ((MarkerRightBefore(pack, tokens, sentence, i) || ShelledRightBefore(conceptAt, sentence, i)) && KnownUnderOtherSpelling(document, i, len))));
                // A name the gazetteer lacks right after an indefinite article describes the noun after it ("near a Shia
                // mosque", "in a Yazidi village"): a report introduces no place it names with "a".
                if (i > sentence.FirstToken && conceptAt[i - 1] == Concepts.Single)
                {
                    unknownContext = false;
                }

                // Without capital letters, a marker of place or a function word after the place noun is no name: "في قرية
                // قرب كركوك" is a village near Kirkuk, not a village called "near".
                if (caseless && (pack.IsStopWord(t.Norm) || pack.PlaceMarkers.MatchAt(tokens, i, end) is not null))
                {
                    unknownContext = false;
                }

                // Where every noun is capitalised, a word the gazetteer lacks after an article, or after an article and
                // up to two words in small letters, is a noun ("am Straßenrand", "bei den Durchsuchungen", "in ein nahe
                // gelegenes Waldgebiet"): reports name an unknown village bare or after its place noun ("im Dorf X").
                if (pack.Data.CapitalisedNouns && ArticleBefore(pack, conceptAt, tokens, sentence, i))
                {
                    unknownContext = false;
                }

                // A Cyrillic name right after a province's marker or a marker of place ("в провинции Анбар", "в Дагестане")
                // may be a place the gazetteer knows only in Latin letters: transliterated below, it is one where the
                // gazetteer knows it, and no unknown name otherwise.
                bool provinceBefore = len == 1 && Cyrillic(pack) && (RegionMarkerRightBefore(pack, tokens, sentence, i) || MarkerRightBefore(pack, tokens, sentence, i));
                bool onlyProvinceBefore = provinceBefore && !unknownContext;
                unknownContext |= provinceBefore;

                // A demonym is no name the gazetteer lacks ("Syrian", "сирийск*", "Львівської"); a row that stands for a
                // place in its cases ("анбар*") names that place right after a province's marker ("в провинции Анбар").
                if (!t.Shape.Has(TokenShape.SentenceInitial) && (pack.Demonyms.MatchAt(tokens, i, end) is null || (provinceBefore && pack.Nationalities.MatchAt(tokens, i, end) is null)) &&
                    unknownContext && !(noun && len == 1) &&
                    !(len == 1 && pack.IsDemonymCompound(t.Norm)))
                {
                    // "where Deputy Governor X was due": a person's title inside the run, a name after it, makes
                    // the run a person's name, whatever word stands before the title.
                    if (!caseless && TitleInside(pack, tokens, i, len))
                    {
                        i += len - 1;
                        continue;
                    }

                    string surface = document.Slice(TokenClaims.SpanOf(document, i, len));

                    // A Cyrillic name the gazetteer lacks in Cyrillic may be known by its Latin spelling ("вблизи города
                    // Тармия" is Tarmiyah): a one-word name in a place's context is transliterated, its case endings undone.
                    if (len == 1 && Cyrillic(pack) && Transliterated(pack, surface) is { } latin)
                    {
                        Add(document, pack, conceptAt, genericEnds, sentence, i, len, latin, unknown: false);
                        continue;
                    }

                    if (onlyProvinceBefore)
                    {
                        continue;
                    }

                    Add(document, pack, conceptAt, genericEnds, sentence, i, len, surface, unknown: true, districtNoun: districtNoun);
                    i += len - 1;
                }
            }
        }

        ArrayPool<string?>.Shared.Return(conceptAt, clearArray: true);
        ArrayPool<bool>.Shared.Return(meansNoun);
        BracketsShareRole(document);
    }

    /// <summary>Whether the name of these tokens is a settlement's or a district's in the gazetteer under another spelling only (<see cref="SpellingVariants"/>).</summary>
    private bool KnownUnderOtherSpelling(Document document, int i, int len)
    {
        string key = NameKey.Of(document.Slice(TokenClaims.SpanOf(document, i, len)));
        return key.Length >= MinVariantKeyLength && SpellingVariants.Lookup(_gazetteer, key).Any(e => e.Kind is not (FeatureKind.Country or FeatureKind.Admin1));
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a capitalised word of direction (the language's <c>direction_words</c>)
    /// set right after a capitalised word of its sentence that is no function word ("In West Pokot" starts a name), with
    /// only a space or a hyphen between.
    /// </summary>
    private static bool DirectionAfterName(LanguagePack pack, Document document, int k, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (k <= sentence.FirstToken || pack.Data.DirectionWords.Count == 0 || !tokens[k].Shape.Has(TokenShape.Capitalised) ||
            !pack.Data.DirectionWords.Contains(TextFold.Fold(tokens[k].Norm)) || !tokens[k - 1].Shape.Has(TokenShape.Word | TokenShape.Capitalised) || pack.IsStopWord(tokens[k - 1].Norm))
        {
            return false;
        }

        var gap = document.Text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End);
        return gap is " " or "-";
    }

    /// <summary>
    /// Whether the name of tokens <paramref name="i"/> to <paramref name="i"/> + <paramref name="n"/> is, whole, a
    /// nationality adjective of the language set before a lower-case word, and none of the gazetteer's places of the
    /// name is a country or lies in the nationality's country.
    /// </summary>
    private bool NationalityBeforeNoun(LanguagePack pack, IReadOnlyList<Token> tokens, int i, int n, int end, string name)
    {
        if (i + n >= end || !tokens[i + n].Shape.Has(TokenShape.Word) || tokens[i + n].Shape.Has(TokenShape.Capitalised) ||
            pack.Demonyms.MatchAt(tokens, i, end) is not { } nationality || nationality.First != i || nationality.Count != n)
        {
            return false;
        }

        return !_gazetteer.Lookup(NameKey.Of(name)).Any(e => e.Kind == FeatureKind.Country || string.Equals(e.CountryCode, nationality.Value, StringComparison.Ordinal));
    }

    /// <summary>Names shorter than this are too easily another word's spelling.</summary>
    private const int MinVariantKeyLength = 5;

    /// <summary>
    /// A marker of the given kinds ends right before token <paramref name="i"/>, starting up to three tokens before it in
    /// its sentence: a place noun, not an institution's ("قرية X"), or an administrative unit's noun (the language's
    /// <see cref="PlaceMarker.Region"/> words: "مديرية", "ناحية").
    /// </summary>
    private static bool MarkerNounRightBefore(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int i, Func<PlaceMarker, bool> kind)
    {
        for (int s0 = Math.Max(sentence.FirstToken, i - 3); s0 < i; s0++)
        {
            if (pack.PlaceMarkers.MatchAt(tokens, s0, i) is { } m && kind(m.Value) && m.First + m.Count == i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a generic actor of this kind followed by "of X" may belong to X as to a state ("the forces of Kyiv"):
    /// armed and state actors; civilians, protesters and rioters "of X" live or gather there, and the police "of X"
    /// serve there ("la estación de policía de Suárez", "the police of Mosul"): a police force is a town's or a province's.
    /// </summary>
    private static bool Affiliating(ActorKind kind) =>
        kind is not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters or ActorKind.StatePolice);

    /// <summary>
    /// An abbreviation or alternative name in brackets right after a place ("Middle Euphrates River Valley (MERV)")
    /// is the same place in the same role.
    /// </summary>
    private static void BracketsShareRole(Document document)
    {
        var places = document.MentionsOf<PlaceMention>().OrderBy(p => p.Span.Start).ToList();

        // Where each place stands among the mentions, found when the first bracket is (most reports have none), before
        // any mention is replaced.
        Dictionary<Mention, int>? indexOf = null;
        for (int k = 1; k < places.Count; k++)
        {
            var (a, b) = (places[k - 1], places[k]);
            var between = document.Text.AsSpan()[a.Span.End..b.Span.Start];
            if (b.Role != a.Role && between.Trim() is "(")
            {
                if (indexOf is null)
                {
                    indexOf = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
                    for (int m = 0; m < document.Mentions.Count; m++)
                    {
                        if (document.Mentions[m] is PlaceMention)
                        {
                            indexOf[document.Mentions[m]] = m;
                        }
                    }
                }

                int index = indexOf[b];
                var copy = b with { Role = a.Role, MarkerSpan = a.MarkerSpan };
                copy.Entry = b.Entry;
                copy.Candidates = b.Candidates;
                document.Mentions[index] = copy;
                places[k] = copy;
            }
        }
    }

    /// <summary>
    /// The longest gazetteer name starting at token <paramref name="i"/>: names grow a word at a time while some
    /// gazetteer name still starts with the words read so far, so most tokens cost one lookup.
    /// </summary>
    private int FindGazetteerName(Document document, LanguagePack pack, int i, int end, bool[] claimed, out string name)
    {
        var tokens = document.Tokens;
        int max = Math.Min(_gazetteer.MaxNameTokens, end - i);
        int bestN = 0;
        name = "";
        // Whether the first word carries a clitic its token dropped ("بدير الزور"): asked once, not at every length.
        bool clitic = max > 0 && HasClitic(document, i);
        for (int n = 1; n <= max; n++)
        {
            int k = i + n - 1;
            if (claimed[k] || (!tokens[k].Shape.HasFlag(TokenShape.Word) && !tokens[k].Shape.HasFlag(TokenShape.Number)))
            {
                break;
            }

            var span = TokenClaims.SpanOf(document, i, n);
            string key = NameKey.Of(document.Text.AsSpan(span.Start, span.Length));
            var facts = _keys.Facts(key);

            // A multi-word name ends on a capitalised word ("Baghuz Fawqani", "Deir ez-Zor"), not on "di", nor on a
            // place noun the text writes in lower case: "Hays city" is Hays, not the "Hays City" of another country.
            // A script without capitals (Arabic) gives no such sign: "دير الزور" ends on its short second word.
            bool mayEnd = n == 1 || Caseless(pack) || tokens[k].Shape.Has(TokenShape.Capitalised) || (tokens[k].Norm.Length >= 4 && !LowerPlaceNoun(pack, tokens, k));

            // The name without the first word's clitic and its facts, made once per length, where one of the two
            // questions below asks for it.
            string? bare = null;
            (bool Known, bool Prefix) bareFacts = default;
            if (clitic && ((mayEnd && !facts.Known) || !facts.Prefix))
            {
                bare = WithoutClitic(document, i, k);
                bareFacts = _keys.Facts(NameKey.Of(bare));
            }
            if (mayEnd && facts.Known)
            {
                bestN = n;
                name = document.Slice(span);
            }
            else if (mayEnd && bare is not null && bareFacts.Known)
            {
                // A clitic on the first word ("بدير الزور" = "in Deir ez-Zor"): the name without it.
                bestN = n;
                name = bare;
            }
            else if (mayEnd && n == 1 && Uninflected(pack, document.Slice(span)) is { } lemma)
            {
                // An inflected name ("обстрела Белгорода", "в Москве"): its dictionary form.
                bestN = n;
                name = lemma;
            }
            else if (mayEnd && n == 1 && k + 1 < end && pack.PlaceMarkers.MatchAt(tokens, k + 1, end) is { Value: PlaceMarker.Region } region &&
                     region.First == k + 1 && RegionTown(pack, document.Slice(span)) is { } town)
            {
                // A region named by its town's adjective ("в Белгородской области"): the town it is named after.
                bestN = n;
                name = town;
            }

            if (!facts.Prefix && (bare is null || !bareFacts.Prefix))
            {
                break;
            }
        }

        if (bestN < 2 && max > 1 && !claimed[i + 1] && tokens[i + 1].Shape.Has(TokenShape.Word | TokenShape.Capitalised) &&
            UninflectedPair(pack, document.Slice(tokens[i].Span), document.Slice(tokens[i + 1].Span)) is { } pair)
        {
            // Both words inflected ("в Нижнем Новгороде"): the two-word name in its dictionary form.
            bestN = 2;
            name = pair;
        }

        return bestN;
    }

    /// <summary>
    /// The length of the run of capitalised words (not function words, at most four) from token <paramref name="i"/>
    /// when a lower-case settlement or area noun follows it straight; else null.
    /// </summary>
    private static int? UnknownRunBeforeSettlementNoun(LanguagePack pack, IReadOnlyList<Token> tokens, bool[] claimed, int i, int end)
    {
        int len = 1;
        while (i + len < end && len < 4 && !claimed[i + len] && tokens[i + len].Shape.Has(TokenShape.Capitalised) && !pack.IsStopWord(tokens[i + len].Norm))
        {
            len++;
        }

        return LowerSettlementNounAt(pack, tokens, i + len, end) ? len : null;
    }

    /// <summary>
    /// The length of the name at <paramref name="i"/> whose first <paramref name="known"/> tokens the gazetteer knows, when
    /// words no lexicon explains (<see cref="Unexplained"/>) continue it up to a comma and a province after a marker of place
    /// (<see cref="ProvinceAfterComma"/>), or up to the comma of a district and province in a bracket (<see cref="DistrictInBracket"/>):
    /// "in Qarah Tapah, Diyala" where a "Qarah" lies abroad, "(Bulo Burto, Hiraan)" where a "Bulo" does; else null.
    /// </summary>
    private int? UnknownRunBeforeProvince(Document document, LanguagePack pack, bool[] claimed, Sentence sentence, int i, int known, int end)
    {
        int len = known;
        while (len < 4 && Unexplained(document, pack, claimed, sentence, i + len))
        {
            len++;
        }

        if (len == known)
        {
            return null;
        }

        if (ProvinceAfterComma(document, pack, claimed, sentence, i, len, end))
        {
            return len;
        }

        // In a bracket, the known words are a place of their own when one of their places has the bracket's province among
        // its country's provinces ("(Hpapun Township, Kayin State)", "(Bungudu LGA, Zamfara)"): the word after them is the
        // division's noun. Known only abroad ("(Bulo Burto, Hiraan)", a "Bulo" of the Philippines), they begin a longer name.
        if (BracketProvinceAt(document, claimed, i, len, end) is not { } province)
        {
            return null;
        }

        var provinces = _gazetteer.Lookup(NameKey.Of(document.Slice(TokenClaims.SpanOf(document, province.First, province.Count))));
        foreach (var e in _gazetteer.Lookup(NameKey.Of(document.Slice(TokenClaims.SpanOf(document, i, known)))))
        {
            foreach (var p in provinces)
            {
                if (p.Kind == FeatureKind.Admin1 && p.CountryCode == e.CountryCode)
                {
                    return null;
                }
            }
        }

        return len;
    }

    /// <summary>
    /// Whether token <paramref name="first"/> lies inside a bracket of its sentence, still open there, that a place already
    /// read opens, straight or after one word, its noun ("Kutkai town (Muse District, Shan North)", "Kutkai Township, in
    /// brackets its district and state"): the bracket says
    /// where that place lies (<see cref="PlaceMention.Apposed"/>).
    /// </summary>
    private static bool InBracketAfterPlace(Document document, Sentence sentence, int first)
    {
        var tokens = document.Tokens;
        int open = -1;
        for (int k = first - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Norm == ")")
            {
                return false;
            }

            if (tokens[k].Norm == "(")
            {
                open = k;
                break;
            }
        }

        if (open <= sentence.FirstToken)
        {
            return false;
        }

        int end = tokens[open - 1].Span.End;
        int endAfterNoun = open - 2 >= sentence.FirstToken && tokens[open - 1].Shape.Has(TokenShape.Word) ? tokens[open - 2].Span.End : -1;
        foreach (var m in document.Mentions)
        {
            if (m is PlaceMention place && (place.Span.End == end || place.Span.End == endAfterNoun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the capitalised run at <paramref name="i"/> opens a bracket set right after a word and is followed by a
    /// comma and a name the gazetteer knows that closes it: "Balade (Bossaso, Bari)", where reports write the district
    /// and the province of the place before the bracket.
    /// </summary>
    private bool DistrictInBracket(Document document, bool[] claimed, int i, int len, int end) => BracketProvinceAt(document, claimed, i, len, end) is not null;

    /// <summary>
    /// The tokens of the known name that closes the bracket the capitalised run at <paramref name="i"/> opens, after a
    /// comma (<see cref="DistrictInBracket"/>); null when the run opens no such bracket.
    /// </summary>
    private (int First, int Count)? BracketProvinceAt(Document document, bool[] claimed, int i, int len, int end)
    {
        var tokens = document.Tokens;
        int comma = i + len;
        if (i < 2 || tokens[i - 1].Norm != "(" || !tokens[i - 2].Shape.Has(TokenShape.Word) || comma + 2 >= end || tokens[comma].Norm != ",")
        {
            return null;
        }

        for (int n = 1; comma + n < end && n <= _gazetteer.MaxNameTokens; n++)
        {
            if (claimed[comma + n] || !tokens[comma + n].Shape.Has(TokenShape.Word))
            {
                return null;
            }

            if (comma + n + 1 < end && tokens[comma + n + 1].Norm == ")" && _keys.Known(NameKey.Of(document.Slice(TokenClaims.SpanOf(document, comma + 1, n)))))
            {
                return (comma + 1, n);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the capitalised run at <paramref name="i"/> follows a word that sets where something is or goes ("in",
    /// "near", "in the direction of"), or a verb of shelling when <paramref name="shelled"/>, and is followed by a comma, or a
    /// one-word marker of place, and the name of a province the gazetteer knows, which ends there: "in Vyshenky, Kyiv," or
    /// "in Basira in Deir-ez-Zor", where reports write the village's province after it. With no such word before it, the
    /// whole address must follow after commas: "raided X, Anbar, Iraq".
    /// </summary>
    private bool ProvinceAfterComma(Document document, LanguagePack pack, bool[] claimed, Sentence sentence, int i, int len, int end, bool shelled = false)
    {
        var tokens = document.Tokens;
        int comma = i + len;
        // The province may follow a comma or a one-word marker of place ("in Mayadin in Deir-ez-Zor").
        if (comma + 1 >= end || !(tokens[comma].Norm == "," || pack.PlaceMarkers.MatchAt(tokens, comma, comma + 1) is { Value: PlaceMarker.At, Count: 1 }))
        {
            return false;
        }

        bool marked = shelled || MarkerRightBefore(pack, tokens, sentence, i);
        if (!marked && tokens[comma].Norm != ",")
        {
            return false;
        }

        // Without a marker before it, the whole address must follow: the province, its noun if written, a comma and the
        // country ("Assailants raided X, Anbar, Iraq"; "X, Saladin governorate, Iraq").
        if (KnownNameAt(document, claimed, comma + 1, end, FeatureKind.Admin1) is { } after)
        {
            return marked || CountryAfterComma(document, pack, after, end);
        }

        // With a marker before it, the province may follow behind a comma, its own marker and its noun ("à X, dans la
        // région de Tillabéri", "in X, in the Tillaberi region", "a X, nella regione di Sagaing").
        return marked && tokens[comma].Norm == "," && ProvinceBehindItsNoun(document, pack, claimed, comma + 1, end);
    }

    /// <summary>
    /// Whether a province the gazetteer knows starts within <see cref="ProvinceNounReach"/> lower-case words of
    /// <paramref name="start"/>, with a province's noun among those words or right after its name ("dans la région de
    /// Tillabéri", "in the Tillaberi region").
    /// </summary>
    private bool ProvinceBehindItsNoun(Document document, LanguagePack pack, bool[] claimed, int start, int end)
    {
        var tokens = document.Tokens;
        bool noun = false;
        for (int k = start; k < end && k - start <= ProvinceNounReach; k++)
        {
            if (tokens[k].Shape.Has(TokenShape.Capitalised))
            {
                return KnownNameAt(document, claimed, k, end, FeatureKind.Admin1) is { } after &&
                       (noun || pack.PlaceMarkers.MatchAt(tokens, after, end) is { Value: PlaceMarker.Region or PlaceMarker.AreaNoun });
            }

            if (!tokens[k].Shape.Has(TokenShape.Word) || claimed[k])
            {
                return false;
            }

            noun |= pack.PlaceMarkers.MatchAt(tokens, k, end) is { Value: PlaceMarker.Region or PlaceMarker.AreaNoun };
        }

        return false;
    }

    /// <summary>How many lower-case words may stand between a comma and the province behind its noun ("dans la région de" = 4).</summary>
    private const int ProvinceNounReach = 4;

    /// <summary>
    /// The token after the capitalised name that starts at <paramref name="start"/> and ends where the capitals end,
    /// when the gazetteer knows that name as a place of <paramref name="kind"/> (and no token of it is
    /// <paramref name="claimed"/>, when given); else null.
    /// </summary>
    private int? KnownNameAt(Document document, bool[]? claimed, int start, int end, FeatureKind kind)
    {
        var tokens = document.Tokens;
        for (int n = 1; start + n - 1 < end && n <= _gazetteer.MaxNameTokens; n++)
        {
            int k = start + n - 1;
            if ((claimed is not null && claimed[k]) || !tokens[k].Shape.Has(TokenShape.Capitalised))
            {
                return null;
            }

            if (k + 1 >= end || !tokens[k + 1].Shape.Has(TokenShape.Capitalised))
            {
                string key = NameKey.Of(document.Slice(TokenClaims.SpanOf(document, start, n)));
                return _keys.Known(key) && _gazetteer.Lookup(key).Any(e => e.Kind == kind) ? k + 1 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a verb of shelling or of an air strike stands right before token <paramref name="i"/> ("regime forces shelled X
    /// in Idleb"): what is shelled or bombed is a place, so a name there with its province after it is a place too.
    /// </summary>
    private static bool ShelledRightBefore(string?[] conceptAt, Sentence sentence, int i) =>
        i > sentence.FirstToken && conceptAt[i - 1] is Concepts.Shell or Concepts.Airstrike;

    /// <summary>
    /// Whether a comma and a country's name the gazetteer knows, and nothing capitalised after it, follow token <paramref name="k"/>
    /// (after a lower-case noun of area there, "governorate", if written): the end of an address "X, Province, Country".
    /// </summary>
    private bool CountryAfterComma(Document document, LanguagePack pack, int k, int end)
    {
        var tokens = document.Tokens;
        if (k < end && pack.PlaceMarkers.MatchAt(tokens, k, end) is { Value: PlaceMarker.AreaNoun or PlaceMarker.Region } noun && !tokens[k].Shape.Has(TokenShape.Capitalised))
        {
            k += noun.Count;
        }

        return k + 1 < end && tokens[k].Norm == "," && KnownNameAt(document, null, k + 1, end, FeatureKind.Country) is not null;
    }

    /// <summary>Whether most words of a sentence are written in capitals (a headline set in capitals): its capitals say nothing of acronyms.</summary>
    private static bool InCapitals(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        int words = 0, capitals = 0;
        for (int k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            if (tokens[k].Shape.Has(TokenShape.Word))
            {
                words++;
                if (tokens[k].Shape.Has(TokenShape.AllCaps))
                {
                    capitals++;
                }
            }
        }

        return capitals * 2 > words;
    }

    /// <summary>The most digits of a settlement's number after its name ("Zolote-4").</summary>
    private const int MaxSettlementNumberDigits = 2;

    /// <summary>The fewest letters of a numbered settlement's name: shorter stems are models of weapons or aircraft ("Mi-8").</summary>
    private const int MinNumberedStem = 4;

    /// <summary>
    /// The name before the hyphen of a word written as a name, a hyphen and a short number ("Zolote-4"), when the
    /// gazetteer knows that name as a settlement; else null.
    /// </summary>
    private string? NumberedSettlement(Document document, Token t)
    {
        var word = document.Text.AsSpan(t.Span.Start, t.Span.Length);
        int dash = word.LastIndexOf('-');
        if (dash < MinNumberedStem || word.Length - dash - 1 is < 1 or > MaxSettlementNumberDigits || !t.Shape.Has(TokenShape.Capitalised) ||
            t.Shape.Has(TokenShape.AllCaps))
        {
            return null;
        }

        foreach (char c in word[(dash + 1)..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        string stem = word[..dash].ToString();
        string key = NameKey.Of(stem);
        return _keys.Known(key) && _gazetteer.Lookup(key).Any(e => !e.IsArea) ? stem : null;
    }

    /// <summary>Whether a marker of where something is, happens, goes or comes from ("in", "near", "towards", "from") ends right before token <paramref name="i"/>.</summary>
    private static bool MarkerRightBefore(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int i) =>
        MarkerEndingAt(pack, tokens, sentence, i, 4,
                       static m => m is PlaceMarker.At or PlaceMarker.Near or PlaceMarker.Border or PlaceMarker.Destination or PlaceMarker.Origin);

    /// <summary>Whether a marker of a role <paramref name="accepts"/> takes, of at most <paramref name="reach"/> words, ends right before token <paramref name="i"/>.</summary>
    private static bool MarkerEndingAt(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int i, int reach, Func<PlaceMarker, bool> accepts)
    {
        for (int j = Math.Max(sentence.FirstToken, i - reach); j < i; j++)
        {
            if (pack.PlaceMarkers.MatchAt(tokens, j, i) is { } m && m.First == j && m.First + m.Count == i && accepts(m.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a number starts at token <paramref name="k"/>, after at most one full stop.</summary>
    /// <summary>How many words after an apposition's article may name a place ("a farming village", "un pequeño pueblo").</summary>
    private const int AppositionReach = 4;

    /// <summary>Whether a comma, then an indefinite article (SINGLE), then words none of which is a place noun, start at <paramref name="comma"/>.</summary>
    private static bool PersonInApposition(LanguagePack pack, IReadOnlyList<Token> tokens, string?[] conceptAt, int comma, int end)
    {
        if (comma + 2 >= end || tokens[comma].Norm != "," || conceptAt[comma + 1] != Concepts.Single)
        {
            return false;
        }

        for (int k = comma + 2; k < Math.Min(end, comma + 2 + AppositionReach); k++)
        {
            if (pack.PlaceMarkers.MatchAt(tokens, k, k + 1) is { } m && IsNoun(m.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CurrencyBeside(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int start, int length)
    {
        var currencies = pack.Data.CurrencyWords;
        int after = start + length;
        return currencies.Count > 0 &&
               ((after < sentence.FirstToken + sentence.TokenCount && currencies.Contains(tokens[after].Norm)) ||
                (start > sentence.FirstToken && currencies.Contains(tokens[start - 1].Norm)));
    }

    private static bool NumberAfter(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (k < end && tokens[k].Norm == ".")
        {
            k++;
        }

        return k < end && (tokens[k].Shape.Has(TokenShape.Number) || char.IsAsciiDigit(tokens[k].Norm[0]));
    }

    /// <summary>Whether token <paramref name="k"/> is a one-word place noun of the language ("city", "district") written in lower case.</summary>
    private static bool LowerPlaceNoun(LanguagePack pack, IReadOnlyList<Token> tokens, int k) =>
        !tokens[k].Shape.Has(TokenShape.Capitalised) && pack.PlaceMarkers.MatchAt(tokens, k, k + 1) is { Count: 1 } m && IsNoun(m.Value);

    /// <summary>
    /// Whether a noun for an inhabited place or an area ("city", "village", "neighbourhood", "province"; not a
    /// building's, a street's or a road's) starts at token <paramref name="k"/> of a sentence ending before <paramref name="end"/>, in lower case.
    /// </summary>
    private static bool LowerSettlementNounAt(LanguagePack pack, IReadOnlyList<Token> tokens, int k, int end) =>
        LowerMarkerAt(pack, tokens, k, end) is PlaceMarker.Settlement or PlaceMarker.AreaNoun;

    /// <summary>The kind of the place marker that starts at token <paramref name="k"/>, written in lower case; null for none.</summary>
    private static PlaceMarker? LowerMarkerAt(LanguagePack pack, IReadOnlyList<Token> tokens, int k, int end) =>
        k < end && !tokens[k].Shape.Has(TokenShape.Capitalised) ? MarkerAt(pack, tokens, k, end) : null;

    /// <summary>The kind of the place marker that starts at token <paramref name="k"/>, however written; null for none.</summary>
    private static PlaceMarker? MarkerAt(LanguagePack pack, IReadOnlyList<Token> tokens, int k, int end) =>
        k < end && pack.PlaceMarkers.MatchAt(tokens, k, end) is { } m && m.First == k ? m.Value : null;

    /// <summary>
    /// Whether a noun of an area stands right after a name, in lower case ("Falam district") or capitalised as reports
    /// write a division's full name ("Gangaw District, Magway Region"); not in capitals, an acronym's.
    /// </summary>
    private static bool AreaNounWrittenAt(LanguagePack pack, IReadOnlyList<Token> tokens, int k, int end) =>
        k < end && !tokens[k].Shape.Has(TokenShape.AllCaps) && MarkerAt(pack, tokens, k, end) == PlaceMarker.AreaNoun;

    /// <summary>Whether the language's script has no capital letters (Arabic).</summary>
    private static bool Caseless(LanguagePack pack) =>
        !string.Equals(pack.Data.Script, "Latin", StringComparison.OrdinalIgnoreCase) &&
        !string.Equals(pack.Data.Script, "Cyrillic", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word longer than, and ending in, one of the language's compound place-noun endings ("Küstenstadt").</summary>
    private static bool CompoundPlaceNoun(LanguagePack pack, Token t)
    {
        foreach (string ending in pack.Data.PlaceNounEndings)
        {
            if (t.Norm.Length >= ending.Length + MinCompoundHead && t.Norm.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest letters before a place-noun ending that make a compound ("Grenz|stadt", not "Ort").</summary>
    private const int MinCompoundHead = 3;

    /// <summary>Whether a marker is a noun for a kind of place ("village", "street", "highway") rather than a preposition.</summary>
    private static bool IsNoun(PlaceMarker marker) =>
        marker is PlaceMarker.PlaceNoun or PlaceMarker.Settlement or PlaceMarker.AreaNoun or PlaceMarker.Street or PlaceMarker.Road or PlaceMarker.Institution;

    /// <summary>
    /// The place noun written right before a name ("ساحة الكرامة", "route de Bourem", "the road to Bourem", "the city of
    /// Kuwait"), right after it ("Tahrir Square", "the Beddawi highway") or as its last word, if any.
    /// </summary>
    private static PlaceMarker? NounBeside(Document document, LanguagePack pack, Sentence sentence, int first, int count)
    {
        var tokens = document.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;

        // A closing quotation mark may stand between ("'Al-Bostan' Association").
        int next = first + count < end && IsQuote(tokens[first + count]) ? first + count + 1 : first + count;
        if (next < end && pack.PlaceMarkers.MatchAt(tokens, next, end) is { } after && IsNoun(after.Value))
        {
            return after.Value;
        }

        // A noun before the name, or ending it ("in Tahrir Street" read whole as a name the gazetteer lacks). Not one
        // inside a longer marker that ends there too ("на улицы Алматы": onto the streets of Almaty).
        bool inMarker = false;
        for (int start = Math.Max(sentence.FirstToken, first - 4); start < first + count; start++)
        {
            int stop = start < first ? first : first + count;
            if (start != first && pack.PlaceMarkers.MatchAt(tokens, start, stop) is { } m && m.First + m.Count == stop)
            {
                if (!IsNoun(m.Value))
                {
                    inMarker |= start < first;
                }
                else if (!(inMarker && start < first))
                {
                    return m.Value;
                }
            }
        }

        return RunsBetween(pack, tokens, sentence, first) ? PlaceMarker.Road : null;
    }

    /// <summary>
    /// Whether a noun heading an organisation's or a building's name stands right after the name ("Byblos Bank", "the
    /// Fransabank building", "'Al-Bostan' Association") or right before it ("Banque Byblos"); not one that ends the
    /// gazetteer's own name ("West Bank").
    /// </summary>
    private static bool InstitutionBeside(Document document, LanguagePack pack, Sentence sentence, int first, int count)
    {
        var tokens = document.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;
        int next = first + count < end && IsQuote(tokens[first + count]) ? first + count + 1 : first + count;
        if (next < end && pack.PlaceMarkers.MatchAt(tokens, next, end) is { Value: PlaceMarker.Institution } after && after.First == next)
        {
            return true;
        }

        for (int start = Math.Max(sentence.FirstToken, first - 3); start < first; start++)
        {
            if (pack.PlaceMarkers.MatchAt(tokens, start, first) is { Value: PlaceMarker.Institution } m && m.First + m.Count == first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name of several words ends with a noun of a building (<c>building_nouns</c>: "the Amin Mosque", "Saint
    /// George Church"): the building's name, which the town its sentence names places.
    /// </summary>
    private static bool EndsWithBuildingNoun(Document document, LanguagePack pack, int first, int count) =>
        count >= 2 && pack.Data.BuildingNouns.Contains(document.Tokens[first + count - 1].Norm);

    private static bool IsQuote(Token t) => t.Norm is "'" or "\"" or "’" or "”" or "»";

    /// <summary>
    /// Whether a name is a town a numbered road runs between: a road noun, the road's number, then "between" or another
    /// marker of nearness right before the name ("l'autostrada M5 tra X e …"). Without a number the marker is the data's
    /// ("the road between X and …").
    /// </summary>
    private static bool RunsBetween(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int first)
    {
        for (int start = Math.Max(sentence.FirstToken, first - 3); start < first; start++)
        {
            if (pack.PlaceMarkers.MatchAt(tokens, start, first) is not { Value: PlaceMarker.Near or PlaceMarker.Border } near || near.First + near.Count != first)
            {
                continue;
            }

            int j = near.First - 1;
            if (j <= sentence.FirstToken || !tokens[j].Norm.Any(char.IsDigit))
            {
                return false;
            }

            for (int r = Math.Max(sentence.FirstToken, j - 3); r < j; r++)
            {
                if (pack.PlaceMarkers.MatchAt(tokens, r, j) is { Value: PlaceMarker.Road } road && road.First + road.Count == j)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The dictionary form of a two-word name whose words both carry case endings, when the gazetteer knows it: each
    /// word's forms (as written, and each ending the language lists undone) are tried against the gazetteer's keys.
    /// </summary>
    private string? UninflectedPair(LanguagePack pack, string first, string second)
    {
        if (pack.Data.NameEndings.Count == 0)
        {
            return null;
        }

        foreach (string head in Forms(pack, first))
        {
            if (!_keys.IsPrefix(NameKey.Of(head + " ")))
            {
                continue;
            }

            foreach (string tail in Forms(pack, second))
            {
                string name = head + " " + tail;
                if (_keys.Known(NameKey.Of(name)))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>A word as written and with each of the language's case endings undone.</summary>
    private static IEnumerable<string> Forms(LanguagePack pack, string surface)
    {
        string folded = TextFold.Fold(surface);
        yield return folded;
        foreach (var (ending, replacement) in pack.Data.NameEndings)
        {
            if (Undoable(folded, ending, replacement))
            {
                yield return folded[..^ending.Length] + replacement;
            }
        }
    }

    /// <summary>
    /// Whether one of the language's person titles stands at <paramref name="at"/> with a capitalised word right after it,
    /// in a language that writes a noun's modifier before it: the place before them qualifies the person's title.
    /// </summary>
    private static bool TitleAndNameAfter(Document document, LanguagePack pack, Sentence sentence, int at) =>
        pack.Data.ModifierBeforeNoun && at + 1 < sentence.FirstToken + sentence.TokenCount &&
        pack.Data.PersonTitles.Contains(document.Tokens[at].Norm) && document.Tokens[at + 1].Shape.Has(TokenShape.Capitalised) &&
        !pack.IsStopWord(document.Tokens[at + 1].Norm);

    /// <summary>Whether a person's title stands inside a run of words, after its first word and before its last ("Deputy Governor Peter Kamau").</summary>
    private static bool TitleInside(LanguagePack pack, IReadOnlyList<Token> tokens, int first, int count)
    {
        for (int k = first + 1; k < first + count - 1; k++)
        {
            if (pack.Data.PersonTitles.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a person's title stands up to five words before the token with only words of the genitive, definite
    /// articles, commas and at least one noun of a town or an area between ("мэр города", "the mayor of the city,"):
    /// the capitalised name after them is the person's.
    /// </summary>
    private static bool TitleBefore(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int i)
    {
        bool placeNoun = false;
        for (int k = i - 1; k >= sentence.FirstToken && k >= i - 5; k--)
        {
            var w = tokens[k];
            if (k < i - 1 && placeNoun && pack.Data.PersonTitles.Contains(w.Norm))
            {
                return true;
            }

            // Only the words of a place the title is of: a noun of a town or an area, with the language's words of the
            // genitive and definite articles ("of the city,", "города"); "the governor said Kherson was shelled" and "the
            // imam in the town of Djibo" name the town.
            if (w.Norm == ",")
            {
                continue;
            }

            if (!w.Shape.Has(TokenShape.Word) || w.Shape.Has(TokenShape.Capitalised) || w.Shape.Has(TokenShape.AllCaps))
            {
                return false;
            }

            if (pack.CountryPlaceNouns.Contains(w.Norm))
            {
                placeNoun = true;
            }
            else if (TextFold.Fold(w.Norm) is var folded && !pack.Data.PartitiveWords.Contains(folded) && !pack.Data.DefiniteArticles.Contains(folded))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the country that a nationality adjective beside a place names, as a mention of that country on the
    /// adjective's words: no modifier of the word after it and no bare word, since it says where the place lies.
    /// </summary>
    private void AddCountryOfPlace(Document document, LanguagePack pack, string?[] conceptAt, Dictionary<int, ActorKind> genericEnds, Sentence sentence, int first, int count, string country)
    {
        int added = document.Mentions.Count;
        Add(document, pack, conceptAt, genericEnds, sentence, first, count, country, unknown: false);
        if (document.Mentions.Count > added && document.Mentions[^1] is PlaceMention apposed)
        {
            document.Mentions[^1] = apposed with { BeforeContentWord = false, Modifier = false, Bare = false };
        }
    }

    /// <summary>
    /// The country a nationality adjective names, with the adjective's length, where it stands beside one of the
    /// language's <c>country_place_nouns</c> that is next to a name: the noun after the adjective and the name after
    /// the noun ("the Malian town of Kaya", "der malischen Stadt Kaya", "в малийском городе Кая"), the noun before it
    /// and the name after it ("la ville malienne de Kaya", "العاصمة السورية دمشق") or before the noun in an apposition
    /// ("Kaya, une petite ville malienne"), or the noun and a place before it ("في بلدة الرقة السورية"); null otherwise.
    /// A name that is itself a country or a nationality ("the Somali region of Ethiopia") says nothing of the sort.
    /// </summary>
    private (string Name, int Count)? CountryOfNamedPlace(Document document, LanguagePack pack, Sentence sentence, int i, int end, bool caseless)
    {
        var tokens = document.Tokens;
        if (pack.CountryPlaceNouns.Count == 0 || pack.Nationalities.MatchAt(tokens, i, end) is not { } demonym || demonym.First != i)
        {
            return null;
        }

        int after = i + demonym.Count;
        bool nounBefore = i > sentence.FirstToken && IsCountryPlaceNoun(pack, tokens[i - 1]);
        bool named = (after < end && IsCountryPlaceNoun(pack, tokens[after]) && NameAt(document, pack, after + 1, end, caseless)) ||
                     (nounBefore && (NameAt(document, pack, after, end, caseless) || ApposedToPlace(document, pack, sentence, i - 1))) ||
                     NounAndPlaceBefore(document, pack, sentence, i, end, caseless);
        return named && _gazetteer.Country(demonym.Value) is { } country ? (country.Name, demonym.Count) : null;
    }

    private static bool IsCountryPlaceNoun(LanguagePack pack, Token token) =>
        token.Shape.Has(TokenShape.Word) && pack.CountryPlaceNouns.Contains(token.Norm);

    /// <summary>
    /// Whether a name stands at the token, or after one word that links a place noun to its name ("of", "de") or a
    /// comma: a capitalised word (any word that is no function word in a script without capitals) that is no country
    /// or nationality.
    /// </summary>
    private static bool NameAt(Document document, LanguagePack pack, int k, int end, bool caseless)
    {
        var tokens = document.Tokens;
        if (k < end && (tokens[k].Norm == "," || pack.PlaceLinks.Contains(tokens[k].Norm)))
        {
            k++;
        }

        return k < end && tokens[k].Shape.Has(TokenShape.Word) && (caseless || tokens[k].Shape.Has(TokenShape.Capitalised)) &&
               !pack.IsStopWord(tokens[k].Norm) && !(pack.Demonyms.MatchAt(tokens, k, end) is { } other && other.First == k);
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> stands in an apposition to a place: the place, a comma, an article, at
    /// most one word in small letters, the word ("Kaya, une petite ville", "Kaya, a small South Sudanese town"). The
    /// comma and the article are tested first: most words stand after neither.
    /// </summary>
    private static bool ApposedToPlace(Document document, LanguagePack pack, Sentence sentence, int at)
    {
        var tokens = document.Tokens;
        int article = at - 1;
        if (article > sentence.FirstToken && !pack.IsStopWord(tokens[article].Norm) && !tokens[article].Shape.Has(TokenShape.Capitalised))
        {
            article--;
        }

        int comma = article - 1;
        return comma > sentence.FirstToken && pack.IsStopWord(tokens[article].Norm) && tokens[comma].Norm == "," &&
               document.MentionsOf<PlaceMention>().Any(p => p.Span.End == tokens[comma - 1].Span.End);
    }

    /// <summary>
    /// Whether a place ends right before the token and one of the language's place nouns stands right before the place;
    /// in a script without capitals, any one word that is no function word after the noun is taken for the place, as
    /// names the gazetteer lacks are found only after this stage's first pass.
    /// </summary>
    private static bool NounAndPlaceBefore(Document document, LanguagePack pack, Sentence sentence, int i, int end, bool caseless)
    {
        var tokens = document.Tokens;
        if (i - 2 < sentence.FirstToken)
        {
            return false;
        }

        if (caseless && IsCountryPlaceNoun(pack, tokens[i - 2]) && NameAt(document, pack, i - 1, end, caseless) && tokens[i - 1].Norm != ",")
        {
            return true;
        }

        if (document.MentionsOf<PlaceMention>().LastOrDefault() is not { } place || place.Span.End != tokens[i - 1].Span.End)
        {
            return false;
        }

        int k = i - 1;
        while (k > sentence.FirstToken && tokens[k].Span.Start > place.Span.Start)
        {
            k--;
        }

        return k > sentence.FirstToken && tokens[k].Span.Start == place.Span.Start && IsCountryPlaceNoun(pack, tokens[k - 1]);
    }

    /// <summary>
    /// The country a nationality adjective names, with the adjective's length, where it opens an apposition to the place
    /// just named: the place, a comma, an article, at most one lower-case word, the adjective, then a lower-case word
    /// ("Kaya, a busy South Sudanese commercial centre", "Djibo, a Burkinabe town"); null otherwise. Only in a language
    /// that puts modifiers before nouns.
    /// </summary>
    private (string Name, int Count)? CountryOfApposedPlace(Document document, LanguagePack pack, Sentence sentence, int i, int end)
    {
        var tokens = document.Tokens;
        if (!pack.Data.ModifierBeforeNoun)
        {
            return null;
        }

        if (!ApposedToPlace(document, pack, sentence, i) ||
            pack.Demonyms.MatchAt(tokens, i, end) is not { } demonym || demonym.First != i || i + demonym.Count >= end ||
            tokens[i + demonym.Count].Shape.Has(TokenShape.Capitalised) || !tokens[i + demonym.Count].Shape.Has(TokenShape.Word) ||
            _gazetteer.Country(demonym.Value) is not { } country)
        {
            return null;
        }

        return (country.Name, demonym.Count);
    }

    /// <summary>
    /// The country a one-word demonym row names in its genitive form right after a marker of a region ("im Norden
    /// Syriens": with a case ending undone, the word is the country's name in the gazetteer), or null.
    /// </summary>
    private string? GenitiveCountryAfterDirection(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int i, int end)
    {
        if (pack.Demonyms.MatchAt(tokens, i, end) is not { Count: 1 } demonym || !RegionMarkerRightBefore(pack, tokens, sentence, i))
        {
            return null;
        }

        // The word with one of the language's case endings undone (Forms yields the word as written first) is the
        // country's name in the gazetteer.
        foreach (string form in Forms(pack, tokens[i].Norm).Skip(1))
        {
            foreach (var e in _gazetteer.Lookup(NameKey.Of(form)))
            {
                if (e.Kind == FeatureKind.Country && string.Equals(e.CountryCode, demonym.Value, StringComparison.Ordinal))
                {
                    return e.Name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The name of an area (a country, a province, a region) that begins with one or two lower-case words at the token
    /// and ends on a capitalised word ("bande de Gaza", "striscia di Gaza"), as the gazetteer writes it, or null.
    /// </summary>
    private (int Count, string Name)? LowerHeadedArea(Document document, bool[] claimed, int i, int end)
    {
        var tokens = document.Tokens;

        // Asked first, and cheaply: whether a capitalised word follows within reach, and whether any name of the
        // gazetteer begins with the word at all.
        bool capitalAhead = false;
        for (int k = i + 1; k <= i + MaxLowerHead && k < end; k++)
        {
            capitalAhead |= tokens[k].Shape.Has(TokenShape.Capitalised);
        }

        if (!capitalAhead || !_keys.Facts(NameKey.Of(tokens[i].Norm)).Prefix)
        {
            return null;
        }

        for (int lower = 1; lower <= MaxLowerHead && i + lower < end; lower++)
        {
            int head = i + lower;
            if (claimed[head - 1] || !tokens[head - 1].Shape.Has(TokenShape.Word) || tokens[head - 1].Shape.Has(TokenShape.Capitalised))
            {
                return null;
            }

            if (!tokens[head].Shape.Has(TokenShape.Capitalised))
            {
                continue;
            }

            for (int n = lower + 1; n <= lower + MaxLowerHeadedName && i + n <= end && !claimed[i + n - 1]; n++)
            {
                var span = TokenClaims.SpanOf(document, i, n);
                string key = NameKey.Of(document.Text.AsSpan(span.Start, span.Length));
                if (_keys.Facts(key).Known && _gazetteer.Lookup(key).Any(e => e.Kind is FeatureKind.Country or FeatureKind.Admin1 or FeatureKind.Region))
                {
                    return (n, document.Slice(span));
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>How many lower-case words may head an area's name (<see cref="LowerHeadedArea"/>).</summary>
    private const int MaxLowerHead = 2;

    /// <summary>How many capitalised words may follow them.</summary>
    private const int MaxLowerHeadedName = 2;

    /// <summary>Whether a marker of a province ("в провинции", "в мухафазе") ends right before the token.</summary>
    private static bool RegionMarkerRightBefore(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int i) =>
        MarkerEndingAt(pack, tokens, sentence, i, 3, static m => m == PlaceMarker.Region);

    private static bool Cyrillic(LanguagePack pack) => string.Equals(pack.Data.Script, "Cyrillic", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shortest name the transliteration is tried on ("Тармия" = 6 letters): short words are too often common ones.</summary>
    private const int MinTransliterated = 5;

    /// <summary>
    /// The Latin spelling of a Cyrillic word, as written or with one of the language's case endings undone, that the
    /// gazetteer knows ("Тармии" → "tarmiya"); "х" is tried as "kh" and as "h" ("Хама" is Hama).
    /// </summary>
    private string? Transliterated(LanguagePack pack, string surface)
    {
        if (surface.Length < MinTransliterated)
        {
            return null;
        }

        foreach (string form in Forms(pack, surface))
        {
            foreach (bool kh in (bool[])[true, false])
            {
                string latin = Latin(form, kh);
                if (latin.Length >= MinTransliterated && _gazetteer.Lookup(NameKey.Of(latin)).Count > 0)
                {
                    return latin;
                }
            }
        }

        return null;
    }

    /// <summary>A folded Russian word in Latin letters (folding has made "ё" "е" and "й" "и").</summary>
    private static string Latin(string folded, bool kh)
    {
        var b = new System.Text.StringBuilder(folded.Length + 4);
        foreach (char c in folded)
        {
            b.Append(c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ж' => "zh", 'з' => "z", 'и' => "i",
                'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
                'у' => "u", 'ф' => "f", 'х' => kh ? "kh" : "h", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "",
                'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya",
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }

    /// <summary>The first dictionary form of a one-word name that the language's case endings give and the gazetteer knows.</summary>
    private string? Uninflected(LanguagePack pack, string surface) => KnownWithEndingReplaced(surface, pack.Data.NameEndings, pack.Data.SpellingVariants);

    /// <summary>The town a region's adjective names, by the language's region-adjective endings, if the gazetteer knows it.</summary>
    private string? RegionTown(LanguagePack pack, string surface) => KnownWithEndingReplaced(surface, pack.Data.RegionAdjectiveEndings, pack.Data.SpellingVariants);

    /// <summary>The first form of the folded word, with one of the endings (in their order) replaced, that the gazetteer knows.</summary>
    private string? KnownWithEndingReplaced(string surface, IReadOnlyList<(string Ending, string Replacement)> endings,
                                            IReadOnlyList<(string From, string To)> variants)
    {
        if (endings.Count == 0)
        {
            return null;
        }

        // Every form as the language spells it first, then again in the spelling the gazetteer's names use ("Брянськ" →
        // "брянск").
        string folded = TextFold.Fold(surface);
        foreach (bool respell in variants.Count > 0 ? (bool[])[false, true] : [false])
        {
            foreach (var (ending, replacement) in endings)
            {
                if (Undoable(folded, ending, replacement))
                {
                    string form = folded[..^ending.Length] + replacement;
                    form = respell ? Respelled(form, variants) : form;
                    if (_gazetteer.Lookup(NameKey.Of(form)).Count > 0)
                    {
                        return form;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The folded word with every one of the language's spelling variants replaced.</summary>
    private static string Respelled(string folded, IReadOnlyList<(string From, string To)> variants)
    {
        foreach (var (from, to) in variants)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        return folded;
    }

    /// <summary>
    /// Whether a case ending may be undone on a folded word: it ends so and keeps a stem of <see cref="WordRules.MinStem"/>
    /// letters, or of two letters when the ending's replacement makes a name of four or more ("Києві" is "Київ", whose
    /// stem "Ки" is short because the case changes the stem's last vowel).
    /// </summary>
    private static bool Undoable(string folded, string ending, string replacement)
    {
        int stem = folded.Length - ending.Length;
        return folded.EndsWith(ending, StringComparison.Ordinal) &&
               (stem >= WordRules.MinStem || (stem >= 2 && stem + replacement.Length >= WordRules.MinStem + 1));
    }

    /// <summary>Whether the token's word lost a clitic to the tokeniser: its folded surface is not its word.</summary>
    private static bool HasClitic(Document document, int first)
    {
        var firstToken = document.Tokens[first];
        return !string.Equals(firstToken.Norm, TextFold.Fold(document.Text.AsSpan(firstToken.Span.Start, firstToken.Span.Length)), StringComparison.Ordinal);
    }

    private static string WithoutClitic(Document document, int first, int last) =>
        document.Tokens[first].Norm + document.Text[document.Tokens[first].Span.End..document.Tokens[last].Span.End];

    /// <summary>
    /// An article (definite, or an indefinite one the lexicon reads as SINGLE) right before token <paramref name="i"/>, or
    /// before up to two words in small letters before it.
    /// </summary>
    private static bool ArticleBefore(LanguagePack pack, string?[] conceptAt, IReadOnlyList<Token> tokens, Sentence sentence, int i)
    {
        for (int j = i - 1; j >= sentence.FirstToken && j >= i - 3; j--)
        {
            if (pack.Data.DefiniteArticles.Contains(tokens[j].Norm) || conceptAt[j] == Concepts.Single)
            {
                return true;
            }

            if (!tokens[j].Shape.Has(TokenShape.Word) || tokens[j].Shape.Has(TokenShape.Capitalised))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsUnknownToponymContext(Document document, LanguagePack pack, string?[] conceptAt, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        int j = i - 1;
        int skipped = 0;
        while (j >= sentence.FirstToken && skipped < 6)
        {
            if (pack.PlaceMarkers.MatchAt(tokens, j, i) is { } m && m.First + m.Count <= i &&
                ((IsNoun(m.Value) && m.Value != PlaceMarker.Institution) || m.Value is PlaceMarker.Near or PlaceMarker.Border))
            {
                return true;
            }

            if (conceptAt[j] is { } c && TerritoryConcepts.Contains(c))
            {
                return true;
            }

            if (j == i - 1 && CompoundPlaceNoun(pack, tokens[j]))
            {
                return true;
            }

            // An opening bracket before a word that a lower-case word follows begins an aside ("Qesroke hill (Kurdish name)"):
            // a place noun before it marks no word inside; "village (Wanla Weyn, …)" names the village's district.
            var tj = tokens[j];
            bool filler = tj.Shape.Has(TokenShape.Punctuation) && tj.Norm == "," || pack.IsStopWord(tj.Norm) ||
                          (!tj.Shape.Has(TokenShape.Capitalised) && skipped < 4 && !(tj.Norm is "(" or "[" && LowerWordAfter(tokens, i)));
            if (!filler)
            {
                return false;
            }

            skipped++;
            j--;
        }

        return false;
    }

    /// <summary>Whether the token after <paramref name="i"/> is a word in lower case.</summary>
    private static bool LowerWordAfter(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Shape.Has(TokenShape.Word) && !tokens[i + 1].Shape.Has(TokenShape.Capitalised);

    /// <summary>
    /// Whether a gazetteer name is joined to a capitalised word by an Arabic article in lower case, after it ("Bab al
    /// Kabir", "Bab al-Faraj") or before it ("Jorat al Shamaa"): a word of a longer name the gazetteer lacks.
    /// </summary>
    private static bool JoinedByArticle(Document document, Sentence sentence, int i, int n)
    {
        var tokens = document.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;
        int after = i + n;
        if (after < end && !tokens[after].Shape.Has(TokenShape.Capitalised) &&
            (LinkingArticle(tokens[after].Norm) ? after + 1 < end && tokens[after + 1].Shape.Has(TokenShape.Capitalised) : ArticlePrefixed(document.Slice(tokens[after].Span))))
        {
            return true;
        }

        return i - 2 >= sentence.FirstToken && LinkingArticle(tokens[i - 1].Norm) && !tokens[i - 1].Shape.Has(TokenShape.Capitalised) &&
               tokens[i - 2].Shape.Has(TokenShape.Capitalised) && !tokens[i - 2].Shape.Has(TokenShape.SentenceInitial);
    }

    /// <summary>The Arabic articles that join the words of a name and are no word of European languages ("al", "el").</summary>
    private static bool LinkingArticle(string norm) => norm is "al" or "el" or "ul";

    /// <summary>A word written with an Arabic article and a hyphen before a capital ("al-Faraj", "ash-Shula").</summary>
    private static bool ArticlePrefixed(string word) =>
        word.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) &&
        word[..dash] is "al" or "el" or "ad" or "adh" or "an" or "ar" or "as" or "ash" or "at" or "ath" or "az";

    /// <summary>
    /// Whether token <paramref name="j"/> is a capitalised word of the sentence that no recogniser explained: not its
    /// first word, not an actor's or a date's, not a function word, a place marker or noun ("Mount", "Governorate") or a
    /// nationality, and no gazetteer name.
    /// </summary>
    private bool Unexplained(Document document, LanguagePack pack, bool[] claimed, Sentence sentence, int j)
    {
        if (j < sentence.FirstToken || j >= sentence.FirstToken + sentence.TokenCount || claimed[j])
        {
            return false;
        }

        var t = document.Tokens[j];
        if (!t.Shape.Has(TokenShape.Word) || !t.Shape.Has(TokenShape.Capitalised) || t.Shape.Has(TokenShape.SentenceInitial) || pack.IsStopWord(t.Norm))
        {
            return false;
        }

        int end = sentence.FirstToken + sentence.TokenCount;
        return pack.PlaceMarkers.MatchAt(document.Tokens, j, end) is null && pack.Demonyms.MatchAt(document.Tokens, j, end) is null &&
               !_keys.Known(NameKey.Of(t.Norm));
    }

    private void Add(Document document, LanguagePack pack, string?[] conceptAt, Dictionary<int, ActorKind> genericEnds, Sentence sentence, int first, int count, string name, bool unknown, (bool Fragment, bool Continued) longer = default, bool districtNoun = false)
    {
        // "Tahrir Square", "ساحة الكرامة", "rue de Paris": the name of a street or square, not a place of its own.
        var noun = NounBeside(document, pack, sentence, first, count);
        if (noun == PlaceMarker.Street)
        {
            return;
        }

        // "one AK-47 rifle", "ZU-23 shells", "B-10 guns": a name no gazetteer knows that carries a digit is a model of
        // weapon or vehicle, not a place.
        if (unknown && name.Any(char.IsDigit))
        {
            return;
        }

        var (role, marker, border) = RoleOf(document, pack, conceptAt, sentence, first);

        // "Machakos Senator John Mutua", "the Kherson governor X": a place before a person's title and a name tells
        // whose office the person holds, not where the event was.
        bool office = role == PlaceRole.At && TitleAndNameAfter(document, pack, sentence, first + count);
        if (office)
        {
            role = PlaceRole.Origin;
        }

        bool road = noun == PlaceMarker.Road || AfterRoadName(document, pack, first) || BeforeDashedRoadEnd(document, pack, sentence, first + count);
        if (road && role == PlaceRole.At)
        {
            role = PlaceRole.Near;
        }

        // "le truppe di Damasco", "the forces of Kyiv": a capital standing for its state, an affiliation, not a place.
        // "Residents of Daret Azza", "workers of Cigli": where the people live or work, marked as a place by those words.
        if (first >= 2 && pack.IsStopWord(document.Tokens[first - 1].Norm) && pack.PlaceMarkers.MatchAt(document.Tokens, first - 1, first) is null &&
            genericEnds.TryGetValue(document.Tokens[first - 2].Span.End, out var kind))
        {
            // Only a word of the genitive joins the party to the place ("the forces of Kyiv"): "a Russian missile over
            // Cherkasy region", "украинских беспилотников над Белгородской областью" flew where they were shot down. A
            // language that writes the genitive with no word between (Russian, Arabic) lists none.
            if (Affiliating(kind) && pack.Data.PartitiveWords.Contains(TextFold.Fold(document.Tokens[first - 1].Norm)))
            {
                role = PlaceRole.Origin;
            }
            else if (pack.PlaceLinks.Contains(document.Tokens[first - 1].Norm))
            {
                marker ??= document.Tokens[first - 1].Span;
            }
        }

        var span = TokenClaims.SpanOf(document, first, count);
        int next = first + count;
        var tokens = document.Tokens;
        bool beforeContentWord = next < sentence.FirstToken + sentence.TokenCount &&
                                 (tokens[first].Shape.Has(TokenShape.Capitalised) || tokens[first].Shape.Has(TokenShape.AllCaps)) &&
                                 tokens[next].Shape.Has(TokenShape.Word) && !tokens[next].Shape.Has(TokenShape.Capitalised) &&
                                 !tokens[next].Shape.Has(TokenShape.AllCaps) && !pack.IsStopWord(tokens[next].Norm);
        bool modifier = beforeContentWord && pack.Data.ModifierBeforeNoun && first > sentence.FirstToken &&
                        pack.IsStopWord(tokens[first - 1].Norm) && pack.PlaceMarkers.MatchAt(tokens, first - 1, first) is null;
        bool initialBeforeWord = tokens[first].Shape.Has(TokenShape.SentenceInitial) && next < sentence.FirstToken + sentence.TokenCount &&
                                 tokens[next].Shape.Has(TokenShape.Word) && !tokens[next].Shape.Has(TokenShape.Capitalised) && !tokens[next].Shape.Has(TokenShape.AllCaps);
        bool bare = count == 1 && marker is null && noun is null && !road && (beforeContentWord || initialBeforeWord) &&
                    !pack.Data.InhabitantWords.Contains(TextFold.Fold(tokens[next].Norm)) &&
                    !(first > sentence.FirstToken && pack.PlaceLinks.Contains(tokens[first - 1].Norm));
        // "A feud between Peul herders and Bissa growers": a one-word name the gazetteer lacks, right before a
        // lower-case description of people that is no word for a place's inhabitants, names those people (a people's,
        // a clan's or a party's name), not a place; "Gumare villagers" stay the villagers of Gumare.
        if (unknown && count == 1 && beforeContentWord && !pack.Data.InhabitantWords.Contains(TextFold.Fold(tokens[next].Norm)) &&
            pack.Actors.MatchAt(tokens, next, sentence.FirstToken + sentence.TokenCount) is { } people && people.First == next)
        {
            return;
        }

        var (direction, ofArea) = DirectionOf(pack, tokens, sentence, first, count);
        document.Mentions.Add(new PlaceMention(span, name)
        {
            Role = role, MarkerSpan = marker, Border = border, Unknown = unknown, Fragment = longer.Fragment, Continued = longer.Continued,
            BeforeContentWord = beforeContentWord, Bare = bare, Modifier = modifier, RoadName = road, Settlement = noun is PlaceMarker.PlaceNoun or PlaceMarker.Settlement,
            Apposed = InBracketAfterPlace(document, sentence, first),
            Institution = InstitutionBeside(document, pack, sentence, first, count) || (unknown && EndsWithBuildingNoun(document, pack, first, count)), Source = Name, Direction = direction, DirectionOfArea = ofArea,
            DistrictNoun = districtNoun, Office = office,
            AreaNounAfter = AreaNounWrittenAt(pack, document.Tokens, first + count, sentence.FirstToken + sentence.TokenCount),
            ProvinceNoun = ProvinceNounBeside(document, pack, sentence, first, count, marker),
        });
    }

    /// <summary>
    /// Whether one of the language's <c>province_nouns</c> stands right after the name, in its marker of place, or opens
    /// a name of several words that the gazetteer writes with it ("محافظة إدلب").
    /// </summary>
    private static bool ProvinceNounBeside(Document document, LanguagePack pack, Sentence sentence, int first, int count, TextSpan? marker)
    {
        var nouns = pack.Data.ProvinceNouns;
        if (nouns.Count == 0)
        {
            return false;
        }

        var tokens = document.Tokens;
        int next = first + count;
        if ((next < sentence.FirstToken + sentence.TokenCount && nouns.Contains(TextFold.Fold(tokens[next].Norm))) ||
            (count > 1 && nouns.Contains(TextFold.Fold(tokens[first].Norm))))
        {
            return true;
        }

        if (marker is { } m)
        {
            for (int k = document.TokenIndexAt(m.Start); k < tokens.Count && tokens[k].Span.End <= m.End; k++)
            {
                if (nouns.Contains(TextFold.Fold(tokens[k].Norm)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many words before a name an adjective of direction may stand ("in the southern countryside of X": 3).</summary>
    private const int DirectionTokens = 4;

    /// <summary>
    /// The bearing of an adjective of direction (the language's <c>direction_adjectives</c>) set before a name, with only
    /// function words and area nouns between ("the southern countryside of Idleb", "la campagna meridionale di Idlib",
    /// "northern Diyala"), and whether an area noun goes with it, before the adjective, between it and the name, or
    /// right after the name ("eastern Ar-Raqqa countryside"). Null when no such adjective stands there.
    /// </summary>
    private static (int? Bearing, bool OfArea) DirectionOf(LanguagePack pack, IReadOnlyList<Token> tokens, Sentence sentence, int first, int count)
    {
        var directions = pack.Data.DirectionAdjectives;
        if (directions.Count == 0)
        {
            return (null, false);
        }

        int end = sentence.FirstToken + sentence.TokenCount;
        bool area = first + count < end && AreaNounAt(pack, tokens, first + count);
        for (int j = first - 1; j >= Math.Max(sentence.FirstToken, first - DirectionTokens); j--)
        {
            if (directions.TryGetValue(tokens[j].Norm, out int bearing))
            {
                return (bearing, area || (j > sentence.FirstToken && (AreaNounAt(pack, tokens, j - 1) || NounBeforeAdjective(pack, tokens, j - 1))));
            }

            if (AreaNounAt(pack, tokens, j))
            {
                area = true;
            }
            else if (!pack.IsStopWord(tokens[j].Norm))
            {
                break;
            }
        }

        return (null, false);
    }

    /// <summary>
    /// Whether the token is a lower-case content word that an adjective after it qualifies, in a language that puts
    /// adjectives after their noun ("la campagna meridionale di", "la zone orientale de"), and no settlement's noun
    /// ("la ville méridionale de X" is the town X, not a part of its province).
    /// </summary>
    private static bool NounBeforeAdjective(LanguagePack pack, IReadOnlyList<Token> tokens, int k) =>
        !pack.Data.ModifierBeforeNoun && tokens[k].Shape.Has(TokenShape.Word) && !tokens[k].Shape.Has(TokenShape.Capitalised) && !pack.IsStopWord(tokens[k].Norm) &&
        pack.PlaceMarkers.MatchAt(tokens, k, k + 1) is not { Value: PlaceMarker.Settlement or PlaceMarker.PlaceNoun or PlaceMarker.Institution or PlaceMarker.Street or PlaceMarker.Road };

    /// <summary>Whether the token alone is one of the language's nouns for an area written beside a name ("countryside", "province").</summary>
    private static bool AreaNounAt(LanguagePack pack, IReadOnlyList<Token> tokens, int k) =>
        pack.PlaceMarkers.MatchAt(tokens, k, k + 1) is { Value: PlaceMarker.AreaNoun } m && m.First == k && m.Count == 1;

    /// <summary>
    /// The towns a road is named after, written as one hyphenated word beside a road noun ("the Miniyeh-Aabdeh highway",
    /// "l'axe Mopti-Sévaré"): the first part the gazetteer knows becomes a place that names the road, as ACLED codes a
    /// road block on such a road at its first town more often than at its last. False when no part is known.
    /// </summary>
    private bool AddRoadEnds(Document document, LanguagePack pack, string?[] conceptAt, Sentence sentence, int i)
    {
        var token = document.Tokens[i];
        if (!token.Norm.Contains('-', StringComparison.Ordinal) || NounBeside(document, pack, sentence, i, 1) != PlaceMarker.Road)
        {
            return false;
        }

        int start = token.Span.Start;
        foreach (string part in document.Slice(token.Span).Split('-'))
        {
            if (part.Length > 0 && char.IsUpper(part[0]) && _keys.Known(NameKey.Of(part)))
            {
                var (role, marker, _) = RoleOf(document, pack, conceptAt, sentence, i);
                document.Mentions.Add(new PlaceMention(new TextSpan(start, start + part.Length), part)
                {
                    Role = role == PlaceRole.At ? PlaceRole.Near : role, MarkerSpan = marker, RoadName = true, Source = Name,
                });
                return true;
            }

            start += part.Length + 1;
        }

        return false;
    }

    /// <summary>How many letters the name written after a word of direction must have at least ("Südlibanon": "Libanon").</summary>
    private const int MinCompoundedName = 3;

    /// <summary>
    /// A capitalised word the gazetteer does not know, made of one of the language's <c>direction_prefixes</c> and the
    /// name of a country or a province (with a case ending undone: "Nordsyriens"), becomes a place of that name, set on
    /// the name's letters; a province keeps the bearing, as an adjective of direction before it would give. False when
    /// the word is no such compound.
    /// </summary>
    private bool AddDirectionCompound(Document document, LanguagePack pack, string?[] conceptAt, Sentence sentence, int i)
    {
        var prefixes = pack.Data.DirectionPrefixes;
        if (prefixes.Count == 0)
        {
            return false;
        }

        var token = document.Tokens[i];
        var written = document.Text.AsSpan(token.Span.Start, token.Span.Length);
        string folded = TextFold.Fold(written);
        string? prefix = null;
        foreach (string p in prefixes.Keys)
        {
            if (folded.Length >= p.Length + MinCompoundedName && folded.StartsWith(p, StringComparison.Ordinal) && (prefix is null || p.Length > prefix.Length))
            {
                prefix = p;
            }
        }

        // Folding must keep the prefix's letters one for one, so that the name's span can be cut after it.
        if (prefix is null || written.Length < prefix.Length + MinCompoundedName ||
            !string.Equals(TextFold.Fold(written[..prefix.Length]), prefix, StringComparison.Ordinal) || !char.IsLetter(written[prefix.Length]))
        {
            return false;
        }

        var rest = written[prefix.Length..];
        string name = string.Concat(char.ToUpperInvariant(rest[0]).ToString(), rest[1..]);
        foreach (string form in Forms(pack, name))
        {
            foreach (var e in _gazetteer.Lookup(NameKey.Of(form)))
            {
                if (e.Kind is not (FeatureKind.Country or FeatureKind.Admin1))
                {
                    continue;
                }

                var (role, marker, border) = RoleOf(document, pack, conceptAt, sentence, i);
                bool province = e.Kind == FeatureKind.Admin1;
                document.Mentions.Add(new PlaceMention(new TextSpan(token.Span.Start + prefix.Length, token.Span.End), e.Name)
                {
                    Role = role, MarkerSpan = marker, Border = border, Source = Name,
                    Direction = province ? prefixes[prefix] : null, DirectionOfArea = province,
                });
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a dash written apart and a road's other end follow the name, with the road's noun after that end ("Dhaka -
    /// Mymensingh highway", as "the Dhaka-Mymensingh highway" written in one word): the name is the road's first end.
    /// </summary>
    private static bool BeforeDashedRoadEnd(Document document, LanguagePack pack, Sentence sentence, int next)
    {
        var tokens = document.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;
        if (next >= end || tokens[next].Norm is not ("-" or "–" or "—"))
        {
            return false;
        }

        int k = next + 1;
        while (k < end && k - next <= MaxRoadEndWords && tokens[k].Shape.Has(TokenShape.Word | TokenShape.Capitalised))
        {
            k++;
        }

        return k > next + 1 && MarkerAt(pack, tokens, k, end) == PlaceMarker.Road;
    }

    /// <summary>How many capitalised words a road's other end may have after a dash ("Dhaka - Cox's Bazar highway").</summary>
    private const int MaxRoadEndWords = 3;

    /// <summary>
    /// Whether the place before this one names a road and only a conjunction stands between ("the road between X and Y"),
    /// as a word of its own or written onto the name (Arabic "بين X وY": the "and" is a clitic of the second name).
    /// </summary>
    private static bool AfterRoadName(Document document, LanguagePack pack, int first)
    {
        if (first < 1 || document.Mentions.Count == 0 || document.Mentions[^1] is not PlaceMention { RoadName: true } previous)
        {
            return false;
        }

        var tokens = document.Tokens;
        return (first >= 2 && pack.IsStopWord(tokens[first - 1].Norm) && previous.Span.End == tokens[first - 2].Span.End) ||
            (previous.Span.End == tokens[first - 1].Span.End && ConjunctionClitic(document, pack, first));
    }

    /// <summary>Whether a word carries a conjunction written onto it ("وسراقب" = "and Saraqib"): its stripped clitic begins with one.</summary>
    private static bool ConjunctionClitic(Document document, LanguagePack pack, int i)
    {
        var token = document.Tokens[i];
        string folded = TextFold.Fold(document.Text.AsSpan(token.Span.Start, token.Span.Length));
        if (token.Norm.Length == 0 || folded.Length <= token.Norm.Length || !folded.EndsWith(token.Norm, StringComparison.Ordinal))
        {
            return false;
        }

        string clitic = folded[..^token.Norm.Length];
        return pack.Data.Conjunctions.Any(c => clitic.StartsWith(c, StringComparison.Ordinal));
    }

    /// <summary>The place mention of this pass that ends with the token, if any.</summary>
    private static PlaceMention? ListedBefore(Document document, Token t)
    {
        var mentions = document.Mentions;
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k] is PlaceMention p && p.Span.End == t.Span.End)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the words before a place: its marker, whether a movement verb governs it, and whether the marker names a
    /// border with the place (<see cref="PlaceMarker.Border"/>).
    /// </summary>
    private static (PlaceRole Role, TextSpan? Marker, bool Border) RoleOf(Document document, LanguagePack pack, string?[] conceptAt, Sentence sentence, int first)
    {
        var tokens = document.Tokens;
        PlaceRole? role = null;
        TextSpan? markerSpan = null;
        bool border = false;
        int j = first - 1;
        int steps = 0;
        bool crossedConjunction = false;
        while (j >= sentence.FirstToken && steps < 8 && role is null)
        {
            // Markers ending right before the place (or before its article / place noun).
            for (int start = Math.Max(sentence.FirstToken, j - 4); start <= j; start++)
            {
                if (pack.PlaceMarkers.MatchAt(tokens, start, j + 1) is { } m && m.First + m.Count == j + 1)
                {
                    if (m.Value is PlaceMarker.PlaceNoun or PlaceMarker.Settlement or PlaceMarker.AreaNoun or PlaceMarker.Institution)
                    {
                        j = m.First;
                        goto next;
                    }

                    role = m.Value switch
                    {
                        PlaceMarker.Near or PlaceMarker.Border => PlaceRole.Near,
                        PlaceMarker.Destination => PlaceRole.Destination,
                        PlaceMarker.Origin => PlaceRole.Origin,
                        PlaceMarker.Region => PlaceRole.Region,
                        PlaceMarker.Road => PlaceRole.Near,
                        _ => PlaceRole.At,
                    };
                    markerSpan = TokenClaims.SpanOf(document, m.First, m.Count);
                    border = m.Value == PlaceMarker.Border;
                    j = m.First;
                    break;
                }
            }

            if (role is not null)
            {
                break;
            }

            // A capitalised noun that a language writing every noun with a capital lists as a stop word ("nach Angaben der
            // Armee die Stadt X") is no function word: the marker before it is not the place's.
            bool noun = pack.Data.CapitalisedNouns && tokens[j].Shape.Has(TokenShape.Capitalised) && !tokens[j].Shape.Has(TokenShape.SentenceInitial);
            if ((noun || !pack.IsStopWord(tokens[j].Norm)) && tokens[j].Norm is not "," and not "(")
            {
                // The next of a list of origins or destinations ("from Dhamar governorate and Rada"): a conjunction crossed,
                // then a place named before with a marker of movement, takes that place's role.
                if (crossedConjunction && ListedBefore(document, tokens[j]) is { Role: PlaceRole.Origin or PlaceRole.Destination } listed)
                {
                    return (listed.Role, listed.MarkerSpan, false);
                }

                break;
            }

            crossedConjunction |= pack.Data.Conjunctions.Contains(tokens[j].Norm);

            next:
            j--;
            steps++;
        }

        // A movement verb shortly before turns a static marker into a destination:
        // "fuggire a sud nella X", "salvacondotto per X", "fled into X".
        if (role is null or PlaceRole.At or PlaceRole.Near)
        {
            for (int k = first - 1; k >= Math.Max(sentence.FirstToken, first - 7); k--)
            {
                if (conceptAt[k] is { } c)
                {
                    if (MovementConcepts.Contains(c))
                    {
                        return (PlaceRole.Destination, markerSpan ?? tokens[k].Span, false);
                    }

                    break;
                }

                if (tokens[k].Shape.Has(TokenShape.Capitalised) && !tokens[k].Shape.Has(TokenShape.SentenceInitial))
                {
                    break;
                }
            }
        }

        return (role ?? PlaceRole.At, markerSpan, border);
    }
}
