using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Polemos.Core;

namespace Polemos.Recognition.Tests;

public class TokeniserTests
{
    private static string[] Surfaces(Document document) => document.Tokens.Select(t => document.Slice(t.Span)).ToArray();

    [Fact]
    public void Italian_elided_article_is_split_from_the_noun()
    {
        // Given an Italian sentence with "dell'Isis"
        // When it is tokenised
        var document = TestData.Tokenise("Miliziani dell'Isis in fuga.", "it");

        // Then the elided article and the name are two tokens, the article keeping its apostrophe
        Assert.Equal(["Miliziani", "dell'", "Isis", "in", "fuga", "."], Surfaces(document));
        Assert.Equal("dell'", document.Tokens[1].Norm);
        Assert.Equal("isis", document.Tokens[2].Norm);
    }

    [Fact]
    public void Typographic_apostrophe_elision_is_split_and_folded_to_ASCII()
    {
        // Given "l’area" written with a right single quotation mark
        // When it is tokenised
        var document = TestData.Tokenise("Bombardata l\u2019area.", "it");

        // Then "l’" is its own token whose folded form uses the ASCII apostrophe
        Assert.Equal(["Bombardata", "l\u2019", "area", "."], Surfaces(document));
        Assert.Equal("l'", document.Tokens[1].Norm);
    }

    [Fact]
    public void Apostrophe_inside_a_word_that_is_not_an_elision_stays_in_the_word()
    {
        // Given an English possessive-free word with an apostrophe, tokenised as Italian (no elision "o")
        // When it is tokenised
        var document = TestData.Tokenise("O'Brien parla.", "it");

        // Then the word is not split at the apostrophe
        Assert.Equal(["O'Brien", "parla", "."], Surfaces(document));
    }

    [Fact]
    public void Hyphenated_word_is_one_token()
    {
        // Given the hyphenated adjective "arabo-curde"
        // When it is tokenised
        var document = TestData.Tokenise("Le forze arabo-curde avanzano.", "it");

        // Then it stays a single word token
        Assert.Equal(["Le", "forze", "arabo-curde", "avanzano", "."], Surfaces(document));
        Assert.True(document.Tokens[2].Shape.Has(TokenShape.Word));
    }

    [Fact]
    public void Number_with_digit_group_separator_is_one_number_token()
    {
        // Given "1.200" in Italian text
        // When it is tokenised
        var document = TestData.Tokenise("Fuggite 1.200 persone.", "it");

        // Then it is one number token, and the full stop at the end is separate punctuation
        Assert.Equal(["Fuggite", "1.200", "persone", "."], Surfaces(document));
        Assert.True(document.Tokens[1].Shape.Has(TokenShape.Number));
        Assert.True(document.Tokens[3].Shape.Has(TokenShape.Punctuation));
    }

    [Fact]
    public void Sentences_split_on_full_stop_but_not_after_initials_or_titles()
    {
        // Given three English sentences, the second containing "U.S." and "Gen."
        string text = "Troops entered the town. U.S. officials and Gen. Smith said 12 people died. Others fled.";

        // When it is tokenised
        var document = TestData.Tokenise(text, "en");

        // Then there are exactly three sentences, split after "town." and "died."
        Assert.Equal(
            ["Troops entered the town.", "U.S. officials and Gen. Smith said 12 people died.", "Others fled."],
            document.Sentences.Select(s => document.Slice(s.Span)).ToArray());
    }

    [Fact]
    public void Title_line_without_full_stop_is_a_headline_sentence()
    {
        // Given a title line without a full stop followed by a body paragraph
        string text = "Siria, raid su Idlib\nUccisi 31 civili nel raid. Altri dieci feriti.";

        // When it is tokenised
        var document = TestData.Tokenise(text, "it");

        // Then the title is its own sentence marked as a headline, and the body sentences are not
        Assert.Equal(3, document.Sentences.Count);
        Assert.Equal("Siria, raid su Idlib", document.Slice(document.Sentences[0].Span));
        Assert.True(document.Sentences[0].IsHeadline);
        Assert.False(document.Sentences[1].IsHeadline);
        Assert.False(document.Sentences[2].IsHeadline);
        Assert.Equal(2, document.Paragraphs.Count);
    }

    [Fact]
    public void Sentences_own_their_tokens()
    {
        // Given two sentences
        // When they are tokenised
        var document = TestData.Tokenise("Uccisi otto civili. Distrutta una casa.", "it");

        // Then each sentence's token range lies inside its span and points back to it
        Assert.Equal(2, document.Sentences.Count);
        foreach (var s in document.Sentences)
        {
            Assert.True(s.TokenCount > 0);
            for (int k = s.FirstToken; k < s.FirstToken + s.TokenCount; k++)
            {
                Assert.True(s.Span.Contains(document.Tokens[k].Span));
                Assert.Equal(s.Index, document.Tokens[k].Sentence);
            }
        }
    }

    [Property]
    public bool Token_norms_are_the_folded_span_text_for_arbitrary_strings(NonNull<string> raw, bool english) =>
        // Given an arbitrary string, When it is normalised and tokenised, Then the token invariants hold
        TokenInvariantsHold(raw.Get, english ? "en" : "it");

    [Property]
    public bool Word_token_invariants_hold_for_arbitrary_unicode(UnicodeString raw) =>
        // Given an arbitrary string over all of UTF-16 (lone surrogates included), When it is normalised and
        // tokenised, Then nothing throws and word and number tokens keep their invariants
        TokenInvariantsHold(raw.Item ?? "", "it", wordsOnly: true);

    [Property]
    public Property Token_norms_are_the_folded_span_text_for_news_like_text() =>
        // Given strings built from news-like pieces (elisions, numbers, abbreviations, quotes, dashes),
        // When normalised and tokenised, Then the token invariants hold
        // (punctuation tokens are left out here: see Punctuation_token_norms_are_folded)
        Prop.ForAll(NewsText.Arbitrary(includeBreakers: true), raw =>
            TokenInvariantsHold(raw, "it", wordsOnly: true) && TokenInvariantsHold(raw, "en", wordsOnly: true));

    [Fact]
    public void Punctuation_token_norms_are_folded()
    {
        // Given a closing typographic quote, an en dash and an acute accent standing alone
        // When the text is tokenised
        var document = TestData.Tokenise("Disse: \u2018basta\u2019 \u2013 poi \u00B4 fine.", "it");

        // Then every token's Norm is the folded surface text
        Assert.All(document.Tokens, t => Assert.Equal(TextFold.Fold(document.Slice(t.Span)), t.Norm));
    }

    /// <summary>Spans increase, lie inside the text, are non-empty, and their folded text is the token's Norm.</summary>
    private static bool TokenInvariantsHold(string raw, string language, bool wordsOnly = false)
    {
        var document = TestData.Tokenise(raw, language);
        string text = document.Text;
        int previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Span.Start < previousEnd || token.Span.End > text.Length || token.Span.Length == 0)
            {
                return false;
            }

            bool checkNorm = !wordsOnly || !token.Shape.Has(TokenShape.Punctuation);
            if (checkNorm && !string.Equals(TextFold.Fold(text.AsSpan(token.Span.Start, token.Span.Length)), token.Norm, StringComparison.Ordinal))
            {
                return false;
            }

            previousEnd = token.Span.End;
        }

        return true;
    }
}
