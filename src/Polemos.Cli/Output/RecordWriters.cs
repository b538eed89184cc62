using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Polemos.Core;
using Spectre.Console;

namespace Polemos.Cli.Output;

/// <summary>Writes a stream of records in one output format.</summary>
public abstract class RecordOutput : IDisposable
{
    protected static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    protected static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static readonly IReadOnlyList<string> Formats = ["table", "json", "jsonl", "csv", "geojson"];

    public abstract void Write(ExtractedRecord record);

    public virtual void Complete()
    {
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    public static RecordOutput Create(string format, Stream stream) => format switch
    {
        "jsonl" => new JsonLinesOutput(stream),
        "json" => new JsonArrayOutput(stream),
        "csv" => new CsvOutput(stream),
        "geojson" => new GeoJsonOutput(stream),
        "table" => new TableOutput(),
        "acled-csv" => new AcledCsvOutput(stream),
        "parquet" => new ParquetOutput(stream),
        _ => throw new PolemosException(ErrorCode.BadArgument, $"unknown format '{format}' (use {string.Join(", ", Formats)})"),
    };
}

public sealed class JsonLinesOutput : RecordOutput
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLinesOutput(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, Compact);
    }

    public override void Write(ExtractedRecord record)
    {
        RecordJson.Write(_writer, record);
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public override void Complete() => _stream.Flush();

    protected override void Dispose(bool disposing)
    {
        _writer.Dispose();
        base.Dispose(disposing);
    }
}

public sealed class JsonArrayOutput : RecordOutput
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonArrayOutput(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, Indented);
        _writer.WriteStartArray();
    }

    public override void Write(ExtractedRecord record) => RecordJson.Write(_writer, record);

    public override void Complete()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        _writer.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>GeoJSON FeatureCollection; records without coordinates are features with a null geometry.</summary>
public sealed class GeoJsonOutput : RecordOutput
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public GeoJsonOutput(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, Compact);
        _writer.WriteStartObject();
        _writer.WriteString("type", "FeatureCollection");
        _writer.WriteStartArray("features");
    }

    public override void Write(ExtractedRecord record)
    {
        _writer.WriteStartObject();
        _writer.WriteString("type", "Feature");
        _writer.WriteString("id", record.EventId);
        if (record.Latitude is { } lat && record.Longitude is { } lon)
        {
            _writer.WriteStartObject("geometry");
            _writer.WriteString("type", "Point");
            _writer.WriteStartArray("coordinates");
            _writer.WriteNumberValue(lon);
            _writer.WriteNumberValue(lat);
            _writer.WriteEndArray();
            _writer.WriteEndObject();
        }
        else
        {
            _writer.WriteNull("geometry");
        }

        _writer.WritePropertyName("properties");
        RecordJson.Write(_writer, record);
        _writer.WriteEndObject();
    }

    public override void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        _writer.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>CSV with a header row (RFC 4180 quoting); lists joined with "; ", evidence as field=text pairs.</summary>
public sealed class CsvOutput : RecordOutput
{
    private static readonly string[] Columns =
    [
        "kind", "source_id", "event_id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "country", "iso2", "admin1", "admin2", "location", "geonames_id", "latitude", "longitude", "geo_precision",
        "fatalities", "fatalities_low", "fatalities_high", "wounded", "captured", "certainty", "habitual", "notes",
        "confidence", "evidence",
    ];

    private readonly StreamWriter _out;

    public CsvOutput(Stream stream)
    {
        _out = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        _out.WriteLine(string.Join(',', Columns));
    }

    public override void Write(ExtractedRecord record)
    {
        var r = record;
        static string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        static string D(double? v) => v?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        string[] cells =
        [
            r.Kind, r.SourceId, r.EventId, r.EventDate ?? "", I(r.TimePrecision), r.DisorderType ?? "", r.EventType ?? "", r.SubEventType ?? "",
            r.Actor1 ?? r.Actor ?? r.People ?? "", string.Join("; ", r.AssocActor1), I(r.Inter1), r.Actor2 ?? "", string.Join("; ", r.AssocActor2), I(r.Inter2),
            I(r.Interaction), r.CivilianTargeting is true ? "true" : "false", r.Country ?? "", r.Iso2 ?? "", r.Admin1 ?? "", r.Admin2 ?? "",
            r.Location ?? "", r.GeoNamesId?.ToString(CultureInfo.InvariantCulture) ?? "", D(r.Latitude), D(r.Longitude), I(r.GeoPrecision),
            I(r.Fatalities), I(r.FatalitiesLow), I(r.FatalitiesHigh), I(r.Wounded), I(r.Captured), r.Certainty ?? "",
            r.Habitual ? "true" : "false", r.Notes ?? "", r.Confidence.ToString("0.##", CultureInfo.InvariantCulture),
            string.Join(" | ", r.Evidence.Select(e => $"{e.Field}={e.Text}")),
        ];
        _out.WriteLine(string.Join(',', cells.Select(Quote)));
    }

    public override void Complete() => _out.Flush();

    protected override void Dispose(bool disposing)
    {
        _out.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>RFC 4180 quoting of one cell.</summary>
    internal static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

/// <summary>A readable table for a person at a terminal.</summary>
public sealed class TableOutput : RecordOutput
{
    private readonly Table _table = new Table().Border(TableBorder.Rounded)
        .AddColumn("kind").AddColumn("date").AddColumn("type").AddColumn("actors").AddColumn("place")
        .AddColumn(new TableColumn("killed").RightAligned()).AddColumn("certainty").AddColumn("evidence");

    private int _rows;

    public override void Write(ExtractedRecord record)
    {
        var r = record;
        _rows++;
        string type = r.Kind == RecordKinds.Event ? r.SubEventType ?? "" : r.Kind == RecordKinds.Territory ? $"territory: {r.Change}" : "displacement";
        string actors = r.Kind switch
        {
            RecordKinds.Territory => r.Actor ?? "",
            RecordKinds.Displacement => $"{r.People} → {r.ToActor ?? r.To ?? "?"}",
            _ => $"{r.Actor1 ?? "—"}\nvs {r.Actor2 ?? "—"}",
        };
        string place = r.Location is null ? r.Country ?? "—" : $"{r.Location} (p{r.GeoPrecision?.ToString(CultureInfo.InvariantCulture) ?? "-"})";
        string killed = r.Kind == RecordKinds.Event ? (r.Fatalities ?? 0).ToString(CultureInfo.InvariantCulture) +
                        (r.Captured is { } c ? $"\n+{c} captured" : "") : "";
        string evidence = string.Join("\n", r.Evidence.Where(e => e.Field is "sub_event_type" or "fatalities" or "captured" or "location")
            .Select(e => e.Text).Distinct().Take(3).Select(t => t.Length > 50 ? t[..50] + "…" : t));
        string certainty = r.Habitual ? $"{r.Certainty} (habitual)" : r.Certainty ?? "";
        _table.AddRow(Markup.Escape(r.Kind), Markup.Escape(r.EventDate ?? "—"), Markup.Escape(type), Markup.Escape(actors),
            Markup.Escape(place), Markup.Escape(killed), Markup.Escape(certainty), Markup.Escape(evidence));
    }

    public override void Complete()
    {
        if (_rows == 0)
        {
            AnsiConsole.MarkupLine("[grey]no events found[/]");
            return;
        }

        AnsiConsole.Write(_table);
    }
}
