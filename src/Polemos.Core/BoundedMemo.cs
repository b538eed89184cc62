using System.Collections.Concurrent;

namespace Polemos.Core;

/// <summary>
/// A thread-safe memory of answers by string key, for look-ups that recur from report to report (gazetteer keys,
/// place names). Bounded: it starts over when it has taken in more keys than its capacity.
/// </summary>
/// <remarks>
/// The keys taken in are counted apart from the table: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes
/// every lock of the table, which cost more than the look-up it guarded (docs/benchmarks.md, issue 7). Under
/// concurrent adds the count may run a little ahead of the table, so the memory may start over a little early.
/// </remarks>
/// <typeparam name="TValue">The remembered answer.</typeparam>
public sealed class BoundedMemo<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _answers = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private int _taken;

    /// <summary>A memory that starts over past <paramref name="capacity"/> keys.</summary>
    public BoundedMemo(int capacity) => _capacity = capacity;

    /// <summary>The remembered answer for <paramref name="key"/>, computed by <paramref name="compute"/> the first time.</summary>
    public TValue Get(string key, Func<string, TValue> compute)
    {
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Interlocked.Increment(ref _taken) > _capacity)
        {
            _answers.Clear();
            Interlocked.Exchange(ref _taken, 1);
        }

        var answer = compute(key);
        _answers[key] = answer;
        return answer;
    }
}
