namespace Polemos.Core;

/// <summary>
/// Remembers what a fold function made of the words it was given, so that a word seen again (most words of a text
/// are) is neither folded nor allocated again. One memo serves one thread; it starts over when it grows past its
/// capacity.
/// </summary>
/// <remarks>
/// Asked for every token (and by the language identifier for every word not in ASCII): the words are kept in one
/// open-addressing table of entries that hold their hash, so a lookup hashes the span once and reads one entry per
/// probe, where a dictionary read a bucket, then an entry (the tokeniser's largest cost, perf9).
/// </remarks>
internal sealed class FoldMemo
{
    /// <summary>Longer spans (whole phrases, sentences) are rarely repeated and are folded every time.</summary>
    public const int MaxKeyLength = 48;

    private const int Capacity = 200_000;

    private readonly Func<ReadOnlySpan<char>, string> _fold;
    private Entry[] _entries = new Entry[1024];
    private int _count;

    public FoldMemo(Func<ReadOnlySpan<char>, string> fold) => _fold = fold;

    /// <summary>The remembered fold of <paramref name="text"/>, computed the first time it is asked for.</summary>
    public string Get(ReadOnlySpan<char> text) => text.Length > MaxKeyLength ? _fold(text) : GetWord(text).Text;

    /// <summary>The remembered fold of a word, with what the lexicon table knew of it (see <see cref="FoldedWord"/>).</summary>
    public FoldedWord GetWord(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxKeyLength)
        {
            return new FoldedWord(_fold(text));
        }

        int hash = Hash(text);
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Key is null)
            {
                break;
            }

            if (entry.Hash == hash && text.SequenceEqual(entry.Key))
            {
                return entry.Value;
            }
        }

        if (_count >= Capacity)
        {
            Array.Clear(_entries);
            _count = 0;
        }

        var folded = new FoldedWord(_fold(text));
        Add(new Entry(hash, text.ToString(), folded));
        return folded;
    }

    private void Add(Entry entry)
    {
        if ((_count + 1) * 2 > _entries.Length)
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            foreach (var e in old)
            {
                if (e.Key is not null)
                {
                    Insert(e);
                }
            }
        }

        Insert(entry);
        _count++;
    }

    private void Insert(Entry entry)
    {
        int mask = _entries.Length - 1;
        int i = entry.Hash & mask;
        while (_entries[i].Key is not null)
        {
            i = (i + 1) & mask;
        }

        _entries[i] = entry;
    }

    /// <summary>FNV-1a over the UTF-16 units, its high bits folded into the low ones that pick the slot.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        uint h = 2166136261;
        foreach (char c in text)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }

    private readonly record struct Entry(int Hash, string? Key, FoldedWord Value);
}
