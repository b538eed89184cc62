using Polemos.Core;
using Polemos.Events;
using Polemos.Geo;
using Polemos.Text;

namespace Polemos.Recognition.Tests;

/// <summary>
/// Finds the checkout's data folder by walking up from the test binaries, and loads the expensive things (the engine,
/// the language catalog) once per test run.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    // The committed gazetteer subset, never the world pack: results must not depend on ./setup.sh having run.
    private static readonly Lazy<Engine> LazyEngine = new(() => Engine.Load(Root, GazetteerPack.OpenSubset(Path.Combine(Root, "gazetteer"))));
    private static readonly Lazy<LanguageCatalog> LazyCatalog = new(() => LanguageCatalog.Load(Path.Combine(Root, "lang")));

    /// <summary>The data folder: the nearest directory above the test binaries that holds data/lang.</summary>
    public static string Root => LazyRoot.Value;

    public static Engine Engine => LazyEngine.Value;

    public static LanguageCatalog Catalog => LazyCatalog.Value;

    /// <summary>Thursday 24 January 2019: every relative date in these tests resolves against it.</summary>
    public static DateOnly Published { get; } = new(2019, 1, 24);

    public static Document Extract(string text, string? language = null) =>
        Engine.Extract("test", text, new ArticleMeta { Published = Published, DeclaredLanguage = language });

    /// <summary>Normalises, sets the language and tokenises, without running the rest of the pipeline.</summary>
    public static Document Tokenise(string text, string language)
    {
        var document = new Document("test", Normaliser.Normalise(text), new ArticleMeta()) { Language = language };
        new Tokeniser(Catalog).Tokenise(document);
        return document;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "lang")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no data/lang folder above {AppContext.BaseDirectory}");
    }
}
