using System.Text.RegularExpressions;
using Polemos.Core;

namespace Polemos.Geo.Tests;

/// <summary>How the geocode stage decides a report's country from the places it names (in-memory entries).</summary>
public sealed partial class CountryVoteTests
{
    private static readonly GazetteerEntry Sidon = new(2, "Sidon", 33.5575, 35.3715, "LB", FeatureKind.City) { Admin1 = "South Lebanon", Population = 163_554 };
    private static readonly GazetteerEntry SidonAbroad = new(3, "Sidon", 33.41, -90.20, "US", FeatureKind.Village) { Population = 300 };

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex TokenPattern();

    /// <summary>A document of one sentence, its words and punctuation as tokens, and a place mention for each name given.</summary>
    internal static Document Read(string text, params string[] names)
    {
        var document = new Document("t", text, new ArticleMeta());
        document.Tokens = TokenPattern().Matches(text).Select((m, i) => new Token(i, new TextSpan(m.Index, m.Index + m.Length), m.Value.ToLowerInvariant(),
            !char.IsLetter(m.Value[0]) ? TokenShape.Punctuation : m.Value.All(char.IsUpper) ? TokenShape.Word | TokenShape.AllCaps
            : char.IsUpper(m.Value[0]) ? TokenShape.Word | TokenShape.Capitalised : TokenShape.Word, 0)).ToList();
        foreach (var n in names)
        {
            int at = text.IndexOf(n, StringComparison.Ordinal);
            document.Mentions.Add(new PlaceMention(new TextSpan(at, at + n.Length), n));
        }

        return document;
    }

    [Fact]
    public void A_country_named_as_a_modifier_votes_less_than_a_city_named_as_a_place()
    {
        // Given "the US dollar" and a Lebanese city (with a village abroad spelt alike)
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(10, "United States", 38.9, -77.04, "US", FeatureKind.Country), ["US"]);
        gazetteer.Add(Sidon, []);
        gazetteer.Add(SidonAbroad, []);
        var document = With(Read("Rioters angry at the high US dollar exchange rate blocked roads in Sidon.", "Sidon"), "US", beforeContentWord: true);

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the report is about Lebanon, and Sidon is the Lebanese city
        Assert.Equal("LB", document.Context.CountryCode);
        Assert.Same(Sidon, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Sidon").Entry);
    }

    [Fact]
    public void A_town_named_as_the_place_outvotes_a_country_named_as_an_origin()
    {
        // Given a Lebanese town where residents gathered, and the country some newcomers came from
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(50, "Syria", 35.0, 38.0, "SY", FeatureKind.Country), []);
        var town = new GazetteerEntry(51, "Qarnayel", 33.84, 35.71, "LB", FeatureKind.Town) { Population = 8_000 };
        gazetteer.Add(town, []);
        var document = Read("Residents gathered in Qarnayel against lodging people who came from Syria.", "Qarnayel");
        int at = document.Text.IndexOf("Syria", StringComparison.Ordinal);
        document.Mentions.Add(new PlaceMention(new TextSpan(at, at + 5), "Syria") { Role = PlaceRole.Origin });

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the report is about Lebanon and the town keeps its place
        Assert.Equal("LB", document.Context.CountryCode);
        Assert.Same(town, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Qarnayel").Entry);
    }

    [Fact]
    public void A_city_outvotes_a_common_word_that_names_small_places_abroad()
    {
        // Given "Justice" (a town abroad only) and "Sidon" (a Lebanese city, and a village abroad spelt alike)
        var gazetteer = new TsvGazetteer();
        var justice = new GazetteerEntry(1, "Justice", 41.74, -87.84, "US", FeatureKind.Town) { Population = 12_968 };
        gazetteer.Add(justice, []);
        gazetteer.Add(Sidon, []);
        gazetteer.Add(SidonAbroad, []);
        var document = Read("Dozens rallied on Monday in front of the Justice Palace of Sidon.", "Justice", "Sidon");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the city's country wins (the name votes by its namesakes' prominence), Sidon is the Lebanese city
        // and "Justice", a small place abroad, is no place of this report
        Assert.Equal("LB", document.Context.CountryCode);
        var place = Assert.Single(document.MentionsOf<PlaceMention>());
        Assert.Same(Sidon, place.Entry);
    }

    [Fact]
    public void The_head_of_a_longer_name_votes_less_than_a_village_named_on_its_own()
    {
        // Given "Eastern" (provinces of two countries abroad) heading the unknown "Eastern Ghariyeh", and a Syrian village
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(20, "Eastern", -17.5, 179.0, "FJ", FeatureKind.Admin1) { Admin1 = "Eastern" }, []);
        gazetteer.Add(new GazetteerEntry(21, "Eastern", 6.1, -0.26, "GH", FeatureKind.Admin1) { Admin1 = "Eastern" }, []);
        var tafas = new GazetteerEntry(22, "Tafas", 32.7356, 36.0667, "SY", FeatureKind.Village) { Admin1 = "Dar'a" };
        gazetteer.Add(tafas, []);
        var document = With(Read("Gunmen opened fire at a checkpoint in Eastern Ghariyeh near Tafas.", "Tafas"), "Eastern", continued: true);

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the village decides the country, and "Eastern", a province abroad met without a cue, is no place of the report
        Assert.Equal("SY", document.Context.CountryCode);
        Assert.Same(tafas, Assert.Single(document.MentionsOf<PlaceMention>()).Entry);
    }

    [Fact]
    public void A_word_of_a_longer_name_is_a_place_only_in_a_country_the_report_supports()
    {
        // Given "Hassan" (a city abroad) read as a word of a person's name, alone in one report and beside Sidon in another
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(30, "Hassan", 13.0, 76.1, "IN", FeatureKind.City) { Population = 128_531 }, []);
        gazetteer.Add(Sidon, []);
        var alone = With(Read("Gunmen fired at the house of the mayor, Hassan Qabbani, at night."), "Hassan", fragment: true);
        var beside = With(Read("Gunmen fired at the house of the mayor, Hassan Qabbani, in Sidon.", "Sidon"), "Hassan", fragment: true);

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(alone);
        new GeocodeStage(gazetteer).Run(beside);

        // Then the lone word is no place (and decides no country), and beside a Lebanese city it is no Indian place either
        Assert.Empty(alone.MentionsOf<PlaceMention>());
        Assert.Null(alone.Context.CountryCode);
        Assert.Equal("LB", beside.Context.CountryCode);
        Assert.Same(Sidon, Assert.Single(beside.MentionsOf<PlaceMention>()).Entry);
    }

    [Fact]
    public void A_word_of_a_longer_name_stays_a_place_in_the_country_the_report_names()
    {
        // Given "Sidon" heading "Sidon Qabbani Hall" and the country named on its own
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(40, "Lebanon", 33.9, 35.5, "LB", FeatureKind.Country), []);
        gazetteer.Add(Sidon, []);
        gazetteer.Add(SidonAbroad, []);
        var document = With(Read("Protesters gathered outside the Sidon Qabbani Hall in Lebanon.", "Lebanon"), "Sidon", fragment: true, continued: true);

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then it keeps its Lebanese entry
        Assert.Same(Sidon, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Sidon").Entry);
    }

    [Fact]
    public void A_name_small_places_of_several_countries_share_places_nothing_in_a_report_of_unknown_country()
    {
        // Given "Mina", a town in each of three countries, and nothing else to tell the report's country
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(50, "Mina", 35.5, 136.9, "JP", FeatureKind.Town) { Population = 20_000 }, []);
        gazetteer.Add(new GazetteerEntry(51, "Mina", 26.0, -100.5, "MX", FeatureKind.Town) { Population = 14_500 }, []);
        gazetteer.Add(new GazetteerEntry(52, "Mina", 10.9, 122.6, "PH", FeatureKind.Town) { Population = 24_000 }, []);
        var document = Read("Rioters blocked the coastal road in Mina on Friday.", "Mina");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then no country is decided and the name stays a place without a point, rather than one in the wrong country
        Assert.Null(document.Context.CountryCode);
        var place = Assert.Single(document.MentionsOf<PlaceMention>());
        Assert.Null(place.Entry);
        Assert.Equal(3, place.Candidates.Count);
    }

    [Fact]
    public void A_modifier_and_a_hamlet_that_shares_a_city_name_make_no_theatre()
    {
        // Given "the US dollar" and "Tripoli", a Lebanese and a Libyan city and a US hamlet spelt alike
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(60, "United States", 38.9, -77.04, "US", FeatureKind.Country), ["US"]);
        var lebanese = new GazetteerEntry(61, "Tripoli", 34.4367, 35.8497, "LB", FeatureKind.City) { Population = 229_398 };
        var libyan = new GazetteerEntry(62, "Tripoli", 32.8874, 13.1873, "LY", FeatureKind.City) { Population = 1_150_989 };
        var hamlet = new GazetteerEntry(63, "Tripoli", 42.8083, -92.2582, "US", FeatureKind.Village) { Population = 1_300 };
        foreach (var e in new[] { lebanese, libyan, hamlet })
        {
            gazetteer.Add(e, []);
        }

        var document = With(Read("Youths angry about the US dollar price set tyres alight on a main street of Tripoli.", "Tripoli"), "US", beforeContentWord: true);

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the modifier and the hamlet's small share of the city's vote do not make the report American
        Assert.NotEqual("US", document.Context.CountryCode);
        Assert.NotSame(hamlet, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Tripoli").Entry);
    }

    [Fact]
    public void An_unknown_spelling_of_a_town_places_it_in_a_report_of_unknown_country_when_no_other_country_shares_it()
    {
        // Given a town known as "Darbasiyah" and two villages abroad known as "Kasrah", and reports naming
        // "Darbassiyeh" and "Kasra" only, each name absent from the gazetteer as written
        var gazetteer = new TsvGazetteer();
        var town = new GazetteerEntry(80, "Darbasiyah", 37.07, 40.65, "SY", FeatureKind.Town) { Admin1 = "Al-Hasakeh", Population = 8_000 };
        gazetteer.Add(town, []);
        gazetteer.Add(new GazetteerEntry(81, "Kasrah", 30.1, 50.2, "IR", FeatureKind.Village), []);
        gazetteer.Add(new GazetteerEntry(82, "Kasrah", 14.1, 44.2, "YE", FeatureKind.Village), []);
        var darbassiyeh = Unknown(Read("A patrol drove through the market of Darbassiyeh at dawn."), "Darbassiyeh");
        var kasra = Unknown(Read("A patrol drove through the market of Kasra at dawn."), "Kasra");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(darbassiyeh);
        new GeocodeStage(gazetteer).Run(kasra);

        // Then the town's other spelling places the first report; the villages of two countries place nothing
        Assert.Same(town, Assert.Single(darbassiyeh.MentionsOf<PlaceMention>()).Entry);
        var place = Assert.Single(kasra.MentionsOf<PlaceMention>());
        Assert.Null(place.Entry);
        Assert.Equal(2, place.Candidates.Count);
    }

    [Fact]
    public void The_last_name_of_a_bracket_after_a_place_tells_its_country_as_a_province_does()
    {
        // Given a hamlet the gazetteer lacks, then a bracket with its commune (a village abroad shares the name) and
        // its district (a division of one country only)
        var gazetteer = new TsvGazetteer();
        var abroad = new GazetteerEntry(60, "Kain", 50.63, 3.38, "BE", FeatureKind.Village) { Admin1 = "Wallonia", Population = 2_000 };
        var district = new GazetteerEntry(61, "Yatenga", 13.58, -2.42, "BF", FeatureKind.Admin2) { Admin1 = "Nord" };
        gazetteer.Add(abroad, []);
        gazetteer.Add(district, []);
        var document = With(With(Read("Gunmen set fire to the market of Tangaye hamlet (Kain, Yatenga) before fleeing on motorbikes."), "Kain"), "Yatenga");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the report is about the district's country, and the district is the place
        Assert.Equal("BF", document.Context.CountryCode);
        Assert.Same(district, document.MentionsOf<PlaceMention>().Single(p => p.Name == "Yatenga").Entry);
    }

    [Fact]
    public void A_group_that_acts_in_several_countries_keeps_a_namesake_village_to_them()
    {
        // Given a group whose registry theatre is two Sahel countries, a village of one of them and a larger town far
        // away that share its name
        var gazetteer = Sahel();
        var village = new GazetteerEntry(72, "Tindoro", 13.9, -0.4, "BF", FeatureKind.Village) { Admin1 = "Sahel" };
        var town = new GazetteerEntry(73, "Tindoro", 38.9, 41.0, "TR", FeatureKind.Town) { Admin1 = "Bingol", Population = 15_000 };
        gazetteer.Add(village, []);
        gazetteer.Add(town, []);
        var document = ActingIn(Read("Militants of the group burned a school and the town hall in Tindoro.", "Tindoro"), "group", "ML", "BF");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);

        // Then the village of the group's theatre is the place, not the town abroad
        Assert.Equal("BF", document.Context.CountryCode);
        Assert.Same(village, Assert.Single(document.MentionsOf<PlaceMention>()).Entry);
    }

    [Fact]
    public void Another_spelling_far_from_a_groups_theatre_places_nothing()
    {
        // Given a group that acts in two Sahel countries and a report naming a village the gazetteer lacks, whose
        // other spelling is a town in northern Europe
        var gazetteer = Sahel();
        gazetteer.Add(new GazetteerEntry(74, "Keldu", 63.2, 11.0, "NO", FeatureKind.Town) { Admin1 = "Trondelag", Population = 4_000 }, []);
        var document = ActingIn(Unknown(Read("Militants of the group fired shots in Keldo village and torched its market."), "Keldo"), "group", "ML", "BF");
        var alone = Unknown(Read("Gunmen fired shots in Keldo village and torched its market."), "Keldo");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(document);
        new GeocodeStage(gazetteer).Run(alone);

        // Then the town abroad is no guess for the group's village, though it stays one where no group tells a theatre
        Assert.Null(Assert.Single(document.MentionsOf<PlaceMention>()).Entry);
        Assert.Equal("NO", Assert.Single(alone.MentionsOf<PlaceMention>()).Entry?.CountryCode);
    }

    [Fact]
    public void A_district_written_after_a_village_tells_the_country_it_is_a_district_of()
    {
        // Given a village of a district whose name is also a province abroad, and a town abroad that shares a
        // district's name with the district of its own country
        var gazetteer = new TsvGazetteer();
        var village = new GazetteerEntry(75, "Dangoro", 9.9, -4.36, "BF", FeatureKind.Village) { Admin1 = "Cascades", Admin2 = "Kamoe" };
        gazetteer.Add(village, []);
        gazetteer.Add(new GazetteerEntry(76, "Kamoe", 10.63, -4.77, "BF", FeatureKind.Admin2) { Admin1 = "Cascades" }, []);
        gazetteer.Add(new GazetteerEntry(77, "Kamoe", 6.73, -3.50, "CI", FeatureKind.Admin1) { Admin1 = "Kamoe" }, []);
        var hamlet = new GazetteerEntry(78, "Selgan", 13.38, 0.46, "BF", FeatureKind.Village) { Admin1 = "Sahel", Admin2 = "Yagro" };
        gazetteer.Add(hamlet, []);
        gazetteer.Add(new GazetteerEntry(79, "Selgan", 38.96, 41.05, "TR", FeatureKind.Town) { Admin1 = "Bingol", Admin2 = "Selgan", Population = 15_000 }, []);
        gazetteer.Add(new GazetteerEntry(80, "Selgan", 38.96, 41.05, "TR", FeatureKind.Admin2) { Admin1 = "Bingol" }, []);
        gazetteer.Add(new GazetteerEntry(81, "Yagro", 13.4, 0.5, "BF", FeatureKind.Admin2) { Admin1 = "Sahel" }, []);
        var first = WithAll(Read("The army struck the forest of Dangoro (Dangoro, Kamoe) at dawn."), "Dangoro", "Kamoe");
        var second = WithAll(Read("Soldiers shot dead a man in Selgan (Selgan, Yagro) at dawn."), "Selgan", "Yagro");

        // When the places are geocoded
        new GeocodeStage(gazetteer).Run(first);
        new GeocodeStage(gazetteer).Run(second);

        // Then the district places the first report in its country, and a town in a district of its own name tells
        // nothing against the district written after it
        Assert.Equal("BF", first.Context.CountryCode);
        Assert.Same(village, first.MentionsOf<PlaceMention>().First(p => p.Name == "Dangoro").Entry);
        Assert.Equal("BF", second.Context.CountryCode);
        Assert.Same(hamlet, second.MentionsOf<PlaceMention>().First(p => p.Name == "Selgan").Entry);
    }

    /// <summary>A gazetteer with Mali and Burkina Faso at their capitals.</summary>
    private static TsvGazetteer Sahel()
    {
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(70, "Mali", 12.65, -8.0, "ML", FeatureKind.Country), []);
        gazetteer.Add(new GazetteerEntry(71, "Burkina Faso", 12.37, -1.53, "BF", FeatureKind.Country), []);
        return gazetteer;
    }

    /// <summary>Adds a named group acting in <paramref name="countries"/>, written as <paramref name="name"/>.</summary>
    private static Document ActingIn(Document document, string name, params string[] countries)
    {
        int at = document.Text.IndexOf(name, StringComparison.Ordinal);
        document.Mentions.Add(new ActorMention(new TextSpan(at, at + name.Length), ActorKind.Named) { ActorId = "group", Theatre = countries });
        return document;
    }

    /// <summary>Adds a place mention at every occurrence of each name.</summary>
    private static Document WithAll(Document document, params string[] names)
    {
        foreach (var name in names)
        {
            for (int at = document.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                document.Mentions.Add(new PlaceMention(new TextSpan(at, at + name.Length), name));
            }
        }

        return document;
    }

    /// <summary>Adds a place mention for <paramref name="name"/> that the place stage read as a place the gazetteer lacks as written.</summary>
    private static Document Unknown(Document document, string name)
    {
        int at = document.Text.IndexOf(name, StringComparison.Ordinal);
        document.Mentions.Add(new PlaceMention(new TextSpan(at, at + name.Length), name) { Unknown = true });
        return document;
    }

    /// <summary>Adds a place mention for <paramref name="name"/> that the place stage found inside a longer name.</summary>
    private static Document With(Document document, string name, bool fragment = false, bool continued = false, bool beforeContentWord = false)
    {
        int at = document.Text.IndexOf(name, StringComparison.Ordinal);
        document.Mentions.Add(new PlaceMention(new TextSpan(at, at + name.Length), name)
        {
            Fragment = fragment, Continued = continued, BeforeContentWord = beforeContentWord,
        });
        return document;
    }
}
