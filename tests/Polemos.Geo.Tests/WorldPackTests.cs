using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>
/// The world gazetteer (data/gazetteer/world.pack, built by ./setup.sh from the GeoNames npm packages). Skipped with
/// a stated reason when it has not been built; `.ci/run` builds it first, so these run in CI.
/// </summary>
public sealed class WorldPackTests
{
    private static readonly string WorldPath = Path.Combine(GazetteerData.Folder, GazetteerPack.WorldFileName);
    private static readonly Lazy<IGazetteer> LazyWorld = new(() => GazetteerPack.Open(GazetteerData.Folder));

    private static IGazetteer World
    {
        get
        {
            Skip.IfNot(File.Exists(WorldPath), $"the world gazetteer is not built ({WorldPath}); run ./setup.sh --build");
            return LazyWorld.Value;
        }
    }

    [SkippableTheory]
    [InlineData("دير الزور")]
    [InlineData("Дейр-эз-Зор")]
    [InlineData("Deir Ezzor")]
    [InlineData("Deir ez-Zor")]
    [InlineData("Dayr az Zawr")]
    public void Deir_ez_Zor_is_found_in_every_script_and_spelling(string name)
    {
        var entries = World.Lookup(NameKey.Of(name));

        Assert.Contains(entries, e => e.CountryCode == "SY" && GeoMath.Km(e.Latitude, e.Longitude, 35.336, 40.141) < 10);
    }

    [SkippableTheory]
    [InlineData("Idleb", "SY", 35.93, 36.63)]
    [InlineData("Alep", "SY", 36.20, 37.16)]
    [InlineData("Halab", "SY", 36.20, 37.16)]
    [InlineData("Mossoul", "IQ", 36.34, 43.12)]
    [InlineData("Mosul", "IQ", 36.34, 43.12)]
    public void Exonyms_and_other_languages_forms_find_the_place(string name, string country, double lat, double lon)
    {
        var ranked = CandidateRanker.Rank(World.Lookup(NameKey.Of(name)), NameKey.Of(name), PlaceRole.At, GeoContext.None with { CountryCode = country });

        Assert.NotEmpty(ranked);
        Assert.True(GeoMath.Km(ranked[0].Entry.Latitude, ranked[0].Entry.Longitude, lat, lon) < 15, $"{name} → {ranked[0].Entry.Name}");
    }

    [SkippableFact]
    public void A_Yemeni_district_is_a_place_with_a_point()
    {
        var districts = World.Lookup(NameKey.Of("Raziḩ")).Where(e => e.Kind == FeatureKind.Admin2 && e.CountryCode == "YE").ToList();

        var district = Assert.Single(districts);
        Assert.Equal("Sadah", district.Admin1);
    }

    [SkippableTheory]
    [InlineData("Gnagna", "Est")]
    [InlineData("Yatenga", "Nord")]
    [InlineData("Seno", "Sahel")]
    public void A_district_is_found_by_its_own_name_without_the_words_GeoNames_writes_around_it(string name, string admin1)
    {
        // GeoNames calls them "Gnagna Province", "Province du Yatenga", "Province du Séno"
        var districts = World.Lookup(NameKey.Of(name)).Where(e => e.Kind == FeatureKind.Admin2 && e.CountryCode == "BF").ToList();

        var district = Assert.Single(districts);
        Assert.Equal(admin1, district.Admin1);
    }

    [SkippableTheory]
    [InlineData("Waeng", "TH", "Narathiwat")]
    [InlineData("Ba Vì", "VN", "Hanoi")]
    public void A_district_is_found_without_the_district_word_GeoNames_writes_before_it(string name, string country, string admin1)
    {
        // GeoNames calls them "Amphoe Waeng", "Huyện Ba Vì"
        var district = Assert.Single(World.Lookup(NameKey.Of(name)), e => e.Kind == FeatureKind.Admin2 && e.CountryCode == country);

        Assert.Equal(admin1, district.Admin1);
    }

    [SkippableTheory]
    [InlineData("Soum", "Sahel", "Djelgodji")]
    [InlineData("Tapoa", "Est", "Gobnangou")]
    [InlineData("Kossi", "Boucle du Mouhoun", "Koosin")]
    [InlineData("Sanmatenga", "Centre-Nord", "Sandbondtenga")]
    [InlineData("Loroum", "Nord", "Lorum")]
    public void A_district_is_found_by_its_name_in_official_use_and_by_the_GeoNames_name(string name, string admin1, string geonames)
    {
        // GeoNames writes these Burkinabè provinces with historical or regional names (tools/gazetteer-subset/admin2-names.tsv)
        foreach (string written in new[] { name, geonames })
        {
            var district = Assert.Single(World.Lookup(NameKey.Of(written)), e => e.Kind == FeatureKind.Admin2 && e.CountryCode == "BF");
            Assert.Equal(name, district.Name);
            Assert.Equal(admin1, district.Admin1);
        }
    }

    [SkippableFact]
    public void A_district_without_a_place_filed_under_it_has_its_seat_s_point()
    {
        // GeoNames files no place under Poni's code; its seat Gaoua gives the point
        var district = Assert.Single(World.Lookup(NameKey.Of("Poni")), e => e.Kind == FeatureKind.Admin2 && e.CountryCode == "BF");

        Assert.Equal("Sud-Ouest", district.Admin1);
        Assert.InRange(GeoMath.Km(district.Latitude, district.Longitude, 10.3314, -3.1820), 0, 1);
    }

    [SkippableFact]
    public void Generic_words_are_no_places_on_their_own()
    {
        Assert.Empty(World.Lookup(NameKey.Of("Wadi")));
        Assert.Empty(World.Lookup(NameKey.Of("Street")));
        Assert.NotEmpty(World.Lookup(NameKey.Of("Wadi Musa")));
    }

    [SkippableTheory]
    [InlineData("Ramadan")]
    [InlineData("Christian")]
    [InlineData("Arab")]
    public void Words_of_faith_people_and_calendar_are_no_places_on_their_own(string word)
    {
        Assert.Empty(World.Lookup(NameKey.Of(word)));
    }

    [SkippableFact]
    public void The_world_pack_is_the_gazetteer_the_engine_opens_and_is_far_larger_than_the_subset()
    {
        var world = World;

        Assert.IsType<PackGazetteer>(world);
        Assert.True(((PackGazetteer)world).Count > 150_000 && ((PackGazetteer)world).Count > GazetteerData.Tsv.Count * 10);
        Assert.False(GazetteerPack.Open(GazetteerData.Folder, preferWorld: false) is PackGazetteer { Count: > 150_000 });
    }
}
