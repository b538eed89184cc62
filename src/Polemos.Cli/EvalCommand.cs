using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Evaluation;
using Polemos.Events.Evaluation.Adapters;

namespace Polemos.Cli;

/// <summary>
/// `polemos eval FILE…`: scores extraction against gold files (SPEC §5) with the reference scorer's rules, or against
/// third-party sets read as they are (CASE 2021 Task 2 TSV, ACLED CSV, GTD CSV; see Evaluation/Adapters).
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string[]>("gold") { Description = "Gold files (SPEC §5), or CASE 2021 TSV, ACLED CSV or GTD CSV files", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var worst = new Option<int>("--worst") { Description = "How many of the worst articles (or mistakes of each kind) to show", DefaultValueFactory = _ => 5 };
        var kind = new Option<string?>("--as") { Description = "What the files are: gold, case2021, acled or gtd (default: detected from extension and header)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N articles or rows" };
        var command = new Command("eval", "Score extraction against gold files or third-party sets: slot F1, per-field and per-class figures, confusion")
        {
            gold, format, worst, kind, limit,
        };
        command.SetAction(parse => Run(parse.GetValue(gold) ?? [], parse.GetValue(format) ?? "text", parse.GetValue(worst), parse.GetValue(kind), parse.GetValue(limit)));
        return command;
    }

    private static int Run(string[] paths, string format, int worst, string? declared, int? limit)
    {
        if (limit is < 1)
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--limit must be at least 1, not {limit}");
        }

        var set = EvalSets.Resolve(paths, declared);
        if (set != EvalSetKind.Gold)
        {
            var adapted = EvalSets.Run(set, Engine.Load(Engine.FindDataRoot()), paths, limit);
            if (format == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    adapted.WriteJson(w);
                }

                stdout.WriteByte((byte)'\n');
            }
            else
            {
                adapted.WriteText(Console.Out, worst);
            }

            return Cli.Ok;
        }

        var articles = new List<(JsonElement, string)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new PolemosException(ErrorCode.InputMissing, $"gold file not found: {path}");
            }

            try
            {
                articles.AddRange(Evaluator.ReadGold(path));
            }
            catch (JsonException e)
            {
                throw new PolemosException(ErrorCode.InputMalformed, $"{path} is not a gold file: {e.Message}");
            }
        }

        var report = new Evaluator(Engine.Load(Engine.FindDataRoot())).Evaluate(limit is { } n ? articles.Take(n) : articles);
        if (format == "json")
        {
            WriteJson(report);
        }
        else
        {
            WriteText(report, worst);
        }

        return Cli.Ok;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteText(EvaluationReport r, int worst)
    {
        var o = Console.Out;
        foreach (var a in r.Articles)
        {
            o.WriteLine($"{a.Id}: tp={a.Counts.TruePositives} fp={a.Counts.FalsePositives} fn={a.Counts.FalseNegatives}");
        }

        o.WriteLine();
        o.WriteLine($"{"field",-20} {"P",6} {"R",6} {"F1",6}");
        foreach (var (field, c) in r.PerField)
        {
            o.WriteLine($"{field,-20} {F(c.Precision),6} {F(c.Recall),6} {F(c.F1),6}");
        }

        o.WriteLine();
        foreach (var (lang, c) in r.PerLanguage)
        {
            o.WriteLine($"lang {lang}: P/R/F1 = {F(c.Precision)}/{F(c.Recall)}/{F(c.F1)}");
        }

        o.WriteLine();
        o.WriteLine("sub-event confusion (gold → predicted: count)");
        foreach (var (pair, n) in r.Confusion)
        {
            o.WriteLine($"  {pair}: {n}");
        }

        o.WriteLine();
        o.WriteLine($"worst {Math.Min(worst, r.Articles.Count)} articles");
        foreach (var a in r.Articles.OrderBy(a => a.Counts.F1).ThenBy(a => a.Id, StringComparer.Ordinal).Take(worst))
        {
            o.WriteLine($"  {a.Id} F1 {F(a.Counts.F1)}");
            foreach (var d in a.Details.Where(d => !d.Matched || d.Missed.Count > 0))
            {
                o.WriteLine($"    {d.Key}: {(d.Matched ? "matched" : "missed")} [{string.Join(", ", d.Missed)}]");
            }

            foreach (var p in a.Predictions.Where(p => p.Kind == RecordKinds.Event))
            {
                string ev = string.Join(" | ", p.Evidence.Where(e => e.Field == "sub_event_type").Select(e => e.Text));
                o.WriteLine($"    predicted {p.SubEventType} {p.Actor1} / {p.Actor2} @ {p.Location ?? "-"}: \"{ev}\"");
            }
        }

        o.WriteLine();
        o.WriteLine($"end-to-end slot P/R/F1 = {F(r.Total.Precision)}/{F(r.Total.Recall)}/{F(r.Total.F1)}");
    }

    private static void WriteJson(EvaluationReport r)
    {
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        SetReading.WriteCounts(w, "total", r.Total);
        foreach (var (name, dict) in new[] { ("per_field", r.PerField), ("per_language", r.PerLanguage) })
        {
            w.WriteStartObject(name);
            foreach (var (k, c) in dict)
            {
                SetReading.WriteCounts(w, k, c);
            }

            w.WriteEndObject();
        }

        SetReading.WriteNumbers(w, "confusion", r.Confusion);
        w.WriteStartArray("articles");
        foreach (var a in r.Articles)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("language", a.Language);
            SetReading.WriteCounts(w, a.Counts);
            w.WriteStartArray("misses");
            foreach (var d in a.Details.Where(d => !d.Matched || d.Missed.Count > 0))
            {
                w.WriteStringValue($"{d.Key}: {(d.Matched ? "matched" : "missed")} [{string.Join(", ", d.Missed)}]");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
