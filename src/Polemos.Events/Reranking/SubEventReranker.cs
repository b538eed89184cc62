using Polemos.Core;

namespace Polemos.Events.Reranking;

/// <summary>
/// Second opinion on a report's main event: a <see cref="LinearModel"/> over <see cref="SubEventFeatures"/>
/// reads the whole report and may change the sub-event type of the most confident event record, or drop the
/// events of a report it judges to tell no political violence or demonstration ("none"). It overrides the rules
/// only when it is sure (its top probability at least <c>override_min</c>, or <c>none_min</c> for "none", and
/// <c>margin</c> above the rules' type) and the rules are not (a plainly reported record whose confidence is at
/// most <c>rule_max</c>); the thresholds are stored in the model file. Without a model it changes nothing.
/// </summary>
public sealed class SubEventReranker
{
    /// <summary>The label for a report with no event of the 25 ACLED types.</summary>
    public const string None = "none";

    /// <summary>Where the engine finds the committed model, relative to the data folder.</summary>
    public static readonly string ModelPath = Path.Combine("models", "subevent.tsv");

    private readonly double _overrideMin;
    private readonly double _noneMin;
    private readonly double _margin;
    private readonly double _ruleMax;

    public SubEventReranker(LinearModel? model, Action<string, IReadOnlyList<string>>? observer = null)
    {
        Model = model;
        Observer = observer;
        _overrideMin = model?.Parameter("override_min", 0.6) ?? 1;
        _noneMin = model?.Parameter("none_min", 0.8) ?? 1;
        _margin = model?.Parameter("margin", 0.3) ?? 1;
        _ruleMax = model?.Parameter("rule_max", 0.6) ?? 0;
    }

    public LinearModel? Model { get; }

    /// <summary>Called with each report's id and features (how the training command collects examples).</summary>
    public Action<string, IReadOnlyList<string>>? Observer { get; }

    /// <summary>Loads the model under the data folder, or a reranker that changes nothing when there is none.</summary>
    public static SubEventReranker Load(string dataRoot)
    {
        string path = Path.Combine(dataRoot, ModelPath);
        return new SubEventReranker(File.Exists(path) ? LinearModel.Load(path) : null);
    }

    /// <summary>
    /// Reviews the event records of one report (<paramref name="records"/>[i] written from <paramref name="frames"/>[i]);
    /// <paramref name="write"/> rewrites a frame whose type changed, so notes and evidence stay consistent.
    /// </summary>
    internal void Apply(Document document, IReadOnlyList<SentenceView> views, List<Frame> frames, List<ExtractedRecord> records, Func<Frame, ExtractedRecord> write)
    {
        // With no event record there is nothing to retype or drop: only training needs the features then.
        if (Observer is null && (Model is null || !records.Exists(r => r.Kind == RecordKinds.Event)))
        {
            return;
        }

        int best = BestIndex(records);

        // Both of the model's moves below need the rules unsure of the best record (or no best record): when they
        // are sure, only training needs the features.
        if (Observer is null && best >= 0 && !RulesUnsure(records[best]))
        {
            return;
        }

        var features = SubEventFeatures.Of(views, frames, best < 0 ? null : frames[best], Observer is null ? Model : null);
        Observer?.Invoke(document.Id, features);
        if (Model is null)
        {
            return;
        }

        var p = Model.Probabilities(features);
        int top = LinearModel.ArgMax(p);
        string label = Model.Labels[top];
        if (label == None)
        {
            // A weapon the rules saw used (a bomb that went off, a strike) or a reported toll is political violence
            // by the codebook unless the rules' own relevance vetoes said otherwise: the model's "none" does not undo it.
            if (p[top] >= _noneMin && (best < 0 || (RulesUnsure(records[best]) && !ViolenceTold(records[best]))))
            {
                records.RemoveAll(r => r.Kind == RecordKinds.Event);
            }

            return;
        }

        if (best < 0 || records[best].SubEventType == label || p[top] < _overrideMin || !RulesUnsure(records[best]))
        {
            return;
        }

        int rule = IndexOf(Model.Labels, records[best].SubEventType);
        double ruleP = rule < 0 ? 0 : p[rule];
        if (p[top] - ruleP >= _margin && Taxonomy.FindByName(label) is { } type)
        {
            frames[best].Type = type;
            records[best] = write(frames[best]);
        }
    }

    /// <summary>
    /// The rules are unsure of a plainly reported record whose confidence is low. A doubted one (alleged,
    /// unconfirmed, denied) has its confidence lowered for doubt about the facts, not about their type: the rules keep it.
    /// </summary>
    private bool RulesUnsure(ExtractedRecord record) =>
        Certainty.Doubt(record.Certainty) <= Certainty.Doubt(Certainty.Reported) && record.Confidence <= _ruleMax;

    private static bool ViolenceTold(ExtractedRecord record) =>
        string.Equals(record.EventType, "Explosions/Remote violence", StringComparison.Ordinal) || record.Fatalities > 0;

    /// <summary>The record an evaluation takes as the report's event: the most confident non-habitual one, first on ties.</summary>
    private static int BestIndex(List<ExtractedRecord> records)
    {
        int best = -1;
        for (int i = 0; i < records.Count; i++)
        {
            if (records[i].Kind == RecordKinds.Event && !records[i].Habitual && (best < 0 || records[i].Confidence > records[best].Confidence))
            {
                best = i;
            }
        }

        return best;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string? label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
