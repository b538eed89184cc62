using Polemos.Core;

namespace Polemos.Store.Merging;

/// <summary>
/// Whether two reports' ACLED types can describe the same event. Reports of one event disagree on the finer codes
/// (a clash that also took the village; a protest that police dispersed; a bombing one outlet calls an attack on
/// civilians), but not on the means: an air strike and a roadside bomb in one town on one day are two events.
/// </summary>
public static class TypeCompatibility
{
    /// <summary>1 for the same sub-event type, less for a compatible pair, 0 when they cannot be one event.</summary>
    public static double Score(string? subTypeA, string? subTypeB)
    {
        if (string.Equals(subTypeA, subTypeB, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = subTypeA is null ? null : Taxonomy.FindByName(subTypeA);
        var b = subTypeB is null ? null : Taxonomy.FindByName(subTypeB);
        if (a is null || b is null)
        {
            return 0;
        }

        if (a.EventType == Taxonomy.Battles && b.EventType == Taxonomy.Battles)
        {
            return 0.7;
        }

        if (IsDemonstration(a) && IsDemonstration(b))
        {
            return 0.7;
        }

        return IsExplosiveAttack(a, b) || IsExplosiveAttack(b, a) ? 0.6 : 0;
    }

    private static bool IsDemonstration(SubEventType type) => type.EventType is Taxonomy.Protests or Taxonomy.Riots;

    private static bool IsExplosiveAttack(SubEventType attack, SubEventType means) =>
        attack == Taxonomy.Attack && means.EventType == Taxonomy.Explosions;
}
