using System.Collections.Frozen;
using Polemos.Core;
using Polemos.Text;

namespace Polemos.Events;

/// <summary>
/// Concepts that two separate words make together. A verb of setting up whose object is a military installation
/// ("set up two new observation posts", "established a total of 40 military points", "the post was set up on
/// Monday") establishes a base, however many words stand between them. A capture whose object is a place, an area
/// or an installation named without a preposition ("captured Saraqib on Monday", "captured two rebel training camps")
/// takes control of it. Weapons found or seized ("discovered a stash of rockets", "rifles were seized") are a weapons
/// seizure, not weapons used; an agreement concluded ("agreed a 48-hour ceasefire") is that agreement made. An action word that is part of a date ("a March 2018 attack", "1 de marzo") is the month, not a march.
/// </summary>
internal static class ConceptCompounds
{
    /// <summary>How far the installation may follow its verb ("set up in the area a new forward operating base").</summary>
    private const int ObjectReach = 8;

    /// <summary>How far before a passive verb or a closing participle the installation may stand ("three points were set up").</summary>
    private const int SubjectReach = 4;

    /// <summary>How far the place or installation may follow a capturing verb.</summary>
    private const int CaptureReach = 6;

    /// <summary>Adds the compounds of a sentence: bases established, places captured, weapons seized, agreements made; drops the action words that a date contains.</summary>
    public static void Add(SentenceView v)
    {
        // Asked of every sentence, and most have no date, no set-up verb and no agreement concluded: the steps whose
        // lambdas capture the sentence run only where they can find something.
        if (v.Dates.Count > 0)
        {
            DropDateWords(v);
        }

        if (v.Has(Concepts.SetUp))
        {
            AddBases(v);
        }

        AddTakeovers(v);
        AddSeizures(v);
        if (v.Has(Concepts.Conclude))
        {
            AddAgreements(v);
        }
    }

    /// <summary>How far after a verb of driving out the party driven may be named ("drove back the ISIL fighters").</summary>
    private const int ExpelledReach = 4;

    /// <summary>How far after the particle the ground left may be named ("out of fresh areas in …").</summary>
    private const int GroundReach = 4;

    /// <summary>
    /// "Pushed al-Shabab militants out of three villages", "drove back the rebels from a key village", "ont chassé les
    /// jihadistes de la ville": a verb of the language's <c>expulsion_verbs</c>, a fighting party named within a few
    /// words after it, and right after the party a particle of <c>expulsion_particles</c> before a place, an area or an
    /// installation, is ground taken back from that party (RETAKE over the verb and the particle), whatever the verb
    /// alone would say (a clash, a displacement). The party split from its verb is what no lexicon phrase can reach.
    /// </summary>
    public static void AddExpulsions(SentenceView v, Document document, LanguageData data)
    {
        if (data.ExpulsionVerbs.Count == 0 || v.Actors.Count == 0)
        {
            return;
        }

        // Only a verb with a fighting party within reach after it can begin a compound: the parties' tokens are found
        // first, so most tokens are passed without a look-up in the verbs (perf10).
        Span<int> parties = v.Actors.Count <= 16 ? stackalloc int[v.Actors.Count] : new int[v.Actors.Count];
        int partyCount = 0;
        foreach (var a in v.Actors)
        {
            if (IsExpelledParty(a))
            {
                parties[partyCount++] = a.Token;
            }
        }

        if (partyCount == 0)
        {
            return;
        }

        parties = parties[..partyCount];
        int first = v.Sentence.FirstToken, end = first + v.Sentence.TokenCount;
        for (int i = first; i < end; i++)
        {
            if (!PartyWithinReach(parties, i) || !IsExpulsionVerb(document.Tokens[i].Norm, data))
            {
                continue;
            }

            var party = v.Actors.FirstOrDefault(a => a.Token > i && a.Token - i <= ExpelledReach && IsExpelledParty(a));
            if (party is null || v.Concepts.Any(c => c.Token > i && c.Token < party.Token && ConceptClasses.IsHead(c.Mention.Concept)))
            {
                continue;
            }

            int after = document.TokenIndexAt(party.Mention.Span.End);
            int particleEnd = ParticleAt(document, data, after, end);
            if (particleEnd < 0 || !GroundAfter(v, particleEnd, end))
            {
                continue;
            }

            var span = TextSpan.Cover(document.Tokens[i].Span, document.Tokens[particleEnd - 1].Span);
            v.Concepts.RemoveAll(c => c.Mention.Span.Start >= document.Tokens[i].Span.Start && c.Mention.Span.Start < span.End &&
                                      c.Mention.Concept is not (Concepts.Area or Concepts.Installation));
            v.Concepts.Add((new ConceptMention(span, Concepts.Retake, WordForm.Past) { Source = "compound" }, i));
            v.Concepts.Sort((a, b) => a.Token.CompareTo(b.Token));
            i = particleEnd - 1;
        }
    }

    /// <summary>How far from a verb of shooting down the drone, missile, rocket or aircraft it downs may stand.</summary>
    private const int DowningReach = 6;

    /// <summary>
    /// "L'armée a abattu 14 drones", "abbattuto un miliziano": a verb that kills people and shoots down aircraft alike
    /// (<c>downing_verbs</c>) intercepts where a drone, a missile, a rocket or an aircraft stands within
    /// <see cref="DowningReach"/> words of it, and kills where people stand that near and its sentence names none of
    /// those weapons; otherwise it keeps the concept the lexicon lists it as ("25 drones, of which 20 were downed").
    /// </summary>
    public static void ReadDownings(SentenceView v, Document document, LanguageData data)
    {
        if (data.DowningVerbs.Count == 0)
        {
            return;
        }

        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (c, t) = v.Concepts[i];
            int last = document.TokenIndexAt(c.Span.End) - 1;
            if (c.Concept is not (Concepts.Kill or Concepts.Intercept) || !data.DowningVerbs.Contains(document.Tokens[last].Norm))
            {
                continue;
            }

            string? concept = Downed(v, document, data, t, last, DowningReach) ? Concepts.Intercept
                : !Downed(v, document, data, t, last, v.Sentence.TokenCount) && PersonNear(v, t, last) ? Concepts.Kill
                : null;
            if (concept is not null && concept != c.Concept)
            {
                v.Concepts[i] = (c with { Concept = concept }, t);
            }
        }
    }

    /// <summary>Whether a drone, a missile, a rocket or an aircraft word stands within <paramref name="reach"/> words of the verb.</summary>
    private static bool Downed(SentenceView v, Document document, LanguageData data, int first, int last, int reach)
    {
        foreach (var (c, t) in v.Concepts)
        {
            if (c.Concept is Concepts.Drone or Concepts.Missile or Concepts.Rocket &&
                ((t > last && t - last <= reach) || (t < first && first - t <= reach)))
            {
                return true;
            }
        }

        int from = Math.Max(v.Sentence.FirstToken, first - reach);
        int to = Math.Min(v.Sentence.FirstToken + v.Sentence.TokenCount - 1, last + reach);
        for (int k = from; k <= to; k++)
        {
            if (data.AircraftWords.Contains(document.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before a verb of shelling or bombing its aircraft may stand ("un avión de la fuerza aérea bombardeó").</summary>
    private const int BomberReach = 5;

    /// <summary>
    /// "A Sudanese army drone bombed a market", "un avión de la fuerza aérea bombardeó un mercado", "bombardeado por
    /// aviones": a verb of shelling or bombing whose subject is a drone or an aircraft (an air strike's noun, a drone, or
    /// one of the language's <c>aircraft_words</c>) right before it, or whose agent after a participle is one, tells an
    /// air strike.
    /// </summary>
    public static void ReadAerialBombing(SentenceView v, Document document, LanguageData data)
    {
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (c, t) = v.Concepts[i];
            // A noun too: folded, the past of some languages is their noun ("bombardeó", "bombardeo"). A verb of attack
            // whose subject is an aircraft or a drone is one too ("army planes attacked", "des avions ont frappé").
            bool strike = c.Concept is Concepts.Shell or Concepts.Explosion || (c.Concept == Concepts.Attack && c.Form is not WordForm.Noun);
            if (!strike || c.Form is WordForm.Infinitive)
            {
                continue;
            }

            // An attack's subject must be an aircraft or a drone itself, not a noun of bombers that may be people ("the
            // bombers were targeting soldiers", after "two suicide bombers").
            bool attack = c.Concept == Concepts.Attack;
            int last = document.TokenIndexAt(c.Span.End) - 1;
            if (AircraftBefore(v, document, data, t, attack) || (c.Form == WordForm.Participle && AircraftAgentAfter(v, document, data, last)))
            {
                v.Concepts[i] = (c with { Concept = Concepts.Airstrike }, t);
            }
        }
    }

    /// <summary>
    /// A drone, an air strike's noun (not when <paramref name="aircraftOnly"/>) or an aircraft word within reach before
    /// the verb, with no other act between.
    /// </summary>
    private static bool AircraftBefore(SentenceView v, Document document, LanguageData data, int verb, bool aircraftOnly = false)
    {
        // The aircraft's owner between them does not count ("un dron de las fuerzas armadas sudanesas bombardeó").
        int counted = 0;
        for (int k = verb - 1; k >= v.Sentence.FirstToken && counted < BomberReach; k--)
        {
            var token = document.Tokens[k];
            if (!v.Actors.Any(a => a.Mention.Span.Contains(token.Span)))
            {
                counted++;
            }

            if (token.Norm is "," or ";" or ":")
            {
                return false;
            }

            var concept = v.Concepts.FirstOrDefault(o => o.Token <= k && document.TokenIndexAt(o.Mention.Span.End) > k).Mention;
            if (concept is { Concept: Concepts.Drone, Form: WordForm.Noun or WordForm.Any } ||
                (!aircraftOnly && concept is { Concept: Concepts.Airstrike, Form: WordForm.Noun or WordForm.Any }) ||
                data.AircraftWords.Contains(token.Norm))
            {
                // Not the agent of something else the sentence names first ("explosive devices carried by drones
                // detonated": the devices went off, the drones carried them).
                int first = concept is null ? k : document.TokenIndexAt(concept.Span.Start);
                return !v.Concepts.Any(o => o.Mention.Concept == Concepts.Agent && o.Token < first && first - o.Token <= 2);
            }

            if (concept is not null && ConceptClasses.IsHead(concept.Concept))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A participle's agent, right after it, that is an aircraft or a drone ("bombardeado por aviones").</summary>
    private static bool AircraftAgentAfter(SentenceView v, Document document, LanguageData data, int last)
    {
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        if (last + 1 >= end || !v.Concepts.Any(o => o.Token == last + 1 && o.Mention.Concept == Concepts.Agent))
        {
            return false;
        }

        for (int k = last + 2; k < end && k <= last + 4; k++)
        {
            if (data.AircraftWords.Contains(document.Tokens[k].Norm) ||
                v.Concepts.Any(o => o.Token == k && o.Mention.Concept is Concepts.Drone or Concepts.Airstrike))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Weapons in flight: one destroyed is brought down, not used.</summary>
    private static readonly HashSet<string> InFlight = new(StringComparer.Ordinal)
    {
        Concepts.Drone, Concepts.Missile, Concepts.Rocket,
    };

    /// <summary>How far from a verb of destroying the weapon it destroyed may stand ("destroyed 12 Russian drones").</summary>
    private const int DestroyedReach = 6;

    /// <summary>
    /// "Air defences destroyed 12 Russian drones", "ПВО уничтожили 12 беспилотников", "hat zwölf Drohnen über der Region
    /// Odessa zerstört": a verb of destroying (DESTROY) whose object is a drone, a missile or a rocket, after it with only
    /// function words, counts and the weapon's own party between, or before it where the verb closes its clause, brought
    /// the weapon down: the verb is read as an interception, whose pruning then takes the weapon out of the events. A
    /// weapon that only qualifies the noun after it ("destroyed a missile launcher") is no object of its own.
    /// </summary>
    public static void ReadDestroyedInFlight(SentenceView v, Document document, LanguageData data)
    {
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (c, t) = v.Concepts[i];
            if (c.Concept != Concepts.Destroy || c.Form == WordForm.Noun)
            {
                continue;
            }

            int last = document.TokenIndexAt(c.Span.End) - 1;
            int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
            bool closes = last + 1 >= end || document.Tokens[last + 1].Shape.Has(TokenShape.Punctuation);
            if (DestroyedObject(v, document, data, last, end, 1) || (closes && DestroyedObject(v, document, data, t, end, -1)))
            {
                v.Concepts[i] = (c with { Concept = Concepts.Intercept }, t);
            }
        }
    }

    /// <summary>Whether a weapon in flight is the first thing named from the verb's edge in the direction of <paramref name="step"/>.</summary>
    private static bool DestroyedObject(SentenceView v, Document document, LanguageData data, int edge, int end, int step)
    {
        var tokens = document.Tokens;
        // Counts do not count towards the reach ("знищили над Харківською областю шість із восьми дронів").
        int counted = 0;
        for (int k = edge + step; k >= v.Sentence.FirstToken && k < end && counted < DestroyedReach; k += step)
        {
            var token = tokens[k];
            bool inCount = v.Quantities.Any(q => q.Mention.Span.Contains(token.Span));
            if (!inCount)
            {
                counted++;
            }

            var weapon = v.Concepts.FirstOrDefault(o => InFlight.Contains(o.Mention.Concept) && o.Mention.Form is WordForm.Noun or WordForm.Any &&
                                                        o.Mention.Span.Contains(token.Span)).Mention;
            if (weapon is not null)
            {
                // After the verb, the weapon heads its words: a lower-case word after it that nothing reads makes it a modifier.
                int next = document.TokenIndexAt(weapon.Span.End);
                return step < 0 || next >= end || !tokens[next].Shape.Has(TokenShape.Word) || tokens[next].Shape.Has(TokenShape.Capitalised) ||
                       data.StopWords.Contains(tokens[next].Norm) || Read(v, tokens[next].Span);
            }

            bool passable = data.StopWords.Contains(token.Norm) || token.Shape.Has(TokenShape.Number) || inCount ||
                            v.Concepts.Any(o => o.Mention.Concept is Concepts.Single or Concepts.Passive && o.Mention.Span.Contains(token.Span)) ||
                            // The weapon's own party ("Russian drones").
                            v.Actors.Any(a => a.Mention.Span.Contains(token.Span) &&
                                              v.Concepts.Any(o => InFlight.Contains(o.Mention.Concept) && a.Mention.Span.Contains(o.Mention.Span))) ||
                            // Where (before a verb that closes the clause, or after the verb behind a preposition: "знищили
                            // над Харківською областю шість дронів"; a bare place after the verb is its object) and when.
                            v.Places.Any(p => (p.Mention.MarkerSpan is { } m && m.Contains(token.Span)) ||
                                              (p.Mention.Span.Contains(token.Span) && (step < 0 || AfterPreposition(document, data, p.Token, edge)))) ||
                            // A province's noun right after its name ("над Харківською областю").
                            (data.ProvinceNouns.Contains(TextFold.Fold(token.Norm)) && k > v.Sentence.FirstToken &&
                             v.Places.Any(p => p.Mention.Span.Contains(tokens[k - 1].Span))) ||
                            v.Dates.Any(d => d.Span.Contains(token.Span));
            if (!passable)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a function word stands right before the place, after the verb: a preposition of place, not a bare object.</summary>
    private static bool AfterPreposition(Document document, LanguageData data, int place, int verb) =>
        place - 1 > verb && data.StopWords.Contains(document.Tokens[place - 1].Norm);

    /// <summary>Whether some mention of the sentence covers the span.</summary>
    private static bool Read(SentenceView v, TextSpan span) =>
        v.Concepts.Any(o => o.Mention.Span.Contains(span)) || v.Actors.Any(a => a.Mention.Span.Contains(span)) ||
        v.Places.Any(p => p.Mention.Span.Contains(span)) || v.Quantities.Any(q => q.Mention.Span.Contains(span)) || v.Dates.Any(d => d.Span.Contains(span));

    /// <summary>
    /// "Сили оборони відбили 12 атак", "repelled five attacks": a verb of taking back (RETAKE) whose object, after at most
    /// a count, is the noun of an attack took back no ground; it fought the attack off, an armed clash. The verb is read
    /// as CLASH in its own form and the attack's noun, now its object, as no event of its own.
    /// </summary>
    public static void ReadRepelledAttacks(SentenceView v, Document document)
    {
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (c, t) = v.Concepts[i];
            if (c.Concept != Concepts.Retake || c.Form is WordForm.Noun or WordForm.Infinitive)
            {
                continue;
            }

            int next = document.TokenIndexAt(c.Span.End);
            while (next < v.Sentence.FirstToken + v.Sentence.TokenCount && v.Quantities.Any(q => q.Token <= next && document.TokenIndexAt(q.Mention.Span.End) > next))
            {
                next++;
            }

            int attack = v.Concepts.FindIndex(a => a.Token == next && a.Mention.Concept == Concepts.Attack && a.Mention.Form == WordForm.Noun);
            if (attack < 0)
            {
                continue;
            }

            v.Concepts[i] = (c with { Concept = Concepts.Clash }, t);
            v.Concepts.RemoveAt(attack);
        }
    }

    /// <summary>How many words may stand between a verb of explosion and the crowd's weapon it names ("exploded five crude bombs").</summary>
    private const int ThrownBombReach = 4;

    /// <summary>
    /// "Party men exploded cocktail bombs", "crude bombs were exploded": a verb of explosion whose object or subject,
    /// within <see cref="ThrownBombReach"/> words and with no punctuation between, is a RIOT phrase that names what a crowd
    /// throws (<c>riot_weapons</c>) tells the crowd's violence, not a bombing: the verb is dropped, and the weapon's phrase
    /// tells the event.
    /// </summary>
    public static void ReadThrownBombs(SentenceView v, Document document, LanguageData data)
    {
        if (data.RiotWeapons.Count == 0)
        {
            return;
        }

        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (c, t) = v.Concepts[i];
            if (c.Concept != Concepts.Explosion || c.Form is WordForm.Noun or WordForm.Infinitive)
            {
                continue;
            }

            int first = t, last = document.TokenIndexAt(c.Span.End) - 1;
            if (v.Concepts.Any(o => o.Mention.Concept == Concepts.Riot && NamesAThrownWeapon(o.Mention, document, data.RiotWeapons) &&
                                    WithinReach(document, first, last, o.Token, document.TokenIndexAt(o.Mention.Span.End) - 1)))
            {
                v.Concepts.RemoveAt(i);
                i--;
            }
        }
    }

    /// <summary>
    /// Whether a phrase of tokens [<paramref name="from"/>, <paramref name="to"/>] stands within <see cref="ThrownBombReach"/>
    /// words after or before a verb of tokens [<paramref name="first"/>, <paramref name="last"/>], with no punctuation between.
    /// </summary>
    private static bool WithinReach(Document document, int first, int last, int from, int to) =>
        from > last ? from - last <= ThrownBombReach && !PunctuationIn(document, last + 1, from)
        : to < first && first - to <= ThrownBombReach && !PunctuationIn(document, to + 1, first);

    /// <summary>Whether a phrase holds one of the language's <c>riot_weapons</c> words ("crude bombs", "pelted stones").</summary>
    internal static bool NamesAThrownWeapon(ConceptMention m, Document document, FrozenSet<string> weapons)
    {
        for (int k = document.TokenIndexAt(m.Span.Start); k < document.TokenIndexAt(m.Span.End); k++)
        {
            if (weapons.Contains(TextFold.Fold(document.Tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a punctuation mark stands among tokens [from, to).</summary>
    private static bool PunctuationIn(Document document, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (document.Tokens[k].Shape.Has(TokenShape.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand between a verb of saying and the infinitive perfect it governs ("affirme avoir", "ha detto di aver").</summary>
    private const int ClaimedActReach = 2;

    /// <summary>
    /// "L'armée affirme avoir neutralisé vingt terroristes", "ha detto di aver ucciso", "dijo haber abatido": a
    /// participle right after an auxiliary of the infinitive perfect (<c>infinitive_auxiliaries</c>) that stands at most
    /// <see cref="ClaimedActReach"/> words after a verb of saying or attributing, with no punctuation between, tells its
    /// act as done by the speaker: it is read as the past (the subject acts). Elsewhere ("nie avoir tué", "accusa i
    /// soldati di aver stuprato") the participle keeps its own reading.
    /// </summary>
    public static void ReadClaimedActs(SentenceView v, Document document, LanguageData data)
    {
        if (data.InfinitiveAuxiliaries.Count == 0)
        {
            return;
        }

        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (c, t) = v.Concepts[i];
            if (c.Form == WordForm.Participle && t > v.Sentence.FirstToken && data.InfinitiveAuxiliaries.Contains(document.Tokens[t - 1].Norm) &&
                ClaimedAfter(v, document, t - 1))
            {
                v.Concepts[i] = (c with { Form = WordForm.Past }, t);
            }
        }
    }

    private static bool ClaimedAfter(SentenceView v, Document document, int token)
    {
        foreach (var (c, _) in v.Concepts)
        {
            int end = document.TokenIndexAt(c.Span.End) - 1;
            if (c.Concept is Concepts.Source or Concepts.Attribution && c.Form != WordForm.Noun && end < token && token - end <= ClaimedActReach &&
                !PunctuationIn(document, end + 1, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether people (an actor's words) stand within <see cref="DowningReach"/> words of the verb.</summary>
    private static bool PersonNear(SentenceView v, int first, int last)
    {
        foreach (var a in v.Actors)
        {
            if ((a.Token > last && a.Token - last <= DowningReach) || (a.Token < first && first - a.Token <= DowningReach))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words after a verb of fighting its opponent may begin ("battle with the police").</summary>
    private const int OpponentReach = 2;

    /// <summary>
    /// A word of the language's <c>subject_verbs</c> that the lexicon lists in the present ("battle", "fight": nouns
    /// elsewhere) is a verb only right after an actor or a community noun, its subject ("police battle armed raiders",
    /// "rival clans fight over pasture"), or, after no article or possessive, with an actor as its object ("youths
    /// battle police"). Otherwise ("the battle against corruption", "a long legal fight", "Kenya's fight against
    /// poverty", "join the fight against the army") it is a noun, and the sentence is read as if the lexicon had not
    /// listed it.
    /// </summary>
    public static void DropSubjectlessVerbs(SentenceView v, Document document, LanguageData data)
    {
        if (data.SubjectVerbs.Count == 0)
        {
            return;
        }

        v.Concepts.RemoveAll(c => c.Mention.Form == WordForm.Present && data.SubjectVerbs.Contains(TextFold.Fold(document.Tokens[c.Token].Norm)) &&
                                  !SubjectBefore(v, document, data, c.Token) &&
                                  (NounBefore(v, document, data, c.Token) ||
                                   !ActorStartsWithin(document, v, document.TokenIndexAt(c.Mention.Span.End), document.TokenIndexAt(c.Mention.Span.End) + OpponentReach - 1)));
    }

    /// <summary>An actor's words, or a community noun ("clans"), end right before token <paramref name="token"/>.</summary>
    private static bool SubjectBefore(SentenceView v, Document document, LanguageData data, int token)
    {
        if (token == v.Sentence.FirstToken)
        {
            return false;
        }

        if (data.CommunityWords.Contains(TextFold.Fold(document.Tokens[token - 1].Norm)))
        {
            return true;
        }

        foreach (var a in document.MentionsOf<ActorMention>())
        {
            if (document.TokenIndexAt(a.Span.End) == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An article, an indefinite article or a possessive right before the word makes it a noun ("the battle with police", "Kenya's fight").</summary>
    private static bool NounBefore(SentenceView v, Document document, LanguageData data, int token)
    {
        if (token == v.Sentence.FirstToken)
        {
            return false;
        }

        string before = document.Tokens[token - 1].Norm;
        return data.DefiniteArticles.Contains(before) || data.Possessives.Contains(before) || before.EndsWith("'s", StringComparison.Ordinal) ||
               before.EndsWith("’s", StringComparison.Ordinal) || v.HasNear(Concepts.Single, token, 1, 0);
    }

    /// <summary>An actor's words begin at a token from <paramref name="from"/> to <paramref name="to"/> of the sentence.</summary>
    private static bool ActorStartsWithin(Document document, SentenceView v, int from, int to)
    {
        int end = v.Sentence.FirstToken + v.Sentence.TokenCount;
        foreach (var a in document.MentionsOf<ActorMention>())
        {
            int at = document.TokenIndexAt(a.Span.Start);
            if (at >= from && at <= to && at < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An actor that can be the party driven out: not a source, and an armed party or a foreign force.</summary>
    private static bool IsExpelledParty(ActorAt a) =>
        !a.IsSource && a.Actor.Inter is >= Inter.StateForces and <= Inter.IdentityMilitia or Inter.External;

    /// <summary>Whether one of the parties' tokens lies within <see cref="ExpelledReach"/> after token <paramref name="i"/>.</summary>
    private static bool PartyWithinReach(ReadOnlySpan<int> parties, int i)
    {
        foreach (int token in parties)
        {
            if (token > i && token - i <= ExpelledReach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb as written or with a clitic prefix taken off (Arabic "وطردت").</summary>
    private static bool IsExpulsionVerb(string norm, LanguageData data)
    {
        if (data.ExpulsionVerbs.Contains(norm))
        {
            return true;
        }

        foreach (string prefix in data.CliticPrefixes)
        {
            if (norm.Length - prefix.Length >= 3 && norm.StartsWith(prefix, StringComparison.Ordinal) &&
                data.ExpulsionVerbs.Contains(norm[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after a particle of driving out that starts at <paramref name="at"/> or one word later ("back"), or -1.</summary>
    private static int ParticleAt(Document document, LanguageData data, int at, int end)
    {
        for (int start = at; start <= at + 1 && start < end; start++)
        {
            if (PhraseEndAt(document, data.ExpulsionParticles, start, end) is var after and >= 0)
            {
                return after;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token after the first of <paramref name="phrases"/> (each as folded words, in the list's order) that starts at
    /// <paramref name="start"/> and ends before <paramref name="end"/>, or -1 when none does.
    /// </summary>
    internal static int PhraseEndAt(Document document, IReadOnlyList<string[]> phrases, int start, int end)
    {
        foreach (var phrase in phrases)
        {
            if (start + phrase.Length > end)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < phrase.Length && match; k++)
            {
                match = string.Equals(document.Tokens[start + k].Norm, phrase[k], StringComparison.Ordinal);
            }

            if (match)
            {
                return start + phrase.Length;
            }
        }

        return -1;
    }

    /// <summary>A place, an area or an installation within a few words from <paramref name="from"/>, before any action.</summary>
    private static bool GroundAfter(SentenceView v, int from, int end)
    {
        for (int t = from; t < end && t < from + GroundReach; t++)
        {
            if (v.Places.Any(p => p.Token == t) ||
                v.Concepts.Any(c => c.Token == t && (IsInstallation(c.Mention) || c.Mention.Concept == Concepts.Area)))
            {
                return true;
            }

            if (v.Concepts.Any(c => c.Token == t && ConceptClasses.IsHead(c.Mention.Concept)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An action word ending inside a date is the date's month ("a March 2018 attack"); a phrase around a date ("preso oggi il controllo") is not.</summary>
    private static void DropDateWords(SentenceView v)
    {
        // Most sentences have no date: they need no filter.
        if (v.Dates.Count > 0)
        {
            DropWordsOfDates(v);
        }
    }

    private static void DropWordsOfDates(SentenceView v) =>
        v.Concepts.RemoveAll(c => ConceptClasses.IsHead(c.Mention.Concept) && EndsInADate(v, c.Mention));

    private static bool EndsInADate(SentenceView v, ConceptMention c)
    {
        foreach (var d in v.Dates)
        {
            if (c.Span.End > d.Span.Start && c.Span.End <= d.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds an establish-base concept for each set-up verb with an installation as its object (or, passive, its subject).</summary>
    private static void AddBases(SentenceView v)
    {
        var added = new List<(ConceptMention Mention, int Token)>();
        foreach (var (verb, token) in v.Concepts.Where(c => c.Mention.Concept == Concepts.SetUp))
        {
            // A passive ("the post was set up") or a participle closing its clause ("zwei Stützpunkte errichtet") has its installation before it.
            bool before = v.HasNear(Concepts.Passive, token, 3, 0) || verb.Form == WordForm.Participle;
            var thing = v.Concepts.FirstOrDefault(c => IsInstallation(c.Mention) && c.Token > token && c.Token - token <= ObjectReach &&
                                                      !InterruptedBetween(v, token, c.Token));
            if (thing.Mention is null && before)
            {
                thing = v.Concepts.LastOrDefault(c => IsInstallation(c.Mention) && c.Token < token && token - c.Token <= SubjectReach &&
                                                      !InterruptedBetween(v, c.Token, token));
            }

            if (thing.Mention is not null)
            {
                var span = TextSpan.Cover(verb.Span, thing.Mention.Span);
                added.Add((new ConceptMention(span, Concepts.EstablishBase, verb.Form) { Source = "compound" }, Math.Min(token, thing.Token)));
            }
            else if (before && v.Actors.LastOrDefault(a => a.Token < token && token - a.Token <= SubjectReach && !a.IsSource &&
                                                           a.Actor.Inter is Inter.Rebels or Inter.PoliticalMilitia or Inter.IdentityMilitia &&
                                                           !InterruptedBetween(v, a.Token, token)) is { } group)
            {
                // "A tribal militia was established in the district": an armed group set up is a group formed, a
                // change to group activity.
                var span = TextSpan.Cover(group.Mention.Span, verb.Span);
                added.Add((new ConceptMention(span, Concepts.GroupChange, verb.Form) { Source = "compound" }, group.Token));
            }
        }

        if (added.Count > 0)
        {
            v.Concepts.AddRange(added);
            v.Concepts.Sort((a, b) => a.Token.CompareTo(b.Token));
        }
    }

    /// <summary>
    /// A capture (not a noun) whose object is a place, not people, becomes a takeover of that place; a release whose
    /// object is a place ("freed three villages", "liberated the town") is ground regained.
    /// </summary>
    private static void AddTakeovers(SentenceView v)
    {
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (verb, token) = v.Concepts[i];
            if (verb.Concept is Concepts.Capture or Concepts.Release && verb.Form != WordForm.Noun && PlaceObject(v, token) is { } target)
            {
                string taken = verb.Concept == Concepts.Capture ? Concepts.TakeControl : Concepts.Retake;
                v.Concepts[i] = (new ConceptMention(TextSpan.Cover(verb.Span, target), taken, verb.Form) { Source = "compound" }, token);
            }
        }
    }

    /// <summary>
    /// The object of the verb at <paramref name="token"/> when it is a place named without a preposition, an area or
    /// an installation; an actor, an action or a toll met first means people were captured ("captured two soldiers
    /// near Idlib"), unless the actor only describes the installation after it ("rebel camps").
    /// </summary>
    private static TextSpan? PlaceObject(SentenceView v, int token)
    {
        for (int t = token + 1; t <= token + CaptureReach; t++)
        {
            var concept = v.Concepts.FirstOrDefault(c => c.Token == t);
            if (concept.Mention is { } c)
            {
                if (IsInstallation(c) || c.Concept == Concepts.Area)
                {
                    return c.Span;
                }

                if (ConceptClasses.IsHead(c.Concept) || ConceptClasses.Tolls.Contains(c.Concept))
                {
                    return null;
                }
            }

            var place = v.Places.FirstOrDefault(p => p.Token == t);
            if (place.Mention is { } p)
            {
                return p.MarkerSpan is null ? p.Span : null;
            }

            var actor = v.Actors.FirstOrDefault(a => a.Token == t);
            if (actor is not null && !v.Concepts.Any(o => o.Token > t && o.Token <= t + 3 && (IsInstallation(o.Mention) || o.Mention.Concept == Concepts.Area) &&
                                                          o.Mention.Span.Start - actor.Mention.Span.End <= 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How far the weapons may follow a verb of finding or seizing ("discovered a large cache of").</summary>
    private const int SeizedReach = 6;

    /// <summary>How far before a passive verb of finding the nearest weapon may stand ("rifles and ammunition were seized").</summary>
    private const int SeizedSubjectReach = 12;

    /// <summary>How far a list of weapons taken may run from its verb ("seized two landmines, two IEDs, six sticks of TNT, three grenades…").</summary>
    private const int SeizedListReach = 30;

    /// <summary>Words that name a weapon taken: any weapon noun, weapons in general, an arms cache.</summary>
    private static readonly HashSet<string> Taken = new(StringComparer.Ordinal)
    {
        Concepts.Gunfire, Concepts.Shell, Concepts.Rocket, Concepts.Missile, Concepts.Grenade, Concepts.Ied, Concepts.Landmine,
        Concepts.Explosion, Concepts.CarBomb, Concepts.Drone, Concepts.Arms, Concepts.Intercept,
    };

    /// <summary>Explosive devices: destroying one is disarming it ("destroyed a roadside bomb").</summary>
    private static readonly HashSet<string> Devices = new(StringComparer.Ordinal)
    {
        Concepts.Ied, Concepts.Landmine, Concepts.CarBomb,
    };

    /// <summary>
    /// A verb of finding or seizing whose object is weapons ("discovered a stash of rockets", "seized 8 hand grenades",
    /// passive: "rifles and ammunition were seized") takes them; destroying an explosive device disarms it. The weapons named are what was taken, not weapons
    /// used: they leave the sentence, and the verb becomes a weapons seizure.
    /// </summary>
    private static void AddSeizures(SentenceView v)
    {
        // Made when a verb first takes something: most sentences have no such verb.
        HashSet<int>? taken = null;
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (verb, token) = v.Concepts[i];
            if (verb.Form == WordForm.Noun || taken?.Contains(i) == true)
            {
                continue;
            }

            // A passive marker puts the weapons before the verb; a participle alone ("ont découvert", "gefunden") may
            // be active or passive.
            bool passive = v.HasNear(Concepts.Passive, token, 3, 0);
            bool finds = verb.Concept == Concepts.Find;
            bool seizes = verb.Concept is Concepts.TakeControl or Concepts.Capture or Concepts.Intercept or Concepts.Retake or Concepts.Abduct;
            bool disarms = verb.Concept == Concepts.Destroy;
            if (!finds && !seizes && !disarms)
            {
                continue;
            }

            Func<ConceptMention, bool> fits = disarms ? c => Devices.Contains(c.Concept) : c => Taken.Contains(c.Concept);
            // Active, the weapons follow the verb; passive, they precede it; a find ("a stash of rockets found near
            // Mosul") takes them from before when none follows. Weapons an earlier verb took are not taken twice.
            taken ??= [];
            var things = !passive ? TakenFrom(v, i, 1, fits, taken) : [];
            if (things.Count == 0 && (passive || finds))
            {
                things = TakenFrom(v, i, -1, fits, taken);
            }

            if (things.Count == 0)
            {
                continue;
            }

            var nearest = v.Concepts[Nearest(things, i)].Mention;
            v.Concepts[i] = (new ConceptMention(TextSpan.Cover(verb.Span, nearest.Span), Concepts.Intercept, verb.Form) { Source = "compound" }, token);
            taken.UnionWith(things);
        }

        if (taken is not null)
        {
            RemoveAt(v, taken);
        }
    }

    /// <summary>The index nearest <paramref name="i"/>, the first of two as near.</summary>
    private static int Nearest(List<int> indexes, int i) => indexes.MinBy(t => Math.Abs(t - i));

    /// <summary>
    /// The weapons a verb's object names (<paramref name="step"/> 1) or, passive, its subject (-1): the nearest of them
    /// within reach, and the weapons listed beyond it up to the next other action word or toll. After the verb, an
    /// actor or a place met first means the object is someone or somewhere; weapons an earlier verb took end the list.
    /// </summary>
    private static List<int> TakenFrom(SentenceView v, int verb, int step, Func<ConceptMention, bool> fits, HashSet<int> taken)
    {
        int token = v.Concepts[verb].Token;
        int reach = step > 0 ? SeizedReach : SeizedSubjectReach;
        var things = new List<int>();
        for (int i = verb + step; i >= 0 && i < v.Concepts.Count && Math.Abs(v.Concepts[i].Token - token) <= SeizedListReach; i += step)
        {
            var (c, t) = v.Concepts[i];
            if (taken.Contains(i) || (things.Count == 0 && (Math.Abs(t - token) > reach || (step > 0 && Blocks(v, token, t, c.Span.Start)))))
            {
                break;
            }

            if (c.Form is WordForm.Noun or WordForm.Any && fits(c))
            {
                things.Add(i);
            }
            else if (ConceptClasses.IsHead(c.Concept) || ConceptClasses.Tolls.Contains(c.Concept) || c.Concept == Concepts.Find)
            {
                break;
            }
        }

        return things;
    }

    /// <summary>
    /// An actor or a place between a verb and a later token: the verb's object is someone or somewhere, not weapons. A
    /// name right before the weapon (<paramref name="weapon"/> its start) is the weapon's model or maker ("seized two
    /// MON-50 landmines"), part of the object.
    /// </summary>
    private static bool Blocks(SentenceView v, int from, int to, int weapon) =>
        v.Actors.Any(a => a.Token > from && a.Token < to) ||
        v.Places.Any(p => p.Token > from && p.Token < to && !(p.Mention.MarkerSpan is null && weapon - p.Mention.Span.End is >= 0 and <= 1));

    /// <summary>How far an agreement, a truce or an exchange may follow the verb that concludes it ("agreed a 48-hour ceasefire").</summary>
    private const int AgreedReach = 5;

    /// <summary>What a verb of concluding concludes.</summary>
    private static readonly HashSet<string> Agreed = new(StringComparer.Ordinal)
    {
        Concepts.Agreement, Concepts.Ceasefire, Concepts.Exchange,
    };

    /// <summary>
    /// A verb of concluding whose object is an agreement, a truce or an exchange ("agreed a 48-hour ceasefire",
    /// "signed a new accord"; passive: "a truce was agreed") tells that agreement made, in the verb's tense: the noun
    /// alone only names it.
    /// </summary>
    private static void AddAgreements(SentenceView v)
    {
        var taken = new HashSet<int>();
        for (int i = 0; i < v.Concepts.Count; i++)
        {
            var (verb, token) = v.Concepts[i];
            if (verb.Concept != Concepts.Conclude || verb.Form == WordForm.Noun)
            {
                continue;
            }

            bool passive = v.HasNear(Concepts.Passive, token, 3, 0) || verb.Form == WordForm.Participle;
            int thing = Enumerable.Range(i + 1, v.Concepts.Count - i - 1)
                .FirstOrDefault(j => IsAgreed(v.Concepts[j].Mention) && v.Concepts[j].Token - token <= AgreedReach &&
                                     !InterruptedBetween(v, token, v.Concepts[j].Token), -1);
            if (thing < 0 && passive)
            {
                thing = Enumerable.Range(0, i).Reverse()
                    .FirstOrDefault(j => IsAgreed(v.Concepts[j].Mention) && token - v.Concepts[j].Token <= SubjectReach &&
                                         !InterruptedBetween(v, v.Concepts[j].Token, token), -1);
            }

            if (thing >= 0)
            {
                var agreed = v.Concepts[thing].Mention;
                v.Concepts[i] = (new ConceptMention(TextSpan.Cover(verb.Span, agreed.Span), agreed.Concept, verb.Form) { Source = "compound" }, token);
                taken.Add(thing);
            }
        }

        RemoveAt(v, taken);
    }

    private static bool IsAgreed(ConceptMention c) => Agreed.Contains(c.Concept) && c.Form is WordForm.Noun or WordForm.Any;

    /// <summary>Removes the concepts at the given indexes of the sentence's list.</summary>
    private static void RemoveAt(SentenceView v, HashSet<int> indexes)
    {
        if (indexes.Count == 0)
        {
            return;
        }

        var kept = v.Concepts.Where((_, i) => !indexes.Contains(i)).ToList();
        v.Concepts.Clear();
        v.Concepts.AddRange(kept);
    }

    /// <summary>An installation noun, or a base named by the establish-base lexicon as a noun ("base militaire", "new base").</summary>
    private static bool IsInstallation(ConceptMention c) =>
        c.Concept == Concepts.Installation || (c.Concept == Concepts.EstablishBase && c.Form == WordForm.Noun);

    /// <summary>Another action or another set-up verb between the two words makes them parts of different clauses.</summary>
    private static bool InterruptedBetween(SentenceView v, int from, int to) =>
        v.Concepts.Any(c => c.Token > from && c.Token < to && (ConceptClasses.IsHead(c.Mention.Concept) || c.Mention.Concept == Concepts.SetUp));
}
