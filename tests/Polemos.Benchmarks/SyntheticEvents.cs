using System.Globalization;
using Microsoft.Data.Sqlite;
using Polemos.Core;
using Polemos.Store;
using Polemos.Store.Sqlite;
using Polemos.Store.Sql;

namespace Polemos.Benchmarks;

/// <summary>
/// Synthetic data for the store benchmarks, from a fixed seed: pre-extracted articles (for ingest), and a database
/// filled with merged events straight through SQL (for queries over a million events, which ingest would take too
/// long to build). The rows have the shape the store writes; their values are random but plausible.
/// </summary>
public static class SyntheticEvents
{
    private static readonly string[] Countries =
    [
        "SY", "IQ", "UA", "ML", "NG", "SO", "SD", "YE", "AF", "BF", "CD", "ET", "LY", "MZ", "NE", "PK", "PS", "LB", "MM", "CO",
        "MX", "IN", "BD", "PH", "CM", "TD", "CF", "SS", "KE", "TR", "IR", "EG", "DZ", "TN", "MA", "VE", "BR", "HT", "RU", "GE",
        "AM", "AZ", "TH", "ID", "NP", "LK", "KH", "BI", "UG", "ZA",
    ];

    private static readonly SubEventType[] Types = [.. Taxonomy.All];

    /// <summary>Articles of about 1.5 KB, each with one or two event records near one of 200 places over 60 days.</summary>
    public static List<ArticleSubmission> Articles(int count, int seed)
    {
        var random = new Random(seed);
        var articles = new List<ArticleSubmission>(count);
        for (int i = 0; i < count; i++)
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"Report {seed}-{i}\n") + string.Concat(Enumerable.Repeat("Fighting was reported in the area as forces exchanged fire near the town. ", 20));
            var records = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Record(random, "s" + i, text)).ToArray();
            articles.Add(new ArticleSubmission("s" + i, text, "en", records) { Publisher = "Wire " + random.Next(20), Published = new DateOnly(2026, 1, 1).AddDays(random.Next(60)) });
        }

        return articles;
    }

    /// <summary>Creates (or replaces) a database at <paramref name="path"/> holding <paramref name="count"/> events over 2016–2025.</summary>
    public static async Task FillAsync(string path, int count, int seed)
    {
        foreach (string file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        await (await SqliteEventStore.OpenAsync(path)).DisposeAsync(); // the schema, as the store makes it
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            await pragmas.ExecuteNonQueryAsync();
        }

        var random = new Random(seed);
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO events (id, kind, status, event_date, iso2, country_folded, event_type, sub_event_type, disorder_type, actors_folded, " +
            "latitude, longitude, fatalities, record_json, toll_rule, overrides_json, report_ids, version, created_at, updated_at) VALUES " +
            "(@id, 'event', 0, @date, @iso, @country, @type, @sub, @disorder, @actors, @lat, @lon, @fat, @json, 'synthetic', '{}', '[]', 1, 0, 0)";
        string[] names = ["@id", "@date", "@iso", "@country", "@type", "@sub", "@disorder", "@actors", "@lat", "@lon", "@fat", "@json"];
        var parameters = names.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        insert.Prepare();
        var start = new DateOnly(2016, 1, 1);
        for (int i = 0; i < count; i++)
        {
            var record = Record(random, "synthetic", null);
            record.EventId = string.Create(CultureInfo.InvariantCulture, $"ev{i:x16}");
            record.Iso2 = Countries[random.Next(Countries.Length)];
            record.Country = record.Iso2;
            record.EventDate = EventRows.Iso(start.AddDays(random.Next(3653)));
            object?[] values =
            [
                record.EventId, record.EventDate, record.Iso2, TextFold.Fold(record.Country), record.EventType, record.SubEventType, record.DisorderType,
                "|" + TextFold.Fold(record.Actor1!) + "|", record.Latitude, record.Longitude, record.Fatalities, StoreJson.Write(record),
            ];
            for (int p = 0; p < values.Length; p++)
            {
                parameters[p].Value = values[p] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static ExtractedRecord Record(Random random, string sourceId, string? text)
    {
        var type = Types[random.Next(Types.Length)];
        int place = random.Next(200);
        var record = new ExtractedRecord
        {
            SourceId = sourceId,
            EventDate = EventRows.Iso(new DateOnly(2026, 1, 1).AddDays(random.Next(60))),
            TimePrecision = 1,
            DisorderType = type.DisorderType,
            EventType = type.EventType,
            SubEventType = type.Name,
            Actor1 = "Armed Group " + random.Next(30).ToString(CultureInfo.InvariantCulture),
            Country = "Syria",
            Iso2 = "SY",
            Location = "Place " + place.ToString(CultureInfo.InvariantCulture),
            Latitude = 32 + (place % 20 * 0.3),
            Longitude = 36 + (place / 20 * 0.3),
            GeoPrecision = 1,
            Fatalities = random.Next(10),
            Certainty = Certainty.Reported,
            Notes = "Synthetic event.",
            Confidence = 0.5,
        };
        if (text is not null)
        {
            record.Evidence.Add(new Evidence("sub_event_type", sourceId, 0, 6, text[..6]));
        }

        return record;
    }
}
