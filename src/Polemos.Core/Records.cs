using System.Text.Json.Serialization;

namespace Polemos.Core;

/// <summary>The words behind one field of a record.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("source_id")] string SourceId,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);

/// <summary>A report behind a record.</summary>
public sealed record SourceRef(
    [property: JsonPropertyName("source_id")] string SourceId,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("publisher")] string? Publisher,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("title")] string? Title);

/// <summary>
/// One output record (SPEC §1): an <c>event</c>, a <c>territory</c> statement or a <c>displacement</c>.
/// Fields that do not apply to a kind stay null and are not written.
/// </summary>
public sealed class ExtractedRecord
{
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = RecordKinds.Event;

    [JsonPropertyName("source_id")]
    public string SourceId { get; set; } = "";

    [JsonPropertyName("event_id")]
    public string EventId { get; set; } = "";

    [JsonPropertyName("event_date")]
    public string? EventDate { get; set; }

    [JsonPropertyName("time_precision")]
    public int? TimePrecision { get; set; }

    [JsonPropertyName("disorder_type")]
    public string? DisorderType { get; set; }

    [JsonPropertyName("event_type")]
    public string? EventType { get; set; }

    [JsonPropertyName("sub_event_type")]
    public string? SubEventType { get; set; }

    [JsonPropertyName("actor1")]
    public string? Actor1 { get; set; }

    [JsonPropertyName("assoc_actor_1")]
    public List<string> AssocActor1 { get; set; } = [];

    [JsonPropertyName("inter1")]
    public int? Inter1 { get; set; }

    [JsonPropertyName("actor2")]
    public string? Actor2 { get; set; }

    [JsonPropertyName("assoc_actor_2")]
    public List<string> AssocActor2 { get; set; } = [];

    [JsonPropertyName("inter2")]
    public int? Inter2 { get; set; }

    [JsonPropertyName("interaction")]
    public int? Interaction { get; set; }

    [JsonPropertyName("civilian_targeting")]
    public bool? CivilianTargeting { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("iso2")]
    public string? Iso2 { get; set; }

    [JsonPropertyName("admin1")]
    public string? Admin1 { get; set; }

    [JsonPropertyName("admin2")]
    public string? Admin2 { get; set; }

    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [JsonPropertyName("geonames_id")]
    public long? GeoNamesId { get; set; }

    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    [JsonPropertyName("geo_precision")]
    public int? GeoPrecision { get; set; }

    [JsonPropertyName("fatalities")]
    public int? Fatalities { get; set; }

    [JsonPropertyName("fatalities_low")]
    public int? FatalitiesLow { get; set; }

    [JsonPropertyName("fatalities_high")]
    public int? FatalitiesHigh { get; set; }

    [JsonPropertyName("wounded")]
    public int? Wounded { get; set; }

    [JsonPropertyName("captured")]
    public int? Captured { get; set; }

    [JsonPropertyName("certainty")]
    public string? Certainty { get; set; }

    [JsonPropertyName("habitual")]
    public bool Habitual { get; set; }

    // territory
    [JsonPropertyName("actor")]
    public string? Actor { get; set; }

    [JsonPropertyName("change")]
    public string? Change { get; set; }

    [JsonPropertyName("size_km")]
    public double? SizeKm { get; set; }

    // displacement
    [JsonPropertyName("from")]
    public string? From { get; set; }

    [JsonPropertyName("to")]
    public string? To { get; set; }

    [JsonPropertyName("to_actor")]
    public string? ToActor { get; set; }

    [JsonPropertyName("via")]
    public string? Via { get; set; }

    [JsonPropertyName("people")]
    public string? People { get; set; }

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    [JsonPropertyName("notes")]
    public string? Notes { get; set; }

    [JsonPropertyName("confidence")]
    public double Confidence { get; set; }

    [JsonPropertyName("evidence")]
    public List<Evidence> Evidence { get; set; } = [];

    [JsonPropertyName("sources")]
    public List<SourceRef> Sources { get; set; } = [];
}

public static class RecordKinds
{
    public const string Event = "event";
    public const string Territory = "territory";
    public const string Displacement = "displacement";
}

public static class Certainty
{
    public const string Reported = "reported";
    public const string Confirmed = "confirmed";
    public const string Alleged = "alleged";
    public const string Unconfirmed = "unconfirmed";
    public const string Denied = "denied";

    /// <summary>How far each level is from a plain fact; a merged record keeps the most doubtful.</summary>
    public static int Doubt(string? certainty) => certainty switch
    {
        Confirmed => 0,
        Reported => 1,
        Alleged => 2,
        Unconfirmed => 3,
        Denied => 4,
        _ => 1,
    };
}
