using System.Buffers;
using System.Globalization;
using System.Text;
using Polemos.Core;

namespace Polemos.Text;

/// <summary>
/// Normalises an article once, before any analysis: Unicode NFC, line ends as \n, runs of spaces and tabs as one
/// space, lines trimmed, at most one blank line in a row, control and zero-width characters removed. Every offset
/// downstream points into the result.
/// </summary>
public static class Normaliser
{
    public static string Normalise(string raw)
    {
        // Whitespace and invisible characters go first and NFC comes last, so that a mark separated from its letter by
        // a removed character still composes, and normalising twice changes nothing.
        string tidy = Tidy(raw);
        return tidy.IsNormalized(NormalizationForm.FormC) ? tidy : tidy.Normalize(NormalizationForm.FormC);
    }

    private static string Tidy(string raw)
    {
        string nfc = raw;
        // The tidy text is never longer than the raw one (each run of removed or collapsed characters gives at most as
        // many): it is written into a pooled buffer of that length, and only the result is a new string.
        char[] buffer = ArrayPool<char>.Shared.Rent(nfc.Length);
        int length = 0;
        int newlines = 0;
        bool pendingSpace = false;
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                newlines++;
                pendingSpace = false;
                continue;
            }

            if (c is '\r')
            {
                continue;
            }

            if (c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' || (c >= '\u2000' && c <= '\u200A'))
            {
                pendingSpace = true;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            // A lone surrogate or a noncharacter (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) is not text and makes normalisation
            // throw: it becomes U+FFFD (a noncharacter written as a surrogate pair becomes one U+FFFD).
            char ch = c;
            if (char.IsSurrogate(c))
            {
                bool paired = char.IsHighSurrogate(c) ? i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1])
                                                      : i > 0 && char.IsHighSurrogate(nfc[i - 1]);
                if (!paired)
                {
                    ch = '\uFFFD';
                }
                else if (char.IsHighSurrogate(c) && IsNoncharacter(char.ConvertToUtf32(c, nfc[i + 1])))
                {
                    ch = '\uFFFD';
                    i++;
                }
            }
            else if (IsNoncharacter(c))
            {
                ch = '\uFFFD';
            }

            if (length > 0)
            {
                if (newlines > 0)
                {
                    buffer[length++] = '\n';
                    if (newlines > 1)
                    {
                        buffer[length++] = '\n';
                    }
                }
                else if (pendingSpace)
                {
                    buffer[length++] = ' ';
                }
            }

            newlines = 0;
            pendingSpace = false;
            buffer[length++] = ch;
        }

        string tidy = new(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return tidy;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static bool IsInvisible(char c)
    {
        if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060')
        {
            // Zero-width joiners matter inside Arabic and Indic words only when they sit between letters; for news
            // text their loss changes no word's meaning, and keeping them breaks matching.
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat == UnicodeCategory.Control;
    }
}

/// <summary>The normalisation stage: replaces the raw text with its normal form.</summary>
public sealed class NormaliseStage : IStage
{
    public string Name => "normalise";

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Provides => ["normalised"];

    public void Run(Document document) => document.SetNormalisedText(Normaliser.Normalise(document.Text));
}
