namespace Polemos.Core;

/// <summary>
/// What the lexicon table knew of a word at one moment: its ordinal hash, and the table's entry for it, or none as of
/// <see cref="Generation"/>. Immutable, shared by the tokens of one word.
/// </summary>
public sealed class WordLexicon
{
    private WordLexicon(int hash, int generation, LexiconWord? word)
    {
        Hash = hash;
        Generation = generation;
        Word = word;
    }

    public int Hash { get; }

    public int Generation { get; }

    public LexiconWord? Word { get; }

    /// <summary>Whether the answer still holds: an entry always does (its bits are read live), a miss until a word joins.</summary>
    public bool Current => Word is not null || Generation == LexiconWords.Generation;

    /// <summary>Looks <paramref name="word"/> up now; the generation is read first, so a word joining meanwhile makes it stale.</summary>
    public static WordLexicon Of(string word)
    {
        int generation = LexiconWords.Generation;
        return new WordLexicon(word.GetHashCode(StringComparison.Ordinal), generation, LexiconWords.Find(word));
    }
}

/// <summary>A folded word as the thread's fold memo keeps it: the text, and what the lexicon table knew of it.</summary>
public sealed class FoldedWord
{
    private WordLexicon? _lexicon;

    public FoldedWord(string text) => Text = text;

    public string Text { get; }

    /// <summary>The table's answer, looked up again only when a word has joined since a miss.</summary>
    public WordLexicon Lexicon => _lexicon is { Current: true } known ? known : _lexicon = WordLexicon.Of(Text);
}
