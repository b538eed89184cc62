using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Evaluation.Adapters;
using Polemos.Geo;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// Where an event lies when its place is missing from the gazetteer or spelt otherwise: short English sentences
/// written by the team (invented incidents, real places), read with the committed gazetteer subset.
/// </summary>
public sealed class GeocodingRuleTests
{
    private static ExtractedRecord Best(string text)
    {
        var doc = EvalSets.Extract(TestData.Engine, "geo", text, new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        return best;
    }

    /// <summary>The best event of a report read with a gazetteer of only the given entries (each with its other names).</summary>
    private static ExtractedRecord BestIn(string text, params (GazetteerEntry Entry, string[] Names)[] entries)
    {
        var gazetteer = new TsvGazetteer();
        foreach (var (entry, names) in entries)
        {
            gazetteer.Add(entry, names);
        }

        var doc = EvalSets.Extract(Engine.Load(TestData.DataRoot, gazetteer), "geo", text, new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        return best;
    }

    [Fact]
    public void A_lexicon_word_that_ends_a_place_name_leaves_the_name_whole()
    {
        // Given a place whose name ends with a word the lexicon knows ("town" names ground taken), last in its sentence
        var best = Best("On 8 March 2021, hundreds of students protested against university fees in Cape Town.");

        // Then the place is the whole name, not a fragment of it
        Assert.Equal("Cape Town", best.Location);
        Assert.Equal("ZA", best.Iso2);
    }

    [Fact]
    public void A_weapon_model_written_with_digits_is_no_place()
    {
        // Given a seizure that names a rifle by its model ("AK-47") before the town it was found near
        var best = Best("On 8 March 2021, gendarmes seized two AK-47 rifles and a crate of ammunition hidden in a barn near Midyat.");

        // Then the place is the town, not the rifle's model
        Assert.Equal("Midyat", best.Location);
        Assert.Equal("TR", best.Iso2);
    }

    [Fact]
    public void An_unknown_district_of_a_named_province_lies_in_that_province_not_at_a_city_named_elsewhere()
    {
        // Given a district the gazetteer lacks, written with its noun and "of" a province, in a sentence that also names a city of another province
        var best = Best("On 8 March 2021, after a night raid on Kirkuk, militants blew up two pylons near Adhaim district of Diyala province.");

        // Then the event lies in the province the district belongs to
        Assert.Equal("Diyala", best.Admin1);
    }

    [Fact]
    public void An_event_told_after_a_sentence_that_only_sets_the_scene_lies_at_that_scene()
    {
        // Given a first sentence that names a town but tells no event, and a second that tells the event without a place
        var best = Best("On 8 March 2021, several hundred nurses stood in silence outside the governor's office in Mardin. Police dispersed the crowd with tear gas and detained three of them.");

        // Then the event lies in the town the first sentence names
        Assert.Equal("Mardin", best.Location);
        Assert.Equal("TR", best.Iso2);
    }

    [Fact]
    public void A_neighbourhood_named_before_its_city_is_no_namesake_town_of_another_province()
    {
        // Given a neighbourhood that shares its name with a town of another province, then a comma, a direction and its city
        var best = Best("On 8 March 2021, gunmen abducted two shop owners in the Ar Rifai neighbourhood, western Mosul.");

        // Then the event lies in the city (precision 2), not at the namesake town 580 km away
        Assert.Equal("Ninewa", best.Admin1);
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 36.335, 43.1189), 0, 5);
    }

    [Fact]
    public void A_name_before_a_lower_case_settlement_noun_is_a_place_found_by_another_spelling()
    {
        // Given a city the gazetteer knows as "Nasiriyah", written with a doubled letter and "city" after it
        var best = Best("On 8 March 2021, gunmen on a motorbike shot dead a shopkeeper in Nassriya city.");

        // Then the event lies in that city
        Assert.Equal("Nasiriyah", best.Location);
        Assert.Equal("Thi-Qar", best.Admin1);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void A_place_noun_written_with_a_capital_is_no_town_of_that_name()
    {
        // Given a report whose only capitalised place word is "Hospital", the name of a town in Chile
        var best = Best("On 8 March 2021, nurses protested outside the Hospital against unpaid wages.");

        // Then the protest gets no place and no country from it
        Assert.Null(best.Location);
        Assert.Null(best.Iso2);
    }

    [Fact]
    public void A_name_before_a_lower_case_province_noun_is_a_place_found_by_another_spelling()
    {
        // Given a province and city the gazetteer spells "Sulaymaniyah", written otherwise with "province" after it
        var best = Best("On 8 March 2021, hundreds of doctors marched in Sulaimaniyah province over unpaid salaries.");

        // Then the protest lies there
        Assert.Equal("Sulaymaniyah", best.Admin1);
        Assert.Equal("IQ", best.Iso2);
    }

    [Fact]
    public void A_city_listed_after_a_city_is_no_container_of_it()
    {
        // Given a list of cities of different provinces
        var best = Best("On 8 March 2021, police beat activists who had been detained after rallies in Sidon, Tripoli and Zahle.");

        // Then the first city keeps its own province
        Assert.Equal("Sidon", best.Location);
        Assert.Equal("South Lebanon", best.Admin1);
    }

    [Fact]
    public void An_army_named_twice_votes_once_for_its_country()
    {
        // Given a West Bank village and two mentions of the same foreign army
        var best = Best("On 8 March 2021, Israeli soldiers entered the village of Silwad at dawn and fired tear gas at residents, and Israeli troops later detained two young men.");

        // Then the village decides the report's country and is the event's place
        Assert.Equal("PS", best.Iso2);
        Assert.Equal("Silwād", best.Location);
    }

    [Fact]
    public void A_missing_town_is_coded_to_the_province_its_sentence_names()
    {
        // Given a town the gazetteer lacks, named with its governorate
        var best = Best("A soldier died on 8 March 2021 when a roadside bomb went off beside a checkpoint at Dabbaghiyah town, Salah al-Din governorate.");

        // Then the event keeps the town's name and lies at the province's point, at precision 3
        Assert.Equal("Dabbaghiyah", best.Location);
        Assert.Equal("Salah al-Din", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
        Assert.Equal(34.6158, best.Latitude!.Value, 3);
    }

    [Fact]
    public void A_missing_town_is_coded_to_the_district_named_right_after_it_not_to_a_village_elsewhere()
    {
        // Given a town the gazetteer lacks, followed by its district, and a known village named later for another event
        var best = Best("A soldier died on 8 March 2021 when a roadside bomb went off beside a checkpoint at Dabbaghiyah town, Samarra district, a week after militants stormed Al-Awja.");

        // Then the event lies at Samarra (precision 2), not at Al-Awja
        Assert.Equal("Dabbaghiyah", best.Location);
        Assert.Equal(2, best.GeoPrecision);
        Assert.Equal(34.1959, best.Latitude!.Value, 3);
    }

    [Fact]
    public void A_lower_case_place_noun_after_a_town_is_no_part_of_its_name()
    {
        // Given a Yemeni town named like an American one that the gazetteer also knows as "Hays City"
        var gazetteer = new TsvGazetteer();
        var yemeni = new GazetteerEntry(1, "Hays", 13.9317, 43.4831, "YE", FeatureKind.Town) { Admin1 = "Al Hudaydah", Population = 20_000 };
        gazetteer.Add(yemeni, []);
        gazetteer.Add(new GazetteerEntry(2, "Hays", 38.8792, -99.3268, "US", FeatureKind.Town) { Admin1 = "Kansas", Population = 21_092 }, ["Hays City"]);
        gazetteer.Add(new GazetteerEntry(3, "Al Hudaydah", 14.7978, 42.9545, "YE", FeatureKind.City) { Admin1 = "Al Hudaydah", Population = 617_871 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report names the town with "city" after it, then its province
        var doc = EvalSets.Extract(engine, "geo", "Snipers shot dead a farmer on 8 March 2021 on the eastern edge of Hays city (Al Hudaydah).", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the Yemeni town, not at the province's city
        Assert.NotNull(best);
        Assert.Equal("Hays", best.Location);
        Assert.Equal(yemeni.Latitude, best.Latitude!.Value, 3);
    }

    [Fact]
    public void A_city_that_names_its_province_after_a_town_of_that_province_stands_for_the_province()
    {
        // Given a known town followed by "Aleppo countryside" (the province, named by its city), the event word last
        var best = Best("A shepherd's body was found on 8 March 2021 at Al-Bab city in the Aleppo countryside, shot by unknown gunmen.");

        // Then the event lies at the town, not at the city of Aleppo
        Assert.Equal("Al-Bab", best.Location);
        Assert.Equal("Aleppo", best.Admin1);
    }

    [Fact]
    public void Another_transliteration_of_a_known_town_finds_it_in_the_report_country()
    {
        // Given a French-style spelling of Qamishli in a report that names its province
        var best = Best("Three people died on 8 March 2021 when a car bomb blew up near a bakery in Quamishli city in al-Hasakeh province.");

        // Then the event lies at Qamishli
        Assert.Equal("Qamishli", best.Location);
        Assert.Equal("Al-Hasakeh", best.Admin1);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Theory]
    [InlineData("Youths hurled Molotov cocktails at an army jeep on 8 March 2021; nobody was hurt.")]
    [InlineData("Gunmen fired at the house of the town's mayor, Hassan Qabbani, on 8 March 2021; nobody was hurt.")]
    public void Words_of_a_weapon_phrase_or_of_a_person_s_name_are_no_places(string text)
    {
        // Given a weapon phrase with a city's former name (Molotov, now Perm) or a person named like an Indian city
        var best = Best(text);

        // Then the event has no place rather than one in Russia or India
        Assert.Null(best.Location);
        Assert.Null(best.Latitude);
    }

    [Theory]
    [InlineData("Protesters gathered on 8 March 2021 outside the house of Sheikh Hassan Qabbani in Sidon.")]
    [InlineData("Rioters burned tyres on 8 March 2021 outside the home of President Hassan Qabbani in Sidon.")]
    public void A_name_after_a_person_s_title_is_no_place(string text)
    {
        // Given a person named like an Indian city, right after a title, in a Lebanese report
        var best = Best(text);

        // Then the event lies in Sidon, and nothing is placed in India
        Assert.Equal("Sidon", best.Location);
        Assert.Equal("Lebanon", best.Country);
    }

    [Fact]
    public void A_country_named_after_its_town_and_before_a_function_word_is_the_report_s_country()
    {
        // Given a town written in another transliteration, then ", Iraq on <date>"
        var best = Best("Gunmen attacked a checkpoint in the town of Muqdadiya, Iraq on 8 March 2021, killing two soldiers.");

        // Then Iraq is the report's country (not a modifier) and the town is found in it
        Assert.Equal("Iraq", best.Country);
        Assert.Equal("Diyala", best.Admin1);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void People_described_by_their_village_protest_in_that_village()
    {
        // Given civilians described as "of" a village, the province named after it
        var best = Best("Farmers of Darat Azza in Aleppo province protested on 8 March 2021 against the cuts in irrigation water.");

        // Then the village is where they protested, not the province's city (an affiliation reading: "the forces of Kyiv")
        Assert.Equal("Dārat ‘Izzah", best.Location);
        Assert.Equal("Aleppo", best.Admin1);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void The_forces_of_a_capital_are_its_state_s_not_a_place()
    {
        // Given an army described by its capital, then the place it shelled
        var best = Best("The forces of Damascus shelled Kafr Nabl on 8 March 2021, killing two civilians.");

        // Then the event lies at the shelled town
        Assert.Equal("Kafranbel", best.Location);
        Assert.Equal("Idleb", best.Admin1);
    }

    [Fact]
    public void A_marked_name_whose_namesakes_all_lie_abroad_takes_another_spelling_s_place_at_home()
    {
        // Given "Mansura" only as an Egyptian city's name, and a Syrian village spelt "Al Mansurah"
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Al Mansurah", 31.0364, 31.3807, "EG", FeatureKind.City) { Admin1 = "Dakahlia", Population = 621_953 }, ["Mansura"]);
        var syrian = new GazetteerEntry(2, "Al Mansurah", 35.8392, 38.7429, "SY", FeatureKind.Village) { Admin1 = "Ar-Raqqa" };
        gazetteer.Add(syrian, []);
        gazetteer.Add(new GazetteerEntry(3, "Ar-Raqqa", 35.9500, 38.9833, "SY", FeatureKind.Admin1) { Admin1 = "Ar-Raqqa" }, []);
        gazetteer.Add(new GazetteerEntry(4, "Syria", 35.0, 38.0, "SY", FeatureKind.Country), []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a Syrian report names the village as "Mansura city"
        var doc = EvalSets.Extract(engine, "geo", "Gunmen shot dead a shopkeeper on 8 March 2021 in Mansura city in Ar-Raqqa province, Syria.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the Syrian village, not at the province's point
        Assert.NotNull(best);
        Assert.Equal(syrian.Latitude, best.Latitude!.Value, 3);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void An_unmarked_common_noun_named_like_a_village_abroad_takes_no_other_spelling()
    {
        // Given "Steine" (stones) only as a village abroad, and a German village spelt "Steina"
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Steine", 60.3, 5.5, "NO", FeatureKind.Village), []);
        gazetteer.Add(new GazetteerEntry(2, "Steina", 51.2, 14.05, "DE", FeatureKind.Village) { Admin1 = "Saxony" }, []);
        var leipzig = new GazetteerEntry(3, "Leipzig", 51.3396, 12.3713, "DE", FeatureKind.City) { Admin1 = "Saxony", Population = 504_971 };
        gazetteer.Add(leipzig, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a German report says rioters threw stones in Leipzig
        var doc = EvalSets.Extract(engine, "geo", "Bei Krawallen in Leipzig warfen Vermummte am 8. März 2021 Steine auf Polizisten.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in Leipzig, and no village stands for the stones
        Assert.NotNull(best);
        Assert.Equal("Leipzig", best.Location);
        Assert.DoesNotContain(doc.Records, r => r.Location == "Steina");
    }

    [Fact]
    public void Workers_of_a_company_named_after_a_city_protest_where_the_report_says()
    {
        // Given workers "of" a company whose name begins with a city, then the town where they protested
        var best = Best("Workers of Aleppo Cement Company held a protest in Al-Bab on 8 March 2021 against unpaid wages.");

        // Then the protest is kept (the city is no subject speaking for its government) and lies at the town
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal("Al-Bab", best.Location);
    }

    [Fact]
    public void A_place_outweighs_an_actor_nationality_of_equal_weight()
    {
        // Given a town of one country and a police force of another, each naming its country once
        var best = Best("On 8 March 2021, youths threw stones at a jeep of the Israeli border police outside the town of Abu Dis.");

        // Then the event lies in the town, in the town's country
        Assert.Equal("PS", best.Iso2);
        Assert.Equal(31.7621, best.Latitude!.Value, 3);
    }

    [Fact]
    public void A_town_a_road_is_named_after_yields_to_the_place_named_beside_it()
    {
        // Given an ambush on a highway named after one city, near a town
        var best = Best("Gunmen ambushed an army patrol on 8 March 2021 on the Idlib highway near Ariha.");

        // Then the event lies at the town it was near, not at the city the road leads to
        Assert.Equal("Ariha", best.Location);
    }

    [Fact]
    public void A_road_named_after_a_town_with_no_other_place_lies_near_that_town()
    {
        // Given a road block on a highway named after a city, and no other place
        var best = Best("Protesters blocked the Raqqa highway with burning tyres on 8 March 2021.");

        // Then the event is coded near the city (precision 2): on its road, not in it
        Assert.Equal("Raqqa", best.Location);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void An_attack_on_the_road_to_a_town_is_the_ambush_near_the_place_named_before()
    {
        // Given an ambush near one town, and the next sentence's convoy on the road to another
        var doc = EvalSets.Extract(TestData.Engine, "geo",
            "Militants killed twelve soldiers on 8 March 2021 in an ambush near Gao. The attackers struck an army convoy on the road to Bourem.",
            new DateOnly(2021, 3, 10));

        // Then one event is recorded, at the town the ambush was near
        var placed = doc.Records.Where(r => r.Kind == RecordKinds.Event && r.Location is not null).ToList();
        var only = Assert.Single(placed);
        Assert.Equal("Gao", only.Location);
    }

    [Theory]
    [InlineData("Hundreds of people protested on 8 March 2021 in Raqqa Street in Azaz.", "en")]
    [InlineData("Des centaines de personnes ont manifesté le 8 mars 2021 rue de Raqqa à Azaz.", "fr")]
    [InlineData("تظاهر مئات من السكان في ساحة الرقة في مدينة أعزاز يوم 8 آذار 2021 احتجاجا على غلاء الأسعار.", "ar")]
    public void A_street_named_after_a_city_is_no_place_the_town_named_with_it_is(string text, string language)
    {
        // Given a protest in a street named after one city, in another town
        var doc = EvalSets.Extract(TestData.Engine, "geo", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the protest lies in the town, and the street's namesake is no place of the report
        Assert.NotNull(best);
        Assert.Equal("Azaz", best.Location);
        Assert.DoesNotContain(doc.MentionsOf<PlaceMention>(), p => p.Entry?.Name == "Raqqa");
    }

    [Theory]
    [InlineData("Thousands of people marched in Mexico on 8 March 2021 against violence.", "en")]
    [InlineData("Miles de personas marcharon en México el 8 de marzo de 2021 contra la violencia.", "es")]
    public void A_country_s_name_shared_by_its_capital_names_the_country(string text, string language)
    {
        // Given a march "in Mexico", with no city or state named
        var doc = EvalSets.Extract(TestData.Engine, "geo", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is in the country, without the capital's point
        Assert.NotNull(best);
        Assert.Equal("MX", best.Iso2);
        Assert.Null(best.Location);
        Assert.Null(best.Latitude);
    }

    [Fact]
    public void A_country_s_name_called_a_city_names_the_city()
    {
        // Given the same name with a place noun calling it a city
        var best = Best("Gunmen killed two police officers on 8 March 2021 in the city of Djibouti.");

        // Then the event lies at the city
        Assert.Equal("Djibouti", best.Location);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void A_road_named_after_two_towns_lies_near_the_first()
    {
        // Given a road block on a road named "A-B" in one hyphenated word, and no other place
        var best = Best("Protesters blocked the Azaz-Afrin road with burning tyres on 8 March 2021.");

        // Then the event is coded near the first town the road is named after
        Assert.Equal("Azaz", best.Location);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void A_district_beats_the_province_named_beside_it()
    {
        // Given a gazetteer that knows a district and its province, and no town of the district's name
        var gazetteer = new TsvGazetteer();
        var district = new GazetteerEntry(1, "Jarabulus", 36.8175, 38.0111, "SY", FeatureKind.Admin2) { Admin1 = "Aleppo" };
        gazetteer.Add(district, []);
        gazetteer.Add(new GazetteerEntry(2, "Aleppo", 36.2012, 37.1612, "SY", FeatureKind.Admin1) { Admin1 = "Aleppo" }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report names the district, then the province in brackets, both before the event word
        var doc = EvalSets.Extract(engine, "geo", "Hundreds of people in Jarabulus (Aleppo) demonstrated on 8 March 2021 against the price of bread.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the district's seat, not at the province's
        Assert.NotNull(best);
        Assert.Equal("Jarabulus", best.Location);
        Assert.Equal(district.Latitude, best.Latitude!.Value, 3);
    }

    [Fact]
    public void A_namesake_outside_the_province_set_in_apposition_is_not_the_place()
    {
        // Given a village of one province, and a town of another province that the report names in brackets after it
        var (engine, town) = NamesakeInHadramawt();

        // When a report names the village's namesake with the other province's town in brackets
        var doc = EvalSets.Extract(engine, "geo", "Militants fired mortar shells at houses in Al Bilad area (Qatabah, Ad Dali) on 8 March 2021.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is coded to the town in brackets (precision 2), not to the namesake 500 km away
        Assert.NotNull(best);
        Assert.Equal("Ad Dali", best.Admin1);
        Assert.Equal(town.Latitude, best.Latitude!.Value, 3);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void An_inherited_place_keeps_the_town_set_in_apposition_in_its_own_sentence()
    {
        // Given the same namesake named with its town in brackets, and a second event told in the next sentence without a place
        var (engine, town) = NamesakeInHadramawt();
        var doc = EvalSets.Extract(engine, "geo", "Militants fired mortar shells at houses in Al Bilad area (Qatabah, Ad Dali) on 8 March 2021. Hours later, the same militants ambushed a convoy of reinforcements.", new DateOnly(2021, 3, 10));
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then both events lie at the town in brackets, the second too
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(town.Latitude, e.Latitude!.Value, 3));
    }

    [Fact]
    public void A_province_s_own_name_is_the_province_not_a_town_that_lists_it_as_another_name()
    {
        // Given a province, and a more populous town of another province that carries the province's name among its others
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Jawf al Maqbabah", 13.8378, 45.8349, "YE", FeatureKind.Town) { Admin1 = "Abyan", Population = 14_175 }, ["Al Jawf"]);
        var province = new GazetteerEntry(2, "Al Jawf", 16.1641, 44.7769, "YE", FeatureKind.Admin1) { Admin1 = "Al Jawf" };
        gazetteer.Add(province, []);
        gazetteer.Add(new GazetteerEntry(3, "Abyan", 13.5833, 46.0833, "YE", FeatureKind.Admin1) { Admin1 = "Abyan" }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report names the province without calling it a province
        var doc = EvalSets.Extract(engine, "geo", "Warplanes bombed a tribal fighters' camp in Al Jawf on 8 March 2021, killing four.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in the province, not at the town of Abyan
        Assert.NotNull(best);
        Assert.Equal("Al Jawf", best.Admin1);
        Assert.Equal(province.Latitude, best.Latitude!.Value, 3);
    }

    [Theory]
    [InlineData("Bei einem Luftangriff nahe der südlibanesischen Küstenstadt Sidon wurden am 8. März 2021 drei Menschen getötet.", "Sidon")]
    [InlineData("Bei einem Luftangriff auf die Hafenstadt Tartus wurden am 8. März 2021 drei Menschen getötet.", "Tartus")]
    public void A_german_compound_place_noun_before_a_name_is_not_part_of_it(string text, string place)
    {
        // Given a German compound noun for a kind of place ("Küstenstadt", "Hafenstadt") written before the town's name
        var best = Best(text);

        // Then the town is found by its name, with its point
        Assert.Equal(place, best.Location);
        Assert.NotNull(best.Latitude);
    }

    [Fact]
    public void A_russian_city_named_after_a_shelling_verb_is_its_target_not_a_nation()
    {
        // Given "обстреляли Донецк": a city the Russian demonym list holds only to tell the report's country
        var best = Best("8 марта 2021 года украинские военные обстреляли Донецк, погибли три мирных жителя.");

        // Then the city is the place shelled, and the shelling the Ukrainian forces'
        Assert.Equal("Donetsk", best.Location);
        Assert.Equal("Military Forces of Ukraine (2019-)", best.Actor1);
    }

    [Theory]
    [InlineData("8 марта 2021 года беспилотник атаковал автомобиль в Белгородской области, ранены два человека.", "Belgorod")]
    [InlineData("8 марта 2021 года в Курской области в результате обстрела пострадали три человека.", "Kursk")]
    public void A_russian_region_named_by_its_towns_adjective_is_found(string text, string admin1)
    {
        // Given a region written as an adjective of its town before the word for region ("Белгородской области")
        var best = Best(text);

        // Then the event lies in that region
        Assert.Equal(admin1, best.Admin1);
        Assert.NotNull(best.Latitude);
    }

    [Fact]
    public void A_town_that_names_a_bank_is_not_the_place_when_the_sentence_names_another()
    {
        // Given a bank named after a town, and the town where its branch was attacked
        var best = Best("On 8 March 2021, angry depositors smashed the windows of Byblos Bank in Zahle and set a cash machine on fire.");

        // Then the event lies where the branch is, not in the town the bank is named after
        Assert.Equal("Zahlé", best.Location);
        Assert.Equal("LB", best.Iso2);
    }

    [Fact]
    public void A_hospital_named_like_a_city_abroad_does_not_decide_the_country()
    {
        // Given a Lebanese city and a hospital whose name is also a Japanese city's alternate name, no country named
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Handa", 34.8917, 136.9383, "JP", FeatureKind.City) { Admin1 = "Aichi", Population = 119_000 }, ["Manda"]);
        gazetteer.Add(new GazetteerEntry(2, "Tripoli", 34.4335, 35.8441, "LB", FeatureKind.City) { Admin1 = "North Lebanon", Population = 229_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, hundreds of protesters marched through Tripoli and stopped outside the Manda Hospital to pray for a wounded man.", new DateOnly(2021, 3, 10));

        // Then the hospital's name is no vote for Japan: every event lies in Lebanon
        Assert.NotEmpty(doc.Records);
        Assert.All(doc.Records.Where(r => r.Iso2 is not null), r => Assert.Equal("LB", r.Iso2));
        Assert.Equal("Tripoli", EvalSets.BestEvent(doc.Records)!.Location);
    }

    [Fact]
    public void A_country_written_between_an_article_and_a_participle_modifies_a_noun_and_is_no_theatre()
    {
        // Given a patrol "of a Turkey backed" force in a Syrian town, the country's name shared by a small village abroad
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Turkey", 39.0, 35.0, "TR", FeatureKind.Country) { Population = 82_000_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Turkey", 34.3926, -100.8971, "US", FeatureKind.Village) { Admin1 = "Texas", Population = 400 }, []);
        gazetteer.Add(new GazetteerEntry(3, "Jarabulus", 36.8175, 38.0111, "SY", FeatureKind.Town) { Admin1 = "Aleppo", Population = 25_000 }, ["Jarablus"]);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, two armed men shot at a Turkey backed police patrol in Jarablus city, wounding two officers.", new DateOnly(2021, 3, 10));

        // Then the report is Syrian and the event lies in the town
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("SY", best.Iso2);
        Assert.Equal("Jarabulus", best.Location);
    }

    [Fact]
    public void A_place_and_the_province_named_after_it_outvote_a_city_abroad_spelt_like_a_village()
    {
        // Given a village spelt like a Ukrainian city, then its district and province in brackets, the province's name shared with a Chinese city
        var engine = Engine.Load(TestData.DataRoot, DaliGazetteer());
        var doc = EvalSets.Extract(engine, "geo", "On 3 March 2021, artillery rounds hit farms near Human village (Qaatabah, Ad Dali) and nobody was hurt.", new DateOnly(2021, 3, 10));

        // Then the report is Yemeni: the district lies in the province named after it
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("YE", best.Iso2);
    }

    [Fact]
    public void A_word_of_a_longer_name_is_no_place_outside_the_province_the_report_names()
    {
        // Given a village named like one abroad, its second name in square brackets, one of whose words is also a village of another province
        var engine = Engine.Load(TestData.DataRoot, DaliGazetteer());
        var doc = EvalSets.Extract(engine, "geo", "On 3 March 2021, shells hit houses in Salim [Naqil Hajar] and two other villages (Qaatabah, Ad Dali) but nobody was hurt.", new DateOnly(2021, 3, 10));

        // Then the event lies in the district named in apposition, not in the namesake village 400 km away
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("Al Dhale'e", best.Admin1);
    }

    [Fact]
    public void A_tie_between_countries_goes_to_the_place_called_by_its_own_name()
    {
        // Given a city name that is one country's own city and another country's city by an alternate name
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Homs", 34.7268, 36.7234, "SY", FeatureKind.City) { Admin1 = "Homs", Population = 775_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Al Khums", 32.6486, 14.2619, "LY", FeatureKind.City) { Admin1 = "Al Marqab", Population = 200_000 }, ["Homs"]);
        var doc = EvalSets.Extract(Engine.Load(TestData.DataRoot, gazetteer), "geo", "On 3 March 2021, a roadside bomb destroyed a bus and killed four soldiers in Homs.", new DateOnly(2021, 3, 10));

        // Then the report is about the city called so
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("SY", best.Iso2);
    }

    [Fact]
    public void A_name_written_with_its_article_votes_for_the_place_whose_own_name_carries_it()
    {
        // Given a town whose own name carries the article, and namesakes abroad that only the article-less key finds
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "El Mina", 34.4470, 35.8178, "LB", FeatureKind.Town) { Admin1 = "North Lebanon" }, []);
        gazetteer.Add(new GazetteerEntry(2, "Mina", 26.0011, -100.5299, "MX", FeatureKind.Village) { Admin1 = "Nuevo León", Population = 4_495 }, []);
        gazetteer.Add(new GazetteerEntry(3, "Minot", 48.2325, -101.2963, "US", FeatureKind.Town) { Admin1 = "North Dakota", Population = 49_450 }, ["Mina"]);
        var doc = EvalSets.Extract(Engine.Load(TestData.DataRoot, gazetteer), "geo", "On 3 March 2021, angry residents burned tyres outside a deputy's house in el Mina.", new DateOnly(2021, 3, 10));

        // Then the report is about the town called so, though no country is named
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("LB", best.Iso2);
        Assert.Equal("El Mina", best.Location);
    }

    [Fact]
    public void An_event_told_by_a_noun_after_a_sentence_that_only_sets_the_scene_lies_at_that_scene()
    {
        // Given a first sentence that gathers people in a town without telling an event, and a noun that tells it later
        var best = Best("On 8 March 2021, a few hundred teachers assembled in a park of Mardin to mark a national holiday. Many trade unions had called on their members to join. Police intervened in the rally and detained six teachers.");

        // Then the event lies in the town the first sentence names
        Assert.Equal("Mardin", best.Location);
        Assert.Equal("TR", best.Iso2);
    }

    [Fact]
    public void A_name_joined_to_another_word_by_an_arabic_article_is_a_word_of_a_longer_name()
    {
        // Given a gate's name ("Bab al Kabir") whose first word is a Syrian city's name, and the Yemeni district and province after it
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Al-Bab", 36.3705, 37.5157, "SY", FeatureKind.City) { Admin1 = "Aleppo", Population = 130_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Taizz", 13.5795, 44.0209, "YE", FeatureKind.City) { Admin1 = "Taizz", Population = 615_000 }, []);
        gazetteer.Add(new GazetteerEntry(3, "Taizz", 13.5795, 44.0209, "YE", FeatureKind.Admin1) { Admin1 = "Taizz" }, []);
        var doc = EvalSets.Extract(Engine.Load(TestData.DataRoot, gazetteer), "geo", "On 3 March 2021, gunmen abducted a shop owner near Bab al Kabir (Salh, Taizz) and drove him away.", new DateOnly(2021, 3, 10));

        // Then the gate's first word is no vote for Syria: the event lies in Taizz
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("YE", best.Iso2);
        Assert.Equal("Taizz", best.Admin1);
    }

    [Fact]
    public void A_report_that_names_only_where_the_fighters_came_from_lies_there()
    {
        // Given a clash whose report names no place but the island one side came from
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Socotra", 12.5, 53.9, "YE", FeatureKind.Admin1) { Admin1 = "Socotra" }, ["Suqutra"]);
        var doc = EvalSets.Extract(Engine.Load(TestData.DataRoot, gazetteer), "geo", "On 3 March 2021, fighting broke out between two companies of a marine brigade after soldiers hailing from Suqutra refused orders.", new DateOnly(2021, 3, 10));

        // Then the event lies on the island, at the province's precision
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("Socotra", best.Admin1);
    }

    [Fact]
    public void A_bank_noun_before_a_word_marks_no_place_in_a_script_without_capitals()
    {
        // Given an Arabic report of depositors protesting outside a bank, the bank's name written after its noun, no place named
        var doc = EvalSets.Extract(TestData.Engine, "geo", "تظاهر عشرات المودعين الغاضبين أمام مصرف الوفاء مطالبين باسترداد أموالهم.", new DateOnly(2021, 3, 10), "ar");

        // Then the bank's name is no place of the event
        Assert.DoesNotContain(doc.MentionsOf<PlaceMention>(), p => p.Name.Contains("الوفاء", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_name_that_heads_an_armed_group_is_not_the_place_of_its_clash()
    {
        // Given an armed group named after a city's old name, fighting near a town the report places in its province
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Damascus", 33.5102, 36.2913, "SY", FeatureKind.City) { Admin1 = "Damascus", Population = 1_570_000 }, ["Sham"]);
        gazetteer.Add(new GazetteerEntry(2, "Kafriya", 35.9897, 36.6775, "SY", FeatureKind.Town) { Admin1 = "Idlib" }, []);
        gazetteer.Add(new GazetteerEntry(3, "Idlib", 35.9306, 36.6339, "SY", FeatureKind.Admin1) { Admin1 = "Idlib" }, []);
        var doc = EvalSets.Extract(Engine.Load(TestData.DataRoot, gazetteer), "geo", "On 3 March 2021, clashes broke out between the Sham Corps and local gunmen near Kafriya in Idlib.", new DateOnly(2021, 3, 10));

        // Then the clash lies at the town, not in the city the group is named after
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("Kafriya", best.Location);
    }

    /// <summary>A gazetteer with a Yemeni district and province, a Ukrainian city and a Chinese city spelt like them, a Hadramawt village and a West Bank one.</summary>
    private static TsvGazetteer DaliGazetteer()
    {
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Uman", 48.7484, 30.2218, "UA", FeatureKind.City) { Admin1 = "Cherkasy", Population = 85_000 }, ["Human"]);
        gazetteer.Add(new GazetteerEntry(2, "Qa'atabah", 13.8549, 44.7058, "YE", FeatureKind.Admin2) { Admin1 = "Al Dhale'e" }, ["Qaatabah"]);
        gazetteer.Add(new GazetteerEntry(3, "Al Dhale'e", 13.6957, 44.7314, "YE", FeatureKind.Admin1) { Admin1 = "Al Dhale'e" }, ["Ad Dali"]);
        gazetteer.Add(new GazetteerEntry(4, "Dali", 25.5847, 100.2123, "CN", FeatureKind.City) { Admin1 = "Yunnan", Population = 235_000 }, []);
        gazetteer.Add(new GazetteerEntry(5, "Hajar al Masha'ikh", 14.95, 48.30, "YE", FeatureKind.Village) { Admin1 = "Hadramawt" }, ["Hajar"]);
        gazetteer.Add(new GazetteerEntry(6, "Hadramawt", 15.5, 49.0, "YE", FeatureKind.Admin1) { Admin1 = "Hadramawt" }, []);
        gazetteer.Add(new GazetteerEntry(7, "Salim", 32.2081, 35.3364, "PS", FeatureKind.Village) { Admin1 = "West Bank" }, []);
        return gazetteer;
    }

    [Fact]
    public void An_arabic_name_may_end_on_a_short_word()
    {
        // Given "دير الزور", whose second word is short once its article is set aside, after "ريف" (countryside)
        var best = Best("قتل ثلاثة جنود في هجوم على نقطة عسكرية في ريف دير الزور يوم 8 مارس 2021.");

        // Then the place is the Syrian city, not an Iranian village called like its first word
        Assert.Equal("SY", best.Iso2);
    }

    /// <summary>A gazetteer with a Hadramawt village named like an area of Ad Dali, and a town of Ad Dali.</summary>
    private static (Engine Engine, GazetteerEntry Town) NamesakeInHadramawt()
    {
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Al Bilad", 15.9500, 48.7900, "YE", FeatureKind.Village) { Admin1 = "Hadramawt" }, []);
        var town = new GazetteerEntry(2, "Qatabah", 13.8597, 44.7064, "YE", FeatureKind.Town) { Admin1 = "Ad Dali" };
        gazetteer.Add(town, []);
        gazetteer.Add(new GazetteerEntry(3, "Ad Dali", 13.6957, 44.7314, "YE", FeatureKind.Admin1) { Admin1 = "Ad Dali" }, []);
        gazetteer.Add(new GazetteerEntry(4, "Hadramawt", 14.5425, 49.1242, "YE", FeatureKind.Admin1) { Admin1 = "Hadramawt" }, []);
        return (Engine.Load(TestData.DataRoot, gazetteer), town);
    }

    [Fact]
    public void A_gazetteer_name_that_begins_a_longer_name_before_a_settlement_noun_is_read_with_the_whole_name()
    {
        // Given a village whose two-word name begins with a city's name abroad ("Cali"), a lower-case "village" after it
        var best = Best("On 8 March 2021, clan militias clashed over grazing land near Cali Dheere village (Jowhar, Middle Shabelle).");

        // Then the place is the whole name, in the province the bracket names, not the city abroad
        Assert.Equal("Cali Dheere", best.Location);
        Assert.Equal("SO", best.Iso2);
        Assert.Equal("Middle Shabelle", best.Admin1);
    }

    [Fact]
    public void A_noun_that_heads_organisations_names_is_no_town_of_that_name_on_its_own()
    {
        // Given villages abroad called "Union" and "Congress", and a report that names them only as organisations
        // When it is read
        var best = BestIn("On 8 March 2021, Union members and Congress workers staged a sit-in over unpaid pensions.",
            (new GazetteerEntry(1, "Union", 38.45, -90.99, "US", FeatureKind.Town) { Admin1 = "Missouri", Population = 11_000 }, []),
            (new GazetteerEntry(2, "Congress", 34.16, -112.85, "US", FeatureKind.Village) { Admin1 = "Arizona", Population = 1_900 }, []));

        // Then the sit-in has no place and no country
        Assert.Null(best.Location);
        Assert.Null(best.Iso2);
    }

    [Fact]
    public void A_number_word_is_no_village_of_that_name()
    {
        // Given a French village called "Four", and a report that opens with the number
        // When it is read
        var best = BestIn("Four gunmen on motorbikes robbed a fuel station on 8 March 2021 and fled.",
            (new GazetteerEntry(1, "Four", 45.58, 5.19, "FR", FeatureKind.Village) { Admin1 = "Auvergne-Rhône-Alpes", Population = 1_400 }, []));

        // Then the robbery has no place and no country
        Assert.Null(best.Location);
        Assert.Null(best.Iso2);
    }

    [Fact]
    public void A_month_abbreviation_before_a_day_is_no_village_of_that_name()
    {
        // Given a village called "Mar", and a report that dates its event with "Mar.4"
        // When it is read
        var best = BestIn("Police said gunmen torched three lorries between Mar.4 and Mar.6 in 2021 and stole their cargo.",
            (new GazetteerEntry(1, "Mar", 43.40, -4.02, "ES", FeatureKind.Village) { Admin1 = "Cantabria", Population = 900 }, []));

        // Then the event has no place and no country
        Assert.Null(best.Location);
        Assert.Null(best.Iso2);
    }

    [Fact]
    public void A_weapon_named_by_one_word_is_no_province_of_that_name()
    {
        // Given a Slovenian municipality and village called "Grad", and a Ukrainian town and its province
        // When a report names the rocket launcher by its one-word name before the town it struck
        var best = BestIn("On 8 March 2021, separatist gunners fired Grad missiles at Izium overnight and hit a grain store.",
            (new GazetteerEntry(1, "Grad", 46.80, 16.10, "SI", FeatureKind.Admin1) { Admin1 = "Grad" }, []),
            (new GazetteerEntry(2, "Grad", 46.80, 16.10, "SI", FeatureKind.Village) { Admin1 = "Grad", Population = 700 }, []),
            (new GazetteerEntry(3, "Izium", 49.21, 37.26, "UA", FeatureKind.Town) { Admin1 = "Kharkiv", Population = 45_000 }, []));

        // Then the event lies in the town, not in Slovenia
        Assert.Equal("Izium", best.Location);
        Assert.Equal("UA", best.Iso2);
    }
    /// <summary>An engine whose gazetteer holds Somalia's Bosaso and province of Bari, and Italy's city and province of Bari.</summary>
    private static Engine SomaliAndItalianBari()
    {
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Bosaso", 11.28, 49.18, "SO", FeatureKind.Town) { Admin1 = "Bari", Population = 60_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Bari", 11.28, 49.18, "SO", FeatureKind.Admin1) { Admin1 = "Bari" }, []);
        gazetteer.Add(new GazetteerEntry(3, "Bari", 41.12, 16.87, "IT", FeatureKind.City) { Admin1 = "Apulia", Population = 316_000 }, []);
        gazetteer.Add(new GazetteerEntry(4, "Bari", 41.12, 16.87, "IT", FeatureKind.Admin2) { Admin1 = "Apulia" }, []);
        return Engine.Load(TestData.DataRoot, gazetteer);
    }

    [Fact]
    public void A_district_spelt_otherwise_and_its_province_after_it_tell_the_country_over_a_city_abroad()
    {
        // Given a Somali town the gazetteer spells "Bosaso" in the province of Bari, and an Italian city and province called Bari
        var engine = SomaliAndItalianBari();

        // When a report names a village the gazetteer lacks, then its district with a doubled letter and its province in a bracket
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, gunmen attacked a water truck near Gumbax village (Bossaso, Bari) and wounded its driver.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in Somalia's Bari, not in Italy
        Assert.NotNull(best);
        Assert.Equal("SO", best.Iso2);
        Assert.Equal("Bari", best.Admin1);
    }

    [Fact]
    public void A_spanish_neighbourhood_noun_before_a_name_is_no_village_called_so()
    {
        // Given a Mexican village that GeoNames also calls "Colonia", and a city of another state
        // When an English report names a city, then the neighbourhood where the event happened with its Spanish noun
        var best = BestIn("On 8 March 2021, in Culiacan, gunmen shot dead a taxi driver in Colonia Las Quintas and fled on foot.",
            (new GazetteerEntry(1, "El Venado", 20.47, -98.60, "MX", FeatureKind.Village) { Admin1 = "Hidalgo", Population = 600 }, ["Colonia"]),
            (new GazetteerEntry(2, "Culiacán", 24.80, -107.39, "MX", FeatureKind.City) { Admin1 = "Sinaloa", Population = 675_000 }, ["Culiacan"]));

        // Then the event lies in the city's state, not at the village in Hidalgo
        Assert.Equal("MX", best.Iso2);
        Assert.Equal("Sinaloa", best.Admin1);
    }

    [Fact]
    public void A_name_written_in_two_words_finds_the_place_the_gazetteer_writes_in_one()
    {
        // Given a Somali town the gazetteer calls "El Bur", with "Ceelbuur" written as one word among its other names
        // When a report writes the town's name in two words
        var best = BestIn("On 8 March 2021, two herders died when clan militias exchanged fire over a water point in Ceel Buur town (Galgaduud).",
            (new GazetteerEntry(1, "El Bur", 4.685, 46.6176, "SO", FeatureKind.Village) { Admin1 = "Galgaduud", Population = 9_000 }, ["Ceelbuur"]),
            (new GazetteerEntry(2, "Galgaduud", 5.36, 46.40, "SO", FeatureKind.Admin1) { Admin1 = "Galgaduud" }, []));

        // Then the event lies at the town, not at the province's seat
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 4.685, 46.6176), 0, 5);
    }

    [Fact]
    public void A_village_named_again_without_its_province_is_the_same_village_the_province_held()
    {
        // Given a village of Kyiv oblast, and the province of Luhansk with its city
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Kalynivka", 50.22, 30.23, "UA", FeatureKind.Village) { Admin1 = "Kyiv", Population = 3_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Luhansk", 48.57, 39.33, "UA", FeatureKind.Admin1) { Admin1 = "Luhansk" }, []);
        gazetteer.Add(new GazetteerEntry(3, "Luhansk", 48.57, 39.33, "UA", FeatureKind.City) { Admin1 = "Luhansk", Population = 400_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report names a namesake village first with its province, then again alone
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, separatist gunners shelled army trenches near Kalynivka, Luhansk. Monitors later counted eleven explosions near Kalynivka.", new DateOnly(2021, 3, 10));

        // Then no event lies at the village of Kyiv oblast
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, r => Assert.Equal("Luhansk", r.Admin1));
    }

    [Fact]
    public void A_namesake_village_outside_the_province_set_after_it_is_coded_to_that_province()
    {
        // Given a village of Vinnytsia oblast and the province of Zaporizhia, which the gazetteer knows only as a province
        // When a report names a village of that name with the other province after it
        var best = BestIn("On 8 March 2021, artillery fire damaged six houses and a school in Pavlivka, Zaporizhia.",
            (new GazetteerEntry(1, "Pavlivka", 48.97, 28.44, "UA", FeatureKind.Village) { Admin1 = "Vinnytsia", Population = 1_200 }, []),
            (new GazetteerEntry(2, "Zaporizhia", 47.84, 35.14, "UA", FeatureKind.Admin1) { Admin1 = "Zaporizhia" }, []));

        // Then the event lies in the province the report names, not at the namesake village
        Assert.Equal("Zaporizhia", best.Admin1);
    }

    [Fact]
    public void A_village_named_like_a_province_after_a_place_of_another_province_is_that_province()
    {
        // Given the committed gazetteer (its provinces hold the state of Guerrero), a village of Sonora and a village of Chihuahua called Guerrero
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        gazetteer.Add(new GazetteerEntry(900_000_001, "El Ocotillo", 29.10, -110.90, "MX", FeatureKind.Village) { Admin1 = "Sonora", Population = 800 }, []);
        gazetteer.Add(new GazetteerEntry(900_000_002, "Guerrero", 28.55, -107.48, "MX", FeatureKind.Village) { Admin1 = "Chihuahua", Population = 2_000 }, []);
        var state = gazetteer.Admin1("MX", "Guerrero");
        Assert.NotNull(state);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report names a place, then the state it lies in
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, in El Ocotillo, Guerrero, two traders were shot dead outside a pharmacy.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in the state, not at either village
        Assert.NotNull(best);
        Assert.Equal("Guerrero", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, state.Latitude, state.Longitude), 0, 5);
    }

    [Fact]
    public void A_name_that_opens_a_bracket_closed_by_a_known_province_is_the_district_of_the_place_before_it()
    {
        // Given a Somali town the gazetteer spells "Bosaso" in the province of Bari, and an Italian city and province called Bari
        var engine = SomaliAndItalianBari();

        // When a report writes a place the gazetteer lacks, then its district (spelt otherwise) and its province in a bracket, with no place noun
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, gunmen ambushed a minibus at Dhagax Waraabe (Bossaso, Bari) and robbed its passengers.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the bracket's first name is read as a place, and the event lies in Somalia's Bari
        Assert.NotNull(best);
        Assert.Equal("SO", best.Iso2);
        Assert.Equal("Bari", best.Admin1);
    }

    [Fact]
    public void A_namesake_village_that_a_place_noun_and_a_marker_set_in_a_city_is_coded_to_that_city()
    {
        // Given a village of Togdheer and the city of Kismayo, 900 km apart
        // When a report names a quarter of the city by the village's name, with "neighbourhood in" before the city
        var best = BestIn("On 8 March 2021, unknown gunmen shot a teacher in the Qoorweyne neighbourhood in Kismayo and fled.",
            (new GazetteerEntry(1, "Qoorweyne", 9.35, 45.10, "SO", FeatureKind.Village) { Admin1 = "Togdheer", Population = 900 }, []),
            (new GazetteerEntry(2, "Kismayo", -0.358, 42.545, "SO", FeatureKind.City) { Admin1 = "Lower Juba", Population = 234_000 }, []));

        // Then the event lies in the city, not at the village of Togdheer
        Assert.Equal("Lower Juba", best.Admin1);
    }

    [Fact]
    public void A_namesake_village_that_an_area_noun_and_a_marker_set_in_a_city_is_coded_to_that_city()
    {
        // Given a village of Togdheer and the city of Kismayo, 900 km apart
        // When a report calls that part of the city an area
        var best = BestIn("On 8 March 2021, a hand grenade wounded two vendors in the Qoorweyne area in Kismayo.",
            (new GazetteerEntry(1, "Qoorweyne", 9.35, 45.10, "SO", FeatureKind.Village) { Admin1 = "Togdheer", Population = 900 }, []),
            (new GazetteerEntry(2, "Kismayo", -0.358, 42.545, "SO", FeatureKind.City) { Admin1 = "Lower Juba", Population = 234_000 }, []));

        // Then the event lies in the city, not at the village of Togdheer
        Assert.Equal("Lower Juba", best.Admin1);
    }

    [Fact]
    public void A_town_people_were_taken_from_is_the_place_when_its_province_is_the_only_other_place()
    {
        // Given an Iraqi town of Salah al-Din, and that province
        // When a report tells an abduction from the town, with its province set after it
        var best = BestIn("On 8 March 2021, masked gunmen abducted a water engineer from Tuz Khurmatu town, Saladin governorate, and drove off.",
            (new GazetteerEntry(1, "Tuz Khurmatu", 34.88, 44.63, "IQ", FeatureKind.Town) { Admin1 = "Salah al-Din", Population = 58_000 }, []),
            (new GazetteerEntry(2, "Salah al-Din", 34.53, 43.48, "IQ", FeatureKind.Admin1) { Admin1 = "Salah al-Din" }, ["Saladin"]));

        // Then the event lies in the town, not at the province's middle 110 km away
        Assert.Equal("Tuz Khurmatu", best.Location);
        Assert.Equal("Salah al-Din", best.Admin1);
    }

    [Fact]
    public void A_town_gunmen_tried_to_enter_is_the_place_when_only_its_province_is_named_after_it()
    {
        // Given a Syrian town of Al-Hasakeh, and that province
        // When a report tells of fighters caught while moving into the town, "in" and the province after it
        var best = BestIn("On 8 March 2021, border guards arrested four fighters trying to sneak into Tal Tamr in al-Hasakeh at night.",
            (new GazetteerEntry(1, "Tall Tamr", 36.65, 40.37, "SY", FeatureKind.Town) { Admin1 = "Al-Hasakeh", Population = 7_000 }, ["Tal Tamr"]),
            (new GazetteerEntry(2, "Al-Hasakeh", 36.50, 40.75, "SY", FeatureKind.Admin1) { Admin1 = "Al-Hasakeh" }, []));

        // Then the event lies in the town
        Assert.Equal("Tall Tamr", best.Location);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void A_village_of_another_province_named_after_the_scene_a_sentence_sets_is_coded_at_that_scene()
    {
        // Given a city of Sonora, its province, and a village of Jalisco that shares a neighbourhood's name
        // When a report sets the scene with the city and its province, then names the neighbourhood where it happened
        var best = BestIn("On 8 March 2021, in Hermosillo, Sonora, two gunmen shot a mechanic in Colonia Las Palmas and fled.",
            (new GazetteerEntry(1, "Hermosillo", 29.07, -110.96, "MX", FeatureKind.City) { Admin1 = "Sonora", Population = 715_000 }, []),
            (new GazetteerEntry(2, "Sonora", 29.07, -110.96, "MX", FeatureKind.Admin1) { Admin1 = "Sonora" }, []),
            (new GazetteerEntry(3, "Las Palmas", 20.60, -104.10, "MX", FeatureKind.Village) { Admin1 = "Jalisco", Population = 800 }, []));

        // Then the event lies in the city (precision 2), not at the village 1,100 km away
        Assert.Equal("Sonora", best.Admin1);
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 29.07, -110.96), 0, 1);
    }

    [Fact]
    public void A_village_far_from_the_scene_a_sentence_sets_in_its_own_province_is_coded_at_that_scene()
    {
        // Given a city of Sinaloa and a village of that state 90 km away that shares a neighbourhood's name
        // When a report sets the scene with the city and its state, then names a neighbourhood there
        var best = BestIn("On 8 March 2021, in Culiacan, Sinaloa, armed men set fire to a bakery in the Los Mayos neighbourhood.",
            (new GazetteerEntry(1, "Culiacán", 24.80, -107.39, "MX", FeatureKind.City) { Admin1 = "Sinaloa", Population = 675_000 }, ["Culiacan"]),
            (new GazetteerEntry(2, "Sinaloa", 24.80, -107.39, "MX", FeatureKind.Admin1) { Admin1 = "Sinaloa" }, []),
            (new GazetteerEntry(3, "Los Mayos", 25.55, -107.70, "MX", FeatureKind.Village) { Admin1 = "Sinaloa", Population = 700 }, []));

        // Then the event lies in the city (precision 2), not at the village
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 24.80, -107.39), 0, 1);
    }

    [Fact]
    public void A_province_set_after_a_name_outranks_the_districts_that_name_finds_itself()
    {
        // Given two cities called Cuauhtémoc, each the seat of a district of that name, one in Mexico City and one in Chihuahua
        // When a report names the city and then its state
        var best = BestIn("On 8 March 2021, in Cuauhtemoc, Chihuahua, unknown men set fire to three cars outside a bar.",
            (new GazetteerEntry(1, "Cuauhtémoc", 19.445, -99.146, "MX", FeatureKind.City) { Admin1 = "Mexico City", Admin2 = "Cuauhtémoc", Population = 530_000 }, ["Cuauhtemoc"]),
            (new GazetteerEntry(2, "Cuauhtémoc", 19.445, -99.146, "MX", FeatureKind.Admin2) { Admin1 = "Mexico City", Admin2 = "Cuauhtémoc" }, ["Cuauhtemoc"]),
            (new GazetteerEntry(3, "Cuauhtémoc", 28.409, -106.863, "MX", FeatureKind.City) { Admin1 = "Chihuahua", Admin2 = "Cuauhtémoc", Population = 114_000 }, ["Cuauhtemoc"]),
            (new GazetteerEntry(4, "Cuauhtémoc", 28.409, -106.863, "MX", FeatureKind.Admin2) { Admin1 = "Chihuahua", Admin2 = "Cuauhtémoc" }, ["Cuauhtemoc"]),
            (new GazetteerEntry(5, "Chihuahua", 28.635, -106.089, "MX", FeatureKind.Admin1) { Admin1 = "Chihuahua" }, []));

        // Then the event lies in Chihuahua's Cuauhtémoc, not in the larger namesake of Mexico City
        Assert.Equal("Chihuahua", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 28.409, -106.863), 0, 1);
    }

    [Fact]
    public void A_city_abroad_found_only_by_an_alternate_name_votes_less_for_its_country_than_a_town_called_so()
    {
        // Given a Chinese city that GeoNames also calls "Lassa", and a Burkinabè town whose own name is Lassa
        // When a report on Burkinabè soldiers names Lassa and no country
        var best = BestIn("On 8 March 2021, Burkinabe soldiers said that gunmen had killed four herders near Lassa.",
            (new GazetteerEntry(1, "Lhasa", 29.65, 91.10, "CN", FeatureKind.City) { Admin1 = "Tibet", Population = 118_000 }, ["Lassa"]),
            (new GazetteerEntry(2, "Lassa", 13.05, -0.95, "BF", FeatureKind.Town) { Admin1 = "Centre-Nord", Population = 12_000 }, []));

        // Then the event lies at the town called so, not in Tibet
        Assert.Equal("BF", best.Iso2);
        Assert.Equal("Lassa", best.Location);
    }

    [Theory]
    [InlineData("On 8 March 2021, shopkeepers protested against the soaring US dollar and the cost of bread.", null, null)]
    [InlineData("8 марта 2021 года торговцы в Бейруте вышли на протест против роста курса доллара США.", "Beirut", "LB")]
    public void A_country_named_beside_a_currency_is_no_place_of_the_report(string text, string? location, string? iso2)
    {
        // Given a country's name written before or after a currency's ("the US dollar", "доллара США")
        var best = Best(text);

        // Then it names the currency: the event lies where the report puts it, or nowhere, never in that country
        Assert.Equal(location, best.Location);
        Assert.Equal(iso2, best.Iso2);
    }

    [Fact]
    public void A_province_named_beside_a_country_is_the_place_rather_than_the_country()
    {
        // Given a sentence whose nearest place after the event is a country ("the rescue service of Ukraine"), then a province
        var best = Best("On 8 March 2021, Russian troops fired on a fire engine of the rescue service of Ukraine in Zaporizhia.");

        // Then the event lies in the province (precision 3), not in the country alone (no location)
        Assert.Equal("Zaporizhia", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
        Assert.Equal("UA", best.Iso2);
    }

    [Fact]
    public void A_village_set_before_a_city_that_is_a_province_of_its_own_lies_in_the_province_around_it()
    {
        // Given a village the gazetteer lacks, set before "Kyiv" behind a comma: Kyiv is both a city with its own
        // province (Kyiv City) and the name of the oblast around it
        var best = Best("On 8 March 2021, Russian troops shelled farm buildings in Vyshenky, Kyiv, wounding a guard.");

        // Then the village is coded at the city (precision 2) but in the oblast, where a village lies
        Assert.Equal("Vyshenky", best.Location);
        Assert.Equal(2, best.GeoPrecision);
        Assert.Equal("Kyiv", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 50.4547, 30.5238), 0, 1);
    }

    [Fact]
    public void A_neighbourhood_set_before_a_city_that_is_a_province_of_its_own_lies_in_the_city()
    {
        // Given a neighbourhood the gazetteer lacks, set before "Kyiv" behind its noun and "in", not a comma
        var best = Best("On 8 March 2021, Russian troops shelled farm buildings in the Vyshenky neighbourhood in Kyiv, wounding a guard.");

        // Then it lies in the city's own province
        Assert.Equal("Kyiv City", best.Admin1);
    }

    [Theory]
    [InlineData("On 8 March 2021, Russian troops fired mortars at houses in Vyshenky, Kyiv, and wounded a guard.", "en")]
    [InlineData("Le 8 mars 2021, les troupes russes ont tiré des obus de mortier sur des maisons à Vyshenky, Kyiv, blessant un gardien.", "fr")]
    [InlineData("L'8 marzo 2021 le truppe russe hanno sparato colpi di mortaio contro alcune case a Vyshenky, Kyiv, ferendo un guardiano.", "it")]
    [InlineData("El 8 de marzo de 2021, las tropas rusas dispararon morteros contra varias casas en Vyshenky, Kyiv, e hirieron a un guardia.", "es")]
    [InlineData("Am 8. März 2021 beschossen russische Truppen Häuser in Vyshenky, Kyiv, mit Mörsern und verletzten einen Wächter.", "de")]
    [InlineData("Em 8 de março de 2021, tropas russas dispararam morteiros contra casas em Vyshenky, Kyiv, ferindo um guarda.", "pt")]
    public void A_name_after_in_with_a_province_set_after_it_behind_a_comma_is_a_place_the_gazetteer_lacks(string text, string language)
    {
        // Given a village the gazetteer lacks after "in" ("à", "a", "en", "em") with nothing else to mark it, then a comma and a province
        var doc = EvalSets.Extract(TestData.Engine, "geo", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the village is the place, coded beside the province's city (precision 2) in the province
        Assert.NotNull(best);
        Assert.Equal("Vyshenky", best.Location);
        Assert.Equal(2, best.GeoPrecision);
        Assert.Equal("Kyiv", best.Admin1);
    }

    [Fact]
    public void A_namesake_near_the_country_of_a_national_police_weighs_more_in_the_country_vote()
    {
        // Given a Kenyan village and a larger namesake city in England, beside the committed countries and provinces
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        gazetteer.Add(new GazetteerEntry(1, "Kisauni", -4.02, 39.70, "KE", FeatureKind.Village) { Admin1 = "Mombasa", Population = 3_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Kisauni", 51.50, -0.12, "GB", FeatureKind.City) { Admin1 = "England", Population = 150_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report on the Kenyan police names the village and no country
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, Kenyan police arrested four men accused of robbing a phone shop in Kisauni.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the village in Kenya, the police's theatre, not at the city on another continent
        Assert.NotNull(best);
        Assert.Equal("KE", best.Iso2);
        Assert.Equal("Mombasa", best.Admin1);
    }

    [Fact]
    public void A_namesake_near_the_home_country_of_a_named_armed_group_weighs_more_in_the_country_vote()
    {
        // Given a Somali village and a larger namesake town in England, beside the committed countries and provinces
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        gazetteer.Add(new GazetteerEntry(1, "Ceel Baraf", 3.21, 45.76, "SO", FeatureKind.Village) { Admin1 = "Middle Shabelle", Population = 2_000 }, []);
        gazetteer.Add(new GazetteerEntry(2, "Ceel Baraf", 51.50, -0.12, "GB", FeatureKind.Town) { Admin1 = "England", Population = 30_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report on a group the registry keeps to Somalia names the village and no country
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, Al Shabaab militants ambushed a supply convoy near Ceel Baraf.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the village in Somalia, the group's theatre
        Assert.NotNull(best);
        Assert.Equal("SO", best.Iso2);
        Assert.Equal("Middle Shabelle", best.Admin1);
    }

    [Fact]
    public void A_capital_called_by_its_own_name_beats_a_village_at_home_that_carries_it_as_an_alternate_name()
    {
        // Given Kabul (a city of millions) and a small American town that the gazetteer also spells "Kabul"
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        gazetteer.Add(new GazetteerEntry(1, "Cabool", 37.12, -92.10, "US", FeatureKind.Village) { Admin1 = "Missouri", Population = 2_000 }, ["Kabul"]);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report on a rally in Kabul names the United States in its next sentence, which makes it the report's country
        var doc = EvalSets.Extract(engine, "geo", "On 4 April 2021, hundreds rallied in Kabul to back the government's refusal to free the inmates. They also criticised the deal between the US and the Taliban.", new DateOnly(2021, 4, 5));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the rally lies in Afghanistan's capital, not in the Missouri town
        Assert.NotNull(best);
        Assert.Equal("AF", best.Iso2);
        Assert.Equal("Kabul", best.Location);
    }

    [Theory]
    [InlineData("Le 8 mars 2021, des hommes armés ont tué deux bergers dans la campagne de Saraqib.", "fr")]
    [InlineData("Em 8 de março de 2021, homens armados mataram dois pastores na zona rural de Saraqib.", "pt")]
    [InlineData("8 марта 2021 года боевики убили двух пастухов близ Идлиба.", "ru")]
    public void The_countryside_of_a_town_or_a_place_near_it_is_coded_near_that_town(string text, string language)
    {
        // Given a killing in the countryside of a town, or near it ("dans la campagne de", "na zona rural de", "близ")
        var doc = EvalSets.Extract(TestData.Engine, "geo", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is coded at the town as a place near it (precision 2), not in it
        Assert.NotNull(best);
        Assert.Equal("Idleb", best.Admin1);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void A_spanish_road_between_two_towns_is_coded_near_the_first()
    {
        // Given a killing on the road between two towns, in Spanish ("entre X y Y")
        var doc = EvalSets.Extract(TestData.Engine, "geo", "El 8 de marzo de 2021, unos hombres armados mataron a dos pastores en la carretera entre Saraqib y Ariha.", new DateOnly(2021, 3, 10), "es");
        var best = EvalSets.BestEvent(doc.Records);

        // Then both towns name the road, and the event is coded near the first (precision 2), as in the other languages
        Assert.NotNull(best);
        Assert.Equal("Saraqib", best.Location);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void A_city_set_after_a_destination_the_gazetteer_lacks_names_the_province_around_it()
    {
        // Given fire "in the direction of" a village the gazetteer lacks, set before "Kyiv" behind a comma
        var best = Best("On 8 March 2021, Russian troops fired mortars in the direction of Vyshenky, Kyiv. No one was hurt.");

        // Then the event, coded at the city, lies in the oblast the words name, not in Kyiv City
        Assert.Equal("Kyiv", best.Admin1);
        Assert.Equal("UA", best.Iso2);
    }

    [Fact]
    public void An_arabic_road_between_two_towns_lies_near_the_first_though_the_and_is_written_onto_the_second()
    {
        // Given an Arabic road "between X and Y", whose "and" (و) is written onto the second name
        var doc = EvalSets.Extract(TestData.Engine, "geo", "قتل مسلحون راعيين على الطريق بين سراقب وأريحا يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");
        var best = EvalSets.BestEvent(doc.Records);

        // Then both towns name the road, and the event is coded near the first (precision 2), as in the other languages
        Assert.NotNull(best);
        Assert.Equal("Saraqib", best.Location);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Theory]
    [InlineData("On 8 March 2021, government forces shelled Kafr Zalloum in the southern countryside of Idlib. No one was hurt.", "en")]
    [InlineData("L'8 marzo 2021 le forze governative hanno bombardato Kafr Zalloum nella campagna meridionale di Idlib. Nessun ferito.", "it")]
    public void A_village_the_gazetteer_lacks_in_the_southern_countryside_of_a_province_lies_in_its_south(string text, string language)
    {
        // Given shelling of a village the gazetteer lacks, set "in the southern countryside of" a province named like its seat
        var doc = EvalSets.Extract(TestData.Engine, "geo", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is coded in the province's south (precision 3), south of its seat, not at the seat itself
        Assert.NotNull(best);
        Assert.Equal("Idleb", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
        Assert.True(best.Latitude < 35.85, $"latitude {best.Latitude}");
    }

    [Fact]
    public void The_northern_countryside_of_a_city_named_like_its_province_is_the_north_of_the_province()
    {
        // Given shelling of "the northern countryside of Aleppo", which names no village
        var best = Best("On 8 March 2021, Turkish forces shelled the northern countryside of Aleppo. No one was hurt.");

        // Then the event lies in the north of the province (precision 3), not in the city
        Assert.Equal("Aleppo", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
        Assert.True(best.Latitude > 36.3, $"latitude {best.Latitude}");
    }

    [Fact]
    public void An_adjective_of_direction_before_a_city_alone_leaves_the_city()
    {
        // Given shelling of "eastern Aleppo": no countryside or province goes with the adjective
        var best = Best("On 8 March 2021, government forces shelled eastern Aleppo. No one was hurt.");

        // Then the event stays in the city, which may have an east of its own
        Assert.Equal("Aleppo", best.Location);
        Assert.NotEqual(3, best.GeoPrecision);
    }

    [Fact]
    public void A_village_the_gazetteer_knows_under_another_transliteration_is_found_in_the_province_named_beside_it()
    {
        // Given a killing in a village written "Jurniyeh", which the gazetteer spells Al Jarniyah, in the countryside of Ar-Raqqa
        var best = Best("On 8 March 2021, gunmen killed a shepherd in Jurniyeh village in the Ar-Raqqa countryside. No one else was hurt.");

        // Then the event is coded at that village of the province (precision 1), not at the province's seat
        Assert.Equal("Ar-Raqqa", best.Admin1);
        Assert.Equal(1, best.GeoPrecision);
        Assert.InRange(best.Latitude!.Value, 36.11, 36.21);
        Assert.InRange(best.Longitude!.Value, 38.18, 38.28);
    }

    [Fact]
    public void A_name_whose_consonants_match_a_town_of_another_province_stays_at_the_province_named()
    {
        // Given a village written like a town of another province (Al Jarniyah lies in Ar-Raqqa), set in Deir-ez-Zor
        var best = Best("On 8 March 2021, gunmen killed a shepherd in Jarneyyeh village in the Deir-ez-Zor countryside. No one else was hurt.");

        // Then the other province's town is not taken: the event stays in Deir-ez-Zor
        Assert.Equal("Deir-ez-Zor", best.Admin1);
    }

    [Fact]
    public void A_name_set_after_in_and_before_in_and_a_province_is_a_place_of_that_province()
    {
        // Given a blast "in X in Province", where X is written otherwise than the gazetteer's Al-Busayrah
        var best = Best("On 8 March 2021, a roadside bomb of unknown origin went off in Busaira in Deir-ez-Zor. No one was hurt.");

        // Then X is read as a place and found under its other spelling, not coded at the province's seat
        Assert.Equal("Deir-ez-Zor", best.Admin1);
        Assert.InRange(best.Latitude!.Value, 35.10, 35.20);
        Assert.InRange(best.Longitude!.Value, 40.38, 40.48);
    }

    [Fact]
    public void A_district_written_in_another_transliteration_is_found_among_the_districts_of_its_province()
    {
        // Given a province with a town and two districts, one of them spelled "Razih" by the gazetteer
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Sadah", 16.9402, 43.7639, "YE", FeatureKind.Town) { Admin1 = "Sadah", Population = 50_000 }, []);
        var district = new GazetteerEntry(2, "Razih", 16.9500, 43.2500, "YE", FeatureKind.Admin2) { Admin1 = "Sadah" };
        gazetteer.Add(district, []);
        gazetteer.Add(new GazetteerEntry(3, "Kitaf", 17.1000, 44.2000, "YE", FeatureKind.Admin2) { Admin1 = "Sadah" }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report writes that district "Raizh", whose skeleton is two consonants long, with its province in brackets
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, border guards fired mortars at farms in Raizh district (Sadah), wounding a shepherd.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the district (precision 2), not at the province's town
        Assert.NotNull(best);
        Assert.Equal(2, best.GeoPrecision);
        Assert.Equal(district.Longitude, best.Longitude!.Value, 3);
    }

    [Fact]
    public void An_axis_named_after_two_towns_is_a_road_coded_near_the_first()
    {
        // Given an ambush "on the axis X-Y", as English reports on the Sahel name a road after the towns it joins
        var best = Best("On 8 March 2021, gunmen ambushed a supply truck on the axis Saraqib-Ariha and wounded its driver.");

        // Then the road's first town is the event's place, as a place near it (precision 2)
        Assert.Equal("Saraqib", best.Location);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void A_capital_called_by_its_own_name_in_a_place_outvotes_towns_of_another_country()
    {
        // Given the committed gazetteer, where Dhaka is Bangladesh's capital, with an Indian town called Dhaka and two
        // Indian towns called Rampura added, and no Rampura in Bangladesh
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        gazetteer.Add(new GazetteerEntry(-9001, "Dhaka", 26.67, 85.17, "IN", FeatureKind.Town) { Admin1 = "Bihar", Population = 40_000 }, []);
        gazetteer.Add(new GazetteerEntry(-9002, "Rampura", 30.26, 75.24, "IN", FeatureKind.Town) { Admin1 = "Punjab", Population = 60_000 }, []);
        gazetteer.Add(new GazetteerEntry(-9003, "Rampura", 27.10, 80.50, "IN", FeatureKind.Town) { Admin1 = "Uttar Pradesh", Population = 30_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report sets a protest "in Dhaka - Rampura (Rampura)", a ward of the capital written after it
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, students held a sit-in in Dhaka - Rampura (Rampura) to demand cheaper bus fares.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the report is Bangladeshi: the capital outvotes the two Indian towns
        Assert.NotNull(best);
        Assert.Equal("BD", best.Iso2);
    }

    [Fact]
    public void A_district_the_words_call_a_city_stays_the_place_beside_the_city_that_names_its_division()
    {
        // Given the committed gazetteer with a district "Tolpara" of Khulna division added, and no town of that name
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        var district = new GazetteerEntry(-9101, "Tolpara", 23.40, 89.10, "BD", FeatureKind.Admin2) { Admin1 = "Khulna" };
        gazetteer.Add(district, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report sets a protest "in Tolpara city, Tolpara Sadar (Khulna)", the division named by its city in brackets
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, nurses held a rally in Tolpara city, Tolpara Sadar (Khulna), to demand unpaid wages.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the district the words call a city, not at Khulna city 60 km away
        Assert.NotNull(best);
        Assert.Equal(district.Latitude, best.Latitude!.Value, 3);
        Assert.Equal("Khulna", best.Admin1);
    }

    [Fact]
    public void A_neighbourhood_of_a_city_is_no_namesake_village_far_from_that_city()
    {
        // Given a neighbourhood of Mosul that shares its name with a village 95 km away in the same province (Hatra, "Al Hadar")
        // When a report sets a shooting "in the Hadar neighbourhood of Mosul"
        var best = Best("On 8 March 2021, gunmen shot dead a baker in the Hadar neighbourhood of Mosul on his way home.");

        // Then the event lies in the city (precision 2), not at the namesake village
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 36.335, 43.1189), 0, 5);
    }

    [Fact]
    public void A_place_called_an_area_of_a_city_is_no_namesake_village_far_from_that_city()
    {
        // Given the village Hatra ("Al Hadar"), 95 km from Mosul, and a report that writes "Hadar area of Mosul", where
        // "area of" is the marker of the city
        var best = Best("On 8 March 2021, a roadside bomb wounded two soldiers in Hadar area of Mosul during a patrol.");

        // Then the event lies in the city (precision 2), not at the namesake village
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 36.335, 43.1189), 0, 5);
    }

    [Fact]
    public void A_name_after_in_that_the_gazetteer_knows_under_another_spelling_is_that_place()
    {
        // Given the committed gazetteer with the Lebanese town Zouk Mosbeh added
        var gazetteer = TsvGazetteer.Load(Path.Combine(TestData.DataRoot, "gazetteer"));
        var town = new GazetteerEntry(-9201, "Zouk Mosbeh", 33.955, 35.6147, "LB", FeatureKind.Town) { Admin1 = "Mount Lebanon" };
        gazetteer.Add(town, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When a report writes it "Zouq Mosbeh" after "in", with no place noun and no province beside it
        var doc = EvalSets.Extract(engine, "geo", "On 8 March 2021, shopkeepers closed their stores and gathered in Zouq Mosbeh to protest against rising bread prices.", new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the name is a place, found under the gazetteer's spelling
        Assert.NotNull(best);
        Assert.Equal("Zouk Mosbeh", best.Location);
        Assert.Equal("Mount Lebanon", best.Admin1);
    }

    [Fact]
    public void Tyre_is_found_under_its_French_name()
    {
        // Given a report that writes Tyre, Lebanon, as French reports do ("Tyr"), a name GeoNames lists but the build drops
        // as too short among alternate names
        var best = Best("On 8 March 2021, fishermen blocked the coastal road in Tyr to protest against rising fuel prices.");

        // Then the event lies in Tyre, South Lebanon
        Assert.Equal("LB", best.Iso2);
        Assert.Equal("South Lebanon", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 33.2733, 35.1939), 0, 5);
    }

    [Fact]
    public void A_capitalised_word_after_an_indefinite_article_is_no_place_the_gazetteer_lacks()
    {
        // Given a bombing "outside a Sunni shrine in Al-Dejail town, Saladin province", where the town is Dujail spelt otherwise
        var best = Best("On 8 March 2021, a bomb went off outside a Sunni shrine in Al-Dejail town, Saladin province, and wounded four worshippers.");

        // Then "Sunni" is no place: the event lies at Dujail, found under its other spelling, not at the province
        Assert.Equal(1, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 33.8467, 44.2344), 0, 5);
    }

    [Fact]
    public void The_next_name_of_a_list_of_origins_is_an_origin_too()
    {
        // Given reinforcements "from Hama province and Palmyra" that arrived in Saraqib
        var best = Best("On 8 March 2021, army reinforcements from Hama province and Palmyra arrived in Saraqib, a local witness said.");

        // Then Palmyra, joined to the origin by "and", is an origin too: the event lies where they arrived
        Assert.Equal("Saraqib", best.Location);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void A_village_of_unknown_size_outside_the_province_the_report_names_is_a_namesake()
    {
        // Given a village whose only entry, of unknown population, lies in Duhok, in a report that sets it in Basra province
        var best = Best("On 8 March 2021, gunmen attacked a police checkpoint in Saymayl village in Basra province, killing two officers.");

        // When the gazetteer lacks the village of Basra
        // Then the namesake of Duhok, 800 km away, is not its entry: the event lies in Basra province
        Assert.Equal("IQ", best.Iso2);
        Assert.Equal("Basrah", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 30.5085, 47.7804), 0, 100);
    }

    [Fact]
    public void An_event_whose_place_the_next_sentence_tells_lies_there()
    {
        // Given a killing told without a place, and a next sentence that tells no event but where the farm lies
        var best = Best("On 8 March 2021, unknown gunmen shot dead two shepherds and drove off their flock. Their farm lies on the outskirts of Sinjar, local officials said.");

        // Then the event lies at the town that next sentence names
        Assert.Equal("Sinjar", best.Location);
        Assert.Equal("Ninewa", best.Admin1);
    }

    [Fact]
    public void A_direction_word_that_begins_a_nationality_is_no_province_abroad()
    {
        // Given raiders called "South Sudanese" in a report that names no place
        var best = Best("On 8 March 2021, suspected South Sudanese raiders drove off two hundred cattle and killed four herders at a watering point.");

        // Then "South" is a word of the nationality, not Cameroon's South province: the event has no place
        Assert.Null(best.Location);
        Assert.Null(best.Admin1);
    }

    [Fact]
    public void A_direction_word_after_a_place_names_a_part_of_that_place()
    {
        // Given a constituency named by a province and a word of direction after it
        var best = Best("On 8 March 2021, cattle rustlers killed two herders in Baringo North and drove off their camels.");

        // Then the event lies in that province, not in Cameroon's North province
        Assert.Equal("KE", best.Iso2);
        Assert.Equal("Baringo", best.Admin1);
    }

    [Fact]
    public void A_direction_word_after_an_unknown_name_is_no_province_abroad()
    {
        // Given a word of direction after a name the gazetteer lacks, in a report that names no other place
        var best = Best("On 8 March 2021, gunmen shot dead a village elder at Kapcherop in Marakwet West.");

        // Then "West" alone is no place: the event is not put in Cameroon's West province
        Assert.NotEqual("CM", best.Iso2);
    }

    [Theory]
    [InlineData("On 8 March 2021, shop workers marched over wages unpaid since May.")]
    [InlineData("On 8 March 2021, students protested over bursary funds allocated in March.")]
    public void A_month_written_alone_is_a_date_not_a_town(string text)
    {
        // Given towns abroad called "May" and "March", and a month's name alone, after a preposition, in a language
        // that writes months with a capital
        var best = BestIn(text,
            (new GazetteerEntry(1, "May", 23.43, 70.39, "IN", FeatureKind.Town) { Admin1 = "Gujarat", Population = 9_000 }, []),
            (new GazetteerEntry(2, "March", 52.55, 0.09, "GB", FeatureKind.Town) { Admin1 = "England", Population = 22_000 }, []));

        // Then it places nothing: no town called May or March, abroad or at home
        Assert.Null(best.Location);
        Assert.Null(best.Iso2);
    }

    [Fact]
    public void A_nationality_before_a_noun_is_no_province_abroad_of_the_same_name()
    {
        // Given camels stolen "close to the Somali border", where "Somali" is also the name of an Ethiopian region
        var best = Best("On 8 March 2021, armed men stole two hundred camels from herders close to the Somali border and fled.");

        // Then "Somali" is the nationality before a noun: the event is not put in Ethiopia's Somali region
        Assert.NotEqual("ET", best.Iso2);
        Assert.Null(best.Admin1);
    }
    [Fact]
    public void A_small_town_set_before_another_province_of_its_country_is_a_namesake_in_that_province()
    {
        // Given a town the gazetteer knows only in Ninewa, written with "Diyala" and the country after it
        var best = Best("On 8 March 2021, gunmen stormed an army outpost in Rabiah, Diyala, Iraq, killing two soldiers.");

        // Then the event lies in the province the report names (precision 3), not at the Ninewa town 400 km away
        Assert.Equal("Diyala", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 36.8, 42.0833), 300, 1000);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen stormed an army outpost in Rabiah, Diyala province, killing two soldiers.")]
    [InlineData("On 8 March 2021, gunmen stormed an army outpost in Rabiah, Diyala, killing two soldiers.")]
    public void A_small_town_set_before_another_province_and_a_clause_is_a_namesake_in_that_province(string text)
    {
        // Given the Ninewa town written with "Diyala" (and its noun), then a comma and a clause about the attack
        var best = Best(text);

        // Then the clause closes the place as a full stop does: the event lies in the province the report names
        Assert.Equal("Diyala", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
    }

    [Theory]
    [InlineData("On 8 March 2021, bombs went off in Baiji, Diyala and Anbar, killing nine people.")]
    [InlineData("On 8 March 2021, bombs went off in Baiji, Diyala, and Anbar, killing nine people.")]
    public void A_small_town_before_a_province_that_a_list_goes_on_after_keeps_its_own_province(string text)
    {
        // Given a town followed by two provinces of a list, with or without a comma before the last
        var best = Best(text);

        // Then the town is the one the gazetteer knows
        Assert.Equal("Salah al-Din", best.Admin1);
        Assert.Equal("Baiji", best.Location);
    }
    [Fact]
    public void A_river_name_set_before_a_province_is_a_place_of_that_province()
    {
        // Given the Arabic name of the Tigris written as a place, with a province and the country after it
        var best = Best("On 8 March 2021, a roadside bomb killed two soldiers in Dijlah, Saladin, Iraq.");

        // Then the event lies in the province the report names, not at the river's representative point in Ninewa
        Assert.Equal("Salah al-Din", best.Admin1);
    }

    [Fact]
    public void A_town_written_with_a_neighbouring_province_stays_the_town()
    {
        // Given a town south of Baghdad written with the neighbouring province, less than 200 km from it
        var best = Best("On 8 March 2021, gunmen shot dead a farmer in Yusufiyah, Babil, Iraq.");

        // Then the event lies at the town, its province written loosely
        Assert.Equal("Baghdad", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 33.0792, 44.2531), 0, 5);
    }

    /// <summary>A Yemeni gazetteer that knows the capital, its province and the country in Arabic letters, and two districts and a village only in Latin ones.</summary>
    private static (Engine Engine, GazetteerEntry Nihm, GazetteerEntry Razih) YemenInLatinLetters()
    {
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Yemen", 15.5, 47.5, "YE", FeatureKind.Country) { Population = 28_000_000 }, ["اليمن"]);
        gazetteer.Add(new GazetteerEntry(2, "Sanaa", 15.3547, 44.2067, "YE", FeatureKind.City) { Admin1 = "Amanat al Asimah", Population = 1_937_451 }, ["صنعاء"]);
        gazetteer.Add(new GazetteerEntry(3, "Sanaa", 15.1718, 44.3244, "YE", FeatureKind.Admin1) { Admin1 = "Sanaa" }, ["صنعاء"]);
        gazetteer.Add(new GazetteerEntry(4, "Sadah", 16.9402, 43.7639, "YE", FeatureKind.Admin1) { Admin1 = "Sadah" }, ["صعدة"]);
        var nihm = new GazetteerEntry(5, "Nihm", 15.6445, 44.4734, "YE", FeatureKind.Admin2) { Admin1 = "Sanaa" };
        gazetteer.Add(nihm, []);
        var razih = new GazetteerEntry(6, "Rāziḩ", 16.9092, 43.2623, "YE", FeatureKind.Admin2) { Admin1 = "Sadah" };
        gazetteer.Add(razih, []);
        gazetteer.Add(new GazetteerEntry(7, "Nahm", 14.2, 44.1, "YE", FeatureKind.Village) { Admin1 = "Ibb" }, []);
        return (Engine.Load(TestData.DataRoot, gazetteer), nihm, razih);
    }

    [Fact]
    public void An_arabic_district_the_gazetteer_knows_only_in_latin_letters_is_found_by_its_consonants()
    {
        // Given a gazetteer that knows the district Nihm only in Latin letters, and a village of that skeleton in another province
        var (engine, nihm, _) = YemenInLatinLetters();

        // When an Arabic report names the district after its noun, with the capital beside it
        var doc = EvalSets.Extract(engine, "geo", "قصفت مدفعية الحوثيين مديرية نهم شرقي صنعاء يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in the district, named as the gazetteer writes it, not at the capital
        Assert.NotNull(best);
        Assert.Equal("Nihm", best.Location);
        Assert.Equal(nihm.Latitude, best.Latitude!.Value, 3);
        Assert.Equal(2, best.GeoPrecision);
    }

    [Fact]
    public void An_arabic_district_is_found_in_the_province_named_after_it()
    {
        // Given the same gazetteer, whose district Razih in Sadah is written with a dotted h
        var (engine, _, razih) = YemenInLatinLetters();

        // When an Arabic report names the district after its noun and its province after it
        var doc = EvalSets.Extract(engine, "geo", "اندلعت اشتباكات عنيفة بين القبائل في مديرية رازح بمحافظة صعدة يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in the district, not at the province's seat
        Assert.NotNull(best);
        Assert.Equal(razih.Latitude, best.Latitude!.Value, 3);
        Assert.Equal("Sadah", best.Admin1);
    }

    [Fact]
    public void An_arabic_town_the_gazetteer_knows_only_in_latin_letters_is_found_in_the_report_s_country()
    {
        // Given a Syrian gazetteer that knows the country in Arabic letters and a town of Aleppo only in Latin ones
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Syria", 35.0, 38.0, "SY", FeatureKind.Country) { Population = 17_000_000 }, ["سوريا"]);
        var town = new GazetteerEntry(2, "Kafr Hamrah", 36.25, 37.0833, "SY", FeatureKind.Town) { Admin1 = "Aleppo", Population = 10_696 };
        gazetteer.Add(town, []);
        gazetteer.Add(new GazetteerEntry(3, "Hayyan", 36.3, 37.1, "SY", FeatureKind.Town) { Admin1 = "Aleppo", Population = 8_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When an Arabic report names the town, written as one word, after its place noun and the country after it
        var doc = EvalSets.Extract(engine, "geo", "سقطت قذائف هاون على بلدة كفرحمرة في سوريا يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies at the town, named as the gazetteer writes it
        Assert.NotNull(best);
        Assert.Equal("Kafr Hamrah", best.Location);
        Assert.Equal(town.Latitude, best.Latitude!.Value, 3);
    }

    [Fact]
    public void An_arabic_word_after_a_place_noun_that_several_places_spell_is_no_place()
    {
        // Given a Syrian gazetteer with two villages far apart whose Latin names share the consonants of a common word
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Syria", 35.0, 38.0, "SY", FeatureKind.Country) { Population = 17_000_000 }, ["سوريا"]);
        gazetteer.Add(new GazetteerEntry(2, "As Sughayr", 35.1, 36.6, "SY", FeatureKind.Village) { Admin1 = "Hama" }, []);
        gazetteer.Add(new GazetteerEntry(3, "Saghir", 36.6, 40.9, "SY", FeatureKind.Village) { Admin1 = "Al-Hasakah" }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When an Arabic report calls the village small ("قرية صغيرة") and names only the country
        var doc = EvalSets.Extract(engine, "geo", "أحرق مسلحون منازل في قرية صغيرة في سوريا يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");

        // Then neither village is a place of the report
        Assert.DoesNotContain(doc.Records, r => r.Location is "As Sughayr" or "Saghir");
    }

    [Fact]
    public void An_arabic_word_after_an_area_noun_that_names_no_district_is_no_place()
    {
        // Given the Yemeni gazetteer, whose districts share no consonants with the word for the border
        var (engine, _, _) = YemenInLatinLetters();

        // When an Arabic report names "the border area" and the country
        var doc = EvalSets.Extract(engine, "geo", "قتل مسلحون ثلاثة مزارعين في منطقة الحدود في اليمن يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");

        // Then the words of the area are no place mention
        Assert.DoesNotContain(doc.MentionsOf<PlaceMention>(), p => p.Name.Contains("حدود", StringComparison.Ordinal));
    }

    [Fact]
    public void An_arabic_adjective_after_a_place_noun_is_not_a_town_of_its_consonants()
    {
        // Given a Yemeni gazetteer that knows the country in Arabic letters and the town Jiblah only in Latin ones
        var gazetteer = new TsvGazetteer();
        gazetteer.Add(new GazetteerEntry(1, "Yemen", 15.5, 47.5, "YE", FeatureKind.Country) { Population = 28_000_000 }, ["اليمن"]);
        gazetteer.Add(new GazetteerEntry(2, "Jiblah", 13.9217, 44.1489, "YE", FeatureKind.Town) { Admin1 = "Ibb", Population = 15_000 }, []);
        var engine = Engine.Load(TestData.DataRoot, gazetteer);

        // When an Arabic report calls a village "mountainous" (جبلية, the consonants of Jiblah with a long i the name lacks)
        var doc = EvalSets.Extract(engine, "geo", "أحرق مسلحون منازل في قرية جبلية في اليمن يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");

        // Then the town is not the event's place
        Assert.DoesNotContain(doc.Records, r => r.Location == "Jiblah");
    }

    [Fact]
    public void A_toll_told_after_the_weapons_of_a_fight_lies_where_the_fight_broke_out()
    {
        // Given a fight placed in its first sentence, the gunfire of it in a second, and its toll in a third
        var best = Best("On 8 March 2021, a fight broke out between two families in the Bab al-Tabbaneh quarter of Tripoli in Lebanon. Gunfire was heard. One man was wounded.");

        // Then the toll's event lies where the fight broke out: the gunfire made no event of its own to stop the look-back
        Assert.Equal("LB", best.Iso2);
        Assert.NotNull(best.Latitude);
    }

    [Fact]
    public void Two_nationalities_joined_by_a_hyphen_name_a_border_not_a_place()
    {
        // Given a border named by the two nationalities it divides
        var best = Best("On 8 March 2021, two mortar shells landed on a farm along the Kenyan-Somali border.");

        // Then the pair is no place of the record
        Assert.Null(best.Location);
    }

    [Fact]
    public void A_longer_name_between_a_marker_and_its_province_is_read_whole_when_only_its_first_word_is_known()
    {
        // Given a gazetteer with a Syrian village "Qarah" and an Iraqi town "Qara Tapa" in the province of Diyala
        // When a report writes the town with other endings between "in" and its province
        var best = BestIn("On 8 March 2021, two soldiers died when a roadside bomb hit their truck in Qarah Tapah, Diyala, Iraq.",
            (new GazetteerEntry(1, "Iraq", 33.3406, 44.4009, "IQ", FeatureKind.Country) { Population = 40_000_000 }, []),
            (new GazetteerEntry(2, "Diyala", 33.7540, 44.6052, "IQ", FeatureKind.Admin1) { Admin1 = "Diyala" }, []),
            (new GazetteerEntry(3, "Qarah", 34.1544, 36.7467, "SY", FeatureKind.Village) { Admin1 = "Rural Damascus" }, []),
            (new GazetteerEntry(4, "Qara Tapa", 34.4328, 44.9348, "IQ", FeatureKind.Town) { Admin1 = "Diyala" }, []));

        // Then the whole name is the place, found under its other spelling, not the province alone
        Assert.Equal("Qara Tapa", best.Location);
        Assert.Equal("Diyala", best.Admin1);
    }

    [Theory]
    // The district's first word is a village of another country, the village's name one too.
    [InlineData("On 8 March 2021, Al Shabaab fighters attacked an army base in Gumare village (Bulo Burto, Hiraan), killing two soldiers.", "Gumare")]
    // The district's first word is known abroad; the village is unknown everywhere.
    [InlineData("On 8 March 2021, Al Shabaab fighters attacked an army base in Kudhaa village (Bulo Burto, Hiraan), killing two soldiers.", "Kudhaa")]
    public void A_village_is_placed_by_its_district_in_a_bracket_under_another_spelling_even_where_their_names_are_known_abroad(string text, string village)
    {
        // Given a Somali district town written "Bulo Burte" in the gazetteer, a "Bulo" in the Philippines and a "Gumare" in Botswana,
        // when a report names a village with its district and region in a bracket, the district spelt otherwise
        var best = BestIn(text,
            (new GazetteerEntry(1, "Somalia", 2.0371, 45.3438, "SO", FeatureKind.Country) { Population = 15_000_000 }, []),
            (new GazetteerEntry(2, "Hiraan", 4.7358, 45.2036, "SO", FeatureKind.Admin1) { Admin1 = "Hiraan" }, []),
            (new GazetteerEntry(3, "Bulo Burte", 3.8537, 45.5674, "SO", FeatureKind.Town) { Admin1 = "Hiraan", Population = 16_928 }, []),
            (new GazetteerEntry(4, "Beledweyne", 4.7358, 45.2036, "SO", FeatureKind.Town) { Admin1 = "Hiraan", Population = 55_410 }, []),
            (new GazetteerEntry(5, "Bulo", 7.1, 124.9, "PH", FeatureKind.Village) { Admin1 = "Soccsksargen" }, []),
            (new GazetteerEntry(6, "Gumare", -19.36, 22.16, "BW", FeatureKind.Village) { Admin1 = "North West" }, []));

        // Then the village is the location, placed at the district's town (precision 2), not at the region's seat 100 km away
        Assert.Equal(village, best.Location);
        Assert.Equal("Hiraan", best.Admin1);
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 3.8537, 45.5674), 0, 1);
    }

    [Theory]
    // The event's word after the bracket: the district's town is the nearest town to it.
    [InlineData("On 8 March 2021, in Nam Hpat Township (Mongyai District, Shan North), the military fired artillery shells at a monastery.")]
    // The place with its noun before the bracket, the township and district inside it.
    [InlineData("On 8 March 2021, near Nam Hpat town (Nam Hpat township, Mongyai District, Shan North), two bombs exploded at a toll gate.")]
    public void A_town_in_the_bracket_after_a_place_says_where_that_place_lies_and_is_not_the_events_place(string text)
    {
        // Given a village of unknown size and the larger town of its district, both of one state, when a report names the
        // village, then its district's town and its state in a bracket, before the event's word
        var best = BestIn(text,
            (new GazetteerEntry(1, "Myanmar", 19.7633, 96.0785, "MM", FeatureKind.Country) { Population = 54_000_000 }, []),
            (new GazetteerEntry(2, "Shan", 21.1000, 97.5000, "MM", FeatureKind.Admin1) { Admin1 = "Shan" }, ["Shan North"]),
            (new GazetteerEntry(3, "Nam Hpat", 22.4000, 98.1000, "MM", FeatureKind.Village) { Admin1 = "Shan" }, []),
            (new GazetteerEntry(4, "Mongyai", 22.4277, 98.0423, "MM", FeatureKind.Town) { Admin1 = "Shan", Population = 10_000 }, []));

        // Then the village is the event's place, not the district's town that stands nearer the event's word
        Assert.Equal("Nam Hpat", best.Location);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 22.4000, 98.1000), 0, 1);
    }

    [Fact]
    public void A_city_of_another_province_before_a_bracket_that_names_a_city_and_its_province_is_a_namesake()
    {
        // Given a city of one division and a city of another, each known to the gazetteer, when a report names a sub-district
        // like the first city, with the second city and its division in a bracket
        var best = BestIn("On 8 March 2021, two party factions clashed in Sherpur upazila (Bogra, Rajshahi) over a local election.",
            (new GazetteerEntry(1, "Bangladesh", 23.7104, 90.4074, "BD", FeatureKind.Country) { Population = 170_000_000 }, []),
            (new GazetteerEntry(2, "Rajshahi", 24.3740, 88.6011, "BD", FeatureKind.Admin1) { Admin1 = "Rajshahi" }, []),
            (new GazetteerEntry(3, "Sherpur", 25.0188, 90.0175, "BD", FeatureKind.City) { Admin1 = "Mymensingh", Population = 100_000 }, []),
            (new GazetteerEntry(4, "Bogra", 24.8510, 89.3711, "BD", FeatureKind.City) { Admin1 = "Rajshahi", Population = 200_000 }, []));

        // Then the bracket says where the place lies: it is coded in that division, at the city the bracket names
        Assert.Equal("Rajshahi", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 24.8510, 89.3711), 0, 1);
    }

    [Fact]
    public void A_known_district_in_a_bracket_keeps_its_name_before_the_noun_of_its_division()
    {
        // Given a Myanmar township seat the gazetteer knows in the state the bracket names, when a report writes the township
        // with its capitalised noun in the bracket after an unknown village
        var best = BestIn("On 8 March 2021, the military bombed Kaw Hta village (Hpapun Township, Kayin State), killing two villagers.",
            (new GazetteerEntry(1, "Myanmar", 19.7633, 96.0785, "MM", FeatureKind.Country) { Population = 54_000_000 }, []),
            (new GazetteerEntry(2, "Kayin", 16.8906, 97.6333, "MM", FeatureKind.Admin1) { Admin1 = "Kayin" }, ["Kayin State"]),
            (new GazetteerEntry(3, "Hpapun", 18.0656, 97.4440, "MM", FeatureKind.Town) { Admin1 = "Kayin", Population = 5_000 }, []));

        // Then "Township" is no word of the town's name: the village is placed at the town
        Assert.Equal("Kaw Hta", best.Location);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 18.0656, 97.4440), 0, 1);
    }

    [Theory]
    // An address: the object of a raid written with its province and country after commas.
    [InlineData("On 8 March 2021, gunmen raided Dabbaghiyah, Anbar governorate, Iraq, and killed two farmers.", "Al-Anbar")]
    // What is shelled: the object of shelling with its province after "in".
    [InlineData("On 8 March 2021, government artillery shelled Dabbaghiyah in Idlib, damaging two houses.", "Idleb")]
    public void A_village_the_gazetteer_lacks_is_the_place_of_an_address_or_of_shelling_without_a_preposition_before_it(string text, string admin1)
    {
        // Given a village no gazetteer knows, with no marker of place before it
        var best = Best(text);

        // Then the village is the record's location, in its province, and not the province's name alone
        Assert.Equal("Dabbaghiyah", best.Location);
        Assert.Equal(admin1, best.Admin1);
    }

    [Fact]
    public void A_word_in_a_bracketed_aside_after_a_place_noun_is_no_place()
    {
        // Given a hill named with an aside in brackets about its name, in a province
        var best = Best("On 8 March 2021, Turkish jets bombed Sarkani hill (Kurdish spelling) in the Zakho area of Duhok.");

        // Then the adjective of the aside is not the record's location
        Assert.NotEqual("Kurdish", best.Location);
    }

    [Fact]
    public void A_building_named_by_words_the_gazetteer_lacks_is_placed_by_the_town_of_its_sentence()
    {
        // Given a protest outside a mosque whose name no gazetteer knows, on a road leading into a named city
        var best = Best("On 8 March 2021, protesters blocked the road outside the Kamal Haddad Mosque on the way to the port area of Beirut over bread prices.");

        // Then the event lies in the city, not at a settlement called by the mosque's name
        Assert.Equal("Beirut", best.Location);
        Assert.Equal("LB", best.Iso2);
    }

    [Fact]
    public void A_district_written_with_its_noun_is_no_town_that_outranks_the_town_the_report_names()
    {
        // Given a gazetteer where a district and its seat town share a name, and a town of that district
        // When a report names the town, then its district and state in brackets, before the event
        var best = BestIn("On 8 March 2021, in the hill town of Tedim (Falam district, Chin State), a bomb went off outside the market.",
            (new GazetteerEntry(1, "Myanmar", 19.745, 96.129, "MM", FeatureKind.Country) { Population = 54_000_000 }, []),
            (new GazetteerEntry(2, "Chin", 22.0087, 93.5813, "MM", FeatureKind.Admin1) { Admin1 = "Chin" }, ["Chin State"]),
            (new GazetteerEntry(3, "Falam", 22.9134, 93.6778, "MM", FeatureKind.Admin2) { Admin1 = "Chin" }, []),
            (new GazetteerEntry(4, "Falam", 22.9134, 93.6778, "MM", FeatureKind.Town) { Admin1 = "Chin", Population = 15_000 }, []),
            (new GazetteerEntry(5, "Tedim", 23.3758, 93.6539, "MM", FeatureKind.Town) { Admin1 = "Chin" }, []));

        // Then the event lies at the town, not at the district's seat
        Assert.Equal("Tedim", best.Location);
    }

    [Fact]
    public void The_town_a_police_station_is_of_is_where_it_was_attacked()
    {
        // Given gunmen who attacked a town's police station ("de" the town), in Spanish
        var best = BestIn("El 8 de marzo de 2021, hombres armados atacaron la estación de policía de Suárez, en el departamento del Cauca, Colombia.",
            (new GazetteerEntry(1, "Suárez", 2.9539, -76.6964, "CO", FeatureKind.Town) { Admin1 = "Cauca", Population = 19_690 }, ["Suarez"]),
            (new GazetteerEntry(2, "Cauca", 2.4448, -76.6147, "CO", FeatureKind.Admin1) { Admin1 = "Cauca" }, []));

        // Then the town is the event's place: a police force "of" a town serves there, it is no state the town stands for
        Assert.Equal("Suárez", best.Location);
    }

    [Fact]
    public void An_army_named_by_a_registry_alias_votes_for_its_country()
    {
        // Given an army named by the registry's alias ("l'armée ukrainienne") and a city and province found by their
        // exonym, which a smaller foreign city bears as its own name (the vote is a tie without the army)
        var best = BestIn("Le 8 mars 2021, l'armée ukrainienne a abattu onze drones russes au-dessus d'Odessa.", OdesaAndATexanNamesake());

        // Then the army's country counts in the vote, as "Ukrainian forces" would: the city is Ukraine's
        Assert.Equal("UA", best.Iso2);
        Assert.Equal("Odesa", best.Location);
    }

    [Fact]
    public void A_city_of_a_million_named_by_its_exonym_outweighs_a_small_namesake_called_so()
    {
        // Given a port of a million found by its older spelling, which a far smaller city abroad bears as its own name,
        // and only the attacker's army named (its home lies too far for its theatre to decide)
        var best = BestIn("Le 8 mars 2021, des drones russes ont frappé Odessa dans la nuit, tuant deux civils.",
            [.. OdesaAndATexanNamesake(), (new GazetteerEntry(4, "Russia", 55.7522, 37.6156, "RU", FeatureKind.Country) { Population = 144_000_000 }, [])]);

        // Then the name is the large city's: the report is Ukraine's, not the United States'
        Assert.Equal("UA", best.Iso2);
        Assert.Equal("Odesa", best.Location);
    }

    [Fact]
    public void A_country_whose_name_carries_an_article_is_not_named_without_it()
    {
        // Given a report naming a city whose name is that of a country without the country's article
        var best = BestIn("Em 8 de março de 2021, um homem foi baleado em Salvador por criminosos que fugiram de moto.",
            (new GazetteerEntry(1, "Salvador", -12.9756, -38.4910, "BR", FeatureKind.City) { Admin1 = "Bahia", Population = 2_711_840 }, []),
            (new GazetteerEntry(2, "El Salvador", 13.6893, -89.1872, "SV", FeatureKind.Country) { Population = 6_300_000 }, []));

        // Then the city is the place: "El Salvador" is written with its article
        Assert.Equal("BR", best.Iso2);
        Assert.Equal("Salvador", best.Location);
    }

    [Fact]
    public void The_second_name_of_a_list_is_the_next_place_not_the_district_of_the_first()
    {
        // Given clashes in a list of three places: a village of one province, a district of another, a town of a third
        var best = BestIn("On 8 March 2021, pro-Houthi forces clashed with government forces in Sirwah, Nihm and Al Hazm.",
            (new GazetteerEntry(1, "Yemen", 15.3547, 44.2066, "YE", FeatureKind.Country) { Population = 28_000_000 }, []),
            (new GazetteerEntry(2, "Sūq Şirwāḩ", 15.4493, 45.0189, "YE", FeatureKind.Village) { Admin1 = "Marib", Admin2 = "Sirwah" }, ["Sirwah"]),
            (new GazetteerEntry(3, "Nihm", 15.6445, 44.4734, "YE", FeatureKind.Admin2) { Admin1 = "Sanaa" }, []),
            (new GazetteerEntry(4, "Al Ḩazm", 16.1641, 44.7769, "YE", FeatureKind.Town) { Admin1 = "Al Jawf", Population = 18_241 }, ["Al Hazm"]));

        // Then the event lies at the village the list begins with: the district after it is the list's next name, not
        // the district the village lies in (which would make the village a place the gazetteer lacks, coded to Nihm)
        Assert.Equal("Marib", best.Admin1);
        Assert.Equal(15.4493, best.Latitude);
    }

    [Fact]
    public void An_acronym_is_no_village_a_gazetteer_calls_alike()
    {
        // Given a report that names an organisation by an acronym, which a Finnish village bears as its name, and no place
        var best = BestIn("On 8 March 2021, gunmen shot dead a guard of an INGO near his home.",
            (new GazetteerEntry(1, "Ingå", 60.0459, 24.0046, "FI", FeatureKind.Village) { Admin1 = "Uusimaa", Population = 5_205 }, ["Ingo"]));

        // Then the event has no place: a word written in capitals in a sentence in small letters is no village's name
        Assert.Null(best.Location);
        Assert.Null(best.Latitude);
    }

    /// <summary>
    /// Ukraine's port and its province, whose older spelling "Odessa" is their alternate name, and the smaller Texan
    /// city that bears it as its own: the country vote between them ties unless something else in the report tells.
    /// </summary>
    private static (GazetteerEntry Entry, string[] Names)[] OdesaAndATexanNamesake() =>
    [
        (new GazetteerEntry(1, "Odesa", 46.4857, 30.7438, "UA", FeatureKind.City) { Admin1 = "Odesa", Population = 1_015_826 }, ["Odessa"]),
        (new GazetteerEntry(2, "Odesa", 46.4667, 30.7333, "UA", FeatureKind.Admin1) { Admin1 = "Odesa" }, ["Odessa"]),
        (new GazetteerEntry(3, "Odessa", 31.8457, -102.3676, "US", FeatureKind.City) { Admin1 = "Texas", Population = 118_968 }, []),
    ];
}
