using System.Text.Json;
using Parquet.Serialization;
using Polemos.Core;

namespace Polemos.Cli.Output;

/// <summary>
/// Apache Parquet (Parquet.Net): one row an event with the SPEC §1 scalar fields; lists as <c>; </c>-joined text,
/// sources and evidence as JSON text. Rows are collected and written as one row group when the output completes.
/// </summary>
public sealed class ParquetOutput(Stream stream) : RecordOutput
{
    private readonly List<ParquetRow> _rows = [];

    public override void Write(ExtractedRecord record) => _rows.Add(ParquetRow.From(record));

    public override void Complete()
    {
        // Parquet's footer needs a seekable stream; standard output is not one.
        using var buffer = new MemoryStream();
        ParquetSerializer.SerializeAsync(_rows, buffer).GetAwaiter().GetResult();
        buffer.Position = 0;
        buffer.CopyTo(stream);
        stream.Flush();
    }
}

/// <summary>The columns of the Parquet export.</summary>
public sealed class ParquetRow
{
    public string Kind { get; set; } = "";

    public string EventId { get; set; } = "";

    public string? EventDate { get; set; }

    public int? TimePrecision { get; set; }

    public string? DisorderType { get; set; }

    public string? EventType { get; set; }

    public string? SubEventType { get; set; }

    public string? Actor1 { get; set; }

    public string? AssocActor1 { get; set; }

    public int? Inter1 { get; set; }

    public string? Actor2 { get; set; }

    public string? AssocActor2 { get; set; }

    public int? Inter2 { get; set; }

    public bool CivilianTargeting { get; set; }

    public string? Country { get; set; }

    public string? Iso2 { get; set; }

    public string? Admin1 { get; set; }

    public string? Admin2 { get; set; }

    public string? Location { get; set; }

    public long? GeonamesId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int? GeoPrecision { get; set; }

    public int Fatalities { get; set; }

    public int? FatalitiesLow { get; set; }

    public int? FatalitiesHigh { get; set; }

    public int? Wounded { get; set; }

    public int? Captured { get; set; }

    public string? Certainty { get; set; }

    public bool Habitual { get; set; }

    public string? Notes { get; set; }

    public double Confidence { get; set; }

    public string Sources { get; set; } = "[]";

    public string Evidence { get; set; } = "[]";

    public static ParquetRow From(ExtractedRecord r) => new()
    {
        Kind = r.Kind, EventId = r.EventId, EventDate = r.EventDate, TimePrecision = r.TimePrecision, DisorderType = r.DisorderType,
        EventType = r.EventType, SubEventType = r.SubEventType, Actor1 = r.Actor1 ?? r.Actor, AssocActor1 = string.Join("; ", r.AssocActor1),
        Inter1 = r.Inter1, Actor2 = r.Actor2, AssocActor2 = string.Join("; ", r.AssocActor2), Inter2 = r.Inter2,
        CivilianTargeting = r.CivilianTargeting ?? false, Country = r.Country, Iso2 = r.Iso2, Admin1 = r.Admin1, Admin2 = r.Admin2,
        Location = r.Location, GeonamesId = r.GeoNamesId, Latitude = r.Latitude, Longitude = r.Longitude, GeoPrecision = r.GeoPrecision,
        Fatalities = r.Fatalities ?? 0, FatalitiesLow = r.FatalitiesLow, FatalitiesHigh = r.FatalitiesHigh, Wounded = r.Wounded,
        Captured = r.Captured, Certainty = r.Certainty, Habitual = r.Habitual, Notes = r.Notes, Confidence = r.Confidence,
        Sources = JsonSerializer.Serialize(r.Sources), Evidence = JsonSerializer.Serialize(r.Evidence),
    };
}
