using Polemos.Core;

namespace Polemos.Recognition.Tests;

/// <summary>
/// The general mechanisms that the eight language folders switch on with data: inflected names, bounds written
/// with a negation, day numbers before months, datelines without capitals, "since" dates and names that start
/// with a function word.
/// </summary>
public class LanguageMechanismTests
{
    private static List<PlaceMention> Places(Document document) => document.MentionsOf<PlaceMention>().ToList();

    [Theory]
    [InlineData("Два человека погибли при обстреле Белгорода в понедельник.", "Belgorod")]
    [InlineData("В Москве задержаны более 50 участников акции протеста.", "Moscow")]
    [InlineData("Российские войска взяли под контроль Авдеевку в понедельник.", "Avdiivka")]
    [InlineData("Полиция задержала 12 участников драки в Нижнем Новгороде.", "Nizhniy Novgorod")]
    public void Russian_inflected_place_names_resolve_to_their_gazetteer_entry(string text, string expected)
    {
        // Given a Russian sentence naming a town in the genitive, prepositional or accusative case
        // When the engine reads it
        var document = TestData.Extract(text, "ru");

        // Then the town is found under its gazetteer name
        Assert.Contains(Places(document), p => p.Entry?.Name == expected);
    }

    [Theory]
    [InlineData("The monitors recorded 14 explosions near Marinka-2 overnight.", "Marinka")]
    [InlineData("Shelling damaged two houses in Popasna-3 on Tuesday.", "Popasna")]
    public void A_settlement_numbered_after_its_name_is_that_settlement(string text, string expected)
    {
        // Given a marker of place before a known settlement's name written with a hyphen and a number
        // When the engine reads it
        var document = TestData.Extract(text, "en");

        // Then the place is the settlement of the name
        Assert.Contains(Places(document), p => p.Entry?.Name == expected);
    }

    [Fact]
    public void A_model_of_aircraft_or_drone_is_no_numbered_settlement()
    {
        // Given weapons written as a short name or a name with a long number after a marker of place
        // When the engine reads it
        var document = TestData.Extract("Ukrainian forces shot down a Su-25 near Kurakhove and struck a depot with a Shahed-136 at dawn.", "en");

        // Then only the settlement is a place
        Assert.Equal(["Kurakhove"], Places(document).Select(p => p.Entry?.Name));
    }

    [Theory]
    [InlineData("Унаслідок вибуху в Києві поранено трьох людей.")]
    [InlineData("Росія завдала ракетного удару по Києву вночі.")]
    public void A_case_that_changes_the_stems_last_vowel_is_undone(string text)
    {
        // Given a Ukrainian sentence naming Kyiv in the locative or dative, whose case ending leaves a stem of two letters
        // When the engine reads it
        var document = TestData.Extract(text, "uk");

        // Then the ending's replacement restores the name
        Assert.Contains(Places(document), p => p.Entry?.Name == "Kyiv");
    }

    [Theory]
    [InlineData("Не менее 10 человек погибли при обстреле.", "ru")]
    [InlineData("قتل ما لا يقل عن 15 شخصا في اشتباكات عنيفة.", "ar")]
    public void The_negation_inside_a_lower_bound_negates_nothing(string text, string language)
    {
        // Given "not less than N" written with the language's negation word
        // When the engine reads it
        var document = TestData.Extract(text, language);

        // Then the bound is a quantity and no negation concept is left to cancel the toll
        Assert.Contains(document.MentionsOf<QuantityMention>(), q => q.Best is 10 or 15 && q.High is null);
        Assert.DoesNotContain(document.MentionsOf<ConceptMention>(), c => c.Concept == Concepts.Negation);
        Assert.Contains(document.Records, r => r.Kind == RecordKinds.Event && r.Fatalities is 10 or 15);
    }

    [Fact]
    public void A_day_number_before_a_month_ends_no_German_sentence()
    {
        // Given a German dateline and a date with an ordinal day
        var document = TestData.Tokenise("BEIRUT, 15. Oktober - Am 14. Oktober wurden drei Menschen getötet. Die Armee schwieg.", "de");

        // Then the text has two sentences, not four
        Assert.Equal(2, document.Sentences.Count);
    }

    [Fact]
    public void A_German_day_number_before_a_month_is_a_date()
    {
        // Given "am 14. Januar"
        var document = TestData.Extract("Bei einem Angriff am 14. Januar wurden drei Menschen getötet.", "de");

        // Then it resolves to 14 January of the publication year
        Assert.Contains(document.MentionsOf<DateMention>(), d => d.Date == new DateOnly(2019, 1, 14));
    }

    [Fact]
    public void An_Arabic_dateline_is_found_without_capitals()
    {
        // Given an Arabic report whose dateline carries a date of its own
        var document = TestData.Extract("بغداد، 24 كانون الثاني - قتل أربعة جنود يوم الاثنين بانفجار عبوة ناسفة في كركوك.", "ar");

        // Then the dateline is recognised, and the event takes Monday's date rather than the dateline's
        Assert.Single(document.Datelines);
        var e = Assert.Single(document.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal("2019-01-21", e.EventDate);
    }

    [Theory]
    [InlineData("Le nord du Mali est en proie depuis 2012 aux violences jihadistes, qui ont fait des milliers de morts.", "fr")]
    [InlineData("وتدور منذ نيسان 2015 حرب بين الجيش والمتمردين أودت بحياة عشرات الآلاف.", "ar")]
    [InlineData("Since 2014 the insurgency has killed thousands of people in the region.", "en")]
    public void A_since_date_opens_a_lasting_situation_not_an_event(string text, string language)
    {
        // Given a background sentence about a situation lasting since a date
        // When the engine reads it
        var document = TestData.Extract(text, language);

        // Then the date is marked as a start, and nothing dated comes of it
        Assert.Contains(document.MentionsOf<DateMention>(), d => d.Since);
        Assert.DoesNotContain(document.Records, r => r.Kind == RecordKinds.Event && !r.Habitual);
    }

    [Fact]
    public void A_place_name_may_start_with_a_function_word()
    {
        // Given Omdurman, whose Arabic name starts with the particle "أم"
        var document = TestData.Extract("اندلعت اشتباكات عنيفة يوم الأحد بين الجيش والمتمردين في أم درمان.", "ar");

        // Then the two words are one place
        Assert.Contains(Places(document), p => p.Entry?.Name == "Omdurman");
    }

    [Fact]
    public void A_count_goes_to_the_toll_word_nearest_it()
    {
        // Given killed and wounded counts side by side, the wounded one right after the killed participle
        var document = TestData.Extract("Quatre soldats maliens ont été tués et cinq autres blessés lundi par l'explosion d'une mine près de Mopti.", "fr");

        // Then four are killed and five wounded
        var e = Assert.Single(document.Records, r => r.Kind == RecordKinds.Event);
        Assert.Equal(4, e.Fatalities);
        Assert.Equal(5, e.Wounded);
    }

    [Theory]
    [InlineData("Три военнослужащих погибли во вторник в провинции Анбар.", "ru")]
    [InlineData("Бойовики атакували блокпост у провінції Анбар, загинули троє військових.", "uk")]
    public void A_cyrillic_province_the_gazetteer_knows_in_latin_letters_is_found_after_its_marker(string text, string language)
    {
        // Given a province named in Cyrillic right after "в провинции", which the gazetteer holds only in Latin and Arabic
        // letters, and whose stem the lexicon also lists as a word of its region
        var document = TestData.Extract(text, language);

        // Then the transliterated name finds the province
        Assert.Contains(Places(document), p => p.Entry?.Name == "Al-Anbar");
    }

    [Theory]
    [InlineData("Dschihadisten haben im Norden Syriens einen Stützpunkt angegriffen.", "Syria")]
    [InlineData("Im Osten Malis haben Dschihadisten einen Militärstützpunkt angegriffen.", "Mali")]
    [InlineData("Dschihadisten haben in Syrien einen Stützpunkt angegriffen.", "Syria")]
    public void A_german_country_in_the_genitive_after_a_direction_is_that_country(string text, string expected)
    {
        // Given a German report naming a country in the genitive after a word of direction ("im Norden Syriens"), or by
        // the short name the package writes only inverted ("Syrien, Arabische Republik")
        var document = TestData.Extract(text, "de");

        // Then the country is the place
        Assert.Contains(Places(document), p => p.Entry?.Name == expected);
    }

    [Fact]
    public void A_cyrillic_place_the_gazetteer_knows_in_latin_letters_is_found_after_a_marker_of_place()
    {
        // Given a republic named in Cyrillic, in the locative, right after "в", which the gazetteer holds in Latin letters
        var document = TestData.Extract("В Дагестане силовики ликвидировали двух боевиков.", "ru");

        // Then its case ending undone and transliterated, the name finds the republic
        Assert.Contains(Places(document), p => p.Entry?.Name == "Dagestan");
    }

    [Theory]
    [InlineData("fr", "Le 8 mars, l'attaque a fait trois morts.", "attaque", WordForm.Noun)]
    [InlineData("fr", "Le 8 mars, le convoi a été attaqué près de Djibo.", "attaqué", WordForm.Participle)]
    [InlineData("es", "El 8 de marzo, el ejército bombardeó la ciudad.", "bombardeó", WordForm.Past)]
    [InlineData("es", "El 8 de marzo, un bombardeo alcanzó la ciudad.", "bombardeo", WordForm.Noun)]
    public void Words_that_only_their_accents_tell_apart_are_read_as_written(string language, string text, string word, WordForm form)
    {
        // Given a word whose accent alone tells a verb from a noun, both in the lexicon
        var document = TestData.Extract(text, language);

        // Then the concept takes the form of the word as written
        var mention = Assert.Single(document.MentionsOf<ConceptMention>(), c => document.Slice(c.Span) == word);
        Assert.Equal(form, mention.Form);
    }
}
