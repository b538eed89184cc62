namespace Polemos.Core;

/// <summary>
/// Remembers the folded form of the words a thread has folded, so that a word seen again (most words of a text
/// are) is neither folded nor allocated again. Bounded: the table starts over when it grows past its capacity.
/// </summary>
internal sealed class FoldMemo
{
    /// <summary>Longer spans (whole phrases, sentences) are rarely repeated and are folded every time.</summary>
    public const int MaxKeyLength = 48;

    private const int Capacity = 200_000;

    [ThreadStatic]
    private static FoldMemo? t_current;

    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private FoldMemo() => _bySpan = _folded.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FoldMemo Current => t_current ??= new FoldMemo();

    /// <summary>The remembered fold of <paramref name="text"/>, computed by <paramref name="fold"/> the first time.</summary>
    public string Get(ReadOnlySpan<char> text, Func<ReadOnlySpan<char>, string> fold)
    {
        if (_bySpan.TryGetValue(text, out var folded))
        {
            return folded;
        }

        if (_folded.Count >= Capacity)
        {
            _folded.Clear();
        }

        folded = fold(text);
        _bySpan[text] = folded;
        return folded;
    }
}
