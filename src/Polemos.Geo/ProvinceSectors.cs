using Polemos.Core;

namespace Polemos.Geo;

/// <summary>
/// The part of a province that a direction names ("the southern countryside of Idleb", "northern Diyala"): the middle
/// of the province's settlements that lie that way from its seat, within a quarter turn of the direction. Reports set
/// a village the gazetteer lacks in such a part, and its middle lies nearer that village than the seat does.
/// </summary>
public static class ProvinceSectors
{
    /// <summary>Settlements closer to the seat than this are the seat's own, in no direction from it.</summary>
    public const double SeatKm = 5;

    /// <summary>How far from the direction, in degrees either way, a settlement may lie and still be in that part.</summary>
    public const double HalfWidth = 45;

    /// <summary>Fewer settlements than this in the part give it no middle: the seat stays the point.</summary>
    public const int MinSettlements = 3;

    /// <summary>The parts computed so far, by gazetteer (a test may load more than one).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IGazetteer, BoundedMemo<GazetteerEntry?>> Remembered = [];

    /// <summary>
    /// The province entry moved to the middle (median latitude and longitude) of its settlements that lie in the
    /// direction <paramref name="bearing"/> (degrees clockwise from north) from its seat; null when the province has no
    /// seat point or too few settlements that way.
    /// </summary>
    public static GazetteerEntry? Part(IGazetteer gazetteer, GazetteerEntry province, int bearing)
    {
        if (province.Kind != FeatureKind.Admin1)
        {
            return null;
        }

        string key = string.Join('\t', province.CountryCode, province.Name, bearing.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Remembered.GetValue(gazetteer, _ => new BoundedMemo<GazetteerEntry?>(1_000)).Get(key, _ => Compute(gazetteer, province, bearing));
    }

    private static GazetteerEntry? Compute(IGazetteer gazetteer, GazetteerEntry province, int bearing)
    {
        var lats = new List<double>();
        var lons = new List<double>();
        foreach (var e in gazetteer.PlacesIn(province.CountryCode, province.Name))
        {
            if (e.Kind == FeatureKind.Admin2 || GeoMath.Km(province.Latitude, province.Longitude, e.Latitude, e.Longitude) <= SeatKm)
            {
                continue;
            }

            double off = Math.Abs(Bearing(province.Latitude, province.Longitude, e.Latitude, e.Longitude) - bearing) % 360;
            if (Math.Min(off, 360 - off) <= HalfWidth)
            {
                lats.Add(e.Latitude);
                lons.Add(e.Longitude);
            }
        }

        if (lats.Count < MinSettlements)
        {
            return null;
        }

        return province with { Latitude = Median(lats), Longitude = Median(lons), GeoNamesId = null };
    }

    /// <summary>The initial bearing from one point to another, in degrees clockwise from north (0 to 360).</summary>
    public static double Bearing(double lat1, double lon1, double lat2, double lon2)
    {
        const double p = Math.PI / 180;
        double y = Math.Sin((lon2 - lon1) * p) * Math.Cos(lat2 * p);
        double x = (Math.Cos(lat1 * p) * Math.Sin(lat2 * p)) - (Math.Sin(lat1 * p) * Math.Cos(lat2 * p) * Math.Cos((lon2 - lon1) * p));
        return ((Math.Atan2(y, x) / p) + 360) % 360;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
