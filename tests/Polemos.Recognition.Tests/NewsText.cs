using FsCheck;
using FsCheck.Fluent;

namespace Polemos.Recognition.Tests;

/// <summary>Generators of strings made from the characters news text is made of, weighted towards the awkward ones.</summary>
public static class NewsText
{
    private static readonly string[] Pieces =
    [
        "a", "e", "I", "s", "Z", "x", "\u00E8", "\u00C9", "\u00F2", "\u0131", "\u00DF", "\u0300", "\u0301", "\u0645",
        "0", "1", "9", "2019", "1.200", "3,5", " ", "  ", "\t", "\u00A0", "\u2009", "\u202F", "\n", "\n\n\n", "\r\n",
        ".", ". ", "!", "?", "\u2026", ",", ";", ":", "-", "\u2010", "'", "\u2019", "\"", "\u00AB", "\u00BB", "(", ")",
        "U.S.", "Gen.", "dell'", "l\u2019", "Isis", "arabo-curde", "ieri", "uccisi", "Deir ez-Zor", "%",
    ];

    private static readonly string[] Breakers =
    [
        "\r", "\u200B", "\uFEFF", "\u00AD", "\u0007", "\u0000", "\u2028", "\u0085",
    ];

    /// <param name="includeBreakers">Adds invisible and control characters, which the normaliser deletes.</param>
    public static Arbitrary<string> Arbitrary(bool includeBreakers)
    {
        var piece = includeBreakers ? Gen.Elements(Pieces.Concat(Breakers)) : Gen.Elements(Pieces);
        return Gen.ListOf(piece).Select(parts => string.Concat(parts)).ToArbitrary();
    }
}
