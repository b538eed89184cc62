using System.Collections.Frozen;
using System.Globalization;
using Polemos.Core;

namespace Polemos.Text;

/// <summary>
/// Splits the normalised text into paragraphs (lines), sentences and tokens in one pass. Words keep internal
/// hyphens ("arabo-curde", "ez-Zor"); elided articles split at the apostrophe ("dell'" + "Isis") when the
/// language lists them; English possessive "'s" is its own token.
/// </summary>
public sealed class Tokeniser
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "st", "no", "nr", "sig", "dott", "prof",
        "gov", "sen", "rep", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "ca",
        "mt", "ft", "brig", "adm", "cmdr", "cpl", "pvt", "pte", "rev", "jr", "sr", "inc", "ltd", "co", "corp", "av",
    };

    private readonly LanguageCatalog _catalog;

    public Tokeniser(LanguageCatalog catalog) => _catalog = catalog;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>The largest token list kept between reports (a long article's worth).</summary>
    private const int MaxKeptTokens = 1 << 16;

    public void Tokenise(Document document)
    {
        string text = document.Text;
        var language = _catalog.Find(document.Language);
        var rules = language?.Rules ?? WordRules.None;
        var months = language?.MonthNames ?? FrozenSet<string>.Empty;
        bool english = document.Language == "en";
        // The tokens are gathered in a list kept for the thread's next report (only the array made from it stays
        // with the document); a list grown by a book-length input is not kept.
        var tokens = t_tokens ?? new List<Token>(text.Length / 5);
        t_tokens = null;
        var sentences = new List<Sentence>();
        var paragraphs = new List<TextSpan>();

        int paraStart = 0;
        int paraIndex = 0;
        for (int lineStart = 0; lineStart <= text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (lineEnd > lineStart)
            {
                paraStart = lineStart;
                var para = new TextSpan(paraStart, lineEnd);
                paragraphs.Add(para);
                SplitLine(text, para, paraIndex, rules, months, english, tokens, sentences);
                paraIndex++;
            }

            lineStart = lineEnd + 1;
        }

        document.Tokens = tokens.ToArray();
        tokens.Clear();
        if (tokens.Capacity <= MaxKeptTokens)
        {
            t_tokens = tokens;
        }

        document.Sentences = sentences;
        document.Paragraphs = paragraphs;
        document.Datelines = FindDatelines(document.Tokens, sentences);
    }

    /// <summary>
    /// A wire dateline opens a paragraph with a place in capitals and ends at a dash within a few tokens:
    /// "BEIRUT, 20 NOV -", "KYIV (Reuters) -", "ROMA, 12 gen —"; or with a capitalised place and the agency in brackets
    /// right before the dash: "Kiew (dpa) -", "Bamako (AFP) -"; or with a capitalised place, a comma and a date before the
    /// dash: "Ouagadougou, 9 mars 2021 -".
    /// </summary>
    private static List<TextSpan> FindDatelines(IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        var found = new List<TextSpan>();
        int lastParagraph = -1;
        foreach (var s in sentences)
        {
            if (s.Paragraph == lastParagraph || s.TokenCount < 3)
            {
                continue;
            }

            lastParagraph = s.Paragraph;
            var first = tokens[s.FirstToken];
            bool capitals = first.Shape.Has(TokenShape.AllCaps) || CaselessPlaceThenComma(tokens, s);
            // A place of two words may open with a short one ("La Paz, 9 de marzo …").
            if (!(capitals || first.Shape.Has(TokenShape.Capitalised)) ||
                (first.Span.Length < 3 && !(s.TokenCount > 1 && tokens[s.FirstToken + 1].Shape.Has(TokenShape.Capitalised))))
            {
                continue;
            }

            bool dashed = false;
            for (int i = s.FirstToken + 1; i < s.FirstToken + Math.Min(s.TokenCount, DatelineTokens); i++)
            {
                // A place written in small letters ("Kiew (dpa) -", "Maputo, 12 jan (Lusa) -") is a dateline when the
                // agency's name in brackets closes right before the dash.
                if (tokens[i].Norm is "-" or ":" or "\u2013" or "\u2014" &&
                    ((capitals && i < s.FirstToken + CapitalDatelineTokens) || AgencyBracketBefore(tokens, s.FirstToken, i) || PlaceCommaDateBefore(tokens, s.FirstToken, i)))
                {
                    found.Add(new TextSpan(first.Span.Start, tokens[i].Span.End));
                    dashed = true;
                    break;
                }
            }

            if (!dashed && DatelineSentence(tokens, s))
            {
                found.Add(s.Span);
            }
        }

        return found;
    }

    /// <summary>
    /// A place in small letters, a comma and a date before the dash at <paramref name="dash"/> ("Ouagadougou, 9 mars 2021 -",
    /// "Culiacán, Sinaloa, 9 de marzo de 2021.-"): one or two capitalised words, a comma, then only words, day or year
    /// numbers, commas and full stops, at least one of them a number.
    /// </summary>
    private static bool PlaceCommaDateBefore(IReadOnlyList<Token> tokens, int first, int dash)
    {
        int comma = first + 1;
        if (comma < dash && tokens[comma].Shape.Has(TokenShape.Capitalised))
        {
            comma++;
        }

        if (comma >= dash || tokens[comma].Norm != ",")
        {
            return false;
        }

        return DateWords(tokens, comma + 1, dash, separators: true);
    }

    /// <summary>
    /// The most tokens of a dateline closed by a dash, the dash included: "La Paz, 9 de marzo de 2021 (EFE).-" is 13.
    /// </summary>
    private const int DatelineTokens = 14;

    /// <summary>
    /// The most tokens of a dateline told only by its capitals ("BEIRUT, 20 NOV -"): a sentence that opens with an acronym
    /// may have a colon or a dash further on ("KANU delegates from three counties met in the town on Saturday: …").
    /// </summary>
    private const int CapitalDatelineTokens = 10;

    /// <summary>A bracket closes right before the dash at <paramref name="dash"/>, or before a full stop before it ("(EFE).-").</summary>
    private static bool AgencyBracketBefore(IReadOnlyList<Token> tokens, int first, int dash) =>
        (dash - 1 > first && tokens[dash - 1].Norm == ")") ||
        (dash - 2 > first && tokens[dash - 1].Norm == "." && tokens[dash - 2].Norm == ")");

    /// <summary>The most tokens of a dateline written as a sentence of its own ("ДОНЕЦК, 14 мая." = 5).</summary>
    private const int DatelineSentenceTokens = 7;

    /// <summary>
    /// A dateline closed by a full stop instead of a dash, the agency's name following as a sentence of its own
    /// ("ДОНЕЦК, 14 мая. /ТАСС/."): a short sentence of the place in capitals, a comma and a day number, nothing else.
    /// </summary>
    private static bool DatelineSentence(IReadOnlyList<Token> tokens, Sentence s)
    {
        if (s.TokenCount > DatelineSentenceTokens || s.TokenCount < 4 || tokens[s.FirstToken + 1].Norm is not ("," or "\u060C") ||
            tokens[s.FirstToken + s.TokenCount - 1].Norm != ".")
        {
            return false;
        }

        return DateWords(tokens, s.FirstToken + 2, s.FirstToken + s.TokenCount - 1, separators: false);
    }

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> up to <paramref name="to"/> are only words and numbers (and, with
    /// <paramref name="separators"/>, commas and full stops), at least one of them a number: a date after a dateline's place.
    /// </summary>
    private static bool DateWords(IReadOnlyList<Token> tokens, int from, int to, bool separators)
    {
        bool number = false;
        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Shape.Has(TokenShape.Number))
            {
                number = true;
            }
            else if (!t.Shape.Has(TokenShape.Word) && !(separators && t.Norm is "," or "."))
            {
                return false;
            }
        }

        return number;
    }

    /// <summary>
    /// Scripts without capitals (Arabic) cannot show a dateline by its capitals: there a place word and a comma
    /// in the first tokens ("رام الله، 23 كانون الثاني -") mark it.
    /// </summary>
    private static bool CaselessPlaceThenComma(IReadOnlyList<Token> tokens, Sentence s)
    {
        string norm = tokens[s.FirstToken].Norm;
        if (!norm.Any(char.IsLetter) || norm.Any(c => char.IsUpper(c) || char.IsLower(c)))
        {
            return false;
        }

        for (int i = s.FirstToken + 1; i < s.FirstToken + Math.Min(s.TokenCount, 4); i++)
        {
            if (tokens[i].Norm is "," or "\u060C")
            {
                return true;
            }
        }

        return false;
    }

    private static void SplitLine(string text, TextSpan line, int paragraph, WordRules rules, FrozenSet<string> months, bool english,
        List<Token> tokens, List<Sentence> sentences)
    {
        int sentenceStart = -1;
        int firstToken = tokens.Count;
        int sentencesBefore = sentences.Count;
        int i = line.Start;
        bool lineHasTerminal = false;
        while (i < line.End)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (sentenceStart < 0)
            {
                sentenceStart = i;
                firstToken = tokens.Count;
            }

            int start = i;
            if (IsWordChar(c))
            {
                while (i < line.End && (IsWordChar(text[i]) || IsInnerJoiner(text, i, line.End)))
                {
                    i++;
                }

                AddWord(text, start, i, rules, english, tokens, sentences.Count, tokens.Count == firstToken);
                continue;
            }

            i++;
            tokens.Add(new Token(tokens.Count, new TextSpan(start, i), TextFold.Fold(text.AsSpan(start, 1)), TokenShape.Punctuation, sentences.Count));
            if (c is '.' or '!' or '?' or '…' && IsSentenceEnd(text, start, line.End, tokens, months))
            {
                // Swallow closing quotes and brackets that belong to the sentence.
                while (i < line.End && text[i] is '"' or '\u201D' or '\u00BB' or ')' or '\'' or '\u2019')
                {
                    tokens.Add(new Token(tokens.Count, new TextSpan(i, i + 1), TextFold.Fold(text.AsSpan(i, 1)), TokenShape.Punctuation, sentences.Count));
                    i++;
                }

                lineHasTerminal = true;

                Close(sentences, sentenceStart, i, paragraph, firstToken, tokens.Count, headline: false);
                sentenceStart = -1;
            }
        }

        if (sentenceStart >= 0)
        {
            int end = tokens.Count > firstToken ? tokens[^1].Span.End : line.End;
            bool headline = !lineHasTerminal && sentences.Count == sentencesBefore && tokens.Count - firstToken <= 25;
            Close(sentences, sentenceStart, end, paragraph, firstToken, tokens.Count, headline);
        }
    }

    private static void Close(List<Sentence> sentences, int start, int end, int paragraph, int firstToken, int tokenEnd, bool headline) =>
        sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), paragraph, firstToken, tokenEnd - firstToken) { IsHeadline = headline });

    private static bool IsSentenceEnd(string text, int dot, int lineEnd, List<Token> tokens, FrozenSet<string> months)
    {
        char c = text[dot];
        if (c != '.')
        {
            return true;
        }

        // "3.5", "U.S.", "Gen. Smith": not an end.
        if (dot + 1 < lineEnd && !char.IsWhiteSpace(text[dot + 1]) && text[dot + 1] is not '"' and not '\u201D' and not ')' and not '\u00BB')
        {
            return false;
        }

        if (tokens.Count >= 2)
        {
            var prev = tokens[^2];
            if (prev.Shape.Has(TokenShape.Word) && prev.Span.End == dot)
            {
                if (prev.Span.Length == 1 && char.IsUpper(text[prev.Span.Start]))
                {
                    return false;
                }

                if (Abbreviations.Contains(prev.Norm))
                {
                    return false;
                }
            }
        }

        int next = dot + 1;
        while (next < lineEnd && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // A day number written as an ordinal before a month ("am 15. Oktober"): not an end.
        if (tokens.Count >= 2 && tokens[^2] is { } day && day.Shape.Has(TokenShape.Number) && day.Span.End == dot && day.Span.Length <= 2 &&
            months.Count > 0)
        {
            int wordEnd = next;
            while (wordEnd < lineEnd && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd > next && months.Contains(TextFold.Fold(text.AsSpan(next, wordEnd - next))))
            {
                return false;
            }
        }

        return next >= lineEnd || !char.IsLower(text[next]);
    }

    private static void AddWord(string text, int start, int end, WordRules rules, bool english,
        List<Token> tokens, int sentence, bool sentenceInitial)
    {
        // Elision: "dell'Isis" → "dell'" + "Isis"; "l’area" → "l’" + "area".
        int apos = -1;
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsApostrophe(text[k]))
            {
                apos = k;
                break;
            }
        }

        if (apos > 0 && rules.Elisions.Count > 0)
        {
            string head = TextFold.Fold(text.AsSpan(start, apos - start));
            if (rules.Elisions.Contains(head))
            {
                AddToken(text, start, apos + 1, tokens, sentence, sentenceInitial, rules);
                AddWord(text, apos + 1, end, rules, english, tokens, sentence, false);
                return;
            }
        }

        if (english && end - start > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S'))
        {
            AddToken(text, start, end - 2, tokens, sentence, sentenceInitial, rules);
            AddToken(text, end - 2, end, tokens, sentence, false, rules);
            return;
        }

        AddToken(text, start, end, tokens, sentence, sentenceInitial, rules);
    }

    private static void AddToken(string text, int start, int end, List<Token> tokens, int sentence, bool sentenceInitial, WordRules rules)
    {
        var span = text.AsSpan(start, end - start);
        var shape = TokenShape.Word;
        if (char.IsDigit(span[0]))
        {
            shape = TokenShape.Number;
        }
        else if (char.IsUpper(span[0]) || IsArticledName(span))
        {
            shape |= TokenShape.Capitalised;
            bool allCaps = span.Length > 1;
            foreach (char ch in span)
            {
                if (char.IsLetter(ch) && !char.IsUpper(ch))
                {
                    allCaps = false;
                    break;
                }
            }

            if (allCaps)
            {
                shape |= TokenShape.AllCaps;
            }
        }

        if (sentenceInitial)
        {
            shape |= TokenShape.SentenceInitial;
        }

        var folded = TextFold.FoldWord(span);
        string norm = rules.CliticPrefixes.Count > 0 ? rules.Strip(folded.Text) : folded.Text;
        tokens.Add(ReferenceEquals(norm, folded.Text)
            ? new Token(tokens.Count, new TextSpan(start, end), folded, shape, sentence)
            : new Token(tokens.Count, new TextSpan(start, end), norm, shape, sentence));
    }

    // Surrogate halves belong to letters outside the BMP (CJK extensions, historic scripts); the normaliser has
    // already replaced lone ones, so a pair always stays inside one word.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>"al-Susah", "el-Fasher", "ad-Dawr": a name behind a lower-case Arabic article is still a name.</summary>
    private static bool IsArticledName(ReadOnlySpan<char> span)
    {
        int dash = span.IndexOf('-');
        if (dash is < 2 or > 3 || dash + 1 >= span.Length || !char.IsUpper(span[dash + 1]))
        {
            return false;
        }

        var head = span[..dash];
        return head is "al" or "el" or "as" or "ash" or "ad" or "ar" or "az" or "at" or "an" or "ed" or "es" or "er" or "et" or "en" or "ez" or "ul";
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>A hyphen, apostrophe, or a digit group separator between two word characters stays inside the word.</summary>
    private static bool IsInnerJoiner(string text, int i, int end)
    {
        char c = text[i];
        if (i + 1 >= end || i == 0)
        {
            return false;
        }

        char prev = text[i - 1], next = text[i + 1];
        if (c is '-' or '\u2010' or '\u2011')
        {
            return IsWordChar(prev) && IsWordChar(next);
        }

        if (IsApostrophe(c))
        {
            return char.IsLetter(prev) && char.IsLetter(next);
        }

        if (c is '.' or ',')
        {
            // 1,200 / 1.200 / 3.5 stay one number token.
            return char.IsDigit(prev) && char.IsDigit(next);
        }

        return false;
    }
}

/// <summary>The sentences-and-tokens stage.</summary>
public sealed class TokeniseStage : IStage
{
    private readonly Tokeniser _tokeniser;

    public TokeniseStage(Tokeniser tokeniser) => _tokeniser = tokeniser;

    public string Name => "tokenise";

    public IReadOnlyList<string> Requires => [Layers.Language];

    public IReadOnlyList<string> Provides => [Layers.Sentences, Layers.Tokens];

    public void Run(Document document) => _tokeniser.Tokenise(document);
}
