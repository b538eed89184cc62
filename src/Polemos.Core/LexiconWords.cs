using System.Collections.Concurrent;

namespace Polemos.Core;

/// <summary>
/// A folded word that begins a phrase of at least one lexicon trie, with one bit per trie that has it as a first word.
/// </summary>
public sealed class LexiconWord
{
    private long _low;
    private long _high;

    /// <summary>Whether the trie holding <paramref name="bit"/> has a phrase that begins with this word.</summary>
    public bool Starts(int bit) => bit < 64
        ? (Volatile.Read(ref _low) & (1L << bit)) != 0
        : (Volatile.Read(ref _high) & (1L << (bit - 64))) != 0;

    internal void Mark(int bit)
    {
        if (bit < 64)
        {
            Interlocked.Or(ref _low, 1L << bit);
        }
        else
        {
            Interlocked.Or(ref _high, 1L << (bit - 64));
        }
    }
}

/// <summary>
/// The process's table of the words that begin lexicon phrases, one bit per trie. A word is looked up here once per
/// thread (its <see cref="FoldedWord"/> keeps the answer), so a trie tells in one bit test whether any of its phrases
/// can begin at a token, without reading its own table: most tokens begin none, and every trie is asked at every token.
/// The first 128 tries get a bit; any further one always looks.
/// </summary>
public static class LexiconWords
{
    /// <summary>How many tries can have a bit.</summary>
    public const int Bits = 128;

    private static readonly ConcurrentDictionary<string, LexiconWord> Words = new(StringComparer.Ordinal);
    private static int s_generation;
    private static int s_nextBit;

    /// <summary>Changes whenever a word joins the table: a miss looked up before then no longer holds.</summary>
    public static int Generation => Volatile.Read(ref s_generation);

    /// <summary>A new trie's bit, or -1 when all are taken.</summary>
    public static int NewBit()
    {
        int bit = Interlocked.Increment(ref s_nextBit) - 1;
        return bit < Bits ? bit : -1;
    }

    /// <summary>The table's entry for <paramref name="word"/>, if it begins a phrase of any trie.</summary>
    public static LexiconWord? Find(string word) => Words.TryGetValue(word, out var entry) ? entry : null;

    /// <summary>Records that the trie holding <paramref name="bit"/> has a phrase beginning with <paramref name="word"/>.</summary>
    public static void Mark(string word, int bit)
    {
        if (bit < 0)
        {
            return;
        }

        var entry = Words.GetOrAdd(word, static _ => new LexiconWord());
        entry.Mark(bit);
        Interlocked.Increment(ref s_generation);
    }
}
