using Polemos.Core;
using Polemos.Events.Reranking;
using Polemos.Geo;
using Polemos.Recognition;
using Polemos.Text;

namespace Polemos.Events;

/// <summary>
/// The one place where the extraction pipeline is put together: data is loaded here (and only here) and
/// handed to the stages, whose order the <see cref="Pipeline"/> checks before any text runs.
/// </summary>
public sealed class Engine
{
    private Engine(Pipeline pipeline, LanguageCatalog languages, IGazetteer gazetteer, ActorRegistry actors)
    {
        Pipeline = pipeline;
        Languages = languages;
        Gazetteer = gazetteer;
        Actors = actors;
    }

    public Pipeline Pipeline { get; }

    public LanguageCatalog Languages { get; }

    public IGazetteer Gazetteer { get; }

    public ActorRegistry Actors { get; }

    /// <summary>
    /// Builds the engine from a data folder holding lang/, actors/, gazetteer/, taxonomy/ and models/; a
    /// <paramref name="reranker"/> replaces the committed sub-event model (training and cross-validation).
    /// </summary>
    public static Engine Load(string dataRoot, IGazetteer? gazetteer = null, SubEventReranker? reranker = null)
    {
        if (!Directory.Exists(dataRoot))
        {
            throw new PolemosException(ErrorCode.DataMissing, $"data folder not found: {dataRoot} (set POLEMOS_DATA or run ./setup.sh)");
        }

        // The gazetteer is the largest resource: it loads in the background while the rest is set up.
        string gazetteerDir = Path.Combine(dataRoot, "gazetteer");
        if (gazetteer is null && !Directory.Exists(gazetteerDir))
        {
            throw new PolemosException(ErrorCode.DataMissing, $"gazetteer folder not found: {gazetteerDir}");
        }

        // The world pack when ./setup.sh built one; POLEMOS_GAZETTEER=subset pins the committed subset (tests).
        bool preferWorld = !string.Equals(Environment.GetEnvironmentVariable("POLEMOS_GAZETTEER"), "subset", StringComparison.Ordinal);
        gazetteer ??= new BackgroundGazetteer(() => GazetteerPack.Open(gazetteerDir, preferWorld));
        var languages = LanguageCatalog.Load(Path.Combine(dataRoot, "lang"));
        var packs = new LanguagePacks(languages);
        var actors = ActorRegistry.Load(Path.Combine(dataRoot, "actors"));
        var units = LoadUnits(Path.Combine(dataRoot, "taxonomy", "units.tsv"));
        var stages = new IStage[]
        {
            new NormaliseStage(),
            new LanguageStage(new LanguageIdentifier(languages)),
            new TokeniseStage(new Tokeniser(languages)),
            new DateStage(packs),
            new QuantityStage(packs, units),
            new ConceptStage(packs),
            new ActorStage(packs, actors),
            new PlaceStage(packs, gazetteer),
            new GeocodeStage(gazetteer),
            new EventStage(actors, gazetteer, packs, reranker ?? SubEventReranker.Load(dataRoot)),
        };
        return new Engine(new Pipeline(stages), languages, gazetteer, actors);
    }

    /// <summary>Runs the whole pipeline over one article.</summary>
    public Document Extract(string id, string text, ArticleMeta meta, Action<string, long>? timing = null) =>
        Pipeline.Run(new Document(id, text, meta), timing);

    /// <summary>
    /// Finds the data folder: $POLEMOS_DATA, else data/ beside the program, else the nearest data/ above the
    /// working directory (a source checkout).
    /// </summary>
    public static string FindDataRoot()
    {
        string? env = Environment.GetEnvironmentVariable("POLEMOS_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        string beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(Path.Combine(beside, "lang")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "lang")))
            {
                return candidate;
            }
        }

        return beside;
    }

    private static Dictionary<string, string> LoadUnits(string path)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(path).Rows)
        {
            if (row.Length >= 2)
            {
                units.TryAdd(TextFold.Fold(row[0]), row[1]);
            }
        }

        return units;
    }
}
