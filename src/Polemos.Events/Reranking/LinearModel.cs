using System.Globalization;
using Polemos.Core;

namespace Polemos.Events.Reranking;

/// <summary>
/// A multinomial logistic (maximum-entropy) classifier over named binary features, stored as a reviewable TSV:
/// <c>#labels</c> and <c>#param</c> header lines, then one line per feature with one weight per label (the
/// feature <see cref="Bias"/> is always on). Scoring is a sum and a softmax: deterministic, no dependency.
/// </summary>
public sealed class LinearModel
{
    /// <summary>The feature every example has.</summary>
    public const string Bias = "bias";

    private readonly Dictionary<string, float[]> _weights;

    public LinearModel(IReadOnlyList<string> labels, Dictionary<string, float[]> weights, IReadOnlyDictionary<string, string>? parameters = null)
    {
        if (labels.Count < 2)
        {
            throw new PolemosException(ErrorCode.DataInvalid, "a classifier needs at least two labels");
        }

        if (weights.Values.Any(w => w.Length != labels.Count))
        {
            throw new PolemosException(ErrorCode.DataInvalid, "every feature needs one weight per label");
        }

        Labels = labels;
        _weights = weights;
        Parameters = parameters ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>Named settings stored with the weights (thresholds, how the model was trained).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>The model's own string for a feature it has a weight for, or null: a feature it lacks adds nothing to a score.</summary>
    internal string? Known(ReadOnlySpan<char> feature) =>
        _weights.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(feature, out string? name, out _) ? name : null;

    public double Parameter(string name, double fallback) =>
        Parameters.TryGetValue(name, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : fallback;

    /// <summary>The probability of each label (in <see cref="Labels"/> order) for an example with these features.</summary>
    public double[] Probabilities(IEnumerable<string> features)
    {
        var scores = new double[Labels.Count];
        foreach (var f in features.Append(Bias).Distinct(StringComparer.Ordinal))
        {
            if (_weights.TryGetValue(f, out var w))
            {
                for (int k = 0; k < scores.Length; k++)
                {
                    scores[k] += w[k];
                }
            }
        }

        return Softmax(scores);
    }

    /// <summary>The most probable label and its probability (ties go to the earlier label).</summary>
    public (string Label, double Probability) Predict(IEnumerable<string> features)
    {
        var p = Probabilities(features);
        int best = ArgMax(p);
        return (Labels[best], p[best]);
    }

    /// <summary>The index of the largest value, the first on ties.</summary>
    internal static int ArgMax(double[] values)
    {
        int best = 0;
        for (int k = 1; k < values.Length; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }

        return best;
    }

    internal static double[] Softmax(double[] scores)
    {
        double max = scores.Max(), sum = 0;
        var p = new double[scores.Length];
        for (int k = 0; k < p.Length; k++)
        {
            p[k] = Math.Exp(scores[k] - max);
            sum += p[k];
        }

        for (int k = 0; k < p.Length; k++)
        {
            p[k] /= sum;
        }

        return p;
    }

    public static LinearModel Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads the TSV form; a malformed file is a one-line <see cref="PolemosException"/>.</summary>
    public static LinearModel Read(TextReader reader, string name)
    {
        List<string>? labels = null;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "#labels")
            {
                labels = [.. cells.Skip(1)];
            }
            else if (cells[0] == "#param" && cells.Length == 3)
            {
                parameters[cells[1]] = cells[2];
            }
            else if (labels is null || cells.Length != labels.Count + 1)
            {
                throw new PolemosException(ErrorCode.DataInvalid, $"{name}:{lineNo}: expected a feature and {labels?.Count ?? 0} weights after a #labels line");
            }
            else
            {
                var w = new float[labels.Count];
                for (int k = 0; k < w.Length; k++)
                {
                    if (!float.TryParse(cells[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out w[k]))
                    {
                        throw new PolemosException(ErrorCode.DataInvalid, $"{name}:{lineNo}: '{cells[k + 1]}' is not a number");
                    }
                }

                weights[cells[0]] = w;
            }
        }

        return new LinearModel(labels ?? [], weights, parameters);
    }

    /// <summary>Writes the TSV form, features in ordinal order, weights rounded to 3 decimals.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        foreach (var c in comments)
        {
            writer.WriteLine("# " + c);
        }

        writer.WriteLine("#labels\t" + string.Join('\t', Labels));
        foreach (var (k, v) in Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"#param\t{k}\t{v}");
        }

        foreach (var (f, w) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(f + "\t" + string.Join('\t', w.Select(x => Math.Round(x, 3).ToString("0.###", CultureInfo.InvariantCulture))));
        }
    }
}
