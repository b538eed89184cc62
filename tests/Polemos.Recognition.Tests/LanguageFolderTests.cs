using System.Text;
using Polemos.Core;
using Polemos.Text;

namespace Polemos.Recognition.Tests;

/// <summary>Every folder under data/lang has the same parts, loads, and extracts its own example sentences.</summary>
public class LanguageFolderTests
{
    private const double RequiredExampleShare = 0.70;

    public static TheoryData<string> Languages() => new(Codes());

    private static IEnumerable<string> Codes() =>
        Directory.GetDirectories(Path.Combine(TestData.Root, "lang")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static LanguageData Load(string code) => LanguageData.Load(Path.Combine(TestData.Root, "lang", code));

    [Fact]
    public void There_are_language_folders()
    {
        // Given the data folder, When its language folders are listed, Then Italian and English are among them
        var codes = Codes().ToList();
        Assert.Contains("it", codes);
        Assert.Contains("en", codes);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Language_folder_loads_with_non_empty_resources(string code)
    {
        // Given a language folder
        // When it is loaded
        var data = Load(code);

        // Then every resource file has content
        Assert.Equal(code, data.Code);
        Assert.NotEmpty(data.StopWords);
        Assert.NotEmpty(data.Numbers.Rows);
        Assert.NotEmpty(data.Concepts.Rows);
        Assert.NotEmpty(data.Places.Rows);
        Assert.NotEmpty(data.Actors.Rows);
        Assert.NotEmpty(data.Demonyms.Rows);
        Assert.NotEmpty(data.Examples.Rows);
        Assert.False(string.IsNullOrEmpty(data.Name), $"{code}/meta.tsv has no name");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_concept_a_language_uses_is_known(string code)
    {
        // Given a language's concepts.tsv
        var data = Load(code);

        // When its concept column is checked against the shared concept list
        var unknown = data.Concepts.Rows
            .Where(row => !Concepts.All.Contains(TsvTable.Cell(row, 1)))
            .Select(row => $"{TsvTable.Cell(row, 0)} → '{TsvTable.Cell(row, 1)}'")
            .ToList();

        // Then none is unknown, and the language pack (which rejects unknown concepts) builds
        Assert.True(unknown.Count == 0, $"{code}/concepts.tsv uses unknown concepts:\n{string.Join('\n', unknown)}");
        var pack = new LanguagePack(data);
        Assert.True(pack.Concepts.Count > 0);
        Assert.True(pack.Numbers.Count > 0);
    }

    [Fact]
    public void Language_pack_rejects_an_unknown_concept()
    {
        // Given a language folder whose concepts.tsv names a concept that does not exist
        string dir = Path.Combine(Path.GetTempPath(), "polemos-lang-" + Guid.NewGuid().ToString("N"), "xx");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "stopwords.txt"), "the\n");
            File.WriteAllText(Path.Combine(dir, "concepts.tsv"), "phrase\tconcept\tform\nblorp\tNOT_A_CONCEPT\tpast\n");
            var data = LanguageData.Load(dir);

            // When its pack is built
            var error = Assert.Throws<PolemosException>(() => new LanguagePack(data));

            // Then the error names the file and the concept
            Assert.Contains("NOT_A_CONCEPT", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Example_sentences_name_known_sub_event_types(string code)
    {
        // Given a language's examples.tsv
        var data = Load(code);

        // When the expected types are looked up in the taxonomy
        var unknown = data.Examples.Rows
            .Select(row => TsvTable.Cell(row, 1))
            .Where(t => !string.Equals(t, "none", StringComparison.Ordinal) && Expected(t) is null)
            .ToList();

        // Then each is a sub-event type (or "none")
        Assert.True(unknown.Count == 0, $"{code}/examples.tsv names unknown types: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Negative_example_sentences_yield_no_event(string code)
    {
        // Given the sentences of a language's examples.tsv that must yield nothing
        var data = Load(code);
        var negatives = data.Examples.Rows.Where(row => TsvTable.Cell(row, 1) == "none").ToList();

        // When the engine extracts each
        var wrong = new List<string>();
        foreach (var row in negatives)
        {
            var document = TestData.Extract(row[0], code);
            var events = document.Records.Where(r => r.Kind == RecordKinds.Event).ToList();
            if (events.Count > 0)
            {
                wrong.Add($"  {row[0]}\n    → {string.Join("; ", events.Select(e => e.SubEventType))}");
            }
        }

        // Then none yields an event record
        Assert.True(wrong.Count == 0, $"{code}: {wrong.Count} of {negatives.Count} 'none' examples yield events:\n{string.Join('\n', wrong)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Most_example_sentences_yield_their_sub_event_type(string code)
    {
        // Given the sentences of a language's examples.tsv that must yield an event
        var data = Load(code);
        var positives = data.Examples.Rows.Where(row => TsvTable.Cell(row, 1) is { Length: > 0 } t && t != "none").ToList();
        Assert.NotEmpty(positives);

        // When the engine extracts each
        var misses = new StringBuilder();
        int hits = 0;
        foreach (var row in positives)
        {
            var expected = Expected(row[1]);
            var document = TestData.Extract(row[0], code);
            var got = document.Records.Where(r => r.Kind == RecordKinds.Event).Select(r => r.SubEventType).ToList();
            if (expected is not null && got.Contains(expected.Name, StringComparer.Ordinal))
            {
                hits++;
            }
            else
            {
                misses.Append("  [").Append(row[1]).Append("] ").Append(row[0]).Append('\n')
                    .Append("    → ").Append(got.Count == 0 ? "(no event)" : string.Join("; ", got)).Append('\n');
            }
        }

        // Then at least 70% yield an event of the expected sub-event type
        double share = (double)hits / positives.Count;
        Assert.True(share >= RequiredExampleShare,
            $"{code}: {hits} of {positives.Count} examples ({share:P0}) yield their type; need {RequiredExampleShare:P0}. Misses:\n{misses}");
    }

    private static SubEventType? Expected(string type) => Taxonomy.FindByName(type) ?? Taxonomy.FindByCaseCode(type);
}
