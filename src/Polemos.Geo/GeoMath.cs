namespace Polemos.Geo;

public static class GeoMath
{
    /// <summary>Great-circle distance in km.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double p = Math.PI / 180;
        double a = Math.Pow(Math.Sin((lat2 - lat1) * p / 2), 2) +
                   Math.Cos(lat1 * p) * Math.Cos(lat2 * p) * Math.Pow(Math.Sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.Asin(Math.Sqrt(a));
    }
}
