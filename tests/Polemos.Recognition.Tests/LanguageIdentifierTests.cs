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
}
