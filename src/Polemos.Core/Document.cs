namespace Polemos.Core;

/// <summary>
/// One article as it travels through the pipeline. Its <see cref="Text"/> is normalised once, before any
/// stage runs; every annotation stage adds a layer whose spans are offsets into that text.
/// </summary>
public sealed class Document
{
    private readonly HashSet<string> _layers = new(StringComparer.Ordinal);

    public Document(string id, string text, ArticleMeta meta)
    {
        Id = id;
        Text = text;
        Meta = meta;
    }

    public string Id { get; }

    /// <summary>The normalised text (NFC, tidy whitespace) that all offsets point into.</summary>
    public string Text { get; private set; }

    public ArticleMeta Meta { get; }

    /// <summary>ISO 639-1 code chosen by language identification (or given by the input).</summary>
    public string Language { get; set; } = "und";

    public IReadOnlyList<TextSpan> Paragraphs { get; set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    public IReadOnlyList<Token> Tokens { get; set; } = [];

    /// <summary>Wire datelines ("BEIRUT, 20 NOV -"): where and when the report was filed, not the event.</summary>
    public IReadOnlyList<TextSpan> Datelines { get; set; } = [];

    /// <summary>Whether a span lies in a dateline (binary search: datelines are sorted and disjoint).</summary>
    public bool InDateline(TextSpan span)
    {
        var lines = Datelines;
        int lo = 0, hi = lines.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (lines[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else if (lines[mid].Start > span.Start)
            {
                hi = mid - 1;
            }
            else
            {
                return lines[mid].Contains(span);
            }
        }

        return false;
    }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Document-level context derived from the mentions: the report's country, its dominant actors.</summary>
    public DocumentContext Context { get; } = new();

    public List<ExtractedRecord> Records { get; } = [];

    public IReadOnlySet<string> Layers => _layers;

    public void AddLayer(string layer) => _layers.Add(layer);

    /// <summary>Replaces the raw text with its normal form; only allowed before any layer points into it.</summary>
    public void SetNormalisedText(string text)
    {
        if (_layers.Count > 1 || Mentions.Count > 0 || Tokens.Count > 0)
        {
            throw new InvalidOperationException("the text can only be normalised before any annotation");
        }

        Text = text;
    }

    public string Slice(TextSpan span) => span.Of(Text);

    public IEnumerable<T> MentionsOf<T>()
        where T : Mention => Mentions.OfType<T>();

    /// <summary>Tokens whose span lies inside <paramref name="span"/>, in order.</summary>
    public ReadOnlySpan<Token> TokensIn(TextSpan span)
    {
        var tokens = Tokens;
        int lo = LowerBound(tokens, span.Start);
        int hi = lo;
        while (hi < tokens.Count && tokens[hi].Span.End <= span.End)
        {
            hi++;
        }

        return tokens is Token[] array ? array.AsSpan(lo, hi - lo) : tokens.Skip(lo).Take(hi - lo).ToArray();
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset) => LowerBound(Tokens, offset);

    public int SentenceIndexAt(int offset)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Clamp(lo, 0, Math.Max(0, sentences.Count - 1));
    }

    /// <summary>
    /// The tokeniser's array (asked for every mention, often several times) is searched without interface calls; any
    /// other list, which only a hand-built document holds, is copied first.
    /// </summary>
    private static int LowerBound(IReadOnlyList<Token> tokens, int offset) => LowerBound(tokens as Token[] ?? [.. tokens], offset);

    private static int LowerBound(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>What came with the article, before any analysis.</summary>
public sealed record ArticleMeta
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Publisher { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Language declared by the input, if any; language identification checks it.</summary>
    public string? DeclaredLanguage { get; init; }

}

public sealed record Sentence(int Index, TextSpan Span, int Paragraph, int FirstToken, int TokenCount)
{
    /// <summary>True for a headline or a short title line, where news writes in the present tense.</summary>
    public bool IsHeadline { get; init; }
}

/// <summary>A token: its surface span and a folded form (lower case, no diacritics) used by every matcher.</summary>
public sealed record Token(int Index, TextSpan Span, string Norm, TokenShape Shape, int Sentence)
{
    private readonly string _norm = Norm;

    /// <summary>What the lexicon table knew of the word: given by the tokeniser's fold memo, else looked up on first use.</summary>
    private WordLexicon? _lexicon;

    /// <summary>A token of a word as the thread's fold memo keeps it, so that the lexicon table is not asked again.</summary>
    public Token(int index, TextSpan span, FoldedWord word, TokenShape shape, int sentence)
        : this(index, span, word.Text, shape, sentence) => _lexicon = word.Lexicon;

    /// <summary>The folded form.</summary>
    public string Norm
    {
        get => _norm;
        init
        {
            _norm = value;
            _lexicon = null;
        }
    }

    /// <summary>
    /// The ordinal hash of <see cref="Norm"/>, computed once per word: a lexicon trie looks tokens up many times (once
    /// per lexicon and starting position), and hashing the word again each time was a tenth of the pipeline.
    /// </summary>
    public int NormHash => Lexicon.Hash;

    private WordLexicon Lexicon => _lexicon is { Current: true } known ? known : _lexicon = WordLexicon.Of(_norm);

    /// <summary>
    /// False when no phrase of the trie holding <paramref name="bit"/> (see <see cref="LexiconWords"/>) begins with this
    /// word; true when one may (the trie must then look).
    /// </summary>
    public bool MayStart(int bit) => bit < 0 || (Lexicon.Word?.Starts(bit) ?? false);

    /// <summary>Equal when the five values are: what the lexicon table knew of the word is no part of the token.</summary>
    public bool Equals(Token? other) =>
        other is not null && Index == other.Index && Span == other.Span && _norm == other._norm && Shape == other.Shape && Sentence == other.Sentence;

    public override int GetHashCode() => HashCode.Combine(Index, Span, _norm, Shape, Sentence);
}

[Flags]
public enum TokenShape
{
    None = 0,
    Word = 1,
    Number = 2,
    Punctuation = 4,
    Capitalised = 8,
    AllCaps = 16,
    SentenceInitial = 32,
}

public static class TokenShapeExtensions
{
    public static bool Has(this TokenShape shape, TokenShape flag) => (shape & flag) == flag;
}
