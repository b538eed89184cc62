namespace Polemos.Recognition;

/// <summary>
/// A map from folded words to values that takes the word's hash from the caller (a <see cref="Polemos.Core.Token"/>
/// carries its own), so a lookup neither hashes nor allocates. Open addressing with linear probing over one array
/// of entries (a probe reads one cache line); keys are only added, never removed.
/// </summary>
internal sealed class WordMap<TValue>
    where TValue : class
{
    private Entry[] _entries = new Entry[4];
    private int _count;

    /// <summary>The value stored under <paramref name="word"/>, whose ordinal hash is <paramref name="hash"/>.</summary>
    public TValue? Get(string word, int hash)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Key is null)
            {
                return null;
            }

            if (entry.Hash == hash && (ReferenceEquals(entry.Key, word) || string.Equals(entry.Key, word, StringComparison.Ordinal)))
            {
                return entry.Value;
            }
        }
    }

    /// <summary>The value under <paramref name="word"/>, created by <paramref name="create"/> the first time.</summary>
    public TValue GetOrAdd(string word, Func<TValue> create)
    {
        int hash = word.GetHashCode(StringComparison.Ordinal);
        if (Get(word, hash) is { } found)
        {
            return found;
        }

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

        var value = create();
        Insert(new Entry(hash, word, value));
        _count++;
        return value;
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

    private readonly record struct Entry(int Hash, string? Key, TValue? Value);
}
