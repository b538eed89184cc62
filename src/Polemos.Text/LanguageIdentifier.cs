using Polemos.Core;

namespace Polemos.Text;

/// <summary>
/// Chooses the article's language by counting each language's stop words among its first few thousand words,
/// with the writing system as a tie-breaker. A declared language wins when the text does not clearly contradict it.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int MaxWords = 4000;
    private readonly LanguageCatalog _catalog;

    public LanguageIdentifier(LanguageCatalog catalog) => _catalog = catalog;

    public string Identify(string text, string? declared)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        int words = 0, arabic = 0, cyrillic = 0, latin = 0;
        int i = 0;
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
            string w = TextFold.Fold(text.AsSpan(start, i - start));
            foreach (var lang in _catalog.All)
            {
                if (lang.StopWords.Contains(w))
                {
                    hits[lang.Code] = hits.GetValueOrDefault(lang.Code) + 1;
                }
            }
        }

        string? best = hits.Count == 0 ? null : hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).First().Key;
        if (declared is not null && _catalog.Find(declared) is not null)
        {
            int declaredHits = hits.GetValueOrDefault(declared);
            if (best is null || declaredHits * 2 >= hits[best])
            {
                return declared;
            }
        }

        if (best is not null && hits[best] >= 2)
        {
            return best;
        }

        string script = arabic > latin && arabic >= cyrillic ? "Arabic" : cyrillic > latin ? "Cyrillic" : "Latin";
        var byScript = _catalog.All.Where(l => string.Equals(l.Script, script, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byScript.Count == 1)
        {
            return byScript[0].Code;
        }

        return best ?? declared ?? "und";
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
