using Polemos.Core;

namespace Polemos.Recognition.Tests;

public class ActorRegistryTests
{
    private static readonly Lazy<ActorRegistry> LazyRegistry = new(() => ActorRegistry.Load(Path.Combine(TestData.Root, "actors")));

    private static ActorRegistry Registry => LazyRegistry.Value;

    private static string DaeshId()
    {
        var document = TestData.Tokenise("Daesh ha rivendicato l'attacco.", "it");
        var rules = TestData.Catalog.Find("it")!.Rules;
        var match = Registry.MatcherFor("it", rules).MatchAt(document.Tokens, 0, document.Tokens.Count);
        Assert.NotNull(match);
        return match.Value.Value.ActorId;
    }

    [Fact]
    public void Daesh_in_Italian_text_is_a_named_actor_mention()
    {
        // Given an Italian sentence naming Daesh
        // When the engine extracts it
        var document = TestData.Extract("Daesh ha rivendicato l'attacco contro il villaggio.", "it");

        // Then Daesh is a named actor mention with a registry id
        var actor = Assert.Single(document.MentionsOf<ActorMention>(), a => document.Slice(a.Span) == "Daesh");
        Assert.Equal(ActorKind.Named, actor.Kind);
        Assert.False(string.IsNullOrEmpty(actor.ActorId));
    }

    [Fact]
    public void Daesh_resolves_to_Islamic_State()
    {
        // Given the alias "Daesh" matched in an Italian text
        string id = DaeshId();

        // When it is resolved without a country
        var resolved = Registry.ResolveNamed(id, countryCode: null, countryName: null, on: new DateOnly(2019, 6, 1));

        // Then its ACLED name starts with "Islamic State" and carries no placeholder
        Assert.NotNull(resolved);
        Assert.StartsWith("Islamic State", resolved.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("{country}", resolved.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Daesh_in_a_Syrian_report_is_Islamic_State_Syria()
    {
        // Given the alias "Daesh" in a report about Syria
        string id = DaeshId();

        // When it is resolved with country SY
        var resolved = Registry.ResolveNamed(id, countryCode: "SY", countryName: null, on: new DateOnly(2019, 6, 1));

        // Then the name is qualified by the country
        Assert.Equal("Islamic State (Syria)", resolved?.Name);
    }

    [Fact]
    public void Syrian_military_in_2019_is_its_regime_period_name()
    {
        // Given the Syrian state military in 2019
        // When it is resolved
        var resolved = Registry.ResolveNamed("state-military:SY", countryCode: null, countryName: null, on: new DateOnly(2019, 6, 1));

        // Then it carries the name of its regime period from state_forces.tsv
        Assert.NotNull(resolved);
        Assert.Equal("Military Forces of Syria (2000-2024)", resolved.Name);
        Assert.Equal(ActorKind.StateMilitary, resolved.Kind);
        Assert.Equal(Inter.StateForces, resolved.Inter);
    }

    [Theory]
    [InlineData("2011-06-01", "Military Forces of Syria (2000-2024)")]
    [InlineData("2024-12-07", "Military Forces of Syria (2000-2024)")]
    [InlineData("2024-12-08", "Military Forces of Syria (2024-)")]
    [InlineData("2025-03-01", "Military Forces of Syria (2024-)")]
    public void State_forces_names_follow_the_regime_period_to_the_day(string day, string expected)
    {
        // Given the Syrian state military on a given day (the regime fell on 8 December 2024)
        // When it is resolved
        var resolved = Registry.ResolveState(ActorKind.StateMilitary, "SY", DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        // Then the period covering that day names it
        Assert.Equal(expected, resolved?.Name);
    }

    [Theory]
    [InlineData("2021-03-08", "Taliban", Inter.Rebels)]
    [InlineData("2021-09-01", "Military Forces of Afghanistan (2021-)", Inter.StateForces)]
    public void A_group_that_took_power_in_mid_year_is_named_for_the_day(string day, string expected, int inter)
    {
        // Given the Taliban before and after they took Kabul on 15 August 2021
        // When the group is resolved on each day
        var resolved = Registry.ResolveNamed("taliban", countryCode: "AF", countryName: null, on: DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        // Then it is a rebel group before and the state's forces after
        Assert.Equal(expected, resolved?.Name);
        Assert.Equal(inter, resolved?.Inter);
    }

    [Theory]
    [InlineData("On Monday pro-Houthi fighters shelled a market near the port.", "en", "pro-Houthi fighters")]
    [InlineData("Lundi, des combattants pro-Houthis ont bombardé un marché près du port.", "fr", "pro-Houthis")]
    public void An_affiliation_prefix_names_the_side_of_the_organisation(string text, string lang, string expected)
    {
        // Given a report whose fighters are described as "pro-" an organisation
        // When the engine extracts it
        var document = TestData.Extract(text, lang);

        // Then the words name that organisation (with the fighters it owns), as if it were written alone
        var actor = Assert.Single(document.MentionsOf<ActorMention>(), a => a.ActorId == "houthis");
        Assert.Equal(expected, document.Slice(actor.Span));
    }

    [Fact]
    public void An_opposing_prefix_never_names_the_organisation()
    {
        // Given fighters described as "anti-" an organisation
        var document = TestData.Extract("On Monday anti-Houthi fighters shelled a market near the port.", "en");

        // Then no mention is that organisation
        Assert.DoesNotContain(document.MentionsOf<ActorMention>(), a => a.ActorId == "houthis");
    }

    [Fact]
    public void A_description_used_as_an_adjective_is_no_actor()
    {
        // Given "military" before a plain noun, and "the military" as the subject of another sentence
        var document = TestData.Extract("Fighters destroyed military equipment near the border. Later the military said the border was calm.", "en");

        // Then only the second one is an actor
        var military = document.MentionsOf<ActorMention>().Where(a => a.Kind == ActorKind.StateMilitary).Select(a => document.Slice(a.Span)).ToList();
        Assert.Equal(["the military"], military);
    }

    [Theory]
    [InlineData("Dois policiais militares foram baleados durante um confronto com traficantes.", "policiais militares")]
    [InlineData("Um policial civil morreu num tiroteio na zona norte.", "policial civil")]
    public void Officers_of_a_military_police_are_police_not_an_army(string text, string expected)
    {
        // Given Portuguese officers of the military or civil police
        var document = TestData.Extract(text, "pt");

        // Then the words are one police description, and no army is named beside it
        var actor = Assert.Single(document.MentionsOf<ActorMention>(), a => a.Kind == ActorKind.StatePolice);
        Assert.Equal(expected, document.Slice(actor.Span));
        Assert.DoesNotContain(document.MentionsOf<ActorMention>(), a => a.Kind == ActorKind.StateMilitary);
    }

    [Fact]
    public void A_group_that_raids_across_borders_carries_the_countries_it_acts_in()
    {
        // Given an English sentence naming a Sahel coalition by its acronym, and one naming a state's army
        var group = TestData.Extract("JNIM fighters attacked a gendarmerie post at dawn.", "en");
        var army = TestData.Extract("The army attacked a base at dawn.", "en");

        // When the actors are read
        var named = Assert.Single(group.MentionsOf<ActorMention>(), a => a.Kind == ActorKind.Named);

        // Then the group carries the registry's theatre, its home first; the army carries none
        Assert.NotNull(named.Theatre);
        Assert.Equal("ML", named.Theatre[0]);
        Assert.Contains("BF", named.Theatre);
        Assert.Contains("NE", named.Theatre);
        Assert.All(army.MentionsOf<ActorMention>(), a => Assert.Null(a.Theatre));
    }
}
