using Polemos.Core;
using Polemos.Recognition;

namespace Polemos.Events;

/// <summary>What a trigger concept contributes to an event.</summary>
internal enum FrameRole
{
    /// <summary>Names the kind of event itself (AIRSTRIKE, CLASH, TAKE_CONTROL, PROTEST…).</summary>
    Head,

    /// <summary>A toll (KILL, WOUND, CAPTURE): attaches to a head in its sentence, or stands alone.</summary>
    Toll,

    /// <summary>Modifies a head (TEAR_GAS on a protest, SUICIDE on a bombing).</summary>
    Modifier,
}

/// <summary>The evidence behind one value of an event under construction.</summary>
internal sealed record Supported<T>(T Value, TextSpan? Span);

/// <summary>One candidate event inside one sentence, before merging mentions of the same event.</summary>
internal sealed class Frame
{
    /// <summary>The certainty of a frame until its sentence says otherwise; a record, so one instance serves all.</summary>
    private static readonly Supported<string> Reported = new(Core.Certainty.Reported, null);

    public Frame(int sentence, ConceptMention trigger)
    {
        Sentence = sentence;
        Trigger = trigger;
    }

    public int Sentence { get; }

    public ConceptMention Trigger { get; private set; }

    public List<ConceptMention> Concepts { get; } = [];

    public HashSet<string> ConceptNames { get; } = new(StringComparer.Ordinal);

    public SubEventType? Type { get; set; }

    /// <summary>An event noun of the mention follows a definite article ("the bomb", "la bomba"): an event already told.</summary>
    public bool Definite { get; set; }

    /// <summary>True for a territory change whose winner is still unknown (LOSE_CONTROL seen from the loser).</summary>
    public bool TerritoryChange { get; set; }

    public Supported<ResolvedActor>? Actor1 { get; set; }

    public Supported<ResolvedActor>? Actor2 { get; set; }

    public List<Supported<ResolvedActor>> Assoc1 { get; } = [];

    public List<Supported<ResolvedActor>> Assoc2 { get; } = [];

    public PlaceMention? Place { get; set; }

    /// <summary>The gazetteer entry the place resolves to (for an unknown village, the known place it is coded to).</summary>
    public GazetteerEntry? PlaceEntry { get; set; }

    /// <summary>Other mentions of the same place from merged mentions of this event, with their sentences.</summary>
    public List<(PlaceMention Place, int Sentence)> PlaceAlternatives { get; } = [];

    /// <summary>When the place is inherited or coded to a nearby named place, the mention that gave the coordinates.</summary>
    public PlaceMention? Anchor { get; set; }

    /// <summary>
    /// True when the frame's own clause names no place and the place was taken from elsewhere: the sentence's main
    /// event (for a supporting frame) or an earlier sentence's event.
    /// </summary>
    public bool PlaceInherited { get; set; }

    public int? GeoPrecisionOverride { get; set; }

    public DateMention? Date { get; set; }


    /// <summary>The day the frame's sentence says its statement was made ("said on Wednesday"), if it names one.</summary>

    public DateMention? StatementDate { get; set; }

    public Supported<int>? Killed { get; set; }

    public int? KilledLow { get; set; }

    public int? KilledHigh { get; set; }

    /// <summary>The dead of <see cref="Killed"/> were told as added to another toll of the event ("were also killed").</summary>
    public bool KilledAdded { get; set; }

    public Supported<int>? Wounded { get; set; }

    public Supported<int>? Captured { get; set; }

    public Supported<string> Certainty { get; set; } = Reported;

    public bool Habitual { get; set; }

    /// <summary>
    /// The event's noun is marked as another event than those told before it ("a similar ambush"): it joins no other
    /// mention.
    /// </summary>
    public bool OtherEvent { get; set; }

    public bool Attempt { get; set; }

    /// <summary>A manned aircraft brought down ("shot down a Su-34"): its side is the air arm that flew it, where the registry names one.</summary>
    public bool AircraftDowned { get; set; }

    public bool Supporting { get; set; }

    public bool CiviliansTargeted { get; set; }

    /// <summary>The trigger is a noun told after a demonstration's grievance ("protested against the prior killing during a clash"): the cause of the demonstration, not its conduct.</summary>
    public bool ToldAsCause { get; set; }

    public double Confidence { get; set; } = 0.6;

    public List<TextSpan> TriggerSpans { get; } = [];

    /// <summary>Adds a concept the frame is told with: its mention, its name and its words as trigger evidence.</summary>
    /// <summary>Makes another of the frame's words its trigger, the one whose clause carries its actors.</summary>
    public void Retrigger(ConceptMention concept) => Trigger = concept;

    public void Add(ConceptMention concept)
    {
        Concepts.Add(concept);
        ConceptNames.Add(concept.Concept);
        TriggerSpans.Add(concept.Span);
    }
}
