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
        w.WriteString("kind", r.Kind);
        w.WriteString("source_id", r.SourceId);
        w.WriteString("event_id", r.EventId);
        Str(w, "event_date", r.EventDate);
        Int(w, "time_precision", r.TimePrecision);
        if (r.Kind == RecordKinds.Event)
        {
            Str(w, "disorder_type", r.DisorderType);
            Str(w, "event_type", r.EventType);
            Str(w, "sub_event_type", r.SubEventType);
            Str(w, "actor1", r.Actor1);
            List(w, "assoc_actor_1", r.AssocActor1);
            Int(w, "inter1", r.Inter1);
            Str(w, "actor2", r.Actor2);
            List(w, "assoc_actor_2", r.AssocActor2);
            Int(w, "inter2", r.Inter2);
            Int(w, "interaction", r.Interaction);
            w.WriteBoolean("civilian_targeting", r.CivilianTargeting ?? false);
        }
        else if (r.Kind == RecordKinds.Territory)
        {
            Str(w, "actor", r.Actor);
            Str(w, "change", r.Change);
            if (r.SizeKm is { } km)
            {
                w.WriteNumber("size_km", km);
            }
            else
            {
                w.WriteNull("size_km");
            }

            Str(w, "by", r.Actor1);
        }
        else
        {
            Str(w, "people", r.People);
            Int(w, "count", r.Count);
            Str(w, "from", r.From);
            Str(w, "to", r.To);
            Str(w, "to_actor", r.ToActor);
            Str(w, "via", r.Via);
        }

        Str(w, "country", r.Country);
        Str(w, "iso2", r.Iso2);
        Str(w, "admin1", r.Admin1);
        Str(w, "admin2", r.Admin2);
        Str(w, "location", r.Location);
        if (r.GeoNamesId is { } gid)
        {
            w.WriteNumber("geonames_id", gid);
        }
        else
        {
            w.WriteNull("geonames_id");
        }

        Num(w, "latitude", r.Latitude);
        Num(w, "longitude", r.Longitude);
        Int(w, "geo_precision", r.GeoPrecision);
        if (r.Kind == RecordKinds.Event)
        {
            Int(w, "fatalities", r.Fatalities);
            Int(w, "fatalities_low", r.FatalitiesLow);
            Int(w, "fatalities_high", r.FatalitiesHigh);
            Int(w, "wounded", r.Wounded);
            Int(w, "captured", r.Captured);
            w.WriteBoolean("habitual", r.Habitual);
        }

        Str(w, "certainty", r.Certainty);
        Str(w, "notes", r.Notes);
        w.WriteNumber("confidence", r.Confidence);
        w.WriteStartArray("evidence");
        foreach (var e in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("field", e.Field);
            w.WriteString("source_id", e.SourceId);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in r.Sources)
        {
            w.WriteStartObject();
            w.WriteString("source_id", s.SourceId);
            Str(w, "url", s.Url);
            Str(w, "publisher", s.Publisher);
            Str(w, "published", s.Published);
            w.WriteString("language", s.Language);
            Str(w, "title", s.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
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

    private static void Int(Utf8JsonWriter w, string name, int? value)
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

    private static void Num(Utf8JsonWriter w, string name, double? value)
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

    private static void List(Utf8JsonWriter w, string name, List<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
