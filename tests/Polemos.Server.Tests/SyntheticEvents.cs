using System.Globalization;
using System.Text;
using Polemos.Core;
using Polemos.Store;

namespace Polemos.Server.Tests;

/// <summary>
/// Made-up events for measuring the page at scale: places on a jittered half-degree grid (never within 25 km of each
/// other, so the store keeps every one as its own event), all event types, a year of dates, tolls, precisions and
/// certainties. Seeded, so every run stores the same events.
/// </summary>
public static class SyntheticEvents
{
    private static readonly (string Disorder, string Type, string Sub)[] Types =
    [
        ("Political violence", "Battles", "Armed clash"),
        ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
        ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Political violence", "Violence against civilians", "Attack"),
        ("Demonstrations", "Protests", "Peaceful protest"),
        ("Demonstrations", "Riots", "Violent demonstration"),
        ("Strategic developments", "Strategic developments", "Arrests"),
    ];

    private static readonly string[] Certainties = ["reported", "reported", "confirmed", "alleged", "unconfirmed"];

    /// <summary>Articles holding <paramref name="count"/> records in all, <paramref name="perArticle"/> each.</summary>
    public static IReadOnlyList<ArticleSubmission> Articles(int count, int perArticle)
    {
        var random = new Random(20231203);
        var articles = new List<ArticleSubmission>();
        for (int a = 0; a * perArticle < count; a++)
        {
            var text = new StringBuilder($"Synthetic benchmark report {a}.\n");
            var records = new List<ExtractedRecord>();
            for (int i = a * perArticle; i < Math.Min(count, (a + 1) * perArticle); i++)
            {
                var (disorder, type, sub) = Types[random.Next(Types.Length)];
                int dead = random.Next(10) < 6 ? 0 : random.Next(1, 40);
                string line = $"Event {i}: {sub} at Place {i}, {dead} killed.";
                int start = text.Length;
                text.Append(line).Append('\n');
                // 100 × 100 cells of half a degree over 5°S–45°N, 10°W–40°E, each point within 0.1° of its cell's centre.
                double lat = -5 + (i / 100 * 0.5) + 0.25 + ((random.NextDouble() - 0.5) * 0.2);
                double lon = -10 + (i % 100 * 0.5) + 0.25 + ((random.NextDouble() - 0.5) * 0.2);
                string date = new DateOnly(2023, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                records.Add(new ExtractedRecord
                {
                    SourceId = $"synthetic-{a}",
                    EventId = $"syn{i}",
                    EventDate = date,
                    TimePrecision = 1,
                    DisorderType = disorder,
                    EventType = type,
                    SubEventType = sub,
                    Actor1 = $"Armed Group {i % 37}",
                    Actor2 = i % 3 == 0 ? null : $"Civilians (Region {i % 11})",
                    Country = $"Country {i % 23}",
                    Iso2 = "XX",
                    Location = $"Place {i}",
                    Latitude = Math.Round(lat, 4),
                    Longitude = Math.Round(lon, 4),
                    GeoPrecision = 1 + (random.Next(10) / 7),
                    Fatalities = dead,
                    FatalitiesLow = dead,
                    FatalitiesHigh = dead,
                    Certainty = Certainties[random.Next(Certainties.Length)],
                    Notes = line,
                    Confidence = 0.5,
                    Evidence = [new Evidence("event_type", $"synthetic-{a}", start, start + line.Length, line)],
                });
            }

            articles.Add(new ArticleSubmission($"synthetic-{a}", text.ToString(), "en", records) { Title = $"Synthetic report {a}" });
        }

        return articles;
    }
}
