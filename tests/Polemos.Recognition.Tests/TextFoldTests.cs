using Polemos.Core;

namespace Polemos.Recognition.Tests;

public class TextFoldTests
{
    [Theory]
    [InlineData("Deir ez-Zor", "deir zor")]
    [InlineData("Deir el-Zor", "deir zor")]
    [InlineData("Deir al-Zour", "deir zour")]
    [InlineData("Dayr az Zawr", "dayr zawr")]
    [InlineData("Deir Ezzor", "deir ezzor")]
    public void FoldName_drops_the_Arabic_article_in_its_Latin_spellings(string name, string expected)
    {
        // Given a Latin spelling of an Arabic place name
        // When it is folded as a name
        string folded = TextFold.FoldName(name);

        // Then the article is gone and hyphens became spaces
        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData("Di An", "di an")]
    [InlineData("Hoi An", "hoi an")]
    [InlineData("Bar Elias-el", "bar elias")]
    public void FoldName_keeps_a_last_word_written_apart_that_spells_an_article(string name, string expected)
    {
        // Given a name whose last word spells an article, written apart ("Di An") or hyphened on ("Bar Elias-el", a name
        // cut off before the word its article belongs to)
        string folded = TextFold.FoldName(name);

        // Then the word written apart is the name's own and stays; the hyphened article goes
        Assert.Equal(expected, folded);
    }

    [Fact]
    public void FoldName_can_keep_articles()
    {
        // Given "Deir ez-Zor", When it is folded without dropping articles
        string folded = TextFold.FoldName("Deir ez-Zor", dropArticles: false);

        // Then the article is kept as its own word
        Assert.Equal("deir ez zor", folded);
    }

    [Fact]
    public void FoldName_keeps_a_lone_word_that_looks_like_an_article()
    {
        // Given a one-word name that is also an article spelling ("An", "As")
        // When folded
        // Then it is kept, since dropping it would leave nothing
        Assert.Equal("an", TextFold.FoldName("An"));
        Assert.Equal("bukamal", TextFold.FoldName("Al-Bukamal"));
    }

    [Theory]
    [InlineData("‘Ayn al-‘Arab", "ayn arab")]
    [InlineData("Tall Rif‘at", "tall rifat")]
    [InlineData("ʿAfrin", "afrin")]
    public void FoldName_removes_ayn_marks(string name, string expected)
    {
        // Given a name written with ʿayn marks or typographic quotes standing for them
        // When folded as a name
        // Then the marks are gone
        Assert.Equal(expected, TextFold.FoldName(name));
    }

    [Theory]
    [InlineData("Ḩalab", "halab")]
    [InlineData("Mūḩ Ḩasan", "muh hasan")]
    [InlineData("Città di Castello", "citta di castello")]
    [InlineData("ÉTÉ", "ete")]
    public void Folding_removes_diacritics(string name, string expected)
    {
        // Given a name with diacritics
        // When folded as a name
        // Then only plain lower-case letters and single spaces remain
        Assert.Equal(expected, TextFold.FoldName(name));
    }

    [Theory]
    [InlineData("L\u2019Aquila", "l'aquila")]
    [InlineData("Straße", "strase")]
    [InlineData("arabo\u2013curde", "arabo-curde")]
    [InlineData("ABC def", "abc def")]
    public void Fold_lowers_case_strips_accents_and_makes_apostrophes_and_dashes_ASCII(string text, string expected)
    {
        // Given text with capitals, accents, typographic apostrophes or dashes
        // When folded
        // Then it is lower case ASCII-compatible
        Assert.Equal(expected, TextFold.Fold(text));
    }

    [Fact]
    public void Name_key_makes_known_spellings_of_Deir_ez_Zor_meet()
    {
        // Given three spellings that differ only by article form and hyphenation
        // When keyed for the gazetteer
        // Then they share one key
        Assert.Equal(NameKey.Of("Deir ez-Zor"), NameKey.Of("Deir el-Zor"));
        Assert.Equal(NameKey.Of("Deir ez-Zor"), NameKey.Of("Deir ez Zor"));
        Assert.NotEqual(NameKey.Of("Deir ez-Zor"), NameKey.Of("Deir Hafer"));
    }

    [Fact]
    public void A_word_folds_the_same_from_any_text_it_stands_in_and_every_time()
    {
        // Given the same word alone and inside two longer texts, with and without diacritics
        const string text = "A Città di Castello, la CITTÀ vecchia";

        // When each is folded (the first fold is remembered, the later ones are looked up)
        string alone = TextFold.Fold("Città");
        string inText = TextFold.Fold(text.AsSpan(2, 5));
        string upper = TextFold.Fold(text.AsSpan(24, 5));

        // Then every fold is the same lower-case word without the accent, and distinct words stay distinct
        Assert.Equal("citta", alone);
        Assert.Equal("citta", inText);
        Assert.Equal("citta", upper);
        Assert.Equal("castello", TextFold.Fold(text.AsSpan(11, 8)));
    }

    [Fact]
    public async Task Long_spans_and_other_threads_fold_like_short_words()
    {
        // Given a span longer than any remembered word, and a word folded on another thread
        string longText = string.Concat(Enumerable.Repeat("Ğazze ÉLITE ", 8));
        string other = await Task.Run(() => TextFold.Fold("Ḥamāh"));

        // When folded, Then the result is the same as on this thread and as word by word
        Assert.Equal(string.Concat(Enumerable.Repeat("gazze elite ", 8)), TextFold.Fold(longText));
        Assert.Equal(TextFold.Fold("Ḥamāh"), other);
        Assert.Equal("hamah", other);
    }

    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Al-Bukamal")]
    [InlineData("دير الزور")]
    public void A_name_key_from_a_span_equals_the_key_from_the_string(string name)
    {
        // Given a place name inside a sentence
        string sentence = "Near " + name + " today";

        // When its key is taken from the span and from the string
        // Then both are the same
        Assert.Equal(NameKey.Of(name), NameKey.Of(sentence.AsSpan(5, name.Length)));
    }
}
