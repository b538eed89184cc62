using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Reranking;
using Polemos.Events.Evaluation.Adapters;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// Codebook and toll rules on short English sentences written by the team (invented incidents, real places), each
/// read as ACLED's notes are: the most confident event of the text.
/// </summary>
public sealed class CodebookRuleTests
{
    private static ExtractedRecord? Best(string text)
    {
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10));
        return EvalSets.BestEvent(doc.Records);
    }

    /// <summary>A text read in the given language, published on 10 March 2021.</summary>
    private static Document ReadIn(string language, string text) =>
        TestData.Engine.Extract("rule", text, new ArticleMeta { Published = new DateOnly(2021, 3, 10), DeclaredLanguage = language });

    /// <summary>The most confident event of a text read in the given language (<see cref="ReadIn"/>).</summary>
    private static ExtractedRecord? BestIn(string language, string text) => EvalSets.BestEvent(ReadIn(language, text).Records);

    [Theory]
    [InlineData("On 8 March 2021, police discovered a large stash of rockets and ammunition in a farmhouse near Kirkuk.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, two rifles, a pistol and several boxes of ammunition were seized at a checkpoint near Kirkuk.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, two mortar rounds and a rifle were found under a bridge west of Mosul.", "Disrupted weapons use")]
    [InlineData("Le 8 mars 2021, des gendarmes ont découvert des armes et des grenades dans une maison près de Gao.", "Disrupted weapons use")]
    [InlineData("El 8 de marzo de 2021, la policía encontró fusiles y granadas en una casa de Cúcuta.", "Disrupted weapons use")]
    [InlineData("Am 8. März 2021 wurden bei Kirkuk zwei Gewehre und Granaten gefunden.", "Disrupted weapons use")]
    [InlineData("Rebel groups and the army have agreed a 72-hour truce around three towns, activists say.", "Agreement")]
    [InlineData("I ribelli e l'esercito hanno firmato una tregua di tre giorni, riferiscono gli attivisti.", "Agreement")]
    [InlineData("Rebels and the government began peace talks on Monday, officials said.", "Agreement")]
    [InlineData("On Monday rebels released twelve prisoners as part of a prisoner swap, officials said.", "Agreement")]
    [InlineData("Government troops recaptured three villages from rebels on Monday.", "Government regains territory")]
    [InlineData("On 8 March 2021, Iraqi troops freed three villages south of Mosul.", "Government regains territory")]
    [InlineData("On Monday rebels regained the town of Marka after heavy fighting.", "Non-state actor overtakes territory")]
    [InlineData("On 8 March 2021, US forces withdrew from a base near Hasakah.", "Change to group/activity")]
    [InlineData("On 8 March 2021, the army reinforced its positions around Kidal.", "Change to group/activity")]
    [InlineData("On 8 March 2021, youths confronted police in Rotterdam and threw fireworks.", "Violent demonstration")]
    [InlineData("On 8 March 2021, a hand grenade exploded outside a bank in Lima, wounding a guard.", "Grenade")]
    [InlineData("Teachers demonstrate outside the education ministry in Nairobi over unpaid salaries.", "Peaceful protest")]
    [InlineData("On 8 March 2021, members of the Nagorik Oikya Front Bangladesh staged a protest in Khulna.", "Peaceful protest")]
    [InlineData("On 8 March 2021, separatists hit a checkpoint near Horlivka with mortars and two infantry fighting vehicles.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, two soldiers died when their truck hit a ground mine south of Kidal.", "Remote explosive/landmine/IED")]
    [InlineData("On 8 March 2021, a local defence force attacked two army trucks with four mines near Monywa, killing six soldiers.", "Remote explosive/landmine/IED")]
    [InlineData("On 8 March 2021, guerrillas blasted a mine against a police convoy near Hpakant.", "Remote explosive/landmine/IED")]
    [InlineData("On 8 March 2021, air defence units shot down an enemy helicopter near Mykolaiv.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, air defence units shot down two enemy drones near Mykolaiv.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, police intercepted one suicide bomber outside Tikrit.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, militants ambushed an army patrol near Djibo, and a truck loaded with fuel was seized by the attackers.", "Armed clash")]
    [InlineData("On 8 March 2021, militants shot dead a herder near Djibo and seized his motorbike.", "Attack")]
    [InlineData("On 8 March 2021, militants seized the town of Djibo.", "Non-state actor overtakes territory")]
    [InlineData("On 8 March 2021, gendarmes killed fourteen militants near Djibo and seized arms and ammunition.", "Armed clash")]
    [InlineData("On 8 March 2021, gendarmes seized arms and ammunition in a raid near Djibo.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, police intercepted and killed one suicide bomber outside Tikrit.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, police shot dead three militants near Garissa and arrested four others.", "Armed clash")]
    [InlineData("On 8 March 2021, police arrested four militants near Garissa.", "Arrests")]
    [InlineData("On 8 March 2021, gunmen abducted five traders near Djibo; three of them were killed and two escaped.", "Attack")]
    [InlineData("On 8 March 2021, militants abducted five women at a market near Djibo.", "Abduction/forced disappearance")]
    [InlineData("On 8 March 2021, following a boy's death in a road accident, residents protested in Kisumu.", "Peaceful protest")]
    [InlineData("On 8 March 2021, residents protested in Kisumu after two traders were killed by robbers.", "Peaceful protest")]
    [InlineData("On 8 March 2021, a landmine two militants were laying exploded prematurely near Djibo, killing both.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, three protesters died from gunfire during a sit-in outside the parliament in Kampala.", "Excessive force against protesters")]
    [InlineData("Residents of Kibera estate protest over the demolition of their homes.", "Peaceful protest")]
    [InlineData("Protests over the eviction of street hawkers from the central market.", "Peaceful protest")]
    [InlineData("On 8 March 2021, members of the Peasants Union of Bangladesh staged a sit-in outside the district office in Rangpur over fertiliser prices.", "Peaceful protest")]
    [InlineData("On 8 March 2021, students of Rajshahi Government College staged a protest on campus over exam fees.", "Peaceful protest")]
    [InlineData("On 8 March 2021, hundreds of garment workers, joined by an organiser of the Workers Party of Bangladesh, staged a sit-in near the Dhaka press club over unpaid wages.", "Peaceful protest")]
    public void Weapons_found_agreements_concluded_ground_taken_and_forces_withdrawn_follow_the_codebook(string text, string expected)
    {
        // Given a report of weapons found or seized, an agreement concluded, villages taken without naming them, or forces withdrawn
        // When the engine reads it
        var best = Best(text);

        // Then the verb and its object make the event: a seizure (not weapons used), an agreement, ground regained, a change of activity
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Fact]
    public void A_weapon_named_after_troops_is_no_actor()
    {
        // Given separatists firing with "infantry fighting vehicles", a weapon whose name begins with a word for soldiers
        var best = Best("On 8 March 2021, separatists hit a checkpoint near Horlivka with mortars and two infantry fighting vehicles.");

        // Then the shelling is the separatists', and no state force stands in it
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
        Assert.DoesNotContain("Military Forces", best.Actor2 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, nine insurgents were killed by Iraqi army airstrikes near Tuz Khurmatu.", "Air/drone strike", "Military Forces of Iraq")]
    [InlineData("On 8 March 2021, six militants were killed by Nigerian army artillery fire near Bama.", "Shelling/artillery/missile attack", "Military Forces of Nigeria")]
    public void A_force_named_right_before_its_strike_made_it_and_the_armed_dead_were_its_target(string text, string expected, string force)
    {
        // Given fighters killed "by army airstrikes": the force owns the noun of the strike, the dead are named first
        var best = Best(text);

        // Then the force struck and the fighters were struck, not the other way round
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
        Assert.StartsWith(force, best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Unidentified Armed Group", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, a roadside bomb exploded near a market in Gao, killing two civilians.", "Unidentified Armed Group (Mali)")]
    [InlineData("On 8 March 2021, a roadside bomb exploded near a market in Gao, killing two civilians. The Islamic State claimed the bombing.", "Islamic State")]
    public void A_bomb_no_one_claimed_is_an_unidentified_armed_groups_and_a_claim_in_another_sentence_names_its_maker(string text, string expected)
    {
        // Given a roadside bomb whose maker the report names nowhere, or names in a later sentence
        var best = Best(text);

        // Then the bomb is ACLED's "Unidentified Armed Group" of the country, unless the report names who set it
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
        Assert.StartsWith(expected, best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, SNA soldiers and government security forces repelled an Al Shabaab raid on Jowhar, officials said.", "Military Forces of Somalia", "Syrian")]
    [InlineData("On 8 March 2021, defence and security forces (FDS) clashed with jihadists near Dori.", "Military Forces of Burkina Faso", "Syrian")]
    public void An_acronym_of_a_far_countrys_group_stands_for_something_else(string text, string actor1, string foreign)
    {
        // Given "SNA" in Somalia (the Somali National Army) and "FDS" in Burkina Faso (its defence and security forces),
        // acronyms the registry knows for Syrian groups
        var best = Best(text);

        // Then the report's own forces act, and no Syrian group is named
        Assert.NotNull(best);
        Assert.StartsWith(actor1, best.Actor1, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, best.Actor1 + " " + best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, DPR fighters shelled Ukrainian army positions near Marinka with 82mm mortars.", "NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine")]
    [InlineData("On 8 March 2021, Russian troops fired heavy weapons at government positions near Kharkiv.", "Military Forces of Russia", "Military Forces of Ukraine")]
    public void Who_fires_at_whose_positions_follows_acleds_names(string text, string actor1, string actor2)
    {
        // Given the Donetsk republic's fighters (ACLED's NAF) or Russian troops firing at positions of the army,
        // named after the weapons with no agent marker
        var best = Best(text);

        // Then the shooters are actor1 and the army whose positions were hit actor2
        Assert.NotNull(best);
        Assert.StartsWith(actor1, best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith(actor2, best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, Dir clan militia and Hawiye-Abgaal sub-clan militia fought over a water point near Dhusamareb.", "Dir Clan Militia (Somalia)", "Hawiye-Abgaal Sub-Clan Militia (Somalia)")]
    [InlineData("On 8 March 2021, an unidentified clan militia shot dead two traders near Jowhar.", "Unidentified Clan Militia (Somalia)", "Civilians (Somalia)")]
    public void A_clan_militia_is_named_by_the_words_before_its_description(string text, string actor1, string actor2)
    {
        // Given clan militias named by the lineage written before "clan militia", or left unidentified
        var best = Best(text);

        // Then they carry ACLED's names: the lineage and the label, or an unidentified clan militia of the country
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
        Assert.Equal(actor2, best.Actor2);
    }

    /// <summary>The engine without its trained reranker: what the codebook rules alone decide.</summary>
    private static readonly Lazy<Engine> RulesOnly = new(() => Engine.Load(TestData.DataRoot, TestData.Engine.Gazetteer, new SubEventReranker(null)));

    [Fact]
    public void Police_attacked_in_a_report_that_names_no_country_are_fighting_for_the_rules()
    {
        // Given an attack on the gendarmerie in a report that names no country (so no ACLED name fits the gendarmes)
        var doc = RulesOnly.Value.Extract("rule", "Militants attacked the gendarmerie in a village on Monday and killed one gendarme.",
                                          new ArticleMeta { Published = new DateOnly(2021, 3, 10), DeclaredLanguage = "en" });

        // Then the rules read an armed clash, as for named state forces (the reranker may still weigh the report otherwise)
        Assert.Equal("Armed clash", EvalSets.BestEvent(doc.Records)?.SubEventType);
    }

    [Fact]
    public void An_explosion_whose_sentence_names_shells_is_the_shells_going_off()
    {
        // Given a shell named with a word the lexicon also reads as a verb ("shells"), in an undated sentence
        var doc = EvalSets.Extract(TestData.Engine, "rule", "Russian forces fired on Kharkiv on 8 March 2021. The shells exploded beside a bus stop, killing two people.",
                                   new DateOnly(2021, 3, 10));

        // Then its explosion is shelling, not a roadside bomb
        Assert.Contains(doc.Records, r => r.SubEventType == "Shelling/artillery/missile attack");
        Assert.DoesNotContain(doc.Records, r => r.SubEventType == "Remote explosive/landmine/IED");
    }

    [Fact]
    public void The_group_named_right_after_a_source_verb_is_the_subject_of_what_it_reports()
    {
        // Given "officials say X attacked…": a source verb, then the group that acted
        var best = Best("Officials say al-Shabaab fighters attacked a checkpoint near Jowhar on 8 March 2021, killing 12 soldiers.");

        // Then the group is actor1, not a source of the report
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal("Al Shabaab", best.Actor1);
    }

    [Theory]
    [InlineData("On 8 March 2021, protesters demonstrating against the high exchange rate and rising prices blocked a highway in Tripoli.", "Peaceful protest")]
    [InlineData("On 8 March 2021, protesters gathered outside the court in Sidon demanding the release of activists who were detained last week.", "Peaceful protest")]
    [InlineData("On 8 March 2021, rioters blocked the main road in Halba with rubbish bins.", "Violent demonstration")]
    [InlineData("On 8 March 2021, dozens of demonstrators burned tyres on a road in Nasiriyah.", "Violent demonstration")]
    [InlineData("On 8 March 2021, residents burned tyres and blocked roads in Basra over power cuts.", "Violent demonstration")]
    [InlineData("On 8 March 2021, rebel forces exchanged artillery fire with the army near Kafr Nabl.", "Armed clash")]
    [InlineData("On 8 March 2021, army reinforcements arrived in Ma'rib.", "Change to group/activity")]
    [InlineData("On 8 March 2021, army reinforcements arrived in Ma'rib and clashed with rebels there.", "Armed clash")]
    [InlineData("On 8 March 2021, army troops deployed to the entrances of Hadibu in the context of recent fighting between rival factions.", "Change to group/activity")]
    [InlineData("On 8 March 2021, militants killed a police officer with sniper fire near Baqubah.", "Armed clash")]
    [InlineData("On 8 March 2021, a police officer was shot dead by IS snipers near Baqubah.", "Armed clash")]
    [InlineData("On 8 March 2021, gunmen kidnapped four soldiers from a checkpoint near Daraa.", "Armed clash")]
    [InlineData("On 8 March 2021, government forces captured three rebels near Kafr Nabl.", "Armed clash")]
    [InlineData("On 8 March 2021, rebels arrested six young men in Raqqa on charges of spying.", "Abduction/forced disappearance")]
    [InlineData("On 8 March 2021, the body of a man was found near Al Bab, killed by unknown gunmen.", "Attack")]
    [InlineData("On 8 March 2021, rebels ambushed an army convoy with heavy weapons near Ma'rib.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, gendarmes seized 12 hand grenades and two assault rifles near Akcakale.", "Disrupted weapons use")]
    [InlineData("On 8 March 2021, rebels seized the town of Kafr Nabl after heavy fighting.", "Non-state actor overtakes territory")]
    [InlineData("On 8 March 2021, rebels took control of the town of Kafr Nabl after army troops withdrew from it.", "Non-violent transfer of territory")]
    [InlineData("On 8 March 2021, government forces regained control of Saraqib. There was no fighting.", "Non-violent transfer of territory")]
    [InlineData("On 8 March 2021, government forces regained control of Saraqib after clashes with rebels who later withdrew.", "Government regains territory")]
    [InlineData("On 8 March 2021, Turkish troops set up two new observation posts near Saraqib.", "Headquarters or base established")]
    [InlineData("On 8 March 2021, three military points were established by the army near Saraqib.", "Headquarters or base established")]
    [InlineData("On 8 March 2021, soldiers set up a checkpoint near Jowhar and looted goods from traders.", "Looting/property destruction")]
    [InlineData("On 8 March 2021, government troops captured two rebel training camps near Idlib.", "Government regains territory")]
    [InlineData("On 8 March 2021, rebels captured two soldiers near Idlib.", "Armed clash")]
    [InlineData("On 8 March 2021, police clashed on Sunday with hundreds of demonstrators in central Tunis.", "Violent demonstration")]
    [InlineData("On 8 March 2021, clashes broke out between police and protesters in central Tunis.", "Violent demonstration")]
    [InlineData("On 8 March 2021, students marched in Conakry and police fired tear gas to disperse them. Two protesters were killed.", "Excessive force against protesters")]
    [InlineData("On 8 March 2021, dozens of militants carrying heavy weapons were sighted on the road outside Jowhar.", "Change to group/activity")]
    [InlineData("On 8 March 2021, journalists rallied in Lahore against the detention of their editor, calling for him to be freed. He had been arrested over a tax case.", "Peaceful protest")]
    [InlineData("On 8 March 2021, nurses rallied in Khulna demanding higher pay, and the release of colleagues detained by police.", "Peaceful protest")]
    [InlineData("On 8 March 2021, workers of a steel plant that closed years ago held a protest in Qom over unpaid wages.", "Peaceful protest")]
    [InlineData("On 8 March 2021, students demonstrated in Erbil against online exams. Police detained four protesters.", "Protest with intervention")]
    [InlineData("On 8 March 2021, police detained nine opposition activists in Baku.", "Arrests")]
    [InlineData("On 8 March 2021, soldiers fired live rounds to break up a demonstration in Basra.", "Excessive force against protesters")]
    [InlineData("Le 8 mars 2021, des soldats ont tiré à balles réelles pour disperser une manifestation à Bassora.", "Excessive force against protesters")]
    [InlineData("On 8 March 2021, villagers protested in Kismayo against soldiers who had shot two herders.", "Peaceful protest")]
    [InlineData("On 8 March 2021, shells loaded with chlorine were dropped on a neighbourhood of Saraqib, a monitoring group said.", "Chemical weapon")]
    [InlineData("Investigators said government forces used sarin in a March 2021 raid on Khan Shaykhun.", "Chemical weapon")]
    [InlineData("Inspectors found that nerve gas was used against a village near Douma on 8 March 2021.", "Chemical weapon")]
    public void Sub_event_type_follows_the_codebook(string text, string expected)
    {
        // Given a report of one event
        // When the engine reads it
        var best = Best(text);

        // Then its most confident event has the codebook's sub-event type
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen opened fire on a car near Daraa, killing a civilian.", 1)]
    [InlineData("On 8 March 2021, a police officer was shot dead by gunmen in Baqubah.", 1)]
    [InlineData("On 8 March 2021, 2 soldiers were killed and 4 others were wounded in clashes with rebels near Kafr Nabl.", 2)]
    [InlineData("On 8 March 2021, a roadside bomb struck a patrol near Tikrit, leaving 1 soldier dead and 3 others injured.", 1)]
    [InlineData("On 8 March 2021, a car bomb exploded in a market in Azaz. Between 12 and 15 people were killed.", 12)]
    [InlineData("On 8 March 2021, rebels attacked an army position near Kafr Nabl, killing several soldiers.", 10)]
    [InlineData("On 8 March 2021, militants attacked an army post near Tikrit. Two soldiers and three assailants were killed in the attack.", 5)]
    public void Fatalities_follow_the_conservative_rule(string text, int expected)
    {
        // Given a report with a toll
        // When the engine reads it
        var best = Best(text);

        // Then the killed are counted apart from the wounded, one victim counts one, a range counts its lower end
        Assert.NotNull(best);
        Assert.Equal(expected, best.Fatalities);
    }

    [Theory]
    [InlineData("L'8 marzo 2021 uomini armati hanno ucciso un poliziotto a Baquba.")]
    [InlineData("Le 8 mars 2021, des hommes armés ont tué un policier à Baqouba.")]
    [InlineData("El 8 de marzo de 2021, hombres armados mataron a un policía en Baquba.")]
    [InlineData("Em 8 de março de 2021, homens armados mataram um policial em Baquba.")]
    [InlineData("Am 8. März 2021 töteten Bewaffnete einen Polizisten in Bakuba.")]
    public void A_victim_named_with_a_singular_article_counts_one_in_every_language(string text)
    {
        // Given a report in another language that names one victim with a singular article and no number
        // When the engine reads it
        var best = Best(text);

        // Then one death is counted, as in English ("killing a civilian")
        Assert.NotNull(best);
        Assert.Equal(1, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, a car bomb exploded near a checkpoint in Tikrit, killing four people. No group claimed responsibility, but officials suspected that the Islamic State was behind the attack.")]
    [InlineData("On 8 March 2021, gunmen attacked a family in Baqubah, killing three people. The Islamic State later claimed responsibility.")]
    public void A_group_held_responsible_later_is_the_perpetrator(string text)
    {
        // Given a report that names the perpetrator only in a later sentence
        // When the engine reads it
        var best = Best(text);

        // Then that group is actor1, and the claim or suspicion makes the event alleged
        Assert.NotNull(best);
        Assert.Equal("Islamic State (Iraq)", best.Actor1);
        Assert.Equal(Certainty.Alleged, best.Certainty);
    }

    [Fact]
    public void A_demonstration_dated_to_a_day_is_not_silenced_by_the_crime_it_is_against()
    {
        // Given the same demonstration against a crime, once dated to a day and once with no date at all
        const string Told = "protesters marched through Beirut against a minister accused of fraud.";

        // When the engine reads both
        var dated = Best("On 8 March 2021, " + Told);
        var undated = Best("Years ago, " + Told);

        // Then the dated one is a demonstration, and the undated one is still read as talk of crime and the past
        Assert.Equal("Peaceful protest", dated?.SubEventType);
        Assert.Null(undated);
    }

    [Fact]
    public void A_headline_bombardment_is_the_strike_the_body_tells()
    {
        // Given a headline that calls the event a bombardment and a lead that names the aircraft
        const string Text = "Bombardment kills six in Rafah\n\nIsraeli warplanes struck a house in Rafah on Sunday, killing six people, the health ministry said.";

        // When the engine reads it
        var doc = EvalSets.Extract(TestData.Engine, "rule", Text, new DateOnly(2023, 12, 4));

        // Then one event is recorded, with the body's finer type and the toll both tell
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Air/drone strike", only.SubEventType);
        Assert.Equal(6, only.Fatalities);
    }

    [Fact]
    public void The_object_of_a_verb_after_a_strike_noun_is_its_target_not_its_owner()
    {
        // Given strikes named by their owner, then a verb and the group they hit
        var best = Best("On 8 March 2021, Saudi-led coalition airstrikes reportedly targeted Houthi fighters near Saada, killing six of them.");

        // Then the coalition carried them out and the Houthis were hit
        Assert.NotNull(best);
        Assert.Equal("Operation Restoring Hope", best.Actor1);
        Assert.Equal("Military Forces of Yemen (2016-) Supreme Political Council", best.Actor2);
    }

    [Fact]
    public void Property_destroyed_with_no_owner_named_is_civilians()
    {
        // Given soldiers who demolished a building, its owner unnamed
        var best = Best("On 8 March 2021, Israeli soldiers demolished a farm building near Jenin.");

        // Then the civilians of the place are the other party
        Assert.NotNull(best);
        Assert.Equal("Looting/property destruction", best.SubEventType);
        Assert.Equal("Civilians (Palestine)", best.Actor2);
    }

    [Fact]
    public void The_explosion_told_again_with_its_target_is_the_same_bombing()
    {
        // Given a suicide bombing, then "the explosion" with its target and toll in the next sentence
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, a suicide bomber set off his vest at a checkpoint in Ramadi. The explosion targeted soldiers, wounding 12.", new DateOnly(2021, 3, 10));

        // Then one suicide bombing holds the target and the toll
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Suicide bomb", only.SubEventType);
        Assert.Equal(12, only.Wounded);
    }

    [Theory]
    [InlineData("en", "On 2 May 2022, police fired tear gas at a march of students in Nairobi. Witnesses said several young men were attacked by officers.")]
    [InlineData("es", "El 2 de mayo de 2022 la policía dispersó una marcha de estudiantes en Quito. Según testigos, varios jóvenes fueron agredidos.")]
    public void A_bare_act_of_violence_beside_a_located_event_is_that_event(string lang, string text)
    {
        // Given a located event, then a verb of violence with no place of its own a sentence or two later
        var doc = EvalSets.Extract(TestData.Engine, "rule-" + lang, text, new DateOnly(2022, 5, 3));

        // Then the report holds one event: the retelling adds no second, unmappable record
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event && !r.Habitual);
        Assert.NotNull(only.Location);
    }

    [Theory]
    [InlineData("Rund 2000 Menschen demonstrierten am Sonntag in Hamburg für eine Waffenruhe im Sudan.")]
    [InlineData("تظاهر مئات الطلاب يوم الأحد في مدينة حمص للمطالبة بتحسين الخدمات في الجامعة والإفراج عن زملائهم.")]
    public void What_a_demonstration_demands_is_not_an_event_of_its_own(string text)
    {
        // Given a demonstration "for a ceasefire", "to demand the release of …"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2023, 4, 17));

        // Then the demonstration is the only event: the truce or release it asks for has not happened
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Peaceful protest", only.SubEventType);
    }

    [Fact]
    public void A_past_month_recalled_beside_this_week_news_is_background()
    {
        // Given a report of a strike two days old that recalls a takeover four months earlier
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 3 March 2024, an air strike killed six people in Menaka. Rebels seized Menaka in November 2023.", new DateOnly(2024, 3, 5));

        // Then only the strike is an event
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Air/drone strike", only.SubEventType);
    }

    [Fact]
    public void A_calendar_day_just_after_the_report_date_is_the_event_day()
    {
        // Given a report stamped 4 May that tells of an attack "on 5 May" (a multi-day event, another time zone)
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 5 May, gunmen attacked the village of Koumbri, killing two civilians.", new DateOnly(2020, 5, 4));

        // Then the attack is an event of that 5 May, not of the year before and not a plan
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("2020-05-05", only.EventDate);
    }

    [Theory]
    [InlineData("On 6 June 2022, a car bomb exploded near a checkpoint in Baidoa, killing five people.\n\nThe Islamist group al-Shabaab, allied to al-Qaeda, claimed the attack in a statement.", "Al Shabaab")]
    [InlineData("Le 6 juin 2022, des hommes armés ont tué neuf civils dans un village près de Djibo.\n\nLe JNIM a revendiqué l'attaque mercredi.", "JNIM: Group for Support of Islam and Muslims")]
    public void A_later_claim_naming_the_attack_names_its_perpetrator(string text, string expected)
    {
        // Given an attack told in the lead and claimed by a group in a later paragraph ("claimed the attack")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2022, 6, 8));

        // Then the claimant is the attack's actor1, not the group named in an aside beside it
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal(expected, only.Actor1);
    }

    [Theory]
    [InlineData("On 2 May 2022, Malian warplanes bombed a market in Kidal, killing four people.", "Air/drone strike")]
    [InlineData("On 2 May 2022, regime shells exploded in a market in Idlib, killing four people.", "Shelling/artillery/missile attack")]
    public void An_explosion_word_beside_a_strike_is_how_it_struck(string text, string expected)
    {
        // Given a strike or shelling told with an explosion word in the same sentence ("bombed", "shells exploded")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2022, 5, 3));

        // Then one record of the strike holds the toll, not a second record of a roadside bomb
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal(expected, only.SubEventType);
        Assert.Equal(4, only.Fatalities);
    }

    /// <summary>The most confident event the codebook rules alone read in a text of 10 March 2021.</summary>
    private static ExtractedRecord? BestByRules(string text) =>
        EvalSets.BestEvent(EvalSets.Extract(RulesOnly.Value, "rule", text, new DateOnly(2021, 3, 10)).Records);

    [Theory]
    [InlineData("On 8 March 2021, a mob beat a man suspected of stealing a goat in a market in Kisumu.", "Mob violence")]
    [InlineData("On 8 March 2021, supporters of two rival councillors fought with sticks outside a school in Jessore, injuring nine people.", "Mob violence")]
    [InlineData("Le 8 mars 2021, des partisans de deux candidats se sont affrontés à coups de bâtons à Bouaké, faisant neuf blessés.", "Mob violence")]
    [InlineData("On 8 March 2021, two groups of residents clashed over a land dispute in Khulna, injuring eleven people.", "Mob violence")]
    [InlineData("Le 8 mars 2021, des habitants ont frappé un homme soupçonné de vol à Bouaké.", "Mob violence")]
    [InlineData("On 8 March 2021, rioters clashed with police in Lyon overnight.", "Violent demonstration")]
    [InlineData("On 8 March 2021, students demanding lower fees clashed with police in Khulna.", "Violent demonstration")]
    [InlineData("On 8 March 2021, opposition supporters fought with police outside the election office in Jessore.", "Violent demonstration")]
    public void A_crowds_violence_is_a_violent_demonstration_only_when_a_demonstration_is_told(string text, string expected)
    {
        // Given a crowd (or residents, whom ACLED never codes as authors of violence) that beat a suspected thief or
        // fought a rival crowd, with no protest, demand or riot told, or a crowd that fought the police
        var best = BestByRules(text);

        // Then the first is mob violence (ACLED: violence by a crowd with no demonstration's aim) and the second a
        // violent demonstration (the crowd confronted the state)
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Fact]
    public void Villagers_who_beat_someone_are_rioters_and_their_victim_a_civilian()
    {
        // Given villagers who beat two men (civilians as the authors of the violence)
        var best = BestByRules("On 8 March 2021, villagers beat two men they accused of stealing cattle near Kitale.");

        // Then ACLED's coding: mob violence by rioters against civilians, not an attack with no author
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.Equal("Rioters (Kenya)", best.Actor1);
        Assert.Equal("Civilians (Kenya)", best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen shot dead a village elder outside his home near Baidoa.", "Attack")]
    [InlineData("On 8 March 2021, police shot dead a shopkeeper during a search in Kisumu.", "Attack")]
    [InlineData("L'8 marzo 2021 uomini armati hanno ucciso un commerciante vicino a Gao.", "Attack")]
    [InlineData("On 8 March 2021, gunmen shot dead two soldiers near Baidoa.", "Armed clash")]
    [InlineData("On 8 March 2021, soldiers shot dead a herder near Gao, and fighting with rebels followed.", "Armed clash")]
    public void An_armed_party_that_kills_people_it_names_no_fighters_attacks_them(string text, string expected)
    {
        // Given gunmen or police who killed someone the lexicon knows as no armed party (an elder, a shopkeeper), or
        // soldiers killed, or a killing told with fighting
        var best = BestByRules(text);

        // Then the one-sided killing is an attack; a clash needs an armed party on both sides or fighting told
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("de", "Am Samstag demonstrierten in Leipzig mehrere tausend Menschen gegen die neuen Mietgesetze.")]
    [InlineData("es", "El sábado marcharon por el centro de Sevilla miles de personas contra los recortes en sanidad.")]
    [InlineData("it", "Sabato hanno sfilato per le vie di Torino migliaia di persone contro la chiusura della fabbrica.")]
    public void The_people_of_a_demonstration_told_after_its_verb_are_its_crowd_not_its_victims(string language, string text)
    {
        // Given a demonstration whose subject follows its verb (German inversion, Romance post-verbal subjects)
        var best = BestIn(language, text);

        // Then the people are the protesters: a peaceful protest with no second actor and no civilians targeted
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.StartsWith("Protesters", best.Actor1, StringComparison.Ordinal);
        Assert.Null(best.Actor2);
        Assert.False(best.CivilianTargeting);
    }

    [Fact]
    public void Generic_actors_are_named_for_the_country_where_the_event_happened()
    {
        // Given a report on the war in Ukraine that also tells of a demonstration against it in Vienna
        var text = "Russian missiles hit a power station in Kharkiv on Friday, killing two workers, Ukrainian officials said. " +
                   "On Saturday hundreds of people protested outside the Russian embassy in Vienna against the war.";
        var doc = EvalSets.Extract(TestData.Engine, "abroad", text, new DateOnly(2021, 3, 10));
        var protest = Assert.Single(doc.Records, r => r.SubEventType == "Peaceful protest");

        // Then the demonstrators are Austria's protesters, as ACLED names them, while the strike's victims stay Ukraine's
        Assert.Equal("AT", protest.Iso2);
        Assert.Equal("Protesters (Austria)", protest.Actor1);
        var strike = Assert.Single(doc.Records, r => r.SubEventType == "Shelling/artillery/missile attack");
        Assert.Equal("Civilians (Ukraine)", strike.Actor2);
    }

    [Theory]
    [InlineData("fr", "Lundi, six gendarmes ont été blessés et plusieurs véhicules ont été incendiés lors d'une attaque près de Dori.", 6)]
    [InlineData("en", "On Monday, four policemen were wounded and several cars were set ablaze in an attack near Garissa.", 4)]
    public void A_passive_toll_counts_the_victims_written_before_it_not_a_count_of_things_after_it(string language, string text, int wounded)
    {
        // Given a passive toll followed by another clause that counts things ("several vehicles")
        var best = BestIn(language, text);

        // Then the wounded are the count written before the toll
        Assert.NotNull(best);
        Assert.Equal(wounded, best.Wounded);
    }

    [Theory]
    [InlineData("en", "On Monday, six policemen were wounded in an attack near Mandera.", "Police Forces of Kenya")]
    [InlineData("en", "On Monday, three soldiers were killed in an ambush near Kaya.", "Military Forces of Burkina Faso")]
    [InlineData("fr", "Lundi, trois militaires ont été tués dans une attaque près de Kaya.", "Military Forces of Burkina Faso")]
    [InlineData("de", "Am Montag wurden drei Soldaten bei einem Überfall nahe Kaya getötet.", "Military Forces of Burkina Faso")]
    public void The_counted_victims_of_a_passive_toll_before_the_events_noun_are_its_target(string language, string text, string target)
    {
        // Given soldiers or police killed or wounded "in an attack", told in the passive before the event's noun
        var best = BestIn(language, text);

        // Then they are the event's second actor (its target), not the author of the attack
        Assert.NotNull(best);
        Assert.StartsWith(target, best.Actor2, StringComparison.Ordinal);
        Assert.False(best.Actor1?.StartsWith(target, StringComparison.Ordinal) ?? false, best.Actor1);
    }

    [Theory]
    [InlineData("Am Dienstag wurden in der Provinz Kunar bei Gefechten mit Aufständischen vier Polizisten verletzt.", null, 4)]
    [InlineData("Fünf Zivilisten wurden am Dienstag bei einem Raketenangriff auf einen Markt in Cherson getötet.", 5, null)]
    public void A_german_passive_counts_the_victims_before_its_auxiliary_however_late_the_participle(string text, int? killed, int? wounded)
    {
        // Given German passives whose participle closes a long clause ("wurden … getötet")
        var doc = TestData.Engine.Extract("passiv", text, new ArticleMeta { Published = new DateOnly(2021, 3, 10), DeclaredLanguage = "de" });
        var best = EvalSets.BestEvent(doc.Records);

        // Then the count written with the subject is the toll
        Assert.NotNull(best);
        if (killed is not null)
        {
            Assert.Equal(killed, best.Fatalities);
        }

        Assert.Equal(wounded, best.Wounded);
    }

    [Theory]
    [InlineData("On Monday, three soldiers were killed in an ambush near Kaya.", "Armed clash")]
    [InlineData("On Monday, two civilians were shot dead outside a mosque in Kaya.", "Attack")]
    public void Fighting_against_forces_or_an_attack_on_civilians_by_no_one_named_is_an_unidentified_armed_groups(string text, string type)
    {
        // Given soldiers killed in an ambush, or a civilian shot dead, with no perpetrator named anywhere in the report
        var best = Best(text);

        // Then ACLED's convention names the perpetrator an unidentified armed group of the country
        Assert.NotNull(best);
        Assert.Equal(type, best.SubEventType);
        Assert.Equal("Unidentified Armed Group (Burkina Faso)", best.Actor1);
    }

    [Fact]
    public void An_attack_retold_with_its_means_in_a_later_sentence_is_the_same_fighting()
    {
        // Given a located clash, then a sentence with no place telling that the soldiers were attacked with rifles and explosives
        var text = "Four rebels died on Sunday in fighting with the army near Tame, in Arauca, the army said. " +
                   "According to the statement, the troops were attacked with rifles and explosives while they patrolled a rural road.";
        var doc = EvalSets.Extract(TestData.Engine, "means", text, new DateOnly(2021, 3, 10));

        // Then one event: the retelling's explosives are how the clash was fought, not a bombing of their own
        var ev = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Armed clash", ev.SubEventType);
    }

    [Theory]
    [InlineData("Bus conductors protest new licence fees imposed by the county council.")]
    [InlineData("A sit-in by nurses over delayed allowances at the county referral hospital.")]
    [InlineData("Nueva huelga de los conductores de autobús contra el alza de las tarifas.")]
    public void A_brief_that_tells_a_demonstration_by_its_noun_reports_it(string text)
    {
        // Given a one-sentence brief whose only action is a demonstration noun (or the verb spelt like it), with
        // no place, date or other verb to anchor it, and not at the brief's first word
        var best = BestByRules(text);

        // Then the brief's news is that demonstration
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, three policemen were killed in an attack by Taliban fighters near Khost.", "Armed clash")]
    [InlineData("On 8 March 2021, Taliban fighters attacked a check point near Ghazni.", "Armed clash")]
    [InlineData("On 8 March 2021, Taliban militants attacked a checkpoint near Ghazni city.", "Armed clash")]
    [InlineData("On 8 March 2021, two soldiers were wounded in an attack by al Shabaab fighters near Garissa.", "Armed clash")]
    [InlineData("Em 8 de março de 2021, combatentes do Estado Islâmico atacaram um posto de controlo perto de Mocímboa da Praia.", "Armed clash")]
    [InlineData("On 8 March 2021, suspected JNIM or ISGS militants attacked a convoy of traders near Djibo.", "Attack")]
    public void An_attack_that_an_armed_party_or_its_post_suffered_is_fighting(string text, string expected)
    {
        // Given an attack with no victim as its object, but with police named as its dead before it, or a post of an
        // armed party as its object; or two groups named side by side as the one author of an attack on traders
        var best = BestByRules(text);

        // Then an armed party on each side makes an armed clash; the second name of the same author makes no other side
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, bursts of machine-gun fire were heard near the front line north of Horlivka.")]
    [InlineData("Sporadic small arms fire was reported overnight near Marawi on 8 March 2021.")]
    [InlineData("L'8 marzo 2021 raffiche di mitragliatrice sono state udite vicino a Horlivka.")]
    [InlineData("Le 8 mars 2021, des tirs d'armes automatiques ont été entendus près de Kidal.")]
    public void Fire_told_by_its_weapons_alone_with_no_one_named_or_hurt_is_an_exchange_of_fire(string text)
    {
        // Given shots or bursts of fire heard or reported, with no shooter, no target and no one hurt
        var best = BestByRules(text);

        // Then it is fighting between unnamed armed sides, not an attack on civilians no one names
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Null(best.Actor2);
    }

    [Theory]
    [InlineData("Motorcycle taxi riders gather at Nakuru stadium to protest against police harassment.")]
    [InlineData("On 8 March 2021, about 300 farmers assembled at the district office in Rangpur to protest over fertiliser prices.")]
    public void People_at_a_place_named_before_a_protest_infinitive_went_there_to_protest(string text)
    {
        // Given people at a place (no protest word but the infinitive of purpose after it)
        var best = BestByRules(text);

        // Then the purpose tells what they did there: a demonstration
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Fact]
    public void A_protest_called_for_at_a_place_is_no_demonstration()
    {
        // Given a call to protest, the place named after the infinitive
        var best = BestByRules("On 8 March 2021, the union called on its members to protest in Nairobi.");

        // Then nothing happened yet
        Assert.Null(best);
    }

    [Theory]
    [InlineData("On 8 March 2021, separatists fired grenade launchers at army positions near Horlivka.")]
    [InlineData("Le 8 mars 2021, des rebelles ont tiré au lance-grenades sur un village près de Kidal.")]
    [InlineData("El 8 de marzo de 2021, disidentes dispararon con lanzagranadas contra una patrulla cerca de Tumaco.")]
    public void Grenade_launchers_fire_shells_not_hand_grenades(string text)
    {
        // Given fire from grenade launchers (the codebook's grenade is a hand-thrown one)
        var best = BestByRules(text);

        // Then it is shelling, as with mortars
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, nine fighters, including two commanders, were killed in clashes with the army near Kunduz.", 9)]
    [InlineData("On 8 March 2021, six people, among them a child and three women, were killed when gunmen raided a village near Djibo.", 6)]
    [InlineData("On 8 March 2021, twelve Taliban fighters including three commanders were killed when the army repelled their attack near Ghazni.", 12)]
    [InlineData("Le 8 mars 2021, sept civils, dont deux enfants, ont été tués par une frappe près de Gao.", 7)]
    [InlineData("El 8 de marzo de 2021, once personas, entre ellas cuatro policías, murieron en un ataque cerca de Tumaco.", 11)]
    [InlineData("L'8 marzo 2021 dodici miliziani, tra cui due comandanti, sono stati uccisi negli scontri vicino a Sirte.", 12)]
    [InlineData("Em 8 de março de 2021, oito civis, entre eles três crianças, foram mortos num ataque perto de Mocímboa da Praia.", 8)]
    [InlineData("Am 8. März 2021 wurden zehn Menschen, darunter drei Polizisten, bei einem Angriff nahe Kunduz getötet.", 10)]
    public void A_count_after_including_is_part_of_the_toll_not_added_to_it(string text, int expected)
    {
        // Given a toll whose victims are counted as a whole and then in part ("nine, including two")
        var best = BestByRules(text);

        // Then the whole is the toll
        Assert.NotNull(best);
        Assert.Equal(expected, best.Fatalities);
    }

    [Fact]
    public void A_count_after_a_passive_toll_belongs_to_the_next_passive_toll()
    {
        // Given "four were killed and five … were wounded", the five written after the first passive toll
        var best = BestByRules("On 8 March 2021, four soldiers were killed and five including an officer were wounded when militants attacked a checkpoint near Ghazni.");

        // Then five are the wounded, four the killed
        Assert.NotNull(best);
        Assert.Equal(4, best.Fatalities);
        Assert.Equal(5, best.Wounded);
    }

    [Fact]
    public void A_count_right_after_a_german_passive_auxiliary_is_the_toll_of_the_closing_participle()
    {
        // Given a German inverted passive: the auxiliary, the count, a long middle field, the participle last
        var best = BestByRules("Am 8. März 2021 wurden zehn Menschen bei einem Angriff nahe Kunduz getötet.");

        // Then the count is the toll
        Assert.NotNull(best);
        Assert.Equal(10, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, militants executed four villagers accused of spying near Mosul.", 4)]
    [InlineData("On 8 March 2021, five men were executed by militants near Hawija.", 5)]
    [InlineData("Le 8 mars 2021, des jihadistes ont exécuté trois otages près de Ménaka.", 3)]
    [InlineData("El 8 de marzo de 2021, guerrilleros ejecutaron a dos campesinos cerca de Tumaco.", 2)]
    [InlineData("L'8 marzo 2021 i miliziani hanno giustiziato sei prigionieri nei pressi della città di Sirte.", 6)]
    [InlineData("Em 8 de março de 2021, insurgentes executaram quatro civis perto de Palma.", 4)]
    public void An_execution_counts_its_dead(string text, int expected)
    {
        // Given people executed, with their number
        var best = BestByRules(text);

        // Then an attack whose fatalities are the executed
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(expected, best.Fatalities);
    }

    [Theory]
    [InlineData("أعدم مسلحون خمسة مدنيين قرب الموصل يوم 8 مارس 2021.", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]
    [InlineData("قصفت قوات النظام بلدة سراقب يوم 8 مارس 2021.", "Military Forces of Syria (2000-2024)", null)]
    [InlineData("استهدف الطيران الروسي بلدة سراقب يوم 8 مارس 2021.", "Military Forces of Russia (2000-)", null)]
    public void In_arabic_the_armed_party_right_after_an_opening_verb_is_its_subject(string text, string actor1, string? actor2)
    {
        // Given a verb-first Arabic clause: verb, armed party, object
        var best = BestByRules(text);

        // Then the party is the author and what follows it the target
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
        Assert.Equal(actor2, best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, police arrested 14 protesters outside parliament in Nairobi.", 14)]
    [InlineData("On 8 March 2021, gunmen abducted nine passengers from a bus near Kaduna.", 9)]
    [InlineData("Le 8 mars 2021, des hommes armés ont enlevé six villageois près de Djibo.", 6)]
    [InlineData("El 8 de marzo de 2021, la policía detuvo a 20 manifestantes en el centro de Santiago.", 20)]
    [InlineData("L'8 marzo 2021 alcuni uomini armati hanno rapito dodici studenti nei pressi di Kaduna, nel nord della Nigeria.", 12)]
    [InlineData("8 марта 2021 года полиция задержала 30 участников акции протеста в Москве.", 30)]
    [InlineData("اختطف مسلحون سبعة مدنيين قرب كركوك يوم 8 مارس 2021.", 7)]
    public void Arrests_and_abductions_count_the_captured(string text, int expected)
    {
        // Given people arrested or abducted, with their number
        var best = BestByRules(text);

        // Then the number is the event's captured count, never its dead
        Assert.NotNull(best);
        Assert.Equal(expected, best.Captured);
        Assert.Equal(0, best.Fatalities);
    }

    private static List<ExtractedRecord> EventsByRules(string text) =>
        [.. EvalSets.Extract(RulesOnly.Value, "rule", text, new DateOnly(2021, 3, 10)).Records.Where(r => r.Kind == RecordKinds.Event)];

    [Theory]
    [InlineData("On 8 March 2021, a roadside bomb killed two soldiers on a road east of Tikrit. The bomb went off as an army vehicle returned from a patrol near Samarra.")]
    [InlineData("L'8 marzo 2021 un ordigno ha ucciso due soldati su una strada a est di Tikrit. La bomba è esplosa mentre un mezzo dell'esercito tornava da un pattugliamento vicino a Samarra.")]
    [InlineData("Le 8 mars 2021, une bombe artisanale a tué deux soldats sur une route à l'est de Tikrit. La bombe a explosé au passage d'un véhicule de l'armée qui revenait d'une patrouille près de Samarra.")]
    public void The_bomb_in_a_later_sentence_is_the_bomb_already_told(string text)
    {
        // Given a bombing, then "the bomb" retold with the place its victims came from
        var events = EventsByRules(text);

        // Then one event, at the first sentence's place
        var only = Assert.Single(events);
        Assert.Equal("Tikrit", only.Location);
        Assert.Equal(2, only.Fatalities);
    }

    [Fact]
    public void Another_bomb_is_another_event_and_one_wounded_counts_one()
    {
        // Given a second bomb introduced without a definite article
        var events = EventsByRules("On 8 March 2021, a roadside bomb killed two soldiers near Tikrit. Another bomb exploded near Samarra, wounding a policeman.");

        // Then two events; the second wounded one
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Location == "Samarra" && e.Wounded == 1);
    }

    [Theory]
    [InlineData("At least 15 people, including civilians, were killed on 8 March 2021 in heavy clashes between the Sudanese army and the Rapid Support Forces in Omdurman.")]
    [InlineData("Le 8 mars 2021, au moins 15 personnes, dont des civils, ont été tuées dans des affrontements entre l'armée soudanaise et les Forces de soutien rapide à Omdurman.")]
    public void People_killed_in_fighting_between_two_armed_parties_are_its_casualties(string text)
    {
        // Given people killed in clashes between two named armed parties, "including civilians"
        var best = BestByRules(text);

        // Then the clash of the two parties, the people its toll
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal("Military Forces of Sudan (2019-)", best.Actor1);
        Assert.NotEqual("Civilians (Sudan)", best.Actor2);
        Assert.Equal(15, best.Fatalities);
    }

    [Theory]
    [InlineData("Heavy clashes broke out on 8 March 2021 between the Sudanese army and the Rapid Support Forces in northern Omdurman. The war between the two sides, which began in April 2019, has killed tens of thousands of people.")]
    [InlineData("De violents combats ont éclaté le 8 mars 2021 entre l'armée et les rebelles du M23 près de Goma. La guerre, qui a commencé en janvier 2019, a fait des milliers de morts.")]
    public void A_war_toll_dated_by_its_month_is_no_toll_of_the_days_fighting(string text)
    {
        // Given the day's fighting, then the toll of the whole war since a month long past
        var events = EventsByRules(text).Where(e => !e.Habitual).ToList();

        // Then one dated event, with no one counted dead
        var only = Assert.Single(events);
        Assert.Equal(0, only.Fatalities);
    }

    [Theory]
    [InlineData("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم شنه مسلحون على نقطة عسكرية قرب الموصل يوم 8 مارس 2021.", 3, 5)]
    [InlineData("On 8 March 2021, two police officers were killed and nine officers and drivers were injured when a bomb hit their convoy near Mosul.", 2, 9)]
    public void Each_toll_takes_the_count_written_on_its_own_side(string text, int killed, int wounded)
    {
        // Given a killed and a wounded toll, each with its count (after an opening verb, before a passive one)
        var best = BestByRules(text);

        // Then neither count is taken by the other toll
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
        Assert.Equal(wounded, best.Wounded);
    }

    [Fact]
    public void Captives_executed_after_their_abduction_are_the_dead()
    {
        // Given "abducted nine people and executed them"
        var best = BestByRules("On 8 March 2021, gunmen abducted nine people and executed them near Mosul.");

        // Then the nine are dead
        Assert.NotNull(best);
        Assert.Equal(9, best.Fatalities);
    }

    [Theory]
    [InlineData("El 8 de marzo de 2021, un dron impactó contra un edificio en Bélgorod, causando la muerte de dos civiles.", 2)]
    [InlineData("L'8 marzo 2021 un attacco di droni su Odessa ha provocato la morte di tre persone, ha riferito il governatore della regione.", 3)]
    public void Causing_the_death_of_people_counts_them(string text, int expected)
    {
        // Given "causando la muerte de dos civiles", "ha provocato la morte di tre persone"
        var best = BestByRules(text);

        // Then they are the dead
        Assert.NotNull(best);
        Assert.Equal(expected, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, observers counted 14 explosions involving unknown weapons south-east of Avdiivka.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, observers heard six blasts from unidentified weapons near Horlivka.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, observers counted 30 projectiles and bursts of fire in both directions of the contact line near Avdiivka.", "Armed clash")]
    [InlineData("On 8 March 2021, observers counted 12 blasts of unknown weapons fired in both directions of the front line near Horlivka.", "Armed clash")]
    public void Explosions_from_unknown_weapons_are_shelling_and_fire_across_the_front_line_is_fighting(string text, string expected)
    {
        // Given explosions a monitor heard from weapons it could not identify, or fire seen in both directions of a front line
        var best = BestByRules(text);

        // Then the first is indirect fire (no device was planted) and the second an exchange of fire between the sides
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, two rival groups clashed over a land dispute near a market in Sylhet, injuring 12 people.")]
    [InlineData("On 8 March 2021, two factions of the ruling party's youth wing clashed outside the district court in Bogra.")]
    public void Rival_groups_of_people_that_fight_are_a_mob(string text)
    {
        // Given two groups or factions of people, no armed party named, fighting each other
        var best = BestByRules(text);

        // Then they are a crowd turned violent with no demonstration told: mob violence by rioters
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, two groups of gunmen attacked a police post near Kidal.", "Unidentified Armed Group")]
    [InlineData("On 8 March 2021, rival factions of the army clashed in Juba, leaving six soldiers dead.", "Military Forces of South Sudan")]
    public void A_group_of_armed_men_is_those_armed_men(string text, string actor1)
    {
        // Given a collective noun joined by "of" to an armed party ("two groups of gunmen")
        var best = BestByRules(text);

        // Then the armed party is the actor and the event is fighting, not a crowd's violence
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith(actor1, best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, separatist fighters targeted army positions near Horlivka with mortars, grenade launchers and small arms.", "Armed clash")]
    [InlineData("On 8 March 2021, observers counted 25 explosions and shots from small arms near Avdiivka.", "Armed clash")]
    [InlineData("On 8 March 2021, rebels hit farms on the edge of Hodeidah with mortar shells and machine guns.", "Shelling/artillery/missile attack")]
    public void Heavy_weapons_fired_with_small_arms_at_the_other_side_are_fighting(string text, string expected)
    {
        // Given mortars or explosions told together with small arms, at the other side's positions or with no side named
        var best = BestByRules(text);

        // Then the sides fought at close range (an armed clash); fire at farms with no armed party hit stays shelling
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("Four villagers were killed when soldiers clashed with JNIM militants near Douentza on Tuesday.", "JNIM")]
    [InlineData("Two passers-by were killed in a shootout between police and gunmen in Monterrey on Monday.", "Unidentified Armed Group")]
    public void Civilians_caught_in_fighting_between_two_armed_sides_are_its_toll(string text, string side)
    {
        // Given fighting between two armed parties in which civilians died
        var best = BestByRules(text);

        // Then the fighting is the event, with the civilians as its toll: an armed clash between the two sides
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Contains(side, best.Actor1 + " " + best.Actor2, StringComparison.Ordinal);
        Assert.False(best.CivilianTargeting);
    }

    [Theory]
    [InlineData("On Tuesday, security forces suppressed a sit-in by teachers outside the education ministry in Khartoum.", "Protest with intervention")]
    [InlineData("Hundreds of farmers marched through Lyon on Saturday, and there were scuffles near the prefecture.", "Violent demonstration")]
    public void A_demonstration_suppressed_met_intervention_and_one_with_scuffles_turned_violent(string text, string expected)
    {
        // Given a demonstration that forces suppressed, or one during which scuffles broke out
        var best = BestByRules(text);

        // Then the first is a protest with intervention (as one broken up) and the second a violent demonstration
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, members of Bangladesh Rickshaw Pullers Federation staged a protest in Rangpur over new licence fees.")]
    [InlineData("On 8 March 2021, staff of the Kisumu Polytechnic protested over unpaid wages.")]
    public void A_place_that_begins_an_organisation_name_is_no_government_protesting(string text)
    {
        // Given members or staff of an organisation whose name begins with a place name staging a protest
        var best = BestByRules(text);

        // Then the place is part of the name, not a government's diplomatic protest: a demonstration
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, residents protested in Kisumu, demanding that the chairman of the county basketball league step down.")]
    [InlineData("On 8 March 2021, families marched in Beira against the slow rebuilding of homes destroyed by the cyclone.")]
    public void What_a_dated_demonstration_demands_or_is_against_does_not_silence_it(string text)
    {
        // Given a demonstration on a day whose demand or grievance names sport or a disaster
        var best = BestByRules(text);

        // Then the demand is its cause, not what the sentence is about: the demonstration stands
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, resistance fighters attacked an army truck with mines near Gangaw, killing three soldiers.")]
    [InlineData("On 8 March 2021, a local defence force carried out a mine attack on a military column near Kale.")]
    public void An_attack_with_mines_is_a_remote_explosive(string text)
    {
        // Given an attack whose means are mines ("with mines", "a mine attack")
        var best = BestByRules(text);

        // Then the means name the event: a remote explosive, not fighting
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
    }

    [Fact]
    public void Forces_that_fired_with_weapons_on_the_other_side_fought_it()
    {
        // Given one army's troops that "fired with" weapons on the other army's trenches
        var best = BestByRules("On 8 March 2021, Armenian troops posted near Berd fired with various arms on Azerbaijani army trenches near Tovuz.");

        // Then the fire is the event, and fire between two armies is an armed clash
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Military Forces of Azerbaijan", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Em 8 de março de 2021, seis pessoas morreram durante uma operação policial contra o Comando Vermelho em Niterói.")]
    [InlineData("On 8 March 2021, six people were killed during a police operation against the Red Command gang in Niteroi.")]
    public void People_killed_in_a_police_operation_against_a_gang_are_its_casualties(string text)
    {
        // Given a police operation against a named armed group, and people killed during it
        var best = BestByRules(text);

        // Then the police fought the group; the dead are the toll
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal("Police Forces of Brazil (2019-2022)", best.Actor1);
        Assert.Equal("CV: Red Command", best.Actor2);
        Assert.Equal(6, best.Fatalities);
    }

    [Fact]
    public void People_counted_by_their_nationality_alone_are_its_civilians()
    {
        // Given victims counted by a nationality noun and nothing else ("20 Palestinians")
        var best = BestByRules("On 8 March 2021, Israeli airstrikes on a refugee camp in central Gaza killed at least 20 Palestinians, the health ministry said.");

        // Then they are that country's civilians
        Assert.NotNull(best);
        Assert.Equal("Civilians (Palestine)", best.Actor2);
        Assert.Equal(20, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, the Russian defence ministry said its troops had captured the village of Bilohorivka in eastern Ukraine.")]
    [InlineData("Em 8 de março de 2021, o Ministério da Defesa russo afirmou que as suas tropas conquistaram a aldeia de Bilohorivka, no leste da Ucrânia.")]
    public void Troops_a_possessive_gives_to_a_state_are_that_states(string text)
    {
        // Given a state's ministry speaking of "its troops" taking a village in another country
        var best = BestByRules(text);

        // Then the troops are that state's, not the country where the village lies
        Assert.NotNull(best);
        Assert.Equal("Military Forces of Russia (2000-)", best.Actor1);
        Assert.Equal("Non-state actor overtakes territory", best.SubEventType);
    }

    [Theory]
    [InlineData("8 марта 2021 года в Курской области в результате обстрела погиб мирный житель.", 1, null)]
    [InlineData("8 марта 2021 года при атаке беспилотника в Белгородской области ранена женщина.", 0, 1)]
    public void A_russian_singular_victim_noun_counts_one(string text, int killed, int? wounded)
    {
        // Given a toll with no number and one victim named by a singular noun (Russian has no article)
        var best = BestByRules(text);

        // Then one victim is counted
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
        Assert.Equal(wounded, best.Wounded);
    }

    [Theory]
    [InlineData("On 8 March 2021, Ukrainian troops fired mortars at trenches of the Luhansk People's Militia outside Zolote.")]
    [InlineData("On 8 March 2021, Ukrainian troops fired mortars at a checkpoint of the Donbass People's Militia outside Avdiivka.")]
    public void The_peoples_militia_of_donetsk_or_luhansk_is_the_novorossiya_forces(string text)
    {
        // Given fire at the positions of a republic's "People's Militia" (the name its forces go by)
        var best = BestByRules(text);

        // Then the militia is the republics' armed forces, not civilians ("People")
        Assert.NotNull(best);
        Assert.StartsWith("NAF: United Armed Forces of Novorossiya", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, students rioted in Kisumu over fees. Police intervened to disperse the crowd.")]
    [InlineData("On 8 March 2021, traders rioted in Nakuru and burnt tyres. The police later dispersed the crowd with tear gas.")]
    public void The_crowd_the_police_dispersed_after_a_riot_is_the_rioters_and_the_police_the_other_side(string text)
    {
        // Given a riot, and in the next sentence the police dispersing "the crowd" (read as protesters)
        var best = BestByRules(text);

        // Then the crowd is the rioters themselves, and the police who faced them are the second actor
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces of Kenya", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, suspected Al Shabaab militants stormed the village of Gedo Barkan and torched several huts.")]
    [InlineData("On 8 March 2021, unknown gunmen shot and wounded a county councillor outside his home in Mandera.")]
    public void Violence_against_civilians_whose_target_is_not_named_as_an_actor_has_civilians_as_actor2(string text)
    {
        // Given an attack on a village or on a person the actor lexicon does not know as a victim group
        var best = BestByRules(text);

        // Then, violence against civilians being defined by its target, civilians are its second actor
        Assert.NotNull(best);
        Assert.Equal("Violence against civilians", best.EventType);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, a suicide bomber killed four civilians at a market in Kirkuk.", 5)]
    [InlineData("On 8 March 2021, two suicide bombers blew themselves up at an army checkpoint near Ramadi, killing six soldiers.", 8)]
    [InlineData("Le 8 mars 2021, un kamikaze s'est fait exploser devant une mosquée à Kirkouk, tuant trois fidèles.", 4)]
    [InlineData("Il 8 marzo 2021 un kamikaze si è fatto esplodere davanti a una moschea di Kirkuk, uccidendo tre fedeli.", 4)]
    [InlineData("On 8 March 2021, five people, including the suicide bomber, were killed at a mosque in Kirkuk.", 5)]
    [InlineData("On 8 March 2021, soldiers shot dead two suicide bombers at a checkpoint near Ramadi.", 2)]
    [InlineData("On 8 March 2021, four suicide attackers stormed a police post on the edge of Tikrit. Police said the four attackers were killed, while two officers suffered injuries.", 4)]
    [InlineData("On 8 March 2021, a suicide attacker set off his vest at the door of a cafe in Baquba. The attacker was killed and two customers were hurt.", 1)]
    public void Suicide_attackers_are_counted_among_the_dead_once(string text, int expected)
    {
        // Given a suicide bombing and the toll of its victims, or a toll that already holds the attackers
        var best = BestByRules(text);

        // Then, as ACLED codes it, the attackers are among the dead, counted once, and an unclaimed bombing is an
        // unidentified armed group's
        Assert.NotNull(best);
        Assert.Equal("Suicide bomb", best.SubEventType);
        Assert.Equal(expected, best.Fatalities);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen opened fire on the car of a police colonel in Mosul. The colonel was killed in the attack.")]
    [InlineData("On 8 March 2021, a sniper shot dead police colonel Karim Saleh in Tikrit.")]
    [InlineData("Le 8 mars 2021, le maire de Gao a été tué par des hommes armés.")]
    [InlineData("Il 8 marzo 2021 il sindaco di Gao è stato ucciso da uomini armati.")]
    [InlineData("Am 8. März 2021 wurde der Bürgermeister von Gao von Bewaffneten getötet.")]
    public void A_toll_with_a_singular_auxiliary_or_a_title_and_no_number_has_one_victim(string text)
    {
        // Given a passive toll opened by a singular auxiliary ("was", "a été", "è stato", "wurde"), or an active toll
        // followed by a person's title, and no number
        var best = BestByRules(text);

        // Then one person was killed
        Assert.NotNull(best);
        Assert.Equal(1, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, a bomb exploded in Kirkuk. It was not immediately clear if anyone was hurt.")]
    [InlineData("On 8 March 2021, a bomb exploded near a market in Kirkuk. No one was killed.")]
    public void A_singular_auxiliary_in_a_hedged_or_negated_clause_counts_no_victim(string text)
    {
        // Given a singular passive toll that the report doubts or denies
        var best = BestByRules(text);

        // Then nobody is counted
        Assert.NotNull(best);
        Assert.Equal(0, best.Fatalities);
        Assert.True(best.Wounded is null or 0);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen stormed a police post in Falluja. Two civilians were killed and four officers were wounded in the blast.", "Fallujah")]
    [InlineData("Le 8 mars 2021, des hommes armés ont attaqué un poste de police à Gao. Deux civils ont été tués dans l'explosion.", "Gao")]
    public void A_definite_blast_right_after_an_attack_is_that_attacks_own(string text, string place)
    {
        // Given an attack with a place, and in the next sentence a toll "in the blast" that names no place
        var doc = EvalSets.Extract(RulesOnly.Value, "rule", text, new DateOnly(2021, 3, 10));

        // Then the blast is the attack's: one event, at the attack's place, with the toll
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal(place, only.Location);
        Assert.Equal(2, only.Fatalities);
    }

    [Theory]
    [InlineData("قتل مدني وأصيب ثلاثة آخرون بقصف مدفعي على بلدة كفرنبل في ريف إدلب يوم الاثنين.", 1, 3)]
    [InlineData("قتل ثلاثة جنود وأصيب مدني بقصف على مدينة درعا يوم الاثنين.", 3, 1)]
    [InlineData("قتل مسلحون مجهولون شابا في مدينة درعا يوم الاثنين.", 1, null)]
    public void Arabic_tolls_count_the_victims_after_their_verb_and_a_singular_noun_as_one(string text, int killed, int? wounded)
    {
        // Given Arabic tolls, verb first ("قتل ثلاثة جنود"), a singular noun with no number ("قتل مدني": Arabic has no
        // indefinite article), and a second, passive toll after the count
        var best = EvalSets.BestEvent(EvalSets.Extract(RulesOnly.Value, "rule", text, new DateOnly(2021, 3, 10), "ar").Records);

        // Then each count is its own verb's and a singular noun counts one
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
        Assert.Equal(wounded, best.Wounded);
    }

    [Theory]
    [InlineData("On 8 March 2021, JNIM militants seized the town of Boni in central Mali.")]
    [InlineData("Le 8 mars 2021, des jihadistes du JNIM ont pris le contrôle de la ville de Boni, dans le centre du Mali.")]
    public void Ground_a_non_state_group_takes_from_no_one_named_was_the_states_forces(string text)
    {
        // Given a non-state group taking a town, with no one named as losing it
        var best = BestByRules(text);

        // Then, as ACLED codes it, the second actor is the state's forces of the country the town lies in
        Assert.NotNull(best);
        Assert.Equal("Non-state actor overtakes territory", best.SubEventType);
        Assert.StartsWith("Military Forces of Mali", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia's defence ministry said on Monday that its air defences shot down eight rockets over the Belgorod region.")]
    [InlineData("Le 8 mars 2021, la défense antiaérienne a intercepté trois drones au-dessus de la région de Belgorod.")]
    public void Weapons_an_interception_names_are_what_it_stopped_not_attacks_of_their_own(string text)
    {
        // Given air defences shooting down rockets or drones
        var doc = EvalSets.Extract(RulesOnly.Value, "rule", text, new DateOnly(2021, 3, 10));

        // Then the one event is the disrupted weapons use, with no shelling or drone strike beside it
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Disrupted weapons use", only.SubEventType);
    }

    [Theory]
    [InlineData("Dozens of Nairobi lawyers protested outside the High Court on Monday over delayed appointments.")]
    [InlineData("Scores of Kampala pharmacists protested outside parliament on Tuesday over new licence fees.")]
    public void A_place_inside_a_counted_crowd_is_not_a_government_protesting(string text)
    {
        // Given a crowd counted before the place its members come from ("dozens of Nairobi lawyers")
        var best = Best(text);

        // Then the place names whom the count counts, not a government lodging a diplomatic protest: a demonstration
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("Police have detained 40 opposition supporters across the country since Tuesday night.")]
    [InlineData("Security forces have arrested 25 opposition activists in Dhaka since Sunday.")]
    public void A_count_since_a_recent_day_is_an_event_not_a_lasting_situation(string text)
    {
        // Given arrests counted "since Tuesday night", a day named relative to the report
        var best = Best(text);

        // Then they are this week's arrests, not a habitual pattern like a count "since 2012"
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
        Assert.False(best.Habitual);
    }

    [Theory]
    [InlineData("A gas leak at a fertiliser factory in Kanpur on Monday killed three workers. Eleven others were injured and two later died in hospital.")]
    [InlineData("Floods swept through villages near Sylhet on Monday. At least nine people died and 30 were injured, while four were killed by falling trees.")]
    [InlineData("A boiler explosion at a textile mill near Faisalabad killed two workers on Monday. Seven others were wounded and one died later.")]
    public void Victims_counted_right_after_a_disaster_are_the_disaster_s(string text)
    {
        // Given a disaster or an accident, and in the next sentence only a count of victims
        var best = Best(text);

        // Then the count belongs to the disaster: no political violence is read from it
        Assert.Null(best);
    }

    [Theory]
    [InlineData("On 8 March 2021, the government and rebel leaders signed a peace agreement in Juba, days after rebels raided an army post near Yei.", "Agreement")]
    [InlineData("On 8 March 2021, the opposition council said two of its organisers had been abducted in Minsk, a day after police arrested dozens of marchers.", "Abduction/forced disappearance")]
    [InlineData("Le 8 mars 2021, le gouvernement et les rebelles ont signé un accord de paix à Bangui, après une attaque rebelle contre un poste militaire.", "Agreement")]
    [InlineData("On 8 March 2021, fresh protests broke out in Caracas after demonstrators clashed with police.", "Violent demonstration")]
    public void An_action_told_after_after_is_background_to_the_news_of_another_kind(string text, string expected)
    {
        // Given a sentence whose news is followed by a clause, opened by "after", telling what happened before it
        var events = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10)).Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then only the news is an event: the earlier action of another kind is its background, and one of the same
        // kind (a demonstration that turned violent) is the same event
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(expected, e.SubEventType));
    }

    [Theory]
    [InlineData("Students protested outside the transport ministry in Dhaka demanding justice for a classmate killed in a bus crash.")]
    [InlineData("Hundreds of villagers rallied at the district office in Sylhet demanding relief for families hit by the floods.")]
    public void An_undated_demonstration_is_not_silenced_by_the_disaster_it_demands_justice_for(string text)
    {
        // Given a demonstration with no date whose demand names an accident or a disaster
        var best = Best(text);

        // Then the disaster is its cause, not the sentence's subject: the demonstration is read
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, Syrian troops pushed into a rebel-held enclave near Idlib, clashing with insurgents and capturing a hilltop village.")]
    [InlineData("On 8 March 2021, Iraqi troops advanced north of Tikrit, fighting militants and recapturing two villages.")]
    public void A_gerund_clause_after_a_comma_is_done_by_the_main_clause_s_subject(string text)
    {
        // Given troops whose advance goes on in gerunds after a comma: fighting an armed group, then taking ground
        var best = Best(text);

        // Then the ground is the troops' (regained by the state), not the armed group's that the first gerund names
        Assert.NotNull(best);
        Assert.Equal("Government regains territory", best.SubEventType);
        Assert.StartsWith("Military Forces of", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, the Eastern Liberation Council held a meeting in Idlib to elect a new leader.")]
    [InlineData("On 8 March 2021, the Rapid Attack Brigade held a parade in Idlib to mark its founding.")]
    public void An_action_word_inside_a_capitalised_name_is_no_action(string text)
    {
        // Given a group whose name holds an action word ("Liberation", "Attack"), named in a sentence of no violence
        var best = Best(text);

        // Then the word is part of the name: no event is read from it
        Assert.Null(best);
    }

    [Theory]
    [InlineData("On 8 March 2021, Syrian rebels retook a hilltop village near Idlib, two days after it was captured by government troops.")]
    [InlineData("On 8 March 2021, Taliban fighters seized a district centre in Ghazni, days after it was recaptured by Afghan forces.")]
    public void An_agent_named_after_after_is_the_earlier_action_s_not_the_news_s(string text)
    {
        // Given an armed group taking ground, a clause after "after" telling that the state's forces had taken it "by" them
        var best = Best(text);

        // Then the takeover is the group's: the "by" belongs to the earlier capture
        Assert.NotNull(best);
        Assert.Equal("Non-state actor overtakes territory", best.SubEventType);
    }

    [Theory]
    [InlineData("During a gunfight between gunmen and soldiers, two bystanders were killed.")]
    [InlineData("During a gunfight between bandits and police, two villagers were killed.")]
    public void Civilians_killed_in_fighting_with_forces_of_no_named_country_are_its_toll(string text)
    {
        // Given fighting between an armed group and soldiers or police, in a text that names no country, and civilians killed in it
        var best = Best(text);

        // Then the fighting is the event (an armed clash), not an attack on the civilians
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
    }

    [Fact]
    public void A_suicide_vehicle_borne_device_is_a_suicide_bomb()
    {
        // Given a vehicle-borne device written out in full with "suicide" before it (the long form of "SVBIED")
        var best = Best("On 8 March 2021, militants drove two suicide vehicle-borne improvised explosive devices into army checkpoints near Baidoa.");

        // Then the bombing is a suicide bomb, not a remotely detonated device
        Assert.NotNull(best);
        Assert.Equal("Suicide bomb", best.SubEventType);
    }

    [Fact]
    public void A_perpetrator_named_beside_a_victim_word_is_still_named()
    {
        // Given a later sentence that blames a group and also mentions the victim (a toll word, no new event)
        var best = BestByRules("On 8 March 2021, gunmen shot dead a shopkeeper in Mosul. Local officials blamed the Islamic State, noting that the victim had served in the police.");

        // Then the group is the perpetrator, alleged
        Assert.NotNull(best);
        Assert.StartsWith("Islamic State", best.Actor1, StringComparison.Ordinal);
        Assert.Equal("alleged", best.Certainty);
    }

    [Theory]
    [InlineData("On 8 March 2021, the interior ministry rejected allegations that its police units were to blame for the attack on a refugee camp near Goma that left four people dead.")]
    [InlineData("On 8 March 2021, the rebel command denied accusations that its fighters had carried out the bombing of a market in Kidal.")]
    public void An_action_named_after_a_denied_accusation_is_no_event(string text)
    {
        // Given a party rejecting an accusation, the action it is accused of named by a noun after the denial
        var best = Best(text);

        // Then the sentence's news is the denial: no event is read from the action it is about
        Assert.Null(best);
    }

    [Theory]
    [InlineData("On 8 March 2021, Norway announced new sanctions against the junta in response to its shelling of border villages.")]
    [InlineData("Twelve Iranian diplomats were expelled by Germany on Monday after a bomb attack on the office of an exile newspaper in Paris.")]
    [InlineData("Le 8 mars 2021, la France a expulsé des diplomates russes après l'attaque au gaz contre un ancien espion à Lyon.")]
    public void A_diplomatic_measure_answering_an_attack_is_no_event(string text)
    {
        // Given a state's diplomatic measure (sanctions, expelled diplomats) told as the answer to an attack
        var best = Best(text);

        // Then the sentence's news is the measure: the attack it answers is not read as an event
        Assert.Null(best);
    }

    [Theory]
    [InlineData("On 8 March 2021, Islamic State fighters were pushed back from two hilltop villages north of Palmyra by the Syrian army.")]
    [InlineData("On 8 March 2021, al-Shabaab militants were pushed out of three farming villages near Afgooye by Somali soldiers.")]
    public void An_armed_group_pushed_out_of_or_back_from_places_by_the_state_is_ground_regained(string text)
    {
        // Given an armed group pushed out of (or back from) villages by a state's army
        var best = Best(text);

        // Then the state regains the ground, not only a clash
        Assert.NotNull(best);
        Assert.Equal("Government regains territory", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, military jets fired a missile at a farm outside Idlib, killing a shepherd.")]
    [InlineData("On 8 March 2021, government warplanes fired a missile into a crowded market in Maarat al-Numan.")]
    public void Missiles_fired_by_aircraft_are_an_air_strike(string text)
    {
        // Given aircraft named as the subject of missiles fired right after them
        var best = Best(text);

        // Then the missiles are the aircraft's weapons: an air strike, not shelling
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, at least five Popular Mobilization Forces (PMF) fighters were killed when a roadside bomb struck their vehicle near Baiji.", 5)]
    [InlineData("Le 8 mars 2021, au moins six combattants des Forces démocratiques syriennes (FDS) ont été tués dans l'explosion d'une bombe près de Hassaké.", 6)]
    public void A_count_is_as_near_its_toll_as_its_last_word_and_brackets_add_no_distance(string text, int killed)
    {
        // Given a count opened by "at least" and victims named with a bracketed abbreviation before a passive toll
        var best = Best(text);

        // Then the count is the toll's: neither its modifier nor the bracket sets it too far from the toll word
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
    }

    [Fact]
    public void Suicide_bombers_killed_by_a_coordinated_passive_are_counted_once()
    {
        // Given suicide bombers who are the subject of "were spotted and killed"
        var best = Best("On 8 March 2021, about a dozen suicide bombers were spotted and killed by soldiers at a checkpoint near Samarra.");

        // Then the dead are the bombers, counted once, not the bombers added to their own toll
        Assert.NotNull(best);
        Assert.Equal(12, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, two car bombs went off minutes apart in two districts of Baqubah. At least 11 civilians died and 30 were injured across both explosions.", 6, 15)]
    [InlineData("On 8 March 2021, gunmen attacked three police posts near Tuz Khurmatu; nine policemen were killed in the three attacks.", 3, null)]
    [InlineData("L'8 marzo 2021 due autobombe sono esplose in due quartieri di Baquba: almeno 42 persone sono rimaste ferite in entrambi gli attentati.", 0, 21)]
    public void A_toll_told_across_several_events_is_shared_between_them(string text, int killed, int? wounded)
    {
        // Given a toll told for "both" or a number of events together, after the count
        var best = Best(text);

        // Then the event told gets its even share, rounded up
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
        Assert.Equal(wounded, best.Wounded);
    }

    [Fact]
    public void A_number_before_an_event_noun_counts_events_not_victims()
    {
        // Given "both attacks" written before a passive toll in a verb-final clause
        var best = Best("Bei beiden Anschlägen wurden am 8. März 2021 in Bakuba mindestens 13 Menschen getötet.");

        // Then the two attacks are no victims added to the toll
        Assert.NotNull(best);
        Assert.Equal(13, best.Fatalities);
    }

    [Fact]
    public void A_spanish_date_with_de_between_day_month_and_year_is_read()
    {
        // Given a Spanish report dated "8 de marzo de 2021", published two days later
        var best = Best("El 8 de marzo de 2021, la policía detuvo a dos periodistas en Bogotá.");

        // Then the event is dated that day, not the day of publication
        Assert.NotNull(best);
        Assert.Equal("2021-03-08", best.EventDate);
    }

    [Fact]
    public void Events_counted_again_in_a_toll_sentence_are_those_told_before()
    {
        // Given raids told, then a toll "across all four attacks" in the next sentence
        var events = EventsByRules("On 8 March 2021, militants raided police posts around Tuz Khurmatu. At least 16 officers were killed across all four attacks, police said.");

        // Then the attacks counted are the raids told: one event, with its share of the toll
        var only = Assert.Single(events);
        Assert.Equal(4, only.Fatalities);
    }

    [Fact]
    public void Suicide_attackers_are_counted_from_the_last_word_of_their_number()
    {
        // Given "at least three suicide bombers" and five victims "in addition to the attackers"
        var best = Best("On 8 March 2021, at least three suicide bombers struck a power station near Samarra. In addition to the attackers, five guards were killed.");

        // Then the three attackers are among the dead
        Assert.NotNull(best);
        Assert.Equal(8, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen shot dead Karim Jassim, a local council member, outside his home in Mosul.")]
    [InlineData("Le 8 mars 2021, des hommes armés ont tué Ahmed Saleh, un commerçant, près de son domicile à Gao.")]
    public void A_person_named_and_described_after_a_killing_is_one_victim(string text)
    {
        // Given a killing whose object is a name followed by ", a <description>"
        var best = Best(text);

        // Then one person was killed
        Assert.NotNull(best);
        Assert.Equal(1, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, border guards seized four MON-90 landmines and two RGD-5 grenades from a hideout near Kramatorsk.")]
    public void Weapons_named_with_their_model_are_what_a_seizure_takes(string text)
    {
        // Given a seizure whose weapons carry a model name before the noun (a name the gazetteer might read as a place)
        var best = Best(text);

        // Then the model name is part of the object: a weapons seizure, not a place taken nor the mines used
        Assert.NotNull(best);
        Assert.Equal("Disrupted weapons use", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, the army staged a counterattack near Marib and regained two hills held by the Houthis.", "Government regains territory")]
    [InlineData("On 8 March 2021, the brigade staged a counteroffensive east of Sirte.", "Armed clash")]
    public void A_counterattack_staged_is_no_demonstration(string text, string expected)
    {
        // Given "staged" (a demonstration's verb when alone) with a counterattack or an offensive as its object
        var best = Best(text);

        // Then the army's action is what was staged, not a protest
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, a militant had blown himself up at a checkpoint in Kabul, police said.")]
    [InlineData("On 8 March 2021, two attackers detonated themselves at the gate of a police station in Kabul.")]
    public void Blown_or_detonated_themselves_is_a_suicide_bombing(string text)
    {
        // Given attackers who have "blown themselves up" or "detonated themselves" (perfect and reflexive forms)
        var best = Best(text);

        // Then a suicide bombing
        Assert.NotNull(best);
        Assert.Equal("Suicide bomb", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, the air force said it launched air strikes on rebel positions near Idlib that it accused of a chlorine gas attack on a village.")]
    [InlineData("Le 8 mars 2021, l'aviation russe a mené des frappes aériennes contre des rebelles près d'Idlib accusés d'une attaque au chlore contre un village.")]
    [InlineData("El 8 de marzo de 2021, la aviación rusa lanzó ataques aéreos contra milicias cerca de Idlib acusadas de un ataque con cloro contra una aldea.")]
    [InlineData("L'8 marzo 2021 l'aviazione russa ha condotto raid aerei contro milizie vicino a Idlib accusate di un attacco al cloro contro un villaggio.")]
    [InlineData("Em 8 de março de 2021, a aviação russa lançou ataques aéreos contra milícias perto de Idlib acusadas de um ataque com cloro contra uma aldeia.")]
    public void An_attack_the_targets_are_accused_of_is_background_to_the_strike(string text)
    {
        // Given air strikes told by a verb on a group accused of an earlier chemical attack
        var best = Best(text);

        // Then the accused attack is background: the event is the air strike, and its means are not chemical
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, two missiles were fired in a raid by Israeli jets on a fuel depot near Damascus.")]
    [InlineData("El 8 de marzo de 2021, dos misiles fueron disparados por aviones de combate israelíes contra un depósito cerca de Damasco.")]
    public void Missiles_whose_agent_is_aircraft_are_an_air_strike(string text)
    {
        // Given missiles fired in the passive, with aircraft as their agent ("by Israeli jets", "por aviones de combate")
        var best = Best(text);

        // Then the missiles are the aircraft's: an air strike, not shelling
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, warplanes bombed two villages near Idlib where the rebels had agreed a truce with the army two days earlier.")]
    [InlineData("Le 8 mars 2021, des avions ont bombardé deux villages près d'Idlib où les rebelles avaient signé une trêve avec l'armée deux jours plus tôt.")]
    [InlineData("El 8 de marzo de 2021, aviones bombardearon dos aldeas cerca de Idlib donde los rebeldes habían firmado una tregua con el ejército dos días antes.")]
    public void What_had_happened_before_the_news_is_background(string text)
    {
        // Given a bombing told beside a truce in the pluperfect ("had agreed", "avaient signé", "habían firmado")
        var events = EventsByRules(text);

        // Then the truce is background to the bombing: no agreement is read, the bombing is
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.SubEventType == "Agreement");
    }

    [Fact]
    public void A_gerund_after_a_purpose_is_no_action()
    {
        // Given a coalition described by what it is for ("tasked with fighting"), in a sentence that tells its withdrawal
        var events = EventsByRules("On 8 March 2021, the coalition tasked with fighting the Islamic State withdrew from an air base near Mosul and handed control of it to the Iraqi army.");

        // Then the fighting is no clash: the handover is the event
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }

    [Theory]
    [InlineData("On 8 March 2021, hundreds of nurses marched in Harare demanding justice for two colleagues killed last year in a police raid on their hostel.")]
    [InlineData("On 8 March 2021, hundreds of nurses marched in Harare demanding justice for two young colleagues killed last year in an army raid on their hostel.")]
    public void The_action_that_took_a_grievances_victims_is_part_of_the_grievance(string text)
    {
        // Given a demonstration demanding justice for victims, and the raid that killed them named after the toll
        var events = EventsByRules(text);

        // Then the raid, like the toll, is the demonstration's cause: a peaceful protest, no intervention, no attack
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Peaceful protest", e.SubEventType));
    }

    [Theory]
    [InlineData("On 8 March 2021, several thousand students rallied in Omdurman to mourn twelve classmates shot by soldiers at a roadblock in January.")]
    [InlineData("Le 8 mars 2021, plusieurs milliers d'étudiants se sont rassemblés à Omdurman pour pleurer douze camarades abattus par des soldats à un barrage en janvier.")]
    [InlineData("El 8 de marzo de 2021, varios miles de estudiantes marcharon en Omdurmán en duelo por doce compañeros abatidos por soldados en un control en enero.")]
    [InlineData("L'8 marzo 2021 migliaia di studenti hanno manifestato a Omdurman per piangere dodici compagni uccisi dai soldati a un posto di blocco a gennaio.")]
    [InlineData("Em 8 de março de 2021, milhares de estudantes marcharam em Omdurman em luto por doze colegas mortos por soldados num posto de controlo em janeiro.")]
    [InlineData("في 8 مارس 2021، تظاهر آلاف الطلاب في أم درمان حدادا على اثني عشر طالبا قتلهم الجنود عند حاجز في يناير.")]
    public void A_demonstration_mourning_victims_is_peaceful(string text)
    {
        // Given a demonstration held to mourn people killed earlier ("to mourn", "pour pleurer", "en duelo por", "حدادا على")
        var events = EventsByRules(text);

        // Then the killing is what the crowd mourns: a peaceful protest, not force used on it nor an attack
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Peaceful protest", e.SubEventType));
    }

    [Theory]
    [InlineData("On 8 March 2021, a group of party youths attacked a peaceful rally of opposition supporters in Kisumu, injuring six people.")]
    [InlineData("Le 8 mars 2021, un groupe de jeunes a attaqué un rassemblement pacifique de l'opposition à Kisumu, blessant six personnes.")]
    [InlineData("El 8 de marzo de 2021, un grupo de jóvenes atacó una marcha pacífica de la oposición en Kisumu, hiriendo a seis personas.")]
    public void A_crowd_attacking_a_demonstration_is_mob_violence(string text)
    {
        // Given people (not the state's forces) who attack a peaceful rally or march, the demonstration being the attack's object
        var best = Best(text);

        // Then the demonstration is the target, not what the attackers held: mob violence
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, militants near Hama suffered heavy losses in raids by the army's choppers.")]
    [InlineData("Le 8 mars 2021, des hélicoptères militaires ont visé des positions rebelles près de Hama.")]
    [InlineData("El 8 de marzo de 2021, helicópteros militares atacaron posiciones rebeldes cerca de Hama.")]
    [InlineData("Am 8. März 2021 trafen Hubschrauberangriffe Stellungen der Rebellen bei Hama.")]
    public void Military_helicopters_and_their_raids_are_an_air_strike(string text)
    {
        // Given raids by the army's choppers, military helicopters striking, or helicopter raids
        var best = Best(text);

        // Then an air strike, not a clash
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, about 300 residents were evacuated from Sievierodonetsk by train.")]
    [InlineData("On 8 March 2021, some 120 families fled their villages near Sarmin and reached Idlib.")]
    [InlineData("On 8 March 2021, volunteers were evacuating elderly residents from Kramatorsk.")]
    [InlineData("Le 8 mars 2021, quelque 300 habitants ont été évacués de Goma vers Bukavu.")]
    [InlineData("El 8 de marzo de 2021, los rescatistas estaban evacuando a los vecinos de Cúcuta.")]
    [InlineData("L'8 marzo 2021 circa 300 civili sono stati evacuati da Sarmin verso Idlib.")]
    [InlineData("Am 8. März 2021 wurden rund 300 Zivilisten aus Charkiw evakuiert.")]
    [InlineData("Em 8 de março de 2021, cerca de 300 moradores foram evacuados de Palma para Pemba.")]
    [InlineData("8 марта 2021 года спасатели эвакуировали жителей Харькова.")]
    [InlineData("في 8 مارس 2021، تم اجلاء مئات المدنيين من حلب.")]
    public void People_evacuated_or_fleeing_with_no_violence_told_are_a_strategic_development_of_civilians(string text)
    {
        // Given a report that only tells of people evacuated or fleeing, in a verb ("were evacuated", "fled", "évacués", "эвакуировали")
        var best = Best(text);

        // Then ACLED's displacement event: a strategic development ("Other") whose actor is the civilians who left
        Assert.NotNull(best);
        Assert.Equal("Other", best.SubEventType);
        Assert.StartsWith("Civilians", best.Actor1, StringComparison.Ordinal);
        Assert.Null(best.Actor2);
        Assert.Equal(0, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, about 300 residents were evacuated from Sievierodonetsk after shelling hit the town.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, about 300 refugees lived in a camp near Pemba.", null)]
    [InlineData("On 8 March 2021, the mayor urged residents to evacuate Kramatorsk.", null)]
    public void Displacement_beside_violence_or_only_named_or_intended_is_no_displacement_event(string text, string? expected)
    {
        // Given people evacuated after shelling, refugees only named by their plight, or residents only urged to leave
        var best = Best(text);

        // Then the violence makes the event, and no displacement event is made of a plight or an intention
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, traders barricaded the main road in Kisumu to protest against new market fees.")]
    [InlineData("On 8 March 2021, hundreds of students lit bonfires in Homa Bay to protest against the closure of their college.")]
    public void Demonstrators_barricading_roads_or_lighting_bonfires_are_a_violent_demonstration(string text)
    {
        // Given demonstrators who barricade a road or light bonfires or tyres
        var best = Best(text);

        // Then ACLED's codebook: road-blocking with barricades or burning tyres makes a violent demonstration
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, soldiers detained twelve people in raids across the occupied West Bank.")]
    [InlineData("On 8 March 2021, settlers set fire to two cars in a village in the occupied West Bank.")]
    public void A_territory_participle_after_a_definite_article_describes_the_ground_and_is_no_takeover(string text)
    {
        // Given "the occupied West Bank": a territory verb's participle used as an adjective after "the"
        var events = EventsByRules(text);

        // Then it names ground taken long ago: the report's events are the arrests or the burning, and no takeover
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.SubEventType is "Non-state actor overtakes territory" or "Government regains territory");
    }

    [Theory]
    [InlineData("A rights group said soldiers had raped several women in villages near Sittwe, in a report released on Monday.")]
    [InlineData("Un rapporto diffuso lunedì accusa i soldati di aver stuprato diverse donne nei villaggi vicino a Sittwe, secondo una dichiarazione rilasciata dal gruppo.")]
    public void A_report_or_statement_released_is_a_source_not_captives_freed(string text)
    {
        // Given a report or a statement "released" ("a report released on Monday", "una dichiarazione rilasciata")
        var events = EventsByRules(text);

        // Then the document is where the news comes from: the violence it tells is the event, and no one was freed
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.SubEventType == "Other");
        Assert.Contains(events, e => e.SubEventType == "Sexual violence");
    }

    [Fact]
    public void An_italian_feminine_plural_death_is_a_toll()
    {
        // Given two women who "sono morte" in a blast
        var best = Best("L'8 marzo 2021 due donne sono morte nell'esplosione di un ordigno al mercato di Mogadiscio.");

        // Then they are the blast's dead
        Assert.NotNull(best);
        Assert.Equal(2, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, police violently dispersed a sit-in by nurses demanding unpaid wages in Kisumu.")]
    [InlineData("El 8 de marzo de 2021, la policía dispersó violentamente una marcha de estudiantes en Cali.")]
    [InlineData("Le 8 mars 2021, la police a brutalement dispersé une manifestation d'enseignants à Abidjan.")]
    [InlineData("L'8 marzo 2021 a Torino gli studenti in corteo sono stati dispersi brutalmente dalla polizia.")]
    [InlineData("Am 8. März 2021 wurde eine Kundgebung von Studenten in Leipzig von der Polizei brutal aufgelöst.")]
    [InlineData("8 марта 2021 года полиция жестоко разогнала митинг студентов в Казани.")]
    public void A_demonstration_dispersed_violently_or_brutally_is_excessive_force(string text)
    {
        // Given a demonstration the police dispersed "violently" or "brutally" (the language's brutal_manner adverbs)
        var best = Best(text);

        // Then ACLED's excessive force against protesters (seriously injurious force), not an intervention
        Assert.NotNull(best);
        Assert.Equal("Excessive force against protesters", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, police in Kano arrested four students for organising a protest against fuel prices.")]
    [InlineData("El 8 de marzo de 2021, la policía detuvo en Cali a cinco sindicalistas por organizar una huelga contra la reforma.")]
    [InlineData("Le 8 mars 2021, la police a arrêté à Abidjan trois syndicalistes pour avoir participé à une manifestation interdite.")]
    [InlineData("8 марта 2021 года в Казани полиция задержала двух активистов за участие в несогласованном митинге.")]
    public void Arrests_for_organising_or_joining_a_demonstration_are_arrests(string text)
    {
        // Given people arrested for organising or taking part in a demonstration (the language's participation_words)
        var best = Best(text);

        // Then the demonstration is their charge, not one the arrest broke up: ACLED's arrests
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
    }

    [Fact]
    public void Demonstrators_detained_while_taking_part_are_an_intervention()
    {
        // Given people detained while they take part in a demonstration
        var best = Best("On 8 March 2021, police in Kano detained four students taking part in a protest against fuel prices.");

        // Then the arrest broke the demonstration up: a protest with intervention
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
    }

    [Theory]
    [InlineData("A former governor says his soldiers have left their positions in the coastal town of Marka.")]
    [InlineData("The deputy governor says his soldiers have withdrawn from the coastal town of Marka.")]
    public void Forces_said_to_have_withdrawn_change_their_activity(string text)
    {
        // Given a speaker who says a force withdrew from a place (the force named right before the withdrawal verb)
        var best = Best(text);

        // Then the force is the subject of what is said, not a source: its withdrawal is ACLED's change to group/activity
        Assert.NotNull(best);
        Assert.Equal("Change to group/activity", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, garment workers vandalized two buses in Gazipur city, demanding compensation for deaths during the factory demonstrations.")]
    [InlineData("On 8 March 2021, student demonstrators vandalized the mayor's residence in Khulna city, demanding punishment for deaths during the exam fee demonstrations.")]
    public void Property_a_demonstrating_crowd_wrecked_makes_a_violent_demonstration(string text)
    {
        // Given a crowd that vandalised property, told beside a demonstration of its own
        var best = Best(text);

        // Then the wrecked property is not a separate looting, and the demonstration is ACLED's violent demonstration
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, market traders staged a march in Kisumu against new levies. Riot police broke up the march with batons.")]
    [InlineData("On 8 March 2021, about fifty nurses demonstrated outside the district hospital in Nakuru over unpaid allowances. Police fired tear gas.")]
    [InlineData("El 8 de marzo de 2021, comerciantes marcharon en Cali contra los nuevos impuestos. La policía lanzó gases lacrimógenos.")]
    public void Police_dispersing_in_the_next_sentence_is_the_demonstrations_intervention(string text)
    {
        // Given a demonstration, then a sentence of its own telling that the police dispersed it or fired tear gas
        var best = Best(text);

        // Then the demonstration is a protest with intervention, the police its actor2
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
        Assert.StartsWith("Police Forces", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Looting: On 8 March 2021, army soldiers looted shops and grain stores in a village outside Kadugli.", "Looting/property destruction", "Military Forces of Sudan", "Civilians (Sudan)")]
    [InlineData("Pillage : le 8 mars 2021, des militaires ont pillé des boutiques dans un village près de Gao.", "Looting/property destruction", "Military Forces of Mali", "Civilians (Mali)")]
    [InlineData("Movement of forces: On 8 March 2021, about forty Al Shabaab fighters were spotted moving through farmland west of Afgooye.", "Change to group/activity", "Al Shabaab", null)]
    public void A_label_opening_the_report_names_the_kind_of_event_not_its_parties(string text, string subEvent, string actor1, string? actor2)
    {
        // Given a report opening with a label that names the kind of event, then a colon ("Looting:", "Pillage :")
        var best = Best(text);

        // Then the clause after the colon tells who acted: the label is neither the actor's noun nor holds an actor itself
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
        Assert.StartsWith(actor1, best.Actor1, StringComparison.Ordinal);
        Assert.Equal(actor2, best.Actor2);
    }

    [Fact]
    public void An_agent_is_read_after_the_last_word_of_a_long_marker()
    {
        // Given a passive toll whose agent follows a marker of several words and an article ("carried out by the …")
        var best = Best("On 8 March 2021, two Islamic State militants were killed in an operation carried out by the Iraqi police near Tarmiyah.");

        // Then the police are the agent, the militants the other side
        Assert.NotNull(best);
        Assert.StartsWith("Police Forces of Iraq", best.Actor1, StringComparison.Ordinal);
        Assert.Equal("Islamic State (Iraq)", best.Actor2);
    }

    [Fact]
    public void A_description_before_the_word_for_forces_is_one_actor()
    {
        // Given a description followed by the general word for forces ("gendarmerie forces")
        var best = Best("On 8 March 2021, two Islamic State militants were killed by gendarmerie forces near Tarmiyah.");

        // Then they are one actor, of the description's kind: not the gendarmerie fighting the army
        Assert.NotNull(best);
        Assert.StartsWith("Police Forces of Iraq", best.Actor1, StringComparison.Ordinal);
        Assert.Equal("Islamic State (Iraq)", best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, Saudi forces shelled farms in the Shada district of Saada, wounding two farmers.", "Operation Restoring Hope")]
    [InlineData("On 8 March 2021, American troops were deployed to a base near Tal Tamr.", "Global Coalition (CJTF-OIR)")]
    [InlineData("On 8 March 2021, Saudi border guards shot dead two migrants near Jizan.", "Military Forces of Saudi Arabia (2015-)")]
    public void A_states_forces_in_the_theatre_of_an_operation_it_leads_are_the_operations(string text, string actor1)
    {
        // Given a state's forces acting in a country where it leads a coalition's operation (data/actors/operations.tsv)
        var best = Best(text);

        // Then ACLED names the operation, inter 8; at home they keep the state's name
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("Overnight on 8 April 2022, Ukrainian troops fired mortars at Luhansk rebel trenches outside Kreminna.", "Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya")]
    [InlineData("Overnight on 21 February 2022, Donetsk separatists fired cannons at army trenches outside Avdiivka.", "NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine (2019-)")]
    public void The_Donbas_republics_fighters_called_by_their_region_are_NAF(string text, string side, string other)
    {
        // Given the Donbas republics' fighters called rebels or separatists of Donetsk or Luhansk, and cannon fire
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2022, 4, 10)).Records);

        // Then they are ACLED's NAF, one side of a shelling
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.Equal(side, best.Actor1);
        Assert.Equal(other, best.Actor2);
    }

    [Theory]
    [InlineData("en", "The military forces of Artsakh fired small arms at Azerbaijani army positions near Agdam late on Thursday; nobody was hurt.")]
    [InlineData("en", "The Artsakh Defence Army said its units had exchanged fire with Azerbaijani troops near Martuni overnight.")]
    public void The_forces_of_Artsakh_are_a_side_of_their_own(string language, string text)
    {
        // Given the forces of the self-declared Republic of Artsakh in a clash with Azerbaijan's
        var best = BestIn(language, text);

        // Then they are their own side, not Azerbaijan's forces twice
        Assert.NotNull(best);
        Assert.Contains("Military Forces of Artsakh (2007-2023)", new[] { best.Actor1, best.Actor2 });
        Assert.Contains(new[] { best.Actor1, best.Actor2 }, a => a is not null && a.StartsWith("Military Forces of Azerbaijan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, international partners and army troops carried out an airstrike on an Al Shabaab camp near Balcad, Middle Shabelle, killing eleven militants.")]
    [InlineData("en", "On 8 March 2021, unidentified warplanes bombed a market in Nyala, South Darfur, killing nine civilians.")]
    [InlineData("fr", "Le 8 mars 2021, des avions non identifiés ont bombardé un marché près de Tombouctou, tuant neuf civils.")]
    public void Strikes_by_forces_of_no_named_state_are_unidentified_military_forces(string language, string text)
    {
        // Given air strikes by international partners or by unidentified aircraft
        var best = BestIn(language, text);

        // Then their author is ACLED's Unidentified Military Forces, an external force
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
        Assert.Equal("Unidentified Military Forces", best.Actor1);
        Assert.Equal(8, best.Inter1);
    }

    [Theory]
    [InlineData("On 8 March 2021, police clashed with Mungiki members in a slum; two of the sect's followers were killed.", "Kenya", "Police Forces of Kenya (2013-2022)")]
    [InlineData("On 8 March 2021, Koglweogo members beat two suspected thieves to death at a market.", "Burkina Faso", "Koglweogo Militia")]
    [InlineData("On 8 March 2021, Al Shabaab militants attacked a police post at night; two officers were killed.", null, "Al Shabaab")]
    public void A_report_naming_no_place_is_in_the_country_its_groups_keep_to(string text, string? country, string actor1)
    {
        // Given reports that name no place: one of a Kenyan sect, one of a Burkinabe self-defence militia, one of a
        // jihadist group that raids across borders
        var best = Best(text);

        // Then the militias' home is the report's country, which names the police; the jihadist group's home is no evidence
        Assert.NotNull(best);
        Assert.Equal(country, best.Country);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("On 9 June 2025, army troops (Danab) fought a long battle against Al Shabaab outside Afgooye, Lower Shabelle.", "Military Forces of Somalia (2022-) Special Forces")]
    [InlineData("On 9 June 2025, army troops (NISA and police) raided an Al Shabaab hideout outside Afgooye, Lower Shabelle.", "Military Forces of Somalia (2022-) National Intelligence and Security Agency")]
    [InlineData("On 9 June 2025, army troops fought a long battle against Al Shabaab outside Afgooye, Lower Shabelle.", "Military Forces of Somalia (2022-)")]
    public void A_description_with_an_organisation_in_brackets_is_that_organisation(string text, string actor1)
    {
        // Given armed men described and then named in the brackets after the description, and described alone
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2025, 6, 10)).Records);

        // Then the bracket's organisation is the actor
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, police officers shot dead two suspected robbers in Mathare, Nairobi.", "Attack", "Police Forces of Kenya (2013-2022)")]
    [InlineData("en", "On 8 March 2021, soldiers shot dead two suspected cattle rustlers near Lodwar, Kenya.", "Attack", "Military Forces of Kenya (2013-2022)")]
    [InlineData("fr", "Le 8 mars 2021, des policiers ont abattu deux présumés voleurs à Bobo-Dioulasso, au Burkina Faso.", "Attack", "Police Forces of Burkina Faso (2015-2022)")]
    [InlineData("en", "On 8 March 2021, residents lynched two suspected robbers in Mathare, Nairobi.", "Mob violence", "Rioters (Kenya)")]
    public void People_a_mob_would_judge_killed_by_forces_are_their_victims(string language, string text, string type, string actor1)
    {
        // Given suspected thieves killed by the police or soldiers, and by residents
        var best = BestIn(language, text);

        // Then the forces attacked them; only a crowd that acts makes mob violence
        Assert.NotNull(best);
        Assert.Equal(type, best.SubEventType);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, Turkish gendarmes killed two PKK militants in a rural area of Hakkari province.", "Military Forces of Turkey (2016-) Gendarmerie")]
    [InlineData("fr", "Le 3 mars 2021, des gendarmes ont tué deux hommes armés près de Kaya, au Burkina Faso, selon une source sécuritaire.", "Police Forces of Burkina Faso (2015-2022) Gendarmerie")]
    [InlineData("fr", "Le 3 mars 2021, des gendarmes ont tué deux hommes armés près de Tillabéri, au Niger, selon une source sécuritaire.", "Police Forces of Niger (2011-2021)")]
    public void Gendarmes_are_the_gendarmerie_where_the_registry_names_it_a_unit(string language, string text, string actor1)
    {
        // Given gendarmes acting in a country whose gendarmerie ACLED names as a unit of its military or police forces
        // (data/actors/units.tsv), and in one it lists no such unit for
        var best = BestIn(language, text);

        // Then the unit is named after its branch's forces; elsewhere the gendarmes stay the police
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, NDS agents arrested four Taliban members in Kandahar city.", "Police Forces of Afghanistan (2014-2021) National Directorate of Security")]
    [InlineData("en", "On 8 March 2021, the SBU detained two men suspected of spying for Russia in Odesa.", "Police Forces of Ukraine (2019-) Security Service of Ukraine")]
    [InlineData("pt", "Em 8 de março de 2021, policiais militares mataram dois suspeitos durante uma operação na Maré, no Rio de Janeiro, segundo a polícia.", "Military Forces of Brazil (2019-2022) Military Police")]
    [InlineData("en", "On 8 March 2021, National Guard troops clashed with armed men in Celaya, Guanajuato, leaving two attackers dead.", "Police Forces of Mexico (2018-2024) National Guard")]
    [InlineData("en", "On 8 March 2021, prison guards beat three inmates at the main prison in Kisumu, Kenya.", "Police Forces of Kenya (2013-2022) Prison Guards")]
    [InlineData("en", "On 8 March 2021, prison guards beat three detainees at Saydnaya prison near Damascus.", "Military Forces of Syria (2000-2024) Prison Guards")]
    public void A_states_unit_is_named_by_its_branchs_forces_and_the_unit(string language, string text, string actor1)
    {
        // Given a unit named by its own name (an alias), or by words a language labels with a unit: a unit of one state,
        // or prison guards, which every state has and Syria counts among its military
        var best = BestIn(language, text);

        // Then the record names the unit after the forces of its branch on the day (data/actors/units.tsv)
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("On 9 March 2022, Russian warplanes bombed a hospital in Izium, in the Kharkiv region, killing four civilians.", "Air/drone strike", "Military Forces of Russia (2000-) Air Force", "Civilians (Ukraine)")]
    [InlineData("On 9 March 2022, Ukrainian air defence units shot down a Russian Su-34 bomber near Izium, in the Kharkiv region.", "Shelling/artillery/missile attack", "Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-) Air Force")]
    [InlineData("On 9 March 2022, Russian artillery shelled homes in Izium, in the Kharkiv region, killing four civilians.", "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", "Civilians (Ukraine)")]
    [InlineData("On 9 March 2022, Russian warplanes bombed a market near Idlib, killing four civilians.", "Air/drone strike", "Military Forces of Russia (2000-)", "Civilians (Syria)")]
    public void Air_strikes_in_the_war_in_Ukraine_are_the_air_forces(string text, string type, string actor1, string actor2)
    {
        // Given an air strike, a manned aircraft brought down, and shelling in Ukraine, and an air strike in Syria
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2022, 3, 10)).Records);

        // Then the side that struck from the air, or whose aircraft fell, is its air force in Ukraine only (data/actors/units.tsv)
        Assert.NotNull(best);
        Assert.Equal(type, best.SubEventType);
        Assert.Equal(actor1, best.Actor1);
        Assert.Equal(actor2, best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen stormed a ranger station near Kaya, Burkina Faso, overnight and set it on fire.", "Police Forces of Burkina Faso (2015-2022) Forest Guards")]
    [InlineData("On 8 March 2021, gunmen attacked the gendarmerie post at Kaya, Burkina Faso, overnight and ransacked it.", "Police Forces of Burkina Faso (2015-2022) Gendarmerie")]
    public void An_attack_on_a_post_of_rangers_or_gendarmes_is_a_clash_with_them(string text, string actor2)
    {
        // Given armed men who attacked a rangers' station or a post of the gendarmerie
        var best = Best(text);

        // Then the forces that hold it are the other side of an armed clash
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal(actor2, best.Actor2);
    }

    [Theory]
    [InlineData("On 3 March 2021, in Baalbek, soldiers stopped protesters from pitching tents at a roundabout and removed the tents of the movement.")]
    [InlineData("On 3 March 2021, police prevented demonstrators from marching to the parliament in Beirut.")]
    public void Forces_that_stop_a_crowd_from_acting_intervene_in_its_demonstration(string text)
    {
        // Given soldiers or police who stop or prevent protesters from doing something
        var best = Best(text);

        // Then they intervened in the demonstration
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
    }

    [Fact]
    public void A_toll_of_the_police_in_a_retold_assault_on_the_security_forces_is_its_toll()
    {
        // Given gunmen who attacked the security forces in a town, and a next sentence that counts police officers
        // killed "in the assault", with no place of its own
        var best = Best("On 8 March 2021, gunmen stormed a security forces post outside Samarra. Four police officers were killed and two were hurt in the assault.");

        // Then the police are the forces the attack struck: one event, at the town, with their dead
        Assert.NotNull(best);
        Assert.Equal("Samarra", best.Location);
        Assert.Equal(4, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, fighting between Peul herders and Samo farmers near Tougan left one dead and four injured.", "Tougan")]
    public void A_name_the_gazetteer_lacks_before_a_description_of_people_names_the_people(string text, string location)
    {
        // Given peoples' names the gazetteer lacks, written before herders and farmers, in a fight near a town
        var best = Best(text);

        // Then the peoples' names are no place of the event; the town is
        Assert.NotNull(best);
        Assert.Equal(location, best.Location);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, a Taliban sniper opened fire on a police checkpoint near Lashkar Gah; one policeman was killed or injured, officials said.", 0)]
    [InlineData("en", "On 8 March 2021, an army sweep in Tunceli province left three PKK fighters killed, injured or captured.", 0)]
    [InlineData("fr", "Le 8 mars 2021, deux soldats ont été tués ou blessés par une mine près de Gao.", 0)]
    [InlineData("en", "On 8 March 2021, three soldiers were killed and two wounded in a roadside bombing near Lashkar Gah, Helmand.", 3)]
    public void A_death_told_as_one_of_several_fates_is_no_toll(string language, string text, int fatalities)
    {
        // Given people "killed or wounded", "killed, injured or captured", and people killed and others wounded
        var best = BestIn(language, text);

        // Then a fate among several counts no dead (the report does not say who died), as ACLED codes it; "and" counts them
        Assert.NotNull(best);
        Assert.Equal(fatalities, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, soldiers killed at least two suicide bombers who drove a truck of explosives towards a checkpoint north of Ramadi.", 2)]
    [InlineData("On 8 March 2021, three suicide bombers wearing vests stormed a Peshmerga outpost near Sinjar. The fighters held the outpost, killing the three assailants.", 3)]
    [InlineData("On 8 March 2021, a suicide bomber detonated his vest among soldiers queueing at a checkpoint near Ramadi, killing three of them.", 4)]
    public void Suicide_bombers_a_killing_names_as_its_object_are_counted_once(string text, int fatalities)
    {
        // Given suicide bombers killed by the forces they attacked ("killed at least two suicide bombers", "killing
        // the three assailants"), and a bomber who killed others
        var best = Best(text);

        // Then the bombers the killing counts are not added again; the bomber who blew himself up is
        Assert.NotNull(best);
        Assert.Equal("Suicide bomb", best.SubEventType);
        Assert.Equal(fatalities, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, a car bomb exploded near a vegetable market in Kirkuk, wounding five people. No group claimed the bombing; however, sources suspected that ISIL was involved.", "Islamic State (Iraq)")]
    [InlineData("On 8 March 2021, a car bomb exploded in a parking lot in Kut, killing two people. No group claimed it; however, officials speculated that ISIL was responsible.", "Islamic State (Iraq)")]
    [InlineData("On 8 March 2021, a car bomb exploded near a vegetable market in Kirkuk, wounding five people, officials said.", "Unidentified Armed Group (Iraq)")]
    public void A_group_named_after_a_word_of_suspicion_and_that_is_suspected_not_a_speaker(string text, string actor1)
    {
        // Given a bombing no group claimed, whose perpetrator sources suspected "that" a named group was, and one with no suspect
        var best = Best(text);

        // Then the suspected group is the perpetrator, as ACLED codes a suspected author; without one it is unidentified
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("On 8 March 2021, Turkish troops and allied Syrian factions, operating under OPS, fired artillery at farms outside Tal Tamr.", "Operation Peace Spring")]
    [InlineData("On 8 March 2021, Turkish troops fired artillery at farms outside Tal Tamr.", "Military Forces of Turkey (2016-)")]
    public void An_operation_coded_where_it_is_named_takes_its_states_forces(string text, string actor1)
    {
        // Given Turkish forces in north-east Syria in a report that names Operation Peace Spring, and in one that does not
        var best = Best(text);

        // Then the named operation is their actor (data/actors/operations.tsv, when = named); otherwise they stay Turkey's
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("On 8 March 2021, clashes were reported between the army and Al Shabaab near Afgooye.", "Military Forces of Somalia", "Al Shabaab")]
    [InlineData("On 8 March 2021, fighting was reported between government troops and Houthi fighters south of Marib.", "Military Forces of Yemen (2012", "Military Forces of Yemen (2016-) Supreme Political Council")]
    public void A_report_word_in_the_passive_names_no_speaker_without_an_agent_marker(string text, string side, string other)
    {
        // Given fighting that "was reported" between two parties, the first right after the report word
        var best = Best(text);

        // Then both are the fighting's sides: the first is not the report's source
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Contains(new[] { best.Actor1, best.Actor2 }, a => a is not null && a.StartsWith(side, StringComparison.Ordinal));
        Assert.Contains(other, new[] { best.Actor1, best.Actor2 });
    }

    [Theory]
    [InlineData("On 8 March 2021, government soldiers and Houthi fighters fought for hours south of Marib.", "Military Forces of Yemen (2012", "Military Forces of Yemen (2016-) Supreme Political Council")]
    [InlineData("On 8 March 2021, army troops and Al Shabaab militants exchanged fire near Afgooye.", "Military Forces of Somalia", "Al Shabaab")]
    public void Forces_joined_to_a_named_group_by_a_conjunction_are_another_party(string text, string side, string other)
    {
        // Given a description of forces joined by "and" to a named group (the language's conjunctions)
        var best = Best(text);

        // Then they are two parties, not a description of the group's own fighters
        Assert.NotNull(best);
        Assert.Contains(new[] { best.Actor1, best.Actor2 }, a => a is not null && a.StartsWith(side, StringComparison.Ordinal));
        Assert.Contains(other, new[] { best.Actor1, best.Actor2 });
    }

    [Theory]
    [InlineData("On 8 March 2021, regime artillery pounded the outskirts of Ariha, wounding a shepherd.", "Military Forces of Syria (2000-2024)", null)]
    [InlineData("Iraqi officials said on Monday that a roadside bomb had struck an army patrol near Tarmiyah on Sunday.", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2018-2022)")]
    public void A_government_is_no_party_to_armed_violence(string text, string actor1, string? actor2)
    {
        // Given a government named in violence: its armed forces' weapons ("regime artillery"), or officials who tell it
        var best = Best(text);

        // Then ACLED's party is the state's military; officials who speak are the report's source
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
        Assert.Equal(actor2, best.Actor2);
    }

    [Fact]
    public void People_an_arrest_takes_with_no_group_named_are_civilians()
    {
        // Given an arrest whose report names no group the people taken belong to
        var best = Best("On 8 March 2021, Iraqi police arrested six young men during a raid on a village near Kirkuk.");

        // Then they are ACLED's civilians of the country, its actor2
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
        Assert.Equal("Civilians (Iraq)", best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, students in Kakamega violently protested against a rise in tuition fees.")]
    [InlineData("El 8 de marzo de 2021, estudiantes protestaron violentamente en Medellín contra el alza de las matrículas.")]
    public void A_demonstration_told_in_a_brutal_manner_is_violent(string text)
    {
        // Given a protest verb with an adverb of the language's brutal_manner list beside it
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), text.StartsWith("El ", StringComparison.Ordinal) ? "es" : "en").Records);

        // Then it is ACLED's violent demonstration, by rioters
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen shot dead Jorge Rivas, a community leader, in Tumaco.", "en")]
    [InlineData("El 8 de marzo de 2021, hombres armados asesinaron a Jorge Rivas, un líder comunitario, en Tumaco.", "es")]
    public void A_victims_surname_that_is_also_a_town_is_neither_place_nor_lost_victim(string text, string language)
    {
        // Given a victim named after an active toll (after Spanish personal "a"), described after a comma, whose surname
        // is also a town of another country (Rivas, Nicaragua)
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language).Records);

        // Then the name is one victim and no place of the event
        Assert.NotNull(best);
        Assert.Equal(1, best.Fatalities);
        Assert.NotEqual("Rivas", best.Location);
        Assert.NotEqual("NI", best.Iso2);
    }

    [Theory]
    [InlineData("On 8 March 2021, a car bomb exploded at a market in Tuz Khurmatu. It was one of three attacks in the province that day. Nine people were killed across all three incidents.", "en", 3)]
    [InlineData("Am 8. März 2021 explodierte eine Autobombe auf einem Markt in Tuz Khurmatu. Sechs Menschen wurden bei den beiden Vorfällen getötet.", "de", 3)]
    public void A_toll_counted_across_generic_incidents_is_shared(string text, string language, int share)
    {
        // Given a toll told for several events named by a generic noun ("incidents", "Vorfälle", the INCIDENT concept)
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language).Records);

        // Then the event told takes its share, as for "across both attacks"
        Assert.NotNull(best);
        Assert.Equal(share, best.Fatalities);
    }

    [Fact]
    public void Actors_joined_to_the_counted_ones_add_no_distance_to_the_toll()
    {
        // Given a count before a passive toll whose victims are two actors joined by "and", one with its abbreviation
        var best = Best("On 8 March 2021, militants stormed an army outpost near Tarmiyah. At least 12 soldiers and Popular Mobilization Forces (PMF) fighters were killed in the assault.");

        // Then the count is the toll, as near as "12 soldiers were killed"
        Assert.NotNull(best);
        Assert.Equal(12, best.Fatalities);
    }

    [Fact]
    public void Suicide_bombers_in_a_counts_subset_clause_are_among_the_dead_not_a_bombing()
    {
        // Given attackers counted dead, with suicide bombers named in the count's subset clause
        var events = EventsByRules("On 8 March 2021, militants attacked an army post near Baiji. At least 14 militants, including two suicide bombers, died in the fighting that followed.");

        // Then there is one event, the fighting, with the whole count; no suicide bombing of its own
        Assert.Single(events);
        Assert.Equal("Armed clash", events[0].SubEventType);
        Assert.Equal(14, events[0].Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, militants seized motorbikes and mobile phones from traders near Markoye.", "Looting/property destruction")]
    [InlineData("On 8 March 2021, militants seized three army posts near Markoye.", "Non-state actor overtakes territory")]
    public void A_verb_of_taking_whose_object_names_no_ground_took_goods(string text, string subEvent)
    {
        // Given a one-word verb of taking ("seized") with goods, or with ground (posts, a place, an area), as its object
        var best = Best(text);

        // Then goods taken are ACLED's looting; ground taken stays a territory change
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
    }

    [Fact]
    public void Air_defences_that_shoot_down_drones_are_the_states_forces()
    {
        // Given drones shot down by "air defences" named by no state
        var best = Best("On 8 March 2021, air defences shot down two drones over Kharkiv, the regional governor said.");

        // Then the interception is the forces' of the country where it happened
        Assert.NotNull(best);
        Assert.Equal("Disrupted weapons use", best.SubEventType);
        Assert.StartsWith("Military Forces of Ukraine", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rebel fighters will push on towards Idlib after capturing the town of Saraqib from government forces, a commander said.")]
    [InlineData("The militia will now march on Gao after seizing two villages nearby, its commander said.")]
    public void A_capture_told_after_a_plan_happened(string text)
    {
        // Given a plan or an announcement ("will push on", "plans to march") followed by an "after" clause telling a capture
        var best = Best(text);

        // Then the plan does not reach into the clause: the capture happened before it, ACLED's non-state takeover
        Assert.NotNull(best);
        Assert.Equal("Non-state actor overtakes territory", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, coast guards intercepted a fishing boat carrying forty migrants off Lampedusa.")]
    [InlineData("On 8 March 2021, all of them were intercepted by border guards near Ceuta.")]
    [InlineData("El 8 de marzo de 2021, la guardia costera interceptó una lancha con veinte migrantes cerca de Almería.")]
    public void An_interception_of_people_or_vehicles_is_no_weapons_seizure(string text)
    {
        // Given an interception told by the language's interception_words alone, in a report that names no weapon
        var best = Best(text);

        // Then it stopped people or vehicles, not weapons: no disrupted weapons use (and here no event at all)
        Assert.Null(best);
    }

    [Fact]
    public void An_interception_of_weapons_stays_a_weapons_seizure()
    {
        // Given an interception whose report names the weapons stopped
        var best = Best("On 8 March 2021, police intercepted a truck carrying rifles and ammunition near Kirkuk.");

        // Then it is ACLED's disrupted weapons use
        Assert.NotNull(best);
        Assert.Equal("Disrupted weapons use", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, border police detained twenty people hidden in a lorry near Gorizia. Officials said the driver worked for a ring organising illegal migration.")]
    [InlineData("Le 8 mars 2021, la police a arrêté quinze personnes cachées dans un camion près de Calais. Le chauffeur travaillait pour un réseau d'immigration clandestine.")]
    public void Detentions_in_a_migrant_smuggling_case_are_crime(string text)
    {
        // Given people detained in a report about illegal or irregular migration (a CRIME phrase of the language)
        var best = Best(text);

        // Then the report is about ordinary crime, not political violence: no event
        Assert.Null(best);
    }

    [Theory]
    [InlineData("en", "On Tuesday the Islamic State group claimed responsibility for the bombing in Kirkuk in a statement posted online.")]
    [InlineData("fr", "Le groupe État islamique a revendiqué mardi l'attentat de Kirkouk dans un communiqué.")]
    public void A_claim_for_an_event_named_as_known_is_no_new_event(string language, string text)
    {
        // Given a report whose only news is a claim of responsibility for an event it names with a definite article
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);

        // Then the event was told before, elsewhere: the claim's word for it is no new event
        Assert.Null(EvalSets.BestEvent(doc.Records));
    }

    [Fact]
    public void A_claim_for_an_event_it_tells_keeps_the_event()
    {
        // Given a claim for an event the sentence itself tells (an indefinite noun, its toll)
        var best = Best("On Tuesday the Islamic State group claimed responsibility for a bombing at a bus station in Kirkuk that killed four people.");

        // Then the claimed event is the event, the claimant its actor
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "On Sunday government troops won a decisive battle by controlling the whole of the plateau east of Sweida.")]
    [InlineData("fr", "Dimanche, l'armée malienne a remporté une victoire décisive en contrôlant toute la zone de Tessalit.")]
    public void Control_taken_as_the_means_of_a_victory_is_a_takeover(string language, string text)
    {
        // Given forces said to have won "by controlling" ground ("en contrôlant")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the control is the event: the government regains territory
        Assert.NotNull(best);
        Assert.Equal("Government regains territory", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, villagers found a mass grave holding the bodies of twelve men near Kidal.")]
    [InlineData("fr", "Le 8 mars 2021, un charnier contenant une vingtaine de corps a été découvert près de Kidal.")]
    public void A_mass_grave_found_is_other_with_no_fatalities(string language, string text)
    {
        // Given a mass grave found (GRAVE), its dead counted, with no killing told
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the discovery is ACLED's Other, the dead coded where their killing is told (0 here)
        Assert.NotNull(best);
        Assert.Equal("Other", best.SubEventType);
        Assert.Equal(0, best.Fatalities);
    }

    [Fact]
    public void A_grave_told_beside_its_killing_is_part_of_it()
    {
        // Given a killing, then the grave its victims were buried in
        var best = Best("On 8 March 2021, gunmen killed fifteen villagers near Kidal. The victims were buried in a mass grave.");

        // Then the killing is the event, with its dead
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(15, best.Fatalities);
    }

    [Fact]
    public void Civilians_expelled_from_a_place_by_no_one_named_are_no_takeover()
    {
        // Given civilians expelled from a town, with no armed side named
        var best = Best("On 8 March 2021, about 2,000 migrant workers were expelled from Tamanrasset, an aid agency said.");

        // Then people were driven out, no territory changed hands: ACLED's Other
        Assert.NotNull(best);
        Assert.Equal("Other", best.SubEventType);
    }

    [Fact]
    public void Chants_tell_a_demonstration()
    {
        // Given people who broke into chants (a noun, beside "chanted" and "chanting") outside an office
        var best = Best("On 8 March 2021, dozens of nurses broke into chants outside the health ministry in Accra.");

        // Then they demonstrated: a peaceful protest
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Fact]
    public void Nested_after_clauses_tell_the_outer_action_as_the_news()
    {
        // Given a sentence whose only actions stand in "after" clauses, one inside the other
        var best = Best("On 8 March 2021, the announcement came after dozens of militiamen defected after gunmen attacked their post near Kidal.");

        // Then the outer clause's action is the news and the inner one its background: a change to group/activity
        Assert.NotNull(best);
        Assert.Equal("Change to group/activity", best.SubEventType);
    }

    [Fact]
    public void Suspects_jailed_by_police_are_arrests()
    {
        // Given the police who jailed suspects (as "emprisonné", "encarcelado", "inhaftiert" already were)
        var best = Best("On 8 March 2021, police in Peshawar jailed twelve suspected militants accused of planning attacks.");

        // Then the event is ACLED's arrests
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, a tribal militia was established in the district of Bandiagara, local officials said.")]
    [InlineData("On 8 March 2021, a new rebel group was set up by deserters in the hills south of Kidal.")]
    public void An_armed_group_set_up_is_a_change_to_group_activity(string text)
    {
        // Given an armed group that was set up or established (a passive set-up verb after the group, no installation)
        var best = Best(text);

        // Then a group was formed: ACLED's change to group/activity
        Assert.NotNull(best);
        Assert.Equal("Change to group/activity", best.SubEventType);
    }

    [Fact]
    public void The_year_a_thing_was_built_does_not_make_the_news_history()
    {
        // Given a looting whose target is dated by the year it was built ("built in 1924", a HISTORY phrase)
        var best = Best("On 8 March 2021, militiamen looted the old mill near Afrin, which was built in 1924.");

        // Then the year dates the mill, not the looting: the sentence is not silenced
        Assert.NotNull(best);
        Assert.Equal("Looting/property destruction", best.SubEventType);
    }

    [Fact]
    public void An_event_with_no_date_of_its_own_takes_the_day_of_its_statement()
    {
        // Given an event told only inside a dated statement ("said on Tuesday that its troops took control of …"), in a
        // report of Wednesday 10 March 2021
        var best = Best("Mali's defence ministry said on Tuesday that its troops took control of the town of Kidal.");

        // Then the statement's day is the event's, not the report's
        Assert.NotNull(best);
        Assert.Equal("2021-03-09", best.EventDate);
        Assert.Equal(1, best.TimePrecision);
    }

    [Fact]
    public void An_attack_retold_with_its_grenades_is_a_grenade_attack()
    {
        // Given an attack told first without its means, then named again by a definite noun with its grenades
        var best = Best("Gunmen attacked four hamlets near Kidal on Friday night, local officials said. " +
                        "The attacks, carried out mostly with hand grenades, left the market in ruins.");

        // Then the means make its kind: ACLED's grenade
        Assert.NotNull(best);
        Assert.Equal("Grenade", best.SubEventType);
    }

    [Fact]
    public void Bombers_named_again_after_suicide_bombers_are_no_aircraft()
    {
        // Given suicide bombers, then "the bombers" again in the sentence that counts their dead
        var doc = EvalSets.Extract(TestData.Engine, "rule", "Three suicide bombers blew themselves up by mistake at a crowded clinic on Monday evening. " +
                                                            "The explosion left all three bombers dead and wounded a passing trader.", new DateOnly(2021, 3, 10));

        // Then "bombers" names the suicide bombers again: no air strike, and the report's event is the suicide bombing
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event && r.SubEventType == "Air/drone strike");
        Assert.Equal("Suicide bomb", EvalSets.BestEvent(doc.Records)?.SubEventType);
    }

    [Fact]
    public void Weapons_a_government_denied_supplying_make_no_event()
    {
        // Given a denial that names the act it denies by a gerund ("denied supplying"), then weapons
        var best = Best("On 8 March 2021, the defence ministry in Tehran again denied supplying drones and rockets to the rebels in the north.");

        // Then the drones are what the denial is about: no air strike, no event
        Assert.Null(best);
    }

    [Theory]
    [InlineData("On 8 March 2021, three soldiers were ambushed near Gao.", "Military Forces of Mali")]
    [InlineData("On 8 March 2021, a police patrol was attacked near Mopti.", "Police Forces of Mali")]
    public void Forces_attacked_in_the_passive_are_the_target(string text, string target)
    {
        // Given state forces that "were ambushed" or "was attacked", with no attacker named
        var best = Best(text);

        // Then they are the ones attacked (actor2), by an unidentified armed group, not the attackers
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith(target, best.Actor2, StringComparison.Ordinal);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void People_arrested_in_the_passive_are_taken_by_the_police()
    {
        // Given an arrest told in the passive, naming only the people taken ("suspected militants were arrested")
        var best = Best("On 8 March 2021, four suspected militants were arrested in Peshawar.");

        // Then the arrested are its target, not its maker, and the arrest is the police's of the country: an arrest,
        // not an abduction by the militants
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
        Assert.StartsWith("Police Forces of Pakistan", best.Actor1, StringComparison.Ordinal);
        Assert.NotNull(best.Actor2);
        Assert.DoesNotContain("Police", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_found_handcuffed_is_a_killing_not_an_arrest()
    {
        // Given a man found "handcuffed and shot dead": the verb of arrest follows the verb of finding
        var best = Best("On 8 March 2021, a farmer was found handcuffed and shot dead beside a canal near Kirkuk.");

        // Then the handcuffs tell the state he was found in: the event is the killing, with its one dead
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(1, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, a shepherd was abducted and killed near Kirkuk.")]
    [InlineData("On 8 March 2021, gunmen kidnapped a teacher near Kirkuk and shot him dead.")]
    public void People_abducted_and_killed_were_attacked(string text)
    {
        // Given a person abducted and then killed (the toll sharing the passive auxiliary of the abduction, or told
        // in a clause of its own)
        var best = Best(text);

        // Then ACLED codes the killing: an attack with one dead, not an abduction
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(1, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, an army patrol came under attack near Gao.")]
    [InlineData("ru", "8 марта 2021 года армейский патруль попал в засаду под Гао.")]
    public void Forces_that_came_under_attack_or_fell_into_an_ambush_are_its_target(string language, string text)
    {
        // Given forces that "came under attack" or "fell into an ambush": the subject suffers the act
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the forces are the target (actor2) and an unidentified armed group the attacker
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Military Forces of Mali", best.Actor2, StringComparison.Ordinal);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_on_people_no_actor_names_is_an_unidentified_groups_on_civilians()
    {
        // Given a killing whose victim is named by no actor word ("a herder") and whose killers are not named
        var doc = EvalSets.Extract(TestData.Engine, "rule", "Am 8. März 2021 wurde ein Hirte bei Kirkuk entführt und getötet.", new DateOnly(2021, 3, 10), "de");
        var best = EvalSets.BestEvent(doc.Records);

        // Then, as ACLED codes violence against civilians, an unidentified armed group attacked civilians
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal("Unidentified Armed Group (Iraq)", best.Actor1);
        Assert.Equal("Civilians (Iraq)", best.Actor2);
    }

    [Theory]
    [InlineData("Am 8. März 2021 wurden drei Soldaten bei Gao aus dem Hinterhalt angegriffen.", "Unidentified Armed Group", "Military Forces of Mali")]
    [InlineData("Am 8. März 2021 haben Extremisten eine Polizeistreife bei Mopti angegriffen.", "Unidentified Armed Group", "Police Forces of Mali")]
    [InlineData("Am 8. März 2021 haben Soldaten in Gao mehrere Aktivisten festgenommen.", "Military Forces of Mali", "Civilians")]
    public void A_German_clause_final_verb_takes_its_voice_from_the_auxiliary_before_it(string text, string actor1, string actor2)
    {
        // Given German clauses whose verb closes them, far from its auxiliary: a passive "wurden … angegriffen", an active
        // perfect "haben … angegriffen" with its object between subject and verb, an active perfect of a verb the
        // lexicon writes as a participle ("haben … festgenommen")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), "de");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the subject of the active is actor1 and its object actor2; the subject of the passive is actor2
        Assert.NotNull(best);
        Assert.StartsWith(actor1, best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith(actor2, best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it", "L'8 marzo 2021 la polizia ha disperso con i lacrimogeni una manifestazione di studenti a Tunisi.")]
    [InlineData("fr", "Le 8 mars 2021, la police a dispersé à coups de gaz lacrymogène une manifestation d'étudiants à Tunis.")]
    [InlineData("es", "El 8 de marzo de 2021, la policía dispersó con gases lacrimógenos una manifestación de estudiantes en Túnez.")]
    public void The_force_that_dispersed_a_demonstration_named_by_its_crowd_is_its_second_actor(string language, string text)
    {
        // Given a demonstration noun followed by its crowd ("una manifestazione di studenti"), dispersed by the police
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the crowd is actor1 and the police that intervened actor2
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
        Assert.StartsWith("Protesters", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces of Tunisia", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Russian_air_strikes_carried_out_in_the_plural_are_their_subjects()
    {
        // Given "нанесла авиаудары по позициям боевиков" (carried out air strikes on the militants' positions)
        var doc = EvalSets.Extract(TestData.Engine, "rule", "8 марта 2021 года армия Мали нанесла авиаудары по позициям боевиков под Гао.",
                                   new DateOnly(2021, 3, 10), "ru");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the army struck and the militants were struck
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
        Assert.StartsWith("Military Forces of Mali", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Unidentified Armed Group", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_named_alike_in_the_background_leave_the_attackers_unknown()
    {
        // Given an attack by jihadists no group is said to lead, in a report whose background names two armed groups once each
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "Le 8 mars 2021, des jihadistes ont attaqué un poste de police près de Niamey, tuant trois policiers. " +
            "Des groupes liés à l'État islamique et à Al-Qaïda sont actifs dans la région depuis des années.", new DateOnly(2021, 3, 10), "fr");
        var best = EvalSets.BestEvent(doc.Records);

        // Then neither group is the report's: the attackers stay an unidentified armed group
        Assert.NotNull(best);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Le 8 mars 2021, une patrouille de l'armée a été attaquée par « une cinquantaine de jihadistes » près de Gao.")]
    [InlineData("en", "On 8 March 2021, an army patrol was attacked by \"around fifty gunmen\" near Gao.")]
    public void An_agent_written_after_quotes_and_a_count_is_still_the_attacker(string language, string text)
    {
        // Given a passive attack whose agent marker is followed by quotation marks and a count before the actor
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the marked actor is the attacker and the patrol the target
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Mali", best.Actor2, StringComparison.Ordinal);
        Assert.NotNull(best.Actor1);
        Assert.DoesNotContain("Military", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, shelling killed three civilians in Donetsk, the mayor said. In 2014, thousands of people died during the war across the region.")]
    [InlineData("ru", "8 марта 2021 года в результате обстрела Донецка погибли трое мирных жителей. В 2014 году в ходе боевых действий в регионе погибли тысячи человек.")]
    public void A_toll_of_a_past_year_is_history_not_the_event_just_told(string language, string text)
    {
        // Given an event, then a sentence opened by a past year alone that counts the dead of a war
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the year dates that sentence: its toll is history, not the shelling's
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.Equal(3, best.Fatalities);
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event && r.Fatalities >= 1000);
    }

    [Fact]
    public void A_year_inside_a_sentence_dates_a_clause_not_the_event()
    {
        // Given a demonstration on a day by people described by a past year ("dismissed in 2012")
        var best = Best("Former soldiers dismissed in 2012 demonstrated in Ouagadougou on Monday, asking to be reinstated.");

        // Then the demonstration keeps its day
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal("2021-03-08", best.EventDate);
    }

    [Theory]
    [InlineData("it", "Il 2 marzo 2022 uomini armati hanno ucciso quattro civili a Menaka. Il gruppo combatte da oltre dieci anni contro l'esercito maliano e ha compiuto decine di attentati a Gao.")]
    [InlineData("it", "Il 2 marzo 2022 uomini armati hanno ucciso quattro civili a Menaka. La zona di Gao è teatro da anni di attacchi dei gruppi jihadisti.")]
    [InlineData("es", "El 2 de marzo de 2022, hombres armados mataron a cuatro civiles en Tumaco. En los últimos años, los disidentes atacaron a soldados en Barbacoas.")]
    [InlineData("pt", "Em 2 de março de 2022, homens armados mataram quatro civis em Montepuez. O grupo combate há mais de cinco anos o exército em Macomia e já destruiu dezenas de aldeias.")]
    [InlineData("ar", "قتل مسلحون أربعة مدنيين في مدينة درعا يوم 2 آذار 2022. وهاجم التنظيم منذ سنوات القوات الحكومية في مدينة بصرى الشام.")]
    public void Violence_told_as_lasting_for_years_is_background(string language, string text)
    {
        // Given a dated attack, then a background sentence of violence that has lasted "for years", "da oltre dieci anni"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2022, 3, 4), language);

        // Then only the attack is an event: the lasting situation dates no event of its own
        var only = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event && !r.Habitual);
        Assert.Equal("Attack", only.SubEventType);
        Assert.Equal(4, only.Fatalities);
    }

    [Fact]
    public void A_part_of_the_day_before_a_weekday_is_that_weekday()
    {
        // Given "la noche del viernes" in a report published on a Sunday
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "La noche del viernes, hombres armados dispararon contra los invitados de una fiesta en Celaya y mataron a tres personas.",
            new DateOnly(2022, 5, 8), "es");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is Friday's, not the day of publication
        Assert.NotNull(best);
        Assert.Equal("2022-05-06", best.EventDate);
    }

    [Theory]
    [InlineData("es", "El martes por la noche, policías federales se enfrentaron a tiros con traficantes en Reynosa y dos de ellos murieron.")]
    [InlineData("pt", "Na terça-feira, a Polícia Militar matou três traficantes durante uma operação num bairro de Salvador, na Bahia.")]
    public void Drug_traffickers_are_an_armed_group(string language, string text)
    {
        // Given police fighting or killing "traficantes"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2022, 3, 9), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the traffickers are an unidentified armed group in a clash, not civilians or nobody
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Five people, including a civilian, were killed on Sunday in clashes between two armed groups in Zawiya.")]
    [InlineData("es", "Seis personas, entre ellas un civil, murieron el martes en enfrentamientos entre dos grupos armados en Zawiya.")]
    [InlineData("it", "Sei persone, tra cui un civile, sono morte martedì negli scontri tra due gruppi armati a Zawiya.")]
    [InlineData("ar", "قُتل خمسة أشخاص بينهم مدني يوم الأحد في اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية.")]
    public void People_killed_in_clashes_between_two_armed_groups_are_the_clash_toll(string language, string text)
    {
        // Given people, a civilian among them, killed in clashes between "two armed groups" (a dual in Arabic)
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2024, 5, 8), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is the armed clash between the groups, not an attack on civilians
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
        Assert.DoesNotContain("Civilians", best.Actor2 ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, police fired at the crowd, killing a 17 years old student in Kisumu.")]
    [InlineData("fr", "Le 8 mars 2021, des soldats ont tué un berger de 15 ans près de Gao.")]
    [InlineData("es", "El 8 de marzo de 2021, sicarios mataron a un joven de 19 años en Tumaco.")]
    public void A_count_of_years_is_an_age_not_a_toll(string language, string text)
    {
        // Given one person killed, described by an age ("de 15 ans", "17 years old")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the age is no count of the dead: one person was killed
        Assert.NotNull(best);
        Assert.Equal(1, best.Fatalities);
    }

    [Fact]
    public void Attacked_and_killed_counts_its_dead()
    {
        // Given "attacked and killed" followed by a count
        var best = Best("On 8 March 2021, gunmen attacked and killed 4 soldiers at a checkpoint near Gao.");

        // Then the four soldiers are the toll
        Assert.NotNull(best);
        Assert.Equal(4, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "Three soldiers die in roadside blast near Gao")]
    [InlineData("fr", "Trois soldats meurent dans l'explosion d'une mine près de Gao")]
    [InlineData("es", "Tres soldados mueren en la explosión de una mina cerca de Gao")]
    public void A_headline_that_says_soldiers_die_counts_them(string language, string text)
    {
        // Given a headline in the present tense, "die", "meurent", "mueren"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the dead are the event's toll
        Assert.NotNull(best);
        Assert.Equal(3, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, two soldiers were killed in an ambush near Gao. Three assailants were also killed.")]
    [InlineData("fr", "Le 8 mars 2021, deux soldats ont été tués dans une embuscade près de Gao. Trois assaillants ont également été tués.")]
    public void Dead_told_as_also_killed_add_to_the_toll(string language, string text)
    {
        // Given two soldiers killed, then three assailants "also" killed
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event's dead are both groups
        Assert.NotNull(best);
        Assert.Equal(5, best.Fatalities);
    }

    [Fact]
    public void Another_source_that_also_counts_fatalities_adds_no_dead()
    {
        // Given four soldiers killed, then a second source that "also reported four fatalities"
        var best = Best("On 8 March 2021, four soldiers were killed in an attack near Gao. The insurgents also reported four fatalities.");

        // Then the same dead are not counted twice
        Assert.NotNull(best);
        Assert.Equal(4, best.Fatalities);
    }

    [Fact]
    public void A_count_in_brackets_is_another_estimate_not_more_dead()
    {
        // Given a toll with another source's count in brackets
        var best = Best("On 8 March 2021, 2 policemen (5 according to the insurgents) died when gunmen stormed a checkpoint near Gao.");

        // Then the toll is the count outside the brackets, not their sum
        Assert.NotNull(best);
        Assert.Equal(2, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, gunmen killed six people during a memorial ceremony in a village near Gao.")]
    [InlineData("fr", "Le 8 mars 2021, des hommes armés ont tué six personnes lors d'une cérémonie de commémoration dans un village près de Gao.")]
    public void Violence_during_a_commemoration_is_news_not_history(string language, string text)
    {
        // Given people killed "during a memorial ceremony"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the ceremony is where it happened: the killing is an event
        Assert.NotNull(best);
        Assert.Equal(6, best.Fatalities);
    }

    [Fact]
    public void A_commemoration_that_recalls_a_massacre_is_no_event()
    {
        // Given a sentence opened by a commemoration in which a past massacre is recalled
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "During the commemoration on Monday in Gao, speakers recalled the old massacre in which 300 people were killed.", new DateOnly(2021, 3, 10), "en");

        // Then the massacre recalled is no event of the report
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event);
    }

    [Theory]
    [InlineData("en", "Several hundred teachers protested in Bamako, on the tenth anniversary of the strike that closed the schools.")]
    [InlineData("fr", "Plusieurs centaines d'enseignants ont manifesté à Bamako, pour le dixième anniversaire de la grève qui avait fermé les écoles.")]
    public void A_demonstration_told_before_an_anniversary_is_news(string language, string text)
    {
        // Given a crowd that demonstrated, then the anniversary it marked
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the demonstration is the news, and the anniversary only its occasion
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Fact]
    public void The_last_name_of_a_bracket_after_a_district_is_its_province_not_a_namesake_city()
    {
        // Given a district, then a bracket whose first name the gazetteer lacks and whose last name is the district's
        // province, which is also a town's name
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "On 8 March 2021, Taliban militants attacked a police post in Sholgara district (Sholgara Bazaar, Balkh).", new DateOnly(2021, 3, 10), "en");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the bracket's last name is the province, and the district is the place, not the town of Balkh
        Assert.NotNull(best);
        Assert.Equal("Sholgara", best.Location);
        Assert.Equal("Balkh", best.Admin1);
    }

    [Theory]
    [InlineData("On 8 March 2021, Houthi forces shelled pro-Hadi positions in Marib. Pro-Hadi forces fired back, killing several Houthi fighters.")]
    [InlineData("On 8 March 2021, Houthi forces shelled the positions of forces loyal to Hadi in Marib. The Yemeni army returned fire, killing several Houthi fighters.")]
    [InlineData("On 8 March 2021, Houthi forces shelled the town of Harib in Marib. The Yemeni army responded with fire.")]
    public void A_bombardment_answered_by_fire_is_one_armed_clash_begun_by_the_side_that_opened_fire(string text)
    {
        // Given a bombardment, then the fire its target returned in the next sentence
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), "en");
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then one armed clash: the Houthis, who opened fire, against the Yemeni government's forces ("pro-Hadi")
        var clash = Assert.Single(events);
        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.StartsWith("Military Forces of Yemen (2016-) Supreme Political Council", clash.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Yemen (2012-", clash.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, Russian forces shelled Ukrainian positions close to Popasna in the Luhansk region.", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")]
    [InlineData("On 8 March 2021, Ukrainian forces shelled Russian positions close to Popasna in the Luhansk region.", "Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")]
    public void A_demonym_after_a_verb_of_fire_is_the_side_struck(string text, string attacker, string struck)
    {
        // Given a state's forces that "shelled <demonym> positions"
        var best = Best(text);

        // Then the demonym's positions are the other state's forces, the side struck, not a second attacker
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.Equal(attacker, best.Actor1);
        Assert.Equal(struck, best.Actor2);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, fighting broke out between Turkish and Syrian troops near Manbij. No casualties were reported.")]
    [InlineData("en", "On 8 March 2021, Syrian and Turkish soldiers clashed near Manbij.")]
    [InlineData("fr", "Le 8 mars 2021, des affrontements ont opposé les forces syriennes et turques près de Manbij.")]
    [InlineData("it", "L'8 marzo 2021 si sono scontrate le truppe siriane e turche vicino a Manbij.")]
    public void Two_demonyms_joined_before_one_noun_of_forces_are_two_sides(string language, string text)
    {
        // Given two demonyms joined by a conjunction before one description of forces, or after it
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then each demonym names its state's forces, and the two fought each other
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        var sides = new[] { best.Actor1, best.Actor2 };
        Assert.Contains("Military Forces of Turkey (2016-)", sides);
        Assert.Contains("Military Forces of Syria (2000-2024)", sides);
    }

    [Theory]
    [InlineData("On 8 March 2021, Ukrainian troops conducted an offensive against Russian forces outside Popasna, which failed.")]
    [InlineData("On 8 March 2021, the Ukrainian army launched offensive operations around Popasna.")]
    public void An_offensive_successful_or_not_is_an_armed_clash(string text)
    {
        // Given an offensive told as conducted or launched, whether it succeeded or not
        var best = Best(text);

        // Then it is fighting: an armed clash of the side that led it
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal("Military Forces of Ukraine (2019-)", best.Actor1);
    }

    [Theory]
    [InlineData("On 8 March 2021, three burglary suspects were lynched by a mob at a market in Kisumu.")]
    [InlineData("On 8 March 2021, an angry crowd in Kisumu lynched a phone thief.")]
    [InlineData("On 8 March 2021, a suspected robber is lynched by a mob in Kisumu.")]
    public void The_person_a_mob_lynches_for_a_crime_is_a_civilian_second_actor(string text)
    {
        // Given a mob that lynched someone it accused of a crime, told actively or passively
        var best = Best(text);

        // Then the mob is rioters and the person lynched a civilian, never a second crowd
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.Equal("Rioters (Kenya)", best.Actor1);
        Assert.Equal("Civilians (Kenya)", best.Actor2);
    }

    [Fact]
    public void Crowds_that_came_to_blows_name_no_victim()
    {
        // Given two crowds that came to blows, with no crime named
        var best = Best("On 8 March 2021, supporters of two rival candidates came to blows in Kisumu.");

        // Then no civilian victim is made up for the brawl
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.NotEqual("Civilians (Kenya)", best.Actor2);
    }

    [Theory]
    [InlineData("Traders' protest over market fees became violent in Kisumu on 8 March 2021.")]
    [InlineData("Students pelt police with stones in Kisumu")]
    public void A_demonstration_that_became_violent_or_a_crowd_that_pelts_the_police_is_a_violent_demonstration(string text)
    {
        // Given a demonstration that "became violent", or a headline's crowd that "pelt" the police in the present
        var best = Best(text);

        // Then it is a violent demonstration of rioters
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.Equal("Rioters (Kenya)", best.Actor1);
    }

    [Fact]
    public void A_states_government_and_police_struck_by_one_bombing_are_one_side()
    {
        // Given a suicide bombing of a government building, then police officers killed in the attack
        var best = Best("On 8 March 2021, a suicide bomber detonated a car bomb outside the district government building in Samarra. " +
                        "Three policemen guarding it died in the blast.");

        // Then the police are on the side struck, not the attacker, and the bomber is counted among the dead
        Assert.NotNull(best);
        Assert.Equal("Suicide bomb", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
        Assert.Equal(4, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, a roadside bomb went off near the bus station in Kirkuk. Four civilians were wounded.", 4)]
    [InlineData("On 8 March 2021, unknown gunmen fired mortars at Samarra. Two civilians were wounded.", 2)]
    public void Civilians_counted_in_the_next_sentence_are_the_second_actor_of_a_bombing(string text, int wounded)
    {
        // Given a bombing or a bombardment, then a sentence that only counts the civilians it wounded
        var best = Best(text);

        // Then those civilians are the event's second actor
        Assert.NotNull(best);
        Assert.Equal("Civilians (Iraq)", best.Actor2);
        Assert.Equal(wounded, best.Wounded);
    }

    [Theory]
    [InlineData("On 8 March 2021, one villager lost a leg when a landmine went off near Kaya.")]
    [InlineData("On 8 March 2021, a monk was wounded when a grenade exploded outside a pagoda in Kaya.")]
    public void A_single_villager_or_monk_hurt_by_a_blast_is_a_civilian(string text)
    {
        // Given a blast that hurt one villager or one monk
        var best = Best(text);

        // Then that person is the civilian second actor of the explosion
        Assert.NotNull(best);
        Assert.Equal("Civilians (Burkina Faso)", best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, two groups of neighbours clashed with sticks in Kisumu over a family dispute. Five people were hurt.")]
    [InlineData("On 8 March 2021, two groups backed by rival elders clashed in Kisumu over a family feud. Five people were hurt.")]
    public void Crowds_that_clash_over_a_family_dispute_are_mob_violence_not_a_crime(string text)
    {
        // Given two groups of people who clashed over a family dispute, their subject told before the verb, perhaps
        // with a clause of who backed them
        var best = Best(text);

        // Then the dispute is what they fought over: the clash is mob violence
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
    }

    [Fact]
    public void A_dash_ends_the_demand_before_it()
    {
        // Given a demonstration's demand, then a dash and a clash of the crowd with the police
        var best = Best("Second of two days of protesting called for by union leaders - officers clashed with rioters and many were hurt.");

        // Then the clash after the dash is no part of the demand: the demonstration turned violent
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
    }

    [Fact]
    public void One_armed_man_is_an_unidentified_assailant_not_a_civilian()
    {
        // Given a headline in which one unidentified armed man shoots a police officer
        var best = Best("Unidentified armed man shoots police officer at a bus stage in Kisumu");

        // Then the man is an unidentified armed group fighting the police, not a civilian
        Assert.NotNull(best);
        Assert.Equal("Unidentified Armed Group (Kenya)", best.Actor1);
        Assert.Equal("Police Forces of Kenya (2013-2022)", best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen shot dead an off-duty soldier outside his home in Kaya.")]
    [InlineData("On 8 March 2021, gunmen shot dead a retired police officer outside his home in Kaya.")]
    public void Forces_off_duty_or_retired_are_civilians(string text)
    {
        // Given a soldier off duty or a retired police officer shot at home
        var best = Best(text);

        // Then ACLED's victim is a civilian: an attack, not a clash with the forces
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal("Civilians (Burkina Faso)", best.Actor2);
    }

    [Fact]
    public void Off_duty_soldiers_retold_as_soldiers_are_the_same_victims()
    {
        // Given an attack on off-duty soldiers, then its toll told of "soldiers" in the attack
        var best = Best("On 8 March 2021, gunmen ambushed a minibus carrying off-duty soldiers near Kaya. Three soldiers died in the attack.");

        // Then one attack on civilians, with the three dead
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal("Civilians (Burkina Faso)", best.Actor2);
        Assert.Equal(3, best.Fatalities);
    }

    [Fact]
    public void A_component_group_is_coded_as_its_coalition_with_itself_associated()
    {
        // Given an attack by Katiba Macina, one of the groups that founded JNIM
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, Katiba Macina militants attacked a police station in Kaya, killing two police officers.",
            new DateOnly(2021, 3, 10), "en");
        var best = EvalSets.BestEvent(doc.Records);

        // Then JNIM is the actor and Katiba Macina its associated actor
        Assert.NotNull(best);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", best.Actor1);
        Assert.Contains("Katiba Macina", best.AssocActor1);
    }

    [Fact]
    public void A_bomb_an_organisation_planted_is_its_attack()
    {
        // Given soldiers who died after a "Taliban-planted" bomb went off
        var best = Best("On 8 March 2021, two soldiers died after a Taliban-planted roadside bomb tore through their patrol near Kunduz.");

        // Then the Taliban are the bomb's author, the event's first actor
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
        Assert.Equal("Military Forces of Afghanistan (2014-2021)", best.Actor2);
        Assert.Equal("Taliban", best.Actor1);
    }

    [Fact]
    public void Afghanistans_local_policemen_are_its_local_police_unit()
    {
        // Given local policemen killed in Afghanistan in 2020
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 20 March 2020, Taliban fighters attacked a checkpoint near Kunduz city, killing four local policemen.",
            new DateOnly(2020, 3, 21), "en");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the victims are the Afghan Local Police, named with the police forces
        Assert.NotNull(best);
        Assert.Equal("Police Forces of Afghanistan (2014-2021) Afghan Local Police", best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen shot at a patrol of the 5th Corps near Busra in Daraa.", "Military Forces of Syria (2000-2024) 5th Assault Corps")]
    [InlineData("On 8 March 2021, gunmen shot dead a military intelligence officer near Busra in Daraa.", "Military Forces of Syria (2000-2024)")]
    public void Syrias_fifth_corps_and_one_officer_of_the_army_are_the_army(string text, string struck)
    {
        // Given gunmen who shot at a patrol of the 5th Corps, or killed one military intelligence officer
        var best = Best(text);

        // Then the army (its unit where named) is the side struck: a clash, not an attack on civilians
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal(struck, best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, Houthi forces fired 14.5 mm machine guns at farms near Hays in Hodeidah.")]
    [InlineData("On 8 March 2021, Houthi forces fired 12.7mm machine guns at farms near Hays in Hodeidah.")]
    public void Machine_guns_of_a_heavy_calibre_are_shelling(string text)
    {
        // Given machine guns told by a heavy calibre, fired at farms
        var best = Best(text);

        // Then the fire is heavy weapons' fire: shelling, not an armed clash
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
    }

    [Fact]
    public void Medium_weapons_are_heavy_fire()
    {
        // Given fighters who used "medium weapons" and sniper rifles against homes
        var best = Best("On 8 March 2021, Houthi fighters used medium weapons and sniper rifles against homes in Hays in Hodeidah.");

        // Then the fire is a monitor's heavy fire at a place: shelling, not an armed clash
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
    }

    [Fact]
    public void Forces_that_responded_to_shelling_fought_the_shellers()
    {
        // Given forces that "responded to shelling" by the other side
        var best = Best("On 8 March 2021, government forces responded to shelling by Houthi forces near Hays in Hodeidah.");

        // Then the two sides fought: an armed clash
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
    }

    [Fact]
    public void An_industrial_site_an_attack_targets_is_its_target_not_an_accident()
    {
        // Given arsonists who torched a chemical plant
        var best = Best("On 8 March 2021, unknown arsonists torched a chemical plant in Gao.");

        // Then the plant is what the attack struck: property destroyed, no accident
        Assert.NotNull(best);
        Assert.Equal("Looting/property destruction", best.SubEventType);
    }

    [Fact]
    public void An_explosion_at_a_chemical_plant_stays_an_accident()
    {
        // Given an explosion at a chemical plant, with no deliberate act told
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, an explosion at a chemical plant in Gao killed two workers.", new DateOnly(2021, 3, 10), "en");

        // Then it is no event of political violence
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event);
    }

    [Fact]
    public void Remote_explosive_attacks_are_remote_explosives()
    {
        // Given "remote explosive attacks" on warehouses
        var best = Best("On 8 March 2021, militants carried out remote explosive attacks on two warehouses in Mersin.");

        // Then the weapon names the event: a remote explosive, not a plain attack
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
    }

    [Fact]
    public void Fire_at_a_drone_is_an_attempt_to_bring_it_down()
    {
        // Given troops who fired upon a drone
        var best = Best("On 8 March 2021, government troops fired upon a Houthi drone over Marib but missed it.");

        // Then the fire is aimed at the weapon: disrupted weapons use, not a drone strike; a drone that fires stays a strike
        Assert.NotNull(best);
        Assert.Equal("Disrupted weapons use", best.SubEventType);
        Assert.Equal("Air/drone strike", Best("On 8 March 2021, a Turkish drone fired upon a car near Qamishli, killing two people.")?.SubEventType);
    }

    [Fact]
    public void Crude_bombs_thrown_by_party_men_are_mob_violence_and_a_protest_keeps_them_its_own()
    {
        // Given party men who set off crude bombs outside a rival's office, and a march whose crowd threw cocktail bombs
        var thrown = Best("On 8 March 2021, supporters of the ruling party exploded four crude bombs outside the opposition's office in Khulna town.");
        var march = Best("On 8 March 2021, opposition supporters marched in Khulna town demanding fresh elections and threw cocktail bombs at the police.");

        // Then the bombs are a crowd's weapon: mob violence where no demonstration is told, a violent demonstration in a march
        Assert.NotNull(thrown);
        Assert.Equal("Mob violence", thrown.SubEventType);
        Assert.NotNull(march);
        Assert.Equal("Riots", march.EventType);
        Assert.NotEqual("Mob violence", march.SubEventType);
    }

    [Fact]
    public void Demonstrations_told_in_an_after_clause_make_no_crowd_violence_a_demonstration()
    {
        // Given party men who wrecked an office following demonstrations elsewhere, and students whose riot to
        // protest fees is told in the "after" clause of a closure
        var wrecked = Best("On 8 March 2021, party supporters vandalised the office of a rival party in Khulna town, following anti-government demonstrations in the capital.");
        var rampage = Best("On 8 March 2021, a college in Kisumu was shut after its students rioted to protest higher fees.");

        // Then the earlier demonstrations are background: the wrecking is mob violence; the riot, told with its own
        // protest, stays a violent demonstration
        Assert.NotNull(wrecked);
        Assert.Equal("Mob violence", wrecked.SubEventType);
        Assert.NotNull(rampage);
        Assert.Equal("Violent demonstration", rampage.SubEventType);
    }

    [Fact]
    public void Stones_thrown_and_fires_lit_by_protesters_make_a_violent_demonstration()
    {
        // Given students who protested fees and stoned a police post, and residents who protested lighting fires
        var stoned = Best("On 8 March 2021, students in Eldoret protested over new fees and stoned a police post.");
        var fires = Best("On 8 March 2021, residents of Eldoret protested, lighting fires on the main road.");

        // Then both demonstrations turned violent
        Assert.Equal("Violent demonstration", stoned?.SubEventType);
        Assert.Equal("Violent demonstration", fires?.SubEventType);
    }

    [Fact]
    public void Volunteer_fighters_are_the_VDP_near_home_only()
    {
        // Given volunteer fighters who killed militants in Burkina Faso, and volunteer fighters in a Ukrainian report
        var sahel = Best("On 7 March 2021, volunteer fighters killed twelve suspected JNIM militants near Djibo.");
        var ukraine = Best("On 7 March 2021, volunteer fighters repelled an assault by Russian forces near Kharkiv.");

        // Then the first are Burkina Faso's VDP in a clash; the others are not
        Assert.NotNull(sahel);
        Assert.Equal("Armed clash", sahel.SubEventType);
        Assert.StartsWith("VDP", sahel.Actor1, StringComparison.Ordinal);
        Assert.NotNull(ukraine);
        Assert.DoesNotContain("VDP", ukraine.Actor1 ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("VDP", ukraine.Actor2 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_militia_counted_after_an_attack_on_a_village_is_the_side_fought()
    {
        // Given militants who attacked a village, then a sentence that counts one militiaman of a named militia dead,
        // and the same attack followed by a count of the militants' own dead
        var militia = Best("On 7 March 2021, presumed JNIM militants raided the village of Kombori. One Dozo militiaman was killed.");
        var own = Best("On 7 March 2021, presumed JNIM militants raided the village of Kombori. Four militants were killed.");

        // Then the militia is the second side of an armed clash; the militants' own dead name no side
        Assert.NotNull(militia);
        Assert.Equal("Armed clash", militia.SubEventType);
        Assert.StartsWith("Dozo", militia.Actor2, StringComparison.Ordinal);
        Assert.NotNull(own);
        Assert.DoesNotContain("Dozo", own.Actor2 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_demonstration_said_to_be_planned_after_its_noun_is_no_event()
    {
        // Given a march held, then a new protest that "is planned" for a later day
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, workers marched in Nairobi against job cuts. A new protest is planned for Thursday across the country.", new DateOnly(2021, 3, 10), "en");

        // Then only the march is an event
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
        Assert.Single(events);
        Assert.Equal("Nairobi", events[0].Location);
    }

    [Fact]
    public void A_victim_fighting_for_his_life_tells_no_fighting()
    {
        // Given a shooting whose second victim "is fighting for his life" in hospital
        var best = Best("On 8 March 2021, gunmen shot dead a trader in Mandera town and another man is fighting for his life in hospital.");

        // Then it is an attack on civilians, not a clash
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
    }

    [Fact]
    public void Kashmir_towns_and_J_and_K_are_found_as_the_Indian_press_spells_them()
    {
        // Given a report naming a Kashmiri town as the Indian press spells it and the territory by its abbreviation
        var best = Best("On 8 March 2021, militants attacked a police post in Baramulla town, J&K, injuring two policemen.");

        // Then the place is the town in Jammu and Kashmir, India
        Assert.NotNull(best);
        Assert.Equal("India", best.Country);
        Assert.Equal("Baramulla", best.Location);
        Assert.Equal("Jammu and Kashmir", best.Admin1);
    }

    [Fact]
    public void Running_battles_with_the_police_are_a_riot_against_them()
    {
        // Given students who engaged the police in running battles
        var best = Best("On 8 March 2021, students of a college in Kisumu engaged police in running battles and blocked roads.");

        // Then it is a riot, the police the side the crowd fought
        Assert.NotNull(best);
        Assert.Equal("Riots", best.EventType);
        Assert.StartsWith("Police Forces of Kenya", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Students_who_protest_violently_make_a_violent_demonstration()
    {
        // Given students who "protest violently", the adverb after a word that is also a noun
        var best = Best("On 8 March 2021, students in Eldoret protest violently over a change of the school calendar.");

        // Then their demonstration is a violent one
        Assert.Equal("Violent demonstration", best?.SubEventType);
    }

    [Fact]
    public void Stones_thrown_by_residents_are_mob_violence_and_by_demonstrators_a_violent_demonstration()
    {
        // Given residents who threw stones at a police patrol, and demonstrators who threw stones at the police
        var residents = Best("On 8 March 2021, residents of a Bhopal quarter threw stones at a police patrol enforcing a curfew.");
        var demonstrators = Best("On 8 March 2021, demonstrators threw stones at the police in Srinagar after a funeral.");

        // Then the residents' stones tell no demonstration; the demonstrators' demonstration turned violent
        Assert.Equal("Mob violence", residents?.SubEventType);
        Assert.Equal("Violent demonstration", demonstrators?.SubEventType);
    }

    [Fact]
    public void A_soldier_a_bracket_calls_off_duty_is_a_civilian_and_one_on_duty_the_army()
    {
        // Given a government soldier killed off duty, told in brackets after him, and one killed on duty
        var offDuty = Best("On 8 March 2021, Al Shabaab gunmen shot dead a government soldier (SNA) (off duty) outside his home in Baidoa.");
        var onDuty = Best("On 8 March 2021, Al Shabaab gunmen shot dead a government soldier at a checkpoint in Baidoa.");

        // Then the first is an attack on a civilian, the second a clash with the army
        Assert.Equal("Attack", offDuty?.SubEventType);
        Assert.StartsWith("Civilians", offDuty?.Actor2, StringComparison.Ordinal);
        Assert.Equal("Armed clash", onDuty?.SubEventType);
        Assert.StartsWith("Military Forces of Somalia", onDuty?.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Bombs_dropped_and_grenades_a_drone_delivered_are_air_or_drone_strikes()
    {
        // Given aircraft that dropped air bombs on a town, and grenades dropped from an unmanned aerial vehicle
        var bombs = Best("On 8 March 2021, Russian forces dropped air bombs on the outskirts of Izium, damaging several houses.");
        var grenades = Best("On 8 March 2021, separatist forces dropped grenades from an unmanned aerial vehicle on army trenches near Avdiivka.");

        // Then both are air or drone strikes, neither a remote explosive nor a grenade attack
        Assert.Equal("Air/drone strike", bombs?.SubEventType);
        Assert.Equal("Air/drone strike", grenades?.SubEventType);
    }

    [Fact]
    public void An_enemy_column_destroyed_is_fire_at_it_and_a_base_destroyed_property()
    {
        // Given forces that destroyed a column of the other side's vehicles, and forces that destroyed a group's base
        var column = Best("On 8 March 2021, Ukrainian troops destroyed a Russian military convoy east of Brovary.");
        var camp = Best("On 8 March 2021, Somali forces destroyed an Al Shabaab base near Jamaame.");

        // Then the column was fired at from afar; the base is property destroyed
        Assert.Equal("Shelling/artillery/missile attack", column?.SubEventType);
        Assert.Equal("Looting/property destruction", camp?.SubEventType);
    }

    [Fact]
    public void A_victim_and_his_son_killed_are_two_dead_and_his_shop_is_none()
    {
        // Given soldiers who shot dead an old farmer and his son, and gunmen who killed a trader whose shop was then burned
        var two = Best("On 8 March 2021, soldiers shot dead an old farmer and his son near a well outside Koumbri.");
        var one = Best("On 8 March 2021, gunmen killed a trader and his shop was burned in Koumbri.");

        // Then the son is a second death; the shop is no one
        Assert.Equal(2, two?.Fatalities);
        Assert.Equal(1, one?.Fatalities);
    }

    [Fact]
    public void The_acronym_that_begins_ACLEDs_name_of_Ahrar_al_Sham_names_it()
    {
        // Given a clash told by the acronym AAS
        var best = Best("On 8 March 2021, AAS fighters clashed with the Levant Front in a village near Afrin.");

        // Then the sides are Ahrar al Sham and the Levant Front
        Assert.NotNull(best);
        Assert.Equal("AAS: Ahrar al Sham", best.Actor1);
        Assert.Equal("JaS: Levant Front", best.Actor2);
    }

    [Fact]
    public void An_attack_of_a_past_month_told_after_this_weeks_is_background()
    {
        // Given an ambush of this week, then a similar one of last November, dated by its month alone
        var dated = Best("At least twelve soldiers were killed on Monday when jihadists ambushed an army patrol near Tillia, in Niger's " +
                         "Tahoua region. In November, a similar ambush in the same region killed seventeen soldiers.");

        // And a killing the report does not date, then one of last November
        var undated = ReadIn("en", "Gunmen killed five villagers near Tillia, in Niger's Tahoua region, the army said. In November, a similar " +
                                   "attack in the same region killed seventeen villagers.").Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then November's toll is no part of this week's ambush, and November's attack makes no record beside the news
        Assert.Equal(12, dated?.Fatalities);
        var only = Assert.Single(undated);
        Assert.Equal(5, only.Fatalities);
    }

    [Fact]
    public void A_similar_attack_told_without_its_date_is_a_comparison_not_this_event()
    {
        // Given an ambush of this week, then a similar attack the report does not date, in the pluperfect, in French
        var events = ReadIn("fr", "Cinq soldats ont été tués lundi dans une embuscade près de Gao. Une attaque similaire avait fait dix-sept " +
                                  "morts dans la région.").Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then the week's ambush keeps its own toll and the comparison makes no record
        var only = Assert.Single(events);
        Assert.Equal(5, only.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, ISWAP fighters stormed a military base in Marte and killed at least twenty soldiers. " +
                      "The attackers looted weapons and ammunition before setting part of the base on fire.")]
    [InlineData("it", "L'8 marzo 2021 almeno venti soldati sono stati uccisi in un attacco dei miliziani dell'Iswap contro una base militare " +
                      "a Marte. Gli assalitori hanno saccheggiato armi e munizioni prima di dare alle fiamme parte della base.")]
    public void Weapons_the_attackers_looted_are_spoils_of_their_attack(string language, string text)
    {
        // Given an attack on a base whose attackers then looted its weapons
        var events = ReadIn(language, text).Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then the looting is part of the attack, no weapons seizure of its own
        var only = Assert.Single(events);
        Assert.Equal("Armed clash", only.SubEventType);
        Assert.Equal(20, only.Fatalities);
    }

    [Fact]
    public void A_riot_after_a_march_sets_its_crowd_against_the_police_the_body_names()
    {
        // Given a headline of riots after a students' march, and a body where hooded youths stoned the police, in Spanish
        var best = BestIn("es", "Disturbios en Valparaíso tras una marcha estudiantil\n\nEl 8 de marzo de 2021, grupos de encapuchados " +
                                "lanzaron piedras contra Carabineros en el centro de Valparaíso, que respondió con gases lacrimógenos.");

        // Then the rioters face the police, not the crowd of the headline's march
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.StartsWith("Police Forces of Chile", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("El 8 de marzo de 2021, un hombre fue asesinado a tiros por sicarios en Toribío, Cauca.", 1)]
    [InlineData("El 8 de marzo de 2021, dos comerciantes fueron asesinados a balazos en Culiacán.", 2)]
    [InlineData("El 8 de marzo de 2021, tres campesinos fueron muertos a tiros en una vereda de Tumaco.", 3)]
    [InlineData("El 8 de marzo de 2021, un comerciante fue acribillado a balazos frente a su tienda en Culiacán.", 1)]
    public void People_shot_dead_in_Spanish_are_the_dead_of_the_attack(string text, int dead)
    {
        // Given a Spanish report of people killed by gunfire ("asesinado a tiros", "a balazos")
        var best = BestIn("es", text);

        // Then they are counted as its dead, as "asesinado" alone is
        Assert.Equal(dead, best?.Fatalities);
    }

    [Fact]
    public void A_lead_that_only_counts_the_headlines_dead_gives_its_place()
    {
        // Given a headline that names the province, and a lead that tells the killing again with its town and day
        var best = Best("Teacher killed in Idlib province\n\nOn 8 March 2021, a school teacher was shot dead outside his home in Saraqib.");

        // Then the event lies in the lead's town, not at the province's point
        Assert.NotNull(best);
        Assert.Equal("Saraqib", best.Location);
        Assert.Equal(1, best.Fatalities);
    }

    [Fact]
    public void Gunmen_the_report_later_names_are_the_group_it_names()
    {
        // Given a headline's killing, the lead's by unnamed gunmen, then the same shooting told with the group the
        // authorities blame, in Spanish
        var events = ReadIn("es", "Asesinan a líder social en el Cauca\n\nUn líder indígena fue asesinado a tiros el domingo por hombres armados " +
                                  "en zona rural del municipio de Toribío, en el departamento del Cauca. Según la comunidad, los agresores llegaron " +
                                  "en motocicleta y dispararon contra el dirigente cuando salía de su vivienda. Las autoridades atribuyen el crimen " +
                                  "a disidencias de las FARC.").Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then there is one attack, whose author is the group named
        var only = Assert.Single(events);
        Assert.Equal(1, only.Fatalities);
        Assert.NotEqual("Unidentified Armed Group (Colombia)", only.Actor1);
    }

    [Fact]
    public void A_headlines_country_holds_the_town_the_gazetteer_lacks_where_the_body_sets_the_event()
    {
        // Given a headline that names only the country, and a body that sets the bombing in a town the gazetteer lacks
        var events = ReadIn("en", "Suicide bomber kills 17 at mosque in northwest Pakistan\n\nOn 8 March 2021, a suicide bomber blew himself up " +
                                  "inside a crowded mosque in the town of Bajaur, killing 17 worshippers.").Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then the headline and the body tell one bombing, set in the body's town
        var only = Assert.Single(events);
        Assert.Equal("Bajaur", only.Location);
        Assert.Equal("PK", only.Iso2);
    }

    [Fact]
    public void An_activist_killed_outside_a_demonstration_is_a_civilian()
    {
        // Given gunmen who shot dead an activist at his home, and activists who protested
        var killed = Best("On 8 March 2021, gunmen shot dead a human rights activist outside his home in Saraqib.");
        var protest = Best("On 8 March 2021, hundreds of activists protested in Saraqib against the siege.");

        // Then the killing is an attack on a civilian, and the protest keeps its crowd of protesters
        Assert.Equal("Attack", killed?.SubEventType);
        Assert.Equal("Civilians (Syria)", killed?.Actor2);
        Assert.Equal(1, killed?.Fatalities);
        Assert.Equal("Peaceful protest", protest?.SubEventType);
        Assert.Equal("Protesters (Syria)", protest?.Actor1);
    }

    [Theory]
    [InlineData("es", "El 8 de marzo de 2021, militantes del Estado Islámico mataron a cinco civiles cerca de Mosul.")]
    [InlineData("fr", "Le 8 mars 2021, des militants de l'État islamique ont tué cinq civils près de Mossoul.")]
    public void Militants_of_an_armed_group_are_that_group(string language, string text)
    {
        // Given militants of a named armed group who killed civilians, in Spanish and French, where the word also names a
        // party's activists
        var best = BestIn(language, text);

        // Then the group attacked civilians: its militants are its members, no crowd of protesters
        Assert.Equal("Attack", best?.SubEventType);
        Assert.Equal("Islamic State (Iraq)", best?.Actor1);
        Assert.Equal(5, best?.Fatalities);
    }

    [Fact]
    public void A_blast_told_beside_a_suicide_bombing_is_that_bombing()
    {
        // Given a suicide bombing told in the lead with the country only, and the bomber's blast in a named town after it
        var events = ReadIn("de", "Bei einem Selbstmordanschlag auf einen Markt im Nordosten Nigerias sind am 8. März 2021 mindestens zwölf " +
                                  "Menschen getötet worden. Die Attentäterin habe sich in der Stadt Konduga in die Luft gesprengt, teilte ein " +
                                  "Sprecher mit.").Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then one suicide bombing, in the town
        var only = Assert.Single(events);
        Assert.Equal("Suicide bomb", only.SubEventType);
        Assert.Equal("Konduga", only.Location);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, army warplanes struck militant positions east of Kutum. Separately, gunmen on motorbikes killed four " +
                      "farmers in a village near Kutum.")]
    [InlineData("fr", "Le 8 mars 2021, des avions de l'armée ont frappé des positions jihadistes près de Gao. Par ailleurs, des hommes armés " +
                      "ont tué quatre paysans dans un village près de Ménaka.")]
    public void A_toll_told_as_another_incident_is_not_the_event_just_told(string language, string text)
    {
        // Given an air strike, then a sentence that opens as another incident and counts the dead of a killing by gunmen
        var events = ReadIn(language, text).Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then the killing is an attack of its own; the strike keeps no dead
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.SubEventType == "Attack" && e.Fatalities == 4);
        Assert.Contains(events, e => e.SubEventType != "Attack" && e.Fatalities == 0);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, army planes attacked militant positions near Gao.", "Air/drone strike")]
    [InlineData("fr", "Le 8 mars 2021, des avions de l'armée ont frappé des positions jihadistes près de Gao.", "Air/drone strike")]
    [InlineData("en", "On 8 March 2021, soldiers killed two suicide bombers near Baiji. The bombers were targeting an army checkpoint.", "Suicide bomb")]
    public void Aircraft_that_attack_make_an_air_strike(string language, string text, string expected)
    {
        // Given a verb of attack whose subject is aircraft, and one whose subject is bombers who are people
        var best = BestIn(language, text);

        // Then the aircraft's attack is an air strike; the people's is not
        Assert.Equal(expected, best?.SubEventType);
    }

    [Fact]
    public void A_government_that_intervenes_in_a_demonstration_is_its_police()
    {
        // Given the authorities of a state, named as a government, who arrested protesters during a demonstration and
        // dispersed them with tear gas
        var best = Best("On 8 March 2021, Sudanese authorities arrested dozens of protesters during a demonstration in Khartoum and " +
                        "dispersed the crowd with tear gas.");

        // Then the demonstration met the state's police, as ACLED names the side that intervenes
        Assert.Equal("Protest with intervention", best?.SubEventType);
        Assert.StartsWith("Police Forces of Sudan", best?.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Gunmen killed two police officers on Monday near the border with Somalia, officials said.")]
    [InlineData("fr", "Des hommes armés ont tué lundi deux gendarmes près de la frontière avec le Mali, selon une source sécuritaire.")]
    [InlineData("es", "Hombres armados mataron el lunes a dos policías en la frontera con Colombia, según fuentes oficiales.")]
    public void A_country_beyond_a_border_is_neither_the_place_nor_the_country_of_the_event(string language, string text)
    {
        // Given a killing told only as near the border with a country, in a report that names no other place
        var best = EvalSets.BestEvent(ReadIn(language, text).Records);

        // Then the border is the report's own country's: the event is not placed in the country beyond it
        Assert.NotNull(best);
        Assert.Null(best.Country);
        Assert.Null(best.Location);
    }

    [Theory]
    [InlineData("en", "On Monday gunmen raided a police post in Mandera near the border with Somalia and killed two officers.", "Kenya", "Mandera")]
    [InlineData("fr", "Des hommes armés ont attaqué lundi la gendarmerie de Djibo, près de la frontière avec le Mali, tuant deux gendarmes.", "Burkina Faso", "Djibo")]
    public void A_town_near_a_border_is_in_its_own_country_not_the_one_beyond(string language, string text, string country, string town)
    {
        // Given an attack in a town the report sets near the border with a neighbouring country
        var best = EvalSets.BestEvent(ReadIn(language, text).Records);

        // Then the town's country is the report's: the neighbour's name is no vote against it
        Assert.NotNull(best);
        Assert.Equal(country, best.Country);
        Assert.Equal(town, best.Location);
    }

    [Theory]
    [InlineData("Gunmen attacked a village near Mandera on Monday. Four police officers and one reservist were killed.", "Police Forces of Kenya", 5)]
    [InlineData("Militants attacked a village near Djibo on Sunday. Three soldiers and one volunteer were killed.", "Military Forces of Burkina Faso", 4)]
    public void A_tolls_subject_of_forces_and_one_more_victim_names_the_side_the_attackers_fought(string text, string forces, int killed)
    {
        // Given an attack, then a sentence that only counts its dead: a state's forces and one more victim joined to them
        var best = Best(text);

        // Then the attackers fought those forces, an armed clash, and both victims are counted
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith(forces, best.Actor2, StringComparison.Ordinal);
        Assert.Equal(killed, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "Two soldiers were shot dead by a man at a checkpoint in Kismayo on Monday.", "Military Forces of Somalia")]
    [InlineData("en", "On Monday a man shot dead two police officers in Mombasa.", "Police Forces of Kenya")]
    [InlineData("fr", "Deux gendarmes ont été tués lundi par un individu à Dori.", "Police Forces of Burkina Faso")]
    [InlineData("es", "Dos policías fueron asesinados el lunes por un hombre en Cali.", "Police Forces of Colombia")]
    public void One_person_who_kills_a_states_forces_is_an_unidentified_armed_assailant(string language, string text, string forces)
    {
        // Given a man, written as a plain word for one person, who shot or killed members of a state's forces
        var best = EvalSets.BestEvent(ReadIn(language, text).Records);

        // Then ACLED's armed clash of an unidentified armed group with those forces, not the forces attacking a civilian
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith(forces, best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_man_the_police_shot_dead_stays_their_civilian_victim()
    {
        // Given a man shot dead by the police
        var best = Best("On Monday a man was shot dead by police in Mombasa.");

        // Then the police attacked a civilian: the man is the victim, not an assailant
        Assert.Equal("Attack", best?.SubEventType);
        Assert.StartsWith("Police Forces of Kenya", best?.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Civilians", best?.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 1 March 2021, suspected Ansaroul Islam (JNIM) militants shot dead a municipal councillor near Djibo.", "Ansaroul Islam")]
    [InlineData("On 1 March 2021, Katiba Macina (JNIM) fighters killed a village councilman near Djenne in Mali.", "JNIM")]
    public void A_group_named_in_brackets_after_another_is_its_affiliation_not_a_second_side(string text, string group)
    {
        // Given a killing by a group whose parent organisation a bracket names right after it, of a victim no actor word names
        var best = Best(text);

        // Then one side killed a civilian: the bracketed group is the same fighters, not the other side of a clash
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.StartsWith(group, best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On Monday gunmen shot dead two government officials in Kismayo.", "Attack")]
    [InlineData("On Monday militants abducted a local government official near Kismayo.", "Abduction/forced disappearance")]
    public void A_states_officials_killed_or_seized_by_an_armed_party_are_civilians(string text, string subEvent)
    {
        // Given officials of a state killed or abducted by an armed party
        var best = Best(text);

        // Then ACLED's violence against civilians: the officials are civilians, not the state's forces fighting back
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
        Assert.StartsWith("Civilians (Somalia)", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nationality_in_an_apposition_to_a_place_tells_its_country()
    {
        // Given a town whose name a bigger town abroad shares, set by an apposition with a nationality adjective
        var best = Best("On Monday gunmen killed two police officers in Kaya, a small South Sudanese trading town.");

        // Then the report is in that nationality's country, not at the namesake abroad (Kaya in Burkina Faso)
        Assert.NotNull(best);
        Assert.Equal("South Sudan", best.Country);
    }

    [Theory]
    [InlineData("en", "Three soldiers were killed on Monday in the Malian town of Kaya in an attack by jihadists.")]
    [InlineData("fr", "Trois soldats ont été tués lundi dans la ville malienne de Kaya lors d'une attaque de jihadistes.")]
    [InlineData("fr", "Trois soldats ont été tués lundi à Kaya, une petite ville malienne, lors d'une attaque de jihadistes.")]
    [InlineData("es", "Tres soldados murieron el lunes en la localidad maliense de Kaya en un ataque yihadista.")]
    [InlineData("it", "Tre soldati sono stati uccisi lunedì nella città maliana di Kaya in un attacco jihadista.")]
    [InlineData("pt", "Três soldados foram mortos na segunda-feira na cidade maliana de Kaya num ataque jihadista.")]
    [InlineData("de", "Drei Soldaten wurden am Montag in der malischen Stadt Kaya bei einem Angriff von Dschihadisten getötet.")]
    [InlineData("ru", "Три солдата погибли в понедельник в малийском городе Кая в результате нападения джихадистов.")]
    [InlineData("uk", "Троє солдатів загинули в понеділок у малійському місті Кая внаслідок нападу джихадистів.")]
    public void A_nationality_beside_a_town_noun_tells_the_towns_country(string language, string text)
    {
        // Given a town whose name a bigger town abroad shares (Kaya in Burkina Faso), called a town of a nationality
        var best = BestIn(language, text);

        // Then the report is in that nationality's country, not at the namesake abroad
        Assert.NotNull(best);
        Assert.Equal("Mali", best.Country);
    }

    [Fact]
    public void A_nationality_after_a_town_in_arabic_tells_its_country()
    {
        // Given an Arabic town noun, a name the gazetteer lacks and a nationality after it
        var doc = ReadIn("ar", "قتل ثلاثة جنود يوم الاثنين في بلدة كايا السورية في هجوم لجهاديين.");

        // Then the report's country is the nationality's
        Assert.Equal("SY", doc.Context.CountryCode);
    }

    [Theory]
    [InlineData("en", "Gunmen killed three herders on Monday in the Somali region of Ethiopia.", "Ethiopia")]
    [InlineData("fr", "Trois soldats ont été tués lundi près de la base française de Gao, au Mali, lors d'une attaque de jihadistes.", "Mali")]
    public void A_nationality_beside_a_region_of_another_country_or_a_base_abroad_leaves_the_country(string language, string text, string country)
    {
        // Given a people's region named after its country ("the Somali region of Ethiopia"), or a base a state holds abroad
        var best = BestIn(language, text);

        // Then the report stays in the country the text names
        Assert.NotNull(best);
        Assert.Equal(country, best.Country);
    }

    [Theory]
    [InlineData("en", "A Russian strike killed four people in Kramatorsk on Wednesday.")]
    [InlineData("en", "Russian strikes killed four people in Kramatorsk on Wednesday.")]
    [InlineData("fr", "Une frappe russe a tué quatre personnes mercredi à Kramatorsk.")]
    [InlineData("fr", "Des frappes russes ont tué quatre personnes mercredi à Kramatorsk.")]
    [InlineData("ru", "Российский удар по Краматорску в среду убил четырех человек.")]
    public void A_nationality_beside_a_strike_names_that_states_forces(string language, string text)
    {
        // Given a strike, delivered from afar, called by a nationality
        var best = BestIn(language, text);

        // Then the strike is that state's forces', not an unidentified group's
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Russia", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "A Palestinian attack killed two Israelis near Hebron on Wednesday.")]
    [InlineData("en", "Three herders were killed in a Ugandan raid near Lokiriama on Wednesday.")]
    public void A_nationality_beside_an_attack_or_a_raid_names_no_states_forces(string language, string text)
    {
        // Given an attack or a raid called by a nationality, which any of that nation's people may carry out
        var best = BestIn(language, text);

        // Then no state's forces are its author
        Assert.NotNull(best);
        Assert.DoesNotContain("Military Forces", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "A Russian missile strike on the eastern Ukrainian city of Kramatorsk killed at least four people on Wednesday evening, officials said. More than twenty others were wounded, the governor of the Donetsk region said.\n\nThe missile hit a residential area in the city centre. Among the dead was a child, officials said.\n\nThe Ukrainian army also reported heavy fighting near Bakhmut.")]
    [InlineData("de", "Bei einem russischen Raketenangriff auf die ostukrainische Stadt Kramatorsk sind am Mittwochabend nach Behördenangaben mindestens vier Menschen getötet worden. Mehr als zwanzig weitere wurden verletzt, teilte der Gouverneur der Region Donezk mit.\n\nDie Rakete schlug in einem Wohnviertel im Zentrum der Stadt ein. Unter den Toten sei auch ein Kind, hieß es.\n\nDie ukrainische Armee meldete zudem schwere Gefechte bei Bachmut.")]
    [InlineData("fr", "Une frappe de missile russe sur la ville de Kramatorsk, dans l'est de l'Ukraine, a tué au moins quatre personnes mercredi soir, selon les autorités. Plus de vingt autres ont été blessées, a indiqué le gouverneur de la région de Donetsk.\n\nLe missile a touché un quartier résidentiel du centre-ville. Parmi les morts figure un enfant, selon les autorités.\n\nL'armée ukrainienne a également fait état de violents combats près de Bakhmout.")]
    public void Among_the_dead_names_part_of_a_toll_already_told(string language, string text)
    {
        // Given a toll, then a paragraph that names one of the dead ("among the dead was a child"), then fighting elsewhere
        var doc = ReadIn(language, text);

        // Then the child is one of the four, not a fifth death that the fighting elsewhere takes as its own toll
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
        Assert.Equal(4, events.Sum(r => r.Fatalities ?? 0));
        Assert.Contains(events, r => r.Location == "Bakhmut" && r.SubEventType == "Armed clash");
    }

    [Theory]
    [InlineData("en", "On Monday, despite the ceasefire agreement, Russian forces shelled a bus carrying civilians near Popasna.")]
    [InlineData("fr", "Lundi, malgré l'accord de cessez-le-feu, les forces russes ont bombardé un bus transportant des civils près de Popasna.")]
    [InlineData("es", "Pese al acuerdo de alto el fuego, las fuerzas rusas bombardearon el lunes un autobús con civiles cerca de Popasna.")]
    [InlineData("ar", "رغم اتفاق وقف إطلاق النار، قصفت قوات النظام يوم الاثنين بلدة كفرنبل في ريف إدلب.")]
    public void An_agreement_after_despite_is_no_event_of_the_report(string language, string text)
    {
        // Given a shelling told against a ceasefire already agreed ("despite the ceasefire agreement")
        var doc = ReadIn(language, text);

        // Then the shelling is the report's only event: the agreement is the state of affairs, not a new agreement
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
        Assert.Contains(events, r => r.SubEventType == "Shelling/artillery/missile attack");
        Assert.DoesNotContain(events, r => r.SubEventType == "Agreement");
    }

    [Fact]
    public void An_agreement_signed_despite_protests_stays_an_agreement()
    {
        // Given an agreement signed against protests
        var doc = ReadIn("en", "Despite protests, the government and the rebels signed a peace agreement on Monday.");

        // Then the signing is the event and the protests named after "despite" are none
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
        Assert.Contains(events, r => r.SubEventType == "Agreement");
        Assert.DoesNotContain(events, r => r.EventType == "Protests");
    }

    [Theory]
    [InlineData("Am Montag töteten Extremisten drei Soldaten bei Gao.", "Military Forces of Mali")]
    [InlineData("Am Montag griffen Extremisten eine Patrouille der Armee bei Gao an.", "Military Forces of Mali")]
    [InlineData("Am Montag beschossen russische Truppen einen Bus mit Zivilisten bei Popasna.", "Civilians")]
    [InlineData("Bei dem Angriff töteten die Extremisten am Montag in der Provinz Kunduz mindestens zwölf Soldaten.", "Military Forces of Afghanistan")]
    public void A_german_subject_after_its_verb_is_the_author(string text, string victim)
    {
        // Given a German main clause that opens with a time and puts its subject after the verb
        var best = BestIn("de", text);

        // Then the party right after the verb acted, and the one after it was struck
        Assert.NotNull(best);
        Assert.DoesNotContain("Unidentified", best.Actor2 ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Russia", best.Actor2 ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith(victim, best.Actor2 ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_german_count_after_the_subject_and_the_adverbs_is_the_toll()
    {
        // Given a German verb-second clause whose count stands after the subject, a time and a place
        var best = BestIn("de", "Am Montag töteten die Angreifer in der Provinz Kunduz mindestens zwölf Soldaten.");

        // Then the count is the toll
        Assert.NotNull(best);
        Assert.Equal(12, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "According to police, gunmen killed three people in Kabul on Monday.")]
    [InlineData("fr", "Selon la police, des hommes armés ont tué trois personnes lundi à Kaboul.")]
    [InlineData("it", "Secondo la polizia, uomini armati hanno ucciso tre persone lunedì a Kabul.")]
    [InlineData("ru", "По данным полиции, боевики убили трех человек в понедельник в Кабуле.")]
    [InlineData("de", "Laut Polizei töteten die Angreifer am Montag in Kabul drei Menschen.")]
    public void A_party_after_according_to_is_the_reports_source(string language, string text)
    {
        // Given a killing told after "according to police"
        var best = BestIn(language, text);

        // Then the police are where the report has its facts: the gunmen killed three civilians
        Assert.NotNull(best);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith("Civilians", best.Actor2 ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(3, best.Fatalities);
    }

    [Fact]
    public void A_group_that_tells_its_own_act_stays_its_author()
    {
        // Given a group's act told after "according to" the group's own video, with no other party named
        var best = BestIn("en", "According to a Boko Haram video, the sect burned two churches near Maiduguri on Monday.");

        // Then the group is the act's author
        Assert.NotNull(best);
        Assert.StartsWith("Boko Haram", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Bei Zusammenstößen zwischen rivalisierenden Clans nahe Galkayo sind am Sonntag mindestens 15 Menschen ums Leben gekommen.")]
    [InlineData("ru", "В результате стычек между кланами в Галькайо в воскресенье погибли 15 человек.")]
    [InlineData("uk", "Унаслідок сутичок між кланами в Галькайо в неділю загинули 15 людей.")]
    [InlineData("ar", "قتل 15 شخصا في اشتباكات عشائرية في جالكعيو يوم الأحد.")]
    public void Clashes_between_clans_are_a_fight_between_clan_militias(string language, string text)
    {
        // Given clashes between clans with a toll and no armed party named
        var best = BestIn(language, text);

        // Then the dead are the toll of an armed clash between clan militias, not victims of an attack
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal("Unidentified Clan Militia (Somalia)", best.Actor1);
        Assert.Equal(15, best.Fatalities);
    }

    [Theory]
    [InlineData("قتل خمسة مدنيين الأحد جراء قصف مدفعي لقوات النظام على بلدة كفرنبل.", 7)]
    [InlineData("قتل ثلاثة جنود الاثنين في هجوم على حاجز في درعا.", 8)]
    public void An_arabic_weekday_written_with_its_article_dates_the_event(string text, int day)
    {
        // Given an Arabic weekday written bare with its article ("الأحد"), whose stripped word is a number (one, two)
        var best = BestIn("ar", text);

        // Then it dates the event (published Wednesday 10 March 2021: Sunday the 7th, Monday the 8th)
        Assert.NotNull(best);
        Assert.Equal($"2021-03-{day:00}", best.EventDate);
    }

    [Theory]
    [InlineData("en", "Troops shelled a village controlled by rebels near Idlib on Monday, killing six civilians.")]
    [InlineData("fr", "Lundi, les troupes gouvernementales ont bombardé un village contrôlé par les rebelles près d'Idleb, tuant six civils.")]
    [InlineData("es", "El lunes, tropas del gobierno bombardearon una aldea controlada por los rebeldes cerca de Idlib y mataron a seis civiles.")]
    [InlineData("it", "Lunedì le truppe governative hanno bombardato un villaggio controllato dai ribelli vicino a Idlib, uccidendo sei civili.")]
    public void A_by_phrase_after_a_participle_of_control_names_no_author(string language, string text)
    {
        // Given a shelling of a place that a party controls ("a village controlled by rebels")
        var best = BestIn(language, text);

        // Then the troops shelled it: "by rebels" is the controlling party, not the shelling's author
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Syria", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_that_says_it_carried_out_the_attack_is_its_author()
    {
        // Given a bombing, then a group that says it carried out the attack
        var best = BestIn("en", "A car bomb exploded near a market in Beledweyne on Saturday, killing 12 people. Al-Shabaab said it carried out the attack.");

        // Then the group is the bombing's author, as if it had claimed responsibility
        Assert.NotNull(best);
        Assert.Equal("Al Shabaab", best.Actor1);
    }

    [Theory]
    [InlineData("en", "Two soldiers and a civilian were killed when gunmen attacked a checkpoint in Beledweyne on Saturday.", 3)]
    [InlineData("fr", "Deux soldats et un civil ont été tués samedi dans une attaque à Djibo.", 3)]
    [InlineData("en", "Five villagers, including two farmers and a boy, were killed by a roadside bomb near Djibo on Saturday.", 5)]
    [InlineData("en", "Gunmen attacked a checkpoint in Beledweyne on Saturday, killing two soldiers and a civilian.", 3)]
    [InlineData("en", "Three policemen, a soldier and a child were killed in an attack in Beledweyne on Saturday.", 5)]
    [InlineData("en", "Two passers-by, a man and his daughter, were killed when a bomb exploded in Beledweyne on Saturday.", 2)]
    [InlineData("en", "Gunmen attacked a checkpoint in Beledweyne on Saturday, killing two soldiers, a police officer said.", 2)]
    [InlineData("en", "Gunmen attacked a checkpoint in Beledweyne on Saturday, killing two soldiers, and a civilian was wounded.", 2)]
    public void A_person_joined_by_a_singular_article_to_a_count_is_one_more_victim(string language, string text, int dead)
    {
        // Given a count of victims joined by "and" to one person with a singular article, or such a person inside the
        // count's own part ("including two farmers and a boy")
        var best = BestIn(language, text);

        // Then the person adds one to the count, unless the count already holds them
        Assert.NotNull(best);
        Assert.Equal(dead, best.Fatalities);
    }

    [Theory]
    [InlineData("Two soldiers and two civilians were killed when gunmen attacked a checkpoint in Beledweyne on Saturday.")]
    [InlineData("Three villagers were wounded while gunmen raided a market in Beledweyne on Saturday.")]
    public void The_subject_of_a_when_clause_is_its_verbs_author(string text)
    {
        // Given victims told before a clause opened by "when" or "while" whose subject acted
        var best = BestIn("en", text);

        // Then the clause's subject is the author, not the victims named at the head of the sentence
        Assert.NotNull(best);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "В результате ночной атаки беспилотников погибли два человека, сообщил мэр города Виталий Кличко.", null)]
    [InlineData("en", "Two civilians were killed in shelling on Monday, the mayor of the city, Ihor Kolykhaiev, said.", null)]
    [InlineData("en", "The governor said Kherson was shelled on Monday, killing two civilians.", "Kherson")]
    [InlineData("en", "Gunmen shot dead the imam in the town of Djibo on Sunday.", "Djibo")]
    public void A_name_after_a_title_of_a_place_is_a_person(string language, string text, string? location)
    {
        // Given a person named after a title and the place the title is of ("мэр города", "the mayor of the city,"),
        // or a town named after a title and a verb
        var best = BestIn(language, text);

        // Then the person's name is no place of the report; the town after the verb is
        Assert.NotNull(best);
        Assert.Equal(location, best.Location);
    }

    [Fact]
    public void Victims_listed_before_a_passive_toll_are_all_its_victims()
    {
        // Given a list of victims, forces first, told before a passive toll and an attack's noun
        var best = BestIn("en", "Three policemen, a soldier and a child were killed in an attack in Beledweyne on Saturday.");

        // Then the police were attacked, not the attackers
        Assert.NotNull(best);
        Assert.StartsWith("Police Forces of Somalia", best.Actor2 ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Police", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Al menos seis militares murieron este miércoles en un ataque con drones del ELN contra una base militar en Arauca.", "Air/drone strike")]
    [InlineData("fr", "Trois soldats ont été tués lundi dans une attaque contre une base militaire près de Gao.", "Armed clash")]
    [InlineData("fr", "Les jihadistes ont installé un camp militaire près de Gao lundi, selon des habitants.", "Headquarters or base established")]
    public void A_base_named_in_a_deadly_attack_is_its_target(string language, string text, string subEvent)
    {
        // Given a deadly attack on a base named by a bare noun, or a camp set up with no one hurt
        var best = BestIn(language, text);

        // Then the attack is the event and the base its target; a base set up stays one
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
    }

    [Theory]
    [InlineData("Armed bandits stormed a government secondary school in Birnin Kebbi on Monday and abducted at least 23 students, police said.")]
    [InlineData("Gunmen raided a government hospital in Birnin Kebbi on Monday and kidnapped two nurses.")]
    public void A_government_that_owns_the_building_attacked_is_no_party_to_the_abduction(string text)
    {
        // Given gunmen who seize people inside a building that a government runs
        var best = BestIn("en", text);

        // Then the gunmen abduct civilians: the government before the building's noun is its owner, neither side of the event
        Assert.NotNull(best);
        Assert.Equal("Abduction/forced disappearance", best.SubEventType);
        Assert.Equal("Civilians (Nigeria)", best.Actor2);
        Assert.DoesNotContain("Nigeria (20", best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "A farmer was shot dead by fighters of the Islamic State near Kirkuk on Monday.", "Islamic State (Iraq)", "Civilians (Iraq)")]
    [InlineData("es", "Un líder indígena fue asesinado este lunes en Toribío por hombres armados de una disidencia de las FARC.", "EMC: Central General Staff", "Civilians (Colombia)")]
    public void Fighters_of_a_named_group_after_a_passives_agent_marker_are_that_group_as_the_author(string language, string text, string actor1, string actor2)
    {
        // Given a civilian killed "by" a description of fighters that belong to a named group ("fighters of", "hombres armados de una")
        var best = BestIn(language, text);

        // Then the group is the author and the civilian its victim, not the group killed by no one
        Assert.NotNull(best);
        Assert.Equal(actor1, best.Actor1);
        Assert.Equal(actor2, best.Actor2);
    }

    [Theory]
    [InlineData("en", "Police disperse protesters in Khartoum\n\nKHARTOUM, March 9 (Reuters) - Sudanese police fired tear gas on Tuesday to disperse thousands of protesters who marched in Omdurman to demand civilian rule, witnesses said.")]
    [InlineData("ar", "قوات الأمن تفرق متظاهرين في الخرطوم بالغاز المسيل للدموع\n\nالخرطوم، 9 مارس - أطلقت قوات الأمن السودانية الغاز المسيل للدموع لتفريق آلاف المتظاهرين الذين خرجوا في مدينة أم درمان للمطالبة بالحكم المدني.")]
    public void A_headlines_demonstration_in_the_capital_is_the_bodys_in_a_town_of_its_province(string language, string text)
    {
        // Given a headline that puts a dispersed demonstration in the capital, and a body that puts it in a town of the
        // capital's province
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);

        // Then the report tells one demonstration, in that town
        var demo = Assert.Single(doc.Records, r => r.Kind == RecordKinds.Event && r.EventType == "Protests");
        Assert.Equal("Omdurman", demo.Location);
    }

    [Fact]
    public void A_speaker_whose_statement_tells_its_own_act_after_a_date_is_its_author()
    {
        // Given an army that "said on Tuesday it had killed" fighters: a date between the verb of saying and the act
        var best = BestIn("en", "The Yemeni army said on Tuesday it had killed 20 fighters near Hodeidah.");

        // Then the army is the author of the killing, as it is without the date
        Assert.NotNull(best);
        Assert.Equal("Military Forces of Yemen (2012-2022)", best.Actor1);
    }

    [Theory]
    [InlineData("en", "A gun battle killed five soldiers and 12 militants near Galkayo on Tuesday.", 17)]
    [InlineData("fr", "Les combats ont tué cinq soldats et douze jihadistes près de Gao lundi.", 17)]
    [InlineData("en", "The raid killed four militants, including two commanders, near Galkayo on Tuesday.", 4)]
    [InlineData("en", "Gunmen killed two farmers and abducted five women near Kaduna on Monday.", 2)]
    [InlineData("en", "The blast killed two soldiers and five civilians were wounded near Galkayo on Tuesday.", 2)]
    public void Counts_of_people_joined_after_an_active_toll_add_up(string language, string text, int killed)
    {
        // Given an active toll whose victims are counted in parts ("killed five soldiers and 12 militants"), or a part
        // inside the count, or a count of another act joined after it
        var best = BestIn(language, text);

        // Then the parts add up; a part of the count and the other act's count do not
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
    }

    [Theory]
    [InlineData("Al-Shabaab said it had attacked a military base near Kismayo on Monday.", "Al Shabaab")]
    [InlineData("The Houthis said they attacked a military base near Marib on Monday.", "Supreme Political Council")]
    public void A_speaker_that_tells_its_own_attack_is_its_author_where_no_other_party_is_named(string text, string actor1)
    {
        // Given a group that "said it attacked" a place, and no other party named in the sentence
        var best = BestIn("en", text);

        // Then the group is the attack's author, not nobody (the Houthis by the name ACLED gives their government)
        Assert.NotNull(best);
        Assert.EndsWith(actor1, best.Actor1 ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, in Puno city, hundreds of residents marched against the closure of the only maternity clinic in Juliaca.", "Puno")]
    [InlineData("On 8 March 2021, in Mombasa, traders protested against new fees that the county charges at markets in Nairobi.", "Mombasa")]
    public void A_place_in_what_a_demonstration_is_against_is_not_where_it_gathered(string text, string place)
    {
        // Given a demonstration set in a town before its cause, whose cause names another town with no violence
        var best = Best(text);

        // Then the demonstration is where the crowd gathered, not in the town its cause names
        Assert.Equal(place, best?.Location);
    }

    [Fact]
    public void A_country_before_a_demonstration_s_cause_leaves_the_town_after_it_the_place()
    {
        // Given a demonstration whose crowd a country qualifies before its cause, and a town after the cause
        var best = Best("On 8 March 2021, activists of the movement in Lebanon protested against rising prices with a car convoy through Jounieh.");

        // Then the town is the place: a country is no settlement where the crowd gathered
        Assert.Equal("Jounieh", best?.Location);
    }

    [Theory]
    [InlineData("On 8 March 2021, in Rosario (Santa Fe), workers of London Textiles set fire to tyres outside the plant to demand unpaid wages.", "Rosario")]
    [InlineData("On 8 March 2021, in Mendoza, employees of Berlin Motors burned tyres at the gate of the factory over unpaid wages.", "Mendoza")]
    public void A_city_abroad_that_heads_a_firm_s_name_is_no_place_of_a_report_set_in_a_town(string text, string place)
    {
        // Given a report set in an Argentine town by "in", whose workers belong to a firm named after a city abroad
        var best = Best(text);

        // Then the event lies in the town, not in London or Berlin
        Assert.Equal(place, best?.Location);
        Assert.Equal("Argentina", best?.Country);
    }

    [Fact]
    public void A_city_that_heads_a_college_s_name_stays_where_the_report_s_country_rests_on_another_such_word()
    {
        // Given a college named after a Kenyan city, and no other place than a word of a building's name that a
        // province abroad shares ("Nation Centre")
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, Nairobi Aviation College students blocked a street to protest a report on forged certificates. They threw stones at Nation Centre.", new DateOnly(2021, 3, 10));

        // Then the college's city is still a place of the report: a country that only such a word decides is no reason to drop it
        Assert.Contains(doc.Records, r => r.Location == "Nairobi");
    }

    [Fact]
    public void A_run_of_capitalised_words_with_a_person_s_title_inside_is_no_place()
    {
        // Given a name whose title stands after another capitalised word ("Deputy Governor …"), where a place may follow
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, youths threw stones at police in Nyeri outside a church where Deputy Governor Peter Kamau was due to speak.", new DateOnly(2021, 3, 10));

        // Then the person's name is no place the gazetteer lacks; the town stays the place
        Assert.DoesNotContain(doc.MentionsOf<PlaceMention>(), p => p.Name.Contains("Governor", StringComparison.Ordinal));
        Assert.Equal("Nyeri", EvalSets.BestEvent(doc.Records)?.Location);
    }

    [Theory]
    [InlineData("On 8 March 2021, supporters of the opposition led by the Machakos Senator John Mutua marched into Nairobi, where police fired tear gas at them.", "Nairobi")]
    [InlineData("On 8 March 2021, youths stoned the car of the Nakuru Governor Jane Wambui at a rally in Kisumu.", "Kisumu")]
    public void A_place_before_a_person_s_title_and_name_is_the_office_s_not_the_event_s(string text, string place)
    {
        // Given an event in one town and another town written before an office holder's title and name
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10));

        // Then the event lies in the town where it happened, and the report's country stays the office's
        var best = EvalSets.BestEvent(doc.Records);
        Assert.Equal(place, best?.Location);
        Assert.Equal("Kenya", best?.Country);
        Assert.Contains(doc.MentionsOf<PlaceMention>(), p => p.Office && p.Role == PlaceRole.Origin);
    }

    [Fact]
    public void A_place_before_a_person_s_title_and_name_votes_for_the_report_s_country()
    {
        // Given a protest against an office holder whose town is the only place named, and police with no country of their own
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 5 May, several demonstrators were hurt when police broke up a crowd angry at the nomination of the Nyeri governor Paul Maina as a party candidate.", new DateOnly(2017, 5, 5));

        // Then the office's town tells the report's country, and the police are that country's
        Assert.Contains(doc.Records, r => r.Actor2?.StartsWith("Police Forces of Kenya", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_lynching_attempted_is_mob_violence_where_the_crowd_tried_it()
    {
        // Given a crowd that "tried to lynch" a man in a town, in a report of two sentences
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "Traders tried to lynch a man in Kaya who was suspected of theft. The police rescued him.", new DateOnly(2021, 3, 10), "en");

        // Then the attempt is mob violence in that town: "lynch" after "tried to" is an infinitive, not a present tense
        Assert.Contains(doc.Records, r => r.Kind == RecordKinds.Event && r.SubEventType == "Mob violence" && r.Location == "Kaya");
    }

    [Fact]
    public void A_demonstration_of_a_past_year_stays_history()
    {
        // Given a demonstration the sentence places in a past year
        var doc = EvalSets.Extract(TestData.Engine, "rule", "Students protested in 1968 against the war, a historian recalled.", new DateOnly(2021, 3, 10), "en");

        // Then it is no event of the report
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event);
    }

    [Theory]
    [InlineData("Bandits attack a village near Lodwar, kill herder and steal cattle", 1)]
    [InlineData("Gunmen kill police officer at a checkpoint near Mandera", 1)]
    [InlineData("Gunmen kill policemen at a checkpoint near Mandera", 0)]
    public void A_bare_singular_victim_in_a_headline_is_one_dead(string text, int dead)
    {
        // Given a headline whose kill verb is followed by a bare description, singular or plural
        var best = Best(text);

        // Then a singular description is one victim; a plural with no count stays uncounted
        Assert.NotNull(best);
        Assert.Equal(dead, best.Fatalities);
    }

    [Fact]
    public void A_murdered_person_a_march_is_for_is_no_toll_of_the_march()
    {
        // Given hundreds marching "for a murdered girl"
        var best = Best("Hundreds marched in Nairobi for a murdered girl on Monday.");

        // Then the march is peaceful and its marchers are not its dead
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal(0, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, a suspected thief was lynched by residents of a village near Nakuru.", 1)]
    [InlineData("fr", "Le 8 mars 2021, un voleur présumé a été lynché par des habitants d'un village près de Niamey.", 1)]
    [InlineData("en", "On 8 March 2021, residents nearly lynched a suspected thief in a village near Nakuru before police arrived.", 0)]
    public void A_lynching_counts_its_dead_and_a_near_lynching_none(string language, string text, int dead)
    {
        // Given a man lynched, or nearly lynched, by residents
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then it is mob violence whose dead are those lynched
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.Equal(dead, best.Fatalities);
    }

    [Fact]
    public void The_crime_a_mob_punishes_does_not_silence_its_violence()
    {
        // Given residents who lynched a man accused of burglaries (a crime word, which alone makes a report off-topic)
        var best = Best("On 8 March 2021, residents of a village near Nakuru lynched a man accused of a string of burglaries.");

        // Then the crowd's justice is read: mob violence
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, students blocked the highway in Nakuru after a bus accident injured a classmate.", "Peaceful protest")]
    [InlineData("On 8 March 2021, supporters of two rival candidates clashed in Nakuru after a football match.", "Mob violence")]
    public void An_accident_or_a_game_told_as_the_cause_of_a_deliberate_act_does_not_silence_it(string text, string expected)
    {
        // Given a road blocked or a clash, with the accident or the game that led to it in a clause after it
        var best = Best(text);

        // Then the act is read; the accident or the game is only its cause
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, traders blocked the Kisumu-Busia highway for three hours to protest new market fees.", "Kisumu")]
    [InlineData("On 8 March 2021, boda boda riders were blocking the Kisumu-Busia road on Monday.", "Kisumu")]
    public void A_crowd_blocking_a_road_however_named_is_a_demonstration(string text, string place)
    {
        // Given a crowd that blocked a road named after the towns it joins, with no protest word before it
        var best = Best(text);

        // Then the blockade is a demonstration where it happened
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal(place, best.Location);
    }

    [Fact]
    public void A_road_blocked_as_the_means_of_a_demonstration_told_before_is_no_demonstration_of_its_own()
    {
        // Given a march whose crowd blocked a street and burned tyres
        var best = Best("On 8 March 2021, hundreds of traders marched through Kisumu, blocking a busy street and burning old tyres.");

        // Then it is one violent demonstration: the blockade does not open a peaceful one beside it
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, teachers in Nakuru protested against the killing of a colleague in Kisumu.", "Nakuru")]
    [InlineData("On 8 March 2021, students protested against the closure of their college in Kisumu.", "Kisumu")]
    public void What_a_demonstration_is_against_names_its_cause_s_place_not_its_own(string text, string place)
    {
        // Given a demonstration against something that happened elsewhere, with or without a place of its own before
        var best = Best(text);

        // Then the demonstration lies where its own clause puts it; the cause's place only when no other is named
        Assert.NotNull(best);
        Assert.Equal(place, best.Location);
    }

    [Theory]
    [InlineData("Police exchange fire with cattle raiders in Baringo", "Armed clash")]
    [InlineData("Police officers gun down a terror suspect in Mombasa", "Attack")]
    [InlineData("Rival party supporters came to blows at a rally in Kisumu on Monday.", "Mob violence")]
    [InlineData("On Monday, unknown men poured acid on two journalists outside a newspaper office in Nairobi.", "Attack")]
    public void Headline_verbs_of_fighting_blows_and_acid_tell_events(string text, string expected)
    {
        // Given a headline in the present, or a crowd's blows, or acid thrown on people
        var best = Best(text);

        // Then the event is read with its type
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, some fifty people gathered in front of the county offices in Nakuru to demand lower market fees.", "Peaceful protest")]
    [InlineData("On 8 March 2021, hundreds of residents assembled in Kisumu to commemorate those killed in the 2007 unrest.", "Peaceful protest")]
    [InlineData("On 8 March 2021, relatives gathered at the morgue in Kisumu to identify the bodies.", null)]
    public void A_gathering_that_names_a_demand_is_a_demonstration(string text, string? expected)
    {
        // Given people who gathered to demand or to mark something, or only to identify their dead
        var best = Best(text);

        // Then a gathering with a demand is a demonstration; one without names no event
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, opposition supporters held a rally outside the district commissioner's office in Natore against fuel prices. Police obstructed the rally.")]
    [InlineData("On 8 March 2021, left-wing activists marched in Dhaka over electricity prices. Police intercepted the rally near the secretariat.")]
    [InlineData("On 8 March 2021, students marched in Sylhet to oppose new examination fees. Police foiled the march.")]
    public void Forces_that_obstruct_or_foil_a_rally_intervene_in_it(string text)
    {
        // Given a rally that the police obstruct, intercept or foil
        var best = Best(text);

        // Then the police intervened in the demonstration
        Assert.Equal("Protest with intervention", best?.SubEventType);
    }

    [Theory]
    [InlineData("Violent electoral protests broke out in Kisumu on Sunday after the announcement of the results.")]
    [InlineData("Students violently protest in Nairobi after they are barred from sitting their examinations.")]
    public void A_protest_called_violent_is_a_violent_demonstration(string text)
    {
        // Given a protest noun after the adjective "violent" and one word, or the adverb "violently" before the verb
        var best = Best(text);

        // Then the demonstration is a violent one
        Assert.Equal("Violent demonstration", best?.SubEventType);
    }

    [Fact]
    public void The_names_of_where_a_crowd_gathered_add_no_distance_to_its_demand()
    {
        // Given a gathering whose demand follows a long run of names of where it gathered
        var best = Best("On 8 March 2021, about forty retired teachers gathered at the Ministry of Finance on Rama VI Road in Phaya Thai, Bangkok, Thailand, to demand their unpaid pensions.");

        // Then the demand still makes the gathering a demonstration
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, an IED struck a military vehicle on the Mandera road.", "Remote explosive/landmine/IED")]
    [InlineData("On 8 March 2021, a landmine exploded under a military vehicle on the road to Garissa.", "Remote explosive/landmine/IED")]
    [InlineData("On 8 March 2021, Taliban militants attacked a military convoy in Kunduz.", "Armed clash")]
    public void Military_vehicles_and_convoys_are_the_army_struck(string text, string subEvent)
    {
        // Given an explosion or an attack whose target is a military vehicle or convoy named after the event's word
        var best = Best(text);

        // Then the army is the target, never the author of the explosion, and an armed group's attack on it is fighting
        Assert.Equal(subEvent, best?.SubEventType);
        Assert.StartsWith("Military Forces of", best?.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("02/19/2012: Gunmen opened fire on a police patrol near Baqubah, Diyala, Iraq, and killed two officers.", "Police Forces of Iraq (2014-2018)")]
    [InlineData("On 3 May 2019, gunmen attacked a police post in Mandera, killing two officers.", "Police Forces of Kenya (2013-2022)")]
    public void An_undated_report_takes_the_state_forces_of_the_day_it_names(string text, string police)
    {
        // Given a report with no publication date that names the day of its event, before or inside the registry's periods
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "undated", text, null).Records);

        // Then the police are the state's of that day's period, or of the earliest period the registry holds
        Assert.Equal(police, best?.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, Israeli troops entered a village west of Ramallah and fired tear gas at Palestinians.", "Attack")]
    [InlineData("On 8 March 2021, Russian forces detained four Ukrainians in Melitopol.", "Arrests")]
    public void A_nationality_s_plural_noun_names_its_people(string text, string subEvent)
    {
        // Given a nationality's plural noun alone as the object of an act
        var best = Best(text);

        // Then they are civilians, the act's target
        Assert.Equal(subEvent, best?.SubEventType);
        Assert.StartsWith("Civilians", best?.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, police found the bodies of two men in Nakuru.")]
    [InlineData("On 8 March 2021, the bodies of two traders were recovered by police from a river in Nakuru.")]
    public void Who_found_the_dead_did_not_kill_them(string text)
    {
        // Given the police as the subject or the agent of finding bodies
        var best = Best(text);

        // Then the killing's author is unknown and its victims the dead found
        Assert.Equal(2, best?.Fatalities);
        Assert.StartsWith("Unidentified Armed Group", best?.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pt", "Em 8 de março de 2021, a polícia encontrou os corpos de dois homens em Salvador.")]
    [InlineData("it", "L'8 marzo 2021 la polizia ha trovato i corpi di due uomini a Napoli.")]
    [InlineData("fr", "Le 8 mars 2021, la police a retrouvé les corps de deux hommes à Bouaké.")]
    public void Who_found_the_dead_did_not_kill_them_in_other_languages(string language, string text)
    {
        // Given the police as the subject of finding the bodies of two men
        var best = BestIn(language, text);

        // Then the killing's author is unknown and its victims the dead found
        Assert.Equal(2, best?.Fatalities);
        Assert.StartsWith("Unidentified Armed Group", best?.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On 8 March 2021, suspected JNIM and/or ISGS fighters raided a gendarmerie post near Djibo.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)")]
    [InlineData("On 8 March 2021, presumed ISGS or JNIM fighters burned a school near Djibo.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)")]
    [InlineData("On 8 March 2021, the KIA attacked a military convoy near Hpakant.", "KIO/KIA: Kachin Independence Organization/Kachin Independence Army")]
    [InlineData("On 8 March 2021, members of the Mungiki sect attacked a police post in Nairobi.", "Mungiki Militia")]
    [InlineData("On 8 March 2021, Pokot raiders attacked a village near Kitale, killing three herders.", "Pokot Ethnic Militia (Kenya)")]
    [InlineData("On 8 March 2021, Borana gunmen attacked a water point near Marsabit.", "Borana Ethnic Militia (Kenya)")]
    [InlineData("On 8 March 2021, Hawadle clan militia clashed with Abgal clan militia near Beledweyne.", "Hawiye-Hawadle Sub-Clan Militia (Somalia)")]
    [InlineData("On 8 March 2021, Danab soldiers raided an Al Shabaab hideout near Afgooye.", "Military Forces of Somalia (2022-) Special Forces")]
    public void Named_groups_of_the_registry_are_read_by_their_report_names(string text, string actor)
    {
        // Given a report naming a group by an alias of the registry, a composite attribution among them
        var best = Best(text);

        // Then the group is the author under its ACLED-style name
        Assert.Equal(actor, best?.Actor1);
    }

    [Fact]
    public void A_state_unit_and_its_forces_told_again_are_one_side()
    {
        // Given a unit of Somalia's forces named by its name, then retold as "government troops" before a toll
        var best = EvalSets.BestEvent(EvalSets.Extract(TestData.Engine, "unit",
            "On 4 June 2025, the Puntland Dervish Force and Islamic State fighters clashed in Dhadar area near Qandala, Bari. Government troops then held the area. Four militants were killed.",
            new DateOnly(2025, 6, 6)).Records);

        // Then one event: the unit's fight, with its dead, under ACLED's name for the unit
        Assert.Equal("Military Forces of Somalia (2022-) Puntland Dervish Force", best?.Actor1);
        Assert.Equal(4, best?.Fatalities);
    }

    [Theory]
    [InlineData("Market traders gather at the county offices to protest the new stall fees.", "Peaceful protest")]
    [InlineData("Hundreds of nurses gather at the hospital gate to protest unpaid allowances.", "Peaceful protest")]
    [InlineData("Hundreds gather at the stadium to hear the governor speak.", null)]
    public void A_brief_s_crowd_that_gathers_to_protest_is_a_demonstration(string text, string? expected)
    {
        // Given a brief in the present: a crowd gathers to protest something, or only to hear a speech
        var best = Best(text);

        // Then the gathering with a protest as its purpose is a demonstration; the speech names no event
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("Farmers and herders clash over grazing land at a ranch near Nanyuki. Two deaths and three injuries reported.", "Nanyuki")]
    [InlineData("Boda boda riders clash with police in Kisumu. Three injuries reported.", "Kisumu")]
    public void A_brief_s_count_after_its_one_action_completes_that_action(string text, string place)
    {
        // Given a brief in the present whose one action is followed by a sentence that only counts its victims
        var best = Best(text);

        // Then the present-tense action is the news, told where the brief says, and the count is its toll
        Assert.Equal(place, best?.Location);
    }

    [Theory]
    [InlineData("Chwarta students marched to the district offices on Monday to protest the arrest of their classmates.", "Chwarta")]
    [InlineData("Sinjil youths staged a demonstration on Monday against the closure of the market.", "Sinjil")]
    [InlineData("Tea farmers staged a demonstration on Monday over the late payment of bonuses.", null)]
    public void A_place_name_before_students_or_youths_is_where_they_are(string text, string? place)
    {
        // Given a crowd of students, pupils or youths qualified by a place name with no marker of place, or farmers
        // qualified by their crop
        var best = Best(text);

        // Then the name is where the crowd demonstrated, as it is before "residents"; a crop names no place
        Assert.Equal(place, best?.Location);
    }

    [Theory]
    [InlineData("On 8 March 2021, about forty people rallied in Mykolaiv in support of the defenders of Mariupol.", 1)]
    [InlineData("On 8 March 2021, some fifty students gathered in Mogilev in solidarity with the strikers of Brest.", 1)]
    [InlineData("On 8 March 2021, police detained two activists in Vinnytsia province during a rally.", 3)]
    public void A_province_s_name_set_alone_by_a_marker_of_place_is_its_seat(string text, int precision)
    {
        // Given a demonstration in a place whose name is a province's and, spelt otherwise in the gazetteer, its seat's,
        // set alone by "in", beside a city named in the demonstration's cause; or the same name with a province's noun
        var best = Best(text);

        // Then the name alone is the seat, where the crowd was; with the noun it is the province
        Assert.Equal(precision, best?.GeoPrecision);
        Assert.NotEqual("Mariupol", best?.Location);
        Assert.NotEqual("Brest", best?.Location);
    }

    [Theory]
    [InlineData("On 8 March 2021, in Kisumu, nurses protested outside the Institute of Tropical Medicine over unpaid allowances.", "Kisumu")]
    [InlineData("On 8 March 2021, journalists held a protest outside Nation office on Kenyatta Avenue in Nairobi against the arrest of an editor.", "Nairobi")]
    public void A_word_of_an_institution_s_name_is_no_place(string text, string place)
    {
        // Given a demonstration outside an institute or an office whose name the gazetteer lacks, in a named city
        var best = Best(text);

        // Then the city is the place, at a settlement's precision, not the institution's words
        Assert.Equal(place, best?.Location);
        Assert.Equal(1, best?.GeoPrecision);
    }

    [Theory]
    [InlineData("On 8 March 2021, traders protested in Garissa against the closure of the border by Ethiopia.", "Kenya")]
    [InlineData("On 8 March 2021, a students' union held a rally in Mirpur, Dhaka, calling for sanctions on Israel.", "Bangladesh")]
    [InlineData("On 8 March 2021, a dozen people held a protest in Kisumu demanding sanctions against Russia.", "Kenya")]
    public void A_country_named_in_a_crowd_s_demand_is_not_where_it_gathered(string text, string country)
    {
        // Given a demonstration at a named town whose demand or grievance names another country
        var best = Best(text);

        // Then the demonstration is in the town's country
        Assert.Equal(country, best?.Country);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, some 30 gunmen killed a man in Kisumu.", 1)]
    [InlineData("en", "On 8 March 2021, two gunmen shot dead a teacher in Garissa.", 1)]
    [InlineData("it", "L'8 marzo 2021 alcuni abitanti hanno linciato un uomo a Napoli.", 1)]
    [InlineData("en", "On 8 March 2021, 30 gunmen killed two soldiers in Garissa.", 2)]
    public void A_count_of_those_who_acted_is_no_toll_of_their_one_victim(string language, string text, int killed)
    {
        // Given an active verb of killing with a counted subject and one victim after it, or a counted victim
        var best = BestIn(language, text);

        // Then the dead are the victims after the verb, not the attackers counted before it
        Assert.Equal(killed, best?.Fatalities);
    }

    [Theory]
    [InlineData("Two are killed in a clash between rival herders in Isiolo.", 2)]
    [InlineData("Three suspected burglars are lynched by angry villagers in Meru.", 3)]
    public void A_present_passive_counts_its_subject_as_the_victims(string text, int killed)
    {
        // Given a brief in the present passive ("are killed", "are lynched") with its victims counted before the verb
        var best = Best(text);

        // Then the count is the toll
        Assert.Equal(killed, best?.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, residents lynched a suspected cattle thief in Kisumu.", "Civilians (Kenya)")]
    [InlineData("fr", "Le 8 mars 2021, des habitants ont lynché un voleur présumé à Bouaké.", "Civilians (Ivory Coast)")]
    [InlineData("es", "El 8 de marzo de 2021, vecinos lincharon a un presunto ladrón en Puebla.", "Civilians (Mexico)")]
    [InlineData("en", "On 8 March 2021, a mob lynched a suspected cattle rustler near Isiolo.", "Civilians (Kenya)")]
    [InlineData("en", "On 8 March 2021, villagers near Garissa killed a suspected thief.", "Civilians (Kenya)")]
    public void A_crowd_s_victims_are_civilians_apart_from_it(string language, string text, string victims)
    {
        // Given residents, named as civilians, who lynch a person also named as a civilian
        var best = BestIn(language, text);

        // Then the crowd is the rioters and its victim the civilians
        Assert.Equal("Mob violence", best?.SubEventType);
        Assert.Equal(victims, best?.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, Al Shabaab fighters exchanged fire among themselves in Beledweyne, resulting in one death.", 1)]
    [InlineData("On 8 March 2021, rival herders clashed over a water point near Wajir. One death and two injuries were reported.", 1)]
    public void One_death_is_a_toll_of_one(string text, int killed)
    {
        // Given a toll written as "one death"
        var best = Best(text);

        // Then one person died
        Assert.Equal(killed, best?.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, a mob beat a man to death in Kisumu over a stolen goat.", 1)]
    [InlineData("On 8 March 2021, a taxi driver was shot to death by four hooded men in Fortaleza.", 1)]
    [InlineData("On 8 March 2021, a mob lynched three men to death in Garissa.", 3)]
    [InlineData("On 8 March 2021, a court in Nairobi sentenced two men to death for the 2019 attack on a hotel.", 0)]
    public void To_death_after_an_act_of_violence_counts_its_victims(string text, int killed)
    {
        // Given "to death" after an act of violence and its victims, after a killing verb, or after a court's sentence
        var best = Best(text);

        // Then the victims of the act are the dead, counted once; the armed men after "by" and the sentenced are not
        Assert.Equal(killed, best?.Fatalities ?? 0);
    }

    [Theory]
    [InlineData("University of Eldoret lecturers protest over delayed salaries.")]
    [InlineData("Traders of a Kisumu market protest the closure of their stalls.")]
    [InlineData("Residents of the Kilimani neighbourhood protested against the new parking fees.")]
    public void A_place_that_qualifies_a_crowd_is_no_government_protesting(string text)
    {
        // Given a crowd whose place follows "of" or an indefinite article, before the protest word
        var best = Best(text);

        // Then the place names whose people protested: a demonstration, not a government's protest in words
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Theory]
    [InlineData("Taxi drivers blocked the roads into the city centre over new parking fees.")]
    [InlineData("Farmers blocked the railway near the sugar factory for six hours over unpaid deliveries.")]
    [InlineData("Residents went to the streets over the water cuts.")]
    [InlineData("Farmers blocked (with logs and stones) the main road to the market over the price of maize.")]
    public void Roads_blocked_and_streets_taken_in_the_plural_are_a_demonstration(string text)
    {
        // Given a crowd that blocks roads or a railway, or goes to the streets
        var best = Best(text);

        // Then it is a demonstration, however the road is written
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Theory]
    [InlineData("Police blocked the road leading to the parliament on Monday.", null)]
    [InlineData("Police officers blocked the highway to protest unpaid allowances.", "Protests")]
    [InlineData("Seven youths were arrested by the police for blocking the highway.", "Protests")]
    public void Forces_that_block_a_road_close_it_and_do_not_protest(string text, string? expected)
    {
        // Given police who block a road, police who block one to protest, and youths whom police arrest for blocking one
        var best = Best(text);

        // Then only the crowd's blocking and the officers' protest are demonstrations
        Assert.Equal(expected, best?.EventType);
    }

    [Theory]
    [InlineData("Police battle armed raiders near the border post.", "Armed clash")]
    [InlineData("Rival clans fight over pasture near the wells.", "Armed clash")]
    [InlineData("Youths battle police outside the county offices.", "Mob violence")]
    [InlineData("The battle against corruption continues in the capital.", null)]
    [InlineData("A long legal fight over the land goes on.", null)]
    public void Battle_and_fight_are_verbs_only_with_their_parties(string text, string? expected)
    {
        // Given "battle" and "fight" in the present: after their subject, before their opponent, or as nouns
        var best = Best(text);

        // Then the verbs with a party are a fight (a crowd's is mob violence); the nouns tell no event
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, angry villagers attacked and killed a young herder near the market, suspecting him of theft.", "Mob violence")]
    [InlineData("On 8 March 2021, residents attacked two young men they suspected of robbery near the bus park.", "Mob violence")]
    [InlineData("On 8 March 2021, residents were attacked by robbers near the market.", null)]
    [InlineData("On 8 March 2021, robbers attacked the residents of a village near the market.", null)]
    public void Civilians_who_attack_a_suspected_criminal_are_a_mob(string text, string? expected)
    {
        // Given civilians who attack people they suspect of a crime, and criminals who attack civilians
        var best = Best(text);

        // Then the crowd's justice is mob violence; the robbery stays a crime
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("Taxi owners did a motorcade through the city centre to demand lower fuel prices.")]
    [InlineData("Residents banged pots on their balconies against the new water tariffs.")]
    public void Motorcades_and_banged_pots_are_demonstrations(string text)
    {
        // Given a crowd that drives in a motorcade or bangs pots to voice a demand
        var best = Best(text);

        // Then it is a peaceful protest
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Fact]
    public void An_arrest_a_demand_describes_after_a_comma_is_no_intervention()
    {
        // Given a demonstration that demands the release of a colleague, whose arrest a participle after a comma tells
        var best = Best("On 8 March 2021, teachers staged a protest outside the education office demanding the release of a colleague, detained last week over a social media post.");

        // Then the arrest is the demand's, not the police's answer to the demonstration
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, members of two rival party factions clashed with sticks over the allocation of market stalls, injuring six people.", "Mob violence")]
    [InlineData("On 8 March 2021, traders demanding lower fees attacked council officials at the market.", "Violent demonstration")]
    public void A_crowd_s_motive_is_no_demand(string text, string expected)
    {
        // Given a crowd's violence told with its motive ("over the allocation"), and one told with a demand
        var best = Best(text);

        // Then only the demand makes it a demonstration's violence; the motive leaves it mob violence
        Assert.Equal(expected, best?.SubEventType);
    }

    [Fact]
    public void A_party_s_league_leaders_are_no_sport()
    {
        // Given a crowd that burned the homes of a party's leaders, the party named a league
        var best = Best("On 8 March 2021, a crowd set fire to the homes of two Awami League leaders in Chittagong.");

        // Then the violence is read, not silenced as a report on a sports league
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, two people were killed in Nakuru after a bus accident.")]
    [InlineData("On 8 March 2021, an explosion hit a factory in Nakuru after a gas leak.")]
    public void A_toll_or_a_blast_after_an_accident_is_still_the_accident(string text)
    {
        // Given deaths or a blast, and an accident after them
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10));

        // Then no event is read: tolls and blasts are what accidents have too
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event);
    }

    [Fact]
    public void People_a_mob_punishes_are_civilians_counted_among_its_dead()
    {
        // Given a mob that killed "two suspected robbers"
        var best = Best("On 8 March 2021, a vigilante mob killed two suspected robbers in a village near Nakuru.");

        // Then the count is of people, not of events: mob violence with two dead, the suspects civilians
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.Equal(2, best.Fatalities);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, the bodies of two farmers were found near a village outside Gao.")]
    [InlineData("fr", "Le 8 mars 2021, les corps de deux bergers ont été retrouvés près d'un village à l'est de Gao.")]
    [InlineData("es", "El 8 de marzo de 2021, los cuerpos de dos campesinos fueron hallados cerca de una vereda de Tumaco.")]
    public void Bodies_found_are_the_dead_of_an_attack(string language, string text)
    {
        // Given the bodies of two people found
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then they are the dead of an attack on civilians by unknown perpetrators
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(2, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On Monday government troops pushed the rebel fighters out of two villages near Kidal.")]
    [InlineData("en", "Soldiers drove back the jihadists from a village east of Menaka on Tuesday.")]
    [InlineData("fr", "Lundi, l'armée a chassé les jihadistes de la ville de Boni.")]
    [InlineData("es", "El lunes, el ejército expulsó a los guerrilleros de la localidad de Tame.")]
    public void Forces_that_push_a_group_out_of_a_place_regain_it(string language, string text)
    {
        // Given state forces that drive an armed group out of a place, the group named between the verb and the particle
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is ground regained by the government, not a clash or nothing
        Assert.NotNull(best);
        Assert.Equal("Government regains territory", best.SubEventType);
    }

    [Fact]
    public void A_takeover_told_as_lasting_background_does_not_swallow_the_news_clash()
    {
        // Given a clash told as news and a town's history since a past year, when another group drove rebels out of it
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "On Sunday, army units clashed with rebels near Kidal, leaving four fighters dead. The town has been held by a local militia since 2015, when the militia drove out the rebels.",
            new DateOnly(2021, 3, 10));
        var best = EvalSets.BestEvent(doc.Records);

        // Then the clash stays the report's event, with its toll
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal(4, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "Hundreds of students protested outside the parliament in Dhaka, infuriated by a ceremony held on the anniversary of the founding of the ruling party.")]
    [InlineData("fr", "Des centaines d'étudiants ont manifesté devant le parlement à Dakar, indignés par une cérémonie organisée pour l'anniversaire de la fondation du parti au pouvoir.")]
    public void What_a_crowd_is_angry_at_is_its_cause_and_silences_nothing(string language, string text)
    {
        // Given a demonstration whose crowd is "infuriated by" something that names an anniversary
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the anniversary is the cause of the demonstration, not history that silences the sentence
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "At least six people were killed in a bomb attack near a market in Kirkuk that appears to be linked to a feud between two clans.")]
    [InlineData("fr", "Six personnes ont été tuées dans un attentat à la bombe près d'un marché de Kirkouk qui semble lié à une querelle entre deux clans.")]
    public void A_hedge_in_a_relative_clause_after_the_event_doubts_the_clause_not_the_event(string language, string text)
    {
        // Given a bombing followed by a relative clause that hedges its cause ("that appears to be linked to…")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the bombing itself is reported, not unconfirmed
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
        Assert.Equal("reported", best.Certainty);
    }

    [Theory]
    [InlineData("en", "Five people were wounded when a grenade was thrown into a crowded shop in Cotabato, police said. Soldiers arrested the attacker on Tuesday after the grenade attack.")]
    [InlineData("es", "Cinco personas resultaron heridas cuando lanzaron una granada contra una tienda de Cotabato, según la policía. Los soldados detuvieron al atacante el martes tras el ataque con granada.")]
    public void An_arrest_told_after_the_attack_just_reported_is_its_aftermath(string language, string text)
    {
        // Given a grenade attack, then the arrest of its author "after the grenade attack"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the report's event is the attack; the arrest is still told, as its aftermath
        Assert.NotNull(best);
        Assert.Equal("Grenade", best.SubEventType);
        Assert.Contains(doc.Records, r => r.Kind == RecordKinds.Event && r.SubEventType == "Arrests");
    }

    [Theory]
    [InlineData("en", "Rebel fighters entered Kidal on Monday after the soldiers pulled out of the town without resistance or firing a single shot.")]
    [InlineData("es", "Los rebeldes entraron en Kidal el lunes después de que los soldados abandonaran la ciudad sin resistencia y sin disparar un solo tiro.")]
    public void A_town_left_without_resistance_or_a_shot_changes_hands_without_violence(string language, string text)
    {
        // Given rebels entering a town the soldiers left "without resistance or firing a single shot"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the shot shares the "without": the town changed hands without a fight, and no attack is told
        Assert.NotNull(best);
        Assert.Equal("Non-violent transfer of territory", best.SubEventType);
        Assert.DoesNotContain(doc.Records, r => r.Kind == RecordKinds.Event && r.SubEventType == "Attack");
    }

    [Theory]
    [InlineData("en", "An outbreak of violence between rival villagers left three people dead in Jessore on Sunday.")]
    [InlineData("es", "Un brote de violencia entre vecinos rivales dejó tres muertos el domingo en Jessore.")]
    public void An_outbreak_of_violence_is_mob_violence(string language, string text)
    {
        // Given deaths in "an outbreak of violence" between villagers, no armed group named
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the event is ACLED's mob violence, with its toll
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.Equal(3, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "Officials in Puebla are on alert after an explosive device detonated inside a church while two others were defused at a market.")]
    [InlineData("it", "A Puebla le autorità sono in allerta dopo che un ordigno esplosivo è esploso in una chiesa mentre altri due sono stati disinnescati in un mercato.")]
    public void A_device_told_with_its_own_verb_of_exploding_outranks_the_ones_defused_beside_it(string language, string text)
    {
        // Given a device named by a noun that "detonated", and two others defused in the same sentence
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the explosion, told as done by its verb, is the report's event
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
    }

    [Fact]
    public void A_territory_word_inside_a_name_does_not_drop_the_attack_told_beside_it()
    {
        // Given militants of a group whose name holds "Liberation", whose attack on army positions was repelled
        var best = Best("The Levant Liberation Committee militants' attack to seize army positions north of Idlib was repelled by the troops.");

        // Then the fighting is told, not dropped for a takeover that the name only spells
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
    }

    [Fact]
    public void The_government_forces_with_an_article_are_the_military()
    {
        // Given rebels attacking "the government forces' positions"
        var best = Best("Rebels attacked the government forces' positions near Idlib on Monday.");

        // Then the target is an armed party: an armed clash, not an attack on civilians or officials
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
    }

    [Theory]
    [InlineData("Journalist killed near the main market of Gao", 1)]
    [InlineData("Police officer dies after gunmen open fire on a patrol near Mandera", 1)]
    [InlineData("Armed gang kills police near a market in Mandera", 0)]
    public void A_headline_bare_singular_subject_of_a_death_is_one_victim(string text, int dead)
    {
        // Given a headline whose bare singular subject was killed or died, or a killer with its object after the verb
        var best = Best(text);

        // Then the one who died is one dead; a killer is never counted
        Assert.NotNull(best);
        Assert.Equal(dead, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "A storage container exploded behind a supermarket in Leeds on Monday, shattering windows along the street.")]
    [InlineData("fr", "Un conteneur de stockage a explosé derrière un supermarché de Lille lundi, brisant les vitres de la rue.")]
    [InlineData("es", "Un contenedor de almacenamiento explotó detrás de un supermercado de Sevilla el lunes y rompió los cristales de la calle.")]
    [InlineData("en", "Four workers died of poisoning at a tannery in Kano last week, officials said.")]
    public void An_industrial_accident_or_a_death_by_poisoning_is_no_political_violence(string language, string text)
    {
        // Given a storage container that exploded, or workers who died of poisoning, with no one said to have caused it
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the report tells an accident: no event
        Assert.Null(best);
    }

    [Theory]
    [InlineData("en", "Hundreds of traders held a march in Kisumu on Friday following the arrest of their union secretary.")]
    [InlineData("fr", "Des centaines de commerçants ont manifesté à Lomé vendredi après l'arrestation de leur secrétaire syndical.")]
    [InlineData("es", "Cientos de comerciantes marcharon en Cusco el viernes tras la detención de su secretario sindical.")]
    public void An_arrest_the_demonstration_followed_is_its_cause_not_an_intervention(string language, string text)
    {
        // Given a march told first, and an arrest named by a noun right after "following" / "après" / "tras"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the arrest came before the march and is what it was about: a peaceful protest
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "Police dispersed a student sit-in outside the ministry in Nakuru on Tuesday and three students were seriously injured.", "Excessive force against protesters")]
    [InlineData("fr", "La police a dispersé un sit-in d'étudiants devant le ministère à Bouaké mardi et trois étudiants ont été grièvement blessés.", "Excessive force against protesters")]
    [InlineData("es", "La policía dispersó una sentada de estudiantes frente al ministerio en Tarija el martes y tres estudiantes resultaron gravemente heridos.", "Excessive force against protesters")]
    [InlineData("en", "Police dispersed a student sit-in outside the ministry in Nakuru on Tuesday, with no reports of serious injuries.", "Protest with intervention")]
    public void A_dispersal_that_seriously_injures_the_crowd_is_excessive_force(string language, string text, string expected)
    {
        // Given a sit-in dispersed by the police, told with wounds called serious, or with serious injuries denied
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then serious injuries make it excessive force (ACLED's definition); without them it stays an intervention
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Fact]
    public void An_actor_past_a_comma_who_acts_with_a_verb_of_their_own_is_no_object_of_an_earlier_event_noun()
    {
        // Given a massacre named by a noun, and after a comma gunmen who "attacked" a bar and killed people
        var best = Best("Local radio reported a massacre in the district, while witnesses said gunmen attacked a bar in Belem and killed nine people.");

        // Then the gunmen are the attackers, not the massacre's target: an attack on civilians, not a clash
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal("Unidentified Armed Group (Brazil)", best.Actor1);
    }

    [Theory]
    [InlineData("en", "Soldiers and police carried out raids to detain student leaders and activists in Srinagar on Sunday.")]
    [InlineData("fr", "Les gendarmes ont mené une descente pour interpeller des militants syndicaux à Kayes dimanche.")]
    public void A_raid_whose_purpose_is_an_arrest_is_an_arrest(string language, string text)
    {
        // Given forces carrying out raids "to detain" people, or a "descente pour interpeller"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the raid is the arrest: no attack, and no intervention in a demonstration no one held
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "A fishing trawler was struck by a cargo ship off Mombasa before dawn on Monday, and two of its crew died.")]
    [InlineData("fr", "Un chalutier a été percuté par un navire au large de Dakar lundi avant l'aube, et deux marins sont morts.")]
    public void A_ship_struck_by_another_ship_is_a_collision_not_an_attack(string language, string text)
    {
        // Given a trawler "struck by a cargo ship" / "percuté par un navire", with crew dead
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the report tells an accident at sea: no event
        Assert.Null(best);
    }

    [Theory]
    [InlineData("en", "A tank holding heating oil burned for six hours behind a depot in Leeds on Monday.")]
    [InlineData("fr", "Une cuve de mazout a brûlé pendant six heures derrière un entrepôt de Rouen lundi.")]
    public void Stored_heating_oil_that_burns_is_an_accident_not_arson(string language, string text)
    {
        // Given a tank of heating oil / mazout that burned, with no one said to have set it alight
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the report tells an accident: no property destruction
        Assert.Null(best);
    }

    [Theory]
    [InlineData("en", "Members of the ruling party assaulted two journalists outside a court in Chittagong on Tuesday.")]
    [InlineData("en", "Members of the opposition youth league beat and injured a shopkeeper in Nakuru on Sunday.")]
    [InlineData("fr", "Des membres du parti au pouvoir ont agressé deux journalistes à Dakar mardi.")]
    [InlineData("es", "Miembros del partido oficialista golpearon a dos periodistas en Caracas el martes.")]
    [InlineData("pt", "Membros do partido governista agrediram dois jornalistas em Maputo na terça-feira.")]
    public void Members_of_a_body_that_is_no_armed_group_who_beat_people_are_a_mob(string language, string text)
    {
        // Given members of a party or league, no armed organisation, who assault people
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2023, 5, 5), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then ACLED's mob violence by rioters, not an attack by an unidentified armed group
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Taliban members attacked a police checkpoint in Kunduz on Monday, killing two officers.", "Taliban")]
    [InlineData("Members of the Islamic State attacked an army post near Mosul on Tuesday, killing two soldiers.", "Islamic State")]
    [InlineData("Gunmen fired on security force members at a checkpoint near Ramadi on Monday, killing two.", "Unidentified Armed Group")]
    public void Members_of_an_armed_group_or_of_the_forces_stay_that_group(string text, string actor1)
    {
        // Given members named right after an armed group, before one, or after the words of a force
        var best = Best(text);

        // Then the fighting is the group's, and no crowd of rioters appears
        Assert.NotNull(best);
        Assert.StartsWith(actor1, best.Actor1, StringComparison.Ordinal);
        Assert.NotEqual("Mob violence", best.SubEventType);
    }

    [Fact]
    public void A_letter_of_protest_after_a_sit_in_does_not_make_the_sit_in_a_figure_of_speech()
    {
        // Given pupils who held a sit-in and then handed over a letter of protest
        var best = Best("On Monday pupils held a sit-in at the school gate in Koudougou and later handed a letter of protest to the regional director.");

        // Then the sit-in is a peaceful protest
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Fact]
    public void Officials_who_protested_at_a_place_are_protesters()
    {
        // Given officials who "protested in" a town over their pay
        var best = Best("On Tuesday election clerks and county officials protested in Kisumu over months of unpaid allowances.");

        // Then a peaceful protest by protesters of the country, not a government's statement
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal("Protesters (Kenya)", best.Actor1);
    }

    [Fact]
    public void A_government_protest_in_words_is_still_no_event()
    {
        // Given a government's officials who protested an incursion, in no place
        var best = Best("Officials of the Iraqi government protested on Tuesday against the incursion by Turkish troops.");

        // Then no demonstration is recorded
        Assert.True(best is null || best.SubEventType != "Peaceful protest");
    }

    [Theory]
    [InlineData("On Sunday about 300 nurses formed a human chain outside the hospital in Khulna city. Police dispersed the crowd and at least five nurses were hurt.")]
    [InlineData("On Sunday about 300 nurses staged a sit-in on the main road in Khulna city. Police forces removed the demonstrators from the road.")]
    public void A_dispersal_told_in_the_next_sentence_with_its_injured_is_the_intervention(string text)
    {
        // Given a demonstration, then a sentence in which the police disperse or remove its crowd (with a count of hurt)
        var best = Best(text);

        // Then the demonstration is a protest with intervention by the police
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
        Assert.StartsWith("Police Forces of Bangladesh", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("About 60 motorcycle taxi riders barricaded the busy Kericho road on Monday to protest its poor state.", "Violent demonstration")]
    [InlineData("Traders barricaded Moi Avenue in Kisumu on Tuesday, demanding the return of their stalls.", "Violent demonstration")]
    public void A_road_a_crowd_barricades_is_a_violent_demonstration(string text, string subEvent)
    {
        // Given a crowd that "barricaded" a road or street, named or not
        var best = Best(text);

        // Then ACLED's violent demonstration by rioters (a barricaded road), not a confinement
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two men were shot dead late on Saturday in a hamlet east of Fada N'Gourma.")]
    [InlineData("Unknown individuals armed with knives attacked and robbed three herders near Dori on Sunday.")]
    public void Men_killed_by_no_one_named_are_civilians_attacked_by_an_unidentified_group(string text)
    {
        // Given men shot dead with no killer named, or unknown individuals who attack herders
        var best = Best(text);

        // Then an attack by an unidentified armed group on civilians (men are civilians; unknown individuals are not a mob)
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On Friday suspected militants raided a hamlet near Kaya, killed four herders and seized their livestock.")]
    [InlineData("On Friday gunmen shot dead a trader on the road to Dori and seized his two motorbikes.")]
    public void Goods_seized_in_a_killing_are_part_of_the_attack(string text)
    {
        // Given people killed and goods seized in the same sentence
        var best = Best(text);

        // Then the event is the attack on civilians, with its dead, not looting
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.True(best.Fatalities > 0);
    }

    [Fact]
    public void Barriers_a_demonstration_pulls_down_make_it_violent()
    {
        // Given protesters who pulled down concrete barriers during a demonstration
        var best = Best("Protesters pulled down concrete barriers leading to the parliament during a demonstration in Yerevan on Friday.");

        // Then property destroyed by the demonstration's crowd: a violent demonstration
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
    }

    [Fact]
    public void A_dateline_closed_by_a_full_stop_does_not_date_the_event_told_after_it()
    {
        // Given a wire report whose dateline ends with a full stop and the agency's name in slashes ("БАГДАД, 7 июня. /ТАСС/."),
        // a bombing told first without a day, and the next sentence telling the day the device went off
        const string Text = "БАГДАД, 7 июня. /ТАСС/. Трое полицейских погибли при подрыве самодельного взрывного устройства вблизи Самарры. " +
                            "Взрывное устройство сработало в четверг утром.";
        var events = EvalSets.Extract(TestData.Engine, "rule", Text, new DateOnly(2024, 6, 7), "ru").Records
            .Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then the dateline's day is the filing day, not the event's: one bombing, dated Thursday
        var only = Assert.Single(events);
        Assert.Equal("Remote explosive/landmine/IED", only.SubEventType);
        Assert.Equal("2024-06-06", only.EventDate);
    }

    [Theory]
    [InlineData("en", "The Sudanese army and the Rapid Support Forces signed a short truce in Jeddah on Saturday, mediators said.")]
    [InlineData("ru", "Суданская армия и Силы быстрой поддержки подписали в субботу в Джидде соглашение о перемирии.")]
    public void An_agreement_between_two_armed_parties_names_both_signatories(string language, string text)
    {
        // Given the army and a rebel force, joined by "and", signing a truce
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2023, 5, 21), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the agreement has the two signatories as its two actors
        Assert.NotNull(best);
        Assert.Equal("Agreement", best.SubEventType);
        Assert.Equal("Military Forces of Sudan (2019-)", best.Actor1);
        Assert.Equal("Rapid Support Forces", best.Actor2);
    }

    [Theory]
    [InlineData("Бойцы Сил быстрого реагирования атаковали в субботу рынок в городе Эль-Фашир, погибли пятеро мирных жителей.", "Rapid Support Forces")]
    [InlineData("Вооруженные люди из Сил быстрого реагирования похитили в пятницу двух врачей в городе Эль-Обейд.", "Rapid Support Forces")]
    public void A_russian_organisation_name_is_known_in_any_case(string text, string actor)
    {
        // Given a Russian report naming an organisation in the genitive ("Сил быстрого реагирования")
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2024, 3, 10), "ru");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the organisation is the attacker
        Assert.NotNull(best);
        Assert.Equal(actor, best.Actor1);
    }

    [Theory]
    [InlineData("Колонна сирийской армии подверглась нападению боевиков ИГ близ Пальмиры в субботу.")]
    [InlineData("Трое сирийских военных убиты боевиками ИГ близ Пальмиры в субботу.")]
    public void A_russian_passive_agent_after_the_verb_without_a_preposition_is_the_attacker(string text)
    {
        // Given a Russian passive whose patient is its subject and whose agent follows the verb in a case ending, no preposition
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2023, 5, 21), "ru");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the party after the verb attacked, the subject was attacked
        Assert.NotNull(best);
        Assert.Equal("Islamic State (Syria)", best.Actor1);
        Assert.Equal("Military Forces of Syria (2000-2024)", best.Actor2);
    }

    [Fact]
    public void A_russian_place_that_underwent_shelling_names_the_shooter_after_the_phrase()
    {
        // Given "a village underwent shelling of the AFU" (the shooter in the genitive after the noun)
        var doc = EvalSets.Extract(TestData.Engine, "rule", "Село близ Шебекино подверглось обстрелу ВСУ в субботу, ранены двое мирных жителей.", new DateOnly(2023, 5, 21), "ru");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the Ukrainian army shelled, it is not the target
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.Equal("Military Forces of Ukraine (2019-)", best.Actor1);
    }

    [Theory]
    [InlineData("de", "Kiew (dpa) - Bei einem russischen Drohnenangriff im Süden der Ukraine sind in der Nacht zwei Menschen getötet worden.")]
    [InlineData("fr", "Kiev (AFP) - Deux civils ont été tués dans la nuit par une frappe de drone russe dans le sud de l'Ukraine.")]
    public void A_dateline_with_a_capitalised_place_and_the_agency_in_brackets_is_not_the_event_place(string language, string text)
    {
        // Given a German or French wire dateline, the filing city in small letters and the agency in brackets before the
        // dash, and a strike told only in a region of the country
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2024, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the filing city is not the strike's place
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
        Assert.NotEqual("Kyiv", best.Location);
    }

    [Theory]
    [InlineData("fr", "Niamey, 9 mars 2021 - Des hommes armés ont attaqué lundi un marché dans la région de Tillabéri, tuant six civils, ont indiqué mardi des sources locales.")]
    [InlineData("es", "Niamey, 9 de marzo de 2021.- Hombres armados atacaron el lunes un mercado en la región de Tillabéri y mataron a seis civiles, informaron el martes fuentes locales.")]
    public void A_dateline_of_a_capitalised_place_a_comma_and_a_date_is_neither_the_event_place_nor_its_date(string language, string text)
    {
        // Given a dateline written in small letters with the filing date and no agency ("Niamey, 9 mars 2021 -"), and an
        // attack told on the day before, in a region of the country
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2021, 3, 10), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the attack keeps Monday's date and its region, not the filing city and date
        Assert.NotNull(best);
        Assert.Equal("2021-03-08", best.EventDate);
        Assert.Equal("Tillabéri", best.Admin1);
    }

    [Fact]
    public void A_long_dateline_of_a_two_word_place_and_the_agency_is_not_the_event_place()
    {
        // Given a Spanish wire dateline of a two-word city opening with a short word, a long date and the agency
        // ("La Paz, 9 de marzo de 2021 (EFE).-": 13 tokens), and roads blocked in another department
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "La Paz, 9 de marzo de 2021 (EFE).- Cientos de campesinos bloquearon este martes varias carreteras del departamento de Cochabamba para exigir elecciones.",
            new DateOnly(2021, 3, 10), "es");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the filing city is not the blockade's place
        Assert.NotNull(best);
        Assert.Equal("Cochabamba", best.Admin1);
    }

    [Fact]
    public void A_german_noun_the_gazetteer_lacks_after_an_article_is_no_place()
    {
        // Given a German report where a bomb was hidden "am Wegesrand" (at the wayside: a capitalised common noun after
        // a fused article) and the only place is a region of a country
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "Bei der Explosion eines am Wegesrand versteckten Sprengsatzes sind im Norden des Irak drei Soldaten getötet worden.",
            new DateOnly(2024, 3, 10), "de");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the wayside is not taken for a village
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
        Assert.NotEqual("Wegesrand", best.Location);
    }

    [Theory]
    [InlineData("en", "Ukraine reports two dead after shelling in Donetsk region\n\nRussian artillery fire killed two civilians in the town of Kramatorsk on Monday, regional officials said.")]
    [InlineData("de", "Ukraine meldet Tote nach Beschuss im Gebiet Donezk\n\nDurch russischen Artilleriebeschuss sind in der Stadt Kramatorsk am Montag zwei Zivilisten getötet worden.")]
    public void A_headline_bombardment_in_the_province_of_the_body_town_is_the_same_event(string language, string text)
    {
        // Given a headline that places a shelling in a province ("in Donetsk region") and a body that tells it in a town of that province
        var events = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2024, 4, 16), language).Records
            .Where(r => r.Kind == RecordKinds.Event && !r.Habitual).ToList();

        // Then one shelling is recorded, in the town
        var only = Assert.Single(events);
        Assert.Equal("Kramatorsk", only.Location);
        Assert.Equal(2, only.Fatalities);
    }

    [Theory]
    [InlineData("en", "Dozens of people looted several food warehouses in central Port-au-Prince on Wednesday, taking advantage of the chaos caused by clashes between rival gangs, police said.")]
    [InlineData("fr", "Des dizaines d'individus ont pillé mercredi plusieurs entrepôts de produits alimentaires dans le centre de Port-au-Prince, profitant du chaos provoqué par des affrontements entre gangs rivaux.")]
    public void Violence_named_as_the_cause_of_a_situation_is_background_to_the_act_told(string language, string text)
    {
        // Given looting told by its verb, "taking advantage of the chaos caused by clashes"
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2024, 3, 7), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the news is the looting, not the clashes named as its cause
        Assert.NotNull(best);
        Assert.Equal("Looting/property destruction", best.SubEventType);
    }

    [Theory]
    [InlineData("fr", "La police a interpellé 1 200 manifestants samedi à Paris lors de heurts en marge du cortège.")]
    [InlineData("ru", "Полиция задержала 1 200 участников акции в субботу в Москве.")]
    public void A_count_grouped_in_thousands_by_a_plain_space_is_one_number(string language, string text)
    {
        // Given a count written "1 200" with a plain space, as French and Russian group thousands
        var doc = EvalSets.Extract(TestData.Engine, "rule", text, new DateOnly(2023, 3, 12), language);
        var best = EvalSets.BestEvent(doc.Records);

        // Then it is read as one thousand two hundred, not as 1 and 200
        Assert.NotNull(best);
        Assert.Equal(1200, best.Captured);
    }

    [Fact]
    public void A_russian_town_the_gazetteer_lacks_in_cyrillic_is_found_by_its_latin_spelling()
    {
        // Given a Russian report placing a bombing "near the town of Tarmiya", a town the gazetteer names only in Latin letters
        var doc = EvalSets.Extract(TestData.Engine, "rule",
            "Трое иракских полицейских погибли при подрыве самодельного взрывного устройства вблизи города Тармия в четверг.",
            new DateOnly(2024, 6, 7), "ru");
        var best = EvalSets.BestEvent(doc.Records);

        // Then the town is found by its transliteration
        Assert.NotNull(best);
        Assert.Equal("Tarmiyah", best.Location);
    }

    [Theory]
    [InlineData("On Tuesday three men attacked a county official as he walked home from a mosque in Garissa.", "Attack")]
    [InlineData("Four individuals on motorbikes opened fire at a police station in Garissa on Tuesday.", "Armed clash")]
    public void Men_who_attack_are_unidentified_assailants_not_a_mob(string text, string subEvent)
    {
        // Given plain words for people ("men", "individuals") as the subject of an attack
        var best = Best(text);

        // Then an unidentified armed group attacked (or fought the police), not a mob of civilians
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Bei einem Drohnenangriff auf ein Dorf bei Mossul sind nach Angaben der örtlichen Behörden fünf Menschen getötet worden.")]
    [InlineData("ru", "Пять человек погибли в результате удара беспилотника по деревне под Мосулом, по данным местных властей.")]
    public void Authorities_named_after_an_attribution_are_the_source_not_a_party(string language, string text)
    {
        // Given a drone strike's toll told "according to the local authorities", the authorities after the attribution
        var best = BestIn(language, text);

        // Then the authorities are where the report has its facts: the dead are civilians and no state force took part
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
        Assert.Null(best.Actor1);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_named_as_an_embassys_owner_is_not_the_reports_country()
    {
        // Given a rally in Niamey held in front of France's embassy
        var doc = TestData.Engine.Extract("embassy",
            "Des centaines de manifestants se sont rassemblés dimanche à Niamey devant l'ambassade de France pour réclamer le départ des troupes étrangères.",
            new ArticleMeta { Published = new DateOnly(2023, 8, 13), DeclaredLanguage = "fr" });
        var best = EvalSets.BestEvent(doc.Records);

        // Then the rally is in Niamey, Niger: the embassy's country is no vote for the report's
        Assert.NotNull(best);
        Assert.Equal("Niger", best.Country);
        Assert.Equal("Niamey", best.Location);
        Assert.StartsWith("Protesters (Niger)", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, police clashed with nurses protesting unpaid salaries in Eldoret, and four people were hurt.")]
    [InlineData("en", "On 8 March 2021, market vendors held a demonstration in Kisii over new fees. Police and vendors clashed during the demonstration.")]
    [InlineData("fr", "Le 8 mars 2021, des policiers se sont affrontés avec des étudiants qui manifestaient contre la hausse des frais à Bobo-Dioulasso.")]
    [InlineData("es", "El 8 de marzo de 2021, la policía se enfrentó con maestros que protestaban por salarios atrasados en Cochabamba.")]
    public void A_demonstrations_crowd_clashing_with_police_is_a_violent_demonstration(string language, string text)
    {
        // Given a crowd told as demonstrating and, in the same sentence or the next, clashing with the police
        var doc = ReadIn(language, text);
        var best = EvalSets.BestEvent(doc.Records);

        // Then ACLED's violent demonstration: the crowd are rioters, the police the second actor, and no separate
        // battle or attack on civilians is written for the same fight
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces", best.Actor2, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Records, r => r.SubEventType is "Armed clash" or "Attack");
    }

    [Fact]
    public void A_clash_named_in_a_demonstrations_grievance_leaves_it_peaceful()
    {
        // Given teachers rallying against a death in an earlier clash with police
        var best = Best("On 8 March 2021, teachers held a rally in Kisii against the death of a colleague during a clash with police last week.");

        // Then the clash is the rally's cause, not its conduct: the rally stays a peaceful protest
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
    }

    [Fact]
    public void A_protest_infinitive_after_a_listed_place_tells_the_gathering_there()
    {
        // Given farmers who gathered at a market, its town and county named in a comma list, "to protest"
        var best = Best("On 8 March 2021, farmers gathered at the market in Karatina, Nyeri, to protest low coffee prices.");

        // Then the commas of the place list do not cut the purpose from the gathering: a peaceful protest at Karatina
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal("Karatina", best.Location);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, rivals stabbed and killed a man in Kisii after a quarrel over land.")]
    [InlineData("en", "On 8 March 2021, a trader and his accomplices stabbed a shop owner in Kakamega after a quarrel.")]
    [InlineData("fr", "Le 8 mars 2021, des rivaux ont agressé et blessé un cultivateur à Koudougou après une dispute foncière.")]
    [InlineData("es", "El 8 de marzo de 2021, unos rivales de un dirigente vecinal golpearon a un comerciante en Cochabamba.")]
    public void Rivals_and_accomplices_who_beat_someone_are_a_mob_not_an_armed_group(string language, string text)
    {
        // Given people of a private quarrel, rivals or accomplices, who beat or stab a man
        var best = BestIn(language, text);

        // Then they are a crowd of civilians turned violent: ACLED's mob violence by rioters, not an unidentified armed group
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void Barricading_a_named_road_in_protest_is_a_violent_demonstration()
    {
        // Given riders who protested by barricading a road named by the two towns it joins
        var best = Best("On 8 March 2021, motorcycle taxi riders protested police harassment by barricading the Kisii-Kilgoris road.");

        // Then ACLED's road-blocking with barricades: a violent demonstration by rioters
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.StartsWith("Rioters", best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, a bomb planted outside the central bank in Aden exploded, wounding two guards.")]
    [InlineData("fr", "Le 8 mars 2021, une bombe a explosé devant la banque centrale à Mogadiscio, blessant deux gardes.")]
    [InlineData("de", "Am 8. März 2021 explodierte vor der Zentralbank in Aden eine Bombe und verletzte zwei Wachleute.")]
    public void A_central_bank_is_a_building_a_bomb_can_hit_not_talk_of_markets(string language, string text)
    {
        // Given a bomb that went off outside a central bank
        var best = BestIn(language, text);

        // Then the bank is where it happened, and the sentence is not silenced as economic news
        Assert.NotNull(best);
        Assert.Equal("Remote explosive/landmine/IED", best.SubEventType);
    }

    [Fact]
    public void Market_news_that_names_the_central_bank_is_still_no_event()
    {
        // Given economic news told in the words of war
        var best = Best("Shares fell on Monday after the central bank fired a warning shot at lenders, killing hopes of a rate cut.");

        // Then no event is read from it
        Assert.Null(best);
    }

    [Fact]
    public void Economic_words_in_another_sentence_do_not_make_a_march_off_topic()
    {
        // Given a march, then a sentence of what the marchers blamed, in the words of the economy
        var best = Best("On 8 March 2021, teachers marched through Beirut to the finance ministry. They blamed the collapse of the exchange rate and soaring inflation for their hunger.");

        // Then the report is still about a demonstration
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal("Beirut", best.Location);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, police dispersed a group of dock workers outside the port of Izmir.")]
    [InlineData("fr", "Le 8 mars 2021, la police a dispersé un groupe d'ouvriers devant la mairie de Thiès.")]
    [InlineData("es", "El 8 de marzo de 2021, la policía dispersó a un grupo de trabajadores frente al ayuntamiento de Arequipa.")]
    [InlineData("ru", "8 марта 2021 года полиция разогнала группу рабочих у здания администрации в Самаре.")]
    public void A_crowd_the_police_dispersed_had_gathered_in_a_demonstration(string language, string text)
    {
        // Given the police dispersing a group of workers, with no word of protest
        var best = BestIn(language, text);

        // Then the gathering they dispersed is a demonstration that met an intervention, the police its second side
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
        Assert.StartsWith("Protesters", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Police_who_disperse_a_fight_told_before_intervene_in_it_and_make_no_demonstration()
    {
        // Given a fight between traders, then the police dispersing them
        var best = Best("On 8 March 2021, two rival groups of traders fought at the market in Nakuru. Police dispersed them.");

        // Then the report's event stays the fight
        Assert.NotNull(best);
        Assert.Equal("Mob violence", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, soldiers fired tear gas at shepherds grazing their flock near Tubas.")]
    [InlineData("fr", "Le 8 mars 2021, des soldats ont tiré des gaz lacrymogènes sur des agriculteurs dans leurs champs près de Tubas.")]
    public void Soldiers_who_gas_civilians_where_no_demonstration_is_told_attack_them(string language, string text)
    {
        // Given soldiers firing tear gas at farmers or shepherds, with no demonstration anywhere in the report
        var best = BestIn(language, text);

        // Then the forces attacked civilians (ACLED's violence against civilians), not a demonstration
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_takeover_told_by_a_phrase_that_holds_the_ground_is_kept_without_a_place()
    {
        // Given a takeover whose words name the ground taken ("seized a village"), and no place
        var best = Best("On 8 March 2021, rebels seized a village after a night of heavy fighting, a local official said.");

        // Then it is still a change of territory: the ground is named, if not where it lies
        Assert.NotNull(best);
        Assert.Equal("Non-state actor overtakes territory", best.SubEventType);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, gunmen attempted to kill a district official in Beledweyne.")]
    [InlineData("fr", "Le 8 mars 2021, des hommes armés ont tenté de tuer un notable à Mopti.")]
    [InlineData("en", "On 8 March 2021, a judge survived an assassination attempt in Basra.")]
    public void An_attempt_on_a_life_is_an_attack_in_which_no_one_died(string language, string text)
    {
        // Given an attempt to kill someone, with no word that it succeeded
        var best = BestIn(language, text);

        // Then it is an attack, and the word of killing counts no dead
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(0, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, students marched in Nakuru against the killing of a young hawker who was shot by police in Eldoret last week.", "Eldoret")]
    [InlineData("fr", "Le 8 mars 2021, des étudiants ont manifesté à Thiès contre la mort d'un jeune commerçant qui a été abattu par la police à Dakar la semaine dernière.", "Dakar")]
    public void What_was_done_to_a_grievances_victim_in_a_relative_clause_is_part_of_the_grievance(string language, string text, string causePlace)
    {
        // Given a march against a death, and a relative clause telling how that person was killed, elsewhere and earlier
        var doc = ReadIn(language, text);
        var best = EvalSets.BestEvent(doc.Records);

        // Then the report's event is the march, with no dead of its own, and the killing it is against makes no record
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Equal(0, best.Fatalities);
        Assert.DoesNotContain(doc.Records, r => r.Location == causePlace);
    }

    [Fact]
    public void A_march_written_in_lower_case_is_a_demonstration_and_the_month_is_not()
    {
        // Given a report whose only demonstration word is "march" after an adjective, and one that names the month March
        var march = Best("On 8 March 2021, hundreds of teachers joined a peaceful march through central Nairobi to demand higher pay.");
        var month = Best("In March 2021, police arrested two traders in Nairobi over the sale of counterfeit goods.");

        // Then the first is a peaceful protest, and the month makes no demonstration of the second
        Assert.NotNull(march);
        Assert.Equal("Peaceful protest", march.SubEventType);
        Assert.NotEqual("Peaceful protest", month?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, four people were killed in fighting between two rival clans over a water point in Wajir County.", "Armed clash", "Unidentified Clan Militia (Kenya)")]
    [InlineData("On 8 March 2021, three people died in renewed ethnic clashes over grazing land near Isiolo, Kenya.", "Armed clash", "Unidentified Ethnic Militia (Kenya)")]
    [InlineData("On 8 March 2021, herders from two neighbouring communities clashed over pasture near Isiolo, Kenya, leaving three people dead.", "Armed clash", "Unidentified Communal Militia (Kenya)")]
    [InlineData("On 8 March 2021, two groups of youths from the same community clashed at a market in Isiolo, Kenya, injuring four people.", "Mob violence", "Rioters (Kenya)")]
    [InlineData("On 8 March 2021, gunmen attacked a village near Isiolo, Kenya, killing three people.", "Attack", "Unidentified Armed Group (Kenya)")]
    public void Fighting_between_communities_is_a_clash_of_their_militias(string text, string expected, string actor1)
    {
        // Given people killed in fighting that a word calls a fight between clans, ethnic groups or communities, a brawl
        // within one community that only injured, and gunmen's attack on a village
        var best = Best(text);

        // Then the fighting is an armed clash between the communities' militias, its dead the toll; the brawl stays a
        // mob's violence and the gunmen's killing an attack on civilians
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("fr", "Le 8 mars 2021, trois personnes ont été tuées dans des affrontements intercommunautaires près de Djibo, au Burkina Faso.", "Unidentified Communal Militia (Burkina Faso)")]
    [InlineData("es", "El 8 de marzo de 2021, tres personas murieron en enfrentamientos entre clanes rivales cerca de Beledweyne, Somalia.", "Unidentified Clan Militia (Somalia)")]
    public void Fighting_between_communities_is_read_in_other_languages(string language, string text, string actor1)
    {
        // Given a French and a Spanish report of people killed in fighting between communities or clans
        var best = BestIn(language, text);

        // Then each is an armed clash between the communities' militias
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal(actor1, best.Actor1);
    }

    [Theory]
    [InlineData("On 8 March 2021, assailants assaulted and injured two journalists at a market in Kisumu, Kenya.", "Mob violence")]
    [InlineData("On 8 March 2021, unidentified persons beat a shopkeeper with sticks in Kisumu, Kenya.", "Mob violence")]
    [InlineData("On 8 March 2021, gunmen assaulted and robbed two traders near a market in Kisumu, Kenya.", "Attack")]
    [InlineData("On 8 March 2021, police officers assaulted two journalists at a market in Kisumu, Kenya.", "Attack")]
    public void A_beating_by_people_with_no_arms_is_mob_violence(string text, string expected)
    {
        // Given people with no arms told who beat someone, and gunmen and police who did the same
        var best = Best(text);

        // Then the first are a crowd's violence, the gunmen's and the police's an attack
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, the monitoring mission recorded 12 bursts of fire from heavy machineguns near Avdiivka, Ukraine.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, the monitoring mission recorded 12 bursts of fire from heavy machine-guns near Avdiivka, Ukraine.", "Shelling/artillery/missile attack")]
    [InlineData("On 8 March 2021, the monitoring mission recorded 12 bursts of fire from small arms and heavy machineguns near Avdiivka, Ukraine.", "Armed clash")]
    public void Heavy_machine_guns_written_in_one_word_are_heavy_weapons(string text, string expected)
    {
        // Given bursts of heavy machine-gun fire spelled in one word or with a hyphen, alone and with small arms
        var best = Best(text);

        // Then alone they are heavy weapons' fire, as "heavy machine guns" is; with small arms, fighting at close range
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
    }

    [Fact]
    public void A_person_found_dead_is_the_victim_of_an_attack()
    {
        // Given a body found with gunshot wounds, told of "a person", with no author named
        var best = Best("On 8 March 2021, a person was found dead with gunshot wounds on a street in Culiacan, Mexico.");

        // Then the person is a civilian killed by an unidentified armed group (ACLED's attack), not a party to fighting
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal("Civilians (Mexico)", best.Actor2);
        Assert.Equal(1, best.Fatalities);
    }

    [Fact]
    public void A_disaster_a_crowd_demands_help_for_leaves_its_protest_standing()
    {
        // Given a protest whose next sentence tells what the crowd demanded, help amid a drought, and a report of a flood's
        // victims who demanded help in the same words
        var protest = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, hundreds of farmers protested in Garissa, Kenya. They demanded government help amid the worst drought in decades.", new DateOnly(2021, 3, 10));
        var flood = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, floods killed twelve people in Garissa, Kenya. Residents demanded government help amid the worst floods in decades.", new DateOnly(2021, 3, 10));

        // Then the drought is what the crowd demanded help for, and the protest stays; the flood's report stays no event
        Assert.Equal("Peaceful protest", EvalSets.BestEvent(protest.Records)?.SubEventType);
        Assert.Null(EvalSets.BestEvent(flood.Records));
    }

    [Theory]
    [InlineData("On 8 March 2021, dozens of government officials staged a protest outside their ministry in Mogadishu, Somalia, over unpaid wages.", "Peaceful protest")]
    [InlineData("On 8 March 2021, hundreds of residents, including regional officials, protested at the market in Mogadishu, Somalia, against a new tax.", "Peaceful protest")]
    [InlineData("On 8 March 2021, the Somali government protested the decision of the Ethiopian government.", null)]
    public void Officials_who_stage_a_demonstration_are_a_crowd(string text, string? expected)
    {
        // Given officials who staged a protest, officials named as part of a protesting crowd, and a government's protest
        // in words
        var best = Best(text);

        // Then the first two are demonstrations; the government's words are no event
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, teachers observed a 48-hour work stoppage in Bobo-Dioulasso, Burkina Faso, to press their demands.")]
    [InlineData("On 8 March 2021, motorcycle taxi drivers blocked traffic in Kericho, Kenya, to demand the release of a colleague.")]
    public void A_work_stoppage_and_a_traffic_blockade_are_demonstrations(string text)
    {
        // Given a strike told as a work stoppage, and a crowd that blocked traffic
        var best = Best(text);

        // Then each is a peaceful protest
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Fact]
    public void Fire_of_weapons_a_report_does_not_name_at_positions_is_fighting()
    {
        // Given a party that fired weapons its report leaves unnamed at the other side's positions
        var best = Best("On 8 March 2021, separatist units fired unspecified weapons on army trenches near Avdiivka, Ukraine.");

        // Then it is an exchange of fire between the two (ACLED's armed clash)
        Assert.Equal("Armed clash", best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, Taliban militants ambushed and killed three Arbakis in Balkh district, Afghanistan.", "Militia (Pro-Government)")]
    [InlineData("On 8 March 2021, Taliban gunmen shot dead an NDS officer outside his home in Kunduz, Afghanistan.", "Police Forces of Afghanistan (2014-2021) National Directorate of Security")]
    public void Afghanistan_s_local_militias_and_intelligence_service_are_armed_parties(string text, string actor2)
    {
        // Given victims named as arbakai (local militiamen a government arms) and as members of the intelligence service
        var best = Best(text);

        // Then they are the other side of an armed clash, with ACLED's names for them
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal(actor2, best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, members of a youth league vandalised the office of a rival party in Natore, Bangladesh.", "Mob violence")]
    [InlineData("On 8 March 2021, three people torched two police patrol cars outside the officers' homes in Atlanta, United States.", "Looting/property destruction")]
    public void A_crowd_that_wrecks_property_is_a_mob(string text, string expected)
    {
        // Given party members who vandalised a rival's office, and three people who torched two cars
        var best = Best(text);

        // Then the members are a crowd turned violent (mob violence); the few people counted stay the suspects of a
        // destruction of property
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, raiders killed six herders and stole hundreds of cattle near Baragoi, Kenya.", "Attack", 6)]
    [InlineData("On 8 March 2021, gunmen torched houses in a village near Djibo, Burkina Faso, and killed two residents.", "Attack", 2)]
    [InlineData("On 8 March 2021, government aircraft struck an Al Shabaab camp near Jilib, Somalia. Seven militants were killed and a vehicle was destroyed.", "Air/drone strike", 7)]
    public void A_raid_that_kills_is_an_attack(string text, string expected, int killed)
    {
        // Given raiders who killed herders and stole their cattle, gunmen who burnt houses and killed residents, and a strike
        // whose toll sentence also tells a vehicle destroyed
        var best = Best(text);

        // Then the killing is the event, an attack of which the looting or burning is part; the strike keeps its own kind
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
        Assert.Equal(killed, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, soldiers arrested and executed six men near Djibo, Burkina Faso.", "Attack", 6)]
    [InlineData("On 8 March 2021, police arrested two suspects over the killing of a trader in Djibo, Burkina Faso.", "Arrests", 1)]
    public void People_killed_by_those_who_arrested_them_suffered_an_attack(string text, string expected, int killed)
    {
        // Given soldiers who arrested and executed six men, and police who arrested suspects over a killing
        var best = Best(text);

        // Then the executions are an attack on civilians with their dead; the arrest over a killing stays an arrest
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
        Assert.Equal(killed, best.Fatalities);
    }

    [Fact]
    public void Police_who_shoot_in_the_air_intervene_in_a_demonstration()
    {
        // Given a protest, and police who shot in the air in the next sentence
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, traders protested over market fees in Thika, Kenya. Police shot in the air several times.", new DateOnly(2021, 3, 10));

        // Then the shots are the demonstration's intervention, and no exchange of fire of their own
        Assert.Equal("Protest with intervention", EvalSets.BestEvent(doc.Records)?.SubEventType);
        Assert.DoesNotContain(doc.Records, r => r.SubEventType == "Armed clash");
    }

    [Fact]
    public void Ground_retaken_where_no_one_knows_whether_there_was_fighting_changed_hands_without_a_fight()
    {
        // Given a town retaken, and a sentence that says no one knows whether fighting took place
        var doc = EvalSets.Extract(TestData.Engine, "rule", "On 8 March 2021, government forces retook the town of Jilib, Somalia. Sources could give no details on whether fighting took place.", new DateOnly(2021, 3, 10));

        // Then the town changed hands without a fight, and the question makes no fighting of its own
        Assert.Equal("Non-violent transfer of territory", EvalSets.BestEvent(doc.Records)?.SubEventType);
        Assert.DoesNotContain(doc.Records, r => r.SubEventType == "Armed clash");
    }

    [Fact]
    public void Fighters_armed_with_heavy_weapons_fired_nothing()
    {
        // Given fighters described by the heavy weapons they carry, arriving in a village
        var best = Best("On 8 March 2021, a column of Al Shabaab men armed with heavy weapons reached a village outside Jowhar, Somalia.");

        // Then no shelling is told: the weapons describe the fighters
        Assert.NotEqual("Shelling/artillery/missile attack", best?.SubEventType);
    }

    [Theory]
    [InlineData("On 8 March 2021, gunmen abducted and tortured two traders near Djibo, Burkina Faso.", "Attack")]
    [InlineData("On 8 March 2021, gunmen abducted two teachers near Djibo, Burkina Faso.", "Abduction/forced disappearance")]
    public void People_tortured_by_their_abductors_suffered_an_attack(string text, string expected)
    {
        // Given traders abducted and tortured, and teachers only abducted
        var best = Best(text);

        // Then the torture makes an attack on civilians of the abduction; the abduction alone stays one
        Assert.Equal(expected, best?.SubEventType);
    }

    [Theory]
    [InlineData("en", "In a statement on 9 March 2021, the government in Moscow again denied deliberately targeting civilian buildings.")]
    [InlineData("ru", "9 марта 2021 года в Москве вновь отрицают нанесение ударов по жилым кварталам.")]
    public void A_party_that_denies_targeting_civilians_tells_no_attack(string language, string text)
    {
        // Given a party's stock denial of the acts it is accused of, named by a gerund or a noun right after the verb
        var best = BestIn(language, text);

        // Then the denied act is what the denial is about: no event
        Assert.Null(best);
    }

    [Fact]
    public void A_stock_denial_after_a_report_does_not_deny_its_event()
    {
        // Given an interception told as news, then a general denial whose act is named by an infinitive at the clause's end
        var doc = ReadIn("de", "Die Luftabwehr fing am Montag über der Region Odessa neun Drohnen ab. Moskau bestreitet, gezielt Wohnhäuser anzugreifen.");

        // Then the denial is of acts in general, not of this event: its certainty stays as reported
        var best = EvalSets.BestEvent(doc.Records);
        Assert.NotNull(best);
        Assert.Equal("Disrupted weapons use", best.SubEventType);
        Assert.Equal("reported", best.Certainty);
    }

    [Theory]
    [InlineData("El 8 de marzo de 2021, unas 300 personas se habían concentrado en la plaza mayor de Popayán para pedir más seguridad.")]
    [InlineData("El 8 de marzo de 2021, cientos de vecinos habían protestado frente a la alcaldía de Cali.")]
    public void A_demonstration_told_in_the_pluperfect_is_one(string text)
    {
        // Given a Spanish demonstration told in the pluperfect ("se habían concentrado", "habían protestado")
        var best = BestIn("es", text);

        // Then it is a demonstration, as the perfect and the preterite are
        Assert.Equal("Peaceful protest", best?.SubEventType);
    }

    [Theory]
    [InlineData("es", "El 8 de marzo de 2021, los manifestantes exigieron justicia por los tres jóvenes que la policía mató en Popayán.")]
    [InlineData("fr", "Le 8 mars 2021, les manifestants ont exigé justice pour les trois jeunes que la police a tués à Nantes.")]
    public void The_killing_a_crowd_demands_justice_for_is_its_cause(string language, string text)
    {
        // Given a crowd that demanded justice for people killed by police, by a finite verb of demanding
        var best = BestIn(language, text);

        // Then the killing is the demonstration's cause: a peaceful protest with no dead
        Assert.Equal("Peaceful protest", best?.SubEventType);
        Assert.Equal(0, best?.Fatalities);
    }

    [Fact]
    public void A_demonstration_is_not_dated_by_its_grievance()
    {
        // Given a crowd demanding justice for a man killed "last week", with no other date in the report
        var best = Best("Hundreds of residents marched in Nantes, France, demanding justice for a teenager shot dead by police last week.");

        // Then the march takes the report's date, not the killing's
        Assert.Equal("Peaceful protest", best?.SubEventType);
        Assert.Equal("2021-03-10", best?.EventDate);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, an attack on police in Toribio, Colombia, killed two officers.")]
    [InlineData("es", "El 8 de marzo de 2021, dos agentes murieron en un ataque contra un puesto de policía en Toribío, Colombia.")]
    [InlineData("fr", "Le 8 mars 2021, une attaque contre des policiers a fait deux morts à Toribío, en Colombie.")]
    public void The_force_an_attack_is_on_is_its_target(string language, string text)
    {
        // Given an attack noun whose phrase ends with its preposition ("attack on", "ataque contra"), then a police force
        var best = BestIn(language, text);

        // Then the police are the ones attacked, by an unidentified armed group, not the attackers
        Assert.NotNull(best);
        Assert.StartsWith("Unidentified Armed Group", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces of Colombia", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, three people died in a rocket strike by Russian forces on Kharkiv, Ukraine.")]
    [InlineData("ru", "8 марта 2021 года три человека погибли в результате ракетного удара российских войск по Харькову.")]
    [InlineData("de", "Am 8. März 2021 starben drei Menschen bei einem Raketenangriff russischer Truppen auf Charkiw.")]
    public void Those_who_died_in_a_strike_by_a_named_force_are_its_victims(string language, string text)
    {
        // Given people who died (an intransitive verb, its subject the victim) in a strike whose author is named after it
        var best = BestIn(language, text);

        // Then the author is actor1 and the dead are actor2, civilians, not a second author dropped
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Russia", best.Actor1, StringComparison.Ordinal);
        Assert.Equal("Civilians (Ukraine)", best.Actor2);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, army drones struck militant positions near Arbinda, Burkina Faso, killing four fighters. Unconfirmed reports spoke of dozens of fighters killed.")]
    [InlineData("fr", "Le 8 mars 2021, des drones de l'armée ont frappé des positions jihadistes près d'Arbinda, au Burkina Faso, tuant quatre combattants. Des rumeurs non confirmées évoquent des dizaines de morts.")]
    public void A_rumoured_toll_only_raises_the_high_estimate(string language, string text)
    {
        // Given a strike told with its dead, then a sentence that only counts victims and calls its count unconfirmed
        var best = BestIn(language, text);

        // Then the event keeps the dead it was told with; the rumour's dozens are only its high estimate
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
        Assert.Equal(4, best.Fatalities);
        Assert.Equal(12, best.FatalitiesHigh);
    }

    [Fact]
    public void A_checkpoint_is_no_town_in_Arabic()
    {
        // Given an attack on a checkpoint ("نقطة تفتيش"), whose second word follows a place noun, in a named district
        var best = BestIn("ar", "في 8 آذار 2021 قتل جنديان بهجوم مسلحين على نقطة تفتيش في قضاء الدبس غربي كركوك.");

        // Then the checkpoint is an installation, and the district's town is the place
        Assert.NotNull(best);
        Assert.Equal("Dibis", best.Location);
    }

    [Fact]
    public void A_headline_battle_is_the_body_battle_it_sums_up()
    {
        // Given a headline that names an attack on soldiers in a province, and a body that tells it in a district of it
        var doc = ReadIn("ar", "مقتل جنديين عراقيين بهجوم لداعش في كركوك\n\nقتل جنديان من الجيش العراقي مساء الأحد 7 آذار 2021 بهجوم شنه مسلحون من تنظيم داعش على نقطة تفتيش في قضاء الدبس.");

        // Then the report tells one battle, at the district's town, with the body's date
        var battles = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
        var only = Assert.Single(battles);
        Assert.Equal("Armed clash", only.SubEventType);
        Assert.Equal("Dibis", only.Location);
        Assert.Equal("2021-03-07", only.EventDate);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, gunmen linked to the Islamic State group stormed a village near Mocimboa da Praia, Mozambique, beheading two farmers.")]
    [InlineData("pt", "Em 8 de março de 2021, os atacantes, associados ao grupo Estado Islâmico, invadiram uma aldeia perto de Mocímboa da Praia, em Moçambique, e decapitaram dois agricultores.")]
    [InlineData("ar", "في 8 آذار 2021 قتل مسلحون تابعون لتنظيم داعش مزارعين اثنين في قرية قرب كركوك.")]
    public void Fighters_linked_to_a_named_group_are_that_group(string language, string text)
    {
        // Given fighters described generically, then a word of affiliation and a named organisation
        var best = BestIn(language, text);

        // Then the organisation made the attack on civilians, named where the description stands
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.StartsWith("Islamic State", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_marker_after_an_Arabic_place_noun_is_no_village()
    {
        // Given a village named only by its noun, then "near" and a city ("في قرية قرب كركوك")
        var best = BestIn("ar", "في 8 آذار 2021 قتل مسلحون ثلاثة مزارعين في قرية قرب كركوك.");

        // Then the event is near the city, not in a village called "near"
        Assert.NotNull(best);
        Assert.Equal("Kirkuk", best.Location);
    }

    [Fact]
    public void Where_a_witness_fled_to_is_not_the_event_place()
    {
        // Given a report that names no place of its event, only the town a witness fled to (no country either)
        var best = BestIn("en", "On 8 March 2021, the attackers stormed the village at dawn and beheaded two of the victims, according to a resident who fled to Pemba.");

        // Then the event has no town: the flight's destination is not where the attack happened
        Assert.NotNull(best);
        Assert.NotEqual("Pemba", best.Location);
    }

    [Theory]
    [InlineData("fr", "Le 8 mars 2021, l'armée ukrainienne a abattu onze drones russes au-dessus de la région de Kharkiv.", "Disrupted weapons use", 0)]
    [InlineData("it", "L'8 marzo 2021 i soldati maliani hanno abbattuto due miliziani vicino a Gao.", "Armed clash", 2)]
    public void A_verb_of_downing_kills_people_and_intercepts_drones(string language, string text, string expected, int dead)
    {
        // Given a verb that kills people and shoots down aircraft alike ("abattu", "abbattuto"), once with drones, once with fighters
        var best = BestIn(language, text);

        // Then the drones were intercepted, with no dead; the fighters were killed in a clash
        Assert.NotNull(best);
        Assert.Equal(expected, best.SubEventType);
        Assert.Equal(dead, best.Fatalities);
    }

    [Theory]
    [InlineData("Am 8. März 2021 hat die ukrainische Luftabwehr neun russische Drohnen über der Region Charkiw abgeschossen.")]
    [InlineData("Die ukrainische Luftwaffe teilte am 8. März 2021 mit, sie habe neun russische Drohnen über der Region Charkiw abgeschossen.")]
    public void Drones_shot_down_make_no_air_strike(string text)
    {
        // Given drones named before the participle that shoots them down, and once an air force that reports it
        var doc = ReadIn("de", text);
        var events = doc.Records.Where(r => r.Kind == RecordKinds.Event).ToList();

        // Then the report tells one interception: the drones are what was stopped, and the air force is its source
        Assert.Single(events);
        Assert.Equal("Disrupted weapons use", events[0].SubEventType);
    }

    [Fact]
    public void A_count_of_a_nationality_s_drones_is_that_army_s_weapons()
    {
        // Given drones counted with their nationality ("14 Russian drones"), shot down by the other side
        var best = Best("On 8 March 2021, Ukrainian air defence units shot down 14 Russian drones over the Kharkiv region.");

        // Then the drones are Russia's army's, the side whose weapons were stopped, not 14 Russian civilians
        Assert.NotNull(best);
        Assert.Equal("Disrupted weapons use", best.SubEventType);
        Assert.StartsWith("Military Forces of Ukraine", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Russia", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_force_that_says_it_acted_is_the_author()
    {
        // Given a force that reports its own act ("the army said it killed…"), the verb right after the verb of saying
        var best = Best("On 8 March 2021, the Nigerian army said it killed 20 Boko Haram fighters near Maiduguri.");

        // Then the speaker is the one who acted, not a mere source
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Nigeria", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Boko Haram", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tie_in_the_country_vote_goes_to_the_country_near_the_army_named()
    {
        // Given a city that ties in the vote with a foreign province of its name (Gaza, Mozambique), and an army named
        var best = Best("On 8 March 2021, the Israeli military struck Gaza.");

        // Then the tie goes to the country whose namesake lies near the army's home, not to the first code in order
        Assert.NotNull(best);
        Assert.Equal("PS", best.Iso2);
    }

    [Theory]
    [InlineData("fr", "Le 8 mars 2021, l'armée malienne affirme avoir neutralisé une vingtaine de terroristes près de Gao.", "Military Forces of Mali")]
    [InlineData("it", "L'8 marzo 2021 l'esercito nigeriano ha detto di aver ucciso venti miliziani di Boko Haram vicino a Maiduguri.", "Military Forces of Nigeria")]
    [InlineData("es", "El 8 de marzo de 2021, el ejército nigeriano dijo haber abatido a veinte combatientes de Boko Haram cerca de Maiduguri.", "Military Forces of Nigeria")]
    public void An_act_a_force_claims_by_the_infinitive_perfect_is_its_own(string language, string text, string author)
    {
        // Given a force that claims an act by the infinitive perfect right after its verb of saying
        var best = BestIn(language, text);

        // Then the act is an event, the force its author, the claimed dead its toll
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith(author, best.Actor1, StringComparison.Ordinal);
        Assert.Equal(20, best.Fatalities);
    }

    [Theory]
    [InlineData("On 8 March 2021, Russian shelling killed three civilians in Kharkiv.", "Military Forces of Russia")]
    [InlineData("On 8 March 2021, Turkish shelling hit the village of Tal Rifaat, wounding two civilians.", "Military Forces of Turkey")]
    public void A_state_owns_the_shelling_its_nationality_names(string text, string author)
    {
        // Given a word that may be a verb's form or a noun ("shelling"), with a nationality before it, as the subject
        var best = Best(text);

        // Then it is a noun, the state's means: its army is the author, as for "Russian bombardment"
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.StartsWith(author, best.Actor1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Le 8 mars 2021, l'armée malienne a annoncé avoir repoussé une attaque contre son camp de Boni, tuant une dizaine d'assaillants.")]
    [InlineData("Le 8 mars 2021, l'armée malienne a repoussé un assaut contre son camp de Boni, tuant une dizaine d'assaillants.")]
    public void An_attack_a_force_repelled_is_its_clash_with_the_attackers(string text)
    {
        // Given an army that repelled an attack on its camp, told in French in the passé composé or as a claimed act
        var best = BestIn("fr", text);

        // Then the army fought the attackers: an armed clash, the army first, the attackers' dead its toll
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Military Forces of Mali", best.Actor1, StringComparison.Ordinal);
        Assert.Equal(10, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, gunmen shot dead a man in Culiacán and fled in a van.")]
    [InlineData("es", "El 8 de marzo de 2021, un hombre fue asesinado a balazos en Culiacán por sujetos armados que huyeron en una camioneta.")]
    [InlineData("fr", "Le 8 mars 2021, un homme a été tué par balles à Marseille par deux individus qui ont pris la fuite à scooter.")]
    public void Attackers_who_get_away_are_no_one_displaced(string language, string text)
    {
        // Given a killing whose authors fled: armed men, the subject of "and fled", or the agent of a passive
        var records = ReadIn(language, text).Records;

        // Then the killing is the report's record, and no displacement is told
        Assert.Contains(records, r => r.Kind == RecordKinds.Event && r.SubEventType == "Attack");
        Assert.DoesNotContain(records, r => r.Kind == RecordKinds.Displacement);
    }

    [Fact]
    public void Residents_who_flee_an_attack_are_displaced()
    {
        // Given an attack after which residents fled, told in one sentence
        var records = ReadIn("en", "On 8 March 2021, gunmen attacked the village of Kadunkure in Zamfara state and hundreds of residents fled to Gusau.").Records;

        // Then the residents' flight is a displacement
        Assert.Contains(records, r => r.Kind == RecordKinds.Displacement);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, heavy fighting broke out in Geneina, Sudan, forcing thousands of civilians to flee.")]
    [InlineData("en", "On 8 March 2021, hundreds of families fled their homes in Tawergha, Libya, as clashes intensified.")]
    public void Civilians_driven_away_by_fighting_are_not_its_victims(string language, string text)
    {
        // Given fighting with no side named, and civilians who fled it, with no one killed or hurt
        var best = BestIn(language, text);

        // Then the fighting is an armed clash, not an attack on the people who fled
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Null(best.Actor2);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, two rival militias clashed in Tripoli, Libya, killing four civilians caught in the crossfire.")]
    [InlineData("fr", "Le 8 mars 2021, deux milices rivales se sont affrontées à Tripoli, en Libye, tuant quatre civils.")]
    public void Two_groups_counted_with_a_word_between_are_both_sides_of_the_fighting(string language, string text)
    {
        // Given fighting between two groups counted as two with a word of description between ("two rival militias"),
        // which killed civilians
        var best = BestIn(language, text);

        // Then the fighting is an armed clash whose toll the civilians are, not an attack on them
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.Equal(4, best.Fatalities);
    }

    [Theory]
    [InlineData("ru", "8 марта 2021 года в результате обстрела Белгорода погибли два человека, еще пятеро ранены.", 2)]
    [InlineData("uk", "8 березня 2021 року внаслідок обстрілу Херсона загинули двоє людей, ще п'ятеро поранені.", 2)]
    public void A_count_after_a_death_verb_stays_its_own_when_a_nearer_count_opens_the_wounded(string language, string text, int killed)
    {
        // Given the dead counted after their verb, then the wounded counted before theirs
        var best = BestIn(language, text);

        // Then the first count is the dead: the later toll has its own nearer count
        Assert.NotNull(best);
        Assert.Equal(killed, best.Fatalities);
    }

    [Theory]
    [InlineData("uk", "8 березня 2021 року російські війська обстріляли Херсон, загинули троє цивільних, повідомила обласна адміністрація.")]
    [InlineData("ru", "8 марта 2021 года российские войска обстреляли Херсон, погибли трое мирных жителей, сообщила областная администрация.")]
    public void People_before_a_comma_are_not_the_speaker_of_the_verb_after_it(string language, string text)
    {
        // Given the dead named at the end of a clause, and after a comma a verb of saying with its speaker after it
        var best = BestIn(language, text);

        // Then the dead are the shelling's victims, not its source
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Russia", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Civilians", best.Actor2, StringComparison.Ordinal);
        Assert.Equal(3, best.Fatalities);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, after a day of fighting with Ukrainian troops, Russian troops seized the town of Tokmak.")]
    [InlineData("fr", "Le 8 mars 2021, après des combats avec les forces ukrainiennes, les forces russes ont pris le contrôle de Tokmak.")]
    public void The_taker_is_the_subject_after_a_clause_of_what_came_before(string language, string text)
    {
        // Given ground taken, told after a clause that names the fighting before it and the other side
        var best = BestIn(language, text);

        // Then the side named as the subject after that clause took it
        Assert.NotNull(best);
        Assert.Equal("Non-state actor overtakes territory", best.SubEventType);
        Assert.StartsWith("Military Forces of Russia", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void Ground_taken_after_fighting_told_before_has_the_other_party_as_its_second_actor()
    {
        // Given a town regained, told after a clause of the fighting between both sides
        var best = Best("On 8 March 2021, after a night of fighting between Russian troops and Ukrainian troops near Bucha, the Ukrainian troops retook the town.");

        // Then the side that regained it is first, the other party of the fighting second
        Assert.NotNull(best);
        Assert.Equal("Government regains territory", best.SubEventType);
        Assert.StartsWith("Military Forces of Ukraine", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Russia", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_arrest_verb_whose_party_is_followed_by_a_count_is_active()
    {
        // Given an Arabic arrest told verb first, the security forces, then the suspects counted with no actor word
        var best = BestIn("ar", "في 8 آذار 2021، اعتقلت قوات الأمن العراقية ثلاثة مشتبه بهم في محافظة الأنبار.");

        // Then the forces arrested: the count after them is the object, so the verb is no unvowelled passive
        Assert.NotNull(best);
        Assert.Equal("Arrests", best.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", best.Actor1, StringComparison.Ordinal);
        Assert.DoesNotContain("Forces of Iraq", best.Actor2 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void People_who_died_are_counted_before_the_verb()
    {
        // Given a blast whose dead are counted before "died", and people taken to hospital counted after it
        var best = Best("On 8 March 2021, a bomb went off at a market in Maiduguri. Two people died and 14 were taken to hospital.");

        // Then two died, as "were killed" would count: the subject of "died" is its dead, not the count after it
        Assert.NotNull(best);
        Assert.Equal(2, best.Fatalities);
    }

    [Fact]
    public void Soldiers_who_died_in_an_attack_are_its_target()
    {
        // Given soldiers who died in an attack whose author is not named
        var best = Best("On 8 March 2021, three Iraqi soldiers died in an attack in Anbar province.");

        // Then the soldiers are the attack's target, its author unidentified
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Iraq", best.Actor2, StringComparison.Ordinal);
        Assert.Equal(3, best.Fatalities);
    }

    [Fact]
    public void A_death_a_demonstration_protests_is_no_toll_of_it()
    {
        // Given relatives protesting a killing, with no force used in the sentence
        var best = Best("On 8 March 2021, relatives of a trader who was killed by robbers protested in Nakuru.");

        // Then the demonstration killed no one: its dead is its cause
        Assert.NotNull(best);
        Assert.Equal("Protests", best.EventType);
        Assert.Equal(0, best.Fatalities ?? 0);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, Hamas claimed responsibility for the stabbing attack that wounded two Israeli police officers in East Jerusalem.")]
    [InlineData("es", "El 8 de marzo de 2021, Hamás reivindicó el ataque con cuchillo que hirió a dos policías israelíes en Jerusalén Este.")]
    [InlineData("fr", "Le 8 mars 2021, le Hamas a revendiqué l'attaque au couteau qui a blessé deux policiers israéliens à Jérusalem-Est.")]
    public void A_claimed_attack_whose_toll_the_sentence_tells_is_the_claimants_event(string language, string text)
    {
        // Given a claim naming an attack by a definite noun, with its toll told by a verb after the noun
        var best = BestIn(language, text);

        // Then the attack is the report's event and the claimant its author
        Assert.NotNull(best);
        Assert.StartsWith("Hamas", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Police Forces of Israel", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weapon_named_as_the_type_of_one_shot_down_is_shot_down_too()
    {
        // Given drones shot down, with their type named right after them ("беспилотников типа «Шахед»")
        var records = ReadIn("ru", "8 марта 2021 года украинские военные сбили над Харьковской областью восемь беспилотников типа «Шахед».").Records;

        // Then one interception is told, no air strike by the drones' type
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Disrupted weapons use", evt.SubEventType);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, Israeli troops shot dead a Palestinian man during a raid in the Jenin refugee camp.")]
    [InlineData("fr", "Le 8 mars 2021, une dizaine de civils ont été tués lorsque des obus sont tombés sur un camp de déplacés près de Goma.")]
    public void A_camp_of_refugees_or_displaced_people_is_a_place_not_a_flight(string language, string text)
    {
        // Given an event at a camp named for the refugees or displaced people who live there
        var records = ReadIn(language, text).Records;

        // Then the camp's name tells no one's flight
        Assert.Contains(records, r => r.Kind == RecordKinds.Event);
        Assert.DoesNotContain(records, r => r.Kind == RecordKinds.Displacement);
    }

    [Fact]
    public void The_party_after_an_arabic_event_noun_and_a_preposition_of_target_is_its_target()
    {
        // Given an Arabic attack told verb first ("launched the Houthis an attack on the positions of the government forces")
        var best = BestIn("ar", "في 8 آذار 2021، شن الحوثيون هجوما على مواقع القوات الحكومية في محافظة مأرب.");

        // Then the Houthis made the attack and the government forces were its target
        Assert.NotNull(best);
        Assert.Contains("Supreme Political Council", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Yemen", best.Actor2, StringComparison.Ordinal);
        Assert.DoesNotContain("Supreme Political Council", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk", "8 березня 2021 року українські військові відбили 12 атак російських військ поблизу Бахмута.", "Military Forces of Ukraine")]
    [InlineData("ru", "8 марта 2021 года российские войска отразили пять атак ВСУ у Бахмута.", "Military Forces of Russia")]
    [InlineData("en", "On 8 March 2021, Ukrainian forces repelled five Russian attacks near Bakhmut.", "Military Forces of Ukraine")]
    public void Attacks_repelled_after_a_count_are_a_clash(string language, string text, string author)
    {
        // Given attacks repelled, counted between the verb and their noun, or counted by the nationality of their side
        var best = BestIn(language, text);

        // Then the force fought them off: an armed clash, no ground regained and no attack on civilians
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith(author, best.Actor1, StringComparison.Ordinal);
        Assert.DoesNotContain("Civilians", best.Actor2 ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, at least 15 migrants were killed when militiamen opened fire at a detention centre in Tripoli, Libya.")]
    [InlineData("it", "L'8 marzo 2021 almeno quindici migranti sono morti dopo che i miliziani hanno aperto il fuoco su un centro di detenzione a Tripoli, in Libia.")]
    [InlineData("fr", "Le 8 mars 2021, au moins 15 migrants ont été tués quand des miliciens ont ouvert le feu sur un centre de détention à Tripoli, en Libye.")]
    public void A_detention_centre_is_a_facility_not_an_arrest(string language, string text)
    {
        // Given fire opened at a detention centre
        var records = ReadIn(language, text).Records;

        // Then the attack is the one event: the centre's name tells no arrest
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Attack", evt.SubEventType);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, Israeli warplanes struck a Hezbollah weapons depot near Nabatieh, killing two fighters.")]
    [InlineData("it", "L'8 marzo 2021 un raid aereo israeliano ha colpito un deposito di armi di Hezbollah vicino a Nabatieh, uccidendo due miliziani.")]
    [InlineData("de", "Am 8. März 2021 wurden bei einem israelischen Luftangriff auf ein Waffenlager der Hisbollah bei Nabatieh zwei Kämpfer getötet.")]
    public void A_weapons_store_an_attack_hit_is_its_target_not_weapons_seized(string language, string text)
    {
        // Given an air strike told with the store of weapons it hit, right after it
        var records = ReadIn(language, text).Records;

        // Then the strike is the one event, with its dead; the store tells no disrupted weapons use
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Air/drone strike", evt.SubEventType);
        Assert.Equal(2, evt.Fatalities);
    }

    [Theory]
    [InlineData("pt", "Em 8 de março de 2021, um homem de 32 anos foi morto a tiros por policiais militares em Salvador, na Bahia.")]
    [InlineData("es", "El 8 de marzo de 2021, un joven de 19 años fue asesinado a balazos por sujetos armados en Culiacán, Sinaloa.")]
    public void A_victim_s_age_counts_no_one(string language, string text)
    {
        // Given one victim told with an article of one and an age between it and the passive toll
        var best = BestIn(language, text);

        // Then the toll is the one victim, not cancelled by the age's number
        Assert.NotNull(best);
        Assert.Equal(1, best.Fatalities);
    }

    [Theory]
    [InlineData("Am 8. März 2021 wurden bei einem Angriff im Südlibanon zwei Soldaten getötet.", "LB")]
    [InlineData("Am 8. März 2021 wurden bei einem Angriff in Nordsyrien zwei Soldaten getötet.", "SY")]
    [InlineData("Am 8. März 2021 griffen Extremisten im Nordirak einen Militärposten an.", "IQ")]
    [InlineData("Am 8. März 2021 wurden bei einem Anschlag in Nordirland zwei Polizisten verletzt.", "GB")]
    public void A_German_word_of_direction_written_onto_a_country_names_that_country(string text, string iso2)
    {
        // Given a country named with a word of direction written onto it as one word ("Südlibanon")
        var best = BestIn("de", text);

        // Then the event lies in that country
        Assert.NotNull(best);
        Assert.Equal(iso2, best.Iso2);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, two soldiers were killed in an attack in Idlib province.")]
    [InlineData("en", "On 8 March 2021, two soldiers were killed in an attack in the province of Idlib.")]
    [InlineData("de", "Am 8. März 2021 wurden bei einem Angriff in der Provinz Idlib zwei Soldaten getötet.")]
    [InlineData("ar", "في 8 آذار 2021، قتل جنديان في هجوم في محافظة إدلب.")]
    public void A_province_named_with_its_noun_is_the_province_not_its_seat(string language, string text)
    {
        // Given a province named with a noun of a province, whose seat bears its name
        var best = BestIn(language, text);

        // Then the event lies in the province at a province's precision, not in the city
        Assert.NotNull(best);
        Assert.Equal("Idleb", best.Admin1);
        Assert.Equal(3, best.GeoPrecision);
    }

    [Fact]
    public void A_town_named_alone_keeps_its_own_precision()
    {
        // Given the same seat named with no noun of a province
        var best = BestIn("en", "On 8 March 2021, two soldiers were killed in an attack in Idlib.");

        // Then the event lies in the city
        Assert.NotNull(best);
        Assert.Equal(1, best.GeoPrecision);
    }

    [Fact]
    public void A_place_after_a_weapon_and_a_preposition_of_place_is_where_it_flew_not_its_owner()
    {
        // Given a missile shot down "over" a region, with the missile's nationality before it, and a later event at a town
        var records = ReadIn("en", "On 8 March 2021, Ukrainian air defences intercepted a Russian missile over Cherkasy region. Debris of another missile damaged a house in Uman.").Records;

        // Then the region is the interception's place, not the missile's origin
        var interception = Assert.Single(records, r => r.SubEventType == "Disrupted weapons use");
        Assert.Equal("Cherkasy", interception.Admin1);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, Ukrainian air defences destroyed 12 Russian drones over the Odesa region, the air force said.")]
    [InlineData("ru", "8 марта 2021 года средства ПВО уничтожили 12 украинских беспилотников над Белгородской областью.")]
    [InlineData("de", "Am 8. März 2021 hat die ukrainische Luftabwehr zwölf russische Drohnen über der Region Odessa zerstört.")]
    [InlineData("it", "L'8 marzo 2021 la contraerea ucraina ha distrutto 15 droni russi sopra la regione di Odessa.")]
    public void Drones_destroyed_in_flight_are_brought_down_not_flown(string language, string text)
    {
        // Given drones that air defences destroyed, named right after the verb or before a verb that closes the clause
        var records = ReadIn(language, text).Records;

        // Then the drones were stopped: one disrupted weapons use, and no air strike by their side
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Disrupted weapons use", evt.SubEventType);
    }

    [Fact]
    public void A_building_destroyed_by_missiles_is_no_interception()
    {
        // Given missiles that destroyed a building, named before the verb as its subject
        var best = BestIn("en", "On 8 March 2021, Russian missiles destroyed a power plant in Kharkiv.");

        // Then the missiles struck: a missile attack, no weapons stopped
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
    }

    [Theory]
    [InlineData("ru", "8 марта 2021 года средства ПВО сбили 12 украинских беспилотников над Белгородской областью.", "RU", "Military Forces of Russia")]
    [InlineData("uk", "8 березня 2021 року сили ППО збили 20 російських дронів над Київською областю.", "UA", "Military Forces of Ukraine")]
    public void A_region_after_a_party_and_a_preposition_is_where_it_happened(string language, string text, string iso2, string author)
    {
        // Given air defences of no named state that downed another side's drones over a region, in a language that writes
        // the genitive with no preposition
        var best = BestIn(language, text);

        // Then the region is the event's place, not the drones' origin: its country, and that country's forces downed them
        Assert.NotNull(best);
        Assert.Equal(iso2, best.Iso2);
        Assert.StartsWith(author, best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void The_province_named_after_a_capital_is_not_the_capital_s_own_division()
    {
        // Given the province named after Kyiv, written as an adjective before the word for a province
        var best = BestIn("uk", "8 березня 2021 року внаслідок обстрілу в Київській області загинули двоє людей.");

        // Then the event lies in Kyiv's province, not in the city's own division
        Assert.NotNull(best);
        Assert.Equal("Kyiv", best.Admin1);
    }

    [Theory]
    [InlineData("it", "L'8 marzo 2021 almeno tre persone sono rimaste ferite negli scontri tra manifestanti e polizia a Tbilisi.")]
    [InlineData("fr", "Le 8 mars 2021, au moins trois personnes ont été blessées lors d'affrontements entre manifestants et policiers à Tbilissi.")]
    public void A_riot_whose_words_name_the_police_has_the_police_as_its_other_side(string language, string text)
    {
        // Given people wounded in clashes "between protesters and police"
        var best = BestIn(language, text);

        // Then the crowd fought the police: they are the second actor, not the wounded people
        Assert.NotNull(best);
        Assert.Equal("Violent demonstration", best.SubEventType);
        Assert.StartsWith("Police Forces of Georgia", best.Actor2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "On 8 March 2021, two men were shot dead at protests against the government in Nairobi, where police fired tear gas.")]
    [InlineData("de", "Am 8. März 2021 sind bei Protesten gegen die Regierung in Nairobi mindestens zwei Menschen ums Leben gekommen, die Polizei setzte Tränengas ein.")]
    public void The_government_a_demonstration_is_against_is_no_party_to_it(string language, string text)
    {
        // Given a deadly demonstration against the government, dispersed by the police
        var best = BestIn(language, text);

        // Then the police that met the crowd are the second actor, not the government it was against
        Assert.NotNull(best);
        Assert.Equal("Excessive force against protesters", best.SubEventType);
        Assert.StartsWith("Police Forces of Kenya", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_peaceful_demonstration_against_the_government_has_no_second_actor()
    {
        // Given a peaceful demonstration against the government
        var best = BestIn("en", "On 8 March 2021, thousands of people marched against the government in Nairobi.");

        // Then it has no second actor: the government is what it demanded of
        Assert.NotNull(best);
        Assert.Equal("Peaceful protest", best.SubEventType);
        Assert.Null(best.Actor2);
    }

    [Theory]
    [InlineData("On 8 March 2021, Russian forces opened fire on protesters in Nova Kakhovka.", "Excessive force against protesters")]
    [InlineData("On 8 March 2021, Russian troops used tear gas to disperse a rally in Kherson.", "Protest with intervention")]
    public void A_state_s_forces_abroad_that_meet_a_crowd_are_the_force_against_it(string text, string subEvent)
    {
        // Given another state's forces that fired on, or dispersed, a demonstration in an occupied town
        var best = BestIn("en", text);

        // Then the crowd suffered the force: the demonstrators first, the foreign forces second, no mob
        Assert.NotNull(best);
        Assert.Equal(subEvent, best.SubEventType);
        Assert.StartsWith("Protesters", best.Actor1, StringComparison.Ordinal);
        Assert.StartsWith("Military Forces of Russia", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void Officers_alone_who_disperse_a_crowd_are_the_police()
    {
        // Given a crowd dispersed by "officers", named with no other word, in a clause after its demands
        var best = BestIn("en", "On 8 March 2021, hundreds protested in Nairobi against the new tax law; officers fired tear gas to disperse them.");

        // Then the police intervened
        Assert.NotNull(best);
        Assert.Equal("Protest with intervention", best.SubEventType);
        Assert.StartsWith("Police Forces of Kenya", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_named_after_the_acts_it_sums_up_is_their_subject_s()
    {
        // Given a named group that killed villagers and burned homes "in a raid", the raid named last by a noun
        var best = BestIn("en", "On 8 March 2021, suspected Boko Haram insurgents killed 12 villagers and set fire to dozens of homes in a night raid on Kwatandashi village in Borno state.");

        // Then the group made the raid, not an unidentified armed group
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.StartsWith("Boko Haram", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unidentified_attackers_of_an_event_a_group_claims_are_that_group_not_its_victims_associates()
    {
        // Given insurgents who attacked a village, and a later sentence in which a named group claims the attack
        var records = ReadIn("en", "On 8 March 2021, insurgents killed five civilians in an attack on a village near Pemba, in Cabo Delgado province, local sources said. The attackers burned dozens of houses before fleeing into the bush. On Tuesday the Islamic State group claimed the attack.").Records;

        // Then the one event is the group's, and the unidentified attackers stand nowhere beside its victims
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.StartsWith("Islamic State", evt.Actor1, StringComparison.Ordinal);
        Assert.Empty(evt.AssocActor2);
    }

    [Fact]
    public void Counts_between_a_verb_of_destroying_and_the_drones_do_not_stretch_its_reach()
    {
        // Given drones destroyed over a region, counted as "six of eight" between the region and the drones
        var records = ReadIn("uk", "8 березня 2021 року сили ППО знищили над Харківською областю шість із восьми дронів.").Records;

        // Then the drones were brought down: one interception and no air strike
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Disrupted weapons use", evt.SubEventType);
    }

    [Theory]
    [InlineData("es", "El 8 de marzo de 2021, un avión de la fuerza aérea bombardeó un mercado en Nyala y mató a 15 civiles.")]
    [InlineData("es", "El 8 de marzo de 2021, un dron de las fuerzas armadas sudanesas bombardeó un mercado en Nyala y mató a 15 civiles.")]
    [InlineData("en", "On 8 March 2021, a Sudanese army drone bombed a market in Nyala, killing 15 civilians.")]
    public void Shelling_or_bombing_by_an_aircraft_is_an_air_strike(string language, string text)
    {
        // Given a verb of shelling or bombing whose subject is an aircraft or a drone
        var records = ReadIn(language, text).Records;

        // Then one air strike, with its dead
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Air/drone strike", evt.SubEventType);
        Assert.Equal(15, evt.Fatalities);
    }

    [Fact]
    public void A_past_verb_that_only_its_accent_tells_from_a_noun_has_its_subject_as_author()
    {
        // Given a past verb written with the accent that tells it from a noun ("bombardeó", "bombardeo")
        var best = BestIn("es", "El 8 de marzo de 2021, el ejército bombardeó posiciones rebeldes cerca de Nyala.");

        // Then the verb's subject made the shelling
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Sudan", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nationality_beside_an_aircraft_word_names_that_state_s_forces()
    {
        // Given planes named by their nationality, with no word of a strike beside them
        var best = BestIn("en", "On 8 March 2021, Russian planes dropped heavy bombs on a market in Idlib, killing 12 civilians.");

        // Then that state's forces made the strike
        Assert.NotNull(best);
        Assert.StartsWith("Military Forces of Russia", best.Actor1, StringComparison.Ordinal);
    }

    [Fact]
    public void Gunmen_a_force_killed_during_a_raid_were_fought_not_civilians()
    {
        // Given troops that killed gunmen, the raid named after the killing by a noun
        var best = BestIn("en", "On 8 March 2021, Israeli troops killed three Palestinian gunmen during a raid in Jenin, the military said.");

        // Then the raid was fighting with an armed party: an armed clash, not an attack on civilians
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.DoesNotContain("Civilians", best.Actor2 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_of_one_after_a_count_is_the_counted_noun_not_an_article()
    {
        // Given an Arabic toll whose counted noun ("شخصا") is also a word of one, right before the verb
        var best = BestIn("ar", "في 8 آذار 2021، قالت وزارة الصحة إن 25 شخصا قتلوا في غارات إسرائيلية على مدينة رفح.");

        // Then the dead are counted
        Assert.NotNull(best);
        Assert.Equal("Air/drone strike", best.SubEventType);
        Assert.Equal(25, best.Fatalities);
    }

    [Theory]
    [InlineData("de", "Am 8. März 2021 haben Rebellen im Osten der Demokratischen Republik Kongo die Stadt Sake eingenommen.")]
    [InlineData("pt", "Em 8 de março de 2021, rebeldes tomaram a cidade de Sake, no leste da República Democrática do Congo.")]
    public void The_Democratic_Republic_of_Congo_is_not_its_neighbour(string language, string text)
    {
        // Given the Democratic Republic of Congo by its German name (declined) or its Portuguese one
        var best = BestIn(language, text);

        // Then the event lies there, not in the Republic of Congo
        Assert.NotNull(best);
        Assert.Equal("CD", best.Iso2);
    }

    [Fact]
    public void A_German_capitalised_noun_listed_as_a_stop_word_ends_the_look_back_for_a_marker()
    {
        // Given "nach Angaben der Armee" (according to the army) before a town the rebels took
        var best = BestIn("de", "Am 8. März 2021 haben Rebellen in der Provinz Nord-Kivu nach Angaben der Armee die Stadt Sake eingenommen.");

        // Then "nach" is no marker of destination for the town: the town is where it happened
        Assert.NotNull(best);
        Assert.Equal("Sake", best.Location);
    }

    [Theory]
    [InlineData("fr", "Le 8 mars 2021, des centaines de personnes ont manifesté à Nantes pour exiger justice pour trois jeunes tués par la police.")]
    [InlineData("es", "El 8 de marzo de 2021, cientos de personas marcharon en Popayán para exigir justicia por tres jóvenes asesinados por la policía.")]
    [InlineData("es", "El 8 de marzo de 2021, cientos de personas marcharon en Ciudad de México para exigir justicia por los 43 estudiantes desaparecidos.")]
    public void A_killing_or_a_disappearance_a_march_demands_justice_for_is_its_cause(string language, string text)
    {
        // Given a march "to demand justice for" people killed or disappeared, told by a purpose phrase of demand
        var records = ReadIn(language, text).Records;

        // Then the march is the one event, peaceful and with no dead; the killing or the disappearance is its cause
        var evt = Assert.Single(records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("Peaceful protest", evt.SubEventType);
        Assert.Equal(0, evt.Fatalities);
    }

    [Fact]
    public void The_city_after_the_streets_of_is_the_place_not_a_street_s_name()
    {
        // Given a Russian crowd that took to "the streets of" a city, whose noun is also a street's
        var best = BestIn("ru", "8 марта 2021 года сотни людей вышли на улицы Алматы, требуя отставки правительства.");

        // Then the city is the demonstration's place
        Assert.NotNull(best);
        Assert.Equal("KZ", best.Iso2);
        Assert.Equal("Almaty", best.Location);
    }

    [Fact]
    public void People_a_foreign_army_killed_in_an_arrest_raid_were_attacked_not_fought()
    {
        // Given soldiers of a foreign army that shot two people dead during an arrest raid, no armed group named
        var best = BestIn("de", "Am 8. März 2021 haben israelische Soldaten bei einer Razzia im Flüchtlingslager Dschenin zwei Palästinenser erschossen.");

        // Then the killing is an attack on civilians: the army that made the raid is no armed group it fought
        Assert.NotNull(best);
        Assert.Equal("Attack", best.SubEventType);
        Assert.Equal(2, best.Fatalities);
    }

    [Fact]
    public void Arabic_fighters_of_a_named_group_after_the_verb_are_its_subject()
    {
        // Given an Arabic verb-first attack whose subject is "gunmen of" a named group
        var best = BestIn("ar", "في 8 آذار 2021، هاجم مسلحون من حركة الشباب قاعدة عسكرية في الصومال.");

        // Then the group made the attack, not suffered it
        Assert.NotNull(best);
        Assert.Equal("Al Shabaab", best.Actor1);
    }

    [Fact]
    public void Militants_killed_before_an_arrest_of_others_were_fought_not_the_arrested()
    {
        // Given police that shot militants dead and then arrested "four others", the place named last
        var best = BestIn("en", "On 8 March 2021, police shot dead three militants and arrested four others in Garissa.");

        // Then the killing was fighting with the militants, not violence done to the people arrested
        Assert.NotNull(best);
        Assert.Equal("Armed clash", best.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", best.Actor2, StringComparison.Ordinal);
    }

    [Fact]
    public void The_attackers_after_a_report_s_one_armed_group_are_that_group()
    {
        // Given a report that names one armed group, then tells of "the attackers" a force fought
        var records = ReadIn("en", "On 8 March 2021, Boko Haram fighters killed 12 villagers in a raid on Kwatandashi village in Borno state. Soldiers repelled the attackers after a two-hour gun battle, killing four of them.").Records;

        // Then the clash was with that group, not with an unidentified armed group
        var clash = Assert.Single(records, r => r.SubEventType == "Armed clash");
        Assert.StartsWith("Boko Haram", clash.Actor2, StringComparison.Ordinal);
    }
}
