namespace Polemos.Core;

/// <summary>
/// The concept layer shared by every language (see docs/architecture.md). Language folders map words to these
/// names; everything after recognition reasons over concepts, never over words.
/// </summary>
public static class Concepts
{
    // Violence
    public const string Kill = "KILL";
    public const string Wound = "WOUND";
    public const string Capture = "CAPTURE";
    public const string Abduct = "ABDUCT";
    public const string Clash = "CLASH";
    public const string Attack = "ATTACK";
    public const string Ambush = "AMBUSH";
    public const string SexualViolence = "SEXUAL_VIOLENCE";
    public const string Execute = "EXECUTE";
    public const string Torture = "TORTURE";

    // Means
    public const string Airstrike = "AIRSTRIKE";
    public const string Drone = "DRONE";
    public const string Shell = "SHELL";
    public const string Rocket = "ROCKET";
    public const string Missile = "MISSILE";
    public const string Ied = "IED";
    public const string Landmine = "LANDMINE";
    public const string Explosion = "EXPLOSION";
    public const string Suicide = "SUICIDE";
    public const string CarBomb = "VBIED";
    public const string Grenade = "GRENADE";
    public const string Chemical = "CHEMICAL";
    public const string Gunfire = "GUNFIRE";

    // Territory
    public const string TakeControl = "TAKE_CONTROL";
    public const string LoseControl = "LOSE_CONTROL";
    public const string Retake = "RETAKE";
    public const string Withdraw = "WITHDRAW";
    public const string Encircle = "ENCIRCLE";
    public const string HandOver = "HAND_OVER";
    public const string Advance = "ADVANCE";
    public const string EstablishBase = "ESTABLISH_BASE";

    /// <summary>A verb of setting something up ("set up", "installed", "erected"): with an <see cref="Installation"/> as its object it establishes a base.</summary>
    public const string SetUp = "SET_UP";

    /// <summary>A military installation named as a noun ("an observation post", "military bases", "a checkpoint").</summary>
    public const string Installation = "INSTALLATION";

    // Order
    public const string Protest = "PROTEST";
    public const string Riot = "RIOT";
    public const string Loot = "LOOT";
    public const string Burn = "BURN";
    public const string Destroy = "DESTROY";
    public const string TearGas = "TEAR_GAS";
    public const string Disperse = "DISPERSE";
    public const string Arrest = "ARREST";
    public const string Mob = "MOB";
    public const string Defuse = "DEFUSE";
    public const string Intercept = "INTERCEPT";

    /// <summary>A verb of finding or seizing ("found", "discovered", "confiscated"): with weapons as its object (or, passive, its subject) it is a weapons seizure.</summary>
    public const string Find = "FIND";

    /// <summary>Weapons named in general ("weapons", "ammunition", "a stash"): what a seizure or a find takes, never a weapon used.</summary>
    public const string Arms = "ARMS";

    // Agreements and group changes
    public const string Agreement = "AGREEMENT";
    public const string Ceasefire = "CEASEFIRE";
    public const string Exchange = "EXCHANGE";
    public const string Release = "RELEASE";
    public const string GroupChange = "GROUP_CHANGE";

    /// <summary>A verb of concluding ("agreed", "signed", "reached"): with an agreement, a truce or an exchange as its object it tells that agreement made.</summary>
    public const string Conclude = "CONCLUDE";

    // Movement
    public const string Flee = "FLEE";
    public const string Corridor = "CORRIDOR";
    public const string SafePassage = "SAFE_PASSAGE";
    public const string Displaced = "DISPLACED";
    public const string Cross = "CROSS";

    // Epistemics and clause markers
    public const string Hedge = "HEDGE";
    public const string Unconfirmed = "UNCONFIRMED";
    public const string Attribution = "ATTRIBUTION";

    /// <summary>Neutral sourcing ("police said", "riferisce l'agenzia"): no doubt implied; a date next to it is the report's.</summary>
    public const string Source = "SOURCE";

    /// <summary>A perpetrator named by someone else ("blaming Turkey", "attribuito all'Isis"): sets actor1, alleged.</summary>
    public const string Blame = "BLAME";
    public const string Denial = "DENIAL";
    public const string Confirmation = "CONFIRMATION";
    public const string Habitual = "HABITUAL";
    public const string HabitualWeak = "HABITUAL_WEAK";
    public const string Attempt = "ATTEMPT";
    public const string Achieved = "ACHIEVED";
    public const string Support = "SUPPORT";
    public const string Negation = "NEGATION";
    public const string Purpose = "PURPOSE";

    /// <summary>A word that opens what happened before the sentence's news ("after", "après", "nachdem"): an action told after it is background when the sentence tells another.</summary>
    public const string Prior = "PRIOR";

    /// <summary>A singular determiner or pronoun ("a", "an", "him"): a toll word with one beside it and no number counts one victim.</summary>
    public const string Single = "SINGLE";

    /// <summary>
    /// A concessive word ("despite", "malgré", "trotz", "رغم"): an event noun it governs is the state of affairs the
    /// sentence sets its news against ("despite a ceasefire agreement"), not an event of the report.
    /// </summary>
    public const string Concessive = "CONCESSIVE";

    /// <summary>A word that opens a part of a count ("including", "dont", "darunter", "بينهم"): the count after it is not added.</summary>
    public const string Subset = "SUBSET";

    /// <summary>What a demonstration is against or demands ("against the detention of", "demanding the release of"): the events it names are its cause.</summary>
    public const string Grievance = "GRIEVANCE";
    public const string Threat = "THREAT";
    public const string Plan = "PLAN";
    public const string Agent = "AGENT";
    public const string Passive = "PASSIVE";
    public const string Hostage = "HOSTAGE";
    public const string Confine = "CONFINE";
    public const string Area = "AREA";

    /// <summary>A mass grave ("mass grave", "fosse commune", "Massengrab"): its discovery is ACLED's Other, its dead counted where their killing is told.</summary>
    public const string Grave = "GRAVE";

    // Anti-concepts: words that make a sentence about something other than political violence.
    public const string Sport = "SPORT";
    public const string Metaphor = "METAPHOR";
    public const string Market = "MARKET";
    public const string History = "HISTORY";

    /// <summary>A word that makes what follows the occasion an event happened at ("during", "lors de", "во время").</summary>
    public const string Occasion = "OCCASION";
    public const string Fiction = "FICTION";
    public const string Disaster = "DISASTER";
    public const string Crime = "CRIME";

    /// <summary>A diplomatic measure ("imposed new sanctions", "expelled diplomats"): a state's answer to an event, not one.</summary>
    public const string Diplomacy = "DIPLOMACY";

    /// <summary>
    /// A generic noun for events ("incidents", "Vorfälle", "الحادثين"): no event of its own; written right after a count
    /// of two or more ("across both incidents") it counts the events a toll covers.
    /// </summary>
    public const string Incident = "INCIDENT";

    /// <summary>Every concept a language file may use; the loader rejects unknown names.</summary>
    public static readonly IReadOnlySet<string> All = typeof(Concepts)
        .GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
