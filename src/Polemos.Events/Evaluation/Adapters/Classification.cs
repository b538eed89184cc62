namespace Polemos.Events.Evaluation.Adapters;

/// <summary>Precision, recall and F1 of one class, with its gold support and how often it was predicted.</summary>
public sealed record ClassScore(string Label, int Support, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Support == 0 ? 0 : (double)Correct / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Single-label classification scores as scikit-learn computes them: per-class P/R/F1 (0 where undefined), the
/// support-weighted and the unweighted (macro) mean of F1 over a given set of classes, and a confusion table.
/// Pairs whose gold lies outside the classes still count: a prediction of a class for them is a false positive.
/// </summary>
public sealed class Classification
{
    public Classification(IReadOnlyList<(string Gold, string Predicted)> pairs, IEnumerable<string> classes)
    {
        Pairs = pairs;
        Classes = classes.ToList();
        Scores = Classes.Select(c => new ClassScore(
            c,
            pairs.Count(p => p.Gold == c),
            pairs.Count(p => p.Predicted == c),
            pairs.Count(p => p.Gold == c && p.Predicted == c))).ToList();
        foreach (var (g, p) in pairs)
        {
            string key = g + " → " + p;
            Confusion[key] = Confusion.GetValueOrDefault(key) + 1;
        }
    }

    public IReadOnlyList<(string Gold, string Predicted)> Pairs { get; }

    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyList<ClassScore> Scores { get; }

    /// <summary>"gold → predicted" → count, every pair (diagonal included).</summary>
    public SortedDictionary<string, int> Confusion { get; } = new(StringComparer.Ordinal);

    public int N => Pairs.Count;

    public double Accuracy => N == 0 ? 0 : (double)Pairs.Count(p => p.Gold == p.Predicted) / N;

    /// <summary>Per-class F1 weighted by gold support (scikit-learn's average="weighted" over <see cref="Classes"/>).</summary>
    public double WeightedF1
    {
        get
        {
            int total = Scores.Sum(s => s.Support);
            return total == 0 ? 0 : Scores.Sum(s => s.F1 * s.Support) / total;
        }
    }

    /// <summary>Unweighted mean of per-class F1 over the classes that occur in gold or prediction.</summary>
    public double MacroF1
    {
        get
        {
            var present = Scores.Where(s => s.Support > 0 || s.Predicted > 0).ToList();
            return present.Count == 0 ? 0 : present.Average(s => s.F1);
        }
    }

    /// <summary>The off-diagonal cells, most frequent first.</summary>
    public IEnumerable<(string Gold, string Predicted, int Count)> Errors() =>
        Pairs.Where(p => p.Gold != p.Predicted)
            .GroupBy(p => p)
            .Select(g => (g.Key.Gold, g.Key.Predicted, g.Count()))
            .OrderByDescending(x => x.Item3)
            .ThenBy(x => x.Gold, StringComparer.Ordinal)
            .ThenBy(x => x.Predicted, StringComparer.Ordinal);
}
