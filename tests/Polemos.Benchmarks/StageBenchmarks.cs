using BenchmarkDotNet.Attributes;
using Polemos.Cli.Output;
using Polemos.Core;
using Polemos.Events;
using Polemos.Geo;
using Polemos.Recognition;
using Polemos.Text;

namespace Polemos.Benchmarks;

/// <summary>Tokenising and phrase matching over a 5 KB Italian text made of the team's golden case inputs.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private LanguageCatalog _catalog = null!;
    private Tokeniser _tokeniser = null!;
    private PhraseMatcher<ConceptWord> _concepts = null!;
    private string _text = "";
    private IReadOnlyList<Token> _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalog = LanguageCatalog.Load(Path.Combine(BenchData.DataRoot, "lang"));
        _tokeniser = new Tokeniser(_catalog);
        _concepts = new LanguagePacks(_catalog).For("it").Concepts;
        _text = Normaliser.Normalise(BenchData.TextOfSize("it", 5 * 1024));
        _tokens = Tokenise5KbItalian();
    }

    /// <summary>Sentences and tokens of 5 KB of Italian news text.</summary>
    [Benchmark]
    public IReadOnlyList<Token> Tokenise5KbItalian()
    {
        var document = new Document("bench", _text, new ArticleMeta()) { Language = "it" };
        _tokeniser.Tokenise(document);
        return document.Tokens;
    }

    /// <summary>The Italian concept lexicon (event words: uccisi, raid aereo, …) scanned over the same tokens.</summary>
    [Benchmark]
    public int PhraseMatcherConcepts5KbItalian() => _concepts.Scan(_tokens, 0, _tokens.Count).Count;
}

/// <summary>Gazetteer look-ups of 100 names (90 known places, 10 unknown words).</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private TsvGazetteer _gazetteer = null!;
    private string[] _names = [];
    private string[] _keys = [];

    [GlobalSetup]
    public void Setup()
    {
        string dir = Path.Combine(BenchData.DataRoot, "gazetteer");
        _gazetteer = TsvGazetteer.Load(dir);
        var places = TsvTable.Read(Path.Combine(dir, "places.tsv"));
        int name = places.Column("name");
        var known = places.Rows.Select(r => TsvTable.Cell(r, name)).Where(n => n.Length > 0).Where((_, i) => i % 37 == 0).Take(90);
        var unknown = Enumerable.Range(0, 10).Select(i => $"Nowhereville {i}");
        _names = [.. known, .. unknown];
        _keys = _names.Select(NameKey.Of).ToArray();
    }

    /// <summary>TsvGazetteer.Lookup of 100 folded keys.</summary>
    [Benchmark]
    public int Lookup100Keys()
    {
        int found = 0;
        foreach (var key in _keys)
        {
            found += _gazetteer.Lookup(key).Count;
        }

        return found;
    }

    /// <summary>The same 100 names folded (NameKey.Of) and looked up, as the place stage does.</summary>
    [Benchmark]
    public int FoldAndLookup100Names()
    {
        int found = 0;
        foreach (var name in _names)
        {
            found += _gazetteer.Lookup(NameKey.Of(name)).Count;
        }

        return found;
    }
}

/// <summary>The whole pipeline over one article, and JSON-lines output of records.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Engine _engine = null!;
    private string _article = "";
    private string _text5Kb = "";
    private readonly List<ExtractedRecord> _records = [];
    private readonly ArticleMeta _meta = new() { Published = new DateOnly(2021, 3, 15), DeclaredLanguage = "it" };

    [GlobalSetup]
    public void Setup()
    {
        _engine = Engine.Load(BenchData.DataRoot);
        _article = BenchData.Case("it", "kamikaze-mogadiscio");
        _text5Kb = BenchData.TextOfSize("it", 5 * 1024);

        // Records of every golden case (both languages), for the serialisation benchmark.
        int i = 0;
        foreach (var lang in new[] { "en", "it" })
        {
            foreach (var text in BenchData.CaseTexts(lang))
            {
                _records.AddRange(_engine.Extract($"case-{i++}", text, _meta with { DeclaredLanguage = lang }).Records);
            }
        }
    }

    /// <summary>Engine.Extract of one 1 KB Italian golden case article (all stages, gazetteer loaded).</summary>
    [Benchmark]
    public int ExtractOneArticle() => _engine.Extract("bench", _article, _meta).Records.Count;

    /// <summary>Engine.Extract of 5 KB of Italian text (the golden case inputs joined).</summary>
    [Benchmark]
    public int Extract5KbItalian() => _engine.Extract("bench-5kb", _text5Kb, _meta).Records.Count;

    /// <summary>Every golden case's records written by RecordJson through JsonLinesOutput to Stream.Null.</summary>
    [Benchmark]
    public int JsonLinesRecords()
    {
        using var output = new JsonLinesOutput(Stream.Null);
        foreach (var r in _records)
        {
            output.Write(r);
        }

        output.Complete();
        return _records.Count;
    }
}

/// <summary>
/// Loading the world gazetteer (data/gazetteer/world.pack, built by ./setup.sh) and the first look-ups: what every
/// new process pays before its first place. Allocated bytes are the resident cost of the pack (one array of its size
/// plus the entries decoded so far). Without the pack the benchmark loads the committed subset and says so.
/// </summary>
[MemoryDiagnoser]
public class WorldGazetteerBenchmarks
{
    private static readonly string[] Names = ["Deir ez-Zor", "دير الزور", "Дейр-эз-Зор", "Idleb", "Mossoul", "Al-Baghuz Fawqani", "Raqqa", "Aleppo", "Sanaa", "Kyiv"];

    private string _dir = "";

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(BenchData.DataRoot, "gazetteer");
        if (!File.Exists(Path.Combine(_dir, GazetteerPack.WorldFileName)))
        {
            Console.Error.WriteLine($"note: no {GazetteerPack.WorldFileName} in {_dir} (run ./setup.sh --build); the committed subset is loaded instead");
        }
    }

    /// <summary>Open the gazetteer (pack read, content hash checked) and look up ten names in four scripts.</summary>
    [Benchmark]
    public int LoadWorldGazetteerAndLookUpTenNames()
    {
        var gazetteer = GazetteerPack.Open(_dir);
        int found = 0;
        foreach (string name in Names)
        {
            found += gazetteer.Lookup(NameKey.Of(name)).Count;
        }

        return found;
    }
}
