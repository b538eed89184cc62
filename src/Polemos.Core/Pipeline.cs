namespace Polemos.Core;

/// <summary>Names of the document layers stages require and add.</summary>
public static class Layers
{
    public const string Text = "text";
    public const string Language = "language";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Quantities = "quantities";
    public const string Dates = "dates";
    public const string Concepts = "concepts";
    public const string Actors = "actors";
    public const string Places = "places";
    public const string Geocoded = "geocoded";
    public const string Context = "context";
    public const string Events = "events";
}

/// <summary>
/// A pipeline stage: one job, a name, the layers it needs and the layers it adds. A stage reads no clock,
/// environment or file by itself; what it needs is given to its constructor.
/// </summary>
public interface IStage
{
    string Name { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Provides { get; }

    void Run(Document document);
}

/// <summary>An ordered list of stages whose order is checked before any text runs.</summary>
public sealed class Pipeline
{
    private readonly IReadOnlyList<IStage> _stages;

    public Pipeline(IReadOnlyList<IStage> stages)
    {
        var available = new HashSet<string>(StringComparer.Ordinal) { Layers.Text };
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage provides");
            }

            available.UnionWith(stage.Provides);
        }

        _stages = stages;
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Runs every stage in order; <paramref name="timing"/> receives each stage's elapsed ticks when given.</summary>
    public Document Run(Document document, Action<string, long>? timing = null)
    {
        document.AddLayer(Layers.Text);
        foreach (var stage in _stages)
        {
            long start = timing is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            stage.Run(document);
            foreach (var layer in stage.Provides)
            {
                document.AddLayer(layer);
            }

            timing?.Invoke(stage.Name, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        }

        return document;
    }
}

/// <summary>Document-level facts the event stage reasons with.</summary>
public sealed class DocumentContext
{
    /// <summary>The report's main country (ISO2), from its places, demonyms and country names.</summary>
    public string? CountryCode { get; set; }

    /// <summary>Where the country decision came from (a span of text), for evidence.</summary>
    public TextSpan? CountryEvidence { get; set; }

    /// <summary>Named actors by how often the report mentions them, most frequent first.</summary>
    public List<string> DominantActors { get; } = [];
}
