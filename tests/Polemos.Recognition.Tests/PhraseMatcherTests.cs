using Polemos.Core;
using Polemos.Text;

namespace Polemos.Recognition.Tests;

public class PhraseMatcherTests
{
    private static IReadOnlyList<Token> Tokens(string text) => TestData.Tokenise(text, "it").Tokens;

    [Fact]
    public void Longest_match_wins()
    {
        // Given "raid" and "raid aereo" as phrases
        var matcher = new PhraseMatcher<string>();
        matcher.Add("raid", "short");
        matcher.Add("raid aereo", "long");
        var tokens = Tokens("un raid aereo su Idlib");

        // When the text is scanned
        var found = matcher.Scan(tokens, 0, tokens.Count);

        // Then the two-token phrase is the only match
        var match = Assert.Single(found);
        Assert.Equal((1, 2, "long"), (match.First, match.Count, match.Value));
    }

    [Fact]
    public void Token_rewritten_with_a_new_fold_matches_by_its_new_word()
    {
        // Given a phrase "hezbollah" and the token "pro-hezbollah" rewritten to its part after the dash
        var matcher = new PhraseMatcher<string>();
        matcher.Add("hezbollah", "H");
        var token = Tokens("pro-hezbollah")[0];
        var rewritten = token with { Norm = "hezbollah" };

        // When matching the original and the rewritten token
        var before = matcher.MatchAt([token], 0, 1);
        var after = matcher.MatchAt([rewritten], 0, 1);

        // Then only the rewritten one matches: the word's hash follows the word
        Assert.Null(before);
        Assert.Equal("H", after?.Value);
    }

    [Fact]
    public void Lexicon_built_after_the_text_was_tokenised_still_matches_it()
    {
        // Given a text tokenised (and its words looked up) before any lexicon has its rare word
        var tokens = Tokens("un quorzambule a Idlib");
        var early = new PhraseMatcher<string>();
        early.Add("idlib", "place");
        Assert.Null(early.MatchAt(tokens, 1, tokens.Count));

        // When a lexicon with that word is built afterwards
        var late = new PhraseMatcher<string>();
        late.Add("quorzambule", "late");

        // Then it finds the word in the tokens made before it, and in a text tokenised after it
        Assert.Equal("late", late.MatchAt(tokens, 1, tokens.Count)?.Value);
        var again = Tokens("quorzambule");
        Assert.Equal("late", late.MatchAt(again, 0, again.Count)?.Value);
        Assert.Null(early.MatchAt(again, 0, again.Count));
    }

    [Fact]
    public void Every_word_of_a_large_lexicon_is_found_and_no_other()
    {
        // Given 500 one-word phrases ("w0" … "w499") in one trie node
        var matcher = new PhraseMatcher<string>();
        for (int i = 0; i < 500; i++)
        {
            matcher.Add($"w{i}", $"v{i}");
        }

        var tokens = Tokens(string.Join(" ", Enumerable.Range(0, 600).Select(i => $"w{i}")));

        // When the text naming w0 … w599 is scanned
        var found = matcher.Scan(tokens, 0, tokens.Count);

        // Then exactly the 500 words of the lexicon match, each with its own payload
        Assert.Equal(500, matcher.Count);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"v{i}"), found.Select(m => m.Value));
    }

    [Fact]
    public void Exact_token_beats_wildcard_of_the_same_length()
    {
        // Given an exact form and a wildcard that both cover "uccisi"
        var matcher = new PhraseMatcher<string>();
        matcher.Add("uccis*", "wildcard");
        matcher.Add("uccisi", "exact");
        var tokens = Tokens("uccisi uccise");

        // When matching at each word
        var first = matcher.MatchAt(tokens, 0, tokens.Count);
        var second = matcher.MatchAt(tokens, 1, tokens.Count);

        // Then the exact form wins where it applies and the wildcard covers the other
        Assert.Equal("exact", first?.Value);
        Assert.Equal("wildcard", second?.Value);
    }

    [Fact]
    public void Wildcard_matches_words_with_its_prefix_only()
    {
        // Given the phrase "uccis*"
        var matcher = new PhraseMatcher<string>();
        matcher.Add("uccis*", "KILL");
        var tokens = Tokens("uccisi ucciso uccidere");

        // When the text is scanned
        var found = matcher.Scan(tokens, 0, tokens.Count);

        // Then "uccisi" and "ucciso" match, "uccidere" does not
        Assert.Equal([0, 1], found.Select(m => m.First).ToArray());
    }

    [Fact]
    public void Wildcard_inside_a_phrase_matches_with_folded_words()
    {
        // Given "forz* curd*" and a text with capitals
        var matcher = new PhraseMatcher<string>();
        matcher.Add("forz* curd*", "SDF");
        var tokens = Tokens("Le Forze Curde avanzano");

        // When the text is scanned
        var match = Assert.Single(matcher.Scan(tokens, 0, tokens.Count));

        // Then the two words match as one phrase
        Assert.Equal((1, 2), (match.First, match.Count));
    }

    [Fact]
    public void Scan_returns_non_overlapping_matches_left_to_right()
    {
        // Given phrases "a b" and "b c" that overlap in "a b c", and a text that repeats "a b"
        var matcher = new PhraseMatcher<string>();
        matcher.Add("a b", "ab");
        matcher.Add("b c", "bc");
        var tokens = Tokens("a b c a b");

        // When the text is scanned
        var found = matcher.Scan(tokens, 0, tokens.Count);

        // Then the first phrase is taken, the overlapping one skipped, and the scan continues after it
        Assert.Equal([(0, 2, "ab"), (3, 2, "ab")], found.Select(m => (m.First, m.Count, m.Value)).ToArray());
    }

    [Fact]
    public void Scan_respects_its_token_range()
    {
        // Given a phrase and a text that contains it twice
        var matcher = new PhraseMatcher<string>();
        matcher.Add("raid", "AIRSTRIKE");
        var tokens = Tokens("raid e raid");

        // When only the last two tokens are scanned
        var found = matcher.Scan(tokens, 1, tokens.Count);

        // Then only the second occurrence is found
        Assert.Equal([2], found.Select(m => m.First).ToArray());
    }

    [Fact]
    public void First_payload_added_for_a_phrase_wins()
    {
        // Given the same phrase added twice
        var matcher = new PhraseMatcher<string>();
        matcher.Add("raid", "first");
        matcher.Add("RAID", "second");

        // When it is matched
        var match = matcher.MatchAt(Tokens("raid"), 0, 1);

        // Then the first payload is kept and the phrase counted once
        Assert.Equal("first", match?.Value);
        Assert.Equal(1, matcher.Count);
    }

    [Fact]
    public void Elided_phrase_in_a_lexicon_matches_elided_text()
    {
        // Given a phrase written with a separated elision, as lexicon files do
        var matcher = new PhraseMatcher<string>();
        var elisions = new HashSet<string>(StringComparer.Ordinal) { "dell" };
        matcher.Add("dell'esercito", "ARMY", new WordRules(elisions, []));
        var tokens = Tokens("soldati dell\u2019Esercito");

        // When the text is scanned
        var match = Assert.Single(matcher.Scan(tokens, 0, tokens.Count));

        // Then the two tokens "dell’" + "Esercito" match it
        Assert.Equal((1, 2, "ARMY"), (match.First, match.Count, match.Value));
    }
}
