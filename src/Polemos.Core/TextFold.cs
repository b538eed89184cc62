using System.Globalization;
using System.Text;

namespace Polemos.Core;

/// <summary>Case and diacritic folding shared by tokens, lexicons and the gazetteer, so that all of them agree.</summary>
public static class TextFold
{
    [ThreadStatic]
    private static FoldMemo? t_folds;

    [ThreadStatic]
    private static FoldMemo? t_names;

    [ThreadStatic]
    private static FoldMemo? t_written;

    /// <summary>Lower case (invariant), no combining marks, typographic apostrophes and dashes made ASCII.</summary>
    /// <remarks>Words are folded once per thread (<see cref="FoldMemo"/>): the same word always yields the same string.</remarks>
    public static string Fold(ReadOnlySpan<char> text) => (t_folds ??= new FoldMemo(FoldUncached)).Get(text);

    /// <summary><see cref="Fold(ReadOnlySpan{char})"/> of a token's word, with what the lexicon table knew of it.</summary>
    public static FoldedWord FoldWord(ReadOnlySpan<char> text) => (t_folds ??= new FoldMemo(FoldUncached)).GetWord(text);

    private static string FoldUncached(ReadOnlySpan<char> text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return string.Create(text.Length, text, static (dest, src) => System.Text.Ascii.ToLower(src, dest, out _));
        }

        var sb = new StringBuilder(text.Length);
        string raw = text.ToString();
        string decomposed = SafeNormalize(raw, NormalizationForm.FormD);
        foreach (char c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || c == '\u0640')
            {
                // Diacritics (Latin accents, Arabic harakat) and the Arabic tatweel carry no lexical difference here.
                continue;
            }

            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u00B4' or '`' or '\u2032' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u0131' => 'i',

                // Arabic: one letter for the spellings news mixes (alef maqsura, taa marbuta, alef wasla),
                // and Arabic-Indic or Persian digits as ASCII digits.
                '\u0649' => '\u064A',
                '\u0629' => '\u0647',
                '\u0671' => '\u0627',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u00DF' => 's',
                '\u00F8' or '\u00D8' => 'o',
                '\u0142' or '\u0141' => 'l',
                '\u00E6' or '\u00C6' => 'a',
                '\u0111' or '\u0110' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return SafeNormalize(sb.ToString(), NormalizationForm.FormC);
    }

    /// <summary>Normalises, leaving text with lone surrogates (not valid Unicode) as it is rather than throwing.</summary>
    private static string SafeNormalize(string s, NormalizationForm form)
    {
        try
        {
            return s.Normalize(form);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    public static string Fold(string text) => Fold(text.AsSpan());

    /// <summary>
    /// Folds a place name: <see cref="Fold(string)"/>, then hyphens, apostrophes and dots become spaces, and the
    /// Arabic article in its Latin spellings (al-, el-, as-, ash-, ad-, ar-, az-, at-, an-) is dropped, so
    /// "Deir ez-Zor", "Deir Ezzor" and "Dayr az Zawr" come closer. Apostrophe-like letters (ʿayn) vanish.
    /// </summary>
    public static string FoldName(string name, bool dropArticles = true) =>
        dropArticles ? FoldName(name.AsSpan()) : (t_written ??= new FoldMemo(span => FoldNameUncached(span, dropArticles: false))).Get(name);

    /// <summary><see cref="FoldName(string, bool)"/> with the Arabic articles dropped, remembered per thread like <see cref="Fold(ReadOnlySpan{char})"/>.</summary>
    public static string FoldName(ReadOnlySpan<char> name) =>
        (t_names ??= new FoldMemo(span => FoldNameUncached(span, dropArticles: true))).Get(name);

    private static string FoldNameUncached(ReadOnlySpan<char> name, bool dropArticles)
    {
        string f = Fold(name);
        var sb = new StringBuilder(f.Length);
        foreach (char c in f)
        {
            if (c is '-' or '.' or ',' or '_' or '/' or '(' or ')')
            {
                sb.Append(' ');
            }
            else if (c is '\'' or '\u02BF' or '\u02BE' or '"')
            {
                // ʿayn and hamza marks are often dropped in Latin spellings: drop them everywhere.
            }
            else
            {
                sb.Append(c);
            }
        }

        var parts = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            // An article stands before its word: a last word that spells one, written apart, is a name's own ("Di An",
            // "Hoi An"); one hyphened onto the word before it is the article of a name cut off after it ("Bar Elias-el").
            string p = parts[i];
            if (dropArticles && IsArabicArticle(p) && (i < parts.Length - 1 || (parts.Length > 1 && HyphenedLast(f, p))))
            {
                continue;
            }

            // The Arabic article written onto the word ("الرقة", "دير الزور"): dropped like "al-" in Latin spellings.
            kept.Add(dropArticles && p.Length >= 4 && p.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? p[2..] : p);
        }

        return string.Join(' ', kept);
    }

    /// <summary>Whether the folded name ends with a hyphen and then <paramref name="last"/>.</summary>
    private static bool HyphenedLast(string folded, string last)
    {
        var trimmed = folded.AsSpan().TrimEnd();
        return trimmed.Length > last.Length && trimmed.EndsWith(last, StringComparison.Ordinal) && trimmed[trimmed.Length - last.Length - 1] == '-';
    }

    private static bool IsArabicArticle(string p) => p is "al" or "el" or "as" or "ash" or "ad" or "ar" or "az" or "at"
        or "an" or "ath" or "adh" or "ed" or "es" or "ez" or "er" or "et" or "en" or "ul";
}
