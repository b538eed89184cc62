using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// A place the gazetteer lacks as written, found under another transliteration among the settlements and districts of
/// one province: the one entry there whose consonant skeleton (<see cref="SpellingVariants.Skeleton"/>) and first letter
/// are the name's ("Basira" for Al-Busayrah in Deir-ez-Zor, "Raizh" for the district Razih in Sadah, "Bulo Burto" for
/// Bulo Burte in Hiraan).
/// </summary>
public static class OtherSpelling
{
    /// <summary>Two entries of one skeleton nearer than this are one place (a district and its seat), in km.</summary>
    public const double SameSpotKm = 10;

    /// <summary>
    /// The entry of province <paramref name="admin1"/> of <paramref name="iso2"/> that another spelling of the folded name
    /// <paramref name="key"/> names, within <paramref name="reachKm"/> of <paramref name="near"/> when one is given. A short
    /// skeleton tells a district among the province's few, not a settlement among its many; a district and its seat of one
    /// name are one place, the settlement its point. Null when none matches, or several that lie apart.
    /// </summary>
    public static GazetteerEntry? InProvince(IGazetteer gazetteer, string iso2, string admin1, string key, GazetteerEntry? near = null, double reachKm = double.PositiveInfinity)
    {
        if (key.Length == 0 || SpellingVariants.Skeleton(key, SpellingVariants.MinDistrictSkeletonLength) is not { } skeleton)
        {
            return null;
        }

        bool districtsOnly = skeleton.Length < SpellingVariants.MinSkeletonLength;
        GazetteerEntry? found = null;
        foreach (var e in gazetteer.PlacesByInitial(iso2, admin1, key[0]))
        {
            string other = NameKey.Of(e.Name);
            if (other.Length == 0 || other[0] != key[0] || (districtsOnly && e.Kind != FeatureKind.Admin2) ||
                !string.Equals(SpellingVariants.Skeleton(other, SpellingVariants.MinDistrictSkeletonLength), skeleton, StringComparison.Ordinal) ||
                (near is not null && GeoMath.Km(near.Latitude, near.Longitude, e.Latitude, e.Longitude) > reachKm))
            {
                continue;
            }

            if (found is not null && GeoMath.Km(found.Latitude, found.Longitude, e.Latitude, e.Longitude) > SameSpotKm)
            {
                return null;
            }

            if (found is null || (found.Kind == FeatureKind.Admin2 && e.Kind != FeatureKind.Admin2))
            {
                found = e;
            }
        }

        return found;
    }
}
