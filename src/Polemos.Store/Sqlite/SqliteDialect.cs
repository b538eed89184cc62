using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Polemos.Core;
using Polemos.Store.Sql;

namespace Polemos.Store.Sqlite;

/// <summary>
/// SQLite: FTS5 over article text with diacritic folding (<c>unicode61 remove_diacritics 2</c>), an R*Tree over event
/// points, both kept by triggers; writers take the file with <c>BEGIN IMMEDIATE</c>, and wait for each other up to the
/// busy timeout.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    public override IReadOnlyList<string[]> Migrations { get; } =
    [
        [
            """
            CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE, source_id TEXT NOT NULL,
              url TEXT, title TEXT, publisher TEXT, published TEXT, language TEXT NOT NULL, text TEXT NOT NULL, folded TEXT, ingested_at INTEGER NOT NULL)
            """,
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
            "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END",
            """
            CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, status INTEGER NOT NULL, event_date TEXT,
              iso2 TEXT, country_folded TEXT, event_type TEXT, sub_event_type TEXT, disorder_type TEXT, actors_folded TEXT,
              latitude REAL, longitude REAL, fatalities INTEGER, record_json TEXT NOT NULL, toll_rule TEXT, overrides_json TEXT NOT NULL,
              report_ids TEXT NOT NULL, version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)
            """,
            "CREATE INDEX events_iso2_date ON events (iso2, event_date)",
            "CREATE INDEX events_country_date ON events (country_folded, event_date)",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_kind_date ON events (kind, event_date)",
            "CREATE INDEX events_updated ON events (updated_at)",
            "CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)",
            """
            CREATE TRIGGER events_rtree_insert AFTER INSERT ON events WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
              INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (new.seq, new.latitude, new.latitude, new.longitude, new.longitude); END
            """,
            """
            CREATE TRIGGER events_rtree_update AFTER UPDATE OF latitude, longitude ON events BEGIN
              DELETE FROM events_rtree WHERE id = old.seq;
              INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) SELECT new.seq, new.latitude, new.latitude, new.longitude, new.longitude
                WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL; END
            """,
            """
            CREATE TABLE reports (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL REFERENCES articles (id),
              event_id TEXT NOT NULL, kind TEXT NOT NULL, record_json TEXT NOT NULL, decision_json TEXT NOT NULL)
            """,
            "CREATE INDEX reports_event ON reports (event_id)",
            "CREATE INDEX reports_article ON reports (article_id)",
            """
            CREATE TABLE audit (id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, action TEXT NOT NULL, field TEXT, old_value TEXT, new_value TEXT,
              reviewer TEXT NOT NULL, comment TEXT, at INTEGER NOT NULL)
            """,
            "CREATE INDEX audit_event ON audit (event_id)",
            "CREATE TABLE deletions (event_id TEXT PRIMARY KEY, deleted_at INTEGER NOT NULL, reason TEXT NOT NULL, merged_into TEXT)",
        ],
        [
            // Merge candidates: kind, compatible types and a date window, with the place box checked inside the index.
            "CREATE INDEX events_match ON events (kind, sub_event_type, event_date, latitude, longitude)",
        ],
        [
            // The certainty filter: a column of its own, filled from the stored records.
            "ALTER TABLE events ADD COLUMN certainty TEXT",
            "UPDATE events SET certainty = json_extract(record_json, '$.certainty')",
        ],
    ];

    public override string TableExists => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @t";

    public override bool StoresFoldedText => false;

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((SqliteConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);

    public override string ArticleTextMatch(string parameter, string text, IDictionary<string, object?> parameters)
    {
        // Every word must occur; each is quoted so that FTS5 syntax in user input is just text.
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        parameters[parameter] = string.Join(" ", words);
        return $"SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH {parameter}";
    }

    public override string InBox(GeoBox box, string prefix, IDictionary<string, object?> parameters)
    {
        BindBox(box, prefix, parameters);
        return $"e.seq IN (SELECT id FROM events_rtree WHERE max_lat >= {prefix}MinLat AND min_lat <= {prefix}MaxLat AND max_lon >= {prefix}MinLon AND min_lon <= {prefix}MaxLon)";
    }

    public override string UseIndex(string index) => " INDEXED BY " + index;

    public override string DistanceKm(string latParameter, string lonParameter) => $"polemos_km(e.latitude, e.longitude, {latParameter}, {lonParameter})";

    public override PolemosException? Translate(DbException error, string location) => error is SqliteException e
        ? e.SqliteErrorCode switch
        {
            5 or 6 => new PolemosException(ErrorCode.StoreLocked, $"the database {location} is locked by another program (waited for the busy timeout); try again", e),
            11 or 26 => new PolemosException(ErrorCode.StoreCorrupt, $"{location} is not a Polemos database or is damaged ({e.Message.ReplaceLineEndings(" ")})", e),
            8 or 14 or 23 => new PolemosException(ErrorCode.StoreUnavailable, string.Create(CultureInfo.InvariantCulture, $"cannot open {location} for writing ({e.Message.ReplaceLineEndings(" ")})"), e),
            _ => null,
        }
        : null;
}
