using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>Ranking and admissibility of a toponym's candidates (in-memory entries: the rules, not the data).</summary>
public sealed class CandidateRankerTests
{
    private static readonly GazetteerEntry ArqoubYemen = new(1, "Al Arqoub", 15.30, 44.40, "YE", FeatureKind.Village) { Admin1 = "Sanaa", Population = 900 };
    private static readonly GazetteerEntry ArqoubSyria = new(2, "Al-Arqoub", 34.45, 40.93, "SY", FeatureKind.Village) { Admin1 = "Deir-ez-Zor" };
    private static readonly GazetteerEntry Baghuz = new(3, "Al-Baghuz Fawqani", 34.4586, 40.9506, "SY", FeatureKind.Town) { Admin1 = "Deir-ez-Zor", Population = 10689 };
    private static readonly GazetteerEntry Kirkuk = new(4, "Kirkuk", 35.4681, 44.3922, "IQ", FeatureKind.City) { Admin1 = "Kirkuk", Population = 601_433 };

    private static string Key(string name) => NameKey.Of(name);

    [Fact]
    public void A_Syrian_report_never_lands_a_village_in_Yemen()
    {
        // Given a village name with a namesake in Yemen and one near Baghuz, in a report about Syria
        var context = new GeoContext("SY", [Baghuz], []);

        // When the candidates are ranked
        var ranked = CandidateRanker.Rank([ArqoubYemen, ArqoubSyria], Key("Al Arqoub"), PlaceRole.At, context);

        // Then only the Syrian village is a candidate, with the country and the nearby place among its reasons
        var only = Assert.Single(ranked);
        Assert.Same(ArqoubSyria, only.Entry);
        Assert.Contains(only.Reasons, r => r.Contains("report's country (SY)", StringComparison.Ordinal));
        Assert.Contains(only.Reasons, r => r.Contains("km from another place", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_country_every_namesake_stays_and_the_more_populous_leads()
    {
        var ranked = CandidateRanker.Rank([ArqoubSyria, ArqoubYemen], Key("Al Arqoub"), PlaceRole.At, GeoContext.None);

        Assert.Equal([ArqoubYemen, ArqoubSyria], ranked.Select(c => c.Entry));
    }

    [Fact]
    public void A_large_city_abroad_stays_a_candidate_only_under_its_own_name_in_a_report_naming_its_country()
    {
        var namingIraq = new GeoContext("SY", [], []) { NamedCountries = ["IQ"] };

        Assert.True(CandidateRanker.Admissible(Kirkuk, Key("Kirkuk"), PlaceRole.At, namingIraq));
        Assert.False(CandidateRanker.Admissible(Kirkuk, Key("Karkuk"), PlaceRole.At, namingIraq));
        Assert.False(CandidateRanker.Admissible(Kirkuk, Key("Kirkuk"), PlaceRole.At, new GeoContext("SY", [], [])));
        Assert.False(CandidateRanker.Admissible(ArqoubYemen, Key("Al Arqoub"), PlaceRole.At, namingIraq));
    }

    [Fact]
    public void A_province_abroad_needs_to_be_named_as_a_province_in_a_report_naming_its_country()
    {
        var province = new GazetteerEntry(5, "North", 34.43, 35.84, "LB", FeatureKind.Admin1) { Admin1 = "North" };

        var namingLebanon = new GeoContext("SY", [], []) { NamedCountries = ["LB"] };

        Assert.False(CandidateRanker.Admissible(province, Key("North"), PlaceRole.At, namingLebanon));
        Assert.False(CandidateRanker.Admissible(province, Key("North"), PlaceRole.Region, new GeoContext("SY", [], [])));
        Assert.True(CandidateRanker.Admissible(province, Key("North"), PlaceRole.Region, namingLebanon));
    }

    [Fact]
    public void A_place_in_the_province_the_report_names_beats_a_larger_namesake()
    {
        // Given two Syrian villages of one name, the larger in Homs, and a report that names Deir-ez-Zor
        var inHoms = new GazetteerEntry(6, "Al Karamah", 34.7, 36.9, "SY", FeatureKind.Village) { Admin1 = "Homs", Population = 5000 };
        var inDeir = new GazetteerEntry(7, "Al Karamah", 35.2, 40.3, "SY", FeatureKind.Village) { Admin1 = "Deir-ez-Zor", Population = 600 };
        var province = new GazetteerEntry(8, "Deir-ez-Zor", 35.33, 40.14, "SY", FeatureKind.Admin1) { Admin1 = "Deir-ez-Zor" };

        // When ranked with that province in the context
        var ranked = CandidateRanker.Rank([inHoms, inDeir], Key("Karamah"), PlaceRole.At, new GeoContext("SY", [], [province]));

        // Then the village in the named province leads, and says why
        Assert.Same(inDeir, ranked[0].Entry);
        Assert.Contains(ranked[0].Reasons, r => r.Contains("a province the report names", StringComparison.Ordinal));
    }
}
