using System.Globalization;
using Polemos.Ingest;
using Polemos.Store;

namespace Polemos.Cli.Store;

/// <summary>What an ingest run did, counted as it goes, and the summary printed at its end.</summary>
public sealed class IngestSummary
{
    public int Articles { get; private set; }

    public int Duplicates { get; private set; }

    public int EventsNew { get; private set; }

    public int EventsMerged { get; private set; }

    public int EventsUpdated { get; private set; }

    public int Queued { get; private set; }

    public List<string> Errors { get; } = [];

    public void Add(IngestOutcome outcome)
    {
        if (outcome.Duplicate)
        {
            Duplicates++;
            return;
        }

        Articles++;
        EventsNew += outcome.EventsNew;
        EventsMerged += outcome.EventsMerged;
        EventsUpdated += outcome.EventsUpdated;
    }

    public void AddDuplicate() => Duplicates++;

    public void AddQueued() => Queued++;

    public void AddError(string line) => Errors.Add(line);

    public void AddProblem(InputProblem problem) => Errors.Add(problem.OneLine);

    public void Write(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(Queued > 0
            ? string.Create(c, $"articles: {Queued} queued, {Duplicates} already stored")
            : string.Create(c, $"articles: {Articles} new, {Duplicates} already stored"));
        if (Queued == 0)
        {
            output.WriteLine(string.Create(c, $"events: {EventsNew} new, {EventsMerged} merged, {EventsUpdated} updated"));
        }

        output.WriteLine(string.Create(c, $"errors: {Errors.Count}"));
        foreach (string error in Errors)
        {
            output.WriteLine("  " + error);
        }
    }
}
