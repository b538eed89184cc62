using Polemos.Core;
using Polemos.Recognition;

namespace Polemos.Events;

/// <summary>An actor mention in a sentence, resolved, with its token position.</summary>
internal sealed record ActorAt(ActorMention Mention, ResolvedActor Actor, int Token, bool InSupport)
{
    /// <summary>The actor is who tells the story ("police said", "riferisce la polizia"), not a party to it.</summary>
    public bool IsSource { get; init; }
}

/// <summary>The mentions of one sentence, ordered by position, with the token index of each.</summary>
internal sealed class SentenceView
{
    public SentenceView(Sentence sentence) => Sentence = sentence;

    public Sentence Sentence { get; }

    public List<(ConceptMention Mention, int Token)> Concepts { get; } = [];

    public List<ActorAt> Actors { get; } = [];

    public List<(PlaceMention Mention, int Token)> Places { get; } = [];

    public List<(QuantityMention Mention, int Token)> Quantities { get; } = [];

    public List<DateMention> Dates { get; } = [];

    /// <summary>The dates that can date an event: not those of a statement ("said on Saturday").</summary>
    public List<DateMention> EventDates { get; } = [];

    /// <summary>Token ranges that follow a SUPPORT marker ("grazie ai", "backed by") up to the next comma.</summary>
    public List<(int From, int To)> SupportRegions { get; } = [];

    public bool Has(string concept) => Concepts.Any(c => c.Mention.Concept == concept);

    public bool HasNear(string concept, int token, int before, int after) =>
        Concepts.Any(c => c.Mention.Concept == concept && c.Token >= token - before && c.Token <= token + after && c.Token != token);

    public bool InSupport(int token) => SupportRegions.Any(r => token >= r.From && token < r.To);

    public IEnumerable<(PlaceMention Mention, int Token)> EventPlaces =>
        Places.Where(p => p.Mention.Role is not (PlaceRole.Destination or PlaceRole.Origin));
}
