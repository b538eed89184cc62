namespace Polemos.Recognition;

/// <summary>
/// A map from folded words to values that takes the word's hash from the caller (a <see cref="Polemos.Core.Token"/>
/// carries its own), so a lookup neither hashes nor allocates. Open addressing with linear probing; keys are only
/// added, never removed.
/// </summary>
internal sealed class WordMap<TValue>
    where TValue : class
{
    private int[] _hashes = new int[4];
    private string?[] _keys = new string?[4];
    private TValue?[] _values = new TValue?[4];
    private int _count;

    /// <summary>The value stored under <paramref name="word"/>, whose ordinal hash is <paramref name="hash"/>.</summary>
    public TValue? Get(string word, int hash)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            string? key = keys[i];
            if (key is null)
            {
                return null;
            }

            if (_hashes[i] == hash && (ReferenceEquals(key, word) || string.Equals(key, word, StringComparison.Ordinal)))
            {
                return _values[i];
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

        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var value = create();
        Insert(word, hash, value);
        _count++;
        return value;
    }

    private void Insert(string word, int hash, TValue value)
    {
        int mask = _keys.Length - 1;
        int i = hash & mask;
        while (_keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = word;
        _hashes[i] = hash;
        _values[i] = value;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _values = new TValue?[keys.Length * 2];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(key, hashes[i], values[i]!);
            }
        }
    }
}
