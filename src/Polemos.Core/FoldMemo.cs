namespace Polemos.Core;

/// <summary>
/// Remembers what a fold function made of the words it was given, so that a word seen again (most words of a text
/// are) is neither folded nor allocated again. One memo serves one thread; it starts over when it grows past its
/// capacity.
/// </summary>
internal sealed class FoldMemo
{
    /// <summary>Longer spans (whole phrases, sentences) are rarely repeated and are folded every time.</summary>
    public const int MaxKeyLength = 48;

    private const int Capacity = 200_000;

    private readonly Func<ReadOnlySpan<char>, string> _fold;
    private readonly Dictionary<string, FoldedWord> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FoldedWord>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public FoldMemo(Func<ReadOnlySpan<char>, string> fold)
    {
        _fold = fold;
        _bySpan = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The remembered fold of <paramref name="text"/>, computed the first time it is asked for.</summary>
    public string Get(ReadOnlySpan<char> text) => text.Length > MaxKeyLength ? _fold(text) : GetWord(text).Text;

    /// <summary>The remembered fold of a word, with what the lexicon table knew of it (see <see cref="FoldedWord"/>).</summary>
    public FoldedWord GetWord(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxKeyLength)
        {
            return new FoldedWord(_fold(text));
        }

        if (_bySpan.TryGetValue(text, out var folded))
        {
            return folded;
        }

        if (_folded.Count >= Capacity)
        {
            _folded.Clear();
        }

        folded = new FoldedWord(_fold(text));
        _bySpan[text] = folded;
        return folded;
    }
}
