using Polemos.Core;
using Polemos.Text;

namespace Polemos.Recognition;

/// <summary>A phrase found in the token stream: first token index, token count, and the payload of its lexicon row.</summary>
public readonly record struct PhraseMatch<T>(int First, int Count, T Value);

/// <summary>
/// A token trie over folded words. A pattern token ending in '*' matches any token with that prefix. Scanning
/// finds, at each position, the longest pattern (an exact token beats a wildcard of the same length), then
/// continues after it, so matches never overlap.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

    /// <summary>This trie's bit in <see cref="LexiconWords"/>: which words begin one of its phrases.</summary>
    private readonly int _bit = LexiconWords.NewBit();

    public int Count { get; private set; }

    /// <summary>Adds a phrase whose tokens are already folded; the first payload added for a phrase wins.</summary>
    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node = node.Child(token);
        }

        if (!tokens[0].EndsWith('*') || tokens[0].Length == 1)
        {
            LexiconWords.Mark(tokens[0], _bit);
        }

        if (!node.HasValue)
        {
            node.Value = value;
            node.HasValue = true;
            Count++;
        }
    }

    /// <summary>Adds a phrase written as in a lexicon file: split with the same rules as article text.</summary>
    public void Add(string phrase, T value, WordRules? rules = null) => Add(Phrases.Split(phrase, rules), value);

    /// <summary>The best match starting at token <paramref name="first"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int first, int limit)
    {
        PhraseMatch<T>? best = null;
        int bestScore = -1;
        if (first < limit)
        {
            var token = tokens[first];
            bool exact = token.MayStart(_bit);

            // Asked of every token by every trie, and most tokens begin none of its phrases: without a wildcard at the
            // root, a token that begins no exact phrase has nothing to step into.
            if (exact || _root.Prefixes is not null)
            {
                Step(_root, token, exact, tokens, first, first, limit, 0, ref best, ref bestScore);
            }
        }

        return best;
    }

    /// <summary>All non-overlapping longest matches in tokens [from, to).</summary>
    public List<PhraseMatch<T>> Scan(IReadOnlyList<Token> tokens, int from, int to)
    {
        var found = new List<PhraseMatch<T>>();
        int i = from;
        while (i < to)
        {
            var m = MatchAt(tokens, i, to);
            if (m is { } match)
            {
                found.Add(match);
                i += match.Count;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static void Walk(Node node, IReadOnlyList<Token> tokens, int first, int at, int limit, int exactness,
        ref PhraseMatch<T>? best, ref int bestScore)
    {
        if (node.HasValue && at > first)
        {
            int score = ((at - first) * 1000) + exactness;
            if (score > bestScore)
            {
                bestScore = score;
                best = new PhraseMatch<T>(first, at - first, node.Value!);
            }
        }

        if (at < limit)
        {
            Step(node, tokens[at], true, tokens, first, at, limit, exactness, ref best, ref bestScore);
        }
    }

    /// <summary>Follows the children of <paramref name="node"/> that <paramref name="token"/> (at <paramref name="at"/>) leads to.</summary>
    private static void Step(Node node, Token token, bool exact, IReadOnlyList<Token> tokens, int first, int at, int limit, int exactness,
        ref PhraseMatch<T>? best, ref int bestScore)
    {
        string norm = token.Norm;
        if (exact && node.Exact?.Get(norm, token.NormHash) is { } next)
        {
            Walk(next, tokens, first, at + 1, limit, exactness + 1, ref best, ref bestScore);
        }

        if (node.Prefixes is not null && norm.Length > 0 && node.Prefixes.TryGetValue(norm[0], out var byFirst))
        {
            foreach (var (prefix, child) in byFirst)
            {
                // The group shares the first letter; the second rules out most of it before a full comparison.
                if (norm.Length >= prefix.Length && (prefix.Length == 1 || norm[1] == prefix[1]) && norm.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Walk(child, tokens, first, at + 1, limit, exactness, ref best, ref bestScore);
                }
            }
        }
    }

    private sealed class Node
    {
        public WordMap<Node>? Exact { get; private set; }

        /// <summary>Wildcard children ("uccis*") grouped by their first letter, so a token checks only its own group.</summary>
        public Dictionary<char, List<(string Prefix, Node Child)>>? Prefixes { get; private set; }

        public bool HasValue { get; set; }

        public T? Value { get; set; }

        public Node Child(string token)
        {
            if (token.Length > 1 && token.EndsWith('*'))
            {
                string prefix = token[..^1];
                Prefixes ??= [];
                if (!Prefixes.TryGetValue(prefix[0], out var group))
                {
                    group = [];
                    Prefixes[prefix[0]] = group;
                }

                foreach (var (p, c) in group)
                {
                    if (p == prefix)
                    {
                        return c;
                    }
                }

                var created = new Node();
                group.Add((prefix, created));
                return created;
            }

            Exact ??= new WordMap<Node>();
            return Exact.GetOrAdd(token, static () => new Node());
        }
    }
}

/// <summary>Splits lexicon phrases into folded tokens with the same elision rule as article text.</summary>
public static class Phrases
{
    public static List<string> Split(string phrase, WordRules? rules)
    {
        var elisions = rules?.Elisions;
        var result = new List<string>();
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string part = TextFold.Fold(raw);
            int apos = part.IndexOf('\'', StringComparison.Ordinal);
            if (apos > 0 && apos < part.Length - 1 && elisions is not null && elisions.Contains(part[..apos]))
            {
                result.Add(part[..(apos + 1)]);
                result.Add(Stem(part[(apos + 1)..], rules));
            }
            else
            {
                result.Add(Stem(part, rules));
            }
        }

        return result;
    }

    // A trailing '*' (prefix match) is kept; the stem before it is stripped like a word.
    private static string Stem(string part, WordRules? rules) =>
        rules is null || rules.CliticPrefixes.Count == 0 ? part
        : part.EndsWith('*') ? rules.Strip(part[..^1]) + "*" : rules.Strip(part);
}
