using Polemos.Core;

namespace Polemos.Events;

/// <summary>The codebook's first step: what each concept contributes to an event (see docs/architecture.md).</summary>
internal static class ConceptClasses
{
    public static readonly IReadOnlyDictionary<string, SubEventType> HeadTypes = new Dictionary<string, SubEventType>(StringComparer.Ordinal)
    {
        [Concepts.Airstrike] = Taxonomy.AirDroneStrike,
        [Concepts.Drone] = Taxonomy.AirDroneStrike,
        [Concepts.Shell] = Taxonomy.Shelling,
        [Concepts.Rocket] = Taxonomy.Shelling,
        [Concepts.Missile] = Taxonomy.Shelling,
        [Concepts.Ied] = Taxonomy.RemoteExplosive,
        [Concepts.Landmine] = Taxonomy.RemoteExplosive,
        [Concepts.Explosion] = Taxonomy.RemoteExplosive,
        [Concepts.CarBomb] = Taxonomy.RemoteExplosive,
        [Concepts.Suicide] = Taxonomy.SuicideBomb,
        [Concepts.Grenade] = Taxonomy.Grenade,
        [Concepts.Clash] = Taxonomy.ArmedClash,
        [Concepts.Ambush] = Taxonomy.ArmedClash,
        [Concepts.Attack] = Taxonomy.Attack,
        [Concepts.Gunfire] = Taxonomy.Attack,
        [Concepts.Execute] = Taxonomy.Attack,
        [Concepts.Torture] = Taxonomy.Attack,
        [Concepts.SexualViolence] = Taxonomy.SexualViolence,
        [Concepts.Abduct] = Taxonomy.Abduction,
        [Concepts.TakeControl] = Taxonomy.NonStateOvertakes,
        [Concepts.Retake] = Taxonomy.GovernmentRegains,
        [Concepts.LoseControl] = Taxonomy.NonStateOvertakes,
        [Concepts.HandOver] = Taxonomy.NonViolentTransfer,
        [Concepts.Protest] = Taxonomy.PeacefulProtest,
        [Concepts.Riot] = Taxonomy.ViolentDemonstration,
        [Concepts.Mob] = Taxonomy.MobViolence,
        [Concepts.Loot] = Taxonomy.LootingDestruction,
        [Concepts.Burn] = Taxonomy.LootingDestruction,
        [Concepts.Destroy] = Taxonomy.LootingDestruction,
        [Concepts.Arrest] = Taxonomy.Arrests,
        [Concepts.Agreement] = Taxonomy.Agreement,
        [Concepts.Ceasefire] = Taxonomy.Agreement,
        [Concepts.Exchange] = Taxonomy.Agreement,
        [Concepts.Release] = Taxonomy.Other,
        [Concepts.Defuse] = Taxonomy.DisruptedWeapons,
        [Concepts.Intercept] = Taxonomy.DisruptedWeapons,
        [Concepts.EstablishBase] = Taxonomy.HeadquartersEstablished,
        [Concepts.GroupChange] = Taxonomy.ChangeToGroup,
        [Concepts.Chemical] = Taxonomy.ChemicalWeapon,
    };

    public static readonly IReadOnlySet<string> Tolls = new HashSet<string>(StringComparer.Ordinal)
    {
        Concepts.Kill, Concepts.Wound, Concepts.Capture,
    };

    public static readonly IReadOnlySet<string> Territory = new HashSet<string>(StringComparer.Ordinal)
    {
        Concepts.TakeControl, Concepts.Retake, Concepts.LoseControl,
    };

    public static readonly IReadOnlySet<string> Movement = new HashSet<string>(StringComparer.Ordinal)
    {
        Concepts.Flee, Concepts.Displaced, Concepts.Corridor, Concepts.SafePassage,
    };

    public static readonly IReadOnlySet<string> Confinement = new HashSet<string>(StringComparer.Ordinal)
    {
        Concepts.Encircle, Concepts.Confine, Concepts.Withdraw,
    };

    public static readonly IReadOnlySet<string> AntiConcepts = new HashSet<string>(StringComparer.Ordinal)
    {
        Concepts.Sport, Concepts.Metaphor, Concepts.Market, Concepts.History, Concepts.Fiction, Concepts.Disaster, Concepts.Crime,
        Concepts.Diplomacy,
    };

    /// <summary>Fighting, weapons used, and the tolls they leave: what a takeover without a fight lacks.</summary>
    public static readonly IReadOnlySet<string> Violence = new HashSet<string>(StringComparer.Ordinal)
    {
        Concepts.Clash, Concepts.Ambush, Concepts.Attack, Concepts.Gunfire, Concepts.Shell, Concepts.Rocket, Concepts.Missile,
        Concepts.Airstrike, Concepts.Drone, Concepts.Explosion, Concepts.Ied, Concepts.Landmine, Concepts.CarBomb, Concepts.Suicide,
        Concepts.Grenade, Concepts.Kill, Concepts.Wound,
    };

    public static bool IsHead(string concept) => HeadTypes.ContainsKey(concept);

    /// <summary>
    /// An event noun a number may count ("two attacks", "both blasts"); not "suicide bombers", who are people as much as
    /// an attack ("killed three suicide bombers").
    /// </summary>
    /// <summary>An exact number of two or more, written as a number or as a phrase ("all three"): never "several".</summary>
    public static bool CountsSeveral(QuantityMention q) => q.Unit is null && q.Best >= 2 && q.Low == q.Best && q.High == q.Best;

    public static bool CountsAsEvent(ConceptMention c) =>
        c.Form == WordForm.Noun && ((IsHead(c.Concept) && c.Concept != Concepts.Suicide) || c.Concept == Concepts.Incident);

    public static bool IsViolence(string concept) => Violence.Contains(concept);

    /// <summary>
    /// The anti-concepts that silence a sentence. Economic words do not silence a demonstration: people protest
    /// against exchange rates and prices, and markets never borrow the words of a protest; nor do diplomatic measures
    /// (people rally against sanctions or an expulsion of diplomats). A demonstration the
    /// sentence dates to a day is not silenced by the past or the crimes it is about either ("commemorated those
    /// killed in 1977", "against a minister accused of fraud", "workers of a plant that closed years ago"). No
    /// demonstration, dated or not, is silenced by anything named after what it demands or is against ("demanding
    /// justice for a student killed in a bus crash"). With <paramref name="demonstrationTold"/>, the report tells a
    /// demonstration elsewhere, and the sentence's own demands are that demonstration's ("They demanded food aid amid the
    /// drought", after the sentence that tells the protest).
    /// </summary>
    public static IReadOnlyList<string> Silencing(SentenceView v, bool demonstrationTold = false)
    {
        // Asked several times for every sentence, and most sentences hold no anti-concept: plain loops, and nothing
        // allocated unless one is found.
        bool anti = false;
        foreach (var c in v.Concepts)
        {
            if (AntiConcepts.Contains(c.Mention.Concept))
            {
                anti = true;
                break;
            }
        }

        if (!anti)
        {
            return [];
        }

        bool demonstration = demonstrationTold || TellsDemonstration(v);
        bool dated = demonstration && v.EventDates.Any(d => d.Precision == 1 && !d.Since);

        // What a demonstration demands or is against names its cause, whatever it is about ("rallied in Lviv, calling
        // for a new chairman of the national basketball body").
        // So does a clause of what came before ("Following a death in a road accident, residents protest", "residents
        // protest after a student is killed by thugs").
        int cause = int.MaxValue;
        if (demonstration)
        {
            foreach (var c in v.Concepts)
            {
                if (c.Mention.Concept is Concepts.Grievance or Concepts.Prior)
                {
                    cause = Math.Min(cause, c.Token);
                }
            }
        }

        // A crowd's own justice is mob violence, whatever crime its victim was suspected of ("residents lynched a
        // suspected thief", "a man accused of robbery was killed by a mob").
        bool mob = v.Has(Concepts.Mob);
        int reason = ReasonAfterAnAct(v);
        int crowdAct = Math.Min(CrowdAct(v), CrowdClash(v));

        List<string>? silencing = null;
        foreach (var c in v.Concepts)
        {
            string concept = c.Mention.Concept;
            if (AntiConcepts.Contains(concept) && c.Token <= cause &&
                !(concept == Concepts.Crime && (mob || c.Token > crowdAct)) &&
                !(concept != Concepts.Crime && c.Token > reason) &&
                !(demonstration && SparesDemonstrations(concept)) &&
                !(concept == Concepts.Metaphor && DemonstratedBefore(v, c.Token)) &&
                !(dated && concept is Concepts.History or Concepts.Crime) &&
                !(concept == Concepts.Disaster && TargetOfADeliberateAct(v, c.Token)) &&
                !(concept == Concepts.History && (AgeOfAThing(v, c.Token) || OccasionOf(v, c.Token) ||
                                                  (demonstration && DemonstratedBefore(v, c.Token) && !Dates(v, c.Mention.Span)))))
            {
                (silencing ??= []).Add(concept);
            }
        }

        return silencing ?? (IReadOnlyList<string>)[];
    }

    public static bool IsSilenced(SentenceView v) => Silencing(v).Count > 0;

    /// <summary>How many words before its act a crowd that does it may stand ("locals assaulted", "community members then beat").</summary>
    private const int CrowdReach = 2;

    /// <summary>
    /// "Villagers beat a young man to death, suspecting him of theft", "residents attacked two men they accused of
    /// stealing a cow": civilians right before an act of attacking, killing or burning, in the active, with its victim named after
    /// it, take the law into their own hands; a crime named after their act is what they suspected their victim of, and
    /// the sentence tells mob violence, not a crime. Returns the act's token, or int.MaxValue. "Residents were attacked
    /// by robbers" is passive; "robbers attacked the residents" names its crime before the act; "two traders killed in a
    /// robbery" names no victim after its verb: all stay crimes.
    /// </summary>
    private static int CrowdAct(SentenceView v)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept is not (Concepts.Attack or Concepts.Kill or Concepts.Burn) || c.Mention.Form is not (WordForm.Past or WordForm.Present) ||
                v.HasNear(Concepts.Passive, c.Token, CrowdReach, 0))
            {
                continue;
            }

            bool crowd = false, victim = false;
            foreach (var a in v.Actors)
            {
                crowd |= a.Mention.Kind == ActorKind.Civilians && !a.IsSource && a.Token < c.Token && c.Token - a.Token <= CrowdReach + 1;
                victim |= a.Token > c.Token && !a.IsSource;
            }

            // The act has its victim after it, and no agent ("two traders killed by robbers", a headline's participle).
            if (crowd && victim && !v.HasNear(Concepts.Agent, c.Token, 0, CrowdReach + 1))
            {
                return c.Token;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// "Two groups of villagers clashed over a family dispute", "rival groups clashed following a quarrel": people who
    /// clashed with each other (civilians the nearest actor before a verb of clashing, in the active) are a crowd
    /// fighting; a crime named after their verb is what they fought over, and the sentence tells mob violence, not a
    /// crime. Returns the verb's token, or int.MaxValue.
    /// </summary>
    private static int CrowdClash(SentenceView v)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept != Concepts.Clash || c.Mention.Form is not (WordForm.Past or WordForm.Present) ||
                v.HasNear(Concepts.Passive, c.Token, CrowdReach, 0))
            {
                continue;
            }

            // The subject: the nearest actor before the verb ("two groups supported by a party's leaders clashed").
            ActorAt? subject = null;
            foreach (var a in v.Actors)
            {
                if (!a.IsSource && a.Token < c.Token && c.Token - a.Token <= ClashSubjectReach)
                {
                    subject = a;
                }
            }

            if (subject?.Mention.Kind == ActorKind.Civilians)
            {
                return c.Token;
            }
        }

        return int.MaxValue;
    }

    /// <summary>How many words before a verb of clashing its subject may stand.</summary>
    private const int ClashSubjectReach = 8;

    /// <summary>How many words after a deliberate act its target may stand ("arsonists torched a chemical plant").</summary>
    private const int TargetReach = 4;

    /// <summary>
    /// "Arsonists torched a chemical plant", "gunmen attacked a fuel depot": a word of an industrial hazard right after a
    /// deliberate act (an attack, a burning, a looting…, not its infinitive) names what the act struck, not an accident.
    /// </summary>
    private static bool TargetOfADeliberateAct(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Token < token && token - c.Token <= TargetReach && DeliberateActs.Contains(c.Mention.Concept) &&
                c.Mention.Form != WordForm.Infinitive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Deliberate acts whose cause a clause after them may tell: not tolls, blasts or arrests, which accidents and crimes have too.</summary>
    private static readonly HashSet<string> DeliberateActs = new(StringComparer.Ordinal)
    {
        Concepts.Protest, Concepts.Riot, Concepts.Mob, Concepts.Attack, Concepts.Clash, Concepts.Burn, Concepts.Loot,
        Concepts.Destroy, Concepts.Disperse, Concepts.TearGas, Concepts.Gunfire,
    };

    /// <summary>
    /// "Residents burned a lorry after a crash that killed a cyclist", "students blocked the highway after a bus accident
    /// injured a classmate", "rival supporters clashed after a football match": a clause of cause (PRIOR: "after",
    /// "following", "triggered by"; GRIEVANCE: "demanding", "over the"; a protest verb's infinitive: "to protest") opened
    /// after a deliberate act says why the act happened; an accident, a game or an anniversary named in it does not make
    /// the act an accident, a game or a memory. Returns the first such clause's token, or int.MaxValue. Not for crimes: a
    /// crime after an act ("police shot two men after a robbery") is what the act answered, and stays off-topic unless a
    /// crowd did it.
    /// </summary>
    private static int ReasonAfterAnAct(SentenceView v)
    {
        int act = int.MaxValue;
        foreach (var c in v.Concepts)
        {
            if (c.Token < act && DeliberateActs.Contains(c.Mention.Concept) && c.Mention.Form != WordForm.Infinitive)
            {
                act = c.Token;
            }
        }

        if (act == int.MaxValue)
        {
            return int.MaxValue;
        }

        int reason = int.MaxValue;
        foreach (var c in v.Concepts)
        {
            if (c.Token > act && c.Token < reason &&
                (c.Mention.Concept is Concepts.Prior or Concepts.Grievance || (c.Mention.Concept == Concepts.Protest && c.Mention.Form == WordForm.Infinitive)))
            {
                reason = c.Token;
            }
        }

        return reason;
    }

    /// <summary>A sentence that tells a demonstration: a protest or riot word, or protesters or rioters named.</summary>
    public static bool TellsDemonstration(SentenceView v) =>
        v.Has(Concepts.Protest) || v.Has(Concepts.Riot) || v.Actors.Any(a => a.Mention.Kind is ActorKind.Protesters or ActorKind.Rioters);

    /// <summary>
    /// Economic and diplomatic words, which never silence a demonstration's own sentence, do not make a report of a
    /// demonstration off-topic from another sentence either: a sentence saying the crowd wanted the central
    /// bank's governor to resign, after the march it follows says what the crowd wanted.
    /// </summary>
    public static bool SparesDemonstrations(string antiConcept) => antiConcept is Concepts.Market or Concepts.Diplomacy;

    /// <summary>
    /// "Students held a sit-in and then handed a protest letter to the ministry": a demonstration told by its verb before a
    /// figure of speech took place; the figure ("a letter of protest", "a formal protest") names what the crowd did
    /// next or said, and does not make the gathering figurative.
    /// </summary>
    private static bool DemonstratedBefore(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Token < token && c.Mention.Concept is Concepts.Protest or Concepts.Riot && c.Mention.Form is WordForm.Past or WordForm.Present)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date of the sentence overlaps the span: a history word that is a year ("in 1968").</summary>
    private static bool Dates(SentenceView v, TextSpan span)
    {
        foreach (var d in v.Dates)
        {
            if (d.Span.Start < span.End && span.Start < d.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words before a history word the word of an occasion may stand ("during a memorial ceremony").</summary>
    private const int OccasionReach = 5;

    /// <summary>
    /// "Killed during a memorial ceremony", "ont tué cinq personnes lors d'une commémoration": a history word right after a
    /// word of occasion that follows the violence names where the news happened, not the past it is about. Not an occasion
    /// that opens the sentence ("During the commemoration, speakers recalled the massacre…"): what follows it may be the
    /// past recalled.
    /// </summary>
    private static bool OccasionOf(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.Occasion && c.Token < token && token - c.Token <= OccasionReach)
            {
                int occasion = c.Token;
                foreach (var o in v.Concepts)
                {
                    if (o.Token < occasion && IsViolence(o.Mention.Concept))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "The railway, built in 1913, was stolen": a past year right after a verb of building or setting up dates the thing
    /// named, not the sentence's news.
    /// </summary>
    private static bool AgeOfAThing(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.SetUp && c.Token == token - 1)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTerritoryType(SubEventType? t) => t == Taxonomy.NonStateOvertakes || t == Taxonomy.GovernmentRegains;

    /// <summary>
    /// Types whose mentions merge with each other inside a report: a takeover seen from both sides; a demonstration
    /// told as a march, then as its dispersal; fighting told as an attack, then as clashes or an abduction.
    /// </summary>
    public static string Family(SubEventType t) =>
        IsTerritoryType(t) ? "territory"
        : t.EventType is Taxonomy.Protests or Taxonomy.Riots ? "demonstration"
        : t == Taxonomy.ArmedClash || t == Taxonomy.Attack || t == Taxonomy.Abduction ? "fighting"
        : t.Name;

    /// <summary>When mentions of one family merge, the more specific or more severe type wins.</summary>
    public static int Severity(SubEventType t) =>
        t == Taxonomy.ViolentDemonstration ? 4 : t == Taxonomy.ExcessiveForce ? 3 : t == Taxonomy.ProtestWithIntervention ? 2
        : t == Taxonomy.Abduction ? 3 : t == Taxonomy.Attack ? 2 : 1;
}
