using System.Text;
using System.Text.Json;
using Polemos.Core;
using Polemos.Events.Evaluation.Adapters;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// The `polemos eval` adapters for third-party sets, on tiny files the test writes itself (rows invented by the
/// team in the sets' formats; no third-party text).
/// </summary>
public sealed class AdapterTests : IDisposable
{
    private const string AcledHeader =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1," +
        "actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source," +
        "source_scale,notes,fatalities,timestamp,iso3";

    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-adapters-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string CaseFile() => Write("case.tsv",
        "id\tEventSnippet\tSubType\n" +
        "1\tArmy helicopters bombed rebel positions near Sarmin on Tuesday, killing four fighters.\tAIR_STRIKE\n" +
        "2\t\"Hundreds of students marched through Turin on Friday, chanting \"\"lower the fees\"\", and the march ended peacefully.\"\tPEACE_PROTEST\n" +
        "3\tHeavy rains caused floods that destroyed dozens of homes in the valley.\tNATURAL_DISASTER\n");

    private string AcledFile() => Write("acled.csv",
        AcledHeader + "\n" +
        "1,760,SYR1,1,5-May-20,2020,1,Battles,Armed clash,Military Forces of Syria (2000-),,1,Islamic State (Iraq and Syria),,2,12,Middle East,Syria," +
        "Deir-ez-Zor,Al Mayadin,,Al Mayadin,35.0167,40.4500,1,Invented,National,\"On 5 May 2020, Syrian army forces clashed with IS fighters near " +
        "Al Mayadin, Deir-ez-Zor. Three soldiers were killed.\",3,0,SYR\n" +
        "2,368,IRQ1,1,6-May-20,2020,1,Protests,Peaceful protest,Protesters (Iraq),,6,,,0,60,Middle East,Iraq,Basrah,Basrah,,Basrah,30.5085,47.7804," +
        "1,Invented,National,\"On 6 May 2020, dozens of residents protested in Basrah city against power cuts. [size=dozens]\",0,0,IRQ\n");

    [Fact]
    public void Files_are_recognised_by_extension_and_header()
    {
        string gtd = Write("gtd.csv", "date,year,state,city,latitude,longitude,group_name,killed,summary\n");
        Assert.Equal(EvalSetKind.Case2021, EvalSets.Detect(CaseFile()));
        Assert.Equal(EvalSetKind.Acled, EvalSets.Detect(AcledFile()));
        Assert.Equal(EvalSetKind.Gtd, EvalSets.Detect(gtd));
        Assert.Equal(EvalSetKind.Gold, EvalSets.Detect(Write("g.json", "{}")));
        var e = Assert.Throws<PolemosException>(() => EvalSets.Resolve([CaseFile(), AcledFile()], null));
        Assert.Equal(ErrorCode.BadArgument, e.Code);
    }

    [Fact]
    public void Quoted_fields_keep_doubled_quotes_delimiters_and_line_breaks()
    {
        var t = DelimitedTable.Parse("x.csv", "a,b\n\"one, \"\"two\"\"\nthree\",4\r\n5,6", ',');
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal("one, \"two\"\nthree", t.Cell(t.Rows[0], "a"));
        Assert.Equal("6", t.Cell(t.Rows[1], "B"));
    }

    [Fact]
    public void Case_rows_map_codes_to_acled_names_and_unseen_types_to_none()
    {
        // Given three snippets, one of an unseen type
        var report = Case2021Adapter.Run(TestData.Engine, [CaseFile()]);

        // Then the gold labels are ACLED names or "none", the quoted snippet is read whole, and the figures are shares
        Assert.Equal(["Air/drone strike", "Peaceful protest", "none"], report.Rows.Select(r => r.Gold).ToArray());
        Assert.Empty(report.Skipped);
        Assert.All(report.Headlines, h => Assert.InRange(h.Value, 0, 1));
        Assert.Equal(3, report.Headlines[^1].N);
        Assert.Matches(@"^case2021 sub_event_type weighted F1 = \d\.\d{3} \(n=3\)$", report.Headlines[^1].Line);

        // And --limit keeps the first rows only
        Assert.Equal(2, Case2021Adapter.Run(TestData.Engine, [CaseFile()], limit: 2).Rows.Count);
    }

    [Fact]
    public void Weighted_f1_weights_per_class_f1_by_gold_support()
    {
        // Given 3 gold A (2 found), 1 gold B (found), and an unseen snippet predicted as A
        var c = new Classification([("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("none", "A")], ["A", "B"]);

        // Then F1(A) = 2·(2/3)·(2/3)/(4/3) = 2/3, F1(B) = 2·0.5·1/1.5 = 2/3, weighted (3·2/3 + 1·2/3)/4 = 2/3
        Assert.Equal(2.0 / 3, c.WeightedF1, 6);
        Assert.Equal(0.6, c.Accuracy, 6);
        Assert.Equal(1, c.Confusion["A → B"]);
    }

    [Fact]
    public void Acled_rows_become_gold_articles_scored_slot_by_slot()
    {
        // Given two rows with notes, dates as 5-May-20, and gold fields
        var report = AcledAdapter.Run(TestData.Engine, [AcledFile()]);

        // Then every row is compared, and the slots are those the rows fill
        Assert.Equal(["SYR1", "IRQ1"], report.Rows.Select(r => r.Id).ToArray());
        Assert.Equal(3, report.Rows[0].GoldFatalities);
        Assert.Equal("Peaceful protest", report.Rows[1].GoldSubEventType);
        var total = report.Slots.Total;
        Assert.Equal(6 + 5, total.TruePositives + total.FalseNegatives); // type, sub-type, actor1, (actor2), location, fatalities
        Assert.Contains(report.Headlines, h => h.Line.StartsWith("acled event_type accuracy = ", StringComparison.Ordinal) && h.N == 2);
        Assert.Contains(report.Headlines, h => h.Metric == "location within 25 km" && h.N == 2);

        // And each row's place is checked against the row's country, which a place abroad would fail
        Assert.All(report.Rows, r => Assert.True(r.CountryHit));
        Assert.Contains(report.Headlines, h => h.Metric == "place in the row's country" && h.N == 2 && h.Value == 1);

        // And a row's gold article carries its date as the reference date
        var t = DelimitedTable.Read(AcledFile(), ',');
        using var gold = JsonDocument.Parse(AcledAdapter.GoldArticle(t, t.Rows[0], "SYR1", EvalSets.ParseDate("5-May-20")));
        Assert.Equal("2020-05-05", gold.RootElement.GetProperty("published").GetString());
        Assert.Equal(35.0167, gold.RootElement.GetProperty("events")[0].GetProperty("latitude").GetDouble());
    }

    [Theory]
    [InlineData("Al Hudaydah", 14.80, 42.95, true)]
    [InlineData("Al Hudaydah-Engineering College", 14.80, 42.95, true)]
    [InlineData("Al Hudaydah", 15.35, 44.21, false)]
    [InlineData("Nowhere Hamlet", 14.80, 42.95, false)]
    [InlineData("Unknown", 14.80, 42.95, null)]
    [InlineData("", 14.80, 42.95, null)]
    public void A_gold_place_is_in_the_gazetteer_when_an_entry_of_its_name_lies_near_its_point(string name, double lat, double lon, bool? holds)
    {
        // Given a gold place name and point: the city, a neighbourhood written after the city, the name far from its
        // point, a name no entry bears, and no name at all
        // Then the gazetteer holds the place only where an entry of that name (or its first part) lies within 25 km
        Assert.Equal(holds, SetReading.GazetteerHolds(TestData.Engine.Gazetteer, name, lat, lon));
    }

    [Fact]
    public void Json_report_is_one_document_with_the_headlines()
    {
        var report = AcledAdapter.Run(TestData.Engine, [AcledFile()], limit: 1);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            report.WriteJson(w);
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(1, doc.RootElement.GetProperty("n").GetInt32());
        Assert.True(doc.RootElement.GetProperty("headlines").GetArrayLength() >= 5);
    }
}
