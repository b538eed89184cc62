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
    /// <remarks>Most sentences have none: the list is made for the first.</remarks>
    private List<(int From, int To)>? _supportRegions;

    public void AddSupportRegion(int from, int to) => (_supportRegions ??= []).Add((from, to));

    // Asked for every trigger and argument: plain loops, no delegate per call.
    public bool Has(string concept)
    {
        foreach (var c in Concepts)
        {
            if (c.Mention.Concept == concept)
            {
                return true;
            }
        }

        return false;
    }

    public bool HasNear(string concept, int token, int before, int after)
    {
        foreach (var c in Concepts)
        {
            if (c.Mention.Concept == concept && c.Token >= token - before && c.Token <= token + after && c.Token != token)
            {
                return true;
            }
        }

        return false;
    }

    public bool InSupport(int token)
    {
        if (_supportRegions is null)
        {
            return false;
        }

        foreach (var r in _supportRegions)
        {
            if (token >= r.From && token < r.To)
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<(PlaceMention Mention, int Token)> EventPlaces =>
        Places.Where(p => p.Mention.Role is not (PlaceRole.Destination or PlaceRole.Origin));
}
