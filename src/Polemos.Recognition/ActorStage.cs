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
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (aliases.MatchAt(tokens, i, end) is { } m && SurfaceAgrees(document, m))
                {
                    var span = TokenClaims.SpanOf(document, m.First, m.Count);
                    document.Mentions.Add(new ActorMention(span, ActorKind.Named) { ActorId = m.Value.ActorId, Source = Name });
                    for (int k = m.First; k < m.First + m.Count; k++)
                    {
                        claimed[k] = true;
                    }

                    i += m.Count - 1;
                }
            }

            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (claimed[i] || pack.Actors.MatchAt(tokens, i, end) is not { } g)
                {
                    continue;
                }

                int first = g.First, last = g.First + g.Count;
                string? country = g.Value.CountryCode;
                if (country is null && last < end && pack.Demonyms.MatchAt(tokens, last, end) is { } after && !claimed[last])
                {
                    country = after.Value;
                    last += after.Count;
                }

                if (country is null && first > sentence.FirstToken && DemonymEndingAt(pack, tokens, sentence.FirstToken, first) is { } before)
                {
                    country = before.Value;
                    first = before.First;
                }

                for (int k = first; k < last; k++)
                {
                    claimed[k] = true;
                }

                var span = TokenClaims.SpanOf(document, first, last - first);
                document.Mentions.Add(new ActorMention(span, g.Value.Kind) { CountryCode = country, Source = Name });
                i = last - 1;
            }
        }

        // "Fighters of the Syrian National Army", "i jihadisti dello Stato Islamico": the named organisation is the actor.
        // A verb between them ("a police officer was shot dead by IS") keeps both: they are two parties.
        var namedStarts = document.MentionsOf<ActorMention>().Where(a => a.ActorId is not null).Select(a => a.Span.Start).Order().ToArray();
        var conceptStarts = document.MentionsOf<ConceptMention>().Select(c => c.Span.Start).Order().ToArray();
        document.Mentions.RemoveAll(m => m is ActorMention { ActorId: null, Kind: not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters) } g &&
            NextStartAfter(namedStarts, g.Span.End) is int next && OnlyFunctionWords(document, pack, g.Span.End, next) &&
            !(NextStartAfter(conceptStarts, g.Span.End - 1) is int verb && verb < next));

        // "Russian warplanes", "raid aerei russi": the state whose means they are.
        foreach (var c in document.MentionsOf<ConceptMention>().Where(c => StateMeans.Contains(c.Concept)).ToList())
        {
            int first = document.TokenIndexAt(c.Span.Start);
            int last = first;
            while (last < tokens.Count && tokens[last].Span.End <= c.Span.End)
            {
                last++;
            }

            int sentenceFirst = document.Sentences[tokens[first].Sentence].FirstToken;
            int sentenceEnd = sentenceFirst + document.Sentences[tokens[first].Sentence].TokenCount;
            (int First, int Count, string Value)? demonym = null;

            // The lexicon may hold the nationality inside the phrase ("caccia russi"): look at the phrase's own words too.
            for (int k = first + 1; k < last && demonym is null; k++)
            {
                if (pack.Demonyms.MatchAt(tokens, k, last) is { } inside && inside.First + inside.Count == last)
                {
                    demonym = (inside.First, inside.Count, inside.Value);
                }
            }

            if (demonym is null && last < sentenceEnd && !claimed[last] && pack.Demonyms.MatchAt(tokens, last, sentenceEnd) is { } a)
            {
                demonym = (a.First, a.Count, a.Value);
            }
            else if (demonym is null && DemonymEndingAt(pack, tokens, sentenceFirst, first) is { } b && !claimed[b.First])
            {
                demonym = (b.First, b.Count, b.Value);
            }

            if (demonym is { } d)
            {
                var span = TextSpan.Cover(c.Span, TokenClaims.SpanOf(document, d.First, d.Count));
                document.Mentions.Add(new ActorMention(span, ActorKind.StateMilitary) { CountryCode = d.Value, Source = Name });
            }
        }
    }

    private static int? NextStartAfter(int[] sortedStarts, int offset)
    {
        int i = Array.BinarySearch(sortedStarts, offset + 1);
        i = i < 0 ? ~i : i;
        return i < sortedStarts.Length ? sortedStarts[i] : null;
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

        int count = 0;
        for (int i = first; i < document.Tokens.Count && document.Tokens[i].Span.End <= to; i++)
        {
            if (document.Tokens[i].Shape.Has(TokenShape.Punctuation) || ++count > 4)
            {
                return false;
            }
        }

        return count > 0;
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

    private static PhraseMatch<string>? DemonymEndingAt(LanguagePack pack, IReadOnlyList<Token> tokens, int from, int end)
    {
        for (int start = Math.Max(from, end - 3); start < end; start++)
        {
            if (pack.Demonyms.MatchAt(tokens, start, end) is { } m && m.First + m.Count == end)
            {
                return m;
            }
        }

        return null;
    }
}
