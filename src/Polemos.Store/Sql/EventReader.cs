using System.Globalization;
using System.Text;
using Polemos.Core;

namespace Polemos.Store.Sql;

/// <summary>Everything that reads: event queries with their filters, one event, one article, explanations, feeds.</summary>
public sealed class EventReader(SqlSession session, EventRows events)
{
    public async Task<EventPage> QueryAsync(EventQuery query, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        string where = Where(query, parameters);
        long total = Convert.ToInt64(
            await Scalar($"SELECT COUNT(*) FROM events e WHERE {where}", parameters, ct).ConfigureAwait(false),
            CultureInfo.InvariantCulture);
        var page = new StringBuilder($"SELECT {EventRows.Columns} FROM events e WHERE {where} ORDER BY (e.event_date IS NULL), e.event_date DESC, e.id");
        if (query.Limit is not null || query.Offset > 0)
        {
            page.Append(" LIMIT @limit OFFSET @offset");
            parameters["@limit"] = query.Limit ?? int.MaxValue;
            parameters["@offset"] = query.Offset;
        }

        var rows = await session.QueryAsync(page.ToString(), EventRows.ReadEvent, parameters, ct).ConfigureAwait(false);
        return new EventPage(rows, total, query.Offset, query.Limit);
    }

    public Task<StoredEvent?> GetEventAsync(string eventId, CancellationToken ct) => events.LoadAsync(eventId, ct);

    public async Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken ct)
    {
        var rows = await session.QueryAsync(
            "SELECT id, content_hash, url, title, publisher, published, language, text, ingested_at FROM articles WHERE id = @id",
            r => new StoredArticle(
                r.GetString(0), r.GetString(1), r.Text(2), r.Text(3), r.Text(4),
                r.Text(5) is string p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                r.GetString(6), r.GetString(7), DateTimeOffset.FromUnixTimeMilliseconds(r.Long(8) ?? 0)),
            ct,
            ("@id", articleId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<MergeExplanation?> ExplainAsync(string eventId, CancellationToken ct)
    {
        var stored = await events.LoadAsync(eventId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var decisions = await session.QueryAsync(
            "SELECT decision_json FROM reports WHERE event_id = @e ORDER BY seq",
            r => StoreJson.Read<MergeDecision>(r.GetString(0)),
            ct,
            ("@e", eventId)).ConfigureAwait(false);
        return new MergeExplanation(eventId, decisions, stored.TollRule);
    }

    public Task<List<AuditEntry>> AuditAsync(string eventId, CancellationToken ct) =>
        session.QueryAsync(
            "SELECT id, event_id, action, field, old_value, new_value, reviewer, comment, at FROM audit WHERE event_id = @e ORDER BY id",
            r => new AuditEntry(r.Long(0) ?? 0, r.GetString(1), r.GetString(2), r.Text(3), r.Text(4), r.Text(5), r.GetString(6), r.Text(7), DateTimeOffset.FromUnixTimeMilliseconds(r.Long(8) ?? 0)),
            ct,
            ("@e", eventId));

    public Task<List<DeletedEvent>> DeletionsAsync(DateTimeOffset? since, CancellationToken ct) =>
        session.QueryAsync(
            "SELECT event_id, deleted_at, reason, merged_into FROM deletions WHERE deleted_at >= @since ORDER BY deleted_at, event_id",
            r => new DeletedEvent(r.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(r.Long(1) ?? 0), r.GetString(2), r.Text(3)),
            ct,
            ("@since", since?.ToUnixTimeMilliseconds() ?? long.MinValue));

    public async Task<StoreStats> StatsAsync(int schemaVersion, CancellationToken ct)
    {
        async Task<long> Count(string sql) => Convert.ToInt64(await session.ScalarAsync(sql, ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new StoreStats(
            await Count("SELECT COUNT(*) FROM articles").ConfigureAwait(false),
            await Count("SELECT COUNT(*) FROM reports").ConfigureAwait(false),
            await Count("SELECT COUNT(*) FROM events WHERE status <> 2").ConfigureAwait(false),
            await Count("SELECT COUNT(*) FROM deletions").ConfigureAwait(false),
            schemaVersion);
    }

    private async Task<object?> Scalar(string sql, Dictionary<string, object?> parameters, CancellationToken ct)
    {
        await using var command = session.Command(sql, parameters);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    private string Where(EventQuery query, Dictionary<string, object?> p)
    {
        var clauses = new List<string> { "e.status <> 2" };
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            string country = query.Country.Trim();
            if (country.Length == 2 && country.All(char.IsAsciiLetter))
            {
                clauses.Add("e.iso2 = @iso");
                p["@iso"] = country.ToUpperInvariant();
            }
            else
            {
                clauses.Add("e.country_folded = @country");
                p["@country"] = TextFold.Fold(country);
            }
        }

        if (query.Since is DateOnly since)
        {
            clauses.Add("e.event_date >= @since");
            p["@since"] = EventRows.Iso(since);
        }

        if (query.Until is DateOnly until)
        {
            clauses.Add("e.event_date <= @until");
            p["@until"] = EventRows.Iso(until);
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            clauses.Add(TypeClause(query.Type.Trim(), p));
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            clauses.Add("e.actors_folded LIKE @actor ESCAPE '\\'");
            p["@actor"] = "%" + EscapeLike(TextFold.Fold(query.Actor.Trim())) + "%";
        }

        if (!string.IsNullOrWhiteSpace(query.Certainty))
        {
            clauses.Add("e.certainty = @certainty");
            p["@certainty"] = query.Certainty.Trim();
        }

        if (query.Kind is string kind)
        {
            clauses.Add("e.kind = @kind");
            p["@kind"] = kind;
        }

        if (query.ChangedSince is DateTimeOffset changed)
        {
            clauses.Add("e.updated_at >= @changed");
            p["@changed"] = changed.ToUnixTimeMilliseconds();
        }

        if (query.Box is GeoBox box)
        {
            clauses.Add(session.Dialect.InBox(box, "@box", p));
        }

        if (query.Near is GeoCircle near)
        {
            clauses.Add(session.Dialect.InBox(BoxAround(near), "@near", p));
            clauses.Add($"{session.Dialect.DistanceKm("@nearLat", "@nearLon")} <= @nearKm");
            p["@nearLat"] = near.Latitude;
            p["@nearLon"] = near.Longitude;
            p["@nearKm"] = near.RadiusKm;
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            clauses.Add($"e.id IN (SELECT r.event_id FROM reports r WHERE r.article_id IN ({session.Dialect.ArticleTextMatch("@text", query.Text, p)}))");
        }

        return string.Join(" AND ", clauses);
    }

    private static string TypeClause(string type, Dictionary<string, object?> p)
    {
        var sub = Taxonomy.FindByName(type);
        var eventType = Taxonomy.All.FirstOrDefault(s => string.Equals(s.EventType, type, StringComparison.OrdinalIgnoreCase));
        var disorder = Taxonomy.All.FirstOrDefault(s => string.Equals(s.DisorderType, type, StringComparison.OrdinalIgnoreCase));
        if (eventType is not null)
        {
            p["@type"] = eventType.EventType;
            return "e.event_type = @type";
        }

        if (sub is not null)
        {
            p["@type"] = sub.Name;
            return "e.sub_event_type = @type";
        }

        if (disorder is not null)
        {
            p["@type"] = disorder.DisorderType;
            return "e.disorder_type = @type";
        }

        throw new PolemosException(ErrorCode.BadArgument, $"'{type}' is not an ACLED disorder, event or sub-event type");
    }

    /// <summary>The box that holds a circle, for the spatial index; the exact distance test follows it.</summary>
    private static GeoBox BoxAround(GeoCircle c)
    {
        double dLat = c.RadiusKm / 111.2;
        double cos = Math.Max(Math.Cos(c.Latitude * Math.PI / 180), 0.01);
        double dLon = Math.Min(c.RadiusKm / (111.2 * cos), 180);
        return new GeoBox(c.Latitude - dLat, c.Longitude - dLon, c.Latitude + dLat, c.Longitude + dLon);
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
