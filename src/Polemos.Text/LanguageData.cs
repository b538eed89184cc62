using System.Collections.Frozen;
using Polemos.Core;

namespace Polemos.Text;

/// <summary>A TSV data file: '#' comment lines (source, licence, history), a header row, then rows.</summary>
public sealed class TsvTable
{
    public TsvTable(string name, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static TsvTable Empty(string name) => new(name, [], []);

    public int Column(string name)
    {
        for (int i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public static TsvTable Read(string path)
    {
        if (!File.Exists(path))
        {
            return Empty(Path.GetFileName(path));
        }

        return Parse(Path.GetFileName(path), File.ReadLines(path));
    }

    public static TsvTable Parse(string name, IEnumerable<string> lines)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            if (header is null)
            {
                header = cells;
                continue;
            }

            rows.Add(cells);
        }

        return new TsvTable(name, header ?? [], rows);
    }

    /// <summary>The cell at <paramref name="column"/>, or "" when the row is short.</summary>
    public static string Cell(string[] row, int column) => column >= 0 && column < row.Length ? row[column] : "";
}

/// <summary>Everything one language folder holds, read once; recognisers build their matchers from it.</summary>
public sealed class LanguageData
{
    private LanguageData(string code, string directory)
    {
        Code = code;
        Directory = directory;
    }

    public string Code { get; }

    public string Directory { get; }

    public string Name { get; private set; } = "";

    public string Script { get; private set; } = "Latin";

    /// <summary>
    /// Letters of its script that this language writes and the other languages of the script do not (meta key
    /// <c>own_letters</c>: Ukrainian і ї є ґ, Russian ы э ъ ё): what tells a short text apart when it names no stop word.
    /// </summary>
    public string OwnLetters { get; private set; } = "";

    public FrozenSet<string> Elisions { get; private set; } = FrozenSet<string>.Empty;

    public char DecimalSeparator { get; private set; } = '.';

    public char ThousandsSeparator { get; private set; } = ',';

    /// <summary>Whether news in this language narrates past events in the present tense (Italian: "un ordigno esplode").</summary>
    public bool HistoricalPresent { get; private set; }

    /// <summary>
    /// Whether a noun's owner may stand right before it as a modifier (English "army airstrikes"); where the owner
    /// follows its noun ("raid dell'esercito", Arabic), the actor before a noun is rather its subject or its victim.
    /// </summary>
    public bool ModifierBeforeNoun { get; private set; }

    /// <summary>
    /// Whether a clause may open with its verb, the subject after it (Arabic "قتل مسلحون خمسة مدنيين", verb – subject –
    /// object): an armed party right after such a verb is its subject.
    /// </summary>
    public bool VerbInitial { get; private set; }

    /// <summary>
    /// Whether a main clause puts its finite verb second, after any fronted word or phrase, and the subject after the
    /// verb when something else opens the clause (German "Am Montag töteten Extremisten drei Soldaten"): an armed party
    /// right after a finite active verb with no actor before it in the clause is the verb's subject.
    /// </summary>
    public bool VerbSecond { get; private set; }

    /// <summary>
    /// Whether a passive verb's agent follows it with no marker, in a case ending (Russian "трое военных убиты боевиками",
    /// "колонна подверглась нападению боевиков"): an armed party right after a passive verb whose patient is named as
    /// its subject before it is the agent.
    /// </summary>
    public bool UnmarkedAgent { get; private set; }

    /// <summary>
    /// Whether the language capitalises every noun (German "am Straßenrand", "bei den Durchsuchungen"): a capital letter
    /// tells no name, so a word the gazetteer lacks after an article is a common noun, not a place.
    /// </summary>
    public bool CapitalisedNouns { get; private set; }

    /// <summary>
    /// Whether the language writes the names of the months with a capital (English "since May", German "im Mai"): a
    /// month's name alone is then a date, never a place, whatever town shares it; where months are written in small
    /// letters (Spanish "mayo"), a capitalised "Mayo" may be the place.
    /// </summary>
    public bool CapitalisedMonths { get; private set; }

    /// <summary>
    /// Whether a participle closes its clause, far from its auxiliary (German "Am Montag wurden drei Soldaten bei Gao
    /// aus dem Hinterhalt angegriffen"): a passive auxiliary anywhere before the verb in its clause makes it passive.
    /// </summary>
    public bool ParticipleLast { get; private set; }

    /// <summary>
    /// The auxiliaries of the active perfect (German "hat", "haben"), in a language whose participle closes its clause:
    /// a participle after one in its clause is active ("Soldaten haben fünf Aktivisten festgenommen"), not passive.
    /// </summary>
    public FrozenSet<string> PerfectAuxiliaries { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Endings of compound place nouns (German "stadt", "dorf": "Küstenstadt Sidon", "Grenzdorf X"): a capitalised word
    /// the gazetteer does not know that ends in one is a place noun before the name, not part of it.
    /// </summary>
    public IReadOnlyList<string> PlaceNounEndings { get; private set; } = [];

    /// <summary>
    /// Third-person possessives ("its", "their", "sue", "suas", "ses", "seine"): forces one gives to a state named before
    /// them in the sentence are that state's ("as suas tropas" after the Russian ministry).
    /// </summary>
    public FrozenSet<string> Possessives { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The language's definite articles (English "the", Italian "la", "il", "l'"): an event noun written after one in a
    /// later sentence names an event the report has already told ("La bomba è esplosa…").
    /// </summary>
    public FrozenSet<string> DefiniteArticles { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The language's singular passive auxiliaries (English "was", German "wurde", Italian "è stato"): a passive toll
    /// they open, with no number, has one victim ("the colonel was killed").
    /// </summary>
    public FrozenSet<string> SingularAuxiliaries { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Word endings that make a noun a dual (Arabic feminine "-تين", "-تان": "مجموعتين مسلحتين", two armed groups): the
    /// description names two parties, as "two armed groups" does with its number.
    /// </summary>
    public IReadOnlyList<string> DualEndings { get; private set; } = [];

    /// <summary>
    /// Endings of plural nouns (English "s"): a person's description right after an active kill verb with no article or
    /// count ("militia kills civilian", a headline's style) that ends in none of them is one victim.
    /// </summary>
    public IReadOnlyList<string> PluralEndings { get; private set; } = [];

    /// <summary>
    /// The MOB phrases that kill (English "lynched", "killed by a mob"), as the lexicon writes them: their victims are
    /// the dead of the mob's violence, where "beaten by a mob" counts none.
    /// </summary>
    public FrozenSet<string> LethalMob { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The phrases of manner that make an act a killing (English "to death"), as the lexicon writes them as KILL: a toll
    /// only right after an act of violence and its victims ("beat a man to death"); alone ("sentenced two men to death")
    /// they count no dead.
    /// </summary>
    public FrozenSet<string> DeathManner { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The language's words for "both" (English "both", Italian "entrambi", German "beide"): a toll told "across both
    /// attacks" covers two events and is shared between them.
    /// </summary>
    public FrozenSet<string> BothWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Adverbs of brutal manner (English "violently", "brutally"): a demonstration dispersed or suppressed so is ACLED's
    /// excessive force against protesters, not an intervention.
    /// </summary>
    public FrozenSet<string> BrutalManner { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words that make a wound serious (English "seriously", "critically", "serious"): ACLED's excessive force against
    /// protesters is force that kills or seriously injures them.
    /// </summary>
    public FrozenSet<string> SeriousWounds { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words that add victims to a toll already told (English "also", French "également"): "3 militants were also
    /// killed" counts dead beside those of the event, not the same dead again.
    /// </summary>
    public FrozenSet<string> AdditiveWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Names of currencies (English "dollar", "pound", "lira"): a country's name right before or after one ("the US
    /// dollar", "доллар США") names the currency, not a place of the report.
    /// </summary>
    public FrozenSet<string> CurrencyWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words of direction written after a name as part of a division's name (English "north", "east", "central"):
    /// "Baringo North", "Gatundu South" name a part of Baringo or Gatundu, never a province called "North" abroad.
    /// </summary>
    public FrozenSet<string> DirectionWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Coordinating conjunctions (English "and", "or"): two actors they join are two parties ("government forces and
    /// Houthi fighters"), not a description and the organisation it belongs to ("fighters of the SNA").
    /// </summary>
    public FrozenSet<string> Conjunctions { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The words for "or" (English "or", French "ou"): a death told as one of several fates, "one policeman was killed
    /// or wounded", "three militants were killed, injured or captured", is no death toll; the report does not say who died.
    /// </summary>
    public FrozenSet<string> Disjunctions { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Adjectives of direction and their bearings in degrees clockwise from north (English "southern" = 180,
    /// "north-western" = 315): set before a province, or before or after the countryside of one ("the southern
    /// countryside of Idleb", "northern Diyala province"), they name the part of the province that lies that way.
    /// Nouns of direction ("south of X") are left out: they set a place near X, not a part of its province.
    /// </summary>
    public FrozenDictionary<string, int> DirectionAdjectives { get; private set; } = FrozenDictionary<string, int>.Empty;

    /// <summary>
    /// Words of direction the language writes onto a name as one word, with their bearings (German "süd" = 180:
    /// "Südlibanon", "Nordsyriens"): a capitalised word the gazetteer does not know, made of one and the name of a
    /// country or a province, names that country or the part of that province that lies that way.
    /// </summary>
    public FrozenDictionary<string, int> DirectionPrefixes { get; private set; } = FrozenDictionary<string, int>.Empty;

    /// <summary>
    /// Nouns of a province or an equivalent first-level division, folded (English "province,governorate,oblast,region…"):
    /// one right after a name or in the marker before it makes the name the province, not its seat. Nouns of smaller
    /// units ("district") are left out: "Khurmal town in Halabja district" is no province.
    /// </summary>
    public FrozenSet<string> ProvinceNouns { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words that make fighting a fight between communities, with the ACLED label of their militias (English "clan" =
    /// "Clan Militia", "ethnic" = "Ethnic Militia", "inter-communal" = "Communal Militia"): near a clash that no armed party
    /// fought, as its adjective ("ethnic clashes") or its parties ("fighting between two clans"), they make its dead the
    /// toll of an armed clash between the communities' militias, not an attack on civilians.
    /// </summary>
    public FrozenDictionary<string, string> CommunalFighting { get; private set; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// Verbs and nouns of organising or joining a demonstration (English "organising", "participate"): a demonstration
    /// written just after one, in a sentence that tells an arrest, is the arrested people's charge ("detained people who
    /// organise demonstrations"), not one the arrest broke up.
    /// </summary>
    public FrozenSet<string> ParticipationWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The plain words of interception (English "intercepted", "interception"): an interception told by them alone, in a
    /// report that names no weapon, stopped people or vehicles, not weapons.
    /// </summary>
    public FrozenSet<string> InterceptionWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>The words for manned aircraft (meta key <c>aircraft_words</c>): one right after a shooting-down verb, before any drone or missile, makes the shooting an attack on the aircraft (ACLED's shelling/artillery/missile attack), not an interception.</summary>
    public FrozenSet<string> AircraftWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>The nouns of goods people take (meta key <c>property_nouns</c>): one as the object of a one-word verb of seizing makes the seizure goods taken, not ground won.</summary>
    public FrozenSet<string> PropertyNouns { get; private set; } = FrozenSet<string>.Empty;


    /// <summary>
    /// Verbs of driving a party out (English "pushed", "drove", "chased"): one, a fighting party after it and a particle
    /// of <see cref="ExpulsionParticles"/> before ground ("pushed the militants out of three villages") is ground
    /// taken back, however the party's name splits the phrase.
    /// </summary>
    public FrozenSet<string> ExpulsionVerbs { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Relative pronouns (English "that", "which", "who"): a hedge in a relative clause one opens right after an event's
    /// words ("a grenade attack in the town that appears to be linked to terrorism") doubts what the clause says of the
    /// event, not the event.
    /// </summary>
    public FrozenSet<string> RelativePronouns { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>The particles that close an expulsion before the ground left (English "out of", "back from"), each as folded words.</summary>
    public IReadOnlyList<string[]> ExpulsionParticles { get; private set; } = [];

    /// <summary>
    /// The words that open a sentence telling another incident (English "separately", "in a separate incident",
    /// "elsewhere"), each as folded words: a toll such a sentence counts is not the event just told.
    /// </summary>
    public IReadOnlyList<string[]> SeparateEventWords { get; private set; } = [];

    public FrozenSet<string> StopWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Prefixes written onto words (Arabic "و", "ب", "ال"…), longest first; stripped for matching only.</summary>
    public IReadOnlyList<string> CliticPrefixes { get; private set; } = [];

    /// <summary>
    /// Case endings of inflected place names, longest first, each with what replaces it in the name's dictionary
    /// form (Russian "Белгорода" → "Белгород", "Москве" → "Москва"): tried only when the written form is unknown.
    /// </summary>
    public IReadOnlyList<(string Ending, string Replacement)> NameEndings { get; private set; } = [];

    /// <summary>
    /// Spellings of the language that the gazetteer's names of the same places write otherwise, folded (Ukrainian
    /// "ськ" for the "ск" of Russian spellings, "є" for "е": "Брянськ" is Bryansk, "Бєлгород" Belgorod): all applied
    /// at once to a name, as written or with a case ending undone, that the gazetteer does not know.
    /// </summary>
    public IReadOnlyList<(string Ending, string Replacement)> SpellingVariants { get; private set; } = [];

    /// <summary>
    /// Endings of a region's adjective, each with what turns it into the name of the town the region is named after
    /// (Russian "Белгородской области" → "Белгород", "Курской" → "Курск"): tried only before a region noun.
    /// </summary>
    public IReadOnlyList<(string Ending, string Replacement)> RegionAdjectiveEndings { get; private set; } = [];

    /// <summary>
    /// Words that title a person before the name ("President", "MP", "sindaco", "الشيخ"), folded: the name after one
    /// is a person's, never a place ("Sheikh Hassan" is no Indian city). Person names stay evidence text only.
    /// </summary>
    public FrozenSet<string> PersonTitles { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words written before a hyphen and an organisation's name to put someone on its side ("pro-Houthi forces",
    /// "milizie filo-iraniane"), folded: the fighters so described are that organisation's. An opposing prefix
    /// ("anti-") is simply not listed, so "anti-Houthi forces" never become the Houthis.
    /// </summary>
    public FrozenSet<string> AffiliationPrefixes { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Participles written after an organisation's name and a hyphen to make it the author of a weapon (English
    /// <c>planted,laid,placed</c>): "a Taliban-planted roadside bomb" is the Taliban's.
    /// </summary>
    public FrozenSet<string> AuthorSuffixes { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// One-word actor descriptions that are also adjectives before a noun (English "military": "the military said"
    /// but "military equipment"), folded: before a plain word that is neither a lexicon concept nor a function word
    /// they describe that word, not an actor.
    /// </summary>
    public FrozenSet<string> AttributiveDescriptions { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words that join a collective noun to the people it is made of (English "of": "two groups of gunmen", "rival
    /// factions of the army"), folded: a civilian description right before one, and another actor description after
    /// it, is that actor's.
    /// </summary>
    public FrozenSet<string> PartitiveWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words for the members of a body (English "members"), folded: right after another actor they are that actor's
    /// ("Taliban members"); before a partitive word and a community word ("members of the Fulani community") they
    /// name an identity group, not a crowd; elsewhere ("members of the ruling party's youth wing") they are a
    /// civilian description of their own, so a beating they give is mob violence.
    /// </summary>
    public FrozenSet<string> MemberWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Folded nouns of an identity group (English "community, clan, tribe"): see <see cref="MemberWords"/>.</summary>
    public FrozenSet<string> CommunityWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded plural nouns for the people who live in a place (English "residents, villagers, locals"): a name written
    /// right before one ("Voi residents protested") is used as a place, never a bare word (see <c>PlaceMention.Bare</c>).
    /// </summary>
    public FrozenSet<string> InhabitantWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded one-word verbs of barricading that the lexicon calls confinement (English "barricaded"): with a road or
    /// street noun a few words after them ("barricaded Jogoo road") they are a crowd blocking a road, a riot.
    /// </summary>
    public FrozenSet<string> BarricadeWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded one-word verbs of blocking with their form (English "blocked:past, blocking:any"): with a road or street noun
    /// a few words after them ("blocked the Kisumu-Busia highway", "blocking the ring road") they are a crowd blocking a
    /// road, a demonstration, however the road is named; the lexicon's phrases can only name a few roads' words.
    /// </summary>
    public FrozenDictionary<string, WordForm> BlockadeWords { get; private set; } = FrozenDictionary<string, WordForm>.Empty;

    /// <summary>
    /// Folded nouns of what a crowd blocks or barricades besides the road and street nouns of the place markers (English
    /// "roads, streets, highways, railway, tracks"): plurals and rail lines, which are no place markers, since a town
    /// written with them ("the streets of Nairobi") stays the event's place.
    /// </summary>
    public FrozenSet<string> BlockadeObjects { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded one-word verbs of gathering with their form (English "gathered:past, assembled:past"): followed in their
    /// sentence by what the crowd demands or marks (a GRIEVANCE word, "to demand", "to commemorate") they are a
    /// demonstration ("about 20 people gathered outside an army base to demand the end of the curfew").
    /// </summary>
    public FrozenDictionary<string, WordForm> GatheringWords { get; private set; } = FrozenDictionary<string, WordForm>.Empty;

    /// <summary>
    /// Folded words of the concept lexicon that are its word only when written in lower case (English "march", whose
    /// capitalised form is the month): "an anti-corruption march" is a demonstration, "in March" is a date.
    /// </summary>
    public FrozenSet<string> LowerCaseWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded nouns of buildings written last in their names (English "mosque, church, hospital"): a run of capitalised
    /// words the gazetteer lacks that ends with one ("the Amin Mosque") is a building's name, placed by the town its
    /// sentence names, not a settlement of its own.
    /// </summary>
    public FrozenSet<string> BuildingNouns { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Nouns that take a number as their name (meta key <c>numbered_names</c>, English <c>brigade,division,route…</c>): a
    /// number in digits right after one, "Brigade 444", "Route 60", names the unit or the road and counts nothing.
    /// </summary>
    public FrozenSet<string> NumberedNames { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Words of affiliation (meta key <c>affiliation_words</c>, English <c>linked,affiliated,loyal…</c>): a description of
    /// fighters followed by one and a named organisation ("gunmen linked to the Islamic State group") is that organisation.
    /// </summary>
    public FrozenSet<string> AffiliationWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions of a target (meta key <c>target_prepositions</c>, Arabic <c>على,ضد</c>): the party named after an
    /// event noun and one of them ("شن الحوثيون هجوما على مواقع القوات الحكومية", an attack on the government forces'
    /// positions) is what the event struck, never the one who made it.
    /// </summary>
    public FrozenSet<string> TargetPrepositions { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Verbs that kill people and shoot down aircraft alike (meta key <c>downing_verbs</c>, French <c>abattu,abattre…</c>,
    /// Italian <c>abbattuto…</c>): near a drone, a missile, a rocket or an aircraft they intercept, elsewhere they kill.
    /// </summary>
    public FrozenSet<string> DowningVerbs { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The auxiliaries of the infinitive perfect (meta key <c>infinitive_auxiliaries</c>, French <c>avoir</c>, Italian
    /// <c>aver,avere</c>, Spanish <c>haber</c>): an infinitive phrase that opens with one, right after a verb of saying
    /// ("affirme avoir neutralisé"), tells the act as done.
    /// </summary>
    public FrozenSet<string> InfinitiveAuxiliaries { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded plain words for people (English "men, individuals") that, as the subject of an attack ("three men attacked
    /// the official", "four individuals opened fire at the police station"), are unidentified assailants rather than a
    /// crowd of civilians turned violent; as its victims they stay civilians.
    /// </summary>
    public FrozenSet<string> AssailantWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded words for one person (English "man, person, individual") that, as the author of a killing, a shooting or an
    /// attack on a state's forces or an armed group ("two soldiers were shot dead by a man"), name an unidentified armed
    /// assailant who fought them, not a civilian victim of the forces.
    /// </summary>
    public FrozenSet<string> LoneAssailantWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded words for a state's officials (English "official, officials"): where a government mention ends with one
    /// or is followed by one, the people so named, killed, hurt or seized by an armed party, are civilians in ACLED's
    /// coding ("gunmen shot dead two government officials", "a local government official"); "regime soldiers" stay the
    /// forces.
    /// </summary>
    public FrozenSet<string> OfficialWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded nouns of a settlement or an administrative area (English "town, city, village, province"): a nationality
    /// adjective right beside one, before a name ("the Malian town of Kaya", "la ville malienne de Kaya", "der malischen
    /// Stadt Kaya"), says in which country that place lies. Bases and camps are left out, as a state may hold them abroad.
    /// </summary>
    public FrozenSet<string> CountryPlaceNouns { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded one-word nouns of a strike delivered from afar (English "strike, strikes", French "frappe, frappes"), which
    /// the lexicon lists as attacks: a nationality beside one names that state's forces ("a Russian strike", "des frappes
    /// russes"), as it does beside a missile. Other attack nouns ("a Kenyan raid") may be any of a nation's people's.
    /// </summary>
    public FrozenSet<string> StrikeNouns { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded participles that take an agent of their own and tell no event (English "controlled, backed, used, led"):
    /// an agent marker right after one names that participle's agent ("shelled a village controlled by rebels"), not
    /// the event's.
    /// </summary>
    public FrozenSet<string> OtherAgentParticiples { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Prepositions that name where a report has its facts (English "according to", French "selon, d'après", German
    /// "laut, nach Angaben"), as written in the lexicon's ATTRIBUTION phrases: a party up to three words after one is the
    /// report's source, not a party to the act ("according to police, gunmen killed three people").
    /// </summary>
    public IReadOnlyList<string> SourcePrepositions { get; private set; } = [];

    /// <summary>
    /// Weekdays as written with an article that the tokens strip, folded, each with its number (1 Monday … 7 Sunday):
    /// Arabic "الأحد", "الاثنين", whose bare words are numbers ("احد", one; "اثنين", two). A token written so is the
    /// weekday.
    /// </summary>
    public FrozenDictionary<string, int> WrittenWeekdays { get; private set; } = FrozenDictionary<string, int>.Empty;

    /// <summary>
    /// Folded verbs of beating someone by hand or with blunt objects (English "assaulted", "beat", "thrashed"): told of
    /// unidentified assailants or plain people with no arms in the sentence ("assailants assaulted and injured a journalist"),
    /// they are a crowd's violence, ACLED's mob violence, not an armed group's attack.
    /// </summary>
    public FrozenSet<string> BeatingWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Folded words that tell people are armed (English "armed", "gunmen"): see <see cref="BeatingWords"/>.</summary>
    public FrozenSet<string> ArmedWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded possessives that join a victim's relative or companion to the victim (English "his", "her", "their": "killed
    /// an imam and his son" kills two).
    /// </summary>
    public FrozenSet<string> CompanionPossessives { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded words that make an event noun another event than the one told before it (English "similar": "in November,
    /// a similar ambush killed seventeen soldiers" is not this week's ambush).
    /// </summary>
    public FrozenSet<string> OtherEventWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded phrases that tell members of the forces are off duty (English "off duty", "off-duty"): in a bracket right
    /// after a state's forces ("a government soldier (off duty)") they make those people civilians, as ACLED codes them.
    /// </summary>
    public FrozenSet<string> OffDutyWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded words of the RIOT phrases that name what a crowd throws (English "bombs", "cocktails", "molotovs"): such a
    /// phrase tells a crowd's violence, not a demonstration, so with no protest, demand or other riot told around it
    /// ("assailants exploded crude bombs outside a rival's house") it is mob violence. Empty: every RIOT phrase tells a demonstration.
    /// </summary>
    public FrozenSet<string> RiotWeapons { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded words that open an open question (English "whether"): a violence word right after one ("sources could give
    /// no details on whether fighting took place") tells no fighting, as a negated one does, and ground taken with only
    /// such a word around it changed hands without a fight.
    /// </summary>
    public FrozenSet<string> OpenQuestionWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>How this language turns a folded word into the form its lexicons are written in.</summary>
    public WordRules Rules => new(Elisions, CliticPrefixes);

    public TsvTable Numbers { get; private set; } = TsvTable.Empty("numbers.tsv");

    public TsvTable Quantities { get; private set; } = TsvTable.Empty("quantities.tsv");

    public TsvTable Modifiers { get; private set; } = TsvTable.Empty("modifiers.tsv");

    public TsvTable Dates { get; private set; } = TsvTable.Empty("dates.tsv");

    /// <summary>Folded one-word month names of dates.tsv: a day number's dot before one ("15. Oktober") ends no sentence.</summary>
    public FrozenSet<string> MonthNames { get; private set; } = FrozenSet<string>.Empty;

    public TsvTable Concepts { get; private set; } = TsvTable.Empty("concepts.tsv");

    public TsvTable Actors { get; private set; } = TsvTable.Empty("actors.tsv");

    public TsvTable Demonyms { get; private set; } = TsvTable.Empty("demonyms.tsv");

    public TsvTable Places { get; private set; } = TsvTable.Empty("places.tsv");

    public TsvTable Examples { get; private set; } = TsvTable.Empty("examples.tsv");

    /// <summary>
    /// Folded one-word verbs that are nouns elsewhere (English "battle", "fight"), as the lexicon lists them in the present:
    /// a verb only right after the actor that is its subject ("police battle armed raiders", "clans fight over water"); "the
    /// battle against corruption", "a legal fight" tell no event.
    /// </summary>
    public FrozenSet<string> SubjectVerbs { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Folded words of the GRIEVANCE phrases that tell what a crowd demands or marks (English "demanding", "calling",
    /// "condemning", "protest", "mourn"), as against those that tell any act's motive ("against", "over the", "angry
    /// at"): only the former make a crowd's violence a demonstration's. Empty: every GRIEVANCE phrase does.
    /// </summary>
    public FrozenSet<string> DemandWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>The meta keys whose value is a comma list of words, folded, and the property each fills.</summary>
    private static readonly FrozenDictionary<string, Action<LanguageData, FrozenSet<string>>> FoldedSetKeys =
        new Dictionary<string, Action<LanguageData, FrozenSet<string>>>(StringComparer.Ordinal)
        {
            ["person_titles"] = static (d, v) => d.PersonTitles = v,
            ["affiliation_prefixes"] = static (d, v) => d.AffiliationPrefixes = v,
            ["author_suffixes"] = static (d, v) => d.AuthorSuffixes = v,
            ["attributive_descriptions"] = static (d, v) => d.AttributiveDescriptions = v,
            ["partitive_words"] = static (d, v) => d.PartitiveWords = v,
            ["member_words"] = static (d, v) => d.MemberWords = v,
            ["community_words"] = static (d, v) => d.CommunityWords = v,
            ["inhabitant_words"] = static (d, v) => d.InhabitantWords = v,
            ["barricade_words"] = static (d, v) => d.BarricadeWords = v,
            ["subject_verbs"] = static (d, v) => d.SubjectVerbs = v,
            ["demand_words"] = static (d, v) => d.DemandWords = v,
            ["blockade_objects"] = static (d, v) => d.BlockadeObjects = v,
            ["lower_case_words"] = static (d, v) => d.LowerCaseWords = v,
            ["building_nouns"] = static (d, v) => d.BuildingNouns = v,
            ["numbered_names"] = static (d, v) => d.NumberedNames = v,
            ["affiliation_words"] = static (d, v) => d.AffiliationWords = v,
            ["target_prepositions"] = static (d, v) => d.TargetPrepositions = v,
            ["downing_verbs"] = static (d, v) => d.DowningVerbs = v,
            ["infinitive_auxiliaries"] = static (d, v) => d.InfinitiveAuxiliaries = v,
            ["assailant_words"] = static (d, v) => d.AssailantWords = v,
            ["lone_assailant_words"] = static (d, v) => d.LoneAssailantWords = v,
            ["official_words"] = static (d, v) => d.OfficialWords = v,
            ["country_place_nouns"] = static (d, v) => d.CountryPlaceNouns = v,
            ["strike_nouns"] = static (d, v) => d.StrikeNouns = v,
            ["other_agent_participles"] = static (d, v) => d.OtherAgentParticiples = v,
            ["beating_words"] = static (d, v) => d.BeatingWords = v,
            ["armed_words"] = static (d, v) => d.ArmedWords = v,
            ["riot_weapons"] = static (d, v) => d.RiotWeapons = v,
            ["off_duty_words"] = static (d, v) => d.OffDutyWords = v,
            ["companion_possessives"] = static (d, v) => d.CompanionPossessives = v,
            ["other_event_words"] = static (d, v) => d.OtherEventWords = v,
            ["open_question_words"] = static (d, v) => d.OpenQuestionWords = v,
            ["possessives"] = static (d, v) => d.Possessives = v,
            ["definite_articles"] = static (d, v) => d.DefiniteArticles = v,
            ["singular_auxiliaries"] = static (d, v) => d.SingularAuxiliaries = v,
            ["lethal_mob"] = static (d, v) => d.LethalMob = v,
            ["death_manner"] = static (d, v) => d.DeathManner = v,
            ["both_words"] = static (d, v) => d.BothWords = v,
            ["brutal_manner"] = static (d, v) => d.BrutalManner = v,
            ["serious_wounds"] = static (d, v) => d.SeriousWounds = v,
            ["additive_words"] = static (d, v) => d.AdditiveWords = v,
            ["currency_words"] = static (d, v) => d.CurrencyWords = v,
            ["direction_words"] = static (d, v) => d.DirectionWords = v,
            ["conjunctions"] = static (d, v) => d.Conjunctions = v,
            ["disjunctions"] = static (d, v) => d.Disjunctions = v,
            ["participation_words"] = static (d, v) => d.ParticipationWords = v,
            ["interception_words"] = static (d, v) => d.InterceptionWords = v,
            ["aircraft_words"] = static (d, v) => d.AircraftWords = v,
            ["property_nouns"] = static (d, v) => d.PropertyNouns = v,
            ["relative_pronouns"] = static (d, v) => d.RelativePronouns = v,
            ["expulsion_verbs"] = static (d, v) => d.ExpulsionVerbs = v,
            ["perfect_auxiliaries"] = static (d, v) => d.PerfectAuxiliaries = v,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The meta keys whose value is yes or no, and the property each sets.</summary>
    private static readonly FrozenDictionary<string, Action<LanguageData, bool>> FlagKeys =
        new Dictionary<string, Action<LanguageData, bool>>(StringComparer.Ordinal)
        {
            ["historical_present"] = static (d, v) => d.HistoricalPresent = v,
            ["modifier_before_noun"] = static (d, v) => d.ModifierBeforeNoun = v,
            ["verb_initial"] = static (d, v) => d.VerbInitial = v,
            ["verb_second"] = static (d, v) => d.VerbSecond = v,
            ["unmarked_agent"] = static (d, v) => d.UnmarkedAgent = v,
            ["capitalised_nouns"] = static (d, v) => d.CapitalisedNouns = v,
            ["capitalised_months"] = static (d, v) => d.CapitalisedMonths = v,
            ["participle_last"] = static (d, v) => d.ParticipleLast = v,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static LanguageData Load(string directory)
    {
        string code = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var data = new LanguageData(code, directory);
        var meta = TsvTable.Read(Path.Combine(directory, "meta.tsv"));
        foreach (var row in meta.Rows)
        {
            string key = TsvTable.Cell(row, 0), value = TsvTable.Cell(row, 1);
            if (FoldedSetKeys.TryGetValue(key, out var fill))
            {
                fill(data, FoldedSet(value));
                continue;
            }

            if (FlagKeys.TryGetValue(key, out var flag))
            {
                flag(data, value is "yes" or "true");
                continue;
            }

            switch (key)
            {
                case "name":
                    data.Name = value;
                    break;
                case "script":
                    data.Script = value;
                    break;
                case "own_letters":
                    data.OwnLetters = string.Concat(CommaList(value)).ToLowerInvariant();
                    break;
                case "elisions":
                    data.Elisions = CommaList(value)
                        .Select(e => TextFold.Fold(e.TrimEnd('\'', '\u2019'))).ToFrozenSet(StringComparer.Ordinal);
                    break;
                case "written_weekdays":
                    data.WrittenWeekdays = CommaList(value)
                        .Select(static pair => pair.Split('='))
                        .Where(static kv => kv.Length == 2 && int.TryParse(kv[1], System.Globalization.CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 7)
                        .GroupBy(static kv => TextFold.Fold(kv[0]), StringComparer.Ordinal)
                        .ToFrozenDictionary(static g => g.Key, static g => int.Parse(g.First()[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
                    break;
                case "source_prepositions":
                    data.SourcePrepositions = CommaList(value);
                    break;
                case "decimal":
                    data.DecimalSeparator = value.Length > 0 ? value[0] : '.';
                    break;
                case "blockade_words":
                    data.BlockadeWords = WordForms(value);
                    break;
                case "gathering_words":
                    data.GatheringWords = WordForms(value);
                    break;
                case "clitic_prefixes":
                    data.CliticPrefixes = CommaList(value)
                        .Select(TextFold.Fold).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToList();
                    break;
                case "name_endings":
                    data.NameEndings = EndingPairs(value);
                    break;
                case "spelling_variants":
                    data.SpellingVariants = EndingPairs(value);
                    break;
                case "region_adjective_endings":
                    // The longer town first: "Курской" is Kursk before it is Kur (Chur).
                    data.RegionAdjectiveEndings = [.. EndingPairs(value).OrderByDescending(e => e.Ending.Length).ThenByDescending(e => e.Replacement.Length)];
                    break;
                case "place_noun_endings":
                    data.PlaceNounEndings = [.. CommaList(value).Select(TextFold.Fold)];
                    break;
                case "dual_endings":
                    data.DualEndings = [.. CommaList(value).Select(TextFold.Fold)];
                    break;
                case "plural_endings":
                    data.PluralEndings = [.. CommaList(value).Select(TextFold.Fold)];
                    break;
                case "direction_adjectives":
                    data.DirectionAdjectives = BearingPairs(value);
                    break;
                case "direction_prefixes":
                    data.DirectionPrefixes = BearingPairs(value);
                    break;
                case "province_nouns":
                    data.ProvinceNouns = FoldedSet(value);
                    break;
                case "communal_fighting":
                    data.CommunalFighting = LabelPairs(value);
                    break;
                case "expulsion_particles":
                    data.ExpulsionParticles = [.. CommaList(value).Select(p => TextFold.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length)];
                    break;
                case "separate_event_words":
                    data.SeparateEventWords = [.. CommaList(value).Select(p => TextFold.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
                    break;
                case "thousands":
                    data.ThousandsSeparator = value.Length > 0 ? value[0] : ',';
                    break;
                default:
                    break;
            }
        }

        string stop = Path.Combine(directory, "stopwords.txt");
        if (File.Exists(stop))
        {
            data.StopWords = File.ReadLines(stop)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => TextFold.Fold(l.Trim()))
                .ToFrozenSet(StringComparer.Ordinal);
        }

        data.Numbers = TsvTable.Read(Path.Combine(directory, "numbers.tsv"));
        data.Quantities = TsvTable.Read(Path.Combine(directory, "quantities.tsv"));
        data.Modifiers = TsvTable.Read(Path.Combine(directory, "modifiers.tsv"));
        data.Dates = TsvTable.Read(Path.Combine(directory, "dates.tsv"));
        data.MonthNames = data.Dates.Rows
            .Where(r => TsvTable.Cell(r, 1) == "month" && !TsvTable.Cell(r, 0).Contains(' ', StringComparison.Ordinal))
            .Select(r => TextFold.Fold(TsvTable.Cell(r, 0)))
            .ToFrozenSet(StringComparer.Ordinal);
        data.Concepts = TsvTable.Read(Path.Combine(directory, "concepts.tsv"));
        data.Actors = TsvTable.Read(Path.Combine(directory, "actors.tsv"));
        data.Demonyms = TsvTable.Read(Path.Combine(directory, "demonyms.tsv"));
        data.Places = TsvTable.Read(Path.Combine(directory, "places.tsv"));
        data.Examples = TsvTable.Read(Path.Combine(directory, "examples.tsv"));
        if (data.StopWords.Count == 0)
        {
            throw new PolemosException(ErrorCode.DataInvalid, $"language folder {directory} has no stopwords.txt");
        }

        return data;
    }

    /// <summary>"word:form" pairs of a meta.tsv value, folded words with their <see cref="WordForm"/>; malformed pairs left out.</summary>
    private static FrozenDictionary<string, WordForm> WordForms(string value) =>
        CommaList(value)
            .Select(e => e.Split(':'))
            .Where(e => e.Length == 2 && Enum.TryParse<WordForm>(e[1], ignoreCase: true, out _))
            .ToFrozenDictionary(e => TextFold.Fold(e[0]), e => Enum.Parse<WordForm>(e[1], ignoreCase: true), StringComparer.Ordinal);

    /// <summary>The items of a comma-separated meta.tsv value, trimmed, empty ones left out.</summary>
    private static string[] CommaList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The folded items of a comma-separated meta.tsv value, as a set.</summary>
    /// <summary>"ending>replacement" pairs, longest ending first.</summary>
    private static List<(string Ending, string Replacement)> EndingPairs(string value) =>
        CommaList(value)
            .Select(e => e.Split('>'))
            .Where(e => e.Length == 2 && e[0].Length > 0)
            .Select(e => (TextFold.Fold(e[0]), TextFold.Fold(e[1])))
            .OrderByDescending(e => e.Item1.Length)
            .ToList();

    /// <summary>"word=label" pairs, the word folded and the label as written; a pair with an empty side is left out.</summary>
    private static FrozenDictionary<string, string> LabelPairs(string value)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in CommaList(value).Select(e => e.Split('=', StringSplitOptions.TrimEntries)))
        {
            if (e.Length == 2 && e[0].Length > 0 && e[1].Length > 0)
            {
                pairs[TextFold.Fold(e[0])] = e[1];
            }
        }

        return pairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>"word=degrees" pairs; a pair whose degrees are no whole number from 0 to 359 is left out.</summary>
    private static FrozenDictionary<string, int> BearingPairs(string value)
    {
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in CommaList(value).Select(e => e.Split('=')))
        {
            if (e.Length == 2 && e[0].Length > 0 && int.TryParse(e[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int degrees) && degrees < 360)
            {
                pairs[TextFold.Fold(e[0])] = degrees;
            }
        }

        return pairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> FoldedSet(string value) =>
        CommaList(value).Select(TextFold.Fold).ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>All language folders under data/lang, by ISO code.</summary>
public sealed class LanguageCatalog
{
    private readonly Dictionary<string, LanguageData> _languages;

    public LanguageCatalog(IEnumerable<LanguageData> languages) =>
        _languages = languages.ToDictionary(l => l.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<LanguageData> All => _languages.Values;

    public LanguageData? Find(string code) => _languages.GetValueOrDefault(code);

    public static LanguageCatalog Load(string langRoot)
    {
        if (!System.IO.Directory.Exists(langRoot))
        {
            throw new PolemosException(ErrorCode.DataMissing, $"language data folder not found: {langRoot}");
        }

        var dirs = System.IO.Directory.GetDirectories(langRoot).Order(StringComparer.Ordinal);
        return new LanguageCatalog(dirs.Where(d => File.Exists(Path.Combine(d, "stopwords.txt"))).Select(LanguageData.Load));
    }
}
