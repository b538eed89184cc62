using System.CommandLine;
using System.Globalization;
using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Evaluation.Adapters;
using Polemos.Events.Reranking;
using Polemos.Geo;

namespace Polemos.Cli;

/// <summary>
/// `polemos train CASE.tsv [--extra ACLED.csv…]`: cross-validates the sub-event model on the CASE 2021 snippets
/// through the real pipeline, prints per-fold and mean figures beside the rules alone, then fits the model to
/// all the data and writes it (data/models/subevent.tsv unless --out says otherwise; --dry-run writes nothing).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var cases = new Argument<string[]>("case") { Description = "CASE 2021 Task 2 TSV files (id, EventSnippet, SubType)", Arity = ArgumentArity.OneOrMore };
        var extra = new Option<string[]>("--extra") { Description = "ACLED CSV files with notes and sub_event_type, added to every fold's training data", AllowMultipleArgumentsPerToken = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: data/models/subevent.tsv under the working directory)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Cross-validate only; write no model" };
        var command = new Command("train", "Cross-validate and train the sub-event model (a linear classifier over language-independent features)")
        {
            cases, extra, folds, output, dryRun,
        };
        command.SetAction(parse => Run(parse.GetValue(cases) ?? [], parse.GetValue(extra) ?? [], parse.GetValue(folds), parse.GetValue(output), parse.GetValue(dryRun)));
        return command;
    }

    private static int Run(string[] casePaths, string[] extraPaths, int folds, string? output, bool dryRun)
    {
        if (folds < 2)
        {
            throw new PolemosException(ErrorCode.BadArgument, $"--folds must be at least 2, not {folds}");
        }

        foreach (var path in casePaths.Concat(extraPaths).Where(p => !File.Exists(p)))
        {
            throw new PolemosException(ErrorCode.InputMissing, $"file not found: {path}");
        }

        string dataRoot = Engine.FindDataRoot();
        var gazetteer = GazetteerPack.Open(Path.Combine(dataRoot, "gazetteer"));
        var options = new TrainingOptions { Folds = folds };
        var training = new SubEventTraining(dataRoot, gazetteer, options);
        var (snippets, skipped) = Case2021Adapter.Read(casePaths);
        var (rules, caseExamples) = training.CaseExamples(snippets);
        var extra = training.ExtraExamples(extraPaths);
        Console.WriteLine($"{snippets.Count} CASE snippets ({skipped.Count} skipped), {extra.Count} extra examples; {folds}-fold cross-validation through the pipeline");
        var results = training.CrossValidate(snippets, rules, caseExamples, extra);
        Console.WriteLine($"{"fold",-6} {"n",4}  {"rules wF1",9} {"acc",6} {"mF1",6}  {"pipeline wF1",12} {"acc",6} {"mF1",6}  {"model alone wF1",15} {"acc",6} {"mF1",6}");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Fold,-6} {r.Reranked.Rows.Count,4}  {Figures(r.Rules, 9)}  {Figures(r.Reranked, 12)}  {Figures(r.ModelAlone, 15)}");
        }

        Console.WriteLine($"{"mean",-6} {snippets.Count,4}  {Mean(results, r => r.Rules, 9)}  {Mean(results, r => r.Reranked, 12)}  {Mean(results, r => r.ModelAlone, 15)}");
        var model = training.Fit([.. caseExamples, .. extra]);
        Console.WriteLine($"model on all data: {model.FeatureCount} features, {model.Labels.Count} labels");
        if (!dryRun)
        {
            string path = output ?? Path.Combine("data", SubEventReranker.ModelPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var writer = new StreamWriter(path);
            model.Write(writer,
            [
                "Sub-event model for SubEventReranker (src/Polemos.Events/Reranking): softmax weights, one line per feature.",
                "Features are concept, actor-category and rule-output names only (no words of any language).",
                $"Trained from the features and labels of {snippets.Count} CASE 2021 Task 2 snippets" + (extra.Count > 0 ? $" and {extra.Count} ACLED notes." : "."),
                "Retrain (from the repository root): ./polemos train " + string.Join(' ', casePaths.Concat(extraPaths.Length > 0 ? ["--extra", .. extraPaths] : [])),
            ]);
            Console.WriteLine($"wrote {path}");
        }

        return Cli.Ok;
    }

    private static string Figures(CaseReport r, int width) =>
        $"{F(r.SubEvents.WeightedF1).PadLeft(width)} {F(r.SubEvents.Accuracy),6} {F(r.SubEvents.MacroF1),6}";

    private static string Mean(List<FoldResult> results, Func<FoldResult, CaseReport> pick, int width) =>
        $"{F(results.Average(r => pick(r).SubEvents.WeightedF1)).PadLeft(width)} {F(results.Average(r => pick(r).SubEvents.Accuracy)),6} {F(results.Average(r => pick(r).SubEvents.MacroF1)),6}";

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
