namespace Polemos.Core;

/// <summary>Something a recogniser found in the text. Every mention keeps its span, so evidence is free downstream.</summary>
public abstract record Mention(TextSpan Span)
{
    /// <summary>Which recogniser added it (for explanations).</summary>
    public string Source { get; init; } = "";
}

/// <summary>A number or a vague/bounded quantity: "31", "otto", "una decina", "at least 15", "dozens".</summary>
public sealed record QuantityMention(TextSpan Span, int Best, int Low, int? High) : Mention(Span)
{
    /// <summary>True for words such as "dozens", "poche centinaia", "several": no exact figure was given.</summary>
    public bool Vague { get; init; }

    /// <summary>A unit that follows the number ("km", "chilometri"), when it is a measure rather than a count.</summary>
    public string? Unit { get; init; }
}

/// <summary>A reference to a day, week or month, resolved against the publication date.</summary>
public sealed record DateMention(TextSpan Span, DateOnly? Date, int Precision) : Mention(Span)
{
    /// <summary>True for "ieri", "on Monday": meaningless without the publication date.</summary>
    public bool Relative { get; init; }

    /// <summary>True for a calendar day or month written without its year ("5 May"): the year is the report's.</summary>
    public bool YearInferred { get; init; }

    /// <summary>True for the start of a lasting situation ("depuis 2012", "منذ نيسان 2023", "seit November 2022"): it dates no single event.</summary>
    public bool Since { get; init; }

    /// <summary>True for a year alone after a word of time ("in 2014", "nel 2019", "в 2015 году"): it dates the sentence to that year only.</summary>
    public bool YearOnly { get; init; }
}

/// <summary>The part an actor can play; a generic noun ("militants") has a kind but no name yet.</summary>
public enum ActorKind
{
    Named,
    StateMilitary,
    StatePolice,
    StateGovernment,
    Militants,
    Rebels,
    Civilians,
    Protesters,
    Rioters,
    Unidentified,

    /// <summary>A clan, ethnic or communal militia named by its description ("Dir clan militia", "an unidentified clan militia").</summary>
    IdentityMilitia,
}

/// <summary>An actor as written: a registry alias ("Daesh") or a generic description ("i jihadisti", "Syrian army").</summary>
public sealed record ActorMention(TextSpan Span, ActorKind Kind) : Mention(Span)
{
    /// <summary>Registry id for named actors ("islamic-state").</summary>
    public string? ActorId { get; init; }

    /// <summary>Country the words tie it to ("esercito siriano" → SY), if any.</summary>
    public string? CountryCode { get; init; }

    /// <summary>
    /// The one country a named armed group, militia or party keeps to by the registry ("Taliban" → AF), if any: where its
    /// events mostly lie, not a country its name carries (see <see cref="CountryCode"/>).
    /// </summary>
    public string? Home { get; init; }

    /// <summary>
    /// Whether the organisation acts in its <see cref="Home"/> country alone (a militia, a party, a national rebellion),
    /// so that a report naming no place is in that country; jihadist groups raid across borders and do not.
    /// </summary>
    public bool KeepsHome { get; init; }

    /// <summary>
    /// The countries a named group acts in across borders by the registry ("JNIM" → ML, BF, NE, BJ, TG), if it lists
    /// them: where its events' places lie, though no one country is its home.
    /// </summary>
    public IReadOnlyList<string>? Theatre { get; init; }

    /// <summary>
    /// Whether the words are a description that names the group only in reports of its home country or near it
    /// ("volunteer fighters" are Burkina Faso's VDP): far from there they name someone else.
    /// </summary>
    public bool LocalName { get; init; }

    /// <summary>An identity militia's ACLED name without its country ("Dir Clan Militia", "Unidentified Clan Militia").</summary>
    public string? Group { get; init; }

    /// <summary>The unit of a state's forces the words name ("gendarmes": "Gendarmerie"), named so where the registry lists it for the country.</summary>
    public string? Unit { get; init; }
}

/// <summary>How a place is used in its clause: where something happened, or where someone went or came from.</summary>
public enum PlaceRole
{
    At,
    Near,
    Destination,
    Origin,
    Region,
}

/// <summary>A toponym, with the gazetteer entry chosen for it (null when the gazetteer lacks it).</summary>
public sealed record PlaceMention(TextSpan Span, string Name) : Mention(Span)
{
    public PlaceRole Role { get; init; } = PlaceRole.At;

    /// <summary>The span of the marker that set the role ("a nord di", "verso", "towards").</summary>
    public TextSpan? MarkerSpan { get; init; }

    public GazetteerEntry? Entry { get; set; }

    /// <summary>Ranked candidates with reasons; the first is <see cref="Entry"/>.</summary>
    public IReadOnlyList<PlaceCandidate> Candidates { get; set; } = [];

    /// <summary>True when the name was recognised by its context, not by the gazetteer.</summary>
    public bool Unknown { get; init; }

    /// <summary>
    /// True for a one-word gazetteer name inside a longer capitalised name that nothing else explains ("Al Thawrah
    /// Hospital", "Hassan Dabouq", "Amnesty Law"): as likely a common word or a person's name as a place.
    /// </summary>
    public bool Fragment { get; init; }

    /// <summary>
    /// True for the place a border marker names ("near the border with Somalia", "à la frontière avec le Mali"): the land
    /// beyond the border, not the event's place or country.
    /// </summary>
    public bool Border { get; init; }

    /// <summary>
    /// True for a gazetteer name followed straight by a capitalised word that nothing explains, the head of a longer
    /// name the gazetteer lacks ("Eastern Ghariyeh", "Justice Palace"); a place noun ("Sidon City") explains it.
    /// </summary>
    public bool Continued { get; init; }

    /// <summary>
    /// True for a capitalised name followed straight by a lower-case content word, not a function word: a country so
    /// written is a modifier or a subject ("the US dollar", "Turkey shelled"), while "Mosul, Iraq on Monday" is a place.
    /// </summary>
    public bool BeforeContentWord { get; init; }

    /// <summary>
    /// True for a one-word name that no place marker or place noun introduces, used as a modifier or a subject: followed
    /// straight by a lower-case content word ("Jubilee supporters", "Orange politician"), or opening its sentence before
    /// a lower-case word, where its capital letter says nothing ("Tea farmers protest", "Gang of youths attack"). Such a
    /// word is as likely a common word, a party's or a people's name as a village abroad.
    /// </summary>
    public bool Bare { get; init; }

    /// <summary>
    /// True for a name written between a function word that marks no place and a lower-case content word, in a language
    /// that puts modifiers before nouns: it modifies the noun after it ("supported by a Turkey backed faction", "on the
    /// US dollar rate"), whatever marker stands before the noun phrase.
    /// </summary>
    public bool Modifier { get; init; }

    /// <summary>
    /// True for a town that names a road ("the Beddawi highway", "the road to Bourem", "route de Bourem", "طريق X"):
    /// the event lies on the road, so the town is its place only when the sentence names no other settlement.
    /// </summary>
    public bool RoadName { get; init; }

    /// <summary>True when a place noun stands right before or after the name ("the city of Kuwait", "Djibouti town").</summary>
    public bool Settlement { get; init; }

    /// <summary>
    /// True for a name inside a bracket that opens right after another place, or after a place and its lower-case noun
    /// ("Kutkai town (Muse District, Shan North)", "X village (Bulo Burto, Hiraan)"): reports write there where the place
    /// before the bracket lies, its district and province, not another place of the event.
    /// </summary>
    public bool Apposed { get; init; }

    /// <summary>
    /// True when the name qualifies a person's title and name written after it ("Machakos Senator John Mutua"): the place
    /// of the office, marked <see cref="PlaceRole.Origin"/> so that it places no event while another place of the report
    /// does, yet a vote for the report's country as strong as a place's.
    /// </summary>
    public bool Office { get; init; }

    /// <summary>
    /// True when a noun of an area is written right after the name, in lower case ("Falam district", "Ibb governorate") or
    /// capitalised as a division's full name ("Gangaw District"): with a division of that name among its candidates, the
    /// words name the division, not its seat town.
    /// </summary>
    public bool AreaNounAfter { get; init; }

    /// <summary>
    /// True when a noun of a province (the language's <c>province_nouns</c>) is written right after the name or in the
    /// marker before it ("Idlib province", "the province of Kirkuk", "в провинции Идлиб"): the words name the province,
    /// not its seat, even where the gazetteer ranks the seat first.
    /// </summary>
    public bool ProvinceNoun { get; init; }

    /// <summary>
    /// True for a name the gazetteer lacks that only an administrative unit's noun right before it marks, in a script
    /// without capitals ("مديرية X", "ناحية X"): a district's name, which stays a place only when the gazetteer knows one
    /// district of the report's country by a Latin spelling of it (<see cref="Unknown"/> is true too).
    /// </summary>
    public bool DistrictNoun { get; init; }

    /// <summary>
    /// True for a name that heads an organisation's or a building's ("Byblos Bank", "Al-Bostan Association", "the
    /// Fransabank building"): as likely a word of that name as a place; it tells nothing of the report's country and is
    /// the event's place only when the sentence names no other.
    /// </summary>
    public bool Institution { get; init; }

    /// <summary>
    /// The bearing (degrees clockwise from north) of an adjective of direction set before the name, or before or after
    /// an area noun beside it ("the southern countryside of Idleb", "eastern Ar-Raqqa countryside", "northern
    /// Diyala"): the part of the province the words name. Null when none stands there.
    /// </summary>
    public int? Direction { get; init; }

    /// <summary>True when an area noun ("countryside", "province") goes with <see cref="Direction"/>: the words name a part of a province, not of a city.</summary>
    public bool DirectionOfArea { get; init; }
}

/// <summary>A word or phrase mapped to a language-independent concept (KILL, AIRSTRIKE, HEDGE …).</summary>
public sealed record ConceptMention(TextSpan Span, string Concept, WordForm Form) : Mention(Span);

/// <summary>The grammatical form a lexicon row records for its phrase.</summary>
public enum WordForm
{
    Any,
    Past,
    Present,
    Participle,
    Noun,
    Infinitive,
    Future,
    Conditional,
}
