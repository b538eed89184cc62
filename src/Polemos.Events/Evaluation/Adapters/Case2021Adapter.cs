using System.Text.Json;
using Polemos.Core;

namespace Polemos.Events.Evaluation.Adapters;

/// <summary>One CASE snippet as read: its text, its label code and the ACLED sub-event type it maps to ("none" when unseen).</summary>
public sealed record CaseSnippet(string Id, string Text, string GoldCode, string Gold);

/// <summary>One CASE snippet: its gold and predicted sub-event type ("none" for an unseen type or no event).</summary>
public sealed record CaseRow(string Id, string GoldCode, string Gold, string Predicted, int Events, string Evidence);

/// <summary>
/// CASE 2021 Task 2 (fine-grained event classification of English news snippets): a TSV with <c>id</c>,
/// <c>EventSnippet</c> and <c>SubType</c>. The 25 ACLED codes map to ACLED sub-event types; the 5 "unseen" types
/// (organised crime, disasters, diplomacy, attribution) mean the engine should report no event. A snippet's
/// prediction is the sub-event type of its most confident event record, or "none". No reference date is given.
/// </summary>
public static class Case2021Adapter
{
    public const string None = "none";
    public const string Set = "case2021";

    public static readonly IReadOnlySet<string> UnseenCodes =
        new HashSet<string>(["ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"], StringComparer.OrdinalIgnoreCase);

    public static CaseReport Run(Engine engine, IEnumerable<string> paths, int? limit = null)
    {
        var (snippets, skipped) = Read(paths, limit);
        return Run(engine, snippets, skipped);
    }

    /// <summary>Scores the engine on snippets already read (a cross-validation fold).</summary>
    public static CaseReport Run(Engine engine, IEnumerable<CaseSnippet> snippets, IReadOnlyList<string>? skipped = null)
    {
        var rows = new List<CaseRow>();
        foreach (var s in snippets)
        {
            var doc = EvalSets.Extract(engine, "case-" + s.Id, s.Text, published: null);
            var answer = RowAnswer.Of(doc.Records);
            rows.Add(new CaseRow(s.Id, s.GoldCode, s.Gold, answer.Best?.SubEventType ?? None, answer.Events, EvalSets.EvidenceOf(answer.Best)));
        }

        return new CaseReport(rows, skipped ?? []);
    }

    /// <summary>Reads the snippets with a known label; the others are listed as skipped.</summary>
    public static (List<CaseSnippet> Snippets, List<string> Skipped) Read(IEnumerable<string> paths, int? limit = null)
    {
        var snippets = new List<CaseSnippet>();
        var skipped = new List<string>();
        foreach (var row in SetReading.Rows(paths, '\t', limit, "CASE 2021 Task 2", "id", "EventSnippet", "SubType"))
        {
            string id = row.Cell("id"), text = row.Cell("EventSnippet"), code = row.Cell("SubType");
            string? gold = UnseenCodes.Contains(code) ? None : Taxonomy.FindByCaseCode(code)?.Name;
            if (gold is null || text.Length == 0)
            {
                skipped.Add($"{id} ({(text.Length == 0 ? "no snippet" : "unknown label " + code)})");
                continue;
            }

            snippets.Add(new CaseSnippet(id, text, code, gold));
        }

        return (snippets, skipped);
    }
}

/// <summary>Accuracy and weighted F1 of the sub-event type over the 25 ACLED classes, per-class scores, confusion.</summary>
public sealed class CaseReport : IAdapterReport
{
    public CaseReport(IReadOnlyList<CaseRow> rows, IReadOnlyList<string> skipped)
    {
        Rows = rows;
        Skipped = skipped;
        SubEvents = new Classification(rows.Select(r => (r.Gold, r.Predicted)).ToList(), Taxonomy.All.Select(s => s.Name));
        WithNone = new Classification(SubEvents.Pairs, Taxonomy.All.Select(s => s.Name).Append(Case2021Adapter.None));
        EventTypes = new Classification(
            rows.Select(r => (EventTypeOf(r.Gold), EventTypeOf(r.Predicted))).ToList(),
            Taxonomy.All.Select(s => s.EventType).Distinct(StringComparer.Ordinal));
    }

    public IReadOnlyList<CaseRow> Rows { get; }

    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Sub-event types; the headline weighted F1 is over the 25 ACLED classes.</summary>
    public Classification SubEvents { get; }

    /// <summary>The same pairs with "none" as a 26th class (what the unseen snippets contribute).</summary>
    public Classification WithNone { get; }

    /// <summary>The event types implied by the sub-event types.</summary>
    public Classification EventTypes { get; }

    public IReadOnlyList<Headline> Headlines =>
    [
        new(Case2021Adapter.Set, "event_type accuracy", EventTypes.Accuracy, EventTypes.N),
        new(Case2021Adapter.Set, "sub_event_type accuracy", SubEvents.Accuracy, SubEvents.N),
        new(Case2021Adapter.Set, "sub_event_type macro F1", SubEvents.MacroF1, SubEvents.N),
        new(Case2021Adapter.Set, "sub_event_type weighted F1", SubEvents.WeightedF1, SubEvents.N),
    ];

    private static string EventTypeOf(string subEvent) => Taxonomy.FindByName(subEvent)?.EventType ?? Case2021Adapter.None;

    public void WriteText(TextWriter w, int examples)
    {
        int unseen = Rows.Count(r => r.Gold == Case2021Adapter.None);
        w.WriteLine($"CASE 2021 Task 2: {Rows.Count} snippets ({unseen} of unseen types, gold \"none\"), {Skipped.Count} skipped");
        foreach (var s in Skipped.Take(examples))
        {
            w.WriteLine($"  skipped {s}");
        }

        w.WriteLine();
        w.WriteLine($"{"sub_event_type",-38} {"gold",5} {"pred",5} {"P",6} {"R",6} {"F1",6}");
        foreach (var s in WithNone.Scores)
        {
            w.WriteLine($"{s.Label,-38} {s.Support,5} {s.Predicted,5} {EvalSets.F3(s.Precision),6} {EvalSets.F3(s.Recall),6} {EvalSets.F3(s.F1),6}");
        }

        w.WriteLine();
        w.WriteLine($"weighted F1 with \"none\" as a 26th class: {EvalSets.F3(WithNone.WeightedF1)}; snippets with no event predicted: {Rows.Count(r => r.Predicted == Case2021Adapter.None)}");
        w.WriteLine();
        w.WriteLine("confusion, mistakes only (gold → predicted: count)");
        foreach (var (g, p, n) in SubEvents.Errors())
        {
            w.WriteLine($"  {g} → {p}: {n}");
        }

        w.WriteLine();
        w.WriteLine($"first {examples} mistakes per gold type");
        foreach (var group in Rows.Where(r => r.Gold != r.Predicted).GroupBy(r => r.Gold).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var r in group.Take(examples))
            {
                w.WriteLine($"  {r.Id} {r.GoldCode} → {r.Predicted} ({r.Events} events){(r.Evidence.Length > 0 ? " on \"" + r.Evidence + "\"" : "")}");
            }
        }

        w.WriteLine();
        EvalSets.WriteHeadlines(w, Headlines);
    }

    public void WriteJson(Utf8JsonWriter w) => SetReading.WriteReport(w, Case2021Adapter.Set, Rows.Count, Skipped.Count, Headlines, w =>
    {
        w.WriteNumber("accuracy", Math.Round(SubEvents.Accuracy, 4));
        w.WriteNumber("weighted_f1", Math.Round(SubEvents.WeightedF1, 4));
        w.WriteNumber("macro_f1", Math.Round(SubEvents.MacroF1, 4));
        w.WriteNumber("weighted_f1_with_none", Math.Round(WithNone.WeightedF1, 4));
        w.WriteNumber("event_type_accuracy", Math.Round(EventTypes.Accuracy, 4));
        w.WriteStartObject("per_class");
        foreach (var s in WithNone.Scores)
        {
            w.WriteStartObject(s.Label);
            w.WriteNumber("support", s.Support);
            w.WriteNumber("predicted", s.Predicted);
            w.WriteNumber("precision", Math.Round(s.Precision, 4));
            w.WriteNumber("recall", Math.Round(s.Recall, 4));
            w.WriteNumber("f1", Math.Round(s.F1, 4));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        SetReading.WriteNumbers(w, "confusion", SubEvents.Confusion);
        SetReading.WriteRows(w, Rows, (w, r) =>
        {
            w.WriteString("id", r.Id);
            w.WriteString("gold_code", r.GoldCode);
            w.WriteString("gold", r.Gold);
            w.WriteString("predicted", r.Predicted);
            w.WriteNumber("events", r.Events);
            w.WriteString("evidence", r.Evidence);
        });
    });
}
