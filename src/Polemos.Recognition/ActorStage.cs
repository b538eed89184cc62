using Polemos.Core;

namespace Polemos.Recognition;

/// <summary>
/// Finds actors: registry aliases ("Daesh", "SDF", "Coalizione Internazionale") and generic descriptions
/// ("i jihadisti", "Syrian army", "forze russe"), a demonym next to a description naming its country. A demonym
/// next to a means of attack ("Russian warplanes", "raid turchi") names that state's forces.
/// </summary>
public sealed class ActorStage : IStage
{
    private static readonly HashSet<string> StateMeans = new(StringComparer.Ordinal)
    {
        Concepts.Airstrike, Concepts.Drone, Concepts.Shell, Concepts.Missile, Concepts.Rocket,
    };

    /// <summary>The most words an alias after an affiliation prefix is looked for in.</summary>
    private const int MaxAliasWords = 8;

    private readonly LanguagePacks _packs;
    private readonly ActorRegistry _registry;

    public ActorStage(LanguagePacks packs, ActorRegistry registry)
    {
        _packs = packs;
        _registry = registry;
    }

    public string Name => "actors";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Concepts];

    public IReadOnlyList<string> Provides => [Layers.Actors];

    public void Run(Document document)
    {
        var pack = _packs.For(document.Language);
        var aliases = _registry.MatcherFor(document.Language, pack.Data.Rules);
        var tokens = document.Tokens;
        var claimed = new bool[tokens.Count];
        var namedEndingAt = new Dictionary<int, int>();
        var conceptStarts = document.MentionsOf<ConceptMention>().Select(c => c.Span.Start).Order().ToArray();
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                var m = aliases.MatchAt(tokens, i, end);
                if (m is null || !SurfaceAgrees(document, m.Value))
                {
                    m = AffiliatedAt(aliases, pack, tokens, i, end) ?? AuthoredAt(document, aliases, pack, tokens, i);
                }

                if (m is { } found)
                {
                    var span = TokenClaims.SpanOf(document, found.First, found.Count);
                    namedEndingAt[found.First + found.Count - 1] = document.Mentions.Count;
                    string id = found.Value.ActorId;
                    document.Mentions.Add(new ActorMention(span, ActorKind.Named)
                    {
                        ActorId = id, Home = _registry.HomeOf(id), KeepsHome = _registry.KeepsHome(id), Theatre = _registry.TheatreOf(id),
                        LocalName = found.Value.Local, Source = Name,
                    });
                    for (int k = found.First; k < found.First + found.Count; k++)
                    {
                        claimed[k] = true;
                    }

                    i += found.Count - 1;
                }
            }

            for (int i = sentence.FirstToken; i < end; i++)
            {
                // A description that runs into a named organisation's words ("the military" of "the military forces of
                // Artsakh") is no description of its own: the organisation has those words.
                if (claimed[i] || pack.Actors.MatchAt(tokens, i, end) is not { } g || Attributive(pack, tokens, g, end, conceptStarts) ||
                    claimed.AsSpan(g.First, g.Count).Contains(true))
                {
                    continue;
                }

                int first = g.First, last = g.First + g.Count;
                if (IsArmed(g.Value.Kind) && g.Value.CountryCode is null && namedEndingAt.TryGetValue(first - 1, out int named))
                {
                    // "Houthi forces", "pro-Houthi fighters": the description is the named organisation's own.
                    var owner = (ActorMention)document.Mentions[named];
                    document.Mentions[named] = owner with { Span = TextSpan.Cover(owner.Span, TokenClaims.SpanOf(document, first, last - first)) };
                    for (int k = first; k < last; k++)
                    {
                        claimed[k] = true;
                    }

                    i = last - 1;
                    continue;
                }

                // "Gendarmerie forces", "militia troops": a description followed by the language's word for forces in
                // general is one actor, of the description's kind.
                if (pack.Data.ModifierBeforeNoun && IsArmed(g.Value.Kind) && g.Value.Kind != ActorKind.StateMilitary && last < end && !claimed[last] &&
                    pack.Actors.MatchAt(tokens, last, end) is { Count: 1, Value: { Kind: ActorKind.StateMilitary, CountryCode: null } })
                {
                    last++;
                }

                string? country = g.Value.CountryCode;
                if (country is null && last < end && pack.Nationalities.MatchAt(tokens, last, end) is { } after && !claimed[last])
                {
                    country = after.Value;
                    last += after.Count;

                    // "Affrontements entre forces ukrainiennes et russes": a second demonym joined by a conjunction shares
                    // the description, as one before it does.
                    if (IsArmed(g.Value.Kind) && last + 1 < end && !claimed[last] && pack.Data.Conjunctions.Contains(tokens[last].Norm) &&
                        pack.Nationalities.MatchAt(tokens, last + 1, end) is { } shared && shared.Value != country && !claimed[last + 1])
                    {
                        AddSharedDemonym(document, claimed, last + 1, shared.Count, g.Value.Kind, shared.Value);
                    }
                }

                if (country is null && first > sentence.FirstToken && DemonymEndingAt(pack, tokens, sentence.FirstToken, first) is { } before)
                {
                    country = before.Value;
                    first = before.First;

                    // "Clashes between Ukrainian and Russian forces": a demonym joined by a conjunction to the one before
                    // the description shares the description; it names a second actor of the same kind.
                    if (IsArmed(g.Value.Kind) && first - 1 > sentence.FirstToken && !claimed[first - 1] &&
                        pack.Data.Conjunctions.Contains(tokens[first - 1].Norm) &&
                        DemonymEndingAt(pack, tokens, sentence.FirstToken, first - 1) is { } shared && shared.Value != country &&
                        !claimed[shared.First])
                    {
                        AddSharedDemonym(document, claimed, shared.First, first - 1 - shared.First, g.Value.Kind, shared.Value);
                    }
                }

                // "Il ministero della Difesa russo ha detto che le sue truppe…": forces a possessive gives to the state named
                // before them in the sentence are that state's.
                if (country is null && g.Value.Kind is ActorKind.StateMilitary or ActorKind.StatePolice && first > sentence.FirstToken &&
                    Possessive(pack, tokens, sentence.FirstToken, first) &&
                    LastStateBetween(document, tokens[sentence.FirstToken].Span.Start, tokens[first].Span.Start) is { } state)
                {
                    country = state.CountryCode;
                }

                string? group = null;
                if (g.Value.Kind == ActorKind.IdentityMilitia)
                {
                    // "Dir clan militia", "Hawiye-Gaaljecel sub-clan militia": the name written before the description,
                    // in a language whose modifiers precede their noun; none ("an unidentified clan militia") is ACLED's
                    // "Unidentified Clan Militia".
                    int nameFirst = pack.Data.ModifierBeforeNoun && first == g.First ? NameStart(pack, tokens, claimed, sentence.FirstToken, first) : first;
                    group = nameFirst < first ? $"{document.Slice(TextSpan.Cover(tokens[nameFirst].Span, tokens[first - 1].Span))} {g.Value.Label}"
                                          : $"Unidentified {g.Value.Label}";
                    first = nameFirst;
                }

                for (int k = first; k < last; k++)
                {
                    claimed[k] = true;
                }

                var span = TokenClaims.SpanOf(document, first, last - first);
                string? unit = g.Value.Kind is ActorKind.StateMilitary or ActorKind.StatePolice ? g.Value.Label : null;
                document.Mentions.Add(new ActorMention(span, g.Value.Kind) { CountryCode = country, Group = group, Unit = unit, Source = Name });
                i = last - 1;
            }
        }

        // "Fighters of the Syrian National Army", "i jihadisti dello Stato Islamico": the named organisation is the actor.
        // A verb between them ("a policeman was shot dead by IS") keeps both: they are two parties.
        // An indefinite article between them is no verb ("hombres armados de una disidencia de las FARC").
        var namedStarts = document.MentionsOf<ActorMention>().Where(a => a.ActorId is not null).Select(a => a.Span.Start).Order().ToArray();
        var wordStarts = document.MentionsOf<ConceptMention>().Where(c => c.Concept != Concepts.Single).Select(c => c.Span.Start).Order().ToArray();
        bool OfNamed(ActorMention g) => IsArmed(g.Kind) && NextStartAfter(namedStarts, g.Span.End) is int next && OnlyFunctionWords(document, pack, g.Span.End, next) &&
                                        !(NextStartAfter(wordStarts, g.Span.End - 1) is int verb && verb < next);

        // In a verb-first language the subject's place is right after the verb: the organisation is named where the
        // description stands ("هاجم مسلحون من حركة الشباب قاعدة": the gunmen of al-Shabaab attacked a base). So is it
        // where the description follows a passive's agent marker ("shot dead by fighters of the Islamic State", "por
        // hombres armados de una disidencia de las FARC"): the agent stands right after its marker.
        var agentEnds = document.MentionsOf<ConceptMention>().Where(c => c.Concept == Concepts.Agent).Select(c => c.Span.End).ToHashSet();
        bool AfterAgentMarker(ActorMention g) => document.TokenIndexAt(g.Span.Start) is int k && k > 0 && agentEnds.Contains(tokens[k - 1].Span.End);
        foreach (var g in document.MentionsOf<ActorMention>().Where(g => g.ActorId is null && OfNamed(g) && (pack.Data.VerbInitial || AfterAgentMarker(g))).ToList())
        {
            int next = NextStartAfter(namedStarts, g.Span.End)!.Value;
            int index = document.Mentions.FindIndex(m => m is ActorMention { ActorId: not null } a && a.Span.Start == next);
            if (index >= 0 && document.Mentions[index] is ActorMention named)
            {
                document.Mentions[index] = named with { Span = TextSpan.Cover(g.Span, named.Span) };
            }
        }

        document.Mentions.RemoveAll(m => m is ActorMention { ActorId: null } g && OfNamed(g));

        // "Gunmen linked to the Islamic State group", "Os atacantes, associados ao grupo Estado Islâmico,": a description
        // of fighters followed by a word of affiliation and a named organisation is that organisation, named where the
        // description stands (the subject's place: "قتل مسلحون تابعون لتنظيم داعش ثلاثة مدنيين").
        if (pack.Data.AffiliationWords.Count > 0)
        {
            AffiliatedDescriptions(document, pack, namedStarts);
        }

        // "Two groups of gunmen", "rival factions of the army": a civilian description joined by a partitive word to
        // another actor description names what those people are; the later one is the actor.
        var actorStarts = document.MentionsOf<ActorMention>().Where(a => a.Kind != ActorKind.Civilians).Select(a => a.Span.Start).Order().ToArray();
        document.Mentions.RemoveAll(m => m is ActorMention { ActorId: null, Kind: ActorKind.Civilians } g &&
            document.TokenIndexAt(g.Span.End) is int after && after < tokens.Count &&
            pack.Data.PartitiveWords.Contains(tokens[after].Norm) &&
            NextStartAfter(actorStarts, g.Span.End) is int next && OnlyFunctionWords(document, pack, tokens[after].Span.Start, next));

        MembersOf(document, pack, conceptStarts);
        OffDutyInBrackets(document, pack);

        // "killed at least 20 Palestinians", "uccisi tre siriani": people counted by their nationality alone are that
        // country's civilians; not "20 Syrian soldiers", whose description follows.
        foreach (var q in document.MentionsOf<QuantityMention>().Where(q => q.Unit is null).ToList())
        {
            int next = document.TokenIndexAt(q.Span.End);
            if (next >= tokens.Count || claimed[next] || !tokens[next].Shape.Has(TokenShape.Word))
            {
                continue;
            }

            var sentence = document.Sentences[tokens[next].Sentence];
            int sentenceEnd = sentence.FirstToken + sentence.TokenCount;
            if (tokens[next - 1].Span.End > q.Span.End || pack.Nationalities.MatchAt(tokens, next, sentenceEnd) is not { } d || d.First != next)
            {
                continue;
            }

            // Nor "14 Russian drones": a state's means after the nationality are its army's (below), not people; nor "five
            // Russian attacks", attacks or clashes counted by the nationality of their side.
            int after = d.First + d.Count;
            if (after < sentenceEnd && (claimed[after] || pack.Actors.MatchAt(tokens, after, sentenceEnd) is not null ||
                                        (tokens[after].Shape.Has(TokenShape.Word) && tokens[after].Shape.Has(TokenShape.Capitalised)) ||
                                        MeansOrFightingAt(document, tokens[after].Span.Start)))
            {
                continue;
            }

            document.Mentions.Add(new ActorMention(TokenClaims.SpanOf(document, d.First, d.Count), ActorKind.Civilians) { CountryCode = d.Value, Source = Name });
            for (int k = d.First; k < after; k++)
            {
                claimed[k] = true;
            }
        }

        // "Russian warplanes", "raid aerei russi", "Russian planes": the state whose means they are, a means of attack of
        // the lexicon or one of the language's aircraft words.
        var means = new List<(TextSpan Span, int First, int Last, bool Verb)>();
        foreach (var c in document.MentionsOf<ConceptMention>())
        {
            if (StateMeans.Contains(c.Concept) || StrikeNoun(document, pack, c))
            {
                int first = document.TokenIndexAt(c.Span.Start);
                int last = first;
                while (last < tokens.Count && tokens[last].Span.End <= c.Span.End)
                {
                    last++;
                }

                means.Add((c.Span, first, last, c.Form is WordForm.Past or WordForm.Present or WordForm.Participle));
            }
        }

        var aircraft = pack.Data.AircraftWords;
        for (int i = 0; i < tokens.Count && aircraft.Count > 0; i++)
        {
            if (!claimed[i] && aircraft.Contains(tokens[i].Norm) && !means.Exists(m => i >= m.First && i < m.Last))
            {
                means.Add((tokens[i].Span, i, i + 1, false));
            }
        }

        foreach (var (meansSpan, first, last, verb) in means)
        {
            int sentenceFirst = document.Sentences[tokens[first].Sentence].FirstToken;
            int sentenceEnd = sentenceFirst + document.Sentences[tokens[first].Sentence].TokenCount;
            (int First, int Count, string Value)? demonym = null;

            // The lexicon may hold the nationality inside the phrase ("caccia russi"): look at the phrase's own words too.
            for (int k = first + 1; k < last && demonym is null; k++)
            {
                if (pack.Nationalities.MatchAt(tokens, k, last) is { } inside && inside.First + inside.Count == last)
                {
                    demonym = (inside.First, inside.Count, inside.Value);
                }
            }

            // Not after a verb of the means ("shelled Ukrainian positions"): that demonym is the object's, the side struck.
            if (demonym is null && !verb && last < sentenceEnd && !claimed[last] && pack.Nationalities.MatchAt(tokens, last, sentenceEnd) is { } a)
            {
                demonym = (a.First, a.Count, a.Value);
            }
            else if (demonym is null && DemonymEndingAt(pack, tokens, sentenceFirst, first) is { } b && !claimed[b.First])
            {
                demonym = (b.First, b.Count, b.Value);
            }

            if (demonym is { } d)
            {
                var span = TextSpan.Cover(meansSpan, TokenClaims.SpanOf(document, d.First, d.Count));
                document.Mentions.Add(new ActorMention(span, ActorKind.StateMilitary) { CountryCode = d.Value, Source = Name });
            }
        }
    }

    /// <summary>
    /// Whether an attack's noun is one word of the language's <c>strike_nouns</c> ("strike", "frappe", "удар"): a strike
    /// is delivered from afar by a state's arms, so a nationality beside it names that state's forces as it does beside a
    /// missile ("a Russian strike", "des frappes russes"). "A Kenyan raid", "an Ethiopian attack" may be any of its people's.
    /// </summary>
    private static bool StrikeNoun(Document document, LanguagePack pack, ConceptMention c) =>
        c.Concept == Concepts.Attack && c.Form == WordForm.Noun && pack.Data.StrikeNouns.Count > 0 &&
        document.TokenIndexAt(c.Span.Start) is int k && document.Tokens[k].Span.End == c.Span.End &&
        pack.Data.StrikeNouns.Contains(TextFold.Fold(document.Tokens[k].Norm));

    /// <summary>Whether a concept of a state's means of war (drones, missiles, warplanes…), an attack or a clash begins at the offset.</summary>
    private static bool MeansOrFightingAt(Document document, int start)
    {
        foreach (var c in document.MentionsOf<ConceptMention>())
        {
            if (c.Span.Start == start && (StateMeans.Contains(c.Concept) || c.Concept is Concepts.Attack or Concepts.Clash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A government soldier (SNA) (off duty)", "SWSPF soldiers (assumed off duty)": a state's forces followed by a bracket
    /// that holds one of the language's <c>off_duty_words</c>, behind at most one other bracket, are members of the forces
    /// off duty, whom ACLED codes as civilians, as it does "off-duty soldiers".
    /// </summary>
    private static void OffDutyInBrackets(Document document, LanguagePack pack)
    {
        var words = pack.Data.OffDutyWords;
        if (words.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        for (int n = 0; n < document.Mentions.Count; n++)
        {
            if (document.Mentions[n] is not ActorMention forces ||
                !(forces.Kind is ActorKind.StateMilitary or ActorKind.StatePolice || (forces.ActorId is { } id && ActorRegistry.StateOf(id) is not null)))
            {
                continue;
            }

            int k = document.TokenIndexAt(forces.Span.End);
            for (int bracket = 0; bracket < 2 && k < tokens.Count && tokens[k].Norm == "(" && tokens[k].Sentence == tokens[k - 1].Sentence; bracket++)
            {
                int close = k + 1;
                while (close < tokens.Count && close - k <= MaxOffDutyBracket && tokens[close].Norm != ")")
                {
                    close++;
                }

                if (close >= tokens.Count || tokens[close].Norm != ")")
                {
                    break;
                }

                string inside = string.Join(' ', Enumerable.Range(k + 1, close - k - 1).Select(i => tokens[i].Norm));
                if (words.Any(w => (" " + inside + " ").Contains(" " + w + " ", StringComparison.Ordinal)))
                {
                    // The forces and what a bracket before names of them ("(SNA)") are the people off duty.
                    int from = forces.Span.Start, to = tokens[k].Span.Start;
                    for (int j = 0; j < document.Mentions.Count; j++)
                    {
                        if (document.Mentions[j] is ActorMention { Kind: not ActorKind.Civilians } a && a.Span.Start >= from && a.Span.End <= to)
                        {
                            document.Mentions[j] = a with { Kind = ActorKind.Civilians, ActorId = null, Unit = null };
                        }
                    }

                    break;
                }

                k = close + 1;
            }
        }
    }

    /// <summary>The most words a bracket after the forces may hold for its off-duty words to describe them.</summary>
    private const int MaxOffDutyBracket = 5;

    /// <summary>How far after a member word its body's community word may stand ("members of the Mossi and Fulani communities").</summary>
    private const int CommunityReach = 8;

    /// <summary>
    /// A member word as a civilian description (<see cref="LanguageData.MemberWords"/>): right after another actor it is
    /// that actor's ("Taliban members", "militia members"), so the actor's span takes it in; after any other word that
    /// is no function word ("security force members") it is no actor of its own either; joined by a partitive word
    /// to a community word before the clause goes on ("members of the Fulani community") it names an identity group,
    /// which the words decide no better than before, so it is no actor; otherwise ("members of the ruling party's youth
    /// wing assaulted two journalists") it stays: people of a body that is no armed actor.
    /// </summary>
    private static void MembersOf(Document document, LanguagePack pack, int[] conceptStarts)
    {
        var words = pack.Data.MemberWords;
        if (words.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        for (int n = document.Mentions.Count - 1; n >= 0; n--)
        {
            if (document.Mentions[n] is not ActorMention { ActorId: null, Kind: ActorKind.Civilians } member)
            {
                continue;
            }

            int first = document.TokenIndexAt(member.Span.Start);
            if (document.TokenIndexAt(member.Span.End) != first + 1 || !words.Contains(tokens[first].Norm))
            {
                continue;
            }

            int owner = first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence ? ActorEndingAt(document, first - 1) : -1;
            if (owner >= 0)
            {
                var o = (ActorMention)document.Mentions[owner];
                document.Mentions[owner] = o with { Span = TextSpan.Cover(o.Span, member.Span) };
                document.Mentions.RemoveAt(n);
                continue;
            }

            // "security force members", "PMF members": a body named right before them that is no actor the words know
            // leaves them as unknown as before.
            // So do a possessive and a relative pronoun ("mobilising its members", "whose members"): the body is told elsewhere.
            if (first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence &&
                (tokens[first - 1].Shape.Has(TokenShape.Word) && !pack.IsStopWord(tokens[first - 1].Norm) || tokens[first - 1].Norm == ")" ||
                 pack.Data.Possessives.Contains(tokens[first - 1].Norm) ||
                 (pack.Data.RelativePronouns.Contains(tokens[first - 1].Norm) && !pack.Data.DefiniteArticles.Contains(tokens[first - 1].Norm))))
            {
                document.Mentions.RemoveAt(n);
                continue;
            }

            if (first + 1 < tokens.Count && pack.Data.PartitiveWords.Contains(tokens[first + 1].Norm) && CommunityFollows(document, pack, first + 2, conceptStarts))
            {
                document.Mentions.RemoveAt(n);
            }
        }
    }

    /// <summary>The index in the document's mentions of the actor whose last token is <paramref name="token"/>, or −1.</summary>
    private static int ActorEndingAt(Document document, int token)
    {
        int end = document.Tokens[token].Span.End;
        for (int n = 0; n < document.Mentions.Count; n++)
        {
            if (document.Mentions[n] is ActorMention a && a.Span.End == end)
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>A community word within <see cref="CommunityReach"/> words from <paramref name="from"/>, before a comma or the clause's verb.</summary>
    private static bool CommunityFollows(Document document, LanguagePack pack, int from, int[] conceptStarts)
    {
        var tokens = document.Tokens;
        for (int k = from; k < tokens.Count && k < from + CommunityReach && tokens[k].Sentence == tokens[from - 1].Sentence; k++)
        {
            if (tokens[k].Norm is "," or ";" or ":" || Array.BinarySearch(conceptStarts, tokens[k].Span.Start) >= 0 && !pack.Data.CommunityWords.Contains(tokens[k].Norm))
            {
                return false;
            }

            if (pack.Data.CommunityWords.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A possessive of the language right before the description, or before an article before it ("le sue truppe").</summary>
    /// <summary>The last state actor with a country named between two offsets of the text.</summary>
    // A plain loop: a lambda here would give every token of every sentence a closure of the loop's variables.
    private static ActorMention? LastStateBetween(Document document, int from, int to)
    {
        ActorMention? last = null;
        foreach (var m in document.Mentions)
        {
            if (m is ActorMention { CountryCode: not null, Kind: ActorKind.StateGovernment or ActorKind.StateMilitary or ActorKind.StatePolice } a &&
                a.Span.End <= to && a.Span.Start >= from)
            {
                last = a;
            }
        }

        return last;
    }

    private static bool Possessive(LanguagePack pack, IReadOnlyList<Token> tokens, int sentenceFirst, int first) =>
        pack.Data.Possessives.Contains(tokens[first - 1].Norm) ||
        (first - 2 >= sentenceFirst && pack.Data.Possessives.Contains(tokens[first - 2].Norm) && pack.IsStopWord(tokens[first - 1].Norm));

    /// <summary>
    /// "military equipment": a one-word description used as an adjective before a plain word. "A government secondary
    /// school", "a government hospital": a government written before a building's noun, right before it or one plain word
    /// before it, owns the building and is no party to what happens there.
    /// </summary>
    private static bool Attributive(LanguagePack pack, IReadOnlyList<Token> tokens, PhraseMatch<ActorWord> g, int end, int[] conceptStarts)
    {
        int next = g.First + 1;
        if (g.Count != 1 || next >= end)
        {
            return false;
        }

        bool Plain(Token word) => word.Shape.Has(TokenShape.Word) && !word.Shape.Has(TokenShape.Capitalised) && !pack.IsStopWord(word.Norm) &&
                                  Array.BinarySearch(conceptStarts, word.Span.Start) < 0;
        if (!pack.Data.AttributiveDescriptions.Contains(tokens[g.First].Norm))
        {
            return g.Value.Kind == ActorKind.StateGovernment && Plain(tokens[next]) &&
                   (pack.Data.BuildingNouns.Contains(tokens[next].Norm) || (next + 1 < end && pack.Data.BuildingNouns.Contains(tokens[next + 1].Norm)));
        }

        return Plain(tokens[next]) && pack.Actors.MatchAt(tokens, next, end) is null;
    }

    /// <summary>Descriptions of fighters, which a named organisation beside them owns; crowds and civilians are parties of their own.</summary>
    private static bool IsArmed(ActorKind kind) => kind is not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters);

    private static int? NextStartAfter(int[] sortedStarts, int offset)
    {
        int i = Array.BinarySearch(sortedStarts, offset + 1);
        i = i < 0 ? ~i : i;
        return i < sortedStarts.Length ? sortedStarts[i] : null;
    }

    /// <summary>Replaces each description of fighters affiliated to the named organisation after it by one mention of the organisation over both.</summary>
    private static void AffiliatedDescriptions(Document document, LanguagePack pack, int[] namedStarts)
    {
        var pairs = new List<(ActorMention Description, ActorMention Named)>();
        foreach (var m in document.Mentions)
        {
            if (m is ActorMention { ActorId: null } g && IsArmed(g.Kind) && NextStartAfter(namedStarts, g.Span.End) is int next &&
                AffiliatedWith(document, pack, g.Span.End, next) &&
                document.Mentions.Find(n => n is ActorMention { ActorId: not null } && n.Span.Start == next) is ActorMention named)
            {
                pairs.Add((g, named));
            }
        }

        foreach (var (description, named) in pairs)
        {
            document.Mentions.Remove(description);
            document.Mentions.Remove(named);
            document.Mentions.Add(named with { Span = TextSpan.Cover(description.Span, named.Span) });
        }
    }

    /// <summary>The most words after a word of affiliation and before the organisation's name ("linked to the", "associados ao grupo").</summary>
    private const int AffiliationReach = 4;

    /// <summary>
    /// Whether only a word of affiliation stands between two offsets, after an optional comma and before at most
    /// <see cref="AffiliationReach"/> words in small letters with no punctuation: "linked to the", ", associados ao grupo".
    /// </summary>
    private static bool AffiliatedWith(Document document, LanguagePack pack, int from, int to)
    {
        int k = document.TokenIndexAt(from);
        var tokens = document.Tokens;
        if (k < tokens.Count && tokens[k].Norm == ",")
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Span.End > to || !pack.Data.AffiliationWords.Contains(tokens[k].Norm))
        {
            return false;
        }

        int words = 0;
        for (k++; k < tokens.Count && tokens[k].Span.End <= to; k++)
        {
            var t = tokens[k];
            if (t.Shape.Has(TokenShape.Punctuation) || t.Shape.Has(TokenShape.Capitalised) || ++words > AffiliationReach)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyFunctionWords(Document document, LanguagePack pack, int from, int to)
    {
        if (to - from > 20)
        {
            return false;
        }

        // "Fighters of the Turkish-backed …", "i miliziani dello …": a preposition first, then at most three words.
        int first = document.TokenIndexAt(from);
        if (first >= document.Tokens.Count || !pack.IsStopWord(document.Tokens[first].Norm))
        {
            return false;
        }

        // "Government forces and pro-Houthi fighters": two parties.
        int count = 0;
        for (int i = first; i < document.Tokens.Count && document.Tokens[i].Span.End <= to; i++)
        {
            if (document.Tokens[i].Shape.Has(TokenShape.Punctuation) || ++count > 4 || pack.Data.Conjunctions.Contains(document.Tokens[i].Norm))
            {
                return false;
            }
        }

        return count > 0;
    }

    /// <summary>
    /// "pro-Houthi", "filo-iraniane": a word made of an affiliation prefix, a hyphen and the start of an alias names
    /// that organisation's side. The alias is matched on the word's remainder and the words after it.
    /// </summary>
    private static PhraseMatch<ActorAlias>? AffiliatedAt(PhraseMatcher<ActorAlias> aliases, LanguagePack pack, IReadOnlyList<Token> tokens, int i, int end)
    {
        string norm = tokens[i].Norm;
        int dash = norm.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == norm.Length - 1 || !pack.Data.AffiliationPrefixes.Contains(norm[..dash]))
        {
            return null;
        }

        var view = new List<Token>(Math.Min(end - i, MaxAliasWords)) { tokens[i] with { Norm = norm[(dash + 1)..] } };
        for (int k = i + 1; k < end && view.Count < MaxAliasWords; k++)
        {
            view.Add(tokens[k]);
        }

        return aliases.MatchAt(view, 0, view.Count) is { Value.ExactCase: false } m ? new PhraseMatch<ActorAlias>(i, m.Count, m.Value) : null;
    }

    /// <summary>
    /// A second demonym that shares the description of the first ("Ukrainian and Russian forces", "forces ukrainiennes
    /// et russes"): an actor of the same kind, of its own country, on the demonym's words.
    /// </summary>
    private void AddSharedDemonym(Document document, bool[] claimed, int first, int count, ActorKind kind, string country)
    {
        for (int k = first; k < first + count; k++)
        {
            claimed[k] = true;
        }

        document.Mentions.Add(new ActorMention(TokenClaims.SpanOf(document, first, count), kind) { CountryCode = country, Source = Name });
    }

    /// <summary>
    /// "A Taliban-planted roadside bomb": an organisation's one-word name written before a hyphen and one of the language's
    /// <c>author_suffixes</c> names the weapon's author. The whole word is the mention.
    /// </summary>
    private static PhraseMatch<ActorAlias>? AuthoredAt(Document document, PhraseMatcher<ActorAlias> aliases, LanguagePack pack, IReadOnlyList<Token> tokens, int i)
    {
        string norm = tokens[i].Norm;
        int dash = norm.LastIndexOf('-');
        if (dash <= 0 || dash == norm.Length - 1 || !pack.Data.AuthorSuffixes.Contains(norm[(dash + 1)..]))
        {
            return null;
        }

        var view = new List<Token>(1) { tokens[i] with { Norm = norm[..dash] } };
        if (aliases.MatchAt(view, 0, 1) is not { Count: 1 } m)
        {
            return null;
        }

        // An alias written exactly so ("IS") must be so in the text too.
        return !m.Value.ExactCase || document.Slice(tokens[i].Span).StartsWith(m.Value.Alias + "-", StringComparison.Ordinal)
            ? new PhraseMatch<ActorAlias>(i, 1, m.Value)
            : null;
    }

    /// <summary>Short acronyms ("IS") count only when written exactly so, not the English verb "is".</summary>
    private static bool SurfaceAgrees(Document document, PhraseMatch<ActorAlias> m)
    {
        if (!m.Value.ExactCase)
        {
            return true;
        }

        var span = TokenClaims.SpanOf(document, m.First, m.Count);
        return string.Equals(document.Slice(span), m.Value.Alias, StringComparison.Ordinal);
    }

    /// <summary>The most words a militia's name before its description may have ("Hawiye Habar Gedir").</summary>
    private const int MaxGroupNameWords = 4;

    /// <summary>
    /// Where the capitalised name written right before <paramref name="end"/> begins (its words, and hyphens between
    /// them), or <paramref name="end"/> when there is none. A function word, a claimed word or the sentence's first word
    /// alone ("Rival clan militias") is no name.
    /// </summary>
    private static int NameStart(LanguagePack pack, IReadOnlyList<Token> tokens, bool[] claimed, int from, int end)
    {
        int start = end, words = 0;
        for (int k = end - 1; k >= from && words < MaxGroupNameWords && !claimed[k]; k--)
        {
            var t = tokens[k];
            if (t.Norm == "-" && start == k + 1 && k > from)
            {
                continue;
            }

            if (!t.Shape.Has(TokenShape.Word | TokenShape.Capitalised) || pack.IsStopWord(t.Norm) || t.Span.End < tokens[k + 1].Span.Start - 1)
            {
                break;
            }

            start = k;
            words++;
        }

        return start == from && words == 1 ? end : start;
    }

    private static PhraseMatch<string>? DemonymEndingAt(LanguagePack pack, IReadOnlyList<Token> tokens, int from, int end)
    {
        for (int start = Math.Max(from, end - 3); start < end; start++)
        {
            if (pack.Nationalities.MatchAt(tokens, start, end) is { } m && m.First + m.Count == end)
            {
                return m;
            }
        }

        return null;
    }
}
