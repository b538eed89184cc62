using Polemos.Core;

namespace Polemos.Recognition.Tests;

public class QuantityTests
{
    /// <summary>The one quantity whose text is exactly <paramref name="phrase"/> (or starts with it, for a unit after it).</summary>
    private static QuantityMention QuantityAt(string text, string language, string phrase)
    {
        var document = TestData.Extract(text, language);
        var found = document.MentionsOf<QuantityMention>()
            .Where(q => document.Slice(q.Span).StartsWith(phrase, StringComparison.Ordinal))
            .ToList();
        Assert.True(found.Count == 1,
            $"expected one quantity starting with '{phrase}' in '{text}', found: " +
            string.Join(", ", document.MentionsOf<QuantityMention>().Select(q => $"'{document.Slice(q.Span)}'={q.Best}")));
        return found[0];
    }

    [Theory]
    [InlineData("Sono stati uccisi otto civili.", "it", "otto", 8)]
    [InlineData("Sono stati uccisi trentuno civili.", "it", "trentuno", 31)]
    [InlineData("Sono stati uccisi 31 civili.", "it", "31", 31)]
    [InlineData("Sono fuggite 1.200 persone.", "it", "1.200", 1200)]
    [InlineData("Some twenty-one people were killed.", "en", "twenty-one", 21)]
    [InlineData("Some two hundred people fled.", "en", "two hundred", 200)]
    [InlineData("Eight soldiers were killed.", "en", "Eight", 8)]
    public void Exact_numbers_in_words_and_digits(string text, string language, string phrase, int expected)
    {
        // Given a sentence with one exact number
        // When the engine extracts it
        var q = QuantityAt(text, language, phrase);

        // Then its best, low and high are that number and it is not vague
        Assert.Equal((expected, expected, (int?)expected), (q.Best, q.Low, q.High));
        Assert.False(q.Vague);
    }

    [Theory]
    [InlineData("Un comandante della Brigata 444 è stato catturato insieme a tre miliziani.", "it")]
    [InlineData("Fighters of Division 25 shelled the village, wounding three people.", "en")]
    [InlineData("قصف اللواء 93 القرية واصيب ثلاثة مدنيين.", "ar")]
    public void A_number_that_names_a_unit_counts_nothing(string text, string language)
    {
        // Given a unit named by its number ("Brigata 444", "Division 25", "اللواء 93") and a count of three
        var document = TestData.Extract(text, language);

        // Then the only count is the three: the unit's number is part of its name
        Assert.Equal([3], document.MentionsOf<QuantityMention>().Select(q => q.Best));
    }

    [Fact]
    public void Una_decina_is_about_ten()
    {
        // Given "una decina"
        // When the engine extracts it
        var q = QuantityAt("Sono morte una decina di persone.", "it", "una decina");

        // Then the best guess is 10 inside a range around it, and it is vague
        Assert.Equal(10, q.Best);
        Assert.True(q.Low < 10, $"low {q.Low}");
        Assert.True(q.High > 10, $"high {q.High}");
        Assert.True(q.Vague);
    }

    [Fact]
    public void Poche_centinaia_is_vague()
    {
        // Given "poche centinaia"
        // When the engine extracts it
        var q = QuantityAt("Sono fuggite poche centinaia di famiglie.", "it", "poche centinaia");

        // Then it is a vague quantity in the hundreds
        Assert.True(q.Vague);
        Assert.True(q.Best >= 100, $"best {q.Best}");
        Assert.True(q.High is null || q.High >= q.Best, $"high {q.High}");
    }

    [Fact]
    public void At_least_bounds_from_below_only()
    {
        // Given "at least 15"
        // When the engine extracts it
        var q = QuantityAt("At least 15 civilians were killed.", "en", "At least 15");

        // Then 15 is both the best guess and the lower bound, with no upper bound
        Assert.Equal((15, 15, (int?)null), (q.Best, q.Low, q.High));
    }

    [Fact]
    public void More_than_raises_the_lower_bound()
    {
        // Given "more than 10"
        // When the engine extracts it
        var q = QuantityAt("More than 10 soldiers were wounded.", "en", "More than 10");

        // Then the lower bound is 11 and there is no upper bound
        Assert.Equal(11, q.Low);
        Assert.Null(q.High);
    }

    [Theory]
    [InlineData("Between 43 and 52 people were killed.", "en", "Between 43 and 52")]
    [InlineData("Sono state uccise tra 43 e 52 persone.", "it", "tra 43 e 52")]
    [InlineData("Entre 43 et 52 personnes ont été tuées.", "fr", "Entre 43 et 52")]
    [InlineData("Murieron entre 43 y 52 personas.", "es", "entre 43 y 52")]
    [InlineData("Morreram entre 43 e 52 pessoas.", "pt", "entre 43 e 52")]
    [InlineData("Zwischen 43 und 52 Menschen wurden getötet.", "de", "Zwischen 43 und 52")]
    [InlineData("Погибли от 43 до 52 человек.", "ru", "от 43 до 52")]
    public void A_range_is_one_quantity_coded_at_its_lower_end(string text, string lang, string words)
    {
        // Given "between 43 and 52" in a language
        // When the engine extracts it
        var q = QuantityAt(text, lang, words);

        // Then ACLED's conservative figure is the lower end, and the upper end is the high bound
        Assert.Equal((43, 43, (int?)52), (q.Best, q.Low, q.High));
    }

    [Fact]
    public void Several_is_coded_as_acled_codes_plural_fatalities()
    {
        // Given "several" with no number
        // When the engine extracts it
        var q = QuantityAt("Several fighters were killed.", "en", "Several");

        // Then ACLED's figure for plural, unknown fatalities applies: 10, from 3, with no upper bound
        Assert.Equal((10, 3, (int?)null), (q.Best, q.Low, q.High));
    }

    [Fact]
    public void Dozens_counts_as_twelve()
    {
        // Given "dozens"
        // When the engine extracts it
        var q = QuantityAt("Dozens of people were killed.", "en", "Dozens");

        // Then ACLED's conservative reading applies: 12
        Assert.Equal(12, q.Best);
        Assert.True(q.Vague);
    }

    [Fact]
    public void Number_followed_by_a_unit_is_a_measure()
    {
        // Given "2 chilometri"
        // When the engine extracts it
        var q = QuantityAt("I miliziani si trovano a 2 chilometri dal villaggio.", "it", "2 chilometri");

        // Then its unit is km
        Assert.Equal(2, q.Best);
        Assert.Equal("km", q.Unit);
    }

    [Fact]
    public void Counts_have_no_unit()
    {
        // Given a count of people
        // When the engine extracts it
        var q = QuantityAt("Sono stati uccisi 31 civili.", "it", "31");

        // Then it carries no unit
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("Il conflitto è iniziato nel 2019 nella regione.", "it")]
    [InlineData("The conflict began in 2011 in the region.", "en")]
    public void Years_are_not_quantities(string text, string language)
    {
        // Given a sentence whose only number is a year
        // When the engine extracts it
        var document = TestData.Extract(text, language);

        // Then no quantity is found
        Assert.Empty(document.MentionsOf<QuantityMention>());
    }
}
