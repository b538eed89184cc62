using Polemos.Store.Postgres;
using Polemos.Store.Sqlite;

namespace Polemos.Store;

/// <summary>Opens the store that <c>--db</c> names: a SQLite file (the default) or a PostgreSQL URL.</summary>
public static class StoreOpener
{
    public static async Task<IEventStore> OpenAsync(string? db, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var location = StoreLocation.Parse(db);
        return location.IsPostgres
            ? await PostgresEventStore.OpenAsync(location.Value, clock, cancellationToken).ConfigureAwait(false)
            : await SqliteEventStore.OpenAsync(location.Value, clock, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
