using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>How the geocode stage decides a report's country from the places it names (in-memory entries).</summary>
public sealed class CountryVoteTests
{
    [Fact]
    public void A_city_outvotes_a_common_word_that_names_small_places_abroad()
    {
        // Given "Justice" (a town abroad only) and "Sidon" (a Lebanese city, and a village abroad spelt alike)
        var gazetteer = new TsvGazetteer();
        var justice = new GazetteerEntry(1, "Justice", 41.74, -87.84, "US", FeatureKind.Town) { Population = 12_968 };
        var sidon = new GazetteerEntry(2, "Sidon", 33.5575, 35.3715, "LB", FeatureKind.City) { Admin1 = "South Lebanon", Population = 163_554 };
        var sidonAbroad = new GazetteerEntry(3, "Sidon", 33.41, -90.20, "US", FeatureKind.Village) { Population = 300 };
        gazetteer.Add(justice, []);
        gazetteer.Add(sidon, []);
        gazetteer.Add(sidonAbroad, []);
        const string text = "Protesters gathered outside the Justice Palace in Sidon.";
        var document = new Document("t", text, new ArticleMeta());
        document.Mentions.Add(new PlaceMention(new TextSpan(32, 39), "Justice"));
        document.Mentions.Add(new PlaceMention(new TextSpan(50, 55), "Sidon"));

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the city's country wins (the name votes by its namesakes' prominence), Sidon is the Lebanese city
        // and "Justice", a small place abroad, is no place of this report
        Assert.Equal("LB", document.Context.CountryCode);
        var place = Assert.Single(document.MentionsOf<PlaceMention>());
        Assert.Same(sidon, place.Entry);
    }
}
