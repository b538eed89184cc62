using Polemos.Core;

namespace Polemos.Recognition.Tests;

public class DateTests
{
    private static DateMention DateAt(string text, string language, string phrase)
    {
        var document = TestData.Extract(text, language);
        var found = document.MentionsOf<DateMention>()
            .Where(d => document.Slice(d.Span).Contains(phrase, StringComparison.Ordinal))
            .ToList();
        Assert.True(found.Count == 1,
            $"expected one date containing '{phrase}' in '{text}', found: " +
            string.Join(", ", document.MentionsOf<DateMention>().Select(d => $"'{document.Slice(d.Span)}'={d.Date}")));
        return found[0];
    }

    [Theory]
    [InlineData("Ieri un raid ha colpito il villaggio.", "it", "Ieri", "2019-01-23", 1)]
    [InlineData("Lunedì sera un raid ha colpito il villaggio.", "it", "Lunedì", "2019-01-21", 1)]
    [InlineData("Il 12 gennaio un raid ha colpito il villaggio.", "it", "12 gennaio", "2019-01-12", 1)]
    [InlineData("An air strike hit the village on Thursday.", "en", "Thursday", "2019-01-24", 1)]
    [InlineData("An air strike hit the village last week.", "en", "week", "2019-01-17", 2)]
    [InlineData("An air strike hit the village on January 12, 2019.", "en", "January 12", "2019-01-12", 1)]
    [InlineData("An air strike hit the village on 2019-01-05.", "en", "2019-01-05", "2019-01-05", 1)]
    [InlineData("02/01/2019: an air strike hit the village.", "en", "02/01/2019", "2019-01-02", 1)]
    [InlineData("01/02/2019: an air strike hit the village.", "en", "01/02/2019", "2019-01-02", 1)]
    [InlineData("Le 01/12/2018, un raid a frappé le village.", "fr", "01/12/2018", "2018-12-01", 1)]
    [InlineData("01/13/2019: an air strike hit the village.", "en", "01/13/2019", "2019-01-13", 1)]
    [InlineData("12/01/2018: an air strike hit the village.", "en", "12/01/2018", "2018-12-01", 1)]
    [InlineData("Protesters marched from 24 to 26 January.", "en", "26 January", "2019-01-26", 1)]
    [InlineData("Protesters will march on 20 February.", "en", "20 February", "2018-02-20", 1)]
    [InlineData("An air strike hit the village on 30 December.", "en", "30 December", "2018-12-30", 1)]
    [InlineData("An air strike hit the village on 3 March.", "en", "3 March", "2018-03-03", 1)]
    [InlineData("In March, a similar ambush killed seventeen soldiers.", "en", "March", "2018-03-01", 3)]
    [InlineData("Im März hatte ein ähnlicher Hinterhalt siebzehn Soldaten getötet.", "de", "März", "2018-03-01", 3)]
    [InlineData("A marzo un agguato simile aveva ucciso diciassette soldati.", "it", "marzo", "2018-03-01", 3)]
    [InlineData("В марте похожая засада унесла жизни семнадцати военных.", "ru", "марте", "2018-03-01", 3)]
    public void Dates_resolve_against_publication_on_Thursday_24_January_2019(
        string text, string language, string phrase, string expected, int precision)
    {
        // Given a sentence with one date reference, published on Thursday 2019-01-24
        // When the engine extracts it
        var date = DateAt(text, language, phrase);

        // Then it resolves to the expected day with the expected precision
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("Residents protested in Mar del Plata against the release of prisoners.", "en")]
    [InlineData("Residents protested in May Pen against the price of water.", "en")]
    public void A_month_word_is_no_date_where_nothing_dates_it(string text, string language)
    {
        // Given a month's abbreviation that begins a town's name after "in" ("Mar del Plata"), or a month's name that
        // begins one ("May Pen")
        var document = TestData.Extract(text, language);

        // Then no date is read
        Assert.Empty(document.MentionsOf<DateMention>());
    }

    [Fact]
    public void Part_of_day_is_part_of_the_weekday_mention()
    {
        // Given "lunedì sera"
        // When the engine extracts it
        var document = TestData.Extract("Lunedì sera un raid ha colpito il villaggio.", "it");

        // Then the date's span covers both words
        var date = Assert.Single(document.MentionsOf<DateMention>());
        Assert.Equal("Lunedì sera", document.Slice(date.Span));
        Assert.True(date.Relative);
    }

    [Fact]
    public void A_day_and_month_are_not_also_a_quantity()
    {
        // Given "12 gennaio"
        // When the engine extracts it
        var document = TestData.Extract("Il 12 gennaio un raid ha colpito il villaggio.", "it");

        // Then the 12 is a date only
        Assert.Empty(document.MentionsOf<QuantityMention>());
    }

    [Fact]
    public void Relative_dates_without_a_publication_date_stay_unresolved()
    {
        // Given "ieri" in an article with no publication date
        // When the engine extracts it
        var document = TestData.Engine.Extract("t", "Ieri un raid ha colpito il villaggio.", new ArticleMeta { DeclaredLanguage = "it" });

        // Then the reference is kept but has no date
        var date = Assert.Single(document.MentionsOf<DateMention>());
        Assert.Null(date.Date);
        Assert.True(date.Relative);
    }
}
