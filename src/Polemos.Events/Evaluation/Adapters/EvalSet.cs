using System.Globalization;
using System.Text;
using System.Text.Json;
using Polemos.Core;

namespace Polemos.Events.Evaluation.Adapters;

/// <summary>The kinds of evaluation file `polemos eval` reads.</summary>
public enum EvalSetKind
{
    /// <summary>Gold files in the project's format (SPEC §5).</summary>
    Gold,

    /// <summary>CASE 2021 Task 2 TSV: id, EventSnippet, SubType.</summary>
    Case2021,

    /// <summary>ACLED CSV export with notes (2020 schema).</summary>
    Acled,

    /// <summary>Global Terrorism Database CSV extract with a summary column.</summary>
    Gtd,
}

/// <summary>One figure an adapter reports last, one line each: "acled event_type accuracy = 0.812 (n=581)".</summary>
public sealed record Headline(string Set, string Metric, double Value, int N)
{
    public string Line => $"{Set} {Metric} = {Value.ToString("0.000", CultureInfo.InvariantCulture)} (n={N.ToString(CultureInfo.InvariantCulture)})";
}

/// <summary>What every adapter returns: a readable report, a JSON report, and the headline figures.</summary>
public interface IAdapterReport
{
    IReadOnlyList<Headline> Headlines { get; }

    /// <summary>Writes the report; <paramref name="examples"/> caps the listed mistakes per kind.</summary>
    void WriteText(TextWriter w, int examples);

    void WriteJson(Utf8JsonWriter w);
}

/// <summary>Choosing the adapter for a file, and what the adapters share.</summary>
public static class EvalSets
{
    public static readonly IReadOnlyList<string> Names = ["gold", "case2021", "acled", "gtd"];

    public static EvalSetKind Parse(string name) => name.ToUpperInvariant() switch
    {
        "GOLD" => EvalSetKind.Gold,
        "CASE2021" or "CASE" => EvalSetKind.Case2021,
        "ACLED" => EvalSetKind.Acled,
        "GTD" => EvalSetKind.Gtd,
        _ => throw new PolemosException(ErrorCode.BadArgument, $"unknown evaluation set '{name}' (use {string.Join(", ", Names)})"),
    };

    /// <summary>
    /// The kind of every file: <paramref name="declared"/> when given, else detected from the extension and the
    /// header row. Files of different kinds cannot be scored together.
    /// </summary>
    public static EvalSetKind Resolve(IReadOnlyList<string> paths, string? declared)
    {
        if (!string.IsNullOrEmpty(declared))
        {
            return Parse(declared);
        }

        var kinds = paths.Select(Detect).Distinct().ToList();
        if (kinds.Count > 1)
        {
            throw new PolemosException(ErrorCode.BadArgument,
                $"the files are of different kinds ({string.Join(", ", kinds.Select(k => k.ToString().ToLowerInvariant()))}); evaluate them one kind at a time");
        }

        return kinds.Count == 1 ? kinds[0] : EvalSetKind.Gold;
    }

    /// <summary>.json is gold; .tsv with an EventSnippet column is CASE; .csv with notes is ACLED, with summary GTD.</summary>
    public static EvalSetKind Detect(string path)
    {
        if (!File.Exists(path))
        {
            throw new PolemosException(ErrorCode.InputMissing, $"evaluation file not found: {path}");
        }

        string ext = Path.GetExtension(path).ToUpperInvariant();
        if (ext is ".JSON" or ".JSONL")
        {
            return EvalSetKind.Gold;
        }

        string header = FirstLine(path);
        var cells = header.Split(header.Contains('\t', StringComparison.Ordinal) ? '\t' : ',')
            .Select(c => c.Trim().Trim('"').ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (cells.Contains("EVENTSNIPPET"))
        {
            return EvalSetKind.Case2021;
        }

        if (cells.Contains("NOTES") && cells.Contains("EVENT_TYPE"))
        {
            return EvalSetKind.Acled;
        }

        if (cells.Contains("SUMMARY") && cells.Contains("GROUP_NAME"))
        {
            return EvalSetKind.Gtd;
        }

        if (header.TrimStart().StartsWith('{') || header.TrimStart().StartsWith('['))
        {
            return EvalSetKind.Gold;
        }

        throw new PolemosException(ErrorCode.InputMalformed,
            $"cannot tell what kind of evaluation file {path} is; name it with --as {string.Join("|", Names)}");
    }

    /// <summary>Runs the adapter of a third-party set over its files (gold files go through <see cref="Evaluator"/>).</summary>
    public static IAdapterReport Run(EvalSetKind kind, Engine engine, IReadOnlyList<string> paths, int? limit = null) => kind switch
    {
        EvalSetKind.Case2021 => Case2021Adapter.Run(engine, paths, limit),
        EvalSetKind.Acled => AcledAdapter.Run(engine, paths, limit),
        EvalSetKind.Gtd => GtdAdapter.Run(engine, paths, limit),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "gold files are scored by the Evaluator"),
    };

    /// <summary>The engine's answer for one text: its most confident event record (habitual patterns excluded).</summary>
    public static ExtractedRecord? BestEvent(IEnumerable<ExtractedRecord> records) =>
        records.Where(r => r.Kind == RecordKinds.Event && !r.Habitual)
            .Select((r, i) => (r, i))
            .OrderByDescending(x => x.r.Confidence)
            .ThenBy(x => x.i)
            .Select(x => x.r)
            .FirstOrDefault();

    /// <summary>The words the engine took the sub-event type from, for error listings.</summary>
    public static string EvidenceOf(ExtractedRecord? record, string field = "sub_event_type") =>
        record is null ? "" : string.Join(" | ", record.Evidence.Where(e => e.Field == field).Select(e => e.Text));

    /// <summary>Runs the engine over one English text with a reference date.</summary>
    public static Document Extract(Engine engine, string id, string text, DateOnly? published, string language = "en") =>
        engine.Extract(id, text, new ArticleMeta { Published = published, DeclaredLanguage = language });

    /// <summary>Dates as the sets write them: 9-May-20, 2020-05-09, 2020-05-09T00:00:00Z, 21 March 2020.</summary>
    public static DateOnly? ParseDate(string s)
    {
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        string[] formats = ["d-MMM-yy", "d-MMM-yyyy", "d MMMM yyyy", "dd-MMMM-yyyy", "M/d/yyyy"];
        return DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    public static double? ParseNumber(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;

    /// <summary>Letters and digits only, folded: "Deir-ez-Zor" and "Deir ez Zor" compare equal.</summary>
    public static string Squash(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in SlotScorer.Fold(s))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static string F3(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    public static double Ratio(int hits, int n) => n == 0 ? 0 : (double)hits / n;

    public static void WriteHeadlines(TextWriter w, IEnumerable<Headline> headlines)
    {
        foreach (var h in headlines)
        {
            w.WriteLine(h.Line);
        }
    }

    public static void WriteHeadlinesJson(Utf8JsonWriter w, IEnumerable<Headline> headlines)
    {
        w.WriteStartArray("headlines");
        foreach (var h in headlines)
        {
            w.WriteStartObject();
            w.WriteString("set", h.Set);
            w.WriteString("metric", h.Metric);
            w.WriteNumber("value", Math.Round(h.Value, 4));
            w.WriteNumber("n", h.N);
            w.WriteString("line", h.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine() ?? "";
    }
}
