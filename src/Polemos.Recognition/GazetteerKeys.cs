using Polemos.Core;

namespace Polemos.Recognition;

/// <summary>
/// Whether the gazetteer knows a name key, and whether any of its keys starts with it: each key is asked of the
/// gazetteer once and remembered, since the same names recur from article to article. Bounded: the memory starts
/// over when it grows past its capacity.
/// </summary>
internal sealed class GazetteerKeys
{
    private const int Capacity = 100_000;

    private readonly IGazetteer _gazetteer;
    private readonly BoundedMemo<(bool Known, bool Prefix)> _facts = new(Capacity);
    private readonly Func<string, (bool Known, bool Prefix)> _ask;

    public GazetteerKeys(IGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _ask = key => (_gazetteer.Lookup(key).Count > 0, _gazetteer.HasPrefix(key));
    }

    /// <summary>The gazetteer has an entry under this key.</summary>
    public bool Known(string key) => Facts(key).Known;

    /// <summary>Some gazetteer key starts with this key (a longer name may follow).</summary>
    public bool IsPrefix(string key) => Facts(key).Prefix;

    /// <summary>Both answers for a key at once: <see cref="Known"/> and <see cref="IsPrefix"/> read one remembered pair.</summary>
    public (bool Known, bool Prefix) Facts(string key) => _facts.Get(key, _ask);
}
