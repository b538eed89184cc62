using System.Text.Json;
using Polemos.Tests.Shared;
using Xunit;

namespace Polemos.Golden;

/// <summary>
/// The `polemos` program as a user runs it, in its own process: bad input gets one line on stderr and a
/// non-zero exit, never a stack trace or a hang; good input gives parseable records in every format.
/// </summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("polemos-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Polemos(string stdin, params string[] args) =>
        PolemosProcess.Run(
            PolemosProcess.StartInfo(new Dictionary<string, string> { ["POLEMOS_DATA"] = TestData.DataRoot, ["POLEMOS_GAZETTEER"] = "subset" }, args),
            stdin,
            TimeSpan.FromSeconds(60));

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private static void AssertOneLineError((int Code, string Out, string Err) r, string expectedFragment)
    {
        Assert.NotEqual(0, r.Code);
        var lines = r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error PLM", lines[0], StringComparison.Ordinal);
        Assert.Contains(expectedFragment, lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_one_line_and_non_zero() =>
        AssertOneLineError(Polemos("", "extract", Path.Combine(_dir, "nope.txt")), "nope.txt");

    [Fact]
    public void Geo_ranks_the_report_countrys_place_first_and_says_why()
    {
        // Given a name with namesakes and a text about Lebanon, When the analyst asks for its candidates
        var r = Polemos("", "geo", "Tripoli", "--context", "Protesters gathered in Tripoli, Lebanon.");

        // Then the Lebanese city leads, with its reasons, and the GeoNames attribution is printed
        Assert.Equal(0, r.Code);
        var lines = r.Out.Split('\n');
        Assert.Contains("Lebanon", lines.First(l => l.TrimStart().StartsWith("1.", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("in the report's country (LB)", r.Out, StringComparison.Ordinal);
        Assert.Contains("Contains data from GeoNames", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Geo_refuses_a_bad_country_code_in_one_line() =>
        AssertOneLineError(Polemos("", "geo", "Tripoli", "--country", "Syria"), "alpha-2");

    [Fact]
    public void Directory_is_refused() => AssertOneLineError(Polemos("", "extract", _dir), "director");

    [Fact]
    public void Empty_file_is_refused() => AssertOneLineError(Polemos("", "extract", Write("empty.txt", "  \n\n")), "empty");

    [Fact]
    public void Binary_junk_is_refused()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[10] = 0;
        AssertOneLineError(Polemos("", "extract", Write("junk.bin", junk)), "binary");
    }

    [Fact]
    public void Bad_published_date_is_a_usage_error()
    {
        var r = Polemos("", "extract", "--published", "yesterday", Write("a.txt", "Hello."));
        Assert.Equal(2, r.Code);
        Assert.Contains("YYYY-MM-DD", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_a_one_line_usage_error() =>
        AssertOneLineError(Polemos("", "extract", "--frobnicate", Write("b.txt", "Hello.")), "frobnicate");

    [Fact]
    public void Malformed_json_line_is_reported_with_its_number_and_the_rest_extracted()
    {
        // Given JSON lines whose second line is broken
        string path = Write("news.jsonl",
            "{\"id\":\"a\",\"text\":\"Yesterday gunmen killed five civilians in Mosul.\",\"published\":\"2020-05-02\",\"language\":\"en\"}\n" +
            "{\"id\":\"b\",\"text\":\n" +
            "{\"id\":\"c\",\"text\":\"Protesters marched in Baghdad on Friday.\",\"published\":\"2020-05-02\"}\n");

        // When it is extracted
        var r = Polemos("", "extract", "--format", "jsonl", path);

        // Then line 2 is reported, and the good lines still give records
        Assert.Contains(":2", r.Err, StringComparison.Ordinal);
        var ids = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source_id").GetString()).ToHashSet();
        Assert.Contains("a", ids);
    }

    [Fact]
    public void Standard_input_in_every_format_parses()
    {
        const string report = "Gunmen killed at least 15 civilians in Mosul on Monday, police said.";
        foreach (var format in new[] { "json", "jsonl", "geojson", "csv" })
        {
            var r = Polemos(report, "extract", "--published", "2020-05-06", "--format", format, "-");
            Assert.True(r.Code == 0, r.Err);
            switch (format)
            {
                case "json":
                    Assert.True(JsonDocument.Parse(r.Out).RootElement.GetArrayLength() >= 1);
                    break;
                case "geojson":
                    Assert.Equal("FeatureCollection", JsonDocument.Parse(r.Out).RootElement.GetProperty("type").GetString());
                    break;
                case "csv":
                    Assert.StartsWith("kind,source_id,event_id", r.Out, StringComparison.Ordinal);
                    break;
                default:
                    Assert.All(r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => JsonDocument.Parse(l));
                    break;
            }
        }
    }

    [Fact]
    public void Identical_input_gives_byte_identical_output()
    {
        string path = Write("same.txt", "Ieri un raid aereo ha ucciso otto civili ad Aleppo, in Siria.");
        var a = Polemos("", "extract", "--published", "2020-01-10", "--format", "jsonl", path);
        var b = Polemos("", "extract", "--published", "2020-01-10", "--format", "jsonl", path);
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
    }
    private static List<JsonElement> Records(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Mixed_scripts_before_a_report_leave_its_event_and_evidence_offsets_intact()
    {
        // Given an English report after an emoji, Chinese, Cyrillic and Arabic words (astral and right-to-left characters)
        const string text = "\U0001F600 目击者 — Свидетели: «القتلى خمسة». Gunmen killed five civilians in Mosul on Monday, police said.\n";
        string path = Write("mixed.txt", text);

        // When it is extracted
        var r = Polemos("", "extract", "--published", "2020-05-06", "--format", "jsonl", path);

        // Then the attack is found, and every evidence span quotes the text at its offsets
        Assert.True(r.Code == 0, r.Err);
        var events = Records(r.Out).Where(e => e.GetProperty("kind").GetString() == "event").ToList();
        var attack = Assert.Single(events);
        Assert.Equal("Mosul", attack.GetProperty("location").GetString());
        Assert.Equal(5, attack.GetProperty("fatalities").GetInt32());
        foreach (var ev in attack.GetProperty("evidence").EnumerateArray())
        {
            Assert.Equal(text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()], ev.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Right_to_left_text_with_directional_marks_yields_its_event()
    {
        // Given an Arabic report wrapped in right-to-left embedding marks, with a right-to-left mark inside
        string path = Write("rtl.txt", "\u202Bقتل خمسة مدنيين\u200F في غارة جوية على إدلب يوم الاثنين، بحسب المرصد.\u202C\n");

        // When it is extracted
        var r = Polemos("", "extract", "--published", "2020-05-06", "--format", "jsonl", path);

        // Then the marks do not hide the air strike, its toll or its place
        Assert.True(r.Code == 0, r.Err);
        var strike = Assert.Single(Records(r.Out), e => e.GetProperty("kind").GetString() == "event");
        Assert.Equal("Air/drone strike", strike.GetProperty("sub_event_type").GetString());
        Assert.Equal("Idlib", strike.GetProperty("location").GetString());
        Assert.Equal(5, strike.GetProperty("fatalities").GetInt32());
    }

    [Theory]
    [InlineData("tr", "Dün Diyarbakır yakınlarında silahlı bir grup beş köylüyü öldürdü, yetkililer açıkladı.")]
    [InlineData("sw", "Watu watano waliuawa jana katika shambulio karibu na mji wa Beni, polisi walisema.")]
    [InlineData("he", "חמישה אזרחים נהרגו אתמול בהפצצה ליד חלב.")]
    [InlineData("zh", "星期一，武装分子在摩苏尔打死了五名平民。")]
    public void A_language_without_a_folder_is_read_without_error(string language, string text)
    {
        // Given a report in a language Polemos has no folder for, declared and undeclared
        string path = Write(language + ".txt", text + "\n");
        foreach (var args in new[] { new[] { "--language", language }, Array.Empty<string>() })
        {
            // When it is extracted
            var r = Polemos("", ["extract", "--published", "2020-05-06", "--format", "jsonl", .. args, path]);

            // Then the program succeeds quietly, and whatever it writes is records of the report
            Assert.True(r.Code == 0, r.Err);
            Assert.Equal("", r.Err);
            Assert.All(Records(r.Out), e => Assert.Equal(language, e.GetProperty("source_id").GetString()));
        }
    }

    [Fact]
    public void A_declared_language_is_checked_against_the_text()
    {
        // Given an English report declared as Turkish (no folder) and as Russian (the wrong folder)
        string path = Write("declared.txt", "Gunmen killed five civilians in Mosul on Monday, police said.\n");
        foreach (var declared in new[] { "tr", "ru" })
        {
            // When it is extracted
            var r = Polemos("", "extract", "--published", "2020-05-06", "--language", declared, "--format", "jsonl", path);

            // Then it is read as English and its event is found
            Assert.True(r.Code == 0, r.Err);
            var attack = Assert.Single(Records(r.Out));
            Assert.Equal("en", attack.GetProperty("sources")[0].GetProperty("language").GetString());
            Assert.Equal("Attack", attack.GetProperty("sub_event_type").GetString());
        }
    }

    [Fact]
    public void Json_lines_in_many_languages_and_scripts_each_get_their_own_records()
    {
        // Given one file of reports in Arabic, Russian (undeclared), Swahili (no folder) and Chinese (no folder)
        string path = Write("world.jsonl",
            "{\"id\":\"ar\",\"text\":\"قتل خمسة مدنيين في غارة جوية على إدلب يوم الاثنين، بحسب المرصد السوري.\",\"published\":\"2020-05-06\",\"language\":\"ar\"}\n" +
            "{\"id\":\"ru\",\"text\":\"Два человека погибли при обстреле Белгорода в понедельник, сообщил губернатор.\",\"published\":\"2020-05-06\"}\n" +
            "{\"id\":\"sw\",\"text\":\"Watu watano waliuawa jana katika shambulio karibu na mji wa Beni.\",\"published\":\"2020-05-06\",\"language\":\"sw\"}\n" +
            "{\"id\":\"zh\",\"text\":\"星期一，武装分子在摩苏尔打死了五名平民。\",\"published\":\"2020-05-06\"}\n");

        // When the file is extracted
        var r = Polemos("", "extract", "--format", "jsonl", path);

        // Then it succeeds, the Arabic and Russian reports give their events (the inflected "Белгорода" is Belgorod),
        // and the others give nothing rather than an error
        Assert.True(r.Code == 0, r.Err);
        var bySource = Records(r.Out).Where(e => e.GetProperty("kind").GetString() == "event")
            .ToDictionary(e => e.GetProperty("source_id").GetString()!, e => e.GetProperty("location").GetString());
        Assert.Equal("Idlib", bySource["ar"]);
        Assert.Equal("Belgorod", bySource["ru"]);
        Assert.DoesNotContain("sw", bySource.Keys);
        Assert.DoesNotContain("zh", bySource.Keys);
    }
}
