using Polemos.Core;
using Polemos.Events;
using Polemos.Events.Reranking;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// The sub-event model: the example model trained on CASE 2021 (not applied by default) loads and scores deterministically, the TSV form round-trips, the
/// trainer learns a separable toy problem the same way every time, and the reranker changes or drops the
/// pipeline's event only as its thresholds allow. No third-party data is needed.
/// </summary>
public sealed class RerankerTests
{
    private static readonly Lazy<LinearModel> Committed = new(() => LinearModel.Load(Path.Combine(TestData.DataRoot, "models", "examples", "subevent-case2021.tsv")));

    private const string Report = "Government warplanes bombed rebel positions near Sarmin on Tuesday, killing four fighters.";

    [Fact]
    public void The_committed_model_loads_with_the_25_ACLED_types_and_none()
    {
        var model = Committed.Value;
        Assert.Equal(SubEventTraining.Labels, model.Labels);
        Assert.Equal(26, model.Labels.Count);
        Assert.Contains(SubEventReranker.None, model.Labels);
        Assert.True(model.FeatureCount > 100, $"only {model.FeatureCount} features");
        Assert.InRange(model.Parameter("override_min", -1), 0, 1);
        Assert.InRange(model.Parameter("none_min", -1), 0, 1);
    }

    [Fact]
    public void The_committed_model_scores_deterministically_and_its_probabilities_sum_to_one()
    {
        string[] features = ["c:PROTEST", "c:TEAR_GAS", "best:Peaceful protest", "pair:PROTEST|TEAR_GAS"];
        var first = Committed.Value.Probabilities(features);
        var second = Committed.Value.Probabilities(features.Reverse());
        Assert.Equal(first, second);
        Assert.Equal(1.0, first.Sum(), 9);
    }

    [Theory]
    [InlineData("Grenade", "c:GRENADE", "trigger:GRENADE", "best:Grenade", "c:WOUND", "toll:WOUND")]
    [InlineData("Chemical weapon", "c:CHEMICAL", "lead:CHEMICAL", "c:ATTACK", "best:Attack", "trigger:ATTACK", "with:CHEMICAL")]
    [InlineData("Suicide bomb", "c:SUICIDE", "c:EXPLOSION", "c:KILL", "best:Suicide bomb", "trigger:SUICIDE", "toll:KILL")]
    [InlineData("none", "c:DISASTER", "lead:DISASTER", "best:none", "frames:0")]
    public void A_known_feature_vector_gets_its_class(string expected, params string[] features) =>
        Assert.Equal(expected, Committed.Value.Predict(features).Label);

    [Fact]
    public void The_tsv_form_round_trips()
    {
        var model = Toy();
        using var text = new StringWriter();
        model.Write(text, ["a comment"]);
        var read = LinearModel.Read(new StringReader(text.ToString()), "toy");
        Assert.Equal(model.Labels, read.Labels);
        Assert.Equal("0.7", read.Parameters["override_min"]);
        Assert.Equal(model.Probabilities(["x"]), read.Probabilities(["x"]));
        Assert.Equal(("b", read.Predict(["y"]).Probability), read.Predict(["y"]));
    }

    [Theory]
    [InlineData("x\t1\t2\n")]
    [InlineData("#labels\ta\tb\nx\t1\n")]
    [InlineData("#labels\ta\tb\nx\t1\tlots\n")]
    public void A_malformed_model_file_is_a_data_error(string text)
    {
        var e = Assert.Throws<PolemosException>(() => LinearModel.Read(new StringReader(text), "bad.tsv"));
        Assert.Equal(ErrorCode.DataInvalid, e.Code);
        Assert.StartsWith("bad.tsv:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trainer_learns_a_separable_problem_and_gives_the_same_weights_each_time()
    {
        var examples = Enumerable.Range(0, 40).Select(i => new TrainingExample(
            i % 2 == 0 ? ["red", "noise" + (i % 5)] : ["blue", "noise" + (i % 5)], i % 2 == 0 ? "a" : "b")).ToList();
        var trainer = new SoftmaxTrainer { Epochs = 20 };
        var one = trainer.Train(examples, ["a", "b"]);
        var two = trainer.Train(examples, ["a", "b"]);
        Assert.Equal("a", one.Predict(["red"]).Label);
        Assert.Equal("b", one.Predict(["blue", "noise1"]).Label);
        Assert.True(one.Predict(["red"]).Probability > 0.9);
        Assert.Equal(Written(one), Written(two));
    }

    [Fact]
    public void A_sure_model_changes_the_type_of_the_main_event_when_the_rules_type_is_unlikely()
    {
        var engine = EngineWith(Sure("Shelling/artillery/missile attack"));
        var best = Best(engine.Extract("t1", Report, new ArticleMeta { Published = new DateOnly(2021, 3, 16) }));
        Assert.NotNull(best);
        Assert.Equal("Shelling/artillery/missile attack", best.SubEventType);
        Assert.Equal(Taxonomy.Explosions, best.EventType);
    }

    [Fact]
    public void A_sure_none_drops_the_events_and_an_unsure_model_changes_nothing()
    {
        var meta = new ArticleMeta { Published = new DateOnly(2021, 3, 16) };
        const string clash = "Rebels clashed with government forces near Sarmin on Tuesday.";
        Assert.NotNull(Best(Engine.Load(TestData.DataRoot, TestData.Engine.Gazetteer, new SubEventReranker(null)).Extract("t1", clash, meta)));
        Assert.Null(Best(EngineWith(Sure(SubEventReranker.None)).Extract("t2", clash, meta)));

        // A weapon the rules saw used or a reported toll (the bombing that killed four) stays an event whatever the model says.
        Assert.NotNull(Best(EngineWith(Sure(SubEventReranker.None)).Extract("t2", Report, meta)));
        var unchanged = Best(Engine.Load(TestData.DataRoot, TestData.Engine.Gazetteer, new SubEventReranker(null)).Extract("t3", Report, meta));
        var unsure = Best(EngineWith(Sure("Shelling/artillery/missile attack", weight: 0.1f)).Extract("t3", Report, meta));
        Assert.NotNull(unsure);
        Assert.Equal(unchanged?.SubEventType, unsure.SubEventType);
    }

    [Fact]
    public void The_same_event_told_in_English_and_Italian_gives_the_same_language_independent_features()
    {
        var seen = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var engine = Engine.Load(TestData.DataRoot, TestData.Engine.Gazetteer, new SubEventReranker(null, (id, f) => seen[id] = f));
        var meta = new ArticleMeta { Published = new DateOnly(2021, 3, 16) };
        const string english = "A government air strike hit rebel positions near Sarmin on Tuesday, killing four fighters.";
        engine.Extract("en", english, meta);
        engine.Extract("it", "Un attacco aereo governativo ha colpito postazioni dei ribelli vicino a Sarmin martedì, uccidendo quattro combattenti.", meta);
        string[] shared = ["c:AIRSTRIKE", "c:KILL", "toll:KILL", "lead:AIRSTRIKE", "best:Air/drone strike", "place"];
        foreach (var language in new[] { "en", "it" })
        {
            Assert.All(shared, f => Assert.True(seen[language].Contains(f), $"{f} missing in {language}: {string.Join(' ', seen[language])}"));
        }

        var words = english.Split(' ', ',', '.').Where(w => w.Length > 3).Select(w => w.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(seen["en"], f => f.Split(':', '|').Any(part => words.Contains(part.ToLowerInvariant())));
    }

    private static LinearModel Toy() => new(["a", "b"], new Dictionary<string, float[]>(StringComparer.Ordinal)
    {
        [LinearModel.Bias] = [0.1f, -0.1f],
        ["x"] = [1.5f, -0.5f],
        ["y"] = [-1f, 2f],
    }, new Dictionary<string, string>(StringComparer.Ordinal) { ["override_min"] = "0.7" });

    /// <summary>A model that puts <paramref name="weight"/> on one label's bias, whatever the report says.</summary>
    private static LinearModel Sure(string label, float weight = 10f)
    {
        var bias = SubEventTraining.Labels.Select(l => l == label ? weight : 0f).ToArray();
        return new LinearModel(SubEventTraining.Labels, new Dictionary<string, float[]>(StringComparer.Ordinal) { [LinearModel.Bias] = bias },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["rule_max"] = "1" });
    }

    private static Engine EngineWith(LinearModel model) => Engine.Load(TestData.DataRoot, TestData.Engine.Gazetteer, new SubEventReranker(model));

    private static ExtractedRecord? Best(Document document) =>
        document.Records.Where(r => r.Kind == RecordKinds.Event).OrderByDescending(r => r.Confidence).FirstOrDefault();

    private static string Written(LinearModel model)
    {
        using var w = new StringWriter();
        model.Write(w, []);
        return w.ToString();
    }
}
