using System.Collections.Frozen;
using Polemos.Core;

namespace Polemos.Text;

/// <summary>
/// Chooses the article's language by counting each language's stop words and number words among its first few thousand words,
/// with the writing system as a tie-breaker. A declared language wins when the text does not clearly contradict it.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int MaxWords = 4000;
    private const int MaxAsciiWord = 64;
    private readonly LanguageCatalog _catalog;
    private readonly LanguageData[] _languages;

    /// <summary>Each stop word of any language, with the indexes (into <see cref="_languages"/>) of the languages listing it.</summary>
    private readonly FrozenDictionary<string, int[]> _stopWordLanguages;

    /// <summary><see cref="_stopWordLanguages"/> looked up by a span, for words folded without a string.</summary>
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _stopWordsBySpan;

    public LanguageIdentifier(LanguageCatalog catalog)
    {
        _catalog = catalog;
        _languages = [.. catalog.All];
        // Number words count as a language's own words too: they tell short texts apart ("sette" / "siete").
        _stopWordLanguages = _languages
            .SelectMany((lang, index) => lang.StopWords
                .Concat(lang.Numbers.Rows.Select(r => TsvTable.Cell(r, 0)).Where(w => w.Length > 0 && !w.Contains(' ', StringComparison.Ordinal)).Select(TextFold.Fold))
                .Distinct(StringComparer.Ordinal)
                .Select(word => (word, index)))
            .GroupBy(p => p.word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.index).ToArray(), StringComparer.Ordinal);
        _stopWordsBySpan = _stopWordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The languages listing a word among their stop words. An ASCII word's fold is its lower case (<see cref="TextFold"/>):
    /// it is made in <paramref name="scratch"/> rather than asked of the fold memo, whose table is far larger.
    /// </summary>
    private int[]? StopWord(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.Length <= scratch.Length && System.Text.Ascii.IsValid(word))
        {
            var lower = scratch[..word.Length];
            System.Text.Ascii.ToLower(word, lower, out _);
            return _stopWordsBySpan.TryGetValue(lower, out var ascii) ? ascii : null;
        }

        return _stopWordLanguages.TryGetValue(TextFold.Fold(word), out var listing) ? listing : null;
    }

    /// <summary>The fewest words whose script may overrule a declared language.</summary>
    private const int MinWordsForScript = 3;

    public string Identify(string text, string? declared)
    {
        var counts = new int[_languages.Length];
        int words = 0, arabic = 0, cyrillic = 0, latin = 0;
        int i = 0;
        Span<char> lower = stackalloc char[MaxAsciiWord];
        while (i < text.Length && words < MaxWords)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            char first = text[start];
            if (first is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (first is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (first < '\u0250')
            {
                latin++;
            }

            words++;
            if (StopWord(text.AsSpan(start, i - start), lower) is { } listing)
            {
                foreach (int index in listing)
                {
                    counts[index]++;
                }
            }
        }

        // The most hits wins; a tie goes to the first code in ordinal order.
        int bestIndex = -1;
        for (int k = 0; k < counts.Length; k++)
        {
            if (counts[k] > 0 && (bestIndex < 0 || counts[k] > counts[bestIndex] ||
                (counts[k] == counts[bestIndex] && string.CompareOrdinal(_languages[k].Code, _languages[bestIndex].Code) < 0)))
            {
                bestIndex = k;
            }
        }

        string? best = bestIndex < 0 ? null : _languages[bestIndex].Code;
        string script = arabic > latin && arabic >= cyrillic ? "Arabic" : cyrillic > latin ? "Cyrillic" : "Latin";

        // A declaration is believed only for a text in its script: Russian text declared English is Russian.
        if (declared is not null && _catalog.Find(declared) is { } said &&
            (words < MinWordsForScript || string.Equals(said.Script, script, StringComparison.OrdinalIgnoreCase)))
        {
            // One function word of another language ("Al Shabaab gunmen kill…": Spanish "al") is no evidence against it.
            int declaredHits = counts[Array.FindIndex(_languages, l => l.Code == declared)];
            if (bestIndex < 0 || declaredHits * 2 >= counts[bestIndex] || counts[bestIndex] < 2)
            {
                return declared;
            }
        }

        if (bestIndex >= 0 && counts[bestIndex] >= 2)
        {
            return _languages[bestIndex].Code;
        }

        var byScript = _catalog.All.Where(l => string.Equals(l.Script, script, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byScript.Count == 1)
        {
            return byScript[0].Code;
        }

        // Several languages write the script and at most one stop word was seen ("Харків під обстрілом", "на" shared by
        // two): the one whose own letters the text uses most; a text with none of them keeps that stop word's language,
        // else goes to the first in ordinal order of the script's languages that list own letters, as it did before a
        // second language of the script came.
        if (byScript.Count > 1 && byScript.Any(l => l.OwnLetters.Length > 0))
        {
            return ByOwnLetters(text, byScript) ?? best ?? byScript.Where(l => l.OwnLetters.Length > 0).OrderBy(l => l.Code, StringComparer.Ordinal).First().Code;
        }

        return best ?? declared ?? "und";
    }

    /// <summary>The language of <paramref name="languages"/> whose own letters the text uses most, or null when it uses none.</summary>
    private static string? ByOwnLetters(string text, List<LanguageData> languages)
    {
        var ordered = languages.Where(l => l.OwnLetters.Length > 0).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        var hits = new int[ordered.Count];
        int end = Math.Min(text.Length, MaxWords * 8);
        for (int i = 0; i < end; i++)
        {
            char c = char.ToLowerInvariant(text[i]);
            for (int k = 0; k < ordered.Count; k++)
            {
                if (ordered[k].OwnLetters.Contains(c, StringComparison.Ordinal))
                {
                    hits[k]++;
                }
            }
        }

        int most = 0;
        for (int k = 1; k < hits.Length; k++)
        {
            if (hits[k] > hits[most])
            {
                most = k;
            }
        }

        return hits[most] > 0 ? ordered[most].Code : null;
    }
}

/// <summary>The language identification stage.</summary>
public sealed class LanguageStage : IStage
{
    private readonly LanguageIdentifier _identifier;

    public LanguageStage(LanguageIdentifier identifier) => _identifier = identifier;

    public string Name => "language";

    public IReadOnlyList<string> Requires => ["normalised"];

    public IReadOnlyList<string> Provides => [Layers.Language];

    public void Run(Document document) => document.Language = _identifier.Identify(document.Text, document.Meta.DeclaredLanguage);
}
