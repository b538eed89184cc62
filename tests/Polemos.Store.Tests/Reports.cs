using Polemos.Core;

namespace Polemos.Store.Tests;

/// <summary>
/// Builds articles with one or more records, the way the extractor hands them to the store: the text, and records
/// whose evidence points into it. Places are a few real towns with their coordinates.
/// </summary>
public static class Reports
{
    public static readonly Place Aleppo = new("Aleppo", "Syria", "SY", 36.2021, 37.1343, 170063);
    public static readonly Place Azaz = new("Azaz", "Syria", "SY", 36.5862, 37.0463, 170017);
    public static readonly Place Homs = new("Homs", "Syria", "SY", 34.7268, 36.7234, 169577);
    public static readonly Place Mosul = new("Mosul", "Iraq", "IQ", 36.335, 43.1189, 99072);

    public static ArticleSubmission Article(string id, string text, string language, string published, params ExtractedRecord[] records) =>
        new(id, text, language, records)
        {
            Publisher = "Publisher " + id,
            Url = $"https://news.example/{id}",
            Title = text.Split('\n')[0],
            Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>An event record in <paramref name="text"/>; the toll's evidence is the first occurrence of <paramref name="tollWord"/>.</summary>
    public static ExtractedRecord Event(
        string sourceId,
        string text,
        SubEventType type,
        Place place,
        string date,
        string? actor1 = null,
        string? actor2 = null,
        int fatalities = 0,
        string? tollWord = null,
        string certainty = Certainty.Reported)
    {
        var record = new ExtractedRecord
        {
            SourceId = sourceId,
            EventId = "x-" + sourceId,
            EventDate = date,
            TimePrecision = 1,
            DisorderType = type.DisorderType,
            EventType = type.EventType,
            SubEventType = type.Name,
            Actor1 = actor1,
            Actor2 = actor2,
            Country = place.Country,
            Iso2 = place.Iso2,
            Location = place.Name,
            GeoNamesId = place.GeoNamesId,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            GeoPrecision = 1,
            Fatalities = fatalities,
            FatalitiesLow = fatalities,
            FatalitiesHigh = fatalities,
            Certainty = certainty,
            Notes = $"{type.Name} in {place.Name}.",
            Confidence = 0.8,
        };
        int at = text.IndexOf(place.Name, StringComparison.Ordinal);
        if (at >= 0)
        {
            record.Evidence.Add(new Evidence("location", sourceId, at, at + place.Name.Length, place.Name));
        }

        if (tollWord is not null)
        {
            int t = text.IndexOf(tollWord, StringComparison.Ordinal);
            record.Evidence.Add(new Evidence("fatalities", sourceId, t, t + tollWord.Length, tollWord));
        }

        return record;
    }
}

/// <summary>A gazetteer place, as a record would name it.</summary>
public sealed record Place(string Name, string Country, string Iso2, double Latitude, double Longitude, long GeoNamesId);
