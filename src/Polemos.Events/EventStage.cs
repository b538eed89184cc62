using System.Collections.Frozen;
using Polemos.Core;
using Polemos.Events.Reranking;
using Polemos.Recognition;
using Polemos.Text;

namespace Polemos.Events;

/// <summary>
/// Assembles records from the recognised mentions: candidate events per sentence from trigger concepts, their
/// arguments by position and marker, location, date, certainty and tolls, then one record per action, place
/// and day, every filled field with the words behind it.
/// </summary>
public sealed class EventStage : IStage
{
    /// <summary>How many days before the report an event counts as this week's news.</summary>
    private const int RecentDays = 14;

    /// <summary>How many days before the report an event told beside recent news is background.</summary>
    private const int BackgroundDays = 45;

    private readonly ActorRegistry _registry;
    private readonly IGazetteer _gazetteer;
    private readonly LanguagePacks _packs;
    private readonly SubEventReranker _reranker;

    public EventStage(ActorRegistry registry, IGazetteer gazetteer, LanguagePacks packs, SubEventReranker reranker)
    {
        _registry = registry;
        _gazetteer = gazetteer;
        _packs = packs;
        _reranker = reranker;
    }

    public string Name => "events";

    public IReadOnlyList<string> Requires => [Layers.Geocoded, Layers.Context, Layers.Quantities, Layers.Dates, Layers.Concepts, Layers.Actors];

    public IReadOnlyList<string> Provides => [Layers.Events];

    public void Run(Document document)
    {
        var resolver = new ActorResolver(_registry, document, _gazetteer, _packs.For(document.Language).Data.DefiniteArticles);
        var views = BuildViews(document, resolver, _packs.For(document.Language));
        if (IsOffTopic(document, views))
        {
            _reranker.Apply(document, views, [], [], f => throw new InvalidOperationException("no frame to rewrite"));
            return;
        }

        var frames = new FrameBuilder(document, views, _packs.For(document.Language).Data, resolver).Build();
        var locator = new Locator(document, views, _gazetteer, _packs.For(document.Language).Data.Conjunctions);
        foreach (var f in frames)
        {
            locator.Locate(f, frames);
            f.PlaceEntry = locator.Resolve(f.Place, f.Sentence).Entry;
        }

        // A change of territory is a change of some place: one that names none ("handed over to investigators") is not,
        // unless it names the ground taken ("captured two villages", "freed the area").
        frames.RemoveAll(f => f.Place is null && (ConceptClasses.IsTerritoryType(f.Type) || f.Type == Taxonomy.NonViolentTransfer) &&
                              !NamesGround(document, views[f.Sentence], f, _packs.For(document.Language)) &&
                              !frames.Any(o => o != f && o.Place is not null && ConceptClasses.IsTerritoryType(o.Type)));

        // A change of territory happens once: one told in a sentence of a lasting situation ("has been held since 2016, when
        // the SDF drove IS out of the town") is the place's history, not an event, and joins no fighting told as news.
        frames.RemoveAll(f => f.Habitual && (ConceptClasses.IsTerritoryType(f.Type) || f.Type == Taxonomy.NonViolentTransfer));

        MarkOtherEvents(document, frames, _packs.For(document.Language));
        var merged = Merger.Merge(frames, f => views[f.Sentence].Sentence.IsHeadline);

        // Violence like the news told without a date of its own ("IS had carried out similar attacks in the past", "une
        // attaque similaire avait fait dix-sept morts") is a comparison, not news: no record.
        merged.RemoveAll(f => f.OtherEvent && Merger.IsViolence(f) && !DatedInItsSentence(document, f));
        foreach (var f in merged)
        {
            f.Date ??= f.StatementDate;
        }

        // An event dated more than a year before the report is history (an anniversary, a background paragraph).
        // In a history piece (history words and an old date in the report), undated events are history too.
        // One dated after the report ("new marches next week") has not happened yet; a calendar date a few days after
        // it is a report stamped with the day a multi-day event began.
        if (document.Meta.Published is { } published)
        {
            bool old(DateMention? m) => m?.Date is { } d && d.DayNumber < published.DayNumber - 366;
            bool future(DateMention? m) => m?.Date is { } d && d.DayNumber > published.DayNumber + (m.Relative && !m.YearInferred ? 0 : DateStage.YearlessAheadDays);
            bool historyPiece = document.MentionsOf<DateMention>().Any(m => old(m) && !m.YearOnly) &&
                                views.Any(v => v.Concepts.Any(c => c.Mention.Concept == Concepts.History));
            merged.RemoveAll(f => old(f.Date) || future(f.Date) || (historyPiece && f.Date is null));

            // A report of this week's events that recalls one of past months ("the army retook the town in
            // November") tells that one as background: news is reported while it is new. An event the report does not
            // date at all is this week's news too.
            bool recent(DateMention? m) => m?.Date is { } d && d.DayNumber >= published.DayNumber - RecentDays;
            bool past(DateMention? m) => m?.Date is { } d && d.DayNumber < published.DayNumber - BackgroundDays;
            if (merged.Any(f => recent(f.Date) || (f.Date is null && f.StatementDate is null)))
            {
                merged.RemoveAll(f => past(f.Date));
            }
        }
        foreach (var f in merged)
        {
            // People abducted and killed ("was kidnapped and later shot dead") were attacked: ACLED codes the killing,
            // with its dead, as in 28 of the 29 such rows of its sets. Not when fewer died than were taken ("abducted 23
            // passengers; the driver was killed"): that stays an abduction. Decided on the merged event, whose toll may
            // come from another mention of it.
            if (f.Type == Taxonomy.Abduction && f.Killed is { Value: > 0 } killed && (f.Captured is null || killed.Value >= f.Captured.Value))
            {
                f.Type = Taxonomy.Attack;
            }

            ForcesOfGovernments(f, resolver);
            UnknownPerpetrator(f, resolver);
            ImpliedHolder(document, f, resolver);
            UnknownArrester(document, f, resolver);
            Units(f, resolver);
            Components(f, resolver);

            SharedAcrossEvents(document, views, f, _packs.For(document.Language).Data);
            BombersAmongTheDead(document, views, f);
        }

        var writer = new RecordWriter(document, _gazetteer, locator);
        var events = merged.Select(writer.Event).ToList();
        _reranker.Apply(document, views, merged, events, writer.Event);
        document.Records.AddRange(events);

        var pack = _packs.For(document.Language);
        var statements = new StatementBuilder(document, views, locator, writer, pack.Data.Conjunctions, pack.PlaceMarkers);
        var built = statements.Build();
        document.Records.AddRange(built);
        if (events.Count == 0)
        {
            document.Records.AddRange(statements.DisplacementEvents(built));
        }
    }

    /// <summary>
    /// A state's forces named by their unit, once the event's sides are settled: the unit the words named ("gendarmes"),
    /// else the one that carries out the event's kind where it happened (data/actors/units.tsv): the side that made an air
    /// strike in Ukraine is its air force, and so is the side whose manned aircraft was brought down ("shot down a
    /// Russian Su-34"). Until then a unit and its forces are one side ("troops of the Ukrainian air force").
    /// </summary>
    private static void Units(Frame f, ActorResolver resolver)
    {
        Supported<ResolvedActor> named(Supported<ResolvedActor> a, SubEventType? acting) => a with { Value = resolver.AsUnit(a.Value, acting) };
        f.Actor1 = f.Actor1 is { } a1 ? named(a1, f.Type) : null;
        f.Actor2 = f.Actor2 is { } a2 ? named(a2, f.AircraftDowned ? Taxonomy.AirDroneStrike : null) : null;
        for (int i = 0; i < f.Assoc1.Count; i++)
        {
            f.Assoc1[i] = named(f.Assoc1[i], null);
        }

        for (int i = 0; i < f.Assoc2.Count; i++)
        {
            f.Assoc2[i] = named(f.Assoc2[i], null);
        }
    }

    /// <summary>
    /// A side that is a component of a coalition or movement (data/actors/components.tsv) is coded as the coalition, the
    /// component its associated actor: "presumed Katiba Macina militants" are JNIM's, with Katiba Macina associated.
    /// </summary>
    private static void Components(Frame f, ActorResolver resolver)
    {
        if (f.Actor1 is { } a1 && resolver.ParentOf(a1.Value) is { } p1)
        {
            f.Assoc1.Insert(0, a1);
            f.Actor1 = a1 with { Value = p1 };
        }

        if (f.Actor2 is { } a2 && resolver.ParentOf(a2.Value) is { } p2)
        {
            f.Assoc2.Insert(0, a2);
            f.Actor2 = a2 with { Value = p2 };
        }
    }

    /// <summary>
    /// ACLED names a government as a party only to agreements and other strategic developments: a state's armed violence
    /// and destruction are its military's ("the regime shelled Ariha", "regime positions"), its arrests and its
    /// interventions in demonstrations its police's ("the authorities arrested dozens of protesters"). The
    /// government named as a party to one is read as those forces, and as nothing more when they are the other side too.
    /// </summary>
    private static void ForcesOfGovernments(Frame f, ActorResolver resolver)
    {
        ActorKind? forces = f.Type == Taxonomy.Arrests || f.Type == Taxonomy.ProtestWithIntervention || f.Type == Taxonomy.ExcessiveForce
                ? ActorKind.StatePolice
            : f.Type is { EventType: Taxonomy.Battles or Taxonomy.Explosions or Taxonomy.ViolenceAgainstCivilians } || f.Type == Taxonomy.LootingDestruction
                ? ActorKind.StateMilitary
                : null;
        if (forces is not { } kind)
        {
            return;
        }

        f.Actor1 = AsForces(f, f.Actor1, kind, resolver);
        f.Actor2 = AsForces(f, f.Actor2, kind, resolver);
        if (f.Actor2 is { } a2 && a2.Value.Name == f.Actor1?.Value.Name)
        {
            f.Actor2 = null;
        }
    }

    private static Supported<ResolvedActor>? AsForces(Frame f, Supported<ResolvedActor>? actor, ActorKind kind, ActorResolver resolver) =>
        actor is { Value: { Kind: ActorKind.StateGovernment, ActorId: { } id } } && ActorRegistry.StateOf(id) is { } state &&
        resolver.Resolve(new ActorMention(actor.Span ?? f.Trigger.Span, kind) { CountryCode = state }) is { } resolved
            ? actor with { Value = resolved }
            : actor;

    /// <summary>
    /// A bomb, a suicide bombing, a landmine or a grenade set off, a sexual assault, an attack on civilians or fighting against the state's
    /// forces, by no one the whole report names, is an unidentified armed group's (ACLED's "Unidentified Armed Group
    /// (country)"): such violence always has a perpetrator, and the report names none ("two soldiers were killed in an
    /// ambush"). Decided on the merged event, so a perpetrator named in another sentence still counts; its
    /// evidence is the event's own word.
    /// </summary>
    private static void UnknownPerpetrator(Frame f, ActorResolver resolver)
    {
        if (f.Actor1 is null && f.Type is { } t && (t == Taxonomy.RemoteExplosive || t == Taxonomy.SuicideBomb || t == Taxonomy.Grenade || t == Taxonomy.SexualViolence ||
                                                    (t == Taxonomy.ArmedClash && f.Actor2?.Value.Inter is Inter.StateForces) ||
                                                    (t == Taxonomy.Attack && f.Actor2?.Value.Inter is null or Inter.Civilians)) &&
            resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.Unidentified)) is { } unknown)
        {
            f.Actor1 = new Supported<ResolvedActor>(unknown, f.Trigger.Span);
        }
    }

    /// <summary>
    /// A place a non-state group or a foreign army took, with no one named as losing it ("Russian forces took Avdiivka",
    /// "JNIM seized the town"), was held by the state's forces of the country it lies in: ACLED's "Non-state actor
    /// overtakes territory" always names a second actor, most often those forces. Not for a government regaining ground
    /// (whom it took the ground from is not implied).
    /// </summary>
    private static void ImpliedHolder(Document document, Frame f, ActorResolver resolver)
    {
        if (f.Type != Taxonomy.NonStateOvertakes || f.Actor2 is not null || f.Actor1?.Value.Inter is not (Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia or Inter.External) ||
            (f.PlaceEntry?.CountryCode ?? document.Context.CountryCode) is not { } country)
        {
            return;
        }

        if (resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.StateMilitary) { CountryCode = country }) is { Inter: Inter.StateForces } holder &&
            holder.Name != f.Actor1.Value.Name)
        {
            f.Actor2 = new Supported<ResolvedActor>(holder, f.Trigger.Span);
        }
    }

    /// <summary>
    /// An arrest told in the passive ("15 young men were arrested") names no one making it, but only a state arrests
    /// (armed groups abduct): ACLED gives such an arrest the police of the country it happened in, as it does in most
    /// of its arrests (56 of the 80 in the ACLED sets; 17 the military's). Its evidence is the arrest's own word.
    /// </summary>
    private static void UnknownArrester(Document document, Frame f, ActorResolver resolver)
    {
        if (f.Type != Taxonomy.Arrests || f.Actor1 is not null || (f.PlaceEntry?.CountryCode ?? document.Context.CountryCode) is not { } country)
        {
            return;
        }

        if (resolver.Resolve(new ActorMention(f.Trigger.Span, ActorKind.StatePolice) { CountryCode = country }) is { Inter: Inter.StateForces } police &&
            police.Name != f.Actor2?.Value.Name)
        {
            f.Actor1 = new Supported<ResolvedActor>(police, f.Trigger.Span);
        }
    }

    /// <summary>How far before a suicide attacker's word a number counts the attackers ("two suicide bombers").</summary>
    private const int BomberCountReach = 2;

    /// <summary>How far before a suicide attacker's word a subset, arrest or capture word makes the attacker part of it.</summary>
    private const int BomberCountedReach = 4;

    /// <summary>
    /// ACLED counts the suicide attackers among a suicide bombing's dead ("a suicide bomber killed three civilians":
    /// four fatalities), as GTD does ("in addition to the bomber, six were killed": seven). The attackers are one, or
    /// the number written just before their word ("two suicide bombers"). Not when the toll already holds them ("four
    /// killed, including the bomber", "three assailants were killed"), when the attacker's word is what a killing word or a count's part names ("police
    /// shot dead the suicide bomber"), nor for an attempt, an attacker taken alive or a habit ("they regularly strike with
    /// suicide attacks").
    /// </summary>
    private static void BombersAmongTheDead(Document document, List<SentenceView> views, Frame f)
    {
        if (f.Type != Taxonomy.SuicideBomb || f.Attempt || f.Habitual || f.Captured is not null || f.ConceptNames.Contains(Concepts.Drone))
        {
            return;
        }

        int bombers = 0;
        TextSpan? evidence = null;
        foreach (var c in f.Concepts.Where(c => c.Concept == Concepts.Suicide))
        {
            var v = views[document.SentenceIndexAt(c.Span.Start)];
            int token = document.TokenIndexAt(c.Span.Start);
            // "including the bomber", "arrested a would-be suicide bomber", "foiled"; "killed the suicide bomber" (the
            // killing word right before the attacker's, an article or a number between), not "were killed when a suicide bomber…".
            if (v.Has(Concepts.Defuse) || v.Has(Concepts.Attempt) ||
                v.Concepts.Any(o => o.Token < token && ((o.Mention.Concept is Concepts.Subset or Concepts.Arrest or Concepts.Capture && token - o.Token <= BomberCountedReach) ||
                                                        (o.Mention.Concept == Concepts.Kill && WordsOutsideCounts(document, v, document.TokenIndexAt(o.Mention.Span.End), token) < 2))))
            {
                return;
            }

            // "At least three suicide bombers": counted from the number's last word.
            var count = v.Quantities.Where(q => q.Token < token && token - (document.TokenIndexAt(q.Mention.Span.End) - 1) <= BomberCountReach &&
                                                q.Mention.Unit is null && !q.Mention.Vague)
                .Select(q => q.Mention.Best).DefaultIfEmpty(1).Last();
            if (count > bombers)
            {
                (bombers, evidence) = (count, c.Span);
            }
        }

        if (bombers == 0 || AttackersAmongTheCounted(document, views, f))
        {
            return;
        }

        f.Killed = new Supported<int>((f.Killed?.Value ?? 0) + bombers, f.Killed?.Span ?? evidence);
        f.KilledLow = f.KilledLow is { } low ? low + bombers : null;
        f.KilledHigh = f.KilledHigh is { } high ? high + bombers : null;
    }

    /// <summary>
    /// The tokens from <paramref name="from"/> up to, not including, <paramref name="to"/> that no count's words cover:
    /// every word of "at least two" is the count's, "the" of "the four" is not.
    /// </summary>
    private static int WordsOutsideCounts(Document document, SentenceView v, int from, int to)
    {
        int words = 0;
        for (int i = from; i < to; i++)
        {
            if (!v.Quantities.Any(q => q.Mention.Span.Start <= document.Tokens[i].Span.Start && document.Tokens[i].Span.End <= q.Mention.Span.End))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>A passive auxiliary between the attackers and the killing word: "17 suicide bombers were spotted and killed".</summary>
    private static bool PassiveBetween(SentenceView v, int from, int to)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept == Concepts.Passive && t > from && t < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A toll told for several events together ("13 people were killed and 42 injured across both attacks", "in the three
    /// blasts") is shared between them, as ACLED and GTD code a total they cannot break down: the event told gets an even
    /// share, rounded up (the first event takes the remainder). The events are counted by "both" (the language's
    /// `both_words`) or by a number written just before an event noun after the count in the toll's sentence. Events
    /// named before the toll ("two car bombs killed nine people") are not shared out: bombs that go off at one place on one
    /// day are one event for ACLED.
    /// </summary>
    private static void SharedAcrossEvents(Document document, List<SentenceView> views, Frame f, LanguageData data)
    {
        int share(int n, int events) => (n + events - 1) / events;
        if (f.Killed is { } killed && EventsCounted(document, views, killed.Span, data) is { } k)
        {
            f.Killed = killed with { Value = share(killed.Value, k) };
            f.KilledLow = f.KilledLow is { } low ? share(low, k) : null;
            f.KilledHigh = f.KilledHigh is { } high ? share(high, k) : null;
        }

        if (f.Wounded is { } wounded && EventsCounted(document, views, wounded.Span, data) is { } w)
        {
            f.Wounded = wounded with { Value = share(wounded.Value, w) };
        }
    }

    /// <summary>
    /// The number of events a toll's sentence says its count covers, in the count's clause after it: two for "both
    /// attacks", three for "the three blasts" (see <see cref="FrameBuilder.CountsEvents"/>).
    /// </summary>
    private static int? EventsCounted(Document document, List<SentenceView> views, TextSpan? count, LanguageData data)
    {
        if (count is not { } span || document.Sentences.Count == 0)
        {
            return null;
        }

        var v = views[document.SentenceIndexAt(span.Start)];
        int from = document.TokenIndexAt(span.End) - 1;
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        for (int i = from + 1; i < end && document.Tokens[i].Norm is not ("," or ";"); i++)
        {
            if (FrameBuilder.EventCounterEndingAt(document, v, i, data.BothWords) is { } events &&
                FrameBuilder.CountsEvents(document, v, i, i, data.DefiniteArticles))
            {
                return events;
            }
        }

        return null;
    }

    /// <summary>How far before a passive toll the attackers it counts may stand ("three assailants were killed").</summary>
    private const int CountedAttackersReach = 4;

    /// <summary>
    /// The clause the event's toll was read from counts the attackers themselves: the attackers are the subject of a
    /// passive killing ("the assailant was killed", "two soldiers and three gunmen were killed"), with no comma or
    /// other count between.
    /// </summary>
    private static bool AttackersAmongTheCounted(Document document, List<SentenceView> views, Frame f)
    {
        // Only the clause the event's toll was read from counts: the attacker's death told beside another count ("killing
        // seven … the bomber died too") is not in it.
        if (f.Killed?.Span is not { } toll)
        {
            return false;
        }

        int counted = document.TokenIndexAt(toll.Start);
        var v = views[document.SentenceIndexAt(toll.Start)];
        var spans = v.Actors.Where(a => a.Mention.Kind is ActorKind.Unidentified or ActorKind.Militants || a.Actor.Name == f.Actor1?.Value.Name)
            .Select(a => a.Mention.Span)
            .Concat(v.Concepts.Where(c => c.Mention.Concept == Concepts.Suicide && c.Mention.Form == WordForm.Noun).Select(c => c.Mention.Span)).ToList();

        // "The fighters held the outpost, killing the three assailants": an active killing whose object, right after
        // it but for the count and an article, is the attackers counted by the toll.
        foreach (var span in spans)
        {
            int first = document.TokenIndexAt(span.Start);
            if (v.Concepts.Any(k => k.Mention.Concept == Concepts.Kill && k.Token < first && counted > k.Token && counted < first &&
                                    WordsOutsideCounts(document, v, document.TokenIndexAt(k.Mention.Span.End), first) < 2))
            {
                return true;
            }
        }

        var attackers = spans.Select(span => document.TokenIndexAt(span.End) - 1);
        foreach (int last in attackers)
        {
            if (v.Concepts.Any(k => k.Mention.Concept == Concepts.Kill && k.Token > last && k.Token - last <= CountedAttackersReach &&
                                    counted <= k.Token && !FrameBuilder.ClauseBreakBetween(document, Math.Min(counted - 1, last), k.Token) &&
                                    (k.Mention.Form == WordForm.Participle || v.HasNear(Concepts.Passive, k.Token, 2, 0) ||
                                     PassiveBetween(v, last, k.Token)) &&
                                    !v.Quantities.Any(q => q.Token > last && q.Token < k.Token)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after its trigger a territory change may name the ground taken ("took the whole length of the road").</summary>
    private const int GroundReach = 6;

    /// <summary>The frame's trigger has an area or an installation as its object ("recaptured three villages", "captured two camps").</summary>
    private static bool NamesGround(Document document, SentenceView v, Frame f, LanguagePack pack)
    {
        int token = document.TokenIndexAt(f.Trigger.Span.Start);
        int end = Math.Max(token, document.TokenIndexAt(f.Trigger.Span.End) - 1);
        return v.Concepts.Any(c => c.Mention.Concept is Concepts.Area or Concepts.Installation && c.Token >= token && c.Token - end <= GroundReach) ||
               GroundInPhrase(document, pack, token, end);
    }

    /// <summary>
    /// The lexicon's phrase of the takeover holds the ground itself ("seized a village", "took the town"): a word of the
    /// phrase after its first is, alone, a word of ground or of a base.
    /// </summary>
    private static bool GroundInPhrase(Document document, LanguagePack pack, int token, int end)
    {
        for (int k = token + 1; k <= end && k < document.Tokens.Count; k++)
        {
            if (pack.Concepts.MatchAt(document.Tokens, k, k + 1) is { Count: 1, Value.Concept: Concepts.Area or Concepts.Installation })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the language's relative pronouns (English "that") stands between two tokens.</summary>
    /// <summary>
    /// Whether the tokens from <paramref name="first"/> up to <paramref name="end"/> are one of the language's
    /// <c>source_prepositions</c> ("according to", "selon", "laut", "по данным"), or begin with one, compared as the
    /// lexicon's words are.
    /// </summary>
    private static bool SourcePreposition(Document document, LanguagePack pack, int first, int end)
    {
        if (pack.SourcePrepositions.Count == 0)
        {
            return false;
        }

        // A phrase the lexicon writes with its source ("según la policía", "secondo la") begins with the preposition.
        string written = string.Join(' ', Enumerable.Range(first, end - first).Select(k => document.Tokens[k].Norm));
        foreach (string phrase in pack.SourcePrepositions)
        {
            if (written.StartsWith(phrase, StringComparison.Ordinal) && (written.Length == phrase.Length || written[phrase.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another actor is named after this one in its sentence.</summary>
    private static bool ActorAfter(Document document, SentenceView v, ActorMention actor)
    {
        foreach (var m in document.MentionsOf<ActorMention>())
        {
            if (m.Span.Start >= actor.Span.End && m.Span.End <= v.Sentence.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool RelativeBetween(Document document, LanguageData data, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (data.RelativePronouns.Contains(document.Tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An event's verb (past or present) at the token, not right after a relative pronoun.</summary>
    private static bool MainVerbAt(SentenceView v, LanguageData data, Document document, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (t == token && ConceptClasses.IsHead(c.Concept) && c.Form is WordForm.Past or WordForm.Present &&
                !(token > 0 && data.RelativePronouns.Contains(document.Tokens[token - 1].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<SentenceView> BuildViews(Document document, ActorResolver resolver, LanguagePack pack)
    {
        var data = pack.Data;
        var views = document.Sentences.Select(s => new SentenceView(s)).ToList();
        int SentenceOf(TextSpan span) => document.SentenceIndexAt(span.Start);
        int TokenOf(TextSpan span) => document.TokenIndexAt(span.Start);

        // Each mention's sentence, found once; the lists of a view are sized before they are filled, so that they
        // do not grow by copies.
        var sentenceOf = new int[views.Count > 0 ? document.Mentions.Count : 0];
        var counts = new (int Concepts, int Places, int Quantities, int Dates)[views.Count];
        for (int i = 0; i < sentenceOf.Length; i++)
        {
            var m = document.Mentions[i];
            int s = sentenceOf[i] = SentenceOf(m.Span);
            switch (m)
            {
                case ConceptMention:
                    counts[s].Concepts++;
                    break;
                case PlaceMention:
                    counts[s].Places++;
                    break;
                case QuantityMention:
                    counts[s].Quantities++;
                    break;
                case DateMention:
                    counts[s].Dates++;
                    break;
                default:
                    break;
            }
        }

        for (int s = 0; s < views.Count; s++)
        {
            views[s].Concepts.Capacity = counts[s].Concepts;
            views[s].Places.Capacity = counts[s].Places;
            views[s].Quantities.Capacity = counts[s].Quantities;
            views[s].Dates.Capacity = counts[s].Dates;
        }

        for (int i = 0; i < sentenceOf.Length; i++)
        {
            var m = document.Mentions[i];
            var v = views[sentenceOf[i]];
            switch (m)
            {
                case ConceptMention c:
                    v.Concepts.Add((c, TokenOf(c.Span)));
                    break;
                case PlaceMention p:
                    v.Places.Add((p, TokenOf(p.Span)));
                    break;
                case QuantityMention q:
                    v.Quantities.Add((q, TokenOf(q.Span)));
                    break;
                case DateMention d:
                    v.Dates.Add(d);
                    break;
                default:
                    break;
            }
        }

        foreach (var v in views)
        {
            v.Concepts.Sort((a, b) => a.Token.CompareTo(b.Token));
            v.Places.Sort((a, b) => a.Token.CompareTo(b.Token));
            v.Quantities.Sort((a, b) => a.Token.CompareTo(b.Token));
            int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
            // A support phrase opens a clause ("grazie ai raid…", "backed by Russia"); a hyphenated adjective
            // ("Turkish-backed fighters") only describes the actor it stands before.
            foreach (var (c, token) in v.Concepts)
            {
                if (c.Concept != Concepts.Support || document.Text.AsSpan(c.Span.Start, c.Span.Length).Contains('-'))
                {
                    continue;
                }

                // The clause ends at a comma, or at the verb of the sentence it stands in: "two groups supported by leaders
                // of a party clashed" (a verb of an event, not after a relative pronoun, which would make it the supporter's).
                int to = token + 1;
                while (to < end && to < token + 10 && document.Tokens[to].Norm != "," && !MainVerbAt(v, data, document, to))
                {
                    to++;
                }

                v.AddSupportRegion(token, to);
            }
        }

        foreach (var a in document.MentionsOf<ActorMention>().OrderBy(a => a.Span.Start))
        {
            if (views.Count == 0 || resolver.Resolve(a) is not { } r)
            {
                continue;
            }

            var v = views[SentenceOf(a.Span)];
            if (WithinArms(v, a.Span))
            {
                continue; // a word of a weapon's name ("infantry fighting vehicles") names no one
            }

            int token = TokenOf(a.Span);
            int last = document.TokenIndexAt(a.Span.End) - 1;
            // "Said police", "according to the army": the source. "Officials say Taliban fighters attacked…": the
            // subject of what they say, when an action follows it; a withdrawal is one ("officials say the troops
            // withdrew": the troops changed their activity).
            bool reported = false;
            foreach (var (c, t) in v.Concepts)
            {
                if ((ConceptClasses.IsHead(c.Concept) || c.Concept == Concepts.Withdraw) && c.Form != WordForm.Noun && t > last && t - last <= 3)
                {
                    reported = true;
                    break;
                }
            }

            bool source = false;
            foreach (var (c, t) in v.Concepts)
            {
                // A report word in the passive ("clashes were reported between the army and …") names its speaker only
                // through an agent marker ("were reported by the army"). One may begin inside the actor's words
                // ("officials said"). One after a comma opens another clause: its speaker is named after it ("загинули
                // троє цивільних, повідомила адміністрація"), the people before the comma are the news.
                // A named organisation after a relative pronoun that opens what is said ("sources suspected that ISIL
                // was involved") is its subject, the suspected party, not the speaker.
                if (c.Concept is Concepts.Source && ((t < token && token - t <= 3 && !reported && !(v.HasNear(Concepts.Passive, t, 2, 0) && !v.HasNear(Concepts.Agent, token, token - t - 1, 0)) &&
                                                      !(a.ActorId is not null && RelativeBetween(document, data, t, token))) ||
                                                     (t >= token && t - last <= 2 && !FrameBuilder.PunctuationBetween(document, last, t))))
                {
                    source = true;
                    break;
                }

                // Authorities up to three words after an attribution ("nach Angaben der Behörden", "по данным местных
                // властей", "selon les autorités") are where the report has its facts, not a party to them; so is any
                // party after one of the language's source prepositions ("according to police, gunmen killed…", "laut
                // Armee", "selon les rebelles"), where "suspected" or "claimed responsibility" name a party to the act.
                // Such a party is the source only where another party follows it in the sentence, the act's own: "according
                // to a Boko Haram video, the sect burned…" tells the group's act. An army that reports its own
                // interceptions ("segundo a Força Aérea ucraniana, … 20 foram abatidos") is the side that intercepted.
                if (c.Concept is Concepts.Attribution && t < token && token - (document.TokenIndexAt(c.Span.End) - 1) <= 3 &&
                    (a.Kind == ActorKind.StateGovernment ||
                     (SourcePreposition(document, pack, t, document.TokenIndexAt(c.Span.End)) && ActorAfter(document, v, a) &&
                      !(a.Kind == ActorKind.StateMilitary && v.Has(Concepts.Intercept)))))
                {
                    source = true;
                    break;
                }
            }

            v.Actors.Add(new ActorAt(a, r, token, v.InSupport(token)) { IsSource = source });
        }

        // Compounds come after the actors: an actor between a verb and a noun means the noun is not its object.
        foreach (var v in views)
        {
            ConceptCompounds.DropSubjectlessVerbs(v, document, data);
            ConceptCompounds.ReadDownings(v, document, data);
            ConceptCompounds.ReadDestroyedInFlight(v, document, data);
            ConceptCompounds.ReadAerialBombing(v, document, data);
            ConceptCompounds.ReadThrownBombs(v, document, data);
            ConceptCompounds.ReadClaimedActs(v, document, data);
            ConceptCompounds.ReadRepelledAttacks(v, document);
            ConceptCompounds.Add(v);
            ConceptCompounds.AddExpulsions(v, document, data);

            // Dates that date the events, not a statement about them ("police said on Saturday").
            // A year alone inside the sentence ("fired in 2012", "founded in 2014") dates a clause more often than the
            // event: it dates none. One that opens the sentence ("In 2014, thousands were killed") dates all of it.
            foreach (var d in v.Dates)
            {
                if (!d.Since && (!d.YearOnly || TokenOf(d.Span) - v.Sentence.FirstToken <= YearOpensSentence) && !Attributed(v, TokenOf(d.Span)))
                {
                    v.EventDates.Add(d);
                }
            }
        }

        return views;
    }

    /// <summary>
    /// Marks the event nouns that another-event word qualifies: right before the noun, or before one word in small letters
    /// before it ("a similar ambush", "a similar deadly attack", "ein ähnlicher Hinterhalt"), or right after it, where
    /// adjectives follow the noun ("un attacco simile", "هجوم مماثل"). Such an event is not the one told before it and
    /// joins no other mention (<see cref="Frame.OtherEvent"/>). Not after a count ("one of two similar attacks" counts
    /// this one), nor for a verb.
    /// </summary>
    private static void MarkOtherEvents(Document document, List<Frame> frames, LanguagePack pack)
    {
        var words = pack.Data.OtherEventWords;
        if (words.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        bool counted(int k) => k >= 0 && (tokens[k].Shape.Has(TokenShape.Number) || pack.NumberWordOf(tokens[k]) is not null);
        bool adjacent(int a, int b) => string.IsNullOrWhiteSpace(document.Text[tokens[a].Span.End..tokens[b].Span.Start]);
        foreach (var f in frames)
        {
            if (f.Trigger.Form != WordForm.Noun)
            {
                continue;
            }

            int first = document.TokenIndexAt(f.Trigger.Span.Start), after = document.TokenIndexAt(f.Trigger.Span.End);
            bool before = (first >= 1 && words.Contains(tokens[first - 1].Norm) && adjacent(first - 1, first) && !counted(first - 2)) ||
                          (first >= 2 && words.Contains(tokens[first - 2].Norm) && adjacent(first - 2, first - 1) && adjacent(first - 1, first) &&
                           !counted(first - 3) && tokens[first - 1].Shape.Has(TokenShape.Word) && !tokens[first - 1].Shape.Has(TokenShape.Capitalised) &&
                           !counted(first - 1));
            bool behind = after < tokens.Count && words.Contains(tokens[after].Norm) && adjacent(after - 1, after) && !counted(first - 1);
            f.OtherEvent = before || behind;
        }
    }

    /// <summary>Whether the event's date was written in its own sentence, not taken from another.</summary>
    private static bool DatedInItsSentence(Document document, Frame f) =>
        f.Date is { } d && document.Sentences[f.Sentence].Span.Contains(d.Span);

    /// <summary>How many words may stand before a year alone that opens its sentence ("В 2014 году", "Im Jahr 2014").</summary>
    private const int YearOpensSentence = 2;

    // BuildViews asks these of every actor and date: plain loops, no delegate per call.
    private static bool WithinArms(SentenceView v, TextSpan span)
    {
        foreach (var (c, _) in v.Concepts)
        {
            if (c.Concept == Concepts.Arms && c.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source or attribution word stands up to three words before the token ("police said on Saturday").</summary>
    private static bool Attributed(SentenceView v, int token)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept is Concepts.Source or Concepts.Attribution && t < token && token - t <= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Sport, markets, disasters, history and crime borrow the words of war. A report whose anti-concepts outnumber
    /// its violent heads, and that names no armed organisation, is not about political violence. In a report that tells
    /// a demonstration, economic and diplomatic words are what the crowd is against and do not count, nor does anything
    /// named after a demand in any of its sentences.
    /// </summary>
    private static bool IsOffTopic(Document document, List<SentenceView> views)
    {
        bool demonstration = views.Any(ConceptClasses.TellsDemonstration);
        int anti = views.Sum(v => ConceptClasses.Silencing(v, demonstration).Count(c => !(demonstration && ConceptClasses.SparesDemonstrations(c))));
        if (anti == 0)
        {
            return false;
        }

        int heads = views.Sum(v => v.Concepts.Count(c => ConceptClasses.IsHead(c.Mention.Concept) || ConceptClasses.Tolls.Contains(c.Mention.Concept)));
        bool armed = views.Any(v => v.Actors.Any(a => a.Actor.Inter is >= Inter.StateForces and <= Inter.IdentityMilitia or Inter.External &&
                                                       a.Mention.ActorId is not null));
        return !armed && anti * 2 >= heads;
    }
}
