using System.Globalization;
using Polemos.Store;

namespace Polemos.Cli.Store;

/// <summary>An event's merge explanation as text for a person (<c>polemos events --id X --why</c>).</summary>
public static class MergeExplanationText
{
    public static void Write(TextWriter output, MergeExplanation explanation)
    {
        output.WriteLine($"event {explanation.EventId}: {explanation.Decisions.Count} report(s)");
        foreach (var d in explanation.Decisions)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- report {d.ReportId} (article {d.ArticleId}): {d.Decision}, score {d.Score:0.00}, {d.At:yyyy-MM-dd HH:mm:ss}Z"));
            foreach (string check in d.Checks)
            {
                output.WriteLine("    " + check);
            }
        }

        output.WriteLine(explanation.TollRule ?? "tolls: no rule recorded");
    }
}
