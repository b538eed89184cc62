using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Polemos.Cli.Output;
using Polemos.Events.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace Polemos.Golden;

/// <summary>
/// `polemos eval` (the C# port of the scorer) agrees with the reference scorer, ../shared/tools/score.py, on the same
/// engine output: the seed (third-party text read at test time, never copied here) and the team's golden cases.
/// Skipped with a stated reason when ../shared or python3 is absent.
/// </summary>
public sealed partial class EvalAgreementTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-eval-").FullName;
    private readonly ITestOutputHelper _output;

    public EvalAgreementTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ScorePy => Path.Combine(TestData.SharedRoot, "tools", "score.py");

    private static string SeedGold => Path.Combine(TestData.SharedRoot, "fixtures", "seed", "deir-ezzor-2019.gold.json");

    [SkippableFact]
    public void Eval_agrees_with_the_reference_scorer_on_the_seed()
    {
        Skip.IfNot(File.Exists(SeedGold) && File.Exists(ScorePy), $"the seed or the reference scorer is not under {TestData.SharedRoot} (../shared is not beside the repository)");
        SkipWithoutPython();

        // Given the seed scored by the Evaluator (the engine behind `polemos eval`)
        var report = new Evaluator(TestData.Engine).Evaluate(Evaluator.ReadGold(SeedGold));
        var article = Assert.Single(report.Articles);

        // When the same records are written as JSON lines and scored by score.py
        var (perArticle, total) = ScoreWithPython(SeedGold, report);

        // Then the counts and the end-to-end P/R/F1 are the same to 3 decimals
        Assert.Equal(Counts(article.Counts), perArticle[article.Id]);
        AssertSameFigures(report.Total, total);
    }

    [SkippableFact]
    public void Eval_agrees_with_the_reference_scorer_on_every_golden_case()
    {
        Skip.IfNot(File.Exists(ScorePy), $"the reference scorer is not at {ScorePy} (../shared is not beside the repository)");
        SkipWithoutPython();

        var golds = Directory.GetFiles(TestData.CasesRoot, "gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(golds);
        foreach (var gold in golds)
        {
            // Given one case scored by the Evaluator, when score.py scores the same records, then both agree
            var report = new Evaluator(TestData.Engine).Evaluate(Evaluator.ReadGold(gold));
            var (perArticle, total) = ScoreWithPython(gold, report);
            foreach (var a in report.Articles)
            {
                Assert.True(perArticle.TryGetValue(a.Id, out var counts), $"score.py printed no line for {a.Id}");
                Assert.Equal((a.Id, Counts(a.Counts)), (a.Id, counts));
            }

            AssertSameFigures(report.Total, total);
        }
    }

    private static string Counts(SlotCounts c) => $"tp={c.TruePositives} fp={c.FalsePositives} fn={c.FalseNegatives}";

    /// <summary>score.py's "p/r/f" against the figures derived from the Evaluator's tp/fp/fn, to 3 decimals.</summary>
    private static void AssertSameFigures(SlotCounts c, string pythonFigures)
    {
        var parts = pythonFigures.Split('/').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(c.Precision, parts[0], 3);
        Assert.Equal(c.Recall, parts[1], 3);
        Assert.Equal(c.F1, parts[2], 3);
    }

    /// <summary>Writes each article's records with the CLI's JSON-lines writer as &lt;id&gt;.jsonl and runs score.py.</summary>
    private (Dictionary<string, string> PerArticle, string Total) ScoreWithPython(string gold, EvaluationReport report)
    {
        string predDir = Path.Combine(_dir, "pred-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(predDir);
        foreach (var a in report.Articles)
        {
            using var file = File.Create(Path.Combine(predDir, a.Id + ".jsonl"));
            using var output = new JsonLinesOutput(file);
            foreach (var r in a.Predictions)
            {
                output.Write(r);
            }

            output.Complete();
        }

        var (code, stdout, stderr) = Run("python3", ScorePy, gold, predDir);
        _output.WriteLine(stdout);
        Assert.True(code == 0, $"score.py failed ({code}): {stderr}");
        var perArticle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in ArticleLine().Matches(stdout))
        {
            perArticle[m.Groups["id"].Value] = m.Groups["counts"].Value;
        }

        var total = TotalLine().Match(stdout);
        Assert.True(total.Success, "score.py printed no 'end-to-end slot P/R/F1 = p/r/f' line");
        return (perArticle, total.Groups["prf"].Value);
    }

    private static void SkipWithoutPython()
    {
        bool present;
        try
        {
            present = Run("python3", "--version").Code == 0;
        }
        catch (Win32Exception)
        {
            present = false;
        }

        Skip.IfNot(present, "python3 is not on PATH: the reference scorer cannot run");
    }

    private static (int Code, string Out, string Err) Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), $"{exe} did not finish within 60 s");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [GeneratedRegex(@"^(?<id>\S+): (?<counts>tp=\d+ fp=\d+ fn=\d+) ", RegexOptions.Multiline)]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^end-to-end slot P/R/F1 = (?<prf>\d\.\d{3}/\d\.\d{3}/\d\.\d{3})\s*$", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
