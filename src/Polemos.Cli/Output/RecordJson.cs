using System.Text.Json;
using Polemos.Core;

namespace Polemos.Cli.Output;

/// <summary>
/// Writes records as JSON with a fixed field order per kind (SPEC §1 and §4), so identical input gives
/// byte-identical output. Event records always carry every SPEC field (null where unknown).
/// </summary>
public static class RecordJson
{
    public static void Write(Utf8JsonWriter w, ExtractedRecord r)
    {
        w.WriteStartObject();
        w.WriteString("kind"u8, r.Kind);
        w.WriteString("source_id"u8, r.SourceId);
        w.WriteString("event_id"u8, r.EventId);
        Str(w, "event_date"u8, r.EventDate);
        Int(w, "time_precision"u8, r.TimePrecision);
        if (r.Kind == RecordKinds.Event)
        {
            Str(w, "disorder_type"u8, r.DisorderType);
            Str(w, "event_type"u8, r.EventType);
            Str(w, "sub_event_type"u8, r.SubEventType);
            Str(w, "actor1"u8, r.Actor1);
            List(w, "assoc_actor_1"u8, r.AssocActor1);
            Int(w, "inter1"u8, r.Inter1);
            Str(w, "actor2"u8, r.Actor2);
            List(w, "assoc_actor_2"u8, r.AssocActor2);
            Int(w, "inter2"u8, r.Inter2);
            Int(w, "interaction"u8, r.Interaction);
            w.WriteBoolean("civilian_targeting"u8, r.CivilianTargeting ?? false);
        }
        else if (r.Kind == RecordKinds.Territory)
        {
            Str(w, "actor"u8, r.Actor);
            Str(w, "change"u8, r.Change);
            if (r.SizeKm is { } km)
            {
                w.WriteNumber("size_km"u8, km);
            }
            else
            {
                w.WriteNull("size_km"u8);
            }

            Str(w, "by"u8, r.Actor1);
        }
        else
        {
            Str(w, "people"u8, r.People);
            Int(w, "count"u8, r.Count);
            Str(w, "from"u8, r.From);
            Str(w, "to"u8, r.To);
            Str(w, "to_actor"u8, r.ToActor);
            Str(w, "via"u8, r.Via);
        }

        Str(w, "country"u8, r.Country);
        Str(w, "iso2"u8, r.Iso2);
        Str(w, "admin1"u8, r.Admin1);
        Str(w, "admin2"u8, r.Admin2);
        Str(w, "location"u8, r.Location);
        if (r.GeoNamesId is { } gid)
        {
            w.WriteNumber("geonames_id"u8, gid);
        }
        else
        {
            w.WriteNull("geonames_id"u8);
        }

        Num(w, "latitude"u8, r.Latitude);
        Num(w, "longitude"u8, r.Longitude);
        Int(w, "geo_precision"u8, r.GeoPrecision);
        if (r.Kind == RecordKinds.Event)
        {
            Int(w, "fatalities"u8, r.Fatalities);
            Int(w, "fatalities_low"u8, r.FatalitiesLow);
            Int(w, "fatalities_high"u8, r.FatalitiesHigh);
            Int(w, "wounded"u8, r.Wounded);
            Int(w, "captured"u8, r.Captured);
            w.WriteBoolean("habitual"u8, r.Habitual);
        }

        Str(w, "certainty"u8, r.Certainty);
        Str(w, "notes"u8, r.Notes);
        w.WriteNumber("confidence"u8, r.Confidence);
        w.WriteStartArray("evidence"u8);
        foreach (var e in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("field"u8, e.Field);
            w.WriteString("source_id"u8, e.SourceId);
            w.WriteNumber("start"u8, e.Start);
            w.WriteNumber("end"u8, e.End);
            w.WriteString("text"u8, e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sources"u8);
        foreach (var s in r.Sources)
        {
            w.WriteStartObject();
            w.WriteString("source_id"u8, s.SourceId);
            Str(w, "url"u8, s.Url);
            Str(w, "publisher"u8, s.Publisher);
            Str(w, "published"u8, s.Published);
            w.WriteString("language"u8, s.Language);
            Str(w, "title"u8, s.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Int(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Num(Utf8JsonWriter w, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void List(Utf8JsonWriter w, ReadOnlySpan<byte> name, List<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
