using Polemos.Core;

namespace Polemos.Events;

/// <summary>
/// One record per action, place and day: mentions of the same event inside one report (the headline, the lead,
/// a later sentence) become one. Keys are the type family, the place and the date; a mention without a place
/// joins a placed mention of the same type that shares an actor. Values combine conservatively: missing
/// actors are filled, the highest toll mentioned wins, and the most doubtful certainty is kept.
/// </summary>
internal static class Merger
{
    public static List<Frame> Merge(List<Frame> frames, Func<Frame, bool> inHeadline)
    {
        var result = new List<Frame>();
        // Every frame passes here: plain loops, no delegate per frame.
        foreach (var f in frames)
        {
            if (f.Type is null)
            {
                continue;
            }

            Frame? target = null;
            foreach (var r in result)
            {
                if (Math.Abs(r.Sentence - f.Sentence) <= Reach && SameEvent(r, f, placeless: false))
                {
                    target = r;
                    break;
                }
            }

            if (target is null)
            {
                result.Add(f);
                continue;
            }

            Absorb(target, f);
        }

        // A headline tells the body's event in fewer words ("un bombardeo mata a quince" for the air strike the lead
        // describes): a bombardment it names joins the body's bombardment of the same place, day and sides, whose
        // weapon the body tells better.
        // The headline may name the province the body's town lies in ("shelling in Donetsk region", "Beschuss im Gebiet
        // Donezk" for a town of that region): a place of the same province agrees.
        // So does a headline's battle or attack on civilians of the body's very kind ("مقتل ثلاثة جنود بهجوم لداعش في كركوك"
        // for the attack on a checkpoint in a district of Kirkuk the body tells); a headline's territory taken is not the
        // fighting before it.
        // A headline's demonstration joins the body's of the same family ("security forces disperse protesters in
        // Khartoum" for the march in Omdurman the body tells), as its violence does.
        foreach (var f in result.Where(f => inHeadline(f) && (IsViolence(f) || Family(f) == "demonstration")).ToList())
        {
            var body = Near(result, f).Where(r => r != f && !inHeadline(r) &&
                                                  (f.Type!.EventType == Taxonomy.Explosions ? r.Type!.EventType == Taxonomy.Explosions
                                                   : IsViolence(f) ? r.Type == f.Type : Family(r) == "demonstration") &&
                                                  r.Habitual == f.Habitual &&
                                                  DatesAgree(r, f) && (f.Place is null || PlacesAgree(r, f) || SameProvince(r, f)) &&
                                                  SidesAgree(r, f))
                .OrderBy(r => r.Type == f.Type ? 0 : 1)
                .FirstOrDefault();
            if (body is not null)
            {
                Absorb(body, f, keepType: true);
                result.Remove(f);
            }
        }

        // A place-less mention joins a placed one of the same family whose actors do not contradict it.
        foreach (var f in result.Where(f => f.Place is null).ToList())
        {
            var target = FirstNear(result, f, r => r != f && r.Place is not null && SameEvent(r, f, placeless: true) &&
                                                    (Family(f) == "demonstration" || SharesActor(r, f) || f.Actor1 is null || f.Actor2 is null));
            if (target is not null)
            {
                Absorb(target, f);
                result.Remove(f);
            }
        }

        // Arrests during a demonstration are the demonstration's intervention.
        foreach (var f in result.Where(f => f.Type == Taxonomy.Arrests).ToList())
        {
            var demo = FirstNear(result, f, r => r.Type?.EventType is Taxonomy.Protests or Taxonomy.Riots && (f.Place is null || PlacesAgree(r, f)) && DatesAgree(r, f));
            if (demo is not null)
            {
                Absorb(demo, f, keepType: true);
                if (demo.Type == Taxonomy.PeacefulProtest)
                {
                    demo.Type = Taxonomy.ProtestWithIntervention;
                }

                result.Remove(f);
            }
        }

        // "Police clashed with students protesting the fees", "traders staged a demonstration … police and traders
        // clashed during it": a clash between a demonstration's crowd and the state's forces (or another crowd), told
        // with the demonstration, is that demonstration turned violent. ACLED codes demonstrators' physical clashes as
        // a violent demonstration (its crowd rioters, the forces the second actor), not as a battle or an attack.
        foreach (var f in result.Where(CrowdClash).ToList())
        {
            var demo = FirstNear(result, f, r => r != f && r.Type?.EventType == Taxonomy.Protests && (f.Place is null || r.Place is null || PlacesAgree(r, f)) && DatesAgree(r, f));
            if (demo is not null)
            {
                var force = f.Actor1?.Value.Inter == Inter.StateForces ? f.Actor1 : f.Actor2?.Value.Inter == Inter.StateForces ? f.Actor2 : null;
                demo.Type = Taxonomy.ViolentDemonstration;
                if (demo.Actor1 is { Value.Inter: Inter.Protesters } p && p.Value.Name.StartsWith("Protesters", StringComparison.Ordinal))
                {
                    demo.Actor1 = p with { Value = p.Value with { Name = "Rioters" + p.Value.Name["Protesters".Length..], Inter = Inter.Rioters, Kind = ActorKind.Rioters } };
                }

                if (force is not null && demo.Actor2?.Value.Inter != Inter.StateForces)
                {
                    demo.Actor2 = force;
                }

                Absorb(demo, f, keepType: true);
                result.Remove(f);
            }
        }

        // Property burnt, looted or destroyed in a riot or a bombardment is part of that event, not another one.
        foreach (var f in result.Where(f => f.Type == Taxonomy.LootingDestruction).ToList())
        {
            var host = FirstNear(result, f, r => r != f && r.Type != Taxonomy.LootingDestruction && (f.Place is null || PlacesAgree(r, f)) && DatesAgree(r, f));
            if (host is not null)
            {
                // Property a demonstration's own crowd wrecked ("demonstrators vandalised offices during the strike")
                // makes the demonstration violent: ACLED's violent demonstration, its crowd rioters.
                if (host.Type == Taxonomy.PeacefulProtest && f.Actor1?.Value.Inter is null or Inter.Protesters or Inter.Rioters &&
                    (f.Actor1 is null || host.Actor1 is null || SameCrowd(host.Actor1, f.Actor1)))
                {
                    host.Type = Taxonomy.ViolentDemonstration;
                    if (host.Actor1 is { Value.Inter: Inter.Protesters } p && p.Value.Name.StartsWith("Protesters", StringComparison.Ordinal))
                    {
                        host.Actor1 = p with { Value = p.Value with { Name = "Rioters" + p.Value.Name["Protesters".Length..], Inter = Inter.Rioters, Kind = ActorKind.Rioters } };
                    }
                }

                Absorb(host, f, keepType: true);
                result.Remove(f);
            }
        }

        // Weapons that the first side of a battle or an attack took ("the attackers looted weapons and ammunition before
        // setting the base on fire", "troops seized rifles after the clash") are spoils of that event, as ACLED codes them
        // where the taking is told with the fight: part of it, no record of their own. Not weapons defused.
        foreach (var f in result.Where(f => f.Type == Taxonomy.DisruptedWeapons && !f.Concepts.Any(c => c.Concept == Concepts.Defuse) &&
                                            f.Actor1 is not null).ToList())
        {
            var host = FirstNear(result, f, r => r != f && r.Type?.EventType is Taxonomy.Battles or Taxonomy.ViolenceAgainstCivilians &&
                                                  r.Actor1 is not null && r.Actor1.Value.Name == f.Actor1!.Value.Name &&
                                                  (f.Place is null || PlacesAgree(r, f)) && DatesAgree(r, f));
            if (host is not null)
            {
                Absorb(host, f, keepType: true);
                result.Remove(f);
            }
        }

        // A blast told beside a suicide bombing ("Bei einem Selbstmordanschlag … Die Attentäterin habe sich in der Stadt
        // Konduga in die Luft gesprengt") is that bombing going off: one event, the bombing's type, the blast's place.
        foreach (var f in result.Where(f => f.Type == Taxonomy.RemoteExplosive && f.Concepts.Count > 0 &&
                                            f.Concepts.All(c => c.Concept == Concepts.Explosion)).ToList())
        {
            var host = FirstNear(result, f, r => r != f && r.Type == Taxonomy.SuicideBomb && (r.Place is null || f.Place is null || PlacesAgree(r, f)) &&
                                                  DatesAgree(r, f) && SidesAgree(r, f));
            if (host is not null)
            {
                Absorb(host, f, keepType: true);
                result.Remove(f);
            }
        }

        // "The attack", "l'attentato", "the explosion targeted…": a generic word for an event already told more precisely.
        foreach (var f in result.Where(f => f.Concepts.Count > 0 && f.Trigger.Form is WordForm.Noun or WordForm.Any &&
                                            (f.Concepts.All(c => c.Concept is Concepts.Explosion or Concepts.Attack or Concepts.Kill or Concepts.Wound) ||
                                             f.Concepts.All(c => c.Concept is Concepts.Clash or Concepts.Ambush or Concepts.Explosion or Concepts.Kill or Concepts.Wound))).ToList())
        {
            var host = FirstNear(result, f, r => r != f && r.Type != Taxonomy.Attack && !(BareAct(r) && r.Concepts.Any(c => IsMeans(r, c))) &&
                                                  SidesAgree(r, f) &&
                                                  (r.Type?.EventType != Taxonomy.StrategicDevelopments || (r.Type == Taxonomy.Arrests && f.Actor2 is null)) &&
                                                  (f.Place is null || PlacesAgree(r, f)) && DatesAgree(r, f) && r.Habitual == f.Habitual);
            if (host is not null)
            {
                Absorb(host, f, keepType: true);
                result.Remove(f);
            }
        }

        // "La bomba è esplosa al passaggio di un veicolo…": an event noun after a definite article, in a later sentence,
        // names the one event of its kind the report has told before; its place is that event's (a place the sentence
        // adds is where the victims came from or went, more often than a second scene).
        foreach (var f in result.Where(f => f.Definite && !f.Habitual).ToList())
        {
            var told = result.Where(r => r != f && r.Sentence < f.Sentence && !r.Habitual && r.Place is not null &&
                                         r.Type?.EventType == f.Type?.EventType && f.Sentence - r.Sentence <= BesideSentences)
                .ToList();
            if (told.Count == 1 && DatesAgree(told[0], f) && SidesAgree(told[0], f))
            {
                Absorb(told[0], f, keepType: true);
                result.Remove(f);
            }
        }

        // "Gunmen stormed a police post in X. Two civilians died in the blast.": a definite event noun with no place
        // of its own, in the sentence right after the one act of violence the report has told there, is a part of that
        // act (its blast, its assault), whatever the word's family; the act keeps its kind.
        foreach (var f in result.Where(f => f.Definite && !f.Habitual && (f.Place is null || f.PlaceInherited) && IsViolence(f)).ToList())
        {
            var told = result.Where(r => r != f && r.Sentence < f.Sentence && f.Sentence - r.Sentence == 1 && !r.Habitual && r.Place is not null && IsViolence(r))
                .ToList();
            if (told.Count == 1 && DatesAgree(told[0], f) && (NamesOnHostSides(told[0], f) || VictimsByTheirService(told[0], f)))
            {
                Absorb(told[0], f, keepType: true);
                result.Remove(f);
            }
        }

        // "Troops were attacked while patrolling", "police beat them", "the army said it targeted a cell": a bare act of
        // violence with no place of its own (none, only a country, or the sentence before's), told a few sentences
        // from an event with a place on the same day, is that event seen again, also when it names its means
        // ("fueron atacados con fusiles y explosivos").
        foreach (var f in result.Where(f => (f.Place is null || f.PlaceInherited || f.Place.Entry?.Kind == FeatureKind.Country) && !f.Habitual && BareAct(f)).ToList())
        {
            var host = result.Where(r => r != f && r.Place is not null && !r.Habitual && Math.Abs(r.Sentence - f.Sentence) <= BesideSentences &&
                                         r.Type?.EventType != Taxonomy.StrategicDevelopments && DatesAgree(r, f) &&
                                         (NamesOnHostSides(r, f) || TargetTheAttackerNames(r, f)))
                .OrderBy(r => Math.Abs(r.Sentence - f.Sentence))
                .ThenBy(r => r.Sentence > f.Sentence ? 1 : 0)
                .FirstOrDefault();
            if (host is not null)
            {
                DropForeignGenerics(host, f);
                Absorb(host, f, keepType: true);
                result.Remove(f);
            }
        }

        // "X shelled Y's positions. Y fired back, killing several of X's fighters": a bombardment and the fire its target
        // returned in the same or the next sentence are one exchange of fire, an armed clash (ACLED's shelling is fire
        // one side does not answer), begun by the side that opened fire.
        // The answer may name only the side that answered ("Russian forces shelled the town. Ukrainian forces responded
        // with fire."): the side struck is the one that answered.
        foreach (var f in result.Where(f => f.Type == Taxonomy.ArmedClash && f.Actor1 is not null && !f.Habitual).ToList())
        {
            var shelling = result.FirstOrDefault(r => r != f && r.Type == Taxonomy.Shelling && !r.Habitual && r.Sentence <= f.Sentence &&
                                                      f.Sentence - r.Sentence <= 1 && r.Actor1 is not null &&
                                                      (f.Actor2 is not null
                                                          ? r.Actor2 is not null && ActorsAgree(r.Actor1, r.Actor2, f.Actor2, f.Actor1)
                                                          : !Compatible(r.Actor1, f.Actor1) && (r.Actor2 is null || Compatible(r.Actor2, f.Actor1))) &&
                                                      DatesAgree(r, f) && (f.Place is null || f.PlaceInherited || PlacesAgree(r, f)));
            if (shelling is not null && result.Contains(f))
            {
                // The side that opened fire is the first.
                var (opened, answered) = (shelling.Actor1, shelling.Actor2 ?? f.Actor1);
                Absorb(f, shelling, keepType: true);
                (f.Actor1, f.Actor2) = (opened, answered);
                result.Remove(shelling);
            }
        }

        // The fighting in which a town changed hands is the takeover itself (ACLED codes one event).
        foreach (var f in result.Where(f => f.Type == Taxonomy.ArmedClash).ToList())
        {
            var takeover = FirstNear(result, f, r => ConceptClasses.IsTerritoryType(r.Type) && DatesAgree(r, f) && SharesActor(r, f) &&
                                                      (f.Place is null ? Math.Abs(r.Sentence - f.Sentence) <= 1 : PlacesAgree(r, f)));
            if (takeover is not null)
            {
                Absorb(takeover, f, keepType: true);
                result.Remove(f);
            }
        }

        return result;
    }

    /// <summary>An act of violence told by its verb alone: attacked, fired on, killed, wounded, with at most its means named.</summary>
    private static bool BareAct(Frame f)
    {
        foreach (var c in f.Concepts)
        {
            if (!(c.Concept is Concepts.Attack or Concepts.Gunfire or Concepts.Kill or Concepts.Wound || IsMeans(f, c)))
            {
                return false;
            }
        }

        return f.Concepts.Count > 0;
    }

    /// <summary>An explosive named as a noun beside a verb of attack or fire is the means of that act, not an explosion of its own.</summary>
    private static bool IsMeans(Frame f, ConceptMention c) =>
        c.Concept == Concepts.Explosion && c.Form == WordForm.Noun &&
        f.Concepts.Any(o => o.Concept is Concepts.Attack or Concepts.Gunfire && o.Form != WordForm.Noun);

    /// <summary>
    /// Mentions of one event sit within a report's reach of each other; looking only that far keeps merging linear
    /// on book-length inputs.
    /// </summary>
    private static IEnumerable<Frame> Near(List<Frame> frames, Frame f) => frames.Where(r => Math.Abs(r.Sentence - f.Sentence) <= Reach);

    /// <summary>
    /// A clash told with its sides among the state's forces and crowds or people (no armed group named), one of them
    /// named: the fight of a crowd, which a demonstration told beside it makes that demonstration's violence.
    /// </summary>
    private static bool CrowdClash(Frame f)
    {
        static bool crowdOrForce(int? inter) => inter is null or Inter.StateForces or Inter.Civilians or Inter.Protesters or Inter.Rioters;
        int? a = f.Actor1?.Value.Inter, b = f.Actor2?.Value.Inter;
        return f.Trigger.Concept == Concepts.Clash && !f.ToldAsCause && (f.Type == Taxonomy.ArmedClash || f.Type == Taxonomy.Attack) &&
               crowdOrForce(a) && crowdOrForce(b) && (a ?? b) is not null && !(a == Inter.StateForces && b == Inter.StateForces);
    }

    /// <summary>The first of <see cref="Near"/> that <paramref name="fits"/>, without an iterator.</summary>
    private static Frame? FirstNear(List<Frame> frames, Frame f, Func<Frame, bool> fits)
    {
        foreach (var r in frames)
        {
            if (Math.Abs(r.Sentence - f.Sentence) <= Reach && fits(r))
            {
                return r;
            }
        }

        return null;
    }

    private const int Reach = 150;

    private static bool SameEvent(Frame a, Frame b, bool placeless) =>
        Family(a) == Family(b) && a.Habitual == b.Habitual && DatesAgree(a, b) && (placeless || PlacesAgree(a, b)) &&
        (Family(a) == "demonstration" || SidesAgree(a, b) ||
         (!placeless && a.Type == b.Type && Compatible(a.Actor1, b.Actor1) && a.Place is not null));

    /// <summary>Whether the event is violence: a battle, an explosion or remote violence, or violence against civilians.</summary>
    internal static bool IsViolence(Frame f) =>
        f.Type?.EventType is Taxonomy.Battles or Taxonomy.Explosions or Taxonomy.ViolenceAgainstCivilians;

    /// <summary>The two mentions' sides agree, told from either side ("A attacked B", "B was attacked by A").</summary>
    private static bool SidesAgree(Frame a, Frame b) =>
        ActorsAgree(a.Actor1, a.Actor2, b.Actor1, b.Actor2) || ActorsAgree(a.Actor1, a.Actor2, b.Actor2, b.Actor1);

    /// <summary>
    /// Two tellings' parties are the same or one state's forces ("gunmen stormed a security forces post … four police
    /// officers died in the assault": the army and the police of one state are the side the event struck).
    /// </summary>
    private static bool ActorsAgree(Supported<Recognition.ResolvedActor>? a1, Supported<Recognition.ResolvedActor>? a2,
        Supported<Recognition.ResolvedActor>? b1, Supported<Recognition.ResolvedActor>? b2) =>
        (Compatible(a1, b1) || OneStatesForces(a1?.Value, b1?.Value) || NamedLater(a1, b1)) &&
        (Compatible(a2, b2) || OneStatesForces(a2?.Value, b2?.Value) || NamedLater(a2, b2));

    /// <summary>
    /// One mention's unidentified armed group and the other's named armed group ("gunmen shot the leader" … "the
    /// attackers, FARC dissidents, fired at him"): the group named where the other left it unnamed.
    /// </summary>
    private static bool NamedLater(Supported<Recognition.ResolvedActor>? a, Supported<Recognition.ResolvedActor>? b) =>
        a is not null && b is not null && ((Unidentified(a.Value) && NamedArmedGroup(b.Value)) || (Unidentified(b.Value) && NamedArmedGroup(a.Value)));

    /// <summary>
    /// Both are the forces (military or police) of one state, as their registry ids tell; with
    /// <paramref name="orGovernment"/>, its government counts as one of them.
    /// </summary>
    private static bool OneStatesForces(Recognition.ResolvedActor? a, Recognition.ResolvedActor? b, bool orGovernment = false) =>
        a is { Inter: Inter.StateForces, ActorId: { } ida } && OfTheState(a.Kind, orGovernment) &&
        b is { Inter: Inter.StateForces, ActorId: { } idb } && OfTheState(b.Kind, orGovernment) &&
        Recognition.ActorRegistry.StateOf(ida) is { } sa && sa == Recognition.ActorRegistry.StateOf(idb);

    private static bool OfTheState(ActorKind kind, bool orGovernment) =>
        kind is ActorKind.StateMilitary or ActorKind.StatePolice || (orGovernment && kind == ActorKind.StateGovernment);

    /// <summary>How many sentences away a bare act of violence may be from the located event it retells.</summary>
    private const int BesideSentences = 3;

    /// <summary>
    /// "Gunmen ambushed a minibus of off-duty soldiers. Three soldiers died in the attack.": the retelling names no other
    /// attacker and calls the host's civilian victims by their service; they are the same people.
    /// </summary>
    private static bool VictimsByTheirService(Frame host, Frame f) =>
        (f.Actor1 is null || Compatible(host.Actor1, f.Actor1)) && f.Actor2 is { Value.Kind: ActorKind.StateMilitary or ActorKind.StatePolice } &&
        host.Actor2 is { Value.Inter: Inter.Civilians };

    /// <summary>
    /// "The army said it had attacked Hamas infrastructure in the area": the attacker of a strike from afar (an air
    /// strike, a bombardment) telling its act again, with no toll of its own, names the target it says it struck; the
    /// host's toll names whom it hit. The retelling is the host, whatever target it names.
    /// </summary>
    private static bool TargetTheAttackerNames(Frame host, Frame f) =>
        host.Type?.EventType == Taxonomy.Explosions && host.Actor1 is { } attacker && f.Actor1 is { } teller && attacker.Value.Name == teller.Value.Name &&
        (f.Killed?.Value ?? 0) == 0 && f.Wounded is null && f.Captured is null;

    /// <summary>Every organisation the mention names is one of the host's sides: it introduces no other party.</summary>
    private static bool NamesOnHostSides(Frame host, Frame f)
    {
        var hostSides = new[] { host.Actor1, host.Actor2 }.Concat(host.Assoc1).Concat(host.Assoc2).Where(a => a is not null).ToList();
        var sides = hostSides.Select(a => a!.Value.Name).ToHashSet(StringComparer.Ordinal);
        return new[] { f.Actor1, f.Actor2 }.All(a => a is null || IsGeneric(a.Value) || sides.Contains(a.Value.Name) ||
                                                     hostSides.Exists(h => OneStatesForces(h!.Value, a.Value)));
    }

    /// <summary>
    /// A generic description in a retelling ("an armed group", "civilians") that fits neither of the host's sides is
    /// the same party in vaguer words, not a new one: it is not carried over.
    /// </summary>
    private static void DropForeignGenerics(Frame host, Frame f)
    {
        if (f.Actor1 is { } a1 && IsGeneric(a1.Value) && !Compatible(host.Actor1, a1) && !Compatible(host.Actor2, a1))
        {
            f.Actor1 = null;
        }

        if (f.Actor2 is { } a2 && IsGeneric(a2.Value) && !Compatible(host.Actor1, a2) && !Compatible(host.Actor2, a2))
        {
            f.Actor2 = null;
        }
    }

    private static bool IsGeneric(Recognition.ResolvedActor a) =>
        a.Kind is ActorKind.Unidentified or ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters;

    private static string Family(Frame f) => ConceptClasses.Family(f.Type!);

    /// <summary>
    /// The same place: both name none, the same gazetteer entry, or, neither resolved, the same name. Compared
    /// directly rather than through a key string per frame, as this is asked of every pair of frames near each other.
    /// </summary>
    private static bool SamePlace(Frame a, Frame b) =>
        (a.Place, b.Place) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            ({ Entry: { } x }, { Entry: { } y }) => x.Id == y.Id,
            ({ Entry: null } pa, { Entry: null } pb) => NameKey.Of(pa.Name) == NameKey.Of(pb.Name),
            _ => false,
        };

    private const double NeighbourhoodKm = 6;

    /// <summary>Same place, a place within a few km, or one names the province or country that holds the other ("Lazio" and "Rome").</summary>
    private static bool PlacesAgree(Frame a, Frame b)
    {
        if (SamePlace(a, b))
        {
            return true;
        }

        // A country named as the place ("Mali: four soldiers killed") resolves to no location, but still holds its towns.
        var (x, y) = (a.PlaceEntry ?? a.Place?.Entry, b.PlaceEntry ?? b.Place?.Entry);
        if (x is null || y is null)
        {
            // It holds a town the gazetteer lacks too ("Suicide bomber kills 17 in northwest Pakistan" … "in the town of
            // Bajaur").
            return (x is { Kind: FeatureKind.Country } && y is null && b.Place is not null) ||
                   (y is { Kind: FeatureKind.Country } && x is null && a.Place is not null);
        }

        // A road named after a town ("sur la route de Bourem") leads from the place the sentences just before name.
        if ((a.Place?.RoadName == true || b.Place?.RoadName == true) && Math.Abs(a.Sentence - b.Sentence) <= 2)
        {
            return true;
        }

        // A river, valley or desert named beside a town in the next sentences is where the same fighting went on.
        if ((x.Kind is FeatureKind.River or FeatureKind.Valley or FeatureKind.Desert or FeatureKind.Region ||
             y.Kind is FeatureKind.River or FeatureKind.Valley or FeatureKind.Desert or FeatureKind.Region) && Math.Abs(a.Sentence - b.Sentence) <= 2)
        {
            return true;
        }

        // A district and its city ("Hodan", "Mogadishu") are a few kilometres apart.
        if (!x.IsArea && !y.IsArea && Polemos.Geo.GeoMath.Km(x.Latitude, x.Longitude, y.Latitude, y.Longitude) <= NeighbourhoodKm)
        {
            return true;
        }

        return Holds(x, y) || Holds(y, x);

        static bool Holds(GazetteerEntry area, GazetteerEntry place) =>
            area.CountryCode == place.CountryCode &&
            (area.Kind == FeatureKind.Country || (area.Kind == FeatureKind.Admin1 && place.Admin1 is not null && NameKey.Of(place.Admin1) == NameKey.Of(area.Name)));
    }

    /// <summary>Both places lie in the same first-level division of one country.</summary>
    private static bool SameProvince(Frame a, Frame b) =>
        (a.PlaceEntry ?? a.Place?.Entry, b.PlaceEntry ?? b.Place?.Entry) is ({ Admin1: { } x } ea, { Admin1: { } y } eb) &&
        ea.CountryCode == eb.CountryCode && NameKey.Of(x) == NameKey.Of(y);

    /// <summary>
    /// Dates agree when equal, when one mention gives none, or when one gives only a month that holds the other's day
    /// ("in March" and "on 12 March"). A mention marked as another event ("a similar ambush") agrees with none: every
    /// merge asks this first of two mentions.
    /// </summary>
    private static bool DatesAgree(Frame a, Frame b) =>
        !a.OtherEvent && !b.OtherEvent && (a.Date?.Date is not { } x || b.Date?.Date is not { } y || x == y ||
        ((a.Date.Precision >= MonthPrecision || b.Date.Precision >= MonthPrecision) && x.Year == y.Year && x.Month == y.Month &&
         !a.Date.YearOnly && !b.Date.YearOnly));

    /// <summary>ACLED's time_precision for a date known to its month only.</summary>
    private const int MonthPrecision = 3;

    /// <summary>
    /// The same party, or a state's forces and one of their units ("Military Forces of Somalia (2022-)" and "… (2022-)
    /// Puntland Dervish Force"): a report names the unit once and then "the security forces".
    /// </summary>
    private static bool Compatible(Supported<Recognition.ResolvedActor>? a, Supported<Recognition.ResolvedActor>? b) =>
        a is null || b is null || a.Value.Name == b.Value.Name || UnitOf(a.Value, b.Value) || UnitOf(b.Value, a.Value);

    /// <summary>Whether <paramref name="unit"/> is a unit of the state's forces <paramref name="forces"/>: their name and one more.</summary>
    private static bool UnitOf(Recognition.ResolvedActor unit, Recognition.ResolvedActor forces) =>
        unit.Inter == Inter.StateForces && forces.Inter == Inter.StateForces && unit.Name.Length > forces.Name.Length + 1 &&
        unit.Name.StartsWith(forces.Name, StringComparison.Ordinal) && unit.Name[forces.Name.Length] == ' ';

    /// <summary>
    /// The same side told twice: compatible, or an unidentified armed group in one mention and a named armed group in
    /// the other ("Gunmen kill 12" in the headline, "suspected Boko Haram insurgents killed 12 villagers" below); in an
    /// act of violence (<paramref name="violence"/>), also one state's government and forces ("a suicide bomber struck
    /// the district government building … three policemen died in the blast").
    /// </summary>
    private static bool SameSide(Supported<Recognition.ResolvedActor>? a, Supported<Recognition.ResolvedActor>? b, bool violence = false) =>
        Compatible(a, b) || (Unidentified(a!.Value) && NamedArmedGroup(b!.Value)) || (Unidentified(b!.Value) && NamedArmedGroup(a.Value)) ||
        (violence && OneStatesForces(a.Value, b!.Value, orGovernment: true));

    /// <summary>The side as told by the mention that names it: a named armed group over an unidentified one, a state's unit over its forces, else the first told.</summary>
    private static Supported<Recognition.ResolvedActor>? Named(Supported<Recognition.ResolvedActor>? told, Supported<Recognition.ResolvedActor>? other) =>
        told is null ? other : other is not null && ((Unidentified(told.Value) && NamedArmedGroup(other.Value)) || UnitOf(other.Value, told.Value)) ? other : told;

    private static bool Unidentified(Recognition.ResolvedActor a) =>
        a.Kind == ActorKind.Unidentified && a.Inter is Inter.PoliticalMilitia or Inter.Rebels;

    private static bool NamedArmedGroup(Recognition.ResolvedActor a) =>
        a.Kind == ActorKind.Named && a.Inter is Inter.PoliticalMilitia or Inter.Rebels or Inter.IdentityMilitia;

    /// <summary>
    /// A crowd told once as rioters and once as protesters: with the state's forces facing it in the other mention
    /// ("rioters burnt tyres … police dispersed the crowd") it is one side, the forces the other.
    /// </summary>
    private static bool SameCrowd(Supported<Recognition.ResolvedActor>? a, Supported<Recognition.ResolvedActor>? b) =>
        a?.Value.Inter is Inter.Protesters or Inter.Rioters && b?.Value.Inter is Inter.Protesters or Inter.Rioters;

    private static bool SharesActor(Frame a, Frame b)
    {
        bool named(Supported<Recognition.ResolvedActor>? n) =>
            n is not null && ((a.Actor1 is not null && Compatible(n, a.Actor1)) || (a.Actor2 is not null && Compatible(n, a.Actor2)));
        return named(b.Actor1) || named(b.Actor2);
    }

    private static void Absorb(Frame target, Frame f, bool keepType = false)
    {
        // The other mention may tell the same event from the victims' side: line its actors up with ours first.
        bool sameCrowd = SameCrowd(target.Actor1, f.Actor1) && f.Actor2?.Value.Inter == Inter.StateForces;
        bool violence = IsViolence(target);
        var (f1, f2) = (SameSide(target.Actor1, f.Actor1, violence) || sameCrowd) && SameSide(target.Actor2, f.Actor2, violence)
            ? (f.Actor1, f.Actor2)
            : (f.Actor2, f.Actor1);
        target.Actor1 = Named(target.Actor1, f1);
        target.Actor2 = Named(target.Actor2, f2);

        // A demonstration's crowd is one side ("disturbios tras una marcha estudiantil" … "lanzaron piedras contra
        // Carabineros"): where one mention of it set the crowd against itself and another of it names the forces that
        // faced it, those forces are the other side. Not a mob's fight between two crowds, nor the arrests after it.
        if (target.Type?.EventType is Taxonomy.Protests or Taxonomy.Riots && target.Type != Taxonomy.MobViolence &&
            f.Type?.EventType is Taxonomy.Protests or Taxonomy.Riots && SameCrowd(target.Actor1, target.Actor2) &&
            (f1?.Value.Inter == Inter.StateForces ? f1 : f2?.Value.Inter == Inter.StateForces ? f2 : null) is { } forces)
        {
            target.Actor2 = forces;
        }

        // A second group of victims of the same attack ("police and civilians") is an associate of actor2.
        if (f2 is not null && target.Actor2 is not null && f2.Value.Name != target.Actor2.Value.Name && f2.Value.Name != target.Actor1?.Value.Name)
        {
            target.Assoc2.Add(f2);
        }
        if (!keepType && Family(target) == Family(f) && ConceptClasses.Severity(f.Type!) > ConceptClasses.Severity(target.Type!))
        {
            target.Type = f.Type;
        }

        // "Ein Selbstmordanschlag … ein Attentäter habe sich am Eingang in die Luft gesprengt": a blast another mention
        // calls a suicide bombing is one.
        if (f.Type == Taxonomy.SuicideBomb && target.Type == Taxonomy.RemoteExplosive)
        {
            target.Type = Taxonomy.SuicideBomb;
        }

        // ACLED's "Attack" has civilians as its target: one whose merged target is an armed force is a clash. Only
        // with a known attacker: a lone armed group beside an attack is more often its author ("the attack of the
        // Islamic State") than its target.
        if (target.Type == Taxonomy.Attack && target.Actor1 is not null && target.Actor2?.Value.Inter is >= Inter.StateForces and <= Inter.IdentityMilitia or Inter.External)
        {
            target.Type = Taxonomy.ArmedClash;
        }

        if (target.Actor1 is not null && target.Actor2 is not null && target.Actor1.Value.Name == target.Actor2.Value.Name)
        {
            target.Actor2 = f.Actor2 is not null && f.Actor2.Value.Name != target.Actor1.Value.Name ? f.Actor2 : null;
        }

        // The crowd of a riot is its rioters, whichever mention named it ("rioters burnt tyres … police dispersed the
        // protesters").
        if (sameCrowd && target.Type?.EventType == Taxonomy.Riots && target.Actor1 is { Value.Inter: Inter.Protesters } p &&
            p.Value.Name.StartsWith("Protesters", StringComparison.Ordinal))
        {
            target.Actor1 = p with { Value = p.Value with { Name = "Rioters" + p.Value.Name["Protesters".Length..], Inter = Inter.Rioters, Kind = ActorKind.Rioters } };
        }

        target.Assoc1.AddRange(f.Assoc1);
        if (f.Killed is { } added && target.Killed is { } told && (f.KilledAdded ^ target.KilledAdded) && added.Span != told.Span)
        {
            // One mention counts dead in addition to the other's: both tolls, summed.
            target.Killed = new Supported<int>(told.Value + added.Value, told.Span);
            target.KilledLow = (target.KilledLow ?? told.Value) + (f.KilledLow ?? added.Value);
            target.KilledHigh = null;
            target.KilledAdded = false;
        }
        else if (f.Killed is not null && (target.Killed is null || f.Killed.Value > target.Killed.Value))
        {
            target.Killed = f.Killed;
            target.KilledAdded = f.KilledAdded;
            target.KilledLow = f.KilledLow;
            target.KilledHigh = f.KilledHigh;
        }

        target.Wounded ??= f.Wounded;
        target.Captured ??= f.Captured;
        if (Certainty.Doubt(f.Certainty.Value) > Certainty.Doubt(target.Certainty.Value))
        {
            target.Certainty = f.Certainty;
        }

        if (target.Place is null || (target.Place.Entry is { IsArea: true } && f.Place?.Entry is { IsArea: false }) ||
            ((target.PlaceEntry ?? target.Place.Entry) is { Kind: FeatureKind.Country } && f.Place is { Entry: null }))
        {
            if (target.Place is not null)
            {
                target.PlaceAlternatives.Add((target.Place, target.Sentence));
            }

            target.Place = f.Place;
            target.PlaceEntry = f.PlaceEntry;
        }
        else if (f.Place is not null)
        {
            target.PlaceAlternatives.Add((f.Place, f.Sentence));
        }

        target.PlaceAlternatives.AddRange(f.PlaceAlternatives);
        if (target.Date?.Date is null)
        {
            target.Date = f.Date ?? target.Date;
        }

        target.StatementDate ??= f.StatementDate;
        target.TriggerSpans.AddRange(f.TriggerSpans);
        foreach (var c in f.Concepts)
        {
            target.Concepts.Add(c);
            target.ConceptNames.Add(c.Concept);
        }

        // Seen from both sides: a takeover whose winner a later sentence names.
        if (ConceptClasses.IsTerritoryType(target.Type) && f.Actor1 is not null && target.TerritoryChange)
        {
            target.TerritoryChange = false;
        }

        if (ConceptClasses.IsTerritoryType(target.Type) && target.Actor1 is { } a1)
        {
            target.Type = a1.Value.Inter == Inter.StateForces ? Taxonomy.GovernmentRegains : Taxonomy.NonStateOvertakes;
        }

        target.Confidence = Math.Min(0.95, Math.Max(target.Confidence, f.Confidence) + 0.05);
        target.CiviliansTargeted |= f.CiviliansTargeted;
    }
}
