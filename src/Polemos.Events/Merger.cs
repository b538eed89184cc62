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
    public static List<Frame> Merge(List<Frame> frames)
    {
        var result = new List<Frame>();
        foreach (var f in frames.Where(f => f.Type is not null))
        {
            var target = result.FirstOrDefault(r => SameEvent(r, f));
            if (target is null)
            {
                result.Add(f);
                continue;
            }

            Absorb(target, f);
        }

        // A place-less mention joins a placed one of the same type that shares an actor.
        foreach (var f in result.Where(f => f.Place is null).ToList())
        {
            var target = result.FirstOrDefault(r => r != f && r.Place is not null && Family(r) == Family(f) && r.Habitual == f.Habitual &&
                                                    SharesActor(r, f) && DateKey(r) == DateKey(f));
            if (target is not null)
            {
                Absorb(target, f);
                result.Remove(f);
            }
        }

        return result;
    }

    private static bool SameEvent(Frame a, Frame b) =>
        Family(a) == Family(b) && PlaceKey(a) == PlaceKey(b) && DateKey(a) == DateKey(b) && a.Habitual == b.Habitual &&
        Compatible(a.Actor1, b.Actor1) && Compatible(a.Actor2, b.Actor2);

    private static string Family(Frame f) => ConceptClasses.Family(f.Type!);

    private static string PlaceKey(Frame f) => f.Place is null ? "" : f.Place.Entry is { } e ? $"g{e.Id}" : "u" + NameKey.Of(f.Place.Name);

    private static string DateKey(Frame f) => f.Date?.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static bool Compatible(Supported<Recognition.ResolvedActor>? a, Supported<Recognition.ResolvedActor>? b) =>
        a is null || b is null || a.Value.Name == b.Value.Name;

    private static bool SharesActor(Frame a, Frame b)
    {
        var names = new[] { a.Actor1?.Value.Name, a.Actor2?.Value.Name }.Where(n => n is not null).ToHashSet(StringComparer.Ordinal);
        return new[] { b.Actor1?.Value.Name, b.Actor2?.Value.Name }.Any(n => n is not null && names.Contains(n));
    }

    private static void Absorb(Frame target, Frame f)
    {
        target.Actor1 ??= f.Actor1;
        target.Actor2 ??= f.Actor2;
        if (target.Actor1 is not null && target.Actor2 is not null && target.Actor1.Value.Name == target.Actor2.Value.Name)
        {
            target.Actor2 = f.Actor2 is not null && f.Actor2.Value.Name != target.Actor1.Value.Name ? f.Actor2 : null;
        }

        target.Assoc1.AddRange(f.Assoc1);
        if (f.Killed is not null && (target.Killed is null || f.Killed.Value > target.Killed.Value))
        {
            target.Killed = f.Killed;
            target.KilledLow = f.KilledLow;
            target.KilledHigh = f.KilledHigh;
        }

        target.Wounded ??= f.Wounded;
        target.Captured ??= f.Captured;
        if (Certainty.Doubt(f.Certainty.Value) > Certainty.Doubt(target.Certainty.Value))
        {
            target.Certainty = f.Certainty;
        }

        if (target.Place is null)
        {
            target.Place = f.Place;
        }
        else if (f.Place is not null)
        {
            target.PlaceAlternatives.Add((f.Place, f.Sentence));
        }

        target.PlaceAlternatives.AddRange(f.PlaceAlternatives);
        target.Date ??= f.Date;
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
