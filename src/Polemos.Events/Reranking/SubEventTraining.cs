using System.Globalization;
using Polemos.Core;
using Polemos.Events.Evaluation.Adapters;

namespace Polemos.Events.Reranking;

/// <summary>How <see cref="SubEventTraining"/> trains and cross-validates.</summary>
public sealed record TrainingOptions
{
    public int Folds { get; init; } = 5;

    /// <summary>How much one extra (ACLED notes) example counts beside one CASE snippet.</summary>
    public double ExtraWeight { get; init; } = 0.1;

    /// <summary>At most this many extra examples per sub-event type (the most frequent types are thinned).</summary>
    public int ExtraPerClass { get; init; } = 400;

    public double OverrideMin { get; init; } = 0.4;

    public double NoneMin { get; init; } = 0.5;

    public double Margin { get; init; } = 0.1;

    /// <summary>The rules' record confidence above which the model never overrides them.</summary>
    public double RuleMax { get; init; } = 0.6;

    public SoftmaxTrainer Trainer { get; init; } = new();
}

/// <summary>
/// One cross-validation fold on the held-out snippets: the rules alone, the rules with the fold's model, and the
/// model's own first choice (what it would say if it always had the last word; a diagnostic, not the pipeline).
/// </summary>
public sealed record FoldResult(int Fold, CaseReport Rules, CaseReport Reranked, CaseReport ModelAlone);

/// <summary>
/// Trains the sub-event model: runs every labelled text through the pipeline once to collect its
/// <see cref="SubEventFeatures"/>, cross-validates on the CASE snippets (train on k−1 folds plus the extra
/// ACLED notes, score the held-out fold through the real pipeline with that fold's model), then fits the model
/// to all of it. Folds are stratified by label, assigned by a hash of the snippet id: reproducible.
/// </summary>
public sealed class SubEventTraining
{
    private readonly string _dataRoot;
    private readonly IGazetteer _gazetteer;
    private readonly TrainingOptions _options;
    private readonly Dictionary<string, IReadOnlyList<string>> _features = new(StringComparer.Ordinal);
    private readonly Engine _observing;

    public SubEventTraining(string dataRoot, IGazetteer gazetteer, TrainingOptions options)
    {
        _dataRoot = dataRoot;
        _gazetteer = gazetteer;
        _options = options;
        _observing = Engine.Load(dataRoot, gazetteer, new SubEventReranker(null, (id, f) => _features[id] = f));
    }

    /// <summary>The model's classes: "none" and the 25 ACLED sub-event types.</summary>
    public static IReadOnlyList<string> Labels { get; } = [SubEventReranker.None, .. Taxonomy.All.Select(s => s.Name)];

    /// <summary>Extra examples from ACLED CSV files (<c>notes</c>, <c>sub_event_type</c>, <c>event_date</c>).</summary>
    public List<TrainingExample> ExtraExamples(IEnumerable<string> paths)
    {
        var rows = new List<(string Id, string Text, string Label, DateOnly? Date)>();
        foreach (var path in paths)
        {
            var table = DelimitedTable.Read(path, ',');
            table.Require("ACLED", "event_id_cnty", "notes", "sub_event_type", "event_date");
            foreach (var r in table.Rows)
            {
                if (Taxonomy.FindByName(table.Cell(r, "sub_event_type")) is { } type && table.Cell(r, "notes").Length > 0)
                {
                    rows.Add((table.Cell(r, "event_id_cnty"), table.Cell(r, "notes"), type.Name, EvalSets.ParseDate(table.Cell(r, "event_date"))));
                }
            }
        }

        var examples = new List<TrainingExample>();
        foreach (var group in rows.GroupBy(r => r.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (id, text, label, date) in group.OrderBy(r => StableHash(r.Id)).ThenBy(r => r.Id, StringComparer.Ordinal).Take(_options.ExtraPerClass))
            {
                var doc = EvalSets.Extract(_observing, "acled-" + id, text, date);
                examples.Add(new TrainingExample(_features[doc.Id], label, _options.ExtraWeight));
            }
        }

        return examples;
    }

    /// <summary>Runs the snippets through the rules once: the rules' report, and each snippet's features.</summary>
    public (CaseReport Rules, List<TrainingExample> Examples) CaseExamples(IReadOnlyList<CaseSnippet> snippets)
    {
        var rules = Case2021Adapter.Run(_observing, snippets);
        var examples = snippets.Select(s => new TrainingExample(_features["case-" + s.Id], s.Gold)).ToList();
        return (rules, examples);
    }

    /// <summary>The fold of each snippet: within each label, snippets in hash order are dealt round the folds.</summary>
    public int[] AssignFolds(IReadOnlyList<CaseSnippet> snippets)
    {
        var fold = new int[snippets.Count];
        int n = 0;
        foreach (var group in snippets.Select((s, i) => (s, i)).GroupBy(x => x.s.Gold, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (_, i) in group.OrderBy(x => StableHash(x.s.Id)).ThenBy(x => x.s.Id, StringComparer.Ordinal))
            {
                fold[i] = n++ % _options.Folds;
            }
        }

        return fold;
    }

    /// <summary>Cross-validates: per fold, the rules' figures and those of the pipeline with the fold's model.</summary>
    public List<FoldResult> CrossValidate(IReadOnlyList<CaseSnippet> snippets, CaseReport rules, IReadOnlyList<TrainingExample> caseExamples, IReadOnlyList<TrainingExample> extra)
    {
        var fold = AssignFolds(snippets);
        var results = new List<FoldResult>();
        for (int k = 0; k < _options.Folds; k++)
        {
            var train = caseExamples.Where((_, i) => fold[i] != k).Concat(extra).ToList();
            var held = Enumerable.Range(0, snippets.Count).Where(i => fold[i] == k).ToList();
            var heldOut = held.Select(i => snippets[i]).ToList();
            var model = Fit(train);
            var engine = Engine.Load(_dataRoot, _gazetteer, new SubEventReranker(model));
            var ruleRows = held.Select(i => rules.Rows[i]).ToList();
            var alone = held.Select(i => rules.Rows[i] with { Predicted = model.Predict(caseExamples[i].Features).Label }).ToList();
            results.Add(new FoldResult(k + 1, new CaseReport(ruleRows, []), Case2021Adapter.Run(engine, heldOut), new CaseReport(alone, [])));
        }

        return results;
    }

    /// <summary>Fits the model, with the override thresholds stored beside the weights.</summary>
    public LinearModel Fit(IReadOnlyList<TrainingExample> examples) =>
        _options.Trainer.Train(examples, Labels, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["override_min"] = _options.OverrideMin.ToString(CultureInfo.InvariantCulture),
            ["none_min"] = _options.NoneMin.ToString(CultureInfo.InvariantCulture),
            ["margin"] = _options.Margin.ToString(CultureInfo.InvariantCulture),
            ["rule_max"] = _options.RuleMax.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>FNV-1a of the id: an order that does not depend on the file's order or on the runtime.</summary>
    private static uint StableHash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }
}
