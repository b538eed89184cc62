using FsCheck;
using FsCheck.Fluent;
using Polemos.Core;
using Xunit;

namespace Polemos.Golden;

/// <summary>Every evidence span's text equals the normalised article text at its offsets, for generated and real inputs.</summary>
public sealed class EvidenceProperties
{
    private static readonly string[] Vocabulary =
    [
        "Ieri", "ieri", "sono stati uccisi", "otto", "31", "miliziani", "dell'Isis", "l’esercito siriano", "a nord di", "Aleppo",
        "Deir Ezzor", "raid aerei", "della Coalizione", "Daesh", "SDF", "ha perso", "il villaggio di", "Hajin", "verso", "Idlib",
        "at least 15", "people were killed", "in", "Mosul", "on Monday", "by", "Islamic State", "militants", "airstrike",
        "protesters", "police", "tear gas", "dozens", "una decina", "sembra", "reportedly", ",", ".", "\n", "\n\n", "  ",
        "é", "e\u0301", "\u200B", "\t", "«", "»", "—", "2019-01-12", "poche centinaia", "chilometri", "Siria", "Syria",
    ];

    private static void AssertSpansQuoteText(string text)
    {
        var doc = TestData.Engine.Extract("prop", text, new ArticleMeta { Published = new DateOnly(2019, 1, 24) });
        foreach (var r in doc.Records)
        {
            foreach (var e in r.Evidence)
            {
                Assert.InRange(e.Start, 0, doc.Text.Length);
                Assert.InRange(e.End, e.Start, doc.Text.Length);
                Assert.Equal(doc.Text[e.Start..e.End], e.Text);
            }
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Spans_quote_generated_reports()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Vocabulary)).Select(words => string.Join(" ", words));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            AssertSpansQuoteText(text);
            return true;
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Spans_quote_arbitrary_strings(string? text)
    {
        AssertSpansQuoteText(text ?? "");
        return true;
    }

    [Fact]
    public void Spans_quote_every_golden_case_and_the_seed()
    {
        var inputs = Directory.GetFiles(TestData.CasesRoot, "input.txt", SearchOption.AllDirectories).ToList();
        string seed = Path.Combine(TestData.SharedRoot, "fixtures", "seed", "deir-ezzor-2019.it.txt");
        if (File.Exists(seed))
        {
            inputs.Add(seed);
        }

        Assert.NotEmpty(inputs);
        foreach (var path in inputs)
        {
            AssertSpansQuoteText(File.ReadAllText(path));
        }
    }
}
