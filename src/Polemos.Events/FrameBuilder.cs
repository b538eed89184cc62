using System.Collections.Frozen;
using Polemos.Core;
using Polemos.Recognition;
using Polemos.Text;

namespace Polemos.Events;

/// <summary>Builds candidate events sentence by sentence (DESIGN: "From sentences to records", steps 1, 2 and 4).</summary>
internal sealed class FrameBuilder
{
    private static readonly HashSet<string> Epistemic = new(StringComparer.Ordinal)
    {
        Concepts.Hedge, Concepts.Unconfirmed, Concepts.Attribution, Concepts.Blame, Concepts.Denial, Concepts.Confirmation,
    };

    private static readonly HashSet<string> Explosives = new(StringComparer.Ordinal)
    {
        Concepts.Ied, Concepts.Landmine, Concepts.Explosion, Concepts.CarBomb, Concepts.Suicide,
    };

    private static readonly HashSet<string> PropertyHarm = new(StringComparer.Ordinal)
    {
        Concepts.Destroy, Concepts.Burn, Concepts.Loot,
    };

    /// <summary>Concepts that, as nouns, name a weapon ("rifles", "grenades", "a drone").</summary>
    private static readonly HashSet<string> Weapons = new(StringComparer.Ordinal)
    {
        Concepts.Gunfire, Concepts.Shell, Concepts.Rocket, Concepts.Missile, Concepts.Grenade, Concepts.Ied, Concepts.Landmine,
        Concepts.Explosion, Concepts.CarBomb, Concepts.Drone,
    };

    private readonly Document _document;
    private readonly List<SentenceView> _views;
    private readonly bool _historicalPresent;
    private readonly bool _modifierBeforeNoun;
    private readonly bool _verbInitial;
    private readonly bool _verbSecond;
    private readonly FrozenSet<string> _otherAgentParticiples;
    private readonly bool _unmarkedAgent;

    /// <summary>The language closes a clause with its participle: a passive auxiliary before it in the clause makes it passive.</summary>
    private readonly bool _participleLast;

    /// <summary>The language's auxiliaries of the active perfect ("hat", "haben"), for a language whose participle closes its clause.</summary>
    private readonly FrozenSet<string> _perfectAuxiliaries;
    private readonly FrozenSet<string> _definiteArticles;
    private readonly FrozenSet<string> _bothWords;
    private readonly FrozenSet<string> _brutalManner;
    private readonly FrozenSet<string> _assailantWords;
    private readonly FrozenSet<string> _loneAssailantWords;
    private readonly FrozenSet<string> _officialWords;
    private readonly FrozenSet<string> _beatingWords;
    private readonly FrozenSet<string> _armedWords;
    private readonly FrozenSet<string> _openQuestionWords;
    private readonly FrozenSet<string> _seriousWounds;
    private readonly FrozenSet<string> _additiveWords;
    private readonly IReadOnlyList<string> _pluralEndings;
    private readonly FrozenSet<string> _lethalMob;
    private readonly FrozenSet<string> _deathManner;
    private readonly FrozenSet<string> _participationWords;
    private readonly FrozenSet<string> _interceptionWords;
    private readonly FrozenSet<string> _aircraftWords;
    private readonly FrozenSet<string> _propertyNouns;

    /// <summary>The language's relative pronouns ("that", "which"): a hedge in the clause one opens after an event's words is no doubt of the event.</summary>
    private readonly FrozenSet<string> _relativePronouns;

    /// <summary>Whether any sentence of the report names a weapon; found when first asked.</summary>
    private bool? _namesWeapons;
    private readonly bool _brief;
    private readonly ActorResolver _resolver;

    /// <summary>The language's singular passive auxiliaries ("was", "wurde", "è stato"): see <see cref="SingleVictim"/>.</summary>
    private readonly FrozenSet<string> _singularAuxiliaries;
    private readonly IReadOnlyList<string> _dualEndings;

    /// <summary>The language's prepositions of a target (<see cref="LanguageData.TargetPrepositions"/>).</summary>
    private readonly FrozenSet<string> _targetPrepositions;

    /// <summary>The language's words of fighting between communities and their militias' labels: see <see cref="CommunalMilitia"/>.</summary>
    private readonly FrozenDictionary<string, string> _communalFighting;

    /// <summary>The language's person titles ("colonel", "mayor"): one victim an active toll names by title.</summary>
    private readonly FrozenSet<string> _personTitles;

    /// <summary>The language's function words: one may stand between a toll and the name of its victim ("asesinaron a Jorge Rivas").</summary>
    private readonly FrozenSet<string> _stopWords;

    /// <summary>The language's coordinating conjunctions ("and"): actors one joins are counted together.</summary>
    private readonly FrozenSet<string> _conjunctions;
    private readonly IReadOnlyList<string[]> _separateEventWords;
    private readonly FrozenSet<string> _disjunctions;

    /// <summary>The language's partitive or genitive words ("of", "de"): a place after one complements a noun ("lecturers of the University of Nairobi").</summary>
    private readonly FrozenSet<string> _partitiveWords;

    /// <summary>The language's words of a demand in a GRIEVANCE phrase: see <see cref="TellsADemand"/>.</summary>
    private readonly FrozenSet<string> _demandWords;

    /// <summary>The language's words of what a crowd throws in a RIOT phrase ("crude bombs"): see <see cref="DemonstrationTold"/>.</summary>
    private readonly FrozenSet<string> _riotWeapons;

    /// <summary>The language's possessives that join a victim's relative or companion ("and his son"): see <see cref="CompanionsAfter"/>.</summary>
    private readonly FrozenSet<string> _companionPossessives;

    /// <summary>The language's verbs of blocking a road ("blocked", "bloqué"): see <see cref="DropForcesBlockades"/>.</summary>
    private readonly FrozenDictionary<string, WordForm> _blockadeWords;

    /// <summary>The concepts a demonstration of the report named as its cause ("against the arrest of their editor").</summary>
    private readonly HashSet<string> _grievances = new(StringComparer.Ordinal);

    public FrameBuilder(Document document, List<SentenceView> views, LanguageData language, ActorResolver resolver)
    {
        _document = document;
        _views = views;
        _brief = IsBrief(views);
        _historicalPresent = language.HistoricalPresent || _brief;
        _modifierBeforeNoun = language.ModifierBeforeNoun;
        _verbInitial = language.VerbInitial;
        _verbSecond = language.VerbSecond;
        _otherAgentParticiples = language.OtherAgentParticiples;
        _unmarkedAgent = language.UnmarkedAgent;
        _participleLast = language.ParticipleLast;
        _perfectAuxiliaries = language.PerfectAuxiliaries;
        _definiteArticles = language.DefiniteArticles;
        _bothWords = language.BothWords;
        _brutalManner = language.BrutalManner;
        _assailantWords = language.AssailantWords;
        _loneAssailantWords = language.LoneAssailantWords;
        _officialWords = language.OfficialWords;
        _beatingWords = language.BeatingWords;
        _armedWords = language.ArmedWords;
        _openQuestionWords = language.OpenQuestionWords;
        _seriousWounds = language.SeriousWounds;
        _additiveWords = language.AdditiveWords;
        _pluralEndings = language.PluralEndings;
        _lethalMob = language.LethalMob;
        _deathManner = language.DeathManner;
        _participationWords = language.ParticipationWords;
        _interceptionWords = language.InterceptionWords;
        _aircraftWords = language.AircraftWords;
        _propertyNouns = language.PropertyNouns;
        _relativePronouns = language.RelativePronouns;
        _singularAuxiliaries = language.SingularAuxiliaries;
        _dualEndings = language.DualEndings;
        _targetPrepositions = language.TargetPrepositions;
        _communalFighting = language.CommunalFighting;
        _personTitles = language.PersonTitles;
        _stopWords = language.StopWords;
        _conjunctions = language.Conjunctions;
        _separateEventWords = language.SeparateEventWords;
        _disjunctions = language.Disjunctions;
        _partitiveWords = language.PartitiveWords;
        _demandWords = language.DemandWords;
        _riotWeapons = language.RiotWeapons;
        _companionPossessives = language.CompanionPossessives;
        _blockadeWords = language.BlockadeWords;
        _resolver = resolver;
    }

    /// <summary>The most sentences a brief has, notes included ("[size=no report]").</summary>
    private const int BriefSentences = 3;

    /// <summary>
    /// A brief (one sentence that tells of any action, as a note or a wire flash does: "Residents protest frequent water
    /// cuts") tells its news in the present, as a headline does. Sentences after it that only count victims complete it
    /// ("Rival groups clash over land in X. One death reported."): they tell no second action.
    /// </summary>
    private static bool IsBrief(List<SentenceView> views)
    {
        if (views.Count > BriefSentences)
        {
            return false;
        }

        int first = views.FindIndex(TellsAction);
        return first >= 0 && !views.Skip(first + 1).Any(v => v.Concepts.Any(c => ConceptClasses.IsHead(c.Mention.Concept))) &&
               (views[first].Concepts.Any(c => ConceptClasses.IsHead(c.Mention.Concept)) || views.Count(TellsAction) == 1);

        static bool TellsAction(SentenceView v) =>
            v.Concepts.Any(c => ConceptClasses.IsHead(c.Mention.Concept) || ConceptClasses.Tolls.Contains(c.Mention.Concept));
    }

    public List<Frame> Build()
    {
        var all = new List<Frame>();
        List<Frame> previous = [];
        int accident = -2;
        for (int s = 0; s < _views.Count; s++)
        {
            var v = _views[s];
            if (ConceptClasses.IsSilenced(v))
            {
                previous = [];
                accident = ConceptClasses.Silencing(v).Contains(Concepts.Disaster) ? s : accident;
                continue;
            }

            // "Two workers died in a gas leak at the plant. Five others were taken to hospital.": a sentence that only
            // counts victims, right after a sentence that tells of a disaster or an accident in the same paragraph,
            // counts that disaster's victims.
            if (accident == s - 1 && _views[accident].Sentence.Paragraph == v.Sentence.Paragraph && !HasHead(v) && Tolls(v).Count > 0)
            {
                continue;
            }

            // A sentence that only counts victims ("Tre i morti", "Five people died") completes the event just told,
            // when there is one close above it in the same paragraph.
            var lastMain = previous.LastOrDefault(f => !f.Supporting);
            // A lasting situation ("since 2012 ... thousands dead", "the war, which began in April 2023, has killed
            // tens of thousands": a toll dated by a month or a year only) does not.
            // "…were killed across all three attacks": events counted again are those told, not new ones.
            // Nor does a toll of a past year ("In 2014, thousands were killed in the fighting").
            // Nor a headline's event: the lead that tells it again with its place and day ("Social leader killed in Cauca"
            // … "An indigenous leader was shot dead on Sunday in Toribío") makes a frame of its own, which the merge joins
            // to the headline's.
            // Nor a sentence that opens as another incident ("Separately, gunmen on motorbikes killed four farmers").
            if (lastMain is not null && !_views[lastMain.Sentence].Sentence.IsHeadline && !HasHead(v, exceptCounted: true) &&
                s - lastMain.Sentence <= 2 && Tolls(v).Count > 0 && !OpensAnotherIncident(v) &&
                !v.Dates.Any(d => d.Since || PastYear(d)) && !v.Has(Concepts.Habitual) && !CumulativeToll(v))
            {
                if (RumouredToll(v, lastMain))
                {
                    AttachRumouredToll(v, lastMain);
                }
                else
                {
                    AttachTollsTo(v, lastMain, Tolls(v));
                    CiviliansCounted(v, lastMain);
                    ArmedCounted(v, lastMain);
                }

                // "Police dispersed the protesters and six activists were injured": a dispersal told with its toll is
                // still the intervention in the demonstration just told.
                InterventionTold(v, previous);

                // "…; sources attributed the attack to ISIL, noting that the victim had worked for the police": a toll
                // word in the sentence does not silence the perpetrator it names.
                AttributeParagraph(v, all);
                continue;
            }

            var frames = FramesOf(s, v);

            // A dispersal told after an event of its paragraph is that event's intervention (InterventionTold), not a
            // gathering of its own ("Two groups clashed at the stadium. Police dispersed them.").
            if (frames.Count > 0 && all.Exists(f => _views[f.Sentence].Sentence.Paragraph == v.Sentence.Paragraph))
            {
                frames.RemoveAll(f => string.Equals(f.Trigger.Source, DispersalSource, StringComparison.Ordinal));
            }

            // "Ten people were killed in a grenade attack. The attacker was arrested following the blast": an arrest whose
            // sentence names, in an "after" clause, violence of the kind the report has already told is that event's
            // aftermath; the report's news stays the violence (ACLED codes the attack of such a note).
            if (frames.Any(f => f.Type == Taxonomy.Arrests) && v.Has(Concepts.Prior) && AfterToldViolence(v, all))
            {
                foreach (var f in frames.Where(f => f.Type == Taxonomy.Arrests))
                {
                    f.Confidence -= AftermathPenalty;
                }
            }

            // "Al-Shabaab claimed the attack", "le JNIM a revendiqué l'attaque" in a later paragraph: a claim that names
            // the event points back at the report's events, wherever they were told. The claimed event's word is that
            // event again, and the claim's date is the claim's ("a revendiqué l'attaque mercredi").
            if (all.Count > 0 && ClaimedEvent(v) is { } claim)
            {
                foreach (var f in all.Where(f => !f.Supporting && !f.Habitual))
                {
                    Attribute(f, claim.Claimant);
                }

                int claimed = claim.EventToken;
                frames.RemoveAll(f => _document.TokenIndexAt(f.Trigger.Span.Start) == claimed);
            }
            else if (all.Count == 0 && ClaimedEvent(v) is { } known && DefiniteEventNoun(v, known.EventToken))
            {
                // "IS claimed responsibility for the attack on the newspaper", "…for the Cambrils attack": a claim that
                // names, as already known, an event the report has not told is news of the claim; the event was reported
                // before, and the claim's word for it is no new event. Unless the sentence tells its toll by a verb after
                // the noun ("claimed the stabbing attack that wounded two police officers"): then it is the report's event,
                // the claimant its author.
                int claimed = known.EventToken;
                if (v.Concepts.Any(c => ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token > claimed && IsVerb(c.Mention.Form)))
                {
                    foreach (var f in frames.Where(f => !f.Supporting && !f.Habitual))
                    {
                        Attribute(f, known.Claimant);
                    }
                }
                else
                {
                    frames.RemoveAll(f => _document.TokenIndexAt(f.Trigger.Span.Start) == claimed);
                }
            }

            if (frames.Count == 0)
            {
                // "Gunmen attacked three villages. The attacks, mostly with grenades, came at night.": a sentence that tells
                // no event of its own and names the attack just told again, by a definite noun, with its means, tells what
                // the attack was made with; the means make its kind (ACLED codes an attack with grenades as one).
                if (previous.Where(f => !f.Supporting && f.Type == Taxonomy.Attack).ToList() is [var told] && RetoldMeans(v) is { } means)
                {
                    told.Type = ConceptClasses.HeadTypes[means.Concept];
                    told.Add(means);
                }

                // "no one has claimed it, though officials suspect ISIL", "Al-Qaida said it carried out the attack":
                // a named armed group held responsible in a later sentence is the perpetrator of the events of its paragraph.
                AttributeParagraph(v, all);

                InterventionTold(v, previous);

                // A sentence of pure epistemics ("La notizia non è confermata", "The army denied it") speaks of the
                // events just before it.
                var cert = CertaintyOf(v, 0, v.Sentence.FirstToken + v.Sentence.TokenCount);
                if (cert.Span is not null && v.Concepts.All(c => !ConceptClasses.IsHead(c.Mention.Concept)))
                {
                    foreach (var f in previous)
                    {
                        if (Certainty.Doubt(cert.Value) > Certainty.Doubt(f.Certainty.Value))
                        {
                            f.Certainty = cert;
                        }
                    }
                }

                continue;
            }

            all.AddRange(frames);
            previous = frames;
        }

        // "Several people were beaten during the detentions", "нескольких человек избили при задержании": a beating told
        // with the noun of an arrest right after it, by no one named but those who arrest, is the force of those arrests,
        // which the arrest's own frame tells; it is no attack of its own.
        all.RemoveAll(f => f.Type == Taxonomy.Attack && f.Trigger.Concept == Concepts.Attack && f.Actor1 is null or { Value.Inter: Inter.StateForces } &&
                           _views[f.Sentence] is var v && all.Exists(o => o != f && o.Sentence == f.Sentence && o.Trigger.Concept == Concepts.Arrest &&
                                                                          o.Trigger.Form == WordForm.Noun && TriggerToken(v, o) > EndToken(f.Trigger) &&
                                                                          TriggerToken(v, o) - EndToken(f.Trigger) <= ArrestAfterBeatingReach));

        InterceptedWeaponsOfTheStrike(all);

        // "Journalists protested against the arrest of their editor. He was arrested over a tax case.": an arrest that
        // names no one making it, told in a report whose demonstration is against an arrest, is that grievance again.
        all.RemoveAll(f => f.Type == Taxonomy.Arrests && _grievances.Contains(Concepts.Arrest) && f.Actor1 is null &&
                           f.Actor2?.Value.Inter is not (Inter.Protesters or Inter.Rioters));

        // "Police dispersed the crowd with live fire. Two protesters were killed.": the deaths told after the
        // intervention make it lethal force against the demonstration.
        foreach (var f in all.Where(f => f.Type == Taxonomy.ProtestWithIntervention && f.Killed is { Value: > 0 }))
        {
            f.Type = Taxonomy.ExcessiveForce;
        }

        // A grave told beside the killing that filled it ("Soldiers killed 40 villagers. They were buried in a mass grave.")
        // is part of that event's story, not a discovery of its own.
        if (all.Any(f => f.Trigger.Concept != Concepts.Grave && f.Type?.DisorderType == Taxonomy.PoliticalViolence))
        {
            all.RemoveAll(f => f.Trigger.Concept == Concepts.Grave);
        }

        foreach (var f in all.Where(f => ConceptClasses.IsTerritoryType(f.Type) && TakenWithoutFight(f.Sentence)))
        {
            f.Type = Taxonomy.NonViolentTransfer;
        }

        // "Police dispersed the march and detained five protesters": in a report that tells of a demonstration, its
        // participants arrested in another sentence are the demonstration's intervention, not a separate arrest. A
        // crowd dispersed tells of a gathering too.
        if (_views.Any(v => v.Has(Concepts.Protest) || v.Has(Concepts.Disperse)))
        {
            foreach (var f in all.Where(f => f.Type == Taxonomy.Arrests &&
                                             (f.Actor1?.Value.Inter == Inter.Protesters || f.Actor2?.Value.Inter == Inter.Protesters) &&
                                             !ProtestsAreCharges(_views[f.Sentence])))
            {
                f.Type = Taxonomy.ProtestWithIntervention;
                if (f.Actor1?.Value.Inter != Inter.Protesters)
                {
                    (f.Actor1, f.Actor2) = (f.Actor2, f.Actor1);
                }
            }
        }

        // "Protests against the government … police fired tear gas": the government a demonstration is against is what it
        // demands of, no party to it; the force that met the crowd, if its sentence names one outside the demands, is the
        // second actor.
        // So are the police or soldiers it is against ("against the police killing of two students").
        foreach (var f in all.Where(f => (f.Type?.EventType == Taxonomy.Protests || f.Type == Taxonomy.ViolentDemonstration) &&
                                         f.Actor2 is { Value.Kind: ActorKind.StateGovernment or ActorKind.StatePolice or ActorKind.StateMilitary, Span: { } named } &&
                                         _document.SentenceIndexAt(named.Start) == f.Sentence && InGrievance(_views[f.Sentence], _document.TokenIndexAt(named.Start))))
        {
            // With no force named outside the demands, the force they are against is the likeliest to have met the crowd;
            // so it is when the force named outside them is that one.
            if (f.Type == Taxonomy.PeacefulProtest)
            {
                f.Actor2 = null;
                continue;
            }

            var force = ForceOutsideDemands(f);
            f.Actor2 = force is null || force.Value.Name == f.Actor2?.Value.Name ? (f.Actor2 is { Value.Kind: ActorKind.StateGovernment } ? null : f.Actor2) : force;
        }

        // An intervention in a demonstration, or force used on it, was made by a force: the one named outside its demands
        // in its sentence or the next ("two men were shot dead at protests against the government, where police fired tear gas").
        foreach (var f in all.Where(f => f.Type == Taxonomy.ExcessiveForce || f.Type == Taxonomy.ProtestWithIntervention))
        {
            f.Actor2 ??= ForceOutsideDemands(f);
        }

        // "Feriti negli scontri tra manifestanti e polizia", "affrontements entre manifestants et policiers": a riot whose
        // own words, or the words right after them, name the force the crowd fought has that force as its second actor,
        // not the people its toll counts.
        // So does a force right before them that the crowd engaged ("students engaged police in running battles").
        foreach (var f in all.Where(f => f.Type?.EventType == Taxonomy.Riots && f.Actor2 is null or { Value.Inter: Inter.Civilians }))
        {
            int end = EndToken(f.Trigger), start = _document.TokenIndexAt(f.Trigger.Span.Start);
            if (_views[f.Sentence].Actors.FirstOrDefault(a => a.Actor.Kind is ActorKind.StatePolice or ActorKind.StateMilitary && a.Actor.Inter is Inter.StateForces or Inter.External &&
                                                              (f.Trigger.Span.Contains(a.Mention.Span) ||
                                                               (a.Token > end && a.Token - end <= FoughtForceReach && !PunctuationBetween(end, a.Token)) ||
                                                               (EndToken(a.Mention) < start && start - EndToken(a.Mention) <= ForceBeforeRiotReach &&
                                                                !PunctuationBetween(EndToken(a.Mention), start)))) is { } fought)
            {
                f.Actor2 = Support(fought);
            }
        }

        // ACLED's violent demonstration is a demonstration whose participants turned violent; a crowd's violence told
        // with no demonstration around it ("a mob beat a man accused of theft", "supporters of two candidates clashed")
        // is mob violence. So is a crowd's attack on a demonstration ("a group of youths attacked a peaceful rally"): the
        // demonstration told is the attack's target, not what the attackers held.
        foreach (var f in all.Where(f => f.Type == Taxonomy.ViolentDemonstration && !FacesForces(f) &&
                                         (!DemonstrationTold(f.Sentence, TriggerToken(_views[f.Sentence], f)) || AttacksADemonstration(f))))
        {
            f.Type = Taxonomy.MobViolence;
        }

        // "A mob lynched a suspected thief", "three burglary suspects were lynched by a mob", "a suspected robber is lynched":
        // the person a mob lynches or attacks for a crime is ACLED's second actor of mob violence, a civilian, whether
        // or not the words named them as people ("a thief" is a crime's word), and never a second crowd nor the mob
        // itself. The crime is told by a crime's word or by the people a mob takes justice on (a description that the
        // lexicon gives both as civilians and as a word of mob violence: "suspected robber"). Crowds that came to blows
        // with each other name no crime: they stay the two sides.
        foreach (var f in all.Where(f => f.Type == Taxonomy.MobViolence &&
                                         f.Concepts.Any(c => c.Concept == Concepts.Mob && c.Form is WordForm.Past or WordForm.Present or WordForm.Participle)))
        {
            var v = _views[f.Sentence];
            var accused = v.Actors.FirstOrDefault(a => a.Mention.Kind == ActorKind.Civilians && !a.IsSource &&
                                                       v.Concepts.Any(c => c.Mention.Concept == Concepts.Mob && c.Mention.Span == a.Mention.Span));
            if (!v.Has(Concepts.Crime) && accused is null)
            {
                continue;
            }

            // The accused read as the mob's own crowd (the subject of "is lynched by a mob"): the mob is the other side.
            if (accused is not null && f.Actor1?.Span == accused.Mention.Span)
            {
                f.Actor1 = f.Actor2 is { Value.Inter: Inter.Rioters or Inter.Protesters } mob ? mob : null;
                f.Actor2 = null;
                CrowdActor(f);
            }

            if (f.Actor2 is null or { Value.Inter: Inter.Rioters or Inter.Protesters } && _resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.Civilians)) is { } victims)
            {
                f.Actor2 = new Supported<ResolvedActor>(victims, accused?.Mention.Span);
            }
        }

        return all;
    }

    /// <summary>
    /// "Russian forces struck Dnipro with missiles. Air defences shot down three of seven cruise missiles.": an
    /// interception that names no other side than the interceptor's stopped the weapons of the strike the report told
    /// before it, by a state's forces: their launcher is its second actor. A force of the struck side named as its
    /// second actor ("according to the Ukrainian air force, 20 drones were shot down") is rather the interceptor.
    /// </summary>
    private static void InterceptedWeaponsOfTheStrike(List<Frame> all)
    {
        Frame? strike = null;
        foreach (var f in all.OrderBy(f => f.Sentence))
        {
            if ((f.Type == Taxonomy.AirDroneStrike || f.Type == Taxonomy.Shelling) && !f.Supporting && StateOfForces(f.Actor1) is not null)
            {
                strike = f;
                continue;
            }

            if (f.Type != Taxonomy.DisruptedWeapons || strike?.Actor1 is not { } launcher || StateOfForces(launcher) is not { } state)
            {
                continue;
            }

            string? first = StateOfForces(f.Actor1), second = StateOfForces(f.Actor2);
            if (f.Actor2 is null && first is not null && first != state)
            {
                f.Actor2 = launcher;
            }
            else if (f.Actor1 is null && second is not null && second != state)
            {
                (f.Actor1, f.Actor2) = (f.Actor2, launcher);
            }
        }
    }

    /// <summary>The state whose forces an actor is, by its registry id, or null.</summary>
    private static string? StateOfForces(Supported<ResolvedActor>? a) =>
        a?.Value is { Inter: Inter.StateForces or Inter.External, ActorId: { } id } ? ActorRegistry.StateOf(id) : null;

    /// <summary>How many words after a beating's the noun of the arrests it was part of may stand ("beaten | during the | detentions").</summary>
    private const int ArrestAfterBeatingReach = 3;

    /// <summary>How many sentences after a demonstration's the force that met it may be named ("… against the occupation. Russian forces opened fire").</summary>
    private const int ForceSentencesAfter = 2;

    /// <summary>
    /// The police or soldiers that met a demonstration: the first named in its sentence outside its demands, else in the
    /// next sentences of its paragraph; null when none is.
    /// </summary>
    private Supported<ResolvedActor>? ForceOutsideDemands(Frame f)
    {
        for (int s = f.Sentence; s < _views.Count && s <= f.Sentence + ForceSentencesAfter && _views[s].Sentence.Paragraph == _views[f.Sentence].Sentence.Paragraph; s++)
        {
            var v = _views[s];
            if (v.Actors.FirstOrDefault(a => !a.IsSource && a.Actor.Kind is ActorKind.StatePolice or ActorKind.StateMilitary && !InGrievance(v, a.Token)) is { } force)
            {
                return Support(force);
            }
        }

        return null;
    }

    /// <summary>How far after a riot's words the force it fought may be named ("clashes between protesters and police").</summary>
    private const int FoughtForceReach = 4;

    /// <summary>How many words before a riot's words the force its crowd engaged may end ("engaged police | in running battles").</summary>
    private const int ForceBeforeRiotReach = 2;

    /// <summary>
    /// "Staged a march over the levies. Police intervened.": the state's forces dispersing, told in a sentence of its own
    /// with no event of its own, or with only the toll of the dispersal ("…and six were injured"), are the intervention in
    /// the demonstration just told (a crowd that dispersed by itself is no intervention).
    /// </summary>
    private void InterventionTold(SentenceView v, List<Frame> previous)
    {
        // A force the registry names ("Russian military forces") is one as much as a description ("police").
        var force = v.Actors.FirstOrDefault(a => a.Mention.Kind is ActorKind.StatePolice or ActorKind.StateMilitary ||
                                                 a.Actor.Kind is ActorKind.StatePolice or ActorKind.StateMilitary)?.Mention;
        if (force is null || !v.Concepts.Any(c => c.Mention.Concept is Concepts.TearGas or Concepts.Disperse && !InGrievance(v, c.Token) && !Negated(v, c.Token)))
        {
            return;
        }

        foreach (var f in previous.Where(f => f.Type == Taxonomy.PeacefulProtest))
        {
            f.Type = Taxonomy.ProtestWithIntervention;
            if (f.Actor2 is null && _resolver.Resolve(force) is { } state)
            {
                f.Actor2 = new Supported<ResolvedActor>(state, force.Span);
            }
        }
    }

    /// <summary>How far a demonstration noun may stand from the verb of the attack it is the object of ("attacked a peaceful rally").</summary>
    private const int AttackedReach = 4;

    /// <summary>
    /// The frame's trigger is a verb of attack whose object is a demonstration ("attacked a peaceful rally", passive:
    /// "the march was attacked"), with no one named between them.
    /// </summary>
    private bool AttacksADemonstration(Frame f)
    {
        if (f.Trigger.Concept != Concepts.Attack || f.Trigger.Form == WordForm.Noun || f.Actor1?.Value.Inter is Inter.StateForces or Inter.External)
        {
            return false;
        }

        var v = _views[f.Sentence];
        int token = _document.TokenIndexAt(f.Trigger.Span.Start);
        bool passive = v.HasNear(Concepts.Passive, token, 3, 0);
        return v.Concepts.Any(c => c.Mention.Concept == Concepts.Protest && c.Mention.Form == WordForm.Noun &&
                                   (passive ? c.Token < token && token - c.Token <= AttackedReach + 2 : c.Token > token && c.Token - token <= AttackedReach) &&
                                   !v.Actors.Any(a => a.Token > Math.Min(token, c.Token) && a.Token < Math.Max(token, c.Token)));
    }

    /// <summary>A crowd that fought the state's forces ("rioters clashed with troops") confronted the state, as a demonstration does.</summary>
    private static bool FacesForces(Frame f) =>
        f.ConceptNames.Contains(Concepts.Clash) &&
        (f.Actor1?.Value.Inter is Inter.StateForces or Inter.External || f.Actor2?.Value.Inter is Inter.StateForces or Inter.External);

    /// <summary>A GRIEVANCE phrase with a word of the language's <c>demand_words</c> (every one, where the language lists none).</summary>
    private bool TellsADemand(ConceptMention grievance)
    {
        if (_demandWords.Count == 0)
        {
            return true;
        }

        for (int k = _document.TokenIndexAt(grievance.Span.Start); k <= EndToken(grievance); k++)
        {
            if (_demandWords.Contains(TextFold.Fold(_document.Tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The paragraph of a sentence tells of a demonstration: a protest (a march, a blocked road), what a crowd demands
    /// (<see cref="TellsADemand"/>: a motive alone, "clashed over the formation of a committee", is no demand), or a
    /// riot or rioters (unless the paragraph calls the crowd a mob: a mob that threw stones is no demonstration). A riot
    /// told only by what the crowd threw ("exploded crude bombs outside a rival's house") is none either, nor a
    /// demonstration told in an "after" clause (<see cref="Background"/>), which came before the news, unless the
    /// crowd's act (<paramref name="trigger"/>) is told in that clause too.
    /// </summary>
    private bool DemonstrationTold(int sentence, int trigger = -1)
    {
        var around = ParagraphOf(sentence).Where(v => !ConceptClasses.IsSilenced(v)).ToList();
        bool mob = around.Any(v => v.Has(Concepts.Mob));
        return around.Any(v => v.Concepts.Any(c => (c.Mention.Concept == Concepts.Protest || (c.Mention.Concept == Concepts.Grievance && TellsADemand(c.Mention)) ||
                                                     (!mob && c.Mention.Concept == Concepts.Riot && (!ThrownWeapon(c.Mention) || ThrownByACrowd(v, c.Token)))) &&
                                                    !Negated(v, c.Token) && !Background(v, c.Token, trigger)) ||
                               (!mob && v.Actors.Any(a => a.Mention.Kind == ActorKind.Rioters && !a.IsSource)));
    }

    /// <summary>
    /// Whether a token stands in a clause a <see cref="Concepts.Prior"/> word opens ("following anti-government
    /// demonstrations", "after a protest march"), what came before the news, and <paramref name="trigger"/> outside it
    /// ("shut after its students rioted to protest fees" tells both in one clause: no background).
    /// </summary>
    private bool Background(SentenceView v, int token, int trigger)
    {
        var clauses = PriorClauses(v);
        return clauses.Exists(r => token > r.From && token < r.To) &&
               !clauses.Exists(r => token > r.From && token < r.To && trigger > r.From && trigger < r.To);
    }

    /// <summary>How many words before what a crowd threw its protesters may stand ("demonstrators | pelted stones", "protesters who were | hurling stones").</summary>
    private const int ThrowersReach = 3;

    /// <summary>
    /// Whether protesters or rioters named right before a thrown weapon's phrase threw it ("demonstrators pelted stones at
    /// the police"): a demonstration's crowd turned violent.
    /// </summary>
    private bool ThrownByACrowd(SentenceView v, int token) =>
        v.Actors.Any(a => a.Mention.Kind is ActorKind.Protesters or ActorKind.Rioters && !a.IsSource && EndToken(a.Mention) < token &&
                          token - EndToken(a.Mention) <= ThrowersReach && !PunctuationBetween(EndToken(a.Mention), token));

    /// <summary>Whether a RIOT phrase names what a crowd throws (<see cref="LanguageData.RiotWeapons"/>: "crude bombs", "petrol bombs").</summary>
    private bool ThrownWeapon(ConceptMention riot) => ConceptCompounds.NamesAThrownWeapon(riot, _document, _riotWeapons);

    /// <summary>
    /// A place taken without a fight changes hands non-violently (ACLED's non-violent transfer of territory): the
    /// side that held it withdrew ("entered the town after the army pulled out") or handed it over ("without
    /// resistance"), or the report says that no fighting took place ("there was no fighting"; "no casualties" is
    /// not "no fighting"). It looks at the sentence of the takeover and its neighbours in the same paragraph; any
    /// fighting, shelling or toll told there makes it a conquest.
    /// </summary>
    private bool TakenWithoutFight(int sentence)
    {
        int paragraph = _views[sentence].Sentence.Paragraph;
        var around = Enumerable.Range(sentence - 1, 3)
            .Where(s => s >= 0 && s < _views.Count && _views[s].Sentence.Paragraph == paragraph && !ConceptClasses.IsSilenced(_views[s]))
            .Select(s => _views[s])
            .ToList();
        bool fought = around.Any(v => v.Concepts.Any(c => ConceptClasses.IsViolence(c.Mention.Concept) && !Negated(v, c.Token) && !Irrealis(v, c.Mention, c.Token) &&
                                                          !JoinedToNoFight(v, c.Token) && !OpenQuestion(c.Token)));
        if (fought)
        {
            return false;
        }

        return around.Any(v => v.Concepts.Any(c =>
            (c.Mention.Concept is Concepts.Withdraw or Concepts.HandOver && c.Mention.Form is not (WordForm.Infinitive or WordForm.Future or WordForm.Conditional) &&
             !Negated(v, c.Token) && !Irrealis(v, c.Mention, c.Token)) ||
            (ConceptClasses.IsViolence(c.Mention.Concept) && !ConceptClasses.Tolls.Contains(c.Mention.Concept) && (Negated(v, c.Token) || OpenQuestion(c.Token)))));
    }

    /// <summary>One of the language's <c>open_question_words</c> stands one or two words before the token ("whether fighting").</summary>
    private bool OpenQuestion(int token)
    {
        for (int k = Math.Max(0, token - 2); k < token; k++)
        {
            if (_openQuestionWords.Contains(_document.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after a phrase of no fight ("without resistance") a violence word joined to it may stand ("or firing a gunshot").</summary>
    private const int NoFightReach = 5;

    /// <summary>
    /// "Left the town without resistance or firing a single shot": a violence word joined by a conjunction to a phrase
    /// that tells a place given up without a fight shares its "without", as a negated word does.
    /// </summary>
    private bool JoinedToNoFight(SentenceView v, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept != Concepts.HandOver || t >= token)
            {
                continue;
            }

            int end = EndToken(c);
            if (token - end > NoFightReach || token <= end)
            {
                continue;
            }

            for (int i = end + 1; i < token; i++)
            {
                if (_conjunctions.Contains(_document.Tokens[i].Norm))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A named armed group that a claim, a suspicion or a blame (not negated) points at in this sentence.</summary>
    private ActorAt? Responsible(SentenceView v)
    {
        foreach (var (c, token) in v.Concepts)
        {
            if (c.Concept is not (Concepts.Attribution or Concepts.Blame) || Negated(v, token))
            {
                continue;
            }

            if (NamedGroupNear(v, token) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>The named armed group nearest a claim or blame word: eight words after it, or six before it.</summary>
    private ActorAt? NamedGroupNear(SentenceView v, int token) =>
        v.Actors.Where(a => !a.IsSource && a.Mention.ActorId is not null &&
                            a.Actor.Inter is Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia &&
                            ((a.Token > token && a.Token - token <= 8) || (a.Token < token && WordsBetween(a.Token, token) <= 6)))
            .OrderBy(a => a.Token > token ? a.Token - token : WordsBetween(a.Token, token))
            .FirstOrDefault();

    /// <summary>
    /// How far a word stands before a later one, not counting an aside set off by commas between them: in
    /// "al-Shabaab, linked to al-Qaeda, claimed", the group is one word from the verb and al-Qaeda, inside the aside,
    /// further.
    /// </summary>
    private int WordsBetween(int from, int to)
    {
        var commas = Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Where(i => _document.Tokens[i].Norm == ",").ToList();
        int aside = commas.Count >= 2 ? commas[^1] - commas[0] + 1 : 0;
        int start = Math.Max(0, from - AsideWords);
        int inside = commas.Count == 1 && Enumerable.Range(start, from - start).Any(i => _document.Tokens[i].Norm == ",") ? AsideWords : 0;
        return to - from - aside + inside;
    }

    /// <summary>The longest aside between commas that <see cref="WordsBetween"/> looks past.</summary>
    private const int AsideWords = 6;

    /// <summary>
    /// The group a claim or blame names, when the claim names the event right after the claim word ("claimed the
    /// attack", "ha rivendicato l'attentato"): a reference back to an event already told.
    /// </summary>
    private (ActorAt Claimant, int EventToken)? ClaimedEvent(SentenceView v)
    {
        if (Responsible(v) is not { } culprit)
        {
            return null;
        }

        var named = v.Concepts.FirstOrDefault(c => ConceptClasses.IsHead(c.Mention.Concept) &&
                                                   v.Concepts.Any(a => a.Mention.Concept is Concepts.Attribution or Concepts.Blame &&
                                                                       a.Token < c.Token && c.Token - a.Token <= ClaimedNounReach));
        return named.Mention is null ? null : (culprit, named.Token);
    }

    /// <summary>The event at the token is named by a noun (or a gerund) after a definite article, right after it or one word after it ("the attack", "the Cambrils bombing", "l'attentat").</summary>
    private bool DefiniteEventNoun(SentenceView v, int token)
    {
        var c = v.Concepts.FirstOrDefault(c => c.Token == token);
        int first = v.Sentence.FirstToken;
        bool article(int i) => i >= first && _definiteArticles.Contains(_document.Tokens[i].Norm.TrimEnd('\'', '’'));

        // A participle right after the article is the noun its folded letters also spell ("l'attaque", "attaqué").
        if (c.Mention is null || (c.Mention.Form is not (WordForm.Noun or WordForm.Any) && !(c.Mention.Form == WordForm.Participle && article(token - 1))))
        {
            return false;
        }

        return article(token - 1) || (article(token - 2) && _document.Tokens[token - 1].Shape.Has(TokenShape.Word));
    }

    /// <summary>
    /// The means of an attack named again by a definite noun ("the attacks, mostly with grenades"): a weapon thrown or
    /// fired (a grenade, a shell, an air strike) within <see cref="MeansReach"/> tokens after the noun, not negated. A
    /// bomb or a blast that opened an attack ("the attack began with the detonation of a car bomb") is one part of it.
    /// </summary>
    private ConceptMention? RetoldMeans(SentenceView v)
    {
        foreach (var a in v.Concepts)
        {
            if (a.Mention.Concept != Concepts.Attack || !DefiniteEventNoun(v, a.Token))
            {
                continue;
            }

            foreach (var m in v.Concepts)
            {
                if (m.Token > a.Token && m.Token - a.Token <= MeansReach && !Negated(v, m.Token) &&
                    ConceptClasses.HeadTypes.TryGetValue(m.Mention.Concept, out var t) && IsThrownOrFired(t))
                {
                    return m.Mention;
                }
            }
        }

        return null;
    }

    /// <summary>How far after a retold attack's noun its means may be named ("the attacks - mostly using grenades" = 5).</summary>
    private const int MeansReach = 6;

    /// <summary>How many tokens after the claim word the event's noun may stand ("claimed responsibility for the attack" = 4).</summary>
    private const int ClaimedNounReach = 4;

    /// <summary>
    /// The group held responsible takes the place of an unnamed armed group on either side ("soldiers returned fire,
    /// killing four gunmen" is the same fight), else becomes actor1, a victim named as actor1 moving to actor2.
    /// </summary>
    private static void Attribute(Frame f, ActorAt culprit)
    {
        // Only political violence has a perpetrator to name: the side that defused a bomb or made an arrest is not it.
        if (f.Type?.DisorderType != Taxonomy.PoliticalViolence)
        {
            return;
        }

        if (f.Actor1 is { Value.Inter: Inter.Civilians or Inter.StateForces } victim)
        {
            if (f.Actor2 is { Value: var other } && UnnamedArmedGroup(other))
            {
                f.Actor2 = Support(culprit);
                Alleged(f, culprit);
                return;
            }

            if (f.Actor2 is not null)
            {
                return;
            }

            f.Actor2 = victim;
        }
        else if (f.Actor1 is { Value.ActorId: not null } named)
        {
            // The group the report already names as the author: its claim is the word for it.
            if (named.Value.Name == culprit.Actor.Name)
            {
                Alleged(f, culprit);
            }

            return;
        }

        f.Actor1 = Support(culprit);
        Alleged(f, culprit);
    }

    private static bool UnnamedArmedGroup(ResolvedActor actor) =>
        actor.ActorId is null && actor.Inter is Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia;

    /// <summary>A perpetrator named by a claim or a third party makes a plainly reported record alleged.</summary>
    private static void Alleged(Frame f, ActorAt culprit)
    {
        if (f.Certainty.Value == Certainty.Reported)
        {
            f.Certainty = new Supported<string>(Certainty.Alleged, culprit.Mention.Span);
        }
    }

    // HasHead, Heads and Tolls are asked several times for every sentence: plain loops, no delegate per call.
    private bool HasHead(SentenceView v, bool exceptCounted = false)
    {
        foreach (var c in v.Concepts)
        {
            if (ConceptClasses.IsHead(c.Mention.Concept) && Realis(v, c.Mention, c.Token) && !(exceptCounted && CountedEvents(v, c.Token)) &&
                !EchoesCompound(_document.SentenceIndexAt(c.Mention.Span.Start), c.Mention, c.Token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An event noun counted by a number or by "both" ("the three attacks", "both blasts", "entrambi gli attentati"):
    /// several events named together, which a later sentence names to tell what they did in all.
    /// </summary>
    private bool CountedEvents(SentenceView v, int token)
    {
        for (int i = Math.Max(v.Sentence.FirstToken, token - 2); i < token; i++)
        {
            if (EventCounterEndingAt(_document, v, i, _bothWords) is not null && CountsEvents(_document, v, i, i, _definiteArticles))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many events a counter ending at token <paramref name="i"/> would count: two for one of the language's
    /// "both" words, the number of an exact count of two or more ("three", "all three"); null when the token ends none.
    /// </summary>
    internal static int? EventCounterEndingAt(Document document, SentenceView v, int i, IReadOnlySet<string> bothWords)
    {
        if (bothWords.Contains(document.Tokens[i].Norm))
        {
            return 2;
        }

        foreach (var (q, t) in v.Quantities)
        {
            if (t <= i && document.TokenIndexAt(q.Span.End) - 1 == i && ConceptClasses.CountsSeveral(q))
            {
                return q.Best;
            }
        }

        return null;
    }

    private List<(ConceptMention Mention, int Token)> Heads(int s, SentenceView v)
    {
        var heads = new List<(ConceptMention Mention, int Token)>();
        foreach (var c in v.Concepts)
        {
            if (ConceptClasses.IsHead(c.Mention.Concept) && Realis(v, c.Mention, c.Token) && !EchoesCompound(s, c.Mention, c.Token) &&
                !InSourceActor(v, c.Mention))
            {
                heads.Add(c);
            }
        }

        return heads;
    }

    /// <summary>
    /// "Die ukrainische Luftwaffe teilte mit, …": a noun inside the words of an actor that only speaks of the events (a
    /// source: "the air force said") names that actor, not an air strike of its own.
    /// </summary>
    private static bool InSourceActor(SentenceView v, ConceptMention c)
    {
        if (c.Form != WordForm.Noun)
        {
            return false;
        }

        foreach (var a in v.Actors)
        {
            if (a.IsSource && a.Mention.Span.Contains(c.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A one-word noun of a weapon thrown or fired that repeats the last word of a longer phrase of another concept told
    /// just before ("two suicide bombers blew themselves up … the explosion left both bombers dead"): it names that thing
    /// again, in fewer words, not what the word alone names (bombers as aircraft). Generic event words ("a mine attack …
    /// the attack") stay: they name the event again and join it.
    /// </summary>
    private bool EchoesCompound(int s, ConceptMention c, int token)
    {
        if (c.Form != WordForm.Noun || _document.TokenIndexAt(c.Span.End) - 1 != token ||
            !ConceptClasses.HeadTypes.TryGetValue(c.Concept, out var type) || !IsThrownOrFired(type))
        {
            return false;
        }

        string word = _document.Tokens[token].Norm;
        for (int k = Math.Max(0, s - CompoundEchoSentences); k <= s; k++)
        {
            foreach (var o in _views[k].Concepts)
            {
                if (o.Token < token && o.Mention.Concept != c.Concept && o.Mention.Form == WordForm.Noun)
                {
                    int last = _document.TokenIndexAt(o.Mention.Span.End) - 1;
                                if (last > o.Token && last < token && _document.Tokens[last].Norm == word)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a toll is a phrase of manner (<c>death_manner</c>: "to death") with no act of violence in the words before
    /// it, or after a verb that kills already: "sentenced two men to death" kills no one, "beat a man to death" does.
    /// </summary>
    private bool MannerWithoutAct(SentenceView v, (ConceptMention Mention, int Token) toll)
    {
        if (_deathManner.Count == 0 || !_deathManner.Contains(PhraseOf(toll.Mention)))
        {
            return false;
        }

        bool act = false;
        foreach (var c in v.Concepts)
        {
            if (c.Token >= toll.Token || toll.Token - c.Token > MannerReach || c.Mention.Form is not (WordForm.Past or WordForm.Present or WordForm.Participle))
            {
                continue;
            }

            // A verb that kills already ("lynched three men to death", "executed") has counted the dead: the manner adds none.
            if (c.Mention.Concept is Concepts.Kill or Concepts.Execute || (c.Mention.Concept == Concepts.Mob && _lethalMob.Contains(PhraseOf(c.Mention))))
            {
                return true;
            }

            act |= c.Mention.Concept is Concepts.Attack or Concepts.Mob or Concepts.Torture or Concepts.Gunfire or Concepts.Burn;
        }

        return !act;
    }

    /// <summary>How many words before a phrase of manner its act may stand ("stoned two suspected robbers to death").</summary>
    private const int MannerReach = 6;

    /// <summary>How many sentences back the longer phrase a one-word noun repeats may stand.</summary>
    private const int CompoundEchoSentences = 2;

    private List<(ConceptMention Mention, int Token)> Tolls(SentenceView v)
    {
        var tolls = new List<(ConceptMention Mention, int Token)>();
        foreach (var c in v.Concepts)
        {
            if (ConceptClasses.Tolls.Contains(c.Mention.Concept) && !Negated(v, c.Token) && !Irrealis(v, c.Mention, c.Token) &&
                (c.Mention.Form != WordForm.Present || _historicalPresent || v.Sentence.IsHeadline) && !Attributive(v, c) &&
                !AttemptedKilling(v, c.Mention, c.Token) && !MannerWithoutAct(v, c) && !OneOfSeveralFates(v, c))
            {
                tolls.Add(c);
            }
            else if (c.Mention.Concept == Concepts.Mob && c.Mention.Form is WordForm.Past or WordForm.Participle && _lethalMob.Count > 0 &&
                     _lethalMob.Contains(PhraseOf(c.Mention)) && !Negated(v, c.Token) && !Irrealis(v, c.Mention, c.Token))
            {
                // "a man was lynched", "ucciso dalla folla": a mob's verb that kills counts its victims as the dead.
                tolls.Add((c.Mention with { Concept = Concepts.Kill }, c.Token));
            }
        }

        return tolls;
    }

    /// <summary>
    /// "One policeman was killed or wounded", "three militants were killed, injured or captured": a killing word joined
    /// by the language's word for "or" to a wound, capture or arrest after it, with only commas and other such words
    /// between, tells one of several fates, not a death; the report does not say how many died.
    /// </summary>
    private bool OneOfSeveralFates(SentenceView v, (ConceptMention Mention, int Token) c)
    {
        if (c.Mention.Concept != Concepts.Kill || _disjunctions.Count == 0)
        {
            return false;
        }

        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        for (int i = EndToken(c.Mention) + 1; i < end && i <= EndToken(c.Mention) + FateReach; i++)
        {
            string w = _document.Tokens[i].Norm;
            if (_disjunctions.Contains(w))
            {
                return v.Concepts.Any(o => o.Token == i + 1 && o.Mention.Concept is Concepts.Wound or Concepts.Capture or Concepts.Arrest or Concepts.Abduct);
            }

            if (w != "," && !v.Concepts.Any(o => o.Token <= i && i <= EndToken(o.Mention) && o.Mention.Concept is Concepts.Wound or Concepts.Capture))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many words after a killing word the fates it is one of may run ("killed, injured or captured").</summary>
    private const int FateReach = 4;

    /// <summary>The folded words of a mention, separated by spaces, as the lexicon writes a phrase.</summary>
    private string PhraseOf(ConceptMention m)
    {
        int first = _document.TokenIndexAt(m.Span.Start), last = EndToken(m);
        return string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => _document.Tokens[i].Norm));
    }

    /// <summary>
    /// "Marched for a murdered girl": a past verb of killing right after an indefinite article describes its noun and
    /// tells no toll of the report's events.
    /// </summary>
    private static bool Attributive(SentenceView v, (ConceptMention Mention, int Token) c) =>
        c.Mention.Concept == Concepts.Kill && c.Mention.Form == WordForm.Past && v.HasNear(Concepts.Single, c.Token, 1, 0) &&
        // A word of one after a count is the counted noun ("25 شخصا قتلوا"), no indefinite article.
        !(c.Token >= 2 && QuantityAt(v, c.Token - 2));

    /// <summary>How many tokens after <paramref name="from"/> up to <paramref name="to"/> no count covers ("знищили … шість із восьми дронів").</summary>
    private static int WordsBesideCounts(SentenceView v, int from, int to)
    {
        int words = to - from;
        foreach (var q in v.Quantities)
        {
            if (q.Token > from && q.Token < to)
            {
                words--;
            }
        }

        return words;
    }

    /// <summary>How far after a weapon stopped its type may be named ("беспилотников типа «Шахед»").</summary>
    private const int WeaponTypeReach = 4;

    /// <summary>How far after an interception's verb the weapons it stopped may be named ("shot down over the region eight rockets").</summary>
    private const int InterceptedReach = 6;

    /// <summary>A named armed group held responsible in the sentence is the perpetrator of the events of its paragraph.</summary>
    private void AttributeParagraph(SentenceView v, List<Frame> all)
    {
        if (Responsible(v) is { } culprit)
        {
            // A claim that opens its own paragraph ("Die Miliz al-Schabab reklamierte den Anschlag für sich") names the
            // perpetrator of the events of the paragraph just before.
            int paragraph = v.Sentence.Paragraph;
            if (!all.Exists(f => !f.Supporting && _views[f.Sentence].Sentence.Paragraph == paragraph) &&
                all.Where(f => !f.Supporting && _views[f.Sentence].Sentence.Paragraph < paragraph).Select(f => _views[f.Sentence].Sentence.Paragraph)
                    .DefaultIfEmpty(-1).Max() is var before and >= 0)
            {
                paragraph = before;
            }

            foreach (var f in all.Where(f => !f.Supporting && _views[f.Sentence].Sentence.Paragraph == paragraph))
            {
                Attribute(f, culprit);
            }
        }
    }

    // FramesOf runs for every sentence and most name no action: the lambdas over the sentence live in the methods it
    // calls only when there is something to decide (PruneHeads, DropGrievances, CrowdOf, Complete), so that a sentence
    // without a head allocates no closure.
    private List<Frame> FramesOf(int s, SentenceView v)
    {
        var frames = new List<Frame>();
        var heads = Heads(s, v);
        var tolls = Tolls(v);

        // "Protesting against the detention of activists", "demanding the release of…": in a demonstration, the
        // events named as its cause are not events of their own, and neither are their victims.
        if (heads.Any(h => h.Mention.Concept == Concepts.Protest) || v.Actors.Any(a => a.Mention.Kind is ActorKind.Protesters or ActorKind.Rioters))
        {
            DropGrievances(v, heads, tolls);
        }

        ConceptMention? seized = heads.Count > 0 ? PruneHeads(v, heads, tolls) : null;
        foreach (var (c, token) in heads)
        {
            var type = ConceptClasses.HeadTypes[c.Concept];
            bool supporting = v.InSupport(token);
            Frame? same = null;
            foreach (var f in frames)
            {
                if (SameKind(f, type, c.Concept) && f.Supporting == supporting)
                {
                    same = f;
                    break;
                }
            }

            if (same is not null)
            {
                // "An air strike attacked…", "ambushed them with heavy weapons": the means names the event more
                // precisely than the generic attack.
                if (((same.Type == Taxonomy.Attack || same.Trigger.Concept == Concepts.Ambush) && type.EventType == Taxonomy.Explosions) ||
                    (IsBareExplosion(same) && IsThrownOrFired(type)))
                {
                    same.Type = type;
                }

                same.Add(c);

                // "Property destruction: on 6 May, forces razed the land": a noun opening the sentence before a colon is
                // a label naming the kind of event; the verb that tells it carries its actors.
                if (c.Form is WordForm.Past or WordForm.Present or WordForm.Participle && IsLabel(v, same.Trigger))
                {
                    same.Retrigger(c);
                }

                continue;
            }

            var nf = new Frame(s, c) { Type = c == seized ? Taxonomy.DisruptedWeapons : type, Supporting = supporting };
            nf.Add(c);
            nf.TerritoryChange = c.Concept == Concepts.LoseControl;
            frames.Add(nf);
        }

        // "One of the shells exploded": an explosion word whose sentence names a shell, a rocket, a missile, a grenade or
        // an air strike, in whatever form the lexicon gives that word ("shells" is also a verb), is that means going off.
        foreach (var f in frames)
        {
            if (!IsBareExplosion(f))
            {
                continue;
            }

            foreach (var means in v.Concepts)
            {
                if (ConceptClasses.HeadTypes.TryGetValue(means.Mention.Concept, out var t) && IsThrownOrFired(t) && !Negated(v, means.Token) && !EchoesCompound(s, means.Mention, means.Token))
                {
                    f.Type = ConceptClasses.HeadTypes[means.Mention.Concept];
                    f.Add(means.Mention);
                    break;
                }
            }
        }

        // "Hundreds of protesters gathered in Najaf": the crowd itself tells of a demonstration.
        if (frames.Count == 0 && CrowdOf(v) is { } crowd && NeitherPlannedNorThreatened(v))
        {
            bool riot = crowd.Mention.Kind == ActorKind.Rioters;
            var trigger = new ConceptMention(crowd.Mention.Span, riot ? Concepts.Riot : Concepts.Protest, WordForm.Any) { Source = "crowd" };
            frames.Add(Opened(s, trigger, riot ? Taxonomy.ViolentDemonstration : Taxonomy.PeacefulProtest));
        }

        // "Police dispersed a group of workers in X": a crowd that the state's forces dispersed had gathered; the
        // gathering is a demonstration that met an intervention, though no word of protest names it.
        if (frames.Count == 0 && DispersedCrowd(v) is { } dispersal && NeitherPlannedNorThreatened(v))
        {
            frames.Add(Opened(s, dispersal with { Source = DispersalSource }, Taxonomy.ProtestWithIntervention));
        }

        // "Soldiers fired tear gas at farmers in their fields": the state's forces gassing civilians where no demonstration
        // is told attack them (ACLED's violence against civilians); in a demonstration the gas is its intervention.
        if (frames.Count == 0 && GassedCivilians(v) is { } gas && !DemonstrationTold(s))
        {
            frames.Add(Opened(s, gas, Taxonomy.Attack));
        }

        // "Gunmen attempted to kill a commander", "an assassination attempt on the governor": an attempt on a life is an
        // attack on that person, in which no one died of the attempt.
        if (frames.Count == 0 && AttemptOnLife(v) is { } attempt && NeitherPlannedNorThreatened(v))
        {
            var f = Opened(s, attempt with { Concept = Concepts.Attack }, Taxonomy.Attack);
            f.Attempt = true;
            frames.Add(f);
        }

        if (frames.Count == 0 && tolls.Count > 0)
        {
            var first = tolls[0];
            var f = new Frame(s, first.Mention) { Type = Taxonomy.ArmedClash };
            f.TriggerSpans.Add(first.Mention.Span);
            frames.Add(f);
        }

        if (frames.Count == 0 && Withdrawal(s, v) is { } withdrawal)
        {
            frames.Add(Opened(s, withdrawal, Taxonomy.ChangeToGroup));
        }

        // "A mass grave was found near Izium", "the graves hold the bodies of soldiers killed by the group": a sentence that
        // names a grave and tells violence only by its dead tells the grave's discovery (ACLED's Other); the dead are
        // counted where their killing is told, not here.
        bool grave = v.Has(Concepts.Grave) && frames.All(f => ConceptClasses.Tolls.Contains(f.Trigger.Concept));
        if (grave)
        {
            var found = v.Concepts.First(c => c.Mention.Concept == Concepts.Grave).Mention;
            frames.Clear();
            var g = new Frame(s, found) { Type = Taxonomy.Other };
            g.Add(found);
            frames.Add(g);
        }

        if (frames.Count > 0)
        {
            Complete(v, frames, heads, tolls);
        }

        if (grave)
        {
            frames[0].Killed = null;
            frames[0].KilledLow = null;
            frames[0].KilledHigh = null;
            frames[0].Wounded = null;
        }

        return frames;
    }

    /// <summary>The first crowd the sentence names as a party, not as a source ("hundreds of protesters gathered").</summary>
    private static ActorAt? CrowdOf(SentenceView v) =>
        v.Actors.FirstOrDefault(a => a.Mention.Kind is ActorKind.Protesters or ActorKind.Rioters && !a.IsSource &&
                                     !v.Concepts.Any(c => c.Mention.Concept is Concepts.Source or Concepts.Attribution && Math.Abs(c.Token - a.Token) <= 3));

    /// <summary>A frame of the sentence opened by one trigger, which is its first concept.</summary>
    private static Frame Opened(int sentence, ConceptMention trigger, SubEventType type)
    {
        var f = new Frame(sentence, trigger) { Type = type };
        f.Add(trigger);
        return f;
    }

    /// <summary>The sentence tells no plan and no threat: what it tells without an event word took place.</summary>
    private static bool NeitherPlannedNorThreatened(SentenceView v) => !v.Has(Concepts.Plan) && !v.Has(Concepts.Threat);

    /// <summary>
    /// The concept at the token is told as done (not negated, not what a demonstration is against, not irrealis) in a
    /// sentence that names the state's forces as more than a source: a dispersal or a gassing by them.
    /// </summary>
    private bool DoneByTheState(SentenceView v, ConceptMention c, int token) =>
        !Negated(v, token) && !InGrievance(v, token) && !Irrealis(v, c, token) &&
        v.Actors.Any(a => a.Mention.Kind is ActorKind.StatePolice or ActorKind.StateMilitary && !a.IsSource);

    /// <summary>The source of a dispersal's trigger that tells a gathering (<see cref="DispersedCrowd"/>).</summary>
    private const string DispersalSource = "dispersal";

    /// <summary>
    /// The word of a dispersal that the sentence tells as done (not negated, planned, threatened or a demonstration's
    /// cause) when it names both the state's forces and civilians or protesters, none of them a source; null otherwise.
    /// </summary>
    private ConceptMention? DispersedCrowd(SentenceView v)
    {
        foreach (var (c, token) in v.Concepts)
        {
            if (c.Concept == Concepts.Disperse && c.Form is WordForm.Past or WordForm.Present or WordForm.Participle or WordForm.Any &&
                DoneByTheState(v, c, token) && v.Actors.Any(a => a.Mention.Kind is ActorKind.Civilians or ActorKind.Protesters && !a.IsSource))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// Tear gas that the sentence tells as fired (a verb, not negated, planned or a cause) when it names the state's
    /// forces and civilians, none of them a source or a crowd of protesters; null otherwise.
    /// </summary>
    private ConceptMention? GassedCivilians(SentenceView v)
    {
        foreach (var (c, token) in v.Concepts)
        {
            if (c.Concept == Concepts.TearGas && c.Form is WordForm.Past or WordForm.Present or WordForm.Participle &&
                DoneByTheState(v, c, token) && v.Actors.Any(a => a.Mention.Kind == ActorKind.Civilians && !a.IsSource) &&
                !v.Actors.Any(a => a.Mention.Kind is ActorKind.Protesters or ActorKind.Rioters))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// A word of killing that an attempt governs ("attempted to kill", "tried to assassinate", "an assassination attempt"),
    /// not negated, not what a demonstration is against, with nothing saying the attempt succeeded; null otherwise.
    /// </summary>
    private ConceptMention? AttemptOnLife(SentenceView v)
    {
        foreach (var (c, token) in v.Concepts)
        {
            if (AttemptedKilling(v, c, token) && !Negated(v, token) && !InGrievance(v, token))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// A word of killing, not told as done (no past or participle), that an attempt governs: an attempt word up to four
    /// words before it, or right after its noun ("assassination attempt"), with nothing near saying it succeeded.
    /// </summary>
    private static bool AttemptedKilling(SentenceView v, ConceptMention kill, int token) =>
        kill.Concept == Concepts.Kill && kill.Form is not (WordForm.Past or WordForm.Participle) &&
        (v.HasNear(Concepts.Attempt, token, 4, 0) || (kill.Form == WordForm.Noun && v.HasNear(Concepts.Attempt, token, 0, 1))) &&
        !v.HasNear(Concepts.Achieved, token, 4, 0);

    /// <summary>In a demonstration, the events named as its cause and their victims are not events of their own.</summary>
    private void DropGrievances(SentenceView v, List<(ConceptMention Mention, int Token)> heads, List<(ConceptMention Mention, int Token)> tolls)
    {
        foreach (var h in heads.Where(h => h.Mention.Concept != Concepts.Protest && InGrievance(v, h.Token)))
        {
            _grievances.Add(h.Mention.Concept);
        }

        heads.RemoveAll(h => h.Mention.Concept != Concepts.Protest && InGrievance(v, h.Token));
        tolls.RemoveAll(t => InGrievance(v, t.Token));
    }

    /// <summary>A mob's noun that describes people, the civilians a crowd takes justice on ("suspected robbers"), not the crowd's deed.</summary>
    private static bool PeopleAMobJudges(SentenceView v, ConceptMention c) =>
        c.Concept == Concepts.Mob && c.Form == WordForm.Noun && v.Actors.Exists(a => a.Mention.Span == c.Span && a.Actor.Inter == Inter.Civilians);

    /// <summary>Drops the heads that are the background, the means or the equipment of another head of the sentence; returns the head that seizes weapons.</summary>
    private ConceptMention? PruneHeads(SentenceView v, List<(ConceptMention Mention, int Token)> heads, List<(ConceptMention Mention, int Token)> tolls)
    {
        // "They were all intercepted by the border guards", "the interception of the suspect": an interception told by the
        // language's plain words of interception alone, in a report that names no weapon anywhere, stopped people or
        // vehicles; ACLED's disrupted weapons use needs weapons stopped or seized.
        if (_interceptionWords.Count > 0 && heads.Any(h => h.Mention.Concept == Concepts.Intercept && PlainInterception(h.Mention)) && !NamesWeapons())
        {
            heads.RemoveAll(h => h.Mention.Concept == Concepts.Intercept && PlainInterception(h.Mention));
            if (heads.Count == 0)
            {
                return null;
            }
        }

        // "Police shot dead two suspected robbers": the people a mob's noun names ("suspected robbers", the ones a crowd
        // takes justice on) were killed by the state's or a named armed group's forces, the armed subject of the
        // sentence's act; no crowd acted, and the noun is their description, not a mob's deed.
        if (heads.Find(h => PeopleAMobJudges(v, h.Mention)) is { Mention: not null } judged &&
            SubjectOfActsBefore(v, judged.Token, v.Actors) is { Actor.Kind: not ActorKind.Unidentified })
        {
            heads.RemoveAll(h => PeopleAMobJudges(v, h.Mention));
        }

        // "Joined peace talks after one group raided a town", "said three members were abducted, a day after police arrested
        // protesters": a clause opened by "after" tells what happened before the sentence's news; when the sentence tells
        // an action of its own outside it, an earlier action of another kind is background, not a second event. One of
        // the same kind is the same event told again ("new protests after demonstrators clashed with police").
        // Each step below that can change nothing is skipped, so that its delegates and lists are not made: most
        // sentences with a head have no "after" clause, no interception and no damage.
        // The steps whose delegates capture the sentence live in methods of their own, called only when they can change
        // something, so that a sentence with a plain head makes no closure.
        // "Some 17 attackers, among them three suicide bombers, died in the clash that followed": attackers named
        // inside a subset clause are among the counted, not a suicide bombing of their own, where the sentence or one
        // before it tells another event ("five people, including the suicide bomber, were killed" alone tells the bombing).
        if (v.Has(Concepts.Subset) && heads.Any(h => h.Mention.Concept == Concepts.Suicide) &&
            (heads.Any(h => h.Mention.Concept != Concepts.Suicide && !InSubsetClause(v, h.Token)) ||
             _views.Take(v.Sentence.Index).Any(earlier => HasHead(earlier))))
        {
            heads.RemoveAll(h => h.Mention.Concept == Concepts.Suicide && InSubsetClause(v, h.Token));
        }

        if (v.Has(Concepts.Prior))
        {
            var prior = PriorClauses(v);
            DropPriorBackground(prior, heads);

            // "Residents blocked the highway in protest after robbers had shot a shopkeeper": in a sentence that tells a
            // demonstration outside the clause of what came before, the dead of that clause are its cause, not its toll.
            bool Inside(int token) => prior.Any(r => token > r.From && token < r.To);
            if (v.Concepts.Any(c => c.Mention.Concept is Concepts.Protest or Concepts.Riot && !Inside(c.Token)) ||
                v.Actors.Any(a => a.Mention.Kind is ActorKind.Protesters or ActorKind.Rioters && !Inside(a.Token)))
            {
                tolls.RemoveAll(t => Inside(t.Token));
            }
        }

        // "Pulled out of the town without resistance or firing a shot": fire joined to a phrase of no fight did not happen.
        if (v.Has(Concepts.HandOver))
        {
            heads.RemoveAll(h => ConceptClasses.IsViolence(h.Mention.Concept) && JoinedToNoFight(v, h.Token));
        }

        // "Launched air strikes on groups it accused of a chlorine attack", "shelled the villages it blamed for the raid":
        // an action named after an accusation is what the accused did before; when the sentence tells an action of
        // another kind outside it by a verb, the accused one is background, as in an "after" clause. With no other verb
        // ("police are accused of assaulting a driver during the lockdown") the accusation tells the event. A demonstration
        // after "against" ("fired on demonstrators who protested against…") is the crowd the force met, never background.
        if (AnyAccused(v, heads))
        {
            DropAccusedBackground(v, heads);
        }

        // "The ministry rejected allegations that its pilots were to blame for the strike on a convoy": an action named
        // by a noun after a denial is what the denial is about, told as known, and so are the victims counted after it
        // ("…that left four people dead"); the sentence's news is the denial. Only a denial phrase that names what it
        // denies counts ("rejected allegations", "denied responsibility"): a lone "denied" may be "denied entry".
        int denial = int.MaxValue;
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.Denial && EndToken(c.Mention) > c.Token)
            {
                denial = Math.Min(denial, c.Token);
            }
        }

        if (denial < int.MaxValue)
        {
            DropDenied(denial, heads, tolls);
        }

        DropDeniedActs(v, heads, tolls);

        // "Deployed to the town in the context of recent fighting", "reinforcements arrived as battles continue": a
        // change to a group's activity told by a finite verb is the event; fighting named after it only as a noun is its
        // background, and weapons named only as nouns ("fighters armed with heavy weapons were sighted") are the group's equipment.
        int change = heads.FindIndex(h => h.Mention.Concept == Concepts.GroupChange && h.Mention.Form is WordForm.Past or WordForm.Participle);
        if (change >= 0)
        {
            DropChangeBackground(heads, heads[change].Token);
        }

        // A base set up is the background of another action told with it ("set up a checkpoint and looted traders", "a bomb
        // went off where a checkpoint had been set up"); weapons named beside it only as nouns are its equipment.
        // A base named by a bare noun in a sentence that counts dead or wounded ("seis militares murieron en un ataque con
        // drones contra una base militar") is the attack's target, not a base set up.
        if (heads.Any(h => h.Mention.Concept == Concepts.EstablishBase && h.Mention.Form == WordForm.Noun) &&
            v.Concepts.Any(c => c.Mention.Concept is Concepts.Kill or Concepts.Wound && !Negated(v, c.Token)))
        {
            heads.RemoveAll(h => h.Mention.Concept == Concepts.EstablishBase && h.Mention.Form == WordForm.Noun);
        }

        if (heads.Any(h => h.Mention.Concept == Concepts.EstablishBase))
        {
            if (heads.Any(h => h.Mention.Concept is not (Concepts.EstablishBase or Concepts.GroupChange) && h.Mention.Form != WordForm.Noun))
            {
                heads.RemoveAll(h => h.Mention.Concept == Concepts.EstablishBase);
            }
            else
            {
                heads.RemoveAll(h => Weapons.Contains(h.Mention.Concept) && h.Mention.Form == WordForm.Noun);
            }
        }

        // "Air defences shot down eight rockets", "средства ПВО сбили восемь ракет": the weapons an interception names after
        // its verb are what it stopped, not attacks of their own. So are drones, missiles and rockets named before it with no
        // other action between, in a passive or where the participle closes the clause ("14 drones were shot down", "hat 14
        // Drohnen abgeschossen"); a bomb before "defused" may be another that went off ("one device exploded, another was defused").
        if (heads.Any(h => h.Mention.Concept == Concepts.Intercept && h.Mention.Form != WordForm.Noun))
        {
            var interceptions = heads.Where(h => h.Mention.Concept == Concepts.Intercept && h.Mention.Form != WordForm.Noun).Select(h => h.Token).ToList();
            bool Stopped((ConceptMention Mention, int Token) h) =>
                interceptions.Any(i => (i < h.Token && WordsBesideCounts(v, i, h.Token) <= InterceptedReach) ||
                                       (i > h.Token && i - h.Token <= InterceptedReach && h.Mention.Concept is Concepts.Drone or Concepts.Missile or Concepts.Rocket &&
                                        !v.Concepts.Any(c => c.Token > h.Token && c.Token < i && IsVerb(c.Mention.Form) && ConceptClasses.IsHead(c.Mention.Concept))));
            // A weapon named right after one stopped is its type ("восемь беспилотников типа «Шахед»"): stopped too.
            var stopped = heads.Where(h => Weapons.Contains(h.Mention.Concept) && h.Mention.Form is WordForm.Noun or WordForm.Any && Stopped(h)).Select(h => h.Token).ToList();
            heads.RemoveAll(h => Weapons.Contains(h.Mention.Concept) && h.Mention.Form is WordForm.Noun or WordForm.Any &&
                                 (Stopped(h) || stopped.Any(t => h.Token > t && h.Token - t <= WeaponTypeReach)));
        }

        // "Warplanes struck a Hezbollah weapons depot", "ein Luftangriff auf ein Waffenlager": a store of weapons named
        // by a noun right after an attack, in its clause, is what the attack hit, not weapons stopped or seized.
        if (heads.Count > 1 && heads.Any(h => h.Mention.Concept == Concepts.Intercept && h.Mention.Form == WordForm.Noun))
        {
            DropStoresHit(heads);
        }

        // "Raids across the occupied West Bank", "in den besetzten Gebieten": a territory verb's participle right after a
        // definite article describes the ground it names, taken long before; it is no takeover.
        if (heads.Any(h => ConceptClasses.Territory.Contains(h.Mention.Concept)))
        {
            heads.RemoveAll(h => ConceptClasses.Territory.Contains(h.Mention.Concept) && h.Mention.Form is WordForm.Past or WordForm.Participle or WordForm.Any &&
                                 h.Token > v.Sentence.FirstToken && _definiteArticles.Contains(_document.Tokens[h.Token - 1].Norm));
        }

        // A change to a group's activity (reinforcements, patrols, a curfew) is the background of any other event told with it.
        if (heads.Any(h => h.Mention.Concept != Concepts.GroupChange))
        {
            heads.RemoveAll(h => h.Mention.Concept == Concepts.GroupChange);
        }

        // "Were released in exchange for 37 fighters", "freed as part of the truce": a release told with an exchange or
        // an agreement is that agreement carried out, not a release of its own.
        if (heads.Any(h => h.Mention.Concept is Concepts.Agreement or Concepts.Exchange or Concepts.Ceasefire))
        {
            heads.RemoveAll(h => h.Mention.Concept == Concepts.Release);
        }

        // "An arson attack targeting a factory": with no victims, the attack named right after the damage is the damage itself.
        if (tolls.Count == 0 && heads.Any(h => PropertyHarm.Contains(h.Mention.Concept)))
        {
            var harm = heads.Where(h => PropertyHarm.Contains(h.Mention.Concept)).Select(h => h.Token).ToList();
            heads.RemoveAll(h => h.Mention.Concept == Concepts.Attack && harm.Any(p => p < h.Token && h.Token - p <= 3));
        }

        // Damage to property is its own event only when nothing more violent happened in the sentence.
        if (heads.Any(h => !PropertyHarm.Contains(h.Mention.Concept)) && !v.Has(Concepts.Protest) && !v.Has(Concepts.Riot))
        {
            heads.RemoveAll(h => PropertyHarm.Contains(h.Mention.Concept));
        }

        // Clashes "amid shelling", forces that "exchanged artillery": ACLED codes the fighting, not each shell. Explosions
        // counted in an exchange of fire ("blasts heard in both directions of the front line") are its shells going off.
        if (AnyOutsideSupport(v, heads, c => c.Concept is Concepts.Clash && c.Form != WordForm.Noun))
        {
            bool device = heads.Any(h => Explosives.Contains(h.Mention.Concept) && h.Mention.Concept != Concepts.Explosion);
            heads.RemoveAll(h => h.Mention.Concept is Concepts.Shell or Concepts.Rocket or Concepts.Missile or Concepts.Gunfire ||
                                 (!device && h.Mention.Concept == Concepts.Explosion && h.Mention.Form == WordForm.Noun));
        }

        // "Military jets fired two missiles at a farm", "warplanes fired a missile": the missiles or rockets named right after
        // the aircraft, with no other actor between, are what it fired: an air strike, not shelling.
        if (heads.Any(h => h.Mention.Concept is Concepts.Airstrike or Concepts.Drone && h.Mention.Form == WordForm.Noun))
        {
            DropFiredByAircraft(v, heads);
        }

        // "Two missiles were fired in the attack by Israeli jets", "des roquettes tirées par des hélicoptères": missiles or
        // rockets whose agent is aircraft, in the same clause, are the aircraft's: an air strike too.
        if (v.Has(Concepts.Agent))
        {
            DropFiredByAircraftAgent(v, heads);
        }

        // "Seized 8 hand grenades and two rifles", "ha sequestrato armi": weapons taken are a weapons seizure, neither
        // ground won, nor people abducted, nor weapons used.
        int seizure = -1;
        for (int i = 0; i < heads.Count; i++)
        {
            if (heads[i].Mention.Concept is Concepts.TakeControl or Concepts.Retake or Concepts.Abduct or Concepts.Intercept && SeizesWeapons(v, heads[i].Token))
            {
                seizure = i;
                break;
            }
        }

        ConceptMention? seized = seizure >= 0 ? heads[seizure].Mention : null;
        if (seizure >= 0)
        {
            DropSeizedWeapons(heads, heads[seizure].Token);
        }

        // "Seized livestock", "a fuel truck was seized by the raiders", "forty motorbikes and two trucks seized": goods
        // taken by a one-word verb of seizing are a looting, no ground won.
        for (int i = 0; i < heads.Count; i++)
        {
            if (SeizesProperty(v, heads[i].Mention, heads[i].Token))
            {
                heads[i] = (heads[i].Mention with { Concept = Concepts.Loot }, heads[i].Token);
            }
        }

        // "The Levant Liberation Board", "the Popular Resistance Committees": a noun written capitalised between two
        // capitalised words, inside a sentence written in lower case, is a word of a name, not an action; dropped
        // before the territory step, so that "Liberation" in a name does not drop the attack told beside it.
        if (heads.Any(h => h.Mention.Form == WordForm.Noun))
        {
            DropNameWords(v, heads);
        }

        // "Despite a ceasefire agreement", "malgré la trêve", "رغم اتفاق وقف إطلاق النار": an event noun that a concessive
        // word governs is what the sentence sets its news against, not an event of its own.
        if (v.Has(Concepts.Concessive))
        {
            heads.RemoveAll(h => h.Mention.Form == WordForm.Noun && Conceded(v, h.Token));
        }

        // A territory change is the event; the fighting in the same sentence is how it happened.
        if (AnyOutsideSupport(v, heads, c => ConceptClasses.Territory.Contains(c.Concept)))
        {
            heads.RemoveAll(h => h.Mention.Concept is Concepts.Clash or Concepts.Attack or Concepts.Gunfire);
        }

        // "Baghdad protested to Ankara", "the ministry protested": a government's diplomatic protest, not a demonstration.
        if (heads.Any(h => h.Mention.Concept == Concepts.Protest))
        {
            DropDiplomatic(v, heads);
            DropForcesBlockades(v, heads);
        }

        // "A man was found handcuffed and shot dead": a verb of arrest right after a verb of finding tells the state a
        // body was found in, not an arrest.
        if (v.Has(Concepts.Find) && heads.Any(h => h.Mention.Concept == Concepts.Arrest))
        {
            DropFoundState(v, heads);
        }

        return seized;
    }

    /// <summary>The colon ending the label that opens the sentence, if one does; -1 if none.</summary>
    private int LabelEnd(SentenceView v)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (t != v.Sentence.FirstToken)
            {
                break;
            }

            if (IsLabel(v, c))
            {
                return EndToken(c) + 1;
            }
        }

        return -1;
    }

    /// <summary>Whether a noun (or a word of either form: "Looting") opens the sentence and a colon follows it ("Attaque :").</summary>
    private bool IsLabel(SentenceView v, ConceptMention c)
    {
        if (c.Form is not (WordForm.Noun or WordForm.Any) || _document.TokenIndexAt(c.Span.Start) != v.Sentence.FirstToken)
        {
            return false;
        }

        int next = EndToken(c) + 1;
        return next < v.Sentence.FirstToken + v.Sentence.TokenCount && _document.Tokens[next].Norm == ":";
    }

    private static void DropPriorBackground(List<(int From, int To)> prior, List<(ConceptMention Mention, int Token)> heads)
    {
        // How many "after" clauses hold the head: "the move came after fighters defected after gunmen attacked their
        // bases" tells the defection (one deep) as the news of the attack (two deep) when no action stands outside them.
        int depth((ConceptMention Mention, int Token) h) => prior.Count(r => h.Token > r.From && h.Token < r.To);
        if (heads.Count == 0)
        {
            return;
        }

        int top = heads.Min(depth);
        var news = heads.Where(h => depth(h) == top).Select(h => ConceptClasses.Family(ConceptClasses.HeadTypes[h.Mention.Concept])).ToHashSet(StringComparer.Ordinal);
        heads.RemoveAll(h => depth(h) > top && !news.Contains(ConceptClasses.Family(ConceptClasses.HeadTypes[h.Mention.Concept])));
    }

    private bool AnyAccused(SentenceView v, List<(ConceptMention Mention, int Token)> heads)
    {
        foreach (var h in heads)
        {
            if (Accused(v, h.Token))
            {
                return true;
            }
        }

        return false;
    }

    private void DropAccusedBackground(SentenceView v, List<(ConceptMention Mention, int Token)> heads)
    {
        var told = heads.Where(h => !Accused(v, h.Token) && h.Mention.Form is WordForm.Past or WordForm.Present or WordForm.Participle)
            .Select(h => ConceptClasses.Family(ConceptClasses.HeadTypes[h.Mention.Concept])).ToHashSet(StringComparer.Ordinal);
        if (told.Count > 0)
        {
            heads.RemoveAll(h => h.Mention.Concept != Concepts.Protest && Accused(v, h.Token) && !told.Contains(ConceptClasses.Family(ConceptClasses.HeadTypes[h.Mention.Concept])));
        }
    }

    private static void DropDenied(int denial, List<(ConceptMention Mention, int Token)> heads, List<(ConceptMention Mention, int Token)> tolls)
    {
        if (heads.RemoveAll(h => h.Token > denial && h.Mention.Form == WordForm.Noun) > 0)
        {
            tolls.RemoveAll(t => t.Token > denial);
        }
    }

    /// <summary>
    /// The date of a frame: its sentence's first event date, except that a demonstration is not dated by a date inside
    /// its grievance ("demanded justice for a man killed by police last week": the killing was last week, the march is
    /// undated in its sentence and takes the report's date).
    /// </summary>
    private DateMention? DemonstrationDate(SentenceView v, Frame f, int token)
    {
        if (f.Type?.EventType is not (Taxonomy.Protests or Taxonomy.Riots) || InGrievance(v, token))
        {
            return v.EventDates.FirstOrDefault();
        }

        foreach (var d in v.EventDates)
        {
            if (!InGrievance(v, _document.TokenIndexAt(d.Span.Start)))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>How far after a denial verb the act it denies may stand when named by a gerund or a noun ("denies targeting", "denied deliberately targeting").</summary>
    private const int DeniedActReach = 2;

    /// <summary>How far after a denial verb the act it denies may stand when named by an infinitive ("bestreitet, gezielt zivile Ziele anzugreifen").</summary>
    private const int DeniedInfinitiveReach = 8;

    /// <summary>
    /// "Moscow denies targeting civilians", "niega atacar a civiles", "отрицает нанесение ударов": the act a denial verb
    /// governs (a gerund, a noun or an infinitive right after it, an infinitive anywhere in its clause) is what the denial
    /// is about, a party's stock answer rather than an event the report tells; the victims counted after the denial go with it.
    /// An act told by a finite verb ("denied it, but shelled the town again") stays, and so does one before the denial.
    /// </summary>
    private void DropDeniedActs(SentenceView v, List<(ConceptMention Mention, int Token)> heads, List<(ConceptMention Mention, int Token)> tolls)
    {
        foreach (var (c, _) in v.Concepts)
        {
            if (c.Concept != Concepts.Denial || c.Form is not (WordForm.Past or WordForm.Present))
            {
                continue;
            }

            int end = EndToken(c);
            bool Denied((ConceptMention Mention, int Token) h) =>
                h.Token > end && !IsVerb(h.Mention.Form) &&
                (h.Token - end <= DeniedActReach || (h.Mention.Form == WordForm.Infinitive && h.Token - end <= DeniedInfinitiveReach)) &&
                !v.Concepts.Any(o => o.Token > end && o.Token < h.Token && IsVerb(o.Mention.Form) && ConceptClasses.IsHead(o.Mention.Concept));
            if (heads.RemoveAll(Denied) > 0)
            {
                tolls.RemoveAll(t => t.Token > end);
            }
        }
    }

    private static void DropChangeBackground(List<(ConceptMention Mention, int Token)> heads, int change)
    {
        static bool equipment((ConceptMention Mention, int Token) h) => Weapons.Contains(h.Mention.Concept) && h.Mention.Form is WordForm.Noun or WordForm.Any;
        if (heads.All(h => h.Mention.Concept == Concepts.GroupChange || equipment(h) ||
                           (h.Mention.Concept == Concepts.Clash && h.Mention.Form is WordForm.Noun or WordForm.Any && h.Token > change)))
        {
            heads.RemoveAll(h => h.Mention.Concept == Concepts.Clash || equipment(h));
        }
    }

    private void DropFiredByAircraft(SentenceView v, List<(ConceptMention Mention, int Token)> heads)
    {
        var aircraft = heads.Where(h => h.Mention.Concept is Concepts.Airstrike or Concepts.Drone && h.Mention.Form == WordForm.Noun)
                            .Select(h => EndToken(h.Mention)).ToList();
        heads.RemoveAll(h => h.Mention.Concept is Concepts.Missile or Concepts.Rocket &&
                             aircraft.Any(a => a < h.Token && h.Token - a <= 4 && !v.Actors.Any(x => x.Token > a && x.Token < h.Token)));
    }

    private void DropFiredByAircraftAgent(SentenceView v, List<(ConceptMention Mention, int Token)> heads)
    {
        var agents = v.Concepts.Where(c => c.Mention.Concept == Concepts.Agent).Select(c => c.Token).ToList();
        var flown = heads.Where(h => h.Mention.Concept is Concepts.Airstrike or Concepts.Drone && h.Mention.Form == WordForm.Noun).Select(h => h.Token).ToList();
        heads.RemoveAll(h => h.Mention.Concept is Concepts.Missile or Concepts.Rocket &&
                             flown.Any(a => a > h.Token && a - h.Token <= 10 && agents.Any(g => g > h.Token && g < a && a - g <= 3) &&
                                            !ClauseBreakBetween(h.Token, a)));
    }

    private static void DropSeizedWeapons(List<(ConceptMention Mention, int Token)> heads, int at) =>
        heads.RemoveAll(h => Weapons.Contains(h.Mention.Concept) && h.Mention.Form is WordForm.Noun or WordForm.Any && h.Token > at);

    /// <summary>
    /// Whether a concessive word stands before the token, at most <see cref="ConcededReach"/> words before it ("despite
    /// a fragile ceasefire agreement"), in its clause.
    /// </summary>
    private bool Conceded(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.Concessive && c.Token < token && token - EndToken(c.Mention) <= ConcededReach &&
                !ClauseBreakBetween(c.Token, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words after a concessive word the event noun it governs may stand (an article and two modifiers).</summary>
    private const int ConcededReach = 4;

    private void DropNameWords(SentenceView v, List<(ConceptMention Mention, int Token)> heads) =>
        heads.RemoveAll(h => h.Mention.Form == WordForm.Noun && InsideAName(v, h.Token, EndToken(h.Mention)));

    private void DropFoundState(SentenceView v, List<(ConceptMention Mention, int Token)> heads)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept == Concepts.Find)
            {
                int next = EndToken(c) + 1;
                heads.RemoveAll(h => h.Mention.Concept == Concepts.Arrest && h.Token == next);
            }
        }
    }

    private void DropDiplomatic(SentenceView v, List<(ConceptMention Mention, int Token)> heads) =>
        heads.RemoveAll(h => h.Mention.Concept == Concepts.Protest && IsDiplomatic(v, h.Token) && !GatheredAtAPlace(v, h.Mention));

    /// <summary>
    /// "Police blocked the road to the stadium", "the army blocked roads into the town": a road that forces or a foreign
    /// army block (the closest actor before the verb) is closed by them, not blocked by a crowd in protest; unless the
    /// sentence names what they protest ("police officers blocked the highway to protest unpaid allowances") or another
    /// sentence of the report tells a protest ("The officers' protest was over unpaid allowances").
    /// </summary>
    private void DropForcesBlockades(SentenceView v, List<(ConceptMention Mention, int Token)> heads) =>
        heads.RemoveAll(h => h.Mention.Concept == Concepts.Protest && _blockadeWords.ContainsKey(_document.Tokens[h.Token].Norm) && ForcesBefore(v, h.Token) &&
                             !v.Concepts.Any(c => c.Token > h.Token && (c.Mention.Concept == Concepts.Grievance ||
                                                                         (c.Mention.Concept == Concepts.Protest && c.Mention.Form == WordForm.Infinitive))) &&
                             !_views.Exists(o => o != v && o.Concepts.Exists(c => c.Mention.Concept == Concepts.Protest && !_blockadeWords.ContainsKey(_document.Tokens[c.Token].Norm))));

    /// <summary>The closest actor written before <paramref name="token"/> in its sentence is a state's forces or a foreign army.</summary>
    private bool ForcesBefore(SentenceView v, int token)
    {
        int start = _document.Tokens[v.Sentence.FirstToken].Span.Start, stop = _document.Tokens[token].Span.Start;
        ActorMention? closest = null;
        foreach (var a in _document.MentionsOf<ActorMention>())
        {
            if (a.Span.Start >= start && a.Span.Start < stop && (closest is null || a.Span.Start > closest.Span.Start))
            {
                closest = a;
            }
        }

        if (closest is null)
        {
            return false;
        }

        // "Youths were arrested by the police for blocking the highway": the agent of a passive, or an actor a comma
        // separates from the verb, is not who blocked the road.
        int at = _document.TokenIndexAt(closest.Span.Start);
        for (int k = _document.TokenIndexAt(closest.Span.End); k < token; k++)
        {
            if (_document.Tokens[k].Norm == ",")
            {
                return false;
            }
        }

        return !v.HasNear(Concepts.Agent, at, 2, 0) &&
               (closest.Kind is ActorKind.StatePolice or ActorKind.StateMilitary ||
                (closest.Kind == ActorKind.Named &&
                 v.Actors.Exists(a => ReferenceEquals(a.Mention, closest) && !a.IsSource && a.Actor.Inter is Inter.StateForces or Inter.External)));
    }

    /// <summary>How many words after a protest verb the place it was held at may begin ("protested in Eldoret").</summary>
    private const int GatheringPlaceReach = 2;

    /// <summary>
    /// "Census officials protested in Eldoret over their pay": a protest verb whose place follows it, with its preposition,
    /// was held somewhere, by people; a government's protest is made in words ("Baghdad protested the violation"), and no
    /// place is where it was made.
    /// </summary>
    private bool GatheredAtAPlace(SentenceView v, ConceptMention protest)
    {
        if (protest.Form is not (WordForm.Past or WordForm.Present))
        {
            return false;
        }

        int end = EndToken(protest);
        return v.Places.Any(p => p.Mention.MarkerSpan is { } marker && p.Mention.Role is not (PlaceRole.Origin or PlaceRole.Destination) &&
                                 _document.TokenIndexAt(marker.Start) is int m && m > end && m - end <= GatheringPlaceReach);
    }

    /// <summary>A head that <paramref name="fits"/> stands outside the sentence's support clauses.</summary>
    private static bool AnyOutsideSupport(SentenceView v, List<(ConceptMention Mention, int Token)> heads, Func<ConceptMention, bool> fits)
    {
        foreach (var h in heads)
        {
            if (fits(h.Mention) && !v.InSupport(h.Token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Actors, certainty, tolls and the rest of the frames a sentence tells.</summary>
    private void Complete(SentenceView v, List<Frame> frames, List<(ConceptMention Mention, int Token)> heads, List<(ConceptMention Mention, int Token)> tolls)
    {
        int sentenceEnd = v.Sentence.FirstToken + v.Sentence.TokenCount;
        foreach (var f in frames)
        {
            int token = _document.TokenIndexAt(f.Trigger.Span.Start);
            AssignActors(v, f, token);
            f.Certainty = CertaintyOf(v, v.Sentence.FirstToken, sentenceEnd, skip: c => InRelativeClauseAfter(v, f, token, c));
            // "Since 2012 the north has suffered attacks that killed thousands": a lasting situation, not one event.
            f.Habitual = v.Has(Concepts.Habitual) ||
                         (v.Has(Concepts.HabitualWeak) && f.Trigger.Form == WordForm.Present && !v.Sentence.IsHeadline) ||
                         (v.Dates.Any(d => d.Since && !RecentDay(d)) && v.EventDates.Count == 0) ||
                         (ConceptClasses.Tolls.Contains(f.Trigger.Concept) && !HasHead(v) && CumulativeToll(v));
            f.Attempt = v.HasNear(Concepts.Attempt, token, 4, 0);
            f.Date = DemonstrationDate(v, f, token);
            if (f.Trigger.Form == WordForm.Present && !v.Sentence.IsHeadline)
            {
                f.Confidence -= 0.15;
            }

            // A noun told with a verb of its own event ("an explosive device detonated inside a cathedral") is told as done.
            if (f.Trigger.Form == WordForm.Noun &&
                !f.Concepts.Any(c => c.Form is WordForm.Past or WordForm.Participle && ConceptClasses.IsHead(c.Concept) &&
                                     ConceptClasses.HeadTypes[c.Concept].EventType == f.Type?.EventType))
            {
                f.Confidence -= 0.1;
            }
        }

        // "Assailants executed four men": an execution is an event of its own and counts its dead as a killing does;
        // "arrested 11 suspects", "rapiti 23 studenti" count the captured.
        // Tolls come ordered by token already: only counting heads need merging in, and no toll needs no attaching.
        var counted = heads.Any(h => CountingHeads.Contains(h.Mention.Concept))
            ? [.. tolls.Concat(heads.Where(h => CountingHeads.Contains(h.Mention.Concept))).OrderBy(t => t.Token)]
            : tolls;
        if (counted.Count > 0)
        {
            AttachTolls(v, frames, counted);
        }

        foreach (var f in frames)
        {
            f.Definite = !v.Sentence.IsHeadline && NounAfterDefiniteArticle(f);
            Refine(v, f);
            if (f.Type?.EventType is Taxonomy.Protests or Taxonomy.Riots)
            {
                CrowdActor(f);
            }
        }

        // Supporting actions (air raids that helped an advance) hit the same enemy as the action they supported.
        Frame? main = null;
        foreach (var f in frames)
        {
            if (!f.Supporting)
            {
                main = f;
                break;
            }
        }

        foreach (var f in frames)
        {
            if (!f.Supporting || main is null)
            {
                continue;
            }

            f.Actor2 ??= main.Actor2;
            if (f.Actor1 is not null && main.Actor1 is not null && f.Actor1.Value.Name != main.Actor1.Value.Name)
            {
                main.Assoc1.Add(f.Actor1);
            }
        }
    }

    private bool NounAfterDefiniteArticle(Frame f)
    {
        foreach (var c in f.Concepts)
        {
            if (c.Form == WordForm.Noun && AfterDefiniteArticle(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Since Wednesday evening", "depuis hier": a day named relative to the report starts a count of a few days, not a
    /// lasting situation ("since 2012").
    /// </summary>
    private static bool RecentDay(DateMention d) => d.Relative && d.Precision == 1;

    /// <summary>How many words after people a verb or noun of their flight may stand ("civilians to flee", "families fled").</summary>
    private const int FleeingReach = 3;

    /// <summary>Whether a movement (flight, displacement) follows the actor's words closely: the people are the ones who fled.</summary>
    private bool Fleeing(SentenceView v, Supported<ResolvedActor> actor)
    {
        if (actor.Span is not { } span)
        {
            return false;
        }

        int last = _document.TokenIndexAt(span.End) - 1;
        return v.Concepts.Any(c => ConceptClasses.Movement.Contains(c.Mention.Concept) && c.Token > last && c.Token - last <= FleeingReach);
    }

    /// <summary>
    /// The actor's description is counted as two: a quantity of two right before it ("two armed groups", "dos grupos
    /// armados") or a dual spelling of its first word ("مجموعتين مسلحتين").
    /// </summary>
    private bool CountedAsTwo(SentenceView v, Supported<ResolvedActor> actor)
    {
        if (actor.Span is not { } span || v.Actors.FirstOrDefault(a => a.Mention.Span == span) is not { } at)
        {
            return false;
        }

        // "Two armed groups", or with one word of description between ("two rival militias"): a lower-case word that
        // is no concept.
        var between = at.Token >= 1 ? _document.Tokens[at.Token - 1].Shape : TokenShape.None;
        bool described = at.Token >= 2 && between.Has(TokenShape.Word) && !between.Has(TokenShape.Capitalised) && !v.Concepts.Any(c => c.Token == at.Token - 1);
        if (v.Quantities.Any(q => q.Mention.Best == 2 && q.Mention.High == 2 && q.Token < at.Token &&
                                  (q.Mention.Span.End >= _document.Tokens[at.Token - 1].Span.End ||
                                   (described && q.Mention.Span.End >= _document.Tokens[at.Token - 2].Span.End))))
        {
            return true;
        }

        string first = _document.Tokens[at.Token].Norm;
        return _dualEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether <paramref name="f"/>, an attack, is a beating by people with no arms: its trigger one of the language's
    /// <c>beating_words</c> in the active voice, its author unidentified assailants or plain people
    /// (<see cref="ActorKind.Unidentified"/> or <see cref="ActorKind.Civilians"/> as written), and nothing in the sentence
    /// that tells arms (gunfire, weapons, an <c>armed_words</c> word such as "gunmen").
    /// </summary>
    private bool BeatenByHand(SentenceView v, Frame f, TextSpan author)
    {
        if (_beatingWords.Count == 0 || f.Trigger.Form is not (WordForm.Past or WordForm.Present or WordForm.Any) ||
            v.Has(Concepts.Gunfire) || v.Has(Concepts.Arms) || v.Has(Concepts.Explosion) || v.Has(Concepts.Arrest))
        {
            return false;
        }

        int trigger = TriggerToken(v, f);
        if (!_beatingWords.Contains(_document.Tokens[trigger].Norm) || v.HasNear(Concepts.Passive, trigger, 3, 0) ||
            author.Start > _document.Tokens[trigger].Span.Start ||
            v.Actors.FirstOrDefault(a => a.Mention.Span == author) is not { Mention.Kind: ActorKind.Unidentified or ActorKind.Civilians })
        {
            return false;
        }

        int first = v.Sentence.FirstToken, end = first + v.Sentence.TokenCount;
        for (int k = first; k < end; k++)
        {
            if (_armedWords.Contains(_document.Tokens[k].Norm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// No sentence of the paragraph of <paramref name="sentence"/> tells a kind of violence other than killing, wounding, attacking, looting, burning or
    /// destroying (no clash, shelling, strike or bomb whose damage the destruction would be).
    /// </summary>
    private bool OnlyRaidIn(int sentence)
    {
        foreach (var view in ParagraphOf(sentence))
        {
            foreach (var c in view.Concepts)
            {
                if (ConceptClasses.IsHead(c.Mention.Concept) &&
                    c.Mention.Concept is not (Concepts.Loot or Concepts.Destroy or Concepts.Burn or Concepts.Kill or Concepts.Wound or Concepts.Attack) &&
                    !SeizesProperty(view, c.Mention, c.Token))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A verb of violence stands at most two words before the span ("killed six herders and stole"): its object.</summary>
    private bool ObjectOfAnAct(SentenceView v, TextSpan span)
    {
        int first = _document.TokenIndexAt(span.Start);
        return v.Concepts.Any(c => c.Token < first && first - c.Token <= 2 && c.Mention.Form is WordForm.Past or WordForm.Present &&
                                   ConceptClasses.IsViolence(c.Mention.Concept));
    }

    /// <summary>How many words from the arrest a verb of violence done to the arrested may stand.</summary>
    private const int ArrestViolenceReach = 6;

    /// <summary>
    /// A verb of killing, executing, wounding or torturing (of attacking too, beside an arrest) in the past or present
    /// within <see cref="ArrestViolenceReach"/> words of the arrest's or the abduction's trigger, in its clause and
    /// outside any grievance or earlier event's clause ("arrested and executed them", "were beaten and then arrested",
    /// "abducted and tortured"), in a paragraph that has told no fighting up to it.
    /// </summary>
    private bool ViolenceToTheArrested(SentenceView v, Frame f)
    {
        // Not in a report of a demonstration, where people beaten as they were detained suffered its intervention, nor
        // after fighting told in the paragraph ("soldiers exchanged fire with the gang; one was killed and five
        // arrested"), whose dead fell in the fighting.
        if (_views.Any(w => w.Has(Concepts.Protest)) ||
            ParagraphOf(f.Sentence).Any(w => w.Sentence.Index <= v.Sentence.Index && (w.Has(Concepts.Clash) || w.Has(Concepts.Gunfire))))
        {
            return false;
        }

        int arrest = TriggerToken(v, f);
        var prior = PriorClauses(v);
        return v.Concepts.Any(c => (c.Mention.Concept is Concepts.Execute or Concepts.Kill or Concepts.Wound or Concepts.Torture ||
                                    (c.Mention.Concept == Concepts.Attack && f.Type == Taxonomy.Arrests)) &&
                                   !prior.Any(r => c.Token > r.From && c.Token < r.To) &&
                                   c.Mention.Form is WordForm.Past or WordForm.Present && c.Token != arrest &&
                                   Math.Abs(c.Token - arrest) <= ArrestViolenceReach &&
                                   !ClauseBreakBetween(Math.Min(c.Token, arrest), Math.Max(c.Token, arrest)) && !InGrievance(v, c.Token) &&
                                   // Not violence before the arrest with armed victims of its own ("shot dead three militants and
                                   // arrested four others"): those were fought, the arrested are others.
                                   !(c.Token < arrest && v.Actors.Any(a => a.Token > c.Token && a.Token < arrest && IsCombatant(a.Actor))));
    }

    /// <summary>
    /// Those a crowd attacked, when the report names no one, are civilians (the codebook's usual victims of a mob),
    /// supported by the attack's own words.
    /// </summary>
    private void CiviliansAsVictims(Frame f)
    {
        if (f.Actor2 is null && _resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.Civilians)) is { } victims)
        {
            f.Actor2 = new Supported<ResolvedActor>(victims, f.Trigger.Span);
        }
    }

    /// <summary>The most people a count may give for them to be a few suspects rather than a crowd.</summary>
    private const int FewPeopleAtMost = 5;

    /// <summary>A count of at most <see cref="FewPeopleAtMost"/> stands right before the actor ("three people", "two men").</summary>
    private bool FewPeople(SentenceView v, Supported<ResolvedActor> actor) =>
        actor.Span is { } span && _document.TokenIndexAt(span.Start) is int first &&
        v.Quantities.Any(q => q.Mention.High is int high && high <= FewPeopleAtMost && EndToken(q.Mention) == first - 1);

    /// <summary>The most words between a clash and a word that makes it a fight between communities ("clashes between the X and Y clans").</summary>
    private const int CommunalReach = 8;

    /// <summary>
    /// The militia of the communities that fought <paramref name="f"/>, a clash, where one of the language's
    /// <c>communal_fighting</c> words stands near its trigger in the same clause: up to three words before it ("inter-communal
    /// clashes", "two rival communities clashed") or up to <see cref="CommunalReach"/> after it ("fighting between the X and
    /// Y clans"), the nearest first. ACLED names the unnamed militia of a community by the word's label
    /// ("Unidentified Clan Militia (Kenya)"). Null where none is.
    /// </summary>
    private Supported<ResolvedActor>? CommunalMilitia(SentenceView v, Frame f)
    {
        if (_communalFighting.Count == 0)
        {
            return null;
        }

        int trigger = TriggerToken(v, f);
        int first = v.Sentence.FirstToken, end = first + v.Sentence.TokenCount;
        var tokens = _document.Tokens;
        for (int d = 1; d <= CommunalReach; d++)
        {
            foreach (int k in (ReadOnlySpan<int>)[trigger - d, trigger + d])
            {
                if (k < first || k >= end || (k < trigger && d > 3) || !_communalFighting.TryGetValue(tokens[k].Norm, out var label) ||
                    ClauseBreakBetween(Math.Min(k, trigger), Math.Max(k, trigger)))
                {
                    continue;
                }

                var span = tokens[k].Span;
                return _resolver.Resolve(new ActorMention(span, ActorKind.IdentityMilitia) { Group = $"Unidentified {label}" }) is { } militia
                    ? new Supported<ResolvedActor>(militia, span)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a word of the language's <c>aircraft_words</c> stands within five words after the interception verb at
    /// token <paramref name="verb"/>, in its sentence, before any drone, missile or rocket: the verb brought down a
    /// manned aircraft.
    /// </summary>
    private bool AircraftShotDown(SentenceView v, int verb)
    {
        if (_aircraftWords.Count == 0)
        {
            return false;
        }

        int end = Math.Min(verb + 5, v.Sentence.FirstToken + v.Sentence.TokenCount - 1);
        for (int k = verb + 1; k <= end; k++)
        {
            if (v.Concepts.Any(c => c.Token == k && c.Mention.Concept is Concepts.Drone or Concepts.Missile or Concepts.Rocket))
            {
                return false;
            }

            if (_aircraftWords.Contains(_document.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after an attack the store of weapons it hit may stand ("struck a Hezbollah weapons depot").</summary>
    private const int StoreHitReach = 6;

    /// <summary>Drops the weapons stores named as nouns right after a head of violence, with no comma and no other head between.</summary>
    private void DropStoresHit(List<(ConceptMention Mention, int Token)> heads)
    {
        var hit = new List<int>();
        foreach (var h in heads)
        {
            if (h.Mention.Concept != Concepts.Intercept || h.Mention.Form != WordForm.Noun || PlainInterception(h.Mention))
            {
                continue;
            }

            // The nearest head before the store: an attack of violence other than a toll, and nothing else between.
            var before = heads.Where(o => o.Token < h.Token).OrderByDescending(o => o.Token).FirstOrDefault();
            if (before.Mention is { } attack && ConceptClasses.IsViolence(attack.Concept) && attack.Concept is not (Concepts.Kill or Concepts.Wound) &&
                h.Token - EndToken(attack) <= StoreHitReach && !PunctuationBetween(before.Token, h.Token))
            {
                hit.Add(h.Token);
            }
        }

        heads.RemoveAll(h => h.Mention.Concept == Concepts.Intercept && hit.Contains(h.Token));
    }

    /// <summary>Every word of the mention is one of the language's <c>interception_words</c>.</summary>
    private bool PlainInterception(ConceptMention c)
    {
        for (int i = _document.TokenIndexAt(c.Span.Start); i < _document.Tokens.Count && _document.Tokens[i].Span.End <= c.Span.End; i++)
        {
            if (!_interceptionWords.Contains(_document.Tokens[i].Norm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Weapons a report may name: fired, thrown, planted, flown, or named in general ("weapons", "ammunition").</summary>
    private static readonly FrozenSet<string> WeaponConcepts = new[]
    {
        Concepts.Gunfire, Concepts.Shell, Concepts.Rocket, Concepts.Missile, Concepts.Grenade, Concepts.Ied, Concepts.Landmine,
        Concepts.Explosion, Concepts.CarBomb, Concepts.Drone, Concepts.Airstrike, Concepts.Suicide, Concepts.Chemical, Concepts.Arms,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Some sentence of the report names a weapon, or a seizure whose words name the weapons it took.</summary>
    private bool NamesWeapons() =>
        _namesWeapons ??= _views.Any(v => v.Concepts.Any(c => WeaponConcepts.Contains(c.Mention.Concept) ||
                                                               (c.Mention.Concept == Concepts.Intercept && !PlainInterception(c.Mention))));

    /// <summary>How much less likely to be a report's news an arrest told as the aftermath of the violence just told is.</summary>
    private const double AftermathPenalty = 0.2;

    /// <summary>An "after" clause of the sentence names violence of a kind an earlier sentence told as an event.</summary>
    private bool AfterToldViolence(SentenceView v, List<Frame> told)
    {
        var kinds = told.Where(f => !f.Supporting && !f.Habitual && f.Type?.DisorderType == Taxonomy.PoliticalViolence && f.Type != Taxonomy.Arrests)
                        .SelectMany(f => f.ConceptNames).Where(ConceptClasses.IsViolence).ToHashSet(StringComparer.Ordinal);
        if (kinds.Count == 0)
        {
            return false;
        }

        var clauses = PriorClauses(v);
        return v.Concepts.Any(c => kinds.Contains(c.Mention.Concept) && clauses.Any(r => c.Token > r.From && c.Token < r.To));
    }

    /// <summary>The clauses a <see cref="Concepts.Prior"/> word opens: from the word to the next comma or semicolon, or the sentence's end.</summary>
    private List<(int From, int To)> PriorClauses(SentenceView v)
    {
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        var clauses = new List<(int From, int To)>();
        foreach (var (c, token) in v.Concepts.Where(c => c.Mention.Concept == Concepts.Prior))
        {
            int to = EndToken(c) + 1;
            while (to < end && _document.Tokens[to].Norm is not "," and not ";")
            {
                to++;
            }

            clauses.Add((EndToken(c), to));
        }

        return clauses;
    }

    /// <summary>ACLED always names the crowd: protesters, or rioters in a riot, of the report's country.</summary>
    private void CrowdActor(Frame f)
    {
        var kind = f.Type!.EventType == Taxonomy.Riots ? ActorKind.Rioters : ActorKind.Protesters;

        // "Census officials protested in Eldoret": officials who demonstrate are a crowd like any other (a government's
        // protest in words is no event, and was dropped before).
        if (kind == ActorKind.Protesters && f.Actor1 is { Value.Kind: ActorKind.StateGovernment })
        {
            f.Actor1 = null;
        }

        string prefix = kind == ActorKind.Rioters ? "Rioters" : "Protesters";
        if (f.Actor1 is { Value.Inter: Inter.Protesters or Inter.Rioters } crowd && !crowd.Value.Name.StartsWith(prefix, StringComparison.Ordinal))
        {
            int space = crowd.Value.Name.IndexOf(' ', StringComparison.Ordinal);
            string rest = space > 0 ? crowd.Value.Name[space..] : "";
            f.Actor1 = crowd with { Value = crowd.Value with { Name = prefix + rest, Inter = kind == ActorKind.Rioters ? Inter.Rioters : Inter.Protesters, Kind = kind } };
        }

        if (f.Actor1 is null && _resolver.Resolve(new ActorMention(f.Trigger.Span, kind)) is { } generic)
        {
            f.Actor1 = new Supported<ResolvedActor>(generic, f.Trigger.Span);
        }
    }

    /// <summary>
    /// A place right after a partitive word, with or without a definite article ("University of Eldoret lecturers
    /// protested", "residents of the San Pedro neighbourhood protested"), or after an indefinite article ("traders of a
    /// Kisumu market") qualifies a noun: it is no government speaking.
    /// </summary>
    private bool ComplementsANoun(SentenceView v, int place)
    {
        int before = place - 1;
        if (before > 0 && _definiteArticles.Contains(_document.Tokens[before].Norm) && _partitiveWords.Contains(_document.Tokens[before - 1].Norm))
        {
            return true;
        }

        return _partitiveWords.Contains(_document.Tokens[before].Norm) ||
               v.HasNear(Concepts.Single, place, 1, 0);
    }

    private bool IsDiplomatic(SentenceView v, int token)
    {
        var actor = v.Actors.LastOrDefault(a => a.Token < token);
        var place = v.Places.LastOrDefault(p => p.Token < token && p.Mention.Role != PlaceRole.Origin);
        if (place.Mention is not null && (actor is null || place.Token > actor.Token))
        {
            // A country or a capital as the subject ("Baghdad protested", "Iraq has repeatedly protested") is its
            // government speaking; a place in brackets or after a preposition is where people protested, and one that
            // ends a name ("members of the Nagorik Oikya Front Bangladesh staged a protest") is the name's.
            // A comma between them closes an aside ("…, led by a member of a party named after Bangladesh, held a protest").
            // One that begins a name ("members of Bangladesh Garment Workers Union staged a protest") is the name's too.
            // One right after a count ("dozens of Harare lawyers protested") names whom it counts.
            bool subject = place.Mention.MarkerSpan is null && place.Token > 0 && _document.Tokens[place.Token - 1].Norm is not "(" and not "," &&
                           !ComplementsANoun(v, place.Token) &&
                           !v.Quantities.Any(q => EndToken(q.Mention) == place.Token - 1) &&
                           !EndsAName(v, place.Token) && !EndsANameOf(v, place.Token) && !BeginsANameAt(_document.TokenIndexAt(place.Mention.Span.End), token) &&
                           !Enumerable.Range(place.Token + 1, Math.Max(0, token - place.Token - 1)).Any(i => _document.Tokens[i].Norm == ",");
            return subject && (token - place.Token <= 4 || (place.Mention.Entry?.Kind == FeatureKind.Country && token - place.Token <= 6));
        }

        // "Students of a Government College named after a poet held a protest": a government word inside a name is no government.
        // Officials who stage a demonstration ("government officials staged a protest", "the administration organised a
        // rally", a sit-in, a human chain: a PROTEST phrase of several words) gathered, as any crowd does; officials named as
        // part of a crowd ("residents, including regional officials, protested") are not its subject.
        return actor is { Actor.Kind: ActorKind.StateGovernment } && !EndsAName(v, actor.Token) && !BeginsAName(v, actor) &&
               !v.HasNear(Concepts.Subset, actor.Token, 3, 0) &&
               !v.Concepts.Any(c => c.Token == token && c.Mention.Concept == Concepts.Protest && _document.Slice(c.Mention.Span).AsSpan().IndexOfAny(' ', '-') >= 0);
    }

    /// <summary>
    /// The words from <paramref name="first"/> to <paramref name="last"/> are capitalised, not the sentence's first, and
    /// stand between two capitalised words, in a sentence where over a third of the longer words are lower case (not a
    /// headline in title case).
    /// </summary>
    private bool InsideAName(SentenceView v, int first, int last)
    {
        int start = v.Sentence.FirstToken, end = start + v.Sentence.TokenCount;
        bool capital(int i) => i >= start && i < end && _document.Tokens[i].Shape.Has(TokenShape.Word | TokenShape.Capitalised) &&
                               !_document.Tokens[i].Shape.Has(TokenShape.SentenceInitial);
        if (first <= start || last + 1 >= end || !capital(first - 1) || !capital(last + 1))
        {
            return false;
        }

        for (int i = first; i <= last; i++)
        {
            if (!capital(i))
            {
                return false;
            }
        }

        // Inside a sentence written in lower case: fewer than two thirds of its longer words capitalised.
        int words = 0, capitals = 0;
        for (int i = start; i < end; i++)
        {
            if (_document.Tokens[i].Shape.Has(TokenShape.Word) && _document.Tokens[i].Span.Length > 3)
            {
                words++;
                capitals += capital(i) ? 1 : 0;
            }
        }

        return capitals * 3 < words * 2;
    }

    /// <summary>A capitalised word right after a place, before the trigger, continues a name the place begins ("Bangladesh Garment Union").</summary>
    private bool BeginsANameAt(int next, int trigger) =>
        next < trigger && _document.Tokens[next].Shape.Has(TokenShape.Word | TokenShape.Capitalised) && !_document.Tokens[next].Shape.Has(TokenShape.SentenceInitial);

    /// <summary>The place ends a name through one lower-case function word ("the Communist Party of Bangladesh").</summary>
    private bool EndsANameOf(SentenceView v, int token)
    {
        var between = _document.Tokens[token - 1];
        return token - 2 > v.Sentence.FirstToken && between.Shape.Has(TokenShape.Word) && !between.Shape.Has(TokenShape.Capitalised) &&
               between.Span.Length <= 3 && EndsAName(v, token - 1);
    }

    /// <summary>A capitalised word right after the actor continues a name it begins ("Government College").</summary>
    private bool BeginsAName(SentenceView v, ActorAt actor)
    {
        int next = LastToken(actor.Mention) + 1;
        return next < v.Sentence.FirstToken + v.Sentence.TokenCount && _document.Tokens[next].Shape.Has(TokenShape.Word | TokenShape.Capitalised);
    }

    /// <summary>Police or soldiers named after the trigger as its object, whether or not an ACLED name could be given them.</summary>
    private bool UnnamedForcesHit(SentenceView v, Frame f) =>
        MentionsIn(v, _document.TokenIndexAt(f.Trigger.Span.Start) + 1).Any(m => m.Kind is ActorKind.StateMilitary or ActorKind.StatePolice);

    /// <summary>How far after an attack its object may stand ("an attack by Taliban fighters on a checkpoint").</summary>
    private const int PostReach = 6;

    /// <summary>
    /// An armed party other than the attacker named in the sentence, as <see cref="ArmedPartyNamed"/>, that is not
    /// the attacker's partner: a party written just beside the attacker with no action word between ("militants of
    /// JNIM or ISGS") is the same side, named twice.
    /// </summary>
    private bool OtherSideNamed(SentenceView v, Frame f)
    {
        if (!ArmedPartyNamed(v, f))
        {
            return false;
        }

        int trigger = _document.TokenIndexAt(f.Trigger.Span.Start);
        var armed = MentionsIn(v, v.Sentence.FirstToken).Where(IsArmed);
        if (f.Actor1 is not { Span: { } attackerSpan } attacker)
        {
            // With no attacker known, a party before the trigger may be it ("gendarmes executed four men"): only the
            // object, or the subject of a passive ("policemen were killed in an attack"), suffered the attack.
            return armed.Any(m => _document.TokenIndexAt(m.Span.Start) is var t &&
                                  (t > trigger || v.Concepts.Any(c => c.Mention.Concept == Concepts.Passive && c.Token > t && c.Token < trigger)));
        }

        int first = _document.TokenIndexAt(attackerSpan.Start), last = _document.TokenIndexAt(attackerSpan.End - 1);
        return armed.Any(m => m.Span != attackerSpan && !v.Actors.Any(a => a.Mention == m && a.Actor.Name == attacker.Value.Name) &&
                              !Partner(v, first, last, _document.TokenIndexAt(m.Span.Start), LastToken(m)));
    }

    /// <summary>Two mentions at most three tokens apart with no concept between them name one side.</summary>
    private static bool Partner(SentenceView v, int first, int last, int start, int end)
    {
        int lo = end < first ? end : last, hi = end < first ? first : start;
        return hi - lo <= 3 && !v.Concepts.Any(c => c.Token > lo && c.Token < hi);
    }

    /// <summary>A frame told only by nouns of gunfire (shots, small arms, machine guns), with no one killed, hurt or taken.</summary>
    private static bool FireOnly(Frame f) =>
        f.Concepts.All(c => c.Concept == Concepts.Gunfire && c.Form == WordForm.Noun) &&
        f.Killed is null && f.Wounded is null && f.Captured is null;

    /// <summary>An installation (a checkpoint, a base, a barracks) named shortly after the trigger, in its clause: the attack's object.</summary>
    private bool PostAttacked(SentenceView v, Frame f)
    {
        int t = _document.TokenIndexAt(f.Trigger.Span.End - 1);
        return v.Concepts.Any(c => c.Mention.Concept == Concepts.Installation && c.Token > t && c.Token - t <= PostReach &&
                                   !ClauseBreakBetween(t, c.Token));
    }

    /// <summary>
    /// An armed party other than the attacker named anywhere in the sentence (police, soldiers, militants, rebels, a
    /// named group), whether or not an ACLED name could be given it: "a police officer shot dead by gunmen".
    /// </summary>
    private bool ArmedPartyNamed(SentenceView v, Frame f) =>
        MentionsIn(v, v.Sentence.FirstToken).Any(m => IsArmed(m) && m.Span != f.Actor1?.Span &&
                                                      !v.Actors.Any(a => a.Mention == m && a.Actor.Name == f.Actor1?.Value.Name) &&
                                                      !BracketedAfter(m, f.Actor1?.Span));

    /// <summary>
    /// Whether a government's mention names its officials: its last word, or the word right after it, is one of the
    /// language's <c>official_words</c> ("two government officials", "a local government official").
    /// </summary>
    private bool OfficialsNamed(TextSpan mention)
    {
        int last = _document.TokenIndexAt(mention.End) - 1;
        return _officialWords.Contains(TextFold.Fold(_document.Tokens[last].Norm)) ||
               (last + 1 < _document.Tokens.Count && _officialWords.Contains(TextFold.Fold(_document.Tokens[last + 1].Norm)));
    }

    /// <summary>
    /// Whether the mention stands alone in brackets right after the span ("Ansaroul Islam (JNIM) militants", "Katiba
    /// Macina (JNIM)"), or right after such a bracket ("(JNIM) militants"): the group the actor belongs to, another name
    /// of it or its fighters, in apposition, not a second party.
    /// </summary>
    private bool BracketedAfter(ActorMention m, TextSpan? actor)
    {
        if (actor is not { } span)
        {
            return false;
        }

        var tokens = _document.Tokens;
        int first = _document.TokenIndexAt(m.Span.Start), last = EndToken(m);
        if (first >= 2 && last + 1 < tokens.Count && tokens[first - 1].Norm == "(" && tokens[last + 1].Norm == ")" &&
            tokens[first - 2].Span.End == span.End)
        {
            return true;
        }

        // The noun the bracket stands in ("Ansaroul Islam (JNIM) militants"): the same fighters, named after it.
        int close = first - 1;
        if (close < 2 || tokens[close].Norm != ")")
        {
            return false;
        }

        int open = close - 1;
        while (open > 0 && close - open <= MaxApposedBracket && tokens[open].Norm != "(")
        {
            open--;
        }

        return tokens[open].Norm == "(" && open >= 1 && tokens[open - 1].Span.End == span.End;
    }

    /// <summary>The most tokens a bracket after a group's name may hold to stand in apposition to it ("(JNIM)", "(ISWAP)").</summary>
    private const int MaxApposedBracket = 4;

    /// <summary>Whether the sentence opens with one of the language's words of another incident (<c>separate_event_words</c>).</summary>
    private bool OpensAnotherIncident(SentenceView v) =>
        ConceptCompounds.PhraseEndAt(_document, _separateEventWords, v.Sentence.FirstToken, v.Sentence.FirstToken + v.Sentence.TokenCount) >= 0;

    /// <summary>A mention of an armed party, resolved or not: police, soldiers, militants, rebels, a named group.</summary>
    private static bool IsArmed(ActorMention m) =>
        m.Kind is ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.Militants or ActorKind.Rebels or ActorKind.Named;

    /// <summary>
    /// The frame's actor killed or hurt people: the subject of an active toll ("gunmen shot dead…"), the agent of a
    /// passive one ("…was shot dead by gunmen"; a passive toll with no agent names only its victims, "two soldiers
    /// were killed"), or the author of an attack verb whose frame holds a toll ("attacked a bus, killing two").
    /// </summary>
    private bool HurtPeople(SentenceView v, Frame f)
    {
        if (!ConceptClasses.Tolls.Contains(f.Trigger.Concept))
        {
            return f.Trigger.Concept is Concepts.Attack or Concepts.Gunfire && f.Trigger.Form != WordForm.Noun &&
                   (f.Killed is not null || f.Wounded is not null || f.ConceptNames.Contains(Concepts.Kill) || f.ConceptNames.Contains(Concepts.Wound));
        }

        int token = TriggerToken(v, f);
        return !PassiveToll(v, f.Trigger, token) || v.Concepts.Any(c => c.Mention.Concept == Concepts.Agent && c.Token > token);
    }

    /// <summary>Fighting (a clash, a battle, an exchange of fire) told in the paragraph of a sentence.</summary>
    private bool FightingTold(int sentence) =>
        ParagraphOf(sentence).Any(v => v.Concepts.Any(c => c.Mention.Concept == Concepts.Clash && !Negated(v, c.Token)));

    /// <summary>The sentences of the paragraph a sentence belongs to.</summary>
    private IEnumerable<SentenceView> ParagraphOf(int sentence)
    {
        int paragraph = _views[sentence].Sentence.Paragraph;
        return _views.Where(v => v.Sentence.Paragraph == paragraph);
    }

    /// <summary>The actor mentions of a sentence from a token on, resolved or not, sources excluded.</summary>
    private IEnumerable<ActorMention> MentionsIn(SentenceView v, int from)
    {
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        return _document.MentionsOf<ActorMention>().Where(m => _document.TokenIndexAt(m.Span.Start) is var t && t >= from && t < end &&
                                                               !v.Actors.Any(a => a.Mention == m && a.IsSource));
    }

    /// <summary>The word before the place is a capitalised word of a name, not the start of the sentence or a date.</summary>
    private bool EndsAName(SentenceView v, int token)
    {
        var before = _document.Tokens[token - 1];
        return token - 1 > v.Sentence.FirstToken && before.Shape.Has(TokenShape.Word | TokenShape.Capitalised) &&
               !v.Dates.Any(d => d.Span.Start <= before.Span.Start && before.Span.End <= d.Span.End);
    }

    private static bool SameKind(Frame f, SubEventType type, string concept)
    {
        if (f.Type == type)
        {
            return true;
        }

        // One protest with tear gas is one event; a suicide attack is one explosion.
        return (ConceptClasses.IsTerritoryType(f.Type) && ConceptClasses.IsTerritoryType(type)) ||
               (f.Type == Taxonomy.PeacefulProtest && concept is Concepts.Riot or Concepts.Arrest or Concepts.Burn or Concepts.Loot or Concepts.Destroy) ||
               (f.Type == Taxonomy.SuicideBomb && concept is Concepts.Explosion or Concepts.CarBomb or Concepts.Attack or Concepts.Ied) ||
               (type == Taxonomy.SuicideBomb && f.Type == Taxonomy.RemoteExplosive) ||
               (f.Type == Taxonomy.Attack && type == Taxonomy.ArmedClash) ||
               (f.Type == Taxonomy.ArmedClash && type == Taxonomy.Attack) ||
               (f.Trigger.Concept == Concepts.Ambush && type.EventType == Taxonomy.Explosions) ||
               (f.Type?.EventType == Taxonomy.Explosions && concept is Concepts.Ambush) ||
               (f.Type == Taxonomy.Attack && concept is Concepts.Explosion) ||
               (f.Type?.EventType == Taxonomy.Explosions && concept is Concepts.Attack or Concepts.Gunfire) ||
               (f.Type == Taxonomy.Attack && type.EventType == Taxonomy.Explosions) ||
               (IsThrownOrFired(f.Type) && concept == Concepts.Explosion) ||
               (IsBareExplosion(f) && IsThrownOrFired(type));
    }

    /// <summary>
    /// "Warplanes bombed the market", "shells exploded", "a hand grenade exploded": an explosion word is how the strike,
    /// the shelling or the grenade struck.
    /// </summary>
    private static bool IsThrownOrFired(SubEventType? type) => type == Taxonomy.AirDroneStrike || type == Taxonomy.Shelling || type == Taxonomy.Grenade;

    /// <summary>A frame that only an explosion word made ("bombed", "a blast"), with no device named.</summary>
    private static bool IsBareExplosion(Frame f) => f.Type == Taxonomy.RemoteExplosive && f.Concepts.All(c => c.Concept == Concepts.Explosion);

    /// <summary>
    /// The object of a seizing verb is a weapon: a weapon noun within six tokens after it, with no place or actor
    /// named in between ("seized 8 hand grenades", "captured two AK-47 rifles", not "seized the town of…").
    /// </summary>
    private static bool SeizesWeapons(SentenceView v, int token)
    {
        var weapon = v.Concepts.FirstOrDefault(c => c.Token > token && c.Token <= token + 6 && c.Mention.Form == WordForm.Noun &&
                                                    Weapons.Contains(c.Mention.Concept));
        return weapon.Mention is not null &&
               !v.Places.Any(p => p.Token > token && p.Token < weapon.Token) &&
               !v.Actors.Any(a => a.Token > token && a.Token < weapon.Token);
    }

    /// <summary>
    /// Whether a one-word verb of seizing (TAKE_CONTROL, not a noun) at <paramref name="token"/> took goods: a
    /// <c>property_nouns</c> word within four words after it, or right before it (within three words, or eight when a
    /// passive auxiliary stands before the verb: "a fuel truck was seized by the raiders"), with no place named between.
    /// </summary>
    private bool SeizesProperty(SentenceView v, ConceptMention verb, int token)
    {
        if (_propertyNouns.Count == 0 || verb.Concept != Concepts.TakeControl || verb.Form == WordForm.Noun || EndToken(verb) != token)
        {
            return false;
        }

        int first = v.Sentence.FirstToken, last = first + v.Sentence.TokenCount - 1;
        int before = v.HasNear(Concepts.Passive, token, 3, 0) ? 8 : 3;
        for (int k = Math.Max(first, token - before); k <= Math.Min(last, token + 4); k++)
        {
            if (k != token && _propertyNouns.Contains(_document.Tokens[k].Norm) &&
                !v.Places.Any(p => p.Token > Math.Min(k, token) && p.Token < Math.Max(k, token)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of the frame's trigger in its sentence's view (0 when the view does not hold it).</summary>
    private static int TriggerToken(SentenceView v, Frame f) => v.Concepts.FirstOrDefault(c => c.Mention == f.Trigger).Token;

    /// <summary>
    /// Whether a disrupted weapons use is weapons taken, not weapons or people stopped (a plain interception, "intercepted
    /// and killed a suicide bomber", is checked by the caller): no drone, missile, rocket or air strike is
    /// told in its sentence, no device defused, and no explosive stands before its verb as the thing that went off
    /// ("a mine its layers were burying exploded prematurely").
    /// </summary>
    private static bool SpoilsOfAFight(SentenceView v, Frame f)
    {
        int trigger = TriggerToken(v, f);
        return !v.Concepts.Any(c => c.Mention.Concept is Concepts.Drone or Concepts.Missile or Concepts.Rocket or Concepts.Airstrike or Concepts.Defuse ||
                                    (c.Token < trigger && c.Mention.Concept is Concepts.Ied or Concepts.Landmine or Concepts.Explosion or Concepts.CarBomb));
    }

    /// <summary>How far before a withdrawal verb the force that withdrew may stand ("US forces have withdrawn").</summary>
    private const int WithdrawerReach = 6;

    /// <summary>
    /// A force that withdrew ("the troops have withdrawn from the air base", "the army pulled out of the town") changes
    /// its activity (ACLED's change to group/activity), when nothing else happened in the sentence and no takeover is
    /// told beside it: a place handed over by a withdrawal is a non-violent transfer (<see cref="TakenWithoutFight"/>).
    /// </summary>
    private ConceptMention? Withdrawal(int s, SentenceView v)
    {
        var (withdraw, token) = v.Concepts.FirstOrDefault(c => c.Mention.Concept == Concepts.Withdraw &&
                                                               c.Mention.Form is WordForm.Past or WordForm.Participle && Realis(v, c.Mention, c.Token));
        if (withdraw is null || ConceptClasses.IsSilenced(v) ||
            !v.Actors.Any(a => !a.IsSource && a.Token < token && WordsBetween(a.Token, token) <= WithdrawerReach &&
                               a.Actor.Inter is Inter.StateForces or Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia or Inter.External))
        {
            return null;
        }

        int paragraph = v.Sentence.Paragraph;
        bool takeoverBeside = Enumerable.Range(s - 1, 3)
            .Where(n => n >= 0 && n < _views.Count && _views[n].Sentence.Paragraph == paragraph)
            .Any(n => _views[n].Concepts.Any(c => ConceptClasses.Territory.Contains(c.Mention.Concept) || c.Mention.Concept == Concepts.HandOver));
        return takeoverBeside ? null : withdraw;
    }

    /// <summary>How many words after a verb of fire the weapon it fired at may stand ("fired upon another drone").</summary>
    private const int FiredAtReach = 3;

    /// <summary>How many words before its verb an attempt ("tried to", "attempted to") may stand.</summary>
    private const int AttemptReach = 4;

    /// <summary>
    /// Is this trigger a thing that happened? Negated, planned, threatened or merely purposed actions are not, nor one an
    /// open question asks about ("whether fighting took place").
    /// </summary>
    private bool Realis(SentenceView v, ConceptMention c, int token)
    {
        if (Negated(v, token) || Irrealis(v, c, token) || OpenQuestion(token))
        {
            return false;
        }

        // Outside headlines, a present-tense verb in a language that does not narrate in the present describes a
        // state or a pattern ("Turkey regularly strikes…"): an event only when the sentence dates it or marks it habitual.
        // Not the bare verb of killing or lynching that an attempt governs ("residents tried to lynch a man"): an
        // infinitive, and an attempt on a life is coded as the act. An attempt to seize, kidnap or storm may have failed.
        if (c.Form == WordForm.Present && !_historicalPresent && !v.Sentence.IsHeadline && v.Dates.Count == 0 &&
            !v.Has(Concepts.Habitual) && !v.Has(Concepts.HabitualWeak) &&
            !(c.Concept is Concepts.Mob or Concepts.Kill && v.HasNear(Concepts.Attempt, token, AttemptReach, 0)))
        {
            return false;
        }

        if (c.Form == WordForm.Infinitive && !v.HasNear(Concepts.Achieved, token, 4, 0) && !v.HasNear(Concepts.Attempt, token, AttemptReach, 0) &&
            !v.Sentence.IsHeadline && !(c.Concept == Concepts.Protest && GatheredBefore(v, token)))
        {
            return false;
        }

        // "A coalition tasked with fighting the Islamic State", "aimed at capturing the town": a gerund right after a
        // purpose is what someone is for or means to do, not something done.
        if (c.Form == WordForm.Any && v.HasNear(Concepts.Purpose, token, 2, 0))
        {
            return false;
        }

        if (c.Form == WordForm.Noun && !v.InSupport(token))
        {
            // A noun needs something that anchors it to one occurrence: a place, a date, a toll, or a finite verb.
            // A noun right after its subject is the verb of the same spelling ("Residents protest against…"). A brief
            // tells one action, its news, whatever its words: its noun is anchored ("Protest against the sale of a
            // sacred forest", "Bus conductors protest new fees", "A sit-in by nurses over unpaid allowances").
            bool anchored = MarkedEventPlace(v) || v.Dates.Count > 0 ||
                            SubjectEndsAt(v, token) ||
                            (_historicalPresent && SubjectBefore(v, token)) ||
                            _brief ||
                            FiniteActionBesides(v, token);
            if (!anchored || v.HasNear(Concepts.Purpose, token, 4, 0))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MarkedEventPlace(SentenceView v)
    {
        foreach (var p in v.Places)
        {
            if (p.Mention.Role is not (PlaceRole.Destination or PlaceRole.Origin) && p.Mention.MarkerSpan is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool SubjectEndsAt(SentenceView v, int token)
    {
        foreach (var a in v.Actors)
        {
            if (!a.IsSource && _document.TokenIndexAt(a.Mention.Span.End) == token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FiniteActionBesides(SentenceView v, int token)
    {
        foreach (var o in v.Concepts)
        {
            if (o.Token != token && (ConceptClasses.Tolls.Contains(o.Mention.Concept) || ConceptClasses.IsHead(o.Mention.Concept)) &&
                o.Mention.Form is WordForm.Past or WordForm.Participle or WordForm.Present or WordForm.Any)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before a protest's infinitive the place its people stood at may be named.</summary>
    private const int GatheringReach = 8;

    /// <summary>
    /// People at a place, named in the clause before a protest's infinitive, went there to protest: the purpose tells
    /// what they did ("workers gathered at the labour office to protest", "riders assembled at Nakuru stadium to
    /// demand…"). A place after it ("called on members to protest in Nairobi") says where a protest was wanted.
    /// </summary>
    private bool GatheredBefore(SentenceView v, int token) =>
        v.EventPlaces.Any(p => p.Mention.MarkerSpan is not null && p.Token < token && token - p.Token <= GatheringReach &&
                               !ClauseBreakOutsidePlaces(v, p.Token, token) &&
                               !v.Concepts.Any(o => o.Token > p.Token && o.Token < token && ConceptClasses.IsHead(o.Mention.Concept)));

    /// <summary>
    /// A comma or semicolon between the two tokens that is not part of a list of places: commas that close a place
    /// and open another place or the token itself ("in Dobryanka, Chernihiv, to protest") belong to the place's name.
    /// </summary>
    private bool ClauseBreakOutsidePlaces(SentenceView v, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            string norm = _document.Tokens[i].Norm;
            if (norm == ";")
            {
                return true;
            }

            if (norm == "," && !(v.EventPlaces.Any(p => EndToken(p.Mention) == i - 1) &&
                                 (i + 1 == to || v.EventPlaces.Any(p => p.Token == i + 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before a noun trigger its subject's head word may stand, the subject's name between ("Students of Moi University protest").</summary>
    private const int SubjectNameReach = 5;

    /// <summary>
    /// In a text that narrates in the present, the sentence's first action word, a noun, follows its subject and the
    /// words that name it, with no other concept between: it is the verb of the same spelling.
    /// </summary>
    private static bool SubjectBefore(SentenceView v, int token) =>
        v.Concepts.Count > 0 && v.Concepts[0].Token == token &&
        v.Actors.Any(a => !a.IsSource && a.Token < token && token - a.Token <= SubjectNameReach);

    /// <summary>
    /// A grievance marker, an accusation ("accused them of stealing"), a release demanded ("freedom for the students
    /// the police detained"), or a protest verb's object ("protesting the arrest of…", "to protest the law that…"),
    /// shortly before the token and in the same clause (no comma between).
    /// </summary>
    /// <summary>
    /// A demonstration dispersed, suppressed or attacked in a brutal manner ("violently suppressed", "brutally
    /// dispersed", "dispersed them violently"): an adverb of the language's <c>brutal_manner</c> list within the force's
    /// words or right beside them. ACLED's excessive force is lethal or seriously injurious force against protesters;
    /// dispersal, tear gas and arrests alone are an intervention.
    /// </summary>
    private bool BrutalIntervention(SentenceView v)
    {
        if (_brutalManner.Count == 0)
        {
            return false;
        }

        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept is not (Concepts.Disperse or Concepts.Attack) || InGrievance(v, c.Token))
            {
                continue;
            }

            if (BrutalBeside(v, c.Mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence tells the state's forces breaking up a crowd: tear gas, a dispersal or a suppression, not in a grievance.</summary>
    private bool Intervened(SentenceView v) =>
        v.Concepts.Any(c => c.Mention.Concept is Concepts.TearGas or Concepts.Disperse && !InGrievance(v, c.Token) && !Negated(v, c.Token));

    /// <summary>
    /// "Serious injuries among the marchers", "five were critically injured": a wound the sentence calls serious with a
    /// word of the language's <c>serious_wounds</c> list among its words or right beside them, not denied ("no reports of
    /// serious injuries").
    /// </summary>
    private bool SeriousWound(SentenceView v)
    {
        if (_seriousWounds.Count == 0)
        {
            return false;
        }

        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept != Concepts.Wound || Negated(v, c.Token))
            {
                continue;
            }

            int last = EndToken(c.Mention);
            for (int i = Math.Max(v.Sentence.FirstToken, c.Token - 1); i <= Math.Min(last + 1, v.Sentence.FirstToken + v.Sentence.TokenCount - 1); i++)
            {
                if (_seriousWounds.Contains(_document.Tokens[i].Norm) && !Negated(v, i))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an adverb of the language's <c>brutal_manner</c> list stands among a mention's words or right beside them.</summary>
    private bool BrutalBeside(SentenceView v, Mention m)
    {
        int last = EndToken(m);
        for (int i = Math.Max(v.Sentence.FirstToken, _document.TokenIndexAt(m.Span.Start) - 1); i <= Math.Min(last + 1, v.Sentence.FirstToken + v.Sentence.TokenCount - 1); i++)
        {
            if (_brutalManner.Contains(_document.Tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words after a verb of taking its object may take to name ground ("seized the small border town").</summary>
    private const int ObjectReach = 4;

    /// <summary>
    /// Whether the frame's only territory word is a one-word verb of taking ("seized") whose next words, up to the
    /// clause's end, name no place, area, installation, weapon, people or count of places.
    /// </summary>
    private bool TookGoods(SentenceView v, Frame f)
    {
        if (f.Trigger.Concept != Concepts.TakeControl || f.Trigger.Form is WordForm.Noun || f.Concepts.Count(c => ConceptClasses.Territory.Contains(c.Concept)) != 1)
        {
            return false;
        }

        int first = _document.TokenIndexAt(f.Trigger.Span.Start), last = EndToken(f.Trigger);
        if (last != first)
        {
            return false;
        }

        int end = Math.Min(v.Sentence.FirstToken + v.Sentence.TokenCount, last + 1 + ObjectReach);
        if (last + 1 >= end || !_document.Tokens[last + 1].Shape.Has(TokenShape.Word))
        {
            return false;
        }

        for (int i = last + 1; i < end && _document.Tokens[i].Shape.Has(TokenShape.Word); i++)
        {
            if (v.Places.Any(p => p.Token == i) || v.Actors.Any(a => a.Token == i) ||
                v.Concepts.Any(c => c.Token == i && c.Mention.Concept is Concepts.Area or Concepts.Installation or Concepts.Arms or Concepts.Capture))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an adverb of the language's <c>brutal_manner</c> list stands right beside one of the frame's protest verbs
    /// ("violently protested", "protestaron violentamente"), not beside a dispersal (see <see cref="BrutalIntervention"/>).
    /// </summary>
    private bool ProtestedBrutally(SentenceView v, Frame f)
    {
        if (_brutalManner.Count == 0)
        {
            return false;
        }

        foreach (var c in f.Concepts)
        {
            // A protest phrase of the lexicon holds no such adverb: beside it is where one stands. Before a noun it stands
            // one word further as an adjective ("violent electoral protests"), or right after the subject as the adverb of
            // a word that is also the verb ("students violently protest"); "dispersed violently a march" is the forces'.
            if (c.Concept == Concepts.Protest && (c.Form != WordForm.Noun ? BrutalBeside(v, c) : BrutalBefore(v, c) || AdverbAfterSubject(v, c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words before a protest word its subject may end when a word of brutal manner follows the word ("students in Eldoret | protest violently").</summary>
    private const int SubjectBeforeAdverbVerb = 3;

    /// <summary>
    /// Whether a word of brutal manner stands right before the mention and right after an actor, its subject ("students
    /// violently protest"), or right after the mention whose subject stands at most <see cref="SubjectBeforeAdverbVerb"/>
    /// words before it ("students protest violently", "students in Eldoret protest violently").
    /// </summary>
    private bool AdverbAfterSubject(SentenceView v, Mention m)
    {
        int first = _document.TokenIndexAt(m.Span.Start), last = EndToken(m);
        return (first - 2 >= v.Sentence.FirstToken && _brutalManner.Contains(_document.Tokens[first - 1].Norm) &&
                v.Actors.Any(a => EndToken(a.Mention) == first - 2)) ||
               // "Students protest violently": the adverb right after a word that is also the verb, its subject a few words before.
               (first - 1 >= v.Sentence.FirstToken && last + 1 < v.Sentence.FirstToken + v.Sentence.TokenCount &&
                _brutalManner.Contains(_document.Tokens[last + 1].Norm) &&
                v.Actors.Any(a => EndToken(a.Mention) < first && first - EndToken(a.Mention) <= SubjectBeforeAdverbVerb &&
                                  !PunctuationBetween(EndToken(a.Mention), first)));
    }

    /// <summary>
    /// Whether a word of brutal manner stands two words before the mention, with a plain word in small letters between
    /// (an adjective: "violent electoral protests"; not a function word or a verb of the lexicon, "dispersó violentamente
    /// la manifestación", "жестоко разогнала митинг", where the manner is the forces').
    /// </summary>
    private bool BrutalBefore(SentenceView v, Mention m)
    {
        int first = _document.TokenIndexAt(m.Span.Start);
        if (first - 2 < v.Sentence.FirstToken || !_brutalManner.Contains(_document.Tokens[first - 2].Norm))
        {
            return false;
        }

        var between = _document.Tokens[first - 1];
        return between.Shape.Has(TokenShape.Word) && !between.Shape.Has(TokenShape.Capitalised) && !_stopWords.Contains(between.Norm) &&
               !v.Concepts.Any(c => c.Token <= first - 1 && EndToken(c.Mention) >= first - 1);
    }

    /// <summary>
    /// Every demonstration the sentence names is written just after a word of organising or joining one (the
    /// language's <c>participation_words</c>): "detained people who organise or participate in demonstrations",
    /// "arrested for organising an illegal protest". ACLED codes such arrests as arrests: the demonstration is their
    /// charge, not one the arrest broke up ("detained activists taking part in a protest" stays an intervention).
    /// </summary>
    private bool ProtestsAreCharges(SentenceView v)
    {
        if (_participationWords.Count == 0)
        {
            return false;
        }

        bool any = false;
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept != Concepts.Protest)
            {
                continue;
            }

            any = true;
            bool charge = false;
            for (int i = c.Token - 1; i >= Math.Max(v.Sentence.FirstToken, c.Token - ParticipationReach) && !charge; i--)
            {
                charge = _participationWords.Contains(_document.Tokens[i].Norm) && !ClauseBreakBetween(i, c.Token);
            }

            if (!charge)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>The most tokens between a word of organising or joining and the demonstration it names.</summary>
    private const int ParticipationReach = 4;

    /// <summary>How far an arrest noun may follow the "after" word that makes it the arrest a demonstration followed.</summary>
    private const int ArrestBeforeReach = 3;

    /// <summary>
    /// "A rally took place in the town following the arrest of two local leaders": an arrest told by a noun right after
    /// an "after" word that follows the demonstration happened before it, and is what the crowd came out over, not an
    /// intervention in it.
    /// </summary>
    private static bool ArrestBefore(SentenceView v, (ConceptMention Mention, int Token) arrest)
    {
        if (arrest.Mention.Concept != Concepts.Arrest || arrest.Mention.Form != WordForm.Noun)
        {
            return false;
        }

        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.Prior && c.Token < arrest.Token && arrest.Token - c.Token <= ArrestBeforeReach)
            {
                int prior = c.Token;
                return v.Concepts.Any(p => p.Mention.Concept == Concepts.Protest && p.Token < prior);
            }
        }

        return false;
    }

    private bool InGrievance(SentenceView v, int token)
    {
        if (OpensGrievance(v, token))
        {
            return true;
        }

        foreach (var c in v.Concepts)
        {
            if (ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token < token && token - c.Token <= GrievanceTollReach &&
                OpensGrievance(v, c.Token) && !ClauseBreakBetween(c.Token, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How far after a toll that a grievance names the action that took the victims may stand ("to mourn dozens of
    /// protesters shot last month in a brutal raid"): the action is part of the grievance too.
    /// </summary>
    private const int GrievanceTollReach = 6;

    private bool OpensGrievance(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if ((c.Mention.Concept is Concepts.Grievance or Concepts.Blame or Concepts.Release ||
                 (c.Mention.Concept == Concepts.Protest && c.Mention.Form is WordForm.Infinitive or WordForm.Any)) &&
                !(c.Mention.Concept == Concepts.Grievance && TargetOfViolence(v, c.Token)) &&
                c.Token < token && (token - c.Token <= 8 || VictimClauseOf(v, c.Token, token)) &&
                (!ClauseBreakBetween(c.Token, token) || ParticipleAfterComma(v, c.Token, token)) && !CountAfterGrievance(v, c.Token, token) &&
                !CoordinatedVerbBetween(v, c.Token, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Marched demanding fresh elections and threw stones at the police": a crowd's act (a demonstration, a riot, an
    /// attack, a clash, damage, arson or looting) told by a verb in the past or the present right after a conjunction,
    /// after a grievance and at or before <paramref name="token"/>, is the crowd's next act: the demand ended before it.
    /// Not after a relative pronoun ("demanding the arrest of those who attacked and looted"), nor where a word of
    /// another act stands right before the conjunction ("were shot and beaten", "the accused and detained journalists"):
    /// two verbs joined so tell one act.
    /// </summary>
    private bool CoordinatedVerbBetween(SentenceView v, int grievance, int token)
    {
        foreach (var (m, t) in v.Concepts)
        {
            if (t <= grievance + 2 || t > token || m.Concept is not (Concepts.Riot or Concepts.Mob or Concepts.Protest or Concepts.Attack or Concepts.Clash or
                    Concepts.Destroy or Concepts.Burn or Concepts.Loot) || m.Form is not (WordForm.Past or WordForm.Present) ||
                !_conjunctions.Contains(_document.Tokens[t - 1].Norm) || v.Concepts.Any(o => o.Token <= t - 2 && EndToken(o.Mention) >= t - 2))
            {
                continue;
            }

            bool relative = false;
            for (int k = grievance + 1; k < t; k++)
            {
                relative |= _relativePronouns.Contains(_document.Tokens[k].Norm);
            }

            if (!relative)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Opened fire against protesters", "fired tear gas against the crowd": a word of grievance right after an act of
    /// violence, with at most one word between, names the act's target, not a demand.
    /// </summary>
    private static bool TargetOfViolence(SentenceView v, int grievance)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Token < grievance && grievance - c.Token <= 3 && (ConceptClasses.IsViolence(c.Mention.Concept) || c.Mention.Concept == Concepts.TearGas) &&
                c.Mention.Concept is not (Concepts.Kill or Concepts.Wound))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Bei Protesten gegen die Regierung in Nairobi mindestens zwei Menschen ums Leben gekommen": after the party a
    /// grievance is against and the place of the demonstration, a count right after that place opens the clause's own
    /// subject; the grievance ended before it. A count joined to the grievance's words ("the killing of two students in
    /// Nairobi", "justicia por los tres jóvenes") stands before any place.
    /// </summary>
    private bool CountAfterGrievance(SentenceView v, int grievance, int token)
    {
        foreach (var q in v.Quantities)
        {
            if (q.Token > grievance + 1 && q.Token < token && q.Mention.Unit is null &&
                v.Places.Any(p => p.Token > grievance && EndToken(p.Mention) == q.Token - 1) &&
                v.Actors.Any(a => a.Token > grievance && EndToken(a.Mention) < q.Token && a.Mention.Kind is not (ActorKind.Civilians or ActorKind.Protesters)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Demanding the release of a student, detained under the security act", "against the death of a youth, shot by
    /// police last week": a participle of arrest or of a toll right after a comma, the only break since the grievance,
    /// describes the person the grievance names; it is part of the grievance.
    /// </summary>
    private bool ParticipleAfterComma(SentenceView v, int grievance, int token) =>
        _document.Tokens[token - 1].Norm == "," && !ClauseBreakBetween(grievance, token - 1) &&
        v.Concepts.Exists(c => c.Token == token && c.Mention.Form is WordForm.Past or WordForm.Participle &&
                               (c.Mention.Concept == Concepts.Arrest || ConceptClasses.Tolls.Contains(c.Mention.Concept)));

    /// <summary>
    /// "Against the death of a young man who was shot at a rally": a relative clause opened within eight
    /// words of the grievance, about the person it names, that tells what was done to them (a passive or a toll, up to
    /// <see cref="VictimClauseReach"/> words after the pronoun) is part of the grievance, however long the words before
    /// it. A clause of what someone did ("protesters demanding jobs who attacked the police") is not.
    /// </summary>
    private bool VictimClauseOf(SentenceView v, int grievance, int token)
    {
        for (int k = grievance + 1; k < token && k - grievance <= 8; k++)
        {
            if (_relativePronouns.Contains(_document.Tokens[k].Norm) && token - k <= VictimClauseReach)
            {
                return v.HasNear(Concepts.Passive, token, token - k, 0) ||
                       v.Concepts.Any(c => c.Token == token && ConceptClasses.Tolls.Contains(c.Mention.Concept));
            }
        }

        return false;
    }

    /// <summary>How far after a relative pronoun the word of what was done to a grievance's victim may stand ("who was shot").</summary>
    private const int VictimClauseReach = 4;

    /// <summary>A semicolon strictly between two tokens: what stands before it is another statement.</summary>
    private bool SemicolonBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (_document.Tokens[i].Norm == ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An accusation ("accused of", "blamed for") opens the clause of the token, up to eight words before it.</summary>
    private bool Accused(SentenceView v, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept is Concepts.Grievance or Concepts.Blame && c.Token < token && token - c.Token <= 8 &&
                !ClauseBreakBetween(c.Token, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma, a semicolon or a free-standing dash strictly between two tokens: they stand in different clauses.</summary>
    private bool ClauseBreakBetween(int from, int to) => ClauseBreakBetween(_document, from, to);

    /// <summary>A comma, a semicolon or a free-standing dash stands between the two tokens (both excluded).</summary>
    internal static bool ClauseBreakBetween(Document document, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (document.Tokens[i].Norm is "," or ";" or "-" or "–" or "—")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(SentenceView v, int token) => v.HasNear(Concepts.Negation, token, 3, 0);

    private bool Irrealis(SentenceView v, ConceptMention c, int token) =>
        c.Form is WordForm.Future or WordForm.Conditional && !v.Has(Concepts.Hedge) ||
        Intended(v, Concepts.Plan, token) || Intended(v, Concepts.Threat, token) || (c.Form == WordForm.Noun && PlannedAfter(v, c));

    /// <summary>Whether the token ends a predicate: the sentence's end, a punctuation mark, a function word or a date ("prévue | jeudi").</summary>
    private bool EndsAPredicate(SentenceView v, int token) =>
        token >= v.Sentence.FirstToken + v.Sentence.TokenCount || _document.Tokens[token].Shape.Has(TokenShape.Punctuation) ||
        _stopWords.Contains(_document.Tokens[token].Norm) || v.Dates.Any(d => d.Span.Contains(_document.Tokens[token].Span));

    /// <summary>How many words after an event's noun a plan word may stand to make it planned ("a march | is planned").</summary>
    private const int PlannedAfterReach = 3;

    /// <summary>
    /// "Une nouvelle journée de mobilisation est prévue jeudi", "a protest is planned for Monday": a plan word up to
    /// <see cref="PlannedAfterReach"/> words after an event's noun, with only function words between ("est", "is"), makes
    /// the event something intended, not done. Not a plan that is the crowd's grievance ("protest against plans to
    /// build a factory", "protest MPs' plan"): a content word or a word of grievance stands between, or none at all;
    /// nor a plan word before a noun it describes ("protest a planned eviction").
    /// </summary>
    private bool PlannedAfter(SentenceView v, ConceptMention noun)
    {
        int end = EndToken(noun);
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept == Concepts.Plan && t > end + 1 && t - end <= PlannedAfterReach && !PunctuationBetween(end, t) &&
                Enumerable.Range(end + 1, t - end - 1).All(k => _stopWords.Contains(_document.Tokens[k].Norm) &&
                                                                !v.Concepts.Any(g => g.Mention.Concept == Concepts.Grievance && g.Token <= k && EndToken(g.Mention) >= k)) &&
                EndsAPredicate(v, EndToken(c) + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A plan or a threat word up to six words before the token makes it something intended, not done; not across an
    /// "after" clause that holds the token ("will advance on the city after capturing the town"): what that clause
    /// tells happened before whatever the sentence announces.
    /// </summary>
    private bool Intended(SentenceView v, string concept, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept == concept && t >= token - 6 && t < token && !PriorOpensBetween(v, t, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A <see cref="Concepts.Prior"/> word stands after token <paramref name="from"/> and opens the clause that holds <paramref name="token"/>.</summary>
    private bool PriorOpensBetween(SentenceView v, int from, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept != Concepts.Prior || t <= from || t >= token)
            {
                continue;
            }

            bool sameClause = true;
            for (int i = EndToken(c) + 1; i < token; i++)
            {
                if (_document.Tokens[i].Norm is "," or ";")
                {
                    sameClause = false;
                    break;
                }
            }

            if (sameClause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actor an agent marker after the trigger names ("da parte di X", "by X"), outside an "after" clause the trigger stands outside.</summary>
    private ActorAt? MarkedAgent(SentenceView v, List<ActorAt> actors, int token)
    {
        var prior = PriorClauses(v).Where(r => token <= r.From || token >= r.To).ToList();
        foreach (var (c, t) in v.Concepts.Where(c => c.Mention.Concept == Concepts.Agent && c.Token > token && !prior.Any(r => c.Token > r.From && c.Token < r.To)))
        {
            // "Shelled a village controlled by rebels", "a hotel used by officials": a marker right after a participle of
            // the language's other_agent_participles names that participle's agent, not the event's.
            if (t > 0 && _otherAgentParticiples.Contains(TextFold.Fold(_document.Tokens[t - 1].Norm)))
            {
                continue;
            }

            // Counted from the marker's last word: "carried out by the Turkish soldiers".
            int last = EndToken(c);
            var agent = actors.FirstOrDefault(a => a.Token > last && WordsAfterMarker(v, last, a.Token) <= AgentReach);
            if (agent is not null)
            {
                return agent;
            }
        }

        return null;
    }

    /// <summary>An event head in a finite verb's form (past or present) starts at <paramref name="token"/>.</summary>
    private static bool SubjectOfVerbAt(SentenceView v, int token) =>
        v.Concepts.Any(c => c.Token == token && c.Mention.Form is WordForm.Past or WordForm.Present && ConceptClasses.IsHead(c.Mention.Concept));

    private void AssignActors(SentenceView v, Frame f, int token)
    {
        // Sources of the report ("police said") are not parties to the event. A sentence with none but sources makes
        // none of the closures below.
        // Nor are the words of a label opening the sentence ("Movement of forces: …").
        int labelEnd = LabelEnd(v);
        // Nor the people of a clause that tells what came before, set before the event ("after a day of fighting with the
        // army, the rebels seized the town": the taker is the subject after it), or, for
        // looting or damage, anywhere outside the event ("ont pillé des entrepôts, profitant du chaos provoqué par des
        // affrontements entre gangs rivaux": the gangs neither looted nor were looted). Such a clause after the event
        // keeps them: "regained the town after fighting Russian forces" names the side it was taken from.
        bool harm = PropertyHarm.Contains(f.Trigger.Concept);
        var prior = v.Has(Concepts.Prior) ? PriorClauses(v).Where(r => token >= r.To || (harm && token <= r.From)).ToList() : null;
        var actors = new List<ActorAt>();
        foreach (var a in v.Actors)
        {
            if (!a.IsSource && a.Token > labelEnd && (prior is null || !prior.Exists(r => a.Token > r.From && a.Token < r.To)))
            {
                actors.Add(a);
            }
        }

        if (actors.Count == 0)
        {
            // "Al-Shabaab said it attacked a military base": a speaker whose statement tells its own act is its author,
            // though the sentence names no other party.
            if (SpeakerOf(v, f, token) is { } alone)
            {
                f.Actor1 = Support(alone);
            }

            return;
        }

        // "Movement of forces: Al Shabaab fighters were seen…": a label has no owner or object; the clause after it
        // tells who acted.
        if (labelEnd >= 0 && _document.TokenIndexAt(f.Trigger.Span.Start) < labelEnd)
        {
            f.Actor1 = Support(actors[0]);
            var other = actors.Find(a => a.Actor.Name != actors[0].Actor.Name);
            f.Actor2 = other is null ? null : Support(other);
            return;
        }

        AssignActors(v, f, token, actors);

        // "After a night of fighting between the rebels and the army, the army retook the village": ground
        // taken after fighting told in the clause before has, as its other side, the other party of that fighting.
        if (prior is { Count: > 0 } && f.Actor1 is { } taker && f.Actor2 is null && ConceptClasses.Territory.Contains(f.Trigger.Concept) &&
            v.Actors.FirstOrDefault(a => !a.IsSource && IsCombatant(a.Actor) && a.Actor.Name != taker.Value.Name &&
                                         prior.Exists(r => a.Token > r.From && a.Token < r.To)) is { } fought)
        {
            f.Actor2 = Support(fought);
        }

        // "The army said it killed 20 fighters", "l'armée a indiqué avoir tué…": a speaker whose own act its statement
        // tells, by an active verb right after the verb of saying (a pronoun or a word of linking between), is its author.
        if (f.Actor1 is null && SpeakerOf(v, f, token) is { } speaker && speaker.Actor.Name != f.Actor2?.Value.Name)
        {
            f.Actor1 = Support(speaker);
        }

        // "Suspected Boko Haram insurgents killed 12 villagers and burned dozens of homes in a raid on X", "the army
        // destroyed a camp with artillery strikes": an event named by a noun after the acts it sums up was made by the
        // armed subject of the first of those acts (drones destroyed in flight made the verb an interception first).
        if (f.Actor1 is null && f.Trigger.Form == WordForm.Noun &&
            SubjectOfActsBefore(v, token, actors) is { } subject &&
            subject.Actor.Name != f.Actor2?.Value.Name)
        {
            f.Actor1 = Support(subject);
        }
    }

    /// <summary>How many words may stand between an armed subject and its verb ("Boko Haram insurgents reportedly killed").</summary>
    private const int SubjectVerbGap = 2;

    /// <summary>
    /// The armed party right before the first active verb of violence or damage of the sentence, itself before the
    /// token: the subject of the acts that a noun after them sums up. Null when a passive or no such verb stands there.
    /// </summary>
    private ActorAt? SubjectOfActsBefore(SentenceView v, int token, List<ActorAt> actors)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Token >= token)
            {
                break;
            }

            if (!IsVerb(c.Mention.Form) || !(ConceptClasses.IsViolence(c.Mention.Concept) || PropertyHarm.Contains(c.Mention.Concept)))
            {
                continue;
            }

            if (v.HasNear(Concepts.Passive, c.Token, 3, 0))
            {
                return null;
            }

            var subject = actors.LastOrDefault(a => a.Token < c.Token);
            return subject is not null && IsCombatant(subject.Actor) && c.Token - EndToken(subject.Mention) - 1 <= SubjectVerbGap ? subject : null;
        }

        return null;
    }

    /// <summary>
    /// The tokens of the dates between two tokens, and of the one word before each ("said on Tuesday they had targeted"):
    /// a date written between a verb of saying and the act is no word of the statement's own.
    /// </summary>
    private int DateTokensBetween(SentenceView v, int from, int to)
    {
        int count = 0;
        foreach (var d in v.Dates)
        {
            int first = _document.TokenIndexAt(d.Span.Start), last = _document.TokenIndexAt(d.Span.End - 1);
            if (first > from && last < to)
            {
                count += last - first + 1 + (first - 1 > from ? 1 : 0);
            }
        }

        return count;
    }

    /// <summary>How many words may stand between a verb of saying and the act its speaker tells ("said it", "said that they had").</summary>
    private const int SaidActReach = 4;

    /// <summary>
    /// The source actor whose statement tells the frame's act as its own: a named or described armed or state party right
    /// before a verb of saying, the frame's trigger an active verb at most <see cref="SaidActReach"/> words after that verb
    /// (a participle of a perfect with no passive auxiliary near: "afirmó que había atacado"), and no other actor between.
    /// </summary>
    private ActorAt? SpeakerOf(SentenceView v, Frame f, int token)
    {
        if (f.Trigger.Form is not (WordForm.Past or WordForm.Present or WordForm.Participle) || v.HasNear(Concepts.Passive, token, 3, 0))
        {
            return null;
        }

        foreach (var (c, t) in v.Concepts)
        {
            int said = EndToken(c);
            if (c.Concept is not (Concepts.Source or Concepts.Attribution) || c.Form == WordForm.Noun || said >= token || token - said - DateTokensBetween(v, said, token) > SaidActReach ||
                v.Actors.Any(a => a.Token > said && a.Token < token))
            {
                continue;
            }

            foreach (var a in v.Actors)
            {
                if ((a.IsSource || c.Concept == Concepts.Attribution) && a.Token < t && EndToken(a.Mention) >= t - 2 &&
                    (IsCombatant(a.Actor) || a.Actor.Kind is ActorKind.StatePolice or ActorKind.StateGovernment))
                {
                    return a;
                }
            }
        }

        return null;
    }

    private void AssignActors(SentenceView v, Frame f, int token, List<ActorAt> actors)
    {
        // Where the participle closes its clause, an auxiliary far before it tells its voice: "wurden … angegriffen" is
        // passive, "haben … festgenommen" active.
        bool passive = (f.Trigger.Form == WordForm.Participle &&
                        !(_participleLast ? PerfectAuxiliaryBefore(v, token) : PerfectAuxiliaryRightBefore(token))) ||
                       v.HasNear(Concepts.Passive, token, 3, 0) ||
                       (_participleLast && f.Trigger.Form == WordForm.Past && PassiveAuxiliaryBefore(v, token) is not null);
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;

        // An explicit agent marker: "da parte di X", "by X"; not one inside a clause opened by "after" that the trigger
        // stands outside: that "by" belongs to the earlier action ("rebels recaptured the village, days after
        // government troops took it").
        ActorAt? agent = v.Has(Concepts.Agent) ? MarkedAgent(v, actors, token) : null;

        // "blaming Turkey for the attack", "attribuito all'Isis": a third party names the perpetrator.
        if (agent is null)
        {
            foreach (var (c, t) in v.Concepts)
            {
                if (c.Concept == Concepts.Blame && BlamedParty(v, f, actors, t))
                {
                    break;
                }
            }

            if (f.Actor1 is not null)
            {
                foreach (var victim in actors)
                {
                    if (victim.Actor.Name != f.Actor1.Value.Name && victim.Token > token)
                    {
                        f.Actor2 = Support(victim);
                        break;
                    }
                }

                return;
            }
        }

        if (agent is null && (f.Trigger.Form == WordForm.Noun || f.Supporting))
        {
            // "raid dei caccia della Coalizione", "an airstrike by the coalition", "killed by Afghan military airstrikes":
            // the actor that owns the noun, named around it or, in a language whose modifiers precede their noun, right
            // before it; not one the noun is against ("an airstrike against an Al Shabaab position"). Where owners precede
            // their noun, one after it whose sentence names a subject before the noun needs an agent marker ("an
            // airstrike by the coalition"): "Russian forces fired heavy weapons at the army's positions" is the Russians'.
            agent = NounOwner(v, f, actors, token);
            if (agent is not null && f.Supporting)
            {
                f.Actor1 = Support(agent);
                return;
            }
        }
        else if (agent is null && f.Trigger.Form == WordForm.Any)
        {
            // "Russian shelling killed three civilians": a word that may be a verb's form or a noun ("shelling") is a noun
            // where a state's means named with its nationality, on the side the language puts its modifiers, takes it in,
            // and that state owns it; not "continued shelling Ukrainian positions", a verb and its object.
            agent = actors.FirstOrDefault(a => a.Mention.Span.Contains(f.Trigger.Span) && a.Mention.Kind == ActorKind.StateMilitary &&
                                               (_modifierBeforeNoun ? a.Mention.Span.Start < f.Trigger.Span.Start : a.Mention.Span.End > f.Trigger.Span.End));
        }

        ActorAt? before = null;
        foreach (var a in actors)
        {
            if (a.Token < token && !a.InSupport && a.Mention.Span.End <= f.Trigger.Span.Start && LeftmostInClause(v, a, token))
            {
                before = a;
                break;
            }
        }

        if (agent is null && GerundClauseSubject(v, actors, token) is { } subject)
        {
            before = subject;
        }

        // "Police found the bodies of two men", "the bodies were recovered by the army": who found the dead did not kill
        // them; the subject or the agent of a verb of finding before a toll is no party to it.
        if (before is not null && FinderOf(v, before, token))
        {
            before = null;
        }

        if (agent is not null && FinderOf(v, agent, token))
        {
            agent = null;
        }

        ActorAt? after = null;
        foreach (var a in actors)
        {
            if (a.Token > token && a != agent && !a.InSupport && a.Token < end)
            {
                after = a;
                break;
            }
        }

        // "A massacre in the state, while media say gunmen attacked a bar": an actor past a comma, right before a verb
        // of its own action, is that verb's subject, not the object of an event noun told before it (victims who "died"
        // are still the event's).
        if (after is not null && f.Trigger.Form == WordForm.Noun && SubjectOfVerbAt(v, EndToken(after.Mention) + 1) &&
            Enumerable.Range(token + 1, Math.Max(0, after.Token - token - 1)).Any(i => _document.Tokens[i].Norm == ","))
        {
            after = null;
        }

        // A bomb "explodes" by itself: soldiers or civilians named with it are its targets, unless a marker names
        // them as the ones who set it off. So are soldiers or civilians named only after it ("a landmine exploded under
        // a military vehicle", "an IED struck an army convoy"): an explosion's author after its noun
        // needs an agent marker (see NounOwner).
        if (agent is null && Explosives.Contains(f.Trigger.Concept) && before is null &&
            after is { Actor.Inter: Inter.StateForces or Inter.Civilians or Inter.External })
        {
            f.Actor2 = Support(after);
            return;
        }

        if (agent is null && Explosives.Contains(f.Trigger.Concept) && before is { Actor.Inter: Inter.StateForces or Inter.Civilians or Inter.External })
        {
            f.Actor2 = Support(before);
            if (after is not null && after.Actor.Inter is not (Inter.StateForces or Inter.Civilians) && after.Actor.Name != before.Actor.Name)
            {
                f.Actor1 = Support(after);
            }

            return;
        }

        // "Four policemen were wounded in an attack", "deux soldats ont été tués dans une embuscade": the victims of a
        // passive toll told before the event's noun are its target, not its author.
        // People killed in fighting between armed parties are its casualties, not one of its sides ("15 people were
        // killed in clashes between the army and the RSF").
        ActorAt? counted = null;
        if (!passive && !IsVerb(f.Trigger.Form) && before is not null && TollVictim(v, before, token))
        {
            // So are people killed in an operation against an armed group ("during a police operation against the Red
            // Command"): the group is its target.
            counted = Casualties(v, f, actors, token, before) ? null : before;
            before = null;
        }

        ActorAt? patient;
        if (passive)
        {
            patient = after ?? before;

            // "Трое военных убиты боевиками ИГ", "колонна подверглась нападению боевиков": where a passive's agent
            // follows it unmarked, an armed party right after the verb is the one who acted when the patient is named
            // as the subject before it, or when the verb is a phrase of undergoing a strike whose noun takes the
            // striker after it ("село подверглось обстрелу ВСУ"); a lone participle's party after it is its patient
            // ("убиты трое военных").
            if (_unmarkedAgent && agent is null && after is not null && IsCombatant(after.Actor) && after.Token > token &&
                _document.Tokens[after.Token - 1].Span.End == f.Trigger.Span.End &&
                (before is not null ? after.Actor.Name != before.Actor.Name
                                    : _document.Tokens[after.Token - 1].Span.Start > f.Trigger.Span.Start && f.Trigger.Concept is Concepts.Attack or Concepts.Shell or Concepts.Airstrike or Concepts.Ambush))
            {
                agent = after;
                patient = before;
            }
        }
        else
        {
            // "أعدم مسلحون خمسة مدنيين" (executed gunmen five civilians), "قصفت قوات النظام بلدة": where a clause may open with
            // its verb, an armed party right after a verb with no subject before it is the subject, and an actor right
            // after it the object. A toll or arrest verb may be an unvowelled passive ("قتل جنديان", two soldiers were
            // killed): its party is the subject only when an object follows. Where the verb comes second in its clause
            // ("Am Montag töteten Extremisten drei Soldaten"), a finite active verb that no actor precedes does the same;
            // a party an attribution names before the verb ("Nach Angaben der Polizei töteten …") is the report's source.
            if (_verbSecond && before is not null && v.Concepts.Any(c => c.Mention.Concept == Concepts.Attribution && c.Token < before.Token &&
                                                                          before.Token - EndToken(c.Mention) <= 2))
            {
                before = null;
            }

            // A frame its noun opened ("Bei dem Angriff töteten die Extremisten …") takes its subject from the finite
            // verb right before the party.
            bool subjectAfterVerb = after is not null &&
                                    (_verbInitial ? IsVerb(f.Trigger.Form) && after.Token - token <= 2
                                     : _verbSecond && (f.Trigger.Form is WordForm.Past or WordForm.Present ? after.Token - token <= 2
                                                       : f.Trigger.Form == WordForm.Noun && FiniteVerbJustBefore(v, after.Token)));
            if (subjectAfterVerb && agent is null && before is null && counted is null && after is not null && IsCombatant(after.Actor))
            {
                ActorAt? obj = null;
                foreach (var a in actors)
                {
                    if (a.Token > after.Token && !a.InSupport && a.Token < end)
                    {
                        obj = a;
                        break;
                    }
                }

                // People counted right after the party are the object too, named or not ("اعتقلت قوات الأمن ثلاثة مشتبه
                // بهم", arrested the security forces three suspects): an unvowelled passive counts them right after its verb.
                int partyEnd = EndToken(after.Mention);
                bool objectFollows = (obj is not null && CountOrFunctionWordsBetween(v, partyEnd + 1, obj.Token)) ||
                                     v.Quantities.Any(q => q.Token == partyEnd + 1 && q.Mention.Unit is null);
                if (objectFollows || !_verbInitial || !(ConceptClasses.Tolls.Contains(f.Trigger.Concept) || f.Trigger.Concept is Concepts.Abduct or Concepts.Arrest or Concepts.Execute))
                {
                    // A verb-second clause is no unvowelled passive: the next actor in it is the object however far.
                    agent = after;
                    after = objectFollows || !_verbInitial ? obj : null;
                }
            }

            // "Four people died in a missile strike by Russian forces", "Четыре человека погибли в результате удара
            // российских войск", "am Montag starben drei Menschen bei einem Angriff russischer Truppen": where the noun's
            // owner is named after it, the subject of a death or wound told before the noun, with no other party between,
            // is its victim, not a second author ("gunmen killed four villagers in an attack by…" names its victims as the
            // verb's object).
            if (agent is not null && before is not null && counted is null && after is null && f.Trigger.Form == WordForm.Noun &&
                before.Actor.Name != agent.Actor.Name && !actors.Any(a => a.Token > before.Token && a.Token < token) &&
                v.Concepts.Any(c => ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token < token && Math.Abs(c.Token - before.Token) <= DiedSubjectReach))
            {
                counted = before;
            }

            agent ??= before;
            patient = counted ?? after;

            // "Am Montag haben Extremisten eine Polizeistreife angegriffen": where the participle closes its clause, the
            // object stands between the subject and the verb.
            if (_participleLast && patient is null && agent is not null && IsVerb(f.Trigger.Form))
            {
                patient = ObjectBeforeVerb(v, actors, agent, token);
            }
        }

        if (f.Trigger.Concept == Concepts.LoseControl)
        {
            // "Isis ha perso Arqoub": the subject lost; the winner is named elsewhere or not at all.
            if ((agent ?? patient) is { } loser)
            {
                f.Actor2 = Support(loser);
            }

            return;
        }

        if (agent is not null)
        {
            f.Actor1 = Support(agent);
        }

        // "Residents lynched a suspected thief": people who act on other people are two parties, though the registry
        // names both civilians; the crowd becomes the rioters, its victims stay civilians.
        if (patient is not null && (agent is null || patient.Actor.Name != agent.Actor.Name || CrowdOnPeople(f, token, agent, patient, passive)))
        {
            f.Actor2 = Support(patient);
        }

        // "Residents killed a suspected thief": a mob's noun that names the people it took justice on is the crowd's
        // target, a party of its own beside the civilians who acted.
        if (f.Actor2 is null && f.Trigger.Concept == Concepts.Mob && f.Trigger.Form == WordForm.Noun && f.Actor1 is { Value.Inter: Inter.Civilians } &&
            actors.FirstOrDefault(a => a.Mention.Span == f.Trigger.Span && a.Actor.Inter == Inter.Civilians && a != agent) is { } victims)
        {
            f.Actor2 = Support(victims);
        }

        // Fighting has two sides: a clash that names only one takes the other armed party of its sentence. So has an
        // agreement between armed parties: "the army and the RSF signed a ceasefire" names its two signatories.
        if ((f.Trigger.Concept is Concepts.Clash or Concepts.Ambush || f.Type == Taxonomy.Agreement) && (f.Actor1 is null || f.Actor2 is null))
        {
            foreach (var other in actors.Where(a => a.Actor.Inter is >= Inter.StateForces and <= Inter.IdentityMilitia or Inter.External))
            {
                if (other.Actor.Name == f.Actor1?.Value.Name || other.Actor.Name == f.Actor2?.Value.Name)
                {
                    continue;
                }

                if (f.Actor1 is null)
                {
                    // "clashes between the army and the RSF": the side named first stays first.
                    bool later = f.Actor2 is { } named && other.Mention.Span.Start > named.Span?.Start && f.Trigger.Form == WordForm.Noun &&
                                 named.Span?.Start > f.Trigger.Span.Start;
                    (f.Actor1, f.Actor2) = later ? (f.Actor2, Support(other)) : (Support(other), f.Actor2);
                }
                else
                {
                    f.Actor2 ??= Support(other);
                }

                if (f.Actor1 is not null && f.Actor2 is not null)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether civilians named before an active verb act on other civilians named after it ("villagers beat two suspected
    /// robbers"): different people, the crowd and its victims.
    /// </summary>
    private static bool CrowdOnPeople(Frame f, int token, ActorAt agent, ActorAt patient, bool passive) =>
        !passive && IsVerb(f.Trigger.Form) && agent.Actor.Inter == Inter.Civilians && patient.Actor.Inter == Inter.Civilians &&
        !ReferenceEquals(agent.Mention, patient.Mention) && agent.Token < token && patient.Token > token;

    /// <summary>
    /// Whether an actor is the subject of a verb of finding between it and a toll's word ("police found the bodies"), or
    /// the agent right after one ("were recovered by the army"), and the frame's word is a toll.
    /// </summary>
    private static bool FinderOf(SentenceView v, ActorAt actor, int token) =>
        v.Concepts.Any(c => c.Token == token && ConceptClasses.Tolls.Contains(c.Mention.Concept)) &&
        v.Concepts.Any(c => c.Mention.Concept == Concepts.Find &&
                            ((actor.Token < c.Token && c.Token < token) || (actor.Token > c.Token && actor.Token - c.Token <= FinderAgentReach && v.HasNear(Concepts.Agent, actor.Token, actor.Token - c.Token, 0))));

    /// <summary>How many words after a verb of finding its agent may stand ("were found by the police").</summary>
    private const int FinderAgentReach = 3;

    /// <summary>
    /// How far from a death or wound verb its subject may stand, before it ("four people died") or after it in a language
    /// that puts the verb second ("am Montag starben drei Menschen").
    /// </summary>
    private const int DiedSubjectReach = 3;

    /// <summary>
    /// "raid dei caccia della Coalizione", "an airstrike by the coalition": the actor that owns a noun trigger (see
    /// <see cref="AssignActors(SentenceView, Frame, int, List{ActorAt})"/>).
    /// </summary>
    private ActorAt? NounOwner(SentenceView v, Frame f, List<ActorAt> actors, int token) =>
        actors.FirstOrDefault(a => (a.Mention.Span.Contains(f.Trigger.Span) || f.Trigger.Span.Contains(a.Mention.Span)) && a.Mention.Kind != ActorKind.Civilians) ??
        (_modifierBeforeNoun ? actors.FirstOrDefault(a => (IsCombatant(a.Actor) || a.Actor.Kind == ActorKind.StateGovernment) && !a.InSupport && a.Mention.Span.End <= f.Trigger.Span.Start &&
                                                         f.Trigger.Span.Start - a.Mention.Span.End <= 1) : null) ??
        actors.FirstOrDefault(a => a.Token > token && a.Token <= token + 5 && !EndsWithPreposition(f.Trigger) && !TargetPrepositionAfter(f.Trigger) &&
                                   OnlyFunctionWordsBetween(token + 1, a.Token) &&
                                   !v.Concepts.Any(c => c.Token > token && c.Token < a.Token &&
                                                        (IsVerb(c.Mention.Form) || c.Mention.Concept == Concepts.Grievance)) &&
                                   (!_modifierBeforeNoun || v.HasNear(Concepts.Agent, a.Token, a.Token - token - 1, 0) ||
                                    (!actors.Any(b => b.Token < token && !b.InSupport) && !Explosives.Contains(f.Trigger.Concept))));

    /// <summary>Whether a preposition of a target stands right after the trigger's words ("هجوما على", "an attack against").</summary>
    private bool TargetPrepositionAfter(ConceptMention trigger)
    {
        int next = EndToken(trigger) + 1;
        return _targetPrepositions.Count > 0 && next < _document.Tokens.Count && _targetPrepositions.Contains(_document.Tokens[next].Norm);
    }

    /// <summary>
    /// A noun phrase that ends with its preposition ("attack on", "ataque contra", "Angriff auf"): what follows is its
    /// object ("an attack on police", "un ataque contra un puesto de policía"), never the one who made it.
    /// </summary>
    private bool EndsWithPreposition(ConceptMention trigger)
    {
        int last = EndToken(trigger);
        return last > _document.TokenIndexAt(trigger.Span.Start) && _stopWords.Contains(_document.Tokens[last].Norm);
    }

    /// <summary>
    /// Civilians killed in fighting between armed parties, or in an operation against an armed group ("during a police
    /// operation against the Red Command"), are its casualties, not one of its sides.
    /// </summary>
    private static bool Casualties(SentenceView v, Frame f, List<ActorAt> actors, int token, ActorAt before)
    {
        bool againstArmed = actors.Any(a => a.Token > token && !a.InSupport && IsCombatant(a.Actor) &&
                                            v.Concepts.Any(c => c.Mention.Concept == Concepts.Grievance && c.Token < a.Token && a.Token - c.Token <= 2));
        return before.Actor.Inter == Inter.Civilians &&
               ((f.Trigger.Concept == Concepts.Clash && actors.Count(a => a.Token > token && !a.InSupport && IsCombatant(a.Actor)) >= 2) ||
                (f.Trigger.Concept == Concepts.Attack && againstArmed));
    }

    /// <summary>The party named within three words after a blame word becomes the perpetrator: an actor, else a country's forces.</summary>
    private bool BlamedParty(SentenceView v, Frame f, List<ActorAt> actors, int t)
    {
        var named = actors.FirstOrDefault(a => a.Token > t && a.Token <= t + 3);
        if (named is not null)
        {
            f.Actor1 = Support(named);
            return true;
        }

        var country = v.Places.FirstOrDefault(p => p.Token > t && p.Token <= t + 3 && p.Mention.Entry?.Kind == FeatureKind.Country);
        if (country.Mention?.Entry is { } e &&
            _resolver.Resolve(new ActorMention(country.Mention.Span, ActorKind.StateMilitary) { CountryCode = e.CountryCode }) is { } state)
        {
            f.Actor1 = new Supported<ResolvedActor>(state, country.Mention.Span);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Troops pushed into the enclave, clashing with insurgents and capturing a village": an action in a gerund clause
    /// (the "-ing" forms the lexicon gives as any form) that follows a comma, with only gerunds and their objects since
    /// the comma, is done by the main clause's subject, the sentence's first actor before its first action, not by the
    /// object of the gerund before it.
    /// </summary>
    private ActorAt? GerundClauseSubject(SentenceView v, List<ActorAt> actors, int token)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Token == token)
            {
                return c.Mention.Form == WordForm.Any ? GerundClauseSubjectAfterComma(v, actors, token) : null;
            }
        }

        return null;
    }

    private ActorAt? GerundClauseSubjectAfterComma(SentenceView v, List<ActorAt> actors, int token)
    {
        int comma = Enumerable.Range(v.Sentence.FirstToken, token - v.Sentence.FirstToken).LastOrDefault(i => _document.Tokens[i].Norm == ",", -1);
        if (comma < 0 || !v.Concepts.Any(c => c.Token == comma + 1 && c.Mention.Form == WordForm.Any &&
                                              (ConceptClasses.IsHead(c.Mention.Concept) || ConceptClasses.Tolls.Contains(c.Mention.Concept))) ||
            v.Concepts.Any(c => c.Token > comma && c.Token < token && ConceptClasses.IsHead(c.Mention.Concept) && c.Mention.Form != WordForm.Any))
        {
            return null;
        }

        int firstAction = v.Concepts.Where(c => ConceptClasses.IsHead(c.Mention.Concept) && c.Mention.Form != WordForm.Noun)
            .Select(c => c.Token).DefaultIfEmpty(comma).Min();
        return actors.FirstOrDefault(a => a.Token < Math.Min(firstAction, comma) && !a.InSupport && IsCombatant(a.Actor));
    }

    /// <summary>How far before its passive toll word the victims' actor may be written ("four policemen were wounded").</summary>
    private const int TollVictimReach = 4;

    /// <summary>
    /// The actor is the subject of a passive toll: the toll word follows it closely before the trigger ("four policemen
    /// were wounded in an attack"), or, where the participle closes the clause, the passive auxiliary stands beside it
    /// before the trigger ("wurden drei Soldaten bei einem Überfall getötet").
    /// </summary>
    private bool TollVictim(SentenceView v, ActorAt a, int trigger) =>
        v.Concepts.Any(c => ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token > a.Token && PassiveToll(v, c.Mention, c.Token) &&
                            ((c.Token < trigger && c.Token - a.Token - SubsetClauseTokens(v, a.Token, c.Token) - JoinedActorTokens(v, a.Token, c.Token) <= TollVictimReach) ||
                             (PassiveAuxiliaryBefore(v, c.Token) is { } aux && aux < trigger &&
                              Math.Abs(aux - a.Token) - SubsetClauseTokens(v, Math.Min(aux, a.Token), Math.Max(aux, a.Token)) -
                              (a.Token < aux ? JoinedActorTokens(v, a.Token, aux) : 0) <= TollVictimReach)));

    private static bool LeftmostInClause(SentenceView v, ActorAt a, int trigger)
    {
        // The subject is the first actor of the clause; a clause starts after an earlier head trigger.
        // Nouns and actions inside a support phrase ("grazie ai raid…") do not open a clause.
        int clauseStart = -1;
        foreach (var c in v.Concepts)
        {
            if (ConceptClasses.IsHead(c.Mention.Concept) && c.Token < trigger && c.Mention.Form != WordForm.Noun && !v.InSupport(c.Token))
            {
                clauseStart = Math.Max(clauseStart, c.Token);
            }

            // "Two soldiers were killed when gunmen attacked the checkpoint": a subordinating word ("when", "while") with
            // an actor between it and the verb opens the verb's clause; that actor is its subject.
            if (c.Mention.Concept == Concepts.HabitualWeak && c.Token < trigger && c.Token > clauseStart &&
                v.Actors.Any(o => o.Token > c.Token && o.Token < trigger))
            {
                clauseStart = c.Token;
            }
        }

        return a.Token > clauseStart;
    }

    private bool OnlyFunctionWordsBetween(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var t = _document.Tokens[i];
            if (t.Shape.Has(TokenShape.Capitalised) || t.Shape.Has(TokenShape.Number) || t.Norm == ",")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only counts ("خمسة") and words of no capital letter, number or comma stand between two tokens.</summary>
    private bool CountOrFunctionWordsBetween(SentenceView v, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).All(i => v.Quantities.Any(q => q.Token <= i && EndToken(q.Mention) >= i) || OnlyFunctionWordsBetween(i, i + 1)) &&
        !v.Concepts.Any(c => c.Token >= from && c.Token < to);

    private static Supported<ResolvedActor> Support(ActorAt a) => new(a.Actor, a.Mention.Span);

    /// <summary>A verb between a noun and an actor makes the actor its object, not the noun's owner ("airstrikes targeted X").</summary>
    private static bool IsVerb(WordForm form) => form is WordForm.Past or WordForm.Present or WordForm.Participle or WordForm.Future or WordForm.Conditional;

    /// <summary>Whether an action or toll verb in a finite form, past or present, stands one or two words before the token.</summary>
    private static bool FiniteVerbJustBefore(SentenceView v, int token) =>
        v.Concepts.Any(c => c.Mention.Form is WordForm.Past or WordForm.Present && c.Token < token && token - c.Token <= 2 &&
                            (ConceptClasses.IsHead(c.Mention.Concept) || ConceptClasses.Tolls.Contains(c.Mention.Concept)));

    /// <summary>
    /// How far from its toll word a count may stand: six words, or ten after an active verb of a verb-second language,
    /// whose object follows the subject and the adverbs of time and place ("Laut Polizei töteten die Angreifer am Montag
    /// in Kabul drei Menschen"), in the verb's clause.
    /// </summary>
    private int TollReach(bool countBefore, int count, int toll) =>
        _verbSecond && !countBefore && count > toll && !ClauseBreakBetween(toll, count) ? VerbSecondTollReach : 6;

    /// <summary>How far after an active verb of a verb-second language its count may stand (<see cref="TollReach"/>).</summary>
    private const int VerbSecondTollReach = 10;

    /// <summary>Numbers attach to the nearest toll word in their sentence ("uccisi otto", "31 miliziani … catturati").</summary>
    private void AttachTolls(SentenceView v, List<Frame> frames, List<(ConceptMention Mention, int Token)> tolls) =>
        AttachTolls(v, tolls, token => NearestFrame(frames, token));

    /// <summary>The frame, not a supporting one, whose trigger is nearest the token; the first among equals; else the first frame.</summary>
    private Frame NearestFrame(List<Frame> frames, int token)
    {
        Frame? nearest = null;
        int best = 0;
        foreach (var f in frames)
        {
            if (f.Supporting)
            {
                continue;
            }

            int distance = Math.Abs(_document.TokenIndexAt(f.Trigger.Span.Start) - token);
            if (nearest is null || distance < best)
            {
                (nearest, best) = (f, distance);
            }
        }

        return nearest ?? frames[0];
    }

    /// <summary>How many words after its single word a victim's description may run before the relatives joined to it ("an | old farmer | and his son").</summary>
    private const int VictimWords = 3;

    /// <summary>
    /// How many people are joined to one victim by a conjunction and a possessive of the language's
    /// <c>companion_possessives</c> ("an old farmer and his son", "a trader and his wife and her brother"): each one more
    /// victim of the same toll. None in a language that lists no such possessive.
    /// </summary>
    private int CompanionsAfter(SentenceView v, TextSpan victim)
    {
        if (_companionPossessives.Count == 0)
        {
            return 0;
        }

        // The victim's words end at the first conjunction or comma within a few words of its single word ("an | elderly
        // man | and his son").
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount, k = _document.TokenIndexAt(victim.End), companions = 0;
        for (int words = 0; k < end && words < VictimWords && _document.Tokens[k].Shape.Has(TokenShape.Word) &&
                            !_document.Tokens[k].Shape.Has(TokenShape.Capitalised) && !_stopWords.Contains(_document.Tokens[k].Norm) &&
                            !_conjunctions.Contains(_document.Tokens[k].Norm); words++)
        {
            k++;
        }

        // The one joined must be a person: a civilian word of the lexicon ("his son", "her driver"), not "his shop".
        while (k + 2 < end && (_conjunctions.Contains(_document.Tokens[k].Norm) || _document.Tokens[k].Norm == ",") &&
               _companionPossessives.Contains(_document.Tokens[k + 1].Norm) &&
               v.Actors.Any(a => a.Mention.Kind == ActorKind.Civilians && a.Token == k + 2))
        {
            companions++;
            k += 3;
        }

        return companions;
    }

    /// <summary>
    /// How many people a singular article introduces after a count, up to <paramref name="toll"/>, each joined by a
    /// conjunction or a comma ("two soldiers and a civilian"): one victim each, unless a part of the count ("including")
    /// or a bracket comes first; after an active toll, not one that another toll or a passive follows.
    /// </summary>
    private int SingleVictimsJoined(SentenceView v, int countEnd, int toll, bool afterToll = false)
    {
        int joined = 0;
        for (int k = countEnd + 1; k + 2 < toll; k++)
        {
            // Not inside a part of the count ("five villagers, including two farmers and a boy") or a bracket.
            if (v.Concepts.Any(c => c.Mention.Concept == Concepts.Subset && c.Token > countEnd && c.Token <= k) || InBrackets(v, k))
            {
                break;
            }

            // A person who is a source ("…, a police officer said") or the subject of another toll ("and a civilian was
            // wounded") is no victim of this one.
            if (Joiner(_document.Tokens[k].Norm) &&
                SingleAt(v, k + 1) &&
                v.Actors.Any(a => !a.IsSource && (a.Token == k + 2 || (a.Token == k + 3 && !_stopWords.Contains(_document.Tokens[k + 2].Norm)))) &&
                !(afterToll && TollOrPassiveIn(v, k + 2, k + 5)))
            {
                joined++;
            }
            else if (k > countEnd + 1 && _document.Tokens[k].Norm is "." or ";" or ":")
            {
                break;
            }
        }

        return joined;
    }

    /// <summary>
    /// "A gun battle killed five soldiers and 12 militants": after an active toll, each count joined to the one before it
    /// by a conjunction or a comma right after that count's people, and itself followed by people, is one more part of the
    /// toll, as parts before a passive toll are. Not a count in brackets, of events, of a unit, inside a part of the count
    /// ("including 2 commanders") or of people a source or another toll names; the first count that is none of these ends
    /// the list.
    /// </summary>
    private Supported<int> CountsJoinedAfter(SentenceView v, QuantityMention first, int stop, HashSet<QuantityMention> used, Supported<int> value)
    {
        int end = EndToken(first);
        foreach (var o in v.Quantities)
        {
            if (o.Token <= end || used.Contains(o.Mention))
            {
                continue;
            }

            var people = v.Actors.FirstOrDefault(a => a.Token == end + 1 && !a.IsSource);
            if (o.Token >= stop || people is null || EndToken(people.Mention) + 2 != o.Token ||
                !Joiner(_document.Tokens[o.Token - 1].Norm) ||
                o.Mention.Unit is not null || InBrackets(v, o.Token) || CountsEvents(v, o) || SubsetCount(v, o.Token) ||
                !v.Actors.Any(a => a.Token == EndToken(o.Mention) + 1 && !a.IsSource) ||
                TollOrPassiveIn(v, o.Token, EndToken(o.Mention) + 4))
            {
                break;
            }

            used.Add(o.Mention);
            value = new Supported<int>(value.Value + o.Mention.Best, TextSpan.Cover(value.Span!.Value, o.Mention.Span));
            end = EndToken(o.Mention);
        }

        return value;
    }

    /// <summary>Whether a word joins the people of a list: a conjunction or a comma.</summary>
    private bool Joiner(string norm) => _conjunctions.Contains(norm) || norm == ",";

    /// <summary>
    /// Whether a toll or a passive auxiliary stands after token <paramref name="after"/> and at or before
    /// <paramref name="last"/>: the people just named are the subject of another toll ("… and a civilian was wounded").
    /// </summary>
    private static bool TollOrPassiveIn(SentenceView v, int after, int last) =>
        v.Concepts.Any(c => c.Token > after && c.Token <= last && (ConceptClasses.Tolls.Contains(c.Mention.Concept) || c.Mention.Concept == Concepts.Passive));

    /// <summary>How many words after an active toll's count the people joined to it are looked for.</summary>
    private const int SingleVictimsReach = 8;

    /// <summary>Tolls of a sentence with no event of its own, added to the event just told.</summary>
    private void AttachTollsTo(SentenceView v, Frame frame, List<(ConceptMention Mention, int Token)> tolls) =>
        AttachTolls(v, tolls, _ => frame);

    /// <summary>
    /// "Drones struck militant positions near Arbinda. Unconfirmed rumours spoke of dozens of fighters killed.": a sentence
    /// that only counts victims and calls its count unconfirmed (an UNCONFIRMED word, not a mere hedge: "ten soldiers
    /// were reportedly killed" is the toll ACLED codes), after an event told with less doubt, tells a rumour of its toll.
    /// </summary>
    private static bool RumouredToll(SentenceView v, Frame told) =>
        v.Has(Concepts.Unconfirmed) && Certainty.Doubt(Certainty.Unconfirmed) > Certainty.Doubt(told.Certainty.Value);

    /// <summary>
    /// A rumoured toll (<see cref="RumouredToll"/>) is no fatality count, as ACLED keeps to the most conservative reliable
    /// figure: the event keeps its dead, and the rumour's dead, where more, only raise the high estimate.
    /// </summary>
    private void AttachRumouredToll(SentenceView v, Frame told)
    {
        var rumour = new Frame(told.Sentence, told.Trigger);
        AttachTollsTo(v, rumour, Tolls(v));
        int high = rumour.Killed?.Value ?? 0;
        if (high > (told.KilledHigh ?? told.Killed?.Value ?? 0))
        {
            told.KilledHigh = high;
            told.KilledLow ??= told.Killed?.Value ?? 0;
        }
    }

    /// <summary>
    /// "The army fired artillery at the villages. Three civilians were injured.": a sentence that only counts victims, and
    /// counts civilians, names the second actor of a bombardment, an explosion or an attack just told that has none.
    /// Not of a battle (its sides are the armed ones) nor of a demonstration (ACLED codes no civilians against a crowd),
    /// nor of an event told by a generic noun alone ("one of two coordinated attacks"), which may retell one whose
    /// target is named.
    /// </summary>
    private static void CiviliansCounted(SentenceView v, Frame told)
    {
        if (told.Actor2 is not null || told.Type is not { } type ||
            (told.Trigger.Form == WordForm.Noun && told.Trigger.Concept is Concepts.Attack or Concepts.Incident) ||
            !(type.EventType is Taxonomy.Explosions || type == Taxonomy.Attack))
        {
            return;
        }

        if (v.Actors.FirstOrDefault(a => a.Mention.Kind == ActorKind.Civilians && !a.IsSource && a.Actor.Inter == Inter.Civilians) is { } victims)
        {
            told.Actor2 = Support(victims);
        }
    }

    /// <summary>
    /// "Militants attacked the village of X. One Dozo militiaman was killed.": a sentence that only counts victims, and
    /// counts a named armed group's or a state's forces', after an attack by a non-state group told on civilians or on no
    /// one named, names the side the attackers fought: ACLED's armed clash. (A state's forces whose attack left soldiers
    /// dead may have lost their own, or killed the wounded others carried.) Not the attackers' own dead ("four militants
    /// were killed"): a generic description of fighters names no side. The group is the toll's subject, right before its
    /// verb ("One Dozo militiaman was killed"), not a word about the victims ("the son of a police officer").
    /// </summary>
    private void ArmedCounted(SentenceView v, Frame told)
    {
        if (told.Type != Taxonomy.Attack || told.Actor1 is not { } attacker || attacker.Value.Inter is Inter.StateForces or Inter.External ||
            told.Actor2 is { Value.Inter: not Inter.Civilians })
        {
            return;
        }

        if (v.Actors.FirstOrDefault(a => !a.IsSource && a.Actor.Name != attacker.Value.Name &&
                                         (a.Mention.Kind is ActorKind.StateMilitary or ActorKind.StatePolice || a.Actor.ActorId is not null) &&
                                         a.Actor.Inter is Inter.StateForces or Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia or Inter.External &&
                                         v.Concepts.Any(c => ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token > a.Token &&
                                                             TollSubject(v, a, c.Token))) is { } fought)
        {
            told.Actor2 = Support(fought);
            told.Type = Taxonomy.ArmedClash;
        }
    }

    /// <summary>
    /// Whether the actor heads the subject of the toll word at <paramref name="toll"/>: the toll's verb stands at most
    /// <see cref="VictimTollGap"/> words after the actor's last word ("militiaman | was killed"), or after one more victim
    /// joined by a conjunction ("Four police officers and one reservist were killed"), with no other event word between.
    /// </summary>
    private bool TollSubject(SentenceView v, ActorAt a, int toll)
    {
        int end = EndToken(a.Mention);
        int gap = toll - end;
        if (gap is > 0 and <= VictimTollGap)
        {
            return true;
        }

        return gap > VictimTollGap && gap <= VictimTollGap + CoordinatedVictimWords && _conjunctions.Contains(_document.Tokens[end + 1].Norm) &&
               !Enumerable.Range(end + 1, gap - 1).Any(k => _document.Tokens[k].Norm == ",") &&
               !v.Concepts.Any(c => c.Token > end && c.Token < toll && c.Mention.Concept is not (Concepts.Passive or Concepts.Single));
    }

    /// <summary>How many tokens after the last word of a toll's subject its verb may stand ("militiaman | was killed").</summary>
    private const int VictimTollGap = 2;

    /// <summary>The words of one more victim joined to a toll's subject: the conjunction, a count and up to two words ("and one reservist").</summary>
    private const int CoordinatedVictimWords = 4;

    /// <summary>
    /// Token distance added to a count on the other side of its toll word than its victims are written: a passive toll
    /// counts those before it ("Huit militaires ont été blessés et plusieurs véhicules…" wounds eight, not several),
    /// an active one those after it.
    /// </summary>
    private const int WrongSidePenalty = 3;

    /// <summary>
    /// Whether one unnumbered death told with a crowd's demonstration, or by a verb of dying ("died": a participle with
    /// no passive auxiliary) with a riot, in a sentence where no force is used (no fire, tear gas, dispersal or attack),
    /// is the crowd's cause rather than its toll: "relatives of a trader who was killed by robbers protested", "a march
    /// over a detainee who died in a cell". "A prisoner was killed during a riot" counts.
    /// </summary>
    private static bool CrowdsCause(SentenceView v, Frame frame, ConceptMention toll, int token) =>
        (frame.Trigger.Concept == Concepts.Protest || (frame.Trigger.Concept == Concepts.Riot && toll.Form == WordForm.Participle && !v.HasNear(Concepts.Passive, token, 2, 0))) &&
        !v.Concepts.Any(c => c.Mention.Concept is Concepts.Gunfire or Concepts.TearGas or Concepts.Disperse or Concepts.Attack or Concepts.Shell or
                                                  Concepts.Explosion or Concepts.Airstrike or Concepts.Clash);

    /// <summary>Gives each toll word the nearest unused count of its sentence and adds it to the frame chosen for it.</summary>
    private void AttachTolls(SentenceView v, List<(ConceptMention Mention, int Token)> tolls, Func<int, Frame> frameFor)
    {
        var used = new HashSet<QuantityMention>();
        Supported<int>? captured = null;
        foreach (var (toll, token) in tolls)
        {
            // A passive or participle toll ("2 soldiers were killed", "1 soldier dead") counts the victims named before it.
            bool countBefore = VictimsBefore(v, toll, token);

            // "Zwei Soldaten wurden bei einem Angriff nahe Kunduz getötet": where the participle closes its clause, the
            // victims stand before the passive auxiliary that opens it; they are counted from there.
            int from = countBefore ? PassiveAuxiliaryBefore(v, token) ?? token : token;
            // "Am Montag wurden zehn Menschen bei einem Angriff getötet": a count right after that auxiliary is as near.
            // "At least 15 people, including civilians, were killed": a subset clause between adds no distance.
            // A count before the toll is as near as its last word: "at least", "more than" add no distance.
            int distance((QuantityMention Mention, int Token) q) =>
                q.Token < from ? from - EndToken(q.Mention) - SubsetClauseTokens(v, EndToken(q.Mention), from) - JoinedActorTokens(v, EndToken(q.Mention), from)
                : q.Token < token && from < token ? Math.Min(q.Token - from, token - q.Token) : Math.Abs(q.Token - token);
            // "Some 30 residents killed a man", "two gunmen shot dead a teacher": an active verb whose one victim follows
            // it counts no one before it; that count is of the ones who acted.
            bool oneObject = !countBefore && toll.Concept is Concepts.Kill or Concepts.Execute or Concepts.Wound or Concepts.Mob &&
                             SingleVictim(v, toll, token) is { } victim && victim.Start >= toll.Span.End &&
                             _document.TokenIndexAt(victim.Start) is var victimToken && v.Actors.Any(a => a.Token >= victimToken && a.Token <= victimToken + 1) &&
                             !v.HasNear(Concepts.Agent, token, 0, victimToken - token - 1);

            // The nearest count that may be the toll's, by distance and side; the first in text order among equals. A count
            // after a passive's agent marker is of the agents ("shot to death by four hooded men").
            QuantityMention? q = null;
            int nearest = 0;
            foreach (var c in v.Quantities)
            {
                if (c.Mention.Unit is null && !used.Contains(c.Mention) && distance(c) <= TollReach(countBefore, c.Token, token) && !CountsEvents(v, c) && !(oneObject && c.Token < token) &&
                    !(countBefore && c.Token > token && v.HasNear(Concepts.Agent, token, 0, c.Token - token - 1)) &&
                    !TollBetween(v, c.Token, token, toll) && !OwnedByLaterToll(v, c.Token, token) &&
                    !CloserToll(v, tolls, c.Token, EndToken(c.Mention), token))
                {
                    int rank = distance(c) + ((c.Token > token) != countBefore ? 0 : WrongSidePenalty) + (InBrackets(v, c.Token) ? WrongSidePenalty : 0);
                    if (q is null || rank < nearest)
                    {
                        (q, nearest) = (c.Mention, rank);
                    }
                }
            }

            var frame = frameFor(token);
            if (!frame.Concepts.Contains(toll))
            {
                frame.Concepts.Add(toll);
            }

            frame.ConceptNames.Add(toll.Concept);
            if (q is null)
            {
                // "killing a civilian", "a police officer was shot dead": one victim, though no number is written.
                if (toll.Concept is Concepts.Kill or Concepts.Execute && frame.Killed is null && !CrowdsCause(v, frame, toll, token) && SingleVictim(v, toll, token) is { } one)
                {
                    // "Killed an imam and his son": each relative or companion joined to the victim by a possessive is one more.
                    int dead = 1 + CompanionsAfter(v, one);
                    frame.Killed = new Supported<int>(dead, one);
                    frame.KilledLow = dead;
                    frame.KilledHigh = dead;
                }
                else if (toll.Concept == Concepts.Execute && frame.Killed is null && captured is { } captives)
                {
                    // "abducted nine people and executed them": the captives counted just before are the executed.
                    frame.Killed = captives;
                    frame.KilledLow = captives.Value;
                    frame.KilledHigh = captives.Value;
                }
                else if (toll.Concept == Concepts.Wound && frame.Wounded is null && SingleVictim(v, toll, token) is { } hurt)
                {
                    frame.Wounded = new Supported<int>(1, hurt);
                }
                else if (toll.Concept is Concepts.Capture or Concepts.Abduct or Concepts.Arrest && frame.Captured is null && SingleVictim(v, toll, token) is { } taken)
                {
                    frame.Captured = new Supported<int>(1, taken);
                }

                continue;
            }

            used.Add(q);
            int qToken = -1;
            foreach (var x in v.Quantities)
            {
                if (x.Mention == q)
                {
                    qToken = x.Token;
                    break;
                }
            }

            // "Five people, among them two children, were killed", "12 militants including 2 commanders were killed": a
            // count inside a subset clause is part of the count of the whole before it, which is the toll's.
            if (WholeOf(v, qToken, used) is { } whole)
            {
                (q, qToken) = whole;
                used.Add(q);
            }

            var value = new Supported<int>(q.Best, q.Span);

            // "six soldiers and four jihadists were killed": the victims counted in parts before a passive toll add up.
            if (toll.Concept is Concepts.Kill or Concepts.Execute && qToken < token)
            {
                var parts = new List<(QuantityMention Mention, int Token)>();
                foreach (var o in v.Quantities)
                {
                    // "2 policemen (7 according to the militants) were killed": a count in brackets is another estimate, not a part.
                    if (o.Mention.Unit is null && !used.Contains(o.Mention) && o.Token < token && token - o.Token <= 10 && !InBrackets(v, o.Token) &&
                        !TollBetween(v, o.Token, token, toll) && !CountsEvents(v, o) && !SemicolonBetween(o.Token, token))
                    {
                        parts.Add(o);
                    }
                }
                foreach (var part in parts)
                {
                    used.Add(part.Mention);
                    if (SubsetCount(v, part.Token))
                    {
                        continue;
                    }

                    value = new Supported<int>(value.Value + part.Mention.Best, TextSpan.Cover(value.Span!.Value, part.Mention.Span));
                }

                // "Two soldiers and a civilian were killed": a person named with a singular article, joined to the counted
                // victims before the toll, is one more; not in an apposition closed by a comma before the verb ("two
                // passers-by, a man and his daughter, were killed" are two).
                int verb = PassiveAuxiliaryBefore(v, token) ?? token;
                if (verb > 0 && _document.Tokens[verb - 1].Norm != ",")
                {
                    value = new Supported<int>(value.Value + SingleVictimsJoined(v, EndToken(q), token), value.Span);
                }
            }
            else if (toll.Concept is Concepts.Kill or Concepts.Execute && qToken > token && toll.Form != WordForm.Noun)
            {
                // "…, killing two soldiers and a civilian": so after an active toll, up to its clause's end.
                int stop = Math.Min(v.Sentence.FirstToken + v.Sentence.TokenCount, EndToken(q) + 1 + SingleVictimsReach);
                value = new Supported<int>(value.Value + SingleVictimsJoined(v, EndToken(q), stop, afterToll: true), value.Span);
                value = CountsJoinedAfter(v, q, stop, used, value);
            }

            // "Two policemen were killed … six militants were also killed": dead told as added to those already counted.
            // Only a verb adds: "VoJ also reported one fatality" is another source's count of the same dead.
            if (toll.Concept is Concepts.Kill or Concepts.Execute && toll.Form != WordForm.Noun && Additive(v, token))
            {
                if (frame.Killed is { } before && before.Span != value.Span)
                {
                    frame.Killed = new Supported<int>(before.Value + value.Value, before.Span);
                    frame.KilledLow = (frame.KilledLow ?? before.Value) + (value.Value == q.Best ? q.Low : value.Value);
                    frame.KilledHigh = null;
                }
                else
                {
                    frame.Killed = value;
                    frame.KilledLow = value.Value == q.Best ? q.Low : value.Value;
                    frame.KilledHigh = null;
                    frame.KilledAdded = true;
                }

                continue;
            }

            switch (toll.Concept)
            {
                case Concepts.Kill or Concepts.Execute when frame.Killed is null || value.Value > frame.Killed.Value:
                    frame.Killed = value;
                    frame.KilledLow = value.Value == q.Best ? q.Low : value.Value;
                    frame.KilledHigh = value.Value == q.Best ? q.High : null;
                    break;
                case Concepts.Wound:
                    frame.Wounded ??= value;
                    break;
                case Concepts.Capture or Concepts.Abduct or Concepts.Arrest:
                    frame.Captured ??= value;
                    captured ??= value;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Whether the token stands inside brackets opened in its sentence ("2 policemen (7 according to X)").</summary>
    private bool InBrackets(SentenceView v, int token)
    {
        for (int i = token - 1; i >= v.Sentence.FirstToken; i--)
        {
            string norm = _document.Tokens[i].Norm;
            if (norm is ")" or "]")
            {
                return false;
            }

            if (norm is "(" or "[")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words from its toll word an additive word ("were also killed", "also a militant was killed") may stand.</summary>
    private const int AdditiveReach = 3;

    /// <summary>Whether one of the language's additive words stands near the toll word, with no comma between.</summary>
    private bool Additive(SentenceView v, int token)
    {
        if (_additiveWords.Count == 0)
        {
            return false;
        }

        int first = v.Sentence.FirstToken, end = first + v.Sentence.TokenCount;
        for (int i = Math.Max(first, token - AdditiveReach); i <= Math.Min(end - 1, token + AdditiveReach); i++)
        {
            if (_additiveWords.Contains(_document.Tokens[i].Norm) && !PunctuationBetween(Math.Min(i, token), Math.Max(i, token)))
            {
                return true;
            }
        }

        return false;
    }

    private bool PunctuationBetween(int from, int to) => PunctuationBetween(_document, from, to);

    /// <summary>Whether a comma, semicolon or colon stands between two tokens (both excluded).</summary>
    internal static bool PunctuationBetween(Document document, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (document.Tokens[i].Norm is "," or ";" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a definite article stands right before the noun, or before one lower-case word before it ("the
    /// roadside bomb" is one mention; "la violenta esplosione").
    /// </summary>
    private bool AfterDefiniteArticle(ConceptMention noun)
    {
        int first = _document.TokenIndexAt(noun.Span.Start);
        for (int back = 1; back <= 2 && first - back >= 0; back++)
        {
            var t = _document.Tokens[first - back];
            if (_definiteArticles.Contains(t.Norm.TrimEnd('\'', '’')))
            {
                return true;
            }

            if (!t.Shape.Has(TokenShape.Word) || t.Shape.Has(TokenShape.Capitalised))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A toll of a hundred or more dated by a month or a year and by no day ("which began in April 2023, has killed tens
    /// of thousands"): the count of a lasting conflict, not of one event.
    /// </summary>
    private static bool CumulativeToll(SentenceView v) =>
        v.EventDates.Count > 0 && v.EventDates.All(d => d.Date is not null && d.Precision >= MonthPrecision) &&
        v.Quantities.Any(q => q.Mention.Unit is null && q.Mention.Best >= CumulativeCount);

    /// <summary>A count of the dead from which a toll dated by its month only is a conflict's, not one event's.</summary>
    private const int CumulativeCount = 100;

    /// <summary>ACLED's time_precision for a date known to its month only.</summary>
    private const int MonthPrecision = 3;

    /// <summary>Event words that also count their victims: the executed are killed, the abducted and arrested captured.</summary>
    private static readonly FrozenSet<string> CountingHeads = FrozenSet.ToFrozenSet([Concepts.Execute, Concepts.Abduct, Concepts.Arrest], StringComparer.Ordinal);

    /// <summary>How far before its participle a passive auxiliary may open the clause ("wurden … getötet").</summary>
    private const int AuxiliaryReach = 15;

    /// <summary>
    /// The passive auxiliary that opens the participle's clause, if any: the last one before it with no comma and no
    /// other toll word between ("were killed and five others wounded": "were" is the first toll's).
    /// </summary>
    /// <summary>A comma or semicolon strictly between two tokens that does not open or close a subset clause.</summary>
    private bool ClauseBreakOutsideSubset(SentenceView v, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (_document.Tokens[i].Norm is "," or ";" && !SubsetBracket(v, i))
            {
                return true;
            }
        }

        return false;
    }

    private int? PassiveAuxiliaryBefore(SentenceView v, int token)
    {
        int? found = null;
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.Passive && c.Token < token && token - c.Token <= AuxiliaryReach &&
                !ClauseBreakOutsideSubset(v, c.Token, token))
            {
                found = c.Token;
            }
            else if (found is { } aux && ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token > aux && c.Token < token)
            {
                found = null;
            }
        }

        return found;
    }

    /// <summary>The first state force of the sentence that is a party to it, not a source.</summary>
    private static Supported<ResolvedActor>? InterveningForce(SentenceView v)
    {
        foreach (var a in v.Actors)
        {
            if (!a.IsSource && !a.InSupport && a.Actor.Inter is Inter.StateForces or Inter.External)
            {
                return Support(a);
            }
        }

        return null;
    }

    /// <summary>How many words after an agent marker its actor may begin ("by the Iraqi police").</summary>
    private const int AgentReach = 3;

    /// <summary>
    /// The words from an agent marker to its actor, not counting quotation marks and the words of a count before the
    /// actor ("par « une centaine de terroristes »").
    /// </summary>
    private int WordsAfterMarker(SentenceView v, int marker, int actor)
    {
        int words = 0;
        for (int i = marker + 1; i <= actor; i++)
        {
            var t = _document.Tokens[i];
            if (t.Shape.Has(TokenShape.Punctuation) || InQuantity(v, i))
            {
                continue;
            }

            words++;
        }

        return words;
    }

    private bool InQuantity(SentenceView v, int token)
    {
        foreach (var q in v.Quantities)
        {
            if (token >= q.Token && token <= EndToken(q.Mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A year alone ("in 2014") before the report's year.</summary>
    private bool PastYear(DateMention d) => d.YearOnly && d.Date is { } date && _document.Meta.Published is { } published && date.Year < published.Year;

    /// <summary>An auxiliary of the active perfect before the token in its clause, with no passive auxiliary after it.</summary>
    private bool PerfectAuxiliaryBefore(SentenceView v, int token)
    {
        for (int i = token - 1; i >= v.Sentence.FirstToken; i--)
        {
            string norm = _document.Tokens[i].Norm;
            if (norm is "," or ";" || PassiveAt(v, i))
            {
                return false;
            }

            if (_perfectAuxiliaries.Contains(norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An auxiliary of the active perfect right before a participle, or with one word between ("hanno preso",
    /// "avrebbero ripreso", "ont pris", "han tomado"), where the participle does not close its clause: the verb is active.
    /// </summary>
    private bool PerfectAuxiliaryRightBefore(int token)
    {
        for (int i = token - 1; i >= Math.Max(0, token - 2); i--)
        {
            var t = _document.Tokens[i];
            if (t.Shape.Has(TokenShape.Punctuation))
            {
                return false;
            }

            if (_perfectAuxiliaries.Contains(t.Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PassiveAt(SentenceView v, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (t == token && c.Concept == Concepts.Passive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first actor after the subject and before a clause-final verb, in the subject's clause: the verb's object.</summary>
    private ActorAt? ObjectBeforeVerb(SentenceView v, List<ActorAt> actors, ActorAt subject, int token)
    {
        foreach (var a in actors)
        {
            if (a.Token > subject.Token && a.Token < token && !a.InSupport && !a.IsSource && a.Actor.Name != subject.Actor.Name &&
                !ClauseBreakBetween(subject.Token, token))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>
    /// A passive or participle toll whose victims come before it ("2 soldiers were killed"); not one followed at once
    /// by its count ("sono stati uccisi otto").
    /// </summary>
    private bool PassiveToll(SentenceView v, ConceptMention toll, int token) =>
        (toll.Form == WordForm.Participle || v.HasNear(Concepts.Passive, token, 2, 0) || SharesPassive(v, token)) && !QuantityAt(v, token + 1);

    /// <summary>
    /// "A man was abducted and killed", "two men were kidnapped and later killed": a verb joined by a conjunction (an
    /// adverb may stand after it) to a passive verb before it shares that verb's auxiliary.
    /// </summary>
    private bool SharesPassive(SentenceView v, int token)
    {
        for (int back = 1; back <= 2; back++)
        {
            int conjunction = token - back;
            if (conjunction <= v.Sentence.FirstToken || !_conjunctions.Contains(_document.Tokens[conjunction].Norm) ||
                (back == 2 && (InActor(v, token - 1) || QuantityAt(v, token - 1) || _document.Tokens[token - 1].Norm is "," or ";")))
            {
                continue;
            }

            foreach (var (c, t) in v.Concepts)
            {
                if (EndToken(c) == conjunction - 1 && c.Concept != Concepts.Passive && c.Form is WordForm.Past or WordForm.Participle &&
                    (c.Form == WordForm.Participle || v.HasNear(Concepts.Passive, t, 2, 0)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool QuantityAt(SentenceView v, int token)
    {
        foreach (var q in v.Quantities)
        {
            if (q.Token == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A toll whose victims are named before it: a passive or participle toll, except in a verb-first language, where
    /// the passive verb opens its clause and its victims follow it ("قتل ثلاثة جنود").
    /// </summary>
    private bool VictimsBefore(SentenceView v, ConceptMention toll, int token) => PassiveToll(v, toll, token) && !_verbInitial;

    /// <summary>"killed and 4 others were wounded": a number just before another toll whose victims precede it is that toll's count.</summary>
    private bool OwnedByLaterToll(SentenceView v, int quantity, int token)
    {
        if (quantity <= token)
        {
            return false;
        }

        foreach (var c in v.Concepts)
        {
            // Not where a nearer count stands before that toll: it is the later toll's ("погибли два человека, пятеро
            // ранены": five are wounded, two killed).
            if (ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token > quantity && c.Token - quantity <= 5 && VictimsBefore(v, c.Mention, c.Token) && !MannerWithoutAct(v, c) &&
                !v.Quantities.Any(o => o.Token > quantity && o.Token < c.Token && o.Mention.Unit is null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The singular word that names one victim of a toll without a number: after an active toll, before a passive one.
    /// A passive toll opened by a singular auxiliary ("the colonel was killed", "wurde der Kommandeur getötet") has one
    /// victim too, as has an active toll followed by a person's title ("shot dead police colonel…").
    /// </summary>
    private TextSpan? SingleVictim(SentenceView v, ConceptMention toll, int token)
    {
        bool passive = PassiveToll(v, toll, token);
        // A passive may also be followed by its one victim ("è rimasto ferito un soldato", "ранена женщина").
        var single = v.Concepts.Where(c => c.Mention.Concept == Concepts.Single &&
                                           (passive ? (c.Token < token && token - c.Token <= 6) || (c.Token > token && c.Token - token <= 2) : c.Token > token && c.Token - token <= 3) &&
                                           !TollBetween(v, c.Token, token, toll) &&
                                           // A measure counts no one ("um homem de 32 anos foi morto": an age).
                                           !v.Quantities.Any(q => q.Mention.Unit is null && q.Token > Math.Min(c.Token, token) && q.Token < Math.Max(c.Token, token)) &&
                                           // "kill policemen at a checkpoint": an article after the victims and a word more is
                                           // another noun's ("töteten Bewaffnete einen Polizisten" keeps it: subject, then object).
                                           (c.Token < token || !v.Actors.Any(a => a.Token > token && a.Token < c.Token && EndToken(a.Mention) + 1 < c.Token)))
            .Select(c => (TextSpan?)c.Mention.Span)
            .FirstOrDefault();
        if (single is not null)
        {
            return single;
        }

        // "Journalist killed in Veracruz", "Police officer dies when…": a headline's bare singular subject right before a
        // participle or an intransitive kill verb, at the head of its sentence, is one victim.
        // An active verb with its object after it ("Armed gang kills police…") has its killer before it, not a victim.
        bool noObject = token + 1 >= v.Sentence.FirstToken + v.Sentence.TokenCount || (!InActor(v, token + 1) && !QuantityAt(v, token + 1));
        bool headlineIntransitive = noObject && ((v.Sentence.IsHeadline && toll.Form == WordForm.Past) || (toll.Concept == Concepts.Kill && toll.Form == WordForm.Present));
        if ((passive || headlineIntransitive) && !_verbInitial && BareSubject(v, token) is { } subject)
        {
            return subject;
        }

        if (passive && _singularAuxiliaries.Count > 0 && PassiveAuxiliaryBefore(v, token) is { } aux &&
            v.Concepts.First(c => c.Token == aux && c.Mention.Concept == Concepts.Passive).Mention is var auxiliary &&
            _singularAuxiliaries.Contains(PhraseOf(auxiliary)) &&
            !v.Quantities.Any(q => q.Mention.Unit is null && q.Token > aux - TitleReach && q.Token < token) &&
            !v.Concepts.Any(c => c.Mention.Concept is Concepts.Negation or Concepts.Hedge && c.Token < token))
        {
            // Not in a negated or hedged clause: "no one was killed", "it was not clear whether anyone was hurt".
            return auxiliary.Span;
        }

        if (!passive)
        {
            int end = _document.TokenIndexAt(toll.Span.End);
            for (int t = end; t < end + TitleReach && t < v.Sentence.FirstToken + v.Sentence.TokenCount && !v.Quantities.Any(q => q.Token == t); t++)
            {
                if (_personTitles.Contains(_document.Tokens[t].Norm))
                {
                    return _document.Tokens[t].Span;
                }
            }

            if (NamedInApposition(v, end) is { } named)
            {
                return named;
            }

            // Only a finite verb: not "a murdered girl", "accused of killing journalist X".
            if (toll.Form is WordForm.Past or WordForm.Present && !v.HasNear(Concepts.Single, token, 1, 0) &&
                BareSingular(v, end) is { } bare)
            {
                return bare;
            }

            // "Asesinaron a Jorge Rivas, un líder comunitario": a function word in lower case may come first.
            if (end < v.Sentence.FirstToken + v.Sentence.TokenCount && _stopWords.Contains(_document.Tokens[end].Norm) &&
                !_document.Tokens[end].Shape.Has(TokenShape.Capitalised) && !Mentioned(v, end))
            {
                return NamedInApposition(v, end + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// "Militia kills civilian", "police kill OLF insurgent": a person's description starting right after an active kill
    /// verb, or after one capitalised name, with no article or count, whose last word ends in none of the language's
    /// plural endings, is one victim. Languages that list no ending never read a bare noun so.
    /// </summary>
    private TextSpan? BareSingular(SentenceView v, int end)
    {
        foreach (var a in v.Actors)
        {
            if ((a.Token == end || (a.Token == end + 1 && _document.Tokens[end].Shape.Has(TokenShape.Capitalised))) && SingularPerson(a))
            {
                return a.Mention.Span;
            }
        }

        return null;
    }

    /// <summary>
    /// The person's description that opens the sentence and ends right before the toll word, with no article or count,
    /// whose last word ends in none of the language's plural endings ("Journalist killed", "Police officer dies").
    /// </summary>
    private TextSpan? BareSubject(SentenceView v, int token)
    {
        foreach (var a in v.Actors)
        {
            if (a.Token == v.Sentence.FirstToken && EndToken(a.Mention) == token - 1 && SingularPerson(a))
            {
                return a.Mention.Span;
            }
        }

        return null;
    }

    /// <summary>
    /// A generic description of people (no named organisation) whose last word ends in none of the language's plural
    /// endings; never in a language that lists none.
    /// </summary>
    private bool SingularPerson(ActorAt a) =>
        _pluralEndings.Count > 0 && a.Mention.ActorId is null &&
        a.Mention.Kind is ActorKind.Civilians or ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.Militants or ActorKind.Rebels &&
        !_pluralEndings.Any(e => _document.Tokens[EndToken(a.Mention)].Norm.EndsWith(e, StringComparison.Ordinal));

    /// <summary>How many words a person's name written after a toll may have.</summary>
    private const int NameReach = 4;

    /// <summary>
    /// "Gunmen shot dead Ali Hassan, a local council member", "ont tué Ahmed Saleh, un commerçant": one person, named (a
    /// capitalised name that is no actor, place or lexicon word) and described after a comma by one of the language's
    /// SINGLE words. The name is evidence only (Polemos profiles nobody).
    /// </summary>
    private TextSpan? NamedInApposition(SentenceView v, int from)
    {
        int stop = v.Sentence.FirstToken + v.Sentence.TokenCount;
        int t = from;
        while (t < stop && t - from < NameReach && _document.Tokens[t].Shape.Has(TokenShape.Word | TokenShape.Capitalised) && !Mentioned(v, t))
        {
            t++;
        }

        if (t == from || t + 1 >= stop || _document.Tokens[t].Norm != ",")
        {
            return null;
        }

        foreach (var (c, at) in v.Concepts)
        {
            if (at == t + 1 && c.Concept == Concepts.Single)
            {
                return TextSpan.Cover(_document.Tokens[from].Span, c.Span);
            }
        }

        return null;
    }

    /// <summary>Whether a token lies in a recognised mention of its sentence (a concept, an actor, a place, a count).</summary>
    private bool Mentioned(SentenceView v, int token)
    {
        var span = _document.Tokens[token].Span;
        foreach (var (c, _) in v.Concepts)
        {
            if (c.Span.Contains(span))
            {
                return true;
            }
        }

        foreach (var a in v.Actors)
        {
            if (a.Mention.Span.Contains(span))
            {
                return true;
            }
        }

        foreach (var (p, _) in v.Places)
        {
            if (p.Span.Contains(span))
            {
                return true;
            }
        }

        foreach (var (q, _) in v.Quantities)
        {
            if (q.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far from a toll a person's title, or a number that makes a singular auxiliary's victims many, may stand.</summary>
    private const int TitleReach = 3;

    /// <summary>
    /// A count nearer another toll word of the sentence is that word's ("four killed and five others wounded": five
    /// is the wounded count); at equal distance it belongs to the toll word it stands before, as numbers precede
    /// their nouns and participles.
    /// </summary>
    /// <remarks>
    /// A count written after a passive toll is on that toll's wrong side and weighs <see cref="WrongSidePenalty"/> more
    /// for it ("12 died and 5, a commander among them, were wounded": five is the wounded count).
    /// </remarks>
    private bool CloserToll(SentenceView v, List<(ConceptMention Mention, int Token)> tolls, int first, int last, int token)
    {
        // A passive toll's victims are counted up to its auxiliary ("nine officers were injured": nine is one word from it).
        int Distance((ConceptMention Mention, int Token) t)
        {
            bool passive = VictimsBefore(v, t.Mention, t.Token);
            if (t.Token > last)
            {
                return (passive && PassiveAuxiliaryBefore(v, t.Token) is { } aux && aux > last ? aux : t.Token) - last;
            }

            return first - t.Token + (passive && t.Token < first ? WrongSidePenalty : 0);
        }

        int own = int.MinValue;
        bool found = false;
        foreach (var t in tolls)
        {
            if (t.Token == token)
            {
                own = Distance(t);
                found = true;
                break;
            }
        }

        if (!found)
        {
            throw new InvalidOperationException("the toll is not among the sentence's tolls");
        }

        foreach (var o in tolls)
        {
            if (o.Token != token && (Distance(o) < own || (Distance(o) == own && o.Token > last && token < first)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after a subset word ("including", "dont", "darunter") a count is read as part of another count.</summary>
    private const int SubsetReach = 8;

    /// <summary>How far before a subset word the count of the whole may end ("five people, among them").</summary>
    private const int WholeReach = 4;

    /// <summary>
    /// The subset word whose clause holds the count: "including five soldiers and two policemen" holds both; a
    /// comma, a toll word or a passive auxiliary closes it.
    /// </summary>
    private static bool PassiveOrTollBetween(SentenceView v, int from, int to)
    {
        foreach (var o in v.Concepts)
        {
            if (o.Token > from && o.Token < to && (o.Mention.Concept == Concepts.Passive || ConceptClasses.Tolls.Contains(o.Mention.Concept)))
            {
                return true;
            }
        }

        return false;
    }

    private int? SubsetMarkerBefore(SentenceView v, int quantity)
    {
        for (int k = v.Concepts.Count - 1; k >= 0; k--)
        {
            var c = v.Concepts[k];
            if (c.Mention.Concept != Concepts.Subset)
            {
                continue;
            }

            int end = EndToken(c.Mention);
            if (end >= quantity || quantity - end > SubsetReach)
            {
                continue;
            }

            bool closed = ClauseBreakBetween(end, quantity) || PassiveOrTollBetween(v, end, quantity);
            return closed ? null : c.Token;
        }

        return null;
    }

    /// <summary>
    /// A comma that opens or closes a subset clause ("zehn Menschen, darunter drei Polizisten, … getötet"): it does not
    /// end the clause of the count it belongs to.
    /// </summary>
    private bool SubsetBracket(SentenceView v, int comma) =>
        v.Concepts.Any(c => c.Mention.Concept == Concepts.Subset &&
                            (c.Token == comma + 1 ||
                             (EndToken(c.Mention) < comma && comma - EndToken(c.Mention) <= SubsetReach + 1 &&
                              c.Token > 0 && _document.Tokens[c.Token - 1].Norm == "," &&
                              !Enumerable.Range(EndToken(c.Mention) + 1, comma - EndToken(c.Mention) - 1).Any(i => _document.Tokens[i].Norm is "," or ";"))));

    /// <summary>How many words may stand between a count and the comma of its subset clause ("17 Islamic State fighters,").</summary>
    private const int CountedWordsReach = 4;

    /// <summary>
    /// Whether a token lies in a subset clause a comma opens after a count ("17 assailants, including three suicide
    /// bombers,"); not in one that describes the attackers ("Assailants, including two suicide bombers, attacked").
    /// </summary>
    private bool InSubsetClause(SentenceView v, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept != Concepts.Subset || t >= token || t == v.Sentence.FirstToken || _document.Tokens[t - 1].Norm != "," ||
                !v.Quantities.Any(q => q.Token < t - 1 && t - 1 - EndToken(q.Mention) <= CountedWordsReach))
            {
                continue;
            }

            bool closed = false;
            for (int i = EndToken(c) + 1; i < token; i++)
            {
                closed |= _document.Tokens[i].Norm is "," or ";" or ".";
            }

            if (!closed && token - t <= SubsetReach + 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many tokens strictly between two tokens name further actors joined to the first by a conjunction or a comma,
    /// outside brackets: "23 soldiers and Kata'ib Hezbollah (KH) fighters died" counts both, as near as "23 soldiers
    /// died"; so do people named with a singular article ("three policemen, a soldier and a child").
    /// </summary>
    private int JoinedActorTokens(SentenceView v, int from, int to)
    {
        int n = 0;
        bool joined = false;
        int depth = 0;
        for (int i = from + 1; i < to; i++)
        {
            string norm = _document.Tokens[i].Norm;
            depth += norm == "(" ? 1 : norm == ")" ? -1 : 0;
            if (depth > 0 || norm is "(" or ")")
            {
                continue;
            }

            // A person with a singular article joins as well ("three policemen, a soldier and a child were killed").
            bool next = i + 1 < to && (InActor(v, i + 1) || (i + 2 < to && SingleAt(v, i + 1) && InActor(v, i + 2)));
            if (Joiner(norm) && i > from + 1 && InActor(v, i - 1) && next)
            {
                joined = true;
                n++;
            }
            else if (joined && (InActor(v, i) || SingleAt(v, i)))
            {
                n++;
            }
        }

        return n;
    }

    private static bool SingleAt(SentenceView v, int token) =>
        v.Concepts.Any(c => c.Token == token && c.Mention.Concept == Concepts.Single);

    private bool InActor(SentenceView v, int token)
    {
        var span = _document.Tokens[token].Span;
        foreach (var a in v.Actors)
        {
            if (a.Mention.Span.Start <= span.Start && span.End <= a.Mention.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens strictly between two tokens lie in a subset clause bracketed by commas (", including civilians,") or in brackets ("(SDF)").</summary>
    private int SubsetClauseTokens(SentenceView v, int from, int to)
    {
        int n = 0;
        for (int i = from + 1; i < to; i++)
        {
            // "Three Syrian Democratic Forces (SDF) fighters were killed": a bracket (an abbreviation, an aside) adds no distance either.
            if (_document.Tokens[i].Norm == "(")
            {
                int shut = i + 1;
                while (shut < to && _document.Tokens[shut].Norm is not (")" or "("))
                {
                    shut++;
                }

                if (shut < to && _document.Tokens[shut].Norm == ")")
                {
                    n += shut - i + 1;
                    i = shut;
                    continue;
                }
            }

            if (_document.Tokens[i].Norm == "," && SubsetBracket(v, i) && i + 1 < to &&
                v.Concepts.Any(c => c.Mention.Concept == Concepts.Subset && c.Token == i + 1))
            {
                int close = i + 1;
                while (close < to && _document.Tokens[close].Norm != ",")
                {
                    close++;
                }

                if (close < to)
                {
                    n += close - i + 1;
                    i = close;
                }
            }
        }

        return n;
    }

    /// <summary>
    /// A number written right before an event noun counts events, not victims: "bei beiden Anschlägen", "two car bombs"
    /// (the word right after the number is the noun, and no actor: "50 участников несогласованной акции" counts people).
    /// </summary>
    private bool CountsEvents(SentenceView v, (QuantityMention Mention, int Token) q) =>
        CountsEvents(_document, v, q.Token, EndToken(q.Mention), _definiteArticles);

    /// <summary>
    /// Whether the number (or "both") written from token <paramref name="first"/> to <paramref name="last"/> counts events:
    /// the word right after it, or after a definite article ("entrambi gli attentati"), is the event noun.
    /// </summary>
    internal static bool CountsEvents(Document document, SentenceView v, int first, int last, IReadOnlySet<string> articles)
    {
        int next = last + 1 < document.Tokens.Count && articles.Contains(document.Tokens[last + 1].Norm) ? last + 2 : last + 1;
        foreach (var (c, t) in v.Concepts)
        {
            if (t <= last)
            {
                continue;
            }

            if (t != next || !ConceptClasses.CountsAsEvent(c))
            {
                return false;
            }

            foreach (var a in v.Actors)
            {
                if (a.Token >= first && a.Token <= t)
                {
                    return false; // people ("20 manifestantes": a protest word that names the protesters)
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>A count inside a subset clause: a part of the count before it, never added to it.</summary>
    private bool SubsetCount(SentenceView v, int quantity) => SubsetMarkerBefore(v, quantity) is not null;

    /// <summary>The unused count of the whole that a subset count belongs to, if the subset word has one before it.</summary>
    private (QuantityMention Mention, int Token)? WholeOf(SentenceView v, int quantity, HashSet<QuantityMention> used)
    {
        if (SubsetMarkerBefore(v, quantity) is not { } m)
        {
            return null;
        }

        return v.Quantities.Where(o => o.Mention.Unit is null && !used.Contains(o.Mention) && o.Token < m && m - EndToken(o.Mention) <= WholeReach)
            .OrderByDescending(o => o.Token)
            .Select(o => ((QuantityMention, int)?)o)
            .FirstOrDefault();
    }

    private int LastToken(Mention m) => _document.TokenIndexAt(m.Span.End - 1);

    /// <summary>The index of the mention's last token (the last one that starts inside its span).</summary>
    private int EndToken(Mention m) => _document.TokenIndexAt(m.Span.End) - 1;

    private static bool TollBetween(SentenceView v, int a, int b, ConceptMention self)
    {
        int lo = Math.Min(a, b), hi = Math.Max(a, b);
        foreach (var c in v.Concepts)
        {
            if (c.Mention != self && ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Token > lo && c.Token < hi)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The codebook's distinctions that depend on the arguments (who did it to whom, with what).</summary>
    private void Refine(SentenceView v, Frame f)
    {
        // "Staged a protest against the prior killing of a leader during a clash with police": a clash named after a
        // demonstration's grievance or a prior event is what the crowd protests, not what it did.
        if (f.Trigger.Concept == Concepts.Clash && f.Trigger.Form is not (WordForm.Past or WordForm.Participle))
        {
            int at = TriggerToken(v, f);
            f.ToldAsCause = v.Concepts.Any(p => p.Mention.Concept == Concepts.Protest && p.Token < at &&
                                                v.Concepts.Any(g => g.Mention.Concept is Concepts.Grievance or Concepts.Prior && g.Token > p.Token && g.Token < at));
        }

        // "Ukrainian troops destroyed an enemy column", "destroyed two tanks of the other side": an
        // armed side that destroyed what another armed side fields fought it from afar (ACLED's shelling: the weapon is
        // rarely named), not property destruction, which is done to civilians' goods. Not a base, a hideout or a tunnel
        // destroyed (an installation: property destruction), nor one told with the clash it was part of.
        if (f.Type == Taxonomy.LootingDestruction && f.Trigger.Concept == Concepts.Destroy && f.Trigger.Form is WordForm.Past or WordForm.Present &&
            f.Actor1?.Value.Inter is Inter.StateForces or Inter.External or Inter.Rebels or Inter.PoliticalMilitia &&
            f.Actor2?.Value is { Inter: Inter.StateForces or Inter.External or Inter.Rebels or Inter.PoliticalMilitia } fielded && fielded.Name != f.Actor1.Value.Name &&
            !v.Has(Concepts.Installation) && !ParagraphOf(f.Sentence).Any(p => p.Has(Concepts.Clash)))
        {
            f.Type = Taxonomy.Shelling;
        }

        // "Grenades dropped from an unmanned aerial vehicle", "a drone dropped an explosive device": grenades
        // or explosives a drone in the sentence delivered are a drone strike.
        if ((f.Type == Taxonomy.Grenade || f.Type == Taxonomy.RemoteExplosive) && v.Concepts.Any(c => c.Mention.Concept == Concepts.Drone && !Negated(v, c.Token)))
        {
            f.Type = Taxonomy.AirDroneStrike;
        }

        // "Students violently protested": a demonstration told in a brutal manner is a violent one.
        if (f.Type == Taxonomy.PeacefulProtest && ProtestedBrutally(v, f))
        {
            f.Type = Taxonomy.ViolentDemonstration;
        }

        // "Militants seized motorbikes belonging to teachers": a one-word verb of taking whose object names no ground
        // (no place, area, installation, weapon or people) took goods: ACLED's looting, not a territory change.
        if (f.Type == Taxonomy.NonStateOvertakes || f.Type == Taxonomy.GovernmentRegains)
        {
            if (TookGoods(v, f))
            {
                // "Attacked a village, killed three people and seized livestock", "shot dead a herder and seized two
                // motorbikes": goods taken in an act of violence against people are part of that attack (ACLED codes
                // the attack); only goods taken alone are looting.
                f.Type = f.Concepts.Any(c => ConceptClasses.IsViolence(c.Concept)) ? Taxonomy.Attack : Taxonomy.LootingDestruction;
            }
        }

        // "Three men attacked the official", "four individuals opened fire at the police station": plain words for people
        // as the subject of an attack are unidentified assailants, not a crowd (see LanguageData.AssailantWords).
        if (f.Actor1 is { Value.Inter: Inter.Civilians, Span: { } said } && _assailantWords.Contains(_document.Tokens[_document.TokenIndexAt(said.End) - 1].Norm) &&
            f.Trigger.Concept is Concepts.Attack or Concepts.Gunfire && f.Trigger.Form is WordForm.Past or WordForm.Present &&
            !v.HasNear(Concepts.Passive, TriggerToken(v, f), 3, 0) &&
            _resolver.Resolve(new ActorMention(said, ActorKind.Unidentified)) is { } assailants)
        {
            f.Actor1 = new Supported<ResolvedActor>(assailants, said);
        }

        // "Two soldiers were shot dead by a man", "a man opened fire on police officers": a plain word for people who
        // kill, shoot or attack a state's forces or an armed group, active or passive, is an unidentified armed assailant
        // fighting them (ACLED's armed clash), not a civilian victim of the forces.
        if (f.Actor1 is { Value.Inter: Inter.Civilians, Span: { } shooter } &&
            _loneAssailantWords.Contains(TextFold.Fold(_document.Tokens[_document.TokenIndexAt(shooter.End) - 1].Norm)) &&
            f.Trigger.Concept is Concepts.Attack or Concepts.Gunfire or Concepts.Kill or Concepts.Wound && IsCombatant(f.Actor2?.Value) &&
            _resolver.Resolve(new ActorMention(shooter, ActorKind.Unidentified)) is { } gunman)
        {
            f.Actor1 = new Supported<ResolvedActor>(gunman, shooter);
        }

        // "Gunmen killed two government officials", "militants kidnapped a local government official": a state's officials
        // killed, hurt or seized by an armed party are civilians in ACLED's coding (their government an associate), not
        // its forces (see OfficialsNamed).
        if (f.Actor2 is { Span: { } officials } &&
            v.Actors.Any(a => a.Mention.Span == officials && a.Mention.Kind == ActorKind.StateGovernment) &&
            OfficialsNamed(officials) && IsCombatant(f.Actor1?.Value) &&
            f.Trigger.Concept is Concepts.Kill or Concepts.Wound or Concepts.Attack or Concepts.Gunfire or Concepts.Abduct or Concepts.Execute &&
            _resolver.Resolve(new ActorMention(officials, ActorKind.Civilians)) is { } asCivilians)
        {
            f.Actor2 = new Supported<ResolvedActor>(asCivilians, officials);
        }

        // "Assailants assaulted and injured a journalist", "unidentified persons beat a shopkeeper": people beating someone,
        // with no arms told in the sentence, are a crowd turned violent (ACLED's mob violence), not an armed group attacking.
        if (f.Type == Taxonomy.Attack && f.Actor1 is { Span: { } beaters } && BeatenByHand(v, f, beaters) &&
            _resolver.Resolve(new ActorMention(beaters, ActorKind.Civilians)) is { } crowdOf)
        {
            f.Actor1 = new Supported<ResolvedActor>(crowdOf, beaters);
            f.Type = Taxonomy.ViolentDemonstration;
            CiviliansAsVictims(f);
        }

        // ACLED never codes civilians as the authors of violence: people who together attacked, beat or fought
        // others, or wrecked, burnt or looted property ("villagers beat a suspected thief", "two groups of locals
        // clashed", "members of a party vandalised a rival's office"; not "three people torched two cars", a few
        // people counted, who are rather the suspects of a crime against property) are a crowd turned violent, a
        // mob unless a demonstration is told (see Build). Where gunmen or a named group are in the sentence, the
        // civilians are rather their victims or witnesses; people beaten in arrests ("beaten during the detentions")
        // were beaten by those who arrested them. Communities whose clash killed ("herders of two communities clashed,
        // leaving three dead") fought as militias: see CommunalMilitia; a brawl that only injured stays a mob's.
        if ((f.Type == Taxonomy.Attack || f.Type == Taxonomy.ArmedClash || f.Type == Taxonomy.LootingDestruction) && f.Actor1 is { Value.Inter: Inter.Civilians } &&
            (f.Trigger.Concept is Concepts.Attack or Concepts.Clash ||
             (f.Trigger.Concept is Concepts.Destroy or Concepts.Burn or Concepts.Loot && !FewPeople(v, f.Actor1) &&
              (f.Actor1.Span is not { } wreckers || !ObjectOfAnAct(v, wreckers)))) &&
            f.Trigger.Form is WordForm.Past or WordForm.Present &&
            !v.HasNear(Concepts.Passive, TriggerToken(v, f), 3, 0) && !v.Has(Concepts.Arrest) &&
            !MentionsIn(v, v.Sentence.FirstToken).Any(m => m.Kind is ActorKind.Militants or ActorKind.Rebels or ActorKind.Named or ActorKind.Unidentified) &&
            !(f.Trigger.Concept == Concepts.Clash && f.Killed is { Value: > 0 } && CommunalMilitia(v, f) is not null))
        {
            f.Type = Taxonomy.ViolentDemonstration;

            if (f.Trigger.Concept == Concepts.Attack)
            {
                CiviliansAsVictims(f);
            }
        }

        bool crowd = f.Type?.EventType is Taxonomy.Protests or Taxonomy.Riots;

        // Civilians are victims in ACLED's coding, never the perpetrators of political violence.
        if (!crowd && f.Actor1 is { Value.Inter: Inter.Civilians } civ)
        {
            f.Actor1 = f.Actor2 is { Value.Inter: not Inter.Civilians } other ? other : null;
            f.Actor2 = civ;
        }

        if (crowd && f.Actor1 is { Value.Inter: Inter.Civilians } people)
        {
            f.Actor1 = people with { Value = people.Value with { Name = "Protesters" + people.Value.Name["Civilians".Length..], Inter = Inter.Protesters, Kind = ActorKind.Protesters } };
        }

        // In a demonstration the crowd is actor1; the police or anyone else it faces is actor2.
        if (crowd && f.Actor1 is { Value.Inter: not (Inter.Protesters or Inter.Rioters) } other1 && other1.Value.Kind != ActorKind.StateGovernment)
        {
            var crowdActor = f.Actor2 is { Value.Inter: Inter.Protesters or Inter.Rioters or Inter.Civilians } c2 ? c2 : null;
            f.Actor2 = other1;
            f.Actor1 = crowdActor;
            if (crowdActor is { Value.Inter: Inter.Civilians } civ2)
            {
                f.Actor1 = civ2 with { Value = civ2.Value with { Name = "Protesters" + civ2.Value.Name["Civilians".Length..], Inter = Inter.Protesters, Kind = ActorKind.Protesters } };
            }
        }

        var a1 = f.Actor1?.Value;
        var a2 = f.Actor2?.Value;
        bool civiliansHit = a2?.Inter == Inter.Civilians;
        bool protest = (f.ConceptNames.Contains(Concepts.Protest) || v.Has(Concepts.Protest)) &&
                       !(f.Type == Taxonomy.Arrests && ProtestsAreCharges(v));
        var names = f.ConceptNames;

        // "Fired upon another drone", "opened fire on a drone": fire whose object, right after its verb, is a drone or a
        // missile is an attempt to bring it down, ACLED's disrupted weapons use, not a drone strike.
        if (f.Type == Taxonomy.AirDroneStrike && f.Trigger.Concept == Concepts.Gunfire && f.Trigger.Form is WordForm.Past or WordForm.Present &&
            v.Concepts.Any(c => c.Mention.Concept is Concepts.Drone or Concepts.Missile && c.Mention.Form == WordForm.Noun &&
                                c.Token > TriggerToken(v, f) && c.Token - EndToken(f.Trigger) <= FiredAtReach))
        {
            f.Type = Taxonomy.DisruptedWeapons;
        }

        // Heavy weapons fired together with small arms at the other side ("fired mortars, grenade launchers and small
        // arms on the army's positions"), or explosions and shots a monitor counted with no side named, are fighting at
        // close range: ACLED's armed clash, not shelling. Fire of one side at villages or farms stays shelling.
        if ((f.Type == Taxonomy.Shelling || (f.Type == Taxonomy.RemoteExplosive && f.Concepts.All(c => c.Concept is Concepts.Gunfire or Concepts.Shell ||
                                                                  (c.Concept == Concepts.Explosion && c.Form == WordForm.Noun)))) &&
            f.Concepts.Any(c => c.Concept == Concepts.Gunfire && c.Form == WordForm.Noun) &&
            (IsCombatant(f.Actor2?.Value) || (f.Actor1 is null && f.Actor2 is null)))
        {
            f.Type = Taxonomy.ArmedClash;
        }

        if (ConceptClasses.IsTerritoryType(f.Type))
        {
            // With no side named, the verb says who won: "recaptured", "liberated" is ground regained.
            f.Type = a1 is null ? f.Type : a1.Inter == Inter.StateForces ? Taxonomy.GovernmentRegains : Taxonomy.NonStateOvertakes;
            if (names.Contains(Concepts.TakeControl) || names.Contains(Concepts.Retake))
            {
                f.TerritoryChange = false;
            }
        }
        else if (f.Type == Taxonomy.PeacefulProtest && ProtestsAreCharges(v) &&
                 v.Concepts.Any(c => c.Mention.Concept == Concepts.Arrest && !InGrievance(v, c.Token)))
        {
            // "Security forces detain people who organise demonstrations": the demonstration is the charge, the event
            // the arrest of its participants.
            f.Type = Taxonomy.Arrests;
            if (a1?.Inter is Inter.Protesters)
            {
                (f.Actor1, f.Actor2) = (null, f.Actor1);
            }
        }
        else if (f.Type == Taxonomy.PeacefulProtest || (protest && f.Type == Taxonomy.Arrests))
        {
            // A crowd the report calls rioters is a violent demonstration, whatever its verb.
            if (names.Contains(Concepts.Riot) || names.Contains(Concepts.Burn) || names.Contains(Concepts.Loot) || names.Contains(Concepts.Destroy) ||
                a1?.Inter == Inter.Rioters)
            {
                f.Type = Taxonomy.ViolentDemonstration;
            }
            else if ((f.Killed is { Value: > 0 } && !names.Contains(Concepts.Riot)) || BrutalIntervention(v) || (Intervened(v) && SeriousWound(v)))
            {
                f.Type = Taxonomy.ExcessiveForce;
            }
            else if (v.Concepts.Any(c => c.Mention.Concept is Concepts.TearGas or Concepts.Disperse or Concepts.Arrest && !InGrievance(v, c.Token) &&
                                         !ArrestBefore(v, c)))
            {
                f.Type = Taxonomy.ProtestWithIntervention;
            }
            else
            {
                f.Type = Taxonomy.PeacefulProtest;
            }

            if (a1 is not null && a1.Inter is not (Inter.Protesters or Inter.Rioters) && a1.Kind != ActorKind.StateGovernment)
            {
                f.Actor2 ??= f.Actor1;
                f.Actor1 = null;
            }

            // "La polizia ha disperso una manifestazione di studenti": the demonstration's noun took its crowd from the
            // words after it; the state force that intervened, named in its sentence, is the second actor.
            if (f.Type == Taxonomy.ProtestWithIntervention || f.Type == Taxonomy.ExcessiveForce)
            {
                f.Actor2 ??= InterveningForce(v);
            }

            if (f.Type.EventType == Taxonomy.Riots && f.Actor1 is { Value.Inter: Inter.Protesters } p)
            {
                f.Actor1 = p with { Value = p.Value with { Name = "Rioters" + p.Value.Name["Protesters".Length..], Inter = Inter.Rioters, Kind = ActorKind.Rioters } };
            }

            // The people of a demonstration are its crowd ("demonstrierten ... mehrere hundert Menschen", the subject
            // after its verb), never its victims: ACLED codes no civilians as a protest's second actor.
            if (f.Type.EventType == Taxonomy.Protests && f.Actor2 is { Value.Inter: Inter.Civilians })
            {
                f.Actor2 = null;
                civiliansHit = false;
            }
        }
        else if (f.Type == Taxonomy.RemoteExplosive && v.Has(Concepts.Suicide))
        {
            f.Type = Taxonomy.SuicideBomb;
        }
        else if (f.Type == Taxonomy.Attack || f.Type == Taxonomy.ArmedClash)
        {
            if (civiliansHit && names.Contains(Concepts.Clash) && IsCombatant(a1) &&
                v.Actors.FirstOrDefault(a => !a.IsSource && !a.InSupport && IsCombatant(a.Actor) && a.Actor.Name != a1!.Name &&
                                             !(a.Actor.Inter == Inter.StateForces && a1.Inter == Inter.StateForces)) is { } side)
            {
                // "During the shoot-out between bandits and soldiers one civilian was killed": civilians caught in
                // fighting between two armed sides are its toll; the fighting is the event (ACLED's armed clash).
                f.Actor2 = Support(side);
                f.Type = Taxonomy.ArmedClash;
                civiliansHit = false;
            }
            else if (civiliansHit && names.Contains(Concepts.Clash) && IsCombatant(a1) && a1!.Inter != Inter.StateForces &&
                     f.Actor1 is { } groups && CountedAsTwo(v, groups))
            {
                // "Six people, among them a civilian, were killed in clashes between two armed groups": one description
                // counted as two names both sides of the fighting (named once, as actor1); its dead are the clash's toll.
                f.Actor2 = null;
                f.Type = Taxonomy.ArmedClash;
                civiliansHit = false;
            }
            else if (civiliansHit && names.Contains(Concepts.Clash) && IsCombatant(a1) && a1!.Inter != Inter.StateForces &&
                     MentionsIn(v, v.Sentence.FirstToken).Any(m => m.Kind is ActorKind.StateMilitary or ActorKind.StatePolice && !v.Actors.Any(a => a.Mention == m)))
            {
                // The same with soldiers or police that no country names ("the shoot-out between bandits and soldiers"
                // in a report that names no country): the fighting is the event, its other side unnamed.
                f.Actor2 = null;
                f.Type = Taxonomy.ArmedClash;
                civiliansHit = false;
            }
            else if (civiliansHit && f.Trigger.Concept == Concepts.Clash && !names.Contains(Concepts.Attack) && a1 is null or { Kind: ActorKind.Unidentified } &&
                     CommunalMilitia(v, f) is { } militia)
            {
                // "Three people were killed in inter-communal clashes", "fighting between two clans left four dead": fighting
                // between communities is an armed clash between their militias, both sides of it; the dead are its toll.
                f.Actor1 = militia;
                f.Actor2 = militia;
                f.Type = Taxonomy.ArmedClash;
                civiliansHit = false;
            }
            else if (civiliansHit && f.Trigger.Concept == Concepts.Clash && !names.Contains(Concepts.Attack) && f.Killed is null && f.Wounded is null &&
                     f.Captured is null && Fleeing(v, f.Actor2!))
            {
                // "Heavy fighting broke out, forcing thousands of civilians to flee": people the fighting drove away, with
                // no one said to be killed or hurt, are no side and no victims of it; the fighting stays an armed clash.
                f.Actor2 = null;
                f.Type = Taxonomy.ArmedClash;
                civiliansHit = false;
            }
            else if (civiliansHit)
            {
                f.Type = Taxonomy.Attack;
            }
            else if (IsCombatant(a2))
            {
                f.Type = Taxonomy.ArmedClash;
            }
            else if ((f.Type == Taxonomy.Attack || ConceptClasses.Tolls.Contains(f.Trigger.Concept)) && a2 is null &&
                     v.Actors.FirstOrDefault(a => a.Actor.Inter == Inter.Civilians && !a.IsSource) is { } victims)
            {
                // The victims are named elsewhere in the sentence ("…, killing five villagers", "a man's body was
                // found, killed by gunmen"): civilians killed are an attack, even when only the toll tells of it.
                f.Actor2 = Support(victims);
                f.Type = Taxonomy.Attack;
            }
            else if (f.Type == Taxonomy.Attack && a2 is null &&
                     (!(f.Trigger.Concept == Concepts.Attack && f.Trigger.Form == WordForm.Noun) || ActiveTollByActor1Before(v, f)) &&
                     OtherCombatant(v, f) is { } target)
            {
                // The target is named away from the trigger ("killed a police officer with sniper fire", "a soldier
                // was shot dead by snipers"): an attack on an armed party is fighting, not violence against civilians.
                // "Two soldiers and three gunmen were killed in the attack" counts the victims of an attack told
                // before; it names no new parties.
                f.Actor2 = Support(target);
                f.Type = Taxonomy.ArmedClash;
            }
            else if (a2 is null && IsCombatant(a1) && HurtPeople(v, f) && !ArmedPartyNamed(v, f) && !v.Has(Concepts.Installation) &&
                     !FightingTold(f.Sentence))
            {
                // "Gunmen shot dead a village elder", "police shot dead a shopkeeper": an armed party that killed
                // or hurt people it does not name as fighters, nor at a post of theirs ("attacked a checkpoint"), with
                // no fighting told in the paragraph, used one-sided violence (ACLED's attack); a clash needs two armed sides.
                f.Type = Taxonomy.Attack;
            }
            else if (f.Type == Taxonomy.Attack && a2 is null)
            {
                // An attack on nobody named: ACLED calls it an attack when the victims are civilians, which the
                // report would say; without that, armed actors fighting is the safer reading. Police or soldiers
                // attacked in a report that names no country ("attacked the gendarmerie") are fighting too, though
                // no ACLED name can be given them, and so is an attack that an armed party suffered wherever the
                // sentence names it ("four policemen died in an attack by militants") or on a post of theirs
                // ("an attack by militants on a checkpoint"). Fire told by its weapons or shots alone, with no one
                // named and no one hurt ("bursts of machine-gun fire near the front line"), is an exchange of fire.
                f.Type = a1?.Inter == Inter.StateForces || UnnamedForcesHit(v, f) || OtherSideNamed(v, f) || PostAttacked(v, f) ||
                         (a1 is null && FireOnly(f))
                    ? Taxonomy.ArmedClash : Taxonomy.Attack;
            }

            // People captured, not fighters of the other side ("captured two rebels" stays fighting), are arrested.
            if (f.Type == Taxonomy.ArmedClash && f.Captured is not null && f.Killed is null && !names.Contains(Concepts.Clash) &&
                f.Trigger.Concept == Concepts.Capture && !IsCombatant(f.Actor2?.Value))
            {
                f.Type = Taxonomy.Arrests;
            }
        }
        else if (f.Type == Taxonomy.Abduction && a1 is not null && IsCombatant(a2))
        {
            // Soldiers or fighters seized by the other side are combatants taken in fighting, not civilians disappeared.
            f.Type = Taxonomy.ArmedClash;
        }

        else if (f.Type == Taxonomy.Arrests && !protest && a1?.Inter is Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia)
        {
            // Only a state arrests: people an armed group detains are abducted.
            f.Type = Taxonomy.Abduction;
        }
        else if ((f.Type == Taxonomy.Arrests && !protest || f.Type == Taxonomy.Abduction) && ViolenceToTheArrested(v, f))
        {
            // "Soldiers arrested and executed six men", "gendarmes arrested and severely wounded two herders", "gunmen
            // abducted and tortured two traders": violence done to the people arrested or abducted, told by a verb beside
            // the arrest's or the abduction's, is ACLED's attack on civilians; the seizure is its prelude.
            f.Type = Taxonomy.Attack;
        }
        else if (f.Type == Taxonomy.Arrests && !protest && f.Killed is { Value: > 0 } &&
                 v.Concepts.Any(c => c.Mention.Concept is Concepts.Kill or Concepts.Execute && c.Mention.Form is WordForm.Past or WordForm.Participle or WordForm.Present))
        {
            // "Police shot dead three militants and arrested four others": ACLED's arrests kill no one. People killed in
            // the arrests' sentence, told by a verb, are the event: an armed clash where an armed group is named in it,
            // else an attack. A killing named as a noun is the charge ("arrested two suspects over the killing of a trader").
            // The force that made the raid is no such group, a foreign army included ("Israelische Soldaten haben bei einer
            // Razzia zwei Palästinenser erschossen").
            var fought = v.Actors.FirstOrDefault(a => !a.IsSource && a.Actor.Inter is Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia or Inter.External &&
                                                      a.Actor.Name != f.Actor1?.Value.Name);
            f.Type = fought is not null ? Taxonomy.ArmedClash : Taxonomy.Attack;
            if (fought is not null && f.Actor2 is null or { Value.Inter: Inter.Civilians })
            {
                // The group fought is the clash's other side, not the people arrested.
                f.Actor2 = Support(fought);
            }
        }
        else if (f.Type == Taxonomy.Abduction && f.Killed is { Value: > 0 })
        {
            // "Militants attacked marketgoers, killed ten civilians and abducted women": nor do ACLED's abductions kill.
            // The killing is the event: an attack, or an armed clash when the other side is a state's or a group's force.
            f.Type = f.Actor2?.Value.Inter is Inter.StateForces or Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia or Inter.External
                ? Taxonomy.ArmedClash
                : Taxonomy.Attack;
        }
        else if (f.Type == Taxonomy.DisruptedWeapons && f.Killed is { Value: > 0 } && !PlainInterception(f.Trigger) && SpoilsOfAFight(v, f))
        {
            // "Gendarmes killed fourteen militants and seized arms and ammunition": weapons taken where people were killed
            // are the spoils of the fight, which ACLED codes: an armed clash, or an attack when civilians died.
            f.Type = f.Actor2?.Value.Inter == Inter.Civilians ? Taxonomy.Attack : Taxonomy.ArmedClash;
        }
        else if (f.Type == Taxonomy.DisruptedWeapons && f.Trigger.Concept == Concepts.Intercept)
        {
            // "Thwarted an incursion", "repelled an attack": fighting. Only weapons stopped (drones, missiles,
            // bombs) make disrupted weapons use.
            int t = TriggerToken(v, f);
            bool weapon = v.Concepts.Any(c => c.Token > t && c.Token <= t + 5 &&
                c.Mention.Concept is Concepts.Drone or Concepts.Missile or Concepts.Rocket or Concepts.Ied or Concepts.Landmine or Concepts.Explosion or Concepts.CarBomb or Concepts.Airstrike);
            if (AircraftShotDown(v, t))
            {
                // "Air defence units shot down an enemy Su-34", "abattu un hélicoptère": a manned aircraft brought down is
                // fire at the aircraft, ACLED's shelling/artillery/missile attack; drones and missiles stopped are interceptions.
                f.Type = Taxonomy.Shelling;
                f.AircraftDowned = true;
            }
            else if (!weapon && v.Concepts.Any(c => c.Token > t && c.Token <= t + 5 && c.Mention.Concept is Concepts.Attack or Concepts.Clash or Concepts.Advance))
            {
                f.Type = Taxonomy.ArmedClash;
            }
        }
        else if (f.Type == Taxonomy.Agreement && f.Attempt)
        {
            f.Type = Taxonomy.Other;
        }
        else if (f.Type?.EventType == Taxonomy.Explosions && a1 is not null && a2 is null && OtherCombatant(v, f) is { } struck)
        {
            // "Eight insurgents were killed by army airstrikes": the armed party that suffered the toll is the strike's target.
            f.Actor2 = Support(struck);
        }

        // Chemical means make any act of violence a chemical weapon event ("gas attack", "attacco col cloro").
        if (names.Contains(Concepts.Chemical) ||
            (ChemicalNotAccused(v) && f.Type?.EventType is Taxonomy.Explosions or Taxonomy.ViolenceAgainstCivilians or Taxonomy.Battles &&
             !ConceptClasses.IsTerritoryType(f.Type)))
        {
            f.Type = Taxonomy.ChemicalWeapon;
        }

        // "3,000 nationals expelled from the town": ground taken from civilians by no one named is people driven out of
        // a place, not a change of territory between armed sides: ACLED's Other (forced displacement).
        if (ConceptClasses.IsTerritoryType(f.Type) && f.Actor1 is null && f.Actor2?.Value.Inter == Inter.Civilians)
        {
            f.Type = Taxonomy.Other;
        }

        // Violence met by a crowd: force used on protesters is excessive force; fighting with rioters is a riot.
        bool crowdIn(Supported<ResolvedActor>? a) => a?.Value.Inter is Inter.Protesters or Inter.Rioters;

        // Property a crowd damaged is a violent demonstration.
        if (f.Type == Taxonomy.LootingDestruction && crowdIn(f.Actor1))
        {
            f.Type = Taxonomy.ViolentDemonstration;
        }

        // Property looted, razed or burnt where people were killed ("raiders killed six herders and stole their cattle"):
        // ACLED codes the killing, an attack, of which the looting is part.
        // Only where nothing else in the paragraph is a kind of violence of its own (a clash, a strike, a bomb): there
        // the destruction and the dead are that event's.
        if (f.Type == Taxonomy.LootingDestruction && f.Killed is { Value: > 0 } && !crowdIn(f.Actor1) && OnlyRaidIn(f.Sentence))
        {
            f.Type = Taxonomy.Attack;
        }

        // Property looted, razed or burnt whose owner no one names is civilians' (the codebook's usual victim of it).
        if (f.Type == Taxonomy.LootingDestruction && f.Actor1 is { Value.Inter: not Inter.Civilians } && f.Actor2 is null &&
            _resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.Civilians)) is { } owners)
        {
            f.Actor2 = new Supported<ResolvedActor>(owners, f.Trigger.Span);
        }

        if (f.Type?.EventType is Taxonomy.Battles or Taxonomy.ViolenceAgainstCivilians && !ConceptClasses.IsTerritoryType(f.Type) &&
            f.Type != Taxonomy.Abduction && f.Type != Taxonomy.SexualViolence)
        {
            // A crowd that died or was hurt suffered the toll: told with no one it hurt ("two protesters died in the
            // crush"), or in the passive ("two protesters were killed when police opened fire"), also when the weapon
            // is the trigger ("three protesters died from gunfire").
            if (crowdIn(f.Actor1) && (ConceptClasses.Tolls.Contains(f.Trigger.Concept) || TollJustAfter(v, f.Actor1!)) &&
                (f.Actor2 is null || v.HasNear(Concepts.Passive, TriggerToken(v, f), 2, 0)))
            {
                (f.Actor1, f.Actor2) = (f.Actor2, f.Actor1);
            }

            // People that state forces shot at or hurt, aiming at a demonstration named just after the force, are its
            // participants ("troops fired live rounds to clear the protests"); a demonstration told first is rather
            // against the violence ("protested against police for raiding homes").
            // A state's forces abroad ("Russian forces" in an occupied town) are as much a force facing a crowd.
            if (f.Actor1 is { Value.Inter: Inter.StateForces or Inter.External } && f.Actor2 is null or { Value.Inter: Inter.Civilians } &&
                !names.Contains(Concepts.Clash) && AimedAtDemonstration(v, f) && Participants(f) is { } participants)
            {
                f.Actor2 = participants;
            }

            // Force used on a crowd is one-sided; a clash with it is two-sided, so the crowd fought back: a violent demonstration.
            if (crowdIn(f.Actor2) && f.Actor1 is null or { Value.Inter: Inter.StateForces or Inter.External } && !names.Contains(Concepts.Clash))
            {
                f.Type = f.Killed is { Value: > 0 } || names.Contains(Concepts.Kill) || names.Contains(Concepts.Gunfire) || BrutalIntervention(v)
                    ? Taxonomy.ExcessiveForce : Taxonomy.ProtestWithIntervention;
                (f.Actor1, f.Actor2) = (f.Actor2, f.Actor1);
            }
            else if (crowdIn(f.Actor1) || crowdIn(f.Actor2))
            {
                f.Type = Taxonomy.ViolentDemonstration;
                if (!crowdIn(f.Actor1))
                {
                    (f.Actor1, f.Actor2) = (f.Actor2, f.Actor1);
                }
            }
        }

        f.CiviliansTargeted = f.Type?.EventType == Taxonomy.ViolenceAgainstCivilians || civiliansHit;
        if (f.Actor1 is not null && f.Actor2 is not null && f.Actor1.Value.Name == f.Actor2.Value.Name)
        {
            f.Actor2 = null;
        }
    }

    /// <summary>A toll verb told of the actor: right after it, within three words ("protesters died", "protesters were shot dead").</summary>
    /// <summary>Chemical means the sentence names, not as what someone is accused of.</summary>
    private bool ChemicalNotAccused(SentenceView v)
    {
        foreach (var c in v.Concepts)
        {
            if (c.Mention.Concept == Concepts.Chemical && !Accused(v, c.Token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TollJustAfter(SentenceView v, Supported<ResolvedActor> actor) =>
        v.Actors.FirstOrDefault(a => a.Mention.Span == actor.Span) is { } at &&
        v.Concepts.Any(c => ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Mention.Form != WordForm.Noun && c.Token > at.Token && c.Token - at.Token <= 3);

    /// <summary>How far after the force its target, a demonstration, may be named ("fired live rounds to clear the protests").</summary>
    private const int ForceReach = 8;

    /// <summary>A demonstration, as a noun, shortly after the trigger of force, neither of them in a grievance.</summary>
    private bool AimedAtDemonstration(SentenceView v, Frame f)
    {
        int trigger = TriggerToken(v, f);
        return !InGrievance(v, trigger) &&
               v.Concepts.Any(c => c.Mention.Concept == Concepts.Protest && c.Mention.Form == WordForm.Noun && c.Token > trigger &&
                                   c.Token - trigger <= ForceReach && !InGrievance(v, c.Token));
    }

    /// <summary>The civilians a frame names as its victims, as protesters; a generic crowd when it names none.</summary>
    private Supported<ResolvedActor>? Participants(Frame f)
    {
        if (f.Actor2 is { } civ)
        {
            return civ with { Value = civ.Value with { Name = "Protesters" + civ.Value.Name["Civilians".Length..], Inter = Inter.Protesters, Kind = ActorKind.Protesters } };
        }

        return _resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.Protesters)) is { } generic
            ? new Supported<ResolvedActor>(generic, f.Trigger.Span) : null;
    }

    /// <summary>A party that fights: state forces (not a government's civil officials), rebels, militias, foreign forces.</summary>
    private static bool IsCombatant(ResolvedActor? a) =>
        a is not null && a.Kind != ActorKind.StateGovernment && a.Inter is >= Inter.StateForces and <= Inter.IdentityMilitia or Inter.External;

    /// <summary>
    /// "Israeli troops killed three gunmen during a raid": an active toll verb, after the frame's first actor and before
    /// its trigger, tells whom that actor killed in the raid, not victims counted of an attack told before.
    /// </summary>
    private bool ActiveTollByActor1Before(SentenceView v, Frame f)
    {
        if (f.Actor1?.Span is not { } author)
        {
            return false;
        }

        // Not "the attack", which names one told before.
        int trigger = TriggerToken(v, f);
        if (DefiniteEventNoun(v, trigger))
        {
            return false;
        }

        foreach (var c in v.Concepts)
        {
            if (ConceptClasses.Tolls.Contains(c.Mention.Concept) && c.Mention.Form is WordForm.Past or WordForm.Present && c.Token < trigger &&
                _document.TokenIndexAt(author.Start) < c.Token && !PassiveToll(v, c.Mention, c.Token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The victim of the sentence's toll when it is an armed party: named near a toll word (within eight tokens;
    /// before it when passive, "a policeman was shot dead by snipers"), outside a support phrase and not a
    /// source. It is the target of an attack whose trigger has no object of its own. A state's forces are one side
    /// ("the regime's military intelligence").
    /// </summary>
    private static ActorAt? OtherCombatant(SentenceView v, Frame f)
    {
        var attacker = f.Actor1?.Value;
        var tolls = v.Concepts.Where(c => ConceptClasses.Tolls.Contains(c.Mention.Concept) && !Negated(v, c.Token)).Select(c => c.Token).ToList();
        return v.Actors.FirstOrDefault(a => !a.IsSource && !a.InSupport && IsCombatant(a.Actor) && a.Mention.Span != f.Actor1?.Span &&
                                            a.Actor.Name != attacker?.Name &&
                                            !(a.Actor.Inter == Inter.StateForces && attacker?.Inter == Inter.StateForces) &&
                                            tolls.Any(t => Math.Abs(t - a.Token) <= 8));
    }

    /// <summary>How far after the end of an event's words a relative pronoun may open a clause about them ("a grenade attack in the southern town that…").</summary>
    private const int RelativeReach = 8;

    /// <summary>How far after the relative pronoun the hedge may stand ("that appears to", "qui semble", "который, по-видимому").</summary>
    private const int RelativeHedgeReach = 3;

    /// <summary>
    /// "A grenade attack in the town that seems linked to terrorism": a hedge or unconfirmed word a few words
    /// after a relative pronoun that opens a clause right after the frame's trigger (no other action between them)
    /// doubts what the clause says of the event (its cause, its author), not that it happened. A pronoun that is also a
    /// definite article (German "der", "die") opens a clause only after a comma.
    /// </summary>
    private bool InRelativeClauseAfter(SentenceView v, Frame f, int trigger, ConceptMention hedge)
    {
        if (_relativePronouns.Count == 0 || hedge.Concept is not (Concepts.Hedge or Concepts.Unconfirmed))
        {
            return false;
        }

        int h = _document.TokenIndexAt(hedge.Span.Start), end = EndToken(f.Trigger);
        for (int r = h - 1; r > end && r >= h - RelativeHedgeReach; r--)
        {
            string norm = _document.Tokens[r].Norm;
            if (!_relativePronouns.Contains(norm) || r - end > RelativeReach ||
                (_definiteArticles.Contains(norm) && _document.Tokens[r - 1].Norm != ","))
            {
                continue;
            }

            bool action = false;
            foreach (var (c, t) in v.Concepts)
            {
                if (t > trigger && t < r && c != f.Trigger && (ConceptClasses.IsHead(c.Concept) || ConceptClasses.Tolls.Contains(c.Concept)))
                {
                    action = true;
                    break;
                }
            }

            return !action;
        }

        return false;
    }

    private static Supported<string> CertaintyOf(SentenceView v, int from, int to, Func<ConceptMention, bool>? skip = null)
    {
        string best = Certainty.Reported;
        TextSpan? span = null;
        foreach (var (c, _) in v.Concepts)
        {
            if (!Epistemic.Contains(c.Concept) || (skip is not null && skip(c)))
            {
                continue;
            }

            string level = c.Concept switch
            {
                Concepts.Denial => Certainty.Denied,
                Concepts.Hedge or Concepts.Unconfirmed => Certainty.Unconfirmed,
                Concepts.Attribution or Concepts.Blame => Certainty.Alleged,
                _ => Certainty.Confirmed,
            };
            bool stronger = best == Certainty.Reported || Certainty.Doubt(level) > Certainty.Doubt(best);
            if (stronger)
            {
                best = level;
                span = c.Span;
            }
        }

        return new Supported<string>(best, span);
    }
}
