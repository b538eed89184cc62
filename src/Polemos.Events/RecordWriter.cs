using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Polemos.Core;
using Polemos.Recognition;

namespace Polemos.Events;

/// <summary>Writes a merged frame as an <see cref="ExtractedRecord"/>: fields, evidence, notes, confidence.</summary>
internal sealed class RecordWriter
{
    private readonly Document _document;
    private readonly IGazetteer _gazetteer;
    private readonly Locator _locator;
    private readonly SourceRef _source;

    public RecordWriter(Document document, IGazetteer gazetteer, Locator locator)
    {
        _document = document;
        _gazetteer = gazetteer;
        _locator = locator;
        _source = new SourceRef(document.Id, document.Meta.Url, document.Meta.Publisher,
            document.Meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Language, document.Meta.Title);
    }

    public ExtractedRecord Event(Frame f)
    {
        var type = f.Type!;
        var r = NewRecord(RecordKinds.Event);
        int fatalities = f.Killed?.Value ?? 0;
        r.DisorderType = Taxonomy.DisorderFor(type, fatalities);
        r.EventType = type.EventType;
        r.SubEventType = type.Name;
        Evidence(r, "event_type", f.Trigger.Span);
        // Most events have one trigger word: it needs no de-duplicating and no sorting.
        if (f.TriggerSpans.Count == 1)
        {
            Evidence(r, "sub_event_type", f.TriggerSpans[0]);
        }
        else
        {
            foreach (var span in f.TriggerSpans.Distinct().OrderBy(s => s.Start).Take(4))
            {
                Evidence(r, "sub_event_type", span);
            }
        }

        if (f.Actor1 is { } a1)
        {
            r.Actor1 = a1.Value.Name;
            r.Inter1 = a1.Value.Inter;
            Evidence(r, "actor1", a1.Span);
        }

        if (f.Actor2 is { } a2)
        {
            r.Actor2 = a2.Value.Name;
            r.Inter2 = a2.Value.Inter;
            Evidence(r, "actor2", a2.Span);
        }

        // Most events name no associated actor: the filters below are made only for those that do.
        if (f.Assoc1.Count > 0 || f.Assoc2.Count > 0)
        {
            Associates(r, f);
        }

        if (r.Inter1 is { } i1)
        {
            r.Interaction = Inter.Interaction(i1, r.Inter2 ?? 0);
        }

        r.CivilianTargeting = f.CiviliansTargeted;
        Locate(r, _locator.ResolveBest(f));
        r.Actor1 = InEventCountry(f.Actor1?.Value, r.Actor1, r.Country);
        r.Actor2 = InEventCountry(f.Actor2?.Value, r.Actor2, r.Country);

        // ACLED's violence against civilians has civilians as its target by definition: where the report names no one
        // else the perpetrator hit ("militants attacked the village", "gunmen killed a trader"), they are its actor2.
        // So are the people an arrest takes where the report names no group they belong to ("police arrested 4 men").
        if ((type.EventType == Taxonomy.ViolenceAgainstCivilians || type == Taxonomy.Arrests) && r.Actor1 is not null && r.Actor2 is null)
        {
            r.Actor2 = r.Country is null ? "Civilians" : $"Civilians ({r.Country})";
            r.Inter2 = Inter.Civilians;
            r.Interaction = r.Inter1 is { } vi1 ? Inter.Interaction(vi1, Inter.Civilians) : r.Interaction;
        }

        r.Fatalities = fatalities;
        if (f.Killed is { } k)
        {
            r.FatalitiesLow = f.KilledLow ?? k.Value;
            r.FatalitiesHigh = f.KilledHigh;
            Evidence(r, "fatalities", k.Span);
        }
        else
        {
            r.FatalitiesLow = 0;
            r.FatalitiesHigh = 0;
        }

        if (f.Wounded is { } w)
        {
            r.Wounded = w.Value;
            Evidence(r, "wounded", w.Span);
        }

        if (f.Captured is { } c)
        {
            r.Captured = c.Value;
            Evidence(r, "captured", c.Span);
        }

        r.Certainty = f.Certainty.Value;
        Evidence(r, "certainty", f.Certainty.Span);
        r.Habitual = f.Habitual;
        if (!f.Habitual)
        {
            SetDate(r, f.Date);
        }

        r.Confidence = Confidence(f, r);
        r.Notes = Notes.For(r);
        r.EventId = EventId(r, f.Trigger.Span);
        return r;
    }

    private void Associates(ExtractedRecord r, Frame f)
    {
        foreach (var assoc in f.Assoc1.Where(a => a.Value.Name != r.Actor1).DistinctBy(a => a.Value.Name))
        {
            r.AssocActor1.Add(assoc.Value.Name);
            Evidence(r, "assoc_actor_1", assoc.Span);
        }

        foreach (var assoc in f.Assoc2.Where(a => a.Value.Name != r.Actor2 && a.Value.Name != r.Actor1).DistinctBy(a => a.Value.Name))
        {
            r.AssocActor2.Add(assoc.Value.Name);
            Evidence(r, "assoc_actor_2", assoc.Span);
        }
    }

    /// <summary>
    /// A generic actor (protesters, rioters, civilians, an unidentified armed group, a communal militia) is named for
    /// the country where the event happened, as ACLED names it, not for the report's country: a protest in Berlin told
    /// in a report on the war in Ukraine is by "Protesters (Germany)". Named groups and state forces keep their names.
    /// </summary>
    public static string? InEventCountry(ResolvedActor? actor, string? name, string? country)
    {
        if (actor is not { ActorId: null, Kind: ActorKind.Protesters or ActorKind.Rioters or ActorKind.Civilians or ActorKind.Unidentified or ActorKind.IdentityMilitia } ||
            name is null || country is null)
        {
            return name;
        }

        int open = name.EndsWith(')') ? name.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        return $"{(open > 0 ? name[..open] : name)} ({country})";
    }

    public ExtractedRecord NewRecord(string kind)
    {
        var r = new ExtractedRecord { Kind = kind, SourceId = _document.Id };
        r.Sources.Add(_source);
        return r;
    }

    public void Locate(ExtractedRecord r, Located loc)
    {
        if (loc.CountryCode is { } cc)
        {
            r.Iso2 = cc;
            r.Country = _gazetteer.CountryName(cc);
            Evidence(r, "country", loc.CountrySpan);
        }

        if (loc.Entry is { } e)
        {
            r.Location = loc.Name ?? e.Name;
            r.Latitude = Math.Round(e.Latitude, 4);
            r.Longitude = Math.Round(e.Longitude, 4);
            r.GeoPrecision = loc.Precision;
            r.GeoNamesId = e.GeoNamesId;
            r.Admin1 = loc.Admin1 ?? e.Admin1;
            r.Admin2 = loc.Admin1 is null ? e.Admin2 : null;
            Evidence(r, "location", loc.Span);
            Evidence(r, "latitude", loc.CoordinateSpan);
            Evidence(r, "longitude", loc.CoordinateSpan);
            Evidence(r, "geo_precision", loc.CoordinateSpan);
            if (r.Admin1 is not null)
            {
                Evidence(r, "admin1", loc.CoordinateSpan);
            }
        }
        else if (loc.Name is not null)
        {
            r.Location = loc.Name;
            Evidence(r, "location", loc.Span);
        }
    }

    public void SetDate(ExtractedRecord r, DateMention? date)
    {
        if (date?.Date is { } d)
        {
            r.EventDate = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            r.TimePrecision = date.Precision;
            Evidence(r, "event_date", date.Span);
        }
        else if (_document.Meta.Published is { } p)
        {
            // No date in the words: the report's own date, marked as known only to the week (ACLED precision 2).
            r.EventDate = p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            r.TimePrecision = 2;
        }
    }

    public void Evidence(ExtractedRecord r, string field, TextSpan? span)
    {
        if (span is not { } s || s.Length <= 0)
        {
            return;
        }

        // Several fields share one span (latitude, longitude, precision and admin1 share the coordinates' words):
        // their evidence shares its text rather than slicing the same words again.
        string? text = null;
        foreach (var e in r.Evidence)
        {
            if (e.Start == s.Start && e.End == s.End)
            {
                if (e.Field == field)
                {
                    return;
                }

                text = e.Text;
            }
        }

        r.Evidence.Add(new Evidence(field, _document.Id, s.Start, s.End, text ?? _document.Slice(s)));
    }

    public string EventId(ExtractedRecord r, TextSpan anchor)
    {
        // The key "id|kind|type|location|date|start", hashed from a stack buffer: only the id itself is a new string.
        string sub = r.SubEventType ?? r.Change ?? "";
        string location = r.Location ?? "";
        string date = r.EventDate ?? "";
        int length = _document.Id.Length + r.Kind.Length + sub.Length + location.Length + date.Length + 5 + 11;
        char[]? rented = null;
        Span<char> key = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        int at = 0;
        Put(key, ref at, _document.Id);
        Put(key, ref at, r.Kind);
        Put(key, ref at, sub);
        Put(key, ref at, location);
        Put(key, ref at, date);
        anchor.Start.TryFormat(key[at..], out int digits, provider: CultureInfo.InvariantCulture);
        at += digits;

        int byteCount = Encoding.UTF8.GetByteCount(key[..at]);
        byte[]? rentedBytes = null;
        Span<byte> bytes = byteCount <= 512 ? stackalloc byte[512] : (rentedBytes = ArrayPool<byte>.Shared.Rent(byteCount));
        int written = Encoding.UTF8.GetBytes(key[..at], bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        if (rentedBytes is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedBytes);
        }

        Span<char> id = stackalloc char[4 + 16];
        "plm-".CopyTo(id);
        Convert.TryToHexStringLower(hash[..8], id[4..], out _);
        return new string(id);
    }

    /// <summary>Copies a field of the event id's key and the separator after it.</summary>
    private static void Put(Span<char> key, ref int at, string field)
    {
        field.CopyTo(key[at..]);
        at += field.Length;
        key[at++] = '|';
    }

    private static double Confidence(Frame f, ExtractedRecord r)
    {
        double c = f.Confidence;
        // A perpetrator the report names, not one inferred for a bomb no one claimed or an arrest no one is said to
        // have made (its evidence is the trigger).
        if (r.Actor1 is not null && !(f.Actor1?.Span == f.Trigger.Span && f.Actor1.Value.Kind is ActorKind.Unidentified or ActorKind.StatePolice))
        {
            c += 0.1;
        }

        // A target the report names, not civilians filled in by the codebook's definition. A peaceful protest has none by
        // the codebook: it is as complete without one.
        if (f.Actor2 is not null || f.Type == Taxonomy.PeacefulProtest)
        {
            c += 0.05;
        }

        if (r.GeoPrecision == 1)
        {
            c += 0.1;
        }
        else if (r.Latitude is null)
        {
            c -= 0.1;
        }

        if (r.Certainty is Certainty.Unconfirmed or Certainty.Denied)
        {
            c -= 0.2;
        }

        if (f.Habitual)
        {
            c -= 0.2;
        }

        return Math.Round(Math.Clamp(c, 0.05, 0.99), 2);
    }
}
