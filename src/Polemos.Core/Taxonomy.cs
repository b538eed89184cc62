namespace Polemos.Core;

/// <summary>One ACLED sub-event type with its event type and disorder type (SPEC §2).</summary>
public sealed record SubEventType(string Name, string EventType, string DisorderType, string CaseCode);

/// <summary>The ACLED taxonomy: 6 event types, 25 sub-event types.</summary>
public static class Taxonomy
{
    public const string PoliticalViolence = "Political violence";
    public const string Demonstrations = "Demonstrations";
    public const string StrategicDevelopments = "Strategic developments";

    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";

    public static readonly SubEventType GovernmentRegains = new("Government regains territory", Battles, PoliticalViolence, "GOV_REGAINS_TERIT");
    public static readonly SubEventType NonStateOvertakes = new("Non-state actor overtakes territory", Battles, PoliticalViolence, "NON_STATE_ACTOR_OVERTAKES_TER");
    public static readonly SubEventType ArmedClash = new("Armed clash", Battles, PoliticalViolence, "ARMED_CLASH");
    public static readonly SubEventType ChemicalWeapon = new("Chemical weapon", Explosions, PoliticalViolence, "CHEM_WEAP");
    public static readonly SubEventType AirDroneStrike = new("Air/drone strike", Explosions, PoliticalViolence, "AIR_STRIKE");
    public static readonly SubEventType SuicideBomb = new("Suicide bomb", Explosions, PoliticalViolence, "SUIC_BOMB");
    public static readonly SubEventType Shelling = new("Shelling/artillery/missile attack", Explosions, PoliticalViolence, "ART_MISS_ATTACK");
    public static readonly SubEventType RemoteExplosive = new("Remote explosive/landmine/IED", Explosions, PoliticalViolence, "REM_EXPLOS");
    public static readonly SubEventType Grenade = new("Grenade", Explosions, PoliticalViolence, "GRENADE");
    public static readonly SubEventType SexualViolence = new("Sexual violence", ViolenceAgainstCivilians, PoliticalViolence, "SEX_VIOL");
    public static readonly SubEventType Attack = new("Attack", ViolenceAgainstCivilians, PoliticalViolence, "ATTACK");
    public static readonly SubEventType Abduction = new("Abduction/forced disappearance", ViolenceAgainstCivilians, PoliticalViolence, "ABDUCT_DISSAP");
    public static readonly SubEventType PeacefulProtest = new("Peaceful protest", Protests, Demonstrations, "PEACE_PROTEST");
    public static readonly SubEventType ProtestWithIntervention = new("Protest with intervention", Protests, Demonstrations, "PROTEST_WITH_INTER");
    public static readonly SubEventType ExcessiveForce = new("Excessive force against protesters", Protests, Demonstrations, "FORCE_AGAINST_PROTEST");
    public static readonly SubEventType ViolentDemonstration = new("Violent demonstration", Riots, Demonstrations, "VIOL_DEMONSTR");
    public static readonly SubEventType MobViolence = new("Mob violence", Riots, Demonstrations, "MOB_VIOL");
    public static readonly SubEventType Agreement = new("Agreement", StrategicDevelopments, StrategicDevelopments, "AGREEMENT");
    public static readonly SubEventType Arrests = new("Arrests", StrategicDevelopments, StrategicDevelopments, "ARREST");
    public static readonly SubEventType ChangeToGroup = new("Change to group/activity", StrategicDevelopments, StrategicDevelopments, "CHANGE_TO_GROUP_ACT");
    public static readonly SubEventType DisruptedWeapons = new("Disrupted weapons use", StrategicDevelopments, StrategicDevelopments, "DISR_WEAP");
    public static readonly SubEventType HeadquartersEstablished = new("Headquarters or base established", StrategicDevelopments, StrategicDevelopments, "HQ_ESTABLISHED");
    public static readonly SubEventType LootingDestruction = new("Looting/property destruction", StrategicDevelopments, StrategicDevelopments, "PROPERTY_DISTRUCT");
    public static readonly SubEventType NonViolentTransfer = new("Non-violent transfer of territory", StrategicDevelopments, StrategicDevelopments, "NON_VIOL_TERRIT_TRANSFER");
    public static readonly SubEventType Other = new("Other", StrategicDevelopments, StrategicDevelopments, "OTHER");

    public static readonly IReadOnlyList<SubEventType> All =
    [
        GovernmentRegains, NonStateOvertakes, ArmedClash, ChemicalWeapon, AirDroneStrike, SuicideBomb, Shelling,
        RemoteExplosive, Grenade, SexualViolence, Attack, Abduction, PeacefulProtest, ProtestWithIntervention,
        ExcessiveForce, ViolentDemonstration, MobViolence, Agreement, Arrests, ChangeToGroup, DisruptedWeapons,
        HeadquartersEstablished, LootingDestruction, NonViolentTransfer, Other,
    ];

    private static readonly Dictionary<string, SubEventType> ByName = All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, SubEventType> ByCode = All.ToDictionary(s => s.CaseCode, StringComparer.OrdinalIgnoreCase);

    public static SubEventType? FindByName(string name) => ByName.GetValueOrDefault(name);

    public static SubEventType? FindByCaseCode(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>ACLED's disorder type for an event: riots with fatalities count as political violence.</summary>
    public static string DisorderFor(SubEventType type, int fatalities) =>
        type.EventType == Riots && fatalities > 0 ? PoliticalViolence : type.DisorderType;
}

/// <summary>ACLED actor categories ("inter" codes).</summary>
public static class Inter
{
    public const int None = 0;
    public const int StateForces = 1;
    public const int Rebels = 2;
    public const int PoliticalMilitia = 3;
    public const int IdentityMilitia = 4;
    public const int Rioters = 5;
    public const int Protesters = 6;
    public const int Civilians = 7;
    public const int External = 8;

    /// <summary>ACLED's interaction code: the two inter codes, smaller first (10 × a + b).</summary>
    public static int Interaction(int inter1, int inter2)
    {
        if (inter2 == 0)
        {
            return inter1 * 10;
        }

        return Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2);
    }
}
