using Polemos.Core;
using Polemos.Geo;

namespace Polemos.Recognition.Tests;

public class GazetteerTests
{
    private static readonly Lazy<TsvGazetteer> LazyGazetteer = new(() => TsvGazetteer.Load(Path.Combine(TestData.Root, "gazetteer")));

    private static TsvGazetteer Gazetteer => LazyGazetteer.Value;

    private static IReadOnlyList<GazetteerEntry> Find(string name) => Gazetteer.Lookup(NameKey.Of(name));

    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Deir Ezzor")]
    [InlineData("Dayr az Zawr")]
    [InlineData("Deir el-Zor")]
    [InlineData("DEIR EZ ZOR")]
    public void Spellings_of_Deir_ez_Zor_find_the_Syrian_city(string spelling)
    {
        // Given one spelling of Deir ez-Zor
        // When it is looked up
        var found = Find(spelling);

        // Then the Syrian city is among the entries
        Assert.Contains(found, e => e.CountryCode == "SY" && e.Kind == FeatureKind.City && e.Name == "Deir ez-Zor");
    }

    [Theory]
    [InlineData("Aleppo")]
    [InlineData("Alep")]
    [InlineData("Halab")]
    public void Spellings_of_Aleppo_find_the_Syrian_city(string spelling)
    {
        // Given one spelling of Aleppo
        // When it is looked up
        var found = Find(spelling);

        // Then the Syrian city is among the entries
        Assert.Contains(found, e => e.CountryCode == "SY" && e.Kind == FeatureKind.City && e.Name == "Aleppo");
    }

    [Fact]
    public void Transliteration_with_diacritics_finds_the_plain_spelling()
    {
        // Given the GeoNames-style spelling "Ḩalab" (H with cedilla)
        // When it is looked up
        var found = Find("\u1E28alab");

        // Then it meets the plain spelling "Halab" of Aleppo
        Assert.Contains(found, e => e.CountryCode == "SY" && e.Name == "Aleppo");
    }

    [Theory]
    [InlineData("Siria")]
    [InlineData("Syria")]
    [InlineData("Syrie")]
    public void Country_name_in_another_language_finds_the_country(string name)
    {
        // Given a country's name in Italian, English or French
        // When it is looked up
        var found = Find(name);

        // Then the country entry for SY is found
        Assert.Contains(found, e => e.Kind == FeatureKind.Country && e.CountryCode == "SY");
        Assert.Equal("Syria", Gazetteer.CountryName("SY"));
    }

    [Fact]
    public void Admin1_areas_are_found_by_alternate_names()
    {
        // Given the governorate of Deir ez-Zor under an alternate spelling
        // When it is looked up as an admin1 area of Syria
        var area = Gazetteer.Admin1("SY", "Deir ez-Zor");

        // Then the governorate is found
        Assert.NotNull(area);
        Assert.Equal(FeatureKind.Admin1, area.Kind);
        Assert.Equal("Deir-ez-Zor", area.Name);
    }

    [Fact]
    public void Multi_word_names_register_their_prefixes()
    {
        // Given the gazetteer, When asking about the first word of "Deir ez-Zor"
        // Then it is known as a prefix of a longer name, and the longest name spans several tokens
        Assert.True(Gazetteer.HasPrefix("deir"));
        Assert.True(Gazetteer.MaxNameTokens >= 2);
    }

    [Fact]
    public void Unknown_names_find_nothing()
    {
        // Given a made-up name, When it is looked up, Then nothing is found
        Assert.Empty(Find("Qwertzuiopstan"));
    }
}
