using System.Text.Json;
using Polemos.Core;

namespace Polemos.Events.Evaluation;

/// <summary>One scored article.</summary>
public sealed record ScoredArticle(string Id, string Language, SlotCounts Counts, IReadOnlyList<SlotDetail> Details, IReadOnlyList<ExtractedRecord> Predictions);

/// <summary>Scores of a whole gold set: end to end, per field, per language, and a sub-event confusion matrix.</summary>
public sealed class EvaluationReport
{
    public SlotCounts Total { get; internal set; } = new(0, 0, 0);

    public SortedDictionary<string, SlotCounts> PerField { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, SlotCounts> PerLanguage { get; } = new(StringComparer.Ordinal);

    /// <summary>(gold sub-event type or "(none)", predicted or "(none)") → count.</summary>
    public SortedDictionary<string, int> Confusion { get; } = new(StringComparer.Ordinal);

    public List<ScoredArticle> Articles { get; } = [];
}

/// <summary>
/// Runs the engine over gold articles (SPEC §5) and scores them with <see cref="SlotScorer"/>, the port of the
/// reference scorer: the end-to-end figure equals `score.py`'s on the same input.
/// </summary>
public sealed class Evaluator
{
    private readonly Engine _engine;

    public Evaluator(Engine engine) => _engine = engine;

    /// <summary>
    /// Reads a gold file: one article object or a list of them. An article without a <c>text</c> field takes the
    /// text of <c>input.txt</c> beside the file (the layout of the golden cases).
    /// </summary>
    public static List<(JsonElement Gold, string Text)> ReadGold(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement.Clone();
        var list = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "input.txt");
        return list.Select(g => (g, g.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()!
            : File.Exists(beside) ? File.ReadAllText(beside) : "")).ToList();
    }

    public EvaluationReport Evaluate(IEnumerable<(JsonElement Gold, string Text)> articles)
    {
        var report = new EvaluationReport();
        foreach (var (gold, text) in articles)
        {
            string id = gold.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
            string lang = (gold.TryGetProperty("language", out var l) ? l.GetString() : gold.TryGetProperty("lang", out var l2) ? l2.GetString() : null) ?? "und";
            DateOnly? published = gold.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String &&
                                  DateOnly.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
            var document = _engine.Extract(id, text, new ArticleMeta { Published = published, DeclaredLanguage = lang });
            Add(report, gold, id, lang, document.Records);
        }

        return report;
    }

    public static void Add(EvaluationReport report, JsonElement gold, string id, string lang, IReadOnlyList<ExtractedRecord> records)
    {
        var (counts, details) = SlotScorer.ScoreDocument(gold, records);
        report.Total += counts;
        report.PerLanguage[lang] = (report.PerLanguage.GetValueOrDefault(lang) ?? new SlotCounts(0, 0, 0)) + counts;
        foreach (var d in details)
        {
            foreach (var (slot, hit) in d.Slots)
            {
                var c = hit ? new SlotCounts(1, 0, 0) : d.Matched ? new SlotCounts(0, 1, 1) : new SlotCounts(0, 0, 1);
                report.PerField[slot] = (report.PerField.GetValueOrDefault(slot) ?? new SlotCounts(0, 0, 0)) + c;
            }

            if (d.Key.StartsWith("extra: ", StringComparison.Ordinal))
            {
                foreach (var slot in new[] { "event_type", "sub_event_type", "location" })
                {
                    report.PerField[slot] = (report.PerField.GetValueOrDefault(slot) ?? new SlotCounts(0, 0, 0)) + new SlotCounts(0, 1, 0);
                }
            }

            string key = $"{d.Types.Gold ?? "(none)"} → {d.Types.Predicted ?? "(none)"}";
            report.Confusion[key] = report.Confusion.GetValueOrDefault(key) + 1;
        }

        report.Articles.Add(new ScoredArticle(id, lang, counts, details, records));
    }
}
