namespace Polemos.Events.Reranking;

/// <summary>One training example: its binary features, its gold label and how much it counts.</summary>
public sealed record TrainingExample(IReadOnlyList<string> Features, string Label, double Weight = 1.0);

/// <summary>
/// Fits a <see cref="LinearModel"/> by minimising the weighted log-loss with an L2 penalty, using AdaGrad over
/// the examples in an order fixed by <see cref="Seed"/>: the same examples give the same weights on every machine.
/// Features seen in fewer than <see cref="MinCount"/> examples are dropped, weights near zero are pruned.
/// </summary>
public sealed class SoftmaxTrainer
{
    public int MinCount { get; init; } = 2;

    public double L2 { get; init; } = 0.01;

    public int Epochs { get; init; } = 30;

    public double Rate { get; init; } = 0.3;

    public int Seed { get; init; } = 20211;

    public LinearModel Train(IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> labels, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            foreach (var f in e.Features.Distinct(StringComparer.Ordinal))
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var names = counts.Where(c => c.Value >= MinCount).Select(c => c.Key).Append(LinearModel.Bias)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var rows = examples
            .Where(e => labelIndex.ContainsKey(e.Label))
            .Select(e => (Features: e.Features.Append(LinearModel.Bias).Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray(),
                          Label: labelIndex[e.Label], e.Weight))
            .ToList();

        int classes = labels.Count;
        var w = new double[names.Count, classes];
        var g2 = new double[names.Count, classes];
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(Seed);
        var scores = new double[classes];
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                var (features, label, weight) = rows[i];
                Array.Clear(scores);
                foreach (int j in features)
                {
                    for (int k = 0; k < classes; k++)
                    {
                        scores[k] += w[j, k];
                    }
                }

                var p = LinearModel.Softmax(scores);
                foreach (int j in features)
                {
                    for (int k = 0; k < classes; k++)
                    {
                        double g = weight * (p[k] - (k == label ? 1 : 0)) + L2 * w[j, k];
                        g2[j, k] += g * g;
                        w[j, k] -= Rate * g / Math.Sqrt(g2[j, k] + 1e-8);
                    }
                }
            }
        }

        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int j = 0; j < names.Count; j++)
        {
            var row = new float[classes];
            for (int k = 0; k < classes; k++)
            {
                row[k] = (float)Math.Round(w[j, k], 3);
            }

            if (row.Any(x => x != 0))
            {
                weights[names[j]] = row;
            }
        }

        return new LinearModel(labels, weights, parameters);
    }
}
