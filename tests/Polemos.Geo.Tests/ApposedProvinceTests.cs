using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>How the geocode stage reads a name written after a place of its own province, and the provinces' other spellings (committed gazetteer subset).</summary>
public sealed class ApposedProvinceTests
{
    private static PlaceMention Geocoded(string text, string name, params string[] names)
    {
        var document = CountryVoteTests.Read(text, names);
        new GeocodeStage(GazetteerData.Tsv).Run(document);
        return document.MentionsOf<PlaceMention>().Single(p => p.Name == name);
    }

    [Fact]
    public void A_city_named_after_a_town_of_its_province_stands_for_the_province()
    {
        // Given a town and, after a comma, the city that shares its name with the town's province
        var aleppo = Geocoded("A shell fell on a bakery in Tadef, Aleppo on Monday.", "Aleppo", "Tadef", "Aleppo");

        // Then that name is the province, not the city
        Assert.Equal(FeatureKind.Admin1, aleppo.Entry?.Kind);
        Assert.Equal("Aleppo", aleppo.Entry?.Name);
        Assert.Same(aleppo.Entry, aleppo.Candidates[0].Entry);
    }

    [Fact]
    public void A_city_in_brackets_after_a_town_of_its_province_stands_for_the_province()
    {
        // Given a town followed by a place noun and its province's namesake city in brackets
        var idlib = Geocoded("Drones circled over Saraqib town (Idlib) for an hour.", "Idlib", "Saraqib", "Idlib");

        // Then the bracketed name is the province
        Assert.Equal(FeatureKind.Admin1, idlib.Entry?.Kind);
        Assert.Equal("Idleb", idlib.Entry?.Name);
    }

    [Fact]
    public void A_city_listed_after_a_city_of_another_province_stays_a_city()
    {
        // Given a list of cities that share their names with provinces
        var idlib = Geocoded("Vigils were held in Aleppo, Idlib and Hama last night.", "Idlib", "Aleppo", "Idlib", "Hama");

        // Then Idlib stays the city: Aleppo city is not in Idleb province
        Assert.False(idlib.Entry?.IsArea);
    }

    [Fact]
    public void A_city_named_as_a_settlement_after_a_town_stays_a_city()
    {
        // Given a city that a place noun calls a city, after a town of its province
        var document = CountryVoteTests.Read("Buses ran from Tadef, Aleppo city centre, all day.", "Tadef");
        int at = document.Text.IndexOf("Aleppo", StringComparison.Ordinal);
        document.Mentions.Add(new PlaceMention(new TextSpan(at, at + 6), "Aleppo") { Settlement = true });
        new GeocodeStage(GazetteerData.Tsv).Run(document);

        // Then it stays the city
        Assert.Equal(FeatureKind.City, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Aleppo").Entry?.Kind);
    }

    [Theory]
    [InlineData("Shells fell on Suran, Aleppo on Monday.", "Aleppo")]
    [InlineData("Shells fell on Suran (Aleppo) on Monday.", "Aleppo")]
    [InlineData("Shells fell on Suran on Monday.", "Hama")]
    public void A_place_written_before_a_province_is_its_namesake_there(string text, string province)
    {
        // Given a village of Aleppo that shares its name with a larger town of Hama, with or without its province
        var suran = Geocoded(text, "Suran", text.Contains("Aleppo", StringComparison.Ordinal) ? ["Suran", "Aleppo"] : ["Suran"]);

        // Then the province written after it picks the namesake; alone, the larger town wins
        Assert.Equal(province, suran.Entry?.Admin1);
        Assert.Same(suran.Entry, suran.Candidates[0].Entry);
    }

    [Theory]
    [InlineData("IQ", "Sala al-Din", "Salah al-Din")]
    [InlineData("IR", "Kordestan", "Kurdistan")]
    [InlineData("IR", "Kohgiluyeh and Buyer Ahmad", "Kohgiluyeh and Boyer-Ahmad")]
    public void A_province_is_found_under_the_spelling_acled_writes(string iso2, string written, string name)
    {
        Assert.Equal(name, GazetteerData.Tsv.Admin1(iso2, written)?.Name);
        Assert.Equal(name, GazetteerData.Pack.Admin1(iso2, written)?.Name);
    }
}
