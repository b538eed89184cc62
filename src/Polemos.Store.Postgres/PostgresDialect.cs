using System.Data.Common;
using Npgsql;
using Polemos.Core;
using Polemos.Store.Sql;

namespace Polemos.Store.Postgres;

/// <summary>
/// PostgreSQL: full-text search over a folded copy of the article text (case and diacritics removed by the same
/// folding as everywhere in Polemos, then the <c>simple</c> configuration, so no language's stemming is favoured);
/// areas by latitude/longitude with a B-tree and the haversine formula in SQL. With PostGIS installed on the server
/// the schema adds a geography column with a GiST index and areas use it (see docs/scaling.md). Writers serialise
/// on one transaction-scoped advisory lock, so merging sees every committed event.
/// </summary>
public sealed class PostgresDialect(bool postGis) : SqlDialect
{
    private const long WriteLock = 0x506F6C656D6F73; // "Polemos"

    public bool PostGis { get; } = postGis;

    public override IReadOnlyList<string[]> Migrations { get; } =
    [
        [
            """
            CREATE TABLE articles (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE,
              source_id TEXT NOT NULL, url TEXT, title TEXT, publisher TEXT, published TEXT, language TEXT NOT NULL, text TEXT NOT NULL, folded TEXT,
              ingested_at BIGINT NOT NULL, fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(folded, ''))) STORED)
            """,
            "CREATE INDEX articles_fts ON articles USING GIN (fts)",
            """
            CREATE TABLE events (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, status INTEGER NOT NULL,
              event_date TEXT, iso2 TEXT, country_folded TEXT, event_type TEXT, sub_event_type TEXT, disorder_type TEXT, actors_folded TEXT,
              latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, fatalities INTEGER, record_json TEXT NOT NULL, toll_rule TEXT,
              overrides_json TEXT NOT NULL, report_ids TEXT NOT NULL, version INTEGER NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            "CREATE INDEX events_iso2_date ON events (iso2, event_date)",
            "CREATE INDEX events_country_date ON events (country_folded, event_date)",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_kind_date ON events (kind, event_date)",
            "CREATE INDEX events_updated ON events (updated_at)",
            "CREATE INDEX events_lat_lon ON events (latitude, longitude)",
            """
            CREATE TABLE reports (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL REFERENCES articles (id),
              event_id TEXT NOT NULL, kind TEXT NOT NULL, record_json TEXT NOT NULL, decision_json TEXT NOT NULL)
            """,
            "CREATE INDEX reports_event ON reports (event_id)",
            "CREATE INDEX reports_article ON reports (article_id)",
            """
            CREATE TABLE audit (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id TEXT NOT NULL, action TEXT NOT NULL, field TEXT,
              old_value TEXT, new_value TEXT, reviewer TEXT NOT NULL, comment TEXT, at BIGINT NOT NULL)
            """,
            "CREATE INDEX audit_event ON audit (event_id)",
            "CREATE TABLE deletions (event_id TEXT PRIMARY KEY, deleted_at BIGINT NOT NULL, reason TEXT NOT NULL, merged_into TEXT)",
        ],
        [
            // PostGIS where the server has it: a geography point kept by the database, with a GiST index.
            """
            DO $$ BEGIN
              IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') THEN
                CREATE EXTENSION IF NOT EXISTS postgis;
                EXECUTE 'ALTER TABLE events ADD COLUMN geog geography(Point, 4326) GENERATED ALWAYS AS '
                  || '(CASE WHEN latitude IS NULL OR longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END) STORED';
                EXECUTE 'CREATE INDEX events_geog ON events USING GIST (geog)';
              END IF;
            END $$
            """,
        ],
        [
            // Merge candidates: kind, compatible types and a date window, with the place box checked inside the index.
            "CREATE INDEX events_match ON events (kind, sub_event_type, event_date, latitude, longitude)",
        ],
        [
            // The certainty filter: a column of its own, filled from the stored records.
            "ALTER TABLE events ADD COLUMN certainty TEXT",
            "UPDATE events SET certainty = record_json::jsonb ->> 'certainty'",
        ],
    ];

    public override string TableExists => "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @t";

    public override bool StoresFoldedText => true;

    /// <summary>Npgsql prepares statements by their text on the connection (MaxAutoPrepare), across commands.</summary>
    public override bool ReusesCommands => false;

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({WriteLock})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    public override string ArticleTextMatch(string parameter, string text, IDictionary<string, object?> parameters)
    {
        parameters[parameter] = TextFold.Fold(text);
        return $"SELECT a.id FROM articles a WHERE a.fts @@ plainto_tsquery('simple', {parameter})";
    }

    public override string InBox(GeoBox box, string prefix, IDictionary<string, object?> parameters)
    {
        BindBox(box, prefix, parameters);
        return PostGis
            ? $"e.geog && ST_MakeEnvelope({prefix}MinLon, {prefix}MinLat, {prefix}MaxLon, {prefix}MaxLat, 4326)::geography"
            : $"e.latitude BETWEEN {prefix}MinLat AND {prefix}MaxLat AND e.longitude BETWEEN {prefix}MinLon AND {prefix}MaxLon";
    }

    public override string DistanceKm(string latParameter, string lonParameter) =>
        PostGis
            ? $"(ST_Distance(e.geog, ST_SetSRID(ST_MakePoint({lonParameter}, {latParameter}), 4326)::geography) / 1000.0)"
            : $"(12742 * asin(sqrt(power(sin(radians(e.latitude - {latParameter}) / 2), 2) + cos(radians({latParameter})) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - {lonParameter}) / 2), 2))))";

    public override PolemosException? Translate(DbException error, string location) => error switch
    {
        PostgresException { SqlState: "3D000" } e => new PolemosException(ErrorCode.StoreUnavailable, $"{location}: the database does not exist ({e.MessageText})", e),
        PostgresException { SqlState: "28P01" or "28000" } e => new PolemosException(ErrorCode.StoreUnavailable, $"{location}: PostgreSQL refused the login ({e.MessageText})", e),
        PostgresException => null,
        NpgsqlException e => new PolemosException(ErrorCode.StoreUnavailable, $"cannot reach PostgreSQL at {location} ({(e.InnerException ?? e).Message.ReplaceLineEndings(" ")})", e),
        _ => null,
    };
}
