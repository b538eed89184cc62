using Polemos.Text;

namespace Polemos.Recognition.Tests;

public class LanguageIdentifierTests
{
    private const string Italian =
        "Almeno otto civili sono stati uccisi ieri in un raid aereo contro il villaggio di Hajin, nella provincia di " +
        "Deir ez-Zor. Secondo l'Osservatorio siriano per i diritti umani, tra le vittime ci sono anche tre bambini e " +
        "una donna. Le forze della coalizione non hanno commentato la notizia.";

    private const string English =
        "At least eight civilians were killed on Wednesday in an air strike on the village of Hajin, in the province of " +
        "Deir ez-Zor. According to the Syrian Observatory for Human Rights, the dead include three children and a " +
        "woman. The coalition has not commented on the report.";

    private static LanguageIdentifier Identifier => new(TestData.Catalog);

    [Fact]
    public void Italian_paragraph_is_Italian()
    {
        // Given an Italian paragraph and no declared language
        // When the language is identified
        string language = Identifier.Identify(Italian, declared: null);

        // Then it is Italian
        Assert.Equal("it", language);
    }

    [Fact]
    public void English_paragraph_is_English()
    {
        // Given an English paragraph and no declared language
        // When the language is identified
        string language = Identifier.Identify(English, declared: null);

        // Then it is English
        Assert.Equal("en", language);
    }

    [Theory]
    [InlineData(Italian, "it")]
    [InlineData(English, "en")]
    public void Declared_language_is_kept_when_the_text_agrees(string text, string declared)
    {
        // Given a paragraph whose declared language matches it
        // When the language is identified
        string language = Identifier.Identify(text, declared);

        // Then the declared language is kept
        Assert.Equal(declared, language);
    }

    [Fact]
    public void Declared_language_is_overruled_when_the_text_clearly_contradicts_it()
    {
        // Given an Italian paragraph declared as English
        // When the language is identified
        string language = Identifier.Identify(Italian, "en");

        // Then the text wins
        Assert.Equal("it", language);
    }

    [Fact]
    public void One_function_word_of_another_language_does_not_overrule_a_declaration()
    {
        // Given an English headline declared English, with no English function word and one Spanish one ("al" of a name)
        // When the language is identified
        string language = Identifier.Identify("Suspected Al Shabaab gunmen kill police reservist", "en");

        // Then the declaration stands
        Assert.Equal("en", language);
    }

    [Theory]
    [InlineData("Украинские военные обстреляли Донецк, погибли три мирных жителя.", "en", "ru")]
    [InlineData("قصفت قوات النظام بلدة سراقب يوم الاثنين.", "fr", "ar")]
    public void A_declared_language_of_another_script_is_overruled(string text, string declared, string expected)
    {
        // Given a short sentence with few stop words, declared in a language written in another script
        // When the language is identified
        string language = Identifier.Identify(text, declared);

        // Then the script decides
        Assert.Equal(expected, language);
    }

    [Fact]
    public void Number_words_tell_apart_a_short_text_whose_stop_words_two_languages_share()
    {
        // Given a short Italian sentence whose few stop words ("un", "ha", "a") Spanish lists too
        // When the language is identified
        string language = Identifier.Identify("Un raid aereo ha ucciso sette persone a Rafah.", declared: null);

        // Then the number word "sette" makes it Italian
        Assert.Equal("it", language);
    }

    [Fact]
    public void A_tie_in_stop_words_goes_to_the_first_code_in_ordinal_order()
    {
        // Given two languages listed in reverse order that share a stop word, and a text where both count the same
        using var folders = new TempLanguages(("xb", "alfa\nbeta"), ("xa", "alfa\ngamma"));
        var identifier = new LanguageIdentifier(new LanguageCatalog(Enumerable.Reverse(folders.Languages)));

        // When the language of "alfa beta gamma" (xa: 2 hits, xb: 2 hits) is identified
        string language = identifier.Identify("Alfa beta gamma", declared: null);

        // Then the tie goes to xa
        Assert.Equal("xa", language);
    }

    [Fact]
    public void A_stop_word_counts_for_every_language_that_lists_it()
    {
        // Given two languages sharing "alfa" and a text of shared words with one word of the second language
        using var folders = new TempLanguages(("xa", "alfa\nbeta"), ("xb", "alfa\ngamma"));
        var identifier = new LanguageIdentifier(new LanguageCatalog(folders.Languages));

        // When it is identified, the shared words count for both and the extra word decides
        string language = identifier.Identify("alfa alfa alfa gamma", declared: null);

        // Then it is the second language (4 hits against 3)
        Assert.Equal("xb", language);
    }

    [Theory]
    [InlineData("Ціни на пальне зросли", "uk")]
    [InlineData("Обстріли Херсонщини тривають", "uk")]
    [InlineData("Обстрел Херсона: есть раненые", "ru")]
    [InlineData("Взрыв в Москве", "ru")]
    public void A_short_text_of_a_shared_script_is_told_by_its_own_letters(string text, string expected)
    {
        // Given a headline of the Cyrillic script with at most one stop word, shared by Russian and Ukrainian
        // When the language is identified
        string language = Identifier.Identify(text, declared: null);

        // Then the letters only one of the two writes (і ї є ґ, ы э ъ ё) decide; with none, Russian, as before
        Assert.Equal(expected, language);
    }

    /// <summary>Language folders with only a stop-word list, in a temporary directory removed afterwards.</summary>
    private sealed class TempLanguages : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("polemos-lang-").FullName;

        public TempLanguages(params (string Code, string StopWords)[] languages)
        {
            foreach (var (code, stopWords) in languages)
            {
                string dir = Directory.CreateDirectory(Path.Combine(_root, code)).FullName;
                File.WriteAllText(Path.Combine(dir, "stopwords.txt"), stopWords + "\n");
                Languages.Add(LanguageData.Load(dir));
            }
        }

        public List<LanguageData> Languages { get; } = [];

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
