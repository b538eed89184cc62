using Microsoft.Data.Sqlite;
using Polemos.Core;
using Polemos.Geo;
using Polemos.Store.Sql;

namespace Polemos.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer; a kill loses at most the
/// transaction in flight), with a busy timeout so that two programs writing one file take turns.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    /// <summary>How long a writer waits for another before it gives up with a one-line "locked" error.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _busyTimeout;

    private SqliteEventStore(SqliteConnection connection, string path, TimeProvider? clock, TimeSpan busyTimeout)
        : base(connection, new SqliteDialect(), path, clock) => _busyTimeout = busyTimeout;

    /// <summary>
    /// Opens (creating it and its folder when missing) and migrates the database file at <paramref name="path"/>;
    /// <paramref name="busyTimeout"/> overrides <see cref="BusyTimeout"/>.
    /// </summary>
    public static async Task<SqliteEventStore> OpenAsync(string path, TimeProvider? clock = null, TimeSpan? busyTimeout = null, CancellationToken cancellationToken = default)
    {
        var wait = busyTimeout ?? BusyTimeout;
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new PolemosException(ErrorCode.StoreUnavailable, $"--db names a folder, not a database file: {full}");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolemosException(ErrorCode.StoreUnavailable, $"cannot create the folder of {full}: {e.Message}", e);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)wait.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        var store = new SqliteEventStore(connection, full, clock, wait);
        try
        {
            await store.ConnectAsync(connection, cancellationToken).ConfigureAwait(false);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task ConnectAsync(SqliteConnection connection, CancellationToken ct)
    {
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            connection.CreateFunction("polemos_km", (double? lat1, double? lon1, double lat2, double lon2) =>
                lat1 is double a && lon1 is double b ? GeoMath.Km(a, b, lat2, lon2) : (double?)null, isDeterministic: true);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA busy_timeout = {(int)_busyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (SqliteException e) when (new SqliteDialect().Translate(e, Location) is { } known)
        {
            throw known;
        }
    }
}
