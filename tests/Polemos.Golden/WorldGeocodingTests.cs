using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Evaluation.Adapters;
using Polemos.Geo;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// Geocoding rules that need places only the world gazetteer holds (districts, villages below the subset's
/// thresholds): short sentences written by the team, read with data/gazetteer/world.pack. Skipped with a stated
/// reason when the world pack is not built; `.ci/run` builds it first.
/// </summary>
public sealed class WorldGeocodingTests
{
    private static readonly string WorldPath = Path.Combine(TestData.DataRoot, "gazetteer", GazetteerPack.WorldFileName);

    private static readonly Lazy<Engine> LazyEngine = new(() => Engine.Load(TestData.DataRoot, GazetteerPack.Open(Path.Combine(TestData.DataRoot, "gazetteer"))));

    private static ExtractedRecord Best(string text)
    {
        Skip.IfNot(File.Exists(WorldPath), $"the world gazetteer is not built ({WorldPath}); run ./setup.sh --build");
        var doc = EvalSets.Extract(LazyEngine.Value, "world-geo", text, new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        return best;
    }

    [SkippableFact]
    public void A_name_that_is_only_an_alternate_name_of_a_far_city_of_millions_places_nothing_in_a_report_of_unknown_country()
    {
        // Given a report that names no country, whose only place is a town that a Brazilian city of a million also
        // carries among its alternate names ("Bethlehem" for Belém)
        var best = Best("On 8 March 2021, soldiers bulldozed a farmer's shed in the Bethlehem district.");

        // Then the event is not put in Brazil: a wrong country is worse than no place
        Assert.NotEqual("BR", best.Iso2);
        Assert.True(best.Latitude is null || GeoMath.Km(best.Latitude.Value, best.Longitude!.Value, 31.7049, 35.2038) < 25);
    }

    [SkippableFact]
    public void A_bracket_after_a_list_of_places_names_the_province_of_its_first_place()
    {
        // Given a list of outposts whose first name is also a village of a province 1,100 km away, followed by a noun
        // and a bracket with the district and province of the whole list
        var best = Best("On 8 March 2021, drones dropped small bombs on the Ash Shawati, Qadub and Nawjid outposts (Hidaybu, Suqutra).");

        // Then the event lies on the island the bracket names, not at the mainland namesake
        Assert.Equal("Socotra", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 12.6488, 54.0189), 0, 60);
    }

    [SkippableFact]
    public void A_front_written_with_its_district_and_province_lies_at_the_district()
    {
        // Given a front the gazetteer lacks, followed in brackets by its district and its province, a city's namesake
        var best = Best("On 8 March 2021, tribal fighters repelled a night raid on the Qaniyah front (Mahliyah, Marib) and took two hills.");

        // Then the event lies at the district's seat (precision 2), not in Marib city 100 km away
        Assert.Equal("Marib", best.Admin1);
        Assert.Equal(2, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 14.721, 45.2068), 0, 1);
    }

    [SkippableFact]
    public void A_district_whose_direction_a_city_gives_stays_the_place()
    {
        // Given a district and the city it lies east of
        var best = Best("On 8 March 2021, coalition jets bombed positions in Nihm district east of Sanaa city.");

        // Then the event lies in the district, not in the city
        Assert.Equal("Nihm", best.Location);
        Assert.Equal("Sanaa", best.Admin1);
    }

    [SkippableFact]
    public void A_large_city_whose_name_is_also_a_generic_word_is_in_the_world_gazetteer()
    {
        // Given a killing near Beni, North Kivu's city of 230,000 whose name is also the Arabic name head "Beni"
        var best = Best("Suspected ADF rebels killed eight villagers near Beni in North Kivu on Monday night, local officials said.");

        // Then the event lies in the Democratic Republic of Congo, not in Bolivia's Beni department
        Assert.Equal("Democratic Republic of Congo", best.Country);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 0.4911, 29.4731), 0, 25);
    }

    [SkippableFact]
    public void A_common_word_opening_a_sentence_is_no_small_town_abroad()
    {
        // Given a protest by tea farmers, "Tea" capitalised only because it opens the sentence, and a town of 5,000 in South Dakota so called
        var best = Best("Tea farmers marched to the county offices on Tuesday to protest over low prices.");

        // Then the protest has no place, rather than one in the United States
        Assert.Null(best.Location);
        Assert.NotEqual("United States", best.Country);
    }

    [SkippableFact]
    public void A_party_named_before_its_supporters_is_no_village_abroad()
    {
        // Given stones thrown by a party's supporters, the party called like a village in British Columbia
        var best = Best("Jubilee supporters threw stones at a rival convoy near the market on Sunday.");

        // Then the event is not placed in Canada
        Assert.NotEqual("Canada", best.Country);
        Assert.Null(best.Location);
    }

    [SkippableFact]
    public void A_town_named_before_its_residents_stays_the_place()
    {
        // Given a road blocked by a Kenyan town's residents, the town named only before them
        var best = Best("Voi residents blocked the main road on Monday over the death of a local trader.");

        // Then the town is the place
        Assert.Equal("Voi", best.Location);
        Assert.Equal("Kenya", best.Country);
    }

    [SkippableFact]
    public void A_village_far_from_the_actors_country_is_no_small_namesake_abroad()
    {
        // Given a Burkinabe group's raid on a village the gazetteer lacks, named like a Belgian village of 7,000
        var best = Best("Ansaroul Islam fighters burned granaries in the village of Kain last week, killing an elderly herder.");

        // Then the raid keeps the village's name but takes no point in Belgium
        Assert.Equal("Kain", best.Location);
        Assert.NotEqual("Belgium", best.Country);
        Assert.Null(best.Latitude);
    }

    [SkippableFact]
    public void A_nairobi_neighbourhood_of_the_supplement_outranks_its_english_namesake()
    {
        // Given a protest in Eastleigh, the Nairobi neighbourhood of 150,000 people, and a report that names no country
        var best = Best("Police fired tear gas at traders protesting in Eastleigh on Monday over a crackdown on street vendors.");

        // Then the protest lies in Nairobi, not in the English town of the same name
        Assert.Equal("Kenya", best.Country);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, -1.2667, 36.85), 0, 5);
    }

    [SkippableTheory]
    // The Lebanese highway batch: a road blocked in a Beqaa town on the Beirut-Damascus highway, a road cut by the residents
    // of a village on the Baalbek-Hermel road, an arrest outside a Palestinian camp of Akkar.
    [InlineData("Protesters burned tyres and blocked the main road in Qab Elias on Tuesday evening over the collapse of the Lebanese pound.", "Beqaa", 33.7936, 35.8225)]
    [InlineData("Residents of Labweh cut the road to Hermel with burning tyres on Monday to protest against long power cuts.", "Baalbek-Hermel", 34.1973, 36.3524)]
    [InlineData("Lebanese soldiers arrested two wanted men at a checkpoint outside the Nahr al-Bared camp on Friday.", "Akkar", 34.5131, 35.9611)]
    // The Iraqi sub-district batch: a car bomb in a Wasit sub-district seat, mortar rounds on a Kirkuk bridge town, a raid
    // on a Diyala sub-district seat.
    [InlineData("A car bomb went off outside a vegetable market in Zubaidiya, Wasit, on Sunday morning, killing three shoppers.", "Wasit", 32.7588, 45.1773)]
    [InlineData("Two mortar rounds fell on houses in the town of Altun Kupri north of Kirkuk on Monday, wounding a child.", "Kirkuk", 35.7533, 44.1436)]
    [InlineData("Gunmen raided a police post in Abu Saida in Diyala province overnight and killed two policemen.", "Diyala", 33.9272, 44.7901)]
    // The Syrian front-line villages: shelling of a village of the Ghab plain, a drone strike near a village of Jabal al-Zawiya.
    [InlineData("Government artillery shelled the village of Qastun in the Ghab plain of Hama on Thursday, wounding a farmer.", "Hama", 35.6847, 36.3911)]
    [InlineData("A drone strike hit a car near Kafr Latah in southern Idlib on Friday, killing two fighters.", "Idleb", 35.7947, 36.6275)]
    // The border and front-line batch: an air strike on a mountain area of Iraqi Kurdistan, shelling of a Daraa village.
    [InlineData("Turkish warplanes struck suspected militant hideouts in the Qandil mountains on Sunday, a local official said.", "Erbil", 36.5411, 44.9961)]
    [InlineData("Unknown gunmen shot dead a former rebel commander in Tell Shihab in western Daraa on Monday night.", "Dar'a", 32.6886, 35.9889)]
    // Somalia's district seats: a seat GeoNames lacks, and a seat GeoNames knows under another name than the district's.
    [InlineData("Militants fired mortars at the district headquarters in Afmadow town, Lower Juba, on Tuesday night.", "Lower Juba", 0.5156, 42.0733)]
    [InlineData("Pirates and coastguards exchanged fire near Jariiban town, Mudug region, on Sunday, wounding a fisherman.", "Mudug", 7.2167, 48.8500)]
    [InlineData("A roadside bomb struck a minibus on the outskirts of Saakow town, Middle Juba, killing two passengers.", "Middle Juba", 1.6279, 42.4407)]
    // Myanmar's township seats (MIMU town points), Afghanistan's districts, Lebanon's municipalities.
    [InlineData("Local defence forces attacked a police outpost in Yinmarbin town, Sagaing region, on Monday, killing two officers.", "Sagaing", 22.0778, 94.9001)]
    [InlineData("A roadside bomb killed two soldiers in a village of Deh Rawud district, Uruzgan province, on Tuesday.", "Uruzgan", 32.6264, 65.4703)]
    [InlineData("Insurgents stormed a checkpoint in Khas Kunar district of Kunar province overnight, killing three policemen.", "Kunar", 34.6458, 70.9008)]
    [InlineData("Protesters blocked the main road in Taanayel with burning tyres on Tuesday over the price of bread.", "Beqaa", 33.8006, 35.8711)]
    // Burkina Faso's commune seats (GeoNames records below the cities500 cut, Wikipedia infoboxes).
    [InlineData("Gunmen attacked the gendarmerie post in Tongomayel, Soum province, on Friday night, killing two gendarmes.", "Sahel", 14.0664, -1.4817)]
    [InlineData("Suspected jihadists set fire to the town hall of Matiacoali in Gourma province on Sunday.", "Est", 12.3548, 1.0328)]
    // Mali's and Niger's commune seats (Wikipedia infoboxes, GeoNames records).
    [InlineData("Gunmen on motorbikes attacked an army post in Inatès, Tillabéri region, on Tuesday, killing four soldiers.", "Tillabéri", 15.2314, 1.3143)]
    [InlineData("Suspected jihadists ambushed a military convoy near Hombori in Mopti region on Sunday.", "Mopti", 15.2800, -1.7000)]
    [InlineData("Unidentified gunmen attacked a military camp in Léré, Timbuktu region, on Saturday, killing three soldiers.", "Timbuktu", 15.7118, -4.9118)]
    // The Sahel's industrial mines, named as places.
    [InlineData("Gunmen ambushed a convoy of contractors on the road to the Inata gold mine in Soum province on Tuesday.", "Sahel", 14.3358, -1.3270)]
    // Kenya's constituency centres (GeoNames records below the cities500 cut).
    [InlineData("Herders from a neighbouring county raided a village near Lokitaung, Turkana county, on Sunday, killing two people.", "Turkana", 4.2700, 35.7514)]
    [InlineData("Police fired tear gas at traders protesting in Mutomo, Kitui county, over new market fees.", "Kitui", -1.8475, 38.2084)]
    // Kenya's wards: a neighbourhood of Mombasa, a village of the Kerio Valley, a camp of Dadaab.
    [InlineData("Police fired tear gas at boda boda riders who blocked the main road in Kisauni on Monday.", "Mombasa", -4.0329, 39.6857)]
    [InlineData("Armed bandits raided homesteads near Kapedo on Saturday and drove away two hundred goats.", "Baringo", 1.1745, 36.0390)]
    [InlineData("A refugee was shot dead by unknown gunmen inside Hagadera camp on Friday evening.", "Garissa", 0.0004, 40.3721)]
    // The second pass over the same wards: an estate of eastern Nairobi, a border town of Garissa.
    [InlineData("Residents of Dandora blocked a road with burning tyres on Tuesday after a youth was shot dead.", "Nairobi", -1.2574, 36.9036)]
    [InlineData("Suspected militants planted an explosive device that struck a police vehicle near Liboi on Wednesday.", "Garissa", 0.3510, 40.8748)]
    // The Donbas, Kyiv-front, Burkina Faso and Somalia batch (villages below the cities500 cut, Wikipedia infoboxes).
    [InlineData("Separatist forces shelled Ukrainian positions near Vodiane, north of Donetsk, overnight, wounding a soldier.", "Donetsk", 48.1000, 37.6506)]
    [InlineData("Russian troops shelled houses in Moshchun on Sunday, and two residents were wounded.", "Kyiv", 50.6030, 30.3130)]
    [InlineData("Suspected jihadists attacked the army detachment in Béléhédé, Soum province, on Thursday night.", "Sahel", 14.0814, -1.2908)]
    [InlineData("Al-Shabaab fighters attacked a military base in Warsheikh, Middle Shabelle, on Friday.", "Middle Shabelle", 2.3000, 45.8000)]
    // Its second round: a district town of Bangladesh that GeoNames has only as its district, a Kachin town.
    [InlineData("Police charged with batons at opposition activists who blocked a road in Kurigram town on Sunday.", "Rangpur", 25.8103, 89.6487)]
    [InlineData("Myanmar army jets struck near Laiza, the headquarters of the Kachin Independence Army, on Tuesday.", "Kachin", 24.7600, 97.5633)]
    // The district-seat round: seats of districts and communes that cities500 lacks or writes otherwise (Aribinda, Saylac).
    [InlineData("Suspected jihadists ambushed a convoy of traders outside Arbinda on Wednesday, killing five.", "Sahel", 14.2292, -0.8633)]
    [InlineData("Government troops retook Quissanga from insurgents on Saturday after a week of fighting.", "Cabo Delgado", -12.4359, 40.4965)]
    [InlineData("A rebel militia attacked an army position in Masisi on Monday, and two soldiers were killed.", "Nord-Kivu", -1.4000, 28.8181)]
    [InlineData("Boko Haram fighters raided Kolofata at night and abducted four women.", "Far North", 11.1622, 14.0114)]
    [InlineData("Clan militias clashed over grazing land near Buuhoodle on Tuesday, leaving three dead.", "Togdheer", 8.2306, 46.3267)]
    [InlineData("Coast guards detained a boat carrying migrants off Zeylac, Awdal, on Sunday.", "Awdal", 11.3539, 43.4731)]
    public void A_place_of_the_supplement_that_GeoNames_lacks_is_the_place_of_its_report(string text, string admin1, double latitude, double longitude)
    {
        // Given a report of an event at a place GeoNames lacks, which a batch of the supplement added by geography
        var best = Best(text);

        // Then the event lies at that place with its province, not at a town named beside it, at the province's seat, nor without a point
        Assert.Equal(admin1, best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, latitude, longitude), 0, 10);
    }

    [SkippableTheory]
    [InlineData("Niamey, 9 mars 2021 - Des hommes armés ont tué six villageois lundi à Kountagaré, dans la région de Tillabéri, selon une source locale.", "Kountagaré", "Tillabéri")]
    [InlineData("Niamey, 9 de marzo de 2021 - Hombres armados mataron el lunes a seis aldeanos en Kountagaré, en la región de Tillabéri, según una fuente local.", "Kountagaré", "Tillabéri")]
    [InlineData("Gunmen on motorbikes killed six villagers in Kountagare, in the Tillaberi province, on Monday, a local source said.", "Kountagare", "Tillabéri")]
    [InlineData("Yangon, 9 marzo 2021 - Aerei dell'esercito hanno bombardato lunedì un monastero nel villaggio di Kyauk Nyo Taung, nella regione di Sagaing, uccidendo nove persone.", "Kyauk Nyo Taung", "Sagaing")]
    public void A_village_the_gazetteer_lacks_set_before_its_province_lies_in_that_province_not_at_the_city_of_the_dateline(string text, string village, string admin1)
    {
        // Given a report filed from a capital about a village the gazetteer lacks, written with its province behind a comma and the province's noun
        var best = Best(text);

        // Then the event keeps the village's name and lies in that province, not at the capital the report was filed from
        Assert.Equal(village, best.Location);
        Assert.Equal(admin1, best.Admin1);
    }

    [SkippableFact]
    public void A_digest_of_several_wars_keeps_the_small_towns_of_its_places_far_from_one_actors_country()
    {
        Skip.IfNot(File.Exists(WorldPath), $"the world gazetteer is not built ({WorldPath}); run ./setup.sh --build");

        // Given the team's Arabic example sentences read as one paragraph: a digest that names Somali, Burkinabe and
        // Syrian actors and the towns of Syria, Iraq, Ukraine and the Sahel
        var rows = Polemos.Text.TsvTable.Read(Path.Combine(TestData.DataRoot, "lang", "ar", "examples.tsv")).Rows;
        var world = LazyEngine.Value.Extract("digest", string.Join(" ", rows.Select(r => r[0])),
            new ArticleMeta { Published = new DateOnly(2021, 3, 10), DeclaredLanguage = "ar" });

        // Then the small Syrian towns keep their points: a far actor's theatre is no reason to drop the places of a
        // report that names large places outside it
        Assert.Contains(world.Records, r => r.Location == "Saraqib" && r.Latitude is not null);
        Assert.Contains(world.Records, r => r.Location == "Khan Shaykhun" && r.Latitude is not null);
    }

    [SkippableFact]
    public void An_arabic_district_that_the_world_gazetteer_knows_only_in_latin_letters_is_the_place()
    {
        // Given an Arabic report that names a Yemeni district after its noun ("مديرية نهم"), a district the world
        // gazetteer knows only as "Nihm", and the capital beside it
        Skip.IfNot(File.Exists(WorldPath), $"the world gazetteer is not built ({WorldPath}); run ./setup.sh --build");
        var doc = EvalSets.Extract(LazyEngine.Value, "world-geo", "قصفت مدفعية الحوثيين مديرية نهم شرقي صنعاء يوم 8 آذار 2021.", new DateOnly(2021, 3, 10), "ar");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event lies in the district, named as the gazetteer writes it, not in the capital
        Assert.NotNull(best);
        Assert.Equal("Nihm", best.Location);
        Assert.Equal("Sanaa", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 15.6445, 44.4734), 0, 5);
    }

    [SkippableFact]
    public void A_town_whose_namesakes_lie_on_several_continents_is_the_one_beside_the_home_of_the_army_named()
    {
        // Given a report whose only place is a town that namesakes in other countries share, and an army named by its
        // nationality, whose country nothing else in the report names
        var best = Best("On 8 March 2021, Israeli forces bulldozed a farmer's shed in Bethlehem.");

        // Then the event is at the namesake beside the army's home, the West Bank's Bethlehem
        Assert.Equal("PS", best.Iso2);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 31.7049, 35.2038), 0, 10);
    }

    [SkippableFact]
    public void A_marker_of_place_at_the_start_of_a_sentence_is_no_place_abroad()
    {
        // Given a German sentence opening with a marker of place ("Im Zentrum der Stadt"), which a Zurich quarter bears
        // as an alternate name
        var best = Best("Am 8. März 2021 explodierte eine Autobombe. Im Zentrum der Stadt starben zwei Menschen.");

        // Then the event is not put in Switzerland
        Assert.NotEqual("CH", best.Iso2);
    }

    [SkippableFact]
    public void An_arabic_noun_of_conflict_that_a_village_shares_is_no_place()
    {
        // Given an Arabic report of an air strike by the coalition's aircraft ("لطيران التحالف"), where a Yemeni village
        // is called "the Coalition", on a place of Marib province
        var best = Best("في 8 آذار 2021، قتل ثلاثة مدنيين بغارة جوية لطيران التحالف على منطقة صرواح في محافظة مأرب.");

        // Then the coalition names no place: the event lies at the place the strike hit, in Marib
        Assert.Equal("Marib", best.Admin1);
        Assert.DoesNotContain("التحالف", best.Location ?? "", StringComparison.Ordinal);
        Assert.Equal(1, best.GeoPrecision);
    }

    [SkippableTheory]
    [InlineData("Le 8 mars 2021, un raid a tué cinq personnes dans la bande de Gaza, selon les secours.")]
    [InlineData("Am 8. März 2021 wurden bei einem Luftangriff im Gazastreifen fünf Menschen getötet.")]
    public void The_gaza_strip_named_in_another_language_is_palestines(string text)
    {
        // Given the Gaza Strip named in French with its lower-case head ("la bande de Gaza"), or in German, with no army
        // named whose home would decide the country
        var best = Best(text);

        // Then the event is in the Gaza Strip, not in Mozambique's province of Gaza
        Assert.Equal("PS", best.Iso2);
        Assert.Equal("Gaza Strip", best.Admin1);
    }

    [SkippableTheory]
    [InlineData("8 березня 2021 року внаслідок удару безпілотника в Брянській області загинули двоє людей.", "Bryansk")]
    [InlineData("8 березня 2021 року внаслідок удару безпілотника в Бєлгородській області загинули двоє людей.", "Belgorod")]
    public void A_Ukrainian_spelling_of_a_Russian_region_is_that_region(string text, string admin1)
    {
        // Given a Russian region written the Ukrainian way ("Брянській", "Бєлгородській"), which the gazetteer's
        // Cyrillic names, Russian ones, write otherwise
        Skip.IfNot(File.Exists(WorldPath), $"the world gazetteer is not built ({WorldPath}); run ./setup.sh --build");
        var best = EvalSets.BestEvent(EvalSets.Extract(LazyEngine.Value, "world-geo", text, new DateOnly(2021, 3, 10), "uk").Records);

        // Then the event lies in that Russian region
        Assert.NotNull(best);
        Assert.Equal("RU", best.Iso2);
        Assert.Equal(admin1, best.Admin1);
    }

    [SkippableTheory]
    [InlineData("On 8 March 2021, gunmen shot a trader dead at Tiwi village in Ukunda.", "Kwale", -4.2929, 39.5640)]
    [InlineData("On 8 March 2021, two men on a motorbike shot a pastor dead at Tiwi in Ukunda.", "Kwale", -4.2929, 39.5640)]
    [InlineData("On 8 March 2021, bandits killed two herders near Salima village in Laisamis and drove off their camels.", "Marsabit", 1.5932, 37.8060)]
    public void A_village_said_to_lie_in_a_place_of_another_country_than_its_namesakes_is_not_one_of_them(string text, string admin1, double lat, double lon)
    {
        // Given a village the gazetteer lacks, whose namesakes are a town of the Philippines or of Malawi, called a
        // village or set as a place by "at", written right before "in" and a Kenyan town
        var best = Best(text);

        // Then the event lies in Kenya, at the place the village is said to lie in, not at a namesake abroad
        Assert.Equal("KE", best.Iso2);
        Assert.Equal(admin1, best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, lat, lon), 0, 25);
    }

    [SkippableFact]
    public void A_region_whose_seat_is_a_city_of_its_own_lies_at_that_city()
    {
        // Given an event placed only in Kyiv region, whose seat, Kyiv, is a division of its own outside the region
        var best = Best("On 8 March 2021, a missile hit a warehouse in Kyiv region, officials said.");

        // Then the event lies in the region at its seat, not at the region's largest town of its own (Bila Tserkva)
        Assert.Equal("Kyiv", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 50.4547, 30.5238), 0, 5);
    }

    [SkippableTheory]
    [InlineData("On 8 March 2021, at Tilin (Gangaw District, Magway Region) a mine planted by a local defence force went off near Zay Kyo Market.")]
    [InlineData("On 8 March 2021, a local defence force said that in Tilin, Gangaw District, a mine went off near Zay Kyo Market.")]
    public void A_place_the_gazetteer_lacks_lies_at_the_town_not_at_the_seat_of_a_district_named_with_its_noun(string text)
    {
        // Given a market the gazetteer lacks, named after a town and a district written with a capitalised noun
        // ("Gangaw District"), whose seat the gazetteer ranks above the district itself
        var best = Best(text);

        // Then the market lies at the town, not at the district's seat town 50 km away
        Assert.Equal("Magway", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 21.6964, 94.0928), 0, 5);
    }

    [SkippableTheory]
    [InlineData("On 8 March 2021, armed men shot dead a herder in the commune of Mansila (Mansila, Yagha).", 13.1600, 0.6374)]
    [InlineData("On 8 March 2021, suspected jihadists burned the town hall in the commune of Botou (Tapoa province).", 12.6628, 2.0527)]
    public void A_commune_the_gazetteer_knows_only_by_its_seat_is_that_town_not_the_province_after_it(string text, double lat, double lon)
    {
        // Given a commune named with its marker ("the commune of X"), which the gazetteer knows only as a town, followed
        // by a bracket with its department and province, or its province alone
        var best = Best(text);

        // Then the event lies at the commune's town, not at the province's seat
        Assert.Equal("BF", best.Iso2);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, lat, lon), 0, 5);
    }

    [SkippableFact]
    public void A_province_after_a_direction_whose_city_the_gazetteer_ranks_first_stays_an_area()
    {
        // Given a district, then a country after a word of direction and a bracket with a province whose seat city
        // carries its name
        var best = Best("On 8 March 2021, government forces clashed with rebels in Jabal Ras district in western Yemen (Al Hudaydah), a local official said.");

        // Then the district is the place, not the province's city 100 km away
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 13.9818, 43.5955), 0, 5);
    }

    [SkippableFact]
    public void A_district_written_before_in_and_its_province_is_the_district_not_the_province_s_city()
    {
        // Given a district the gazetteer holds only as a district, written with its noun before "in" and its province,
        // which is also the name of the province's city
        var best = Best("On 8 March 2021, dozens of teachers demonstrated in Jaghuri district in Ghazni over unpaid salaries.");

        // Then the event lies at the district, not at Ghazni city 100 km away
        Assert.Equal("Ghazni", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 33.1396, 67.4405), 0, 5);
    }

    [SkippableFact]
    public void The_city_of_zaporizhzhia_written_as_its_region_is_the_city()
    {
        // Given the city written in the spelling its region's name shares ("in Zaporizhia"), beside a word a village
        // abroad of the report's country is also called by
        var best = Best("On 8 March 2021, veterans and members of Svoboda held a rally in Zaporizhia on a national holiday.");

        // Then the event lies at the city, at a settlement's precision, not at the village or the region
        Assert.Equal(1, best.GeoPrecision);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 47.8517, 35.1171), 0, 5);
    }

    [SkippableFact]
    public void A_town_named_like_a_person_s_title_is_a_town_before_its_noun()
    {
        // Given a Somali town whose name is also a person's title ("Sheikh"), written with a lower-case settlement noun
        var best = Best("On 8 March 2021, traders closed their shops and protested against new taxes in Sheikh town, Togdheer region.");

        // Then the town is the place, not a person's name the report places nowhere
        Assert.Equal("Togdheer", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 9.9292, 45.1917), 0, 5);
    }

    [SkippableFact]
    public void Of_two_ends_of_a_road_the_one_whose_name_opens_the_bracket_is_the_place()
    {
        // Given an ambush "between" two towns, of which the second has a bracket after it that opens with its own name
        var best = Best("On 8 March 2021, gunmen ambushed a minibus between Garissa and Dadaab town (Dadaab, Garissa), killing two passengers.");

        // Then the event lies at the second town, the one the bracket locates, not at the first end of the road
        Assert.Equal("Garissa", best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 0.0524, 40.3085), 0, 5);
    }

    [SkippableFact]
    public void Of_two_ends_of_a_road_the_first_stays_when_the_bracket_opens_with_its_name()
    {
        // Given an ambush "between" two towns, followed by a bracket that opens with the first town's name
        var best = Best("On 8 March 2021, a cart struck a mine between Dori and Seytenga (Dori, Seno), killing its driver.");

        // Then the event stays at the first town, the district the bracket names, not at the other end 40 km away
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 14.0341, -0.0326), 0, 5);
    }

    [SkippableFact]
    public void A_road_s_ends_written_apart_around_a_dash_are_no_place_of_a_town_the_sentence_names()
    {
        // Given a highway named after its two ends with a dash written apart ("Dhaka - Mymensingh highway"), blocked at a
        // town the sentence names
        var best = Best("On 8 March 2021, hundreds of garment workers blocked the Dhaka - Mymensingh highway at Gazipur city, demanding unpaid wages.");

        // Then the town is the place, not the capital that the road's name begins with
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 23.9984, 90.4223), 0, 5);
    }

    [SkippableFact]
    public void Another_spelling_in_another_district_beyond_a_district_s_reach_is_no_place_of_the_named_district()
    {
        // Given a village the gazetteer lacks, bracketed with its district and division, whose consonants are those of
        // a place of another district of the division some 35 km from the named district's town
        var best = Best("On 8 March 2021, garment workers blocked a road in Sripur area (Gazipur, Dhaka), demanding unpaid wages.");

        // Then the event lies at the named district's town, not at the other district's namesake
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 23.9984, 90.4223), 0, 5);
    }

    [SkippableFact]
    public void Another_spelling_in_a_neighbouring_district_near_the_anchor_stays_the_place()
    {
        // Given a quarter the gazetteer knows under another spelling, in the next district some 20 km from the town
        // the report sets it near
        var best = Best("On 8 March 2021, garment workers blocked a road in Bhatra area near Gazipur city, demanding unpaid wages.");

        // Then the quarter is the place, not the town it is near
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 23.8, 90.45), 0, 2);
    }

    [SkippableTheory]
    [InlineData("On 8 March 2021, unknown gunmen shot dead a farmer in the hinterlands of Negros Oriental.", "Central Visayas", 9.3649, 122.8040)]
    [InlineData("On 8 March 2021, masked men set fire to a farmhouse in Zaragoza, Nueva Ecija.", "Central Luzon", 15.4490, 120.7963)]
    public void A_division_that_GeoNames_writes_with_its_noun_before_it_answers_to_its_bare_name(string text, string admin1, double latitude, double longitude)
    {
        // Given a Philippine province, which GeoNames names "Province of …", written bare as reports write it
        var best = Best(text);

        // Then the province places the event in the Philippines, not a Moroccan region or a Spanish city of a word of its name
        Assert.Equal("Philippines", best.Country);
        Assert.Equal(admin1, best.Admin1);
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, latitude, longitude), 0, 5);
    }

    [SkippableTheory]
    [InlineData("Suspected jihadists killed three herders in the North Central region of Burkina Faso on Sunday.", "Centre-Nord")]
    [InlineData("Gunmen who stormed a gendarmerie post were driven off by soldiers in the Central South region of Burkina Faso on Friday.", "Centre-Sud")]
    public void A_region_of_Burkina_Faso_written_in_English_is_that_region(string text, string admin1)
    {
        // Given a Burkinabe region written with its English name, which Sri Lanka or a Canadian suburb also bears
        var best = Best(text);

        // Then the region is Burkina Faso's, by the name ACLED writes
        Assert.Equal("Burkina Faso", best.Country);
        Assert.Equal(admin1, best.Admin1);
    }

    [SkippableTheory]
    [InlineData("On 8 March 2021, militants attacked a police checkpoint in Awdheegle town (Afgooye, Lower Shabelle).", 1.9667, 44.8333)]
    [InlineData("Youths burned tyres and blocked a road in Mathare on Monday after a man was shot by police in Nairobi.", -1.2602, 36.8534)]
    [InlineData("On 8 March 2021, Russian forces shelled Opytne, Donetsk, damaging two houses.", 48.0961, 37.7228)]
    public void A_town_the_supplement_adds_places_the_event_itself(string text, double latitude, double longitude)
    {
        // Given a town or quarter that GeoNames' cities500 lacks and the supplement adds with its sourced point
        var best = Best(text);

        // Then the event lies there, not at its district's seat or at a namesake in another district
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, latitude, longitude), 0, 3);
    }

    [SkippableFact]
    public void A_town_the_gazetteer_lacks_in_a_township_and_district_lies_at_the_township_s_seat()
    {
        // Given a town the gazetteer lacks, bracketed with its township and the district MIMU files that township under
        var best = Best("On 9 March 2021, near a fire station in the town of Ahthoke (Yegyi Township, Pathein District), a grenade went off. Nobody was hurt.");

        // Then the event lies at the township's seat, whose district the bracket confirms, not at the district's seat 60 km away
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 17.3446, 95.1207), 0, 3);
    }

    [SkippableFact]
    public void A_district_written_in_a_bracket_after_a_town_before_the_event_is_no_scene_of_its_own()
    {
        // Given a town followed by a bracket with its district, whose name the gazetteer knows only as the district's seat,
        // both before the event's words
        var best = Best("On 9 March 2021, in Mogoke town (Pyinoolwin District), a bomb went off near a ward office.");

        // Then the town is the place, not the district's seat 100 km away
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 22.9214, 96.5054), 0, 3);
    }

    [SkippableFact]
    public void A_settlement_in_a_bracket_after_a_list_of_settlements_without_a_division_s_noun_stays_the_place()
    {
        // Given a list of villages followed by a bracket that names one of them without a division's noun, before the
        // event's words
        var best = Best("On 9 March 2021, soldiers searched the bush around Inata, Bamba and Koutougou (near Inata) after gunmen ambushed a gendarmerie patrol.");

        // Then the bracket's village is the place: only a name written with a division's noun names a district
        Assert.InRange(GeoMath.Km(best.Latitude!.Value, best.Longitude!.Value, 14.3358, -1.3270), 0, 3);
    }

    [SkippableTheory]
    [InlineData("On 9 March 2021, a bomb went off at a ward office in Mogoke town, Mandalay Region.", "Pyinoolwin")]
    [InlineData("On 9 March 2021, a bomb went off at a ward office in Namhsan town, Shan State.", "Pa Laung Self-Administered Zone")]
    public void A_Myanmar_township_seat_s_second_division_is_its_district(string text, string district)
    {
        // Given the seat of a township the supplement adds from MIMU's town points
        var best = Best(text);

        // Then the record's second division is the district or self-administered zone MIMU files the township under, as
        // GeoNames' Myanmar places and ACLED's records name it, not the township
        Assert.Equal(district, best.Admin2);
    }

    [SkippableFact]
    public void A_descriptor_of_land_is_no_place_of_its_own()
    {
        // Given a report of unknown country whose only capitalised place words describe land ("the W National Park"),
        // which GeoNames gives as the name of a village abroad
        var best = Best("On 9 March 2021, gunmen shot dead a ranger on patrol inside the W National Park.");

        // Then no point is claimed: a village of that name in New Jersey is worse than no place
        Assert.Null(best.Latitude);
    }

    [SkippableTheory]
    [InlineData("On 9 March 2021, a bomb went off near a ward office in Mogok, Mandalay Region.", "Pyinoolwin")]
    [InlineData("On 9 March 2021, a bomb went off near a ward office in Kutkai, Shan State.", "Muse")]
    public void A_Myanmar_district_bears_the_name_MIMU_gives_it(string text, string district)
    {
        // Given a town GeoNames files under a district it writes otherwise than MIMU and reports do ("Pyin Oo Lwin",
        // "Mu Se")
        var best = Best(text);

        // Then the record's second division is MIMU's name, which a bracket's "(X Township, Pyinoolwin District)" matches
        Assert.Equal(district, best.Admin2);
    }
}
