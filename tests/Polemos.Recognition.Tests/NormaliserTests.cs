using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Polemos.Text;

namespace Polemos.Recognition.Tests;

public class NormaliserTests
{
    [Fact]
    public void Decomposed_letters_are_composed_to_NFC()
    {
        // Given "è" written as "e" followed by a combining grave accent
        string raw = "perch" + "e\u0300";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then the accent is composed into one character
        Assert.Equal("perch\u00E8", result);
        Assert.Equal(6, result.Length);
    }

    [Theory]
    [InlineData("a\uFFFEb")]
    [InlineData("a\uFFFFb")]
    [InlineData("a\uFDD0b")]
    [InlineData("a\uD83F\uDFFEb")] // U+1FFFE, a noncharacter as a surrogate pair
    public void Noncharacters_become_one_replacement_character(string raw)
    {
        // Given text holding a Unicode noncharacter (which makes .NET's normalisation throw)
        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then the noncharacter is one U+FFFD and the rest is kept
        Assert.Equal("a\uFFFDb", result);
    }

    [Fact]
    public void Windows_line_ends_become_line_feeds()
    {
        // Given two lines separated by CRLF
        string raw = "Titolo\r\nTesto.";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then only a line feed separates them
        Assert.Equal("Titolo\nTesto.", result);
    }

    [Fact]
    public void Runs_of_spaces_tabs_and_no_break_spaces_become_one_space()
    {
        // Given words separated by mixed horizontal whitespace
        string raw = "uccisi \t  31\u00A0\u00A0civili\t\tieri";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then each run is a single ordinary space
        Assert.Equal("uccisi 31 civili ieri", result);
    }

    [Fact]
    public void Three_or_more_newlines_become_one_blank_line()
    {
        // Given paragraphs separated by four newlines, and by one
        string raw = "Primo.\n\n\n\nSecondo.\nTerzo.";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then at most one blank line separates paragraphs and single line breaks stay
        Assert.Equal("Primo.\n\nSecondo.\nTerzo.", result);
    }

    [Fact]
    public void Zero_width_and_control_characters_are_removed()
    {
        // Given text with a zero-width space, a BOM, a soft hyphen, a bell and a NUL inside it
        string raw = "\uFEFFDeir\u200B ez-Zor\u0007 att\u00ACacco\u00ADs\u0000ubito";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then none of them is left; the visible NOT SIGN (¬) is kept as a contrast
        Assert.Equal("Deir ez-Zor att\u00ACaccosubito", result);
    }

    [Fact]
    public void Leading_and_trailing_whitespace_of_lines_is_trimmed()
    {
        // Given lines with surrounding whitespace
        string raw = "  Titolo  \n\t Testo. \n";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then the lines are trimmed and the trailing newline is gone
        Assert.Equal("Titolo\nTesto.", result);
    }

    [Fact]
    public void A_lone_surrogate_does_not_stop_normalisation()
    {
        // Given text with half of an emoji's surrogate pair (as a truncated feed item can carry)
        string raw = "Raid \uD83D su Idlib";

        // When it is normalised
        string result = Normaliser.Normalise(raw);

        // Then the words around it survive
        Assert.StartsWith("Raid ", result, StringComparison.Ordinal);
        Assert.EndsWith(" su Idlib", result, StringComparison.Ordinal);
    }

    [Property]
    public bool Normalising_twice_equals_normalising_once(NonNull<string> raw)
    {
        // Given an arbitrary string, When it is normalised once and twice, Then both results agree
        string once = Normaliser.Normalise(raw.Get);
        return string.Equals(Normaliser.Normalise(once), once, StringComparison.Ordinal);
    }

    [Property]
    public Property Normalising_news_like_text_twice_equals_normalising_once() =>
        // Given strings over an alphabet rich in the characters the normaliser changes (accents, apostrophes,
        // whitespace of every kind, line ends, invisible characters), When normalised twice, Then nothing changes
        Prop.ForAll(NewsText.Arbitrary(includeBreakers: false), raw =>
        {
            string once = Normaliser.Normalise(raw);
            return string.Equals(Normaliser.Normalise(once), once, StringComparison.Ordinal);
        });

    [Fact]
    public void Removing_an_invisible_character_before_a_combining_mark_keeps_the_result_in_NFC()
    {
        // Given an "e", a zero-width space, and a combining grave accent
        string raw = "perche\u200B\u0300";

        // When it is normalised
        string once = Normaliser.Normalise(raw);

        // Then the result is already in NFC (normalising again changes nothing)
        Assert.Equal("perch\u00E8", once);
        Assert.Equal(once, Normaliser.Normalise(once));
    }
}
