using System.Data.Common;
using Polemos.Core;
using Polemos.Store.Merging;

namespace Polemos.Store.Sql;

/// <summary>
/// The events table: loading an event, its reports and its merge candidates, and writing an event back after its
/// record has been rebuilt from its reports.
/// </summary>
public sealed class EventRows(SqlSession session)
{
    /// <summary>The columns <see cref="ReadEvent"/> expects, in order, for events aliased <c>e</c>.</summary>
    public const string Columns = "e.record_json, e.status, e.version, e.created_at, e.updated_at, e.report_ids, e.overrides_json, e.toll_rule";

    private const int CandidateSlackDays = 7;

    private const int MaxParsedRecords = 16_384;

    private readonly Dictionary<string, ExtractedRecord> _parsedReports = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (string Json, ExtractedRecord Record)> _parsedEvents = new(StringComparer.Ordinal);

    public static StoredEvent ReadEvent(DbDataReader r) => new(
        StoreJson.Read<ExtractedRecord>(r.GetString(0)),
        (EventStatus)Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset.FromUnixTimeMilliseconds(r.Long(3) ?? 0),
        DateTimeOffset.FromUnixTimeMilliseconds(r.Long(4) ?? 0))
    {
        ReportIds = StoreJson.Read<List<string>>(r.GetString(5)),
        Overrides = StoreJson.Read<Dictionary<string, string?>>(r.GetString(6)),
        TollRule = r.Text(7),
    };

    public async Task<StoredEvent?> LoadAsync(string eventId, CancellationToken ct)
    {
        var rows = await session.QueryAsync($"SELECT {Columns} FROM events e WHERE e.id = @id", ReadEvent, ct, ("@id", eventId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<StoredEvent> RequireAsync(string eventId, CancellationToken ct) =>
        await LoadAsync(eventId, ct).ConfigureAwait(false)
        ?? throw new PolemosException(ErrorCode.NotFound, $"no event with id '{eventId}'");

    public Task<List<StoredReport>> ReportsOfAsync(string eventId, CancellationToken ct) =>
        session.QueryAsync(
            "SELECT r.id, r.article_id, r.seq, r.record_json, a.url, a.publisher, a.published, a.language, a.title " +
            "FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = @e ORDER BY r.seq",
            ReadReport,
            ct,
            ("@e", eventId));

    /// <summary>Live events of the report's kind dated near it, in its country or of no known country, oldest first.</summary>
    public async Task<List<(string Id, ExtractedRecord Record)>> CandidatesAsync(ExtractedRecord report, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(report.EventDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return [];
        }

        int slack = report.TimePrecision == 3 ? 31 : CandidateSlackDays;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["@kind"] = report.Kind,
            ["@d0"] = Iso(date.AddDays(-slack)),
            ["@d1"] = Iso(date.AddDays(slack)),
        };
        // events_match (kind, type, date, place) narrows far more than a country or a date alone does.
        var sql = new System.Text.StringBuilder("SELECT e.id, e.record_json FROM events e" + session.Dialect.UseIndex("events_match") + " WHERE e.kind = @kind AND e.status <> 2 AND e.event_date >= @d0 AND e.event_date <= @d1");
        if (report.Iso2 is not null)
        {
            sql.Append(" AND (e.iso2 = @iso OR e.iso2 IS NULL)");
            parameters["@iso"] = report.Iso2.ToUpperInvariant();
        }

        // Only events the matcher could link: a compatible type, and a place within its widest distance (or none).
        if (report.Kind == RecordKinds.Event && report.SubEventType is not null)
        {
            var types = Taxonomy.All.Where(t => TypeCompatibility.Score(report.SubEventType, t.Name) > 0).Select(t => t.Name).DefaultIfEmpty(report.SubEventType).ToList();
            sql.Append(" AND e.sub_event_type IN (").Append(string.Join(", ", types.Select((_, i) => "@t" + i))).Append(')');
            for (int i = 0; i < types.Count; i++)
            {
                parameters["@t" + i] = types[i];
            }
        }

        if (report.Latitude is double lat && report.Longitude is double lon)
        {
            double dLat = ReportMatcher.MaxDistanceKm / 111.2;
            double dLon = Math.Min(180, ReportMatcher.MaxDistanceKm / (111.2 * Math.Max(0.01, Math.Cos(lat * Math.PI / 180))));
            sql.Append(" AND (e.latitude IS NULL OR (e.latitude BETWEEN @lat0 AND @lat1 AND e.longitude BETWEEN @lon0 AND @lon1))");
            parameters["@lat0"] = lat - dLat;
            parameters["@lat1"] = lat + dLat;
            parameters["@lon0"] = lon - dLon;
            parameters["@lon1"] = lon + dLon;
        }

        sql.Append(" ORDER BY e.seq");
        return await session.QueryAsync(sql.ToString(), r => (r.GetString(0), ParsedCandidate(r.GetString(0), r.GetString(1))), parameters, ct).ConfigureAwait(false);
    }

    /// <summary>Rebuilds the event's record from its reports, writes it (a new row, or the next version) and returns it.</summary>
    public async Task<ExtractedRecord> SaveAsync(string eventId, IReadOnlyDictionary<string, string?> overrides, EventStatus status, CancellationToken ct)
    {
        var reports = await ReportsOfAsync(eventId, ct).ConfigureAwait(false);
        var (record, rule) = EventReconciler.Build(eventId, reports, overrides);
        long now = session.NowMs;
        var values = new (string, object?)[]
        {
            ("@id", eventId), ("@kind", record.Kind), ("@status", (int)status), ("@date", record.EventDate),
            ("@iso", record.Iso2?.ToUpperInvariant()), ("@country", record.Country is null ? null : TextFold.Fold(record.Country)),
            ("@type", record.EventType), ("@sub", record.SubEventType), ("@disorder", record.DisorderType),
            ("@actors", "|" + string.Join("|", ActorSet.Names(record).Select(n => TextFold.Fold(n))) + "|"),
            ("@lat", record.Latitude), ("@lon", record.Longitude), ("@fat", record.Fatalities), ("@certainty", record.Certainty),
            ("@json", StoreJson.Write(record)), ("@rule", rule), ("@over", StoreJson.Write(overrides)),
            ("@reports", StoreJson.Write(reports.Select(r => r.ReportId).ToList())), ("@now", now),
        };
        int updated = await session.ExecuteAsync(
            "UPDATE events SET kind = @kind, status = @status, event_date = @date, iso2 = @iso, country_folded = @country, event_type = @type, " +
            "sub_event_type = @sub, disorder_type = @disorder, actors_folded = @actors, latitude = @lat, longitude = @lon, fatalities = @fat, certainty = @certainty, " +
            "record_json = @json, toll_rule = @rule, overrides_json = @over, report_ids = @reports, version = version + 1, updated_at = @now WHERE id = @id",
            ct,
            values).ConfigureAwait(false);
        if (updated == 0)
        {
            await session.ExecuteAsync(
                "INSERT INTO events (id, kind, status, event_date, iso2, country_folded, event_type, sub_event_type, disorder_type, actors_folded, " +
                "latitude, longitude, fatalities, certainty, record_json, toll_rule, overrides_json, report_ids, version, created_at, updated_at) VALUES " +
                "(@id, @kind, @status, @date, @iso, @country, @type, @sub, @disorder, @actors, @lat, @lon, @fat, @certainty, @json, @rule, @over, @reports, 1, @now, @now)",
                ct,
                values).ConfigureAwait(false);
        }

        return record;
    }

    public Task SetStatusAsync(string eventId, EventStatus status, CancellationToken ct) =>
        session.ExecuteAsync("UPDATE events SET status = @s, version = version + 1, updated_at = @now WHERE id = @id", ct, ("@s", (int)status), ("@now", session.NowMs), ("@id", eventId));

    private StoredReport ReadReport(DbDataReader r)
    {
        string reportId = r.GetString(0);
        string articleId = r.GetString(1);
        string? published = r.Text(6);
        var source = new SourceRef(articleId, r.Text(4), r.Text(5), published, r.GetString(7), r.Text(8));
        DateOnly? date = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new StoredReport(reportId, articleId, date, r.Long(2) ?? 0, ParsedReport(reportId, r, 3), source);
    }

    /// <summary>
    /// A candidate event's record, parsed again only when its stored JSON changed: a live event is a candidate for
    /// every report about its area and days, and its JSON grows with its reports. Comparing the text is far cheaper
    /// than parsing it. The records are shared with later calls, so the matcher only reads them.
    /// </summary>
    private ExtractedRecord ParsedCandidate(string eventId, string json)
    {
        if (_parsedEvents.TryGetValue(eventId, out var cached) && string.Equals(cached.Json, json, StringComparison.Ordinal))
        {
            return cached.Record;
        }

        if (_parsedEvents.Count >= MaxParsedRecords)
        {
            _parsedEvents.Clear();
        }

        var record = StoreJson.Read<ExtractedRecord>(json);
        _parsedEvents[eventId] = (json, record);
        return record;
    }

    /// <summary>
    /// A report's record, parsed once: a report's JSON never changes after it is written (review moves reports
    /// between events, it does not edit them), and an event that keeps receiving reports is rebuilt from all of them
    /// at every merge. The cache is bounded; its records are shared, so nothing may change them.
    /// </summary>
    private ExtractedRecord ParsedReport(string reportId, DbDataReader r, int ordinal)
    {
        if (_parsedReports.TryGetValue(reportId, out var cached))
        {
            return cached;
        }

        if (_parsedReports.Count >= MaxParsedRecords)
        {
            _parsedReports.Clear();
        }

        var record = StoreJson.Read<ExtractedRecord>(r.GetString(ordinal));
        _parsedReports[reportId] = record;
        return record;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
