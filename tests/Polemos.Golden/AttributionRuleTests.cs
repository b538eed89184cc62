using Polemos.Core;
using Polemos.Events.Evaluation.Adapters;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// A perpetrator named by a third party in a later sentence ("no group claimed it; officials attributed it to ISIL"):
/// short English sentences written by the team (invented incidents, real places), read with the committed subset.
/// </summary>
public sealed class AttributionRuleTests
{
    private static List<ExtractedRecord> Events(string text) =>
        EvalSets.Extract(TestData.Engine, "attribution", text, new DateOnly(2016, 5, 10)).Records.Where(r => r.Kind == RecordKinds.Event).ToList();

    [Fact]
    public void The_group_blamed_later_is_the_attacker_and_the_fight_stays_one_record_with_its_toll()
    {
        // Given an attack by unnamed gunmen, the soldiers' return fire with a toll, and a later attribution to ISIL
        var events = Events("Gunmen attacked an army checkpoint in Tarmiyah district, Iraq on 8 May 2016. Soldiers returned fire, " +
                            "killing four gunmen. Nobody has owned up to the raid, but provincial officials have attributed it to ISIL.");

        // Then one clash: the Islamic State against the army, alleged (a third party names it), with the four dead
        var clash = Assert.Single(events);
        Assert.Equal("Islamic State (Iraq)", clash.Actor1);
        Assert.StartsWith("Military Forces of Iraq", clash.Actor2, StringComparison.Ordinal);
        Assert.Equal(Certainty.Alleged, clash.Certainty);
        Assert.Equal(4, clash.Fatalities);
    }

    [Fact]
    public void A_bomb_that_went_off_early_is_the_blamed_group_s_and_no_one_is_named_for_disrupting_it()
    {
        // Given a device that exploded prematurely, killing its handlers, later attributed to ISIL
        var events = Events("A bomb exploded prematurely in Tarmiyah district, Iraq on 8 May 2016. Two militants were killed in the blast. " +
                            "The provincial council attributed the device to ISIL cells active in the orchards.");

        // Then the explosion is the Islamic State's with its two dead, and no record says the group defused anything
        Assert.Contains(events, e => e.Actor1 == "Islamic State (Iraq)" && e.EventType == Taxonomy.Explosions && e.Fatalities == 2);
        Assert.DoesNotContain(events, e => e.Actor1 == "Islamic State (Iraq)" && e.SubEventType == Taxonomy.DisruptedWeapons.Name);
    }

    [Fact]
    public void A_negated_blame_names_no_one()
    {
        // Given a group named only in a blame that is denied
        var events = Events("A roadside bomb killed two soldiers near Tarmiyah, Iraq on 8 May 2016. Officials have not blamed ISIL for the bombing.");

        // Then the perpetrator stays unidentified
        Assert.DoesNotContain(events, e => e.Actor1 == "Islamic State (Iraq)");
        Assert.Contains(events, e => e.Fatalities == 2);
    }
}
