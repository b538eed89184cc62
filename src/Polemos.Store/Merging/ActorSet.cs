using Polemos.Core;

namespace Polemos.Store.Merging;

/// <summary>
/// The actors of a record (both sides and their associates), folded for comparison, split into named organisations
/// and generic descriptions (unidentified groups, civilians, protesters, rioters), which say little about identity.
/// </summary>
public sealed class ActorSet
{
    private static readonly string[] GenericPrefixes = ["unidentified", "civilians", "protesters", "rioters", "prisoners", "refugees", "migrants", "journalists"];

    private ActorSet(HashSet<string> named, HashSet<string> generic)
    {
        Named = named;
        Generic = generic;
    }

    public IReadOnlySet<string> Named { get; }

    public IReadOnlySet<string> Generic { get; }

    public static ActorSet Of(ExtractedRecord record)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Names(record))
        {
            string folded = TextFold.Fold(name);
            (IsGeneric(folded) ? generic : named).Add(folded);
        }

        return new ActorSet(named, generic);
    }

    /// <summary>Every actor name of the record: actor1, actor2, then the associated actors.</summary>
    public static IEnumerable<string> Names(ExtractedRecord record)
    {
        foreach (var name in (IEnumerable<string?>)[record.Actor1, record.Actor2, record.Actor])
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                yield return name;
            }
        }

        foreach (var name in record.AssocActor1.Concat(record.AssocActor2))
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                yield return name;
            }
        }
    }

    private static bool IsGeneric(string folded) =>
        GenericPrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal));
}
